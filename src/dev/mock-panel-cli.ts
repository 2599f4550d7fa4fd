/**
 * `npm run mock-panel`: starts the mock SMM panel for local development.
 *
 * Env: PORT (default: a free port), HOST (default 127.0.0.1), MOCK_TICK_MS (auto-progress step,
 * default 5000; 0 disables), MOCK_KEY (default "demo-key-123"), MOCK_BALANCE (default "100.00"),
 * MOCK_CURRENCY (default "USD"), MOCK_DIALECT (standard, perfectpanel, smartpanel, laravel, socpanel,
 * cmsnt, cloudflare; default standard: how the panel speaks, see mock/dialects.ts). Stays up until
 * Ctrl-C.
 */
import { startMockPanel, type MockDialect } from "./mock-panel.js";

const DIALECTS: readonly MockDialect[] = ["standard", "perfectpanel", "smartpanel", "laravel", "socpanel", "cmsnt", "cloudflare"];

const port = Number(process.env.PORT ?? 0);
const tick = Number(process.env.MOCK_TICK_MS ?? 5000);
const key = process.env.MOCK_KEY ?? "demo-key-123";
const balance = process.env.MOCK_BALANCE ?? "100.00";
const currency = process.env.MOCK_CURRENCY ?? "USD";
const dialect = (process.env.MOCK_DIALECT ?? "standard") as MockDialect;
if (!DIALECTS.includes(dialect)) {
  console.error(`MOCK_DIALECT must be one of: ${DIALECTS.join(", ")}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error("PORT must be a port number");
  process.exit(1);
}

const mock = await startMockPanel({
  port,
  host: process.env.HOST ?? "127.0.0.1",
  ...(tick > 0 ? { autoProgressMs: tick } : {}),
  accounts: [{ key, balance, currency }],
  dialect,
});

console.log(`Mock SMM panel listening on ${mock.url} (dialect: ${dialect})`);
console.log(`Demo API key: ${key}  (balance ${balance} ${currency}, ${mock.catalogue.length} services)`);
console.log(tick > 0 ? `Orders advance one step every ${tick} ms.` : "Auto-progress is off.");
console.log(`Try: curl -s -d key=${key} -d action=balance ${mock.url}`);
console.log(`Bot: PANEL_URL=${mock.url} npm run dev`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping mock panel…");
  mock.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
