/**
 * Batching of the multi-ID actions (status, refill, refill_status, cancel).
 *
 * IDs are chunked by {@link MAX_IDS_PER_CALL} per call and chunks run with limited concurrency;
 * every requested ID gets one `BatchItem`. What each panel understands is learned from its answers
 * and remembered in its {@link PanelCapabilities}:
 *
 * - a whole-call refusal of the multi form (a 200 with an error, or a 4xx with a JSON error such as
 *   "The order field is required.") means the panel wants one ID per call: the chunk is served one
 *   ID at a time, and once that works the action is served that way from then on;
 * - an answer saying the action itself does not exist ("This action is Invalid", "Invalid action",
 *   "The selected action is invalid.") means the panel does not offer it: every ID gets the
 *   `unsupported` error and later calls are not sent at all (see `PanelClient.supportsCancel`).
 *
 * `invalid_key` is thrown (it concerns every ID); the other errors stay per ID.
 */
import { PanelError, classifyPanelMessage, isUnknownActionMessage, panelErrorFromMessage, type PanelErrorKind } from "./errors.js";
import { isPanelId } from "./ids.js";
import type { MultiParsed, Parsed } from "./schemas.js";
import { READ_ONLY_ACTIONS } from "./transport.js";
import type { BatchItem } from "./types.js";

/** IDs per multi call (the panels' limit). */
export const MAX_IDS_PER_CALL = 100;

export interface BatchOptions {
  /** How many chunk calls run at once. Default 2 (1 for refill/cancel). */
  concurrency?: number;
}

export interface BatchSpec<T> {
  action: string;
  multiParam: string;
  singleParam: string;
  concurrency: number;
  parseMulti: (json: unknown) => MultiParsed<T>;
  parseSingle: (json: unknown) => Parsed<T>;
  missing: () => PanelError;
}

/** What one panel was seen to understand (per client, i.e. per panel URL). */
export class PanelCapabilities {
  /** Multi actions this panel only serves one ID at a time. */
  private readonly singleOnly = new Set<string>();
  /** Actions this panel does not offer at all. */
  private readonly unsupported = new Set<string>();

  isSingleOnly(action: string): boolean {
    return this.singleOnly.has(action);
  }
  markSingleOnly(action: string): void {
    this.singleOnly.add(action);
  }
  /** False once the panel has said it does not know `action`. */
  supports(action: string): boolean {
    return !this.unsupported.has(action);
  }
  markUnsupported(action: string): void {
    this.unsupported.add(action);
  }
}

/** What the batcher needs from the client. */
export interface BatchHost {
  readonly capabilities: PanelCapabilities;
  call(key: string, action: string, params: Record<string, string>, ids: number): Promise<unknown>;
  /** The parsed value, or the matching `PanelError` thrown. */
  read<T>(parsed: Parsed<T>, key: string, action: string): T;
  malformedError(action: string): PanelError;
}

/** The error every ID gets from a panel that does not offer `action`. */
export function unsupportedError(action: string, panelMessage?: string): PanelError {
  return new PanelError("invalid_input", `The panel does not support ${action}`, {
    reason: "unsupported",
    action,
    ...(panelMessage !== undefined ? { panelMessage } : {}),
  });
}

