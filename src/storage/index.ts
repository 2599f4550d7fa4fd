/**
 * The bot's storage: `createStorage()` opens the database named by the storage URL (SQLite by
 * default, Redis or PostgreSQL), loads the encryption key, and returns the repositories of
 * types.ts plus grammY storage adapters.
 */
import path from "node:path";
import type { StorageAdapter } from "grammy";
import { KeyvAdapter, SecretKeyvAdapter } from "./adapter.js";
import { loadEncryptionKey, parseEncryptionKey, SecretBox } from "./crypto.js";
import { createKeyvStore, type KeyvStore, type StorageKind } from "./keyv.js";
import type { ScanOptions } from "./backend.js";
import type { StorageLogger } from "./logger.js";
import type { AccountRepo, CacheRepo, ChatDeliveryState, ChatPrefs, DeliveryRepo, OrderRepo, PrefsRepo, RefillRepo } from "./types.js";
import { KeyvAccountRepo, type RotateCount } from "./repos/accounts.js";
import { KeyvCacheRepo } from "./repos/cache.js";
import { deliveryFromStored, KeyvDeliveryRepo } from "./repos/delivery.js";
import { KeyvOrderRepo } from "./repos/orders.js";
import { KeyvPrefsRepo, prefsFromStored } from "./repos/prefs.js";
import { chatKey } from "./repos/keys.js";
import { KeyvRefillRepo } from "./repos/refills.js";
import { KeyvPlacementRepo, type PlacementRepo } from "./repos/placements.js";
import { DEFAULT_INDEX_CAP } from "./repos/tracked.js";
import { KeyvShortlistRepo, type ShortlistRepo } from "./repos/shortlists.js";
import { KeyvMassRepo, type MassRepo } from "./repos/mass.js";
import { ChangeFeed } from "./repos/changes.js";
import { KeyvPanelRepo } from "./repos/panels.js";

export * from "./types.js";
export { dropUnreadable, KeyvAdapter, SecretKeyvAdapter } from "./adapter.js";
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
  StorageTimeoutError,
  type KeyvStore,
  type KeyvStoreOptions,
  type StorageKind,
  type StorageTarget,
} from "./keyv.js";
export type { StorageLogger } from "./logger.js";
export { KeyvAccountRepo, type RotateCount } from "./repos/accounts.js";
export { KeyvCacheRepo } from "./repos/cache.js";
export { KeyvDeliveryRepo } from "./repos/delivery.js";
export { KeyvOrderRepo } from "./repos/orders.js";
export { DEFAULT_PREFS, KeyvPrefsRepo, prefsFromStored } from "./repos/prefs.js";
export { KeyvRefillRepo } from "./repos/refills.js";
export * from "./repos/placements.js";
export { DEFAULT_INDEX_CAP } from "./repos/tracked.js";
export * from "./repos/shortlists.js";
export * from "./repos/mass.js";
export { KeyvPanelRepo } from "./repos/panels.js";

/**
 * One value to read with {@link Storage.readTogether}: where it is and how the stored value is
 * decoded (as the repository or adapter owning it would).
 */
export interface StorageRef<T> {
  readonly namespace: string;
  readonly key: string;
  decode(stored: unknown): T | Promise<T>;
}

