/**
 * `npm run bench`: runs every benchmark module bench/<name>.ts (each exports
 * `run(): Promise<BenchRow[]>`) and prints ONE table, headed by the machine (cores, CPU model),
 * the Node version and RSS.
 *
 * `npm run bench` compiles src/ and bench/ first (tsconfig.bench.json → dist-bench/, git-ignored)
 * and runs the JavaScript, like production runs dist/: no TypeScript loader in the measured
 * processes (tsx/esbuild alone cost ~35 MB of RSS and skew start-up and CPU figures). Run under
 * tsx (`npx tsx bench/index.ts`), it runs the .ts modules through tsx instead.
 *
 * Each module runs in its own child process (`node dist-bench/bench/index.js --one <name>`, with
 * the bot's V8 heap growing factor, see src/lib/heap.ts), one after the other: figures such as peak RSS or GC pauses of one module are not disturbed by
 * another's leftovers. Expected modules that do not exist are listed as skipped; a module that
 * fails or exceeds its time share is reported and the others still run. The whole run stays
 * under 3 minutes (BENCH_BUDGET_SECONDS, default 170).
 *
 * `--json` prints the rows as JSON instead of the table.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchModule, BenchRow } from "./types.js";
import { DEFAULT_HEAP_GROWING_PERCENT, NODE_FLAGS, tuneHeap } from "../src/lib/heap.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** ".js" when running the compiled benchmarks, ".ts" under tsx. */
const EXT = path.extname(fileURLToPath(import.meta.url));
/** Modules the project expects (others found in bench/ run too). */
const EXPECTED = ["updates", "status", "catalogue", "wizard", "tracking", "adaptive", "webapp"];
/** Not run by `npm run bench`: `scale` is long (`npm run bench:scale`). */
const NOT_MODULES = new Set(["index", "types", "scale", "child-rpc"]);
const RESULT_MARK = "@@BENCH_RESULT@@";

interface ModuleResult {
  name: string;
  rows: BenchRow[];
  rssMb: number;
  seconds: number;
  error?: string;
}

