/**
 * One structured log line per update, with how long it took (queueing in sequentialize included,
 * since this runs first). Logged: update id, type, chat id, user id, the command name of a
 * command message, the callback action (data up to its first ":"), duration and outcome. Never
 * logged: message text (beyond the command name), captions, inline queries, callback arguments.
 */
import type { Context, MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";

/** Update type: the first field of the update other than update_id ("message", "callback_query", …). */
export function updateType(update: Update): string {
  for (const key in update) if (key !== "update_id") return key;
  return "unknown";
}

/** The command name of a message starting with a bot command ("/start@bot x" → "start"), else undefined. */
export function commandName(ctx: Pick<Context, "msg">): string | undefined {
  const msg = ctx.msg;
  const text = msg?.text ?? msg?.caption;
  const entities = msg?.entities ?? msg?.caption_entities;
  if (!text || !entities) return undefined;
  const first = entities.find((e) => e.offset === 0 && e.type === "bot_command");
  if (!first) return undefined;
  const cmd = text.slice(1, first.length).split("@")[0]!;
  return /^[A-Za-z0-9_]{1,32}$/.test(cmd) ? cmd : undefined;
}

export interface UpdateLogLine {
  updateId: number;
  type: string;
  chatId?: number;
  userId?: number;
  command?: string;
  action?: string;
  ms: number;
  error?: true;
}

/** Told of each update handled (for metrics): its type, outcome and duration in seconds. */
export type UpdateObserver = (type: string, outcome: "ok" | "error", seconds: number) => void;

/** Middleware logging one line per update at info level (errors are still thrown to bot.catch). */
export function updateLogging(logger: Logger, observe?: UpdateObserver): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      const elapsed = performance.now() - started;
      const type = updateType(ctx.update);
      // The line is built only when it is written (LOG_LEVEL info or lower).
      if (logger.isLevelEnabled("info")) {
        const line: UpdateLogLine = { updateId: ctx.update.update_id, type, ms: Math.round(elapsed * 10) / 10 };
        if (ctx.chat) line.chatId = ctx.chat.id;
        if (ctx.from) line.userId = ctx.from.id;
        const command = commandName(ctx);
        if (command) line.command = command;
        const data = ctx.callbackQuery?.data;
        if (data) line.action = data.split(":")[0]!.slice(0, 32);
        if (failed) line.error = true;
        logger.info(line, "update");
      }
      observe?.(type, failed ? "error" : "ok", elapsed / 1000);
    }
  };
}
