/**
 * Presentation helpers of the order commands (/status, /orders, /refill, /refills, /cancel) that
 * other features reuse: the order card with its buttons (notifications, inline results), short
 * per-ID outcome texts, message splitting, and the checks every order button makes.
 */
import { GrammyError, InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { accountForOrder, accountStatus, type ActiveAccount, requireAccount } from "./account.js";
import { orderActionData, tryRepeatData } from "./callbacks.js";
import type { BaseContext } from "./context.js";
import { html, joinHtml, raw } from "./html.js";
import { orderCardHtml, stateLineHtml, type OrderState } from "./order-card.js";
import { PanelError } from "../panel/errors.js";
import { canCancel, canRefill } from "../orders/actions.js";
import { REFILL_KEYS } from "./panel-errors.js";
import { parseIds } from "./ids.js";
import type { BatchItem } from "../panel/types.js";
import type { TrackedOrder } from "../storage/types.js";
import { truncate } from "./format.js";
import { fitHtml, htmlLength } from "./fit.js";
import { cosmetic } from "./best-effort.js";

export { canCancel, canRefill };

type T = BaseContext["t"];

/** Most IDs one command takes (a /status of 500 IDs is 5 panel calls). */
export const MAX_IDS_PER_COMMAND = 500;
/** Telegram's limit is 4096 characters of parsed text; keep a margin. */
export const MESSAGE_LIMIT = 4000;

// ---------------------------------------------------------------------------------------------
// Order card and its buttons

/**
 * Buttons of an order card: 🔄 refresh always; 🔁 refill when the status allows it; ✖️ cancel while
 * not final. Handled by the order commands wherever the card is shown (notifications included).
 */
export function orderCardKeyboard(t: T, panelId: string, orderId: string, status?: string, meta?: Partial<TrackedOrder>): InlineKeyboard {
  const kb = new InlineKeyboard().text(t("orders-button-refresh"), orderActionData("refresh", panelId, orderId));
  if (canRefill(status, meta)) kb.text(t("orders-button-refill"), orderActionData("refill", panelId, orderId));
  if (canCancel(status, meta)) kb.text(t("orders-button-cancel"), orderActionData("cancel", panelId, orderId));
  const repeat = meta?.serviceId ? tryRepeatData(panelId, orderId) : undefined;
  if (repeat) kb.row().text(t("orders-button-repeat"), repeat);
  return kb;
}

/** The confirmation keyboard of a cancel button: "Yes, cancel order N" / "No, keep it". */
export function cancelConfirmKeyboard(t: T, panelId: string, orderId: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("orders-button-cancel-confirm", { id: orderId }), orderActionData("cancel-yes", panelId, orderId))
    .row()
    .text(t("orders-button-cancel-keep"), orderActionData("refresh", panelId, orderId));
}

/** Card text and keyboard for an order (meta: the chat's tracked metadata, if any). */
export function orderCard(
  ctx: Pick<BaseContext, "t" | "locale"> & Partial<Pick<BaseContext, "deps">>,
  panelId: string,
  orderId: string,
  state: OrderState | undefined,
  meta?: Partial<TrackedOrder>,
): { text: string; keyboard: InlineKeyboard } {
  // A panel that answered "no such action" to a cancel gets no cancel buttons from then on.
  const noCancel = ctx.deps?.panels.supportsCancel(panelId) === false;
  return {
    text: orderCardHtml(ctx.t, orderId, state, meta, ctx.locale),
    keyboard: orderCardKeyboard(ctx.t, panelId, orderId, state?.status, noCancel ? { ...meta, cancellable: false } : meta),
  };
}

/** The chat whose tracked orders and refills this update concerns (the user for inline messages). */
export function chatIdOf(ctx: BaseContext): number | undefined {
  return ctx.chat?.id ?? ctx.from?.id;
}

/** The chat's tracked metadata of an order, if it tracks it. */
export async function trackedMeta(ctx: BaseContext, panelId: string, orderId: string): Promise<TrackedOrder | undefined> {
  const chatId = chatIdOf(ctx);
  if (chatId === undefined) return undefined;
  return ctx.deps.storage.orders.get(chatId, panelId, orderId);
}

// ---------------------------------------------------------------------------------------------
// One line per ID

/** "✅ Completed · charge 0,27819 $ · remains 157" as HTML (the panel's words escaped). */
export function statusSummary(ctx: Pick<BaseContext, "t" | "locale">, state: OrderState): string {
  return stateLineHtml(ctx.t, state, state.currency, ctx.locale);
}

