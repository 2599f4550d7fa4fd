/**
 * The command registry: every command the bot takes, declared once by the feature that handles it
 * (name, aliases, chat kinds, admin-only in groups, menu positions, argument hint). It feeds
 *
 * - the command menus (setMyCommands per language and chat kind; descriptions: locale key
 *   `cmd-<name>`),
 * - the group guard (which commands members may not use),
 * - /help (generated from the same list, per chat kind).
 *
 * (The grammY commands plugin also builds menus, but keeps descriptions in code per language; here
 * every text lives in the Fluent files, and the guard needs the admin flag, so a small registry
 * fits better.)
 */
import type { Api } from "grammy";
import type { LanguageCode } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "./context.js";
import { escapeHtml } from "./html.js";

export type ChatKind = "private" | "group";

export interface CommandSpec {
  name: string;
  aliases?: readonly string[];
  /** Chat kinds where the command works. */
  chats: readonly ChatKind[];
  /** In groups, only admins may use it (members get a polite refusal). */
  groupAdmin?: boolean;
  /** Position in the private chats' menu and /help (absent: not listed there). */
  privateMenu?: number;
  /** Position in the groups' menu and /help (absent: not listed there). */
  groupMenu?: number;
  /** Argument hint shown in /help, e.g. "ID …"; a function for words of the chat's language (on|off). */
  args?: string | ((t: BaseContext["t"]) => string);
}

export class CommandRegistry {
  private readonly byName = new Map<string, CommandSpec>();
  readonly specs: readonly CommandSpec[];

  constructor(specs: Iterable<CommandSpec>) {
    const list: CommandSpec[] = [];
    for (const spec of specs) {
      for (const name of [spec.name, ...(spec.aliases ?? [])]) {
        if (!/^[a-z0-9_]{1,32}$/.test(name)) throw new Error(`bad command name "${name}"`);
        if (this.byName.has(name)) throw new Error(`command /${name} declared twice`);
        this.byName.set(name, spec);
      }
      list.push(spec);
    }
    this.specs = list;
  }

  /** The spec of a command or alias (lower case, without the slash). */
  get(name: string): CommandSpec | undefined {
    return this.byName.get(name);
  }

  /** Commands (and aliases) only group admins may use in groups. */
  isGroupAdminOnly(name: string): boolean {
    return this.byName.get(name)?.groupAdmin === true;
  }

  /** Names (aliases included) of every command. */
  get names(): string[] {
    return [...this.byName.keys()];
  }

  /** The menu of a chat kind, in order. */
  menu(kind: ChatKind): CommandSpec[] {
    const pos = (s: CommandSpec) => (kind === "private" ? s.privateMenu : s.groupMenu);
    return this.specs.filter((s) => pos(s) !== undefined).sort((a, b) => pos(a)! - pos(b)!);
  }
}

/** `/name ARGS — description` lines of a menu. */
export function helpLines(t: BaseContext["t"], specs: readonly CommandSpec[]): string[] {
  return specs.map((s) => {
    const aliases = s.aliases?.length ? ` (${s.aliases.map((a) => `/${a}`).join(", ")})` : "";
    const args = typeof s.args === "function" ? s.args(t) : s.args;
    return `/${s.name}${args ? ` ${escapeHtml(args)}` : ""}${aliases} — ${t(`cmd-${s.name}`)}`;
  });
}

/** Registers the menus with Telegram: one per language (the default one without a language) and chat kind. */
export async function registerCommands(api: Api, registry: CommandRegistry, i18n: I18n<BaseContext>, defaultLocale: string): Promise<void> {
  const build = (locale: string, kind: ChatKind) =>
    registry.menu(kind).map((s) => ({ command: s.name, description: i18n.t(locale, `cmd-${s.name}`).slice(0, 256) }));
  for (const locale of i18n.locales) {
    const lang = locale === defaultLocale ? {} : { language_code: locale as LanguageCode };
    await api.setMyCommands(build(locale, "private"), { scope: { type: "all_private_chats" }, ...lang });
    await api.setMyCommands(build(locale, "group"), { scope: { type: "all_group_chats" }, ...lang });
  }
}
