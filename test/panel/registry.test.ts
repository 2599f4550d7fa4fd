import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PanelRegistry } from "../../src/panel/registry.js";
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
