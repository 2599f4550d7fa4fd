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

/** The action of a reply-keyboard label (in the chat's language), if the text is one. */
export function replyKeyAction(t: T, text: string | undefined): HomeAction | undefined {
  if (!text || text.length > 64) return undefined;
  const trimmed = text.trim();
  return REPLY_KEYS.find((k) => t(k.key) === trimmed)?.action;
}

/** The 🏠 button that ends a flow. */
export function homeButton(t: T, kb: InlineKeyboard = new InlineKeyboard()): InlineKeyboard {
  return kb.text(t("home-button"), homeData("menu"));
}
