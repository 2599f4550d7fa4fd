/**
 * A stand-in for Telegram's telegram-web-app.js, for browser tests, benchmarks and local
 * development: `window.Telegram.WebApp` with the given (validly signed) init data, theme colours,
 * and a MainButton / BackButton drawn as page buttons (#tg-main-button, #tg-back-button) so a test
 * can press them like a user presses Telegram's. Haptic calls are recorded in `__tgHaptics`.
 */
import { createHmac } from "node:crypto";

/** A Telegram user as it appears in init data. */
export interface InitDataUser {
  id: number;
  first_name: string;
  language_code?: string;
}

/**
 * Init data as Telegram builds it (core.telegram.org/bots/webapps, "Validating data received via
 * the Mini App"): the fields as sorted `key=value` lines, HMAC-SHA-256 with the key
 * HMAC-SHA-256("WebAppData", bot token), hex, as `hash`.
 */
export function signInitData(user: InitDataUser, token: string, opts: { authDate?: number; extra?: Record<string, string> } = {}): string {
  const fields: Record<string, string> = {
    auth_date: String(opts.authDate ?? Math.floor(Date.now() / 1000)),
    query_id: "AAHdF6IQAAAAAN0XohDhrOrc",
    user: JSON.stringify(user),
    ...opts.extra,
  };
  const check = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("\n");
  const secret = createHmac("sha256", "WebAppData").update(token).digest();
  const params = new URLSearchParams(fields);
  params.set("hash", createHmac("sha256", secret).update(check).digest("hex"));
  return params.toString();
}

export interface WebAppStubOptions {
  colorScheme?: "light" | "dark";
  themeParams?: Record<string, string>;
}

export function telegramWebAppStub(initData: string, options: WebAppStubOptions = {}): string {
  const cfg = JSON.stringify({ initData, colorScheme: options.colorScheme ?? "light", themeParams: options.themeParams ?? {} });
  return `(() => {
  const cfg = ${cfg};
  const user = (() => { try { return JSON.parse(new URLSearchParams(cfg.initData).get("user")); } catch { return undefined; } })();
  const haptics = (window.__tgHaptics = []);
  const make = (id, label) => {
    const handlers = new Set();
    let el;
    const state = { text: label, visible: false, enabled: true, progress: false };
    const render = () => {
      if (!document.body) return;
      if (!el) {
        el = document.createElement("button");
        el.id = id;
        el.type = "button";
        el.style.position = "fixed";
        el.style.left = "0";
        el.style.right = "0";
        el.style.zIndex = "1000";
        el.style.padding = "14px";
        el.style.border = "0";
        el.style.font = "600 15px sans-serif";
        el.style.background = "#2481cc";
        el.style.color = "#fff";
        if (id === "tg-main-button") el.style.bottom = "0"; else { el.style.top = "0"; el.style.right = "auto"; el.style.padding = "6px 10px"; }
        el.addEventListener("click", () => { if (state.enabled && !state.progress) for (const h of [...handlers]) h(); });
        document.body.appendChild(el);
      }
      el.textContent = state.progress ? "…" : state.text;
      el.hidden = !state.visible;
      el.disabled = !state.enabled;
    };
    const api = {
      get text() { return state.text; },
      get isVisible() { return state.visible; },
      get isActive() { return state.enabled; },
      setText(t) { state.text = t; render(); return api; },
      show() { state.visible = true; render(); return api; },
      hide() { state.visible = false; render(); return api; },
      enable() { state.enabled = true; render(); return api; },
      disable() { state.enabled = false; render(); return api; },
      showProgress() { state.progress = true; render(); return api; },
      hideProgress() { state.progress = false; render(); return api; },
      onClick(h) { handlers.add(h); return api; },
      offClick(h) { handlers.delete(h); return api; },
    };
    document.addEventListener("DOMContentLoaded", render);
    return api;
  };
  const params = cfg.themeParams;
  window.Telegram = {
    WebApp: {
      initData: cfg.initData,
      initDataUnsafe: user ? { user } : {},
      version: "8.0",
      platform: "stub",
      colorScheme: cfg.colorScheme,
      themeParams: params,
      ready() {},
      expand() {},
      onEvent() {},
      offEvent() {},
      showConfirm(message, cb) { haptics.push("confirm:" + message); setTimeout(() => cb(true), 0); },
      MainButton: make("tg-main-button", "Continue"),
      BackButton: (() => { const b = make("tg-back-button", "‹ Back"); return { show: () => b.show(), hide: () => b.hide(), onClick: (h) => b.onClick(h), offClick: (h) => b.offClick(h) }; })(),
      HapticFeedback: {
        impactOccurred(s) { haptics.push("impact:" + s); },
        notificationOccurred(s) { haptics.push("notification:" + s); },
        selectionChanged() { haptics.push("selection"); },
      },
    },
  };
})();
`;
}
