/**
 * The Mini App's JSON API (under `<base>/api/`). Every call is authenticated by the init data
 * (auth.ts) and acts only for that user: their own account (owner `u:<id>`, as in the private
 * chat) and the orders tracked in their private chat (chat id = user id). The API key never
 * leaves the server. Order fields go through the same field table and service-type rules as the
 * chat wizard, and Confirm through the same exactly-once placement (src/orders/placement.ts).
 */
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Api } from "grammy";
import type { Deps } from "../deps.js";
import { createI18n, LOCALES_DIR, type BotI18n } from "../bot/i18n.js";
import type { CatalogueIndex } from "../catalogue/catalogue-index.js";
import { lookupStatuses } from "../orders/status-lookup.js";
import { canCancel, canRefill } from "../orders/actions.js";
import { outcomeOf, placeOrder, type PlaceOutcome } from "../orders/placement.js";
import { PanelError } from "../panel/errors.js";
import { compareDecimal, formatMoney } from "../panel/money.js";
import { estimateCost, fieldsForService, validateAddInput } from "../panel/service-types.js";
import { isFinalOrderStatus } from "../panel/status.js";
import type { AddOrderInput, OrderStatus } from "../panel/types.js";
import { accountScope, userOwner, type Account, type OwnerKey } from "../storage/types.js";
import {
  FLAG_CANCEL,
  FLAG_DESCRIPTION,
  FLAG_DRIPFEED,
  FLAG_REFILL,
  type AccountView,
  type ActionAnswer,
  type ApiError,
  type ApiErrorCode,
  type BalanceAnswer,
  type CatalogueAnswer,
  type MeAnswer,
  type OrderAnswer,
  type OrderRow,
  type OrdersAnswer,
  type RefreshAnswer,
  type ServiceAnswer,
  type ServiceTuple,
} from "./api-types.js";
import type { WebAppUser } from "./auth.js";
import { acceptsGzip, BodyError, readJson, sendJson } from "./http.js";
import { orderActionSchema, orderRequestSchema, refreshSchema, serviceIdSchema } from "./schemas.js";

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: Omit<ApiError["error"], "code" | "message"> = {},
  ) {
    super(message);
  }
}

const RTL = new Set(["ar", "fa", "he", "ur"]);
const MAX_BODY = 256 * 1024;

export interface ApiOptions {
  /** Bot API handle: the chat's confirmation message after a placed order. */
  api?: Pick<Api, "sendMessage">;
}

interface Caller {
  user: WebAppUser;
  owner: OwnerKey;
  chatId: number;
}

interface Active {
  owner: OwnerKey;
  account: Account;
  client: NonNullable<ReturnType<Deps["panels"]["find"]>>["client"];
  panelName: string;
}

/** The API's state: the bot's i18n for chat messages, caches, orders being placed. */
export class WebAppApi {
  private i18nInstance: BotI18n | undefined;
  private readonly ftlCache = new Map<string, string>();
  private readonly catalogueCache = new WeakMap<CatalogueIndex, { raw: Buffer; gzip: Buffer }>();
  /** Placements in flight in this process: a second request with the same id waits for the first. */
  private readonly placing = new Map<string, { owner: OwnerKey; done: Promise<PlaceOutcome> }>();
  private locales: string[] | undefined;

  constructor(
    private readonly deps: Deps,
    private readonly options: ApiOptions,
  ) {}

  private get i18n(): BotI18n {
    return (this.i18nInstance ??= createI18n(this.deps.config.defaultLocale));
  }

  private availableLocales(): string[] {
    return (this.locales ??= readdirSync(LOCALES_DIR).filter((n) => statSync(path.join(LOCALES_DIR, n)).isDirectory()));
  }

  /** The user's language: /language choice, else the Telegram language when we have it, else the default. */
  private async languageOf(caller: Caller): Promise<string> {
    const locales = this.availableLocales();
    const prefs = await this.deps.storage.prefs.get(caller.chatId).catch(() => undefined); // no prefs: the Telegram language
    if (prefs?.language && locales.includes(prefs.language)) return prefs.language;
    const lang = caller.user.languageCode ?? prefs?.detectedLanguage;
    if (lang && locales.includes(lang)) return lang;
    return locales.includes(this.deps.config.defaultLocale) ? this.deps.config.defaultLocale : "en";
  }

