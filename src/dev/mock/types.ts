/** The mock panel's public types (see ../mock-panel.ts). */
import type { Decimal, Service } from "../../panel/types.js";

/** A panel account. */
export interface MockAccount {
  key: string;
  balance: Decimal;
  currency: string;
}

/** An order in the mock's memory. `status` is sent as is (set "Cancelled" to test normalisation). */
export interface MockOrder {
  id: string;
  key: string;
  service: string;
  type: string;
  link?: string;
  quantity: number;
  charge: Decimal;
  startCount: number;
  remains: number;
  status: string;
  currency: string;
  /** Drip-feed: number of runs and minutes between them. */
  runs?: number;
  interval?: number;
  /** Drip-feed runs / subscription posts created so far. */
  children?: string[];
  /** Subscriptions. */
  posts?: number;
  expiry?: string;
  /** The form fields of the `add` call (without the key). */
  params: Record<string, string>;
  createdAt: number;
}

export interface MockRefill {
  id: string;
  orderId: string;
  key: string;
  status: string;
}

/** A request as received (the key included: this is a test tool). */
export interface RecordedRequest {
  action: string;
  params: Record<string, string>;
  path: string;
  contentType: "form" | "json" | "none";
}

export type FaultMode =
  | "none"
  | "http500"
  | "html"
  | "badjson"
  | "timeout"
  | "reset"
  | "http429"
  | "redirect"
  /** A Cloudflare "Just a moment..." challenge page with HTTP 403 (an anti-bot wall). */
  | "cloudflare"
  /** Answer `answer` as given (any status, body and headers): a canned real-world answer. */
  | "answer";

/** A canned HTTP answer (fault mode "answer"). */
export interface CannedAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (wins over `json`). */
  body?: string;
}

/** A failure to imitate. */
export interface FaultConfig {
  mode: FaultMode;
  /** Delay before answering (also with mode "none"). */
  latencyMs?: number;
  /** Only these actions are affected (default: all). */
  actions?: string[];
  /** Only the next N matching requests are affected, then the fault clears (default: all). */
  times?: number;
  /** Retry-After seconds for "http429" (default 1). */
  retryAfterSec?: number;
  /** For mode "answer": what to answer. */
  answer?: CannedAnswer;
  /**
   * Carry out the action before failing (for "http500", "timeout", "reset", "html", "badjson"):
   * the order is placed but the client gets no answer — the `unknown_outcome` case.
   */
  applyAction?: boolean;
}

/** Behaviours of other panels. */
export interface MockQuirks {
  /**
   * Swap encodings: what the standard sends as numbers (IDs, refill IDs) comes as strings and
   * what it sends as strings (rates, charges, counts, min/max) comes as numbers; booleans as 1/0.
   */
  stringNumbers: boolean;
  /** Multi answers give unknown IDs a bare string ("Incorrect order ID") instead of {error}. */
  bareStringErrors: boolean;
  /** Top-level errors as {"status": "error", "message": ...} instead of {"error": ...}. */
  statusMessageErrors: boolean;
  /** No cancel action: every cancel call answers "Incorrect request". */
  noCancel: boolean;
  /** No refill: refill and refill_status answer "Incorrect request". */
  noRefill: boolean;
  /** cancel only takes a single `order` (with `orders` it answers "Incorrect order ID"). */
  singleCancel: boolean;
}

/**
 * How the panel speaks (see dialects.ts): its error texts, where it puts errors and successes, its
 * IDs, and which actions it lacks.
 */
export type MockDialect = "standard" | "perfectpanel" | "smartpanel" | "laravel" | "socpanel" | "cmsnt" | "cloudflare";

export interface MockPanelOptions {
  /** The dialect spoken (default "standard"). */
  dialect?: MockDialect;
  /** Port (default 0: a free one). */
  port?: number;
  /** Host to bind (default 127.0.0.1). */
  host?: string;
  /** Services (default: `defaultCatalogue()`). */
  catalogue?: Service[];
  /** Accounts to create at start. */
  accounts?: Array<{ key: string; balance?: Decimal; currency?: string }>;
  /** Advance every order and refill one step this often (ms). Off by default. */
  autoProgressMs?: number;
  quirks?: Partial<MockQuirks>;
  /** IDs accepted per multi call (default 100; more → "Incorrect request"). */
  maxIdsPerCall?: number;
  /** First order ID (default 23501). */
  firstOrderId?: number;
  /** Path the API is served at (default "/api/v2"), e.g. "/api.php" like some panel scripts. */
  apiPath?: string;
  /**
   * What every other path answers: "404" (plain text, the default), "html" (the panel's web site:
   * a 200 HTML page, like most panel scripts) or "redirect" (302 to the login page).
   */
  otherPaths?: "404" | "html" | "redirect";
}

export interface MockPanel {
  /** API URL, e.g. http://127.0.0.1:41234/api/v2 */
  readonly url: string;
  /** Every request received, in order (mutated in place; `resetRequests()` empties it). */
  readonly requests: RecordedRequest[];
  readonly orders: Map<string, MockOrder>;
  readonly refills: Map<string, MockRefill>;
  readonly accounts: Map<string, MockAccount>;
  /** The services served (replace with `setCatalogue`). */
  readonly catalogue: readonly Service[];
  /** Creates or replaces an account. */
  addAccount(key: string, balance?: Decimal, currency?: string): MockAccount;
  setCatalogue(services: Service[]): void;
  resetRequests(): void;
  /** Sets (or clears with "none") the current fault. */
  setFault(fault: FaultConfig | FaultMode): void;
  setQuirks(quirks: Partial<MockQuirks>): void;
  /** The dialect spoken from now on. */
  readonly dialect: MockDialect;
  setDialect(dialect: MockDialect): void;
  /** Suspends (or reinstates) an account: its key is known but every call is refused. */
  suspendAccount(key: string, suspended?: boolean): void;
  /** Refuse a second active order for the same link (default off). */
  setDuplicateLinks(on: boolean): void;
  /**
   * Moves one order (or every unfinished order and refill) one step: Pending → In progress →
   * Completed/Partial; drip-feed parents add a run per step; subscriptions add a post per step.
   */
  advance(orderId?: string, outcome?: "Completed" | "Partial"): void;
  /** Moves one refill (or all) one step: Pending → In progress → Completed. */
  advanceRefill(refillId?: string): void;
  /** Patches an order (throws for an unknown ID). */
  setOrder(id: string, patch: Partial<Omit<MockOrder, "id">>): MockOrder;
  /** Patches a refill (throws for an unknown ID). */
  setRefill(id: string, patch: Partial<Omit<MockRefill, "id">>): MockRefill;
  /** Completes every unfinished order and refill. */
  completeAll(): void;
  /** Places an order directly (no HTTP, no charge), e.g. to seed tests. */
  seedOrder(key: string, order: Partial<Omit<MockOrder, "id" | "key">> & { service?: string }): MockOrder;
  /** Stops the server, destroying open connections (hung requests included). */
  close(): Promise<void>;
}
