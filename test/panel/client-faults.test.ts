import http from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PanelClient } from "../../src/panel/client.js";
import type { PanelError } from "../../src/panel/errors.js";
import { startMockPanel } from "../../src/dev/mock-panel.js";
import { KEY, fixture, panelError, type Fixture } from "./helpers.js";

let f: Fixture;
/** Every error seen in this file, checked for the key at the end. */
const seen: PanelError[] = [];
const expectError = async (p: Promise<unknown>): Promise<PanelError> => {
  const e = await panelError(p);
  seen.push(e);
  return e;
};
const ADD = { service: "1448", link: "https://instagram.com/someone", quantity: 100 };

beforeAll(async () => {
  f = await fixture({}, { timeoutMs: 300, retries: 2, backoffMs: 5 });
});
afterAll(async () => {
  await f.close();
});
afterEach(() => {
  f.mock.setFault("none");
  f.calls.length = 0;
});

describe("faults on read-only actions are retried", () => {
  it.each([
    ["http500", /HTTP 500/],
    ["html", /HTML page/],
    ["badjson", /invalid JSON/],
    ["reset", /connection failed|unreachable/],
    ["timeout", /no answer within 300 ms/],
  ] as const)("%s → unavailable after 3 attempts", async (mode, message) => {
    f.mock.setFault(mode);
    const e = await expectError(f.client.balance(KEY));
    expect(e.kind).toBe("unavailable");
    expect(e.message).toMatch(message);
    expect(e.action).toBe("balance");
    expect(f.calls).toEqual([
      { action: "balance", ids: 0 },
      { action: "balance", ids: 0 },
      { action: "balance", ids: 0 },
    ]);
  });

  it("a transient failure is retried away", async () => {
    f.mock.setFault({ mode: "http500", times: 2 });
    expect((await f.client.balance(KEY)).currency).toBe("USD");
    expect(f.calls.length).toBe(3);
    f.calls.length = 0;
    f.mock.setFault({ mode: "reset", times: 1, actions: ["services"] });
    expect((await f.client.services(KEY)).length).toBeGreaterThan(10);
    expect(f.calls.length).toBe(2);
  });

  it("status, statuses and refill_status are retried", async () => {
    const id = f.mock.seedOrder(KEY, {}).id;
    f.mock.setFault({ mode: "http500", times: 1 });
    expect((await f.client.status(KEY, id)).status).toBe("Pending");
    f.mock.setFault({ mode: "badjson", times: 1 });
    expect((await f.client.statuses(KEY, [id])).get(id)?.ok).toBe(true);
    f.mock.setFault({ mode: "html", times: 1 });
    expect((await panelError(f.client.refillStatus(KEY, "424242"))).kind).toBe("unknown_refill");
    expect(f.calls.map((c) => c.action)).toEqual(["status", "status", "status", "status", "refill_status", "refill_status"]);
  });

  it("429 honours Retry-After, up to maxRetryAfterMs", async () => {
    f.mock.setFault({ mode: "http429", retryAfterSec: 0 });
    const e = await expectError(f.client.balance(KEY));
    expect(e).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 0 });
    expect(f.calls.length).toBe(3);
    f.calls.length = 0;
    f.mock.setFault({ mode: "http429", retryAfterSec: 30 });
    const long = await expectError(f.client.balance(KEY));
    expect(long).toMatchObject({ kind: "rate_limited", retryAfterMs: 30_000 });
    expect(f.calls.length).toBe(1); // too long to wait: given back at once
  });

  it("a redirect is never followed", async () => {
    f.mock.resetRequests();
    f.mock.setFault("redirect");
    const e = await expectError(f.client.balance(KEY));
    expect(e).toMatchObject({ kind: "unavailable", status: 302 });
    expect(f.mock.requests.every((r) => r.path === "/api/v2")).toBe(true);
    expect(f.mock.requests).toHaveLength(3);
  });

  it("latency beyond the deadline is a timeout", async () => {
    f.mock.setFault({ mode: "none", latencyMs: 1000 });
    const started = Date.now();
    const e = await expectError(f.makeClient({ retries: 0 }).balance(KEY));
    expect(e.kind).toBe("unavailable");
    expect(Date.now() - started).toBeLessThan(900);
  });
});

