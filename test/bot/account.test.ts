import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { ALICE, BOB, GROUP, Harness, type ApiCall } from "../helpers/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(async () => {
  await h.close();
});

const sent = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");

describe("/start and /help", () => {
  it("welcomes a new user and says what to do next", async () => {
    const calls = await h.text(ALICE, "/start");
    const [text] = Harness.texts(calls);
    expect(text).toContain("Alice");
    expect(text).toContain("/connect");
  });

  it("speaks Slovenian to a Slovenian user", async () => {
    const [text] = Harness.texts(await h.text(BOB, "/start"));
    expect(text).toContain("Živjo");
  });

  it("lists the commands in /help", async () => {
    const [text] = Harness.texts(await h.text(ALICE, "/help"));
    expect(text).toContain("/order");
    expect(text).toContain("@panel_test_bot");
  });
});

describe("/connect", () => {
  it("verifies the key, deletes the message, stores it encrypted and shows the balance", async () => {
    h.panel!.addAccount("alice-secret-key-123", "42.5", "EUR");
    const ask = await h.text(ALICE, "/connect");
    expect(Harness.texts(ask)[0]).toContain("API key");

    const calls = await h.text(ALICE, "alice-secret-key-123");
    expect(calls.some((c) => c.method === "deleteMessage")).toBe(true);
    const done = Harness.texts(calls).join("\n");
    expect(done).toContain("42.5");
    expect(done).toContain("€42.50"); // the locale's currency symbol (issue 14)

    const account = await h.deps.storage.accounts.get(`u:${ALICE.id}`);
    expect(account?.apiKey).toBe("alice-secret-key-123");

    const raw = await readFile(h.deps.config.storageUrl.replace(/^sqlite:\/\//, ""));
    expect(raw.includes(Buffer.from("alice-secret-key-123"))).toBe(false);

    const balance = Harness.texts(await h.text(ALICE, "/balance"))[0];
    expect(balance).toContain("42.5");
    expect(balance).toContain("€42.50");
  });

  it("rejects a bad key clearly and stores nothing", async () => {
    await h.text(ALICE, "/connect");
    const calls = await h.text(ALICE, "wrong-key-999999");
    expect(calls.some((c) => c.method === "deleteMessage")).toBe(true);
    expect(Harness.texts(calls).join("\n")).toMatch(/did not accept/);
    expect(await h.deps.storage.accounts.get(`u:${ALICE.id}`)).toBeUndefined();
    // still asking: a good key now works
    h.panel!.addAccount("good-key-1234567", "1.00", "USD");
    const ok = await h.text(ALICE, "good-key-1234567");
    expect(Harness.texts(ok).join("\n")).toContain("Connected");
  });

  it("asks again for something that is not a key", async () => {
    await h.text(ALICE, "/connect");
    const calls = await h.text(ALICE, "this has spaces");
    expect(Harness.texts(calls).join("\n")).toMatch(/does not look like an API key/);
  });

  it("says the panel is down and keeps nothing", async () => {
    h.panel!.addAccount("alice-secret-key-123");
    h.panel!.setFault({ mode: "http500" });
    await h.text(ALICE, "/connect");
    const calls = await h.text(ALICE, "alice-secret-key-123");
    expect(Harness.texts(calls).join("\n")).toMatch(/not reachable/);
    expect(await h.deps.storage.accounts.get(`u:${ALICE.id}`)).toBeUndefined();
  });

  it("can be cancelled", async () => {
    await h.text(ALICE, "/connect");
    const calls = await h.text(ALICE, "/cancel");
    expect(Harness.texts(calls).join("\n")).toMatch(/Cancelled/);
    // the next text is not taken as a key
    const after = await h.text(ALICE, "some-key-12345678");
    expect(after.some((c) => c.method === "deleteMessage")).toBe(false);
  });

  it("never asks for a key in a group", async () => {
    h.admins.set(GROUP.id, new Set([ALICE.id])); // /connect is for group admins (test/groups covers members)
    const calls = await h.text(ALICE, "/connect", GROUP);
    const msg = sent(calls)[0]!;
    expect(msg.payload.text).toMatch(/never ask for API keys in groups/);
    expect(JSON.stringify(msg.payload.reply_markup)).toContain("t.me/panel_test_bot");
  });
});

describe("/balance and /disconnect", () => {
  it("asks to connect first", async () => {
    const [text] = Harness.texts(await h.text(ALICE, "/balance"));
    expect(text).toMatch(/\/connect/);
  });

  it("reports a panel that is down", async () => {
    await h.connect(ALICE);
    h.panel!.setFault({ mode: "html" });
    const [text] = Harness.texts(await h.text(ALICE, "/balance"));
    expect(text).toMatch(/not reachable/);
  });

  it("removes the key", async () => {
    await h.connect(ALICE);
    expect(Harness.texts(await h.text(ALICE, "/disconnect"))[0]).toMatch(/removed/);
    expect(await h.deps.storage.accounts.get(`u:${ALICE.id}`)).toBeUndefined();
    expect(Harness.texts(await h.text(ALICE, "/disconnect"))[0]).toMatch(/no connected/i);
  });
});

describe("/language", () => {
  it("switches the chat's language", async () => {
    const calls = await h.text(ALICE, "/language");
    const buttons = Harness.buttons(calls);
    expect(buttons.map((b) => b.data)).toEqual(expect.arrayContaining(["lang:en", "lang:sl"]));
    const set = await h.press(ALICE, "lang:sl");
    expect(Harness.texts(set)[0]).toMatch(/slovenščino/);
    expect(Harness.texts(await h.text(ALICE, "/start"))[0]).toContain("Živjo");
  });
});

describe("expired buttons", () => {
  it("answers an unknown button", async () => {
    const calls = await h.press(ALICE, "zz:old");
    const answer = calls.find((c) => c.method === "answerCallbackQuery");
    expect(answer?.payload.text).toMatch(/expired/);
  });
});

describe("a key sent outside /connect", () => {
  it("is deleted from the chat and the user is told how to connect", async () => {
    const calls = await h.text(ALICE, "a1b2c3d4e5f6a7b8c9d0e1f2");
    expect(calls.some((c) => c.method === "deleteMessage")).toBe(true);
    expect(Harness.texts(calls)[0]).toMatch(/\/connect/);
    expect(await h.deps.storage.accounts.get(`u:${ALICE.id}`)).toBeUndefined();
  });

  it("leaves ordinary text alone", async () => {
    const calls = await h.text(ALICE, "hello there");
    expect(calls.some((c) => c.method === "deleteMessage")).toBe(false);
  });
});
