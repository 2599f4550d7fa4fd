/**
 * Finds the API v2 endpoint of a panel a user named by its address (already vetted by ssrf.ts):
 * the path the user gave, or else the usual paths in turn, one `balance` call each, stopping at
 * the first answer that reads like a panel.
 *
 * - Reads like a panel: a balance, or an API-v2-style error JSON (an invalid key with any status,
 *   another readable error with HTTP 200). An HTML page, a 404, a redirect or JSON of another
 *   shape: not this path.
 * - The calls use a sentinel key, not the user's: the user's key only ever goes to the endpoint
 *   found (verified there with one call), and a wrong address is reported before the user pastes
 *   a secret. A panel answers the sentinel with its "invalid API key" error.
 * - Every connection goes to the vetted, pinned address (no second DNS lookup); redirects are not
 *   followed (the transport's rule). Bounded: at most `maxAttempts` calls, `totalMs` in all; a host
 *   that cannot be reached at all stops the search at once.
 */
import { Pool } from "undici";
import { PanelClient } from "./client.js";
import { PanelError } from "./errors.js";
import { parseBalance } from "./schemas.js";
import { pinnedLookup, type VettedAddress } from "./ssrf.js";

/** The usual API v2 paths of panel scripts, most common first. */
export const API_PATHS: readonly string[] = ["/api/v2", "/api2/v2", "/api/v1", "/api", "/api.php", "/api/v2.php", "/api/v3", "/adminapi/v2"];

/** The key sent while searching: a panel answers it with its "invalid key" error. */
export const SENTINEL_KEY = "smm-bot-endpoint-probe-0000000000000000";

export interface DiscoverOptions {
  /** Deadline of one call (ms). Default 8000. */
  timeoutMs?: number;
  /** Longest the whole search may take (ms). Default 20000. */
  totalMs?: number;
  /** Most calls. Default 8. */
  maxAttempts?: number;
  /** Paths tried when the address has none. Default {@link API_PATHS}. */
  paths?: readonly string[];
  /** Clock (tests). */
  now?: () => number;
}

export type DiscoveryResult =
  /** The endpoint URL (origin + path) and how it answered. */
  | { kind: "found"; url: string; answer: "balance" | "error" }
  /** No path answered like a panel (`tried` paths). */
  | { kind: "not_found"; tried: number }
  /** The host could not be reached, or blocked every call (the last error). */
  | { kind: "unreachable"; error: PanelError };

/** True if a refused call (an HTTP error status with a readable error) still shows a panel's API at that path. */
const panelLike = (err: PanelError): boolean => err.panelMessage !== undefined && err.kind === "invalid_key";

/**
 * True if the failure concerns the host, not the path: no HTTP answer at all (refused, reset,
 * timeout, TLS) or an anti-bot wall in front of every path.
 */
const hostLevel = (err: PanelError): boolean => err.status === undefined || err.problem === "blocked";

/** Searches the panel's API endpoint at a vetted address (see the module comment). */
export async function discoverEndpoint(address: VettedAddress, options: DiscoverOptions = {}): Promise<DiscoveryResult> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 8_000;
  const deadline = now() + (options.totalMs ?? 20_000);
  const maxAttempts = Math.max(1, options.maxAttempts ?? 8);
  const paths = (address.path !== undefined ? [address.path] : (options.paths ?? API_PATHS)).slice(0, maxAttempts);
  const pool = new Pool(address.origin, {
    connections: 1,
    connect: { timeout: Math.min(timeoutMs, 10_000), lookup: pinnedLookup(address.pinned) },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  let tried = 0;
  try {
    for (const path of paths) {
      const left = deadline - now();
      if (left <= 0) break;
      const url = `${address.origin}${path}`;
      const client = new PanelClient({ url, dispatcher: pool, timeoutMs: Math.min(timeoutMs, left), retries: 0, maxResponseBytes: 1024 * 1024 });
      tried++;
      let json: unknown;
      try {
        json = await client.call(SENTINEL_KEY, "balance", {}, 0);
      } catch (err) {
        if (!(err instanceof PanelError)) throw err;
        if (panelLike(err)) return { kind: "found", url: client.url, answer: "error" };
        if (hostLevel(err)) return { kind: "unreachable", error: err };
        continue; // HTML, 404, redirect, another error status: not this path
      }
      // JSON with HTTP 2xx: a balance or an API-v2 error ({"error": "…"}) is a panel; other JSON is not.
      const parsed = parseBalance(json);
      if (parsed.type === "ok") return { kind: "found", url: client.url, answer: "balance" };
      if (parsed.type === "error") return { kind: "found", url: client.url, answer: "error" };
    }
    return { kind: "not_found", tried };
  } finally {
    await pool.close().catch(() => undefined); // an idle pool; nothing to report
  }
}
