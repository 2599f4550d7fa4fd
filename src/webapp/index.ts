/**
 * The Telegram Mini App, served by the bot's own HTTP server (the webhook / healthz server, which
 * app.ts also starts in polling mode when WEBAPP_URL is set):
 *
 * - `<base>/` and `<base>/assets/…`: the front end (web/, built by Vite into dist/webapp-static/);
 * - `<base>/api/…`: the JSON API (api.ts), authenticated by Telegram's init data (auth.ts), with a
 *   per-user rate limit (RATE_LIMIT_PER_MINUTE, as for chat updates).
 *
 * Every answer carries the security headers of http.ts (strict CSP, frame-ancestors for
 * Telegram's web clients). `createWebAppHandler` is the only entry point.
 */
import type http from "node:http";
import type { Api } from "grammy";
import type { Deps } from "../deps.js";
import type { ApiError } from "./api-types.js";
import { WebAppApi } from "./api.js";
import { authenticate, initDataOf } from "./auth.js";
import { securityHeaders, sendJson } from "./http.js";
import { defaultStaticDir, StaticFiles } from "./static.js";

/** Where the app is served. */
export const WEBAPP_BASE_PATH = "/app";

export interface WebAppOptions {
  /** Bot API handle for the chat's order confirmation (bot.api). Without it no message is sent. */
  api?: Pick<Api, "sendMessage">;
  /** Folder of the built front end (default: dist/webapp-static). */
  staticDir?: string;
  /** Oldest init data accepted, in seconds (WEBAPP_INIT_DATA_MAX_AGE_SECONDS; default: the config's). */
  initDataMaxAgeSeconds?: number;
  /** API calls one user may make per minute (0 = no limit; default RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute?: number;
}

/** Handles a request if it is the web app's; resolves true when it did (the caller does nothing more). */
export type WebAppHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;

/** A fixed one-minute window per user. */
class RateLimiter {
  private readonly windows = new Map<number, { start: number; count: number }>();
  constructor(private readonly perMinute: number) {}

  /** Seconds to wait, or 0 when the call may go on. */
  take(userId: number, now: number): number {
    if (this.perMinute <= 0) return 0;
    let w = this.windows.get(userId);
    if (!w || now - w.start >= 60_000) {
      if (this.windows.size > 10_000) for (const [k, v] of this.windows) if (now - v.start >= 60_000) this.windows.delete(k);
      w = { start: now, count: 0 };
      this.windows.set(userId, w);
    }
    if (w.count >= this.perMinute) return Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
    w.count++;
    return 0;
  }
}

export function createWebAppHandler(deps: Deps, options: WebAppOptions = {}): WebAppHandler {
  const files = new StaticFiles(options.staticDir ?? defaultStaticDir());
  const api = new WebAppApi(deps, options.api ? { api: options.api } : {});
  const maxAge = options.initDataMaxAgeSeconds ?? deps.config.webappInitDataMaxAgeSeconds;
  const limiter = new RateLimiter(options.rateLimitPerMinute ?? deps.config.rateLimitPerMinute);
  const https = (deps.config.webappUrl ?? "").startsWith("https:");
  const headers = securityHeaders(https);
  const base = WEBAPP_BASE_PATH;

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const p = url.pathname;
    if (p !== base && !p.startsWith(`${base}/`)) return false;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    try {
      if (p === base) {
        res.writeHead(308, { location: `${base}/${url.search}` }).end();
        return true;
      }
      const rel = p.slice(base.length + 1);
      if (rel === "api" || rel.startsWith("api/")) {
        const route = rel.slice(4);
        const auth = authenticate(initDataOf(req.headers.authorization), deps.config.botToken, maxAge, deps.now());
        if (!auth.ok) {
          sendJson(req, res, 401, { error: { code: auth.code, message: auth.message } } satisfies ApiError, { "www-authenticate": "tma" });
          return true;
        }
        const wait = limiter.take(auth.user.id, deps.now());
        if (wait > 0) {
          sendJson(req, res, 429, { error: { code: "rate_limited", message: "Too many requests" } } satisfies ApiError, {
            "retry-after": String(wait),
          });
          return true;
        }
        await api.handle(req, res, route, auth.user, url.searchParams);
        return true;
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD" }).end();
        return true;
      }
      let file: string;
      try {
        file = decodeURIComponent(rel);
      } catch {
        res.writeHead(400).end();
        return true;
      }
      if (!files.serve(req, res, file, {})) {
        res
          .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
          .end(files.available ? "Not found" : "The web app is not built: npm run build");
      }
      return true;
    } catch (err) {
      deps.logger.error({ err: err instanceof Error ? err.message : String(err) }, "Web app request failed");
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
      return true;
    }
  };
}
