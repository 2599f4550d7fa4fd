/**
 * /mass: many orders in one message. The user sends lines `service | link | quantity` (spaces,
 * commas or semicolons also separate), up to 100, with the command or as the next message. The
 * bot answers a preview: every line checked against the catalogue (src/orders/mass.ts), refused
 * lines with their reason, the total price and the balance, and ✅ Confirm / ✖️ Cancel.
 *
 * Exactly once: the preview is stored (storage.mass) with a placement id per valid line, made
 * before Confirm can be pressed. Confirm places the lines one by one through the wizard's
 * placement path (order-place.ts: the record "sending" is written before `add`, `add` is never
 * retried, a line whose record exists reports it instead of sending). So a double tap, a
 * redelivered update or a crash in the middle never places a line twice: after a restart, the
 * user presses Confirm again and only the lines that were never sent are placed (a line caught
 * in flight is reported as "unknown outcome", never re-sent). One progress message is edited as
 * lines are placed; the end is a table line → order ID or reason. Placed orders are tracked.
 */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { defineCallback, field } from "../callback-data.js";
import { ownerOf, requireAccount } from "../account.js";
import { money, truncate } from "../format.js";
import { raw } from "../html.js";
import { panelErrorText } from "../panel-errors.js";
import { HTML, answer, splitMessages } from "../order-ui.js";
import { compareDecimal, subtractDecimal } from "../../panel/money.js";
import type { Balance } from "../../panel/types.js";
import { checkMassText, MASS_MAX_LINES, type CheckedLine, type MassReason } from "../../orders/mass.js";
import type { MassBatch, MassLine } from "../../storage/repos/mass.js";
import { accountIdOf, accountScope } from "../../storage/types.js";
import { errText, newPlacementId, placeOrder, type PlaceOutcome } from "../conversations/order-place.js";
import { wizardService } from "../conversations/order-fields.js";
import { homeButton } from "../home-keys.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

type T = BotContext["t"];

/** `mass:<ok|no>:<batchId>`: place the previewed lines, or drop the preview. For admins. */
export const massCodec = defineCallback("mass", { act: field.oneOf("ok", "no"), batchId: field.id(12) }, { audience: "admin" });

/** How long a bare /mass waits for the lines. */
const WAIT_MS = 15 * 60 * 1000;
const waitKey = (chatId: number, userId: number): string => `masswait:${chatId}:${userId}`;
/** Progress message edits: one every this many lines. */
const PROGRESS_EVERY = 10;

export function reasonText(t: T, reason: MassReason | MassLine["reason"]): string {
  if (!reason) return "";
  if ("key" in reason) return t(reason.key, reason.args ?? {});
  switch (reason.code) {
    case "unknown-service":
      return t("mass-reason-unknown-service", { id: reason.id });
    case "needs-fields":
      return t("mass-reason-needs-fields", { type: reason.type });
    case "quantity-range":
      return t("mass-reason-quantity-range", { min: reason.min, max: reason.max });
    default:
      return t(`mass-reason-${reason.code}`);
  }
}

/** The stored form of a checked line (reason as a locale key, so the result table can say it later). */
function storedLine(line: CheckedLine): MassLine {
  const base: MassLine = { n: line.n, text: line.text.slice(0, 200) };
  if (line.reason) {
    const r = line.reason;
    const args: Record<string, string | number> =
      r.code === "unknown-service"
        ? { id: r.id }
        : r.code === "needs-fields"
          ? { type: r.type }
          : r.code === "quantity-range"
            ? { min: r.min, max: r.max }
            : {};
    return { ...base, reason: { key: `mass-reason-${r.code}`, args }, ...(line.service ? { serviceId: line.service.id } : {}) };
  }
  return {
    ...base,
    serviceId: line.service!.id,
    serviceName: line.service!.name,
    input: { link: line.link!, quantity: line.quantity! },
    ...(line.price !== undefined ? { price: line.price } : {}),
    placementId: newPlacementId(),
  };
}

/** The preview's messages (HTML), the keyboard goes on the last one. */
export function previewTexts(
  r: Pick<BotContext, "t" | "locale">,
  batch: Pick<MassBatch, "lines" | "currency">,
  total: string,
  balance: Balance | undefined,
  over: number,
): string[] {
  const t = r.t;
  const valid = batch.lines.filter((l) => !l.reason);
  const currency = balance?.currency ?? batch.currency;
  const header = t("mass-preview-title", { valid: valid.length, refused: batch.lines.length - valid.length });
  const rows = batch.lines.map((l) =>
    l.reason
      ? t("mass-line-refused", { n: l.n, text: truncate(l.text, 60), reason: raw(reasonText(t, l.reason)) })
      : t("mass-line-ok", {
          n: l.n,
          id: l.serviceId!,
          quantity: l.input!.quantity!,
          link: truncate(l.input!.link!, 40),
          price: l.price !== undefined ? money(r, l.price, currency) : "?",
        }),
  );
  const footer = ["", t("mass-preview-total", { price: money(r, total, currency) })];
  if (balance) {
    footer.push(t("order-summary-balance", { balance: money(r, balance.balance, balance.currency) }));
    if (compareDecimal(balance.balance, total) < 0) {
      footer.push(t("money-shortfall", { shortfall: money(r, subtractDecimal(total, balance.balance), balance.currency) }));
    }
  }
  if (over > 0) footer.push(t("mass-over", { count: over, max: MASS_MAX_LINES }));
  if (valid.length === 0) footer.push("", t("mass-none-valid"));
  return splitMessages(header, [...rows, ...footer]);
}

