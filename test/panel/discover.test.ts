import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { API_PATHS, discoverEndpoint, SENTINEL_KEY } from "../../src/panel/discover.js";
import { DEFAULT_ADDRESS_POLICY, vetPanelAddress, type VettedAddress } from "../../src/panel/ssrf.js";
import { startMockPanel, type MockPanel, type MockPanelOptions } from "../../src/dev/mock-panel.js";

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

async function mockAt(options: MockPanelOptions): Promise<MockPanel> {
  const mock = await startMockPanel({ accounts: [{ key: "user-key-0001", balance: "3.00" }], ...options });
  open.push(mock);
  return mock;
}

/** The mock's address as a user would type it, vetted under a test policy ("panel.test" → 127.0.0.1). */
async function vetted(port: number, path = ""): Promise<VettedAddress> {
  const r = await vetPanelAddress(
    `http://panel.test:${port}${path}`,
    { ...DEFAULT_ADDRESS_POLICY, allowInsecure: true, extraPorts: [port] },
    async () => [{ address: "127.0.0.1", family: 4 }],
  );
  if (!r.ok) throw new Error(`not vetted: ${r.reason}`);
  return r.address;
}

const portOf = (mock: MockPanel): number => Number(new URL(mock.url).port);

describe("discoverEndpoint", () => {
  it("tries the usual paths in turn and stops at the panel's (HTML site pages elsewhere)", async () => {
    const mock = await mockAt({ apiPath: "/api.php", otherPaths: "html" });
    const r = await discoverEndpoint(await vetted(portOf(mock)));
    expect(r).toEqual({ kind: "found", url: `http://panel.test:${portOf(mock)}/api.php`, answer: "error" });
    expect(mock.requests.map((q) => q.path)).toEqual(["/api/v2", "/api2/v2", "/api/v1", "/api", "/api.php"]);
    // Only the sentinel key was sent: the user's key goes to the endpoint found, nowhere else.
    expect(mock.requests.every((q) => q.params.key === SENTINEL_KEY && q.params.action === "balance")).toBe(true);
  });

  it("404 pages and redirects are not the API (redirects are not followed)", async () => {
    for (const otherPaths of ["404", "redirect"] as const) {
      const mock = await mockAt({ apiPath: "/api/v1", otherPaths });
      const r = await discoverEndpoint(await vetted(portOf(mock)));
      expect(r, otherPaths).toMatchObject({ kind: "found", url: `http://panel.test:${portOf(mock)}/api/v1` });
      expect(mock.requests.map((q) => q.path)).toEqual(["/api/v2", "/api2/v2", "/api/v1"]);
    }
  });

  it("the first path answers at once for a standard panel", async () => {
    const mock = await mockAt({});
    const r = await discoverEndpoint(await vetted(portOf(mock)));
    expect(r).toEqual({ kind: "found", url: mock.url.replace("127.0.0.1", "panel.test"), answer: "error" });
    expect(mock.requests).toHaveLength(1);
  });

  it("a given path is the only one tried", async () => {
    const mock = await mockAt({ apiPath: "/custom/api", otherPaths: "html" });
    expect(await discoverEndpoint(await vetted(portOf(mock), "/custom/api/"))).toMatchObject({ kind: "found" });
    expect(mock.requests.map((q) => q.path)).toEqual(["/custom/api"]);
    mock.resetRequests();
    expect(await discoverEndpoint(await vetted(portOf(mock), "/api/v2"))).toEqual({ kind: "not_found", tried: 1 });
    expect(mock.requests.map((q) => q.path)).toEqual(["/api/v2"]);
  });

  it("no API anywhere: not found after the usual paths, at most maxAttempts calls", async () => {
    const mock = await mockAt({ apiPath: "/hidden/v9", otherPaths: "html" });
    expect(await discoverEndpoint(await vetted(portOf(mock)))).toEqual({ kind: "not_found", tried: API_PATHS.length });
    expect(mock.requests).toHaveLength(API_PATHS.length);
    mock.resetRequests();
    expect(await discoverEndpoint(await vetted(portOf(mock)), { maxAttempts: 3 })).toEqual({ kind: "not_found", tried: 3 });
    expect(mock.requests).toHaveLength(3);
  });

  it("stops when the total time is used up", async () => {
    const mock = await mockAt({ apiPath: "/hidden/v9", otherPaths: "html" });
    let t = 0;
    const r = await discoverEndpoint(await vetted(portOf(mock)), { totalMs: 25_000, now: () => (t += 10_000) - 10_000 });
    expect(r).toEqual({ kind: "not_found", tried: 2 }); // at 10 s and 20 s; at 30 s the 25 s are used up
  });

  it("a JSON answer of another shape is not a panel; a balance is", async () => {
    const server = http.createServer((req, res) => {
      const body = req.url === "/api" ? JSON.stringify({ balance: "1.00", currency: "USD" }) : JSON.stringify({ status: "ok", version: 3 });
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    open.push({ close: () => new Promise<void>((r) => server.close(() => r())) });
    const port = (server.address() as AddressInfo).port;
    expect(await discoverEndpoint(await vetted(port))).toEqual({ kind: "found", url: `http://panel.test:${port}/api`, answer: "balance" });
  });

  it("an unreachable host stops the search at the first call", async () => {
    const mock = await mockAt({});
    const port = portOf(mock);
    const address = await vetted(port);
    await mock.close();
    const r = await discoverEndpoint(address, { timeoutMs: 1000 });
    expect(r.kind).toBe("unreachable");
  });

  it("an anti-bot wall in front of the API is reported, not searched through", async () => {
    const mock = await mockAt({ dialect: "cloudflare" });
    const r = await discoverEndpoint(await vetted(portOf(mock)));
    expect(r).toMatchObject({ kind: "unreachable", error: { problem: "blocked" } });
    expect(mock.requests).toHaveLength(1);
  });
});
