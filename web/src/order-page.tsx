/**
 * Service details and the order form: exactly the fields of the service's type (the bot's
 * service-types.ts), checked live with the same rules as the wizard, the exact price (decimal
 * strings, no floats) and the balance, drip-feed; Confirm places the order through the bot's
 * exactly-once placement with a placement id made once per form and kept (localStorage) until the
 * outcome is known, so a double tap, a retry after a network error or a second tab place one order.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { compareDecimal } from "../../src/panel/money.js";
import {
  FIELD_INFO,
  SUBSCRIPTION_DELAYS,
  WEB_TRAFFIC_DEVICES,
  WEB_TRAFFIC_TYPES,
  estimateCost,
  fieldsForService,
  formatExpiry,
  splitLines,
  validateAddInput,
  type AddField,
  type AddInputProblem,
} from "../../src/panel/service-types.js";
import type { AddOrderInput } from "../../src/panel/types.js";
import type { BalanceAnswer, OrderAnswer, ServiceAnswer } from "../../src/webapp/api-types.js";
import { api, ApiError } from "./api.js";
import { rateText } from "./catalogue-page.js";
import { language, t } from "./i18n.js";
import { haptic } from "./tg.js";
import { ErrorBox, Loading, MainAction, Row, errorText, money, panelReason } from "./ui.js";

const LABEL_KEY: Record<AddField, string> = {
  link: "order-field-link",
  quantity: "order-field-quantity",
  runs: "order-field-runs",
  interval: "order-field-interval",
  keywords: "order-field-keywords",
  comments: "order-field-comments",
  usernames: "order-field-usernames",
  hashtags: "order-field-hashtags",
  hashtag: "order-field-hashtag",
  username: "order-field-username",
  media: "order-field-media",
  answerNumber: "order-field-answer-number",
  groups: "order-field-groups",
  min: "order-field-min",
  max: "order-field-max",
  posts: "order-field-posts",
  oldPosts: "order-field-old-posts",
  delay: "order-field-delay",
  expiry: "order-field-expiry",
  country: "order-field-country",
  device: "order-field-device",
  typeOfTraffic: "order-field-traffic-type",
  googleKeyword: "order-field-google-keyword",
  referringUrl: "order-field-referring-url",
};

const DEVICE_KEYS = ["", "order-device-desktop", "order-device-android", "order-device-ios", "order-device-mixed-mobile", "order-device-mixed"];
const TRAFFIC_KEYS = ["", "order-traffic-google", "order-traffic-referrer", "order-traffic-blank"];

function choices(field: AddField): Array<{ value: number; label: string }> {
  if (field === "delay")
    return SUBSCRIPTION_DELAYS.map((v) => ({ value: v, label: v === 0 ? t("order-delay-none") : t("order-delay-minutes", { n: v }) }));
  if (field === "device") return WEB_TRAFFIC_DEVICES.map((c) => ({ value: c.value, label: t(DEVICE_KEYS[c.value] ?? "") }));
  if (field === "typeOfTraffic") return WEB_TRAFFIC_TYPES.map((c) => ({ value: c.value, label: t(TRAFFIC_KEYS[c.value] ?? "") }));
  return [];
}

function problemText(p: AddInputProblem, svc: ServiceAnswer, value: unknown): string {
  const info = FIELD_INFO[p.field as AddField];
  switch (p.code) {
    case "required":
      return t("app-error-required");
    case "invalid":
      if (info?.kind === "url") return t("app-error-link");
      if (info?.kind === "date") return t("app-error-date");
      if (info?.kind === "text") return t("app-error-one-line");
      return t("app-error-number");
    case "too_small":
    case "too_large":
      if (info?.kind === "lines")
        return t("app-error-lines-range", { min: svc.min, max: svc.max, count: Array.isArray(value) ? value.length : 0 });
      if (p.field === "max" && p.code === "too_small" && p.limit !== undefined && p.limit !== svc.min) return t("app-error-max-below-min");
      if (p.field === "quantity" || p.field === "min" || p.field === "max") return t("app-error-range", { min: svc.min, max: svc.max });
      return t("app-error-too-small", { min: p.limit ?? 1 });
    case "not_a_choice":
      return t("app-error-choice");
    case "not_supported":
      return t("app-error-not-supported");
    default:
      return t("app-error-invalid");
  }
}

/** Raw text of each field as typed (the form's state) → the add input. */
type Raw = Partial<Record<AddField, string>>;

