/**
 * The ordering wizard (conversation "order"): category → service (keyboards, or type a word to
 * search) → the `add` fields of the service's type (service-types.ts drives which, in what order,
 * and how they are checked) → drip-feed when the service offers it → a summary with the exact
 * price and the current balance → ✅ Confirm / ✏️ Change / ✖️ Cancel.
 *
 * Replay rules (conversations v2): every storage access, panel call, clock and random value is in
 * conversation.external (order-place.ts); the rest of this file is deterministic. The state is
 * persisted (encrypted) after every step, so a restarted bot resumes where the user was.
 *
 * Confirm places the order at most once: see order-place.ts.
 */
import { GrammyError, InlineKeyboard } from "grammy";
import { FIELD_INFO, estimateCost, fieldsForService, validateAddInput, type AddField } from "../../panel/service-types.js";
import { compareDecimal, subtractDecimal } from "../../panel/money.js";
import type { AddOrderInput, Decimal } from "../../panel/types.js";
import { categoryKeyboard, perPost, rateText, serviceKeyboard, serviceListText, SERVICE_NAME_MAX } from "../catalogue-views.js";
import { MESSAGE_LIMIT, isNotModified } from "../order-ui.js";
import { CATEGORIES_PER_PAGE } from "../../catalogue/catalogue-index.js";
import { ownerOf } from "../account.js";
import type { BotConversation, ConvContext } from "../context.js";
import { money, truncate } from "../format.js";
import { plainText, raw } from "../html.js";
import { fitHtml } from "../fit.js";
import { homeButton } from "../home-keys.js";
import { CANCEL_DATA, waitStep } from "./helpers.js";
import { ORDER_DATA, WIZARD, isWizardStepData } from "./order-callbacks.js";
import {
  checkField,
  choiceLabel,
  choicesPerRow,
  displayValue,
  fieldChoices,
  fieldLabel,
  fieldPrompt,
  parseFieldText,
  type WizardService,
} from "./order-fields.js";
import {
  accountInfo,
  categoriesNav,
  errText,
  findService,
  placeOrder,
  prepareSummary,
  searchNav,
  servicesNav,
  shortlistRows,
  type NavView,
  type ShortlistRow,
  type Result,
  wizardIo,
  type WizardIo,
  type SummaryData,
  type Wait,
} from "./order-place.js";
import { waitStopped, withinBudget } from "../budget.js";

export const ORDER_CONVERSATION = "order";

export interface OrderArgs {
  /** Start with this service (the catalogue card's Order button, `/order 1448`). */
  serviceId?: string;
  /**
   * Answers given in advance (Repeat: the earlier order's fields; a pasted link). Each is checked
   * against today's service; what no longer fits is asked again.
   */
  prefill?: Partial<Omit<AddOrderInput, "service">>;
  /** Repeat: the prefill is the whole order (ask nothing else, go straight to the summary). */
  repeat?: boolean;
  /** Search this first instead of listing the categories (the platform of a pasted link). */
  platform?: string;
  /** Order with this account of the chat (Repeat: the earlier order's); default the active one. */
  accountId?: string;
}

type T = ConvContext["t"];
/** What rendering needs of a context: its translate function and its locale (for money). */
type R = Pick<ConvContext, "t" | "locale">;

export { WIZARD_CODECS, wizardConfirmCodec } from "./order-callbacks.js";

/** The wizard's answers so far (local: rebuilt by every replay). */
interface WizardState {
  input: Partial<AddOrderInput> & { service: string };
  skipped: Set<AddField>;
  /** Drip-feed wanted: undefined = not asked yet. */
  drip: boolean | undefined;
}

const ignore = (): undefined => undefined;
const HTML = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };

/**
 * The wizard's one message: sent for the first step, then edited for every next step (a button
 * step and a typed answer alike), up to the summary and its result. When it can no longer be
 * edited (deleted, too old), the step is sent as a new message, which becomes the screen.
 * Local to one run of the wizard's function: replays rebuild it from the replayed API results.
 */
class Screen {
  id: number | undefined;

