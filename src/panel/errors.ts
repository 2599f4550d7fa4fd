/**
 * The one error type of the panel client, and the one taxonomy of what went wrong.
 *
 * Every failure of a panel call surfaces as a `PanelError`. It has two levels:
 *
 * `kind` — the coarse class that drives control flow (retries, money safety, tracking):
 *
 * | kind                 | meaning                                                                       |
 * |----------------------|-------------------------------------------------------------------------------|
 * | `invalid_key`        | the API key is wrong, or the account is suspended: ask to reconnect           |
 * | `insufficient_funds` | not enough balance for the order                                              |
 * | `unknown_order`      | the order ID does not exist on this account                                   |
 * | `unknown_refill`     | the refill ID does not exist                                                  |
 * | `invalid_input`      | the panel (or local validation) refused the request: see `reason`             |
 * | `rate_limited`       | too many requests (HTTP 429 or a text saying so): see `retryAfterMs`          |
 * | `unavailable`        | panel down / maintenance / anti-bot page / bad JSON / connection failed       |
 * | `unknown_outcome`    | an `add`/`refill`/`cancel` was sent but no definite answer came back: the     |
 * |                      | action MAY have happened. Never repeat it blindly; tell the user to check.    |
 *
 * `problem` — the fine class the user is told about, each with its own message and next step:
 *
 * | problem              | kind / reason                        | details                               |
 * |----------------------|--------------------------------------|---------------------------------------|
 * | `bad_key`            | invalid_key                          | `suspended` when the account is       |
 * | `funds`              | insufficient_funds                   | `required`, `available` when given    |
 * | `duplicate_link`     | invalid_input / active_order         |                                       |
 * | `service`            | invalid_input / service              |                                       |
 * | `link`               | invalid_input / link                 |                                       |
 * | `quantity`           | invalid_input / quantity             | `min`, `max` when given               |
 * | `dripfeed`           | invalid_input / dripfeed             |                                       |
 * | `refill_refused`     | invalid_input / refill_refused       | `refill`: why (see RefillRefusal)     |
 * | `refill_unsupported` | invalid_input / unsupported (refill) |                                       |
 * | `cancel_refused`     | invalid_input / cancel_refused       |                                       |
 * | `cancel_unsupported` | invalid_input / unsupported (cancel) |                                       |
 * | `order_not_found`    | unknown_order                        |                                       |
 * | `refill_not_found`   | unknown_refill                       |                                       |
 * | `rate_limited`       | rate_limited                         |                                       |
 * | `maintenance`        | unavailable                          |                                       |
 * | `blocked`            | unavailable (not retried)            | the panel's anti-bot wall (Cloudflare) |
 * | `unavailable`        | unavailable                          |                                       |
 * | `unknown_outcome`    | unknown_outcome                      |                                       |
 * | `fields`             | invalid_input / fields (local)       | see `problems`                        |
 * | `refused`            | invalid_input / generic or other     | the panel's text in `panelMessage`    |
 *
 * Classification knows Perfect Panel's raw error keys (`neworder.error.not_enough_funds`, …), the
 * phrasings of the common panel scripts (SmartPanel, the Laravel scripts, CMSNT, SocPanel-style…)
 * and the Laravel validation texts; test/realworld/ holds the answers it is checked against.
 *
 * Security: the API key is never part of an error. The panel's own text is kept in `panelMessage`
 * after scrubbing the key out of it; request bodies and low-level error objects are never attached.
 */
import { scrubSecretForms } from "../lib/secret-forms.js";
import type { AddInputProblem } from "./service-types.js";

export type PanelErrorKind =
  | "invalid_key"
  | "insufficient_funds"
  | "unknown_order"
  | "unknown_refill"
  | "invalid_input"
  | "rate_limited"
  | "unavailable"
  | "unknown_outcome";

