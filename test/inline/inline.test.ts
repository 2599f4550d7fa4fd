import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { User } from "grammy/types";
import { ALICE, GROUP, Harness, type ApiCall } from "../helpers/harness.js";

const EN_BOB: User = { id: 1002, is_bot: false, first_name: "Bob", language_code: "en" };

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(async () => {
  await h.close();
});

interface Answer {
  results: Array<{
    type: string;
    id: string;
    title: string;
    description?: string;
    input_message_content: { message_text: string; parse_mode?: string };
  }>;
  cache_time?: number;
  is_personal?: boolean;
  button?: { text: string; start_parameter?: string };
}

function answerOf(calls: ApiCall[]): Answer {
  const call = calls.find((c) => c.method === "answerInlineQuery");
  expect(call, "answerInlineQuery was called").toBeDefined();
  return call!.payload as Answer;
}

const texts = (a: Answer) => a.results.map((r) => r.input_message_content.message_text);

describe("inline mode without a key", () => {
  it("offers a button that opens the private chat, and /start connect starts connecting", async () => {
    const a = answerOf(await h.inline(ALICE, "23501"));
    expect(a.results).toEqual([]);
    expect(a.button?.start_parameter).toBe("connect");
    expect(a.button?.text).toMatch(/Connect/);
    expect(a.is_personal).toBe(true);

    const empty = answerOf(await h.inline(ALICE, ""));
    expect(empty.button?.start_parameter).toBe("connect");

    const start = await h.text(ALICE, "/start connect");
    expect(Harness.texts(start).join("\n")).toMatch(/Send me your API key/);
    h.panel!.addAccount("alice-key-12345678", "5.00", "USD");
    const done = await h.text(ALICE, "alice-key-12345678");
    expect(Harness.texts(done).join("\n")).toMatch(/Connected/);
    expect((await h.deps.storage.accounts.get(`u:${ALICE.id}`))?.apiKey).toBe("alice-key-12345678");
  });

  it("never uses a group's key", async () => {
    h.panel!.addAccount("group-key-12345678");
    await h.deps.storage.accounts.add(`g:${GROUP.id}`, {
      panelId: h.deps.config.panels[0]!.id,
      apiKey: "group-key-12345678",
      connectedAt: Date.now(),
      connectedBy: ALICE.id,
    });
    const order = h.panel!.seedOrder("group-key-12345678", {});
    h.panel!.resetRequests();
    const a = answerOf(await h.inline(ALICE, order.id));
    expect(a.results).toEqual([]);
    expect(a.button?.start_parameter).toBe("connect");
    expect(h.panel!.requests).toHaveLength(0);
  });

  it("still explains the format", async () => {
    const a = answerOf(await h.inline(ALICE, "abc"));
    expect(a.results.map((r) => r.id)).toEqual(["fmt"]);
    expect(a.button?.start_parameter).toBe("connect");
  });
});