  async show(ctx: ConvContext, text: string, keyboard?: InlineKeyboard): Promise<void> {
    const extra = { ...HTML, ...(keyboard ? { reply_markup: keyboard } : {}) };
    const chatId = ctx.chat?.id;
    if (this.id !== undefined && chatId !== undefined) {
      try {
        await ctx.api.editMessageText(chatId, this.id, text, extra);
        return;
      } catch (err) {
        if (isNotModified(err)) return;
        if (!(err instanceof GrammyError)) throw err;
        // Not editable any more: the step goes out as a new message.
      }
    }
    const sent = await ctx.reply(text, extra);
    this.id = sent.message_id;
  }

  /** The pressed button's message becomes the screen (the wizard's own buttons are on it). */
  adopt(ctx: ConvContext): void {
    const id = ctx.callbackQuery?.message?.message_id;
    if (id !== undefined) this.id = id;
  }

  /** The next step starts a new message (this one keeps what it says). */
  leave(): void {
    this.id = undefined;
  }
}

/**
 * A step's panel I/O, in `external`, waited for within the update's time budget (budget.ts: the
 * outside context carries it): "typing" and "still waiting" after 3 s, and when the budget runs
 * out the step gets `unavailable` and answers "the panel is slow" (the load goes on in the
 * background and fills the cache). A wait stopped by /cancel (answered outside the chat's lane)
 * ends the wizard without another word.
 */
async function budgeted<R>(conversation: BotConversation, task: (wait: Wait) => Promise<R>): Promise<R> {
  const { value, stopped } = await conversation.external(async (outside) => {
    const value = await task((p) => withinBudget(outside, p));
    return { value, stopped: waitStopped(outside) };
  });
  if (stopped) return conversation.halt();
  return value;
}

