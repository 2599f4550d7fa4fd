/**
 * The Mini App's JSON API: request and answer shapes, shared by the server (src/webapp/) and the
 * browser code (web/). Types only: nothing here runs.
 */
import type { Decimal } from "../panel/types.js";

/** Every refusal: `{ error: { code, … } }` with an HTTP status (400, 401, 403, 404, 409, 429, 502). */
export type ApiErrorCode =
  /** 401: no init data, a wrong signature (another bot's data included), stale data, no user */
  | "auth_missing"
  | "auth_invalid"
  | "auth_stale"
  /** 429 */
  | "rate_limited"
  /** 400: the body or a parameter is malformed */
  | "bad_request"
  /** 400: the order's fields break the service type's rules (see `problems`) */
  | "invalid_fields"
  /** 404: no such service in the account's catalogue / not one of the chat's orders */
  | "unknown_service"
  | "unknown_order"
  /** 403: the placement id belongs to another user's order form */
  | "forbidden"
  /** 409: the price changed since the form computed it (see `price`) */
  | "price_changed"
  /** 409: no panel account connected */
  | "no_account"
  /** 502: the panel failed (see `kind`) */
  | "panel"
  | "not_found"
  | "internal";

export interface ApiError {
  error: {
    code: ApiErrorCode;
    /** English explanation (for logs and tests; the app shows its own localised text). */
    message: string;
    /** invalid_fields: the problems, per field. */
    problems?: Array<{ field: string; code: string; limit?: number }>;
    /** panel: the PanelError kind (and reason). */
    kind?: string;
    reason?: string;
    /** price_changed: the price now. */
    price?: Decimal;
  };
}

export interface AccountView {
  owner: string;
  panelId: string;
  panelName: string;
  currency?: string;
  active: boolean;
}

export interface MeAnswer {
  user: { id: number; firstName: string };
  lang: string;
  dir: "ltr" | "rtl";
  /** Fluent sources: the user's language first, then English (fallback). */
  ftl: string[];
  accounts: AccountView[];
}

/** A service row of the catalogue: [id, name, type, category index, rate, min, max, flags]. */
export type ServiceTuple = [string, string, string, number, Decimal, number, number, number];
/** Bits of ServiceTuple[7]. */
export const FLAG_REFILL = 1;
export const FLAG_CANCEL = 2;
export const FLAG_DRIPFEED = 4;
export const FLAG_DESCRIPTION = 8;

export interface CatalogueAnswer {
  version: string;
  currency?: string;
  categories: string[];
  services: ServiceTuple[];
}

export interface ServiceAnswer {
  id: string;
  name: string;
  type: string;
  category: string;
  rate: Decimal;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  description?: string;
  /** The panel's average time as it sent it: minutes ("95") or its own words. */
  averageTime?: string;
}

export interface BalanceAnswer {
  balance: Decimal;
  currency: string;
}

export interface OrderRequest {
  /** 12 chars of [a-z0-9], made by the form once and kept with it (retries reuse it). */
  placementId: string;
  serviceId: string;
  /** The `add` fields (AddOrderInput without `service`). */
  input: Record<string, unknown>;
  /** The price the form showed; a different one is refused with price_changed. */
  price?: Decimal;
}

export type OrderAnswer =
  | { outcome: "placed"; orderId: string; price?: Decimal; currency?: string }
  | { outcome: "unknown" }
  | { outcome: "failed"; kind: string; reason?: string };

export interface OrderRow {
  orderId: string;
  panelId: string;
  serviceId?: string;
  serviceName?: string;
  link?: string;
  quantity?: number;
  price?: Decimal;
  currency?: string;
  createdAt: number;
  status?: string;
  charge?: Decimal;
  remains?: number;
  startCount?: number;
  final: boolean;
  canRefill: boolean;
  canCancel: boolean;
}

export interface OrdersAnswer {
  total: number;
  items: OrderRow[];
}

export interface RefreshAnswer {
  /** Per order ID: the fresh status, or the PanelError kind. */
  statuses: Record<
    string,
    | { status: string; charge?: Decimal; remains?: number; startCount?: number; final: boolean; canRefill: boolean; canCancel: boolean }
    | { error: string }
  >;
}

export type ActionAnswer = { ok: true; refillId?: string } | { ok: false; kind: string; reason?: string };