function toInput(svc: ServiceAnswer, raw: Raw, drip: boolean): Partial<AddOrderInput> {
  const input: Record<string, unknown> = { service: svc.id };
  for (const [f, text] of Object.entries(raw) as Array<[AddField, string]>) {
    if (text === undefined || text.trim() === "") continue;
    if ((f === "runs" || f === "interval") && !drip) continue;
    const info = FIELD_INFO[f];
    switch (info.kind) {
      case "integer":
      case "choice":
        input[f] = /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
        break;
      case "lines":
        input[f] = splitLines(text);
        break;
      case "date": {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        input[f] = m ? formatExpiry(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : text;
        break;
      }
      default:
        input[f] = text.trim();
    }
  }
  return input;
}

function newPlacementId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => alphabet[b % 36]).join("");
}

const memoryStore = new Map<string, string>();
const store = {
  get: (k: string) => {
    try {
      return localStorage.getItem(k) ?? undefined;
    } catch {
      return memoryStore.get(k);
    }
  },
  set: (k: string, v: string) => {
    try {
      localStorage.setItem(k, v);
    } catch {
      memoryStore.set(k, v);
    }
  },
  del: (k: string) => {
    try {
      localStorage.removeItem(k);
    } catch {
      memoryStore.delete(k);
    }
  },
};

/** The stored placement id of a form (made and stored when there is none). */
function placementIdFor(key: string): string {
  const stored = store.get(key);
  if (stored && /^[a-z0-9]{12}$/.test(stored)) return stored;
  const id = newPlacementId();
  store.set(key, id);
  return id;
}

export function useService(id: string): { svc?: ServiceAnswer; error?: unknown; reload: () => void } {
  const [state, setState] = useState<{ svc?: ServiceAnswer; error?: unknown }>({});
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    setState({});
    api<ServiceAnswer>(`service?id=${encodeURIComponent(id)}`).then(
      (svc) => live && setState({ svc }),
      (error) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [id, n]);
  return { ...state, reload: () => setN(n + 1) };
}

