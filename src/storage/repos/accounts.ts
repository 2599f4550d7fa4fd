/** Connected panel accounts, with the API key encrypted at rest. */
import type { Keyv } from "keyv";
import type { SecretBox } from "../crypto.js";
import type { Account, AccountRepo, OwnerKey } from "../types.js";

/** What is stored: the account with `apiKey` replaced by its ciphertext. */
interface StoredAccount extends Omit<Account, "apiKey"> {
  /** `v1:…` ciphertext, bound to the owner key (associated data). */
  apiKey: string;
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
    return { ...stored, apiKey: this.box.decrypt(stored.apiKey, `account:${owner}`) };
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
