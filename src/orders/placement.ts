/**
 * Exactly-once order placement, shared by the chat's ordering wizard and the Mini App (domain
 * layer: no Telegram UI here).
 *
 * `placeOrder` checks the placement record of the summary's placement id before calling `add`;
 * when one exists (double tap, redelivered update, replay after a crash, a second tab) it reports
 * the known result instead of sending again. A "sending" record without a final state means the
 * outcome is unknown: the order is never re-sent. Placed orders are tracked (storage.orders), so
 * /orders lists them and the tracker follows them.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "../logger.js";
import { PanelError, type PanelErrorKind } from "../panel/errors.js";
import type { PanelRegistry } from "../panel/registry.js";
import { effectiveQuantity } from "../panel/service-types.js";
import type { AddOrderInput, Decimal, Service } from "../panel/types.js";
import type { PlacementRecord, PlacementRepo } from "../storage/repos/placements.js";
import type { AccountRepo, OrderRepo, OwnerKey } from "../storage/types.js";
import type { ShortlistRepo } from "../storage/repos/shortlists.js";
import { DecryptionError } from "../storage/crypto.js";

/** What placement needs of the app's services (the bot's Deps fits). */
export interface PlacementDeps {
  storage: { accounts: AccountRepo; orders: OrderRepo; placements: PlacementRepo; shortlists: Pick<ShortlistRepo, "addRecent"> };
  panels: Pick<PanelRegistry, "find">;
  logger: Pick<Logger, "error">;
  now: () => number;
}

/** A failure, as data. `no_account`: the account was disconnected; `error`: a bug (logged). */
export interface ErrInfo {
  kind: PanelErrorKind | "no_account" | "account_unreadable" | "service_unavailable" | "error";
  reason?: string;
  panelMessage?: string;
}

/** Thrown when the owner has no (usable) account any more. */
export class NoAccountError extends Error {}
/** The service is listed but cannot be ordered (see catalogue/sanity.ts). */
export class UnorderableError extends Error {}

export function errInfo(deps: { logger: Pick<Logger, "error"> }, err: unknown): ErrInfo {
  if (err instanceof NoAccountError) return { kind: "no_account" };
  if (err instanceof DecryptionError) return { kind: "account_unreadable" };
  if (err instanceof UnorderableError) return { kind: "service_unavailable" };
  if (err instanceof PanelError) {
    return {
      kind: err.kind,
      ...(err.reason ? { reason: err.reason } : {}),
      ...(err.panelMessage ? { panelMessage: err.panelMessage } : {}),
    };
  }
  deps.logger.error(
    { err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) },
    "Order placement error",
  );
  return { kind: "error" };
}

/** What placement keeps of a service (the wizard's WizardService fits). */
export type PlacementService = Pick<Service, "id" | "name" | "type" | "min" | "max" | "refill" | "cancel" | "dripfeed">;

/** A new placement id: 12 characters of [a-z0-9]. */
export function newPlacementId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return [...randomBytes(12)].map((b) => alphabet[b % 36]).join("");
}

export type PlaceOutcome =
  { kind: "placed"; orderId: string; price?: Decimal; currency?: string } | { kind: "unknown" } | { kind: "failed"; err: ErrInfo };

export interface PlaceArgs {
  placementId: string;
  owner: OwnerKey;
  /** Which of the owner's accounts places it (omitted: the active one). */
  accountId?: string | undefined;
  chatId: number;
  service: PlacementService;
  input: AddOrderInput;
  price?: Decimal;
  currency?: string;
}

/** The answers of an order, kept for Repeat (without the service; long lists are kept whole). */
function repeatInput(input: AddOrderInput): Omit<AddOrderInput, "service"> {
  const { service: _service, ...rest } = input;
  return rest;
}

/** Placement ids being sent by this process (a second confirm in flight never sends again). */
const sending = new Set<string>();

/** The outcome a placement record stands for. */
export function outcomeOf(rec: PlacementRecord): PlaceOutcome {
  if (rec.state === "placed" && rec.orderId) {
    return {
      kind: "placed",
      orderId: rec.orderId,
      ...(rec.price !== undefined ? { price: rec.price } : {}),
      ...(rec.currency ? { currency: rec.currency } : {}),
    };
  }
  if (rec.state === "failed") return { kind: "failed", err: { kind: (rec.errorKind as ErrInfo["kind"]) ?? "error" } };
  return { kind: "unknown" };
}

/** The known result of a placement id, if any (for old Confirm buttons). */
export async function placementOutcome(deps: Pick<PlacementDeps, "storage">, placementId: string): Promise<PlaceOutcome | undefined> {
  const rec = await deps.storage.placements.get(placementId);
  return rec ? outcomeOf(rec) : undefined;
}

