/**
 * Order status lookups with a short in-memory TTL cache, shared by /status, /orders, the order
 * buttons and inline mode.
 *
 * - One cache per panel client (so per panel), keyed by a hash of the API key plus the order ID:
 *   one account never sees another account's cached answer, and the key itself is never kept.
 * - Only successful answers are cached. Callers choose how old an answer may be (`maxAgeMs`);
 *   commands and refresh buttons ask for fresh answers (0) and still fill the cache, inline mode
 *   (one query per keystroke) reads it with the default TTL.
 * - Lookups never throw `PanelError`s: every requested ID gets a `BatchItem` (a status or the
 *   classified error). One ID is asked with `status`, several with one `statuses` batch (the
 *   client chunks by 100).
 */
import { createHash } from "node:crypto";
import type { PanelClient } from "../panel/client.js";
import { PanelError } from "../panel/errors.js";
import type { BatchItem, OrderStatus } from "../panel/types.js";

/** Default age an inline lookup accepts. */
export const STATUS_CACHE_TTL_MS = 15_000;
/** Most answers kept per panel (oldest dropped first). */
export const STATUS_CACHE_MAX_ENTRIES = 5_000;

interface Entry {
  at: number;
  value: OrderStatus;
}

/** A small TTL cache of order statuses (insertion-ordered Map, oldest evicted first). */
export class StatusCache {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly maxEntries = STATUS_CACHE_MAX_ENTRIES) {}

  /** The answer stored for this key hash and order if it is at most `maxAgeMs` old. */
  get(keyHash: string, orderId: string, maxAgeMs: number, now: number): OrderStatus | undefined {
    if (maxAgeMs <= 0) return undefined;
    const k = `${keyHash}:${orderId}`;
    const entry = this.entries.get(k);
    if (!entry) return undefined;
    if (now - entry.at > maxAgeMs || now < entry.at) return undefined;
    return entry.value;
  }

  set(keyHash: string, orderId: string, value: OrderStatus, now: number): void {
    const k = `${keyHash}:${orderId}`;
    this.entries.delete(k);
    this.entries.set(k, { at: now, value });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  /** Forgets one order of one account (e.g. after a cancel). */
  delete(keyHash: string, orderId: string): void {
    this.entries.delete(`${keyHash}:${orderId}`);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const caches = new WeakMap<PanelClient, StatusCache>();

/** The cache of one panel client (created on first use, dropped with the client). */
export function statusCacheFor(client: PanelClient): StatusCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = new StatusCache();
    caches.set(client, cache);
  }
  return cache;
}

/** A short, one-way fingerprint of an API key (cache keys only: never the key itself). */
export function apiKeyHash(apiKey: string): string {
  return createHash("sha256").update(apiKey).digest("base64url").slice(0, 22);
}

export interface StatusLookupOptions {
  /** Accept cached answers up to this old (ms). Default 0: always ask the panel (and cache the answer). */
  maxAgeMs?: number;
  /** Clock (ms). Default Date.now. */
  now?: () => number;
  /** Cache to use. Default: the client's own (statusCacheFor). */
  cache?: StatusCache;
}

function asPanelError(err: unknown): PanelError {
  if (err instanceof PanelError) return err;
  throw err;
}

/**
 * Statuses of several orders: cached answers first (per `maxAgeMs`), the rest with `status` (one ID)
 * or one `statuses` batch. Returns an item per ID in the order given (duplicates dropped).
 */
export async function lookupStatuses(
  client: PanelClient,
  apiKey: string,
  ids: readonly string[],
  options: StatusLookupOptions = {},
): Promise<Map<string, BatchItem<OrderStatus>>> {
  const now = options.now ?? Date.now;
  const cache = options.cache ?? statusCacheFor(client);
  const maxAge = options.maxAgeMs ?? 0;
  const hash = apiKeyHash(apiKey);
  const found = new Map<string, BatchItem<OrderStatus>>();
  const missing: string[] = [];
  const unique = [...new Set(ids)];
  const at = now();
  for (const id of unique) {
    const hit = cache.get(hash, id, maxAge, at);
    if (hit) found.set(id, { ok: true, value: hit });
    else missing.push(id);
  }

  if (missing.length === 1) {
    const id = missing[0]!;
    try {
      found.set(id, { ok: true, value: await client.status(apiKey, id) });
    } catch (err) {
      found.set(id, { ok: false, error: asPanelError(err) });
    }
  } else if (missing.length > 1) {
    try {
      const items = await client.statuses(apiKey, missing);
      for (const id of missing) {
        found.set(id, items.get(id) ?? { ok: false, error: new PanelError("unknown_order", undefined, { action: "status" }) });
      }
    } catch (err) {
      const e = asPanelError(err);
      for (const id of missing) found.set(id, { ok: false, error: e });
    }
  }

  const answeredAt = now();
  for (const id of missing) {
    const item = found.get(id);
    if (item?.ok) cache.set(hash, id, item.value, answeredAt);
  }
  const ordered = new Map<string, BatchItem<OrderStatus>>();
  for (const id of unique) ordered.set(id, found.get(id)!);
  return ordered;
}

/** Status of one order (see {@link lookupStatuses}). */
export async function lookupStatus(
  client: PanelClient,
  apiKey: string,
  id: string,
  options: StatusLookupOptions = {},
): Promise<BatchItem<OrderStatus>> {
  const items = await lookupStatuses(client, apiKey, [id], options);
  return items.get(id)!;
}
