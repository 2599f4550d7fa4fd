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
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import type { GroupAccess } from "../groups/guard.js";
import { migrateGroup } from "../../storage/migrate.js";
import { FlatComposer } from "../composer.js";

// The move itself lives in storage (the tracking notifier runs it too, on a send refused with
// `migrate_to_chat_id`); re-exported here for the bot's features.
export { migrateGroup, type MigrationResult } from "../../storage/migrate.js";

const isGroupId = (id: unknown): id is number => typeof id === "number" && Number.isSafeInteger(id) && id < 0;

export function migrationFeature(access: GroupAccess): Feature {
  const composer = new FlatComposer<BotContext>();

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

  return { name: "migration", composer };
}
