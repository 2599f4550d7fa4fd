/**
 * Connected panel accounts, with the API keys encrypted at rest. An owner (a user, or a group)
 * holds several accounts, possibly on several panels; one of them is active.
 *
 * One record per owner (key: the owner), written only by that owner's chat handlers:
 *
 *     { v: 2, active: "2", next: 3, accounts: [{ id: "1", panelId, apiKey: "v1:…", … }, …] }
 *
 * Ids are short ("1", "2", …), unique per owner and never reused: a tracked order remembers the id
 * of the account it was placed or tracked with, and a later account never inherits it.
 *
 * Upgrade: a record written before several accounts existed (one account, no `v`) reads as the
 * owner's account "1", active; its key stays encrypted as it was (bound to the owner alone, marked
 * `legacy`), so nothing needs re-encrypting; the record is rewritten in the new shape on its next
 * change. Orders tracked then carry no account id and belong to account "1" (see accountIdOf).
 */
import { randomBytes } from "node:crypto";
import type { Keyv } from "keyv";
import type { SecretBox } from "../crypto.js";
import {
  LEGACY_ACCOUNT_ID,
  type Account,
  type AccountList,
  type AccountRepo,
  type AccountSummary,
  type AddedAccount,
  type NewAccount,
  type OwnerKey,
} from "../types.js";

/** What is stored of one account: the account with `apiKey` replaced by its ciphertext. */
interface StoredEntry extends Omit<Account, "apiKey"> {
  /** `v1:…` ciphertext, bound to the owner and account id (associated data). */
  apiKey: string;
  /** Written by the one-account version: the ciphertext is bound to the owner alone. */
  legacy?: true;
}

interface StoredAccounts {
  v: 2;
  active: string;
  /** The next id to give. */
  next: number;
  accounts: StoredEntry[];
}

/** The one-account record of earlier versions. */
interface StoredV1 extends Omit<Account, "apiKey" | "id" | "label"> {
  apiKey: string;
}

/** What a rotation pass did. */
export interface RotateCount {
  checked: number;
  reencrypted: number;
  /** Values that decrypt with neither the current nor a previous key (left as they are). */
  unreadable: number;
}

/** Most accounts one owner may connect. */
export const MAX_ACCOUNTS = 10;
/** Longest label (characters). */
export const MAX_LABEL_LENGTH = 32;

/** Thrown by {@link KeyvAccountRepo.add} when the owner already has {@link MAX_ACCOUNTS}. */
export class TooManyAccountsError extends Error {
  override name = "TooManyAccountsError";
  constructor() {
    super(`At most ${MAX_ACCOUNTS} accounts per chat`);
  }
}

const OWNER_RE = /^[ug]:-?\d+$/;

/** The key of {@link KeyvAccountRepo.version} (no owner key looks like it). */
const VERSION_KEY = "version";

function assertOwner(owner: OwnerKey): void {
  if (!OWNER_RE.test(owner)) throw new TypeError(`Invalid owner key: ${String(owner)}`);
}

const aadOf = (owner: OwnerKey, entry: Pick<StoredEntry, "id" | "legacy">): string =>
  entry.legacy ? `account:${owner}` : `account:${owner}#${entry.id}`;

/** The stored value in the current shape (an old one-account record becomes account "1"). */
function decode(value: unknown): StoredAccounts | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Partial<StoredAccounts> & Partial<StoredV1>;
  if (v.v === 2 && Array.isArray(v.accounts)) return v as StoredAccounts;
  if (typeof v.panelId === "string" && typeof v.apiKey === "string") {
    const { panelId, apiKey, currency, connectedAt, connectedBy } = v as StoredV1;
    const entry: StoredEntry = {
      id: LEGACY_ACCOUNT_ID,
      panelId,
      apiKey,
      ...(currency !== undefined ? { currency } : {}),
      connectedAt,
      connectedBy,
      legacy: true,
    };
    return { v: 2, active: LEGACY_ACCOUNT_ID, next: 2, accounts: [entry] };
  }
  return undefined;
}

function summaryOf(entry: StoredEntry, readable: boolean): AccountSummary {
  const { apiKey: _key, legacy: _legacy, ...rest } = entry;
  return { ...rest, readable };
}

/** The label as stored: trimmed, one line, bounded; empty = none. */
export function cleanLabel(label: string | undefined): string | undefined {
  const clean = (label ?? "")
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean ? [...clean].slice(0, MAX_LABEL_LENGTH).join("") : undefined;
}

