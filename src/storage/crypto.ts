/**
 * Encryption at rest for secrets (panel API keys, conversation state): AES-256-GCM with a random
 * 12-byte IV per message and a 16-byte auth tag, in a versioned text format:
 *
 *     v1:<iv>:<tag>:<ciphertext>      (each part base64url, no padding)
 *
 * Optional associated data (e.g. the record's key) binds a ciphertext to where it is stored:
 * copied elsewhere, it no longer decrypts.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { inspect } from "node:util";
import { defaultLogger, type StorageLogger } from "./logger.js";

const VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const B64URL_RE = /^[A-Za-z0-9_-]*$/;

/** File name of the generated key inside the data folder. */
export const KEY_FILE_NAME = "encryption.key";

/** A value could not be decrypted: tampered with, truncated, or encrypted with another key. */
export class DecryptionError extends Error {
  override name = "DecryptionError";
}

/** The encryption key is malformed (ENCRYPTION_KEY or the key file). */
export class EncryptionKeyError extends Error {
  override name = "EncryptionKeyError";
}

function fromB64url(part: string): Buffer | undefined {
  return B64URL_RE.test(part) ? Buffer.from(part, "base64url") : undefined;
}

/**
 * Encrypts and decrypts short strings with one 32-byte key. Keys being rotated out
 * (ENCRYPTION_KEY_PREVIOUS) still decrypt: {@link open} says when a value was read with one of them,
 * so its owner can re-encrypt it with the current key. The keys are never exposed or printed.
 */
export class SecretBox {
  readonly #key: Buffer;
  readonly #previous: Buffer[];

  /**
   * @param key 32 bytes (see {@link loadEncryptionKey}); copied.
   * @param previous older keys, tried (in order) when the current one does not decrypt; copied.
   */
  constructor(key: Uint8Array, previous: readonly Uint8Array[] = []) {
    if (key.length !== KEY_BYTES) throw new EncryptionKeyError(`The encryption key must be ${KEY_BYTES} bytes, got ${key.length}`);
    for (const p of previous) {
      if (p.length !== KEY_BYTES) throw new EncryptionKeyError(`A previous encryption key must be ${KEY_BYTES} bytes, got ${p.length}`);
    }
    this.#key = Buffer.from(key);
    this.#previous = previous.map((p) => Buffer.from(p)).filter((p) => !p.equals(this.#key));
  }

  /** True when older keys are configured (values may need re-encrypting). */
  get rotating(): boolean {
    return this.#previous.length > 0;
  }

  /**
   * Encrypts `plain` into `v1:<iv>:<tag>:<ciphertext>`.
   * @param aad associated data that must be given again to decrypt (not stored).
   */
  encrypt(plain: string, aad?: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.#key, iv, { authTagLength: TAG_BYTES });
    if (aad !== undefined) cipher.setAAD(Buffer.from(aad, "utf8"));
    const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(":");
  }

  /**
   * Decrypts a string made by {@link encrypt} with the same key and associated data.
   * @throws DecryptionError when the format is wrong, the data was altered, or the key or `aad` differ.
   */
  decrypt(box: string, aad?: string): string {
    return this.open(box, aad).plain;
  }

