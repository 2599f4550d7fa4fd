/**
 * Test harness: the real bot (createBot) with real storage (SQLite in a temp dir) and the mock
 * panel over real HTTP, driven through bot.handleUpdate. Outgoing Bot API calls are recorded by a
 * transformer and answered locally (no network), also inside conversations.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Chat, Message, Update, User, UserFromGetMe, ChatMember } from "grammy/types";
import { createBot, type SmmBot } from "../../src/bot/bot.js";
import { createDeps, type Deps } from "../../src/deps.js";
import { loadConfig, type Config } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";

export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: "Panel Bot",
  username: "panel_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

export const ALICE: User = { id: 1001, is_bot: false, first_name: "Alice", language_code: "en" };
export const BOB: User = { id: 1002, is_bot: false, first_name: "Bob", language_code: "sl" };

export const privateChat = (user: User): Chat.PrivateChat => ({ id: user.id, type: "private", first_name: user.first_name });
export const GROUP: Chat.SupergroupChat = { id: -1001234567890, type: "supergroup", title: "Test Group" };

export interface HarnessOptions {
  env?: Record<string, string>;
  /** Don't start a mock panel (e.g. tests that bring their own). */
  noPanel?: boolean;
  /** Answer for getChatMember/getChatAdministrators calls. */
  chatMember?: (chatId: number, userId: number) => ChatMember | undefined;
  /** Reuse this data dir (storage + key), e.g. a restarted bot; it is then not deleted by close(). */
  dataDir?: string;
  /** Use this mock panel instead of starting one; it is then not closed by close(). */
  panel?: MockPanel;
  /** Deadline of one panel call attempt (default 2000 ms). */
  panelTimeoutMs?: number;
}

export class Harness {
  calls: ApiCall[] = [];
  private updateId = 1;
  private messageId = 1000;
  /** Per-test override of API answers: return undefined to use the default. */
  answer?: (call: ApiCall) => unknown;
  admins = new Map<number, Set<number>>();

  private constructor(
    readonly bot: SmmBot,
    readonly deps: Deps,
    readonly panel: MockPanel | undefined,
    readonly dir: string,
    private readonly owns: { dir: boolean; panel: boolean } = { dir: true, panel: true },
  ) {}

  static async create(opts: HarnessOptions = {}): Promise<Harness> {
    const dir = opts.dataDir ?? (await mkdtemp(path.join(tmpdir(), "smmbot-test-")));
    const panel = opts.panel ?? (opts.noPanel ? undefined : await startMockPanel());
    const env: Record<string, string> = {
      BOT_TOKEN: TOKEN,
      DATA_DIR: dir,
      ENCRYPTION_KEY: "a".repeat(64),
      LOG_LEVEL: "silent",
      TRACKING: "false",
      RATE_LIMIT_PER_MINUTE: "0",
      ...(panel ? { PANEL_URL: panel.url } : {}),
      ...opts.env,
    };
    const config: Config = loadConfig(env);
    const deps: Deps = await createDeps(config, { logger: silentLogger, panels: { timeoutMs: opts.panelTimeoutMs ?? 2000, retries: 0 } });
    // eslint-disable-next-line prefer-const -- assigned below, after the fetch stub that reads it
    let harness!: Harness;
    // Every Bot API call (also those made inside conversations) ends here, below grammY's
    // transformers and the conversations' replay layer: recorded once and answered locally.
    // An `answer` that throws becomes a 400 error from the "Bot API", with its message.
    const fetchStub = async (input: unknown, init?: { body?: unknown }): Promise<Response> => {
      const url = String(input instanceof Request ? input.url : input);
      const method = url.slice(url.lastIndexOf("/") + 1);
      const payload = typeof init?.body === "string" && init.body ? JSON.parse(init.body) : {};
      const call: ApiCall = { method, payload };
      harness.calls.push(call);
      let body: unknown;
      try {
        const custom = harness.answer?.(call);
        body = { ok: true, result: custom !== undefined ? custom : harness.defaultAnswer(call) };
      } catch (err) {
        const description = err instanceof Error ? err.message : String(err);
        body = { ok: false, error_code: 400, description };
      }
      return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    };
    const bot = createBot(deps, { botInfo: BOT_INFO, fetch: fetchStub });
    harness = new Harness(bot, deps, panel, dir, { dir: !opts.dataDir, panel: !opts.panel });
    await bot.init();
    return harness;
  }

