/**
 * fast-check generators of what users can send: free text in any script, order IDs and lists of
 * them in every shape, links, markup look-alikes, commands with arguments, deep links, callback
 * data (well-formed for every feature's format, forged, and random) and inline queries.
 *
 * Generated texts never contain "undefined", "NaN", "[object …]" or "{$…}" and are never exactly
 * a Fluent message id, so that an echo of the input cannot be taken for a translation bug.
 */
import fc from "fast-check";
import { FLUENT_IDS, LEAK_RE } from "./invariants.js";

const usable = (s: string): boolean =>
  s.trim().length > 0 && s.length <= 4096 && !LEAK_RE.test(s) && !/null/i.test(s) && !FLUENT_IDS.has(s.trim());

/** Order-ID-like tokens: near the mock's seeded IDs, huge, negative, formatted, other digits. */
export const idToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 23495, max: 23530 }).map(String) },
  { weight: 2, arbitrary: fc.nat().map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -99999, max: -1 }).map(String) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "0",
      "00023501",
      "1e9",
      "0x5BCD",
      "23501.5",
      "23 501",
      "#23501",
      "№23501",
      "٢٣٥٠١",
      "２３５０１",
      "𝟐𝟑𝟓𝟎𝟏",
      "23501abc",
      "9".repeat(21),
      "9007199254740993",
      "+23501",
      "1_000",
      "Infinity",
    ),
  },
);

/** Lists of IDs with every separator people use. */
export const idList: fc.Arbitrary<string> = fc
  .tuple(fc.array(idToken, { minLength: 1, maxLength: 130 }), fc.constantFrom(" ", ",", ", ", "\n", " ,, ", ";", "\t", "|"))
  .map(([ids, sep]) => ids.join(sep));

/** Links: valid, broken, hostile. */
export const link: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    "https://instagram.com/p/abc",
    "https://instagram.com/partial-x",
    "instagram.com/x",
    "javascript:alert(1)",
    "https://",
    "http://127.0.0.1:1/",
    "ftp://files.example.com/a",
    "https://t.me/joinchat/AAAA",
    'https://example.com/"><b>x</b>',
    "https://exa mple.com",
    "tg://resolve?domain=x",
    `https://example.com/${"a".repeat(3000)}`,
    "https://пример.рф/путь",
  ),
);

/** Text that looks like markup of some parse mode, control and direction characters. */
export const markupish: fc.Arbitrary<string> = fc.constantFrom(
  "<b>",
  "</i>",
  "&amp;",
  "&",
  "<",
  ">",
  "a<b>c",
  '<a href="tg://user?id=1">x</a>',
  "*bold* _it_ `code` [x](http://a)",
  "\\",
  "||spoiler||",
  "\u0000",
  "\u202eevil",
  "\u200b",
  "🏳️‍🌈👨‍👩‍👧‍👦",
  "\n\n\n",
  "@smm_e2e_bot",
  "@panel_test_bot hi",
  "' OR 1=1 --",
  "${jndi:ldap://x}",
  "%s%s%n",
  "{{7*7}}",
  "{ $name }",
  "__proto__",
  "constructor",
  "toString",
);

/** Any text a user may type. */
export const freeText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 500, maxLength: 4096 }) },
    { weight: 3, arbitrary: idToken },
    { weight: 2, arbitrary: idList },
    { weight: 3, arbitrary: link },
    { weight: 2, arbitrary: markupish },
    { weight: 1, arbitrary: fc.array(fc.oneof(link, idToken, markupish), { minLength: 2, maxLength: 8 }).map((a) => a.join("\n")) },
  )
  .filter(usable);

/** An argument of a command. */
const arg: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: idToken },
  { weight: 2, arbitrary: idList },
  { weight: 1, arbitrary: link },
  { weight: 1, arbitrary: markupish },
  { weight: 1, arbitrary: fc.constantFrom("on", "off", "yes", "0", "1", "all", "-", "followers", "likes", "views") },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }) },
);

