/** Accounts: the panel account the app acts for (one per private chat today), with the balance. */
import { useEffect, useState } from "preact/hooks";
import type { AccountView, BalanceAnswer } from "../../src/webapp/api-types.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { Row, errorText, money } from "./ui.js";

export function AccountPage(props: { accounts: AccountView[] }) {
  const [balance, setBalance] = useState<BalanceAnswer | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (props.accounts.length > 0) api<BalanceAnswer>("balance").then(setBalance, setError);
  }, []);
  if (props.accounts.length === 0) return <p class="empty">{t("app-account-none")}</p>;
  return (
    <section class="page account">
      <h2>{t("app-account-title")}</h2>
      {props.accounts.map((a) => (
        <div class="card" key={a.owner}>
          <Row label={t("app-account-panel")}>{a.panelName}</Row>
          {a.currency && <Row label={t("app-account-currency")}>{a.currency}</Row>}
          {a.active && (
            <Row label={t("app-account-balance")}>{balance ? money(balance.balance, balance.currency) : error ? errorText(error) : "…"}</Row>
          )}
          {a.active && <span class="badge">{t("app-account-active")}</span>}
        </div>
      ))}
    </section>
  );
}
