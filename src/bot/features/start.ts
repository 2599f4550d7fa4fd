/** /start and /help. /start with a payload is routed by other features (deep links). */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { loadAccount } from "../account.js";

export function startFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("start", async (ctx, next) => {
    if (ctx.match) return next(); // deep-link payloads are handled where they belong
    if (ctx.chat.type !== "private") {
      await ctx.reply(ctx.t("start-group"));
      return;
    }
    const active = await loadAccount(ctx);
    await ctx.reply(
      ctx.t("start-welcome", { name: ctx.from?.first_name ?? "" }) +
        "\n\n" +
        (active ? ctx.t("start-connected", { panel: active.panelName }) : ctx.t("start-next-connect")),
      { link_preview_options: { is_disabled: true } },
    );
  });

  composer.command("help", async (ctx) => {
    const group = ctx.chat.type === "group" || ctx.chat.type === "supergroup";
    await ctx.reply(group ? ctx.t("help-group") : ctx.t("help", { bot: ctx.me.username }), { link_preview_options: { is_disabled: true } });
  });

  return composer;
}
