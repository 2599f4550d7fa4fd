/**
 * grammY storage adapters over a namespaced Keyv: for `session({ storage })` and for
 * `conversations({ storage })` (@grammyjs/conversations v2 stores `VersionedState` objects:
 * `{ version: [0, string | number], state }`, plain JSON data).
 *
 * Values go through JSON, so they must be JSON-serialisable: `undefined` object fields are dropped
 * (and `undefined` array items become `null`), Dates come back as strings.
 */
import type { StorageAdapter } from "grammy";
import type { Keyv } from "keyv";
import { DecryptionError, type SecretBox } from "./crypto.js";

/** A grammY {@link StorageAdapter} over one Keyv namespace. */
export class KeyvAdapter<T> implements StorageAdapter<T> {
  constructor(protected readonly keyv: Keyv) {}

  async read(key: string): Promise<T | undefined> {
    const value: unknown = await this.keyv.get(key);
    return value === undefined || value === null ? undefined : (value as T);
  }

  async write(key: string, value: T): Promise<void> {
    await this.keyv.set(key, value);
  }

  async delete(key: string): Promise<void> {
    await this.keyv.delete(key);
  }

  async has(key: string): Promise<boolean> {
    return this.keyv.has(key);
  }

  /** Every key of the namespace (a scan: fine for maintenance, not for hot paths). */
  async *readAllKeys(): AsyncGenerator<string, void> {
    for await (const [key] of this.#entries()) yield key;
  }

  async *readAllValues(): AsyncGenerator<T, void> {
    for await (const [key, value] of this.#entries()) yield await this.decode(key, value);
  }

  async *readAllEntries(): AsyncGenerator<[key: string, value: T], void> {
    for await (const [key, value] of this.#entries()) yield [key, await this.decode(key, value)];
  }

  /**
   * What {@link read} returns for a value read elsewhere as stored (e.g. by
   * `KeyvStore.readMany`, together with other keys): undefined for none, else the decoded value.
   */
  async fromStored(key: string, stored: unknown): Promise<T | undefined> {
    return stored === undefined || stored === null ? undefined : this.decode(key, stored);
  }

  /** Turns a stored value back into T (identity here; decrypts in {@link SecretKeyvAdapter}). */
  protected async decode(_key: string, stored: unknown): Promise<T> {
    return stored as T;
  }

  async *#entries(): AsyncGenerator<[string, unknown], void> {
    const iterator = this.keyv.iterator;
    if (!iterator) throw new Error("This storage backend cannot iterate");
    yield* iterator(undefined) as AsyncGenerator<[string, unknown], void>;
  }
}

/**
 * A {@link KeyvAdapter} that encrypts every value (its JSON) with a {@link SecretBox}, bound to the
 * namespace and key. For data that may hold secrets, e.g. conversation replay logs holding the API
 * key a user typed.
 */
export class SecretKeyvAdapter<T> extends KeyvAdapter<T> {
  constructor(
    keyv: Keyv,
    private readonly box: SecretBox,
    private readonly namespace: string,
  ) {
    super(keyv);
  }

  #aad(key: string): string {
    return `${this.namespace}:${key}`;
  }

  /**
   * A value encrypted with a previous ENCRYPTION_KEY is re-encrypted with the current one (when it
   * did not change meanwhile).
   * @throws DecryptionError when the value was altered or encrypted with a key no longer configured.
   */
  override async read(key: string): Promise<T | undefined> {
    const stored: unknown = await this.keyv.get(key);
    if (stored === undefined || stored === null) return undefined;
    if (typeof stored !== "string") throw new DecryptionError(`Value of ${this.#aad(key)} is not encrypted`);
    const { plain, stale } = this.box.open(stored, this.#aad(key));
    if (stale) {
      try {
        if ((await this.keyv.get(key)) === stored) await this.keyv.set(key, this.box.encrypt(plain, this.#aad(key)));
      } catch {
        // re-encrypted on a later read
      }
    }
    return JSON.parse(plain) as T;
  }

  /** Re-encrypts every value of the namespace with the current key (`npm run rotate-key`); idempotent. */
  async rotate(): Promise<{ checked: number; reencrypted: number; unreadable: number }> {
    const count = { checked: 0, reencrypted: 0, unreadable: 0 };
    const iterator = this.keyv.iterator;
    if (!iterator) throw new Error("This storage backend cannot iterate");
    for await (const [key, stored] of iterator(undefined) as AsyncGenerator<[string, unknown]>) {
      if (typeof stored !== "string") continue;
      count.checked++;
      let opened: { plain: string; stale: boolean };
      try {
        opened = this.box.open(stored, this.#aad(key));
      } catch {
        count.unreadable++;
        continue;
      }
      if (!opened.stale) continue;
      await this.keyv.set(key, this.box.encrypt(opened.plain, this.#aad(key)));
      count.reencrypted++;
    }
    return count;
  }

  override async write(key: string, value: T): Promise<void> {
    await this.keyv.set(key, this.box.encrypt(JSON.stringify(value), this.#aad(key)));
  }

  protected override async decode(key: string, stored: unknown): Promise<T> {
    if (typeof stored !== "string") throw new TypeError(`Value of ${this.#aad(key)} is not encrypted`);
    return JSON.parse(this.box.decrypt(stored, this.#aad(key))) as T;
  }
}

/**
 * Wraps an adapter so that a value that cannot be decrypted (ENCRYPTION_KEY changed, tampered
 * data) reads as absent: it is deleted and `onDrop(key)` is told (e.g. to tell the chat that its
 * open wizard was lost). Other errors pass through.
 */
export function dropUnreadable<T>(adapter: StorageAdapter<T>, onDrop: (key: string) => void): StorageAdapter<T> {
  return {
    read: async (key) => {
      try {
        return await adapter.read(key);
      } catch (err) {
        if (!(err instanceof DecryptionError)) throw err;
        await adapter.delete(key);
        onDrop(key);
        return undefined;
      }
    },
    write: (key, value) => adapter.write(key, value),
    delete: (key) => adapter.delete(key),
  };
}
