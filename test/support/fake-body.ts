/**
 * Request parsing for the fake Bot API server: query string, JSON,
 * application/x-www-form-urlencoded and multipart/form-data, the four ways
 * the real Bot API accepts parameters. Values coming from forms and query
 * strings stay strings (like on the wire); `fake-bot-api.ts` coerces them per
 * parameter, the way the Bot API does.
 */
import type { IncomingMessage } from "node:http";

/** A file part of a multipart/form-data request. */
export interface UploadedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly data: Buffer;
}

export type RawParams = Record<string, unknown>;

/** The request body could not be parsed (answered with 400). */
export class BodyParseError extends Error {}

/** Object-typed parameters that the Bot API expects JSON-serialized in forms. */
const JSON_FIELDS = new Set([
  "reply_markup",
  "entities",
  "caption_entities",
  "link_preview_options",
  "reply_parameters",
  "scope",
  "commands",
  "results",
  "allowed_updates",
  "menu_button",
  "button",
  "message_ids",
  "media",
  "rights",
]);

export function readBody(req: IncomingMessage, limit = 50 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyParseError("Request Entity Too Large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * Merges query-string parameters with body parameters (body wins), like the
 * Bot API does.
 */
export function parseParams(url: URL, contentType: string | undefined, body: Buffer): RawParams {
  const params: RawParams = {};
  let fromForm = false;
  for (const [k, v] of url.searchParams) {
    params[k] = v;
    fromForm = true;
  }
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (body.length > 0) {
    if (type === "application/json" || (type === "" && body[0] === 0x7b)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString("utf8"));
      } catch {
        throw new BodyParseError("Bad Request: can't parse JSON encoded request body");
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new BodyParseError("Bad Request: JSON request body must be an object");
      }
      Object.assign(params, parsed as RawParams);
    } else if (type === "application/x-www-form-urlencoded") {
      for (const [k, v] of new URLSearchParams(body.toString("utf8"))) params[k] = v;
      fromForm = true;
    } else if (type === "multipart/form-data") {
      const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
      const b = boundary?.[1] ?? boundary?.[2];
      if (b === undefined) throw new BodyParseError("Bad Request: multipart boundary is missing");
      Object.assign(params, parseMultipart(body, b.trim()));
      fromForm = true;
    }
  }
  if (fromForm) {
    for (const key of Object.keys(params)) {
      const v = params[key];
      if (JSON_FIELDS.has(key) && typeof v === "string") {
        try {
          params[key] = JSON.parse(v);
        } catch {
          // keep the string: the method handler reports the type error
        }
      }
    }
  }
  return params;
}

function parseMultipart(body: Buffer, boundary: string): RawParams {
  const out: RawParams = {};
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    let start = pos + delim.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing delimiter
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(delim, start);
    if (next === -1) break;
    let end = next;
    if (body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2;
    const part = body.subarray(start, end);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? "";
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      const contentType = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim() ?? "application/octet-stream";
      if (name !== undefined) {
        if (filename !== undefined) {
          const file: UploadedFile = {
            filename,
            contentType,
            size: content.length,
            data: Buffer.from(content),
          };
          out[name] = file;
        } else {
          out[name] = content.toString("utf8");
        }
      }
    }
    pos = next;
  }
  return out;
}