export async function orderConversation(conversation: BotConversation, ctx: ConvContext, args?: OrderArgs): Promise<void> {
  const deps = ctx.deps;
  const chatId = ctx.chat?.id;
  const owner = ownerOf(ctx);
  if (chatId === undefined || !owner) return;
  const io = wizardIo(deps, owner, args?.accountId);
  const screen = new Screen();
  const account = await conversation.external(() => accountInfo(io));
  // The wizard keeps this account to the end, whatever becomes active meanwhile.
  if (account) io.pin(account.id);
  if (!account) {
    await ctx.reply(ctx.t("account-missing"));
    return;
  }
  const currency = account.currency;

  let svc: WizardService | undefined;
  if (args?.serviceId) {
    const id = args.serviceId;
    const found = await budgeted(conversation, (wait) => findService(io, id, wait));
    if (!found.ok) {
      await ctx.reply(errText(ctx, found.err));
      return;
    }
    if (found.value) {
      svc = found.value;
      if (!args.repeat) await screen.show(ctx, serviceHeader(ctx, svc, currency));
    } else {
      await ctx.reply(ctx.t("order-service-gone"));
    }
  }
  const sameService = svc !== undefined;
  svc ??= await pickService(conversation, ctx, io, screen, currency, args?.platform);

  const st: WizardState = { input: { service: svc.id }, skipped: new Set(), drip: undefined };
  if (args?.prefill) {
    // Repeat keeps every answer only for the same service; another service keeps the link.
    const whole = !!args.repeat && sameService;
    const prefill = whole ? args.prefill : args.prefill.link !== undefined ? { link: args.prefill.link } : {};
    const nowMs = await conversation.external(() => deps.now());
    const changed = applyPrefill(ctx.t, svc, st, prefill, nowMs, whole);
    if (whole && changed.length > 0) await ctx.reply([ctx.t("order-repeat-changed"), ...changed].join("\n"), HTML);
  }
  for (let rechecks = 0; ;) {
    await collect(conversation, ctx, svc, st, screen, currency);

    // Every answer was checked on its own; check them together (e.g. after a change).
    const nowMs = await conversation.external(() => deps.now());
    const problems = validateAddInput(st.input, svc, { now: new Date(nowMs) }).filter((p) => p.field !== "service");
    if (problems.length > 0) {
      if (++rechecks > 5) {
        await ctx.reply(ctx.t("error-generic"));
        return;
      }
      for (const p of problems) clearField(st, p.field as AddField);
      await ctx.reply(ctx.t("order-recheck", { fields: raw(problems.map((p) => fieldLabel(ctx.t, p.field as AddField)).join(", ")) }));
      continue;
    }

    const summary = await budgeted(conversation, (wait) => prepareSummary(io, chatId, wait));
    const price = estimateCost(svc, st.input);
    const priceCurrency = summary.balance?.currency ?? currency;
    const short = price !== undefined && summary.balance !== undefined && compareDecimal(summary.balance.balance, price) < 0;
    const quantityField = fieldsForService(svc, st.input).spec.quantityFrom ?? "quantity";
    const canChangeQuantity = short && editableSteps(svc, st).includes(quantityField);
    const keyboard = summaryKeyboard(ctx.t, summary.placementId, canChangeQuantity ? quantityField : undefined);
    const shown = summaryText(ctx, svc, st, summary, price, priceCurrency);
    await screen.show(ctx, shown, keyboard);

    const decision = await awaitDecision(conversation, svc, st, summary.placementId, keyboard);
    if (decision.edit) {
      clearField(st, decision.edit);
      continue;
    }

    const input = { ...st.input };
    const service = svc;
    const outcome = await conversation.external(() =>
      placeOrder(deps, {
        placementId: summary.placementId,
        owner,
        accountId: account.id,
        chatId,
        service,
        input,
        ...(price !== undefined ? { price } : {}),
        ...(priceCurrency ? { currency: priceCurrency } : {}),
      }),
    );
    const t = decision.ctx.t;
    if (outcome.kind === "placed") {
      const text =
        outcome.price !== undefined
          ? t("order-placed", { id: outcome.orderId, price: money(decision.ctx, outcome.price, outcome.currency) })
          : t("order-placed-no-price", { id: outcome.orderId });
      // The finished wizard leaves one message: the summary with its result.
      await screen.show(decision.ctx, withResult(shown, `${text}\n${t("order-placed-next", { id: outcome.orderId })}`), homeButton(t));
      return;
    }
    if (outcome.kind === "unknown") {
      await screen.show(decision.ctx, withResult(shown, t("order-unknown-outcome")));
      return;
    }
    // A definite refusal: nothing was placed. Let the user fix what the panel refused.
    const err = outcome.err;
    // The summary keeps the refusal; what is asked again goes below it.
    await screen.show(decision.ctx, withResult(shown, errText(decision.ctx, err)));
    screen.leave();
    if (err.kind === "invalid_key" || err.kind === "no_account") return;
    if (err.kind === "invalid_input" && err.reason === "service") {
      await decision.ctx.reply(t("order-service-refused"));
      return;
    }
    if (err.kind === "invalid_input" && err.reason === "link") {
      const linkField = (["link", "media", "referringUrl"] as AddField[]).find((f) => st.input[f] !== undefined);
      if (linkField) clearField(st, linkField);
    } else if (err.kind === "invalid_input" && err.reason === "quantity") {
      const { spec } = fieldsForService(svc, st.input);
      clearField(st, spec.quantityFrom ?? "quantity");
    } else if (err.kind === "invalid_input" && err.reason === "dripfeed") {
      clearField(st, "drip");
      st.drip = false;
    }
    await decision.ctx.reply(t("order-failed-fix"));
  }
}

// ─── step 1: the service ───────────────────────────────────────────────────────────────────────

function serviceHeader(r: R, svc: WizardService, currency: string | undefined): string {
  // Subscriptions: min–max is per new post, not a total.
  return r.t(perPost(svc.type) ? "order-service-chosen-per-post" : "order-service-chosen", {
    name: truncate(svc.name, SERVICE_NAME_MAX),
    id: svc.id,
    rate: raw(rateText(r, svc, currency)),
    min: svc.min,
    max: svc.max,
  });
}

