/**
 * Orders whose outcome is unknown (issue 12, item 6). The wizard writes a "sending" placement
 * record before calling `add`; when the bot dies while `add` is in flight, that record stays
 * "sending". `recoverPlacements()` runs at start (src/app.ts): every "sending" record older than
 * one `add` can take (PANEL_TIMEOUT_SECONDS + a margin: not in flight anywhere any more) becomes
 * "unknown", is listed for its chat, and the chat is told once what was being ordered (service,
 * link, quantity), that API v2 cannot list orders so it should look on the panel's site, with two
 * buttons: "Track by ID" (asks for the ID, checks it, tracks it) and "Dismiss". /orders lists the
 * chat's unknown placements until one of them is used.
 *
 * Why at start rather than when the chat next talks: the chat learns at once (it may never write
 * again), and no storage read is added to every update. Records whose `add` answer was unreadable
 * (the wizard already said so) are listed without a second message.
 */
import { InlineKeyboard, type Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { BaseContext, BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import type { Deps } from "../../deps.js";
import { defineCallback, field } from "../callback-data.js";
import { PLACEMENT_ID_RE, type PlacementRecord } from "../../storage/repos/placements.js";
import { statusLabel, truncate } from "../format.js";
import { createTranslator } from "../i18n.js";
import { loadAccount, requireAccount } from "../account.js";
import { accountIdOf } from "../../storage/types.js";
import { panelErrorText } from "../panel-errors.js";
import { parseIds } from "../ids.js";
import { PanelError } from "../../panel/errors.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

export const placementCodec = defineCallback("pu", { action: field.oneOf("t", "d"), placementId: field.id(12) }, { audience: "admin" });

const HTML = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };
const promptKey = (chatId: number, messageId: number): string => `placementprompt:${chatId}:${messageId}`;

type T = (key: string, vars?: Record<string, string | number>) => string;

function details(t: T, rec: PlacementRecord): string {
  return t("placement-details", {
    service: truncate(rec.serviceName ?? `#${rec.serviceId}`, 100),
    id: rec.serviceId,
    link: truncate(rec.link ?? "—", 200),
    quantity: rec.quantity ?? "—",
  });
}

function keyboard(t: T, placementId: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("placement-button-track"), placementCodec.pack({ action: "t", placementId }))
    .text(t("placement-button-dismiss"), placementCodec.pack({ action: "d", placementId }));
}

function panelName(deps: Deps, panelId: string): string {
  return deps.panels.find(panelId)?.name ?? panelId;
}

/**
 * Finds "sending" records left by a crash and tells their chats (see the module comment). Returns
 * how long until the youngest skipped record is old enough (undefined: none left).
 */
export async function recoverPlacements(deps: Deps, api: Api, i18n: I18n<BaseContext>): Promise<{ notified: number; retryInMs?: number }> {
  const bound = deps.config.panelTimeoutMs + 10_000;
  const now = deps.now();
  let notified = 0;
  let retryInMs: number | undefined;
  for await (const [pid, rec] of deps.storage.placements.iterate()) {
    if (rec.state !== "sending") continue;
    const age = now - rec.at;
    if (age < bound) {
      retryInMs = Math.min(retryInMs ?? Infinity, bound - age + 100);
      continue;
    }
    // Marked first: the chat is told at most once, even if the message fails.
    await deps.storage.placements.set(pid, { ...rec, state: "unknown" });
    await deps.storage.placements.addUnknown(rec.chatId, pid);
    deps.logger.warn(
      { chatId: rec.chatId, panelId: rec.panelId, serviceId: rec.serviceId },
      "order placement with an unknown outcome (crash during add)",
    );
    if (rec.errorKind === "unknown_outcome") continue; // the wizard already said so
    const prefs = await deps.storage.prefs.get(rec.chatId).catch(() => undefined); // no prefs: the default language
    const wanted = prefs?.language ?? prefs?.detectedLanguage;
    const locale = wanted && i18n.locales.includes(wanted) ? wanted : deps.config.defaultLocale;
    // Escapes its arguments (and isolates them in right-to-left locales), like ctx.t.
    const t: T = createTranslator(i18n, locale, deps.config.defaultLocale);
    try {
      await api.sendMessage(rec.chatId, `${t("placement-unknown-notice", { panel: panelName(deps, rec.panelId) })}\n\n${details(t, rec)}`, {
        ...HTML,
        reply_markup: keyboard(t, pid),
      });
      notified++;
    } catch (err) {
      deps.logger.warn(
        { chatId: rec.chatId, err: err instanceof Error ? err.message : String(err) },
        "could not tell a chat about an unknown placement",
      );
    }
  }
  return retryInMs === undefined ? { notified } : { notified, retryInMs };
}

