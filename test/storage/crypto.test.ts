import { randomBytes } from "node:crypto";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  DecryptionError,
  EncryptionKeyError,
  KEY_FILE_NAME,
  loadEncryptionKey,
  parseEncryptionKey,
  SecretBox,
} from "../../src/storage/crypto.js";
import { tempDir } from "./backends.js";

const SECRET = "api-key-4b1d5e7f90c2a3b4c5d6e7f8";

describe("SecretBox", () => {
  const box = new SecretBox(randomBytes(32));

  it("round-trips, including unicode and empty strings", () => {
    for (const plain of [SECRET, "", "ключ 🔑 ключ", "x".repeat(10_000)]) {
      expect(box.decrypt(box.encrypt(plain))).toBe(plain);
    }
  });

  it("uses the compact versioned format with a fresh 12-byte IV each time", () => {
    const a = box.encrypt(SECRET);
    const b = box.encrypt(SECRET);
    expect(a).not.toBe(b);
    const parts = a.split(":");
    expect(parts).toHaveLength(4);
    expect(parts[0]).toBe("v1");
    for (const p of parts.slice(1)) expect(p).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(parts[1]!, "base64url")).toHaveLength(12);
    expect(Buffer.from(parts[2]!, "base64url")).toHaveLength(16);
    expect(a).not.toContain(SECRET);
  });

  it("detects any altered part, and never puts the plaintext in the error", () => {
    const sealed = box.encrypt(SECRET);
    const [v, iv, tag, ct] = sealed.split(":") as [string, string, string, string];
    const flip = (s: string): string => {
      const bytes = Buffer.from(s, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString("base64url");
    };
    const altered = [
      [v, flip(iv), tag, ct],
      [v, iv, flip(tag), ct],
      [v, iv, tag, flip(ct)],
      [v, iv, tag, ct.slice(0, -2)],
      ["v2", iv, tag, ct],
      [v, iv, tag],
      [v, "!!", tag, ct],
    ].map((p) => p.join(":"));
    for (const bad of [...altered, "", "plain text", SECRET]) {
      let error: unknown;
      try {
        box.decrypt(bad);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(DecryptionError);
      expect((error as Error).message).not.toContain(SECRET);
      expect((error as Error).message).toMatch(/Cannot decrypt/);
    }
  });

  it("fails with another key", () => {
    const sealed = box.encrypt(SECRET);
    expect(() => new SecretBox(randomBytes(32)).decrypt(sealed)).toThrow(/altered or was encrypted with another key/);
  });

  it("binds associated data", () => {
    const sealed = box.encrypt(SECRET, "account:u:1");
    expect(box.decrypt(sealed, "account:u:1")).toBe(SECRET);
    expect(() => box.decrypt(sealed, "account:u:2")).toThrow(DecryptionError);
    expect(() => box.decrypt(sealed)).toThrow(DecryptionError);
  });

  it("rejects keys that are not 32 bytes and never prints its key", () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(EncryptionKeyError);
    const key = Buffer.alloc(32, 7);
    const b = new SecretBox(key);
    key.fill(0); // the box keeps its own copy
    expect(b.decrypt(b.encrypt("x"))).toBe("x");
    expect(inspect(b)).toBe("SecretBox {}");
    expect(JSON.stringify({ b })).toBe('{"b":"SecretBox"}');
    expect(inspect(b, { showHidden: true })).not.toContain("0707");
  });
});

