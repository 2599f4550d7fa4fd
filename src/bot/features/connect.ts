/** /connect (alias /setkey) and /disconnect for the user's own account. Groups: see groups.ts. */
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { connectOtherCodec, connectPanelCodec, CONNECT_CONVERSATION } from "../conversations/connect.js";
import { conversationCancelCodec } from "../conversations/helpers.js";
import { isGroupChat, ownerOf } from "../account.js";
import { sendGroupConnectLink } from "./groups.js";
import { forgetAccount, sendAccounts } from "./accounts.js";
import { FlatComposer } from "../composer.js";

export function connectFeature(): Feature {
  const composer = new FlatComposer<BotContext>();
  const priv = composer.chatType("private");

  priv.command(["connect", "setkey"], async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(CONNECT_CONVERSATION);
  });

  // In groups the key is never asked for: a signed deep link to the private chat (admins only:
  // the group guard checks that first).
  composer.chatType(["group", "supergroup"]).command(["connect", "setkey"], (ctx) => sendGroupConnectLink(ctx));

  // One account: removed at once (as before). Several: which one is chosen in /accounts.
  composer.command("disconnect", async (ctx) => {
    const owner = ownerOf(ctx);
    if (!owner) return;
    const { accounts } = await ctx.deps.storage.accounts.list(owner);
    if (accounts.length > 1) return sendAccounts(ctx);
    const only = accounts[0];
    if (!only) return void (await ctx.reply(ctx.t("disconnect-none")));
    await ctx.deps.storage.accounts.delete(owner, only.id);
    await forgetAccount(ctx, owner, only.id, only.panelId);
    await ctx.reply(ctx.t(isGroupChat(ctx) ? "disconnect-done-group" : "disconnect-done"));
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
