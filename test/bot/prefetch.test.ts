/**
 * One storage round trip per update (src/bot/middleware/prefetch.ts): a /help-class update reads
 * the chat's prefs, delivery state and conversation state in one multi-key read and writes
 * nothing; a wizard step reads once and writes its state once (replayed updates do not read the
 * prefs again); a conversation started on one instance goes on on another (nothing is kept in
 * memory between updates); if the multi-key read fails, each part reads on its own.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { ALICE, BOB, GROUP, Harness } from "../helpers/harness.js";
import { NAMESPACES } from "../../src/storage/index.js";

/** Spies on every storage operation of the bot's namespaces. */
function spyStorage(h: Harness) {
  const s = h.deps.storage;
  const spies: Array<{ ns: string; op: string; spy: MockInstance }> = [];
  for (const ns of NAMESPACES) {
    const keyv = s.keyv.namespace(ns);
    for (const op of ["get", "getMany", "set", "setMany", "delete", "deleteMany", "has"] as const) {
      spies.push({ ns, op, spy: vi.spyOn(keyv, op) });
    }
  }
  const batch = vi.spyOn(s.keyv, "readMany");
  return {
    batch,
    /** "ns.op" of every single-namespace operation made since the spies were set. */
    ops(): string[] {
      return spies.flatMap(({ ns, op, spy }) => Array.from({ length: spy.mock.calls.length }, () => `${ns}.${op}`));
    },
    reset(): void {
      for (const { spy } of spies) spy.mockClear();
      batch.mockClear();
    },
  };
}

describe("one storage round trip per update", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create({ noPanel: true });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await h.close();
  });

  it("/help reads prefs, delivery and conversation state in one multi-key read and writes nothing", async () => {
    await h.text(ALICE, "/help"); // the language is recorded on the first update (a write, once)
    const spy = spyStorage(h);
    for (let i = 0; i < 5; i++) {
      const calls = await h.text(ALICE, "/help");
      expect(Harness.texts(calls).join("\n")).toContain("/connect");
    }
    expect(spy.ops()).toEqual([]);
    expect(spy.batch).toHaveBeenCalledTimes(5);
    const keys = spy.batch.mock.calls[0]![0].map((r) => `${r.namespace}:${r.key}`);
    expect(keys).toEqual([`prefs:${ALICE.id}`, `delivery:${ALICE.id}`, `conversations:${ALICE.id}`]);
  });

  it("on SQLite (one process) a chat's next updates find its records in memory, and see its writes at once", async () => {
    await h.text(ALICE, "/help");
    const stats = () => h.deps.storage.keyv.readCacheStats!;
    const before = stats();
    for (let i = 0; i < 3; i++) await h.text(ALICE, "/help");
    expect(stats().misses).toBe(before.misses);
    expect(stats().hits).toBe(before.hits + 9);
    // A /language change and a wizard entered: the next update sees both (written through).
    await h.text(ALICE, "/language");
    await h.deps.storage.prefs.update(ALICE.id, { language: "sl" });
    const sl = await Harness.create({ noPanel: true, env: { DEFAULT_LOCALE: "sl" } });
    try {
      expect(Harness.texts(await h.text(ALICE, "/help"))[0]).toBe(Harness.texts(await sl.text(BOB, "/help"))[0]);
    } finally {
      await sl.close();
    }
    await h.text(ALICE, "/connect");
    expect(Harness.texts(await h.text(ALICE, "not a key")).join("\n")).toMatch(/API-ključ/); // the wizard, in Slovenian
    expect(stats().misses).toBe(before.misses);
  });

  it("in a group, reads the sender's conversation state in the same read", async () => {
    const spy = spyStorage(h);
    await h.text(BOB, "/help", GROUP);
    expect(spy.batch).toHaveBeenCalledTimes(1);
    const keys = spy.batch.mock.calls[0]![0].map((r) => `${r.namespace}:${r.key}`);
    expect(keys).toEqual([`prefs:${GROUP.id}`, `delivery:${GROUP.id}`, `conversations:${GROUP.id}:${BOB.id}`]);
    expect(spy.ops()).toEqual([]);
  });

  it("still uses the stored language and clears a blocked flag from the one read", async () => {
    await h.deps.storage.prefs.update(ALICE.id, { language: "sl", detectedLanguage: "en" });
    await h.deps.storage.delivery.set(ALICE.id, { blocked: true, blockedAt: 1 });
    const spy = spyStorage(h);
    const calls = await h.text(ALICE, "/help");
    // The only single-key operations: clearing the flag, and noting that change for the polling
    // leader's in-memory view (src/storage/repos/changes.ts).
    expect(spy.ops()).toEqual(["delivery.delete", "changes.setMany"]);
    const sl = await Harness.create({ noPanel: true, env: { DEFAULT_LOCALE: "sl" } });
    try {
      const expected = Harness.texts(await sl.text(BOB, "/help"))[0];
      expect(Harness.texts(calls)[0]).toBe(expected);
    } finally {
      await sl.close();
    }
    expect(await h.deps.storage.delivery.get(ALICE.id)).toEqual({ blocked: false });
  });

  it("a wizard step reads once and writes its state once, however many updates it replays", async () => {
    await h.text(ALICE, "/connect");
    const spy = spyStorage(h);
    for (let step = 1; step <= 4; step++) {
      spy.reset();
      const calls = await h.text(ALICE, "not a key");
      expect(Harness.texts(calls).join("\n")).toMatch(/API key/i);
      expect(spy.batch).toHaveBeenCalledTimes(1);
      expect(spy.ops()).toEqual(["conversations.set"]);
    }
  });

  it("a conversation started on one instance goes on on another sharing the storage", async () => {
    // Instances share a database on Redis or PostgreSQL, where nothing is kept in memory between
    // updates; the per-chat read cache (STORAGE_READ_CACHE) is SQLite's alone (one process). Here
    // two instances share a SQLite file with it off, as they would share a server database.
    await h.close();
    h = await Harness.create({ noPanel: true, env: { STORAGE_READ_CACHE: "0" } });
    const other = await Harness.create({ noPanel: true, dataDir: h.dir, env: { STORAGE_READ_CACHE: "0" } });
    try {
      await h.text(ALICE, "/connect");
      // The next message reaches the other instance: it finds the waiting wizard in storage.
      const calls = await other.text(ALICE, "not a key");
      expect(Harness.texts(calls).join("\n")).toMatch(/does not look like an API key/);
      // And back: /cancel on the first one ends it; then plain text is not taken as a key.
      await h.text(ALICE, "/cancel");
      expect(await other.deps.storage.secretAdapter("conversations").read(String(ALICE.id))).toBeUndefined();
      const after = await other.text(ALICE, "not a key");
      expect(Harness.texts(after).join("\n")).not.toMatch(/does not look like an API key/);
    } finally {
      await other.close();
    }
  });

  it("falls back to one read per part when the multi-key read fails", async () => {
    await h.deps.storage.prefs.update(ALICE.id, { language: "sl" });
    const expected = Harness.texts(await h.text(ALICE, "/help"))[0];
    const failing = vi.spyOn(h.deps.storage.keyv, "readMany").mockRejectedValue(new Error("connection lost"));
    const spy = spyStorage(h);
    const calls = await h.text(ALICE, "/help");
    expect(failing).toHaveBeenCalled();
    expect(Harness.texts(calls)[0]).toBe(expected);
    expect(spy.ops().sort()).toEqual(["conversations.get", "delivery.get", "prefs.get"]);
  });
});
