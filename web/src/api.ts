/** Calls to the bot's API (/app/api/…) with the init data; errors as ApiError. */
import type { ApiError as ApiErrorBody } from "../../src/webapp/api-types.js";
import { tg } from "./tg.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly body?: ApiErrorBody["error"],
  ) {
    super(code);
  }
}

/** The API next to the page: /app/ → /app/api/. */
const BASE = new URL("api/", new URL(".", location.href)).pathname;

/** GET (no body) or POST (JSON body). `revalidate`: let the browser cache answer with a 304 (the catalogue). */
export async function api<T>(path: string, body?: unknown, revalidate = false): Promise<T> {
  let res: Response;
  try {
    res = await fetch(BASE + path, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        authorization: `tma ${tg?.initData ?? ""}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      cache: revalidate ? "no-cache" : "no-store",
    });
  } catch {
    throw new ApiError(0, "network");
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new ApiError(res.status, res.ok ? "bad_answer" : "network");
  }
  if (!res.ok) {
    const err = (json as ApiErrorBody | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? "internal", err);
  }
  return json as T;
}
