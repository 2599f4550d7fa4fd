/**
 * The ordering wizard's I/O, each run inside conversation.external: they return small
 * JSON-serialisable results (never the API key, never the whole services list) and never throw
 * (errors come back as an ErrInfo).
 *
 * Exactly once: `placeOrder` (src/orders/placement.ts, shared with the Mini App) checks the
 * placement record of the summary's placement id before calling `add`; when one exists (double tap, redelivered update, replay after a crash) it reports
 * the known result instead of sending again. A "sending" record without a final state means the
 * outcome is unknown: the order is never re-sent.
 */
import { PanelError, type PanelErrorReason, type PanelErrorOptions } from "../../panel/errors.js";
import { accountScope, type Account, type OwnerKey } from "../../storage/types.js";
import type { CatalogueIndex } from "../../catalogue/catalogue-index.js";
import { categoryPageView, searchPageView, servicePageView, type CategoryPageView, type ServicePageView } from "../catalogue-views.js";
import { errInfo, newPlacementId, NoAccountError, UnorderableError, type ErrInfo } from "../../orders/placement.js";
import type { BaseContext } from "../context.js";
import type { Deps } from "../../deps.js";
import { panelErrorText } from "../panel-errors.js";
import { wizardService, type WizardService } from "./order-fields.js";
import type { Balance } from "../../panel/types.js";
import { lowBalanceAlert } from "../low-balance.js";

// Placement itself lives in the domain layer (shared with the Mini App); re-exported for the wizard.
export {
  errInfo,
  newPlacementId,
  placeOrder,
  placementOutcome,
  type ErrInfo,
  type PlaceArgs,
  type PlaceOutcome,
} from "../../orders/placement.js";

export type Result<T> = { ok: true; value: T } | { ok: false; err: ErrInfo };

/**
 * How a panel call of a user's step is waited for: within the update's time budget in the wizard
 * (budget.ts `withinBudget`: "still waiting" after 3 s, then `unavailable`), directly elsewhere.
 */
export type Wait = <T>(task: Promise<T>) => Promise<T>;
const direct: Wait = (task) => task;

