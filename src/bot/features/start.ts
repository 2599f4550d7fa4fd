/** /start and /help. /start with a payload is routed by other features (deep links). */
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { webAppKeyboard } from "./webapp.js";
import { helpLines, type CommandRegistry, type CommandSpec } from "../commands.js";
import { accountStatus, unreadableText } from "../account.js";
import { FlatComposer } from "../composer.js";

/** /help in a private chat: the private menu's commands, then inline mode. */
export function privateHelp(ctx: BotContext, registry: CommandRegistry): string {
  return [ctx.t("help-intro"), ...helpLines(ctx.t, registry.menu("private")), "", ctx.t("help-inline", { bot: ctx.me.username })].join("\n");
}

/** /help in a group: every command that works there, for everyone first, then admins only. */
export function groupHelp(ctx: BotContext, registry: CommandRegistry): string {
  const order = (s: CommandSpec) => s.groupMenu ?? 100 + (s.privateMenu ?? 0);
  const inGroups = registry.specs.filter((s) => s.chats.includes("group") && s.name !== "start").sort((a, b) => order(a) - order(b));
  return [
    ctx.t("help-group-intro"),
    "",
    ctx.t("help-group-everyone"),
    ...helpLines(
      ctx.t,
      inGroups.filter((s) => !s.groupAdmin),
    ),
    "",
    ctx.t("help-group-admins"),
    ...helpLines(
      ctx.t,
      inGroups.filter((s) => s.groupAdmin),
    ),
  ].join("\n");
}

/**
 * The welcome of /start (also for deep-link payloads no feature knows: an old or mistyped link
 * still greets the user, see fallback.ts).
 */
export async function sendWelcome(ctx: BotContext): Promise<void> {
  if (ctx.chat?.type !== "private") {
    await ctx.reply(ctx.t("start-group"));
    return;
  }
  const status = await accountStatus(ctx);
  const next =
    status.kind === "ok"
      ? ctx.t("start-connected", { panel: status.active.panelName })
      : status.kind === "unreadable"
        ? unreadableText(ctx)
        : ctx.t("start-next-connect");
  await ctx.reply(ctx.t("start-welcome", { name: ctx.from?.first_name ?? "" }) + "\n\n" + next, {
    link_preview_options: { is_disabled: true },
    ...(ctx.deps.config.webappUrl ? { reply_markup: webAppKeyboard(ctx.t, ctx.deps.config.webappUrl) } : {}),
  });
}

/** /start and /help; `commands` gives the bot's command registry (built from every feature). */
export function startFeature(commands: () => CommandRegistry): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("start", async (ctx, next) => {
    if (ctx.match) return next(); // deep-link payloads are handled where they belong
    await sendWelcome(ctx);
  });

  // The text depends only on the chat kind and the locale (the registry is fixed once the bot is
  // built): made once per pair, not for every /help (it translates every command's description).
  const helpTexts = new Map<string, string>();
  composer.command("help", async (ctx) => {
    const group = ctx.chat.type === "group" || ctx.chat.type === "supergroup";
    const key = `${group ? "g" : "p"}:${ctx.locale}:${ctx.me.username}`;
    let text = helpTexts.get(key);
    if (text === undefined) {
      text = group ? groupHelp(ctx, commands()) : privateHelp(ctx, commands());
      helpTexts.set(key, text);
    }
    await ctx.reply(text, { link_preview_options: { is_disabled: true } });
  });

  return {
    name: "start",
    composer,
    commands: [
      { name: "start", chats: ["private", "group"], privateMenu: 1 },
      { name: "help", chats: ["private", "group"], privateMenu: 16, groupMenu: 13 },
    ],
  };
}
