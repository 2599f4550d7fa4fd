/** Connected panel accounts, with the API key encrypted at rest. */
import type { Keyv } from "keyv";
import type { SecretBox } from "../crypto.js";
import type { Account, AccountRepo, OwnerKey } from "../types.js";

/** What is stored: the account with `apiKey` replaced by its ciphertext. */
interface StoredAccount extends Omit<Account, "apiKey"> {
  /** `v1:…` ciphertext, bound to the owner key (associated data). */
  apiKey: string;
}

/** What a rotation pass did. */
export interface RotateCount {
  checked: number;
  reencrypted: number;
  /** Values that decrypt with neither the current nor a previous key (left as they are). */
  unreadable: number;
}

const OWNER_RE = /^[ug]:-?\d+$/;

function assertOwner(owner: OwnerKey): void {
  if (!OWNER_RE.test(owner)) throw new TypeError(`Invalid owner key: ${String(owner)}`);
}

/** {@link AccountRepo} over the "accounts" namespace. */
export class KeyvAccountRepo implements AccountRepo {
  constructor(
    private readonly keyv: Keyv<StoredAccount>,
    private readonly box: SecretBox,
  ) {}

  /** @throws DecryptionError when the stored key cannot be decrypted (another ENCRYPTION_KEY). */
  async get(owner: OwnerKey): Promise<Account | undefined> {
    assertOwner(owner);
    const stored = await this.keyv.get(owner);
    if (!stored) return undefined;
    const { plain, stale } = this.box.open(stored.apiKey, `account:${owner}`);
    const account = { ...stored, apiKey: plain };
    if (stale) await this.#reseal(owner, stored, account);
    return account;
  }

  /**
   * Re-encrypts a key read with a previous ENCRYPTION_KEY (lazy rotation). Only when the record
   * is unchanged since it was read; a failure is not the reader's problem (tried again next read).
   */
  async #reseal(owner: OwnerKey, stored: StoredAccount, account: Account): Promise<void> {
    try {
      const again = await this.keyv.get(owner);
      if (again?.apiKey === stored.apiKey) await this.set(owner, account);
    } catch {
      // read again later
    }
  }

  /**
   * Re-encrypts every stored key with the current ENCRYPTION_KEY (`npm run rotate-key`).
   * Idempotent: keys already under the current key are left alone.
   */
  async rotate(): Promise<RotateCount> {
    const count: RotateCount = { checked: 0, reencrypted: 0, unreadable: 0 };
    const iterator = this.keyv.iterator;
    if (!iterator) throw new Error("This storage backend cannot iterate");
    for await (const [owner, stored] of iterator(undefined) as AsyncGenerator<[OwnerKey, StoredAccount]>) {
      if (!stored || typeof stored.apiKey !== "string" || !OWNER_RE.test(owner)) continue;
      count.checked++;
      let opened: { plain: string; stale: boolean };
      try {
        opened = this.box.open(stored.apiKey, `account:${owner}`);
      } catch {
        count.unreadable++;
        continue;
      }
      if (!opened.stale) continue;
      await this.set(owner, { ...stored, apiKey: opened.plain });
      count.reencrypted++;
    }
    return count;
  }

  async set(owner: OwnerKey, account: Account): Promise<void> {
    assertOwner(owner);
    const stored: StoredAccount = { ...account, apiKey: this.box.encrypt(account.apiKey, `account:${owner}`) };
    await this.keyv.set(owner, stored);
  }

  async delete(owner: OwnerKey): Promise<boolean> {
    assertOwner(owner);
    return this.keyv.delete(owner);
  }
}
