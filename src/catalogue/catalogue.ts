/**
 * The services catalogue of each panel.
 *
 * - The list is cached per panel in the storage cache (Keyv) under `services:<panelId>`, so every
 *   instance and every restart shares it; it is fresh for `ttlMs` (SERVICES_CACHE_SECONDS).
 * - A stale list is still served (up to `maxStaleMs`) while ONE background refresh per panel
 *   fetches a new one (stale-while-revalidate). A missing list is fetched with the asking
 *   account's key (concurrent askers share that call).
 * - On top of each list version, an in-memory {@link CatalogueIndex} is built once and reused
 *   until the version changes; the hot path (a fresh list in memory) touches no storage.
 */
import type { Logger } from "../logger.js";
import type { PanelClient } from "../panel/client.js";
import { PanelError } from "../panel/errors.js";
import type { Service } from "../panel/types.js";
import type { CacheRepo } from "../storage/types.js";
import { CatalogueIndex, catalogueVersion } from "./catalogue-index.js";
import { checkCatalogue, reportFields } from "./sanity.js";

/** What is stored in the cache for one panel. */
export interface StoredCatalogue {
  v: 1;
  version: string;
  fetchedAt: number;
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
  /** Clock (ms). Default Date.now. */
  now?: () => number;
  logger?: Pick<Logger, "warn">;
}

interface MemoryEntry {
  index: CatalogueIndex;
  fetchedAt: number;
}

export const cacheKeyOf = (panelId: string): string => `services:${panelId}`;

export class Catalogue {
  private readonly cache: CacheRepo;
  private readonly panels: CatalogueOptions["panels"];
  readonly ttlMs: number;
  readonly maxStaleMs: number;
  private readonly now: () => number;
  private readonly logger: Pick<Logger, "warn"> | undefined;
  private readonly memory = new Map<string, MemoryEntry>();
  /** The one load/refresh in flight per panel. */
  private readonly inflight = new Map<string, Promise<CatalogueIndex>>();

  constructor(options: CatalogueOptions) {
    this.cache = options.cache;
    this.panels = options.panels;
    this.ttlMs = Math.max(1, options.ttlMs);
    this.maxStaleMs = Math.max(this.ttlMs, options.maxStaleMs ?? Math.max(this.ttlMs * 12, 3_600_000));
    this.now = options.now ?? Date.now;
    this.logger = options.logger;
  }

  /**
   * The index of a panel's services. Fresh in memory: at once. Stale: at once, and a background
   * refresh starts (one per panel). Missing (or too old): loaded from the cache, else fetched with
   * `apiKey`. Rejects with a PanelError when the list must be fetched and the panel fails.
   */
  async get(panelId: string, apiKey: string): Promise<CatalogueIndex> {
    const mem = this.memory.get(panelId);
    if (mem) {
      const age = this.now() - mem.fetchedAt;
      if (age < this.ttlMs) return mem.index;
      if (age < this.maxStaleMs) {
        this.revalidate(panelId, apiKey);
        return mem.index;
      }
    }
    const index = await this.single(panelId, () => this.load(panelId, apiKey));
    // Loaded from a cache entry that is already stale: serve it and refresh behind.
    const loaded = this.memory.get(panelId);
    if (loaded && this.now() - loaded.fetchedAt >= this.ttlMs) this.revalidate(panelId, apiKey);
    return index;
  }

  /** The index in memory (fresh or stale), without any I/O. */
  peek(panelId: string): CatalogueIndex | undefined {
    return this.memory.get(panelId)?.index;
  }

  /** Fetches the list from the panel now (shares a refresh already in flight). */
  refresh(panelId: string, apiKey: string): Promise<CatalogueIndex> {
    return this.single(panelId, () => this.fetch(panelId, apiKey));
  }

  /** Forgets a panel's list (memory and cache). */
  async invalidate(panelId: string): Promise<void> {
    this.memory.delete(panelId);
    await this.cache.delete(cacheKeyOf(panelId));
  }

  /** Resolves when no load or refresh is in flight (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) {
      await Promise.allSettled([...this.inflight.values()]);
    }
  }

  /** Starts a background refresh unless one is running; failures keep the stale list. */
  private revalidate(panelId: string, apiKey: string): void {
    if (this.inflight.has(panelId)) return;
    this.single(panelId, async () => {
      // Another instance may have refreshed the shared cache already.
      const stored = await this.readStored(panelId);
      const mem = this.memory.get(panelId);
      if (stored && this.now() - stored.fetchedAt < this.ttlMs && (!mem || stored.fetchedAt > mem.fetchedAt)) {
        return this.adopt(panelId, stored);
      }
      return this.fetch(panelId, apiKey);
    }).catch((err: unknown) => {
      this.logger?.warn(
        { panelId, err: err instanceof PanelError ? err.toJSON() : String(err) },
        "Services refresh failed; serving the cached list",
      );
    });
  }

  private single(panelId: string, task: () => Promise<CatalogueIndex>): Promise<CatalogueIndex> {
    const running = this.inflight.get(panelId);
    if (running) return running;
    const p = task().finally(() => {
      if (this.inflight.get(panelId) === p) this.inflight.delete(panelId);
    });
    this.inflight.set(panelId, p);
    return p;
  }

  private async load(panelId: string, apiKey: string): Promise<CatalogueIndex> {
    const stored = await this.readStored(panelId);
    if (stored) {
      const age = this.now() - stored.fetchedAt;
      if (age < this.maxStaleMs) return this.adopt(panelId, stored);
    }
    return this.fetch(panelId, apiKey);
  }

  private async fetch(panelId: string, apiKey: string): Promise<CatalogueIndex> {
    const panel = this.panels.find(panelId);
    if (!panel) throw new PanelError("unavailable", `Unknown panel "${panelId}"`, { action: "services" });
    const services = await panel.client.services(apiKey);
    const report = checkCatalogue(services);
    if (report.duplicates > 0 || report.unavailable.size > 0) {
      // Once per load (not per view): duplicates are dropped, the others stay listed but unorderable.
      this.logger?.warn({ panelId, ...reportFields(report) }, "Services list has entries that cannot be ordered");
    }
    const stored: StoredCatalogue = { v: 1, version: catalogueVersion(services), fetchedAt: this.now(), services };
    const index = this.adopt(panelId, stored);
    try {
      await this.cache.set(cacheKeyOf(panelId), stored, this.maxStaleMs);
    } catch (err) {
      this.logger?.warn({ panelId, err: String(err) }, "Could not cache the services list");
    }
    return index;
  }

  private async readStored(panelId: string): Promise<StoredCatalogue | undefined> {
    try {
      const stored = await this.cache.get<StoredCatalogue>(cacheKeyOf(panelId));
      return stored && stored.v === 1 && Array.isArray(stored.services) && typeof stored.version === "string" ? stored : undefined;
    } catch (err) {
      this.logger?.warn({ panelId, err: String(err) }, "Could not read the cached services list");
      return undefined;
    }
  }

  /** Makes a stored list the current one; the index is rebuilt only when the version changed. */
  private adopt(panelId: string, stored: StoredCatalogue): CatalogueIndex {
    const mem = this.memory.get(panelId);
    const index = mem && mem.index.version === stored.version ? mem.index : new CatalogueIndex(stored.services, stored.version);
    this.memory.set(panelId, { index, fetchedAt: stored.fetchedAt });
    return index;
  }
}