/**
 * Finer reason for `invalid_input` (and a few others):
 * - `service`, `quantity`, `link`, `dripfeed`: the `add` field the panel refused;
 * - `refill_refused` / `cancel_refused`: the order is not eligible for refill / cancel;
 * - `active_order`: the panel refuses a second active order for the same link;
 * - `unsupported`: the panel does not offer this action at all (no refill / no cancel);
 * - `fields`: local validation found problems before sending (see `PanelError.problems`);
 * - `generic`: "Incorrect request" and similar; `other`: a text we do not recognise.
 */
export type PanelErrorReason =
  | "service"
  | "quantity"
  | "link"
  | "dripfeed"
  | "refill_refused"
  | "cancel_refused"
  | "active_order"
  | "unsupported"
  | "fields"
  | "generic"
  | "other";

/** What the user is told about (see the table above). */
export type PanelProblem =
  | "bad_key"
  | "funds"
  | "duplicate_link"
  | "service"
  | "link"
  | "quantity"
  | "dripfeed"
  | "refill_refused"
  | "refill_unsupported"
  | "cancel_refused"
  | "cancel_unsupported"
  | "order_not_found"
  | "refill_not_found"
  | "rate_limited"
  | "maintenance"
  | "blocked"
  | "unavailable"
  | "unknown_outcome"
  | "fields"
  | "refused";

/** Every problem, in the table's order (for exhaustive tests and message tables). */
export const PANEL_PROBLEMS: readonly PanelProblem[] = [
  "bad_key",
  "funds",
  "duplicate_link",
  "service",
  "link",
  "quantity",
  "dripfeed",
  "refill_refused",
  "refill_unsupported",
  "cancel_refused",
  "cancel_unsupported",
  "order_not_found",
  "refill_not_found",
  "rate_limited",
  "maintenance",
  "blocked",
  "unavailable",
  "unknown_outcome",
  "fields",
  "refused",
];

/** Why a refill was refused. */
export type RefillRefusal = "not_eligible" | "too_early" | "period_over" | "already_requested" | "disabled";

/** Facts read from the panel's text, when it gives them. Numbers and decimals as the panel sent them. */
export interface PanelErrorDetails {
  /** `bad_key`: the account exists but is suspended / inactive / banned. */
  suspended?: boolean;
  /** `funds`: the order's price and the balance, when the panel says them (decimal strings). */
  required?: string;
  available?: string;
  /** `funds`: the currency sign or code the panel wrote next to them ("$", "₦", "USD"). */
  currency?: string;
  /** `quantity`: the service's limits, when the panel says them. */
  min?: number;
  max?: number;
  /** `refill_refused`: why. */
  refill?: RefillRefusal;
}

export interface PanelErrorOptions {
  reason?: PanelErrorReason;
  /** The fine class; derived from kind, reason and action when not given. */
  problem?: PanelProblem;
  details?: PanelErrorDetails;
  /** The panel's own error text (will be scrubbed with `secret` if given). */
  panelMessage?: string;
  retryAfterMs?: number;
  /** HTTP status of the answer, when there was one. */
  status?: number;
  /** The API action that failed ("balance", "add", …). */
  action?: string;
  /** Local validation problems (kind `invalid_input`, reason `fields`). */
  problems?: readonly AddInputProblem[];
  /** A secret (the API key) to scrub from `message` and `panelMessage`. Never stored. */
  secret?: string;
}

const DEFAULT_MESSAGES: Readonly<Record<PanelErrorKind, string>> = {
  invalid_key: "The panel rejected the API key",
  insufficient_funds: "Not enough funds on the panel balance",
  unknown_order: "The panel does not know this order ID",
  unknown_refill: "The panel does not know this refill ID",
  invalid_input: "The panel refused the request",
  rate_limited: "The panel is rate-limiting requests",
  unavailable: "The panel is unavailable",
  unknown_outcome: "The panel did not confirm the request; it may or may not have been carried out. Check the panel before trying again",
};

/** Longest panel text we keep (panels sometimes put whole pages into `error`). */
const MAX_PANEL_MESSAGE = 300;

