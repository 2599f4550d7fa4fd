/**
 * `.catch(cosmetic)` on Bot API calls whose failure changes nothing that matters: answering a
 * button press (the spinner stops by itself), a chat action ("typing…"), taking buttons off or
 * editing a message that may be gone or unchanged, deleting a message that may be deleted already.
 * The user's outcome is sent by other calls (whose failures reach the error boundary), and a
 * refused send is logged by the fitting transformer (fit.ts). Safe to ignore, on purpose.
 */
export const cosmetic = (): undefined => undefined;

/**
 * A lookup that only improves an answer (which account tracks an order, another account to ask,
 * an order's stored metadata): when it fails (storage trouble, an unreadable key) the answer goes on
 * without it, and the failure is logged at debug level. Never for what decides the outcome.
 */
export function optional<T>(
  ctx: { deps: { logger: { debug(obj: object, msg: string): void } } },
  what: string,
  task: Promise<T>,
): Promise<T | undefined> {
  return task.catch((err: unknown) => {
    ctx.deps.logger.debug({ what, err: err instanceof Error ? err.name : "error" }, "optional lookup failed: answering without it");
    return undefined;
  });
}
