import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_PANEL_URL, loadConfig, parsePanels } from "../src/config.js";

const TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ";

describe("config", () => {
  it("needs only BOT_TOKEN and fills the defaults", () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN });
    expect(c.botApiRoot).toBe("https://api.telegram.org");
    expect(c.panels).toEqual([{ id: "main", name: "pica-smm.com", url: DEFAULT_PANEL_URL }]);
    expect(c.storageUrl).toMatch(/^sqlite:\/\/.*data\/bot\.sqlite$/);
    expect(c.defaultLocale).toBe("en");
    expect(c.botMode).toBe("polling");
    expect(c.pollIntervalMs).toBe(60_000);
    expect(c.leaseTtlMs).toBe(30_000);
    expect(c.heapGrowingPercent).toBe(20);
    expect(loadConfig({ BOT_TOKEN: TOKEN, HEAP_GROWING_PERCENT: "0" }).heapGrowingPercent).toBe(0);
  });

  it("names a missing or wrong value", () => {
    expect(() => loadConfig({})).toThrow(/BOT_TOKEN/);
    expect(() => loadConfig({ BOT_TOKEN: "nope" })).toThrow(ConfigError);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, PANEL_URL: "ftp://x" })).toThrow(/PANEL_URL/);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, POLL_INTERVAL_SECONDS: "0" })).toThrow(/POLL_INTERVAL_SECONDS/);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" })).toThrow(/WEBHOOK_URL/);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, STORAGE_PREFIX: "no spaces" })).toThrow(/STORAGE_PREFIX/);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, HEAP_GROWING_PERCENT: "-5" })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  it("never puts the token in an error", () => {
    try {
      loadConfig({ BOT_TOKEN: TOKEN, PORT: "-1" });
      expect.unreachable();
    } catch (err) {
      expect(String((err as Error).message)).not.toContain(TOKEN);
    }
  });

  it("reads several panels", () => {
    expect(parsePanels("Pica=https://pica-smm.com/api2/v2, Other Panel=http://127.0.0.1:9/api/v2")).toEqual([
      { id: "pica", name: "Pica", url: "https://pica-smm.com/api2/v2" },
      { id: "other-panel", name: "Other Panel", url: "http://127.0.0.1:9/api/v2" },
    ]);
    expect(() => parsePanels("a=https://x.com,a=https://y.com")).toThrow(/twice/);
    expect(() => parsePanels("justaname")).toThrow(/name=url/);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, PANELS: "x=notaurl" })).toThrow(/PANELS/);
  });
});

describe("config: panels users add (issue 13)", () => {
  it("defaults: any public panel, https only, no lists, no extra ports", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).customPanels).toEqual({
      mode: "any",
      allowlist: [],
      denylist: [],
      allowInsecure: false,
      extraPorts: [],
    });
  });

  it("reads the lists, ports and the insecure switch", () => {
    const c = loadConfig({
      BOT_TOKEN: TOKEN,
      CUSTOM_PANELS: "allowlist",
      PANEL_ALLOWLIST: " Good.Example , *.panels.example ",
      PANEL_DENYLIST: "bad.example.",
      PANEL_ALLOWED_PORTS: "8443, 8080",
      PANEL_ALLOW_INSECURE: "true",
    });
    expect(c.customPanels).toEqual({
      mode: "allowlist",
      allowlist: ["good.example", "*.panels.example"],
      denylist: ["bad.example"],
      allowInsecure: true,
      extraPorts: [8443, 8080],
    });
  });

  it("names wrong values", () => {
    const bad = (env: Record<string, string>): string => {
      try {
        loadConfig({ BOT_TOKEN: TOKEN, ...env });
        return "";
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
    };
    expect(bad({ CUSTOM_PANELS: "some" })).toMatch(/CUSTOM_PANELS/);
    expect(bad({ CUSTOM_PANELS: "allowlist" })).toMatch(/PANEL_ALLOWLIST is required/);
    expect(bad({ PANEL_DENYLIST: "a.example/path" })).toMatch(/PANEL_DENYLIST/);
    expect(bad({ PANEL_ALLOWLIST: "a.*.example" })).toMatch(/PANEL_ALLOWLIST/);
    expect(bad({ PANEL_ALLOWLIST: "a*b.example" })).toMatch(/PANEL_ALLOWLIST/);
    expect(bad({ PANEL_ALLOWED_PORTS: "70000" })).toMatch(/PANEL_ALLOWED_PORTS/);
    expect(bad({ PANEL_ALLOWED_PORTS: "http" })).toMatch(/PANEL_ALLOWED_PORTS/);
    expect(bad({ PANEL_ALLOW_INSECURE: "maybe" })).toMatch(/PANEL_ALLOW_INSECURE/);
  });
});
