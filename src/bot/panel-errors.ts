/**
 * Turns a panel error into a clear, translated sentence for the user, with the next step. One
 * message per problem of the taxonomy (src/panel/errors.ts: `PanelError.problem`); facts the panel
 * gave (price, balance, limits, why a refill was refused) are filled in, and what the bot knows
 * better (the order's price and the balance it just read, the service's limits) can be passed in
 * `known`. Never includes the key.
 *
 * `panelErrorText` is plain text (for plain messages and alerts); `panelErrorHtml` is the same text
 * escaped for HTML messages. An unknown panel text is shown behind a generic prefix, and a raw
 * key-like code (`neworder.error.comment`) is never shown alone.
 */
import { PanelError, isKeyLikeMessage, type PanelProblem, type RefillRefusal } from "../panel/errors.js";
import { compareDecimal, formatMoney, subtractDecimal } from "../panel/money.js";
import type { BaseContext } from "./context.js";
import { escapeHtml } from "./format.js";

/** What the bot already knows about the failed request (used when the panel did not say it). */
export interface KnownFacts {
  /** The order's price and the account's balance, in `currency`. */
  price?: string;
  balance?: string;
  currency?: string;
  /** The service's quantity limits. */
  min?: number;
  max?: number;
}

type Translate = Pick<BaseContext, "t">;

/** The Fluent key of each problem (refill refusals and some others pick a variant below). */
export const PROBLEM_KEYS: Readonly<Record<PanelProblem, string>> = {
  bad_key: "panel-error-invalid-key",
  funds: "panel-error-funds",
  duplicate_link: "panel-error-duplicate-link",
  service: "panel-error-service",
  link: "panel-error-link",
  quantity: "panel-error-quantity",
  dripfeed: "panel-error-dripfeed",
  refill_refused: "panel-error-refill-not-eligible",
  refill_unsupported: "panel-error-refill-unsupported",
  cancel_refused: "panel-error-cancel-refused",
  cancel_unsupported: "panel-error-cancel-unsupported",
  order_not_found: "panel-error-unknown-order",
  refill_not_found: "panel-error-unknown-refill",
  rate_limited: "panel-error-rate-limited",
  maintenance: "panel-error-maintenance",
  blocked: "panel-error-blocked",
  unavailable: "panel-error-unavailable",
  unknown_outcome: "panel-error-unknown-outcome",
  fields: "panel-error-invalid-input",
  refused: "panel-error-invalid-input",
};

/** The message of each reason a panel gives for refusing a refill. */
export const REFILL_KEYS: Readonly<Record<RefillRefusal, string>> = {
  not_eligible: "panel-error-refill-not-eligible",
  too_early: "panel-error-refill-too-early",
  period_over: "panel-error-refill-period-over",
  already_requested: "panel-error-refill-already",
  disabled: "panel-error-refill-disabled",
};

/** An amount with a currency code ("USD") or the sign the panel wrote ("$", "₦"). */
const money = (amount: string, currency: string | undefined): string => {
  try {
    const c = currency?.trim() ?? "";
    if (c === "" || /^[A-Za-z]{3}$/.test(c)) return formatMoney(amount, c);
    return `${c}${formatMoney(amount)}`;
  } catch {
    return amount;
  }
};

function fundsText(ctx: Translate, err: PanelError, known: KnownFacts): string {
  const fromPanel = err.details?.required !== undefined && err.details.available !== undefined;
  const price = err.details?.required ?? known.price;
  const balance = err.details?.available ?? known.balance;
  const currency = fromPanel ? (err.details?.currency ?? known.currency) : (known.currency ?? err.details?.currency);
  if (price !== undefined && balance !== undefined) {
    let short: string | undefined;
    try {
      short = compareDecimal(price, balance) > 0 ? subtractDecimal(price, balance) : undefined;
    } catch {
      short = undefined;
    }
    if (short !== undefined) {
      return ctx.t("panel-error-funds-detail", {
        price: money(price, currency),
        balance: money(balance, currency),
        shortfall: money(short, currency),
      });
    }
  }
  return ctx.t("panel-error-funds");
}

function quantityText(ctx: Translate, err: PanelError, known: KnownFacts): string {
  const min = known.min ?? err.details?.min;
  const max = known.max ?? err.details?.max;
  if (min !== undefined && max !== undefined && max < Number.MAX_SAFE_INTEGER) return ctx.t("panel-error-quantity-range", { min, max });
  if (min !== undefined) return ctx.t("panel-error-quantity-min", { min });
  if (max !== undefined && max < Number.MAX_SAFE_INTEGER) return ctx.t("panel-error-quantity-max", { max });
  return ctx.t("panel-error-quantity");
}

function refusedText(ctx: Translate, err: PanelError): string {
  const text = err.panelMessage?.trim();
  if (!text) return ctx.t("panel-error-invalid-input");
  if (isKeyLikeMessage(text)) return ctx.t("panel-error-invalid-input-code", { code: text.slice(0, 100) });
  return ctx.t("panel-error-invalid-input-detail", { detail: text.slice(0, 300) });
}

/** Problems where the panel's own words follow our sentence (they may say more than we read). */
const QUOTED: ReadonlySet<PanelProblem> = new Set([
  "funds",
  "duplicate_link",
  "service",
  "link",
  "quantity",
  "dripfeed",
  "refill_refused",
  "cancel_refused",
]);

/** The user's sentence for a panel error (plain text, not escaped), with the next step. */
export function panelErrorText(ctx: Translate, err: unknown, known: KnownFacts = {}): string {
  if (!(err instanceof PanelError)) return ctx.t("error-generic");
  const text = sentence(ctx, err, known);
  const said = err.panelMessage?.trim();
  if (said && QUOTED.has(err.problem) && !isKeyLikeMessage(said)) {
    return `${text}\n${ctx.t("panel-error-panel-said", { text: said.slice(0, 300) })}`;
  }
  return text;
}

function sentence(ctx: Translate, err: PanelError, known: KnownFacts): string {
  switch (err.problem) {
    case "bad_key":
      return ctx.t(err.details?.suspended ? "panel-error-suspended-key" : "panel-error-invalid-key");
    case "funds":
      return fundsText(ctx, err, known);
    case "quantity":
      return quantityText(ctx, err, known);
    case "refill_refused":
      return ctx.t(REFILL_KEYS[err.details?.refill ?? "not_eligible"]);
    case "refused":
    case "fields":
      return refusedText(ctx, err);
    default:
      return ctx.t(PROBLEM_KEYS[err.problem]);
  }
}

/** {@link panelErrorText}, escaped for an HTML message. */
export function panelErrorHtml(ctx: Translate, err: unknown, known: KnownFacts = {}): string {
  return escapeHtml(panelErrorText(ctx, err, known));
}