/** The decoded values of a tuple of refs. */
export type RefValues<R extends readonly StorageRef<unknown>[]> = { -readonly [I in keyof R]: R[I] extends StorageRef<infer T> ? T : never };
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
  /** Favourite and recently ordered services per chat and panel. */
  shortlists: ShortlistRepo;
  /** Checked lines of /mass previews (a placement id per line). */
  mass: MassRepo;
  /** Changes noted for the polling leader's in-memory view (see repos/changes.ts). */
  changes: ChangeFeed;
  /** Panels users added (/connect → Other panel), for every instance. */
  panels: KeyvPanelRepo;
  /** A grammY storage adapter over a namespace ("sessions", "conversations", …), values in JSON. */
  adapter<T>(namespace: "sessions" | "conversations" | (string & {})): StorageAdapter<T>;
  /** Like {@link adapter}, but every value is encrypted at rest (for data that may hold secrets). */
  secretAdapter<T>(namespace: "sessions" | "conversations" | (string & {})): StorageAdapter<T>;
  /** Refs to per-chat records and adapter values, for {@link readTogether}. */
  refs: {
    /** The chat's preferences, as `prefs.get` returns them. */
    prefs(chatId: number): StorageRef<ChatPrefs>;
    /** The chat's delivery state, as `delivery.get` returns it. */
    delivery(chatId: number): StorageRef<ChatDeliveryState>;
    /** A value of an adapter's namespace, as the namespace's (plain or secret) adapter reads it. */
    adapterValue<T>(namespace: string, key: string): StorageRef<T | undefined>;
  };
  /**
   * Several values, read in ONE round trip to the database (a multi-key read across
   * namespaces) and decoded as their owners would: what one update needs (prefs, delivery
   * state, conversation state) costs one read instead of one each.
   */
  readTogether<const R extends readonly StorageRef<unknown>[]>(refs: R): Promise<RefValues<R>>;
  kind: StorageKind;
  /** The underlying namespaced key/value store (for maintenance and tests). */
  keyv: KeyvStore;
  /**
   * Re-encrypts every stored secret (accounts, encrypted namespaces) read with a previous key with
   * the current ENCRYPTION_KEY. Idempotent. Returns counts per namespace.
   */
  rotate(): Promise<Record<string, RotateCount>>;
  /** Closes the connection. Idempotent. */
  close(): Promise<void>;
}

/** Scans of the tracked-item namespaces: the caller takes a repeated key (see ScanOptions). */
const REPEATS: ScanOptions = { repeats: true };

/** Namespaces always stored encrypted (rotated by {@link Storage.rotate} even when not opened yet). */
export const SECRET_NAMESPACES = ["conversations"] as const;

/** Options of {@link createStorage}. */
export interface CreateStorageOptions {
  /** Storage URL (see parseStorageUrl). Default: `sqlite://<dataDir>/bot.sqlite`. */
  url?: string | undefined;
  /** The bot's data folder (SQLite file by default, generated encryption key). */
  dataDir: string;
  /** ENCRYPTION_KEY: 64 hex characters or base64 of 32 bytes. Unset: `<dataDir>/encryption.key`. */
  encryptionKey?: string | undefined;
  /** ENCRYPTION_KEY_PREVIOUS: keys being rotated out; values they encrypted are re-encrypted when read. */
  previousEncryptionKeys?: readonly string[] | undefined;
  /** Gets warnings (generated key, connection trouble). Default: console. Never given secrets. */
  logger?: StorageLogger | undefined;
  /** Prefix of every namespace, to share a database between bots or test runs. */
  namespacePrefix?: string | undefined;
  /** Longest one storage call may take (STORAGE_TIMEOUT_SECONDS); default: no limit. */
  timeoutMs?: number | undefined;
  /** Most orders/refills kept per chat; tracking more untracks the oldest. Default 1000. */
  indexCap?: number | undefined;
  /** Told of every failed storage operation and connection error (see KeyvStoreOptions.onOperationError). */
  onOperationError?: ((op: string) => void) | undefined;
  /** Note user-side changes for the polling leader (default true; false when this bot never polls). */
  changeFeed?: boolean | undefined;
  /**
   * Keep this many recently used per-chat records (prefs, delivery state, conversation state,
   * absent ones included) in memory, written through (STORAGE_READ_CACHE; src/storage/read-cache.ts).
   * SQLite only (one process writes it); ignored on Redis and PostgreSQL. Default 0: off.
   */
  readCacheEntries?: number | undefined;
}

/** Namespaces of the per-chat records every update reads (kept in memory on SQLite: {@link CreateStorageOptions.readCacheEntries}). */
export const PER_CHAT_NAMESPACES = ["prefs", "delivery", "conversations"] as const;

