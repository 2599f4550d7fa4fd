/**
 * The storage backends the suites run on: SQLite always (temp dir); Redis when REDIS_URL is set;
 * PostgreSQL when DATABASE_URL is set. Each storage gets a unique namespace prefix, and
 * `dispose()` deletes everything written under it and closes the connection.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createKeyvStore, createStorage, NAMESPACES, type CreateStorageOptions, type KeyvStore, type Storage } from "../../src/storage/index.js";

export interface BackendCase {
  name: "sqlite" | "redis" | "postgres";
  /** Why it is skipped, or undefined when it runs. */
  skip: string | undefined;
  /** The storage URL for a data dir. */
  url(dir: string): string;
}

export const BACKENDS: BackendCase[] = [
  { name: "sqlite", skip: undefined, url: (dir) => `sqlite://${path.join(dir, "bot.sqlite")}` },
  {
    name: "redis",
    skip: process.env.REDIS_URL ? undefined : "REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)",
    url: () => process.env.REDIS_URL ?? "",
  },
  {
    name: "postgres",
    skip: process.env.DATABASE_URL ? undefined : "DATABASE_URL is not set (e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)",
    url: () => process.env.DATABASE_URL ?? "",
  },
];

/** Prints, once per test file, which backends are skipped and why. */
export function noteSkipped(file: string): void {
  for (const b of BACKENDS) {
    if (b.skip) console.warn(`[${file}] ${b.name} storage tests SKIPPED: ${b.skip}`);
  }
}

/** 64 hex characters: a fixed test key. */
export const TEST_KEY = "0f".repeat(32);

/** A unique namespace prefix for one storage in one test run. */
export function uniquePrefix(): string {
  return `t${Date.now().toString(36)}${randomBytes(4).toString("hex")}-`;
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "storage-test-"));
}

/** Extra namespaces the tests write to (cleared on dispose too). */
export const TEST_NAMESPACES = ["a", "b", "orders", "orderstate", "big", "ttl", "adapter-plain", "adapter-secret"];

export interface TestStorage {
  storage: Storage;
  dir: string;
  prefix: string;
  dispose(): Promise<void>;
}

/** Opens a Storage on a backend with a fresh data dir and namespace prefix. */
export async function openTestStorage(backend: BackendCase, extra: Partial<CreateStorageOptions> = {}): Promise<TestStorage> {
  const dir = await tempDir();
  const prefix = uniquePrefix();
  const storage = await createStorage({
    url: backend.url(dir),
    dataDir: dir,
    encryptionKey: TEST_KEY,
    namespacePrefix: prefix,
    logger: { warn: () => undefined },
    ...extra,
  });
  const t: TestStorage = {
    storage,
    dir,
    prefix,
    async dispose() {
      // `this.storage`: a test may have replaced it (closed and reopened).
      await clearAll(this.storage.keyv);
      await this.storage.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** Opens a bare KeyvStore on a backend with a fresh prefix. */
export async function openTestKeyvStore(backend: BackendCase): Promise<{ store: KeyvStore; dispose(): Promise<void> }> {
  const dir = await tempDir();
  const store = await createKeyvStore(backend.url(dir), { namespacePrefix: uniquePrefix(), logger: { warn: () => undefined } });
  return {
    store,
    async dispose() {
      await clearAll(store);
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function clearAll(store: KeyvStore): Promise<void> {
  for (const ns of new Set<string>([...NAMESPACES, ...TEST_NAMESPACES])) {
    await store.namespace(ns).clear();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
