/**
 * /export: the chat's orders (those /orders lists) as a CSV document — id, date, account, service,
 * link, quantity, charge, currency, status, start count, remains (src/orders/csv.ts escapes and
 * neutralises formulas). Read-only, so open to every member of a group.
 */
import { InputFile } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { ordersCsv } from "../../orders/csv.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

export function historyFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("export", async (ctx) => {
    const { items } = await ctx.deps.storage.orders.listByChat(ctx.chat.id);
    if (items.length === 0) {
      await ctx.reply(ctx.t("orders-list-empty"));
      return;
    }
    const csv = ordersCsv(items, (panelId) => ctx.deps.panels.find(panelId)?.name ?? panelId);
    const date = new Date(ctx.deps.now()).toISOString().slice(0, 10);
    await ctx.replyWithChatAction("upload_document").catch(cosmetic);
    await ctx.replyWithDocument(new InputFile(Buffer.from(csv, "utf8"), `orders-${date}.csv`), {
      caption: ctx.t("history-export-caption", { count: items.length }),
    });
  });

  return {
    name: "history",
    composer,
    commands: [{ name: "export", chats: ["private", "group"], privateMenu: 4.5, groupMenu: 6.5 }],
  };
}
