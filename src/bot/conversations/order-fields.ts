/**
 * The ordering wizard's per-field texts and checks: prompts, labels, parsing of what the user
 * typed, validation messages (through validateAddInput) and how a value is shown. Everything here
 * is deterministic (safe to run during conversation replays).
 */
import {
  FIELD_INFO,
  SUBSCRIPTION_DELAYS,
  WEB_TRAFFIC_DEVICES,
  WEB_TRAFFIC_TYPES,
  fieldsForType,
  formatExpiry,
  parseExpiry,
  splitLines,
  validateAddInput,
  type AddField,
  type AddInputProblem,
} from "../../panel/service-types.js";
import type { AddOrderInput, Service } from "../../panel/types.js";
import { GENERIC_LINK_EXAMPLE, platformOfService } from "../../catalogue/platforms.js";
import type { BaseContext } from "../context.js";
import { escapeHtml, truncate } from "../format.js";

type T = BaseContext["t"];

/** What the wizard keeps of a service (JSON-serialisable, no description). */
export type WizardService = Pick<Service, "id" | "name" | "type" | "category" | "rate" | "min" | "max" | "refill" | "cancel" | "dripfeed">;

export const wizardService = (s: Service): WizardService => ({
  id: s.id,
  name: s.name,
  type: s.type,
  category: s.category,
  rate: s.rate,
  min: s.min,
  max: s.max,
  refill: s.refill,
  cancel: s.cancel,
  dripfeed: s.dripfeed,
});

/** The label of a field, as in the summary ("Link", "Quantity", …). */
export function fieldLabel(t: T, field: AddField): string {
  switch (field) {
    case "link":
      return t("order-field-link");
    case "quantity":
      return t("order-field-quantity");
    case "runs":
      return t("order-field-runs");
    case "interval":
      return t("order-field-interval");
    case "keywords":
      return t("order-field-keywords");
    case "comments":
      return t("order-field-comments");
    case "usernames":
      return t("order-field-usernames");
    case "hashtags":
      return t("order-field-hashtags");
    case "hashtag":
      return t("order-field-hashtag");
    case "username":
      return t("order-field-username");
    case "media":
      return t("order-field-media");
    case "answerNumber":
      return t("order-field-answer-number");
    case "groups":
      return t("order-field-groups");
    case "min":
      return t("order-field-min");
    case "max":
      return t("order-field-max");
    case "posts":
      return t("order-field-posts");
    case "oldPosts":
      return t("order-field-old-posts");
    case "delay":
      return t("order-field-delay");
    case "expiry":
      return t("order-field-expiry");
    case "country":
      return t("order-field-country");
    case "device":
      return t("order-field-device");
    case "typeOfTraffic":
      return t("order-field-traffic-type");
    case "googleKeyword":
      return t("order-field-google-keyword");
    case "referringUrl":
      return t("order-field-referring-url");
  }
}

/** A link of the shape the service's platform uses (from its category or name), else a generic one. */
export function linkExample(svc: Pick<WizardService, "category" | "name">): string {
  return platformOfService(svc.category, svc.name)?.example ?? GENERIC_LINK_EXAMPLE;
}

/** The question asked for a field (HTML). */
export function fieldPrompt(t: T, field: AddField, svc: WizardService): string {
  const limits = { min: svc.min, max: svc.max };
  const counted = fieldsForType(svc.type).quantityFrom === field;
  switch (field) {
    case "link":
      return t("order-ask-link", { example: linkExample(svc) });
    case "quantity":
      return t("order-ask-quantity", limits);
    case "runs":
      return t("order-ask-runs");
    case "interval":
      return t("order-ask-interval");
    case "keywords":
      return t("order-ask-keywords");
    case "comments":
      return counted ? t("order-ask-comments-count", limits) : t("order-ask-comments");
    case "usernames":
      return counted ? t("order-ask-usernames-count", limits) : t("order-ask-usernames");
    case "hashtags":
      return t("order-ask-hashtags");
    case "hashtag":
      return t("order-ask-hashtag");
    case "username":
      return t("order-ask-username");
    case "media":
      return t("order-ask-media");
    case "answerNumber":
      return t("order-ask-answer-number");
    case "groups":
      return t("order-ask-groups");
    case "min":
      return t("order-ask-min", limits);
    case "max":
      return t("order-ask-max", limits);
    case "posts":
      return t("order-ask-posts");
    case "oldPosts":
      return t("order-ask-old-posts");
    case "delay":
      return t("order-ask-delay");
    case "expiry":
      return t("order-ask-expiry");
    case "country":
      return t("order-ask-country");
    case "device":
      return t("order-ask-device");
    case "typeOfTraffic":
      return t("order-ask-traffic-type");
    case "googleKeyword":
      return t("order-ask-google-keyword");
    case "referringUrl":
      return t("order-ask-referring-url");
  }
}

/** The values of a choice field: delay (minutes), device, type of traffic. */
export function fieldChoices(field: AddField): readonly number[] {
  if (field === "delay") return SUBSCRIPTION_DELAYS;
  if (field === "device") return WEB_TRAFFIC_DEVICES.map((c) => c.value);
  if (field === "typeOfTraffic") return WEB_TRAFFIC_TYPES.map((c) => c.value);
  return (FIELD_INFO[field].choices ?? []).map((c) => c.value);
}