/** The problem implied by a kind and reason (and the action, for "unsupported"). */
export function problemOf(kind: PanelErrorKind, reason?: PanelErrorReason, action?: string): PanelProblem {
  switch (kind) {
    case "invalid_key":
      return "bad_key";
    case "insufficient_funds":
      return "funds";
    case "unknown_order":
      return "order_not_found";
    case "unknown_refill":
      return "refill_not_found";
    case "rate_limited":
      return "rate_limited";
    case "unavailable":
      return "unavailable";
    case "unknown_outcome":
      return "unknown_outcome";
    case "invalid_input":
      switch (reason) {
        case "service":
        case "link":
        case "quantity":
        case "dripfeed":
        case "refill_refused":
        case "cancel_refused":
        case "fields":
          return reason;
        case "active_order":
          return "duplicate_link";
        case "unsupported":
          return action === "cancel" ? "cancel_unsupported" : "refill_unsupported";
        default:
          return "refused";
      }
  }
}

/** A classified failure of a panel call. Safe to log and to show: it never contains the API key. */
export class PanelError extends Error {
  override readonly name = "PanelError";
  readonly kind: PanelErrorKind;
  readonly reason?: PanelErrorReason;
  /** What the user is told about (see the module's table). */
  readonly problem: PanelProblem;
  /** Facts from the panel's text (price, balance, limits, refill refusal). */
  readonly details?: PanelErrorDetails;
  /** The panel's own text, scrubbed of the key, at most 300 characters. */
  readonly panelMessage?: string;
  /** For `rate_limited`: how long the panel asked us to wait (from Retry-After), in ms. */
  readonly retryAfterMs?: number;
  /** HTTP status code of the answer, if one was received. */
  readonly status?: number;
  /** The API action that failed. */
  readonly action?: string;
  /** For local validation failures: the list of problems. */
  readonly problems?: readonly AddInputProblem[];