function renderNav(r: R, nav: NavView, currency: string | undefined): { text: string; keyboard: InlineKeyboard } {
  const t = r.t;
  if (nav.kind === "categories") {
    const v = nav.view;
    const keyboard = categoryKeyboard(r, v, {
      page: (p) => ORDER_DATA.categories(v.version, p),
      open: (c) => ORDER_DATA.services(v.version, c, 0),
      noop: ORDER_DATA.noop,
    });
    keyboard.row().text(t("button-cancel"), CANCEL_DATA);
    const text = `${nav.stale ? `${t("services-stale")}\n\n` : ""}${t("order-choose-category", { count: v.total })}`;
    return { text, keyboard };
  }
  const v = nav.view;
  const keyboard = serviceKeyboard(r, v, currency, {
    page: (p) => (v.category ? ORDER_DATA.services(v.version, v.category.index, p) : ORDER_DATA.search(p)),
    open: (id) => ORDER_DATA.pick(id),
    noop: ORDER_DATA.noop,
  });
  const backPage = v.category ? Math.floor(v.category.index / CATEGORIES_PER_PAGE) : 0;
  keyboard.row().text(t("order-button-categories"), ORDER_DATA.categories(v.version, backPage)).text(t("button-cancel"), CANCEL_DATA);
  return { text: `${serviceListText(r, v, currency)}\n\n${t("order-choose-service")}`, keyboard };
}

async function pickService(
  conversation: BotConversation,
  ctx: ConvContext,
  io: WizardIo,
  screen: Screen,
  currency: string | undefined,
  platform?: string,
): Promise<WizardService> {
  const chatId = ctx.chat!.id;
  let query = "";
  let first = await budgeted(conversation, (wait) => categoriesNav(io, undefined, 0, wait));
  if (!first.ok) {
    await ctx.reply(errText(ctx, first.err));
    return conversation.halt();
  }
  if (first.value.kind === "categories" && first.value.view.total === 0) {
    await ctx.reply(ctx.t("order-no-services"));
    return conversation.halt();
  }
  if (platform) {
    // A pasted link: its platform's services first (the categories stay one tap away).
    const p = platform;
    const found = await budgeted(conversation, (wait) => searchNav(io, p, 0, wait));
    if (found.ok && found.value.kind === "services" && found.value.view.total > 0) {
      first = found;
      query = p;
    }
  }
  const shortlist = await budgeted(conversation, (wait) => shortlistRows(io, chatId, wait));
  const shown = renderNav(ctx, first.value, currency);
  const keyboard = shortlist.length > 0 ? withShortlist(ctx, shortlist, shown.keyboard, currency) : shown.keyboard;
  const text = shortlist.length > 0 ? `${ctx.t("order-shortlist-title")}\n\n${shown.text}` : shown.text;
  await screen.show(ctx, text, keyboard);

  for (;;) {
    const next = await waitStep(conversation);
    const data = next.callbackQuery?.data;
    if (data === undefined) {
      const text = next.message?.text?.trim();
      if (!text) {
        await next.reply(next.t("order-use-buttons"));
        continue;
      }
      // A typed word searches the catalogue.
      query = text.slice(0, 100);
      const q = query;
      const found = await budgeted(conversation, (wait) => searchNav(io, q, 0, wait));
      if (!found.ok) {
        await next.reply(errText(next, found.err));
        continue;
      }
      if (found.value.kind === "services" && found.value.view.total === 0) {
        await next.reply(next.t("order-search-none", { query: truncate(q, 60) }), HTML);
        continue;
      }
      const r = renderNav(next, found.value, currency);
      await screen.show(next, r.text, r.keyboard);
      continue;
    }
    if (!isWizardStepData(data)) return conversation.skip({ next: true });
    if (data === ORDER_DATA.noop) {
      await next.answerCallbackQuery().catch(ignore);
      continue;
    }

    let nav: Result<NavView> | undefined;
    const mc = WIZARD.categories.unpack(data);
    const ms = WIZARD.services.unpack(data);
    const mq = WIZARD.search.unpack(data);
    const mp = WIZARD.pick.unpack(data);
    if (mc) {
      const { version, page } = mc;
      nav = await budgeted(conversation, (wait) => categoriesNav(io, version, page, wait));
    } else if (ms) {
      const { version, category, page } = ms;
      nav = await budgeted(conversation, (wait) => servicesNav(io, version, category, page, wait));
    } else if (mq && query) {
      const [q, page] = [query, mq.page];
      nav = await budgeted(conversation, (wait) => searchNav(io, q, page, wait));
    } else if (mp) {
      const id = mp.serviceId;
      const found = await budgeted(conversation, (wait) => findService(io, id, wait));
      if (!found.ok) {
        await next.answerCallbackQuery({ text: errText(next, found.err), show_alert: true }).catch(ignore);
        continue;
      }
      if (!found.value) {
        await next.answerCallbackQuery({ text: next.t("order-service-gone"), show_alert: true }).catch(ignore);
        continue;
      }
      await next.answerCallbackQuery().catch(ignore);
      screen.adopt(next);
      await screen.show(next, serviceHeader(next, found.value, currency));
      return found.value;
    }

    if (!nav) {
      await next.answerCallbackQuery({ text: next.t("order-old-step") }).catch(ignore);
      continue;
    }
    if (!nav.ok) {
      await next.answerCallbackQuery({ text: errText(next, nav.err), show_alert: true }).catch(ignore);
      continue;
    }
    const stale = nav.value.kind === "categories" && nav.value.stale;
    await next.answerCallbackQuery(stale ? { text: next.t("services-stale-alert"), show_alert: true } : {}).catch(ignore);
    const r = renderNav(next, nav.value, currency);
    screen.adopt(next);
    await screen.show(next, r.text, r.keyboard);
  }
}

