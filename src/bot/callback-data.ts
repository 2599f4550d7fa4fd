/**
 * Callback data codecs: every inline button's data is made and read by one codec, declared by the
 * feature that handles it. A codec knows
 *
 * - its prefix (unique across the bot) and its fields, each with a bounded pattern, so the longest
 *   possible datum is known when the codec is defined and checked against Telegram's 64 bytes;
 * - `pack(value)` → data, `unpack(data)` → value (or undefined), `filter` for
 *   `composer.callbackQuery(codec.filter, …)`;
 * - who may press it in a group (its audience): `everyone` (read-only: refresh, pages, details),
 *   `admin` (acts on the group's account or settings) or `starter` (a wizard's buttons: only the
 *   user whose update made the message). The group guard reads this instead of guessing from text.
 *
 * Field values are strings or numbers; data is `<prefix>:<field>:<field>…`, so no field may
 * contain ":" (the patterns below never match it). A prefix is one word, or two for the forms of
 * one feature's buttons (`sv:c`, `sv:s`, …).
 */

/** Telegram's limit on callback_data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

export type Audience = "everyone" | "admin" | "starter";

interface FieldSpec<V> {
  /** Regular expression source (no anchors, no capture groups). */
  readonly source: string;
  /** Longest encoded length, in bytes. */
  readonly maxBytes: number;
  /** A value of that longest length (for the codec test). */
  readonly longest: V;
  encode(value: V): string;
  decode(text: string): V;
}

/** Field kinds. */
export const field = {
  /** A non-negative integer of at most `digits` digits. */
  int(digits = 6): FieldSpec<number> {
    return { source: `\\d{1,${digits}}`, maxBytes: digits, longest: 10 ** digits - 1, encode: (v) => String(v), decode: (t) => Number(t) };
  },
  /**
   * An opaque identifier (order, refill, service, panel, token): letters, digits, `_`, `-`, `.`,
   * 1 to `max` characters.
   */
  id(max: number): FieldSpec<string> {
    return { source: `[A-Za-z0-9_.-]{1,${max}}`, maxBytes: max, longest: "Z".repeat(max), encode: (v) => v, decode: (t) => t };
  },
  /** One of a fixed set of short words. */
  oneOf<const W extends string>(...words: W[]): FieldSpec<W> {
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return {
      source: `(?:${escaped.join("|")})`,
      maxBytes: Math.max(...words.map((w) => Buffer.byteLength(w))),
      longest: words.reduce((a, b) => (Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a)),
      encode: (v) => v,
      decode: (t) => t as W,
    };
  },
  /** A boolean as 0/1. */
  flag(): FieldSpec<boolean> {
    return { source: "[01]", maxBytes: 1, longest: true, encode: (v) => (v ? "1" : "0"), decode: (t) => t === "1" };
  },
} as const;

type Fields = Record<string, FieldSpec<unknown>>;

/** A prefix: one word (`o`, `lang`) or two (`sv:c`, `ow:ok`): forms of one feature's buttons. */
const PREFIX_RE = /^[a-z][a-z0-9]{0,9}(?::[a-z0-9]{1,8})?$/i;
export type ValueOf<F extends Fields> = { [K in keyof F]: F[K] extends FieldSpec<infer V> ? V : never };

export interface CallbackCodec<V = unknown> {
  readonly prefix: string;
  /** Matches exactly the data this codec makes (for composer.callbackQuery). */
  readonly filter: RegExp;
  /** Longest datum this codec can make, in bytes (≤ 64, checked at definition). */
  readonly maxBytes: number;
  /** Who may press it in a group. */
  audienceOf(value: V): Audience;
  pack(value: V): string;
  unpack(data: string): V | undefined;
  /** Would `pack` accept this value (every field within its pattern)? */
  fits(value: V): boolean;
  /** The value whose datum is the longest this codec makes (every field at its longest). */
  longestValue(): V;
}

export interface CodecOptions<V> {
  /** Who may press it in a group: one audience, or one per value (e.g. refresh vs refill). */
  audience: Audience | ((value: V) => Audience);
}

