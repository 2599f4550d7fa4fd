/**
 * Mini App benchmark: the catalogue API answer for 10,000 services over real HTTP (the whole
 * handler: init-data check, rate limit, catalogue from memory) — its size (raw and gzip) and time,
 * first (JSON + gzip built for this list version) and then served from memory. When a chromium
 * binary and the built front end (dist/webapp-static, `npm run build`) are there, also the
 * browser figures: opening → first list render, and per keystroke of search, on 10,000 services.
 *
 *   npx tsx bench/webapp.ts
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchRow } from "./types.js";
import { createDeps, type Deps } from "../src/deps.js";
import { loadConfig } from "../src/config.js";
import { generateCatalogue } from "../src/dev/catalogue.js";
import { startMockPanel } from "../src/dev/mock-panel.js";
import { signInitData, telegramWebAppStub } from "../src/dev/telegram-webapp-stub.js";
import { silentLogger } from "../src/logger.js";
import { userOwner } from "../src/storage/index.js";
import { createWebAppHandler } from "../src/webapp/index.js";
import { defaultStaticDir } from "../src/webapp/static.js";

const SIZE = 10_000;
const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
const USER = { id: 7001, first_name: "Bench", language_code: "en" };

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function get(url: string, auth: string, gzip: boolean): Promise<{ ms: number; bytes: number; status: number }> {
  const t0 = performance.now();
  // node:http, not fetch: fetch would decompress and hide the bytes on the wire.
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { authorization: auth, ...(gzip ? { "accept-encoding": "gzip" } : {}) } }, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => (bytes += c.length));
      res.on("end", () => resolve({ ms: performance.now() - t0, bytes, status: res.statusCode ?? 0 }));
    });
    req.on("error", reject);
  });
}

async function browserRows(origin: string, initData: string): Promise<BenchRow[]> {
  const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (p): p is string => !!p && existsSync(p),
  );
  if (!chromiumPath) return [];
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.route("https://telegram.org/js/telegram-web-app.js", (r) =>
      r.fulfill({ contentType: "text/javascript", body: telegramWebAppStub(initData) }),
    );
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${origin}/app/`);
      await page.locator(".svc").first().waitFor();
      opens.push(
        await page.evaluate(() => (globalThis as unknown as { __appMetrics: { firstListRenderMs: number } }).__appMetrics.firstListRenderMs),
      );
    }
    await page.locator(".search").click();
    for (const word of ["instagram likes", " brasil"]) await page.keyboard.type(word, { delay: 40 });
    await page.waitForFunction(() => (globalThis as unknown as { __appMetrics: { searchMs: number[] } }).__appMetrics.searchMs.length >= 22);
    const keys = await page.evaluate(() => (globalThis as unknown as { __appMetrics: { searchMs: number[] } }).__appMetrics.searchMs);
    return [
      { group: "webapp", name: `browser: opening → first list render, first open (${SIZE} services)`, value: round(opens[0]!, 0), unit: "ms" },
      {
        group: "webapp",
        name: "browser: opening → first list render, median of reopenings",
        value: round(median(opens.slice(1)), 0),
        unit: "ms",
        target: "< 1000",
      },
      { group: "webapp", name: "browser: search per keystroke median", value: round(median(keys), 1), unit: "ms", target: "< 50" },
      { group: "webapp", name: "browser: search per keystroke max", value: round(Math.max(...keys), 1), unit: "ms" },
    ];
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "smmbot-bench-webapp-"));
  const panel = await startMockPanel({ catalogue: generateCatalogue(SIZE), accounts: [{ key: "kb", balance: "100.00" }] });
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    DATA_DIR: dir,
    ENCRYPTION_KEY: "c".repeat(64),
    LOG_LEVEL: "silent",
    PANEL_URL: panel.url,
    WEBAPP_URL: "https://bench.example.com/app/",
    RATE_LIMIT_PER_MINUTE: "0",
  });
  const deps: Deps = await createDeps(config, { logger: silentLogger, panels: { timeoutMs: 10_000, retries: 0 } });
  const { storage, panels, catalogue } = deps;
  await storage.accounts.add(userOwner(USER.id), {
    panelId: "main",
    apiKey: "kb",
    currency: "USD",
    connectedAt: Date.now(),
    connectedBy: USER.id,
  });
  const handler = createWebAppHandler(deps, {});
  const server = http.createServer((req, res) => void handler(req, res).then((h) => h || res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const initData = signInitData(USER, TOKEN);
  const auth = `tma ${initData}`;
  try {
    // The services list in the bot's cache, as in normal operation (the panel call is not measured).
    await catalogue.get("main", "kb");
    const url = `${origin}/app/api/catalogue`;
    const first = await get(url, auth, true);
    if (first.status !== 200) throw new Error(`catalogue answered ${first.status}`);
    const raw = await get(url, auth, false);
    const samples: number[] = [];
    for (let i = 0; i < 40; i++) samples.push((await get(url, auth, true)).ms);
    const rows: BenchRow[] = [
      { group: "webapp", name: `catalogue API answer (${SIZE} services), gzip`, value: first.bytes, unit: "bytes" },
      { group: "webapp", name: `catalogue API answer (${SIZE} services), uncompressed`, value: raw.bytes, unit: "bytes" },
      { group: "webapp", name: "catalogue API answer, first (JSON + gzip built)", value: round(first.ms), unit: "ms", target: "< 500" },
      { group: "webapp", name: "catalogue API answer, from memory, median", value: round(median(samples)), unit: "ms", target: "< 50" },
    ];
    const staticDir = defaultStaticDir();
    if (existsSync(path.join(staticDir, "index.html"))) rows.push(...(await browserRows(origin, initData)));
    return rows;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await panels.closeAll();
    await storage.close();
    await panel.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await run();
  console.table(rows.map((r) => ({ group: r.group, name: r.name, value: r.value, unit: r.unit, target: r.target ?? "" })));
}
