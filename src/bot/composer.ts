/**
 * A grammY Composer that keeps its middleware in a flat list.
 *
 * grammY's Composer chains middleware by nesting: each `use` wraps everything registered before in
 * one more async function (`concat`), so an update enters one frame per registered middleware —
 * all of them, even when the first handler answers — and each frame allocates its promises and a
 * `next` closure. Each filter (`on`, `command`, `callbackQuery`, …) also builds a new Composer for
 * every update it sees (`branch` → `lazy`). With twenty-odd plugins and features, that machinery
 * was most of what a `/help` allocated (~80 KB an update, against ~20 KB for a bare bot).
 *
 * {@link FlatComposer} runs the same middleware in the same order with the same contract (a
 * middleware runs the rest by calling `next` once; a second call rejects with grammY's error;
 * errors propagate to the caller), but walks a list: an update only touches the middleware it
 * reaches, and a filter only calls its predicate. `use`, `filter` and everything built on them
 * (`on`, `command`, `hears`, `callbackQuery`, `chatType`, `drop`, …) return FlatComposers, so
 * handlers registered on the returned composer run in place, as with grammY's.
 */
import { Composer, type Context, type Middleware, type MiddlewareFn, type NextFunction } from "grammy";

/** grammY's message when a middleware calls `next` twice. */
const NEXT_TWICE = "`next` already called before!";

/** A middleware as a function; a composer (or any middleware object) is asked for its middleware on each call, as grammY does. */
function flatten<C extends Context>(mw: Middleware<C>): MiddlewareFn<C> {
  if (typeof mw === "function") return mw;
  if (mw instanceof FlatComposer) return mw.middleware();
  return (ctx, next) => mw.middleware()(ctx, next);
}

/**
 * A filter's step (see {@link FlatComposer.filter}): `inner` runs when `predicate` holds, else the
 * rest. {@link runFrom} evaluates it in place, so a filter that does not match costs no `next`.
 */
interface FilterStep<C extends Context> {
  predicate: (ctx: C) => boolean | Promise<boolean>;
  inner: MiddlewareFn<C>;
}

type Step<C extends Context> = MiddlewareFn<C> | FilterStep<C>;

/** The `next` given to `steps[i]`: runs the following steps, then `last`; the last step gets `last` itself. */
function nextAfter<C extends Context>(steps: readonly Step<C>[], i: number, ctx: C, last: NextFunction): NextFunction {
  if (i >= steps.length - 1) return last;
  let called = false;
  return () => {
    if (called) return Promise.reject(new Error(NEXT_TWICE));
    called = true;
    return runFrom(steps, i + 1, ctx, last) as Promise<void>;
  };
}

/**
 * Runs `steps[i]` with a `next` that runs the following steps, then `last`. As in grammY, the last
 * middleware is given `last` itself (grammY checks double calls only between its own middleware).
 * Filters are evaluated here: one whose predicate is false at once is passed over in the loop.
 */
function runFrom<C extends Context>(steps: readonly Step<C>[], i: number, ctx: C, last: NextFunction): Promise<unknown> {
  try {
    for (; i < steps.length; i++) {
      const step = steps[i]!;
      if (typeof step === "function") return Promise.resolve(step(ctx, nextAfter(steps, i, ctx, last)));
      const ok = step.predicate(ctx);
      if (ok === false) continue;
      const inner = step.inner;
      const next = nextAfter(steps, i, ctx, last);
      if (ok === true) return Promise.resolve(inner(ctx, next));
      return Promise.resolve(ok).then((v) => (v ? inner(ctx, next) : next()));
    }
    return last();
  } catch (err) {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the middleware's own error, passed on as it is
    return Promise.reject(err);
  }
}

export class FlatComposer<C extends Context> extends Composer<C> {
  readonly #steps: Array<Step<C>> = [];
  readonly #run: MiddlewareFn<C>;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    for (const mw of middleware) this.#steps.push(flatten(mw));
    const steps = this.#steps;
    this.#run = (ctx, next) => runFrom(steps, 0, ctx, next);
  }

  override middleware(): MiddlewareFn<C> {
    return this.#run;
  }

  override use(...middleware: Array<Middleware<C>>): FlatComposer<C> {
    const composer = new FlatComposer<C>(...middleware);
    this.#steps.push(composer.#run);
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): FlatComposer<D>;
  override filter(predicate: (ctx: C) => boolean | Promise<boolean>, ...middleware: Array<Middleware<C>>): FlatComposer<C>;
  override filter(predicate: (ctx: C) => boolean | Promise<boolean>, ...middleware: Array<Middleware<C>>): FlatComposer<C> {
    const composer = new FlatComposer<C>(...middleware);
    this.#steps.push({ predicate, inner: composer.#run });
    return composer;
  }
}