/** The user-facing sentence of an ErrInfo. */
export function errText(ctx: Pick<BaseContext, "t">, info: ErrInfo): string {
  if (info.kind === "no_account") return ctx.t("account-missing");
  if (info.kind === "account_unreadable") return ctx.t("account-unreadable");
  if (info.kind === "service_unavailable") return ctx.t("services-card-unavailable");
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

/**
 * What the wizard's I/O works with: the services, the owner, and the owner's account read at most
 * once per update. The wizard makes one per run of its function, i.e. per update (a conversation
 * replays from the start on every update), so nothing is kept across updates: a key reconnected
 * between two steps is read again on the next one.
 */
export interface WizardIo {
  readonly deps: Deps;
  readonly owner: OwnerKey;
  /**
   * The owner's account the wizard works with (undefined when none): the one given, or the active
   * one until {@link pin} fixes it; the first call of the update reads it.
   */
  account(): Promise<Account | undefined>;
  /** From now on, this account (the wizard keeps the account it started with, whatever becomes active). */
  pin(accountId: string): void;
}

export function wizardIo(deps: Deps, owner: OwnerKey, accountId?: string): WizardIo {
  let read: Promise<Account | undefined> | undefined;
  let pinned = accountId;
  return {
    deps,
    owner,
    account() {
      read ??= deps.storage.accounts.get(owner, pinned).catch((err: unknown) => {
        read = undefined; // a failed read is not remembered
        throw err;
      });
      return read;
    },
    pin(id) {
      if (pinned === id) return;
      pinned = id;
      // What was read is that account only if it has that id.
      const before = read;
      read = before?.then((a) => (a?.id === id ? a : deps.storage.accounts.get(owner, id)));
    },
  };
}

export interface AccountInfo {
  /** The account the wizard works with from start to confirm. */
  id: string;
  panelId: string;
  currency?: string;
}

/** The account without its key (null when none is connected). */
export async function accountInfo(io: WizardIo): Promise<AccountInfo | null> {
  const a = await io.account();
  if (!a || !io.deps.panels.has(a.panelId)) return null;
  return { id: a.id, panelId: a.panelId, ...(a.currency ? { currency: a.currency } : {}) };
}

async function loadIndex(io: WizardIo, wait: Wait): Promise<CatalogueIndex> {
  const a = await io.account();
  if (!a || !io.deps.panels.has(a.panelId)) throw new NoAccountError();
  return wait(io.deps.catalogue.get(a.panelId, a.apiKey, accountScope(io.owner, a.id)));
}

/** What a navigation button leads to. `stale`: the list changed since the button was made. */
export type NavView = { kind: "categories"; view: CategoryPageView; stale?: boolean } | { kind: "services"; view: ServicePageView };

export function categoriesNav(io: WizardIo, version: string | undefined, page: number, wait: Wait = direct): Promise<Result<NavView>> {
  return attempt(io.deps, async () => {
    const index = await loadIndex(io, wait);
    if (version !== undefined && version !== index.version) return { kind: "categories", view: categoryPageView(index, 0), stale: true };
    return { kind: "categories", view: categoryPageView(index, page) };
  });
}

export function servicesNav(io: WizardIo, version: string, category: number, page: number, wait: Wait = direct): Promise<Result<NavView>> {
  return attempt(io.deps, async () => {
    const index = await loadIndex(io, wait);
    const view = version === index.version ? servicePageView(index, category, page) : undefined;
    return view ? { kind: "services", view } : { kind: "categories", view: categoryPageView(index, 0), stale: true };
  });
}

export function searchNav(io: WizardIo, query: string, page: number, wait: Wait = direct): Promise<Result<NavView>> {
  return attempt(io.deps, async () => ({ kind: "services", view: searchPageView(await loadIndex(io, wait), query, page) }));
}

/** The service with this id (null when the panel no longer lists it). */
export function findService(io: WizardIo, id: string, wait: Wait = direct): Promise<Result<WizardService | null>> {
  return attempt(io.deps, async () => {
    const index = await loadIndex(io, wait);
    const s = index.service(id);
    if (s && index.problem(id)) throw new UnorderableError();
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
export async function shortlistRows(io: WizardIo, chatId: number, wait: Wait = direct): Promise<ShortlistRow[]> {
  const deps = io.deps;
  try {
    const a = await io.account();
    if (!a || !deps.panels.has(a.panelId)) return [];
    const list = await deps.storage.shortlists.get(chatId, a.panelId);
    if (list.favourites.length === 0 && list.recent.length === 0) return [];
    const index = await wait(deps.catalogue.get(a.panelId, a.apiKey, accountScope(io.owner, a.id)));
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

export interface SummaryData {
  placementId: string;
  balance?: Balance;
  balanceError?: ErrInfo;
  /** The chat's low-balance threshold, when the balance is below it (and no alert went out today). */
  lowBalance?: string;
}

/** For the summary: a new placement id and the current balance (or why it is unknown). */
export async function prepareSummary(io: WizardIo, chatId?: number, wait: Wait = direct): Promise<SummaryData> {
  const deps = io.deps;
  const placementId = newPlacementId();
  const r = await attempt(deps, async () => {
    const a = await io.account();
    const panel = a && deps.panels.find(a.panelId);
    if (!a || !panel) throw new NoAccountError();
    return wait(panel.client.balance(a.apiKey));
  });
  if (!r.ok) return { placementId, balanceError: r.err };
  const low = chatId !== undefined ? await lowBalanceAlert(deps, chatId, r.value.balance) : undefined;
  return { placementId, balance: r.value, ...(low ? { lowBalance: low } : {}) };
}
