/** The app shell: tabs (catalogue, orders, account), a page stack with Telegram's BackButton. */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { CatalogueAnswer, MeAnswer, OrderAnswer } from "../../src/webapp/api-types.js";
import { AccountPage } from "./account-page.js";
import { api } from "./api.js";
import { buildCatalogue, NO_FILTERS, type Catalogue, type Filters } from "./catalogue.js";
import { CataloguePage } from "./catalogue-page.js";
import { t } from "./i18n.js";
import { OrderPage, ResultPage, ServicePage, type Prefill } from "./order-page.js";
import { OrdersPage } from "./orders-page.js";
import { haptic, tg } from "./tg.js";
import { ErrorBox, Loading } from "./ui.js";

type Tab = "catalogue" | "orders" | "account";
type Page =
  { kind: "service"; id: string } | { kind: "form"; id: string; prefill?: Prefill; key: number } | { kind: "result"; answer: OrderAnswer };

export function App(props: { me: MeAnswer; firstCatalogue?: Promise<CatalogueAnswer> | undefined }) {
  const { me } = props;
  const account = me.accounts.find((a) => a.active);
  const currency = account?.currency;
  const [tab, setTab] = useState<Tab>("catalogue");
  const [stack, setStack] = useState<Page[]>([]);
  const [catalogue, setCatalogue] = useState<Catalogue | undefined>();
  const [catError, setCatError] = useState<unknown>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [ordersKey, setOrdersKey] = useState(0);

  const loadCatalogue = useCallback((first?: Promise<CatalogueAnswer>) => {
    setCatError(undefined);
    (first ?? api<CatalogueAnswer>("catalogue", undefined, true)).then((a) => {
      const m = (window.__appMetrics ??= { searchMs: [] });
      const t0 = performance.now();
      m.catalogueAt ??= t0;
      setCatalogue(buildCatalogue(a));
      m.buildMs ??= performance.now() - t0;
    }, setCatError);
  }, []);
  useEffect(() => {
    if (account) loadCatalogue(props.firstCatalogue);
  }, []);

  const push = (p: Page) => setStack((s) => [...s, p]);
  const pop = useCallback(() => setStack((s) => s.slice(0, -1)), []);
  const top = stack[stack.length - 1];

  // Telegram's BackButton while a page is open.
  useEffect(() => {
    const bb = tg?.BackButton;
    if (!bb) return;
    if (stack.length > 0) bb.show();
    else bb.hide();
    bb.onClick(pop);
    return () => bb.offClick(pop);
  }, [stack.length > 0, pop]);

  const openTab = (t2: Tab) => {
    haptic.select();
    setStack([]);
    if (t2 === "orders") setOrdersKey((k) => k + 1);
    setTab(t2);
  };

  let page = null;
  if (top?.kind === "service")
    page = <ServicePage id={top.id} currency={currency} onOrder={() => push({ kind: "form", id: top.id, key: Date.now() })} />;
  else if (top?.kind === "form")
    page = (
      <OrderPage
        key={top.key}
        id={top.id}
        userId={me.user.id}
        currency={currency}
        prefill={top.prefill}
        onDone={(answer) => setStack((s) => [...s.slice(0, -1), { kind: "result", answer }])}
      />
    );
  else if (top?.kind === "result")
    page = <ResultPage answer={top.answer} currency={currency} onOrders={() => openTab("orders")} onNew={() => setStack([])} />;

  return (
    <div class="shell">
      <nav class="tabs" role="tablist">
        {(["catalogue", "orders", "account"] as const).map((k) => (
          <button type="button" role="tab" key={k} aria-selected={tab === k && !top} class={tab === k ? "on" : ""} onClick={() => openTab(k)}>
            {t(`app-tab-${k}`)}
          </button>
        ))}
      </nav>
      {top && (
        <>
          {!tg?.BackButton && (
            <button type="button" class="back link" onClick={pop}>
              ← {t("app-back")}
            </button>
          )}
          <main class="overlay">{page}</main>
        </>
      )}
      <main class="base" hidden={!!top}>
        {tab === "catalogue" &&
          (!account ? (
            <p class="empty">{t("app-error-no-account")}</p>
          ) : catError ? (
            <ErrorBox error={catError} onRetry={() => loadCatalogue()} />
          ) : !catalogue ? (
            <Loading />
          ) : (
            <CataloguePage
              catalogue={catalogue}
              currency={currency}
              filters={filters}
              setFilters={setFilters}
              onOpen={(id) => {
                haptic.tap();
                push({ kind: "service", id });
              }}
            />
          ))}
        {tab === "orders" && <OrdersPage key={ordersKey} onRepeat={(id, prefill) => push({ kind: "form", id, prefill, key: Date.now() })} />}
        {tab === "account" && <AccountPage accounts={me.accounts} />}
      </main>
    </div>
  );
}
