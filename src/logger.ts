/** Structured logging (pino). API keys and tokens are redacted wherever they could appear. */
import { pino, type Logger } from "pino";

export type { Logger };

export const REDACT_PATHS = [
  "key",
  "apiKey",
  "*.key",
  "*.apiKey",
  "*.*.apiKey",
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "encryptionKey",
  "*.encryptionKey",
  "params.key",
];

export function createLogger(level: string = "info"): Logger {
  return pino({
    level,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

/** A logger that prints nothing (tests, benchmarks). */
export const silentLogger: Logger = pino({ level: "silent" });