describe("parseEncryptionKey", () => {
  const raw = randomBytes(32);

  it("accepts 64 hex characters (any case, surrounding spaces)", () => {
    expect(parseEncryptionKey(raw.toString("hex"))).toEqual(raw);
    expect(parseEncryptionKey(` ${raw.toString("hex").toUpperCase()}\n`)).toEqual(raw);
  });

  it("accepts base64 and base64url of 32 bytes, with or without padding", () => {
    expect(parseEncryptionKey(raw.toString("base64"))).toEqual(raw);
    expect(parseEncryptionKey(raw.toString("base64").replace(/=+$/, ""))).toEqual(raw);
    expect(parseEncryptionKey(raw.toString("base64url"))).toEqual(raw);
  });

  it("rejects anything else with a clear message that does not echo the value", () => {
    const wrong = [
      "",
      "secret",
      raw.toString("hex").slice(0, 63),
      `${raw.toString("hex")}00`,
      "g".repeat(64),
      randomBytes(31).toString("base64"),
      randomBytes(33).toString("base64"),
      "correct horse battery staple correct horse battery",
    ];
    for (const value of wrong) {
      let error: unknown;
      try {
        parseEncryptionKey(value);
      } catch (e) {
        error = e;
      }
      expect(error, value).toBeInstanceOf(EncryptionKeyError);
      expect((error as Error).message).toMatch(/ENCRYPTION_KEY must be 32 bytes written as 64 hex characters or as base64/);
      if (value) expect((error as Error).message).not.toContain(value);
    }
  });
});

describe("loadEncryptionKey", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const keyFile = (): string => path.join(dir, KEY_FILE_NAME);

  it("uses ENCRYPTION_KEY when set, and writes no file", async () => {
    const raw = randomBytes(32);
    const warn = vi.fn();
    const key = await loadEncryptionKey({ encryptionKey: raw.toString("base64"), dataDir: dir, logger: { warn } });
    expect(key).toEqual(raw);
    await expect(stat(keyFile())).rejects.toThrow(/ENOENT/);
    expect(warn).not.toHaveBeenCalled();
  });

  it("throws a clear error on a malformed ENCRYPTION_KEY instead of falling back to the file", async () => {
    await expect(loadEncryptionKey({ encryptionKey: "not-a-key", dataDir: dir })).rejects.toThrow(EncryptionKeyError);
  });

  it("generates a 0600 key file once (with a warning), then reuses it silently", async () => {
    const warn = vi.fn();
    const nested = path.join(dir, "nested", "data");
    const first = await loadEncryptionKey({ dataDir: nested, logger: { warn } });
    expect(first).toHaveLength(32);
    const file = path.join(nested, KEY_FILE_NAME);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, "utf8")).trim()).toBe(first.toString("hex"));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/generated a new encryption key/);
    expect(warn.mock.calls[0]![0]).not.toContain(first.toString("hex"));

    const again = await loadEncryptionKey({ dataDir: nested, logger: { warn } });
    expect(again).toEqual(first);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("gives every concurrent caller the same key", async () => {
    const keys = await Promise.all(Array.from({ length: 5 }, () => loadEncryptionKey({ dataDir: dir, logger: { warn: () => undefined } })));
    for (const k of keys) expect(k).toEqual(keys[0]);
  });

  it("reads a key file in base64 too, and rejects a corrupt one", async () => {
    const raw = randomBytes(32);
    await writeFile(keyFile(), raw.toString("base64"), { mode: 0o600 });
    expect(await loadEncryptionKey({ dataDir: dir })).toEqual(raw);
    await writeFile(keyFile(), "garbage", { mode: 0o600 });
    await expect(loadEncryptionKey({ dataDir: dir })).rejects.toThrow(new RegExp(`${KEY_FILE_NAME} must be 32 bytes`));
  });

  it("replaces an empty key file", async () => {
    await writeFile(keyFile(), "", { mode: 0o600 });
    const key = await loadEncryptionKey({ dataDir: dir, logger: { warn: () => undefined } });
    expect((await readFile(keyFile(), "utf8")).trim()).toBe(key.toString("hex"));
  });

  it("warns when the key file is readable by others", async () => {
    await writeFile(keyFile(), randomBytes(32).toString("hex"), { mode: 0o644 });
    const warn = vi.fn();
    await loadEncryptionKey({ dataDir: dir, logger: { warn } });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/readable by other users/));
  });
});
