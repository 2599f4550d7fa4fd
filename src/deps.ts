/**
 * The services the bot, the tracker and the web app use, built in one place: `createDeps(config,
 * overrides)` is called by the app (src/app.ts), the tests and the benchmarks alike, so all run
 * the same composition. Overrides replace a part (a logger, a clock, panel client options, a
 * storage namespace prefix) without copying the wiring.
 */
import type { Config } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { PanelRegistry, type SharedClientOptions } from "./panel/registry.js";
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
}

/** Opens the storage and builds the services. Close them with {@link closeDeps}. */
export async function createDeps(config: Config, overrides: DepsOverrides = {}): Promise<Deps> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const prefix = overrides.namespacePrefix ?? config.storagePrefix ?? "";
  const storage =
    overrides.storage ??
    (await createStorage({
      url: config.storageUrl,
      dataDir: config.dataDir,
      ...(config.encryptionKey ? { encryptionKey: config.encryptionKey } : {}),
      previousEncryptionKeys: config.previousEncryptionKeys,
      timeoutMs: config.storageTimeoutMs,
      ...(prefix ? { namespacePrefix: prefix } : {}),
      logger: { warn: (msg: string) => logger.warn(msg) },
    }));
  const panels = new PanelRegistry(config.panels, { timeoutMs: config.panelTimeoutMs, ...overrides.panels });
  const deps = { config, logger, storage, panels, now: overrides.now ?? ((): number => Date.now()) } as Omit<Deps, "catalogue"> as Deps;
  deps.catalogue = new Catalogue({ cache: storage.cache, panels, ttlMs: config.servicesCacheMs, now: () => deps.now(), logger });
  return deps;
}

/** Closes what createDeps opened: waits for catalogue refreshes, closes panel clients and storage. */
export async function closeDeps(deps: Deps): Promise<void> {
  await deps.catalogue.idle().catch((err: unknown) => deps.logger.debug({ err: String(err) }, "catalogue refresh failed at close"));
  await deps.panels.closeAll().catch((err: unknown) => deps.logger.warn({ err: String(err) }, "closing panel clients failed"));
  await deps.storage.close();
}
