/**
 * Configuration, read from the environment once and validated with zod.
 * A missing or wrong value stops the bot at start with a message that names the variable.
 */
import { DEFAULT_HEAP_GROWING_PERCENT } from "./lib/heap.js";
import path from "node:path";
import { z } from "zod";

export const DEFAULT_PANEL_URL = "https://pica-smm.com/api2/v2";

export interface PanelConfig {
  /** Stable id used in storage and callback data (letters, digits, - and _). */
  id: string;
  /** Human name shown to users. */
  name: string;
  url: string;
}

const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { message: "must be an http(s) URL" });

/** A comma-separated list (empty items dropped), each item trimmed and mapped. */
const commaList = (item: (s: string) => string = (s) => s) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((s) => item(s.trim()))
        .filter(Boolean),
    );

/** A comma-separated list of hosts or `*.example.com` wildcards (lower-cased). */
const hostList = commaList((h) => h.toLowerCase().replace(/\.$/, "")).refine(
  (hosts) =>
    hosts.every((h) => {
      try {
        const bare = h.replace(/^\*\./, "");
        const u = new URL(`https://${bare}/`);
        return u.pathname === "/" && !u.port && !u.username && !bare.includes("*");
      } catch {
        return false;
      }
    }),
  { message: "list host names or *.example.com wildcards, comma-separated" },
);

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const boolish = z.enum(["1", "0", "true", "false", "yes", "no", "on", "off"]).transform((v) => ["1", "true", "yes", "on"].includes(v));

const envSchema = z
  .object({
    BOT_TOKEN: z
      .string({ message: "BOT_TOKEN is required (get one from @BotFather)" })
      .trim()
      .regex(/^\d+:[\w-]{20,}$/, "BOT_TOKEN does not look like a bot token (123456:ABC-…)"),
    BOT_API_ROOT: httpUrl.default("https://api.telegram.org"),
    PANEL_URL: httpUrl.default(DEFAULT_PANEL_URL),
    PANELS: z.string().trim().optional(),
    STORAGE_URL: z.string().trim().optional(),
    DATA_DIR: z.string().trim().default("data"),
    ENCRYPTION_KEY: z.string().trim().optional(),
    ENCRYPTION_KEY_PREVIOUS: z
      .string()
      .trim()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(",")
              .map((k) => k.trim())
              .filter(Boolean)
          : [],
      )
      .refine((keys) => keys.every((k) => /^[0-9a-fA-F]{64}$/.test(k) || /^[A-Za-z0-9+/_-]{43}={0,1}$/.test(k)), {
        message: "each key must be 64 hex characters or base64 of 32 bytes (comma-separated)",
      }),
    DEFAULT_LOCALE: z.string().trim().default("en"),
    LOG_LEVEL: z.enum(logLevels).default("info"),
    BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
    WEBHOOK_URL: httpUrl.optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and - (1–256 chars)")
      .optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    POLL_INTERVAL_SECONDS: z.coerce.number().min(1).max(86_400).default(60),
    PANEL_TIMEOUT_SECONDS: z.coerce.number().min(1).max(300).default(20),
    REPLY_BUDGET_SECONDS: z.coerce.number().min(1).max(300).default(10),
    STORAGE_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(300).default(10),
    STORAGE_READ_CACHE: z.coerce.number().int().min(0).max(10_000_000).default(10_000),
    SERVICES_CACHE_SECONDS: z.coerce.number().min(10).max(86_400).default(600),
    CATALOGUE_MEMORY_SCOPES: z.coerce.number().int().min(1).max(10_000_000).default(5_000),
    TRACKING: boolish.default(true),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(60),
    STORAGE_PREFIX: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'use 1-32 letters, digits, "_", "." or "-"')
      .optional(),
    LEASE_TTL_SECONDS: z.coerce.number().min(1).max(3600).default(30),
    TRACKING_SHARDS: z.coerce.number().int().min(1).max(1024).optional(),
    HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(1000).default(DEFAULT_HEAP_GROWING_PERCENT),
    PANEL_HOST_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    PANEL_HOST_RATE: z.coerce.number().min(0).max(1000).default(0),
    PANEL_HOST_LIMITS: z.string().trim().optional(),
    TRACK_FULL_RATE_MINUTES: z.coerce.number().min(0).max(10_080).default(60),
    TRACK_MAX_INTERVAL_MINUTES: z.coerce.number().min(0).max(1440).default(3),
    HOST: z.string().trim().default("0.0.0.0"),
    // ── Panels users add themselves (issue 13)
    CUSTOM_PANELS: z.enum(["any", "allowlist", "off"]).default("any"),
    PANEL_ALLOWLIST: hostList,
    PANEL_DENYLIST: hostList,
    PANEL_ALLOW_INSECURE: boolish.default(false),
    PANEL_ALLOWED_PORTS: commaList()
      .refine((ports) => ports.every((p) => /^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535), {
        message: "list port numbers (1-65535), comma-separated",
      })
      .transform((ports) => ports.map(Number)),
    // ── Mini App (issue 16)
    WEBAPP_URL: httpUrl
      .refine((u) => /^https:\/\//i.test(u) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//i.test(u), {
        message: "must be an https URL (Telegram opens Mini Apps over https only)",
      })
      .optional(),
    WEBAPP_INIT_DATA_MAX_AGE_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 86_400)
      .default(3600),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_MODE === "webhook" && !env.WEBHOOK_URL) {
      ctx.addIssue({ code: "custom", path: ["WEBHOOK_URL"], message: "WEBHOOK_URL is required when BOT_MODE=webhook" });
    }
    if (env.CUSTOM_PANELS === "allowlist" && env.PANEL_ALLOWLIST.length === 0) {
      ctx.addIssue({ code: "custom", path: ["PANEL_ALLOWLIST"], message: "PANEL_ALLOWLIST is required when CUSTOM_PANELS=allowlist" });
    }
    if (env.BOT_MODE === "webhook" && env.METRICS_PORT !== undefined && env.METRICS_PORT !== 0 && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({
        code: "custom",
        path: ["METRICS_PORT"],
        message: "METRICS_PORT must differ from PORT (the webhook server's) in webhook mode",
      });
    }
  });

