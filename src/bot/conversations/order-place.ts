/**
 * The ordering wizard's I/O, each run inside conversation.external: they return small
 * JSON-serialisable results (never the API key, never the whole services list) and never throw
 * (errors come back as an ErrInfo).
 *
 * Exactly once: `placeOrder` checks the placement record of the summary's placement id before
 * calling `add`; when one exists (double tap, redelivered update, replay after a crash) it reports
 * the known result instead of sending again. A "sending" record without a final state means the
 * outcome is unknown: the order is never re-sent.
 */
import { randomBytes } from "node:crypto";
import { PanelError, type PanelErrorKind, type PanelErrorReason, type PanelErrorOptions } from "../../panel/errors.js";
import { effectiveQuantity } from "../../panel/service-types.js";
import type { AddOrderInput, Balance, Decimal } from "../../panel/types.js";
import type { PlacementRecord } from "../../storage/repos/placements.js";
import type { OwnerKey } from "../../storage/types.js";
import type { CatalogueIndex } from "../../catalogue/catalogue-index.js";
import { categoryPageView, searchPageView, servicePageView, type CategoryPageView, type ServicePageView } from "../catalogue-views.js";
import type { BaseContext } from "../context.js";
import type { Deps } from "../../deps.js";
import { panelErrorText } from "../panel-errors.js";
import { wizardService, type WizardService } from "./order-fields.js";
import { lowBalanceAlert } from "../low-balance.js";

/** A failure, as data. `no_account`: the account was disconnected; `error`: a bug (logged). */
export interface ErrInfo {
  kind: PanelErrorKind | "no_account" | "error";
  reason?: string;
  panelMessage?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; err: ErrInfo };

class NoAccountError extends Error {}

export function errInfo(deps: Pick<Deps, "logger">, err: unknown): ErrInfo {
  if (err instanceof NoAccountError) return { kind: "no_account" };
  if (err instanceof PanelError) {
    return {
      kind: err.kind,
      ...(err.reason ? { reason: err.reason } : {}),
      ...(err.panelMessage ? { panelMessage: err.panelMessage } : {}),
    };
  }
  deps.logger.error({ err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, "Order wizard error");
  return { kind: "error" };
}

/** The user-facing sentence of an ErrInfo. */
export function errText(ctx: Pick<BaseContext, "t">, info: ErrInfo): string {
  if (info.kind === "no_account") return ctx.t("account-missing");
  if (info.kind === "error") return ctx.t("error-generic");
  const options: PanelErrorOptions = {
    ...(info.reason ? { reason: info.reason as PanelErrorReason } : {}),
    ...(info.panelMessage ? { panelMessage: info.panelMessage } : {}),
  };
  return panelErrorText(ctx, new PanelError(info.kind, undefined, options));
}

async function attempt<T>(deps: Deps, task: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await task() };
  } catch (err) {
    return { ok: false, err: errInfo(deps, err) };
  }
}

export interface AccountInfo {
  panelId: string;
  currency?: string;
}

/** The owner's account without its key (null when none is connected). */
export async function accountInfo(deps: Deps, owner: OwnerKey): Promise<AccountInfo | null> {
  const a = await deps.storage.accounts.get(owner);
  if (!a || !deps.panels.has(a.panelId)) return null;
  return a.currency ? { panelId: a.panelId, currency: a.currency } : { panelId: a.panelId };
}

async function loadIndex(deps: Deps, owner: OwnerKey): Promise<CatalogueIndex> {
  const a = await deps.storage.accounts.get(owner);
  if (!a || !deps.panels.has(a.panelId)) throw new NoAccountError();
  return deps.catalogue.get(a.panelId, a.apiKey);
}

/** What a navigation button leads to. `stale`: the list changed since the button was made. */
export type NavView =
  | { kind: "categories"; view: CategoryPageView; stale?: boolean }
  | { kind: "services"; view: ServicePageView };

export function categoriesNav(deps: Deps, owner: OwnerKey, version: string | undefined, page: number): Promise<Result<NavView>> {
  return attempt(deps, async () => {
    const index = await loadIndex(deps, owner);
    if (version !== undefined && version !== index.version) return { kind: "categories", view: categoryPageView(index, 0), stale: true };
    return { kind: "categories", view: categoryPageView(index, page) };
  });
}

export function servicesNav(deps: Deps, owner: OwnerKey, version: string, category: number, page: number): Promise<Result<NavView>> {
  return attempt(deps, async () => {
    const index = await loadIndex(deps, owner);
    const view = version === index.version ? servicePageView(index, category, page) : undefined;
    return view ? { kind: "services", view } : { kind: "categories", view: categoryPageView(index, 0), stale: true };
  });
}

export function searchNav(deps: Deps, owner: OwnerKey, query: string, page: number): Promise<Result<NavView>> {
  return attempt(deps, async () => ({ kind: "services", view: searchPageView(await loadIndex(deps, owner), query, page) }));
}