describe("inline mode with a key", () => {
  let key: string;
  beforeEach(async () => {
    key = await h.connect(ALICE, "alice-inline-key-1");
  });

  it("shows one status card per order, checked with the user's own key", async () => {
    const one = h.panel!.seedOrder(key, { status: "Partial", charge: "0.27819", remains: 157, startCount: 3572 });
    const two = h.panel!.seedOrder(key, { status: "In progress" });
    const a = answerOf(await h.inline(ALICE, `${one.id} #${two.id}`));
    expect(a.results).toHaveLength(2);
    expect(a.is_personal).toBe(true);
    expect(a.cache_time).toBe(10);
    expect(a.button).toBeUndefined();
    const [first, second] = a.results;
    expect(first!.type).toBe("article");
    expect(first!.input_message_content.parse_mode).toBe("HTML");
    expect(first!.input_message_content.message_text).toContain(`Order ${one.id}`);
    expect(first!.input_message_content.message_text).toMatch(/Partial/);
    expect(first!.input_message_content.message_text).toContain("0.27819");
    expect(first!.input_message_content.message_text).toContain("remains 157");
    expect(first!.description).toMatch(/Partial/);
    expect(second!.input_message_content.message_text).toMatch(/In progress/);
    const sent = h.panel!.requests.filter((r) => r.action === "status");
    expect(sent.every((r) => r.params.key === key)).toBe(true);
  });

  it("says which IDs the panel does not know", async () => {
    const one = h.panel!.seedOrder(key, {});
    const a = answerOf(await h.inline(ALICE, `${one.id} 99999999`));
    expect(a.results).toHaveLength(2);
    expect(a.results[1]!.title).toMatch(/99999999 not found/);
    expect(a.results[1]!.input_message_content.message_text).toMatch(/does not know order 99999999/);
  });

  it("explains the format for letters", async () => {
    const a = answerOf(await h.inline(ALICE, "abc"));
    expect(a.results).toHaveLength(1);
    expect(a.results[0]!.title).toMatch(/numbers/);
    expect(a.results[0]!.input_message_content.message_text).toContain("abc");

    const one = h.panel!.seedOrder(key, {});
    const mixed = answerOf(await h.inline(ALICE, `${one.id} x<b>y`));
    expect(mixed.results.map((r) => r.id)).toEqual([`o:${one.id}`, "fmt"]);
    expect(mixed.results[1]!.input_message_content.message_text).toContain("x&lt;b&gt;y");
  });

  it("gives one result explaining a panel that is down", async () => {
    h.panel!.setFault({ mode: "http500" });
    const a = answerOf(await h.inline(ALICE, "23501 23502 23503"));
    expect(a.results).toHaveLength(1);
    expect(a.results[0]!.input_message_content.message_text).toMatch(/not reachable/);
  });

  it("gives one result for a rejected key", async () => {
    h.panel!.accounts.delete(key);
    const a = answerOf(await h.inline(ALICE, "23501"));
    expect(a.results).toHaveLength(1);
    expect(a.results[0]!.input_message_content.message_text).toMatch(/rejected the API key/);
  });

  it("never answers more than 50 results, with short ids", async () => {
    const ids = Array.from({ length: 73 }, (_, i) => String(30000 + i));
    const a = answerOf(await h.inline(ALICE, ids.join(" ")));
    expect(a.results).toHaveLength(50);
    expect(new Set(a.results.map((r) => r.id)).size).toBe(50);
    for (const r of a.results) expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
  });

  it("lists recent orders with their last known status for an empty query", async () => {
    const panelId = h.deps.config.panels[0]!.id;
    for (const [orderId, status] of [
      ["501", "Completed"],
      ["502", "Pending"],
    ] as const) {
      await h.deps.storage.orders.track({
        chatId: ALICE.id,
        owner: `u:${ALICE.id}`,
        panelId,
        orderId,
        source: "manual",
        createdAt: Date.now(),
        serviceName: "Instagram <Followers>",
      });
      await h.deps.storage.orders.setState(ALICE.id, panelId, orderId, { final: false, last: { status, at: Date.now() } });
    }
    h.panel!.resetRequests();
    const a = answerOf(await h.inline(ALICE, ""));
    expect(a.results.map((r) => r.id)).toEqual([`r:${panelId}:502`, `r:${panelId}:501`]);
    expect(texts(a)[0]).toMatch(/Pending/);
    expect(texts(a)[1]).toMatch(/Completed/);
    expect(texts(a)[0]).toContain("Instagram &lt;Followers&gt;");
    expect(h.panel!.requests).toHaveLength(0);
  });

  it("says there are no recent orders yet", async () => {
    const a = answerOf(await h.inline(ALICE, "  "));
    expect(a.results).toHaveLength(1);
    expect(a.results[0]!.title).toMatch(/No recent orders/);
  });

  it("speaks the user's language", async () => {
    await h.connect(EN_BOB, "bob-inline-key-1");
    await h.deps.storage.prefs.update(EN_BOB.id, { language: "sl" });
    const a = answerOf(await h.inline(EN_BOB, "abc"));
    expect(a.results[0]!.title).toMatch(/številke/);
  });
});
