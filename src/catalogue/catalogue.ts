/**
 * The services catalogue, per panel and per account.
 *
 * Some panels price per customer, so a list is cached per SCOPE: an account identity such as
 * "u:123#2" (the caller chooses it), or no scope for the panel-wide entry (the list fetched with
 * whichever key asked, as before accounts had their own lists).
 *
 * - Storage (the Keyv cache, shared by every instance and restart): per scope a small reference
 *   `services:<panelId>[:<scope>]` = { hash, fetchedAt }, and the list itself ONCE per content
 *   hash, `services-body:<panelId>:<hash>`. A thousand accounts of one panel with the same list
 *   store a thousand references and one list. The format before scopes (`services:<panelId>`
 *   holding the whole list) is still read.
 * - Freshness per scope: fresh for `ttlMs` (SERVICES_CACHE_SECONDS); a stale list is still served
 *   (up to `maxStaleMs`) while ONE background refresh per scope fetches a new one
 *   (stale-while-revalidate). A missing list is fetched with the asking account's key
 *   (concurrent askers of one scope share that call).
 * - Memory: one {@link CatalogueIndex} per (panel, content hash), shared by every scope that has
 *   that hash, built once and dropped when no scope refers to it any more (a reference count).
 *   The scopes in memory are bounded (`maxScopes`, CATALOGUE_MEMORY_SCOPES, least recently used
 *   out first); an evicted scope is read back from storage on its next use. The hot path (a
 *   fresh list in memory) touches no storage.
 * - A fetched list is first compared, field by field, with the scope's list in memory and the
 *   panel's latest ({@link sameServices}: no hashing when nothing changed or another account has
 *   the same list); otherwise its content hash is computed once ({@link catalogueHash}). A list
 *   read from storage carries its hash.
 */
import type { Logger } from "../logger.js";
import type { PanelClient } from "../panel/client.js";
import { PanelError } from "../panel/errors.js";
import type { Service } from "../panel/types.js";
import type { CacheRepo } from "../storage/types.js";
import { CatalogueIndex, catalogueHash, sameServices, versionOfHash } from "./catalogue-index.js";
import { checkCatalogue, reportFields } from "./sanity.js";

/** The format before scopes: the whole list under `services:<panelId>` (still read, never written). */
export interface StoredCatalogueV1 {
  v: 1;
  version: string;
  fetchedAt: number;
  services: Service[];
}

/** What is stored per scope (`services:<panelId>[:<scope>]`): which list, fetched when. */
export interface StoredCatalogueRef {
  v: 2;
  /** Content hash of the list ({@link catalogueHash}); the list is under {@link bodyKeyOf}. */
  hash: string;
  fetchedAt: number;
}

/** A list, stored once per (panel, content hash) (`services-body:<panelId>:<hash>`). */
export interface StoredCatalogueBody {
  v: 2;
  hash: string;
  services: Service[];
}

export interface CatalogueOptions {
  cache: CacheRepo;
  /** Resolves a panel id to its client (PanelRegistry fits). */
  panels: { find(id: string): { client: Pick<PanelClient, "services"> } | undefined };
  /** How long a list is fresh (ms). */
  ttlMs: number;
  /** How long a stale list may still be served while refreshing. Default: 12 × ttl, at least 1 h. */
  maxStaleMs?: number;
  /** Scopes kept in memory at most (least recently used out first). Default 5,000. */
  maxScopes?: number;
  /** Clock (ms). Default Date.now. */
  now?: () => number;
  logger?: Pick<Logger, "warn">;
}

/** One scope in memory: which shared index it uses, and when its list was fetched. */
interface ScopeEntry {
  panelId: string;
  shareKey: string;
  fetchedAt: number;
}

/** One index shared by the scopes of a panel that have the same list. */
interface SharedEntry {
  index: CatalogueIndex;
  hash: string;
  /** Scopes in memory that refer to it. */
  refs: number;
  /** When this instance last wrote its body to storage (undefined: never). */
  bodyWrittenAt: number | undefined;
}

/** What {@link Catalogue.memoryStats} reports. */
export interface CatalogueMemoryStats {
  /** Scopes in memory. */
  scopes: number;
  /** Distinct indexes in memory (one per panel and content hash). */
  indexes: number;
  /** Services held by those indexes, summed. */
  services: number;
}

export const DEFAULT_MEMORY_SCOPES = 5_000;

/** The storage key of a scope's reference (no scope: the panel-wide entry, the pre-scope key). */
export const cacheKeyOf = (panelId: string, scope?: string): string =>
  scope === undefined ? `services:${panelId}` : `services:${panelId}:${scope}`;

/** The storage key of a list, once per panel and content hash. */
export const bodyKeyOf = (panelId: string, hash: string): string => `services-body:${panelId}:${hash}`;

