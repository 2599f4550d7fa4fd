/** Orders board: the chat's orders with status, progress, charge and date; refresh, repeat, refill, cancel; filters. */
import { useEffect, useState } from "preact/hooks";
import { statusEmoji, statusSlug } from "../../src/panel/status.js";
import type { ActionAnswer, OrderRow, OrdersAnswer, RefreshAnswer } from "../../src/webapp/api-types.js";
import { api } from "./api.js";
import { language, t } from "./i18n.js";
import { confirmDialog, haptic } from "./tg.js";
import { ErrorBox, Loading, errorText, money, panelReason } from "./ui.js";
import type { Prefill } from "./order-page.js";

type Filter = "all" | "active" | "done";

export function statusLabel(status: string): string {
  const slug = statusSlug(status);
  return `${statusEmoji(status)} ${slug === "other" ? status : t(`status-${slug}`)}`;
}

function progressOf(o: OrderRow): { done: number; quantity: number; percent: number } | undefined {
  if (o.quantity === undefined || o.quantity <= 0) return undefined;
  const slug = o.status ? statusSlug(o.status) : "";
  const remains = o.remains ?? (slug === "completed" ? 0 : o.quantity);
  const done = Math.min(o.quantity, Math.max(0, o.quantity - remains));
  return { done, quantity: o.quantity, percent: Math.round((done / o.quantity) * 100) };
}

export function OrdersPage(props: { onRepeat: (serviceId: string, prefill: Prefill) => void }) {
  const [data, setData] = useState<OrdersAnswer | undefined>();
  const [error, setError] = useState<unknown>();
  const [filter, setFilter] = useState<Filter>("all");
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | undefined>();

  const load = async (fresh: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const list = await api<OrdersAnswer>("orders");
      const ids = list.items
        .filter((o) => !o.final)
        .map((o) => o.orderId)
        .slice(0, 100);
      if (fresh && ids.length > 0) {
        const { statuses } = await api<RefreshAnswer>("orders/refresh", { ids });
        list.items = list.items.map((o) => {
          const s = statuses[o.orderId];
          if (!s || "error" in s) return o;
          const { charge, remains, startCount, ...rest } = s;
          return {
            ...o,
            ...rest,
            ...(charge !== undefined ? { charge } : {}),
            ...(remains !== undefined ? { remains } : {}),
            ...(startCount !== undefined ? { startCount } : {}),
          };
        });
        setNote(t("app-orders-updated"));
      }
      setData(list);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void load(false);
  }, []);

  const act = async (o: OrderRow, action: "refill" | "cancel") => {
    if (action === "cancel" && !(await confirmDialog(t("app-orders-cancel-confirm", { id: o.orderId })))) return;
    haptic.tap();
    try {
      const r = await api<ActionAnswer>(`orders/${action}`, { orderId: o.orderId });
      if (r.ok) {
        haptic.success();
        setNote(
          action === "refill" ? t("app-orders-refill-done", { id: r.refillId ?? o.orderId }) : t("app-orders-cancel-done", { id: o.orderId }),
        );
        void load(true);
      } else {
        haptic.error();
        setNote(t("app-orders-action-failed", { reason: panelReason(r.kind, r.reason) }));
      }
    } catch (err) {
      haptic.error();
      setNote(errorText(err));
    }
  };

  if (error && !data) return <ErrorBox error={error} onRetry={() => void load(false)} />;
  if (!data) return <Loading />;
  const date = new Intl.DateTimeFormat(language(), { dateStyle: "medium", timeStyle: "short" });
  const shown = data.items.filter((o) => (filter === "all" ? true : filter === "done" ? o.final : !o.final));

  return (
    <section class="page orders">
      <div class="toolbar">
        <div class="chips" role="tablist">
          {(["all", "active", "done"] as const).map((f) => (
            <button
              type="button"
              key={f}
              role="tab"
              aria-selected={filter === f}
              class={`chip${filter === f ? " on" : ""}`}
              onClick={() => {
                haptic.select();
                setFilter(f);
              }}
            >
              {t(`app-orders-filter-${f}`)}
            </button>
          ))}
        </div>
        <button type="button" class="chip refresh" disabled={busy} onClick={() => void load(true)}>
          🔄 {t("app-orders-refresh")}
        </button>
      </div>
      {note && (
        <p class="note" aria-live="polite">
          {note}
        </p>
      )}
      {error !== undefined && <ErrorBox error={error} />}
      {shown.length === 0 && <p class="empty">{t("app-orders-empty")}</p>}
      <ul class="order-list">
        {shown.map((o) => {
          const p = progressOf(o);
          return (
            <li class="card order" key={`${o.panelId}:${o.orderId}`} data-order={o.orderId}>
              <div class="order-head">
                <strong>{t("app-orders-order", { id: o.orderId })}</strong>
                <span class="status">{o.status ? statusLabel(o.status) : t("app-orders-status-unknown")}</span>
              </div>
              {o.serviceName && <div class="muted">{o.serviceName}</div>}
              {o.link && <div class="link-text">{o.link}</div>}
              {p && (
                <div class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={p.percent}>
                  <div class="bar" style={{ width: `${p.percent}%` }} />
                  <span>{t("app-orders-progress", { done: p.done, quantity: p.quantity })}</span>
                </div>
              )}
              <div class="order-meta">
                {o.charge !== undefined ? (
                  <span>{t("app-orders-charge", { charge: money(o.charge, o.currency) })}</span>
                ) : o.price !== undefined ? (
                  <span>{money(o.price, o.currency)}</span>
                ) : null}
                <span>{date.format(new Date(o.createdAt))}</span>
              </div>
              <div class="buttons">
                {o.serviceId && (
                  <button
                    type="button"
                    onClick={() =>
                      props.onRepeat(o.serviceId!, { ...(o.link ? { link: o.link } : {}), ...(o.quantity ? { quantity: o.quantity } : {}) })
                    }
                  >
                    {t("app-orders-repeat")}
                  </button>
                )}
                {o.canRefill && (
                  <button type="button" onClick={() => void act(o, "refill")}>
                    {t("app-orders-refill")}
                  </button>
                )}
                {o.canCancel && (
                  <button type="button" class="danger" onClick={() => void act(o, "cancel")}>
                    {t("app-orders-cancel")}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