/** Runs {@link recoverPlacements} now and once more when the records still young are old enough. */
export function startPlacementRecovery(deps: Deps, api: Api, i18n: I18n<BaseContext>): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const pass = (): void => {
    recoverPlacements(deps, api, i18n).then(
      (r) => {
        if (!stopped && r.retryInMs !== undefined) timer = setTimeout(pass, r.retryInMs).unref();
      },
      (err: unknown) => deps.logger.error({ err: err instanceof Error ? err.message : String(err) }, "placement recovery failed"),
    );
  };
  pass();
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** The chat's placements with an unknown outcome, as one message (for /orders); undefined when none. */
export async function unknownPlacementsView(ctx: BaseContext, chatId: number): Promise<{ text: string; keyboard: InlineKeyboard } | undefined> {
  const ids = await ctx.deps.storage.placements.unknownOf(chatId);
  const lines: string[] = [];
  const kb = new InlineKeyboard();
  for (const pid of ids.slice(0, 5)) {
    const rec = await ctx.deps.storage.placements.get(pid);
    if (!rec || rec.state !== "unknown") continue;
    lines.push("", details(ctx.t, rec));
    kb.row()
      .text(
        `${ctx.t("placement-button-track")} · ${truncate(rec.serviceName ?? rec.serviceId, 20)}`,
        placementCodec.pack({ action: "t", placementId: pid }),
      )
      .text(ctx.t("placement-button-dismiss"), placementCodec.pack({ action: "d", placementId: pid }));
  }
  if (lines.length === 0) return undefined;
  return { text: [ctx.t("placement-unknown-title"), ...lines].join("\n"), keyboard: kb };
}

async function resolve(ctx: BaseContext, pid: string, rec: PlacementRecord, orderId?: string): Promise<void> {
  await ctx.deps.storage.placements.set(pid, { ...rec, state: "resolved", ...(orderId ? { orderId } : {}) });
  await ctx.deps.storage.placements.removeUnknown(rec.chatId, pid);
}

export function placementsFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.callbackQuery(placementCodec.filter, async (ctx) => {
    const d = placementCodec.unpack(ctx.callbackQuery.data);
    const rec = d && (await ctx.deps.storage.placements.get(d.placementId));
    if (!d || !rec || rec.state !== "unknown" || rec.chatId !== ctx.chat?.id) {
      await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
      return;
    }
    if (d.action === "d") {
      await resolve(ctx, d.placementId, rec);
      await ctx.answerCallbackQuery({ text: ctx.t("placement-dismissed") });
      await ctx.editMessageReplyMarkup().catch(cosmetic);
      return;
    }
    await ctx.answerCallbackQuery();
    const prompt = await ctx.reply(ctx.t("placement-track-ask", { panel: panelName(ctx.deps, rec.panelId) }), {
      ...HTML,
      reply_markup: { force_reply: true, input_field_placeholder: "12345" },
    });
    await ctx.deps.storage.cache.set(promptKey(rec.chatId, prompt.message_id), d.placementId, 24 * 3600_000);
  });

  // The answer to "send the order's ID": a reply to that prompt.
  composer.on("message:text", async (ctx, next) => {
    const replied = ctx.message.reply_to_message;
    if (!replied || replied.from?.id !== ctx.me.id) return next();
    const pid = await ctx.deps.storage.cache.get<string>(promptKey(ctx.chat.id, replied.message_id));
    if (!pid || !PLACEMENT_ID_RE.test(pid)) return next();
    const rec = await ctx.deps.storage.placements.get(pid);
    if (!rec || rec.state !== "unknown") {
      await ctx.reply(ctx.t("button-expired"));
      return;
    }
    const { ids } = parseIds(ctx.message.text);
    if (ids.length !== 1) {
      await ctx.reply(ctx.t("placement-track-bad-id"), { reply_markup: { force_reply: true } });
      return;
    }
    const orderId = ids[0]!;
    // The account that placed it (the chat may have switched since).
    const active = (await loadAccount(ctx, rec.owner, accountIdOf(rec))) ?? (await requireAccount(ctx));
    if (!active || active.account.panelId !== rec.panelId) {
      if (active) await ctx.reply(ctx.t("account-missing"));
      return;
    }
    await ctx.replyWithChatAction("typing").catch(cosmetic);
    let status;
    try {
      status = await active.client.status(active.account.apiKey, orderId);
    } catch (err) {
      await ctx.reply(
        err instanceof PanelError && err.kind === "unknown_order"
          ? ctx.t("placement-track-unknown-id", { id: orderId })
          : panelErrorText(ctx, err),
        HTML,
      );
      return;
    }
    await ctx.deps.storage.orders.track({
      chatId: rec.chatId,
      owner: rec.owner,
      accountId: active.account.id,
      panelId: rec.panelId,
      orderId,
      source: "bot",
      createdAt: rec.at,
      serviceId: rec.serviceId,
      ...(rec.serviceName ? { serviceName: rec.serviceName } : {}),
      ...(rec.link ? { link: rec.link } : {}),
      ...(rec.quantity !== undefined ? { quantity: rec.quantity } : {}),
      ...(rec.price !== undefined ? { price: rec.price } : {}),
      ...((rec.currency ?? status.currency) ? { currency: (rec.currency ?? status.currency)! } : {}),
    });
    await resolve(ctx, pid, rec, orderId);
    await ctx.reply(ctx.t("placement-tracked", { id: orderId, status: statusLabel(ctx.t, status.status) }), HTML);
  });

  return { name: "placements", composer, callbacks: [placementCodec] };
}