const HASH_RE = /^[\w-]{16,64}$/;
/** Memory keys: NUL cannot occur in a panel id or a hash, so these never collide. */
const scopeKeyOf = (panelId: string, scope: string | undefined): string => (scope === undefined ? panelId : `${panelId}\u0000${scope}`);
const shareKeyOf = (panelId: string, hash: string): string => `${panelId}\u0000${hash}`;

export class Catalogue {
  private readonly cache: CacheRepo;
  private readonly panels: CatalogueOptions["panels"];
  readonly ttlMs: number;
  readonly maxStaleMs: number;
  readonly maxScopes: number;
  private readonly now: () => number;
  private readonly logger: Pick<Logger, "warn"> | undefined;
  /** Scope key → entry, least recently used first. */
  private readonly scopes = new Map<string, ScopeEntry>();
  /** (panel, hash) → the shared index. */
  private readonly shared = new Map<string, SharedEntry>();
  /** The one load/refresh in flight per scope. */
  private readonly inflight = new Map<string, Promise<CatalogueIndex>>();
  /** Panel → the (panel, hash) most recently attached to one of its scopes. */
  private readonly latest = new Map<string, string>();
  /** The one read of a stored body in flight per (panel, hash): scopes loading the same list share it. */
  private readonly bodyReads = new Map<string, Promise<CatalogueIndex | undefined>>();

  constructor(options: CatalogueOptions) {
    this.cache = options.cache;
    this.panels = options.panels;
    this.ttlMs = Math.max(1, options.ttlMs);
    this.maxStaleMs = Math.max(this.ttlMs, options.maxStaleMs ?? Math.max(this.ttlMs * 12, 3_600_000));
    this.maxScopes = Math.max(1, Math.floor(options.maxScopes ?? DEFAULT_MEMORY_SCOPES));
    this.now = options.now ?? Date.now;
    this.logger = options.logger;
  }

  /**
   * The index of the services a scope sees (no scope: the panel-wide list). Fresh in memory: at
   * once. Stale: at once, and a background refresh starts (one per scope). Missing (or too old):
   * loaded from storage, else fetched with `apiKey`. Rejects with a PanelError when the list must
   * be fetched and the panel fails.
   */
  async get(panelId: string, apiKey: string, scope?: string): Promise<CatalogueIndex> {
    const key = scopeKeyOf(panelId, scope);
    const mem = this.touch(key);
    if (mem) {
      const age = this.now() - mem.fetchedAt;
      if (age < this.ttlMs) return mem.index;
      if (age < this.maxStaleMs) {
        this.revalidate(panelId, apiKey, scope);
        return mem.index;
      }
    }
    const index = await this.single(key, () => this.load(panelId, apiKey, scope));
    // Loaded from a stored entry that is already stale: serve it and refresh behind.
    const loaded = this.scopes.get(key);
    if (loaded && this.now() - loaded.fetchedAt >= this.ttlMs) this.revalidate(panelId, apiKey, scope);
    return index;
  }

  /** The scope's index in memory (fresh or stale), without any I/O. */
  peek(panelId: string, scope?: string): CatalogueIndex | undefined {
    const entry = this.scopes.get(scopeKeyOf(panelId, scope));
    return entry ? this.shared.get(entry.shareKey)?.index : undefined;
  }

  /** Fetches the scope's list from the panel now (shares a load or refresh of that scope in flight). */
  refresh(panelId: string, apiKey: string, scope?: string): Promise<CatalogueIndex> {
    return this.single(scopeKeyOf(panelId, scope), () => this.fetch(panelId, apiKey, scope));
  }

  /**
   * Forgets a scope's list (memory and its stored reference; a stored list other scopes may
   * share stays until it expires). An account disconnected: call this with its scope.
   */
  async invalidate(panelId: string, scope?: string): Promise<void> {
    this.drop(scopeKeyOf(panelId, scope));
    await this.cache.delete(cacheKeyOf(panelId, scope));
  }

  /** Resolves when no load or refresh is in flight (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) {
      await Promise.allSettled([...this.inflight.values()]);
    }
  }

  /** What the catalogue holds in memory (tests, benchmarks, metrics). */
  memoryStats(): CatalogueMemoryStats {
    let services = 0;
    for (const s of this.shared.values()) services += s.index.services.length;
    return { scopes: this.scopes.size, indexes: this.shared.size, services };
  }

  // -------------------------------------------------------------------------------------------

  /** The scope's entry and index, marked as most recently used. */
  private touch(key: string): { index: CatalogueIndex; fetchedAt: number } | undefined {
    const entry = this.scopes.get(key);
    if (!entry) return undefined;
    const shared = this.shared.get(entry.shareKey);
    if (!shared) return undefined;
    this.scopes.delete(key);
    this.scopes.set(key, entry);
    return { index: shared.index, fetchedAt: entry.fetchedAt };
  }

