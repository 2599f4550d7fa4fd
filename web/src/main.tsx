/** Entry: theme, /app/api/me (user, language, texts, accounts), then the app. */
import { render } from "preact";
import type { CatalogueAnswer, MeAnswer } from "../../src/webapp/api-types.js";
import { api } from "./api.js";
import { App } from "./app.js";
import { setMessages } from "./i18n.js";
import { applyTheme, tg } from "./tg.js";
import { ErrorBox } from "./ui.js";

const root = document.getElementById("app")!;
tg?.ready();
tg?.expand?.();
applyTheme();
tg?.onEvent?.("themeChanged", applyTheme);

// Both at once: the catalogue does not wait for the texts.
const catalogue = api<CatalogueAnswer>("catalogue", undefined, true);
catalogue.catch(() => undefined);
api<MeAnswer>("me").then(
  (me) => {
    setMessages(me.lang, me.ftl, me.dir);
    render(<App me={me} firstCatalogue={me.accounts.length > 0 ? catalogue : undefined} />, root);
  },
  (err: unknown) => render(<ErrorBox error={err} onRetry={() => location.reload()} />, root),
);
