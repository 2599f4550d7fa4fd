/// <reference lib="dom" />
/**
 * The Mini App in a real browser (Debian's chromium through playwright-core), phone viewport
 * 390×844, a stub Telegram.WebApp (src/dev/telegram-webapp-stub.ts) carrying validly signed init
 * data, against the mock panel with 10,000+ services: search → service → form → Confirm twice
 * quickly → exactly one order → on the board → a status change shows after refresh. No console
 * errors. Screenshots of each page go to test-artifacts/webapp/ (git-ignored). Prints the first
 * list render and per-keystroke search times on 10,022 services.
 *
 * Skipped (with a message) when no chromium binary is found; .ci/run installs Debian's chromium.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { defaultCatalogue, generateCatalogue } from "../../src/dev/catalogue.js";
import { telegramWebAppStub } from "../../src/dev/telegram-webapp-stub.js";
import { ALICE, signInitData, startRig, type Rig } from "./rig.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts", "webapp");
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
  (p): p is string => !!p && existsSync(p),
);
if (!CHROMIUM) console.warn("[webapp browser test] SKIPPED: no chromium binary found (apt-get install chromium, or set CHROMIUM_PATH)");

declare global {
  interface Window {
    __appMetrics?: { firstListRenderMs?: number; searchMs: number[]; catalogueAt?: number; buildMs?: number; searchReadyMs?: number };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe.skipIf(!CHROMIUM)("web app in a real browser", () => {
  let rig: Rig;
  let staticDir: string;
  let browser: Browser;

  beforeAll(async () => {
    staticDir = await mkdtemp(path.join(tmpdir(), "smmbot-webapp-build-"));
    const { build } = await import("vite");
    await build({ configFile: path.join(ROOT, "web", "vite.config.ts"), logLevel: "silent", build: { outDir: staticDir, emptyOutDir: true } });
    rig = await startRig({ staticDir, catalogue: [...defaultCatalogue(), ...generateCatalogue(10_000)] });
    await rig.connect(ALICE);
    await mkdir(ARTIFACTS, { recursive: true });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await rig?.close();
    if (staticDir) await rm(staticDir, { recursive: true, force: true });
  });

  it("search → service → form → double Confirm = one order → board → status after refresh", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: "en-US",
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
    // Telegram's script, served by the stub (no network here); any other outside host is a failure.
    const initData = signInitData(ALICE);
    await page.route("https://telegram.org/js/telegram-web-app.js", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: telegramWebAppStub(initData) }),
    );
    const outside: string[] = [];
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      if (route.request().url() === "https://telegram.org/js/telegram-web-app.js") return route.fallback();
      outside.push(route.request().url());
      return route.abort();
    });
    const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    const main = page.locator("#tg-main-button");

    // 1. Catalogue of 10,022 services: time to the first list render.
    // The bot keeps the services list cached (SERVICES_CACHE_SECONDS): warm it as in normal operation.
    expect((await rig.call("/app/api/catalogue")).status).toBe(200);
    await page.goto(`${rig.origin}/app/`);
    await page.locator(".svc").first().waitFor();
    const coldRender = await page.evaluate(() => window.__appMetrics?.firstListRenderMs ?? NaN);
    expect(await page.locator(".count").textContent()).toBe(`${rig.panel.catalogue.length.toLocaleString("en-US")} services`);
    await shot("1-catalogue");
    // Opening it again (the app's files cached, as for a returning user).
    await page.reload();
    await page.locator(".svc").first().waitFor();
    const warmRender = await page.evaluate(() => window.__appMetrics?.firstListRenderMs ?? NaN);

    // 2. Search as you type: per-keystroke time (keystroke → list updated), once the search texts
    //    are built (in the background after the first render: well before a person types).
    await page.waitForFunction(() => window.__appMetrics?.searchReadyMs !== undefined);
    await page.locator(".search").click();
    await page.keyboard.type("likes", { delay: 60 });
    await page.waitForFunction(() => (window.__appMetrics?.searchMs.length ?? 0) >= 5);
    const searchMs = await page.evaluate(() => window.__appMetrics!.searchMs.slice());
    const first = page.locator(".svc").first();
    expect(await first.getAttribute("data-id")).toBe("1449");
    await shot("2-search-likes");
    console.log(
      `[webapp browser] ${rig.panel.catalogue.length} services: opening → first list render ${coldRender.toFixed(0)} ms (first open), ${warmRender.toFixed(0)} ms (again) (target < 1000); ` +
        `search per keystroke median ${median(searchMs).toFixed(1)} ms, max ${Math.max(...searchMs).toFixed(1)} ms (target < 50)`,
    );
    expect(warmRender).toBeLessThan(3000); // generous for a loaded CI machine; the target (1 s) is printed
    expect(median(searchMs)).toBeLessThan(150);

    // 3. Service details.
    await first.click();
    await page.getByRole("heading", { name: "Instagram Likes — instant ⚡" }).waitFor();
    expect(await page.locator(".service").textContent()).toContain("20–50,000");
    await shot("3-service");

    // 4. The order form: exactly the Default type's fields (+ drip-feed), live exact price.
    await main.click();
    await page.locator("#f-link").waitFor();
    expect(await page.locator("form .field").count()).toBe(2);
    await page.locator("#f-link").fill("https://instagram.com/p/browser-test");
    await page.locator("#f-quantity").fill("1000");
    await page.locator(".price", { hasText: "$0.12" }).waitFor();
    await page.locator("input[name=dripfeed]").check();
    await page.locator("#f-runs").fill("3");
    await page.locator("#f-interval").fill("15");
    await page.locator(".price", { hasText: "$0.36" }).waitFor();
    await page.locator("input[name=dripfeed]").uncheck();
    await page.locator(".price", { hasText: "$0.12" }).waitFor();
    // The main button is Telegram's (the stub's element), set right after the price renders.
    await expect.poll(() => main.textContent(), { timeout: 5000 }).toContain("$0.12");
    await shot("4-form");

    // 5. Confirm twice quickly (a double tap): exactly one order on the panel.
    const addsBefore = rig.panel.requests.filter((r) => r.action === "add").length;
    await main.evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    await page.getByText(/Order \d+ placed/).waitFor();
    const orderId = /Order (\d+) placed/.exec((await page.locator(".result h2").textContent())!)![1]!;
    expect(rig.panel.requests.filter((r) => r.action === "add").length).toBe(addsBefore + 1);
    expect(rig.panel.orders.get(orderId)?.params).toMatchObject({
      link: "https://instagram.com/p/browser-test",
      quantity: "1000",
      service: "1449",
    });
    expect(rig.sent.filter((m) => m.text.includes(`Order ${orderId} placed`))).toHaveLength(1);
    await shot("5-result");

    // 6. On the orders board; a status change on the panel shows after refresh.
    await main.click();
    const card = page.locator(`[data-order="${orderId}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain("Not checked yet");
    rig.panel.advance(orderId);
    rig.panel.setOrder(orderId, { remains: 400 });
    await page.getByRole("button", { name: /Refresh/ }).click();
    await card.locator(".status", { hasText: "In progress" }).waitFor();
    expect(await card.textContent()).toContain("600 of 1,000");
    await shot("6-orders");

    // 7. Accounts.
    await page.getByRole("tab", { name: "Account" }).click();
    await page.locator(".account .card").waitFor();
    await page.getByText(/\$\d/).first().waitFor();
    await shot("7-account");

    const haptics = await page.evaluate(() => (window as unknown as { __tgHaptics: string[] }).__tgHaptics);
    expect(haptics).toContain("notification:success");
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("two open tabs with the same order form place one order", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "en-US" });
    const initData = signInitData(ALICE);
    await context.route("https://telegram.org/js/telegram-web-app.js", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: telegramWebAppStub(initData) }),
    );
    const openForm = async () => {
      const page = await context.newPage();
      await page.goto(`${rig.origin}/app/`);
      await page.locator(".search").fill("1475");
      await page.locator('.svc[data-id="1475"]').click();
      await page.getByRole("heading", { name: /Spotify Plays/ }).waitFor();
      await page.locator("#tg-main-button").click();
      await page.locator("#f-link").fill("https://open.spotify.com/track/two-tabs");
      await page.locator("#f-quantity").fill("2000");
      await page.locator(".price", { hasText: "$1.60" }).waitFor();
      return page;
    };
    const [a, b] = [await openForm(), await openForm()];
    const addsBefore = rig.panel.requests.filter((r) => r.action === "add").length;
    await Promise.all([a.locator("#tg-main-button").click(), b.locator("#tg-main-button").click()]);
    const idOf = async (p: typeof a) => {
      await p.getByText(/Order \d+ placed/).waitFor();
      return /Order (\d+) placed/.exec((await p.locator(".result h2").textContent())!)![1];
    };
    const [ida, idb] = [await idOf(a), await idOf(b)];
    expect(ida).toBe(idb);
    expect(rig.panel.requests.filter((r) => r.action === "add").length).toBe(addsBefore + 1);
    await context.close();
  }, 45_000);

  it("follows Telegram's dark colour scheme and theme colours", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
    const page = await context.newPage();
    const initData = signInitData({ ...ALICE, language_code: "en" });
    await page.route("https://telegram.org/js/telegram-web-app.js", (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/javascript",
        body: telegramWebAppStub(initData, { colorScheme: "dark", themeParams: { bg_color: "#17212b" } }),
      }),
    );
    await page.goto(`${rig.origin}/app/`);
    await page.locator(".svc").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".svc")!).backgroundColor)).toBe("rgb(23, 33, 43)");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    await context.close();
  }, 30_000);
});
