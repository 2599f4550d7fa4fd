/**
 * The conversations plugin, set up only for the updates that need it.
 *
 * Conversations v2 does per-update work before any feature runs: the plugin reads the chat's
 * conversation state and builds `ctx.conversation`, then each `createConversation` registers its
 * conversation and looks for a waiting instance of it (three conversations: three more async
 * frames). For an update of a chat with no active conversation that enters none — `/help`, most
 * commands and buttons — all of that ends in "nothing to run, nothing to write" (~15 % of a
 * `/help`'s CPU).
 *
 * {@link lazyConversations} runs the plugin and the registrations as usual (`full`) unless the
 * update's chat is known to have no active conversation (`idle`: its state was read absent with
 * the update's prefetch, or the update has no conversation key at all). Then the features run
 * at once with a stand-in `ctx.conversation`; the first time a handler calls one of its methods
 * (`enter`, `exit`, `exitAll`, `exitOne`), the stand-in opens the real frame on the same context
 * — the plugin (which takes the same prefetched, empty state: no extra read), then every
 * registration (none has anything to resume) — and passes the call to the real controls the
 * plugin installed. That frame stays open until the rest of the update's middleware has run and
 * is closed after it, so the plugin persists the state exactly when it would have (after the
 * handlers, also when they throw), and every later call in the same update goes to the real
 * controls. `active()` needs no frame: with no active conversation it answers "none" as the
 * plugin would.
 *
 * Correct across instances: idleness comes only from the state read at the start of this update
 * (after the chat's previous update finished); a chat with a stored state (entered here or on
 * another instance) always takes the full path, so its waiting wizard gets the update.
 */
import type { Context, MiddlewareFn } from "grammy";
import type { ConversationControls, ConversationFlavor } from "@grammyjs/conversations";
import { FlatComposer } from "../composer.js";

export interface LazyConversationsOptions<C extends ConversationFlavor<Context>> {
  /** The conversations plugin (`conversations(…)`). */
  plugin: MiddlewareFn<C>;
  /** Every `createConversation(…)`, in order. */
  conversations: ReadonlyArray<MiddlewareFn<C>>;
  /** Whether the update's chat certainly has no active conversation (false when unsure: the full path runs). */
  idle(ctx: C): boolean;
}

/**
 * The stand-in `ctx.conversation` of an idle update: `enter`, `exit`, `exitAll` and `exitOne` open
 * the plugin's frame (once) and go to the controls the plugin installs; `active` answers "none".
 */
class IdleControls<C extends ConversationFlavor<Context>> {
  #frame: Promise<unknown> | undefined;
  #opened: Promise<void> | undefined;
  #closed: Promise<void> | undefined;
  #close: (() => void) | undefined;
  #done = false;

  constructor(
    readonly ctx: C,
    readonly full: MiddlewareFn<C>,
  ) {}

  enter(...args: unknown[]): Promise<void> {
    return this.#call("enter", args) as Promise<void>;
  }
  exit(...args: unknown[]): Promise<void> {
    return this.#call("exit", args) as Promise<void>;
  }
  exitAll(...args: unknown[]): Promise<void> {
    return this.#call("exitAll", args) as Promise<void>;
  }
  exitOne(...args: unknown[]): Promise<void> {
    return this.#call("exitOne", args) as Promise<void>;
  }
  active(name?: string): number | Record<string, number> {
    return name === undefined ? {} : 0;
  }

  /** Called once the rest of the update's middleware has run: closes the frame if one was opened. */
  finish(): Promise<unknown> | undefined {
    this.#done = true;
    this.#close?.();
    return this.#frame;
  }

  /** Runs `next` inside the plugin's frame (conversations registered further on need it). */
  passOn(next: () => Promise<void>): Promise<unknown> {
    if (this.#opened) return next();
    void this.#open(next).catch(() => undefined); // its failure is the frame's, returned below
    return this.#frame!;
  }

  async #call(name: "enter" | "exit" | "exitAll" | "exitOne", args: unknown[]): Promise<unknown> {
    // As the plugin does for a call made after its middleware completed (a missing `await`).
    if (this.#done && !this.#frame)
      throw new Error(`The middleware has already completed so it is no longer possible to call conversation.${name}`);
    // The frame's `next` stands for the rest of the update: it returns once that has run.
    const closed = (this.#closed ??= new Promise<void>((resolve) => (this.#close = resolve)));
    await this.#open(() => closed);
    // The plugin has replaced the stand-in with its own controls by now.
    const real = this.ctx.conversation as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    if ((real as unknown) === this) throw new Error("The conversations plugin did not set up its controls");
    return real[name]!(...args);
  }

  /** Opens the plugin's frame (once) with `inner` as its `next`; resolves when `inner` starts. */
  #open(inner: () => Promise<void>): Promise<void> {
    return (this.#opened ??= new Promise<void>((resolve, reject) => {
      const frame = Promise.resolve(
        this.full(this.ctx, () => {
          resolve();
          return inner();
        }),
      );
      this.#frame = frame;
      frame.then(() => reject(new Error("The conversations plugin ended before it could be used")), reject);
    }));
  }
}

/**
 * The conversations middleware (`middleware`, where the plugin was installed) and `tail`, to
 * install after the bot's own middleware: an idle update that falls through everything gets the
 * plugin's frame there, so conversations registered on the bot further on (`bot.use(
 * createConversation(…))`) find the plugin installed, as before.
 */
export function lazyConversations<C extends ConversationFlavor<Context>>(
  options: LazyConversationsOptions<C>,
): { middleware: MiddlewareFn<C>; tail: MiddlewareFn<C> } {
  const full = new FlatComposer<C>(options.plugin, ...options.conversations).middleware();
  const tail: MiddlewareFn<C> = (ctx, next) => {
    const controls: unknown = ctx.conversation;
    return controls instanceof IdleControls ? controls.passOn(next) : next();
  };
  const middleware: MiddlewareFn<C> = async (ctx, next) => {
    if (!options.idle(ctx)) return full(ctx, next);
    const stand = new IdleControls(ctx, full);
    ctx.conversation = stand as unknown as ConversationControls;
    try {
      await next();
    } finally {
      const frame = stand.finish();
      if (frame) await frame;
    }
  };
  return { middleware, tail };
}
