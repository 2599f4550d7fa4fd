/**
 * The services the bot, the tracker and the web app use, built in one place: `createDeps(config,
 * overrides)` is called by the app (src/app.ts), the tests and the benchmarks alike, so all run
 * the same composition. Overrides replace a part (a logger, a clock, panel client options, a
 * storage namespace prefix) without copying the wiring.
 */
import type { Config } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { PanelRegistry, type CustomPanelOptions, type RegisteredPanel, type SharedClientOptions } from "./panel/registry.js";
import type { Resolver } from "./panel/ssrf.js";
import type { PanelClient } from "./panel/client.js";
import { PanelError } from "./panel/errors.js";
import { createMetrics, type Metrics } from "./lib/metrics.js";
import { createStorage, type Storage } from "./storage/index.js";
import { Catalogue } from "./catalogue/catalogue.js";

export interface Deps {
  config: Config;
  logger: Logger;
  storage: Storage;
  panels: PanelRegistry;
  /** Services lists per panel (cached, indexed). */
  catalogue: Catalogue;
  /** Clock, replaceable in tests. */
  now: () => number;
  /** Prometheus series (src/lib/metrics.ts), served at /metrics when METRICS_PORT is set. */
  metrics: Metrics;
}

export interface DepsOverrides {
  logger?: Logger;
  /** Clock (default Date.now). Parts built here read it through deps.now, so replacing it later works too. */
  now?: () => number;
  /** Prefix of every storage namespace (default config.storagePrefix). */
  namespacePrefix?: string;
  /** A ready storage (tests that share one); else one is opened from config.storageUrl. */
  storage?: Storage;
  /** Panel client options (timeouts, retries); timeoutMs defaults to config.panelTimeoutMs. */
  panels?: SharedClientOptions;
  /** Metrics (default: a new registry; process metrics when METRICS_PORT is set). */
  metrics?: Metrics;
  /** DNS resolver of user-supplied panel addresses (default: the system's; tests stub it). */
  resolve?: Resolver;
}

/** Opens the storage and builds the services. Close them with {@link closeDeps}. */
export async function createDeps(config: Config, overrides: DepsOverrides = {}): Promise<Deps> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const prefix = overrides.namespacePrefix ?? config.storagePrefix ?? "";
  const metrics = overrides.metrics ?? createMetrics({ processMetrics: config.metricsPort !== undefined });
  const storage =
    overrides.storage ??
    (await createStorage({
      url: config.storageUrl,
      dataDir: config.dataDir,
      ...(config.encryptionKey ? { encryptionKey: config.encryptionKey } : {}),
      previousEncryptionKeys: config.previousEncryptionKeys,
      timeoutMs: config.storageTimeoutMs,
      readCacheEntries: config.storageReadCache,
      ...(prefix ? { namespacePrefix: prefix } : {}),
      logger: { warn: (msg: string) => logger.warn(msg) },
      onOperationError: (op: string) => metrics.storageError(op),
    }));
  const panels = new MeteredPanelRegistry(config.panels, { timeoutMs: config.panelTimeoutMs, ...overrides.panels }, metrics, {
    store: storage.panels,
    policy: config.customPanels,
    resolve: overrides.resolve,
    onLoadError: (id, reason) => logger.warn({ panel: id, reason }, "a user-added panel is refused now (not loaded)"),
  });
  const deps = { config, logger, storage, panels, metrics, now: overrides.now ?? ((): number => Date.now()) } as Omit<Deps, "catalogue"> as Deps;
  deps.catalogue = new Catalogue({
    cache: storage.cache,
    panels,
    ttlMs: config.servicesCacheMs,
    maxScopes: config.catalogueMemoryScopes,
    now: () => deps.now(),
    logger,
  });
  return deps;
}

/** Closes what createDeps opened: waits for catalogue refreshes, closes panel clients and storage. */
export async function closeDeps(deps: Deps): Promise<void> {
  await deps.catalogue.idle().catch((err: unknown) => deps.logger.debug({ err: String(err) }, "catalogue refresh failed at close"));
  await deps.panels.closeAll().catch((err: unknown) => deps.logger.warn({ err: String(err) }, "closing panel clients failed"));
  await deps.storage.close();
}

/** PanelClient methods that make a panel call, and the API action each makes. */
const ACTION_OF: Readonly<Record<string, string>> = {
  balance: "balance",
  services: "services",
  add: "add",
  status: "status",
  statuses: "status",
  refill: "refill",
  refills: "refill",
  refillStatus: "refill_status",
  refillStatuses: "refill_status",
  cancel: "cancel",
};

/**
 * The panel registry, its clients counted and timed per call in {@link Metrics.panelCall} (action,
 * panel host, outcome = ok or the PanelError kind). Wraps the clients at the registry boundary:
 * the client itself is unchanged, and every user of `deps.panels` (bot, catalogue, tracking) is
 * counted.
 */
class MeteredPanelRegistry extends PanelRegistry {
  readonly #metered = new WeakMap<PanelClient, PanelClient>();

  constructor(
    panels: ConstructorParameters<typeof PanelRegistry>[0],
    options: SharedClientOptions,
    private readonly metrics: Metrics,
    custom: CustomPanelOptions = {},
  ) {
    super(panels, options, custom);
  }

  override get(id: string): PanelClient {
    const found = super.find(id);
    return found ? this.#meter(found.client, found.url) : super.get(id); // (throws for an unknown id)
  }

  override find(id: string): RegisteredPanel | undefined {
    const found = super.find(id);
    return found ? { ...found, client: this.#meter(found.client, found.url) } : undefined;
  }

  override default(): RegisteredPanel {
    const found = super.default();
    return { ...found, client: this.#meter(found.client, found.url) };
  }

  #meter(client: PanelClient, url: string): PanelClient {
    let metered = this.#metered.get(client);
    if (metered) return metered;
    let host = "unknown";
    try {
      host = new URL(url).host;
    } catch {
      // keep "unknown"
    }
    const metrics = this.metrics;
    metered = new Proxy(client, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        const action = typeof prop === "string" ? ACTION_OF[prop] : undefined;
        if (!action) return prop === "constructor" ? value : (value as (...a: unknown[]) => unknown).bind(target);
        return async (...args: unknown[]) => {
          const started = performance.now();
          let outcome = "ok";
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } catch (err) {
            outcome = err instanceof PanelError ? err.kind : "error";
            throw err;
          } finally {
            metrics.panelCall(action, host, outcome, (performance.now() - started) / 1000);
          }
        };
      },
    });
    this.#metered.set(client, metered);
    return metered;
  }
}
