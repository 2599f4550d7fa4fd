/**
 * The home screen's buttons and the persistent reply keyboard of private chats (labels in
 * locales/<lang>/home.ftl). Here rather than in features/home.ts so that the conversations'
 * waitStep can recognise a reply-keyboard tap (it leaves the wizard like a command does).
 */
import { InlineKeyboard, Keyboard } from "grammy";
import type { BaseContext } from "./context.js";
import { defineCallback, field } from "./callback-data.js";

type T = BaseContext["t"];

export const HOME_ACTIONS = ["menu", "order", "orders", "balance", "services", "settings", "account", "connect", "help"] as const;
export type HomeAction = (typeof HOME_ACTIONS)[number];

/** Read-only screens are for everyone in a group; acting on the account is for admins. */
const READ_ONLY: ReadonlySet<HomeAction> = new Set(["menu", "orders", "help"]);

/** `home:<action>`: a home-screen button. */
export const homeCodec = defineCallback(
  "home",
  { action: field.oneOf(...HOME_ACTIONS) },
  { audience: (v) => (READ_ONLY.has(v.action) ? "everyone" : "admin") },
);

export const homeData = (action: HomeAction): string => homeCodec.pack({ action });

/** The reply keyboard's actions, in order, with their label keys. */
export const REPLY_KEYS: ReadonlyArray<{ action: HomeAction; key: string }> = [
  { action: "order", key: "home-key-order" },
  { action: "orders", key: "home-key-orders" },
  { action: "balance", key: "home-key-balance" },
  { action: "services", key: "home-key-services" },
];

/** The persistent keyboard of private chats: the four main actions, two per row. */
export function replyKeyboard(t: T): Keyboard {
  const kb = new Keyboard();
  REPLY_KEYS.forEach((k, i) => {
    if (i > 0 && i % 2 === 0) kb.row();
    kb.text(t(k.key));
  });
  return kb.resized().persistent();
}

/** The reply keyboard's labels → actions, per locale (labels take no arguments: fixed per locale). */
const labelsByLocale = new Map<string, Map<string, HomeAction>>();

/**
 * The action of a reply-keyboard label (in the chat's language), if the text is one. Every private
 * text goes through here (commands included): the labels are translated once per `locale` (the
 * locale `t` translates to), not four times per message.
 */
export function replyKeyAction(t: T, text: string | undefined, locale?: string): HomeAction | undefined {
  if (!text || text.length > 64) return undefined;
  const trimmed = text.trim();
  if (locale === undefined) return REPLY_KEYS.find((k) => t(k.key) === trimmed)?.action;
  let labels = labelsByLocale.get(locale);
  if (!labels) {
    labels = new Map();
    // The first key of a label wins, as with `find` above.
    for (const k of [...REPLY_KEYS].reverse()) labels.set(t(k.key), k.action);
    if (labelsByLocale.size < 64) labelsByLocale.set(locale, labels);
  }
  return labels.get(trimmed);
}

/** The 🏠 button that ends a flow. */
export function homeButton(t: T, kb: InlineKeyboard = new InlineKeyboard()): InlineKeyboard {
  return kb.text(t("home-button"), homeData("menu"));
}