  /** The app's Fluent source of a language (its own texts, status words, the wizard's field labels). */
  private ftl(lang: string): string {
    let text = this.ftlCache.get(lang);
    if (text === undefined) {
      text = ["webapp.ftl", "status.ftl", "order.ftl"]
        .map((f) => path.join(LOCALES_DIR, lang, f))
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f, "utf8"))
        .join("\n");
      this.ftlCache.set(lang, text);
    }
    return text;
  }

  private async active(caller: Caller): Promise<Active> {
    const account = await this.deps.storage.accounts.get(caller.owner);
    const panel = account && this.deps.panels.find(account.panelId);
    if (!account || !panel) throw new ApiFailure(409, "no_account", "No panel account connected: send /connect to the bot");
    return { owner: caller.owner, account, client: panel.client, panelName: panel.name };
  }

  private async index(active: Active): Promise<CatalogueIndex> {
    return this.deps.catalogue.get(active.account.panelId, active.account.apiKey, accountScope(active.owner, active.account.id));
  }

  /** Handles `<base>/api/<route>`. */
  async handle(req: http.IncomingMessage, res: http.ServerResponse, route: string, user: WebAppUser, query: URLSearchParams): Promise<void> {
    const caller: Caller = { user, owner: userOwner(user.id), chatId: user.id };
    const method = req.method ?? "GET";
    const get = method === "GET" || method === "HEAD";
    try {
      if (get && route === "me") return sendJson(req, res, 200, await this.me(caller));
      if (get && route === "catalogue") return await this.catalogue(req, res, caller);
      if (get && route === "service") return sendJson(req, res, 200, await this.service(caller, query.get("id")));
      if (get && route === "balance") return sendJson(req, res, 200, await this.balance(caller));
      if (get && route === "orders") return sendJson(req, res, 200, await this.orders(caller));
      if (method === "POST") {
        const body = await readJson(req, MAX_BODY);
        if (route === "order") return sendJson(req, res, 200, await this.order(caller, body));
        if (route === "orders/refresh") return sendJson(req, res, 200, await this.refresh(caller, body));
        if (route === "orders/refill") return sendJson(req, res, 200, await this.refill(caller, body));
        if (route === "orders/cancel") return sendJson(req, res, 200, await this.cancel(caller, body));
      }
      throw new ApiFailure(404, "not_found", "No such API call");
    } catch (err) {
      if (err instanceof ApiFailure) {
        sendJson(req, res, err.status, { error: { code: err.code, message: err.message, ...err.extra } } satisfies ApiError);
        return;
      }
      if (err instanceof PanelError) {
        const body: ApiError = {
          error: { code: "panel", message: "The panel failed", kind: err.kind, ...(err.reason ? { reason: err.reason } : {}) },
        };
        sendJson(req, res, 502, body);
        return;
      }
      if (err instanceof BodyError) {
        sendJson(req, res, err.status, { error: { code: "bad_request", message: err.message } } satisfies ApiError);
        return;
      }
      this.deps.logger.error(
        { route, err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) },
        "Web app API error",
      );
      sendJson(req, res, 500, { error: { code: "internal", message: "Internal error" } } satisfies ApiError);
    }
  }

  private async me(caller: Caller): Promise<MeAnswer> {
    const lang = await this.languageOf(caller);
    const ftl = [this.ftl(lang)];
    if (lang !== "en") ftl.push(this.ftl("en"));
    const accounts: AccountView[] = [];
    const account = await this.deps.storage.accounts.get(caller.owner);
    const panel = account && this.deps.panels.find(account.panelId);
    if (account && panel) {
      accounts.push({
        owner: caller.owner,
        panelId: account.panelId,
        panelName: panel.name,
        ...(account.currency ? { currency: account.currency } : {}),
        active: true,
      });
    }
    return { user: { id: caller.user.id, firstName: caller.user.firstName }, lang, dir: RTL.has(lang) ? "rtl" : "ltr", ftl, accounts };
  }

  /** The whole list, compact (one tuple per service, categories by index), gzip'ed once per version. */
  private async catalogue(req: http.IncomingMessage, res: http.ServerResponse, caller: Caller): Promise<void> {
    const index = await this.index(await this.active(caller));
    const etag = `"${index.version}"`;
    // Always revalidated (no-cache), and the answer depends only on the list version (the ETag):
    // a browser may keep it across openings (new init data each time), so no Vary: Authorization.
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag, "cache-control": "private, no-cache", vary: "Accept-Encoding" }).end();
      return;
    }
    let cached = this.catalogueCache.get(index);
    if (!cached) {
      const raw = Buffer.from(JSON.stringify(catalogueAnswer(index)));
      cached = { raw, gzip: gzipSync(raw, { level: 6 }) };
      this.catalogueCache.set(index, cached);
    }
    const gzip = acceptsGzip(req);
    const body = gzip ? cached.gzip : cached.raw;
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": String(body.length),
      "cache-control": "private, no-cache",
      etag,
      vary: "Accept-Encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  private async service(caller: Caller, id: string | null): Promise<ServiceAnswer> {
    const parsed = serviceIdSchema.safeParse(id);
    if (!parsed.success) throw new ApiFailure(400, "bad_request", "id must be a service ID");
    const s = (await this.index(await this.active(caller))).service(parsed.data);
    if (!s) throw new ApiFailure(404, "unknown_service", "No such service in this account's catalogue");
    return { ...s };
  }

  private async balance(caller: Caller): Promise<BalanceAnswer> {
    const a = await this.active(caller);
    return a.client.balance(a.account.apiKey);
  }

  private async orders(caller: Caller): Promise<OrdersAnswer> {
    const { total, items } = await this.deps.storage.orders.listByChat(caller.chatId, { limit: 500 });
    return {
      total,
      items: items.map(({ order: o, state }): OrderRow => {
        const last = state?.last;
        return {
          orderId: o.orderId,
          panelId: o.panelId,
          ...(o.serviceId ? { serviceId: o.serviceId } : {}),
          ...(o.serviceName ? { serviceName: o.serviceName } : {}),
          ...(o.link ? { link: o.link } : {}),
          ...(o.quantity !== undefined ? { quantity: o.quantity } : {}),
          ...(o.price !== undefined ? { price: o.price } : {}),
          ...(o.currency ? { currency: o.currency } : {}),
          createdAt: o.createdAt,
          ...(last ? statusFields(last) : {}),
          final: state?.final ?? false,
          canRefill: canRefill(last?.status, o),
          canCancel: canCancel(last?.status, o),
        };
      }),
    };
  }

  /** The chat's tracked orders among `ids` on the active account's panel (others: unknown_order). */
  private async ownOrders(caller: Caller, panelId: string, ids: string[]) {
    const metas = await Promise.all(ids.map((id) => this.deps.storage.orders.get(caller.chatId, panelId, id)));
    const missing = ids.filter((_, i) => !metas[i]);
    if (missing.length > 0) throw new ApiFailure(404, "unknown_order", `Not one of your orders: ${missing.slice(0, 5).join(", ")}`);
    return metas.map((m) => m!);
  }

  private async refresh(caller: Caller, body: unknown): Promise<RefreshAnswer> {
    const parsed = refreshSchema.safeParse(body);
    if (!parsed.success) throw new ApiFailure(400, "bad_request", parsed.error.issues[0]?.message ?? "bad body");
    const a = await this.active(caller);
    const ids = [...new Set(parsed.data.ids)];
    const metas = await this.ownOrders(caller, a.account.panelId, ids);
    const items = await lookupStatuses(a.client, a.account.apiKey, ids, { now: this.deps.now });
    const statuses: RefreshAnswer["statuses"] = {};
    ids.forEach((id, i) => {
      const item = items.get(id);
      if (!item) statuses[id] = { error: "error" };
      else if (!item.ok) statuses[id] = { error: item.error.kind };
      else {
        const meta = metas[i];
        statuses[id] = {
          ...statusFields(item.value),
          status: item.value.status,
          final: isFinalOrderStatus(item.value.status),
          canRefill: canRefill(item.value.status, meta),
          canCancel: canCancel(item.value.status, meta),
        };
      }
    });
    return { statuses };
  }

  private async refill(caller: Caller, body: unknown): Promise<ActionAnswer> {
    const parsed = orderActionSchema.safeParse(body);
    if (!parsed.success) throw new ApiFailure(400, "bad_request", parsed.error.issues[0]?.message ?? "bad body");
    const a = await this.active(caller);
    const id = parsed.data.orderId;
    await this.ownOrders(caller, a.account.panelId, [id]);
    try {
      const refillId = await a.client.refill(a.account.apiKey, id);
      await this.deps.storage.refills.track({
        chatId: caller.chatId,
        owner: caller.owner,
        accountId: a.account.id,
        panelId: a.account.panelId,
        refillId,
        orderId: id,
        createdAt: this.deps.now(),
      });
      return { ok: true, refillId };
    } catch (err) {
      if (err instanceof PanelError) return { ok: false, kind: err.kind, ...(err.reason ? { reason: err.reason } : {}) };
      throw err;
    }
  }

  private async cancel(caller: Caller, body: unknown): Promise<ActionAnswer> {
    const parsed = orderActionSchema.safeParse(body);
    if (!parsed.success) throw new ApiFailure(400, "bad_request", parsed.error.issues[0]?.message ?? "bad body");
    const a = await this.active(caller);
    const id = parsed.data.orderId;
    await this.ownOrders(caller, a.account.panelId, [id]);
    let item;
    try {
      item = (await a.client.cancel(a.account.apiKey, [id])).get(id);
    } catch (err) {
      if (err instanceof PanelError) return { ok: false, kind: err.kind, ...(err.reason ? { reason: err.reason } : {}) };
      throw err;
    }
    if (!item) return { ok: false, kind: "error" };
    if (!item.ok) return { ok: false, kind: item.error.kind, ...(item.error.reason ? { reason: item.error.reason } : {}) };
    return { ok: true };
  }

  private async order(caller: Caller, body: unknown): Promise<OrderAnswer> {
    const parsed = orderRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiFailure(400, "bad_request", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
    }
    const { placementId } = parsed.data;
    // One placement per id in this process: a second request (double tap, retry, another tab)
    // registered while the first runs waits for the first's result. Registered synchronously.
    const running = this.placing.get(placementId);
    if (running) {
      if (running.owner !== caller.owner) throw new ApiFailure(403, "forbidden", "This placement id belongs to another user");
      return answerOf(await running.done);
    }
    const done = this.placeOnce(caller, parsed.data);
    this.placing.set(placementId, { owner: caller.owner, done });
    try {
      return answerOf(await done);
    } finally {
      if (this.placing.get(placementId)?.done === done) this.placing.delete(placementId);
    }
  }

  private async placeOnce(
    caller: Caller,
    req: { placementId: string; serviceId: string; input: Record<string, unknown>; price?: string | undefined },
  ): Promise<PlaceOutcome> {
    const { placementId, serviceId, price: shownPrice } = req;
    // A placement id seen before: its known result (never a second order), only for its owner.
    const known = await this.deps.storage.placements.get(placementId);
    if (known) {
      if (known.owner !== caller.owner) throw new ApiFailure(403, "forbidden", "This placement id belongs to another user");
      return outcomeOf(known);
    }

    const a = await this.active(caller);
    const svc = (await this.index(a)).service(serviceId);
    if (!svc) throw new ApiFailure(404, "unknown_service", `Service ${serviceId} is not in this account's catalogue`);

    const input = { ...(req.input as Partial<AddOrderInput>), service: svc.id };
    const { required, optional } = fieldsForService(svc, input);
    const allowed = new Set<string>([...required, ...optional]);
    const problems: Array<{ field: string; code: string; limit?: number }> = Object.keys(req.input)
      .filter((f) => req.input[f] !== undefined && !allowed.has(f))
      .map((f) => ({ field: f, code: f === "runs" || f === "interval" ? "not_supported" : "not_applicable" }));
    for (const p of validateAddInput(input, svc, { now: new Date(this.deps.now()) })) {
      if (p.field === "service") continue;
      problems.push({ field: p.field, code: p.code, ...(p.limit !== undefined ? { limit: p.limit } : {}) });
    }
    if (problems.length > 0) throw new ApiFailure(400, "invalid_fields", "Some fields are not valid for this service", { problems });

    const price = estimateCost(svc, input);
    if (shownPrice !== undefined && price !== undefined && compareDecimal(shownPrice, price) !== 0) {
      throw new ApiFailure(409, "price_changed", "The price changed: check it and confirm again", { price });
    }
    const currency = a.account.currency;
    const outcome = await placeOrder(this.deps, {
      placementId,
      owner: caller.owner,
      chatId: caller.chatId,
      service: {
        id: svc.id,
        name: svc.name,
        type: svc.type,
        min: svc.min,
        max: svc.max,
        refill: svc.refill,
        cancel: svc.cancel,
        dripfeed: svc.dripfeed,
      },
      input,
      ...(price !== undefined ? { price } : {}),
      ...(currency ? { currency } : {}),
    });
    if (outcome.kind === "placed") await this.confirmInChat(caller, outcome);
    return outcome;
  }

  /** The chat's usual confirmation message (as the wizard sends it). Failures are logged only. */
  private async confirmInChat(caller: Caller, outcome: Extract<PlaceOutcome, { kind: "placed" }>): Promise<void> {
    const api = this.options.api;
    if (!api) return;
    try {
      const lang = await this.languageOf(caller);
      const t = (key: string, vars?: Record<string, string | number>) => this.i18n.t(lang, key, vars);
      const text =
        outcome.price !== undefined
          ? t("order-placed", { id: outcome.orderId, price: formatMoney(outcome.price, outcome.currency) })
          : t("order-placed-no-price", { id: outcome.orderId });
      await api.sendMessage(caller.chatId, `${text}\n${t("order-placed-next", { id: outcome.orderId })}`, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      });
    } catch (err) {
      this.deps.logger.warn(
        { chatId: caller.chatId, orderId: outcome.orderId, err: err instanceof Error ? err.message : String(err) },
        "Could not send the order confirmation",
      );
    }
  }
}

