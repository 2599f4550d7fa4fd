/** Last in the chain: buttons nobody handled (old messages, restarted bot) get an "expired" answer. */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export function fallbackFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("button-expired"), show_alert: false });
  });
  composer.chatType("private").on("message:text", async (ctx) => {
    if (ctx.message.text.startsWith("/")) await ctx.reply(ctx.t("unknown-command"));
    else await ctx.reply(ctx.t("start-hint"));
  });
  return composer;
}