/** The localised label of a choice value. */
export function choiceLabel(t: T, field: AddField, value: number): string {
  if (field === "delay") return value === 0 ? t("order-delay-none") : t("order-delay-minutes", { n: value });
  if (field === "device") {
    switch (value) {
      case 1:
        return t("order-device-desktop");
      case 2:
        return t("order-device-android");
      case 3:
        return t("order-device-ios");
      case 4:
        return t("order-device-mixed-mobile");
      case 5:
        return t("order-device-mixed");
    }
  }
  if (field === "typeOfTraffic") {
    switch (value) {
      case 1:
        return t("order-traffic-google");
      case 2:
        return t("order-traffic-referrer");
      case 3:
        return t("order-traffic-blank");
    }
  }
  return String(value);
}

/** Buttons per row for a choice field. */
export const choicesPerRow = (field: AddField): number => (field === "delay" ? 4 : field === "device" ? 2 : 1);

export type ParsedValue = { ok: true; value: string | number | string[] } | { ok: false; message: string };

/** Reads a whole number typed by a user: "1000", "1 000", "1,000", "1.000" (thousands grouping). */
export function parseWholeNumber(text: string): number | "nan" | "big" {
  const t = text.trim();
  let digits: string;
  if (/^\d+$/.test(t)) digits = t;
  else if (/^\d{1,3}(?:([ ,.'’_\u00a0\u202f])\d{3})(?:\1\d{3})*$/.test(t)) digits = t.replace(/\D/g, "");
  else return "nan";
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : "big";
}

/** Turns a typed answer into a field value, or a translated reason it cannot be one. */
export function parseFieldText(t: T, field: AddField, text: string): ParsedValue {
  const info = FIELD_INFO[field];
  switch (info.kind) {
    case "integer":
    case "choice": {
      const n = parseWholeNumber(text);
      if (n === "nan") return { ok: false, message: info.kind === "choice" ? t("order-error-choice") : t("order-error-number") };
      if (n === "big") return { ok: false, message: t("order-error-too-big") };
      return { ok: true, value: n };
    }
    case "lines":
      return { ok: true, value: splitLines(text) };
    case "date": {
      const date = parseExpiry(text);
      return date ? { ok: true, value: formatExpiry(date) } : { ok: false, message: t("order-error-date") };
    }
    case "text":
      if (/[\r\n]/.test(text.trim())) return { ok: false, message: t("order-error-one-line") };
      return { ok: true, value: text.trim() };
    case "url":
      return { ok: true, value: text.trim() };
  }
}

/** A translated message for a validation problem of `field`. */
export function problemMessage(
  t: T,
  field: AddField,
  problem: AddInputProblem,
  svc: WizardService,
  input: Partial<AddOrderInput>,
  value: unknown,
): string {
  const info = FIELD_INFO[field];
  switch (problem.code) {
    case "invalid":
      if (info.kind === "url") return t("order-error-link");
      if (info.kind === "date") return t("order-error-date");
      if (info.kind === "text") return t("order-error-one-line");
      return t("order-error-number");
    case "too_small":
    case "too_large": {
      if (field === "quantity") return t("order-error-quantity-range", { min: svc.min, max: svc.max });
      if (info.kind === "lines") {
        return t("order-error-lines-range", { count: Array.isArray(value) ? value.length : 0, min: svc.min, max: svc.max });
      }
      if (field === "max" && typeof value === "number" && input.min !== undefined && value < input.min) {
        return t("order-error-max-below-min", { min: input.min });
      }
      if (field === "min" || field === "max") return t("order-error-range", { min: svc.min, max: svc.max });
      return t("order-error-too-small", { min: problem.limit ?? info.min ?? 1 });
    }
    case "not_a_choice":
      return t("order-error-choice");
    case "required":
      return info.kind === "lines" ? t("order-error-lines-empty") : t("order-error-empty");
    default:
      return t("order-error-invalid", { field: fieldLabel(t, field) });
  }
}

/**
 * Checks one answer against the service (with the answers given so far). Returns a translated
 * message, or undefined when the value is fine. `nowMs` is "today" for the expiry check.
 */
export function checkField(
  t: T,
  field: AddField,
  value: unknown,
  svc: WizardService,
  input: Partial<AddOrderInput>,
  nowMs: number,
): string | undefined {
  // Subscriptions' minimum is only range-checked by validateAddInput once max is known.
  if (field === "min" && typeof value === "number" && Number.isSafeInteger(value) && (value < svc.min || value > svc.max)) {
    return t("order-error-range", { min: svc.min, max: svc.max });
  }
  const trial = { ...input, service: svc.id, [field]: value } as Partial<AddOrderInput>;
  const problems = validateAddInput(trial, svc, { now: new Date(nowMs) }).filter((p) => p.field === field);
  const first = problems[0];
  return first ? problemMessage(t, field, first, svc, input, value) : undefined;
}

/** A field's value for the summary (HTML-escaped). */
export function displayValue(t: T, field: AddField, value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 10).map((l) => escapeHtml(truncate(String(l), 80)));
    const more = value.length > 10 ? `\n${t("order-summary-more", { count: value.length - 10 })}` : "";
    return `${t("order-summary-lines", { count: value.length })}\n<blockquote expandable>${shown.join("\n")}${more}</blockquote>`;
  }
  if (typeof value === "number" && FIELD_INFO[field].kind === "choice") return choiceLabel(t, field, value);
  if (typeof value === "number") return t("order-number", { n: value });
  return escapeHtml(truncate(String(value), 300));
}
