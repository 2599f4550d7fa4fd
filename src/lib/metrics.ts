/**
 * Prometheus metrics (prom-client), one registry per app (several apps in one process — the
 * tests — do not share series). The rest of the code calls the small {@link Metrics} interface;
 * only this file knows prom-client. Served as text at /metrics by src/ops-server.ts.
 *
 * Series (prefix `smmbot_`):
 * - `updates_total{type,outcome}` and `update_duration_seconds{type}`: Telegram updates handled
 *   (type: message, callback_query, …; outcome: ok | error);
 * - `panel_calls_total{action,host,outcome}` and `panel_call_duration_seconds{action,host}`: panel
 *   API calls as the bot makes them (retries of read-only actions included in one call; outcome:
 *   ok or the PanelError kind: invalid_key, unavailable, rate_limited, unknown_outcome, …);
 * - `tracking_cycles_total{outcome}`, `tracking_cycle_duration_seconds`, `tracking_lag_seconds`
 *   (how late the last cycle started against its schedule), `tracking_orders` (orders checked by
 *   the last cycle): for the tracking poller;
 * - `notifications_total{kind,outcome}`: status notifications sent / refused (the chat blocked
 *   the bot or is gone) / failed;
 * - `storage_errors_total{op}`: failed storage operations (get, set, getMany, …, connection);
 * - with `processMetrics`, prom-client's default process series (CPU, memory, event loop lag,
 *   GC) under the same prefix.
 *
 * Labels only take bounded values (update types, panel actions and configured hosts, error kinds).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export type UpdateOutcome = "ok" | "error";
export type NotificationOutcome = "sent" | "refused" | "failed";

export interface TrackingCycleReport {
  /** How long the cycle took. */
  seconds: number;
  /** How late it started against its schedule (0 when on time). */
  lagSeconds?: number;
  /** Orders (and refills) it checked. */
  orders?: number;
  outcome: "ok" | "error";
}

/** What the code reports; see the file comment for the series. */
export interface Metrics {
  update(type: string, outcome: UpdateOutcome, seconds: number): void;
  panelCall(action: string, host: string, outcome: string, seconds: number): void;
  trackingCycle(report: TrackingCycleReport): void;
  notification(kind: "order" | "refill", outcome: NotificationOutcome): void;
  storageError(op: string): void;
  /** The Prometheus text exposition of every series. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

export interface MetricsOptions {
  /** Also collect prom-client's default process metrics (CPU, memory, event loop, GC). Default false. */
  processMetrics?: boolean;
  /** Series name prefix. Default "smmbot_". */
  prefix?: string;
}

/** A cache of label-bound children: prom-client hashes labels on every call otherwise. */
function bound<T>(make: (...labels: string[]) => T): (...labels: string[]) => T {
  const cache = new Map<string, T>();
  return (...labels) => {
    const key = labels.join("\u0000");
    let child = cache.get(key);
    if (child === undefined) {
      child = make(...labels);
      cache.set(key, child);
    }
    return child;
  };
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const prefix = options.prefix ?? "smmbot_";
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix });
  const registers = [registry];

  const updates = new Counter({
    name: `${prefix}updates_total`,
    help: "Telegram updates handled, by type and outcome",
    labelNames: ["type", "outcome"] as const,
    registers,
  });
  const updateDuration = new Histogram({
    name: `${prefix}update_duration_seconds`,
    help: "Time to handle an update (queueing behind the same chat's updates included)",
    labelNames: ["type"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const panelCalls = new Counter({
    name: `${prefix}panel_calls_total`,
    help: "Panel API calls, by action, panel host and outcome (ok or the error kind)",
    labelNames: ["action", "host", "outcome"] as const,
    registers,
  });
  const panelDuration = new Histogram({
    name: `${prefix}panel_call_duration_seconds`,
    help: "Duration of panel API calls (retries included), by action and panel host",
    labelNames: ["action", "host"] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 60],
    registers,
  });
  const cycles = new Counter({
    name: `${prefix}tracking_cycles_total`,
    help: "Tracking poller cycles, by outcome",
    labelNames: ["outcome"] as const,
    registers,
  });
  const cycleDuration = new Histogram({
    name: `${prefix}tracking_cycle_duration_seconds`,
    help: "Duration of a tracking cycle",
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
    registers,
  });
  const lag = new Gauge({
    name: `${prefix}tracking_lag_seconds`,
    help: "How late the last tracking cycle started against its schedule",
    registers,
  });
  const cycleOrders = new Gauge({ name: `${prefix}tracking_orders`, help: "Orders and refills checked by the last tracking cycle", registers });
  const notifications = new Counter({
    name: `${prefix}notifications_total`,
    help: "Status notifications, by kind (order, refill) and outcome (sent, refused: blocked or gone, failed)",
    labelNames: ["kind", "outcome"] as const,
    registers,
  });
  const storageErrors = new Counter({
    name: `${prefix}storage_errors_total`,
    help: "Failed storage operations, by operation",
    labelNames: ["op"] as const,
    registers,
  });

  const updateCount = bound((type, outcome) => updates.labels(type, outcome));
  const updateTime = bound((type) => updateDuration.labels(type));
  const panelCount = bound((action, host, outcome) => panelCalls.labels(action, host, outcome));
  const panelTime = bound((action, host) => panelDuration.labels(action, host));

  return {
    update(type, outcome, seconds) {
      updateCount(type, outcome).inc();
      updateTime(type).observe(seconds);
    },
    panelCall(action, host, outcome, seconds) {
      panelCount(action, host, outcome).inc();
      panelTime(action, host).observe(seconds);
    },
    trackingCycle(report) {
      cycles.labels(report.outcome).inc();
      cycleDuration.observe(report.seconds);
      if (report.lagSeconds !== undefined) lag.set(report.lagSeconds);
      if (report.orders !== undefined) cycleOrders.set(report.orders);
    },
    notification(kind, outcome) {
      notifications.labels(kind, outcome).inc();
    },
    storageError(op) {
      storageErrors.labels(op).inc();
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
