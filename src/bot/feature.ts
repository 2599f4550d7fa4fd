/**
 * A feature: one grammY Composer with the commands it handles (for the command registry: menus,
 * /help, the group guard) and the codecs of the buttons it handles (for the group guard and the
 * 64-byte check). Its texts live in locales/<lang>/<feature>.ftl. bot.ts installs the features in
 * order and builds both registries from them.
 */
import type { Composer } from "grammy";
import type { AnyCodec } from "./callback-data.js";
import type { CommandSpec } from "./commands.js";
import type { BotContext } from "./context.js";

export interface Feature {
  readonly name: string;
  readonly composer: Composer<BotContext>;
  readonly commands?: readonly CommandSpec[];
  readonly callbacks?: readonly AnyCodec[];
}
