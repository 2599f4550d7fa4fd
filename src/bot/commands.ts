/** The command menu, registered with setMyCommands per language and per chat kind. */
import type { Api } from "grammy";
import type { LanguageCode } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "./context.js";

/** Commands shown in private chats. Descriptions: locales key `cmd-<name>`. */
export const PRIVATE_COMMANDS = [
  "start",
  "services",
  "order",
  "orders",
  "status",
  "balance",
  "refill",
  "refills",
  "cancel",
  "track",
  "untrack",
  "settings",
  "connect",
  "disconnect",
  "language",
  "help",
] as const;

/** Commands shown in groups (admin-only ones are refused politely to members). */
export const GROUP_COMMANDS = [
  "status",
  "orders",
  "balance",
  "order",
  "track",
  "untrack",
  "refill",
  "cancel",
  "notifications",
  "connect",
  "disconnect",
  "language",
  "help",
] as const;

export async function registerCommands(api: Api, i18n: I18n<BaseContext>, defaultLocale: string): Promise<void> {
  const build = (locale: string, names: readonly string[]) =>
    names.map((command) => ({ command, description: i18n.t(locale, `cmd-${command}`) }));
  for (const locale of i18n.locales) {
    const lang = locale === defaultLocale ? {} : { language_code: locale as LanguageCode };
    await api.setMyCommands(build(locale, PRIVATE_COMMANDS), { scope: { type: "all_private_chats" }, ...lang });
    await api.setMyCommands(build(locale, GROUP_COMMANDS), { scope: { type: "all_group_chats" }, ...lang });
  }
}
