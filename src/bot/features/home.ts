/**
 * The home screen: /start in a private chat (and 🏠 wherever a flow ends) says what to do next as
 * buttons — Connect when no key is connected; otherwise New order, My orders, Balance, Services,
 * Account and Settings. Private chats also get a persistent reply keyboard with the four main
 * actions (switchable off in /settings). A tap on either runs the same code as the command.
 */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { accountStatus, loadAccount, requireAccount, unreadableText } from "../account.js";
import { HOME_ACTIONS, homeCodec, homeData, replyKeyAction, replyKeyboard, type HomeAction } from "../home-keys.js";
import { CONNECT_CONVERSATION } from "../conversations/connect.js";
import { startWizard } from "./order.js";
import { sendOrdersList } from "./orders.js";
import { sendBalance } from "./balance.js";
import { sendServices } from "./services.js";
import { sendSettings } from "./settings.js";
import { privateHelp } from "./start.js";
import type { CommandRegistry } from "../commands.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/** The home screen's text and buttons. */
export async function homeScreen(ctx: BotContext): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const active = await loadAccount(ctx);
  const t = ctx.t;
  if (!active) {
    return {
      text: t("home-title-new"),
      keyboard: new InlineKeyboard().text(t("home-button-connect"), homeData("connect")).row().text(t("home-button-help"), homeData("help")),
    };
  }
  const keyboard = new InlineKeyboard()
    .text(t("home-button-order"), homeData("order"))
    .text(t("home-button-orders"), homeData("orders"))
    .row()
    .text(t("home-button-balance"), homeData("balance"))
    .text(t("home-button-services"), homeData("services"))
    .row()
    .text(t("home-button-account"), homeData("account"))
    .text(t("home-button-settings"), homeData("settings"));
  // The Mini App (when WEBAPP_URL is set): web-app buttons work in private chats only.
  const app = ctx.deps.config.webappUrl;
  if (app && ctx.chat?.type === "private") keyboard.row().webApp(t("app-button-open"), app);
  return { text: t("home-title", { panel: active.panelName }), keyboard };
}

async function run(ctx: BotContext, action: HomeAction, commands: () => CommandRegistry): Promise<void> {
  switch (action) {
    case "menu": {
      const home = await homeScreen(ctx);
      await ctx.reply(home.text, { parse_mode: "HTML", reply_markup: home.keyboard });
      return;
    }
    case "order":
      return startWizard(ctx, {});
    case "orders":
      return sendOrdersList(ctx);
    case "balance":
      return sendBalance(ctx);
    case "services":
      return sendServices(ctx);
    case "settings":
      return sendSettings(ctx);
    case "account": {
      const active = await requireAccount(ctx);
      if (active) await ctx.reply(ctx.t("home-account", { panel: active.panelName }), { parse_mode: "HTML" });
      return;
    }
    case "connect":
      if (ctx.chat?.type !== "private") return;
      await ctx.conversation.exitAll();
      await ctx.conversation.enter(CONNECT_CONVERSATION);
      return;
    case "help":
      await ctx.reply(privateHelp(ctx, commands()), { link_preview_options: { is_disabled: true } });
      return;
  }
}

/** Whether the chat shows the reply keyboard (private chats; on unless switched off). */
export async function wantsReplyKeyboard(ctx: BotContext): Promise<boolean> {
  if (ctx.chat?.type !== "private") return false;
  return (await ctx.deps.storage.prefs.get(ctx.chat.id)).replyKeyboard !== false;
}

export function homeFeature(commands: () => CommandRegistry): Feature {
  const composer = new FlatComposer<BotContext>();

  // /start without a payload in a private chat. No account: one message with Connect. Connected:
  // the welcome (carrying the reply keyboard), then the home screen.
  composer.chatType("private").command("start", async (ctx, next) => {
    if (ctx.match) return next(); // deep-link payloads are handled where they belong
    const status = await accountStatus(ctx);
    const welcome = ctx.t("start-welcome", { name: ctx.from?.first_name ?? "" });
    const noPreview = { link_preview_options: { is_disabled: true } };
    const home = await homeScreen(ctx);
    if (status.kind !== "ok") {
      // No account, or one whose key can no longer be read (ENCRYPTION_KEY changed): connect (again).
      const next = status.kind === "unreadable" ? unreadableText(ctx) : ctx.t("start-next-connect");
      await ctx.reply(`${welcome}\n\n${next}`, { ...noPreview, reply_markup: home.keyboard });
      return;
    }
    const active = status.active;
    const keyboard = (await wantsReplyKeyboard(ctx)) ? { reply_markup: replyKeyboard(ctx.t) } : {};
    await ctx.reply(`${welcome}\n\n${ctx.t("start-connected", { panel: active.panelName })}`, { ...noPreview, ...keyboard });
    await ctx.reply(home.text, { parse_mode: "HTML", reply_markup: home.keyboard });
  });

  composer.callbackQuery(homeCodec.filter, async (ctx) => {
    const action = homeCodec.unpack(ctx.callbackQuery.data)!.action;
    if (action !== "order") await ctx.answerCallbackQuery().catch(cosmetic);
    await run(ctx, action, commands);
  });

  // A tap on the reply keyboard (its labels are texts in the chat's language).
  composer.chatType("private").on("message:text", async (ctx, next) => {
    const action = replyKeyAction(ctx.t, ctx.message.text, ctx.locale);
    if (!action) return next();
    await run(ctx, action, commands);
  });

  return { name: "home", composer, callbacks: [homeCodec] };
}

export { HOME_ACTIONS };
