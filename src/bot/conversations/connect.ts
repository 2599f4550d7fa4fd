/**
 * /connect: asks for the panel API key, deletes the message that held it, verifies it with a
 * balance call and stores it encrypted. Works for the user's own account and, through the group
 * deep link, for a group's account (args.owner = "g:<chatId>").
 *
 * Any other API v2 panel (unless CUSTOM_PANELS=off): "➕ Other panel" (next to the operator's
 * panels, or under the key prompt when there is one) asks for its address, vets it (ssrf.ts: a
 * refused address gets its reason and nothing is called), finds its API endpoint (discover.ts,
 * with a sentinel key: the user's key only goes to the endpoint found), then asks for the key as
 * usual; a verified key registers the panel (every instance knows it) and stores the account.
 *
 * Conversation state (which briefly holds the user's message) is stored encrypted at rest.
 */
import { InlineKeyboard } from "grammy";
import { type OwnerKey, userOwner } from "../../storage/types.js";
import { PanelError } from "../../panel/errors.js";
import { money } from "../format.js";
import type { BotConversation, ConvContext } from "../context.js";
import { panelErrorText } from "../panel-errors.js";
import { CANCEL_DATA, cancelKeyboard, waitStep, waitText } from "./helpers.js";
import { defineCallback } from "../callback-data.js";
import { PANEL_ID_FIELD } from "../callbacks.js";
import { cosmetic } from "../best-effort.js";
import { MAX_ACCOUNTS, TooManyAccountsError } from "../../storage/repos/accounts.js";
import type { RefusalReason, ResolvedAddress } from "../../panel/ssrf.js";

export const CONNECT_CONVERSATION = "connect";

/** The panel buttons of /connect (when several panels are configured). */
export const connectPanelCodec = defineCallback("connect:panel", { panelId: PANEL_ID_FIELD }, { audience: "starter" });
/** "➕ Other panel": a panel the operator did not configure. */
export const connectOtherCodec = defineCallback("connect:other", {}, { audience: "starter" });
const OTHER_DATA = connectOtherCodec.pack({});

/** A panel found at a user's address: its endpoint, name (host) and vetted address. */
interface OtherPanel {
  url: string;
  name: string;
  pinned: ResolvedAddress;
}

/** The locale key telling why an address was refused. */
const REFUSAL_KEYS: Readonly<Record<RefusalReason, string>> = {
  malformed: "connect-address-refused-malformed",
  scheme: "connect-address-refused-scheme",
  credentials: "connect-address-refused-credentials",
  port: "connect-address-refused-port",
  denied: "connect-address-refused-denied",
  not_allowed: "connect-address-refused-not-allowed",
  disabled: "connect-address-refused-disabled",
  private_address: "connect-address-refused-private",
  unresolved: "connect-address-refused-unresolved",
};

type Found = { ok: true; panel: OtherPanel } | { ok: false; key: string; host?: string };

/**
 * Asks for a panel's address until one is vetted and its API endpoint found (every lookup and call
 * inside `conversation.external`). Returns the panel (not registered yet: that waits for a key).
 */
async function askOtherPanel(conversation: BotConversation, ctx: ConvContext): Promise<OtherPanel> {
  await ctx.reply(ctx.t("connect-ask-address"), { reply_markup: cancelKeyboard(ctx), link_preview_options: { is_disabled: true } });
  for (;;) {
    const { ctx: addrCtx, text } = await waitText(conversation);
    await addrCtx.replyWithChatAction("typing").catch(cosmetic);
    const found = await conversation.external(async (): Promise<Found> => {
      const vetted = await ctx.deps.panels.vetAddress(text);
      if (!vetted.ok) return { ok: false, key: REFUSAL_KEYS[vetted.reason] };
      const host = vetted.address.hostname;
      const r = await ctx.deps.panels.discover(vetted.address);
      if (r.kind === "not_found") return { ok: false, key: "connect-no-api", host };
      if (r.kind === "unreachable") return { ok: false, key: "connect-unreachable", host };
      return { ok: true, panel: { url: r.url, name: new URL(r.url).host, pinned: vetted.address.pinned } };
    });
    if (found.ok) {
      await addrCtx.reply(addrCtx.t("connect-panel-found", { url: found.panel.url }), { link_preview_options: { is_disabled: true } });
      return found.panel;
    }
    await addrCtx.reply(addrCtx.t(found.key, found.host !== undefined ? { host: found.host } : {}), { reply_markup: cancelKeyboard(addrCtx) });
  }
}

