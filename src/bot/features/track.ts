/**
 * /track ID … and /untrack ID …: follow orders placed elsewhere (on the panel's site) in this chat,
 * with the chat's account. /track checks the IDs with one `status` call first: unknown IDs are
 * refused, known ones are tracked with source "manual" (already-final ones are listed in /orders
 * but not polled). The poller (src/tracking) sends the notifications.
 *
 * `resumeDelivery()` clears a chat's "blocked" delivery flag (set by the notifier on a 403) as soon
 * as that chat talks to the bot again; bot.ts installs it early, before every feature.
 */
import { orderSnapshot } from "../../tracking/changes.js";
import type { TrackState } from "../../storage/types.js";
import type { MiddlewareFn } from "grammy";
import type { BaseContext, BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { loadAccount, requireAccount } from "../account.js";
import { statusLabel, truncate } from "../format.js";
import { raw } from "../html.js";
import { STATUS_WORD_MAX } from "../order-card.js";
import { replyAll, splitMessages } from "../order-ui.js";
import { parseIds } from "../ids.js";
import { panelErrorText } from "../panel-errors.js";
import { isFinalOrderStatus } from "../../panel/status.js";
import { MAX_IDS_PER_CALL } from "../../panel/client.js";
import type { BatchItem, OrderStatus } from "../../panel/types.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/** Most IDs one /track or /untrack takes (one `status` call). */
export const MAX_TRACK_IDS = MAX_IDS_PER_CALL;

/** Clears the chat's blocked flag when the chat talks to the bot (not on the block event itself). */
export function resumeDelivery(): MiddlewareFn<BaseContext> {
  return async (ctx, next) => {
    const chatId = ctx.chat?.id;
    const status = ctx.myChatMember?.new_chat_member.status;
    if (chatId !== undefined && status !== "kicked" && status !== "left") {
      try {
        const delivery = ctx.deps.storage.delivery;
        const state = ctx.prefetched?.takeDelivery(chatId) ?? (await delivery.get(chatId));
        if (state.blocked) {
          await delivery.set(chatId, { blocked: false });
          ctx.deps.logger.info({ chatId }, "Chat is reachable again: tracking resumes");
        }
      } catch (err) {
        ctx.deps.logger.warn({ chatId, err: err instanceof Error ? err.message : String(err) }, "Could not clear the blocked flag");
      }
    }
    return next();
  };
}

const html = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };

export function trackFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("track", async (ctx) => {
    if (!ctx.chat) return;
    const { ids, invalid } = parseIds(ctx.match);
    if (ids.length === 0 && invalid.length === 0) {
      await ctx.reply(ctx.t("tracking-track-usage", { max: MAX_TRACK_IDS }), html);
      return;
    }
    if (ids.length > MAX_TRACK_IDS) {
      await ctx.reply(ctx.t("tracking-too-many", { count: ids.length, max: MAX_TRACK_IDS }));
      return;
    }
    const lines = [ctx.t("tracking-track-title")];
    if (invalid.length > 0) lines.push(ctx.t("tracking-not-ids", { tokens: truncate(invalid.slice(0, 20).join(", "), 300) }));
    if (ids.length === 0) {
      lines.push("", ctx.t("tracking-track-usage", { max: MAX_TRACK_IDS }));
      await ctx.reply(lines.join("\n"), html);
      return;
    }
    const active = await requireAccount(ctx);
    if (!active) return;
    await ctx.replyWithChatAction("typing").catch(cosmetic);
    let results: Map<string, BatchItem<OrderStatus>>;
    try {
      results = await active.client.statuses(active.account.apiKey, ids);
    } catch (err) {
      await ctx.reply(panelErrorText(ctx, err), html);
      return;
    }
    const { orders } = ctx.deps.storage;
    const chatId = ctx.chat.id;
    const panelId = active.account.panelId;
    const baselines: Array<{ chatId: number; panelId: string; orderId: string; state: TrackState }> = [];
    for (const id of ids) {
      const item = results.get(id);
      if (!item || (!item.ok && (item.error.kind === "unavailable" || item.error.kind === "rate_limited"))) {
        lines.push(ctx.t("tracking-item-unavailable", { id }));
        continue;
      }
      if (!item.ok) {
        lines.push(
          item.error.kind === "unknown_order"
            ? ctx.t("tracking-item-unknown", { id })
            : ctx.t("tracking-item-error", { id, reason: raw(panelErrorText(ctx, item.error)) }),
        );
        continue;
      }
      if (await orders.get(chatId, panelId, id)) {
        lines.push(ctx.t("tracking-item-already", { id }));
        continue;
      }
      const currency = item.value.currency ?? active.account.currency;
      await orders.track({
        chatId,
        owner: active.owner,
        accountId: active.account.id,
        panelId,
        orderId: id,
        source: "manual",
        createdAt: ctx.deps.now(),
        ...(currency ? { currency } : {}),
      });
      // What the chat was just told is the baseline: a change before the first poll is notified too.
      const seen = orderSnapshot(item.value, ctx.deps.now());
      baselines.push({ chatId, panelId, orderId: id, state: { last: seen, notified: seen, final: isFinalOrderStatus(item.value.status) } });
      const status = truncate(statusLabel(ctx.t, item.value.status), STATUS_WORD_MAX);
      lines.push(
        isFinalOrderStatus(item.value.status)
          ? ctx.t("tracking-item-tracked-final", { id, status })
          : ctx.t("tracking-item-tracked", { id, status }),
      );
    }
    if (baselines.length > 0) {
      await orders.setStates(baselines);
      await orders.touch(baselines); // written outside the poller: its view re-reads them
    }
    await replyAll(ctx, splitMessages(lines[0]!, lines.slice(1)));
  });

  composer.command("untrack", async (ctx) => {
    if (!ctx.chat) return;
    const { ids, invalid } = parseIds(ctx.match);
    if (ids.length === 0 && invalid.length === 0) {
      await ctx.reply(ctx.t("tracking-untrack-usage"), html);
      return;
    }
    if (ids.length > MAX_TRACK_IDS) {
      await ctx.reply(ctx.t("tracking-too-many", { count: ids.length, max: MAX_TRACK_IDS }));
      return;
    }
    const lines = [ctx.t("tracking-untrack-title")];
    if (invalid.length > 0) lines.push(ctx.t("tracking-not-ids", { tokens: truncate(invalid.slice(0, 20).join(", "), 300) }));
    // The account's panel; without an account (e.g. disconnected), every configured panel.
    const active = await loadAccount(ctx).catch(() => undefined); // untracking needs no account: the hint is optional
    const panelIds = active ? [active.account.panelId] : ctx.deps.config.panels.map((p) => p.id);
    const chatId = ctx.chat.id;
    for (const id of ids) {
      let removed = false;
      for (const panelId of panelIds) removed = (await ctx.deps.storage.orders.untrack(chatId, panelId, id)) || removed;
      lines.push(removed ? ctx.t("tracking-item-untracked", { id }) : ctx.t("tracking-item-not-tracked", { id }));
    }
    await replyAll(ctx, splitMessages(lines[0]!, lines.slice(1)));
  });

  return {
    name: "track",
    composer,
    commands: [
      { name: "track", chats: ["private", "group"], groupAdmin: true, privateMenu: 10, groupMenu: 5, args: "ID …" },
      { name: "untrack", chats: ["private", "group"], groupAdmin: true, privateMenu: 11, groupMenu: 6, args: "ID …" },
    ],
  };
}
