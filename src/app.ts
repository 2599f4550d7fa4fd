/**
 * The whole application, startable in-process: storage, panels, the bot (long polling or webhook
 * with /healthz), the order-tracking poller under shard leases, and graceful shutdown.
 *
 * `npm start` (src/main.ts) calls `startApp()` and `app.stop()` on SIGINT/SIGTERM; end-to-end
 * tests start one or several apps in the same process the same way.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { webhookCallback, type Transformer, type Bot } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { loadConfig, type Config } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import type { Storage } from "./storage/index.js";
import { createBot } from "./bot/bot.js";
import type { BotContext } from "./bot/context.js";
import { closeDeps, createDeps, type Deps } from "./deps.js";
import { createI18n } from "./bot/i18n.js";
import { registerCommands } from "./bot/commands.js";
import { withTimeout } from "./lib/async.js";
import { createShardedPollerTask } from "./tracking/task.js";
import { createShardLeases, defaultOwnerId, type ShardLeases } from "./tracking/shard-leases.js";
import { ShardLoop, type ShardTask } from "./tracking/shards.js";
import { createNotificationSender } from "./bot/notifications/sender.js";
import { startPlacementRecovery } from "./bot/features/placements.js";
import { createWebAppHandler, WEBAPP_BASE_PATH, type WebAppHandler } from "./webapp/index.js"; // Mini App (issue 16)
import { setupWebAppMenuButton } from "./bot/features/webapp.js"; // Mini App (issue 16)
import { startOpsServer } from "./ops-server.js";

/** Update types the bot receives (chat_member must be asked for explicitly). */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
  "my_chat_member",
  "chat_member",
] as const;

/** Default lease period of the tracking shards. */
export const DEFAULT_LEASE_TTL_MS = 30_000;
/** Default number of tracking shards on Redis / PostgreSQL (SQLite: always one, in-process). */
export const DEFAULT_TRACKING_SHARDS = 16;

export interface AppOptions {
  config: Config;
  /** Default: a pino logger at config.logLevel. */
  logger?: Logger;
  /** Prefix of every storage namespace and of the shard lease name (env STORAGE_PREFIX): bots or test runs sharing a database. */
  namespacePrefix?: string;
  /** Lease period of the tracking shards (env LEASE_TTL_SECONDS). Default 30 s. */
  leaseTtlMs?: number;
  /** This instance's id in the shard leases (default host:pid:random). */
  instanceId?: string;
  /** Address the webhook server binds (env HOST). Default 0.0.0.0. */
  host?: string;
  /** Skip getMe. */
  botInfo?: UserFromGetMe;
  /** Extra Bot API transformers (tests). */
  apiTransformers?: Transformer[];
  /** Call setMyCommands at start (default true). */
  registerCommands?: boolean;
  /** What runs on the shards held (default: the order-tracking poller); `shards` is the shard count. */
  trackingTask?: (deps: Deps, shards: number) => ShardTask;
  /** Longest wait for in-flight updates at shutdown (default 25 s). */
  drainTimeoutMs?: number;
}

export interface Health {
  ok: boolean;
  mode: Config["botMode"];
  storage: Storage["kind"];
  /** The storage answered a read within 2 s (the HTTP status follows it: 200 or 503). */
  storageOk: boolean;
  /** Whether the Bot API answers the bot's calls (reported, not part of `ok`: restarting would not help). */
  botApi: { reachable: boolean; since?: string };
  leader: boolean;
  /** Tracking shards this instance holds (of `shardCount`). */
  shards: number[];
  shardCount: number;
  instance: string;
  inFlight: number;
}

