/**
 * /connect: asks for the panel API key, deletes the message that held it, verifies it with a
 * balance call and stores it encrypted. Works for the user's own account and, through the group
 * deep link, for a group's account (args.owner = "g:<chatId>").
 *
 * Conversation state (which briefly holds the user's message) is stored encrypted at rest.
 */
import { InlineKeyboard } from "grammy";
import { type OwnerKey, userOwner } from "../../storage/types.js";
import { PanelError } from "../../panel/errors.js";
import { money } from "../format.js";
import type { BotConversation, ConvContext } from "../context.js";
import { panelErrorText } from "../panel-errors.js";
import { CANCEL_DATA, cancelKeyboard, waitStep, waitText } from "./helpers.js";
import { defineCallback } from "../callback-data.js";
import { PANEL_ID_FIELD } from "../callbacks.js";
import { cosmetic } from "../best-effort.js";
import { MAX_ACCOUNTS, TooManyAccountsError } from "../../storage/repos/accounts.js";

export const CONNECT_CONVERSATION = "connect";

/** The panel buttons of /connect (when several panels are configured). */
export const connectPanelCodec = defineCallback("connect:panel", { panelId: PANEL_ID_FIELD }, { audience: "starter" });

export interface ConnectArgs {
  /** Whose account to connect; defaults to the user. */
  owner?: OwnerKey;
  /** Title of the group, for the prompts. */
  groupTitle?: string;
}

/** A plausible API key: one token of printable characters. */
export const API_KEY_PATTERN = /^[\x21-\x7e]{8,256}$/;

type Verify = { ok: true; balance: string; currency: string } | { ok: false; kind: string; message: string };

export async function connectConversation(conversation: BotConversation, ctx: ConvContext, args?: ConnectArgs) {
  const userId = ctx.from?.id;
  if (userId === undefined) return;
  const owner = args?.owner ?? userOwner(userId);
  const panels = ctx.deps.config.panels;

  // 1. Which panel (only when several are configured).
  let panelId = panels[0]!.id;
  if (panels.length > 1) {
    const kb = new InlineKeyboard();
    for (const p of panels) kb.text(p.name, connectPanelCodec.pack({ panelId: p.id })).row();
    kb.text(ctx.t("button-cancel"), CANCEL_DATA);
    await ctx.reply(ctx.t("connect-choose-panel"), { reply_markup: kb });
    for (;;) {
      const next = await waitStep(conversation);
      const picked = connectPanelCodec.unpack(next.callbackQuery?.data ?? "");
      const chosen = picked && panels.find((p) => p.id === picked.panelId);
      if (chosen) {
        panelId = chosen.id;
        await next.answerCallbackQuery();
        await next.editMessageText(ctx.t("connect-panel-chosen", { panel: chosen.name })).catch(cosmetic);
        break;
      }
      if (next.callbackQuery) await next.answerCallbackQuery({ text: next.t("button-expired") });
      else await next.reply(next.t("connect-choose-panel"), { reply_markup: kb });
    }
  }
  const panel = panels.find((p) => p.id === panelId)!;

  // 2. The key.
  await ctx.reply(
    args?.groupTitle
      ? ctx.t("connect-ask-key-group", { panel: panel.name, group: args.groupTitle })
      : ctx.t("connect-ask-key", { panel: panel.name }),
    { reply_markup: cancelKeyboard(ctx), link_preview_options: { is_disabled: true } },
  );

  for (;;) {
    const { ctx: keyCtx, text } = await waitText(conversation);
    // The message holds a secret: remove it from the chat whatever happens next.
    await keyCtx.deleteMessage().catch(cosmetic);
    const key = text.trim();
    if (!API_KEY_PATTERN.test(key)) {
      await keyCtx.reply(keyCtx.t("connect-key-malformed"), { reply_markup: cancelKeyboard(keyCtx) });
      continue;
    }
    await keyCtx.replyWithChatAction("typing").catch(cosmetic);
    const verified = await conversation.external(async (): Promise<Verify> => {
      try {
        const b = await ctx.deps.panels.get(panelId).balance(key);
        return { ok: true, balance: b.balance, currency: b.currency };
      } catch (err) {
        const kind = err instanceof PanelError ? err.kind : "unknown";
        return { ok: false, kind, message: panelErrorText(keyCtx, err) };
      }
    });
    if (!verified.ok) {
      const text = verified.kind === "invalid_key" ? keyCtx.t("connect-key-rejected") : `${verified.message}\n${keyCtx.t("connect-try-again")}`;
      await keyCtx.reply(text, { reply_markup: cancelKeyboard(keyCtx) });
      continue;
    }
    const stored = await conversation.external(async (): Promise<"added" | "replaced" | "full"> => {
      try {
        const { replaced } = await ctx.deps.storage.accounts.add(owner, {
          panelId,
          apiKey: key,
          currency: verified.currency,
          connectedAt: Date.now(),
          connectedBy: userId,
        });
        return replaced ? "replaced" : "added";
      } catch (err) {
        if (err instanceof TooManyAccountsError) return "full";
        throw err;
      }
    });
    if (stored === "full") {
      await keyCtx.reply(keyCtx.t("accounts-too-many", { max: MAX_ACCOUNTS }));
      return;
    }
    const count = await conversation.external(async () => (await ctx.deps.storage.accounts.list(owner)).accounts.length);
    const balance = money(keyCtx, verified.balance, verified.currency);
    await keyCtx.reply(
      args?.groupTitle
        ? keyCtx.t("connect-done-group", { panel: panel.name, balance, group: args.groupTitle })
        : keyCtx.t("connect-done", { panel: panel.name, balance }),
    );
    // With several accounts, say which one commands now use.
    if (count > 1) await keyCtx.reply(keyCtx.t("accounts-now-active", { count }));
    return;
  }
}