export type OutcomeAction = "status" | "refill" | "refill_status" | "cancel";

/** A short reason for one ID's failure ("not found on this account", "refill is disabled…"). */
export function itemErrorText(t: T, err: unknown, action: OutcomeAction): string {
  if (!(err instanceof PanelError)) return t("orders-item-error");
  switch (err.kind) {
    case "unknown_order":
      return t("orders-item-unknown-order");
    case "unknown_refill":
      return t("orders-item-unknown-refill");
    case "unavailable":
      return t("orders-item-unavailable");
    case "rate_limited":
      return t("orders-item-rate-limited");
    case "unknown_outcome":
      return t("orders-item-unknown-outcome");
    case "invalid_key":
      return t("orders-item-invalid-key");
    case "insufficient_funds":
      return t("panel-error-funds");
    case "invalid_input":
      break;
    default:
      return t("orders-item-error");
  }
  if (err.reason === "unsupported") {
    return action === "cancel" ? t("orders-item-cancel-unsupported") : t("orders-item-refill-unsupported");
  }
  if (err.reason === "refill_refused") {
    // Why, when the panel said (too early, period over, already requested, …); else "not eligible".
    const why = err.details?.refill;
    if (why && why !== "not_eligible" && why !== "disabled") return `⛔ ${t(REFILL_KEYS[why])}`;
    return why === "disabled" || /disabled/i.test(err.panelMessage ?? "")
      ? t("orders-item-refill-disabled")
      : t("orders-item-refill-not-eligible");
  }
  if (err.reason === "cancel_refused") {
    return /disabled/i.test(err.panelMessage ?? "") ? t("orders-item-cancel-disabled") : t("orders-item-cancel-refused");
  }
  return err.panelMessage ? t("orders-item-refused", { detail: err.panelMessage.slice(0, 200) }) : t("orders-item-refused-plain");
}

const CALL_LEVEL_KINDS: ReadonlySet<string> = new Set(["unavailable", "rate_limited", "invalid_key", "unknown_outcome"]);

/**
 * When every item failed with the same call-level error (panel down, rate limited, bad key, no
 * answer to a refill/cancel), that
 * error: it is said once instead of once per ID.
 */
export function commonFailure<V>(items: Iterable<BatchItem<V>>): PanelError | undefined {
  let first: PanelError | undefined;
  let count = 0;
  for (const item of items) {
    if (item.ok) return undefined;
    const e = item.error;
    if (!CALL_LEVEL_KINDS.has(e.kind)) return undefined;
    if (first && first.kind !== e.kind) return undefined;
    first ??= e;
    count++;
  }
  return count > 0 ? first : undefined;
}

/** "<code>23501</code> — text" */
export function idLine(id: string, text: string): string {
  return html`<code>${id}</code> — ${raw(text)}`.html;
}

// ---------------------------------------------------------------------------------------------
// Messages

/**
 * Joins a header and lines into as few messages as fit Telegram's limit, never splitting a line
 * (lines longer than the limit are cut).
 */