export interface ConnectArgs {
  /** Whose account to connect; defaults to the user. */
  owner?: OwnerKey;
  /** Title of the group, for the prompts. */
  groupTitle?: string;
}

/** A plausible API key: one token of printable characters. */
export const API_KEY_PATTERN = /^[\x21-\x7e]{8,256}$/;

type Verify = { ok: true; balance: string; currency: string; panelId: string } | { ok: false; kind: string; message: string };

export async function connectConversation(conversation: BotConversation, ctx: ConvContext, args?: ConnectArgs) {
  const userId = ctx.from?.id;
  if (userId === undefined) return;
  const owner = args?.owner ?? userOwner(userId);
  const panels = ctx.deps.config.panels;
  const othersAllowed = ctx.deps.config.customPanels.mode !== "off";

  // 1. Which panel: buttons when several are configured (plus "➕ Other panel" when allowed).
  let panelId = panels[0]!.id;
  let other: OtherPanel | undefined;
  if (panels.length > 1) {
    const kb = new InlineKeyboard();
    for (const p of panels) kb.text(p.name, connectPanelCodec.pack({ panelId: p.id })).row();
    if (othersAllowed) kb.text(ctx.t("button-other-panel"), OTHER_DATA).row();
    kb.text(ctx.t("button-cancel"), CANCEL_DATA);
    await ctx.reply(ctx.t("connect-choose-panel"), { reply_markup: kb });
    for (;;) {
      const next = await waitStep(conversation);
      if (othersAllowed && next.callbackQuery?.data === OTHER_DATA) {
        await next.answerCallbackQuery();
        await next.editMessageReplyMarkup().catch(cosmetic);
        other = await askOtherPanel(conversation, next);
        break;
      }
      const picked = connectPanelCodec.unpack(next.callbackQuery?.data ?? "");
      const chosen = picked && panels.find((p) => p.id === picked.panelId);
      if (chosen) {
        panelId = chosen.id;
        await next.answerCallbackQuery();
        await next.editMessageText(ctx.t("connect-panel-chosen", { panel: chosen.name })).catch(cosmetic);
        break;
      }
      if (next.callbackQuery) await next.answerCallbackQuery({ text: next.t("button-expired") });
      else await next.reply(next.t("connect-choose-panel"), { reply_markup: kb });
    }
  }
  let panel = other ? { id: "", name: other.name } : panels.find((p) => p.id === panelId)!;

  // 2. The key. With one configured panel, "➕ Other panel" sits under this prompt.
  const askKey = (c: ConvContext, offerOther: boolean) =>
    c.reply(
      args?.groupTitle
        ? c.t("connect-ask-key-group", { panel: panel.name, group: args.groupTitle })
        : c.t("connect-ask-key", { panel: panel.name }),
      {
        reply_markup: offerOther
          ? new InlineKeyboard().text(c.t("button-other-panel"), OTHER_DATA).row().text(c.t("button-cancel"), CANCEL_DATA)
          : cancelKeyboard(c),
        link_preview_options: { is_disabled: true },
      },
    );
  await askKey(ctx, othersAllowed && !other);

  for (;;) {
    const { ctx: keyCtx, text, otherPressed } = await waitKey(conversation, othersAllowed && !other);
    if (otherPressed) {
      other = await askOtherPanel(conversation, keyCtx);
      panel = { id: "", name: other.name };
      await askKey(keyCtx, false);
      continue;
    }
    // The message holds a secret: remove it from the chat whatever happens next.
    await keyCtx.deleteMessage().catch(cosmetic);
    const key = text.trim();
    if (!API_KEY_PATTERN.test(key)) {
      await keyCtx.reply(keyCtx.t("connect-key-malformed"), { reply_markup: cancelKeyboard(keyCtx) });
      continue;
    }
    await keyCtx.replyWithChatAction("typing").catch(cosmetic);
    const target = other;
    const verified = await conversation.external(async (): Promise<Verify> => {
      try {
        if (target) {
          // A user's panel: verified at its endpoint and vetted address, registered once the key works.
          const b = await ctx.deps.panels.withProbeClient(target.url, target.pinned, (client) => client.balance(key));
          const added = await ctx.deps.panels.addCustom(target.url, target.pinned);
          return { ok: true, balance: b.balance, currency: b.currency, panelId: added.id };
        }
        const b = await ctx.deps.panels.get(panelId).balance(key);
        return { ok: true, balance: b.balance, currency: b.currency, panelId };
      } catch (err) {
        const kind = err instanceof PanelError ? err.kind : "unknown";
        return { ok: false, kind, message: panelErrorText(keyCtx, err) };
      }
    });
    if (!verified.ok) {
      const text = verified.kind === "invalid_key" ? keyCtx.t("connect-key-rejected") : `${verified.message}\n${keyCtx.t("connect-try-again")}`;
      await keyCtx.reply(text, { reply_markup: cancelKeyboard(keyCtx) });
      continue;
    }
    panelId = verified.panelId;
    const stored = await conversation.external(async (): Promise<"added" | "replaced" | "full"> => {
      try {
        const { replaced } = await ctx.deps.storage.accounts.add(owner, {
          panelId,
          apiKey: key,
          currency: verified.currency,
          connectedAt: Date.now(),
          connectedBy: userId,
        });
        return replaced ? "replaced" : "added";
      } catch (err) {
        if (err instanceof TooManyAccountsError) return "full";
        throw err;
      }
    });
    if (stored === "full") {
      await keyCtx.reply(keyCtx.t("accounts-too-many", { max: MAX_ACCOUNTS }));
      return;
    }
    const count = await conversation.external(async () => (await ctx.deps.storage.accounts.list(owner)).accounts.length);
    const balance = money(keyCtx, verified.balance, verified.currency);
    await keyCtx.reply(
      args?.groupTitle
        ? keyCtx.t("connect-done-group", { panel: panel.name, balance, group: args.groupTitle })
        : keyCtx.t("connect-done", { panel: panel.name, balance }),
    );
    // With several accounts, say which one commands now use.
    if (count > 1) await keyCtx.reply(keyCtx.t("accounts-now-active", { count }));
    return;
  }
}

/**
 * Waits for the key (a text message), or for "➕ Other panel" when it is offered; other buttons get
 * "button expired", other updates a hint.
 */
async function waitKey(
  conversation: BotConversation,
  offerOther: boolean,
): Promise<{ ctx: ConvContext; text: string; otherPressed: false } | { ctx: ConvContext; text: ""; otherPressed: true }> {
  for (;;) {
    const next = await waitStep(conversation);
    const text = next.message?.text;
    if (text !== undefined) return { ctx: next, text, otherPressed: false };
    if (offerOther && next.callbackQuery?.data === OTHER_DATA) {
      await next.answerCallbackQuery().catch(cosmetic);
      await next.editMessageReplyMarkup().catch(cosmetic);
      return { ctx: next, text: "", otherPressed: true };
    }
    if (next.callbackQuery) await next.answerCallbackQuery({ text: next.t("button-expired") }).catch(cosmetic);
    else await next.reply(next.t("conversation-send-text"));
  }
}
