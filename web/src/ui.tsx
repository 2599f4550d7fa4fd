/** Small shared pieces: the main action (Telegram's MainButton, or a page button outside Telegram), errors. */
import { useEffect, useRef } from "preact/hooks";
import type { ComponentChildren } from "preact";
import { ApiError } from "./api.js";
import { t } from "./i18n.js";
import { tg } from "./tg.js";
import { formatMoney } from "../../src/panel/money.js";

/** The page's main action: Telegram's MainButton when there is one, else a button at the bottom. */
export function MainAction(props: { text: string; enabled: boolean; progress?: boolean; onClick: () => void }) {
  const click = useRef(props.onClick);
  click.current = props.onClick;
  const mb = tg?.MainButton;
  useEffect(() => {
    if (!mb) return;
    const handler = () => click.current();
    mb.onClick(handler);
    mb.show();
    return () => {
      mb.offClick(handler);
      mb.hideProgress();
      mb.hide();
    };
  }, [mb]);
  useEffect(() => {
    if (!mb) return;
    mb.setText(props.text);
    if (props.enabled) mb.enable();
    else mb.disable();
    if (props.progress) mb.showProgress(false);
    else mb.hideProgress();
  }, [mb, props.text, props.enabled, props.progress]);
  if (mb) return null;
  return (
    <div class="main-action">
      <button type="button" class="primary" disabled={!props.enabled || props.progress} onClick={() => click.current()}>
        {props.text}
      </button>
    </div>
  );
}

/** The localised reason of a panel error kind (order results, board actions). */
export function panelReason(kind: string, reason?: string): string {
  if (kind === "invalid_input" && (reason === "service" || reason === "link" || reason === "quantity" || reason === "active_order")) {
    return t(`app-panel-${reason.replace("_", "-")}`);
  }
  switch (kind) {
    case "invalid_key":
      return t("app-panel-invalid-key");
    case "insufficient_funds":
      return t("app-panel-funds");
    case "invalid_input":
      return t("app-panel-invalid-input");
    case "rate_limited":
      return t("app-panel-rate-limited");
    case "unavailable":
      return t("app-panel-unavailable");
    case "no_account":
      return t("app-panel-no-account");
    default:
      return t("app-panel-error");
  }
}

/** The localised sentence of an API failure. */
export function errorText(err: unknown): string {
  if (!(err instanceof ApiError)) return t("app-error-generic");
  switch (err.code) {
    case "auth_missing":
    case "auth_invalid":
    case "auth_stale":
      return t("app-error-auth");
    case "rate_limited":
      return t("app-error-rate");
    case "network":
      return t("app-error-network");
    case "no_account":
      return t("app-error-no-account");
    case "price_changed":
      return t("app-error-price-changed", { price: err.body?.price ?? "" });
    case "panel":
      return panelReason(err.body?.kind ?? "", err.body?.reason);
    default:
      return t("app-error-generic");
  }
}

export function ErrorBox(props: { error: unknown; onRetry?: () => void }) {
  return (
    <div class="error" role="alert">
      <p>{errorText(props.error)}</p>
      {props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          {t("app-retry")}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  return <div class="loading">{t("app-loading")}</div>;
}

export function Row(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="kv">
      <span class="k">{props.label}</span>
      <span class="v">{props.children}</span>
    </div>
  );
}

export const money = (amount: string, currency?: string): string => formatMoney(amount, currency);