  /**
   * Like {@link decrypt}, and says whether the value was encrypted with a previous key
   * (`stale`: re-encrypt it with {@link encrypt}).
   */
  open(box: string, aad?: string): { plain: string; stale: boolean } {
    const parts = box.split(":");
    if (parts.length !== 4 || parts[0] !== VERSION) {
      throw new DecryptionError(`Cannot decrypt: not a ${VERSION} encrypted value`);
    }
    const iv = fromB64url(parts[1]!);
    const tag = fromB64url(parts[2]!);
    const ciphertext = fromB64url(parts[3]!);
    if (!iv || iv.length !== IV_BYTES || !tag || tag.length !== TAG_BYTES || !ciphertext) {
      throw new DecryptionError("Cannot decrypt: malformed encrypted value");
    }
    const keys = [this.#key, ...this.#previous];
    for (let i = 0; i < keys.length; i++) {
      try {
        const decipher = createDecipheriv(ALGORITHM, keys[i]!, iv, { authTagLength: TAG_BYTES });
        if (aad !== undefined) decipher.setAAD(Buffer.from(aad, "utf8"));
        decipher.setAuthTag(tag);
        const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
        return { plain, stale: i > 0 };
      } catch {
        // try the next key
      }
    }
    throw new DecryptionError(
      "Cannot decrypt: the value was altered or was encrypted with another key (is ENCRYPTION_KEY the one used before?)",
    );
  }

  /** Keeps the key out of console.log / util.inspect output. */
  [inspect.custom](): string {
    return "SecretBox {}";
  }

  toJSON(): string {
    return "SecretBox";
  }
}

/**
 * Parses a 32-byte key given as 64 hex characters or as base64 / base64url (padding optional).
 * @throws EncryptionKeyError naming the accepted formats (never echoing the value).
 */
export function parseEncryptionKey(value: string, source = "ENCRYPTION_KEY"): Buffer {
  const v = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, "hex");
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(v)) {
    const key = Buffer.from(v.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_"), "base64url");
    if (key.length === KEY_BYTES) return key;
  }
  throw new EncryptionKeyError(
    `${source} must be 32 bytes written as 64 hex characters or as base64 (44 characters), e.g. from \`openssl rand -hex 32\``,
  );
}

/** Options of {@link loadEncryptionKey}. */
export interface LoadKeyOptions {
  /** ENCRYPTION_KEY as configured; when set it wins and no file is read or written. */
  encryptionKey?: string | undefined;
  /** The bot's data folder, holding `encryption.key` when no ENCRYPTION_KEY is set. */
  dataDir: string;
  /** Told when a key is generated or the key file is readable by others. Default: console. */
  logger?: StorageLogger;
}

/**
 * Returns the 32-byte encryption key: ENCRYPTION_KEY if set; else the key in
 * `<dataDir>/encryption.key`; else a new random key written there (mode 0600) with a warning.
 * Safe when several processes start at once: the file is created exclusively and re-read if another
 * process won.
 */
export async function loadEncryptionKey(opts: LoadKeyOptions): Promise<Buffer> {
  const logger = opts.logger ?? defaultLogger;
  if (opts.encryptionKey !== undefined && opts.encryptionKey.trim() !== "") {
    return parseEncryptionKey(opts.encryptionKey);
  }
  const file = path.join(opts.dataDir, KEY_FILE_NAME);
  const existing = await readKeyFile(file, logger);
  if (existing instanceof Buffer) return existing;

  await mkdir(opts.dataDir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  try {
    // "wx": never overwrite a key another process just wrote. An empty file (a crash between
    // creating and writing it, before any value could be encrypted) is replaced.
    await writeFile(file, `${key.toString("hex")}\n`, { mode: 0o600, flag: existing === "empty" ? "w" : "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      const raced = await readKeyFile(file, logger);
      if (raced instanceof Buffer) return raced;
    }
    throw error;
  }
  await chmod(file, 0o600).catch(() => undefined); // in case the umask dropped bits
  logger.warn(
    `ENCRYPTION_KEY is not set: generated a new encryption key in ${file}. ` +
      "Back this file up (or set ENCRYPTION_KEY to its content): without it the stored API keys cannot be decrypted.",
  );
  return key;
}

async function readKeyFile(file: string, logger: StorageLogger): Promise<Buffer | "missing" | "empty"> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  if (text.trim() === "") return "empty";
  const key = parseEncryptionKey(text, file);
  if (process.platform !== "win32") {
    const { mode } = await stat(file);
    if ((mode & 0o077) !== 0) logger.warn(`${file} is readable by other users: run \`chmod 600 ${file}\``);
  }
  return key;
}