/** The panel's average time: minutes written as the user's language writes them ("1 hr 35 min"), other words as sent. */
function averageTimeText(value: string | undefined): string {
  const v = value?.trim();
  if (!v) return t("app-service-time-unknown");
  if (!/^\d{1,9}$/.test(v)) return v;
  const minutes = Number(v);
  const unit = (n: number, u: "hour" | "minute") =>
    new Intl.NumberFormat(language(), { style: "unit", unit: u, unitDisplay: "short" }).format(n);
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return unit(minutes, "minute");
  return minutes % 60 === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} ${unit(minutes % 60, "minute")}`;
}

export function ServicePage(props: { id: string; currency?: string; onOrder: () => void }) {
  const { svc, error, reload } = useService(props.id);
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!svc) return <Loading />;
  return (
    <section class="page service">
      <h2>{svc.name}</h2>
      <p class="muted">{t("app-service-id", { id: svc.id })}</p>
      <div class="card">
        <Row label={t("app-service-category")}>{svc.category}</Row>
        <Row label={t("app-service-type")}>{svc.type}</Row>
        <Row label={t("app-service-rate")}>{rateText(svc, props.currency)}</Row>
        <Row label={t("app-service-limits")}>{t("app-limits", { min: svc.min, max: svc.max })}</Row>
        <Row label={t("app-service-time")}>{averageTimeText(svc.averageTime)}</Row>
      </div>
      <p class="flags">
        {svc.refill && <span class="badge">{t("app-flag-refill")}</span>}
        {svc.cancel && <span class="badge">{t("app-flag-cancel")}</span>}
        {svc.dripfeed && <span class="badge">{t("app-flag-dripfeed")}</span>}
      </p>
      {svc.description && (
        <div class="card">
          <h3>{t("app-service-description")}</h3>
          <p class="description">{svc.description}</p>
        </div>
      )}
      <MainAction
        text={t("app-service-order")}
        enabled={true}
        onClick={() => {
          haptic.tap();
          props.onOrder();
        }}
      />
    </section>
  );
}

export interface Prefill {
  link?: string;
  quantity?: number;
}

export function OrderPage(props: { id: string; userId: number; currency?: string; prefill?: Prefill; onDone: (answer: OrderAnswer) => void }) {
  const { svc, error, reload } = useService(props.id);
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!svc) return <Loading />;
  return <OrderForm svc={svc} userId={props.userId} currency={props.currency} prefill={props.prefill} onDone={props.onDone} onStale={reload} />;
}

function OrderForm(props: {
  svc: ServiceAnswer;
  userId: number;
  currency?: string;
  prefill?: Prefill;
  onDone: (a: OrderAnswer) => void;
  onStale: () => void;
}) {
  const { svc } = props;
  const [raw, setRaw] = useState<Raw>(() => ({
    ...(props.prefill?.link ? { link: props.prefill.link } : {}),
    ...(props.prefill?.quantity ? { quantity: String(props.prefill.quantity) } : {}),
  }));
  const [drip, setDrip] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [balance, setBalance] = useState<BalanceAnswer | null | undefined>();
  const busy = useRef(false);
  // The placement id of this form, made when the form opens and kept (localStorage) until the
  // outcome is known: every tab showing this service's form uses the same one.
  const pidKey = `smm-placement:${props.userId}:${svc.id}`;
  const pid = useRef("");
  if (!pid.current) pid.current = placementIdFor(pidKey);

  useEffect(() => {
    api<BalanceAnswer>("balance").then(setBalance, () => setBalance(null));
  }, []);

  const input = useMemo(() => toInput(svc, raw, drip), [svc, raw, drip]);
  const { required, optional } = fieldsForService(svc, input);
  const fields = [...required, ...optional].filter((f) => f !== "runs" && f !== "interval");
  const canDrip = optional.includes("runs");
  const problems = useMemo(() => validateAddInput(input, svc, { now: new Date() }).filter((p) => p.field !== "service"), [input, svc]);
  const price = problems.length === 0 ? estimateCost(svc, input) : undefined;
  const currency = balance?.currency ?? props.currency;
  const pricing = fieldsForService(svc, input).spec.pricing;
  const low = price !== undefined && balance ? compareDecimal(balance.balance, price) < 0 : false;

  const setField = (f: AddField, v: string) => setRaw((r) => ({ ...r, [f]: v }));
  const touch = (f: string) => setTouched((s) => (s.has(f) ? s : new Set(s).add(f)));
  const problemOf = (f: AddField) => (submitted || touched.has(f) ? problems.find((p) => p.field === f) : undefined);

  const confirm = async () => {
    if (busy.current) return; // a second tap while the first is on its way
    setSubmitted(true);
    if (problems.length > 0) {
      haptic.error();
      return;
    }
    busy.current = true;
    setSending(true);
    setFailure(undefined);
    haptic.tap();
    const { service: _s, ...fieldsOnly } = input;
    try {
      const answer = await api<OrderAnswer>("order", {
        placementId: pid.current,
        serviceId: svc.id,
        input: fieldsOnly,
        ...(price !== undefined ? { price } : {}),
      });
      // Known outcome: the next order of this service gets a new id. Unknown: keep it (never resend).
      if (answer.outcome !== "unknown" && store.get(pidKey) === pid.current) store.del(pidKey);
      if (answer.outcome === "placed") haptic.success();
      else haptic.error();
      props.onDone(answer);
    } catch (err) {
      haptic.error();
      setFailure(err);
      // Refused before anything was sent: a fixed form may be sent with a new id.
      if (err instanceof ApiError && err.status >= 400 && err.status < 500 && err.code !== "rate_limited" && err.code !== "forbidden") {
        if (store.get(pidKey) === pid.current) store.del(pidKey);
        pid.current = placementIdFor(pidKey);
      }
      if (err instanceof ApiError && err.code === "price_changed") props.onStale();
    } finally {
      busy.current = false;
      setSending(false);
    }
  };

  const priceLabel = pricing === "subscription" ? t("app-form-price-max") : t("app-form-price");
  const total = drip && input.quantity !== undefined && input.runs !== undefined ? input.quantity * input.runs : undefined;

  return (
    <section class="page form">
      <h2>{t("app-form-title")}</h2>
      <p class="muted">
        {svc.name} · #{svc.id}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
        noValidate
      >
        {fields.map((f) => (
          <Field
            key={f}
            field={f}
            value={raw[f] ?? ""}
            optional={!required.includes(f)}
            problem={problemOf(f)}
            problemText={(p) => problemText(p, svc, input[f])}
            onInput={(v) => setField(f, v)}
            onBlur={() => touch(f)}
          />
        ))}
        {canDrip && (
          <label class="check">
            <input type="checkbox" name="dripfeed" checked={drip} onChange={(e) => setDrip(e.currentTarget.checked)} />
            {t("app-form-dripfeed")}
          </label>
        )}
        {canDrip && drip && (
          <>
            {(["runs", "interval"] as const).map((f) => (
              <Field
                key={f}
                field={f}
                value={raw[f] ?? ""}
                optional={false}
                problem={problemOf(f)}
                problemText={(p) => problemText(p, svc, input[f])}
                onInput={(v) => setField(f, v)}
                onBlur={() => touch(f)}
              />
            ))}
            {total !== undefined && <p class="muted">{t("app-form-total", { total })}</p>}
          </>
        )}
        <div class="card summary">
          <Row label={priceLabel}>
            <strong class="price">{price !== undefined ? money(price, currency) : t("app-form-price-unknown")}</strong>
          </Row>
          <Row label={t("app-form-balance")}>
            <span class="balance">
              {balance ? money(balance.balance, balance.currency) : balance === null ? t("app-form-balance-unknown") : "…"}
            </span>
          </Row>
          {low && <p class="warn">{t("app-form-balance-low")}</p>}
        </div>
        {submitted && problems.length > 0 && <p class="warn">{t("app-form-fix")}</p>}
        {sending && <p class="muted">{t("app-form-sending")}</p>}
        {failure !== undefined && (
          <div class="error" role="alert">
            {errorText(failure)}
          </div>
        )}
      </form>
      <MainAction
        text={price !== undefined ? t("app-form-confirm", { price: money(price, currency) }) : t("app-form-confirm-plain")}
        enabled={!sending}
        progress={sending}
        onClick={() => void confirm()}
      />
    </section>
  );
}

function Field(props: {
  field: AddField;
  value: string;
  optional: boolean;
  problem?: AddInputProblem;
  problemText: (p: AddInputProblem) => string;
  onInput: (v: string) => void;
  onBlur: () => void;
}) {
  const { field } = props;
  const info = FIELD_INFO[field];
  const id = `f-${field}`;
  const common = {
    id,
    name: field,
    "aria-invalid": props.problem ? true : undefined,
    onBlur: props.onBlur,
  };
  let control;
  if (info.kind === "choice") {
    control = (
      <select {...common} value={props.value} onChange={(e) => props.onInput(e.currentTarget.value)}>
        <option value="">{t("app-form-choose")}</option>
        {choices(field).map((c) => (
          <option key={c.value} value={String(c.value)}>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else if (info.kind === "lines") {
    control = (
      <textarea
        {...common}
        rows={4}
        value={props.value}
        placeholder={t("app-form-lines-hint")}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    );
  } else {
    const type = info.kind === "date" ? "date" : "text";
    const mode = info.kind === "integer" ? "numeric" : info.kind === "url" ? "url" : "text";
    control = (
      <input
        {...common}
        type={type}
        inputMode={mode}
        autoComplete="off"
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    );
  }
  return (
    <div class={`field${props.problem ? " bad" : ""}`}>
      <label for={id}>
        {t(LABEL_KEY[field])}
        {props.optional && <span class="muted"> · {t("app-form-optional")}</span>}
      </label>
      {control}
      {props.problem && <span class="problem">{props.problemText(props.problem)}</span>}
    </div>
  );
}

export function ResultPage(props: { answer: OrderAnswer; currency?: string; onOrders: () => void; onNew: () => void }) {
  const a = props.answer;
  return (
    <section class="page result">
      {a.outcome === "placed" && (
        <>
          <h2 class="ok">{t("app-result-placed", { id: a.orderId })}</h2>
          {a.price !== undefined && <p>{t("app-result-price", { price: money(a.price, a.currency ?? props.currency) })}</p>}
          <p>{t("app-result-tracked")}</p>
        </>
      )}
      {a.outcome === "unknown" && <p class="warn">{t("app-result-unknown")}</p>}
      {a.outcome === "failed" && <p class="error">{t("app-result-failed", { reason: panelReason(a.kind, a.reason) })}</p>}
      <div class="buttons">
        <button type="button" onClick={props.onNew}>
          {t("app-result-new")}
        </button>
      </div>
      <MainAction text={t("app-result-view-orders")} enabled={true} onClick={props.onOrders} />
    </section>
  );
}