/** Child mode: run one module, print its rows and RSS as one marked JSON line. */
async function runOne(name: string): Promise<void> {
  // The module's process runs like the bot's (src/main.ts): same V8 heap growing factor.
  tuneHeap(Number(process.env.HEAP_GROWING_PERCENT ?? DEFAULT_HEAP_GROWING_PERCENT));
  const mod = (await import(pathToFileURL(path.join(HERE, `${name}${EXT}`)).href)) as Partial<BenchModule>;
  if (typeof mod.run !== "function") throw new Error(`bench/${name}${EXT} does not export run()`);
  const started = performance.now();
  const rows = await mod.run();
  const result: ModuleResult = {
    name,
    rows,
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}

function runChild(name: string, timeoutMs: number): Promise<ModuleResult> {
  const loader = pathToFileURL(path.join(HERE, "..", "node_modules", "tsx", "dist", "loader.mjs")).href;
  // Each module runs with the bot's own node flags (src/lib/heap.ts).
  const args = [...NODE_FLAGS, ...(EXT === ".ts" ? ["--import", loader] : []), fileURLToPath(import.meta.url), "--one", name];
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const line = out.split("\n").find((l) => l.startsWith(RESULT_MARK));
      if (line) {
        resolve(JSON.parse(line.slice(RESULT_MARK.length)) as ModuleResult);
        return;
      }
      const why = signal === "SIGKILL" ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exit code ${code}`;
      const detail = (err || out).trim().split("\n").slice(-3).join(" | ").slice(0, 300);
      resolve({ name, rows: [], rssMb: 0, seconds, error: `${why}${detail ? `: ${detail}` : ""}` });
    });
  });
}

/** "< 50", "<= 2000", ">= 500", "> 1" → whether value meets it; undefined when there is no target. */
export function meetsTarget(value: number, target: string | undefined): boolean | undefined {
  if (!target) return undefined;
  const m = /^\s*(<=|>=|<|>|=|==)\s*(-?[\d.,_]+)/.exec(target);
  if (!m) return undefined;
  const limit = Number(m[2]!.replace(/[,_]/g, ""));
  if (!Number.isFinite(limit)) return undefined;
  switch (m[1]) {
    case "<":
      return value < limit;
    case "<=":
      return value <= limit;
    case ">":
      return value > limit;
    case ">=":
      return value >= limit;
    default:
      return value === limit;
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function formatValue(v: number): string {
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  return String(v);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const one = args.indexOf("--one");
  if (one >= 0) {
    // A module measures the bot as it runs: with its node flags (src/lib/heap.ts). Started without
    // them (`node dist-bench/bench/index.js --one x`), run again with them.
    if (!NODE_FLAGS.every((f) => process.execArgv.includes(f))) {
      const child = spawn(process.execPath, [...NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
      process.exitCode = await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
      return;
    }
    await runOne(args[one + 1] ?? "");
    return;
  }
  const json = args.includes("--json");
  const budgetMs = (Number(process.env.BENCH_BUDGET_SECONDS) || 170) * 1000;
  const started = Date.now();

  const found = readdirSync(HERE)
    .filter((f) => f.endsWith(EXT) && !f.endsWith(".d.ts") && !f.startsWith("_"))
    .map((f) => f.slice(0, -EXT.length))
    .filter((n) => !NOT_MODULES.has(n));
  const order = [...EXPECTED.filter((n) => found.includes(n)), ...found.filter((n) => !EXPECTED.includes(n)).sort()];
  const missing = EXPECTED.filter((n) => !existsSync(path.join(HERE, `${n}${EXT}`)));

  const results: ModuleResult[] = [];
  for (const [i, name] of order.entries()) {
    const left = budgetMs - (Date.now() - started);
    // Share what is left among the modules still to run (at least 10 s each).
    const share = Math.max(10_000, Math.floor(left / (order.length - i)) + (i === order.length - 1 ? 0 : 20_000));
    if (left < 5_000) {
      results.push({ name, rows: [], rssMb: 0, seconds: 0, error: "not run: the 3-minute budget is used up" });
      continue;
    }
    if (!json) process.stderr.write(`bench: ${name} …\n`);
    const r = await runChild(name, Math.min(share, left));
    results.push(r);
    if (!json) process.stderr.write(`bench: ${name} ${r.error ? `FAILED (${r.error})` : `done in ${r.seconds} s`}\n`);
  }

  const rows = results.flatMap((r) => r.rows);
  if (json) {
    console.log(JSON.stringify({ machine: machine(results), rows, results: results.map(({ rows: _r, ...rest }) => rest), missing }, null, 2));
    return;
  }
  const m = machine(results);
  console.log("");
  console.log(`Machine: ${m.cores} cores, ${m.cpu}; Node ${m.node}; RSS: runner ${m.rssMb} MB, peak of the bench processes ${m.peakRssMb} MB`);
  console.log(`Total time: ${Math.round((Date.now() - started) / 1000)} s\n`);
  console.log(
    table(
      ["group", "name", "value", "unit", "target", "ok?"],
      rows.map((r) => {
        const ok = meetsTarget(r.value, r.target);
        return [r.group, r.name, formatValue(r.value), r.unit, r.target ?? "", ok === undefined ? "" : ok ? "yes" : "NO"];
      }),
    ),
  );
  const notes: string[] = [];
  for (const n of missing) notes.push(`bench/${n}.ts: not present (skipped)`);
  for (const r of results) if (r.error) notes.push(`bench/${r.name}.ts: ${r.error}`);
  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join("\n")}`);
  const failed = rows.filter((r) => meetsTarget(r.value, r.target) === false).length;
  console.log(`\n${rows.length} figures, ${failed} below target.`);
}

function machine(results: ModuleResult[]) {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: (cpus[0]?.model ?? "unknown CPU").replace(/\s+/g, " ").trim(),
    node: process.version,
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    peakRssMb: Math.max(0, ...results.map((r) => r.rssMb)),
  };
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