/** Parses `PANELS` ("name=url,name=url"). */
export function parsePanels(spec: string): PanelConfig[] {
  const panels: PanelConfig[] = [];
  for (const part of spec
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq <= 0) throw new Error(`PANELS: "${part}" is not name=url`);
    const name = part.slice(0, eq).trim();
    const url = part.slice(eq + 1).trim();
    const parsed = httpUrl.safeParse(url);
    if (!parsed.success) throw new Error(`PANELS: the URL of "${name}" is not an http(s) URL`);
    const id = name
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 24);
    if (!id) throw new Error(`PANELS: "${name}" needs letters or digits in its name`);
    if (panels.some((p) => p.id === id)) throw new Error(`PANELS: the name "${name}" is used twice`);
    panels.push({ id, name, url: parsed.data });
  }
  if (panels.length === 0) throw new Error("PANELS is set but lists no panel");
  return panels;
}

/** Limits of panel calls on one host (shared by every account and panel on it). */
export interface HostLimitsConfig {
  /** Calls at once. */
  concurrency: number;
  /** Calls started per second (0: no limit). */
  ratePerSecond: number;
}

/**
 * Parses `PANEL_HOST_LIMITS` ("host=concurrency[/rate],…", e.g. "big.example=16/20,small.example=1/0.5").
 * Hosts are lower-cased (a port, if any, is part of the host).
 */
export function parseHostLimits(spec: string, fallback: HostLimitsConfig): Record<string, HostLimitsConfig> {
  const out: Record<string, HostLimitsConfig> = {};
  for (const part of spec
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9.-]+(?::\d{1,5})?)=(\d{1,2})(?:\/(\d+(?:\.\d+)?))?$/.exec(part);
    if (!m) throw new Error(`PANEL_HOST_LIMITS: "${part}" is not host=concurrency or host=concurrency/rate`);
    const host = m[1]!;
    const concurrency = Number(m[2]);
    const ratePerSecond = m[3] === undefined ? fallback.ratePerSecond : Number(m[3]);
    if (concurrency < 1 || concurrency > 64) throw new Error(`PANEL_HOST_LIMITS: calls at once for ${host} must be 1-64`);
    if (ratePerSecond > 1000) throw new Error(`PANEL_HOST_LIMITS: calls per second for ${host} must be at most 1000`);
    out[host.toLowerCase()] = { concurrency, ratePerSecond };
  }
  return out;
}

/**
 * The validated settings, as the app uses them. Derived from the schema (the type is what
 * {@link toConfig} makes of the parsed environment), so it is written once.
 */
