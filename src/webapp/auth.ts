/**
 * Who is calling: Telegram's Mini App init data (`Telegram.WebApp.initData`), sent by the app as
 * `Authorization: tma <initData>` on every API call.
 *
 * The signature is checked as Telegram documents it (HMAC-SHA-256 of the sorted `key=value` lines
 * with the key HMAC-SHA-256("WebAppData", bot token)), by @telegram-apps/init-data-node. Data
 * signed for another bot fails that check. `auth_date` older than the setting (or in the future)
 * is refused; the clock is ours (deps.now), not the library's.
 */
import { validate } from "@telegram-apps/init-data-node";
import { z } from "zod";

export interface WebAppUser {
  id: number;
  firstName: string;
  /** Base language code of the user's Telegram client ("pt-br" → "pt"). */
  languageCode?: string;
}

export type AuthResult =
  { ok: true; user: WebAppUser; authDate: number } | { ok: false; code: "auth_missing" | "auth_invalid" | "auth_stale"; message: string };

/** Longest init data accepted (Telegram's are well under 1 kB). */
const MAX_INIT_DATA = 4096;
/** Clock skew tolerated for an auth_date in the future. */
const FUTURE_SKEW_S = 60;

const userSchema = z.object({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  first_name: z.string().max(256).default(""),
  is_bot: z.boolean().optional(),
  language_code: z.string().max(35).optional(),
});

/** The init data of an `Authorization: tma …` header (undefined when absent). */
export function initDataOf(header: string | string[] | undefined): string | undefined {
  const h = Array.isArray(header) ? header[0] : header;
  if (!h) return undefined;
  const m = /^tma\s+(.+)$/s.exec(h.trim());
  return m ? m[1]!.trim() : undefined;
}

/** Checks init data with the bot token: signature, age (≤ maxAgeSeconds), a user who is not a bot. */
export function authenticate(initData: string | undefined, botToken: string, maxAgeSeconds: number, nowMs: number): AuthResult {
  if (!initData) return { ok: false, code: "auth_missing", message: "Missing init data (Authorization: tma <initData>)" };
  if (initData.length > MAX_INIT_DATA) return { ok: false, code: "auth_invalid", message: "Init data too long" };
  try {
    // Expiry is checked below with our clock.
    validate(initData, botToken, { expiresIn: 0 });
  } catch {
    return { ok: false, code: "auth_invalid", message: "Init data signature is not valid for this bot" };
  }
  const params = new URLSearchParams(initData);
  const authDate = Number(params.get("auth_date"));
  if (!Number.isSafeInteger(authDate) || authDate <= 0) return { ok: false, code: "auth_invalid", message: "Init data has no valid auth_date" };
  const nowS = Math.floor(nowMs / 1000);
  if (authDate > nowS + FUTURE_SKEW_S) return { ok: false, code: "auth_invalid", message: "Init data auth_date is in the future" };
  if (nowS - authDate > maxAgeSeconds) return { ok: false, code: "auth_stale", message: "Init data is too old: reopen the app" };
  let raw: unknown;
  try {
    raw = JSON.parse(params.get("user") ?? "null");
  } catch {
    raw = null;
  }
  const parsed = userSchema.safeParse(raw);
  if (!parsed.success || parsed.data.is_bot) return { ok: false, code: "auth_invalid", message: "Init data has no user" };
  const lang = parsed.data.language_code?.split("-")[0]?.toLowerCase();
  return {
    ok: true,
    authDate,
    user: {
      id: parsed.data.id,
      firstName: parsed.data.first_name,
      ...(lang && /^[a-z]{2,3}$/.test(lang) ? { languageCode: lang } : {}),
    },
  };
}
