/**
 * The one error type of the panel client, and the classification of the panels' error texts.
 *
 * Every failure of a panel call surfaces as a `PanelError` with a `kind` the bot can act on:
 *
 * | kind                 | meaning / what to tell the user                                              |
 * |----------------------|-------------------------------------------------------------------------------|
 * | `invalid_key`        | the API key is wrong or the account is gone: ask to reconnect                 |
 * | `insufficient_funds` | not enough balance for the order                                              |
 * | `unknown_order`      | the order ID does not exist on this account                                   |
 * | `unknown_refill`     | the refill ID does not exist                                                  |
 * | `invalid_input`      | the panel (or local validation) refused the request: see `reason`             |
 * | `rate_limited`       | too many requests (HTTP 429 or a text saying so): see `retryAfterMs`          |
 * | `unavailable`        | panel down / HTML / bad JSON / connection failed / timeout on a safe call     |
 * | `unknown_outcome`    | an `add`/`refill`/`cancel` was sent but no definite answer came back: the     |
 * |                      | action MAY have happened. Never repeat it blindly; tell the user to check.    |
 *
 * Security: the API key is never part of an error. The panel's own text is kept in `panelMessage`
 * after scrubbing the key out of it; request bodies and low-level error objects are never attached.
 */
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

export interface PanelErrorOptions {
  reason?: PanelErrorReason;
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
  unknown_outcome:
    "The panel did not confirm the request; it may or may not have been carried out. Check the panel before trying again",
};

/** Longest panel text we keep (panels sometimes put whole pages into `error`). */
const MAX_PANEL_MESSAGE = 300;

/** A classified failure of a panel call. Safe to log and to show: it never contains the API key. */
export class PanelError extends Error {
  override readonly name = "PanelError";
  readonly kind: PanelErrorKind;
  readonly reason?: PanelErrorReason;
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

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Replaces every occurrence of `secret` in `text` (as is, URL-encoded and form-encoded, any case)
 * with "[redacted]". Secrets shorter than 4 characters are not scrubbed (they would mangle text).
 */
export function scrubSecret(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  const forms = new Set([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, "+")]);
  let out = text;
  for (const form of forms) {
    out = out.replace(new RegExp(escapeRegExp(form), "gi"), "[redacted]");
  }
  return out;
}

/** Result of classifying a panel's error text. */
export interface PanelMessageClass {
  kind: PanelErrorKind;
  reason?: PanelErrorReason;
}

/**
 * Patterns in order of precedence (first match wins). They match the variants seen in the wild
 * (see docs: "Errors seen in the wild"), case-insensitively and tolerant of punctuation.
 */
