import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PanelClient } from "../../src/panel/client.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { StatusCache, apiKeyHash, lookupStatus, lookupStatuses, statusCacheFor } from "../../src/orders/status-lookup.js";

let mock: MockPanel;
let client: PanelClient;
beforeAll(async () => {
  mock = await startMockPanel();
  mock.addAccount("key-a-123456");
  mock.addAccount("key-b-123456");
  client = new PanelClient({ url: mock.url, retries: 0, timeoutMs: 2000 });
});
afterAll(async () => {
  await client.close();
  await mock.close();
});

const calls = () => mock.requests.filter((r) => r.action === "status").length;

describe("status lookup", () => {
  it("serves repeated lookups from the cache within maxAge, and asks again when fresh is wanted", async () => {
    const o = mock.seedOrder("key-a-123456", {});
    let now = 1_000;
    const before = calls();
    const first = await lookupStatus(client, "key-a-123456", o.id, { now: () => now });
    expect(first).toMatchObject({ ok: true, value: { status: "Pending" } });
    mock.advance(o.id);
    now += 5_000;
    expect(await lookupStatus(client, "key-a-123456", o.id, { now: () => now, maxAgeMs: 10_000 })).toMatchObject({
      value: { status: "Pending" },
    });
    expect(calls() - before).toBe(1);
    expect(await lookupStatus(client, "key-a-123456", o.id, { now: () => now })).toMatchObject({ value: { status: "In progress" } });
    now += 20_000;
    expect(await lookupStatus(client, "key-a-123456", o.id, { now: () => now, maxAgeMs: 10_000 })).toMatchObject({
      value: { status: "In progress" },
    });
    expect(calls() - before).toBe(3);
  });

  it("keeps accounts apart and never stores the key", async () => {
    const o = mock.seedOrder("key-a-123456", {});
    await lookupStatus(client, "key-a-123456", o.id);
    const other = await lookupStatus(client, "key-b-123456", o.id, { maxAgeMs: 60_000 });
    expect(other.ok).toBe(false);
    expect(apiKeyHash("key-a-123456")).not.toContain("key-a");
    expect(JSON.stringify([...(statusCacheFor(client) as unknown as { entries: Map<string, unknown> }).entries.keys()])).not.toContain("key-a");
  });

  it("batches the IDs the cache does not have, in the order asked, with errors per ID", async () => {
    const a = mock.seedOrder("key-a-123456", {});
    const b = mock.seedOrder("key-a-123456", {});
    const cache = new StatusCache();
    await lookupStatus(client, "key-a-123456", a.id, { cache });
    mock.resetRequests();
    const items = await lookupStatuses(client, "key-a-123456", [b.id, "99999999", a.id], { cache, maxAgeMs: 60_000 });
    expect([...items.keys()]).toEqual([b.id, "99999999", a.id]);
    expect(items.get("99999999")).toMatchObject({ ok: false, error: { kind: "unknown_order" } });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.params.orders).toBe(`${b.id},99999999`);
  });

  it("turns a failed call into every ID's error, and caches no errors", async () => {
    const cache = new StatusCache();
    mock.setFault({ mode: "http500", times: 1 });
    const items = await lookupStatuses(client, "key-a-123456", ["1", "2"], { cache });
    expect([...items.values()].every((i) => !i.ok && i.error.kind === "unavailable")).toBe(true);
    expect(cache.size).toBe(0);
  });

  it("drops the oldest entries beyond its size", () => {
    const cache = new StatusCache(2);
    cache.set("h", "1", { status: "Pending" }, 0);
    cache.set("h", "2", { status: "Pending" }, 0);
    cache.set("h", "3", { status: "Pending" }, 0);
    expect(cache.size).toBe(2);
    expect(cache.get("h", "1", 1000, 1)).toBeUndefined();
    expect(cache.get("h", "3", 1000, 1)).toMatchObject({ status: "Pending" });
  });
});
