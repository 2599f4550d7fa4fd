/**
 * Issue 12, item 1 (and 9): a changed ENCRYPTION_KEY is a state the chat can get out of, not a
 * crash; ENCRYPTION_KEY_PREVIOUS rotates keys lazily and with Storage.rotate (npm run rotate-key);
 * /start with an unknown payload opens the welcome.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { SecretBox } from "../../src/storage/crypto.js";

const KEY_A = "a".repeat(64);
const KEY_B = "b".repeat(64);
const CAROL = { id: 1003, is_bot: false, first_name: "Carol", language_code: "en" } as const;
const DAVE = { id: 1004, is_bot: false, first_name: "Dave", language_code: "en" } as const;
const PASTED_KEY = "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e";

let dir: string;
let panel: MockPanel;
const open: Harness[] = [];

async function harness(env: Record<string, string>): Promise<Harness> {
  const h = await Harness.create({ dataDir: dir, panel, env });
  open.push(h);
  return h;
}
async function closeAll(): Promise<void> {
  while (open.length) await open.pop()!.close();
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "smmbot-unreadable-"));
  panel = await startMockPanel();
});
afterEach(async () => {
  await closeAll();
  await panel.close();
  await rm(dir, { recursive: true, force: true });
});

const generic = /Something went wrong/;

describe("a changed ENCRYPTION_KEY", () => {
  it("shows the account as needing reconnecting, drops unreadable wizards, deletes pasted keys", async () => {
    const a = await harness({ ENCRYPTION_KEY: KEY_A });
    await a.connect(ALICE);
    // Bob opens /connect: the wizard's state is stored encrypted with key A.
    expect(Harness.texts(await a.text(DAVE, "/connect")).join("\n")).toMatch(/API/);
    await closeAll();

    const b = await harness({ ENCRYPTION_KEY: KEY_B });
    for (const cmd of ["/start", "/balance", "/orders", "/services", "/order"]) {
      const out = Harness.texts(await b.text(ALICE, cmd)).join("\n");
      expect(out, cmd).not.toMatch(generic);
      if (cmd !== "/orders") expect(out, cmd).toMatch(/needs reconnecting[\s\S]*\/connect/);
    }

    // Bob's lost wizard: /help is answered, with one short notice.
    const help = Harness.texts(await b.text(DAVE, "/help")).join("\n");
    expect(help).not.toMatch(generic);
    expect(help).toMatch(/unfinished step was lost/);
    expect(help).toMatch(/\/balance/);
    const again = Harness.texts(await b.text(DAVE, "/help")).join("\n");
    expect(again).not.toMatch(/unfinished step was lost/);

    // Reconnecting works.
    const connect = await b.text(ALICE, "/connect");
    expect(Harness.texts(connect).join("\n")).toMatch(/API/);
    panel.addAccount("alice-new-key-0002", "12.00", "USD");
    const done = Harness.texts(await b.text(ALICE, "alice-new-key-0002")).join("\n");
    expect(done).toMatch(/12/);
    expect(Harness.texts(await b.text(ALICE, "/balance")).join("\n")).not.toMatch(/reconnecting/);
  });

  it("deletes a pasted key when the chat's wizard state is unreadable", async () => {
    const a = await harness({ ENCRYPTION_KEY: KEY_A });
    await a.text(DAVE, "/connect");
    await closeAll();
    const b = await harness({ ENCRYPTION_KEY: KEY_B });
    const calls = await b.send({ message: b.message(DAVE, PASTED_KEY) as never });
    expect(calls.some((c) => c.method === "deleteMessage")).toBe(true);
    expect(Harness.texts(calls).join("\n")).not.toMatch(generic);
  });

  it("deletes a pasted key whatever wizard step the chat is in", async () => {
    const b = await harness({ ENCRYPTION_KEY: KEY_B });
    await b.connect(CAROL);
    await b.text(CAROL, "/order 1448"); // the wizard now asks for a link
    const calls = await b.text(CAROL, PASTED_KEY);
    expect(calls.some((c) => c.method === "deleteMessage")).toBe(true);
  });
});

describe("ENCRYPTION_KEY_PREVIOUS", () => {
  it("decrypts with the old key and re-encrypts with the new one on read", async () => {
    const a = await harness({ ENCRYPTION_KEY: KEY_A });
    await a.connect(ALICE);
    await closeAll();
    const b = await harness({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_KEY_PREVIOUS: KEY_A });
    const out = Harness.texts(await b.text(ALICE, "/balance")).join("\n");
    expect(out).toMatch(/100/);
    // Stored re-encrypted with the new key (each account's key is bound to its owner and id).
    const stored = (await b.deps.storage.keyv.namespace("accounts").get(`u:${ALICE.id}`)) as { accounts: Array<{ id: string; apiKey: string }> };
    const [only] = stored.accounts;
    expect(new SecretBox(Buffer.from(KEY_B, "hex")).decrypt(only!.apiKey, `account:u:${ALICE.id}#${only!.id}`)).toBe("test-key-0001");
    await closeAll();
    // The old key is no longer needed.
    const c = await harness({ ENCRYPTION_KEY: KEY_B });
    expect(Harness.texts(await c.text(ALICE, "/balance")).join("\n")).toMatch(/100/);
  });

  it("rotate() re-encrypts accounts and wizard states once (idempotent)", async () => {
    const a = await harness({ ENCRYPTION_KEY: KEY_A });
    await a.connect(ALICE);
    await a.text(DAVE, "/connect");
    await closeAll();
    const b = await harness({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_KEY_PREVIOUS: KEY_A });
    const first = await b.deps.storage.rotate();
    expect(first.accounts).toEqual({ checked: 1, reencrypted: 1, unreadable: 0 });
    expect(first.conversations).toMatchObject({ reencrypted: 1, unreadable: 0 });
    const second = await b.deps.storage.rotate();
    expect(second.accounts).toEqual({ checked: 1, reencrypted: 0, unreadable: 0 });
    expect(second.conversations).toMatchObject({ reencrypted: 0 });
    await closeAll();
    // Bob's wizard survived the rotation: his key is taken under the new key alone.
    const c = await harness({ ENCRYPTION_KEY: KEY_B });
    panel.addAccount("bob-key-000000003", "7.00", "USD");
    const done = Harness.texts(await c.text(DAVE, "bob-key-000000003")).join("\n");
    expect(done).not.toMatch(/lost/);
    expect(await c.deps.storage.accounts.get(`u:${DAVE.id}`)).toMatchObject({ apiKey: "bob-key-000000003" });
  });
});

describe("/start with a payload no feature knows", () => {
  it("opens the welcome", async () => {
    const h = await harness({ ENCRYPTION_KEY: KEY_A });
    const out = Harness.texts(await h.text(ALICE, "/start some-old-campaign")).join("\n");
    expect(out).toMatch(/Hi Alice/);
    expect(out).not.toMatch(/don't know that command/);
  });
});
