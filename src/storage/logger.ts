/** The little the storage layer needs of a logger (pino's Logger fits). Never given keys or secrets. */
export interface StorageLogger {
  warn(msg: string): void;
}

/** Logs to the console (used when no logger is given). */
export const defaultLogger: StorageLogger = {
  warn: (msg) => console.warn(msg),
};
