/**
 * The panels and one `PanelClient` per panel (created on first use, shared by every account on
 * that panel): the operator's configured panels (PANEL_URL / PANELS, trusted as they are) and the
 * panels users added (custom panels: vetted by ssrf.ts, reached at their pinned address only,
 * persisted through a {@link CustomPanelStore} so every instance and restart knows them).
 */
import { createHash } from "node:crypto";
import { PanelClient, type PanelClientOptions } from "./client.js";
import { discoverEndpoint, type DiscoverOptions, type DiscoveryResult } from "./discover.js";
import {
  DEFAULT_ADDRESS_POLICY,
  parsePanelAddress,
  vetPanelAddress,
  vetParsed,
  type PanelAddressPolicy,
  type ResolvedAddress,
  type Resolver,
  type VettedAddress,
  type VetResult,
} from "./ssrf.js";

/** A configured panel. */
export interface PanelInfo {
  /** Stable id used in storage and callback data. */
  id: string;
  /** Human name shown to users. */
  name: string;
  /** API URL. */
  url: string;
}

/** A panel with its client. */
export interface RegisteredPanel extends PanelInfo {
  client: PanelClient;
}

/** Client options shared by every panel (the URL comes from each panel). */
export type SharedClientOptions = Omit<PanelClientOptions, "url">;

/** A user-added panel as stored (its id is the key). */
export interface CustomPanelRecord {
  /** The API endpoint found by discovery (normalized: origin and path). */
  url: string;
  /** Shown to users: the host. */
  name: string;
  /** When it was first added (ms). */
  addedAt: number;
}

/** Where custom panels are kept (the storage's "panels" namespace). */
export interface CustomPanelStore {
  get(id: string): Promise<CustomPanelRecord | undefined>;
  set(id: string, record: CustomPanelRecord): Promise<void>;
  list(): Promise<Array<[string, CustomPanelRecord]>>;
}

/** How custom panels are kept and re-vetted. */
export interface CustomPanelOptions {
  store?: CustomPanelStore | undefined;
  /** The operator's policy for user-supplied addresses (re-applied when a stored panel is loaded). */
  policy?: PanelAddressPolicy | undefined;
  /** Resolver of the re-vetting (default: the system's). */
  resolve?: Resolver | undefined;
  /** Told when a stored custom panel cannot be loaded (refused now, storage failure). */
  onLoadError?: ((id: string, reason: string) => void) | undefined;
}

/** How long a custom panel that could not be loaded is not tried again by `find` (ms). */
const RETRY_REFUSED_MS = 5 * 60_000;

/** Prefix of custom panel ids (configured ids made from names could start with it too: checked). */
const CUSTOM_PREFIX = "x";

/**
 * The id of a custom panel: "x" + 15 base32 characters of the SHA-256 of its normalized endpoint
 * URL (stable across instances and restarts; fits PANEL_ID_FIELD's 24 characters).
 */
export function customPanelId(url: string): string {
  const digest = createHash("sha256").update(url).digest();
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 15) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= 15) break;
  }
  return CUSTOM_PREFIX + out;
}

interface CustomPanel extends PanelInfo {
  pinned: ResolvedAddress;
}

export class PanelRegistry {
  private readonly panels: readonly PanelInfo[];
  private readonly clients = new Map<string, PanelClient>();
  private readonly custom = new Map<string, CustomPanel>();
  private readonly loading = new Map<string, Promise<RegisteredPanel | undefined>>();
  /** Custom panels that could not be loaded, and when a background load may try again. */
  private readonly refusedUntil = new Map<string, number>();
  private readonly customOptions: CustomPanelOptions;

  /** Throws if the list is empty or an id is used twice. */
  constructor(
    panels: readonly PanelInfo[],
    private readonly options: SharedClientOptions = {},
    customOptions: CustomPanelOptions = {},
  ) {
    this.customOptions = customOptions;
    if (panels.length === 0) throw new Error("PanelRegistry: no panel configured");
    const ids = new Set<string>();
    for (const p of panels) {
      if (ids.has(p.id)) throw new Error(`PanelRegistry: panel id "${p.id}" is used twice`);
      ids.add(p.id);
    }
    this.panels = panels.map((p) => ({ id: p.id, name: p.name, url: p.url }));
  }

