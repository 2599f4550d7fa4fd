/** The command registry and the callback codecs, as the bot builds them from its features. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLBACK_DATA_MAX_BYTES, CallbackRegistry, defineCallback, field } from "../../src/bot/callback-data.js";
import { CommandRegistry } from "../../src/bot/commands.js";
import { Harness } from "../helpers/harness.js";
import { COMMANDS } from "../fuzz/arbitraries.js";

let h: Harness;
beforeAll(async () => {
  h = await Harness.create({ noPanel: true });
});
afterAll(async () => {
  await h.close();
});

describe("callback codecs", () => {
  it("every codec's longest datum fits Telegram's 64 bytes and reads back", () => {
    const codecs = h.bot.callbacks.all;
    expect(codecs.length).toBeGreaterThan(20);
    for (const codec of codecs) {
      const value = codec.longestValue();
      const data = codec.pack(value);
      expect(Buffer.byteLength(data), codec.prefix).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
      expect(Buffer.byteLength(data), codec.prefix).toBe(codec.maxBytes);
      expect(codec.unpack(data), codec.prefix).toEqual(value);
      expect(codec.filter.test(data), codec.prefix).toBe(true);
      // Exactly one codec reads it: no two features can take the same press.
      expect(
        codecs.filter((c) => c.unpack(data) !== undefined).map((c) => c.prefix),
        codec.prefix,
      ).toEqual([codec.prefix]);
      expect(h.bot.callbacks.find(data), codec.prefix).toBe(codec);
    }
  });

  it("refuses a codec that could exceed 64 bytes, a bad prefix and a reused prefix", () => {
    expect(() => defineCallback("big", { a: field.id(40), b: field.id(20) }, { audience: "everyone" })).toThrow(/64/);
    expect(() => defineCallback("no spaces", {}, { audience: "everyone" })).toThrow(/prefix/);
    const a = defineCallback("dup", {}, { audience: "everyone" });
    const b = defineCallback("dup", {}, { audience: "admin" });
    expect(() => new CallbackRegistry([a, b])).toThrow(/dup/);
  });

  it("packs opaque IDs, refuses values outside their pattern and data with extra parts", () => {
    const codec = defineCallback("t", { id: field.id(35), n: field.int(3) }, { audience: "everyone" });
    expect(codec.pack({ id: "ord_01HG9X7KJP4N", n: 7 })).toBe("t:ord_01HG9X7KJP4N:7");
    expect(codec.unpack("t:ord_01HG9X7KJP4N:7")).toEqual({ id: "ord_01HG9X7KJP4N", n: 7 });
    expect(codec.fits({ id: "x".repeat(36), n: 1 })).toBe(false);
    expect(() => codec.pack({ id: "a:b", n: 1 })).toThrow(RangeError);
    expect(() => codec.pack({ id: "ok", n: 1000 })).toThrow(RangeError);
    for (const bad of ["t:a:1:2", "t:a", "t::1", "t:a:b", "T:a:1", "t:<b>:1", "t:a:1\n"]) expect(codec.unpack(bad), bad).toBeUndefined();
  });
});

describe("command registry", () => {
  it("has every command the bot takes, once, with a menu description in every locale", () => {
    expect([...h.bot.commands.names].sort()).toEqual([...COMMANDS].sort());
    const i18n = (h.bot as unknown as { commands: CommandRegistry }).commands;
    for (const kind of ["private", "group"] as const) {
      const menu = i18n.menu(kind);
      expect(menu.length).toBeGreaterThan(5);
      expect(new Set(menu.map((s) => s.name)).size).toBe(menu.length);
    }
  });

  it("refuses a command declared twice (also as an alias)", () => {
    expect(
      () =>
        new CommandRegistry([
          { name: "a", chats: ["private"] },
          { name: "b", aliases: ["a"], chats: ["private"] },
        ]),
    ).toThrow(/twice/);
  });

  it("feeds /help from the registry in private chats and groups", async () => {
    const [privateHelp] = Harness.texts(await h.text({ id: 4242, is_bot: false, first_name: "Ann", language_code: "en" }, "/help"));
    for (const spec of h.bot.commands.menu("private")) expect(privateHelp).toContain(`/${spec.name}`);
    expect(privateHelp).toContain("/setkey");
  });
});
