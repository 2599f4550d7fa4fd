/**
 * Helpers of the tracking tests: a recording Bot API for the notification sender (answers locally, can inject
 * 403 / 429 / 500, thrown errors and hangs) and shortcuts to track orders.
 */
import type { Api, Transformer } from "grammy";
import type { User } from "grammy/types";
import type { Harness } from "../helpers/harness.js";
import { createNotifierApi, TelegramNotificationSender } from "../../src/bot/notifications/sender.js";
import { Poller, type PollerOptions } from "../../src/tracking/poller.js";
import type { TrackedOrder } from "../../src/storage/types.js";

export interface RecordedCall {
  method: string;
  payload: Record<string, any>;
}

export interface SentMessage {
  chatId: number;
  text: string;
  buttons: Array<{ text: string; data?: string }>;
}

/** What to do with a call: undefined = answer OK; an object = that Bot API error; "hang" = never answer; an Error = throw it. */
export type Fault = undefined | "hang" | Error | { error_code: number; description: string; parameters?: Record<string, unknown> };

export const FORBIDDEN = { error_code: 403, description: "Forbidden: bot was blocked by the user" };
export const TOO_MANY = { error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } };
export const SERVER_ERROR = { error_code: 500, description: "Internal Server Error" };

export class RecordingApi {
  readonly calls: RecordedCall[] = [];
  readonly sent: SentMessage[] = [];
  fault: (call: RecordedCall) => Fault = () => undefined;
  readonly api: Api;
  private readonly hung: Array<(err: Error) => void> = [];
  private messageId = 1;

  constructor(h: Harness) {
    const recorder: Transformer = async (_prev, method, payload) => {
      const call: RecordedCall = { method, payload: (payload ?? {}) as Record<string, any> };
      this.calls.push(call);
      const f = this.fault(call);
      if (f === "hang") return new Promise<never>((_, reject) => this.hung.push(reject));
      if (f instanceof Error) throw f;
      if (f) return { ok: false, ...f } as any;
      if (method === "sendMessage") {
        const rows: any[][] = call.payload.reply_markup?.inline_keyboard ?? [];
        this.sent.push({
          chatId: Number(call.payload.chat_id),
          text: String(call.payload.text),
          buttons: rows.flat().map((b) => ({ text: b.text, data: b.callback_data })),
        });
      }
      return {
        ok: true,
        result: { message_id: this.messageId++, date: 0, chat: { id: call.payload.chat_id, type: "private" }, text: call.payload.text },
      } as any;
    };
    this.api = createNotifierApi(h.deps.config, {
      throttle: false,
      autoRetry: { rethrowInternalServerErrors: true },
      innerTransformers: [recorder],
    });
  }

  /** Messages sent to one chat. */
  to(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chatId === chatId);
  }

  /** Fails every hung call (ends abandoned cycles). */
  releaseHung(): void {
    for (const reject of this.hung.splice(0)) reject(new Error("released"));
  }
}

export function makePoller(h: Harness, rec: RecordingApi, options: PollerOptions = {}): Poller {
  return new Poller(h.deps, new TelegramNotificationSender(h.deps, rec.api), options);
}

/** Tracks an order for a user's private chat (like the wizard does). */
export async function trackOrder(h: Harness, user: User, orderId: string, extra: Partial<TrackedOrder> = {}): Promise<void> {
  await h.deps.storage.orders.track({
    chatId: user.id,
    owner: `u:${user.id}`,
    panelId: h.deps.config.panels[0]!.id,
    orderId,
    source: "bot",
    createdAt: Date.now(),
    serviceName: "Instagram followers",
    refillable: true,
    cancellable: true,
    currency: "USD",
    ...extra,
  });
}

export const user = (id: number, language_code = "en"): User => ({ id, is_bot: false, first_name: `U${id}`, language_code });
