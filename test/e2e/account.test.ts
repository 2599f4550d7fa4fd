/**
 * End-to-end: the built bot (node dist/main.js) over real HTTP against the fake Bot API and the
 * mock panel. Account journeys (/start, /connect, /balance, /language), bad input, Telegram and
 * panel faults, and restarts (SIGKILL mid-wizard, SIGTERM).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from "vitest";
import { ensureBuilt } from "./build.js";
import { secretKey, until, World } from "./driver.js";

let w: World;

function dumpOnFailure(ctx: TestContext): void {
  ctx.onTestFailed(() => {
    console.error(`\n===== e2e diagnostics: ${ctx.task.name} =====\n${w?.diagnostics() ?? "(no world)"}\n`);
  });
}

beforeAll(async () => {
  await ensureBuilt();
}, 300_000);

describe("account journey (one bot process)", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    w = await World.start();
  }, 90_000);
  afterAll(async () => {
    await w?.close();
  });
  beforeEach(dumpOnFailure);
  afterEach(() => {
    w.api.clearFaults();
    w.panel.setFault("none");
  });

  it("new user: /start → /connect → key → /balance, key deleted and never echoed", async () => {
    const alice = w.user(2001, "Alice");
    const key = secretKey("alice");

    const welcome = await w.say(alice, "/start");
    expect(welcome.text).toContain("Alice");
    expect(welcome.text).toContain("/connect");

    const missing = await w.say(alice, "/balance");
    expect(missing.text).toMatch(/not connected a panel account/);

    w.panel.addAccount(key, "42.5", "EUR");
    const ask = await w.say(alice, "/connect");
    expect(ask.text).toMatch(/API key/);
    expect(w.buttons(ask).map((b) => b.data)).toContain("conv:cancel");

    expect((await w.say(alice, "this has spaces")).text).toMatch(/does not look like an API key/);
    expect((await w.say(alice, "wrong-key-but-well-formed")).text).toMatch(/did not accept/);

    const keyMessage = w.send(alice, key);
    const done = await w.next(alice.id);
    expect(done.text).toMatch(/Connected/);
    expect(done.text).toContain("42.5");
    expect(done.text).toContain("€42.50"); // the locale's currency symbol (issue 14)
    // The message holding the key is gone from the chat.
    await until(
      () => w.api.deleted.some((d) => d.chatId === alice.id && d.messageId === keyMessage.message_id),
      "the key message to be deleted",
    );
    expect(w.api.history(alice.id).some((m) => m.text === key)).toBe(false);

    const balance = await w.say(alice, "/balance");
    expect(balance.text).toMatch(/Balance/);
    expect(balance.text).toContain("42.5");

    const again = await w.say(alice, "/start");
    expect(again.text).toMatch(/is connected/);

    expect(w.outgoing()).not.toContain(key);
    expect(w.bot.log).not.toContain(key);
    expect(w.bot.errorLines()).toEqual([]);
  });

  it("/language switches to Slovenian and back", async () => {
    const bob = w.user(2002, "Bob");
    const menu = await w.say(bob, "/language");
    expect(w.buttons(menu).map((b) => b.data)).toEqual(expect.arrayContaining(["lang:en", "lang:sl"]));
    const since = w.api.sent.length;
    w.press(bob, menu, "lang:sl");
    await w.waitCall((c) => c.method === "editMessageText" && c.params.chat_id === bob.id, { since });
    expect(w.current(menu)?.text).toMatch(/slovenščino/);
    expect(w.api.callbackAnswers.at(-1)?.query.from.id).toBe(bob.id);

    expect((await w.say(bob, "/start")).text).toContain("Živjo");
    expect((await w.say(bob, "/balance")).text).not.toMatch(/not connected a panel account/);

    w.press(bob, menu, "lang:en");
    await until(() => /English/.test(w.current(menu)?.text ?? ""), "the language to be English again");
    expect((await w.say(bob, "/start")).text).toMatch(/^👋 Hi Bob/);
  });

  it("bad input: unknown command, plain text, forged and stale buttons", async () => {
    const carol = w.user(2003, "Carol");
    expect((await w.say(carol, "/definitely_not_a_command")).text).toMatch(/don't know that command/);
    expect((await w.say(carol, "hello?? 💥 <b>not html</b> {$var}")).text).toMatch(/\/help/);

    const menu = await w.say(carol, "/language");
    const forged = w.api.pressButton(carol, menu, "lang:xx'; DROP TABLE", { force: true });
    await until(() => w.api.callbackAnswers.find((a) => a.query.id === forged.id), "the forged button to be answered");
    const answer = w.api.callbackAnswers.find((a) => a.query.id === forged.id)!;
    expect(answer.text).toMatch(/expired/);

    const stale = w.api.pressButton(carol, menu, "o:r:main:99999999", { force: true });
    await until(() => w.api.callbackAnswers.find((a) => a.query.id === stale.id), "the stale button to be answered");

    // The bot is still fine.
    expect((await w.say(carol, "/start")).text).toContain("Carol");
    expect(w.bot.errorLines()).toEqual([]);
  });

  it("Telegram 429 (retry_after) on sendMessage: the reply still arrives, once", async () => {
    const dave = w.user(2004, "Dave");
    w.api.failNext("sendMessage", { code: 429, retryAfter: 1 });
    const since = w.api.sent.length;
    const reply = await w.say(dave, "/start");
    expect(reply.text).toContain("Dave");
    const sends = w.api.calls("sendMessage").filter((c) => c.index >= since && c.params.chat_id === dave.id);
    expect(sends.map((c) => c.response?.ok)).toEqual([false, true]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(900);
    expect(w.api.messages(dave.id).filter((m) => /Dave/.test(m.text ?? ""))).toHaveLength(1);
    await expect(w.next(dave.id, 1500)).rejects.toThrow(/timed out/);
  });

  it("Telegram 5xx on sendMessage: the reply still arrives, once", async () => {
    const erin = w.user(2005, "Erin");
    w.api.failNext("sendMessage", { code: 502 });
    const since = w.api.sent.length;
    const reply = await w.say(erin, "/start");
    expect(reply.text).toContain("Erin");
    const sends = w.api.calls("sendMessage").filter((c) => c.index >= since && c.params.chat_id === erin.id);
    expect(sends.map((c) => c.response?.ok)).toEqual([false, true]);
    expect(w.api.messages(erin.id)).toHaveLength(1);
  });

  it("Telegram 5xx on getUpdates: the bot keeps polling", async () => {
    const fay = w.user(2006, "Fay");
    w.api.failNext("getUpdates", { code: 502 });
    // The pending long poll must end for the faults to be used: a first message does that.
    const first = await w.say(fay, "/start");
    expect(first.text).toContain("Fay");
    const second = await w.say(fay, "/help");
    expect(second.text).toMatch(/\/connect/);
    const third = await w.say(fay, "/start");
    expect(third.text).toContain("Fay");
    expect(w.api.calls("getUpdates").some((c) => c.response?.ok === false)).toBe(true);
  });

  it("panel down while the key is checked: clear error, nothing stored; retry works", async () => {
    const gus = w.user(2007, "Gus");
    const key = secretKey("gus");
    w.panel.addAccount(key, "7.00", "USD");
    await w.say(gus, "/connect");
    w.panel.setFault({ mode: "http500" });
    const down = await w.say(gus, key);
    expect(down.text).toMatch(/not reachable/);
    expect(down.text).toMatch(/Send the key again/);
    expect((await w.say(gus, "/balance")).text).toMatch(/not connected a panel account/);

    await w.say(gus, "/connect");
    w.panel.setFault({ mode: "html" });
    expect((await w.say(gus, key)).text).toMatch(/not reachable/);
    w.panel.setFault("none");
    const ok = await w.say(gus, key);
    expect(ok.text).toMatch(/Connected/);
    expect((await w.say(gus, "/balance")).text).toContain("7.00");

    w.panel.setFault({ mode: "reset", actions: ["balance"] });
    expect((await w.say(gus, "/balance")).text).toMatch(/not reachable/);
    expect(w.outgoing()).not.toContain(key);
  });
});

describe("restarts", { timeout: 90_000 }, () => {
  beforeEach(async (ctx) => {
    w = await World.start();
    dumpOnFailure(ctx);
  }, 90_000);
  afterEach(async () => {
    await w?.close();
  });

  it("SIGKILL mid-wizard: after a restart the /connect wizard resumes where it was", async () => {
    const hana = w.user(2101, "Hana");
    const key = secretKey("hana");
    w.panel.addAccount(key, "12.34", "USD");
    const ask = await w.say(hana, "/connect");
    expect(ask.text).toMatch(/API key/);
    await w.settled(hana); // the wizard's state is saved
    await w.bot.kill();
    await w.bot.start();

    const done = await w.say(hana, key);
    expect(done.text).toMatch(/Connected/);
    expect(done.text).toContain("12.34");
    expect((await w.say(hana, "/balance")).text).toContain("12.34");
    expect(w.outgoing()).not.toContain(key);
  });

  it("SIGTERM stops cleanly (exit 0); the account survives a restart; a kill loses nothing stored", async () => {
    const ivan = w.user(2102, "Ivan");
    await w.connect(ivan, secretKey("ivan"), "5.5");
    expect(await w.bot.stop()).toBe(0);
    await w.bot.start();
    expect((await w.say(ivan, "/balance")).text).toContain("5.5");
    await w.settled(ivan);
    await w.bot.kill();
    await w.bot.start();
    expect((await w.say(ivan, "/start")).text).toMatch(/is connected/);
  });

  it("a wrong setting stops the bot at start with a message naming it", async () => {
    await w.bot.kill();
    const { BotProcess } = await import("./driver.js");
    const bad = new BotProcess({ api: w.api, env: { ...w.env, POLL_INTERVAL_SECONDS: "zero" } });
    await expect(bad.start(30_000)).rejects.toThrow(/exited during start/);
    expect(bad.log).toMatch(/POLL_INTERVAL_SECONDS/);
  });
});

describe("webhook mode", { timeout: 90_000 }, () => {
  afterEach(async () => {
    await w?.close();
  });

  it("BOT_MODE=webhook: Telegram posts updates with the secret, the bot answers; /healthz; SIGTERM exits 0", async (ctx) => {
    const { createServer } = await import("node:net");
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer();
      srv.once("error", reject);
      srv.listen(0, "127.0.0.1", () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    w = await World.start({
      env: {
        BOT_MODE: "webhook",
        WEBHOOK_URL: `http://127.0.0.1:${port}/tg-hook`,
        WEBHOOK_SECRET: "e2e-secret_123",
        PORT: String(port),
        HOST: "127.0.0.1",
      },
    });
    dumpOnFailure(ctx);
    const setHook = w.api.calls("setWebhook").at(-1)!;
    expect(setHook.params).toMatchObject({ url: `http://127.0.0.1:${port}/tg-hook`, secret_token: "e2e-secret_123" });
    expect(w.api.calls("getUpdates")).toHaveLength(0);

    const kim = w.user(2201, "Kim");
    expect((await w.say(kim, "/start")).text).toContain("Kim");
    await w.connect(kim, secretKey("kim"), "3.00");
    expect((await w.say(kim, "/balance")).text).toContain("3.00");

    // A request without the secret is refused.
    const forged = await fetch(`http://127.0.0.1:${port}/tg-hook`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        update_id: 1,
        message: { message_id: 1, date: 0, chat: { id: kim.id, type: "private" }, from: { ...kim, is_bot: false }, text: "/start" },
      }),
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, mode: "webhook" });

    expect(await w.bot.stop()).toBe(0);
  });
});
