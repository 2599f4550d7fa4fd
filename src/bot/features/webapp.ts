/**
 * The Mini App's bot side (issue 16): a "🛍 Catalogue" web-app button (on /start — see
 * `webAppKeyboard` — and on /app) and the chat menu button of private chats. Only when WEBAPP_URL
 * is set. Web-app buttons work in private chats only; in groups /app says so.
 */
import { InlineKeyboard, type Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Config } from "../../config.js";
import type { BaseContext, BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { FlatComposer } from "../composer.js";

type T = BaseContext["t"];

/** The app's address (WEBAPP_URL), or undefined when the app is off. */
export function webAppUrl(config: Pick<Config, "webappUrl">): string | undefined {
  return config.webappUrl;
}

/** One row with the "🛍 Catalogue" web-app button (private chats only). */
export function webAppKeyboard(t: T, url: string): InlineKeyboard {
  return new InlineKeyboard().webApp(t("app-button-open"), url);
}

export function webAppFeature(): Feature {
  const composer = new FlatComposer<BotContext>();
  composer.command("app", async (ctx) => {
    const url = webAppUrl(ctx.deps.config);
    if (!url) {
      await ctx.reply(ctx.t("app-off"));
      return;
    }
    if (ctx.chat.type !== "private") {
      await ctx.reply(ctx.t("app-private-only"));
      return;
    }
    await ctx.reply(ctx.t("app-open-text"), { reply_markup: webAppKeyboard(ctx.t, url) });
  });
  return { name: "webapp", composer, commands: [{ name: "app", chats: ["private", "group"], privateMenu: 2.5 }] };
}

/**
 * Sets the default menu button of private chats to the app (call at start when WEBAPP_URL is
 * set; the label is in DEFAULT_LOCALE, as Telegram keeps one default for all users). With the app
 * off, restores Telegram's default (the commands menu) — only when asked to.
 */
export async function setupWebAppMenuButton(
  api: Pick<Api, "setChatMenuButton">,
  i18n: Pick<I18n<BaseContext>, "t">,
  locale: string,
  url: string | undefined,
): Promise<void> {
  if (!url) {
    await api.setChatMenuButton({ menu_button: { type: "default" } });
    return;
  }
  await api.setChatMenuButton({ menu_button: { type: "web_app", text: i18n.t(locale, "app-menu-button"), web_app: { url } } });
}