/** ⭐ favourites and 🕘 recent services (one per row) above the first screen's buttons. */
function withShortlist(r: R, rows: ShortlistRow[], below: InlineKeyboard, currency: string | undefined): InlineKeyboard {
  const top = rows.map((row) => [
    InlineKeyboard.text(
      // A label is plain text: the translation's escaped arguments are decoded back.
      plainText(
        r.t(row.favourite ? "order-shortlist-favourite" : "order-shortlist-recent", {
          price: raw(rateText(r, row, currency)),
          name: truncate(row.name, 40),
        }),
      ),
      ORDER_DATA.pick(row.id),
    ),
  ]);
  return new InlineKeyboard([...top, ...below.inline_keyboard]);
}

/**
 * Puts answers given in advance into the state, each checked as if typed now (today's limits and
 * date). Returns one line per answer that no longer fits (those are asked again). `whole`: the
 * prefill is a complete order, so unanswered optional fields are skipped and drip-feed is decided.
 */
function applyPrefill(
  t: T,
  svc: WizardService,
  st: WizardState,
  prefill: Partial<Omit<AddOrderInput, "service">>,
  nowMs: number,
  whole: boolean,
): string[] {
  const changed: string[] = [];
  const given = prefill as Record<string, unknown>;
  const { required, optional } = fieldsForService(svc, { ...prefill, service: svc.id });
  for (const f of [...required, ...optional]) {
    if (f === "runs" || f === "interval") continue;
    const value = given[f];
    if (value === undefined) {
      if (whole && !required.includes(f)) st.skipped.add(f);
      continue;
    }
    const problem = checkField(t, f, value, svc, st.input, nowMs);
    if (problem) changed.push(t("order-repeat-field", { field: fieldLabel(t, f), problem }));
    else (st.input as Record<string, unknown>)[f] = value;
  }
  if (optional.includes("runs") && whole) {
    const { runs, interval } = prefill;
    const runsOk = runs !== undefined && !checkField(t, "runs", runs, svc, st.input, nowMs);
    const intervalOk = interval !== undefined && !checkField(t, "interval", interval, svc, { ...st.input, runs }, nowMs);
    if (runs !== undefined && runsOk && intervalOk) {
      st.drip = true;
      st.input.runs = runs;
      st.input.interval = interval;
    } else if (runs !== undefined) {
      changed.push(t("order-repeat-field", { field: t("order-field-dripfeed"), problem: t("order-repeat-ask-again") }));
    } else st.drip = false;
  }
  return changed;
}

// ─── step 2: the fields ────────────────────────────────────────────────────────────────────────

type Step = AddField | "drip";

/** The next thing to ask: required fields, then optional ones, then drip-feed (runs, interval). */
function nextStep(svc: WizardService, st: WizardState): Step | undefined {
  const { required, optional } = fieldsForService(svc, st.input);
  for (const f of required) if (st.input[f] === undefined) return f;
  for (const f of optional) {
    if (f === "runs" || f === "interval") continue;
    if (st.input[f] === undefined && !st.skipped.has(f)) return f;
  }
  if (optional.includes("runs")) {
    if (st.drip === undefined) return "drip";
    if (st.drip && st.input.runs === undefined) return "runs";
    if (st.drip && st.input.interval === undefined) return "interval";
  }
  return undefined;
}

