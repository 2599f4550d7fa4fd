/**
 * 🔂 Repeat on an order card (/status, /orders, notifications): the ordering wizard starts with the
 * same service, link, quantity and type fields and goes straight to the summary with today's price
 * (conversations/order.ts, `repeat`). What no longer fits (service gone, limits changed) is said
 * and asked again. Placing goes through the wizard's exactly-once path (order-place.ts).
 *
 * Callback data: `rp:<panelId>:<orderId>` (src/bot/callbacks.ts), for group admins.
 */
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { repeatCodec } from "../callbacks.js";
import { accountForButton, answer, trackedMeta } from "../order-ui.js";
import { startWizard } from "./order.js";
import { FlatComposer } from "../composer.js";

export function repeatFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.callbackQuery(repeatCodec.filter, async (ctx) => {
    const { panelId, orderId } = repeatCodec.unpack(ctx.callbackQuery.data)!;
    const active = await accountForButton(ctx, panelId, orderId);
    if (!active) return;
    const meta = await trackedMeta(ctx, panelId, orderId);
    if (!meta?.serviceId) {
      await answer(ctx, ctx.t("repeat-unknown", { id: orderId }), true);
      return;
    }
    const prefill = meta.input ?? {
      ...(meta.link !== undefined ? { link: meta.link } : {}),
      ...(meta.quantity !== undefined ? { quantity: meta.quantity } : {}),
    };
    await startWizard(ctx, { serviceId: meta.serviceId, prefill, repeat: true, accountId: active.account.id }, active);
  });

  return { name: "repeat", composer, callbacks: [repeatCodec] };
}
