/**
 * Time budgets per update (issue 12, item 5): the panel calls a command or button makes for a user
 * share one budget (REPLY_BUDGET_SECONDS, retries included). After 3 s of waiting the chat sees
 * "typing" and a short "still waiting…" message (removed when the answer comes); when the budget
 * runs out the call fails as `unavailable` ("the panel is slow"), so the handler answers and the
 * chat's lane frees. The slow HTTP call itself finishes (or times out) in the background; only
 * read-only actions are budgeted: `add`, `refill` and `cancel` always wait for their outcome.
 *
 * The chat's lane (sequentialize) is skipped by /help (read-only), and a bare /cancel sent while a
 * budgeted call is waiting in that chat stops the wait at once: the waiting handler's further
 * messages are dropped and the /cancel is answered.
 */
import type { MiddlewareFn } from "grammy";
import type { PanelClient } from "../panel/client.js";
import { PanelError } from "../panel/errors.js";
import type { BaseContext } from "./context.js";
import { cosmetic } from "./best-effort.js";

/** Delay before the "still waiting…" notice. */
export const STILL_WAITING_MS = 3000;

/** Read-only client methods (safe to stop waiting for). */
const BUDGETED = new Set<PropertyKey>(["balance", "services", "status", "statuses", "refillStatus", "refillStatuses"]);
/** Bot API methods dropped from an update whose wait was cancelled. */
const SILENCED = new Set(["sendMessage", "editMessageText", "editMessageReplyMarkup", "sendChatAction", "answerCallbackQuery"]);