  /** The client of a panel. Throws for an unknown id (use `find` to test). */
  get(id: string): PanelClient {
    const found = this.find(id);
    if (!found) throw new Error(`PanelRegistry: unknown panel "${id}"`);
    return found.client;
  }

  /**
   * The panel with its client, or undefined for an unknown id (e.g. a panel removed from config,
   * or a custom panel this instance has not loaded yet: it is then loaded in the background, so
   * a later call finds it; {@link ensure} waits for it).
   */
  find(id: string): RegisteredPanel | undefined {
    const info = this.panels.find((p) => p.id === id) ?? this.custom.get(id);
    if (info) return { id: info.id, name: info.name, url: info.url, client: this.clientFor(info) };
    // Not loaded yet (another instance added it): load it in the background, unless it was refused
    // lately (no lookup per call for a panel refused now).
    if (this.isCustomId(id) && !((this.refusedUntil.get(id) ?? 0) > Date.now())) void this.ensure(id).catch(() => undefined); // reported by onLoadError
    return undefined;
  }

  /** True if the id is configured or a loaded custom panel. */
  has(id: string): boolean {
    return this.panels.some((p) => p.id === id) || this.custom.has(id);
  }

  /** True for the id of a panel a user added (not one of the operator's). */
  isCustomId(id: string): boolean {
    return id.startsWith(CUSTOM_PREFIX) && id.length === 16 && !this.panels.some((p) => p.id === id);
  }

  /**
   * The panel, loading a custom panel not in memory yet from the store (re-vetted: its host is
   * resolved again under the current policy and pinned). Undefined when unknown or refused now.
   */
  async ensure(id: string): Promise<RegisteredPanel | undefined> {
    const known = this.panels.find((p) => p.id === id) ?? this.custom.get(id);
    if (known) return this.find(id);
    const store = this.customOptions.store;
    if (!store || !this.isCustomId(id)) return undefined;
    let pending = this.loading.get(id);
    if (!pending) {
      pending = (async () => {
        try {
          const record = await store.get(id);
          if (record && (await this.load(id, record))) {
            this.refusedUntil.delete(id);
            return this.find(id);
          }
          this.refusedUntil.set(id, Date.now() + RETRY_REFUSED_MS);
          return undefined;
        } catch (err) {
          this.refusedUntil.set(id, Date.now() + RETRY_REFUSED_MS);
          this.customOptions.onLoadError?.(id, err instanceof Error ? err.message : String(err));
          throw err;
        } finally {
          this.loading.delete(id);
        }
      })();
      this.loading.set(id, pending);
    }
    return pending;
  }