/** Every command the bot takes (the registry's names are checked against this list in handlers.test.ts). */
export const COMMANDS = [
  "start",
  "help",
  "connect",
  "setkey",
  "disconnect",
  "accounts",
  "balance",
  "language",
  "status",
  "orders",
  "refill",
  "refills",
  "cancel",
  "notifications",
  "track",
  "untrack",
  "settings",
  "services",
  "order",
  "app",
  "mass",
  "export",
];

/** Deep-link payloads of /start (groups link format, random). */
export const startPayload: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 2 ** 40 }), fc.stringMatching(/^[0-9a-z]{1,12}$/), fc.stringMatching(/^[A-Za-z0-9_-]{16}$/))
    .map(([chat, nonce, sig]) => `g${chat}_${nonce}_${sig}`),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
);

/** A command with arguments: "/status 23501 23502", "/order@panel_test_bot", "/start g1_a_…". */
export const command: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom(...COMMANDS), fc.constantFrom("", "", "", "@panel_test_bot", "@other_bot"), fc.array(arg, { maxLength: 3 }))
        .map(([c, at, args]) => [`/${c}${at}`, ...args].join(" ")),
    },
    { weight: 1, arbitrary: startPayload.map((p) => `/start ${p}`) },
    { weight: 1, arbitrary: fc.stringMatching(/^\/[A-Za-z0-9_]{1,40}$/) },
  )
  .filter(usable);

/** A message text: a command or free text. */
export const messageText: fc.Arbitrary<string> = fc.oneof({ weight: 1, arbitrary: command }, { weight: 1, arbitrary: freeText });

const digits = fc.oneof(fc.integer({ min: 23495, max: 23530 }).map(String), fc.stringMatching(/^\d{1,20}$/));
const panelId = fc.constantFrom("main", "other", "x", "a".repeat(24));

/** Callback data in the formats the features use, with wrong or random arguments. */
export const formattedData: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom("r", "f", "x", "X"), panelId, digits).map(([a, p, id]) => `o:${a}:${p}:${id}`),
  fc.tuple(panelId, digits).map(([p, id]) => `rf:${p}:${id}`),
  fc.tuple(fc.constantFrom("p", "r"), fc.integer({ min: 0, max: 999999 })).map(([a, n]) => `ol:${a}:${n}`),
  fc.tuple(panelId, digits).map(([p, id]) => `od:${p}:${id}`),
  fc.stringMatching(/^[a-z]{2,3}$/).map((l) => `lang:${l}`),
  fc
    .tuple(fc.constantFrom("c", "s", "q", "d"), fc.stringMatching(/^[\w-]{1,12}$/), fc.string({ minLength: 1, maxLength: 40 }))
    .map(([a, b, c]) => `sv:${a}:${b}:${c}`),
  digits.map((id) => `sv:o:${id}`),
  fc.constant("sv:noop"),
  fc.stringMatching(/^[a-z0-9]{12}$/).map((n) => `ow:ok:${n}`),
  fc.string({ minLength: 0, maxLength: 40 }).map((s) => `ow:${s}`),
  fc.tuple(fc.constantFrom("y", "n"), fc.stringMatching(/^[\w-]{8,16}$/)).map(([a, n]) => `oc:${a}:${n}`),
  fc.tuple(fc.constantFrom("n", "p"), fc.constantFrom("0", "1")).map(([a, b]) => `tset:${a}:${b}`),
  fc.constantFrom("conv:cancel", "connect:panel:main", "connect:panel:nope"),
);

/** Any callback data Telegram would deliver (1–64 bytes). */
export const callbackData: fc.Arbitrary<string> = fc
  .oneof({ weight: 3, arbitrary: formattedData }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 64 }) })
  .filter((d) => {
    const n = Buffer.byteLength(d, "utf8");
    return n >= 1 && n <= 64;
  });

/** Inline queries (≤ 256 characters). */
export const inlineQuery: fc.Arbitrary<string> = fc
  .oneof(
    fc.constant(""),
    idToken,
    idList.map((s) => s.slice(0, 256)),
    fc.string({ unit: "grapheme", maxLength: 256 }),
    markupish,
  )
  .filter((q) => q.length <= 256 && (q === "" || usable(q)));
