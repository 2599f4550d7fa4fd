/**
 * The change feed: how the polling leader, which keeps the tracked items in memory, learns what
 * other writers (any instance's handlers) changed since it last looked.
 *
 * Every write the poller does not make itself notes the key it touched: track / untrack / evict /
 * touch / setState of an order or refill (`o|` / `r|` + item key), prefs and delivery flags of a
 * chat (`c|` + chat id). A note is its own storage key, `<subject>|<unique suffix>`, written AFTER
 * the data it points to; the leader reads the notes, re-reads the data of each subject (the truth,
 * whatever the order of the notes), then deletes exactly the notes it read. A note written while the
 * leader reads has another suffix, so it is never deleted unread: nothing is lost, and a subject
 * read twice is harmless (re-reading is idempotent).
 *
 * The feed holds only notes no leader has consumed yet (a takeover consumes everything: it reloads
 * from the data itself). With tracking off (`changeFeed: false` in createStorage), nothing is noted.
 */
import { randomBytes } from "node:crypto";
import type { Keyv } from "keyv";

/** What a note is about. */
export type ChangeSubject =
  | { kind: "order"; chatId: number; panelId: string; id: string }
  | { kind: "refill"; chatId: number; panelId: string; id: string }
  | { kind: "chat"; chatId: number };

/** A note read from the feed: its storage key (to consume it) and its subject. */
export interface ChangeNote {
  key: string;
  subject: ChangeSubject;
}

const part = (s: string): string => encodeURIComponent(s);

function subjectKey(s: ChangeSubject): string {
  if (s.kind === "chat") return `c|${s.chatId}`;
  return `${s.kind === "order" ? "o" : "r"}|${s.chatId}|${part(s.panelId)}|${part(s.id)}`;
}

function parseSubject(key: string): ChangeSubject | undefined {
  const parts = key.split("|");
  const chatId = Number(parts[1]);
  if (!Number.isSafeInteger(chatId)) return undefined;
  try {
    if (parts[0] === "c" && parts.length === 3) return { kind: "chat", chatId };
    if ((parts[0] === "o" || parts[0] === "r") && parts.length === 5) {
      return { kind: parts[0] === "o" ? "order" : "refill", chatId, panelId: decodeURIComponent(parts[2]!), id: decodeURIComponent(parts[3]!) };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

let counter = 0;
/** A suffix unique across instances: time, a per-process counter and random bits. */
function suffix(): string {
  counter = (counter + 1) % 1_679_616;
  return `${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(4).toString("hex")}`;
}

/** Notes per read (the leader reads again next cycle if more are waiting). */
export const FEED_READ_LIMIT = 50_000;

export class ChangeFeed {
  constructor(
    private readonly keyv: Keyv<number>,
    /** False: notes are not written (no poller reads them). */
    private readonly enabled = true,
  ) {}

  /** Notes that these subjects changed (one multi-key write). */
  async note(subjects: ChangeSubject[]): Promise<void> {
    if (!this.enabled || subjects.length === 0) return;
    await this.keyv.setMany(subjects.map((s) => ({ key: `${subjectKey(s)}|${suffix()}`, value: 1 })));
  }

  /** Up to `limit` notes waiting (unparsable keys are returned too, with no subject, to be consumed). */
  async read(limit = FEED_READ_LIMIT): Promise<Array<{ key: string; subject: ChangeSubject | undefined }>> {
    const iterator = this.keyv.iterator;
    if (!iterator) throw new Error("This storage backend cannot iterate");
    const out: Array<{ key: string; subject: ChangeSubject | undefined }> = [];
    for await (const [key] of iterator(undefined) as AsyncGenerator<[string, unknown]>) {
      out.push({ key, subject: parseSubject(key) });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Deletes notes once their subjects are re-read. */
  async consume(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) await this.keyv.deleteMany(keys.slice(i, i + 1000));
  }
}
