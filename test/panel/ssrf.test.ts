import https from "node:https";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  classifyIp,
  DEFAULT_ADDRESS_POLICY,
  embeddedIpv4,
  hostMatches,
  parsePanelAddress,
  vetPanelAddress,
  type PanelAddressPolicy,
  type ResolvedAddress,
  type Resolver,
} from "../../src/panel/ssrf.js";
import { PanelClient } from "../../src/panel/client.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";

const policy = (p: Partial<PanelAddressPolicy> = {}): PanelAddressPolicy => ({ ...DEFAULT_ADDRESS_POLICY, ...p });

/** A resolver answering from a table, counting its lookups. */
function stubResolver(table: Record<string, string[] | ((n: number) => string[])>): Resolver & { lookups: string[] } {
  const lookups: string[] = [];
  const resolve = async (host: string): Promise<ResolvedAddress[]> => {
    lookups.push(host);
    const entry = table[host];
    if (!entry) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    const list = typeof entry === "function" ? entry(lookups.filter((h) => h === host).length) : entry;
    return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(resolve, { lookups });
}

const PUBLIC = "93.184.215.14";

describe("parsePanelAddress: the common forms", () => {
  it.each([
    ["smmpanel.com", "https://smmpanel.com", undefined],
    ["https://smmpanel.com", "https://smmpanel.com", undefined],
    ["https://smmpanel.com/", "https://smmpanel.com", undefined],
    ["  HTTPS://SMMPanel.COM/api/v2/  ", "https://smmpanel.com", "/api/v2"],
    ["smmpanel.com/api/v2//", "https://smmpanel.com", "/api/v2"],
    ["https://smmpanel.com:443/api.php", "https://smmpanel.com", "/api.php"],
    ["//smmpanel.com", "https://smmpanel.com", undefined],
    ["https://smmpanel.com./api/v2", "https://smmpanel.com", "/api/v2"],
  ])("%s", (input, origin, path) => {
    const r = parsePanelAddress(input);
    expect(r.ok && r.address).toMatchObject({ origin, path, protocol: "https:", port: 443 });
    expect(r.ok && r.address.hostname).toBe("smmpanel.com");
  });

  it("turns an IDN into punycode", () => {
    const r = parsePanelAddress("https://пример.рф/api/v2");
    expect(r.ok && r.address.hostname).toBe("xn--e1afmkfd.xn--p1ai");
    expect(r.ok && r.address.origin).toBe("https://xn--e1afmkfd.xn--p1ai");
  });

  it("refuses what is not an address", () => {
    for (const input of ["", "   ", "not an address", "https://", "https://exa mple.com", "https://a_b.com"]) {
      expect(parsePanelAddress(input), input).toEqual({ ok: false, reason: "malformed" });
    }
  });
});

describe("parsePanelAddress: the operator's rules before any lookup", () => {
  it("https only; http only when insecure is allowed; other schemes never", () => {
    expect(parsePanelAddress("http://smmpanel.com")).toEqual({ ok: false, reason: "scheme" });
    expect(parsePanelAddress("ftp://smmpanel.com")).toEqual({ ok: false, reason: "scheme" });
    expect(parsePanelAddress("file:///etc/passwd")).toEqual({ ok: false, reason: "scheme" });
    expect(parsePanelAddress("gopher://smmpanel.com")).toEqual({ ok: false, reason: "scheme" });
    const r = parsePanelAddress("http://smmpanel.com", policy({ allowInsecure: true }));
    expect(r.ok && r.address).toMatchObject({ protocol: "http:", port: 80, origin: "http://smmpanel.com" });
    expect(parsePanelAddress("ftp://smmpanel.com", policy({ allowInsecure: true }))).toEqual({ ok: false, reason: "scheme" });
  });

  it("no credentials in the URL", () => {
    expect(parsePanelAddress("https://user:pass@smmpanel.com")).toEqual({ ok: false, reason: "credentials" });
    expect(parsePanelAddress("https://user@smmpanel.com/api/v2")).toEqual({ ok: false, reason: "credentials" });
    expect(parsePanelAddress("user:pass@smmpanel.com")).toEqual({ ok: false, reason: "credentials" });
  });

  it("ports 443 and 80 only, unless the operator allows others", () => {
    expect(parsePanelAddress("https://smmpanel.com:8443")).toEqual({ ok: false, reason: "port" });
    expect(parsePanelAddress("smmpanel.com:22")).toEqual({ ok: false, reason: "port" });
    expect(parsePanelAddress("https://smmpanel.com:6379/api/v2")).toEqual({ ok: false, reason: "port" });
    expect(parsePanelAddress("https://smmpanel.com:80").ok).toBe(true);
    const r = parsePanelAddress("https://smmpanel.com:8443/api/v2", policy({ extraPorts: [8443] }));
    expect(r.ok && r.address).toMatchObject({ port: 8443, origin: "https://smmpanel.com:8443", path: "/api/v2" });
  });

  it("deny- and allowlists, with wildcards", () => {
    const deny = policy({ denylist: ["bad.example", "*.evil.example"] });
    expect(parsePanelAddress("https://bad.example", deny)).toEqual({ ok: false, reason: "denied" });
    expect(parsePanelAddress("https://BAD.example./api/v2", deny)).toEqual({ ok: false, reason: "denied" });
    expect(parsePanelAddress("https://api.evil.example", deny)).toEqual({ ok: false, reason: "denied" });
    expect(parsePanelAddress("https://a.b.evil.example", deny)).toEqual({ ok: false, reason: "denied" });
    expect(parsePanelAddress("https://evil.example", deny).ok).toBe(true); // the wildcard is for subdomains
    expect(parsePanelAddress("https://notevil.example", deny).ok).toBe(true);
    expect(parsePanelAddress("https://sub.bad.example", deny).ok).toBe(true);

    const allow = policy({ mode: "allowlist", allowlist: ["good.example", "*.panels.example"], denylist: ["x.panels.example"] });
    expect(parsePanelAddress("https://good.example", allow).ok).toBe(true);
    expect(parsePanelAddress("https://a.panels.example", allow).ok).toBe(true);
    expect(parsePanelAddress("https://other.example", allow)).toEqual({ ok: false, reason: "not_allowed" });
    expect(parsePanelAddress("https://sub.good.example", allow)).toEqual({ ok: false, reason: "not_allowed" });
    expect(parsePanelAddress("https://x.panels.example", allow)).toEqual({ ok: false, reason: "denied" }); // deny wins
  });

  it("lists match IDN hosts in either spelling", () => {
    expect(hostMatches("xn--e1afmkfd.xn--p1ai", ["пример.рф"])).toBe(true);
    expect(hostMatches("shop.xn--e1afmkfd.xn--p1ai", ["*.пример.рф"])).toBe(true);
  });

  it("CUSTOM_PANELS=off refuses every address", () => {
    expect(parsePanelAddress("https://smmpanel.com", policy({ mode: "off" }))).toEqual({ ok: false, reason: "disabled" });
  });

  it("local and metadata names are refused by name", () => {
    for (const host of ["localhost", "api.localhost", "metadata.google.internal", "metadata"]) {
      expect(parsePanelAddress(`https://${host}/api/v2`), host).toEqual({ ok: false, reason: "private_address" });
    }
    expect(parsePanelAddress("https://metadata.google.internal", policy({ allowInsecure: true }))).toEqual({
      ok: false,
      reason: "private_address",
    });
  });
});

describe("IP literals in every form", () => {
  it.each([
    "http://2130706433", // decimal 127.0.0.1
    "https://2130706433",
    "https://0x7f.1",
    "https://0x7f000001",
    "https://0177.0.0.1",
    "https://017700000001",
    "https://127.1",
    "https://127.0.0.1",
    "https://0",
    "https://0.0.0.0",
    "https://[::1]",
    "https://[::]",
    "https://[::ffff:127.0.0.1]",
    "https://[::ffff:7f00:1]",
    "https://[::ffff:a9fe:a9fe]", // 169.254.169.254, mapped
    "https://[0:0:0:0:0:ffff:10.0.0.1]",
    "https://[::127.0.0.1]", // IPv4-compatible
    "https://[2002:7f00:1::]", // 6to4 of 127.0.0.1
    "https://[2002:c0a8:101::1]", // 6to4 of 192.168.1.1
    "https://[64:ff9b::10.0.0.1]", // NAT64 of 10.0.0.1
    "https://[64:ff9b:1::a9fe:a9fe]", // local-use NAT64 of 169.254.169.254
    "https://[fe80::1]",
    "https://[fd00:ec2::254]",
    "https://[fc00::1]",
    "https://[ff02::1]",
    "https://169.254.169.254/latest/meta-data",
    "https://0xa9.0xfe.0xa9.0xfe",
    "https://2852039166", // 169.254.169.254
    "https://10.0.0.1",
    "https://172.16.5.4",
    "https://172.31.255.255",
    "https://192.168.0.1",
    "https://100.64.0.1",
    "https://100.100.100.200", // Alibaba metadata
    "https://224.0.0.1",
    "https://239.255.255.250",
    "https://240.0.0.1",
    "https://255.255.255.255",
    "https://198.18.0.1",
    "https://198.19.255.255",
    "https://192.0.2.10",
    "https://198.51.100.7",
    "https://203.0.113.9",
    "https://[2001:db8::1]",
  ])("%s is refused", (input) => {
    expect(parsePanelAddress(input, policy({ allowInsecure: true })).ok && classifyIp(new URL(input).hostname.replace(/^\[|\]$/g, ""))).not.toBe(
      "public",
    );
    expect(parsePanelAddress(input.replace(/^http:/, "https:"))).toEqual({ ok: false, reason: "private_address" });
  });

  it("public literals pass", () => {
    expect(parsePanelAddress(`https://${PUBLIC}/api/v2`).ok).toBe(true);
    expect(parsePanelAddress("https://[2606:4700:4700::1111]/api/v2").ok).toBe(true);
    expect(parsePanelAddress("https://[::ffff:93.184.215.14]").ok).toBe(true); // judged by its IPv4
    expect(parsePanelAddress("https://172.32.0.1").ok).toBe(true); // just outside 172.16/12
  });

  it("classifies by class, and metadata stays refused with insecure allowed", () => {
    expect(classifyIp("127.0.0.1")).toBe("private");
    expect(classifyIp("10.1.2.3")).toBe("private");
    expect(classifyIp("fd12::1")).toBe("private");
    expect(classifyIp("::1")).toBe("private");
    expect(classifyIp("169.254.169.254")).toBe("metadata");
    expect(classifyIp("fd00:ec2::254")).toBe("metadata");
    expect(classifyIp("::ffff:169.254.169.254")).toBe("metadata");
    expect(classifyIp("169.254.1.1")).toBe("reserved");
    expect(classifyIp("::")).toBe("reserved");
    expect(classifyIp("2001::1")).toBe("reserved"); // Teredo
    expect(classifyIp("not-an-ip")).toBe("reserved");
    expect(classifyIp(PUBLIC)).toBe("public");
    expect(embeddedIpv4("::ffff:7f00:1")).toBe("127.0.0.1");
    expect(embeddedIpv4("2002:0a00:0001::")).toBe("10.0.0.1");
    expect(embeddedIpv4("2606:4700::1")).toBeUndefined();
    const insecure = policy({ allowInsecure: true });
    expect(parsePanelAddress("http://127.0.0.1:80/api/v2", insecure).ok).toBe(true);
    expect(parsePanelAddress("https://169.254.169.254", insecure)).toEqual({ ok: false, reason: "private_address" });
    expect(parsePanelAddress("https://[fd00:ec2::254]", insecure)).toEqual({ ok: false, reason: "private_address" });
    expect(parsePanelAddress("https://224.0.0.1", insecure)).toEqual({ ok: false, reason: "private_address" });
  });
});

describe("vetPanelAddress: one lookup, every answer checked", () => {
  it("a public name passes and its first answer is pinned", async () => {
    const resolve = stubResolver({ "smmpanel.com": [PUBLIC, "2606:4700::6810:84e5"] });
    const r = await vetPanelAddress("smmpanel.com/api/v2", policy(), resolve);
    expect(r).toEqual({
      ok: true,
      address: {
        protocol: "https:",
        hostname: "smmpanel.com",
        port: 443,
        origin: "https://smmpanel.com",
        path: "/api/v2",
        pinned: { address: PUBLIC, family: 4 },
      },
    });
    expect(resolve.lookups).toEqual(["smmpanel.com"]);
  });

  it("a name that resolves to a private address is refused", async () => {
    for (const address of ["127.0.0.1", "10.0.0.8", "192.168.1.1", "169.254.169.254", "::1", "::ffff:10.0.0.1", "fe80::1", "fd00:ec2::254"]) {
      const resolve = stubResolver({ "sneaky.example": [address] });
      expect(await vetPanelAddress("https://sneaky.example", policy(), resolve), address).toEqual({ ok: false, reason: "private_address" });
    }
  });

  it("ANY private answer refuses the name, wherever it is in the list", async () => {
    const resolve = stubResolver({ "mixed.example": [PUBLIC, "127.0.0.1"] });
    expect(await vetPanelAddress("https://mixed.example", policy(), resolve)).toEqual({ ok: false, reason: "private_address" });
  });

  it("a name that does not resolve (or answers nothing usable)", async () => {
    expect(await vetPanelAddress("https://nowhere.example", policy(), stubResolver({}))).toEqual({ ok: false, reason: "unresolved" });
    expect(await vetPanelAddress("https://empty.example", policy(), stubResolver({ "empty.example": [] }))).toEqual({
      ok: false,
      reason: "unresolved",
    });
  });

  it("refusals that need no lookup make none", async () => {
    const resolve = stubResolver({ "smmpanel.com": [PUBLIC] });
    for (const input of ["http://smmpanel.com", "https://u:p@smmpanel.com", "https://smmpanel.com:8080", "https://127.0.0.1"]) {
      expect((await vetPanelAddress(input, policy(), resolve)).ok).toBe(false);
    }
    expect(await vetPanelAddress("https://smmpanel.com", policy({ denylist: ["smmpanel.com"] }), resolve)).toEqual({
      ok: false,
      reason: "denied",
    });
    expect(resolve.lookups).toEqual([]);
  });

  it("IP literals are not looked up", async () => {
    const resolve = stubResolver({});
    const r = await vetPanelAddress(`https://${PUBLIC}`, policy(), resolve);
    expect(r.ok && r.address.pinned).toEqual({ address: PUBLIC, family: 4 });
    expect(resolve.lookups).toEqual([]);
  });

  it("with insecure allowed, loopback and private answers pass (metadata never)", async () => {
    const insecure = policy({ allowInsecure: true });
    expect((await vetPanelAddress("http://dev.test", insecure, stubResolver({ "dev.test": ["127.0.0.1"] }))).ok).toBe(true);
    expect((await vetPanelAddress("http://dev.test", insecure, stubResolver({ "dev.test": ["10.1.1.1"] }))).ok).toBe(true);
    expect(await vetPanelAddress("http://meta.test", insecure, stubResolver({ "meta.test": ["169.254.169.254"] }))).toEqual({
      ok: false,
      reason: "private_address",
    });
  });
});

describe("the connection goes to the vetted address only (no DNS rebinding)", () => {
  let mock: MockPanel;
  beforeAll(async () => {
    mock = await startMockPanel({ accounts: [{ key: "pin-key-0001", balance: "7.25" }] });
  });
  afterAll(async () => {
    await mock.close();
  });

  it("a name whose answer changes between lookups: one lookup, and the request reaches the first answer", async () => {
    const port = Number(new URL(mock.url).port);
    // First answer: the mock (loopback, allowed here); any later answer: an unreachable address.
    const resolve = stubResolver({ "rebind.test": (n) => (n === 1 ? ["127.0.0.1"] : ["192.0.2.1"]) });
    const insecure = policy({ allowInsecure: true, extraPorts: [port] });
    const vetted = await vetPanelAddress(`http://rebind.test:${port}/api/v2`, insecure, resolve);
    expect(vetted.ok).toBe(true);
    if (!vetted.ok) return;
    expect(vetted.address.pinned).toEqual({ address: "127.0.0.1", family: 4 });

    mock.resetRequests();
    // rebind.test does not exist in real DNS either: only the pinned address can make this work.
    const client = new PanelClient({ url: `http://rebind.test:${port}/api/v2`, pinned: vetted.address.pinned, timeoutMs: 2000, retries: 0 });
    try {
      expect(await client.balance("pin-key-0001")).toMatchObject({ balance: "7.25" });
      expect(await client.balance("pin-key-0001")).toMatchObject({ balance: "7.25" });
    } finally {
      await client.close();
    }
    expect(mock.requests.map((r) => r.action)).toEqual(["balance", "balance"]);
    expect(resolve.lookups).toEqual(["rebind.test"]); // never asked again
  });

  it("without the pin the same name is not reachable (the test proves the pin, not DNS)", async () => {
    const port = Number(new URL(mock.url).port);
    const client = new PanelClient({ url: `http://rebind.test:${port}/api/v2`, timeoutMs: 2000, retries: 0 });
    try {
      await expect(client.balance("pin-key-0001")).rejects.toMatchObject({ kind: "unavailable" });
    } finally {
      await client.close();
    }
  });

  it("https: the pinned connection still sends the host name (SNI) and checks the certificate", async () => {
    // A self-signed certificate for panel.test (test/panel/fixtures): the handshake reaches the
    // pinned 127.0.0.1 with SNI "panel.test", and the unknown issuer is refused (verification stays on).
    const dir = path.join(__dirname, "fixtures");
    const names: string[] = [];
    let requests = 0;
    const server = https.createServer(
      {
        key: readFileSync(path.join(dir, "panel-test.key.pem")),
        cert: readFileSync(path.join(dir, "panel-test.cert.pem")),
        SNICallback: (name, cb) => {
          names.push(name);
          cb(null);
        },
      },
      (_req, res) => {
        requests++;
        res.end("{}");
      },
    );
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    const client = new PanelClient({
      url: `https://panel.test:${port}/api/v2`,
      pinned: { address: "127.0.0.1", family: 4 },
      timeoutMs: 2000,
      retries: 0,
    });
    try {
      await expect(client.balance("pin-key-0001")).rejects.toMatchObject({
        kind: "unavailable",
        message: expect.stringMatching(/CERT|SELF_SIGNED|ERR_TLS/),
      });
    } finally {
      await client.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
    expect(names).toEqual(["panel.test"]);
    expect(requests).toBe(0);
  });

  it("a pinned client refuses a shared dispatcher", () => {
    expect(() => new PanelClient({ url: "https://x.example/api/v2", pinned: { address: PUBLIC, family: 4 }, dispatcher: {} as never })).toThrow(
      /own pool/,
    );
  });
});
