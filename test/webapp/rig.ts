/**
 * Test rig of the Mini App: real storage (SQLite in a temp dir), the mock panel over real HTTP,
 * the web app handler in a node:http server on 127.0.0.1, a recording Bot API stub, and init data
 * signed as Telegram documents it (own implementation, independent of the server's library).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Api } from "grammy";
import { createDeps, type Deps } from "../../src/deps.js";
import { loadConfig } from "../../src/config.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { silentLogger } from "../../src/logger.js";
import type { Service } from "../../src/panel/types.js";
import { userOwner } from "../../src/storage/index.js";
import { createWebAppHandler } from "../../src/webapp/index.js";
import { signInitData as signInitDataWith } from "../../src/dev/telegram-webapp-stub.js";

export const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";
export const OTHER_BOT_TOKEN = "654321:OTHER-token-abcdefghijklmnopqrstuvwxyz";

export interface TgUser {
  id: number;
  first_name: string;
  language_code?: string;
}
export const ALICE: TgUser = { id: 1001, first_name: "Alice", language_code: "en" };
export const BOB: TgUser = { id: 1002, first_name: "Bob", language_code: "sl" };

/** Init data signed as Telegram documents it (src/dev: its own HMAC code, not the server's library). */
export function signInitData(user: TgUser, opts: { token?: string; authDate?: number; extra?: Record<string, string> } = {}): string {
  return signInitDataWith(user, opts.token ?? TOKEN, opts);
}

export interface SentMessage {
  chatId: number;
  text: string;
}

export interface Rig {
  /** http://127.0.0.1:<port> */
  origin: string;
  panel: MockPanel;
  deps: Deps;
  sent: SentMessage[];
  /** Connects a panel account (mock key `k<userId>`, balance 1000 USD) for a user. */
  connect(user: TgUser, balance?: string): Promise<string>;
  /** fetch with the user's signed init data (or the given Authorization header; null = none). */
  call(
    pathAndQuery: string,
    init?: { method?: string; body?: unknown; user?: TgUser; auth?: string | null; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; json: any; text: string }>;
  close(): Promise<void>;
}

export interface RigOptions {
  catalogue?: Service[];
  staticDir?: string;
  rateLimitPerMinute?: number;
  maxAgeSeconds?: number;
  host?: string;
}

export async function startRig(opts: RigOptions = {}): Promise<Rig> {
  const dir = await mkdtemp(path.join(tmpdir(), "smmbot-webapp-"));
  const panel = await startMockPanel(opts.catalogue ? { catalogue: opts.catalogue } : {});
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    DATA_DIR: dir,
    ENCRYPTION_KEY: "b".repeat(64),
    LOG_LEVEL: "silent",
    TRACKING: "false",
    PANEL_URL: panel.url,
    WEBAPP_URL: "https://bot.example.com/app/",
    RATE_LIMIT_PER_MINUTE: String(opts.rateLimitPerMinute ?? 0),
    ...(opts.maxAgeSeconds ? { WEBAPP_INIT_DATA_MAX_AGE_SECONDS: String(opts.maxAgeSeconds) } : {}),
  });
  const deps: Deps = await createDeps(config, { logger: silentLogger, panels: { timeoutMs: 3000, retries: 0 } });
  const { storage, panels } = deps;
  const sent: SentMessage[] = [];
  const api = {
    sendMessage: async (chatId: number, text: string) => {
      sent.push({ chatId, text });
      return { message_id: sent.length, date: 0, chat: { id: chatId, type: "private" }, text };
    },
  } as unknown as Pick<Api, "sendMessage">;
  const handler = createWebAppHandler(deps, { api, ...(opts.staticDir ? { staticDir: opts.staticDir } : {}) });
  const server = http.createServer((req, res) => {
    void handler(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, opts.host ?? "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    panel,
    deps,
    sent,
    async connect(user, balance = "1000.00") {
      const key = `k${user.id}`;
      panel.addAccount(key, balance, "USD");
      await storage.accounts.add(userOwner(user.id), {
        panelId: "main",
        apiKey: key,
        currency: "USD",
        connectedAt: Date.now(),
        connectedBy: user.id,
      });
      return key;
    },
    async call(p, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      const auth = init.auth === undefined ? `tma ${signInitData(init.user ?? ALICE)}` : init.auth;
      if (auth !== null) headers.authorization = auth;
      if (init.body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(origin + p, {
        method: init.method ?? (init.body !== undefined ? "POST" : "GET"),
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: res.status, headers: res.headers, json, text };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await panels.closeAll();
      await storage.close();
      await panel.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