/**
 * Defines a codec. Throws at definition time when the longest datum could exceed 64 bytes or the
 * prefix is malformed, so a bad codec fails at start (and in the codec test), not at a press.
 */
export function defineCallback<F extends Fields>(prefix: string, fields: F, options: CodecOptions<ValueOf<F>>): CallbackCodec<ValueOf<F>> {
  if (!PREFIX_RE.test(prefix)) throw new Error(`callback prefix "${prefix}" must be a word, or two joined by ":"`);
  const names = Object.keys(fields);
  const specs = names.map((n) => fields[n]!);
  const maxBytes = prefix.length + specs.reduce((sum, s) => sum + 1 + s.maxBytes, 0);
  if (maxBytes > CALLBACK_DATA_MAX_BYTES) throw new Error(`callback "${prefix}" can reach ${maxBytes} bytes (limit ${CALLBACK_DATA_MAX_BYTES})`);
  const filter = new RegExp(`^${prefix}${specs.map((s) => `:(${s.source})`).join("")}$`);
  const fieldRes = specs.map((s) => new RegExp(`^(?:${s.source})$`));
  const audience = options.audience;
  type V = ValueOf<F>;

  const codec: CallbackCodec<V> = {
    prefix,
    filter,
    maxBytes,
    audienceOf: (value) => (typeof audience === "function" ? audience(value) : audience),
    longestValue() {
      return Object.fromEntries(names.map((n, i) => [n, specs[i]!.longest])) as V;
    },
    fits(value) {
      return names.every((n, i) => fieldRes[i]!.test(specs[i]!.encode((value as Record<string, unknown>)[n])));
    },
    pack(value) {
      const parts = names.map((n, i) => {
        const text = specs[i]!.encode((value as Record<string, unknown>)[n]);
        if (!fieldRes[i]!.test(text)) throw new RangeError(`callback "${prefix}": field ${n} out of its pattern`);
        return text;
      });
      return parts.length ? `${prefix}:${parts.join(":")}` : prefix;
    },
    unpack(data) {
      const m = filter.exec(data);
      if (!m) return undefined;
      const value: Record<string, unknown> = {};
      names.forEach((n, i) => (value[n] = specs[i]!.decode(m[i + 1]!)));
      return value as V;
    },
  };
  return codec;
}

/** A codec of any value type (registries hold codecs of many). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds codecs of every value type
export type AnyCodec = CallbackCodec<any>;

/** The codecs of the whole bot, by prefix; duplicates are refused. */
export class CallbackRegistry {
  private readonly byPrefix = new Map<string, AnyCodec>();

  constructor(codecs: Iterable<AnyCodec> = []) {
    for (const c of codecs) this.add(c);
  }

  add(codec: AnyCodec): void {
    const existing = this.byPrefix.get(codec.prefix);
    if (existing && existing !== codec) throw new Error(`two callback codecs use the prefix "${codec.prefix}"`);
    this.byPrefix.set(codec.prefix, codec);
  }

  get all(): AnyCodec[] {
    return [...this.byPrefix.values()];
  }

  /** The codec that reads a datum (two-word prefixes first), or undefined (forged or stale data). */
  find(data: string): CallbackCodec<unknown> | undefined {
    const parts = data.split(":", 2);
    const candidates = parts.length > 1 ? [`${parts[0]!}:${parts[1]!}`, parts[0]!] : [parts[0]!];
    for (const prefix of candidates) {
      const codec = this.byPrefix.get(prefix) as CallbackCodec<unknown> | undefined;
      if (codec && codec.unpack(data) !== undefined) return codec;
    }
    return undefined;
  }

  /** The audience of a datum, or undefined when no codec reads it (forged or stale data). */
  audienceOf(data: string): Audience | undefined {
    const codec = this.find(data);
    const value = codec?.unpack(data);
    return codec && value !== undefined ? codec.audienceOf(value) : undefined;
  }
}
