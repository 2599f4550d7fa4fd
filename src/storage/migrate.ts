/**
 * Moves what is stored for a group to its new id when it is upgraded to a supergroup (see
 * src/bot/features/migration.ts for what is moved and why). Used by the bot (the service messages)
 * and by the tracking notifier (a send refused with `migrate_to_chat_id`).
 */
import { DEFAULT_PREFS } from "./repos/prefs.js";
import { groupOwner, type ChatPrefs, type OwnerKey } from "./types.js";
import type { Storage } from "./index.js";

/** The repositories a migration touches. */
export type MigrationStorage = Pick<Storage, "accounts" | "prefs" | "orders" | "refills">;

export interface MigrationResult {
  account: boolean;
  prefs: boolean;
  orders: number;
  refills: number;
}

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
export async function migrateGroup(storage: MigrationStorage, oldId: number, newId: number): Promise<MigrationResult> {
  const result: MigrationResult = { account: false, prefs: false, orders: 0, refills: 0 };
  if (oldId === newId) return result;
  const oldOwner = groupOwner(oldId);
  const newOwner = groupOwner(newId);
  const owner = (o: OwnerKey): OwnerKey => (o === oldOwner ? newOwner : o);

  // 1. The accounts: moved (keys re-bound to the new chat), then the old record deleted. Accounts
  //    linked in the new chat meanwhile win.
  if ((await storage.accounts.list(oldOwner)).accounts.length > 0) {
    await storage.accounts.transfer(oldOwner, newOwner);
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
  // States written outside the poller: its in-memory view re-reads them.
  await storage.orders.touch(orders.map(({ order }) => ({ chatId: newId, panelId: order.panelId, orderId: order.orderId })));
  for (const { order } of orders) await storage.orders.untrack(oldId, order.panelId, order.orderId);
  result.orders = orders.length;

  // 4. Tracked refills, likewise.
  const refills = (await storage.refills.listByChat(oldId)).items.reverse();
  for (const { refill } of refills) await storage.refills.track({ ...refill, chatId: newId, owner: owner(refill.owner) });
  await storage.refills.setStates(
    refills.flatMap(({ refill, state }) => (state ? [{ chatId: newId, panelId: refill.panelId, refillId: refill.refillId, state }] : [])),
  );
  await storage.refills.touch(refills.map(({ refill }) => ({ chatId: newId, panelId: refill.panelId, refillId: refill.refillId })));
  for (const { refill } of refills) await storage.refills.untrack(oldId, refill.panelId, refill.refillId);
  result.refills = refills.length;

  return result;
}