/**
 * Places the order of a confirmed summary at most once (see the module comment), and tracks it
 * on success so /orders lists it and the tracker follows it.
 */
export async function placeOrder(deps: PlacementDeps, args: PlaceArgs): Promise<PlaceOutcome> {
  if (sending.has(args.placementId)) return { kind: "unknown" };
  try {
    const existing = await deps.storage.placements.get(args.placementId);
    if (existing) return outcomeOf(existing);
  } catch (err) {
    return { kind: "failed", err: errInfo(deps, err) }; // nothing was sent
  }
  return send(deps, args);
}

async function send(deps: PlacementDeps, args: PlaceArgs): Promise<PlaceOutcome> {
  const { placementId: pid, service: svc } = args;
  let account: Awaited<ReturnType<typeof deps.storage.accounts.get>>;
  try {
    account = await deps.storage.accounts.get(args.owner, args.accountId);
  } catch (err) {
    return { kind: "failed", err: errInfo(deps, err) }; // nothing was sent (an unreadable key: reconnect)
  }
  const panel = account && deps.panels.find(account.panelId);
  if (!account || !panel) return { kind: "failed", err: { kind: "no_account" } };

  const base: Omit<PlacementRecord, "state" | "at"> = {
    chatId: args.chatId,
    owner: args.owner,
    accountId: account.id,
    panelId: account.panelId,
    serviceId: svc.id,
    ...(args.price !== undefined ? { price: args.price } : {}),
    ...(args.currency ? { currency: args.currency } : {}),
    // What was ordered, for the chat to recognise it if the outcome stays unknown (crash, no answer).
    serviceName: svc.name.slice(0, 200),
    ...((args.input.link ?? args.input.username) ? { link: String(args.input.link ?? args.input.username).slice(0, 300) } : {}),
    ...(effectiveQuantity(args.input, svc.type) !== undefined ? { quantity: effectiveQuantity(args.input, svc.type)! } : {}),
  };
  sending.add(pid);
  try {
    // Written before the call: if we crash after sending, a replay finds it and never resends.
    try {
      await deps.storage.placements.set(pid, { ...base, state: "sending", at: deps.now() });
    } catch (err) {
      return { kind: "failed", err: errInfo(deps, err) }; // nothing was sent
    }
    let orderId: string;
    try {
      orderId = (await panel.client.add(account.apiKey, { ...args.input, service: svc.id }, svc)).order;
    } catch (err) {
      const info = errInfo(deps, err);
      if (info.kind === "unknown_outcome" || info.kind === "error") {
        // Best effort: the "sending" record written before `add` already says "outcome unknown".
        await deps.storage.placements
          .set(pid, { ...base, state: "sending", errorKind: "unknown_outcome", at: deps.now() })
          .catch((e: unknown) => deps.logger.error({ err: String(e) }, "could not note an unknown outcome"));
        return { kind: "unknown" };
      }
      // A readable refusal: nothing was placed. If this write fails, the record stays "sending" (shown as unknown, never re-sent).
      await deps.storage.placements
        .set(pid, { ...base, state: "failed", errorKind: info.kind, at: deps.now() })
        .catch((e: unknown) => deps.logger.error({ err: String(e) }, "could not record a refused placement"));
      return { kind: "failed", err: info };
    }
    const now = deps.now();
    try {
      await deps.storage.placements.set(pid, { ...base, state: "placed", orderId, at: now });
    } catch (err) {
      deps.logger.error({ err: String(err), orderId }, "Could not record a placed order");
    }
    const quantity = effectiveQuantity(args.input, svc.type);
    const runs = svc.dripfeed && args.input.runs !== undefined ? args.input.runs : 1;
    const link = args.input.link ?? args.input.username;
    try {
      await deps.storage.orders.track({
        source: "bot",
        chatId: args.chatId,
        owner: args.owner,
        accountId: account.id,
        panelId: account.panelId,
        orderId,
        serviceId: svc.id,
        serviceName: svc.name,
        ...(link ? { link } : {}),
        ...(quantity !== undefined ? { quantity: quantity * runs } : {}),
        ...(args.price !== undefined ? { price: args.price } : {}),
        ...(args.currency ? { currency: args.currency } : {}),
        refillable: svc.refill,
        cancellable: svc.cancel,
        createdAt: now,
        input: repeatInput(args.input),
      });
      // Recently ordered services head the next /order (a failure here only loses that hint).
      await deps.storage.shortlists.addRecent(args.chatId, account.panelId, svc.id);
    } catch (err) {
      deps.logger.error({ err: String(err), orderId }, "Could not track a placed order");
    }
    return {
      kind: "placed",
      orderId,
      ...(args.price !== undefined ? { price: args.price } : {}),
      ...(args.currency ? { currency: args.currency } : {}),
    };
  } finally {
    sending.delete(pid);
  }
}
