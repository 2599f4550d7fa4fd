/**
 * A fake Telegram Bot API server for end-to-end tests.
 *
 * Start it, point the real bot at it with `BOT_API_ROOT=<api.url>` (grammY's
 * `client.apiRoot`) and drive the bot like a Telegram user would:
 *
 * ```ts
 * const api = await startFakeBotApi({ botUsername: "panel_bot" });
 * const alice = { id: 1001, first_name: "Alice", language_code: "en" };
 * api.sendText(alice, "/start");
 * const welcome = await api.nextMessage(alice.id);
 * api.pressButton(alice, welcome, "balance");
 * await api.waitFor((c) => c.method === "editMessageText");
 * await api.close();
 * ```
 *
 * Wire format follows the Bot API: `/bot<token>/<method>` over GET or POST
 * (JSON, form-urlencoded or multipart/form-data), answers
 * `{ok:true,result}` / `{ok:false,error_code,description,parameters?}` with the
 * HTTP status equal to the error code, method names are case-insensitive,
 * `getUpdates` is real long polling. Error descriptions are Telegram's own
 * texts so that code matching on them (`"message is not modified"`,
 * `"bot was blocked by the user"`, ...) is exercised for real.
 *
 * Behaviour that follows Telegram and may surprise in tests:
 * - The bot can only write to a private chat after the user has written to
 *   it (`sendText`), otherwise 403 "bot can't initiate conversation with a
 *   user"; unknown chats are 400 "chat not found".
 * - Privacy mode is on by default (like for real bots): in groups the bot only
 *   receives commands, replies to its own messages, mentions and service
 *   messages unless it is an administrator (`privacyMode: false` turns it off).
 * - Default `allowed_updates` exclude chat_member, message_reaction and
 *   message_reaction_count; updates of types the bot did not subscribe to
 *   are dropped (see `api.dropped`).
 * - `editMessageText` without `reply_markup` removes the inline keyboard.
 * - Text is parsed per `parse_mode` (HTML, MarkdownV2, Markdown) into text +
 *   entities; bad markup fails with "can't parse entities: ...". Stored and
 *   returned messages hold the parsed text; `api.sent[i].params` holds what
 *   the bot sent.
 *
 * Deliberate deviations: webhooks may use http:// on localhost; there are no
 * flood limits unless injected with `failNext`; inline-mode messages
 * (`inline_message_id`) and media are not simulated.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  BotCommand,
  BotCommandScope,
  CallbackQuery,
  Chat,
  ChatFullInfo,
  ChatMember,
  ChatMemberAdministrator,
  ChatMemberOwner,
  ChatMemberUpdated,
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  InlineQuery,
  InlineQueryResult,
  InlineQueryResultsButton,
  LinkPreviewOptions,
  MaybeInaccessibleMessage,
  MenuButton,
  Message,
  MessageEntity,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
  ResponseParameters,
  Update,
  User,
  UserFromGetMe,
  WebhookInfo,
} from "grammy/types";
import { BodyParseError, parseParams, readBody, type RawParams } from "./fake-body.js";
import { EntityParseError, finalizeText, parseFormatted } from "./fake-entities.js";

/** Whether any string in a value holds a lone UTF-16 surrogate (not valid UTF-8 once encoded). */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === "string") return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value && typeof value === "object") return Object.values(value).some(hasLoneSurrogate);
  return false;
}

// ============================================================== public types

export interface FakeBotApiOptions {
  /** Bot token; the part before ':' is the bot's user id. */
  token?: string;
  /** Bot username without '@' (default "fake_test_bot"). */
  botUsername?: string;
  /** Bot display name (default "Fake Test Bot"). */
  botName?: string;
  /** Telegram privacy mode for groups (default true, like real bots). */
  privacyMode?: boolean;
  /** getMe's supports_inline_queries (default true); `inlineQuery` needs it. */
  supportsInlineQueries?: boolean;
}

/** A user as a test describes it; `is_bot` defaults to false. */
export interface UserInput {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_premium?: true;
  is_bot?: boolean;
}

/** A group as a test describes it, e.g. `{ id: -1001234567890, type: "supergroup", title: "Team" }`. */
export interface GroupInput {
  id: number;
  type: "group" | "supergroup";
  title: string;
  username?: string;
  is_forum?: true;
}

export type ApiResponse =
  { ok: true; result: unknown; description?: string } | { ok: false; error_code: number; description: string; parameters?: ResponseParameters };

/** One HTTP call the bot made. */
export interface ApiCall {
  /** Position in `api.sent`. */
  readonly index: number;
  /** Canonical method name (e.g. "sendMessage" even if called as "sendmessage"). */
  readonly method: string;
  /** Parameters as received (JSON-typed fields of form requests are decoded). */
  readonly params: Record<string, unknown>;
  /** Arrival time, ms since epoch. */
  readonly at: number;
  /** True once the server answered (or the client went away). */
  done: boolean;
  /** What the server answered; undefined while pending or if no answer was sent. */
  response?: ApiResponse;
  /** The client disconnected before an answer (aborted long poll) or a network fault was injected. */
  aborted?: boolean;
}

/** Injected failure for `failNext`. */
export type Fault = { code: number; description?: string; retryAfter?: number; migrateToChatId?: number } | { network: true };

export interface CallbackAnswer {
  callback_query_id: string;
  text?: string;
  show_alert?: boolean;
  url?: string;
  cache_time?: number;
  /** The query that was answered. */
  query: CallbackQuery;
  at: number;
}

export interface InlineAnswer {
  inline_query_id: string;
  results: InlineQueryResult[];
  cache_time?: number;
  is_personal?: boolean;
  next_offset?: string;
  button?: InlineQueryResultsButton;
  /** The query that was answered. */
  query: InlineQuery;
  at: number;
}

export interface DeletedMessage {
  chatId: number;
  messageId: number;
  /** The message as it was when deleted. */
  message: Message;
  at: number;
}

export interface AdminInput {
  user: UserInput;
  status: "creator" | "administrator";
  is_anonymous?: boolean;
  custom_title?: string;
  /** Overrides of the default administrator rights (administrators only). */
  rights?: Partial<Omit<ChatMemberAdministrator, "status" | "user">>;
}

export interface MemberInput {
  user: UserInput;
  status: ChatMember["status"];
  is_anonymous?: boolean;
  custom_title?: string;
  until_date?: number;
  rights?: Partial<Omit<ChatMemberAdministrator, "status" | "user">>;
}

export interface SendTextOptions {
  /** Reply to this message (id or message) in the same chat. */
  replyTo?: number | Pick<Message, "message_id">;
  /** Formatting entities the user's client attached. */
  entities?: MessageEntity[];
  /** Post as the group (GroupAnonymousBot + sender_chat). Defaults to the sender's is_anonymous admin flag. */
  anonymous?: boolean;
}

export interface WaitForOptions {
  /** Default 5000. */
  timeoutMs?: number;
  /** Also consider calls recorded from this index of `api.sent` on (default: only new calls). */
  since?: number;
}

export interface FakeBotApi {
  /** apiRoot for grammY: `new Bot(api.token, { client: { apiRoot: api.url } })`. */
  readonly url: string;
  readonly token: string;
  /** The bot as returned by getMe. */
  readonly botInfo: UserFromGetMe;
  /** Every call the bot made, in arrival order (getUpdates included). */
  readonly sent: readonly ApiCall[];
  readonly callbackAnswers: readonly CallbackAnswer[];
  readonly inlineAnswers: readonly InlineAnswer[];
  /** Messages deleted via deleteMessage(s). */
  readonly deleted: readonly DeletedMessage[];
  /** Updates dropped because the bot's allowed_updates excluded their type. */
  readonly dropped: readonly Update[];

  // -- driving (simulated users)
  sendText(from: UserInput, text: string, chat?: GroupInput | number, opts?: SendTextOptions): Message;
  pressButton(
    from: UserInput,
    message: Pick<Message, "message_id" | "chat">,
    data: string | { text: string },
    opts?: { force?: boolean },
  ): CallbackQuery;
  inlineQuery(from: UserInput, query: string, offset?: string, opts?: { chatType?: InlineQuery["chat_type"] }): InlineQuery;
  addBotToGroup(
    by: UserInput,
    chat: GroupInput,
    opts?: { admin?: boolean; rights?: Partial<Omit<ChatMemberAdministrator, "status" | "user">> },
  ): { update: ChatMemberUpdated; message: Message };
  removeBotFromGroup(by: UserInput, chatId: number): ChatMemberUpdated;
  setChatAdmins(chatId: number, admins: AdminInput[]): void;
  chatMemberUpdate(chatId: number, by: UserInput, member: MemberInput): ChatMemberUpdated;
  blockChat(chatId: number, opts?: { silent?: boolean }): void;
  unblockChat(chatId: number, opts?: { silent?: boolean }): void;
  /** Escape hatch: enqueue any update (update_id is assigned). */
  pushUpdate(update: Omit<Update, "update_id">): Update;
  failNext(method: string, fault: Fault, times?: number): void;
  /**
   * A call answered in this process, exactly as over HTTP (the params go through JSON like a
   * request body; recorded in `sent`; faults apply) — for fast property runs. Not getUpdates.
   */
  invoke(method: string, params: Record<string, unknown>): ApiResponse;
  /** getUpdates in this process: the deliverable queued updates, confirmed at once. */
  takeUpdates(): Update[];
  clearFaults(): void;

