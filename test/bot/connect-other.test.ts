/**
 * /connect → ➕ Other panel (issue 13 items 1–2) through the real bot: the operator's panel is
 * one mock; the user's panel is a second mock serving its API at /api.php behind an HTML site (so
 * discovery has to search), reached by its IP literal with plain http allowed for the test.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness, type ApiCall } from "../helpers/harness.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { connectOtherCodec } from "../../src/bot/conversations/connect.js";
import { SENTINEL_KEY } from "../../src/panel/discover.js";

const OTHER = connectOtherCodec.pack({});
const texts = (calls: ApiCall[]): string => Harness.texts(calls).join("\n");

let theirs: MockPanel;
let h: Harness | undefined;
let h2: Harness | undefined;
beforeEach(async () => {
  theirs = await startMockPanel({
    apiPath: "/api.php",
    otherPaths: "html",
    accounts: [{ key: "their-key-0001", balance: "12.5", currency: "USD" }],
  });
});
afterEach(async () => {
  await h2?.close();
  await h?.close();
  h = h2 = undefined;
  await theirs.close();
});

const portOf = (m: MockPanel): string => new URL(m.url).port;
const insecureEnv = (): Record<string, string> => ({ PANEL_ALLOW_INSECURE: "true", PANEL_ALLOWED_PORTS: portOf(theirs) });

describe("/connect → ➕ Other panel", () => {
  it("address → API found → key → connected; the panel is stored for every instance and serves /balance", async () => {
    h = await Harness.create({ env: insecureEnv() });
    const ask = await h.text(ALICE, "/connect");
    expect(texts(ask)).toContain("API key");
    expect(Harness.buttons(ask).map((b) => b.data)).toContain(OTHER);

    const askAddress = await h.press(ALICE, OTHER);
    expect(texts(askAddress)).toMatch(/address of your panel/);

    const address = `http://127.0.0.1:${portOf(theirs)}`;
    const found = await h.text(ALICE, address);
    const endpoint = `http://127.0.0.1:${portOf(theirs)}/api.php`;
    expect(texts(found)).toContain(`Panel API found: ${endpoint}`);
    expect(texts(found)).toContain(`API key for 127.0.0.1:${portOf(theirs)}`);
    // Discovery searched with the sentinel key only.
    expect(theirs.requests.map((r) => r.path)).toEqual(["/api/v2", "/api2/v2", "/api/v1", "/api", "/api.php"]);
    expect(theirs.requests.every((r) => r.params.key === SENTINEL_KEY)).toBe(true);
    theirs.resetRequests();

    const done = await h.text(ALICE, "their-key-0001");
    expect(done.some((c) => c.method === "deleteMessage")).toBe(true);
    expect(texts(done)).toContain(`Connected to 127.0.0.1:${portOf(theirs)}`);
    expect(texts(done)).toContain("12.50");
    // The key went to the endpoint found, once.
    expect(theirs.requests.map((r) => [r.path, r.params.key])).toEqual([["/api.php", "their-key-0001"]]);

    const account = await h.deps.storage.accounts.get(`u:${ALICE.id}`);
    expect(account?.panelId).toMatch(/^x[a-z2-7]{15}$/);
    expect(await h.deps.storage.panels.get(account!.panelId)).toMatchObject({ url: endpoint, name: `127.0.0.1:${portOf(theirs)}` });

    theirs.resetRequests();
    expect(texts(await h.text(ALICE, "/balance"))).toContain("12.50");
    expect(theirs.requests.map((r) => r.action)).toEqual(["balance"]);

    // A restart (same storage): the stored panel is re-vetted and loaded, the account keeps working.
    const dir = h.dir;
    // Another instance on the same storage knows the panel at the first update (loaded on demand)…
    h2 = await Harness.create({ env: insecureEnv(), dataDir: dir, panel: h.panel! });
    expect(h2.deps.panels.has(account!.panelId)).toBe(false);
    expect(texts(await h2.text(ALICE, "/balance"))).toContain("12.50");
    await h2.close();
    // …and a restart loads every stored panel at start (app.ts).
    h2 = await Harness.create({ env: insecureEnv(), dataDir: dir, panel: h.panel! });
    expect(await h2.deps.panels.loadCustom()).toEqual({ loaded: 1, refused: 0 });
    expect(h2.deps.panels.has(account!.panelId)).toBe(true);
    // Without PANEL_ALLOW_INSECURE the same stored panel is refused now (re-vetted on load).
    await h2.close();
    h2 = await Harness.create({ dataDir: dir, panel: h.panel! });
    expect(await h2.deps.panels.loadCustom()).toEqual({ loaded: 0, refused: 1 });
    expect(await h2.deps.panels.ensure(account!.panelId)).toBeUndefined();
  });

  it("a wrong key at the panel found is rejected and asked again; nothing is stored", async () => {
    h = await Harness.create({ env: insecureEnv() });
    await h.text(ALICE, "/connect");
    await h.press(ALICE, OTHER);
    await h.text(ALICE, `http://127.0.0.1:${portOf(theirs)}/api.php`);
    expect(theirs.requests.map((r) => r.path)).toEqual(["/api.php"]); // the given path only
    const wrong = await h.text(ALICE, "wrong-key-99999");
    expect(texts(wrong)).toMatch(/did not accept/);
    expect(await h.deps.storage.accounts.get(`u:${ALICE.id}`)).toBeUndefined();
    expect(await h.deps.storage.panels.list()).toEqual([]); // registered only with a working key
    expect(texts(await h.text(ALICE, "their-key-0001"))).toContain("Connected");
  });

  it("a refused address gets its reason and nothing is called", async () => {
    h = await Harness.create(); // the defaults: https only, public addresses only
    await h.text(ALICE, "/connect");
    await h.press(ALICE, OTHER);
    const cases: Array<[string, RegExp]> = [
      [`http://127.0.0.1:${portOf(theirs)}`, /Only secure https/],
      ["https://127.0.0.1", /private or internal network/],
      ["https://2130706433/api/v2", /private or internal network/],
      ["https://[::ffff:10.0.0.1]", /private or internal network/],
      ["https://169.254.169.254/latest", /private or internal network/],
      ["https://localhost", /private or internal network/],
      ["https://user:pw@smmpanel.example", /user name or password/],
      ["https://smmpanel.example:8080", /port is not allowed/],
      ["not an address", /not a web address/],
    ];
    for (const [input, reason] of cases) {
      const calls = await h.text(ALICE, input);
      expect(texts(calls), input).toMatch(reason);
    }
    expect(theirs.requests).toEqual([]);
    expect(h.panel!.requests).toEqual([]);
    // Still asking for an address; /cancel leaves.
    expect(texts(await h.text(ALICE, "/cancel"))).toMatch(/Cancelled/);
  });

  it("the operator's lists: a denied host and one off the allowlist", async () => {
    h = await Harness.create({ env: { PANEL_DENYLIST: "*.blocked.example", CUSTOM_PANELS: "allowlist", PANEL_ALLOWLIST: "good.example" } });
    await h.text(ALICE, "/connect");
    await h.press(ALICE, OTHER);
    expect(texts(await h.text(ALICE, "https://shop.blocked.example/api/v2"))).toMatch(/has blocked this panel/);
    expect(texts(await h.text(ALICE, "https://other.example/api/v2"))).toMatch(/allows only certain panels/);
  });

  it("no API at the address: said so, and another address can be sent", async () => {
    h = await Harness.create({ env: insecureEnv() });
    await h.text(ALICE, "/connect");
    await h.press(ALICE, OTHER);
    const calls = await h.text(ALICE, `http://127.0.0.1:${portOf(theirs)}/wrong/path`);
    expect(texts(calls)).toMatch(/found no panel API there/);
    expect(texts(await h.text(ALICE, `http://127.0.0.1:${portOf(theirs)}/api.php`))).toContain("Panel API found");
  });

  it("CUSTOM_PANELS=off: no ➕ Other panel, and the button of an old message does nothing", async () => {
    h = await Harness.create({ env: { CUSTOM_PANELS: "off" } });
    const ask = await h.text(ALICE, "/connect");
    expect(Harness.buttons(ask).map((b) => b.data)).not.toContain(OTHER);
    const press = await h.press(ALICE, OTHER);
    expect(texts(press)).not.toMatch(/address of your panel/);
  });

  it("several configured panels: their buttons plus ➕ Other panel", async () => {
    h = await Harness.create({
      noPanel: true,
      env: { PANELS: "Main=http://127.0.0.1:9/api/v2,Second=http://127.0.0.1:9/api/x", ...insecureEnv() },
    });
    const ask = await h.text(ALICE, "/connect");
    expect(Harness.buttons(ask).map((b) => b.text)).toEqual(["Main", "Second", "➕ Other panel", "✖️ Cancel"]);
    await h.press(ALICE, OTHER);
    await h.text(ALICE, `http://127.0.0.1:${portOf(theirs)}`);
    expect(texts(await h.text(ALICE, "their-key-0001"))).toContain(`Connected to 127.0.0.1:${portOf(theirs)}`);
  });
});
