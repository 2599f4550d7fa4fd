/** Text formatting helpers shared by features (HTML parse mode). */
import { statusEmoji, statusSlug } from "../panel/status.js";
import { formatDate, formatMoney as formatLocaleMoney, formatNumber, isDecimalLike } from "../lib/intl.js";
import type { BaseContext } from "./context.js";

export { escapeHtml, html, raw, plainText, Html } from "./html.js";

type T = BaseContext["t"];

/** The locale to render in: a context's (`ctx.locale`) or a locale code. */
export type LocaleSource = string | Pick<BaseContext, "locale">;

function localeOf(source: LocaleSource): string {
  return typeof source === "string" ? source : source.locale;
}

/**
 * An amount with its currency as the chat's locale writes it ("0,00045 $" in sl, "1 500 000,00 ₽"
 * in ru), never rounded: a price before confirmation, a balance or a charge shows every digit the
 * panel sent. Plain text (the currency comes from the panel): pass it to `t` or `html`, which
 * escape it. A value that is not a decimal is shown as the panel sent it.
 */
export function money(source: LocaleSource, amount: string | number | bigint, currency?: string): string {
  const locale = localeOf(source);
  if (!isDecimalLike(amount)) return `${String(amount)}${currency ? ` ${currency}` : ""}`.trim();
  return formatLocaleMoney(locale, amount, currency ?? "");
}

/** A number (quantity, count) as the chat's locale writes it, exactly; non-numbers as they are. */
export function num(source: LocaleSource, n: string | number | bigint): string {
  return isDecimalLike(n) ? formatNumber(localeOf(source), n) : String(n);
}

/** A date (ms since the epoch) as the chat's locale writes it, short ("30 Nov 2026"); UTC. Plain text. */
export function date(source: LocaleSource, ms: number): string {
  return formatDate(localeOf(source), ms, { dateStyle: "medium" });
}

/** "✅ Completed" in the user's language; unknown statuses keep the panel's own word. Plain text. */
export function statusLabel(t: T, status: string): string {
  const slug = statusSlug(status);
  const label = slug === "other" ? status : t(`status-${slug}`);
  return `${statusEmoji(status)} ${label}`;
}

/** Cuts long text for buttons and lists (by code points, never splitting a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