  // -- observing
  /** Calls of one method (case-insensitive). */
  calls(method: string): ApiCall[];
  /** Current state of the bot's messages in a chat (edits applied, deletions removed). */
  messages(chatId: number): Message[];
  /** Current state of all messages in a chat, the users' ones included. */
  history(chatId: number): Message[];
  waitFor(predicate: (call: ApiCall) => boolean, opts?: number | WaitForOptions): Promise<ApiCall>;
  /** Next message the bot sent to `chatId` not yet returned by nextMessage (queue semantics). */
  nextMessage(chatId: number, timeoutMs?: number): Promise<Message>;
  /** Resolves once every update enqueued so far has been confirmed by the bot (i.e. handled). */
  idle(timeoutMs?: number): Promise<void>;
  /** Highest offset the bot confirmed via getUpdates (0 if none). */
  updatesConfirmed(): number;
  /** Updates not yet confirmed. */
  pendingUpdates(): Update[];
  /** Commands stored by setMyCommands for exactly this scope/language. */
  commands(scope?: BotCommandScope, languageCode?: string): BotCommand[];
  /** Last custom (reply) keyboard the bot sent to the chat, undefined after removal. */
  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined;
  /** Menu button set for a chat (or the default one). */
  menuButton(chatId?: number): MenuButton;
  close(): Promise<void>;
}

// ============================================================== constants

const GROUP_ANONYMOUS_BOT: User = {
  id: 1087968824,
  is_bot: true,
  first_name: "Group",
  username: "GroupAnonymousBot",
};

const DEFAULT_EXCLUDED_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

const NOT_MODIFIED =
  "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
const QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid";
const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

const SCOPE_TYPES = new Set([
  "default",
  "all_private_chats",
  "all_group_chats",
  "all_chat_administrators",
  "chat",
  "chat_administrators",
  "chat_member",
]);

const METHODS = [
  "getMe",
  "getUpdates",
  "setWebhook",
  "deleteWebhook",
  "getWebhookInfo",
  "sendMessage",
  "sendDocument",
  "editMessageText",
  "editMessageReplyMarkup",
  "deleteMessage",
  "deleteMessages",
  "answerCallbackQuery",
  "answerInlineQuery",
  "setMyCommands",
  "getMyCommands",
  "deleteMyCommands",
  "getChat",
  "getChatMember",
  "getChatAdministrators",
  "getChatMemberCount",
  "sendChatAction",
  "setChatMenuButton",
  "getChatMenuButton",
  "leaveChat",
  "setMyDescription",
  "getMyDescription",
  "setMyShortDescription",
  "getMyShortDescription",
  "setMyName",
  "getMyName",
  "close",
  "logOut",
] as const;

const CANONICAL = new Map<string, string>(METHODS.map((m) => [m.toLowerCase(), m]));

// ============================================================== internals

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

const badRequest = (what: string): ApiError => new ApiError(400, `Bad Request: ${what}`);

interface ChatState {
  chat: Chat;
  messages: Map<number, Message>;
  nextMessageId: number;
  /** Private chats: the user has written to the bot. */
  started: boolean;
  /** Private chats: the user blocked the bot. */
  blocked: boolean;
  /** Groups: members by user id (the bot included once added). */
  members: Map<number, ChatMember>;
  replyKeyboard?: ReplyKeyboardMarkup;
  menuButton?: MenuButton;
}

interface PendingPoll {
  res: ServerResponse;
  call: ApiCall;
  limit: number;
  timer: NodeJS.Timeout;
  /** A newer getUpdates is checking whether this one is still connected. */
  settling?: boolean;
}

interface Waiter {
  tryResolve(): boolean;
  fail(err: Error): void;
}

interface Webhook {
  url: string;
  secretToken?: string;
  maxConnections: number;
  ipAddress?: string;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const clone = <T>(v: T): T => structuredClone(v);

/** JSON with sorted keys, for "is this the same content" comparisons. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) => {
    if (val !== null && typeof val === "object" && !Array.isArray(val)) {
      const o = val as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .filter((k) => o[k] !== undefined && o[k] !== null)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }
    return val;
  });
}

function updateType(u: Update | Omit<Update, "update_id">): string {
  return Object.keys(u).find((k) => k !== "update_id") ?? "unknown";
}

function toUser(u: UserInput): User {
  const user: User = { id: u.id, is_bot: u.is_bot ?? false, first_name: u.first_name };
  if (u.last_name !== undefined) user.last_name = u.last_name;
  if (u.username !== undefined) user.username = u.username;
  if (u.language_code !== undefined) user.language_code = u.language_code;
  if (u.is_premium) user.is_premium = true;
  return user;
}

function privateChatOf(u: User): Chat.PrivateChat {
  const chat: Chat.PrivateChat = { id: u.id, type: "private", first_name: u.first_name };
  if (u.last_name !== undefined) chat.last_name = u.last_name;
  if (u.username !== undefined) chat.username = u.username;
  return chat;
}

function groupChatOf(g: GroupInput): Chat {
  if (g.type === "group") return { id: g.id, type: "group", title: g.title };
  const chat: Chat.SupergroupChat = { id: g.id, type: "supergroup", title: g.title };
  if (g.username !== undefined) chat.username = g.username;
  if (g.is_forum) chat.is_forum = true;
  return chat;
}

function adminMember(
  user: User,
  opts: {
    is_anonymous?: boolean;
    custom_title?: string;
    rights?: Partial<Omit<ChatMemberAdministrator, "status" | "user">>;
  } = {},
): ChatMemberAdministrator {
  const member = {
    status: "administrator",
    user,
    can_be_edited: false,
    is_anonymous: opts.is_anonymous ?? false,
    can_manage_chat: true,
    can_delete_messages: true,
    can_manage_video_chats: true,
    can_restrict_members: true,
    can_promote_members: false,
    can_change_info: true,
    can_invite_users: true,
    can_post_stories: true,
    can_edit_stories: true,
    can_delete_stories: true,
    can_pin_messages: true,
    can_manage_topics: false,
    can_send_welcome_messages: false,
    ...(opts.custom_title !== undefined ? { custom_title: opts.custom_title } : {}),
    ...opts.rights,
  };
  return member as ChatMemberAdministrator;
}

function memberOf(input: MemberInput, user: User): ChatMember {
  switch (input.status) {
    case "creator": {
      const m: ChatMemberOwner = { status: "creator", user, is_anonymous: input.is_anonymous ?? false };
      if (input.custom_title !== undefined) m.custom_title = input.custom_title;
      return m;
    }
    case "administrator":
      return adminMember(user, input);
    case "member":
      return { status: "member", user };
    case "left":
      return { status: "left", user };
    case "kicked":
      return { status: "kicked", user, until_date: input.until_date ?? 0 };
    case "restricted":
      return {
        status: "restricted",
        user,
        is_member: true,
        can_send_messages: false,
        can_send_audios: false,
        can_send_documents: false,
        can_send_photos: false,
        can_send_videos: false,
        can_send_video_notes: false,
        can_send_voice_notes: false,
        can_send_polls: false,
        can_send_other_messages: false,
        can_add_web_page_previews: false,
        can_react_to_messages: false,
        can_change_info: false,
        can_invite_users: false,
        can_edit_tag: false,
        can_pin_messages: false,
        can_manage_topics: false,
        until_date: input.until_date ?? 0,
      };
  }
}

const isAdminStatus = (m: ChatMember | undefined): boolean => m !== undefined && (m.status === "creator" || m.status === "administrator");

const isPresent = (m: ChatMember | undefined): boolean =>
  m !== undefined &&
  (m.status === "creator" || m.status === "administrator" || m.status === "member" || (m.status === "restricted" && m.is_member));

/** Typed access to request parameters with the Bot API's coercions. */
class Params {
  constructor(readonly raw: RawParams) {}

  has(key: string): boolean {
    return this.raw[key] !== undefined && this.raw[key] !== null;
  }

  str(key: string): string | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    throw badRequest(`field "${key}" must be of type String`);
  }

  int(key: string): number | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null || v === "") return undefined;
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : Number.NaN;
    if (!Number.isInteger(n)) throw badRequest(`field "${key}" must be of type Integer`);
    return n;
  }

  bool(key: string): boolean | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "1" || v === 1) return true;
    if (v === "false" || v === "0" || v === 0 || v === "") return false;
    throw badRequest(`field "${key}" must be of type Boolean`);
  }

  obj<T>(key: string): T | undefined {
    let v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string") {
      try {
        v = JSON.parse(v);
      } catch {
        throw badRequest(`can't parse ${key} JSON object`);
      }
    }
    if (typeof v !== "object" || v === null) throw badRequest(`can't parse ${key} JSON object`);
    return v as T;
  }
}

// ============================================================== implementation

class FakeBotApiServer implements FakeBotApi {
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  url = "";
  readonly sent: ApiCall[] = [];
  readonly callbackAnswers: CallbackAnswer[] = [];
  readonly inlineAnswers: InlineAnswer[] = [];
  readonly deleted: DeletedMessage[] = [];
  readonly dropped: Update[] = [];

