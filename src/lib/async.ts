/**
 * Small helpers for asynchronous code, shared by every layer (they import nothing of the project).
 */

/** Rejects after `ms` with a timeout error naming `what` (the promise itself keeps running). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Wraps a log function so that a message is passed on once, and not again while the same message
 * repeats (a connection that keeps failing the same way logs once, not on every retry).
 */
export function dedupedWarn(warn: (msg: string) => void): (msg: string) => void {
  let last: string | undefined;
  return (msg) => {
    if (msg === last) return;
    last = msg;
    warn(msg);
  };
}
