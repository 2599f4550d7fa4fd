/**
 * ✏️ Rename in /accounts: asks for the account's new label (plain text, at most 32 characters;
 * "-" goes back to the panel's name), stores it and shows the list again.
 */
import { cleanLabel, MAX_LABEL_LENGTH } from "../../storage/repos/accounts.js";
import { ownerOf } from "../account.js";
import type { BotConversation, ConvContext } from "../context.js";
import { cancelKeyboard, waitText } from "./helpers.js";

export const ACCOUNT_LABEL_CONVERSATION = "account-label";

export interface AccountLabelArgs {
  accountId: string;
  /** Its name now (plain text), for the prompt. */
  name: string;
}

export async function accountLabelConversation(conversation: BotConversation, ctx: ConvContext, args?: AccountLabelArgs): Promise<void> {
  const owner = ownerOf(ctx);
  if (!owner || !args) return;
  await ctx.reply(ctx.t("accounts-rename-ask", { name: args.name, max: MAX_LABEL_LENGTH }), { reply_markup: cancelKeyboard(ctx) });
  for (;;) {
    const { ctx: next, text } = await waitText(conversation);
    const raw = text.trim();
    const clear = raw === "-" || raw === "—";
    if (!clear && [...raw].length > MAX_LABEL_LENGTH) {
      await next.reply(next.t("accounts-rename-too-long", { max: MAX_LABEL_LENGTH }), { reply_markup: cancelKeyboard(next) });
      continue;
    }
    const label = clear ? undefined : cleanLabel(raw);
    if (!clear && !label) {
      await next.reply(next.t("accounts-rename-too-long", { max: MAX_LABEL_LENGTH }), { reply_markup: cancelKeyboard(next) });
      continue;
    }
    const ok = await conversation.external(() => ctx.deps.storage.accounts.rename(owner, args.accountId, label));
    await next.reply(ok ? next.t(label ? "accounts-renamed" : "accounts-rename-cleared", { name: label ?? "" }) : next.t("button-expired"));
    return;
  }
}
