/**
 * The bot's storage: `createStorage()` opens the database named by the storage URL (SQLite by
 * default, Redis or PostgreSQL), loads the encryption key, and returns the repositories of
 * types.ts plus grammY storage adapters.
 */
import path from "node:path";
import type { StorageAdapter } from "grammy";
import { KeyvAdapter, SecretKeyvAdapter } from "./adapter.js";
import { loadEncryptionKey, SecretBox } from "./crypto.js";
import { createKeyvStore, type KeyvStore, type StorageKind } from "./keyv.js";
import type { StorageLogger } from "./logger.js";
import type { AccountRepo, CacheRepo, DeliveryRepo, OrderRepo, PrefsRepo, RefillRepo } from "./types.js";
import { KeyvAccountRepo } from "./repos/accounts.js";
import { KeyvCacheRepo } from "./repos/cache.js";
import { KeyvDeliveryRepo } from "./repos/delivery.js";
import { KeyvOrderRepo } from "./repos/orders.js";
import { KeyvPrefsRepo } from "./repos/prefs.js";
import { KeyvRefillRepo } from "./repos/refills.js";
import { KeyvPlacementRepo, type PlacementRepo } from "./repos/placements.js";
import { DEFAULT_INDEX_CAP } from "./repos/tracked.js";
import { ChangeFeed } from "./repos/changes.js";

export * from "./types.js";
export { KeyvAdapter, SecretKeyvAdapter } from "./adapter.js";
export {
  DecryptionError,
  EncryptionKeyError,
  KEY_FILE_NAME,
  loadEncryptionKey,
  parseEncryptionKey,
  SecretBox,
  type LoadKeyOptions,
} from "./crypto.js";
export {
  createKeyvStore,
  DEFAULT_STORAGE_URL,
  NAMESPACES,
  parseStorageUrl,
  redactUrl,
  type KeyvStore,
  type KeyvStoreOptions,
  type StorageKind,
  type StorageTarget,
} from "./keyv.js";
export type { StorageLogger } from "./logger.js";
export { KeyvAccountRepo } from "./repos/accounts.js";
export { KeyvCacheRepo } from "./repos/cache.js";
export { KeyvDeliveryRepo } from "./repos/delivery.js";
export { KeyvOrderRepo } from "./repos/orders.js";
export { DEFAULT_PREFS, KeyvPrefsRepo } from "./repos/prefs.js";
export { KeyvRefillRepo } from "./repos/refills.js";
export * from "./repos/placements.js";
export { DEFAULT_INDEX_CAP } from "./repos/tracked.js";
export { ChangeFeed, type ChangeNote, type ChangeSubject } from "./repos/changes.js";

/** Everything the bot stores. */
export interface Storage {
  accounts: AccountRepo;
  prefs: PrefsRepo;
  orders: OrderRepo;
  refills: RefillRepo;
  delivery: DeliveryRepo;
  cache: CacheRepo;
  /** Placement records of the ordering wizard (exactly-once confirm). */
  placements: PlacementRepo;
  /** Changes noted for the polling leader's in-memory view (see repos/changes.ts). */
  changes: ChangeFeed;
  /** A grammY storage adapter over a namespace ("sessions", "conversations", …), values in JSON. */
  adapter<T>(namespace: "sessions" | "conversations" | (string & {})): StorageAdapter<T>;
  /** Like {@link adapter}, but every value is encrypted at rest (for data that may hold secrets). */
  secretAdapter<T>(namespace: "sessions" | "conversations" | (string & {})): StorageAdapter<T>;
  kind: StorageKind;
  /** The underlying namespaced key/value store (for maintenance and tests). */
  keyv: KeyvStore;
  /** Closes the connection. Idempotent. */
  close(): Promise<void>;
}

/** Options of {@link createStorage}. */
export interface CreateStorageOptions {
  /** Storage URL (see parseStorageUrl). Default: `sqlite://<dataDir>/bot.sqlite`. */
  url?: string | undefined;
  /** The bot's data folder (SQLite file by default, generated encryption key). */
  dataDir: string;
  /** ENCRYPTION_KEY: 64 hex characters or base64 of 32 bytes. Unset: `<dataDir>/encryption.key`. */
  encryptionKey?: string | undefined;
  /** Gets warnings (generated key, connection trouble). Default: console. Never given secrets. */
  logger?: StorageLogger | undefined;
  /** Prefix of every namespace, to share a database between bots or test runs. */
  namespacePrefix?: string | undefined;
  /** Most orders/refills kept per chat; tracking more untracks the oldest. Default 1000. */
  indexCap?: number | undefined;
  /** Note user-side changes for the polling leader (default true; false when this bot never polls). */
  changeFeed?: boolean | undefined;
}

/** Opens the storage. Rejects with a clear message on a bad key, URL or unreachable database. */
export async function createStorage(opts: CreateStorageOptions): Promise<Storage> {
  const key = await loadEncryptionKey({
    encryptionKey: opts.encryptionKey,
    dataDir: opts.dataDir,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  const box = new SecretBox(key);
  key.fill(0);
  const url = opts.url?.trim() || `sqlite://${path.join(opts.dataDir, "bot.sqlite")}`;
  const store = await createKeyvStore(url, {
    ...(opts.namespacePrefix ? { namespacePrefix: opts.namespacePrefix } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  const cap = opts.indexCap ?? DEFAULT_INDEX_CAP;
  // SQLite and PostgreSQL scan a namespace in key order (`chatId:…`): a chat's items come together.
  const byChat = store.kind !== "redis";
  // One adapter per namespace; a namespace is either plain or encrypted, never both.
  const adapters = new Map<string, { secret: boolean; adapter: StorageAdapter<unknown> }>();
  const cached = <T>(namespace: string, secret: boolean): StorageAdapter<T> => {
    const found = adapters.get(namespace);
    if (found) {
      if (found.secret !== secret) {
        throw new Error(`Namespace "${namespace}" is already used by ${found.secret ? "secretAdapter" : "adapter"}()`);
      }
      return found.adapter as StorageAdapter<T>;
    }
    const keyv = store.namespace(namespace);
    const adapter = secret ? new SecretKeyvAdapter<T>(keyv, box, namespace) : new KeyvAdapter<T>(keyv);
    adapters.set(namespace, { secret, adapter: adapter as StorageAdapter<unknown> });
    return adapter;
  };
  const changes = new ChangeFeed(store.namespace("changes"), opts.changeFeed ?? true);
  return {
    accounts: new KeyvAccountRepo(store.namespace("accounts"), box),
    prefs: new KeyvPrefsRepo(store.namespace("prefs"), changes),
    orders: new KeyvOrderRepo(store.namespace("orders"), store.namespace("orderstate"), store.namespace("orderindex"), cap, byChat, changes),
    refills: new KeyvRefillRepo(
      store.namespace("refills"),
      store.namespace("refillstate"),
      store.namespace("refillindex"),
      cap,
      byChat,
      changes,
    ),
    delivery: new KeyvDeliveryRepo(store.namespace("delivery"), changes),
    changes,
    cache: new KeyvCacheRepo(store.namespace("cache")),
    placements: new KeyvPlacementRepo(store.namespace("placements")),
    adapter: <T>(namespace: string) => cached<T>(namespace, false),
    secretAdapter: <T>(namespace: string) => cached<T>(namespace, true),
    kind: store.kind,
    keyv: store,
    close: () => store.close(),
  };
}
