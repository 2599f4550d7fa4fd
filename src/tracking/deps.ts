/**
 * What the tracking layer needs from the rest of the application: a narrow view of the services,
 * so that tracking depends on storage and panels only (never on the bot). The application's
 * dependencies satisfy it as they are.
 */
import type { Logger } from "../logger.js";
import type { AdaptivePolicy } from "./adaptive.js";
import type { HostLimits } from "./limiter.js";
import type { RegisteredPanel } from "../panel/registry.js";
import type { Storage } from "../storage/index.js";
import type { MigrationStorage } from "../storage/migrate.js";

/** The repositories the poller reads and writes (and those a group migration moves). */
export type TrackingStorage = Pick<Storage, "orders" | "refills" | "delivery" | "prefs" | "accounts" | "cache" | "changes"> & MigrationStorage;

/** Finds a configured panel by id: its client, its name (shown to users) and its URL (its host is throttled). */
export interface PanelLookup {
  find(panelId: string): Pick<RegisteredPanel, "client" | "name" | "url"> | undefined;
}

export interface TrackingDeps {
  config: {
    /** Pause between two cycles (±10 %), counted from the end of the previous one. */
    pollIntervalMs: number;
    /** Per-host limits of panel calls (config: PANEL_HOST_*). Unset: 4 at once, no rate limit. */
    panelHostLimits?: { default: HostLimits; hosts: Record<string, HostLimits> };
    /** Adaptive polling (config: TRACK_FULL_RATE_MINUTES, TRACK_MAX_INTERVAL_MINUTES). */
    adaptive?: Partial<AdaptivePolicy>;
  };
  logger: Pick<Logger, "debug" | "info" | "warn" | "error">;
  storage: TrackingStorage;
  panels: PanelLookup;
  /** Clock (snapshots' `at`, blockedAt). Default Date.now. */
  now?: () => number;
}
