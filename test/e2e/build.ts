/**
 * Builds the bot once (`npm run build` → dist/) for the end-to-end suite.
 *
 * Every e2e file calls `ensureBuilt()` in its beforeAll. The first one builds; the others find a
 * fresh build stamp and return at once. A lock directory keeps parallel workers (and parallel
 * `vitest` runs of other engineers in the same tree) from building at the same time. The stamp is
 * a hash of the paths, sizes and mtimes of everything the build reads, so an edit to src/ after
 * the last build triggers a new one, and an unchanged tree is never rebuilt.
 *
 * Within one vitest run (all its workers share the parent process) dist/ is built at most once,
 * even if someone edits src/ meanwhile: a rebuild would rewrite dist/ under bots that other e2e
 * files are starting.
 *
 * A build that exits non-zero because of type errors still emits dist/ (tsc's default); that is
 * reported as a warning: `npm test` type-checks the whole project before running the suite.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST_MAIN = path.join(ROOT, "dist", "main.js");

const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "smmbot-e2e");
const STAMP = path.join(CACHE_DIR, "build-stamp");
const LOCK = path.join(CACHE_DIR, "build.lock");
const LOCK_STALE_MS = 5 * 60_000;
const BUILD_TIMEOUT_MS = 5 * 60_000;

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/** Hash of what the build reads (src/, tsconfigs, package.json). */
export function sourceFingerprint(): string {
  const files: string[] = [];
  walk(path.join(ROOT, "src"), files);
  for (const f of ["tsconfig.json", "tsconfig.build.json", "package.json"]) files.push(path.join(ROOT, f));
  files.sort();
  const h = createHash("sha256");
  for (const f of files) {
    try {
      const s = statSync(f);
      h.update(`${path.relative(ROOT, f)}:${s.size}:${s.mtimeMs}\n`);
    } catch {
      // vanished while walking (someone is editing): the next call sees the new state
    }
  }
  return h.digest("hex");
}

/** Identifies this vitest run: its workers are children of one process. */
const RUN_ID = `${process.ppid}`;

function isFresh(fingerprint: string): boolean {
  if (!existsSync(DIST_MAIN)) return false;
  try {
    const stamp = JSON.parse(readFileSync(STAMP, "utf8")) as { fingerprint?: string; runId?: string };
    return stamp.fingerprint === fingerprint || stamp.runId === RUN_ID;
  } catch {
    return false;
  }
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // removed by its owner meanwhile
    }
    return false;
  }
}

function runBuild(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`npm run build did not finish in ${BUILD_TIMEOUT_MS / 1000} s`));
    }, BUILD_TIMEOUT_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Builds dist/ unless it is up to date with src/. Safe to call from many workers at once. */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    if (isFresh(sourceFingerprint())) return;
    if (tryLock()) break;
    if (Date.now() > deadline) throw new Error(`e2e build: lock ${LOCK} held for too long`);
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    const before = sourceFingerprint();
    if (isFresh(before)) return;
    const { code, output } = await runBuild();
    if (!existsSync(DIST_MAIN)) throw new Error(`npm run build produced no dist/main.js (exit ${code}):\n${output}`);
    if (code !== 0) {
      console.warn(`[e2e] npm run build exited ${code}; testing what it emitted. First errors:\n${output.split("\n").slice(0, 15).join("\n")}`);
    }
    // Stamp what was built (if src/ changed during the build, the next call rebuilds).
    writeFileSync(STAMP, JSON.stringify({ fingerprint: before, runId: RUN_ID, builtAt: new Date().toISOString() }));
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