/** The service with this id (null when the panel no longer lists it). */
export function findService(deps: Deps, owner: OwnerKey, id: string): Promise<Result<WizardService | null>> {
  return attempt(deps, async () => {
    const s = (await loadIndex(deps, owner)).service(id);
    return s ? wizardService(s) : null;
  });
}

/** A service offered on the first screen of the wizard (⭐ favourite or 🕘 recently ordered). */
export interface ShortlistRow {
  id: string;
  name: string;
  type: string;
  rate: string;
  favourite: boolean;
}

/** Most services offered above the categories. */
export const SHORTLIST_MAX = 6;

/** The chat's favourite, then recently ordered services that the panel still lists (never throws). */
export async function shortlistRows(deps: Deps, owner: OwnerKey, chatId: number): Promise<ShortlistRow[]> {
  try {
    const a = await deps.storage.accounts.get(owner);
    if (!a || !deps.panels.has(a.panelId)) return [];
    const list = await deps.storage.shortlists.get(chatId, a.panelId);
    if (list.favourites.length === 0 && list.recent.length === 0) return [];
    const index = await deps.catalogue.get(a.panelId, a.apiKey);
    const rows: ShortlistRow[] = [];
    const seen = new Set<string>();
    const add = (id: string, favourite: boolean) => {
      const s = rows.length < SHORTLIST_MAX && !seen.has(id) ? index.service(id) : undefined;
      if (!s) return;
      seen.add(id);
      rows.push({ id: s.id, name: s.name, type: s.type, rate: s.rate, favourite });
    };
    for (const id of list.favourites) add(id, true);
    for (const id of list.recent) add(id, false);
    return rows;
  } catch (err) {
    deps.logger.debug({ err: String(err) }, "shortlist unavailable");
    return [];
  }
}

/** A new placement id: 12 characters of [a-z0-9]. */
export function newPlacementId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return [...randomBytes(12)].map((b) => alphabet[b % 36]).join("");
}

export interface SummaryData {
  placementId: string;
  balance?: Balance;
  balanceError?: ErrInfo;
  /** The chat's low-balance threshold, when the balance is below it (and no alert went out today). */
  lowBalance?: string;
}

/** For the summary: a new placement id and the current balance (or why it is unknown). */
export async function prepareSummary(deps: Deps, owner: OwnerKey, chatId?: number): Promise<SummaryData> {
  const placementId = newPlacementId();
  const r = await attempt(deps, async () => {
    const a = await deps.storage.accounts.get(owner);
    const panel = a && deps.panels.find(a.panelId);
    if (!a || !panel) throw new NoAccountError();
    return panel.client.balance(a.apiKey);
  });
  if (!r.ok) return { placementId, balanceError: r.err };
  const low = chatId !== undefined ? await lowBalanceAlert(deps, chatId, r.value.balance) : undefined;
  return { placementId, balance: r.value, ...(low ? { lowBalance: low } : {}) };
}

export type PlaceOutcome =
  | { kind: "placed"; orderId: string; price?: Decimal; currency?: string }
  | { kind: "unknown" }
  | { kind: "failed"; err: ErrInfo };

export interface PlaceArgs {
  placementId: string;
  owner: OwnerKey;
  chatId: number;
  service: WizardService;
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

function outcomeOf(rec: PlacementRecord): PlaceOutcome {
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
export async function placementOutcome(deps: Deps, placementId: string): Promise<PlaceOutcome | undefined> {
  const rec = await deps.storage.placements.get(placementId);
  return rec ? outcomeOf(rec) : undefined;
}

/**
 * Places the order of a confirmed summary at most once (see the module comment), and tracks it
 * on success so /orders lists it and the tracker follows it.
 */
export async function placeOrder(deps: Deps, args: PlaceArgs): Promise<PlaceOutcome> {
  if (sending.has(args.placementId)) return { kind: "unknown" };
  try {
    const existing = await deps.storage.placements.get(args.placementId);
    if (existing) return outcomeOf(existing);
  } catch (err) {
    return { kind: "failed", err: errInfo(deps, err) }; // nothing was sent
  }
  return send(deps, args);
}

async function send(deps: Deps, args: PlaceArgs): Promise<PlaceOutcome> {
  const { placementId: pid, service: svc } = args;
  const account = await deps.storage.accounts.get(args.owner).catch(() => undefined);
  const panel = account && deps.panels.find(account.panelId);
  if (!account || !panel) return { kind: "failed", err: { kind: "no_account" } };

  const base: Omit<PlacementRecord, "state" | "at"> = {
    chatId: args.chatId,
    owner: args.owner,
    panelId: account.panelId,
    serviceId: svc.id,
    ...(args.price !== undefined ? { price: args.price } : {}),
    ...(args.currency ? { currency: args.currency } : {}),
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
        await deps.storage.placements
          .set(pid, { ...base, state: "sending", errorKind: "unknown_outcome", at: deps.now() })
          .catch(() => undefined);
        return { kind: "unknown" };
      }
      await deps.storage.placements.set(pid, { ...base, state: "failed", errorKind: info.kind, at: deps.now() }).catch(() => undefined);
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