const RULES: ReadonlyArray<{ test: RegExp; kind: PanelErrorKind; reason?: PanelErrorReason }> = [
  // Bad key: "Invalid API key", "Incorrect API key", "API key is incorrect", "User Not Found".
  { test: /\b(invalid|incorrect|wrong|bad|unknown)\s+(api[\s_-]*)?key\b/i, kind: "invalid_key" },
  { test: /\bapi[\s_-]*key\b.*\b(incorrect|invalid|wrong|not\s+valid|not\s+found|disabled|expired|required)\b/i, kind: "invalid_key" },
  { test: /\buser\s+(is\s+)?not\s+found\b/i, kind: "invalid_key" },
  { test: /\b(account|user)\s+(is\s+)?(banned|blocked|suspended|disabled)\b/i, kind: "invalid_key" },
  // Funds: "Not enough funds on balance", "You have insufficient balance".
  { test: /\bnot\s+enough\s+(funds|money|balance|credits?)\b/i, kind: "insufficient_funds" },
  { test: /\binsufficient\s+(funds|balance|credits?)\b/i, kind: "insufficient_funds" },
  { test: /\bbalance\s+is\s+(too\s+)?low\b/i, kind: "insufficient_funds" },
  // Rate limits and maintenance sometimes come as body texts.
  { test: /\btoo\s+many\s+requests\b|\brate[\s-]*limit/i, kind: "rate_limited" },
  { test: /\b(maintenance|temporar(il)?y\s+(unavailable|down)|try\s+again\s+later)\b/i, kind: "unavailable" },
  // Refill refused before "unknown order": "Order not eligible for refill", "Refill is disabled for this service".
  { test: /\bnot\s+eligible\s+for\s+refill/i, kind: "invalid_input", reason: "refill_refused" },
  {
    test: /\brefill\b.*\b(disabled|not\s+(available|allowed|possible|supported|eligible)|already|unavailable|too\s+early|wait)\b/i,
    kind: "invalid_input",
    reason: "refill_refused",
  },
  { test: /\b(cannot|can't|can\s+not|unable\s+to)\s+(be\s+)?refill/i, kind: "invalid_input", reason: "refill_refused" },
  // Unknown refill: "Refill not found".
  { test: /\brefill(\s+id)?\s+(was\s+)?(not\s+found|does\s*n[o']?t\s+exists?)\b/i, kind: "unknown_refill" },
  { test: /\b(incorrect|invalid|unknown|wrong)\s+refill(\s+id)?\b/i, kind: "unknown_refill" },
  // Cancel refused.
  { test: /\bnot\s+eligible\s+for\s+cancel/i, kind: "invalid_input", reason: "cancel_refused" },
  { test: /\b(cannot|can't|can\s+not|unable\s+to)\s+(be\s+)?cancel/i, kind: "invalid_input", reason: "cancel_refused" },
  {
    test: /\bcancel\w*\b.*\b(disabled|not\s+(available|allowed|possible|supported|eligible)|unavailable)\b/i,
    kind: "invalid_input",
    reason: "cancel_refused",
  },
  // Unknown order: "Incorrect order ID", "Order not found.".
  { test: /\b(incorrect|invalid|unknown|wrong)\s+order(\s+id)?\b/i, kind: "unknown_order" },
  { test: /\border(\s+id)?\s+(was\s+)?(not\s+found|does\s*n[o']?t\s+exists?)\b/i, kind: "unknown_order" },
  // Drip-feed refused: "This services does not support Dripfeed feature!".
  { test: /\bdrip[\s-]*feed/i, kind: "invalid_input", reason: "dripfeed" },
  // Bad service: "Incorrect service ID", "Service ID does not exists".
  { test: /\b(incorrect|invalid|unknown|wrong)\s+service(\s+id)?\b/i, kind: "invalid_input", reason: "service" },
  {
    test: /\bservice(\s+id)?\s+(is\s+)?(does\s*n[o']?t\s+exists?|not\s+found|disabled|not\s+active|inactive|unavailable)\b/i,
    kind: "invalid_input",
    reason: "service",
  },
  // Bad quantity: "Quantity less than minimal 50", "Quantity must to be greater than or equal to minimum amount N".
  { test: /\bquantity\b|\bminimal\s+amount\b|\bminimum\s+amount\b|\bmaximum\s+amount\b/i, kind: "invalid_input", reason: "quantity" },
  // Bad link: "Bad Link", "Incorrect link".
  { test: /\b(bad|incorrect|invalid|wrong)\s+(link|url)\b/i, kind: "invalid_input", reason: "link" },
  { test: /\b(link|url)\s+(is\s+)?(invalid|incorrect|wrong|not\s+valid|required)\b/i, kind: "invalid_input", reason: "link" },
  // "You have active order with this link. Please wait until order being completed."
  { test: /\bactive\s+order\b/i, kind: "invalid_input", reason: "active_order" },
  // Generic: "Incorrect request".
  { test: /\b(incorrect|invalid|bad|unknown)\s+(request|action|method|parameters?)\b/i, kind: "invalid_input", reason: "generic" },
];

/**
 * Classifies a panel's error text by pattern (case-insensitive). Unrecognised texts are
 * `invalid_input` with reason `other` (the panel refused, we just do not know why).
 *
 * @example classifyPanelMessage("Incorrect order ID") // { kind: "unknown_order" }
 */
export function classifyPanelMessage(text: string): PanelMessageClass {
  const t = text.replace(/\s+/g, " ").trim();
  for (const rule of RULES) {
    if (rule.test.test(t)) return rule.reason ? { kind: rule.kind, reason: rule.reason } : { kind: rule.kind };
  }
  return { kind: "invalid_input", reason: "other" };
}

/**
 * Builds the `PanelError` for a panel's error text: classified, scrubbed of `secret`, with the
 * panel's text in `panelMessage`.
 */
export function panelErrorFromMessage(
  text: string,
  options: { secret?: string; action?: string; status?: number } = {},
): PanelError {
  const { kind, reason } = classifyPanelMessage(text);
  const clean = truncate(scrubSecret(text.trim(), options.secret), MAX_PANEL_MESSAGE);
  return new PanelError(kind, `Panel error: ${clean || "(empty message)"}`, {
    ...options,
    ...(reason ? { reason } : {}),
    panelMessage: clean,
  });
}
