import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customPanelId, PanelRegistry, type CustomPanelRecord, type CustomPanelStore } from "../../src/panel/registry.js";
import { DEFAULT_ADDRESS_POLICY, type PanelAddressPolicy } from "../../src/panel/ssrf.js";
import { PanelClient } from "../../src/panel/client.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { KEY, panelError } from "./helpers.js";

let mock: MockPanel;
beforeAll(async () => {
  mock = await startMockPanel({ accounts: [{ key: KEY }] });
});
afterAll(async () => {
  await mock.close();
});

describe("PanelRegistry", () => {
  it("lists, finds and shares clients", async () => {
    const reg = new PanelRegistry(
      [
        { id: "main", name: "Main panel", url: mock.url },
        { id: "other", name: "Other", url: "https://other.example/api/v2" },
      ],
      { timeoutMs: 1000, retries: 0 },
    );
    expect(reg.list()).toEqual([
      { id: "main", name: "Main panel", url: mock.url },
      { id: "other", name: "Other", url: "https://other.example/api/v2" },
    ]);
    expect(reg.has("other")).toBe(true);
    expect(reg.has("nope")).toBe(false);
    expect(reg.find("nope")).toBeUndefined();
    expect(() => reg.get("nope")).toThrow(/unknown panel/);
    const client = reg.get("main");
    expect(client).toBeInstanceOf(PanelClient);
    expect(reg.get("main")).toBe(client);
    expect(reg.find("main")).toMatchObject({ id: "main", name: "Main panel", client });
    expect(reg.default()).toMatchObject({ id: "main", client });
    expect((await client.balance(KEY)).currency).toBe("USD");
    await reg.closeAll();
    expect((await panelError(client.balance(KEY))).kind).toBe("unavailable");
    // A new client after closeAll.
    expect(reg.get("main")).not.toBe(client);
    await reg.closeAll();
  });

  it("refuses empty lists and duplicate ids", () => {
    expect(() => new PanelRegistry([])).toThrow();
    expect(
      () =>
        new PanelRegistry([
          { id: "a", name: "A", url: mock.url },
          { id: "a", name: "B", url: mock.url },
        ]),
    ).toThrow(/twice/);
  });

  it("rejects bad URLs in the client", () => {
    expect(() => new PanelClient({ url: "ftp://x" })).toThrow(TypeError);
    expect(() => new PanelClient({ url: "nope" })).toThrow(TypeError);
    expect(() => new PanelClient({ url: "https://u:p@x.com/" })).toThrow(TypeError);
  });
});

describe("PanelRegistry: panels users added", () => {
  /** An in-memory store shared by "instances". */
  const memoryStore = (): CustomPanelStore & { data: Map<string, CustomPanelRecord> } => {
    const data = new Map<string, CustomPanelRecord>();
    return {
      data,
      get: async (id) => data.get(id),
      set: async (id, r) => void data.set(id, r),
      list: async () => [...data],
    };
  };
  const port = (): number => Number(new URL(mock.url).port);
  /** "panel.test" → 127.0.0.1 (loopback: allowed with insecure), counting lookups. */
  const lookups: string[] = [];
  const resolve = async (host: string) => {
    lookups.push(host);
    if (host !== "panel.test") throw new Error("ENOTFOUND");
    return [{ address: "127.0.0.1", family: 4 as const }];
  };
  const policy = (): PanelAddressPolicy => ({ ...DEFAULT_ADDRESS_POLICY, allowInsecure: true, extraPorts: [port()] });
  const configured = [{ id: "main", name: "Main", url: "https://main.example/api/v2" }];

  it("ids are short, stable and fit the callback field", () => {
    const id = customPanelId("https://smmpanel.com/api/v2");
    expect(id).toMatch(/^x[a-z2-7]{15}$/);
    expect(customPanelId("https://smmpanel.com/api/v2")).toBe(id);
    expect(customPanelId("https://smmpanel.com/api/v1")).not.toBe(id);
  });

  it("addCustom stores the panel; another instance loads it on demand (re-vetted, pinned) and calls it", async () => {
    const store = memoryStore();
    const url = `http://panel.test:${port()}/api/v2`;
    const a = new PanelRegistry(configured, { timeoutMs: 1000, retries: 0 }, { store, policy: policy(), resolve });
    const added = await a.addCustom(url, { address: "127.0.0.1", family: 4 }, 1234);
    expect(added).toEqual({ id: customPanelId(url), name: `panel.test:${port()}`, url });
    expect(store.data.get(added.id)).toEqual({ url, name: `panel.test:${port()}`, addedAt: 1234 });
    expect(a.has(added.id)).toBe(true);
    expect((await a.get(added.id).balance(KEY)).currency).toBe("USD");
    expect(a.list().map((p) => p.id)).toEqual(["main"]); // the operator's list is unchanged

    lookups.length = 0;
    const b = new PanelRegistry(configured, { timeoutMs: 1000, retries: 0 }, { store, policy: policy(), resolve });
    expect(b.find(added.id)).toBeUndefined(); // not loaded yet: loads in the background
    const loaded = await b.ensure(added.id);
    expect(loaded).toMatchObject({ id: added.id, url });
    expect(lookups).toEqual(["panel.test"]);
    expect((await loaded!.client.balance(KEY)).balance).toBeDefined();
    expect(b.find(added.id)?.client).toBe(loaded!.client);
    expect(await b.ensure("xaaaaaaaaaaaaaaa")).toBeUndefined();
    await a.closeAll();
    await b.closeAll();
  });

  it("loadCustom re-vets every stored panel under today's policy", async () => {
    const store = memoryStore();
    const ok = `http://panel.test:${port()}/api/v2`;
    await store.set(customPanelId(ok), { url: ok, name: "panel.test", addedAt: 1 });
    await store.set(customPanelId("https://gone.example/api/v2"), { url: "https://gone.example/api/v2", name: "gone.example", addedAt: 1 });
    const refused: string[] = [];
    const reg = new PanelRegistry(configured, {}, { store, policy: policy(), resolve, onLoadError: (_id, reason) => refused.push(reason) });
    expect(await reg.loadCustom()).toEqual({ loaded: 1, refused: 1 });
    expect(refused).toEqual(["unresolved"]);
    const denied = new PanelRegistry(configured, {}, { store, policy: { ...policy(), denylist: ["panel.test"] }, resolve });
    expect(await denied.loadCustom()).toEqual({ loaded: 0, refused: 2 });
    const off = new PanelRegistry(configured, {}, { store, policy: { ...policy(), mode: "off" }, resolve });
    expect(await off.loadCustom()).toEqual({ loaded: 0, refused: 2 });
    await reg.closeAll();
  });

  it("an endpoint that is one of the operator's panels gives that panel", async () => {
    const store = memoryStore();
    const reg = new PanelRegistry(configured, {}, { store, policy: policy(), resolve });
    expect(await reg.addCustom("https://main.example/api/v2/", { address: "93.184.215.14", family: 4 })).toMatchObject({ id: "main" });
    expect(store.data.size).toBe(0);
  });
});