export interface App {
  readonly bot: Bot<BotContext>;
  readonly deps: Deps;
  readonly mode: Config["botMode"];
  readonly instanceId: string;
  /** Webhook mode or Mini App on: the server's bound port (PORT, or the one picked for PORT=0). */
  readonly port: number | undefined;
  /** Webhook mode or Mini App on: `http://host:port` of the server (for /healthz and /app/). */
  readonly url: string | undefined;
  /** With METRICS_PORT: `http://host:port` of the operations server (/healthz, /metrics). */
  readonly opsUrl: string | undefined;
  /** True while this instance holds at least one tracking shard lease and polls it. */
  isLeader(): boolean;
  /** The tracking shards this instance holds now (empty with TRACKING=false). */
  shards(): number[];
  /** Updates being handled now. */
  inFlight(): number;
  /** The /healthz answer (503 when storage is unreachable). */
  health(): Promise<{ status: number; body: Health }>;
  /**
   * Graceful stop: stop taking updates, finish the ones in flight, stop the poller (waiting for
   * its cycle), release its shard leases, close panels and storage. Idempotent.
   */
  stop(): Promise<void>;
}

/** App options from the environment (src/config.ts). Throws ConfigError naming the variable. */
export function appOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AppOptions {
  const config = loadConfig(env);
  return {
    config,
    ...(config.storagePrefix ? { namespacePrefix: config.storagePrefix } : {}),
    leaseTtlMs: config.leaseTtlMs,
    host: config.host,
  };
}