  /** Starts a background refresh of a scope unless one is running; failures keep the stale list. */
  private revalidate(panelId: string, apiKey: string, scope: string | undefined): void {
    const key = scopeKeyOf(panelId, scope);
    if (this.inflight.has(key)) return;
    this.single(key, async () => {
      // Another instance may have refreshed the stored entry already.
      const ref = await this.readRef(panelId, scope);
      const mem = this.scopes.get(key);
      if (ref && this.now() - ref.fetchedAt < this.ttlMs && (!mem || ref.fetchedAt > mem.fetchedAt)) {
        const index = await this.fromRef(panelId, scope, ref);
        if (index) return index;
      }
      return this.fetch(panelId, apiKey, scope);
    }).catch((err: unknown) => {
      this.logger?.warn(
        { panelId, scope, err: err instanceof PanelError ? err.toJSON() : String(err) },
        "Services refresh failed; serving the cached list",
      );
    });
  }

  private single(key: string, task: () => Promise<CatalogueIndex>): Promise<CatalogueIndex> {
    const running = this.inflight.get(key);
    if (running) return running;
    const p = task().finally(() => {
      if (this.inflight.get(key) === p) this.inflight.delete(key);
    });
    this.inflight.set(key, p);
    return p;
  }

  private async load(panelId: string, apiKey: string, scope: string | undefined): Promise<CatalogueIndex> {
    const ref = await this.readRef(panelId, scope);
    if (ref && this.now() - ref.fetchedAt < this.maxStaleMs) {
      const index = await this.fromRef(panelId, scope, ref);
      if (index) return index;
    }
    return this.fetch(panelId, apiKey, scope);
  }

  /**
   * Adopts a stored reference: the shared index when this hash is in memory, else the stored
   * list (read once for all scopes asking at the same time). Undefined when the list is gone.
   */
  private async fromRef(panelId: string, scope: string | undefined, ref: Resolved): Promise<CatalogueIndex | undefined> {
    const key = scopeKeyOf(panelId, scope);
    const shareKey = shareKeyOf(panelId, ref.hash);
    if (ref.services) return this.attach(key, panelId, ref.hash, ref.fetchedAt, ref.services);
    if (this.shared.has(shareKey)) return this.attach(key, panelId, ref.hash, ref.fetchedAt);
    let read = this.bodyReads.get(shareKey);
    if (!read) {
      read = this.readBody(panelId, ref.hash).finally(() => this.bodyReads.delete(shareKey));
      this.bodyReads.set(shareKey, read);
    }
    const index = await read;
    if (!index) return undefined;
    // The read may have finished for another scope first, or its index been released since.
    return this.attach(key, panelId, ref.hash, ref.fetchedAt, index.services, index);
  }

  private async fetch(panelId: string, apiKey: string, scope: string | undefined): Promise<CatalogueIndex> {
    const panel = this.panels.find(panelId);
    if (!panel) throw new PanelError("unavailable", `Unknown panel "${panelId}"`, { action: "services" });
    const services = await panel.client.services(apiKey);
    const fetchedAt = this.now();
    const hash = this.knownHash(panelId, scopeKeyOf(panelId, scope), services) ?? catalogueHash(services);
    const shareKey = shareKeyOf(panelId, hash);
    const known = this.shared.get(shareKey);
    if (!known) {
      const report = checkCatalogue(services);
      if (report.duplicates > 0 || report.unavailable.size > 0) {
        // Once per list (not per view or per account): duplicates are dropped, the others stay listed but unorderable.
        this.logger?.warn({ panelId, ...reportFields(report) }, "Services list has entries that cannot be ordered");
      }
    }
    const key = scopeKeyOf(panelId, scope);
    const before = this.scopes.get(key)?.shareKey;
    const index = this.attach(key, panelId, hash, fetchedAt, services);
    const entry = this.shared.get(shareKey);
    try {
      // The list once per hash: written again only when this instance's last write may expire
      // before a reference made now (bodies live ttl longer than references).
      if (entry && (entry.bodyWrittenAt === undefined || fetchedAt - entry.bodyWrittenAt >= this.ttlMs)) {
        const body: StoredCatalogueBody = { v: 2, hash, services: index.services as Service[] };
        await this.cache.set(bodyKeyOf(panelId, hash), body, this.maxStaleMs + this.ttlMs);
        entry.bodyWrittenAt = fetchedAt;
      }
      const ref: StoredCatalogueRef = { v: 2, hash, fetchedAt };
      await this.cache.set(cacheKeyOf(panelId, scope), ref, this.maxStaleMs);
      // The scope moved to another list and nobody here uses the old one: the panel changed it, so
      // its stored copy goes now rather than at its expiry (SQLite and PostgreSQL drop expired
      // entries only when read). A reference elsewhere that still names it refetches: a cache miss.
      if (before !== undefined && before !== shareKey && !this.shared.has(before)) {
        await this.cache.delete(bodyKeyOf(panelId, before.slice(before.indexOf("\u0000") + 1)));
      }
    } catch (err) {
      this.logger?.warn({ panelId, err: String(err) }, "Could not cache the services list");
    }
    return index;
  }

