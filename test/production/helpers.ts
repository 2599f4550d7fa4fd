/**
 * Helpers of the production suites: free ports, the app as a child process (`node --import tsx
 * src/main.ts`, i.e. what `npm start` runs, without the build) with its JSON log lines, a pino
 * logger that records lines in memory, and a round-robin webhook load balancer.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pino } from "pino";
import { REDACT_PATHS, type Logger } from "../../src/logger.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** A token the fake Bot API accepts (its id part is the bot's id). */
export const TOKEN = "7000001:TEST-production-abcdefghijklmnopqrstuvwxyz";
export const ENCRYPTION_KEY = "5a".repeat(32);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A unique namespace prefix for one test run on a shared database. */
export const uniquePrefix = (): string => `p${Date.now().toString(36)}${randomBytes(3).toString("hex")}-`;

export async function freePort(): Promise<number> {
  const srv = http.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export async function waitUntil(cond: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = "condition"): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

/** A pino logger (with the app's redaction) whose lines are parsed into `lines`. */
export function memoryLogger(level = "info"): { logger: Logger; lines: LogLine[]; raw: string[] } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString("utf8").split("\n")) {
        if (!l.trim()) continue;
        raw.push(l);
        try {
          lines.push(JSON.parse(l) as LogLine);
        } catch {
          // not JSON
        }
      }
      cb();
    },
  });
  const logger = pino({ level, redact: { paths: REDACT_PATHS, censor: "[redacted]" }, base: undefined }, stream);
  return { logger, lines, raw };
}

export interface ChildApp {
  proc: ChildProcess;
  /** Parsed JSON log lines (stdout). */
  lines: LogLine[];
  /** Everything written to stdout and stderr. */
  output: () => string;
  waitForLog(pred: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

const TSX_LOADER = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/** Starts `node --import tsx src/main.ts` with exactly this environment (plus PATH), in `cwd` (default: the repo). */
export function spawnApp(env: Record<string, string>, cwd = ROOT): ChildApp {
  const proc = spawn(process.execPath, ["--import", TSX_LOADER, path.join(ROOT, "src/main.ts")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: LogLine[] = [];
  let out = "";
  let buf = "";
  proc.stdout.on("data", (d: Buffer) => {
    const s = d.toString("utf8");
    out += s;
    buf += s;
    let nl: number;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      try {
        lines.push(JSON.parse(line) as LogLine);
      } catch {
        // not JSON
      }
    }
  });
  proc.stderr.on("data", (d: Buffer) => (out += d.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return {
    proc,
    lines,
    output: () => out,
    async waitForLog(pred, timeoutMs = 15_000) {
      let found: LogLine | undefined;
      let done = false;
      void exited.then(() => (done = true));
      await waitUntil(
        () => {
          found = lines.find(pred);
          if (!found && done) throw new Error(`The app exited before the expected log line:\n${out.slice(-3000)}`);
          return found !== undefined;
        },
        timeoutMs,
        `a log line (output so far:\n${out.slice(-2000)})`,
      );
      return found!;
    },
    exited,
    kill(signal = "SIGTERM") {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    },
  };
}

/**
 * A load balancer in front of several webhook servers: each update goes to the next target in
 * turn (round robin), like a cloud load balancer spreading Telegram's calls over instances.
 */
export interface Balancer {
  url: string;
  /** Target base URLs (e.g. http://127.0.0.1:1234); replace to add or remove instances. */
  targets: string[];
  /** Which target got each request, in order. */
  log: string[];
  close(): Promise<void>;
}

export async function startBalancer(targets: string[] = []): Promise<Balancer> {
  let next = 0;
  const b: Balancer = { url: "", targets, log: [], close: async () => undefined };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a test balancer: each request handles its own errors
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const list = b.targets;
    if (list.length === 0) {
      res.writeHead(502).end();
      return;
    }
    const target = list[next++ % list.length]!;
    b.log.push(target);
    try {
      const headers: Record<string, string> = {};
      // Not the framing headers: fetch sets content-length from the body (undici 7, the global
      // dispatcher once the npm package is loaded, rejects a second one).
      for (const [k, v] of Object.entries(req.headers)) {
        if (typeof v === "string" && !["host", "connection", "content-length", "transfer-encoding"].includes(k)) headers[k] = v;
      }
      const r = await fetch(target + (req.url ?? "/"), {
        method: req.method ?? "POST",
        headers,
        body: chunks.length ? Buffer.concat(chunks) : null,
      });
      const body = Buffer.from(await r.arrayBuffer());
      res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "text/plain" }).end(body);
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  b.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  b.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return b;
}