function statusFields(s: Pick<OrderStatus, "status" | "charge" | "remains" | "startCount">) {
  return {
    status: s.status,
    ...(s.charge !== undefined ? { charge: s.charge } : {}),
    ...(s.remains !== undefined ? { remains: s.remains } : {}),
    ...(s.startCount !== undefined ? { startCount: s.startCount } : {}),
  };
}

function answerOf(outcome: PlaceOutcome): OrderAnswer {
  if (outcome.kind === "placed") {
    return {
      outcome: "placed",
      orderId: outcome.orderId,
      ...(outcome.price !== undefined ? { price: outcome.price } : {}),
      ...(outcome.currency ? { currency: outcome.currency } : {}),
    };
  }
  if (outcome.kind === "unknown") return { outcome: "unknown" };
  return { outcome: "failed", kind: outcome.err.kind, ...(outcome.err.reason ? { reason: outcome.err.reason } : {}) };
}

/** The compact catalogue of an index (services in the panel's order, duplicates dropped). */
export function catalogueAnswer(index: CatalogueIndex): CatalogueAnswer {
  const services: ServiceTuple[] = [];
  for (const s of index.services) {
    if (index.service(s.id) !== s) continue;
    const flags =
      (s.refill ? FLAG_REFILL : 0) | (s.cancel ? FLAG_CANCEL : 0) | (s.dripfeed ? FLAG_DRIPFEED : 0) | (s.description ? FLAG_DESCRIPTION : 0);
    services.push([s.id, s.name, s.type, index.categoryOf(s.id) ?? 0, s.rate, s.min, s.max, flags]);
  }
  return { version: index.version, categories: index.categories.map((c) => c.name), services };
}
