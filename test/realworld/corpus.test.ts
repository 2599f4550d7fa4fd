/**
 * The client's contract with real panels: every answer in test/realworld/corpus/*.json (answers
 * real panel scripts and services send, each with its public source) is served over a local HTTP
 * server to the real PanelClient, which must read it with the recorded meaning — the value, or the
 * error's kind, reason, problem and details.
 *
 * Corpus entry: `call` (client method), `args`, `answers` (HTTP answers in the order the client will
 * ask; the last one repeats), `expect`: `{value}` | `{error}` | `{items}` (batch calls, per ID), with
 * `supportsCancel` when the answer teaches the client about the panel's cancel action.
 */
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PanelClient } from "../../src/panel/client.js";
import { PanelError } from "../../src/panel/errors.js";
import type { AddOrderInput, BatchItem } from "../../src/panel/types.js";

interface Answer {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string;
}
interface ExpectedError {
  kind: string;
  problem: string;
  reason?: string;
  details?: Record<string, unknown>;
}
type Expected = { value: unknown } | { error: ExpectedError };
interface Entry {
  id: string;
  call: string;
  args?: { id?: string; ids?: string[] } & Partial<AddOrderInput>;
  answers: Answer[];
  expect: Expected | { items: Record<string, Expected>; supportsCancel?: boolean };
  source?: Record<string, string>;
  note?: string;
}
interface CorpusFile {
  script: string;
  source: Record<string, string>;
  answers: Entry[];
}

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "corpus");
const KEY = "corpus-key-7f3a9c2e51";
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f, data: JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as CorpusFile }));

/** Serves the queued answers in order (the last one repeats) and records the requests. */
function panelServer() {
  let queue: Answer[] = [];
  let served = 0;
  const requests: URLSearchParams[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
      const a = queue[Math.min(served, queue.length - 1)] as Answer;
      served += 1;
      const body = a.body ?? JSON.stringify(a.json);
      res.writeHead(a.status, { "content-type": "application/json", ...a.headers, "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  return {
    server,
    requests,
    serve(answers: Answer[]) {
      queue = answers;
      served = 0;
      requests.length = 0;
    },
  };
}

async function run(client: PanelClient, e: Entry): Promise<unknown> {
  const a = e.args ?? {};
  switch (e.call) {
    case "balance":
      return client.balance(KEY);
    case "services":
      return client.services(KEY);
    case "add": {
      const { id: _i, ids: _s, ...input } = a;
      return client.add(KEY, input as AddOrderInput);
    }
    case "status":
      return client.status(KEY, a.id as string);
    case "statuses":
      return client.statuses(KEY, a.ids as string[]);
    case "refill":
      return client.refill(KEY, a.id as string);
    case "refills":
      return client.refills(KEY, a.ids as string[]);
    case "refill_status":
      return client.refillStatus(KEY, a.id as string);
    case "refill_statuses":
      return client.refillStatuses(KEY, a.ids as string[]);
    case "cancel":
      return client.cancel(KEY, a.ids as string[]);
    default:
      throw new Error(`corpus: unknown call ${e.call}`);
  }
}

function checkError(err: unknown, want: ExpectedError, where: string): void {
  expect(err, where).toBeInstanceOf(PanelError);
  const pe = err as PanelError;
  const got: Record<string, unknown> = { kind: pe.kind, problem: pe.problem };
  if (want.reason !== undefined) got.reason = pe.reason;
  expect(got, where).toEqual({ kind: want.kind, problem: want.problem, ...(want.reason !== undefined ? { reason: want.reason } : {}) });
  if (want.details) expect(pe.details, where).toMatchObject(want.details);
  // Never the key, and never a raw key-like code alone as the panel's text.
  expect(JSON.stringify(pe), where).not.toContain(KEY);
}

function checkOne(got: { ok: true; value: unknown } | { ok: false; error: unknown }, want: Expected, where: string): void {
  if ("error" in want) {
    expect(got.ok, `${where}: expected an error`).toBe(false);
    if (!got.ok) checkError(got.error, want.error, where);
  } else {
    expect(got.ok, `${where}: expected a value, got ${got.ok ? "" : String(got.error)}`).toBe(true);
    if (got.ok) {
      if (typeof want.value === "object" && want.value !== null && !Array.isArray(want.value))
        expect(got.value, where).toMatchObject(want.value);
      else expect(got.value, where).toEqual(want.value);
    }
  }
}

describe("real-world corpus", () => {
  const srv = panelServer();
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => srv.server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(srv.server.address() as AddressInfo).port}/api/v2`;
  });
  afterAll(async () => {
    srv.server.closeAllConnections();
    await new Promise<void>((resolve) => srv.server.close(() => resolve()));
  });

  it("holds at least 80 answers from at least 10 scripts, each with a public source", () => {
    const entries = files.flatMap((f) => f.data.answers.map((a) => ({ file: f, a })));
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(files.map((f) => f.data.script)).size).toBeGreaterThanOrEqual(10);
    const ids = new Set<string>();
    for (const { file, a } of entries) {
      expect(ids.has(a.id), `duplicate id ${a.id}`).toBe(false);
      ids.add(a.id);
      const src = { ...file.data.source, ...a.source };
      expect(Boolean(src.url || src.repo || src.index), `${a.id} has no source`).toBe(true);
    }
  });

  for (const { name, data } of files) {
    describe(`${data.script} (${name})`, () => {
      for (const e of data.answers) {
        it(e.id, async () => {
          srv.serve(e.answers);
          const client = new PanelClient({ url, timeoutMs: 3000, retries: 0, backoffMs: 1 });
          try {
            let result: { ok: true; value: unknown } | { ok: false; error: unknown };
            try {
              result = { ok: true, value: await run(client, e) };
            } catch (err) {
              result = { ok: false, error: err };
            }
            const want = e.expect;
            if ("items" in want) {
              expect(result.ok, `${e.id}: a batch call throws only for a bad key`).toBe(true);
              const map = (result as { value: Map<string, BatchItem<unknown>> }).value;
              expect([...map.keys()].sort()).toEqual(Object.keys(want.items).sort());
              for (const [id, w] of Object.entries(want.items)) checkOne(map.get(id) as BatchItem<unknown>, w, `${e.id}[${id}]`);
              if (want.supportsCancel !== undefined) expect(client.supportsCancel).toBe(want.supportsCancel);
            } else {
              checkOne(result, want, e.id);
            }
            // The key travels in the body only, and every request names the action.
            for (const r of srv.requests) expect(r.get("key")).toBe(KEY);
            // Money safety: an add is sent exactly once, whatever the answer.
            if (e.call === "add") expect(srv.requests.length).toBe(1);
          } finally {
            await client.close();
          }
        });
      }
    });
  }
});
