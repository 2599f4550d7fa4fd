/**
 * A group upgraded to a supergroup gets a new chat id. Telegram posts a service message in the old
 * group (`migrate_to_chat_id`) and one in the new supergroup (`migrate_from_chat_id`); whichever
 * arrives first moves the group's data to the new id, the other finds nothing left to move:
 *
 * - the linked panel account (owner "g:<oldId>" → "g:<newId>"): written under the new id before
 *   the old one is deleted, so an interruption never loses it;
 * - the preferences (language, notifications, …), copied when the new chat has none of its own;
 * - every tracked order and refill: tracked under the new id with all their metadata (owner
 *   "g:<oldId>" rewritten), their poller state copied (so nothing is notified again), then
 *   untracked under the old id;
 * - the admin cache entry of the old id.
 *
 * Silent: the old group can no longer be written to, and the move needs no action from anyone.
 */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { GroupAccess } from "../admin.js";
import { DEFAULT_PREFS } from "../../storage/repos/prefs.js";
import { groupOwner, type ChatPrefs, type OwnerKey } from "../../storage/types.js";
import type { Storage } from "../../storage/index.js";

export interface MigrationResult {
  account: boolean;
  prefs: boolean;
  orders: number;
  refills: number;
}

const isGroupId = (id: unknown): id is number => typeof id === "number" && Number.isSafeInteger(id) && id < 0;

function hasOwnPrefs(p: ChatPrefs): boolean {
  return (
    p.language !== undefined ||
    p.detectedLanguage !== undefined ||
    p.notifications !== DEFAULT_PREFS.notifications ||
    p.progress !== DEFAULT_PREFS.progress
  );
}

/**
 * Moves everything stored for group `oldId` to `newId`. Idempotent: a second run (or a run after
 * an interrupted one) finishes the move or finds nothing to do.
 */
export async function migrateGroup(storage: Storage, oldId: number, newId: number): Promise<MigrationResult> {
  const result: MigrationResult = { account: false, prefs: false, orders: 0, refills: 0 };
  if (oldId === newId) return result;
  const oldOwner = groupOwner(oldId);
  const newOwner = groupOwner(newId);
  const owner = (o: OwnerKey): OwnerKey => (o === oldOwner ? newOwner : o);

  // 1. The account: new first, then delete the old one. A link made in the new chat meanwhile wins.
  const account = await storage.accounts.get(oldOwner);
  if (account) {
    if (!(await storage.accounts.get(newOwner))) await storage.accounts.set(newOwner, account);
    await storage.accounts.delete(oldOwner);
    result.account = true;
  }

  // 2. Preferences: copied when the new chat has none, then the old ones reset to the defaults.
  const oldPrefs = await storage.prefs.get(oldId);
  if (hasOwnPrefs(oldPrefs)) {
    if (!hasOwnPrefs(await storage.prefs.get(newId))) {
      await storage.prefs.update(newId, {
        language: oldPrefs.language,
        detectedLanguage: oldPrefs.detectedLanguage,
        notifications: oldPrefs.notifications,
        progress: oldPrefs.progress,
      });
      result.prefs = true;
    }
    await storage.prefs.update(oldId, { language: undefined, detectedLanguage: undefined, notifications: undefined, progress: undefined });
  }

  // 3. Tracked orders: oldest first, so the new chat's index keeps the newest first.
  const orders = (await storage.orders.listByChat(oldId)).items.reverse();
  for (const { order } of orders) await storage.orders.track({ ...order, chatId: newId, owner: owner(order.owner) });
  await storage.orders.setStates(
    orders.flatMap(({ order, state }) => (state ? [{ chatId: newId, panelId: order.panelId, orderId: order.orderId, state }] : [])),
  );
  for (const { order } of orders) await storage.orders.untrack(oldId, order.panelId, order.orderId);
  result.orders = orders.length;

  // 4. Tracked refills, likewise.
  const refills = (await storage.refills.listByChat(oldId)).items.reverse();
  for (const { refill } of refills) await storage.refills.track({ ...refill, chatId: newId, owner: owner(refill.owner) });
  await storage.refills.setStates(
    refills.flatMap(({ refill, state }) => (state ? [{ chatId: newId, panelId: refill.panelId, refillId: refill.refillId, state }] : [])),
  );
  for (const { refill } of refills) await storage.refills.untrack(oldId, refill.panelId, refill.refillId);
  result.refills = refills.length;

  return result;
}

export function migrationFeature(access: GroupAccess): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const run = async (ctx: BotContext, oldId: number, newId: number) => {
    if (!isGroupId(oldId) || !isGroupId(newId) || oldId === newId) return;
    access.cache.invalidate(oldId);
    const moved = await migrateGroup(ctx.deps.storage, oldId, newId);
    access.cache.invalidate(oldId);
    if (moved.account || moved.prefs || moved.orders > 0 || moved.refills > 0) {
      ctx.deps.logger.info({ oldChatId: oldId, newChatId: newId, ...moved }, "group migrated to a supergroup");
    }
  };

  // In the old group: "upgraded to a supergroup, now <newId>".
  composer.on("message:migrate_to_chat_id", (ctx) => run(ctx, ctx.chat.id, ctx.msg.migrate_to_chat_id));
  // In the new supergroup: "upgraded from <oldId>".
  composer.on("message:migrate_from_chat_id", (ctx) => run(ctx, ctx.msg.migrate_from_chat_id, ctx.chat.id));

  return composer;
}
