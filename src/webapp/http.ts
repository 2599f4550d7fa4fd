/** Small HTTP helpers of the Mini App server: security headers, JSON answers, bounded bodies. */
import type http from "node:http";
import { gzipSync } from "node:zlib";

/**
 * Content-Security-Policy of every answer: scripts only from this origin and Telegram's web-app
 * script (no inline scripts), API calls to this origin only, framed only by Telegram's web clients.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' https://telegram.org",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors https://web.telegram.org https://*.telegram.org",
].join("; ");

export function securityHeaders(https: boolean): Record<string, string> {
  return {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "cross-origin-resource-policy": "same-origin",
    ...(https ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}

/** True when the client accepts gzip. */
export function acceptsGzip(req: http.IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

/** Sends a JSON answer (gzip for large bodies when accepted). */
export function sendJson(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const raw = Buffer.from(JSON.stringify(body));
  const gzip = raw.length > 1024 && acceptsGzip(req);
  const payload = gzip ? gzipSync(raw, { level: 6 }) : raw;
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": String(payload.length),
    vary: "Authorization, Accept-Encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    ...headers,
  });
  res.end(req.method === "HEAD" ? undefined : payload);
}

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON body of at most `limit` bytes (413 / 415 / 400 as BodyError). */
export async function readJson(req: http.IncomingMessage, limit: number): Promise<unknown> {
  const type = String(req.headers["content-type"] ?? "");
  if (!/^application\/json\b/i.test(type)) throw new BodyError(415, "Send application/json");
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) throw new BodyError(413, "Body too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyError(413, "Body too large");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BodyError(400, "Body is not JSON");
  }
}
