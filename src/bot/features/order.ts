/**
 * /order (and the catalogue card's 🛒 Order button): starts the ordering wizard (conversation
 * "order", see conversations/order.ts). Also answers the wizard's buttons once the wizard is over:
 * a second tap on a Confirm button says what became of that order instead of ordering again.
 *
 * In groups, who may order is decided centrally (groups/guard.ts, from the registry and the codecs).
 */
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { requireAccount, type ActiveAccount } from "../account.js";
import { ORDER_CONVERSATION, WIZARD_CODECS, wizardConfirmCodec, type OrderArgs } from "../conversations/order.js";
import { placementOutcome } from "../conversations/order-place.js";
import { serviceOrderCodec } from "./services.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/** Starts the ordering wizard (leaving any other conversation) for the chat's account. */
/** Starts the wizard; `checked`: the caller has just loaded the account (it is not read again). */
export async function startWizard(ctx: BotContext, args: OrderArgs, checked?: ActiveAccount): Promise<void> {
  const active = checked ?? (await requireAccount(ctx));
  if (!active) return;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(cosmetic);
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(ORDER_CONVERSATION, args);
}

export function orderFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("order", async (ctx) => {
    const id = ctx.match.trim().replace(/^#/, "");
    // A service ID: opaque, but with a digit in it (a word like "likes" is not an ID: usage).
    if (id && (!/\d/.test(id) || !serviceOrderCodec.fits({ serviceId: id }))) {
      await ctx.reply(ctx.t("order-usage"));
      return;
    }
    await startWizard(ctx, id ? { serviceId: id } : {});
  });

  composer.callbackQuery(serviceOrderCodec.filter, async (ctx) => {
    await startWizard(ctx, { serviceId: ctx.match[1]! });
  });

  // A Confirm button of a wizard that is over (order placed, cancelled, bot restarted…).
  composer.callbackQuery(wizardConfirmCodec.filter, async (ctx) => {
    const outcome = await placementOutcome(ctx.deps, ctx.match[1]!);
    let text: string;
    if (!outcome) text = ctx.t("order-wizard-expired");
    else if (outcome.kind === "placed") text = ctx.t("order-already-placed", { id: outcome.orderId });
    else if (outcome.kind === "unknown") text = ctx.t("order-already-unknown");
    else text = ctx.t("order-already-failed");
    await ctx.answerCallbackQuery({ text, show_alert: true });
    await ctx.editMessageReplyMarkup().catch(cosmetic);
  });

  // Any other wizard button outside the wizard.
  composer.callbackQuery(/^ow:/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("order-wizard-expired") });
  });

  return {
    name: "order",
    composer,
    commands: [{ name: "order", chats: ["private", "group"], groupAdmin: true, privateMenu: 3, groupMenu: 4, args: "[SERVICE_ID]" }],
    callbacks: [serviceOrderCodec, ...WIZARD_CODECS],
  };
}