export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the configuration. Throws ConfigError with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(clean);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = i.path.join(".") || "config";
      return `- ${name}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return toConfig(result.data);
}

/** The settings made of the parsed environment (see {@link Config}). Throws ConfigError. */
function toConfig(e: z.output<typeof envSchema>) {
  let panels: PanelConfig[];
  try {
    panels = e.PANELS ? parsePanels(e.PANELS) : [{ id: "main", name: new URL(e.PANEL_URL).host, url: e.PANEL_URL }];
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n- ${(err as Error).message}`);
  }
  const hostDefault: HostLimitsConfig = { concurrency: e.PANEL_HOST_CONCURRENCY, ratePerSecond: e.PANEL_HOST_RATE };
  let hosts: Record<string, HostLimitsConfig>;
  try {
    hosts = e.PANEL_HOST_LIMITS ? parseHostLimits(e.PANEL_HOST_LIMITS, hostDefault) : {};
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n- ${(err as Error).message}`);
  }
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    botToken: e.BOT_TOKEN,
    botApiRoot: e.BOT_API_ROOT.replace(/\/+$/, ""),
    panels,
    storageUrl: e.STORAGE_URL ?? `sqlite://${path.join(dataDir, "bot.sqlite")}`,
    dataDir,
    ...(e.ENCRYPTION_KEY ? { encryptionKey: e.ENCRYPTION_KEY } : {}),
    /** Keys being rotated out (ENCRYPTION_KEY_PREVIOUS): still decrypt, values are re-encrypted on read. */
    previousEncryptionKeys: e.ENCRYPTION_KEY_PREVIOUS,
    defaultLocale: e.DEFAULT_LOCALE,
    logLevel: e.LOG_LEVEL,
    botMode: e.BOT_MODE,
    ...(e.WEBHOOK_URL ? { webhookUrl: e.WEBHOOK_URL } : {}),
    ...(e.WEBHOOK_SECRET ? { webhookSecret: e.WEBHOOK_SECRET } : {}),
    port: e.PORT,
    /**
     * Port of the operations server (/healthz and Prometheus /metrics), in both modes; unset: none
     * (webhook mode still answers /healthz on PORT). 0 picks a free port (tests).
     */
    ...(e.METRICS_PORT !== undefined ? { metricsPort: e.METRICS_PORT } : {}),
    pollIntervalMs: e.POLL_INTERVAL_SECONDS * 1000,
    panelTimeoutMs: e.PANEL_TIMEOUT_SECONDS * 1000,
    /** Longest a user waits for the panel calls of one command or button, retries included. */
    replyBudgetMs: e.REPLY_BUDGET_SECONDS * 1000,
    /** Longest one storage call may take before it fails (nothing hangs on a stalled database). */
    storageTimeoutMs: Math.round(e.STORAGE_TIMEOUT_SECONDS * 1000),
    /** Per-chat records kept in memory on SQLite (0: off; Redis and PostgreSQL never keep them: other instances write). */
    storageReadCache: e.STORAGE_READ_CACHE,
    servicesCacheMs: e.SERVICES_CACHE_SECONDS * 1000,
    /** Services lists (accounts or panels) kept in memory at most; identical lists of a panel share one index. */
    catalogueMemoryScopes: e.CATALOGUE_MEMORY_SCOPES,
    tracking: e.TRACKING,
    /** Updates a user may send per minute before the bot ignores them (0 = no limit). */
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    /** Prefix of every storage namespace and of the shard lease name (bots or test runs sharing a database). */
    ...(e.STORAGE_PREFIX ? { storagePrefix: e.STORAGE_PREFIX } : {}),
    /** Lease period of the tracking shards. */
    leaseTtlMs: Math.round(e.LEASE_TTL_SECONDS * 1000),
    /** Shards of the tracking work shared by instances (unset: 16 on Redis/PostgreSQL; SQLite always 1). */
    ...(e.TRACKING_SHARDS !== undefined ? { trackingShards: e.TRACKING_SHARDS } : {}),
    /** V8's heap growing factor, 1 + this / 100 (0: V8's default); see lib/heap.ts. */
    heapGrowingPercent: e.HEAP_GROWING_PERCENT,
    /** Address the webhook server binds. */
    host: e.HOST,
    /** Public https address of the Mini App (served under /app/); the app is on when set. */
    ...(e.WEBAPP_URL ? { webappUrl: e.WEBAPP_URL } : {}),
    /** Oldest Telegram init data the Mini App's API accepts (seconds). */
    webappInitDataMaxAgeSeconds: e.WEBAPP_INIT_DATA_MAX_AGE_SECONDS,
    /**
     * Panels users add themselves (/connect → Other panel): CUSTOM_PANELS, the allow- and
     * denylists, PANEL_ALLOW_INSECURE (plain http and loopback/private addresses: local trials and
     * tests only) and PANEL_ALLOWED_PORTS (besides 443 and 80). The shape of ssrf.ts's policy.
     */
    customPanels: {
      mode: e.CUSTOM_PANELS,
      allowlist: e.PANEL_ALLOWLIST,
      denylist: e.PANEL_DENYLIST,
      allowInsecure: e.PANEL_ALLOW_INSECURE,
      extraPorts: e.PANEL_ALLOWED_PORTS,
    },
    /** Panel call limits per host: the default and per-host overrides (tracking and its calls). */
    panelHostLimits: { default: hostDefault, hosts },
    /** Adaptive polling: full rate for `fullRateMs` after a change, then one check per `maxIntervalMs` at most (0: off). */
    adaptive: { fullRateMs: Math.round(e.TRACK_FULL_RATE_MINUTES * 60_000), maxIntervalMs: Math.round(e.TRACK_MAX_INTERVAL_MINUTES * 60_000) },
  };
}