  /** Default answers shaped like the Bot API's. */
  defaultAnswer(call: ApiCall): unknown {
    const p = call.payload;
    switch (call.method) {
      case "sendMessage":
        return {
          message_id: ++this.messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: p.chat_id, type: p.chat_id > 0 ? "private" : "supergroup" },
          text: p.text,
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      case "editMessageText":
        return {
          message_id: p.message_id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: p.chat_id, type: p.chat_id > 0 ? "private" : "supergroup" },
          text: p.text,
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      case "getChatMember": {
        const admins = this.admins.get(p.chat_id);
        const user = { id: p.user_id, is_bot: false, first_name: "U" };
        return admins?.has(p.user_id)
          ? { status: "administrator", user, can_be_edited: false, is_anonymous: false }
          : { status: "member", user };
      }
      case "getChatAdministrators":
        return [...(this.admins.get(p.chat_id) ?? [])].map((id) => ({
          status: "administrator",
          user: { id, is_bot: false, first_name: "Admin" },
          is_anonymous: false,
        }));
      default:
        return true;
    }
  }

  /** Runs one update through the bot; returns the API calls it made. */
  async send(update: Omit<Update, "update_id">): Promise<ApiCall[]> {
    const start = this.calls.length;
    await this.bot.handleUpdate({ update_id: this.updateId++, ...update });
    return this.calls.slice(start);
  }

  message(from: User, text: string, chat: Chat = privateChat(from)): Message {
    const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
    return {
      message_id: ++this.messageId,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text,
      ...(entities ? { entities } : {}),
    };
  }

  /** A user sends text (commands get their entity, like Telegram does). */
  text(from: User, text: string, chat?: Chat): Promise<ApiCall[]> {
    return this.send({ message: this.message(from, text, chat) as Update["message"] });
  }

  /** A user presses an inline button with this data (on the given or a synthetic bot message). */
  press(from: User, data: string, message?: Partial<Message>, chat: Chat = privateChat(from)): Promise<ApiCall[]> {
    const msg = {
      message_id: ++this.messageId,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: BOT_INFO,
      text: "…",
      ...message,
    } as Message;
    return this.send({
      callback_query: { id: String(this.updateId * 7), from, chat_instance: "ci", data, message: msg },
    });
  }

  inline(from: User, query: string, offset = ""): Promise<ApiCall[]> {
    return this.send({ inline_query: { id: String(this.updateId * 11), from, query, offset } });
  }

  /** Texts of messages sent or edited in these calls. */
  static texts(calls: ApiCall[]): string[] {
    return calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").map((c) => String(c.payload.text));
  }

  /** Callback data of every button in the last message with a keyboard. */
  static buttons(calls: ApiCall[]): Array<{ text: string; data?: string; url?: string }> {
    const withKb = [...calls].reverse().find((c) => c.payload.reply_markup?.inline_keyboard);
    const rows: any[][] = withKb?.payload.reply_markup.inline_keyboard ?? [];
    return rows.flat().map((b) => ({ text: b.text, data: b.callback_data, url: b.url }));
  }

  /** Connects a key for a user (through storage, without the conversation). */
  async connect(user: User, apiKey = "test-key-0001", balance = "100.00"): Promise<string> {
    this.panel?.addAccount(apiKey, balance, "USD");
    await this.deps.storage.accounts.add(`u:${user.id}`, {
      panelId: this.deps.config.panels[0]!.id,
      apiKey,
      currency: "USD",
      connectedAt: Date.now(),
      connectedBy: user.id,
    });
    return apiKey;
  }

  async close(): Promise<void> {
    await this.deps.panels.closeAll().catch(() => undefined);
    await this.deps.catalogue.idle().catch(() => undefined);
    if (this.owns.panel) await this.panel?.close();
    await this.deps.storage.close();
    if (this.owns.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
