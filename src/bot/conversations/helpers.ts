/**
 * Shared building blocks for conversations (v2 replay rules: all I/O, clocks and randomness go
 * through conversation.external; everything else is deterministic).
 */
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConvContext } from "../context.js";
import { defineCallback } from "../callback-data.js";
import { homeButton, replyKeyAction } from "../home-keys.js";
import { cosmetic } from "../best-effort.js";

/** The Cancel button shown at every step of a conversation (its starter's). */
export const conversationCancelCodec = defineCallback("conv:cancel", {}, { audience: "starter" });
export const CANCEL_DATA = conversationCancelCodec.pack({});

export function cancelKeyboard(ctx: Pick<ConvContext, "t">): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t("button-cancel"), CANCEL_DATA);
}

function isCancel(ctx: ConvContext): boolean {
  if (ctx.callbackQuery?.data === CANCEL_DATA) return true;
  const text = ctx.message?.text?.trim();
  return !!text && /^\/cancel(@\w+)?$/i.test(text);
}

/**
 * Waits for the next update of this chat/user that the conversation should handle.
 * - /cancel or the Cancel button: replies "cancelled" and halts the conversation.
 * - another command: halts the conversation and lets the command run as usual.
 * Returns the context of the update to handle.
 */
export async function waitStep(conversation: BotConversation): Promise<ConvContext> {
  const next = await conversation.wait();
  if (isCancel(next)) {
    if (next.callbackQuery) {
      await next.answerCallbackQuery().catch(cosmetic);
      await next.editMessageReplyMarkup().catch(cosmetic);
    }
    await next.reply(next.t("conversation-cancelled"), next.chat?.type === "private" ? { reply_markup: homeButton(next.t) } : {});
    return conversation.halt();
  }
  const text = next.message?.text;
  if (text?.startsWith("/") || (next.chat?.type === "private" && replyKeyAction(next.t, text, next.locale))) {
    // Another command leaves the conversation and runs normally.
    return conversation.halt({ next: true });
  }
  return next;
}

/** Waits for a text message; other updates (stray buttons, stickers) get a short hint and are skipped. */
export async function waitText(conversation: BotConversation, hintKey = "conversation-send-text"): Promise<{ ctx: ConvContext; text: string }> {
  for (;;) {
    const next = await waitStep(conversation);
    const text = next.message?.text;
    if (text !== undefined) return { ctx: next, text };
    if (next.callbackQuery) {
      await next.answerCallbackQuery({ text: next.t("button-expired") }).catch(cosmetic);
    } else {
      await next.reply(next.t(hintKey));
    }
  }
}