/** Forgets an answer (and the answers that depend on it) so it is asked again. */
function clearField(st: WizardState, field: Step): void {
  if (field === "drip") {
    st.drip = undefined;
    delete st.input.runs;
    delete st.input.interval;
    return;
  }
  if (field === "runs" || field === "interval") {
    delete st.input.runs;
    delete st.input.interval;
    return;
  }
  delete st.input[field];
  st.skipped.delete(field);
  if (field === "typeOfTraffic") {
    delete st.input.googleKeyword;
    delete st.input.referringUrl;
  }
}

async function collect(
  conversation: BotConversation,
  ctx: ConvContext,
  svc: WizardService,
  st: WizardState,
  screen: Screen,
  currency: string | undefined,
): Promise<void> {
  // Each step is asked on the screen under the service and the answers so far. The context of a
  // step's prompt is the update that answered the previous step (its language, its chat).
  let at = ctx;
  for (let step = nextStep(svc, st); step !== undefined; step = nextStep(svc, st)) {
    const above = progressText(at, svc, st, currency);
    if (step === "drip") at = await askDrip(conversation, at, st, screen, above);
    else at = await askField(conversation, at, svc, st, step, screen, above);
  }
}

/** The service and the answers given so far (HTML), above a step's question. */
function progressText(r: R, svc: WizardService, st: WizardState, currency: string | undefined): string {
  const t = r.t;
  const lines = [serviceHeader(r, svc, currency)];
  const { required, optional } = fieldsForService(svc, st.input);
  for (const f of [...required, ...optional]) {
    if (f === "runs" || f === "interval") continue;
    const v = st.input[f];
    if (v !== undefined) lines.push(t("order-chosen", { field: raw(fieldLabel(t, f)), value: raw(displayValue(t, f, v)) }));
    else if (st.skipped.has(f)) lines.push(t("order-skipped", { field: raw(fieldLabel(t, f)) }));
  }
  if (st.drip !== undefined) lines.push(st.drip ? t("order-dripfeed-yes") : t("order-dripfeed-no"));
  return lines.join("\n");
}

/** A step's message: what is known so far, then the question (fitted to one message). */
const stepText = (above: string, question: string): string => fitHtml(`${above}\n\n${question}`, MESSAGE_LIMIT);

/** The summary with the outcome of Confirm under it. */
const withResult = (summary: string, result: string): string => fitHtml(`${summary}\n\n${result}`, MESSAGE_LIMIT);

async function askDrip(conversation: BotConversation, ctx: ConvContext, st: WizardState, screen: Screen, above: string): Promise<ConvContext> {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("order-button-drip-yes"), ORDER_DATA.dripYes)
    .text(ctx.t("order-button-drip-no"), ORDER_DATA.dripNo)
    .row()
    .text(ctx.t("button-cancel"), CANCEL_DATA);
  await screen.show(ctx, stepText(above, ctx.t("order-ask-dripfeed")), keyboard);
  for (;;) {
    const next = await waitStep(conversation);
    const data = next.callbackQuery?.data;
    if (data === undefined) {
      await next.reply(next.t("order-use-buttons"), { reply_markup: keyboard });
      continue;
    }
    if (data === ORDER_DATA.dripYes || data === ORDER_DATA.dripNo) {
      st.drip = data === ORDER_DATA.dripYes;
      await next.answerCallbackQuery().catch(ignore);
      screen.adopt(next); // the next step edits this message
      return next;
    }
    if (isWizardStepData(data)) {
      await next.answerCallbackQuery({ text: next.t("order-old-step") }).catch(ignore);
      continue;
    }
    return conversation.skip({ next: true });
  }
}