  constructor(kind: PanelErrorKind, message?: string, options: PanelErrorOptions = {}) {
    const secret = options.secret;
    super(scrubSecret(message ?? DEFAULT_MESSAGES[kind], secret));
    this.kind = kind;
    if (options.reason !== undefined) this.reason = options.reason;
    let problem = options.problem;
    let details = options.details;
    if (problem === undefined && options.panelMessage !== undefined && kind !== "unknown_outcome") {
      // Rebuilt from stored parts (kind, reason, panel text): recover the fine class from the text.
      const c = classifyPanelMessage(options.panelMessage);
      if (c.kind === kind && c.reason === options.reason) {
        problem = c.problem;
        details ??= c.details;
      }
    }
    this.problem = problem ?? problemOf(kind, options.reason, options.action);
    if (details !== undefined && Object.keys(details).length > 0) this.details = { ...details };
    if (options.panelMessage !== undefined) {
      this.panelMessage = truncate(scrubSecret(options.panelMessage, secret), MAX_PANEL_MESSAGE);
    }
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.status !== undefined) this.status = options.status;
    if (options.action !== undefined) this.action = options.action;
    if (options.problems !== undefined) this.problems = options.problems;
  }

  /** True for errors where the requested action may have happened (see `unknown_outcome`). */
  get outcomeUnknown(): boolean {
    return this.kind === "unknown_outcome";
  }

  /** A plain object for structured logs (never contains the key). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      reason: this.reason,
      problem: this.problem,
      details: this.details,
      message: this.message,
      panelMessage: this.panelMessage,
      retryAfterMs: this.retryAfterMs,
      status: this.status,
      action: this.action,
      problems: this.problems,
    };
  }
}

/** Type guard for `PanelError`, optionally of given kinds. */
export function isPanelError(value: unknown, ...kinds: PanelErrorKind[]): value is PanelError {
  return value instanceof PanelError && (kinds.length === 0 || kinds.includes(value.kind));
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Replaces every occurrence of `secret` in `text` (as is, URL-encoded and form-encoded, any case)
 * with "[redacted]". Secrets shorter than 4 characters are not scrubbed (they would mangle text).
 */
export function scrubSecret(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  // The key as it is, URL- and form-encoded, hex, base64 and base64url (also inside longer base64).
  return scrubSecretForms(text, secret);
}

// ---------------------------------------------------------------------------------------------
// Classification

/** Result of classifying a panel's error text. */
export interface PanelMessageClass {
  kind: PanelErrorKind;
  reason?: PanelErrorReason;
  problem: PanelProblem;
  details?: PanelErrorDetails;
}

type Rule = { test: RegExp; kind: PanelErrorKind; reason?: PanelErrorReason; problem?: PanelProblem; suspended?: boolean };

/**
 * Perfect Panel (and the scripts copying it) answer raw translation keys such as
 * `neworder.error.not_enough_funds`. The last segment says what happened.
 */
const KEY_RULES: ReadonlyArray<{ test: RegExp } & Omit<Rule, "test">> = [
  { test: /^(not_enough_funds|insufficient_(balance|funds)|not_enough_balance|low_balance)$/, kind: "insufficient_funds" },
  { test: /^(link_duplicate|duplicate_(order|link)|active_order|too_many_orders)$/, kind: "invalid_input", reason: "active_order" },
  {
    test: /^(incorrect_service(_id)?|invalid_service(_id)?|service_(not_found|inactive|disabled|id))$/,
    kind: "invalid_input",
    reason: "service",
  },
  { test: /^(link|invalid_link|incorrect_link|bad_link|link_not_found|link_invalid|url)$/, kind: "invalid_input", reason: "link" },
  {
    test: /^(min_quantity|max_quantity|invalid_quantity|incorrect_quantity|quantity|not_enough_quantity)$/,
    kind: "invalid_input",
    reason: "quantity",
  },
  { test: /^(dripfeed|drip_feed)(_\w+)?$/, kind: "invalid_input", reason: "dripfeed" },
  { test: /^(incorrect_order_id|invalid_order_id|order_not_found|incorrect_order)$/, kind: "unknown_order" },
  { test: /^(incorrect_refill_id|invalid_refill_id|refill_not_found)$/, kind: "unknown_refill" },
  { test: /^(account_(banned|suspended|blocked|inactive|disabled)|user_(banned|blocked))$/, kind: "invalid_key", suspended: true },
  { test: /^(invalid_key|incorrect_key|wrong_key|invalid_api_key|incorrect_api_key|key|api_key|user_not_found)$/, kind: "invalid_key" },
  { test: /^(too_many_requests|rate_limit(ed)?)$/, kind: "rate_limited" },
];

/** A dotted key such as `neworder.error.link_duplicate` (letters, digits, underscores, dots). */
const KEY_TOKEN = /\b[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+\b/gi;

/** True for a text that is only a raw key-like code (`error.incorrect_service_id`), not a sentence. */
export function isKeyLikeMessage(text: string): boolean {
  return /^\s*[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+\s*$/i.test(text);
}

/**
 * Phrase rules, in order of precedence (first match wins), case-insensitive and tolerant of
 * punctuation. Each line names where the phrasing is seen (see test/realworld/ for the sources).
 */
const RULES: readonly Rule[] = [
  // Suspended accounts: "Your account has been suspended.", "Your account is inactive",
  // "Your account is not active", "Tài khoản của bạn đã bị cấm" (CMSNT).
  {
    test: /\b(account|user)\b[^.]{0,40}\b(suspended|banned|blocked|disabled|deactivated|inactive|not\s+active|frozen)\b/i,
    kind: "invalid_key",
    suspended: true,
  },
  { test: /tài khoản.*bị (cấm|khoá|khóa)/i, kind: "invalid_key", suspended: true },
  // Bad key: "Invalid API key", "API key invalid", "The selected key is invalid.", "Invalid api key",
  // "API is Disable for this user or User Not Found!" (SmartPanel), "The api key field is required".
  { test: /\b(invalid|incorrect|wrong|bad|unknown)\s+(api[\s_-]*)?key\b/i, kind: "invalid_key" },
  { test: /\b(selected|given|provided)\s+(api[\s_-]*)?key\s+is\s+(invalid|incorrect|not\s+valid)\b/i, kind: "invalid_key" },
  {
    test: /\bapi[\s_-]*key\b.*\b(incorrect|invalid|wrong|not\s+valid|not\s+found|disabled|expired|required)\b/i,
    kind: "invalid_key",
  },
  { test: /\bapi\s+is\s+disabled?\s+for\s+this\s+user\b/i, kind: "invalid_key" },
  { test: /\buser\s+(is\s+)?not\s+found\b/i, kind: "invalid_key" },
  { test: /\bthe\s+account\s+does\s*n[o']?t\s+exists?\b/i, kind: "invalid_key" },
  // Laravel Sanctum / generic auth: {"message": "Unauthenticated."}.
  { test: /^\W*(unauthenticated|unauthori[sz]ed)\W*$/i, kind: "invalid_key" },
  // Funds: "Not enough funds on balance", "You don't have sufficient balance.", "Your balance is
  // insufficient.", "Insufficient balance. Required: $1.50, Available: $0.20".
  { test: /\bnot\s+enough\s+(funds|money|balance|credits?)\b/i, kind: "insufficient_funds" },
  { test: /\b(in)?sufficient\s+(funds|balance|credits?)\b/i, kind: "insufficient_funds" },
  { test: /\bbalance\s+is\s+(too\s+low|low|insufficient|not\s+enough)\b/i, kind: "insufficient_funds" },
  { test: /\blow\s+balance\b|\bbalance\s+not\s+enough\b/i, kind: "insufficient_funds" },
  { test: /\b(do\s+not|don't|dont)\s+have\s+enough\s+(funds|money|balance)\b/i, kind: "insufficient_funds" },
  { test: /số dư không đủ/i, kind: "insufficient_funds" },
  // Rate limits and maintenance sometimes come as body texts.
  { test: /\btoo\s+many\s+requests\b|\brate[\s-]*limit/i, kind: "rate_limited" },
  { test: /\bmaintenance\b|bảo trì/i, kind: "unavailable", problem: "maintenance" },
  { test: /\b(temporar(il)?y\s+(unavailable|down)|try\s+again\s+later)\b/i, kind: "unavailable" },
  // Refill refused before "unknown order". Why, when said, goes into details.refill.
  { test: /\bnot\s+eligible\s+(to\s+send\s+)?(for\s+)?refill/i, kind: "invalid_input", reason: "refill_refused" },
  { test: /\brefill\s+days\s+are\s+over\b/i, kind: "invalid_input", reason: "refill_refused" },
  { test: /\brefill\s+task\s+is\s+not\s+completed\b/i, kind: "invalid_input", reason: "refill_refused" },
  {
    test: /\brefill\b.*\b(disabled|not\s+(available|allowed|possible|supported|eligible)|already|unavailable|too\s+early|wait|over|expired|ended)\b/i,
    kind: "invalid_input",
    reason: "refill_refused",
  },
  { test: /\b(cannot|can't|can\s+not|unable\s+to)\s+(be\s+)?refill/i, kind: "invalid_input", reason: "refill_refused" },
  { test: /\brefill\b.*\bafter\s+\d+\s*(hours?|days?|minutes?)\b/i, kind: "invalid_input", reason: "refill_refused" },
  // CMSNT says "bảo hành" (warranty) for refill and "hủy" for cancel.
  { test: /bảo hành/i, kind: "invalid_input", reason: "refill_refused" },
  { test: /không hỗ trợ hủy|không thể hủy|đã bị hủy|đang trong quá trình hủy|đã được hủy/i, kind: "invalid_input", reason: "cancel_refused" },
  // Unknown refill: "Refill not found", "Refill Request Not found", "The selected refill id is invalid.".
  { test: /\brefill(\s+request)?(\s+id)?\s+(was\s+)?(not\s+found|does\s*n[o']?t\s+exists?)\b/i, kind: "unknown_refill" },
  { test: /\b(incorrect|invalid|unknown|wrong)\s+refill(\s+id)?\b/i, kind: "unknown_refill" },
  { test: /\bselected\s+refill(\s+id)?\s+is\s+invalid\b/i, kind: "unknown_refill" },
  // Cancel refused: "You are not eligible to cancel this order.", "This order cannot be canceled".
  { test: /\bnot\s+eligible\s+(to|for)\s+cancel/i, kind: "invalid_input", reason: "cancel_refused" },
  { test: /\b(cannot|can't|can\s+not|unable\s+to)\s+(be\s+)?cancel/i, kind: "invalid_input", reason: "cancel_refused" },
  {
    test: /\bcancel\w*\b.*\b(disabled|not\s+(available|allowed|possible|supported|eligible)|unavailable)\b/i,
    kind: "invalid_input",
    reason: "cancel_refused",
  },
  // Unknown order: "Incorrect order ID", "Order not found.", "The selected order id is invalid.",
  // "Invalid Order Id(s)".
  { test: /\b(incorrect|invalid|unknown|wrong)\s+order(\s+ids?)?\b/i, kind: "unknown_order" },
  { test: /\bselected\s+order(\s+id)?\s+is\s+invalid\b/i, kind: "unknown_order" },
  { test: /\border(\s+id)?\s+(was\s+)?(not\s+found|does\s*n[o']?t\s+exists?)\b/i, kind: "unknown_order" },
  { test: /\bno\s+(such\s+)?order(\s+found)?\b/i, kind: "unknown_order" },
  // Drip-feed refused: "This services does not support Dripfeed feature!".
  { test: /\bdrip[\s-]*feed/i, kind: "invalid_input", reason: "dripfeed" },
  // An active order on the same link: "You have active order with this link…", "You cannot start a
  // new order with the same link that is active processing order."
  { test: /\bactive\s+(processing\s+)?order\b|\bsame\s+link\b|\bduplicate\s+(order|link)\b/i, kind: "invalid_input", reason: "active_order" },
  // Bad service: "Incorrect service ID", "Invalid Service Id", "Service ID does not exists", "The
  // selected service is invalid.", "Service not found or inactive".
  { test: /\b(incorrect|invalid|unknown|wrong)\s+service(\s+id)?\b/i, kind: "invalid_input", reason: "service" },
  {
    test: /\bservice(\s+id)?\s+(is\s+)?(invalid|does\s*n[o']?t\s+exists?|not\s+found|disabled|not\s+active|inactive|unavailable|not\s+available)\b/i,
    kind: "invalid_input",
    reason: "service",
  },
  { test: /dịch vụ không tồn tại/i, kind: "invalid_input", reason: "service" },
  // Bad quantity: "Quantity less than minimal 50", "Minimum quantity is 100", "Enter a value above
  // the minimum number.", "Maximum number exceed.", "The quantity field must be at least 100.".
  {
    test: /\bquantity\b|\b(minimal|minimum|maximum|maximal|min|max)\s+(amount|number|quantity|order)\b|số lượng/i,
    kind: "invalid_input",
    reason: "quantity",
  },
  // Bad link: "Bad Link", "Incorrect link", "The link format is invalid.", "The link field must be a
  // valid URL.", "The provided URL is not valid", "Instagram profile is hidden.".
  { test: /\b(bad|incorrect|invalid|wrong)\s+(link|url)\b/i, kind: "invalid_input", reason: "link" },
  {
    test: /\b(link|url)\b.{0,30}\b(invalid|incorrect|wrong|not\s+valid|must\s+be\s+a\s+valid|required)\b/i,
    kind: "invalid_input",
    reason: "link",
  },
  { test: /\bprofile\s+is\s+(hidden|private)\b/i, kind: "invalid_input", reason: "link" },
  { test: /\b(enter|provide|use)\s+a\s+valid\s+(link|url)\b/i, kind: "invalid_input", reason: "link" },
  // Generic: "Incorrect request", "Invalid action", "This action is Invalid", "The selected action is invalid.".
  { test: /\b(incorrect|invalid|bad|unknown)\s+(request|action|method|parameters?)\b/i, kind: "invalid_input", reason: "generic" },
  { test: /\baction\s+(is\s+)?(invalid|not\s+(supported|allowed|found|exists?))\b/i, kind: "invalid_input", reason: "generic" },
  { test: /\bthe\s+action\s+field\s+is\s+required\b/i, kind: "invalid_input", reason: "generic" },
];

/**
 * True for a text saying the action itself is unknown ("Invalid action", "This action is Invalid",
 * "The selected action is invalid."): the panel does not offer it. "Incorrect request" is not
 * enough on its own (panels also say it for a malformed multi call): the batcher probes instead.
 */
export function isUnknownActionMessage(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  return (
    /\b(incorrect|invalid|unknown|bad)\s+(action|method)\b/i.test(t) ||
    /\baction\s+(is\s+)?(invalid|not\s+(supported|allowed|found|exists?))\b/i.test(t) ||
    /^\s*(neworder\.)?error\.(invalid_action|incorrect_action|unknown_action)\s*$/i.test(t)
  );
}

/** "1,234.50" / "$1.50" / "₦1 500" → "1234.50" (undefined when no number). */
function decimalIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /(\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/.exec(text);
  return m ? (m[1] as string).replace(/[,\s]/g, "") : undefined;
}

function intIn(text: string | undefined): number | undefined {
  const d = decimalIn(text);
  if (d === undefined || d.includes(".")) return undefined;
  const n = Number(d);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * The number (decimal string) right after one of `words`, and the currency sign or code around it:
 * "Required: $1,500.00" → { amount: "1500.00", unit: "$" }.
 */
function numberAfter(text: string, words: string): { amount: string; unit?: string } | undefined {
  const m = new RegExp(
    `\\b(?:${words})\\b\\s*:?\\s*([^\\d\\s,;]{0,4})\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?([A-Z]{3})\\b)?`,
    "i",
  ).exec(text);
  if (!m) return undefined;
  const unit = (m[1] || m[3] || "").trim();
  return { amount: (m[2] as string).replace(/,/g, ""), ...(unit ? { unit } : {}) };
}

/** Price / balance / limits / refill refusal read from the text, for the problems that use them. */
function detailsFor(problem: PanelProblem, text: string, keys: readonly string[]): PanelErrorDetails | undefined {
  const d: PanelErrorDetails = {};
  if (problem === "funds") {
    const required = numberAfter(text, "required|price|cost|charge|needed|need");
    const available = numberAfter(text, "available") ?? numberAfter(text, "balance\\s+is|balance\\s*:");
    if (required !== undefined) d.required = required.amount;
    if (available !== undefined) d.available = available.amount;
    const unit = required?.unit ?? available?.unit;
    if (unit !== undefined && (required !== undefined || available !== undefined)) d.currency = unit;
  } else if (problem === "quantity") {
    // The limit's own word decides ("less than or equal to maximum amount 10000" is about the maximum).
    const minWord = /(minimum|minimal|at\s+least|tối thiểu)/i;
    const maxWord = /(maximum|maximal|not\s+be\s+greater\s+than|tối đa)/i;
    const isMin = minWord.test(text) || keys.some((k) => /min_quantity$/.test(k));
    const isMax =
      !isMin && (maxWord.test(text) || keys.some((k) => /max_quantity$/.test(k)) || /\b(exceed\w*|more\s+than|greater\s+than)\b/i.test(text));
    const after = (word: RegExp): number | undefined => {
      const m = new RegExp(`${word.source}([^\\d]{0,30})(\\d[\\d,]*)`, "i").exec(text);
      return m ? intIn(m[3]) : undefined;
    };
    if (isMin) {
      const v = after(minWord);
      if (v !== undefined) d.min = v;
    } else if (isMax) {
      const v = after(maxWord) ?? after(/(exceed\w*|more\s+than|greater\s+than)/i);
      if (v !== undefined) d.max = v;
    }
  } else if (problem === "refill_refused") {
    if (/\b(disabled|not\s+supported)\b|không hỗ trợ/i.test(text)) d.refill = "disabled";
    else if (/\b(days\s+are\s+over|period|expired|ended|over)\b/i.test(text)) d.refill = "period_over";
    else if (/\b(already|task\s+is\s+not\s+completed|in\s+progress)\b|trước đó/i.test(text)) d.refill = "already_requested";
    else if (/\b(too\s+early|after\s+\d+|wait|hours?)\b|\d+\s*giờ/i.test(text)) d.refill = "too_early";
    else d.refill = "not_eligible";
  }
  return Object.keys(d).length > 0 ? d : undefined;
}

function finish(rule: Omit<Rule, "test">, text: string, keys: readonly string[]): PanelMessageClass {
  const problem = rule.problem ?? problemOf(rule.kind, rule.reason);
  const out: PanelMessageClass = { kind: rule.kind, problem };
  if (rule.reason) out.reason = rule.reason;
  const details = detailsFor(problem, text, keys);
  if (rule.suspended) out.details = { ...details, suspended: true };
  else if (details) out.details = details;
  return out;
}

/**
 * Classifies a panel's error text (case-insensitive): Perfect Panel keys found in it first, then the
 * phrase rules. Unrecognised texts are `invalid_input` with reason `other` (the panel refused, we
 * just do not know why).
 *
 * @example classifyPanelMessage("Incorrect order ID") // { kind: "unknown_order", problem: "order_not_found" }
 */
export function classifyPanelMessage(text: string): PanelMessageClass {
  const t = text.replace(/\s+/g, " ").trim();
  const keys = (t.match(KEY_TOKEN) ?? []).map((k) => k.toLowerCase());
  for (const key of keys) {
    const last = key.slice(key.lastIndexOf(".") + 1);
    const rule = KEY_RULES.find((r) => r.test.test(last));
    if (rule) return finish(rule, t, keys);
  }
  for (const rule of RULES) {
    if (rule.test.test(t)) return finish(rule, t, keys);
  }
  return { kind: "invalid_input", reason: "other", problem: "refused" };
}

/**
 * A refusal we cannot read, answered to `refill` or `cancel`, is still a refusal of that order's
 * refill / cancel ("Order not completed yet", "Đơn hàng này đang trong quá trình hủy"): say so,
 * with the panel's words. Texts we can read keep their class.
 */
export function refineForAction(c: PanelMessageClass, action: string | undefined): PanelMessageClass {
  if (c.kind !== "invalid_input" || c.reason !== "other") return c;
  if (action === "refill")
    return { kind: "invalid_input", reason: "refill_refused", problem: "refill_refused", details: { refill: "not_eligible" } };
  if (action === "cancel") return { kind: "invalid_input", reason: "cancel_refused", problem: "cancel_refused" };
  return c;
}

/**
 * Builds the `PanelError` for a panel's error text: classified, scrubbed of `secret`, with the
 * panel's text in `panelMessage`.
 */
export function panelErrorFromMessage(text: string, options: { secret?: string; action?: string; status?: number } = {}): PanelError {
  const { kind, reason, problem, details } = refineForAction(classifyPanelMessage(text), options.action);
  const clean = truncate(scrubSecret(text.trim(), options.secret), MAX_PANEL_MESSAGE);
  return new PanelError(kind, `Panel error: ${clean || "(empty message)"}`, {
    ...options,
    ...(reason ? { reason } : {}),
    problem,
    ...(details ? { details } : {}),
    panelMessage: clean,
  });
}