/** {@link AccountRepo} over the "accounts" namespace. */
export class KeyvAccountRepo implements AccountRepo {
  constructor(
    private readonly keyv: Keyv<unknown>,
    private readonly box: SecretBox,
  ) {}

  async #load(owner: OwnerKey): Promise<StoredAccounts | undefined> {
    assertOwner(owner);
    return decode(await this.keyv.get(owner));
  }

  async #save(owner: OwnerKey, record: StoredAccounts): Promise<void> {
    if (record.accounts.length === 0) await this.keyv.delete(owner);
    else await this.keyv.set(owner, record);
    await this.bump();
  }

  async #remove(owner: OwnerKey): Promise<void> {
    await this.keyv.delete(owner);
    await this.bump();
  }

  /**
   * The version of the accounts as a whole: a new value after every write (written after the
   * data). A reader that keeps accounts in memory (the poller) reads it first and re-reads what
   * it keeps when it changed.
   */
  async version(): Promise<string | undefined> {
    const v = await this.keyv.get(VERSION_KEY);
    return typeof v === "string" ? v : undefined;
  }

  /** Marks a change that readers keeping accounts in memory must see (see {@link version}). */
  async bump(): Promise<void> {
    await this.keyv.set(VERSION_KEY, `${Date.now().toString(36)}-${randomBytes(6).toString("hex")}`);
  }

  #open(owner: OwnerKey, entry: StoredEntry): { account: Account; stale: boolean } {
    const { plain, stale } = this.box.open(entry.apiKey, aadOf(owner, entry));
    const { legacy: _legacy, ...rest } = entry;
    return { account: { ...rest, apiKey: plain }, stale };
  }

  /** The entry to store; `legacy` keeps an old record's binding (re-encrypting it with a new key). */
  #seal(owner: OwnerKey, account: Account, legacy = false): StoredEntry {
    const entry: StoredEntry = { ...account, ...(legacy ? { legacy: true as const } : {}) };
    return { ...entry, apiKey: this.box.encrypt(account.apiKey, aadOf(owner, entry)) };
  }

  /** @throws DecryptionError when the stored key cannot be decrypted (another ENCRYPTION_KEY). */
  async get(owner: OwnerKey, id?: string): Promise<Account | undefined> {
    const record = await this.#load(owner);
    if (!record) return undefined;
    const entry = record.accounts.find((a) => a.id === (id ?? record.active));
    if (!entry) return undefined;
    const { account, stale } = this.#open(owner, entry);
    if (stale) await this.#reseal(owner, entry, account);
    return account;
  }

  /**
   * Re-encrypts a key read with a previous ENCRYPTION_KEY (lazy rotation). Only when the record
   * is unchanged since it was read; a failure is not the reader's problem (tried again next read).
   */
  async #reseal(owner: OwnerKey, entry: StoredEntry, account: Account): Promise<void> {
    try {
      const again = await this.#load(owner);
      const i = again?.accounts.findIndex((a) => a.id === entry.id) ?? -1;
      if (!again || i < 0 || again.accounts[i]!.apiKey !== entry.apiKey) return;
      again.accounts[i] = this.#seal(owner, account, entry.legacy);
      await this.#save(owner, again);
    } catch {
      // read again later
    }
  }

  async list(owner: OwnerKey): Promise<AccountList> {
    const record = await this.#load(owner);
    if (!record) return { accounts: [] };
    const accounts = record.accounts.map((entry) => {
      let readable = true;
      try {
        this.box.open(entry.apiKey, aadOf(owner, entry));
      } catch {
        readable = false;
      }
      return summaryOf(entry, readable);
    });
    return { active: record.active, accounts };
  }

  /**
   * Adds an account and makes it active. An account of the same panel with the same key, or one of
   * the same panel whose key can no longer be decrypted, is replaced in place (a reconnect: it
   * keeps its id and label, so its tracked orders resume).
   */
  async add(owner: OwnerKey, input: NewAccount): Promise<AddedAccount> {
    const record = (await this.#load(owner)) ?? { v: 2 as const, active: "", next: 1, accounts: [] };
    const same = record.accounts.findIndex((entry) => {
      if (entry.panelId !== input.panelId) return false;
      try {
        return this.#open(owner, entry).account.apiKey === input.apiKey;
      } catch {
        return true; // unreadable: this is its reconnect
      }
    });
    const label = cleanLabel(input.label);
    if (same >= 0) {
      const old = record.accounts[same]!;
      const account: Account = { ...input, id: old.id, ...(label ? { label } : old.label ? { label: old.label } : {}) };
      if (!label && !old.label) delete account.label;
      record.accounts[same] = this.#seal(owner, account);
      record.active = old.id;
      await this.#save(owner, record);
      return { account, replaced: true };
    }
    if (record.accounts.length >= MAX_ACCOUNTS) throw new TooManyAccountsError();
    const id = String(Math.max(record.next, 1));
    const account: Account = { ...input, id };
    if (label) account.label = label;
    else delete account.label;
    record.accounts.push(this.#seal(owner, account));
    record.next = Number(id) + 1;
    record.active = id;
    await this.#save(owner, record);
    return { account, replaced: false };
  }

  async rename(owner: OwnerKey, id: string, label: string | undefined): Promise<boolean> {
    const record = await this.#load(owner);
    const entry = record?.accounts.find((a) => a.id === id);
    if (!record || !entry) return false;
    const clean = cleanLabel(label);
    if (clean) entry.label = clean;
    else delete entry.label;
    await this.#save(owner, record);
    return true;
  }

  async activate(owner: OwnerKey, id: string): Promise<boolean> {
    const record = await this.#load(owner);
    if (!record || !record.accounts.some((a) => a.id === id)) return false;
    if (record.active !== id) {
      record.active = id;
      await this.#save(owner, record);
    }
    return true;
  }

  /**
   * Removes one account (the active one when `id` is omitted). When it was active, the first of the
   * others becomes active. Returns what was removed.
   */
  async delete(owner: OwnerKey, id?: string): Promise<AccountSummary | undefined> {
    const record = await this.#load(owner);
    if (!record) return undefined;
    const target = id ?? record.active;
    const i = record.accounts.findIndex((a) => a.id === target);
    if (i < 0) return undefined;
    const [removed] = record.accounts.splice(i, 1);
    if (record.active === target) record.active = record.accounts[0]?.id ?? "";
    await this.#save(owner, record);
    return summaryOf(removed!, true);
  }

  async deleteAll(owner: OwnerKey): Promise<number> {
    const record = await this.#load(owner);
    if (!record) return 0;
    await this.#remove(owner);
    return record.accounts.length;
  }

  /**
   * Moves every account of `from` to `to` (a group that became a supergroup), keeping ids and the
   * active one; keys are re-encrypted for the new owner. Accounts `to` already has win (a link
   * made in the new chat meanwhile); keys that cannot be decrypted are left behind (they need
   * reconnecting anyway). Idempotent. Returns how many moved.
   */
  async transfer(from: OwnerKey, to: OwnerKey): Promise<number> {
    const source = await this.#load(from);
    if (!source) return 0;
    assertOwner(to);
    const target = await this.#load(to);
    let moved = 0;
    if (!target) {
      const accounts: StoredEntry[] = [];
      for (const entry of source.accounts) {
        try {
          accounts.push(this.#seal(to, this.#open(from, entry).account));
          moved++;
        } catch {
          // unreadable: nothing to move
        }
      }
      if (accounts.length > 0) {
        const active = accounts.some((a) => a.id === source.active) ? source.active : accounts[0]!.id;
        await this.#save(to, { v: 2, active, next: source.next, accounts });
      }
    }
    await this.#remove(from);
    return moved;
  }

  /**
   * Re-encrypts every stored key with the current ENCRYPTION_KEY (`npm run rotate-key`).
   * Idempotent: keys already under the current key are left alone.
   */
  async rotate(): Promise<RotateCount> {
    const count: RotateCount = { checked: 0, reencrypted: 0, unreadable: 0 };
    const iterator = this.keyv.iterator;
    if (!iterator) throw new Error("This storage backend cannot iterate");
    for await (const [owner, value] of iterator(undefined) as AsyncGenerator<[OwnerKey, unknown]>) {
      if (!OWNER_RE.test(owner)) continue;
      const record = decode(value);
      if (!record) continue;
      let changed = false;
      for (let i = 0; i < record.accounts.length; i++) {
        const entry = record.accounts[i]!;
        count.checked++;
        let opened: { account: Account; stale: boolean };
        try {
          opened = this.#open(owner, entry);
        } catch {
          count.unreadable++;
          continue;
        }
        if (!opened.stale) continue;
        record.accounts[i] = this.#seal(owner, opened.account, entry.legacy);
        changed = true;
        count.reencrypted++;
      }
      if (changed) await this.#save(owner, record);
    }
    return count;
  }
}
