/**
 * Clean, normalised types produced by the panel client. Every panel answer is parsed with zod
 * (see schemas.ts) into these shapes, whatever quirks the panel has (numbers as strings, etc.).
 *
 * IDs are always strings of digits: panels send them as numbers or strings, and some are larger
 * than a JS number can hold exactly. Money and rates are decimal strings ("0.0045"), never floats:
 * use money.ts for arithmetic.
 */

/** A decimal number kept as a normalised string, e.g. "100.84292". */
export type Decimal = string;

export interface Balance {
  balance: Decimal;
  currency: string;
}

export interface Service {
  id: string;
  name: string;
  /** The panel's type string as sent ("Default", "Custom Comments", …). */
  type: string;
  category: string;
  /** Price per 1000 units in the account currency. */
  rate: Decimal;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  description?: string;
  /**
   * The panel's average completion time, as sent (`average_time`, `avg_time`, `average time`,
   * `averageTime`): a number of minutes ("95"), or the panel's own words ("1 hour 35 minutes").
   */
  averageTime?: string;
}

/** Standard and seen-in-the-wild order statuses; unknown strings are kept as they are. */
export type OrderStatusName =
  | "Pending"
  | "In progress"
  | "Processing"
  | "Completed"
  | "Partial"
  | "Canceled"
  | "Refunded"
  | "Active"
  | "Awaiting"
  | "Queued"
  | "Fail"
  | "Error"
  | (string & {});

export interface OrderStatus {
  /** Normalised status ("Cancelled" becomes "Canceled"). */
  status: OrderStatusName;
  charge?: Decimal;
  startCount?: number;
  remains?: number;
  currency?: string;
  /** Drip-feed parent: number of runs. */
  runs?: number;
  /** Drip-feed parent / subscription: child order IDs. */
  orders?: string[];
  /** Subscriptions. */
  posts?: number;
  expiry?: string;
}

export type RefillStatusName = "Pending" | "In progress" | "Completed" | "Rejected" | "Canceled" | (string & {});

export interface RefillStatus {
  status: RefillStatusName;
}

/** Fields of an `add` call. Which ones are needed depends on the service type (service-types.ts). */
export interface AddOrderInput {
  service: string;
  link?: string;
  quantity?: number;
  runs?: number;
  /** Minutes between drip-feed runs. */
  interval?: number;
  keywords?: string[];
  comments?: string[];
  usernames?: string[];
  hashtags?: string[];
  hashtag?: string;
  username?: string;
  media?: string;
  answerNumber?: number;
  groups?: string[];
  /** Subscriptions. */
  min?: number;
  max?: number;
  posts?: number;
  oldPosts?: number;
  delay?: number;
  /** d/m/Y */
  expiry?: string;
  /** Web traffic. */
  country?: string;
  device?: number;
  typeOfTraffic?: number;
  googleKeyword?: string;
  referringUrl?: string;
}

export interface AddOrderResult {
  order: string;
}

/** Result of one item in a batch call: either a value or a classified error for that ID. */
import type { PanelError } from "./errors.js";

export type BatchItem<T> = { ok: true; value: T } | { ok: false; error: PanelError };