  /** Loads every stored custom panel (at start), `concurrency` re-vettings at a time. Returns how many loaded. */
  async loadCustom(concurrency = 8): Promise<{ loaded: number; refused: number }> {
    const store = this.customOptions.store;
    if (!store) return { loaded: 0, refused: 0 };
    const records = (await store.list()).filter(([id]) => this.isCustomId(id) && !this.custom.has(id));
    let loaded = 0;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < records.length) {
        const [id, record] = records[next++]!;
        if (await this.load(id, record)) loaded++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, records.length) }, worker));
    return { loaded, refused: records.length - loaded };
  }

  /**
   * Registers a panel a user added, at an endpoint found by discovery and an address vetted
   * moments ago (ssrf.ts): kept in memory with that pinned address and stored for every instance.
   * An endpoint that is one of the operator's panels gives that panel. Returns the panel.
   */
  async addCustom(url: string, pinned: ResolvedAddress, now = Date.now()): Promise<PanelInfo> {
    const normalized = new URL(url).toString().replace(/\/+$/, "");
    const configured = this.panels.find((p) => p.url.replace(/\/+$/, "") === normalized);
    if (configured) return { ...configured };
    const id = customPanelId(normalized);
    const name = new URL(normalized).host;
    const store = this.customOptions.store;
    const existing = store ? await store.get(id) : undefined;
    if (store && !existing) await store.set(id, { url: normalized, name, addedAt: now });
    this.setCustom({ id, name, url: normalized, pinned });
    return { id, name, url: normalized };
  }

  /** The operator's policy for user-supplied panel addresses. */
  get addressPolicy(): PanelAddressPolicy {
    return this.customOptions.policy ?? DEFAULT_ADDRESS_POLICY;
  }

  /** Vets a user-typed panel address under the policy with this registry's resolver (ssrf.ts). */
  vetAddress(input: string): Promise<VetResult> {
    return vetPanelAddress(input, this.addressPolicy, this.customOptions.resolve);
  }

  /** Searches the API endpoint at a vetted address (discover.ts), with this registry's call deadline. */
  discover(address: VettedAddress, options: DiscoverOptions = {}): Promise<DiscoveryResult> {
    return discoverEndpoint(address, { timeoutMs: Math.min(this.options.timeoutMs ?? 15_000, 8_000), ...options });
  }

  /**
   * Runs `fn` with a client of a panel not registered yet (an endpoint just found), connected to
   * the pinned address only; the client is closed afterwards.
   */
  async withProbeClient<T>(url: string, pinned: ResolvedAddress, fn: (client: PanelClient) => Promise<T>): Promise<T> {
    const options: PanelClientOptions = { ...this.options, url, pinned, retries: 0 };
    delete options.dispatcher;
    const client = new PanelClient(options);
    try {
      return await fn(client);
    } finally {
      await client.close();
    }
  }

  /** The configured panels, in configuration order. */
  list(): PanelInfo[] {
    return this.panels.map((p) => ({ ...p }));
  }

  /** The first configured panel, with its client. */
  default(): RegisteredPanel {
    const first = this.panels[0] as PanelInfo;
    return { ...first, client: this.clientFor(first) };
  }

  /**
   * False once the panel has answered that it has no `cancel` action (learned by its client): the
   * bot hides cancel buttons for it. True for an unknown id or a panel not asked yet.
   */
  supportsCancel(id: string): boolean {
    return this.clients.get(id)?.supportsCancel ?? true;
  }

  /** Like {@link supportsCancel}, for `refill`. */
  supportsRefill(id: string): boolean {
    return this.clients.get(id)?.supportsRefill ?? true;
  }

  /** Closes every client created so far. */
  async closeAll(): Promise<void> {
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((c) => c.close()));
  }

  /** Re-vets a stored custom panel and keeps it in memory; false when refused now. */
  private async load(id: string, record: CustomPanelRecord): Promise<boolean> {
    const policy = this.customOptions.policy ?? DEFAULT_ADDRESS_POLICY;
    const parsed = parsePanelAddress(record.url, policy);
    const vetted = parsed.ok ? await vetParsed(parsed.address, policy, this.customOptions.resolve) : parsed;
    if (!vetted.ok) {
      this.customOptions.onLoadError?.(id, vetted.reason);
      return false;
    }
    this.setCustom({ id, name: record.name, url: record.url, pinned: vetted.address.pinned });
    return true;
  }

  private setCustom(panel: CustomPanel): void {
    this.refusedUntil.delete(panel.id);
    const old = this.custom.get(panel.id);
    if (old && old.pinned.address === panel.pinned.address) return;
    this.custom.set(panel.id, panel);
    const client = this.clients.get(panel.id);
    if (client) {
      this.clients.delete(panel.id); // pinned elsewhere now: a new client
      void client.close().catch(() => undefined); // closing an idle pool; a failure leaks nothing reachable
    }
  }

  private clientFor(info: PanelInfo | CustomPanel): PanelClient {
    let client = this.clients.get(info.id);
    if (!client) {
      if ("pinned" in info) {
        // A user's panel: its own pool, connected to the vetted address only (never a shared dispatcher).
        const options: PanelClientOptions = { ...this.options, url: info.url, pinned: info.pinned };
        delete options.dispatcher;
        client = new PanelClient(options);
      } else {
        client = new PanelClient({ ...this.options, url: info.url });
      }
      this.clients.set(info.id, client);
    }
    return client;
  }
}