export function splitMessages(header: string, lines: readonly string[], limit = MESSAGE_LIMIT): string[] {
  // Lengths are counted on the HTML source (never less than what Telegram counts after parsing).
  const fit = (html: string) => (html.length <= limit ? html : fitHtml(html, Math.max(1, limit - (html.length - htmlLength(html)))));
  const out: string[] = [];
  let cur = fit(header);
  for (const raw of lines) {
    const line = fit(raw); // cut at a character, tags closed
    if (cur.length === 0) cur = line;
    else if (cur.length + 1 + line.length <= limit) cur = `${cur}\n${line}`;
    else {
      out.push(cur);
      cur = line;
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** "Skipped, not IDs: abc, 12x" (at most 20 tokens named). */
export function invalidTokensText(t: T, tokens: readonly string[]): string {
  const shown = tokens.slice(0, 20).map((tok) => html`<code>${truncate(tok, 40)}</code>`);
  const more = tokens.length - shown.length;
  const list = joinHtml(shown, ", ");
  const all = more > 0 ? html`${list} ${raw(t("orders-invalid-more", { count: more }))}` : list;
  return t("orders-invalid-ids", { tokens: all, count: tokens.length });
}

export const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** The ID list of an order command, with a note about tokens that are not IDs. */
export interface IdArgs {
  ids: string[];
  /** Puts the note about the ignored tokens (if any) above a text. */
  withNote: (text: string) => string;
}

/**
 * Reads the IDs of `/status`, `/refill`, `/refills` or `/cancel`. Without any ID it answers the
 * usage (keeping the note about bad tokens), over MAX_IDS_PER_COMMAND it says so; both return
 * undefined.
 */
export async function readIdArgs(ctx: BaseContext, match: string, usage: string): Promise<IdArgs | undefined> {
  const { ids, invalid } = parseIds(match);
  const note = invalid.length > 0 ? invalidTokensText(ctx.t, invalid) : undefined;
  const withNote = (text: string) => (note ? `${note}\n\n${text}` : text);
  if (ids.length === 0) {
    await ctx.reply(withNote(usage), HTML);
    return undefined;
  }
  if (ids.length > MAX_IDS_PER_COMMAND) {
    await ctx.reply(ctx.t("orders-too-many", { count: ids.length, max: MAX_IDS_PER_COMMAND }));
    return undefined;
  }
  return { ids, withNote };
}

/**
 * The opening of the order commands (/status, /refill, /refills, /cancel): their ID arguments
 * ({@link readIdArgs}), then the chat's account ({@link requireAccount}), then "typing" while the
 * panel is asked (`typing: false` for a command that only asks to confirm). Undefined when the
 * user was told why not.
 */
export async function readIdCommand(
  ctx: BaseContext,
  match: string,
  usage: string,
  typing = true,
): Promise<(IdArgs & { active: ActiveAccount }) | undefined> {
  const args = await readIdArgs(ctx, match, usage);
  if (!args) return undefined;
  const active = await requireAccount(ctx);
  if (!active) return undefined;
  if (typing) await ctx.replyWithChatAction("typing").catch(cosmetic);
  return { ...args, active };
}

/** Sends texts in order (HTML); the keyboard goes on the last one. */
export async function replyAll(ctx: BaseContext, texts: readonly string[], keyboard?: InlineKeyboard): Promise<void> {
  for (let i = 0; i < texts.length; i++) {
    const last = i === texts.length - 1;
    await ctx.reply(texts[i]!, { ...HTML, ...(last && keyboard ? { reply_markup: keyboard } : {}) });
  }
}

/** True for Telegram's "message is not modified" refusal (an edit to the same text and buttons). */
export function isNotModified(err: unknown): boolean {
  const text = err instanceof GrammyError ? err.description : err instanceof Error ? err.message : "";
  return /message is not modified/i.test(text);
}

/**
 * Edits the message the pressed button is on (chat or inline message). "Not modified" is silent;
 * when the message can no longer be edited, the text is sent as a new message in the chat.
 */
export async function editInPlace(ctx: BaseContext, text: string, keyboard?: InlineKeyboard | InlineKeyboardMarkup): Promise<void> {
  try {
    await ctx.editMessageText(text, { ...HTML, ...(keyboard ? { reply_markup: keyboard } : {}) });
  } catch (err) {
    if (isNotModified(err)) return;
    if (!ctx.chat || !(err instanceof GrammyError)) throw err;
    await ctx.reply(text, { ...HTML, ...(keyboard ? { reply_markup: keyboard } : {}) });
  }
}

/** HTML text as plain text (for button answers, which have no parse mode). */
export { plainText } from "../bot/html.js";

/**
 * Answers a callback query, never failing (an old query cannot be answered any more). `text` is
 * Telegram HTML (what `t` returns): the bot's API layer shows it as plain text, fitted to 200
 * characters (src/bot/fit.ts).
 */
export async function answer(ctx: BaseContext, text?: string, alert = false): Promise<void> {
  await ctx.answerCallbackQuery(text === undefined ? undefined : { text, show_alert: alert }).catch(cosmetic);
}

// ---------------------------------------------------------------------------------------------
// Checks

/**
 * The account an order button acts for: the account the chat tracks the order with, else one of the
 * chat's accounts on the button's panel (the active one first; see accountForOrder). Without any
 * account there, the button is "expired".
 */
export async function accountForButton(ctx: BaseContext, panelId: string, orderId = ""): Promise<ActiveAccount | undefined> {
  const found = await accountForOrder(ctx, panelId, orderId);
  if (found) return found;
  // None there: "connect" / "reconnect" when the active account is missing or unreadable, else expired.
  if ((await accountStatus(ctx)).kind === "ok") await answer(ctx, ctx.t("button-expired"), true);
  else await requireAccount(ctx);
  return undefined;
}