async function askField(
  conversation: BotConversation,
  ctx: ConvContext,
  svc: WizardService,
  st: WizardState,
  field: AddField,
  screen: Screen,
  above: string,
): Promise<ConvContext> {
  const deps = ctx.deps;
  const info = FIELD_INFO[field];
  // Runs and interval come right after the user chose drip-feed: they are answered, never skipped.
  const optional = field !== "runs" && field !== "interval" && !fieldsForService(svc, st.input).required.includes(field);
  const keyboard = new InlineKeyboard();
  if (info.kind === "choice") {
    const perRow = choicesPerRow(field);
    fieldChoices(field).forEach((value, i) => {
      if (i > 0 && i % perRow === 0) keyboard.row();
      keyboard.text(choiceLabel(ctx.t, field, value), ORDER_DATA.value(value));
    });
    keyboard.row();
  }
  if (optional) keyboard.text(ctx.t("order-button-skip"), ORDER_DATA.skip);
  keyboard.text(ctx.t("button-cancel"), CANCEL_DATA);
  await screen.show(ctx, stepText(above, fieldPrompt(ctx.t, field, svc)), keyboard);

  for (;;) {
    const next = await waitStep(conversation);
    const t = next.t;
    const data = next.callbackQuery?.data;
    let value: unknown;
    if (data !== undefined) {
      if (data === ORDER_DATA.skip && optional) {
        st.skipped.add(field);
        await next.answerCallbackQuery().catch(ignore);
        screen.adopt(next);
        return next;
      }
      const mv = /^ow:v:(\d{1,4})$/.exec(data);
      if (mv && info.kind === "choice") {
        value = Number(mv[1]);
      } else if (isWizardStepData(data)) {
        await next.answerCallbackQuery({ text: t("order-old-step") }).catch(ignore);
        continue;
      } else {
        return conversation.skip({ next: true });
      }
    } else {
      const text = next.message?.text;
      if (text === undefined) {
        await next.reply(t("conversation-send-text"));
        continue;
      }
      const parsed = parseFieldText(t, field, text);
      if (!parsed.ok) {
        // The prompt above says what was wrong (edited where Telegram allows).
        await screen.show(next, stepText(above, `${parsed.message}\n${t("order-send-again")}`), keyboard);
        continue;
      }
      value = parsed.value;
    }
    const nowMs = info.kind === "date" ? await conversation.external(() => deps.now()) : 0;
    const problem = checkField(t, field, value, svc, st.input, nowMs);
    if (problem) {
      if (data !== undefined) await next.answerCallbackQuery({ text: problem, show_alert: true }).catch(ignore);
      else await screen.show(next, stepText(above, `${problem}\n${t("order-send-again")}`), keyboard);
      continue;
    }
    (st.input as Record<string, unknown>)[field] = value;
    if (data !== undefined) {
      await next.answerCallbackQuery().catch(ignore);
      screen.adopt(next);
    }
    return next;
  }
}

// ─── step 3: summary and confirm ───────────────────────────────────────────────────────────────

/** Confirm / Change / Cancel; with `lessOf` (funds are short), a button to change that quantity first. */
function summaryKeyboard(t: T, placementId: string, lessOf?: AddField): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (lessOf) kb.text(t("money-button-change-quantity"), ORDER_DATA.edit(lessOf)).row();
  return kb
    .text(t("order-button-confirm"), ORDER_DATA.confirm(placementId))
    .row()
    .text(t("order-button-change"), ORDER_DATA.change)
    .text(t("button-cancel"), CANCEL_DATA);
}

/** The fields the user may change on the summary. */
function editableSteps(svc: WizardService, st: WizardState): Step[] {
  const { required, optional } = fieldsForService(svc, st.input);
  const steps: Step[] = [...required, ...optional].filter((f) => f !== "runs" && f !== "interval");
  if (optional.includes("runs")) steps.push("drip");
  return steps;
}

function stepLabel(t: T, step: Step): string {
  return step === "drip" ? t("order-field-dripfeed") : fieldLabel(t, step);
}

