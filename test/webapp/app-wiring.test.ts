/**
 * The Mini App in the whole app: with WEBAPP_URL set, startApp serves /app/ and /healthz from its
 * HTTP server in polling mode too. The bot side: /app answers with the "🛍 Catalogue" web-app
 * button (private chats only) and the menu button of private chats is set to the app.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "../../src/app.js";
import type { BotContext } from "../../src/bot/context.js";
import { createI18n } from "../../src/bot/i18n.js";
import { setupWebAppMenuButton, webAppFeature } from "../../src/bot/features/webapp.js";
import { loadConfig } from "../../src/config.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { signInitData } from "../../src/dev/telegram-webapp-stub.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { ENCRYPTION_KEY, freePort, memoryLogger, TOKEN } from "../production/helpers.js";

describe("startApp with WEBAPP_URL (polling mode)", () => {
  let api: FakeBotApi;
  let panel: MockPanel;
  let app: App;
  let dir: string;

  beforeAll(async () => {
    api = await startFakeBotApi({ token: TOKEN, botUsername: "panel_webapp_bot" });
    panel = await startMockPanel();
    dir = await mkdtemp(path.join(tmpdir(), "smmbot-webapp-app-"));
    const port = await freePort();
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      PANEL_URL: panel.url,
      DATA_DIR: dir,
      ENCRYPTION_KEY,
      BOT_MODE: "polling",
      PORT: String(port),
      WEBAPP_URL: "https://bot.example.com/app/",
      RATE_LIMIT_PER_MINUTE: "0",
      TRACKING: "false",
    });
    app = await startApp({ config, logger: memoryLogger("warn").logger, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await app?.stop();
    await api?.close();
    await panel?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("sets the menu button of private chats to the app at start", () => {
    const call = api.calls("setChatMenuButton")[0];
    expect(call?.params.menu_button).toEqual({ type: "web_app", text: "Catalogue", web_app: { url: "https://bot.example.com/app/" } });
  });

  it("serves the app's API and /healthz next to long polling", async () => {
    expect(app.mode).toBe("polling");
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    expect((await health.json()).mode).toBe("polling");
    const me = await fetch(`${app.url}/app/api/me`, {
      headers: { authorization: `tma ${signInitData({ id: 4242, first_name: "Ann" }, TOKEN)}` },
    });
    expect(me.status).toBe(200);
    expect((await me.json()).user.id).toBe(4242);
    expect(me.headers.get("content-security-policy")).toContain("frame-ancestors");
    const other = await fetch(`${app.url}/app/api/me`, {
      headers: { authorization: `tma ${signInitData({ id: 4242, first_name: "Ann" }, "1:other-bot-token-aaaaaaaaaaaaaaaaaaaa")}` },
    });
    expect(other.status).toBe(401);
    expect((await fetch(`${app.url}/elsewhere`)).status).toBe(404);
  });
});

describe("bot side of the Mini App", () => {
  const calls: Array<{ method: string; payload: Record<string, any> }> = [];
  const fetchStub = async (input: unknown, init?: { body?: unknown }) => {
    const url = String(input);
    const payload = typeof init?.body === "string" ? JSON.parse(init.body) : {};
    calls.push({ method: url.slice(url.lastIndexOf("/") + 1), payload });
    return new Response(JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: payload.chat_id, type: "private" } } }));
  };
  const i18n = createI18n("en");

  function botWith(webappUrl: string | undefined) {
    const bot = new Bot<BotContext>(TOKEN, {
      botInfo: { id: 1, is_bot: true, first_name: "B", username: "b_bot" } as never,
      client: { fetch: fetchStub as never },
    });
    bot.use((ctx, next) => {
      (ctx as unknown as { deps: unknown }).deps = { config: { webappUrl } };
      (ctx as unknown as { t: unknown }).t = (key: string, vars?: Record<string, string | number>) => i18n.t("en", key, vars);
      return next();
    });
    bot.use(webAppFeature().composer);
    return bot;
  }
  const appCommand = (chat: { id: number; type: string }): Update =>
    ({
      update_id: 1,
      message: {
        message_id: 5,
        date: 1,
        chat,
        from: { id: 77, is_bot: false, first_name: "U" },
        text: "/app",
        entities: [{ type: "bot_command", offset: 0, length: 4 }],
      },
    }) as Update;

  it("/app answers with the web-app button in private chats", async () => {
    calls.length = 0;
    await botWith("https://bot.example.com/app/").handleUpdate(appCommand({ id: 77, type: "private" }));
    const sent = calls.find((c) => c.method === "sendMessage")!;
    expect(sent.payload.reply_markup.inline_keyboard[0][0]).toEqual({ text: "🛍 Catalogue", web_app: { url: "https://bot.example.com/app/" } });
  });

  it("/app in a group, or with the app off, says so without a button", async () => {
    calls.length = 0;
    await botWith("https://bot.example.com/app/").handleUpdate(appCommand({ id: -100, type: "supergroup" }));
    await botWith(undefined).handleUpdate(appCommand({ id: 77, type: "private" }));
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent.map((c) => c.payload.text)).toEqual([i18n.t("en", "app-private-only"), i18n.t("en", "app-off")]);
    expect(sent.every((c) => !c.payload.reply_markup)).toBe(true);
  });

  it("sets the private chats' menu button to the app", async () => {
    const seen: unknown[] = [];
    const api = { setChatMenuButton: async (other: unknown) => (seen.push(other), true as const) };
    await setupWebAppMenuButton(api, i18n, "en", "https://bot.example.com/app/");
    await setupWebAppMenuButton(api, i18n, "en", undefined);
    expect(seen).toEqual([
      { menu_button: { type: "web_app", text: "Catalogue", web_app: { url: "https://bot.example.com/app/" } } },
      { menu_button: { type: "default" } },
    ]);
  });
});
