/** Last in the chain: buttons nobody handled (old messages, restarted bot) get an "expired" answer. */
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { sendWelcome } from "./start.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/**
 * Text that looks like an API key (a long single token of letters and digits). When one arrives
 * outside the /connect wizard (e.g. the wizard was lost, or the user pasted it first), the bot
 * removes it from the chat instead of leaving the secret visible.
 */
export function looksLikeApiKey(text: string): boolean {
  const t = text.trim();
  return /^[A-Za-z0-9_-]{20,128}$/.test(t) && /[A-Za-z]/.test(t) && /\d/.test(t);
}

export function fallbackFeature(): Feature {
  const composer = new FlatComposer<BotContext>();
  composer.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("button-expired"), show_alert: false });
  });
  // /start with a payload no feature knows (an old or mistyped link): the welcome.
  composer.command("start", (ctx) => sendWelcome(ctx));
  composer.chatType("private").on("message:text", async (ctx) => {
    const text = ctx.message.text;
    if (text.startsWith("/")) await ctx.reply(ctx.t("unknown-command"));
    else if (looksLikeApiKey(text)) {
      await ctx.deleteMessage().catch(cosmetic);
      await ctx.reply(ctx.t("fallback-key-deleted"));
    } else await ctx.reply(ctx.t("start-hint"));
  });
  return { name: "fallback", composer };
}
