/**
 * The Mini App's static files (built by Vite into dist/webapp-static/), served under the base
 * path: index.html (never cached) and hashed assets (cached for a year), gzip-compressed once in
 * memory when the client accepts it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { acceptsGzip } from "./http.js";

/**
 * Where the build puts the front end: dist/webapp-static, found from src/webapp (tsx), dist/webapp
 * (npm start) and dist-bench/src/webapp (benchmarks).
 */
export function defaultStaticDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.resolve(here, "../webapp-static"),
    path.resolve(here, "../../dist/webapp-static"),
    path.resolve(here, "../../../dist/webapp-static"),
  ];
  return candidates.find((c) => existsSync(path.join(c, "index.html"))) ?? candidates[0]!;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json", ".txt"]);

interface FileEntry {
  raw: Buffer;
  gzip?: Buffer;
  type: string;
  mtimeMs: number;
}

export class StaticFiles {
  private readonly cache = new Map<string, FileEntry>();

  constructor(readonly dir: string) {}

  get available(): boolean {
    return existsSync(path.join(this.dir, "index.html"));
  }

  private load(rel: string): FileEntry | undefined {
    const file = path.resolve(this.dir, rel);
    if (!file.startsWith(path.resolve(this.dir) + path.sep)) return undefined; // no escaping the folder
    let st;
    try {
      st = statSync(file);
    } catch {
      return undefined;
    }
    if (!st.isFile()) return undefined;
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs) return hit;
    const ext = path.extname(file).toLowerCase();
    const raw = readFileSync(file);
    const entry: FileEntry = {
      raw,
      type: TYPES[ext] ?? "application/octet-stream",
      mtimeMs: st.mtimeMs,
      ...(COMPRESSIBLE.has(ext) && raw.length > 512 ? { gzip: gzipSync(raw, { level: 9 }) } : {}),
    };
    this.cache.set(file, entry);
    return entry;
  }

  /** Serves `rel` ("" = index.html); false when there is no such file. */
  serve(req: http.IncomingMessage, res: http.ServerResponse, rel: string, headers: Record<string, string>): boolean {
    const name = rel === "" ? "index.html" : rel;
    if (name.split("/").some((part) => part === ".." || part.startsWith("."))) return false;
    const entry = this.load(name);
    if (!entry) return false;
    const gzip = entry.gzip && acceptsGzip(req);
    const body = gzip ? entry.gzip! : entry.raw;
    const immutable = name.startsWith("assets/");
    res.writeHead(200, {
      ...headers,
      "content-type": entry.type,
      "content-length": String(body.length),
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      vary: "Accept-Encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }
}
