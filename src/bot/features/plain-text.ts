/**
 * Plain text that means something (private chats, outside a conversation):
 * - only order IDs ("23501", "23501 23502, #23503") → their status, as /status would answer;
 * - a link alone → "🛒 Order for this link", which starts the wizard with the link filled in and
 *   the services of the link's platform first (instagram.com → Instagram).
 *
 * The link does not fit in callback data: it is kept in the cache for a day under a random token
 * (`plink:<token>`, for the chat's admins — in practice the private chat's user).
 */
import { randomBytes } from "node:crypto";
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { defineCallback, field } from "../callback-data.js";
import { truncate } from "../format.js";
import { looksLikeApiKey } from "./fallback.js";
import { isValidLink } from "../../panel/service-types.js";
import { parseIds } from "../ids.js";
import { HTML, answer } from "../order-ui.js";
import { sendStatus } from "./status.js";
import { startWizard } from "./order.js";
import { cosmetic } from "../best-effort.js";
import { platformOfLink } from "../../catalogue/platforms.js";
import { FlatComposer } from "../composer.js";

/** `plink:<token>`: order for the link kept under this token. */
export const orderLinkCodec = defineCallback("plink", { token: field.id(12) }, { audience: "admin" });

const LINK_TTL_MS = 24 * 60 * 60 * 1000;
const linkKey = (token: string): string => `plink:${token}`;

/** The platform of a link ("Instagram"), or undefined (the table: src/catalogue/platforms.ts). */
export function linkPlatform(link: string): string | undefined {
  return platformOfLink(link)?.name;
}

/** The text as one link (with or without https://), or undefined. */
export function loneLink(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 2000 || /\s/.test(t)) return undefined;
  if (!/^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}([/?#]\S*)?$/i.test(t)) return undefined;
  const link = /^https?:\/\//i.test(t) ? t : `https://${t}`;
  return isValidLink(link) ? link : undefined;
}

export function plainTextFeature(): Feature {
  const composer = new FlatComposer<BotContext>();
  const priv = composer.chatType("private");

  priv.on("message:text", async (ctx, next) => {
    const text = ctx.message.text;
    // Commands, and text that looks like an API key (deleted already; the fallback says why).
    if (text.startsWith("/") || looksLikeApiKey(text)) return next();
    const { ids, invalid } = parseIds(text);
    if (ids.length > 0 && invalid.length === 0) return sendStatus(ctx, text);
    const link = loneLink(text);
    if (!link) return next();
    const token = [...randomBytes(9)].map((b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join("");
    await ctx.deps.storage.cache.set(linkKey(token), link, LINK_TTL_MS);
    const platform = linkPlatform(link);
    const keyboard = new InlineKeyboard().text(ctx.t("plain-button-order-link"), orderLinkCodec.pack({ token }));
    const shown = truncate(link, 200);
    await ctx.reply(platform ? ctx.t("plain-link-platform", { link: shown, platform }) : ctx.t("plain-link", { link: shown }), {
      ...HTML,
      reply_markup: keyboard,
    });
  });

  composer.callbackQuery(orderLinkCodec.filter, async (ctx) => {
    const { token } = orderLinkCodec.unpack(ctx.callbackQuery.data)!;
    const link = await ctx.deps.storage.cache.get<string>(linkKey(token));
    if (!link) return answer(ctx, ctx.t("button-expired"), true);
    await ctx.editMessageReplyMarkup().catch(cosmetic);
    const platform = linkPlatform(link);
    await startWizard(ctx, { prefill: { link }, ...(platform ? { platform } : {}) });
  });

  return { name: "plain-text", composer, callbacks: [orderLinkCodec] };
}