function outcomeLine(t: T, line: MassLine, outcome: PlaceOutcome | undefined): string {
  if (line.reason) return t("mass-result-refused", { n: line.n, reason: raw(reasonText(t, line.reason)) });
  if (!outcome) return t("mass-result-not-sent", { n: line.n });
  if (outcome.kind === "placed") return t("mass-result-placed", { n: line.n, id: outcome.orderId });
  if (outcome.kind === "unknown") return t("mass-result-unknown", { n: line.n });
  return t("mass-result-failed", { n: line.n, reason: errText({ t }, outcome.err) });
}

async function preview(ctx: BotContext, text: string): Promise<void> {
  const active = await requireAccount(ctx);
  const owner = ownerOf(ctx);
  if (!active || !owner || !ctx.chat) return;
  let index;
  try {
    index = await ctx.deps.catalogue.get(active.account.panelId, active.account.apiKey, accountScope(active.owner, active.account.id));
  } catch (err) {
    await ctx.reply(panelErrorText(ctx, err));
    return;
  }
  const check = checkMassText(index, text);
  if (check.lines.length === 0) {
    await ctx.reply(ctx.t("mass-usage", { max: MASS_MAX_LINES }), HTML);
    return;
  }
  let balance: Balance | undefined;
  try {
    balance = await active.client.balance(active.account.apiKey);
  } catch {
    balance = undefined; // the preview says nothing about the balance then
  }
  const batchId = newPlacementId();
  const batch: MassBatch = {
    chatId: ctx.chat.id,
    owner,
    accountId: active.account.id,
    panelId: active.account.panelId,
    ...(active.account.currency ? { currency: active.account.currency } : {}),
    createdAt: ctx.deps.now(),
    lines: check.lines.map(storedLine),
  };
  await ctx.deps.storage.mass.set(batchId, batch);
  const texts = previewTexts(ctx, batch, check.total, balance, check.over);
  const kb = new InlineKeyboard();
  if (check.valid > 0) kb.text(ctx.t("mass-button-confirm", { count: check.valid }), massCodec.pack({ act: "ok", batchId })).row();
  kb.text(ctx.t("button-cancel"), massCodec.pack({ act: "no", batchId }));
  for (let i = 0; i < texts.length; i++) {
    await ctx.reply(texts[i]!, { ...HTML, ...(i === texts.length - 1 ? { reply_markup: kb } : {}) });
  }
}

/** Places the batch's valid lines that have no outcome yet, then sends the result table. */
async function place(ctx: BotContext, batchId: string, batch: MassBatch): Promise<void> {
  const deps = ctx.deps;
  const valid = batch.lines.filter((l) => !l.reason && l.placementId);
  const resumed = batch.confirmedAt !== undefined;
  if (!resumed) await deps.storage.mass.set(batchId, { ...batch, confirmedAt: deps.now() });

  const account = await deps.storage.accounts.get(batch.owner, accountIdOf(batch));
  let index;
  try {
    if (!account || account.panelId !== batch.panelId) throw new Error("account changed");
    index = await deps.catalogue.get(account.panelId, account.apiKey, accountScope(batch.owner, account.id));
  } catch (err) {
    await ctx.reply(account && account.panelId === batch.panelId ? panelErrorText(ctx, err) : ctx.t("button-expired"));
    return;
  }
  const progress = await ctx.reply(ctx.t(resumed ? "mass-progress-resumed" : "mass-progress", { done: 0, count: valid.length }));
  const outcomes = new Map<number, PlaceOutcome>();
  let done = 0;
  for (const line of valid) {
    const svc = index.service(line.serviceId!);
    const outcome: PlaceOutcome = svc
      ? await placeOrder(deps, {
          placementId: line.placementId!,
          owner: batch.owner,
          accountId: accountIdOf(batch),
          chatId: batch.chatId,
          service: wizardService(svc),
          input: { service: svc.id, ...line.input },
          ...(line.price !== undefined ? { price: line.price } : {}),
          ...(batch.currency ? { currency: batch.currency } : {}),
        })
      : ((await deps.storage.placements.get(line.placementId!).then((r) => (r ? placedOutcome(r) : undefined))) ?? {
          kind: "failed",
          err: { kind: "invalid_input", reason: "service" },
        });
    outcomes.set(line.n, outcome);
    done++;
    if (done % PROGRESS_EVERY === 0 && done < valid.length) {
      await ctx.api
        .editMessageText(progress.chat.id, progress.message_id, ctx.t("mass-progress", { done, count: valid.length }))
        .catch(cosmetic);
    }
  }
  await deps.storage.mass.set(batchId, { ...batch, confirmedAt: batch.confirmedAt ?? deps.now(), finishedAt: deps.now() });
  const placed = [...outcomes.values()].filter((o) => o.kind === "placed").length;
  await ctx.api
    .editMessageText(progress.chat.id, progress.message_id, ctx.t("mass-progress-done", { placed, count: valid.length }))
    .catch(cosmetic);
  await sendTable(ctx, batch, outcomes);
}