/** Starts the app; resolves once it takes updates. Rejects (after cleaning up) if it cannot start. */
export async function startApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const instanceId = options.instanceId ?? defaultOwnerId();
  const prefix = options.namespacePrefix ?? "";
  const deps = await createDeps(config, { logger, namespacePrefix: prefix });
  const { storage } = deps;

  const cleanups: Array<() => Promise<void>> = [() => closeDeps(deps)];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c().catch((err: unknown) => logger.warn({ err: String(err) }, "Cleanup step failed"));
  };

  try {
    const bot = createBot(deps, {
      ...(options.botInfo ? { botInfo: options.botInfo } : {}),
      ...(options.apiTransformers ? { apiTransformers: options.apiTransformers } : {}),
    });

    // Count updates in flight (runner and webhook both call bot.handleUpdate).
    let inFlight = 0;
    const drained: Array<() => void> = [];
    const handleUpdate = bot.handleUpdate.bind(bot);
    bot.handleUpdate = async (update: Update, webhookReplyEnvelope?: Parameters<typeof handleUpdate>[1]) => {
      inFlight++;
      try {
        return await handleUpdate(update, webhookReplyEnvelope);
      } finally {
        inFlight--;
        if (inFlight === 0) for (const d of drained.splice(0)) d();
      }
    };
    const waitDrained = async (ms: number) => {
      if (inFlight === 0) return;
      await withTimeout(new Promise<void>((r) => drained.push(r)), ms, "Finishing updates in flight").catch((err: Error) =>
        logger.warn({ inFlight }, err.message),
      );
    };

    await bot.init();
    logger.info(
      { bot: bot.botInfo.username, mode: config.botMode, storage: storage.kind, panels: config.panels.map((p) => p.name), instance: instanceId },
      "Bot starting",
    );
    if (config.customPanels.allowInsecure) {
      logger.warn(
        "PANEL_ALLOW_INSECURE is on: panels users add may use plain http and loopback/private addresses. For local trials and tests only",
      );
    }
    // The panels users added: re-vetted and pinned in the background (a panel asked for before
    // that is loaded on demand).
    if (config.customPanels.mode !== "off") {
      deps.panels
        .loadCustom()
        .then((r) => (r.loaded + r.refused > 0 ? logger.info(r, "User-added panels loaded") : undefined))
        .catch((err: unknown) => logger.warn({ err: String(err) }, "Loading the user-added panels failed (each loads when first used)"));
    }
    if (options.registerCommands !== false) {
      await registerCommands(bot.api, bot.commands, createI18n(config.defaultLocale), config.defaultLocale).catch((err) =>
        logger.warn({ err: String(err) }, "setMyCommands failed"),
      );
    }
    // ── Mini App (issue 16): the private chats' menu button opens the app.
    if (config.webappUrl && options.registerCommands !== false) {
      await setupWebAppMenuButton(bot.api, createI18n(config.defaultLocale), config.defaultLocale, config.webappUrl).catch((err) =>
        logger.warn({ err: String(err) }, "setChatMenuButton failed"),
      );
    }
    // ── end Mini App

    // ── tracking under shard leases (src/tracking/shards.ts): each instance polls its share
    let loop: ShardLoop | undefined;
    let leases: ShardLeases | undefined;
    const shardCount = storage.kind === "sqlite" ? 1 : (config.trackingShards ?? DEFAULT_TRACKING_SHARDS);
    if (storage.kind === "sqlite" && (config.trackingShards ?? 1) > 1)
      logger.warn("TRACKING_SHARDS is ignored with SQLite (one process, one shard)");
    if (config.tracking) {
      const ttlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
      leases = createShardLeases(config.storageUrl, { name: `${prefix}tracking`, shards: shardCount, ttlMs, ownerId: instanceId, logger });
      const task = options.trackingTask?.(deps, shardCount) ?? createShardedPollerTask(deps, createNotificationSender(deps), shardCount);
      loop = new ShardLoop(leases, task, { intervalMs: Math.max(100, Math.floor(ttlMs / 3)), ownerId: instanceId, logger });
      const l = leases;
      const lp = loop;
      cleanups.push(async () => {
        await lp.stop();
        await l.close();
      });
    }

    const health = async (): Promise<{ status: number; body: Health }> => {
      let ok = true;
      try {
        await withTimeout(storage.keyv.namespace("health").get("ping"), 2000, "Storage ping");
      } catch {
        ok = false;
      }
      const api = bot.apiMonitor.state();
      const body: Health = {
        ok,
        mode: config.botMode,
        storage: storage.kind,
        storageOk: ok,
        botApi: api.reachable ? { reachable: true } : { reachable: false, ...(api.since ? { since: new Date(api.since).toISOString() } : {}) },
        leader: loop?.isLeader() ?? false,
        shards: loop?.held() ?? [],
        shardCount,
        instance: instanceId,
        inFlight,
      };
      return { status: ok ? 200 : 503, body };
    };

    // ── Mini App (issue 16): served by the same HTTP server as the webhook and /healthz.
    const webapp: WebAppHandler | undefined = config.webappUrl ? createWebAppHandler(deps, { api: bot.api }) : undefined;
    const isWebAppPath = (p: string): boolean => p === WEBAPP_BASE_PATH || p.startsWith(`${WEBAPP_BASE_PATH}/`);
    // ── end Mini App
    // ── operations server (METRICS_PORT): /healthz and /metrics, in polling and webhook mode ──
    let opsUrl: string | undefined;
    if (config.metricsPort !== undefined) {
      const ops = await startOpsServer({ port: config.metricsPort, host: options.host ?? "0.0.0.0", health, metrics: deps.metrics, logger });
      opsUrl = ops.url;
      cleanups.push(() => ops.close());
    }
    // ── end of the operations server ──

    // ── taking updates
    let runner: RunnerHandle | undefined;
    let server: http.Server | undefined;
    let port: number | undefined;
    let url: string | undefined;
    let stopping = false;

    // Orders a crash left with an unknown outcome: their chats are told once (features/placements.ts).
    const recovery = startPlacementRecovery(deps, bot.api, createI18n(config.defaultLocale));
    cleanups.push(async () => recovery.stop());
    cleanups.push(async () => bot.apiMonitor.stop());

    if (config.botMode === "polling") {
      await bot.api.deleteWebhook({ drop_pending_updates: false });
      runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
      logger.info("Bot is running (long polling)");
      // ── Mini App (issue 16): in polling mode the HTTP server runs only for the app (and /healthz).
      if (webapp) {
        const wa = webapp;
        const srv = http.createServer((req, res) => {
          const reqPath = (req.url ?? "/").split("?")[0] ?? "/";
          if (stopping) res.setHeader("connection", "close");
          if (req.method === "GET" && reqPath === "/healthz") {
            void health().then(({ status, body }) => {
              res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
            });
            return;
          }
          void wa(req, res).then((handled) => {
            if (!handled) res.writeHead(404).end();
          });
        });
        server = srv;
        ({ port, url } = await listen(srv, config.port, options.host ?? "0.0.0.0"));
        cleanups.push(() => closeServer(srv));
        logger.info({ port, path: `${WEBAPP_BASE_PATH}/` }, "Web app server listening");
      }
      // ── end Mini App
    } else {
      const webhookUrl = new URL(config.webhookUrl!);
      const path = webhookUrl.pathname || "/";
      const callback = webhookCallback(bot, "http", {
        ...(config.webhookSecret ? { secretToken: config.webhookSecret } : {}),
        // A slow update is answered 200 after this and finishes in the background (counted in flight):
        // Telegram would otherwise deliver it again.
        onTimeout: "return",
        timeoutMilliseconds: 25_000,
      });
      server = http.createServer((req, res) => {
        const reqPath = (req.url ?? "/").split("?")[0];
        if (stopping) res.setHeader("connection", "close");
        if (req.method === "GET" && reqPath === "/healthz") {
          void health().then(({ status, body }) => {
            res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
          });
          return;
        }
        // ── Mini App (issue 16)
        if (webapp && isWebAppPath(reqPath ?? "/")) {
          void webapp(req, res);
          return;
        }
        // ── end Mini App
        if (reqPath !== path) {
          res.writeHead(404).end();
          return;
        }
        if (req.method !== "POST") {
          res.writeHead(405, { allow: "POST" }).end();
          return;
        }
        if (stopping) {
          // Telegram delivers it again later (to another instance, or to this one after restart).
          res.writeHead(503).end();
          return;
        }
        callback(req, res).catch((err: unknown) => {
          logger.warn({ err: err instanceof Error ? err.message : String(err) }, "Bad webhook request");
          if (!res.headersSent) res.writeHead(400).end();
          else res.end();
        });
      });
      const srv = server;
      ({ port, url } = await listen(srv, config.port, options.host ?? "0.0.0.0"));
      cleanups.push(() => closeServer(srv));
      logger.info({ port }, "Webhook server listening");
      await bot.api.setWebhook(webhookUrl.toString(), {
        ...(config.webhookSecret ? { secret_token: config.webhookSecret } : {}),
        allowed_updates: [...ALLOWED_UPDATES],
        drop_pending_updates: false,
      });
      logger.info({ url: webhookUrl.origin + path }, "Bot is running (webhook)");
    }

    loop?.start();

    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopped ??= (async () => {
        stopping = true;
        logger.info({ inFlight }, "Stopping");
        // 1. Take no more updates.
        if (runner?.isRunning()) await runner.stop().catch((err: unknown) => logger.warn({ err: String(err) }, "Stopping the runner failed"));
        const closing = server
          ? new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeIdleConnections();
            })
          : Promise.resolve();
        // 2. Finish the ones in flight.
        await waitDrained(options.drainTimeoutMs ?? 25_000);
        server?.closeAllConnections();
        await closing;
        // 3. Poller (its cycle), shard leases, panels, storage.
        await cleanup();
        logger.info("Stopped");
      })();
      return stopped;
    };

    return {
      bot,
      deps,
      mode: config.botMode,
      instanceId,
      port,
      url,
      opsUrl,
      isLeader: () => loop?.isLeader() ?? false,
      shards: () => loop?.held() ?? [],
      inFlight: () => inFlight,
      health,
      stop,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** Starts an HTTP server (webhook, Mini App, /healthz) on port and host; resolves with where it listens. */
async function listen(srv: http.Server, port: number, host: string): Promise<{ port: number; url: string }> {
  srv.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    srv.once("error", reject);
    srv.listen(port, host, () => {
      srv.off("error", reject);
      resolve();
    });
  });
  const addr = srv.address() as AddressInfo;
  return { port: addr.port, url: `http://${addr.family === "IPv6" ? `[${addr.address}]` : addr.address}:${addr.port}` };
}

/** Stops taking connections and resolves once the open ones are closed. */
function closeServer(srv: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    srv.close(() => resolve());
    srv.closeIdleConnections();
  });
}
