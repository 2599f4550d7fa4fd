/**
 * The sharded in-memory view (memory.ts with a shard count): only the shards held are loaded, a
 * shard lost leaves at once, and the change feed's notes are consumed only by their shard's holder.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStorage, type Storage } from "../../src/storage/index.js";
import type { TrackedOrder } from "../../src/storage/types.js";
import { TrackingView } from "../../src/tracking/memory.js";
import { shardOf } from "../../src/tracking/shards.js";

const KEY = "d".repeat(64);
const S = 4;
const order = (chatId: number, orderId: string): TrackedOrder => ({
  chatId,
  owner: `u:${chatId}`,
  panelId: "main",
  orderId,
  source: "bot",
  createdAt: 1,
});

describe("the sharded view", () => {
  let dir: string;
  let storage: Storage;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "smmbot-shards-view-"));
    storage = await createStorage({ dataDir: dir, encryptionKey: KEY, logger: { warn: () => undefined } });
  });
  afterEach(async () => {
    await storage.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("holds only its shards' items, drops a lost shard, consumes only its shards' notes", async () => {
    const chats = Array.from({ length: 40 }, (_, i) => 9000 + i);
    for (const c of chats) await storage.orders.track(order(c, `o${c}`));
    const mine = (c: number) => shardOf(c, S) < 2;
    const a = new TrackingView(storage, undefined, S);
    const b = new TrackingView(storage, undefined, S);
    const live = new AbortController();
    a.addShard(0, live.signal);
    a.addShard(1, live.signal);
    b.addShard(2, live.signal);
    b.addShard(3, live.signal);
    await a.sync(1);
    await b.sync(1);
    const ids = (v: TrackingView) => [...v.orders.entries()].map((e) => e.chatId).sort();
    expect(ids(a)).toEqual(chats.filter(mine));
    expect(ids(b)).toEqual(chats.filter((c) => !mine(c)));
    expect(ids(a).length).toBeGreaterThan(5);
    expect(ids(b).length).toBeGreaterThan(5);
    expect(a.alive(chats.find(mine)!)).toBe(true);
    expect(a.alive(chats.find((c) => !mine(c))!)).toBe(false);
    expect(a.signalOf(chats.find((c) => !mine(c))!)?.aborted).toBe(true);

    // A new order in each half: each view learns its own; a's sync leaves b's note for b.
    const newA = chats.find(mine)!;
    const newB = chats.find((c) => !mine(c))!;
    await storage.orders.track(order(newA, "n1"));
    await storage.orders.track(order(newB, "n2"));
    await a.sync(2);
    expect((await storage.changes.read()).some((n) => n.subject?.chatId === newB)).toBe(true);
    expect((await storage.changes.read()).some((n) => n.subject?.chatId === newA)).toBe(false);
    await b.sync(2);
    expect(await storage.changes.read()).toEqual([]);
    expect(a.orders.size).toBe(chats.filter(mine).length + 1);
    expect(b.orders.size).toBe(chats.filter((c) => !mine(c)).length + 1);

    // a loses shard 1: its items leave at once; b takes it and loads it.
    const shard1 = chats.filter((c) => shardOf(c, S) === 1).length;
    a.removeShard(1);
    expect(a.orders.size).toBe(chats.filter(mine).length + 1 - shard1 - (shardOf(newA, S) === 1 ? 1 : 0));
    b.addShard(1, live.signal);
    await b.sync(3);
    expect(ids(b)).toEqual(expect.arrayContaining(chats.filter((c) => shardOf(c, S) === 1)));
    const both = new Set(ids(a));
    for (const c of ids(b)) expect(both.has(c), `chat ${c} in both views`).toBe(false);
  });
});
