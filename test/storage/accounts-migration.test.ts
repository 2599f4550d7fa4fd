/**
 * Data written by the one-account version keeps working: test/fixtures/accounts-v1/bot.sqlite was
 * written by the storage code of commit b1d8624 (one account per chat; the script that made it is in
 * that commit's successor, 08e6d83, test/fixtures/accounts-v1/make.ts) with ENCRYPTION_KEY "11"×32.
 */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountIdOf, createStorage, groupOwner, userOwner, type Storage } from "../../src/storage/index.js";

const FIXTURE = path.join(import.meta.dirname, "../fixtures/accounts-v1/bot.sqlite");
const KEY = "11".repeat(32);

describe("accounts written by the one-account version", () => {
  let dir: string;
  let storage: Storage;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "accounts-v1-"));
    await copyFile(FIXTURE, path.join(dir, "bot.sqlite"));
    storage = await createStorage({ dataDir: dir, encryptionKey: KEY });
  });
  afterEach(async () => {
    await storage.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("become the chat's first account, active, with its key, currency and orders", async () => {
    const list = await storage.accounts.list(userOwner(1001));
    expect(list.active).toBe("1");
    expect(list.accounts).toEqual([
      { id: "1", panelId: "main", currency: "USD", connectedAt: 1_700_000_000_000, connectedBy: 1001, readable: true },
    ]);
    expect(await storage.accounts.get(userOwner(1001))).toMatchObject({ id: "1", apiKey: "user-key-AAAA1111" });
    expect(await storage.accounts.get(groupOwner(-100200), "1")).toMatchObject({ apiKey: "group-key-BBBB2222", currency: "EUR" });
    // Orders and refills tracked then are checked with that account.
    const orders = await storage.orders.listByChat(1001);
    expect(orders.items.map((i) => [i.order.orderId, accountIdOf(i.order)])).toEqual([["5001", "1"]]);
    const refills = await storage.refills.listByChat(1001);
    expect(refills.items.map((i) => [i.refill.refillId, accountIdOf(i.refill)])).toEqual([["77", "1"]]);
    expect((await storage.prefs.get(1001)).language).toBe("sl");
  });

  it("a second account is added beside it, and both keep working after a restart", async () => {
    const added = await storage.accounts.add(userOwner(1001), {
      panelId: "other",
      apiKey: "second-key-CCCC3333",
      connectedAt: 5,
      connectedBy: 1001,
    });
    expect(added.account.id).toBe("2");
    await storage.accounts.rename(userOwner(1001), "1", "Old shop");
    await storage.close();
    storage = await createStorage({ dataDir: dir, encryptionKey: KEY });
    expect(await storage.accounts.get(userOwner(1001), "1")).toMatchObject({ apiKey: "user-key-AAAA1111", label: "Old shop" });
    expect(await storage.accounts.get(userOwner(1001))).toMatchObject({ id: "2", apiKey: "second-key-CCCC3333" });
    // Nothing readable in clear at rest.
    const raw = JSON.stringify(await storage.keyv.namespace<unknown>("accounts").get("u:1001"));
    expect(raw).not.toContain("user-key-AAAA1111");
    expect(raw).not.toContain("second-key-CCCC3333");
  });

  it("rotate-key re-encrypts the old record's key too", async () => {
    await storage.close();
    const NEW = "22".repeat(32);
    storage = await createStorage({ dataDir: dir, encryptionKey: NEW, previousEncryptionKeys: [KEY] });
    const counts = await storage.rotate();
    expect(counts["accounts"]).toEqual({ checked: 2, reencrypted: 2, unreadable: 0 });
    await storage.close();
    storage = await createStorage({ dataDir: dir, encryptionKey: NEW });
    expect((await storage.accounts.get(userOwner(1001)))?.apiKey).toBe("user-key-AAAA1111");
  });
});