/** Runs a batch action over `ids` (see the module comment). */
export async function runBatch<T>(host: BatchHost, key: string, ids: readonly string[], spec: BatchSpec<T>): Promise<Map<string, BatchItem<T>>> {
  const result = new Map<string, BatchItem<T>>();
  const valid: string[] = [];
  const seen = new Set<string>();
  for (const raw of ids) {
    const id = String(raw).trim();
    if (seen.has(id)) continue;
    seen.add(id);
    if (isPanelId(id)) valid.push(id);
    else {
      const kind: PanelErrorKind = spec.action === "refill_status" ? "unknown_refill" : "unknown_order";
      result.set(id, { ok: false, error: new PanelError(kind, "Not a valid ID", { action: spec.action }) });
    }
  }
  // A panel known to lack cancelling is not asked again (the bot hides its cancel buttons).
  if (spec.action === "cancel" && !host.capabilities.supports("cancel")) {
    const e = unsupportedError(spec.action);
    for (const id of valid) result.set(id, { ok: false, error: e });
    return ordered(ids, result);
  }
  const chunks: string[][] = [];
  for (let i = 0; i < valid.length; i += MAX_IDS_PER_CALL) chunks.push(valid.slice(i, i + MAX_IDS_PER_CALL));
  // One chunk of every ID as given (the poller's case): its answer is already in the caller's order.
  if (chunks.length === 1 && result.size === 0 && valid.length === ids.length && valid.every((id, i) => id === ids[i])) {
    return runChunk(host, key, valid, spec);
  }

  let next = 0;
  let fatal: unknown;
  const worker = async (): Promise<void> => {
    while (fatal === undefined && next < chunks.length) {
      const chunk = chunks[next++] as string[];
      try {
        const items = await runChunk(host, key, chunk, spec);
        for (const [id, item] of items) result.set(id, item);
      } catch (e) {
        fatal ??= e;
      }
    }
  };
  const workers = Math.max(1, Math.min(spec.concurrency, chunks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a worker caught, as it was
  if (fatal !== undefined) throw fatal;
  return ordered(ids, result);
}

/** The items in the caller's order. */
function ordered<T>(ids: readonly string[], result: Map<string, BatchItem<T>>): Map<string, BatchItem<T>> {
  const out = new Map<string, BatchItem<T>>();
  for (const raw of ids) {
    const id = String(raw).trim();
    const item = result.get(id);
    if (item && !out.has(id)) out.set(id, item);
  }
  return out;
}

/** Every ID of the chunk with one error. */
function all<T>(chunk: readonly string[], error: PanelError): Map<string, BatchItem<T>> {
  return new Map(chunk.map((id) => [id, { ok: false, error }] as const));
}

/** Errors that concern the whole call, not the form of the request. */
const CALL_LEVEL: ReadonlySet<PanelErrorKind> = new Set(["rate_limited", "unavailable", "insufficient_funds", "unknown_outcome"]);

/** One chunk: the multi call, falling back to single calls for panels that need them. */
async function runChunk<T>(host: BatchHost, key: string, chunk: string[], spec: BatchSpec<T>): Promise<Map<string, BatchItem<T>>> {
  if (host.capabilities.isSingleOnly(spec.action)) return runSingles(host, key, chunk, spec);
  let json: unknown;
  try {
    json = await host.call(key, spec.action, { [spec.multiParam]: chunk.join(",") }, chunk.length);
  } catch (e) {
    if (!(e instanceof PanelError) || e.kind === "invalid_key") throw e;
    if (e.status !== undefined && e.status >= 400 && e.status < 500 && e.panelMessage !== undefined && !CALL_LEVEL.has(e.kind)) {
      // A 4xx whole-call refusal with a readable text: the action is unknown, or the multi form is.
      if (isUnknownActionMessage(e.panelMessage)) return unsupported(host, chunk, spec.action, e.panelMessage);
      return runSingles(host, key, chunk, spec, true);
    }
    return all(chunk, e);
  }
  const parsed = spec.parseMulti(json);
  if (parsed.type === "ok" && parsed.value.size > 0) {
    const out = new Map<string, BatchItem<T>>();
    for (const id of chunk) {
      const item = parsed.value.get(id);
      if (!item) out.set(id, { ok: false, error: spec.missing() });
      else if (item.ok)
        out.set(id, item); // the same shape: no copy
      else out.set(id, { ok: false, error: panelErrorFromMessage(item.message, { secret: key, action: spec.action }) });
    }
    return out;
  }
  // A single-order shape for a one-ID chunk ({"refill": "5"}, {"cancel": 1}, a bare status).
  if (chunk.length === 1) {
    const single = spec.parseSingle(json);
    if (single.type === "ok") return new Map([[chunk[0] as string, { ok: true, value: single.value }]]);
  }
  if (parsed.type === "error") {
    const cls = classifyPanelMessage(parsed.message);
    if (cls.kind === "invalid_key") throw panelErrorFromMessage(parsed.message, { secret: key, action: spec.action });
    if (CALL_LEVEL.has(cls.kind)) return all(chunk, panelErrorFromMessage(parsed.message, { secret: key, action: spec.action }));
    if (isUnknownActionMessage(parsed.message)) return unsupported(host, chunk, spec.action, parsed.message);
    // A panel that understands `orders` answers per ID; a whole-call refusal means it wants one ID.
    return runSingles(host, key, chunk, spec, true);
  }
  if (parsed.type === "ok") return all(chunk, spec.missing()); // empty answer: nothing mentioned
  return all(chunk, host.malformedError(spec.action));
}

function unsupported<T>(host: BatchHost, chunk: readonly string[], action: string, panelMessage?: string): Map<string, BatchItem<T>> {
  host.capabilities.markUnsupported(action);
  return all(chunk, unsupportedError(action, panelMessage));
}

/** Serves IDs one call each (sequential for actions that change things). */
async function runSingles<T>(
  host: BatchHost,
  key: string,
  chunk: string[],
  spec: BatchSpec<T>,
  probing = false,
): Promise<Map<string, BatchItem<T>>> {
  const out = new Map<string, BatchItem<T>>();
  const readOnly = READ_ONLY_ACTIONS.has(spec.action);
  let stop: PanelError | undefined;
  const one = async (id: string): Promise<void> => {
    if (stop) {
      out.set(id, { ok: false, error: stop });
      return;
    }
    try {
      const json = await host.call(key, spec.action, { [spec.singleParam]: id }, 1);
      out.set(id, { ok: true, value: host.read(spec.parseSingle(json), key, spec.action) });
    } catch (e) {
      if (!(e instanceof PanelError) || e.kind === "invalid_key") throw e;
      out.set(id, { ok: false, error: e });
      if (e.kind === "unavailable" || e.kind === "rate_limited" || e.kind === "unknown_outcome") {
        stop ??= new PanelError(e.kind === "rate_limited" ? "rate_limited" : "unavailable", "Not sent: the panel stopped answering", {
          action: spec.action,
          ...(e.problem === "blocked" ? { problem: "blocked" as const } : {}),
        });
      }
    }
  };
  const [first, ...rest] = chunk;
  if (first === undefined) return out;
  await one(first);
  const firstItem = out.get(first);
  if (probing && firstItem && !firstItem.ok) {
    const e = firstItem.error;
    const unknownAction = e.panelMessage !== undefined && isUnknownActionMessage(e.panelMessage);
    if (unknownAction || (e.kind === "invalid_input" && e.reason === "generic")) {
      // Neither form is understood: the panel does not offer this action.
      return unsupported(host, chunk, spec.action, e.panelMessage);
    }
  }
  if (readOnly) {
    let i = 0;
    const worker = async (): Promise<void> => {
      while (i < rest.length) await one(rest[i++] as string);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(spec.concurrency, rest.length)) }, worker));
  } else {
    for (const id of rest) await one(id);
  }
  // The multi form was refused but single calls work: remember it for this panel.
  if (probing && [...out.values()].some((item) => item.ok || item.error.kind === "unknown_order" || item.error.kind === "unknown_refill")) {
    host.capabilities.markSingleOnly(spec.action);
  }
  return out;
}
