/**
 * A mock SMM panel ("API v2") over real HTTP, for tests, benchmarks and local development.
 *
 * It implements every action (balance, services, add, status single/multi, refill single/multi,
 * refill_status single/multi, cancel) over in-memory state, accepts form-urlencoded and JSON
 * bodies, answers with the real panels' error texts, and can imitate other panels' quirks and
 * failures (5xx, HTML pages, bad JSON, hangs, connection resets, 429, redirects, a Cloudflare wall,
 * any canned answer).
 *
 * `dialect` makes it speak like a real panel script (Perfect Panel's raw keys, SmartPanel, a Laravel
 * script, a SocPanel-style script, CMSNT, or a panel behind Cloudflare), so the whole bot can be
 * tried against each: see mock/dialects.ts.
 *
 * Parts: mock/state.ts (accounts, orders, refills and their rules), mock/handler.ts (one API call),
 * mock/dialects.ts (the words and shapes of each panel), mock/faults.ts (failures), mock/server.ts
 * (HTTP).
 *
 * Orders move Pending → In progress → Completed (or Partial) when tests call `advance()`, or on
 * a timer (`autoProgressMs`, used by the CLI). Links containing "partial" end as Partial.
 *
 * @example
 * const mock = await startMockPanel();
 * mock.addAccount("k1", "10.00");
 * const client = new PanelClient({ url: mock.url });
 * const { order } = await client.add("k1", { service: "1448", link: "https://instagram.com/x", quantity: 100 });
 * mock.advance(order); // In progress
 * await mock.close();
 */
import { dialectOf } from "./mock/dialects.js";
import { Faults } from "./mock/faults.js";
import { handle, jsonReply } from "./mock/handler.js";
import { startServer } from "./mock/server.js";
import { MockState } from "./mock/state.js";
import type { MockDialect, MockPanel, MockPanelOptions, MockQuirks, RecordedRequest } from "./mock/types.js";

export type {
  CannedAnswer,
  FaultConfig,
  FaultMode,
  MockAccount,
  MockDialect,
  MockOrder,
  MockPanel,
  MockPanelOptions,
  MockQuirks,
  MockRefill,
  RecordedRequest,
} from "./mock/types.js";

/** Starts the mock panel on 127.0.0.1 (a free port unless `port` is given). */
export async function startMockPanel(options: MockPanelOptions = {}): Promise<MockPanel> {
  const state = new MockState({
    ...(options.catalogue ? { catalogue: options.catalogue } : {}),
    ...(options.firstOrderId !== undefined ? { firstOrderId: options.firstOrderId } : {}),
  });
  const requests: RecordedRequest[] = [];
  const faults = new Faults();
  const quirks: MockQuirks = {
    stringNumbers: false,
    bareStringErrors: false,
    statusMessageErrors: false,
    noCancel: false,
    noRefill: false,
    singleCancel: false,
    ...options.quirks,
  };
  let dialect = dialectOf(options.dialect ?? "standard");
  state.orderIds = dialect.orderIds;
  const ctx = () => ({ state, quirks, dialect, maxIds: options.maxIdsPerCall ?? 100 });

  for (const a of options.accounts ?? []) state.addAccount(a.key, a.balance, a.currency);

  const server = await startServer(
    {
      faults,
      requests,
      handle: (params) => handle(ctx(), params),
      apply: (params) => void handle(ctx(), params),
      walled: () => dialect.name === "cloudflare",
      badRequest: () => {
        const r = dialect.error({ code: "request" }, "");
        return jsonReply(r.json, r.status);
      },
    },
    options.port ?? 0,
    options.host ?? "127.0.0.1",
    { apiPath: options.apiPath, otherPaths: options.otherPaths },
  );

  const autoTimer = options.autoProgressMs ? setInterval(() => state.advanceAll(), options.autoProgressMs) : undefined;
  autoTimer?.unref();

  const mock: MockPanel = {
    url: server.url,
    requests,
    orders: state.orders,
    refills: state.refills,
    accounts: state.accounts,
    get catalogue() {
      return state.catalogue;
    },
    get dialect(): MockDialect {
      return dialect.name;
    },
    addAccount: (key, balance, currency) => state.addAccount(key, balance, currency),
    setCatalogue(services) {
      state.setCatalogue(services);
    },
    resetRequests() {
      requests.length = 0;
    },
    setFault(f) {
      faults.set(f);
    },
    setQuirks(q: Partial<MockQuirks>) {
      Object.assign(quirks, q);
    },
    setDialect(name) {
      dialect = dialectOf(name);
      state.orderIds = dialect.orderIds;
    },
    suspendAccount(key, suspended = true) {
      if (suspended) state.suspended.add(key);
      else state.suspended.delete(key);
    },
    setDuplicateLinks(on) {
      state.duplicateLinks = on;
    },
    advance(orderId, outcome) {
      if (orderId === undefined) return state.advanceAll();
      const order = state.orders.get(orderId);
      if (!order) throw new Error(`mock panel: no order ${orderId}`);
      state.advanceOrder(order, outcome);
    },
    advanceRefill(refillId) {
      if (refillId === undefined) {
        for (const r of state.refills.values()) state.advanceRefill(r);
        return;
      }
      const refill = state.refills.get(refillId);
      if (!refill) throw new Error(`mock panel: no refill ${refillId}`);
      state.advanceRefill(refill);
    },
    setOrder(id, patch) {
      const order = state.orders.get(id);
      if (!order) throw new Error(`mock panel: no order ${id}`);
      return Object.assign(order, patch);
    },
    setRefill(id, patch) {
      const refill = state.refills.get(id);
      if (!refill) throw new Error(`mock panel: no refill ${id}`);
      return Object.assign(refill, patch);
    },
    completeAll() {
      state.completeAll();
    },
    seedOrder: (key, partial) => state.seedOrder(key, partial),
    async close() {
      if (autoTimer) clearInterval(autoTimer);
      await server.close();
    },
  };
  return mock;
}
