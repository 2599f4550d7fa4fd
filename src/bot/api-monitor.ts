/**
 * Watches the Bot API from the bot's own calls (an API transformer): the first failure to reach
 * it (network error, timeout, 5xx) is logged at once, then once a minute while it lasts, and its
 * return is logged too. A call that hangs counts as a failure after `slowMs` (a blackholed route
 * would otherwise log nothing until the HTTP client gives up); getUpdates long-polls, so its
 * allowance is its own `timeout` on top. `/healthz` reports the state.
 */
import { HttpError, GrammyError, type Transformer } from "grammy";
import type { Logger } from "../logger.js";

export interface ApiHealth {
  reachable: boolean;
  /** Since when it is unreachable (ms epoch). */
  since?: number;
  lastError?: string;
}

export interface ApiMonitor {
  readonly transformer: Transformer;
  state(): ApiHealth;
  stop(): void;
}

export function createApiMonitor(
  logger: Pick<Logger, "error" | "warn" | "info">,
  opts: { slowMs?: number; repeatMs?: number; now?: () => number } = {},
): ApiMonitor {
  const slowMs = opts.slowMs ?? 5000;
  const repeatMs = opts.repeatMs ?? 60_000;
  const now = opts.now ?? Date.now;
  let down: { since: number; lastLog: number; error: string } | undefined;
  const inflight = new Set<{ deadline: number; method: string }>();

  const fail = (method: string, error: string): void => {
    const t = now();
    if (!down) {
      down = { since: t, lastLog: t, error };
      logger.error({ method, err: error }, "Bot API unreachable");
    } else {
      down.error = error;
      if (t - down.lastLog >= repeatMs) {
        down.lastLog = t;
        logger.error({ method, err: error, downForSeconds: Math.round((t - down.since) / 1000) }, "Bot API still unreachable");
      }
    }
  };
  const ok = (): void => {
    if (!down) return;
    logger.info({ downForSeconds: Math.round((now() - down.since) / 1000) }, "Bot API reachable again");
    down = undefined;
  };

  // Hung calls: checked every second (unref: never keeps the process alive).
  const watchdog = setInterval(() => {
    const t = now();
    for (const call of inflight) {
      if (t >= call.deadline) {
        call.deadline = Number.POSITIVE_INFINITY; // reported once per call
        fail(call.method, `no answer within ${Math.round(slowMs / 1000)} s`);
      }
    }
    if (down && t - down.lastLog >= repeatMs && inflight.size > 0) fail("(waiting)", down.error);
  }, 1000);
  watchdog.unref();

  const transformer: Transformer = async (prev, method, payload, signal) => {
    const longPoll = method === "getUpdates" ? Number((payload as { timeout?: number } | undefined)?.timeout ?? 0) * 1000 : 0;
    const call = { deadline: now() + slowMs + longPoll, method };
    inflight.add(call);
    try {
      const res = await prev(method, payload, signal);
      if (res.ok || (res as { error_code?: number }).error_code! < 500) ok();
      else fail(method, `HTTP ${(res as { error_code?: number }).error_code ?? "?"}`);
      return res;
    } catch (err) {
      if (err instanceof HttpError) fail(method, String(err.error instanceof Error ? err.error.message : err.error));
      else if (err instanceof GrammyError && err.error_code >= 500) fail(method, err.description);
      else if (!(err instanceof GrammyError) && !signal?.aborted) fail(method, err instanceof Error ? err.message : String(err));
      throw err;
    } finally {
      inflight.delete(call);
    }
  };

  return {
    transformer,
    state: () => (down ? { reachable: false, since: down.since, lastError: down.error } : { reachable: true }),
    stop: () => clearInterval(watchdog),
  };
}