  private readonly server: Server;
  private readonly botUser: User;
  private readonly privacyMode: boolean;
  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, User>();
  private readonly queue: Update[] = [];
  private nextUpdateId = 100_000_001;
  private confirmed = 0;
  private allowedUpdates: string[] | undefined;
  private poll: PendingPoll | undefined;
  private flushScheduled = false;
  private webhook: Webhook | undefined;
  private webhookPumping = false;
  private readonly abort = new AbortController();
  private readonly faults = new Map<string, Fault[]>();
  private readonly waiters = new Set<Waiter>();
  private readonly botMessageLog: Array<{ chatId: number; message: Message }> = [];
  private readonly messageCursors = new Map<number, number>();
  private readonly callbackQueries = new Map<string, { query: CallbackQuery; answered: boolean }>();
  private readonly inlineQueries = new Map<string, { query: InlineQuery; answered: boolean }>();
  private readonly commandStore = new Map<string, BotCommand[]>();
  private readonly botTexts = new Map<string, string>();
  private defaultMenuButton: MenuButton = { type: "commands" };
  private queryCounter = 0;
  private closed = false;

  constructor(opts: FakeBotApiOptions) {
    this.token = opts.token ?? "123456789:AAFakeTokenForEndToEndTests_0123456789";
    const id = Number(this.token.split(":")[0]);
    if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`fake-bot-api: bad token "${this.token}"`);
    this.privacyMode = opts.privacyMode ?? true;
    const username = opts.botUsername ?? "fake_test_bot";
    this.botUser = { id, is_bot: true, first_name: opts.botName ?? "Fake Test Bot", username };
    this.botInfo = {
      ...this.botUser,
      username,
      is_bot: true,
      can_join_groups: true,
      can_read_all_group_messages: !this.privacyMode,
      supports_inline_queries: opts.supportsInlineQueries ?? true,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` }));
        }
      });
    });
    this.server.keepAliveTimeout = 60_000;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  // ------------------------------------------------------------ HTTP layer

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = /^\/bot([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
    const body = await readBody(req);
    if (match === null) {
      this.reply(res, undefined, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const token = decodeURIComponent(match[1] ?? "");
    const rawMethod = decodeURIComponent(match[2] ?? "");
    const method = CANONICAL.get(rawMethod.toLowerCase()) ?? rawMethod;
    let raw: RawParams = {};
    let parseError: string | undefined;
    try {
      raw = parseParams(url, req.headers["content-type"], body);
    } catch (err) {
      if (!(err instanceof BodyParseError)) throw err;
      parseError = err.message;
    }
    const call: ApiCall = { index: this.sent.length, method, params: raw, at: Date.now(), done: false };
    this.sent.push(call);

    if (token !== this.token) {
      this.reply(res, call, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }
    if (!CANONICAL.has(rawMethod.toLowerCase())) {
      this.reply(res, call, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    if (parseError !== undefined) {
      this.reply(res, call, { ok: false, error_code: 400, description: parseError });
      return;
    }
    const fault = this.takeFault(method);
    if (fault !== undefined) {
      if ("network" in fault) {
        call.aborted = true;
        this.complete(call, undefined);
        req.socket.destroy();
        return;
      }
      this.reply(res, call, this.faultResponse(fault));
      return;
    }
    try {
      if (method === "getUpdates") this.getUpdates(new Params(raw), call, res);
      else this.reply(res, call, this.execute(method, raw));
    } catch (err) {
      // A bug in the fake, not a Telegram behaviour: make it loud.
      const description = `Internal Server Error: fake-bot-api ${method} crashed: ${String(err)}`;
      this.reply(res, call, { ok: false, error_code: 500, description });
      console.error(err);
    }
  }

  /** Runs a (non-getUpdates) method; also used for webhook replies. */
  private execute(method: string, raw: RawParams): ApiResponse {
    // Telegram takes only well-formed Unicode: a lone surrogate (from "\ud800" in JSON) is refused.
    if (hasLoneSurrogate(raw)) return { ok: false, error_code: 400, description: "Bad Request: strings must be encoded in UTF-8" };
    try {
      const out = this.dispatch(method, new Params(raw));
      return out.description !== undefined ? { ok: true, result: out.result, description: out.description } : { ok: true, result: out.result };
    } catch (err) {
      if (err instanceof ApiError) {
        return err.parameters !== undefined
          ? { ok: false, error_code: err.code, description: err.description, parameters: err.parameters }
          : { ok: false, error_code: err.code, description: err.description };
      }
      throw err;
    }
  }

  private reply(res: ServerResponse, call: ApiCall | undefined, response: ApiResponse): void {
    if (!res.destroyed && !res.writableEnded) {
      const status = response.ok ? 200 : response.error_code;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (this.closed) headers.connection = "close";
      res.writeHead(status, headers);
      res.end(JSON.stringify(response));
    }
    if (call !== undefined) this.complete(call, response);
  }

  private complete(call: ApiCall, response: ApiResponse | undefined): void {
    if (call.done) return;
    call.done = true;
    if (response !== undefined) call.response = response;
    this.notify();
  }

  private takeFault(method: string): Fault | undefined {
    for (const key of [method.toLowerCase(), "*"]) {
      const list = this.faults.get(key);
      if (list !== undefined && list.length > 0) {
        const f = list.shift();
        if (list.length === 0) this.faults.delete(key);
        return f;
      }
    }
    return undefined;
  }

  private faultResponse(f: { code: number; description?: string; retryAfter?: number; migrateToChatId?: number }): ApiResponse {
    const defaults: Record<number, string> = {
      400: "Bad Request",
      401: "Unauthorized",
      403: "Forbidden",
      404: "Not Found",
      409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      429: `Too Many Requests: retry after ${f.retryAfter ?? 1}`,
      500: "Internal Server Error",
      502: "Bad Gateway",
    };
    const description = f.description ?? defaults[f.code] ?? `Error ${f.code}`;
    const parameters: ResponseParameters = {};
    if (f.code === 429 || f.retryAfter !== undefined) parameters.retry_after = f.retryAfter ?? 1;
    if (f.migrateToChatId !== undefined) parameters.migrate_to_chat_id = f.migrateToChatId;
    return Object.keys(parameters).length > 0
      ? { ok: false, error_code: f.code, description, parameters }
      : { ok: false, error_code: f.code, description };
  }

  // ------------------------------------------------------------ updates

  private enqueue(partial: Omit<Update, "update_id">): Update {
    const update = { update_id: this.nextUpdateId++, ...partial };
    this.queue.push(update);
    this.scheduleFlush();
    return update;
  }

  private isAllowed(update: Update): boolean {
    const type = updateType(update);
    if (this.allowedUpdates === undefined || this.allowedUpdates.length === 0) {
      return !DEFAULT_EXCLUDED_UPDATES.has(type);
    }
    return this.allowedUpdates.includes(type);
  }

  /** Deliverable updates (drops the ones the bot did not subscribe to). */
  private deliverable(limit: number): Update[] {
    const out: Update[] = [];
    for (let i = 0; i < this.queue.length && out.length < limit;) {
      const u = this.queue[i] as Update;
      if (!this.isAllowed(u)) {
        this.queue.splice(i, 1);
        this.dropped.push(u);
        this.notify();
        continue;
      }
      out.push(u);
      i++;
    }
    return out;
  }

  private confirmBelow(offset: number): void {
    let removed = false;
    while (this.queue.length > 0 && (this.queue[0] as Update).update_id < offset) {
      this.queue.shift();
      removed = true;
    }
    if (offset > this.confirmed) this.confirmed = offset;
    if (removed) this.notify();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.closed) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.closed) return;
    const poll = this.poll;
    if (poll !== undefined) {
      const batch = this.deliverable(poll.limit);
      if (batch.length > 0) this.answerPoll(poll, batch);
    }
    if (this.webhook !== undefined) void this.pumpWebhook();
  }

  private answerPoll(poll: PendingPoll, result: Update[] | ApiResponse): void {
    clearTimeout(poll.timer);
    if (this.poll === poll) this.poll = undefined;
    this.reply(poll.res, poll.call, Array.isArray(result) ? { ok: true, result } : result);
  }

  private getUpdates(p: Params, call: ApiCall, res: ServerResponse): void {
    if (this.webhook !== undefined) {
      this.reply(res, call, {
        ok: false,
        error_code: 409,
        description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      });
      return;
    }
    let offset: number | undefined;
    let limit = 100;
    let timeout = 0;
    let allowed: unknown;
    try {
      offset = p.int("offset");
      limit = Math.min(100, Math.max(1, p.int("limit") ?? 100));
      timeout = Math.max(0, p.int("timeout") ?? 0);
      allowed = p.obj<unknown>("allowed_updates");
      if (allowed !== undefined && !Array.isArray(allowed)) throw badRequest("can't parse allowed updates");
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.reply(res, call, { ok: false, error_code: err.code, description: err.description });
      return;
    }
    if (Array.isArray(allowed)) this.allowedUpdates = allowed.map(String);
    if (offset !== undefined && offset > 0) {
      this.confirmBelow(offset);
    } else if (offset !== undefined && offset < 0) {
      const keep = this.queue.slice(offset);
      const first = keep[0]?.update_id ?? this.nextUpdateId;
      this.confirmBelow(first);
    }
    const previous = this.poll;
    if (previous !== undefined && !previous.settling) {
      // A client that aborted its poll (grammY's bot.stop()) may have its
      // disconnect processed after its next request: give it a moment so that
      // only a really concurrent poll gets the 409.
      previous.settling = true;
      setTimeout(() => this.getUpdatesAfterConflictCheck(call, res, limit, timeout), 15);
      return;
    }
    this.getUpdatesAfterConflictCheck(call, res, limit, timeout);
  }

  private getUpdatesAfterConflictCheck(call: ApiCall, res: ServerResponse, limit: number, timeout: number): void {
    if (res.destroyed) {
      call.aborted = true;
      this.complete(call, undefined);
      return;
    }
    const previous = this.poll;
    if (previous !== undefined) {
      this.answerPoll(previous, {
        ok: false,
        error_code: 409,
        description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      });
    }
    const batch = this.deliverable(limit);
    if (batch.length > 0 || timeout === 0 || this.closed) {
      this.reply(res, call, { ok: true, result: batch });
      return;
    }
    const poll: PendingPoll = {
      res,
      call,
      limit,
      timer: setTimeout(() => this.answerPoll(poll, []), timeout * 1000),
    };
    this.poll = poll;
    res.on("close", () => {
      if (!res.writableEnded && this.poll === poll) {
        clearTimeout(poll.timer);
        this.poll = undefined;
        call.aborted = true;
        this.complete(call, undefined);
      }
    });
  }

  // ------------------------------------------------------------ webhook

  private async pumpWebhook(): Promise<void> {
    if (this.webhookPumping) return;
    this.webhookPumping = true;
    let backoff = 100;
    try {
      while (!this.closed && this.webhook !== undefined) {
        const hook = this.webhook;
        const next = this.deliverable(1)[0];
        if (next === undefined) break;
        const error = await this.postUpdate(hook, next);
        if (this.webhook !== hook) continue;
        if (error === undefined) {
          backoff = 100;
          this.confirmBelow(next.update_id + 1);
        } else {
          hook.lastErrorDate = nowSeconds();
          hook.lastErrorMessage = error;
          await this.sleep(backoff);
          backoff = Math.min(backoff * 2, 5000);
        }
      }
    } finally {
      this.webhookPumping = false;
    }
  }

  private async postUpdate(hook: Webhook, update: Update): Promise<string | undefined> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (hook.secretToken !== undefined) headers["x-telegram-bot-api-secret-token"] = hook.secretToken;
    try {
      const res = await fetch(hook.url, {
        method: "POST",
        headers,
        body: JSON.stringify(update),
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(30_000)]),
      });
      const text = await res.text();
      if (!res.ok) return `Wrong response from the webhook: ${res.status} ${res.statusText}`;
      if ((res.headers.get("content-type") ?? "").includes("application/json") && text.trim() !== "") {
        try {
          const body = JSON.parse(text) as Record<string, unknown>;
          if (typeof body.method === "string") this.executeWebhookReply(body);
        } catch {
          // not JSON: ignored, like Telegram does
        }
      }
      return undefined;
    } catch (err) {
      return this.closed ? undefined : `Connection refused: ${String(err)}`;
    }
  }

  /** A webhook response `{ method, ...params }` is executed like an API call. */
  private executeWebhookReply(body: Record<string, unknown>): void {
    const { method: rawMethod, ...params } = body;
    const name = String(rawMethod);
    const method = CANONICAL.get(name.toLowerCase()) ?? name;
    const call: ApiCall = { index: this.sent.length, method, params, at: Date.now(), done: false };
    this.sent.push(call);
    if (!CANONICAL.has(name.toLowerCase()) || method === "getUpdates") {
      this.complete(call, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    this.complete(call, this.execute(method, params));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.abort.signal.addEventListener(
        "abort",
        () => {
          clearTimeout(t);
          resolve();
        },
        { once: true },
      );
    });
  }

  // ------------------------------------------------------------ chats

  private rememberUser(input: UserInput): User {
    const user = toUser(input);
    this.users.set(user.id, user);
    return user;
  }

  private privateState(user: User): ChatState {
    let state = this.chats.get(user.id);
    if (state === undefined) {
      state = {
        chat: privateChatOf(user),
        messages: new Map(),
        nextMessageId: 1,
        started: false,
        blocked: false,
        members: new Map(),
      };
      this.chats.set(user.id, state);
    } else {
      state.chat = privateChatOf(user);
    }
    return state;
  }

  private groupState(g: GroupInput): ChatState {
    let state = this.chats.get(g.id);
    if (state === undefined) {
      state = {
        chat: groupChatOf(g),
        messages: new Map(),
        nextMessageId: 1,
        started: false,
        blocked: false,
        members: new Map(),
      };
      this.chats.set(g.id, state);
    }
    return state;
  }

  private requireGroup(chatId: number): ChatState {
    const state = this.chats.get(chatId);
    if (state === undefined || state.chat.type === "private") {
      throw new Error(`fake-bot-api: unknown group ${chatId}; call api.addBotToGroup(by, chat) first`);
    }
    return state;
  }

  private botMember(state: ChatState): ChatMember | undefined {
    return state.members.get(this.botUser.id);
  }

  /** Resolves chat_id; with `forWriting` applies Telegram's 403 rules. */
  private resolveChat(p: Params, forWriting: boolean, key = "chat_id"): ChatState {
    const raw = p.raw[key];
    if (raw === undefined || raw === null || raw === "") throw badRequest(`${key} is empty`);
    let state: ChatState | undefined;
    if (typeof raw === "string" && raw.startsWith("@")) {
      const name = raw.slice(1).toLowerCase();
      state = [...this.chats.values()].find((s) => s.chat.type !== "private" && s.chat.username?.toLowerCase() === name);
    } else {
      const id = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw) : Number.NaN;
      if (!Number.isInteger(id)) throw badRequest("chat not found");
      state = this.chats.get(id);
      const seen = this.users.get(id);
      if (state === undefined && seen !== undefined) {
        // A user the bot has met: readable (getChat...), not writable until they write first.
        if (forWriting) throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
        state = this.privateState(seen);
      }
    }
    if (state === undefined) throw badRequest("chat not found");
    if (!forWriting) return state;
    if (state.chat.type === "private") {
      if (state.blocked) throw new ApiError(403, "Forbidden: bot was blocked by the user");
      if (!state.started) throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
    } else {
      const me = this.botMember(state);
      const kind = state.chat.type === "group" ? "group chat" : `${state.chat.type} chat`;
      if (state.blocked || me?.status === "kicked") throw new ApiError(403, `Forbidden: bot was kicked from the ${kind}`);
      if (!isPresent(me)) throw new ApiError(403, `Forbidden: bot is not a member of the ${kind}`);
    }
    return state;
  }

  private storeMessage(state: ChatState, msg: Message): Message {
    state.messages.set(msg.message_id, msg);
    return msg;
  }

  private newMessageBase(state: ChatState, from: User): Message {
    return {
      message_id: state.nextMessageId++,
      from,
      chat: clone(state.chat),
      date: nowSeconds(),
    };
  }

  /** reply_to_message as Telegram embeds it (one level deep). */
  private replyCopy(msg: Message): Message {
    const copy = clone(msg);
    delete copy.reply_to_message;
    return copy;
  }

  // ------------------------------------------------------------ formatting & markup

  private formatText(p: Params, textKey: string, entitiesKey: string): { text: string; entities: MessageEntity[] } {
    const text = p.str(textKey);
    if (text === undefined || text === "") throw badRequest("message text is empty");
    const parseMode = p.str("parse_mode");
    let formatted: { text: string; entities: MessageEntity[] };
    if (parseMode !== undefined && parseMode !== "") {
      try {
        formatted = parseFormatted(text, parseMode);
      } catch (err) {
        if (err instanceof EntityParseError) {
          if (err.message.startsWith("Unsupported parse mode")) throw badRequest("unsupported parse_mode");
          throw badRequest(`can't parse entities: ${err.message}`);
        }
        throw err;
      }
    } else {
      const given = p.obj<MessageEntity[]>(entitiesKey);
      if (given !== undefined && !Array.isArray(given)) throw badRequest("can't parse entities JSON object");
      formatted = { text, entities: given ?? [] };
    }
    const fixed = finalizeText(formatted.text, formatted.entities);
    if (fixed.text === "") throw badRequest("message text is empty");
    if (fixed.text.length > MAX_TEXT) throw badRequest("message is too long");
    return fixed;
  }

  private validateInlineKeyboard(markup: unknown): InlineKeyboardMarkup | undefined {
    const m = markup as { inline_keyboard?: unknown };
    if (!Array.isArray(m.inline_keyboard) || !m.inline_keyboard.every((row) => Array.isArray(row))) {
      throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
    }
    const rows = m.inline_keyboard as unknown[][];
    const actions = [
      "url",
      "callback_data",
      "web_app",
      "login_url",
      "switch_inline_query",
      "switch_inline_query_current_chat",
      "switch_inline_query_chosen_chat",
      "copy_text",
      "callback_game",
      "pay",
    ];
    for (const row of rows) {
      for (const b of row) {
        if (typeof b !== "object" || b === null) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        const button = b as Record<string, unknown>;
        if (typeof button.text !== "string") {
          throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
        }
        const present = actions.filter((a) => button[a] !== undefined && button[a] !== null);
        if (present.length === 0) {
          throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        if (present.length > 1) {
          throw badRequest("can't parse inline keyboard button: exactly one of the optional fields must be used");
        }
        if (button.callback_data !== undefined) {
          const data = button.callback_data;
          if (typeof data !== "string") {
            throw badRequest('can\'t parse inline keyboard button: Field "callback_data" must be of type String');
          }
          const bytes = Buffer.byteLength(data, "utf8");
          if (bytes < 1 || bytes > 64) throw badRequest("BUTTON_DATA_INVALID");
        }
        if (button.url !== undefined) {
          const u = String(button.url);
          if (!/^(https?|tg|ton):\/\//i.test(u)) throw badRequest("BUTTON_URL_INVALID");
          try {
            new URL(u);
          } catch {
            throw badRequest("BUTTON_URL_INVALID");
          }
        }
      }
    }
    const nonEmpty = rows.filter((r) => r.length > 0);
    if (nonEmpty.length === 0) return undefined;
    return { inline_keyboard: nonEmpty as InlineKeyboardButton[][] };
  }

  /** Returns the inline keyboard to store; applies reply keyboards to the chat. */
  private applyReplyMarkup(state: ChatState, p: Params, inlineOnly: boolean): InlineKeyboardMarkup | undefined {
    const markup = p.obj<Record<string, unknown>>("reply_markup");
    if (markup === undefined) return undefined;
    if ("inline_keyboard" in markup) return this.validateInlineKeyboard(markup);
    if (inlineOnly) throw badRequest("inline keyboard expected");
    if ("keyboard" in markup) {
      if (!Array.isArray(markup.keyboard)) throw badRequest('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays');
      state.replyKeyboard = clone(markup as unknown as ReplyKeyboardMarkup);
    } else if ((markup as Partial<ReplyKeyboardRemove>).remove_keyboard === true) {
      delete state.replyKeyboard;
    } else if ((markup as Partial<ForceReply>).force_reply !== true) {
      throw badRequest("can't parse reply keyboard markup JSON object");
    }
    return undefined;
  }

  // ------------------------------------------------------------ method dispatch

  private dispatch(method: string, p: Params): { result: unknown; description?: string } {
    switch (method) {
      case "getMe":
        return { result: clone(this.botInfo) };
      case "close":
      case "logOut":
        return { result: true };
      case "setWebhook":
        return this.setWebhook(p);
      case "deleteWebhook":
        return this.deleteWebhook(p);
      case "getWebhookInfo":
        return { result: this.webhookInfo() };
      case "sendMessage":
        return { result: this.sendMessage(p) };
      case "sendDocument":
        return { result: this.sendDocument(p) };
      case "editMessageText":
        return { result: this.editMessage(p, true) };
      case "editMessageReplyMarkup":
        return { result: this.editMessage(p, false) };
      case "deleteMessage":
        return { result: this.deleteMessages(p, [this.requireMessageId(p)], true) };
      case "deleteMessages": {
        const ids = p.obj<unknown[]>("message_ids");
        if (!Array.isArray(ids) || ids.length === 0) throw badRequest("message identifiers are not specified");
        if (ids.length > 100) throw badRequest("too many message identifiers specified");
        return { result: this.deleteMessages(p, ids.map(Number), false) };
      }
      case "answerCallbackQuery":
        return { result: this.answerCallbackQuery(p) };
      case "answerInlineQuery":
        return { result: this.answerInlineQuery(p) };
      case "setMyCommands":
        return { result: this.setMyCommands(p) };
      case "getMyCommands":
        return { result: clone(this.commandStore.get(this.commandsKey(p)) ?? []) };
      case "deleteMyCommands":
        this.commandStore.delete(this.commandsKey(p));
        return { result: true };
      case "getChat":
        return { result: this.getChat(p) };
      case "getChatMember":
        return { result: this.getChatMember(p) };
      case "getChatAdministrators": {
        const state = this.resolveChat(p, false);
        if (state.chat.type === "private") throw badRequest("there are no administrators in the private chat");
        return { result: [...state.members.values()].filter(isAdminStatus).map(clone) };
      }
      case "getChatMemberCount": {
        const state = this.resolveChat(p, false);
        if (state.chat.type === "private") return { result: 2 };
        return { result: [...state.members.values()].filter(isPresent).length };
      }
      case "sendChatAction": {
        this.resolveChat(p, true);
        const action = p.str("action");
        if (action === undefined || !CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
        return { result: true };
      }
      case "setChatMenuButton": {
        const button = p.obj<MenuButton>("menu_button") ?? { type: "default" };
        if (!["commands", "web_app", "default"].includes(String(button.type))) {
          throw badRequest("can't parse menu button: unsupported menu button type");
        }
        if (p.has("chat_id")) {
          const state = this.resolveChat(p, false);
          if (state.chat.type !== "private") throw badRequest("chat is not private");
          state.menuButton = clone(button);
        } else {
          this.defaultMenuButton = button.type === "default" ? { type: "commands" } : clone(button);
        }
        return { result: true };
      }
      case "getChatMenuButton": {
        const state = p.has("chat_id") ? this.resolveChat(p, false) : undefined;
        return { result: clone(this.menuButton(state?.chat.id)) };
      }
      case "leaveChat": {
        const state = this.resolveChat(p, false);
        if (state.chat.type === "private") throw badRequest("chat member status can't be changed in private chats");
        const me = this.botMember(state);
        if (!isPresent(me)) throw new ApiError(403, "Forbidden: bot is not a member of the supergroup chat");
        this.changeMember(state, this.botUser, { status: "left", user: this.botUser }, this.botUser);
        return { result: true };
      }
      case "setMyDescription":
      case "setMyShortDescription":
      case "setMyName": {
        const field = method === "setMyName" ? "name" : method === "setMyDescription" ? "description" : "short_description";
        const key = `${field}|${p.str("language_code") ?? ""}`;
        const value = p.str(field) ?? "";
        if (value === "") this.botTexts.delete(key);
        else this.botTexts.set(key, value);
        return { result: true };
      }
      case "getMyDescription":
      case "getMyShortDescription":
      case "getMyName": {
        const field = method === "getMyName" ? "name" : method === "getMyDescription" ? "description" : "short_description";
        const lang = p.str("language_code") ?? "";
        const value =
          this.botTexts.get(`${field}|${lang}`) ?? this.botTexts.get(`${field}|`) ?? (field === "name" ? this.botUser.first_name : "");
        return { result: { [field]: value } };
      }
      default:
        throw new ApiError(404, "Not Found");
    }
  }

  private requireMessageId(p: Params): number {
    const id = p.int("message_id");
    if (id === undefined) throw badRequest("message identifier is not specified");
    return id;
  }

  private setWebhook(p: Params): { result: true; description: string } {
    const url = p.str("url") ?? "";
    if (url === "") return this.deleteWebhook(p);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badRequest("bad webhook: Failed to resolve host: Name or service not known");
    }
    const local = ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
    if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && local)) {
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    const secret = p.str("secret_token");
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw badRequest("secret token contains unallowed characters");
    }
    const allowed = p.obj<unknown>("allowed_updates");
    if (Array.isArray(allowed)) this.allowedUpdates = allowed.map(String);
    if (p.bool("drop_pending_updates")) this.dropPending();
    const same = this.webhook?.url === url && this.webhook.secretToken === secret;
    const hook: Webhook = { url, maxConnections: p.int("max_connections") ?? 40 };
    if (secret !== undefined) hook.secretToken = secret;
    const ip = p.str("ip_address");
    if (ip !== undefined) hook.ipAddress = ip;
    this.webhook = hook;
    const poll = this.poll;
    if (poll !== undefined) {
      this.answerPoll(poll, {
        ok: false,
        error_code: 409,
        description: "Conflict: terminated by setWebhook request",
      });
    }
    this.scheduleFlush();
    return { result: true, description: same ? "Webhook is already set" : "Webhook was set" };
  }

  private deleteWebhook(p: Params): { result: true; description: string } {
    if (p.bool("drop_pending_updates")) this.dropPending();
    const had = this.webhook !== undefined;
    this.webhook = undefined;
    return { result: true, description: had ? "Webhook was deleted" : "Webhook is already deleted" };
  }

  private dropPending(): void {
    const last = this.queue.at(-1);
    if (last !== undefined) this.confirmBelow(last.update_id + 1);
  }

  private webhookInfo(): WebhookInfo {
    const info: WebhookInfo = {
      url: this.webhook?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: this.queue.length,
    };
    const hook = this.webhook;
    if (hook !== undefined) {
      info.max_connections = hook.maxConnections;
      if (hook.ipAddress !== undefined) info.ip_address = hook.ipAddress;
      if (hook.lastErrorDate !== undefined) info.last_error_date = hook.lastErrorDate;
      if (hook.lastErrorMessage !== undefined) info.last_error_message = hook.lastErrorMessage;
    }
    if (this.allowedUpdates !== undefined && this.allowedUpdates.length > 0) {
      info.allowed_updates = [...this.allowedUpdates] as NonNullable<WebhookInfo["allowed_updates"]>;
    }
    return info;
  }

  private sendMessage(p: Params): Message {
    const state = this.resolveChat(p, true);
    const { text, entities } = this.formatText(p, "text", "entities");
    const keyboard = this.applyReplyMarkup(state, p, false);
    let replyTo: Message | undefined;
    const rp = p.obj<{ message_id?: unknown; chat_id?: unknown; allow_sending_without_reply?: unknown }>("reply_parameters");
    const replyId = rp !== undefined ? Number(rp.message_id) : p.int("reply_to_message_id");
    if (replyId !== undefined) {
      const allowMissing = rp !== undefined ? rp.allow_sending_without_reply === true : p.bool("allow_sending_without_reply") === true;
      const replyState =
        rp?.chat_id !== undefined && rp.chat_id !== state.chat.id ? this.resolveChat(new Params({ chat_id: rp.chat_id }), false) : state;
      const target = replyState.messages.get(replyId);
      if (target === undefined) {
        if (!allowMissing) throw badRequest("message to be replied not found");
      } else {
        replyTo = target;
      }
    }
    const msg = this.newMessageBase(state, this.botUser);
    const threadId = p.int("message_thread_id");
    if (threadId !== undefined) {
      msg.message_thread_id = threadId;
      if (state.chat.type === "supergroup" && state.chat.is_forum) msg.is_topic_message = true;
    }
    if (replyTo !== undefined) msg.reply_to_message = this.replyCopy(replyTo) as NonNullable<Message["reply_to_message"]>;
    msg.text = text;
    if (entities.length > 0) msg.entities = entities;
    const lpo = p.obj<LinkPreviewOptions>("link_preview_options");
    if (lpo !== undefined) msg.link_preview_options = clone(lpo);
    else if (p.bool("disable_web_page_preview")) msg.link_preview_options = { is_disabled: true };
    if (p.bool("protect_content")) msg.has_protected_content = true;
    if (keyboard !== undefined) msg.reply_markup = keyboard;
    this.storeMessage(state, msg);
    this.logBotMessage(state.chat.id, msg);
    return clone(msg);
  }

  /** A document (an uploaded file or a file_id); the fake keeps its name and caption only. */
  private sendDocument(p: Params): Message {
    const state = this.resolveChat(p, true);
    if (!p.has("document")) throw badRequest("there is no document in the request");
    const msg = this.newMessageBase(state, this.botUser);
    const name = /^attach:\/\/(.+)$/.exec(p.str("document") ?? "")?.[1];
    msg.document = { file_id: `doc${msg.message_id}`, file_unique_id: `udoc${msg.message_id}`, ...(name ? { file_name: name } : {}) };
    const caption = p.str("caption");
    if (caption !== undefined) msg.caption = caption;
    this.storeMessage(state, msg);
    this.logBotMessage(state.chat.id, msg);
    return clone(msg);
  }

  private editMessage(p: Params, withText: boolean): Message {
    if (p.has("inline_message_id") && !p.has("chat_id")) throw badRequest("MESSAGE_ID_INVALID");
    const state = this.resolveChat(p, true);
    const id = this.requireMessageId(p);
    const msg = state.messages.get(id);
    if (msg === undefined) throw badRequest("message to edit not found");
    if (msg.from?.id !== this.botUser.id) throw badRequest("message can't be edited");
    const keyboard = this.applyReplyMarkup(state, p, true);
    let text = msg.text;
    let entities = msg.entities ?? [];
    if (withText) {
      if (msg.text === undefined) throw badRequest("there is no text in the message to edit");
      ({ text, entities } = this.formatText(p, "text", "entities"));
    }
    const before = canonical({ t: msg.text, e: msg.entities ?? [], m: msg.reply_markup });
    const after = canonical({ t: text, e: entities, m: keyboard });
    if (before === after) throw new ApiError(400, NOT_MODIFIED);
    if (withText) {
      if (text !== undefined) msg.text = text;
      if (entities.length > 0) msg.entities = entities;
      else delete msg.entities;
      const lpo = p.obj<LinkPreviewOptions>("link_preview_options");
      if (lpo !== undefined) msg.link_preview_options = clone(lpo);
    }
    if (keyboard !== undefined) msg.reply_markup = keyboard;
    else delete msg.reply_markup;
    msg.edit_date = nowSeconds();
    return clone(msg);
  }

  private deleteMessages(p: Params, ids: number[], single: boolean): true {
    const state = this.resolveChat(p, false);
    const me = this.botMember(state);
    const canDeleteOthers =
      state.chat.type === "private" || me?.status === "creator" || (me?.status === "administrator" && me.can_delete_messages);
    let deletedAny = false;
    for (const id of ids) {
      const msg = state.messages.get(id);
      if (msg === undefined) {
        if (single) throw badRequest("message to delete not found");
        continue;
      }
      const own = msg.from?.id === this.botUser.id;
      if (!own && !canDeleteOthers) {
        if (single) throw badRequest("message can't be deleted");
        continue;
      }
      state.messages.delete(id);
      this.deleted.push({ chatId: state.chat.id, messageId: id, message: clone(msg), at: Date.now() });
      deletedAny = true;
    }
    if (!deletedAny && !single) throw badRequest("message to delete not found");
    return true;
  }

  private answerCallbackQuery(p: Params): true {
    const id = p.str("callback_query_id");
    const entry = id === undefined ? undefined : this.callbackQueries.get(id);
    if (id === undefined || entry === undefined || entry.answered) throw new ApiError(400, QUERY_TOO_OLD);
    const text = p.str("text");
    if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
    entry.answered = true;
    const answer: CallbackAnswer = { callback_query_id: id, query: clone(entry.query), at: Date.now() };
    if (text !== undefined) answer.text = text;
    const alert = p.bool("show_alert");
    if (alert !== undefined) answer.show_alert = alert;
    const url = p.str("url");
    if (url !== undefined) answer.url = url;
    const cache = p.int("cache_time");
    if (cache !== undefined) answer.cache_time = cache;
    this.callbackAnswers.push(answer);
    return true;
  }

  private answerInlineQuery(p: Params): true {
    const id = p.str("inline_query_id");
    const entry = id === undefined ? undefined : this.inlineQueries.get(id);
    if (id === undefined || entry === undefined || entry.answered) throw new ApiError(400, QUERY_TOO_OLD);
    const results = p.obj<InlineQueryResult[]>("results");
    if (!Array.isArray(results)) throw badRequest("can't parse inline query results JSON object");
    if (results.length > 50) throw badRequest("RESULTS_TOO_MUCH");
    const seen = new Set<string>();
    for (const r of results) {
      const rid = (r as { id?: unknown }).id;
      if (typeof rid !== "string" || rid === "" || Buffer.byteLength(rid) > 64) throw badRequest("RESULT_ID_INVALID");
      if (seen.has(rid)) throw badRequest("RESULT_ID_DUPLICATE");
      seen.add(rid);
      if (typeof (r as { type?: unknown }).type !== "string") {
        throw badRequest('can\'t parse inline query result: Field "type" must be of type String');
      }
      // The message a result sends is parsed like any message (markup, entities, 4096 characters).
      const content = (r as { input_message_content?: unknown }).input_message_content;
      if (content !== undefined && content !== null && typeof content === "object" && "message_text" in content) {
        try {
          this.formatText(new Params(content), "message_text", "entities");
        } catch (err) {
          if (err instanceof ApiError) throw badRequest(`can't parse inline query result: ${err.description.replace(/^Bad Request: /, "")}`);
          throw err;
        }
      }
      const res = r as { type: string; title?: unknown; caption?: unknown };
      if (res.type === "article" && (typeof res.title !== "string" || res.title.trim() === "")) throw badRequest("RESULT_TITLE_EMPTY");
      if (typeof res.caption === "string" && res.caption.length > MAX_CAPTION) throw badRequest("MEDIA_CAPTION_TOO_LONG");
    }
    const nextOffset = p.str("next_offset");
    if (nextOffset !== undefined && Buffer.byteLength(nextOffset) > 64) throw badRequest("NEXT_OFFSET_INVALID");
    entry.answered = true;
    const answer: InlineAnswer = {
      inline_query_id: id,
      results: clone(results),
      query: clone(entry.query),
      at: Date.now(),
    };
    const cache = p.int("cache_time");
    if (cache !== undefined) answer.cache_time = cache;
    const personal = p.bool("is_personal");
    if (personal !== undefined) answer.is_personal = personal;
    if (nextOffset !== undefined) answer.next_offset = nextOffset;
    const button = p.obj<InlineQueryResultsButton>("button");
    if (button !== undefined) answer.button = clone(button);
    this.inlineAnswers.push(answer);
    return true;
  }

  private scopeKey(scope: BotCommandScope | undefined, languageCode: string | undefined): string {
    const s = (scope ?? { type: "default" }) as { type?: unknown; chat_id?: unknown; user_id?: unknown };
    if (typeof s.type !== "string" || !SCOPE_TYPES.has(s.type)) throw badRequest("unsupported bot command scope type");
    const needsChat = s.type === "chat" || s.type === "chat_administrators" || s.type === "chat_member";
    if (needsChat && (s.chat_id === undefined || s.chat_id === null)) throw badRequest("chat_id is empty");
    if (s.type === "chat_member" && (s.user_id === undefined || s.user_id === null)) throw badRequest("user_id is empty");
    const lang = languageCode ?? "";
    if (lang !== "" && !/^[a-z]{2}$/.test(lang)) throw badRequest("invalid language code specified");
    return [s.type, needsChat ? String(s.chat_id) : "", s.type === "chat_member" ? String(s.user_id) : "", lang].join("|");
  }

  private commandsKey(p: Params): string {
    return this.scopeKey(p.obj<BotCommandScope>("scope"), p.str("language_code"));
  }

  private setMyCommands(p: Params): true {
    const key = this.commandsKey(p);
    const commands = p.obj<BotCommand[]>("commands");
    if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
    if (commands.length > 100) throw badRequest("BOT_COMMANDS_TOO_MUCH");
    const clean: BotCommand[] = [];
    for (const c of commands) {
      const command = typeof c.command === "string" ? c.command.replace(/^\//, "") : "";
      if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest("BOT_COMMAND_INVALID");
      const description = typeof c.description === "string" ? c.description.trim() : "";
      if (description.length < 1 || description.length > 256) throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      clean.push({ command, description });
    }
    if (clean.length === 0) this.commandStore.delete(key);
    else this.commandStore.set(key, clean);
    return true;
  }

  private getChat(p: Params): ChatFullInfo {
    const state = this.resolveChat(p, false);
    const base = {
      ...clone(state.chat),
      accent_color_id: 0,
      max_reaction_count: 11,
      accepted_gift_types: {
        unlimited_gifts: false,
        limited_gifts: false,
        unique_gifts: false,
        premium_subscription: false,
        gifts_from_channels: false,
      },
    };
    if (state.chat.type === "private") return base;
    return {
      ...base,
      permissions: {
        can_send_messages: true,
        can_send_audios: true,
        can_send_documents: true,
        can_send_photos: true,
        can_send_videos: true,
        can_send_video_notes: true,
        can_send_voice_notes: true,
        can_send_polls: true,
        can_send_other_messages: true,
        can_add_web_page_previews: true,
        can_change_info: false,
        can_invite_users: true,
        can_pin_messages: false,
        can_manage_topics: false,
      },
    } as unknown as ChatFullInfo;
  }

  private getChatMember(p: Params): ChatMember {
    const state = this.resolveChat(p, false);
    const userId = p.int("user_id");
    if (userId === undefined) throw badRequest("user_id is empty");
    if (state.chat.type === "private") {
      if (userId === this.botUser.id) return { status: "member", user: clone(this.botUser) };
      const user = this.users.get(userId);
      if (userId !== state.chat.id || user === undefined) throw badRequest("user not found");
      return { status: "member", user: clone(user) };
    }
    const m = state.members.get(userId);
    if (m !== undefined) return clone(m);
    const user = userId === this.botUser.id ? this.botUser : this.users.get(userId);
    if (user === undefined) throw badRequest("user not found");
    return { status: "left", user: clone(user) };
  }

  // ------------------------------------------------------------ logs & waiting

  private logBotMessage(chatId: number, message: Message): void {
    this.botMessageLog.push({ chatId, message: clone(message) });
    this.notify();
  }

  private notify(): void {
    for (const w of [...this.waiters]) {
      if (w.tryResolve()) this.waiters.delete(w);
    }
  }

  private wait<T>(timeoutMs: number, check: () => T | undefined, describe: () => string): Promise<T> {
    if (this.closed) return Promise.reject(new Error("fake-bot-api: closed"));
    return new Promise<T>((resolve, reject) => {
      // eslint-disable-next-line prefer-const -- set after the waiter that clears it is built
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        tryResolve: () => {
          let value: T | undefined;
          try {
            value = check();
          } catch (err) {
            clearTimeout(timer);
            reject(err instanceof Error ? err : new Error(String(err)));
            return true;
          }
          if (value === undefined) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
        fail: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      if (waiter.tryResolve()) return;
      timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake-bot-api: ${describe()} timed out after ${timeoutMs} ms; recent calls: ${this.recentCalls()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private recentCalls(): string {
    const recent = this.sent
      .filter((c) => c.method !== "getUpdates")
      .slice(-8)
      .map((c) => {
        const r = c.response;
        const status = r === undefined ? "pending" : r.ok ? "ok" : `${r.error_code} ${r.description}`;
        return `${c.method}(${status})`;
      });
    return recent.length > 0 ? recent.join(", ") : "none besides getUpdates";
  }

  // ------------------------------------------------------------ driver: users

  sendText(from: UserInput, text: string, chat?: GroupInput | number, opts: SendTextOptions = {}): Message {
    this.assertOpen();
    const user = this.rememberUser(from);
    let state: ChatState;
    if (chat === undefined || chat === user.id) {
      state = this.privateState(user);
      if (state.blocked) this.unblockChat(user.id);
      state.started = true;
    } else {
      const id = typeof chat === "number" ? chat : chat.id;
      state = this.requireGroup(id);
      if (typeof chat !== "number") state.chat = { ...groupChatOf(chat) };
      if (!isPresent(this.botMember(state))) {
        throw new Error(`fake-bot-api: the bot is not a member of group ${id}; call api.addBotToGroup first`);
      }
      if (!state.members.has(user.id)) state.members.set(user.id, { status: "member", user });
    }
    const member = state.members.get(user.id);
    const anonymous = state.chat.type !== "private" && (opts.anonymous ?? (isAdminStatus(member) && (member as ChatMemberOwner).is_anonymous));
    const msg = this.newMessageBase(state, anonymous ? GROUP_ANONYMOUS_BOT : user);
    if (anonymous) {
      msg.sender_chat = clone(state.chat);
      const title = (member as ChatMemberOwner | undefined)?.custom_title;
      if (title !== undefined) msg.author_signature = title;
    }
    if (opts.replyTo !== undefined) {
      const replyId = typeof opts.replyTo === "number" ? opts.replyTo : opts.replyTo.message_id;
      const target = state.messages.get(replyId);
      if (target === undefined) throw new Error(`fake-bot-api: message ${replyId} not found in chat ${state.chat.id}`);
      msg.reply_to_message = this.replyCopy(target) as NonNullable<Message["reply_to_message"]>;
    }
    const formatted = finalizeText(text, opts.entities ?? []);
    if (formatted.text === "") throw new Error("fake-bot-api: Telegram clients do not send empty messages");
    msg.text = formatted.text;
    if (formatted.entities.length > 0) msg.entities = formatted.entities;
    this.storeMessage(state, msg);
    if (this.botReceives(state, msg)) this.enqueue({ message: clone(msg) } as Omit<Update, "update_id">);
    return clone(msg);
  }

  /** Telegram's privacy mode rules for groups. */
  private botReceives(state: ChatState, msg: Message): boolean {
    if (state.chat.type === "private" || !this.privacyMode) return true;
    if (isAdminStatus(this.botMember(state))) return true;
    if (msg.reply_to_message?.from?.id === this.botUser.id) return true;
    const me = this.botUser.username?.toLowerCase() ?? "";
    const text = msg.text ?? "";
    for (const e of msg.entities ?? []) {
      const part = text.slice(e.offset, e.offset + e.length).toLowerCase();
      if (e.type === "bot_command") {
        const at = part.indexOf("@");
        if (at === -1 || part.slice(at + 1) === me) return true;
      }
      if (e.type === "mention" && part === `@${me}`) return true;
    }
    return false;
  }

  pressButton(
    from: UserInput,
    message: Pick<Message, "message_id" | "chat">,
    data: string | { text: string },
    opts: { force?: boolean } = {},
  ): CallbackQuery {
    this.assertOpen();
    const user = this.rememberUser(from);
    const state = this.chats.get(message.chat.id);
    const current = state?.messages.get(message.message_id);
    let shown: MaybeInaccessibleMessage;
    let callbackData: string;
    if (current === undefined) {
      if (!opts.force) {
        throw new Error(
          `fake-bot-api: message ${message.message_id} in chat ${message.chat.id} does not exist (deleted?); pass { force: true } to press anyway`,
        );
      }
      shown = { chat: clone(message.chat), message_id: message.message_id, date: 0 };
      if (typeof data !== "string") throw new Error("fake-bot-api: cannot find a button by text on a deleted message");
      callbackData = data;
    } else {
      const buttons = (current.reply_markup?.inline_keyboard ?? []).flat();
      const button = buttons.find((b) => (typeof data === "string" ? "callback_data" in b && b.callback_data === data : b.text === data.text));
      if (button === undefined || !("callback_data" in button)) {
        if (!opts.force || typeof data !== "string") {
          const available = buttons.map((x) => `${JSON.stringify(x.text)}=${JSON.stringify((x as { callback_data?: string }).callback_data)}`);
          throw new Error(
            `fake-bot-api: message ${current.message_id} has no callback button ${JSON.stringify(data)}; buttons now: [${available.join(", ")}]` +
              (typeof data === "string" ? "; pass { force: true } to send forged callback data" : ""),
          );
        }
        callbackData = data;
      } else {
        callbackData = button.callback_data;
      }
      shown = clone(current);
    }
    const query: CallbackQuery = {
      id: this.newQueryId(),
      from: user,
      message: shown,
      chat_instance: this.chatInstance(message.chat.id),
      data: callbackData,
    };
    this.callbackQueries.set(query.id, { query, answered: false });
    this.enqueue({ callback_query: clone(query) });
    return clone(query);
  }

  inlineQuery(from: UserInput, query: string, offset = "", opts: { chatType?: InlineQuery["chat_type"] } = {}): InlineQuery {
    this.assertOpen();
    if (!this.botInfo.supports_inline_queries) {
      throw new Error("fake-bot-api: inline mode is off (supportsInlineQueries: false)");
    }
    const user = this.rememberUser(from);
    const q: InlineQuery = { id: this.newQueryId(), from: user, query, offset, chat_type: opts.chatType ?? "sender" };
    this.inlineQueries.set(q.id, { query: q, answered: false });
    this.enqueue({ inline_query: clone(q) });
    return clone(q);
  }

  addBotToGroup(
    by: UserInput,
    chat: GroupInput,
    opts: { admin?: boolean; rights?: Partial<Omit<ChatMemberAdministrator, "status" | "user">> } = {},
  ): { update: ChatMemberUpdated; message: Message } {
    this.assertOpen();
    const user = this.rememberUser(by);
    const state = this.groupState(chat);
    state.chat = groupChatOf(chat);
    state.blocked = false;
    if (!isPresent(state.members.get(user.id))) {
      const hasCreator = [...state.members.values()].some((m) => m.status === "creator");
      state.members.set(user.id, hasCreator ? { status: "member", user } : { status: "creator", user, is_anonymous: false });
    }
    const next: ChatMember =
      opts.admin || opts.rights !== undefined
        ? adminMember(clone(this.botUser), { rights: opts.rights ?? {} })
        : { status: "member", user: clone(this.botUser) };
    const update = this.changeMember(state, this.botUser, next, user);
    const msg = this.newMessageBase(state, user);
    msg.new_chat_members = [clone(this.botUser)];
    (msg as Message & { new_chat_member?: User; new_chat_participant?: User }).new_chat_member = clone(this.botUser);
    (msg as Message & { new_chat_participant?: User }).new_chat_participant = clone(this.botUser);
    this.storeMessage(state, msg);
    this.enqueue({ message: clone(msg) } as Omit<Update, "update_id">);
    return { update, message: clone(msg) };
  }

  removeBotFromGroup(by: UserInput, chatId: number): ChatMemberUpdated {
    this.assertOpen();
    const user = this.rememberUser(by);
    const state = this.requireGroup(chatId);
    return this.changeMember(state, this.botUser, { status: "kicked", user: clone(this.botUser), until_date: 0 }, user);
  }

  setChatAdmins(chatId: number, admins: AdminInput[]): void {
    const state = this.requireGroup(chatId);
    for (const [id, m] of state.members) {
      if (isAdminStatus(m) && id !== this.botUser.id) state.members.set(id, { status: "member", user: m.user });
    }
    for (const a of admins) {
      const user = a.user.id === this.botUser.id ? clone(this.botUser) : this.rememberUser(a.user);
      state.members.set(user.id, memberOf({ ...a }, user));
    }
  }

  chatMemberUpdate(chatId: number, by: UserInput, member: MemberInput): ChatMemberUpdated {
    this.assertOpen();
    const actor = this.rememberUser(by);
    const state = this.requireGroup(chatId);
    const user = member.user.id === this.botUser.id ? clone(this.botUser) : this.rememberUser(member.user);
    return this.changeMember(state, user, memberOf(member, user), actor);
  }

  /**
   * Applies a membership change and emits my_chat_member (for the bot) or
   * chat_member (others; Telegram only sends these to administrator bots).
   */
  private changeMember(state: ChatState, user: User, next: ChatMember, actor: User): ChatMemberUpdated {
    const old: ChatMember = state.members.get(user.id) ?? { status: "left", user: clone(user) };
    state.members.set(user.id, next);
    const update: ChatMemberUpdated = {
      chat: clone(state.chat),
      from: clone(actor),
      date: nowSeconds(),
      old_chat_member: clone(old),
      new_chat_member: clone(next),
    };
    if (user.id === this.botUser.id) {
      this.enqueue({ my_chat_member: clone(update) });
    } else if (isAdminStatus(this.botMember(state))) {
      this.enqueue({ chat_member: clone(update) });
    }
    return update;
  }

  blockChat(chatId: number, opts: { silent?: boolean } = {}): void {
    this.setBlocked(chatId, true, opts.silent ?? false);
  }

  unblockChat(chatId: number, opts: { silent?: boolean } = {}): void {
    this.setBlocked(chatId, false, opts.silent ?? false);
  }

  private setBlocked(chatId: number, blocked: boolean, silent: boolean): void {
    let state = this.chats.get(chatId);
    if (state === undefined) {
      const user = this.users.get(chatId);
      if (user === undefined) throw new Error(`fake-bot-api: unknown chat ${chatId}`);
      state = this.privateState(user);
    }
    if (state.blocked === blocked) return;
    state.blocked = blocked;
    if (silent || this.closed) return;
    if (state.chat.type === "private") {
      const user = this.users.get(chatId) ?? { id: chatId, is_bot: false, first_name: state.chat.first_name };
      const kicked: ChatMember = { status: "kicked", user: clone(this.botUser), until_date: 0 };
      const member: ChatMember = { status: "member", user: clone(this.botUser) };
      this.enqueue({
        my_chat_member: {
          chat: clone(state.chat),
          from: clone(user),
          date: nowSeconds(),
          old_chat_member: blocked ? member : kicked,
          new_chat_member: blocked ? kicked : member,
        },
      });
    }
  }

  pushUpdate(update: Omit<Update, "update_id">): Update {
    this.assertOpen();
    return clone(this.enqueue(clone(update)));
  }

  invoke(rawMethod: string, params: Record<string, unknown>): ApiResponse {
    const method = CANONICAL.get(rawMethod.toLowerCase()) ?? rawMethod;
    const raw = JSON.parse(JSON.stringify(params)) as RawParams;
    const call: ApiCall = { index: this.sent.length, method, params: raw, at: Date.now(), done: false };
    this.sent.push(call);
    let response: ApiResponse;
    const fault = CANONICAL.has(rawMethod.toLowerCase()) && method !== "getUpdates" ? this.takeFault(method) : undefined;
    if (!CANONICAL.has(rawMethod.toLowerCase()) || method === "getUpdates") response = { ok: false, error_code: 404, description: "Not Found" };
    else if (fault !== undefined && !("network" in fault)) response = this.faultResponse(fault);
    else if (fault !== undefined) throw new TypeError("fetch failed (fake network fault)");
    else response = this.execute(method, raw);
    this.complete(call, response);
    return JSON.parse(JSON.stringify(response)) as ApiResponse;
  }

  takeUpdates(): Update[] {
    const batch = this.deliverable(Number.MAX_SAFE_INTEGER).map(clone);
    const last = batch.at(-1);
    if (last) this.confirmBelow(last.update_id + 1);
    return batch;
  }

  failNext(method: string, fault: Fault, times = 1): void {
    const key = method === "*" ? "*" : method.toLowerCase();
    const list = this.faults.get(key) ?? [];
    for (let i = 0; i < times; i++) list.push(fault);
    this.faults.set(key, list);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  private newQueryId(): string {
    this.queryCounter++;
    return (BigInt(this.botUser.id) * 1_000_000_000n + BigInt(this.queryCounter) * 7919n).toString();
  }

  private chatInstance(chatId: number): string {
    return (-(BigInt(Math.abs(chatId)) * 2654435761n + 12345n)).toString();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("fake-bot-api: closed");
  }

  // ------------------------------------------------------------ observers

  calls(method: string): ApiCall[] {
    const m = method.toLowerCase();
    return this.sent.filter((c) => c.method.toLowerCase() === m);
  }

  messages(chatId: number): Message[] {
    return this.history(chatId).filter((m) => m.from?.id === this.botUser.id);
  }

  history(chatId: number): Message[] {
    const state = this.chats.get(chatId);
    if (state === undefined) return [];
    return [...state.messages.values()].sort((a, b) => a.message_id - b.message_id).map(clone);
  }

  waitFor(predicate: (call: ApiCall) => boolean, opts: number | WaitForOptions = {}): Promise<ApiCall> {
    const o: WaitForOptions = typeof opts === "number" ? { timeoutMs: opts } : opts;
    const since = o.since ?? this.sent.length;
    const checked = new Set<number>();
    return this.wait(
      o.timeoutMs ?? 5000,
      () => {
        for (let i = since; i < this.sent.length; i++) {
          const call = this.sent[i] as ApiCall;
          if (!call.done || checked.has(i)) continue;
          checked.add(i);
          if (predicate(call)) return call;
        }
        return undefined;
      },
      () => "waitFor",
    );
  }

  nextMessage(chatId: number, timeoutMs = 5000): Promise<Message> {
    return this.wait(
      timeoutMs,
      () => {
        const from = this.messageCursors.get(chatId) ?? 0;
        for (let i = from; i < this.botMessageLog.length; i++) {
          const entry = this.botMessageLog[i];
          if (entry !== undefined && entry.chatId === chatId) {
            this.messageCursors.set(chatId, i + 1);
            return clone(entry.message);
          }
        }
        return undefined;
      },
      () => `nextMessage(${chatId})`,
    );
  }

  idle(timeoutMs = 5000): Promise<void> {
    const target = this.nextUpdateId - 1;
    return this.wait(
      timeoutMs,
      () => ((this.queue[0]?.update_id ?? Number.POSITIVE_INFINITY) > target ? true : undefined),
      () => `idle (updates up to ${target} confirmed; pending ${this.queue.map((u) => u.update_id).join(",")})`,
    ).then(() => undefined);
  }

  updatesConfirmed(): number {
    return this.confirmed;
  }

  pendingUpdates(): Update[] {
    return this.queue.map(clone);
  }

  commands(scope?: BotCommandScope, languageCode?: string): BotCommand[] {
    return clone(this.commandStore.get(this.scopeKey(scope, languageCode)) ?? []);
  }

  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    const kb = this.chats.get(chatId)?.replyKeyboard;
    return kb === undefined ? undefined : clone(kb);
  }

  menuButton(chatId?: number): MenuButton {
    const own = chatId === undefined ? undefined : this.chats.get(chatId)?.menuButton;
    return clone(own !== undefined && own.type !== "default" ? own : this.defaultMenuButton);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    const poll = this.poll;
    if (poll !== undefined) this.answerPoll(poll, []);
    for (const w of this.waiters) w.fail(new Error("fake-bot-api: closed"));
    this.waiters.clear();
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    setImmediate(() => this.server.closeAllConnections());
    await closing;
  }
}

/** Starts a fake Bot API on 127.0.0.1 (random port). Close it with `api.close()`. */
export async function startFakeBotApi(opts: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const api = new FakeBotApiServer(opts);
  await api.listen();
  return api;
}