describe("add, refill and cancel are never retried", () => {
  it.each(["http500", "reset", "timeout", "html", "badjson"] as const)("add + %s → unknown_outcome, one call", async (mode) => {
    f.mock.setFault(mode);
    const e = await expectError(f.client.add(KEY, ADD));
    expect(e.kind).toBe("unknown_outcome");
    expect(e.action).toBe("add");
    expect(e.message).toMatch(/may or may not have been placed/);
    expect(f.calls).toEqual([{ action: "add", ids: 0 }]);
  });

  it("the order may really exist (applyAction)", async () => {
    const before = f.mock.orders.size;
    f.mock.setFault({ mode: "timeout", applyAction: true, actions: ["add"] });
    expect((await expectError(f.client.add(KEY, ADD))).kind).toBe("unknown_outcome");
    expect(f.mock.orders.size).toBe(before + 1);
  });

  it("add + 429 or redirect: refused, not unknown", async () => {
    f.mock.setFault({ mode: "http429", retryAfterSec: 0 });
    expect((await expectError(f.client.add(KEY, ADD))).kind).toBe("rate_limited");
    f.mock.setFault("redirect");
    expect((await expectError(f.client.add(KEY, ADD))).kind).toBe("unavailable");
    expect(f.calls.length).toBe(2);
  });

  it("refill and cancel → unknown_outcome per ID", async () => {
    const ids = [f.mock.seedOrder(KEY, { status: "Completed" }).id, f.mock.seedOrder(KEY, { status: "Completed" }).id];
    f.mock.setFault("http500");
    expect((await expectError(f.client.refill(KEY, ids[0] as string))).kind).toBe("unknown_outcome");
    for (const map of [await f.client.refills(KEY, ids), await f.client.cancel(KEY, ids)]) {
      for (const item of map.values()) {
        expect(item.ok).toBe(false);
        if (!item.ok) {
          seen.push(item.error);
          expect(item.error.kind).toBe("unknown_outcome");
        }
      }
    }
    expect(f.calls).toEqual([
      { action: "refill", ids: 1 },
      { action: "refill", ids: 2 },
      { action: "cancel", ids: 2 },
    ]);
  });

  it("a connection that cannot be made is unavailable even for add (nothing was sent)", async () => {
    const server = http.createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((r) => server.close(() => r()));
    const client = new PanelClient({ url: `http://127.0.0.1:${port}/api/v2`, retries: 1, backoffMs: 1 });
    try {
      const e = await expectError(client.add(KEY, ADD));
      expect(e.kind).toBe("unavailable");
      expect(e.message).toMatch(/ECONNREFUSED/);
      expect((await expectError(client.balance(KEY))).kind).toBe("unavailable");
      expect(client.callCount).toBe(3);
    } finally {
      await client.close();
    }
  });
});

describe("lifecycle and secrecy", () => {
  it("a closed client refuses calls", async () => {
    const client = f.makeClient();
    await client.close();
    expect((await expectError(client.balance(KEY))).kind).toBe("unavailable");
  });

  it("closing the mock ends hung requests at once", async () => {
    const mock = await startMockPanel();
    mock.addAccount(KEY);
    mock.setFault("timeout");
    const client = new PanelClient({ url: mock.url, timeoutMs: 10_000, retries: 0 });
    const started = Date.now();
    const pending = expectError(client.balance(KEY));
    await new Promise((r) => setTimeout(r, 50));
    await mock.close();
    expect((await pending).kind).toBe("unavailable");
    expect(Date.now() - started).toBeLessThan(2000);
    await client.close();
  });

  it("the key never appears in any error", () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const e of seen) {
      for (const text of [e.message, String(e), e.stack ?? "", JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })]) {
        expect(text).not.toContain(KEY);
        expect(text).not.toContain(encodeURIComponent(KEY));
      }
      expect(Object.keys(e)).not.toContain("cause");
    }
  });
});