function placedOutcome(r: { state: string; orderId?: string }): PlaceOutcome | undefined {
  if (r.state === "placed" && r.orderId) return { kind: "placed", orderId: r.orderId };
  if (r.state === "sending") return { kind: "unknown" };
  return undefined;
}

async function sendTable(ctx: BotContext, batch: MassBatch, outcomes: Map<number, PlaceOutcome>): Promise<void> {
  const placed = [...outcomes.values()].filter((o) => o.kind === "placed").length;
  const rows = batch.lines.map((l) => outcomeLine(ctx.t, l, outcomes.get(l.n)));
  const texts = splitMessages(ctx.t("mass-result-title", { placed, count: batch.lines.length }), rows);
  for (let i = 0; i < texts.length; i++) {
    await ctx.reply(texts[i]!, {
      ...HTML,
      ...(i === texts.length - 1 && ctx.chat?.type === "private" ? { reply_markup: homeButton(ctx.t) } : {}),
    });
  }
}

/** The known outcomes of a finished batch (from its placement records). */
async function recordedOutcomes(ctx: BotContext, batch: MassBatch): Promise<Map<number, PlaceOutcome>> {
  const out = new Map<number, PlaceOutcome>();
  for (const l of batch.lines) {
    if (l.reason || !l.placementId) continue;
    const r = await ctx.deps.storage.placements.get(l.placementId);
    if (!r) continue;
    if (r.state === "placed" && r.orderId) out.set(l.n, { kind: "placed", orderId: r.orderId });
    else if (r.state === "failed") out.set(l.n, { kind: "failed", err: { kind: (r.errorKind as "error") ?? "error" } });
    else out.set(l.n, { kind: "unknown" });
  }
  return out;
}

export function massFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("mass", async (ctx) => {
    const text = ctx.match.trim();
    if (text) return preview(ctx, text);
    if (!(await requireAccount(ctx)) || !ctx.from) return;
    await ctx.deps.storage.cache.set(waitKey(ctx.chat.id, ctx.from.id), 1, WAIT_MS);
    await ctx.reply(ctx.t("mass-usage", { max: MASS_MAX_LINES }), HTML);
  });

  // The lines, sent as the message after a bare /mass.
  composer.on("message:text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/") || !ctx.from) return next();
    const key = waitKey(ctx.chat.id, ctx.from.id);
    if (!(await ctx.deps.storage.cache.get<number>(key))) return next();
    await ctx.deps.storage.cache.delete(key);
    await preview(ctx, ctx.message.text);
  });

  composer.callbackQuery(massCodec.filter, async (ctx) => {
    const { act, batchId } = massCodec.unpack(ctx.callbackQuery.data)!;
    const batch = await ctx.deps.storage.mass.get(batchId);
    if (!batch || batch.chatId !== ctx.chat?.id) return answer(ctx, ctx.t("button-expired"), true);
    if (act === "no") {
      if (batch.confirmedAt !== undefined) return answer(ctx, ctx.t("mass-already-confirmed"), true);
      await ctx.deps.storage.mass.set(batchId, { ...batch, lines: [] });
      await answer(ctx);
      await ctx.editMessageReplyMarkup().catch(cosmetic);
      await ctx.reply(ctx.t("mass-cancelled"));
      return;
    }
    if (batch.lines.length === 0) return answer(ctx, ctx.t("button-expired"), true);
    if (batch.finishedAt !== undefined) {
      // A second tap after the end: the same table, nothing sent again.
      await answer(ctx, ctx.t("mass-already-done"), true);
      await sendTable(ctx, batch, await recordedOutcomes(ctx, batch));
      return;
    }
    await answer(ctx);
    await ctx.editMessageReplyMarkup().catch(cosmetic);
    await place(ctx, batchId, batch);
  });

  return {
    name: "mass",
    composer,
    commands: [{ name: "mass", chats: ["private", "group"], groupAdmin: true, privateMenu: 3.5, groupMenu: 4.5, args: "LINES" }],
    callbacks: [massCodec],
  };
}
