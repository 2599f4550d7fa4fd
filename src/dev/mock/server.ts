/**
 * The mock panel's HTTP side: reads form or JSON bodies, records every request, applies the
 * current fault, and sends the handler's answer. Hung requests are released by `close()`.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { API_PATH, cloudflareReply, faultOutcome, type Faults } from "./faults.js";
import { jsonReply, type Reply } from "./handler.js";
import type { RecordedRequest } from "./types.js";

export interface ServerHooks {
  faults: Faults;
  requests: RecordedRequest[];
  /** Answers one API call. */
  handle(params: Record<string, string>): Reply;
  /** Carries out the action without answering (faults with `applyAction`). */
  apply(params: Record<string, string>): void;
  /** True while every request meets an anti-bot wall (dialect "cloudflare"). */
  walled(): boolean;
  /** The answer to a body that is not JSON although it says so. */
  badRequest(): Reply;
}

export interface MockServer {
  url: string;
  close(): Promise<void>;
}

/** Where the API is served and what other paths answer (see MockPanelOptions). */
export interface ServerPaths {
  apiPath?: string | undefined;
  otherPaths?: "404" | "html" | "redirect" | undefined;
}

const SITE_PAGE =
  '<!DOCTYPE html><html><head><title>Best SMM Panel</title></head><body><div class="login">Sign in to your account</div></body></html>';

function otherPathReply(mode: ServerPaths["otherPaths"]): Reply {
  if (mode === "html") return { status: 200, body: SITE_PAGE, headers: { "content-type": "text/html; charset=utf-8" } };
  if (mode === "redirect") return { status: 302, body: "", headers: { location: "/login" } };
  return { status: 404, body: "Not Found", headers: { "content-type": "text/plain" } };
}

export async function startServer(hooks: ServerHooks, port = 0, host = "127.0.0.1", paths: ServerPaths = {}): Promise<MockServer> {
  const apiPath = paths.apiPath ?? API_PATH;
  const pendingTimers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let closed = false;

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          pendingTimers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      pendingTimers.add(entry);
    });

  const send = (res: http.ServerResponse, reply: Reply): void => {
    if (res.destroyed) return;
    res.writeHead(reply.status, { ...reply.headers, "content-length": Buffer.byteLength(reply.body) });
    res.end(reply.body);
  };

  async function onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://mock");
    let raw: string;
    try {
      raw = await readBody(req, 1024 * 1024);
    } catch {
      send(res, { status: 413, body: "Payload Too Large" });
      return;
    }
    const ctype = (req.headers["content-type"] ?? "").toLowerCase();
    const contentType: RecordedRequest["contentType"] = ctype.includes("json")
      ? "json"
      : ctype.includes("x-www-form-urlencoded")
        ? "form"
        : "none";
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    if (contentType === "json") {
      try {
        Object.assign(params, flattenJson(JSON.parse(raw || "{}")));
      } catch {
        send(res, hooks.badRequest());
        return;
      }
    } else if (raw) {
      Object.assign(params, Object.fromEntries(new URLSearchParams(raw)));
    }
    const action = params.action ?? "";
    hooks.requests.push({ action, params, path: url.pathname, contentType });

    if (url.pathname !== apiPath) {
      send(res, otherPathReply(paths.otherPaths));
      return;
    }
    if (req.method !== "POST" && req.method !== "GET") {
      send(res, { status: 405, body: "Method Not Allowed" });
      return;
    }
    if (hooks.walled()) {
      send(res, cloudflareReply());
      return;
    }

    const f = hooks.faults.take(action);
    if (f?.latencyMs) await delay(f.latencyMs);
    if (closed) return;
    const mode = f?.mode ?? "none";
    if (mode === "none" || !f) return send(res, hooks.handle(params));
    if (f.applyAction) hooks.apply(params);
    const outcome = faultOutcome(f);
    if (outcome.kind === "hang") return;
    if (outcome.kind === "reset") {
      req.socket.destroy();
      return;
    }
    send(res, outcome.reply);
  }

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent) send(res, { status: 500, body: "Internal Server Error" });
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const h = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${h}:${address.port}${apiPath}`,
    async close() {
      if (closed) return;
      closed = true;
      for (const t of pendingTimers) {
        clearTimeout(t.timer);
        t.resolve();
      }
      pendingTimers.clear();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await done;
    },
  };
}

/** JSON body → flat string params (lists joined with new lines, like the form). */
function flattenJson(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map(String).join(k === "orders" || k === "refills" ? "," : "\n") : String(v);
  }
  return out;
}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new Error("too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export { jsonReply };