/** Opens the storage. Rejects with a clear message on a bad key, URL or unreachable database. */
export async function createStorage(opts: CreateStorageOptions): Promise<Storage> {
  const key = await loadEncryptionKey({
    encryptionKey: opts.encryptionKey,
    dataDir: opts.dataDir,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  const previous = (opts.previousEncryptionKeys ?? []).map((k) => parseEncryptionKey(k, "ENCRYPTION_KEY_PREVIOUS"));
  const box = new SecretBox(key, previous);
  key.fill(0);
  for (const p of previous) p.fill(0);
  const url = opts.url?.trim() || `sqlite://${path.join(opts.dataDir, "bot.sqlite")}`;
  const store = await createKeyvStore(url, {
    ...(opts.namespacePrefix ? { namespacePrefix: opts.namespacePrefix } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.onOperationError ? { onOperationError: opts.onOperationError } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.readCacheEntries ? { readCache: { namespaces: PER_CHAT_NAMESPACES, maxEntries: opts.readCacheEntries } } : {}),
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
  const adapterFor = (namespace: string): KeyvAdapter<unknown> => {
    const found = adapters.get(namespace);
    if (!found) throw new Error(`Namespace "${namespace}" has no adapter yet: call adapter() or secretAdapter() first`);
    return found.adapter as KeyvAdapter<unknown>;
  };
  const refs: Storage["refs"] = {
    prefs: (chatId) => ({ namespace: "prefs", key: chatKey(chatId), decode: (v) => prefsFromStored(v as Partial<ChatPrefs> | undefined) }),
    delivery: (chatId) => ({
      namespace: "delivery",
      key: chatKey(chatId),
      decode: (v) => deliveryFromStored(v as ChatDeliveryState | undefined),
    }),
    adapterValue: <T>(namespace: string, key: string): StorageRef<T | undefined> => {
      const adapter = adapterFor(namespace);
      // Nothing stored decodes to undefined without a promise (fromStored would resolve to it).
      return {
        namespace,
        key,
        decode: (v) => (v === undefined || v === null ? undefined : (adapter.fromStored(key, v) as Promise<T | undefined>)),
      };
    },
  };
  const readTogether = async <const R extends readonly StorageRef<unknown>[]>(list: R): Promise<RefValues<R>> => {
    const stored = await store.readMany(list);
    // Decoded in place; only the decodes that are asynchronous (decryption) are awaited.
    const values: unknown[] = new Array(list.length);
    let pending: Array<Promise<void>> | undefined;
    for (let i = 0; i < list.length; i++) {
      const v = list[i]!.decode(stored[i]);
      if (v instanceof Promise) (pending ??= []).push(v.then((d: unknown) => void (values[i] = d)));
      else values[i] = v;
    }
    if (pending) await Promise.all(pending);
    return values as RefValues<R>;
  };
  const accounts = new KeyvAccountRepo(store.namespace("accounts"), box);
  const changes = new ChangeFeed(store.namespace("changes"), opts.changeFeed ?? true);
  return {
    refs,
    readTogether,
    accounts,
    prefs: new KeyvPrefsRepo(store.namespace("prefs"), changes),
    // The poller's load takes an item twice in its stride (see OrderRepo.iterate): Redis scans these
    // big namespaces without holding every key it has yielded.
    orders: new KeyvOrderRepo(
      store.namespace("orders", REPEATS),
      store.namespace("orderstate"),
      store.namespace("orderindex"),
      cap,
      byChat,
      changes,
    ),
    refills: new KeyvRefillRepo(
      store.namespace("refills", REPEATS),
      store.namespace("refillstate"),
      store.namespace("refillindex"),
      cap,
      byChat,
      changes,
    ),
    delivery: new KeyvDeliveryRepo(store.namespace("delivery"), changes),
    changes,
    cache: new KeyvCacheRepo(store.namespace("cache")),
    placements: new KeyvPlacementRepo(store.namespace("placements"), store.namespace("placementsunknown")),
    shortlists: new KeyvShortlistRepo(store.namespace("shortlists")),
    mass: new KeyvMassRepo(store.namespace("mass")),
    panels: new KeyvPanelRepo(store.namespace("panels")),
    adapter: <T>(namespace: string) => cached<T>(namespace, false),
    secretAdapter: <T>(namespace: string) => cached<T>(namespace, true),
    kind: store.kind,
    keyv: store,
    rotate: async () => {
      const counts: Record<string, RotateCount> = { accounts: await accounts.rotate() };
      const names = new Set<string>([...SECRET_NAMESPACES, ...[...adapters].filter(([, a]) => a.secret).map(([n]) => n)]);
      for (const name of names) counts[name] = await (cached(name, true) as SecretKeyvAdapter<unknown>).rotate();
      return counts;
    },
    close: () => store.close(),
  };
}
