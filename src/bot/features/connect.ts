/** /connect (alias /setkey) and /disconnect for the user's own account. Groups: see groups.ts. */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { connectOtherCodec, connectPanelCodec, CONNECT_CONVERSATION } from "../conversations/connect.js";
import { conversationCancelCodec } from "../conversations/helpers.js";
import { isGroupChat, ownerOf } from "../account.js";
import { sendGroupConnectLink } from "./groups.js";

export function connectFeature(): Feature {
  const composer = new Composer<BotContext>();
  const priv = composer.chatType("private");

  priv.command(["connect", "setkey"], async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(CONNECT_CONVERSATION);
  });

  // In groups the key is never asked for: a signed deep link to the private chat (admins only:
  // the group guard checks that first).
  composer.chatType(["group", "supergroup"]).command(["connect", "setkey"], (ctx) => sendGroupConnectLink(ctx));

  composer.command("disconnect", async (ctx) => {
    const owner = ownerOf(ctx);
    if (!owner) return;
    const removed = await ctx.deps.storage.accounts.delete(owner);
    const key = removed ? (isGroupChat(ctx) ? "disconnect-done-group" : "disconnect-done") : "disconnect-none";
    await ctx.reply(ctx.t(key));
  });

  return {
    name: "connect",
    composer,
    commands: [
      { name: "connect", aliases: ["setkey"], chats: ["private", "group"], groupAdmin: true, privateMenu: 13, groupMenu: 10 },
      { name: "disconnect", chats: ["private", "group"], groupAdmin: true, privateMenu: 14, groupMenu: 11 },
    ],
    callbacks: [connectPanelCodec, connectOtherCodec, conversationCancelCodec],
  };
}