/** HTML summary: service, every answer, drip-feed, price, balance (with a warning when too low). */
function summaryText(
  r: R,
  svc: WizardService,
  st: WizardState,
  summary: SummaryData,
  price: Decimal | undefined,
  currency: string | undefined,
): string {
  const t = r.t;
  const lines = [t("order-summary-title"), "", t("order-summary-service", { name: truncate(svc.name, SERVICE_NAME_MAX), id: svc.id })];
  const { required, optional } = fieldsForService(svc, st.input);
  for (const f of [...required, ...optional]) {
    if (f === "runs" || f === "interval") continue;
    const v = st.input[f];
    if (v === undefined) continue;
    lines.push(t("order-summary-field", { label: raw(fieldLabel(t, f)), value: raw(displayValue(t, f, v)) }));
  }
  const drip = st.drip && st.input.runs !== undefined && st.input.interval !== undefined;
  if (drip) {
    lines.push(t("order-summary-drip", { runs: st.input.runs!, interval: st.input.interval! }));
    const q = st.input.quantity;
    if (q !== undefined) lines.push(t("order-summary-total", { total: q * st.input.runs! }));
  }
  lines.push("");
  const pricing = fieldsForService(svc, st.input).spec.pricing;
  if (price !== undefined && pricing === "subscription") lines.push(t("order-summary-price-max", { price: money(r, price, currency) }));
  else if (price !== undefined) lines.push(t("order-summary-price", { price: money(r, price, currency) }));
  else if (pricing === "subscription" && st.input.max !== undefined) {
    lines.push(t("order-summary-price-per-post", { price: money(r, estimateCost(svc, { ...st.input, posts: 1 }) ?? "0", currency) }));
  } else lines.push(t("order-summary-price-unknown"));
  if (summary.balance) {
    lines.push(t("order-summary-balance", { balance: money(r, summary.balance.balance, summary.balance.currency) }));
    if (price !== undefined && compareDecimal(summary.balance.balance, price) < 0) {
      const shortfall = money(r, subtractDecimal(price, summary.balance.balance), summary.balance.currency);
      lines.push("", t("order-summary-balance-low"), t("money-shortfall", { shortfall }));
    }
    if (summary.lowBalance) {
      lines.push(
        "",
        t("money-low-balance", {
          balance: money(r, summary.balance.balance, summary.balance.currency),
          threshold: money(r, summary.lowBalance, summary.balance.currency),
        }),
      );
    }
  } else if (summary.balanceError) {
    lines.push(t("order-summary-balance-unknown", { reason: raw(errText({ t }, summary.balanceError)) }));
  }
  return fitHtml(lines.join("\n"), MESSAGE_LIMIT);
}

interface Decision {
  ctx: ConvContext;
  edit?: Step;
}

async function awaitDecision(
  conversation: BotConversation,
  svc: WizardService,
  st: WizardState,
  placementId: string,
  keyboard: InlineKeyboard,
): Promise<Decision> {
  for (;;) {
    const next = await waitStep(conversation);
    const t = next.t;
    const data = next.callbackQuery?.data;
    if (data === undefined) {
      await next.reply(t("order-confirm-hint"));
      continue;
    }
    if (data === ORDER_DATA.confirm(placementId)) {
      await next.answerCallbackQuery().catch(ignore);
      await next.editMessageReplyMarkup().catch(ignore);
      return { ctx: next };
    }
    if (data === ORDER_DATA.change) {
      const kb = new InlineKeyboard();
      editableSteps(svc, st).forEach((s, i) => {
        if (i > 0 && i % 2 === 0) kb.row();
        kb.text(stepLabel(t, s), ORDER_DATA.edit(s));
      });
      kb.row().text(t("button-back"), ORDER_DATA.editBack);
      await next.answerCallbackQuery({ text: t("order-change-which") }).catch(ignore);
      await next.editMessageReplyMarkup({ reply_markup: kb }).catch(ignore);
      continue;
    }
    const me = WIZARD.edit.unpack(data);
    if (me) {
      await next.answerCallbackQuery().catch(ignore);
      if (me.step === "-") {
        await next.editMessageReplyMarkup({ reply_markup: keyboard }).catch(ignore);
        continue;
      }
      const step = editableSteps(svc, st).find((s) => s === me.step);
      if (!step) continue;
      await next.editMessageReplyMarkup().catch(ignore);
      return { ctx: next, edit: step };
    }
    if (isWizardStepData(data)) {
      await next.answerCallbackQuery({ text: t("order-old-step") }).catch(ignore);
      continue;
    }
    // Another summary's Confirm, or another feature's button: handled outside.
    return conversation.skip({ next: true });
  }
}