/** An abort controller made only when something listens or aborts (most updates never wait on a panel). */
class LazyStop {
  #controller: AbortController | undefined;
  get signal(): AbortSignal {
    return (this.#controller ??= new AbortController()).signal;
  }
  get aborted(): boolean {
    return this.#controller?.signal.aborted ?? false;
  }
  abort(): void {
    (this.#controller ??= new AbortController()).abort();
  }
}

interface Budget {
  deadline: number;
  /** Rejects the waits of this update (bare /cancel). */
  readonly stop: LazyStop;
  /** Calls waiting now. */
  waiting: number;
  stillWaitingShown: boolean;
  /** The update's chat (undefined: none, nothing to cancel from). */
  readonly chatId: number | undefined;
  /** The update's Bot API (silenced once the wait is cancelled). */
  readonly api: BaseContext["api"];
  /** Listed in {@link running} (from its first wait to the end of the update). */
  listed: boolean;
}

/** An update's budget, and whether it is a bare /cancel that stopped waits (answered by updateBudget): kept on its context. */
const BUDGET = Symbol("budget");
const CANCELLED = Symbol("cancelled");
type WithBudget = { [BUDGET]?: Budget; [CANCELLED]?: true };
const budgetOf = (ctx: object): Budget | undefined => (ctx as WithBudget)[BUDGET];
/** Budgets of updates running now that have waited on a panel, by chat id (for /cancel). */
const running = new Map<number, Set<Budget>>();

function list(budget: Budget): void {
  if (budget.listed || budget.chatId === undefined) return;
  budget.listed = true;
  let set = running.get(budget.chatId);
  if (!set) running.set(budget.chatId, (set = new Set()));
  set.add(budget);
}

function unlist(budget: Budget): void {
  if (!budget.listed) return;
  budget.listed = false;
  const set = running.get(budget.chatId!);
  if (!set) return;
  set.delete(budget);
  if (set.size === 0) running.delete(budget.chatId!);
}

/** Stops the update's waits; from then on it says nothing more (its messages are dropped). */
function cancel(budget: Budget): void {
  if (budget.stop.aborted) return;
  budget.stop.abort();
  budget.api.config.use((prev, method, payload, signal) =>
    SILENCED.has(method) ? Promise.resolve({ ok: true, result: true } as never) : prev(method, payload, signal),
  );
}

function isCommand(ctx: BaseContext, ...names: string[]): boolean {
  const m = /^\/([a-z_]+)(?:@(\w+))?(\s|$)/i.exec(ctx.message?.text ?? "");
  if (!m || !names.includes(m[1]!.toLowerCase())) return false;
  return !m[2] || m[2].toLowerCase() === ctx.me.username.toLowerCase();
}

/**
 * Installed in place of the bare lane: /help skips the chat's lane; a bare /cancel first stops
 * the chat's budgeted waits (then answers at once when there were some).
 */
export function laneWithShortcuts<C extends BaseContext>(lane: MiddlewareFn<C>): MiddlewareFn<C> {
  return async (ctx, next) => {
    if (isCommand(ctx, "help")) return next();
    if (isCommand(ctx, "cancel") && !/^\/\S+\s+\S/.test(ctx.message?.text ?? "") && ctx.chat) {
      const active = running.get(ctx.chat.id);
      if (active && [...active].some((b) => b.waiting > 0)) {
        for (const b of active) cancel(b);
        (ctx as WithBudget)[CANCELLED] = true;
        return next(); // answered by updateBudget (after i18n), outside the lane
      }
    }
    return lane(ctx, next);
  };
}

/** Gives the update its budget (inside the lane: the budget starts when the handler does). */
export function updateBudget(): MiddlewareFn<BaseContext> {
  return async (ctx, next) => {
    if ((ctx as WithBudget)[CANCELLED]) {
      ctx.deps.logger.info({ chatId: ctx.chat?.id }, "wait for the panel cancelled by the user");
      await ctx.reply(ctx.t("budget-wait-cancelled")).catch(cosmetic);
      return;
    }
    // Most updates never wait on a panel: the budget is listed for /cancel at its first wait, and
    // the layer that silences a cancelled update is installed when it is cancelled.
    const budget: Budget = {
      deadline: Date.now() + ctx.deps.config.replyBudgetMs,
      stop: new LazyStop(),
      waiting: 0,
      stillWaitingShown: false,
      chatId: ctx.chat?.id,
      api: ctx.api,
      listed: false,
    };
    (ctx as WithBudget)[BUDGET] = budget;
    try {
      await next();
    } finally {
      unlist(budget);
    }
  };
}

/** Waits for `task` within the update's budget (see the module comment). Without a budget: plain. */
export async function withinBudget<T>(ctx: BaseContext, task: Promise<T>): Promise<T> {
  const budget = budgetOf(ctx);
  if (!budget) return task;
  const remaining = budget.deadline - Date.now();
  list(budget);
  budget.waiting++;
  let notice: number | undefined;
  const timers: NodeJS.Timeout[] = [];
  try {
    return await new Promise<T>((resolve, reject) => {
      const slow = (): void => {
        task.catch(() => undefined); // settles later, unobserved
        reject(new PanelError("unavailable", "The panel did not answer within the reply budget"));
      };
      if (remaining <= 0) return slow();
      if (budget.stop.aborted) return slow();
      budget.stop.signal.addEventListener("abort", slow, { once: true });
      timers.push(setTimeout(slow, remaining));
      if (ctx.chat && remaining > STILL_WAITING_MS && !budget.stillWaitingShown) {
        timers.push(
          setTimeout(() => {
            if (budget.stillWaitingShown || budget.stop.aborted) return;
            budget.stillWaitingShown = true;
            void ctx.replyWithChatAction("typing").catch(cosmetic);
            if (ctx.callbackQuery) return; // a pressed button shows its own spinner
            void ctx
              .reply(ctx.t("budget-still-waiting"))
              .then((m) => {
                notice = m.message_id;
              })
              .catch(cosmetic); // a courtesy note: the answer itself comes regardless
          }, STILL_WAITING_MS),
        );
      }
      task.then(resolve, reject);
    });
  } finally {
    for (const t of timers) clearTimeout(t);
    budget.waiting--;
    if (notice !== undefined && ctx.chat && !budget.stop.aborted) {
      await ctx.api.deleteMessage(ctx.chat.id, notice).catch(cosmetic);
    }
  }
}

/** Whether the update's waits were stopped by a bare /cancel (its handler should say nothing more). */
export function waitStopped(ctx: BaseContext): boolean {
  return budgetOf(ctx)?.stop.aborted ?? false;
}

/** The client with its read-only methods bounded by the update's budget. */
export function budgetedClient(ctx: BaseContext, client: PanelClient): PanelClient {
  if (!budgetOf(ctx)) return client;
  return new Proxy(client, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (!BUDGETED.has(prop)) return fn.bind(target);
      return (...args: unknown[]) => withinBudget(ctx, Promise.resolve(fn.apply(target, args)));
    },
  });
}