  /**
   * The hash of a fetched list when it equals a list in memory: the scope's own, else the panel's
   * latest (compared field by field), so an unchanged or shared list is never hashed.
   */
  private knownHash(panelId: string, key: string, services: readonly Service[]): string | undefined {
    const own = this.scopes.get(key)?.shareKey;
    const latest = this.latest.get(panelId);
    for (const shareKey of own === latest ? [own] : [own, latest]) {
      const shared = shareKey === undefined ? undefined : this.shared.get(shareKey);
      if (shared && sameServices(shared.index.services, services)) return shared.hash;
    }
    return undefined;
  }

  /** The scope's stored reference, or the pre-scope whole list (hashed once here). */
  private async readRef(panelId: string, scope: string | undefined): Promise<Resolved | undefined> {
    let stored: unknown;
    try {
      stored = await this.cache.get<unknown>(cacheKeyOf(panelId, scope));
    } catch (err) {
      this.logger?.warn({ panelId, err: String(err) }, "Could not read the cached services list");
      return undefined;
    }
    if (!stored || typeof stored !== "object") return undefined;
    const s = stored as { v?: unknown; hash?: unknown; fetchedAt?: unknown; services?: unknown };
    if (typeof s.fetchedAt !== "number" || !Number.isFinite(s.fetchedAt)) return undefined;
    if (s.v === 2 && typeof s.hash === "string" && HASH_RE.test(s.hash)) return { hash: s.hash, fetchedAt: s.fetchedAt };
    if (s.v === 1 && Array.isArray(s.services)) {
      const services = s.services as Service[];
      return { hash: catalogueHash(services), fetchedAt: s.fetchedAt, services };
    }
    return undefined;
  }

  /** A stored list as an index (not yet attached to a scope), or undefined when missing or unreadable. */
  private async readBody(panelId: string, hash: string): Promise<CatalogueIndex | undefined> {
    try {
      const body = await this.cache.get<StoredCatalogueBody>(bodyKeyOf(panelId, hash));
      if (!body || body.v !== 2 || body.hash !== hash || !Array.isArray(body.services)) return undefined;
      return new CatalogueIndex(body.services, versionOfHash(hash));
    } catch (err) {
      this.logger?.warn({ panelId, err: String(err) }, "Could not read the cached services list");
      return undefined;
    }
  }

  /**
   * Makes (panel, hash) the scope's list: the index already shared for that hash, else `built`,
   * else one built from `services`. The scope's previous index is released when no other scope
   * uses it; the least recently used scopes beyond `maxScopes` are let go.
   */
  private attach(
    key: string,
    panelId: string,
    hash: string,
    fetchedAt: number,
    services?: readonly Service[],
    built?: CatalogueIndex,
  ): CatalogueIndex {
    const shareKey = shareKeyOf(panelId, hash);
    let shared = this.shared.get(shareKey);
    if (!shared) {
      if (!built && !services) throw new Error("catalogue: attach without a list");
      const index = built ?? new CatalogueIndex(services!, versionOfHash(hash));
      shared = { index, hash, refs: 0, bodyWrittenAt: undefined };
      this.shared.set(shareKey, shared);
    }
    this.latest.set(panelId, shareKey);
    const previous = this.scopes.get(key);
    if (previous) this.scopes.delete(key);
    this.scopes.set(key, { panelId, shareKey, fetchedAt });
    if (previous?.shareKey !== shareKey) {
      shared.refs++;
      if (previous) this.release(previous.shareKey);
    }
    while (this.scopes.size > this.maxScopes) {
      const oldest = this.scopes.keys().next().value!;
      this.drop(oldest);
    }
    return shared.index;
  }

  private drop(key: string): void {
    const entry = this.scopes.get(key);
    if (!entry) return;
    this.scopes.delete(key);
    this.release(entry.shareKey);
  }

  private release(shareKey: string): void {
    const shared = this.shared.get(shareKey);
    if (!shared) return;
    shared.refs--;
    if (shared.refs > 0) return;
    this.shared.delete(shareKey);
    const panelId = shareKey.slice(0, shareKey.indexOf("\u0000"));
    if (this.latest.get(panelId) === shareKey) this.latest.delete(panelId);
  }
}

/** A stored reference, read: the hash, and the list itself when it came in the pre-scope format. */
interface Resolved {
  hash: string;
  fetchedAt: number;
  services?: Service[];
}
