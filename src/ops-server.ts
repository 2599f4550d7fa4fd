/**
 * The operations server (METRICS_PORT): `GET /healthz` (the app's health: 200, or 503 when storage
 * is unreachable) and `GET /metrics` (Prometheus text, src/lib/metrics.ts), in long-polling and
 * webhook mode alike. It serves nothing else (404), takes no bodies, and is meant for the private
 * network of the host (a container healthcheck, a Prometheus scraper), not for the internet.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "./logger.js";
import type { Metrics } from "./lib/metrics.js";

export interface OpsServerOptions {
  port: number;
  host: string;
  health: () => Promise<{ status: number; body: unknown }>;
  metrics: Metrics;
  logger: Logger;
}

export interface OpsServer {
  /** The bound port (the one picked for port 0). */
  readonly port: number;
  /** `http://host:port`. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { health, metrics, logger } = options;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const answer = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : body);
    };
    if (path === "/healthz") {
      health().then(
        ({ status, body }) => answer(status, "application/json", JSON.stringify(body)),
        () => answer(503, "application/json", JSON.stringify({ ok: false })),
      );
      return;
    }
    if (path === "/metrics") {
      metrics.scrape().then(
        ({ contentType, body }) => answer(200, contentType, body),
        (err: unknown) => {
          logger.warn({ err: err instanceof Error ? err.message : String(err) }, "Metrics scrape failed");
          answer(500, "text/plain", "metrics unavailable\n");
        },
      );
      return;
    }
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.family === "IPv6" ? `[${addr.address}]` : addr.address}:${addr.port}`;
  logger.info({ port: addr.port }, "Operations server listening (/healthz, /metrics)");
  let closed: Promise<void> | undefined;
  return {
    port: addr.port,
    url,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
