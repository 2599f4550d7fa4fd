/** /balance: the active account's balance (/accounts shows every account's). */
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { chatAccounts, requireAccount } from "../account.js";
import { panelErrorText } from "../panel-errors.js";
import { money } from "../format.js";
import { lowBalanceAlert } from "../low-balance.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/** The account's balance, as a new message (/balance, the home screen). */
export async function sendBalance(ctx: BotContext): Promise<void> {
  const active = await requireAccount(ctx);
  if (!active) return;
  await ctx.replyWithChatAction("typing").catch(cosmetic);
  try {
    const [b, accounts] = await Promise.all([active.client.balance(active.account.apiKey), chatAccounts(ctx, active.owner)]);
    // With several accounts, the active one's name (its label, or its panel's name with its id).
    const panel = accounts.several ? (accounts.names.get(active.account.id) ?? active.panelName) : active.panelName;
    await ctx.reply(ctx.t("balance", { balance: money(ctx, b.balance, b.currency), panel }));
    const below = ctx.chat ? await lowBalanceAlert(ctx.deps, ctx.chat.id, b.balance) : undefined;
    if (below)
      await ctx.reply(ctx.t("money-low-balance", { balance: money(ctx, b.balance, b.currency), threshold: money(ctx, below, b.currency) }));
  } catch (err) {
    await ctx.reply(panelErrorText(ctx, err));
  }
}

export function balanceFeature(): Feature {
  const composer = new FlatComposer<BotContext>();
  composer.command("balance", (ctx) => sendBalance(ctx));
  return {
    name: "balance",
    composer,
    commands: [{ name: "balance", chats: ["private", "group"], groupAdmin: true, privateMenu: 6, groupMenu: 3 }],
  };
}
