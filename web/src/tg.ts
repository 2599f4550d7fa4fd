/** The parts of Telegram's WebApp object (telegram-web-app.js) the app uses; absent outside Telegram. */
export interface TgButton {
  setText(text: string): TgButton;
  show(): TgButton;
  hide(): TgButton;
  enable(): TgButton;
  disable(): TgButton;
  showProgress(leaveActive?: boolean): TgButton;
  hideProgress(): TgButton;
  onClick(cb: () => void): TgButton;
  offClick(cb: () => void): TgButton;
}

export interface TgWebApp {
  initData: string;
  initDataUnsafe?: { user?: { id: number; language_code?: string } };
  colorScheme?: "light" | "dark";
  themeParams?: Record<string, string>;
  version?: string;
  ready(): void;
  expand?(): void;
  MainButton?: TgButton;
  BackButton?: { show(): void; hide(): void; onClick(cb: () => void): void; offClick(cb: () => void): void };
  HapticFeedback?: {
    impactOccurred(style: "light" | "medium" | "heavy" | "rigid" | "soft"): void;
    notificationOccurred(type: "error" | "success" | "warning"): void;
    selectionChanged(): void;
  };
  showConfirm?(message: string, cb: (ok: boolean) => void): void;
  onEvent?(event: string, cb: () => void): void;
}

declare global {
  interface Window {
    Telegram?: { WebApp?: TgWebApp };
    /** Timings read by the browser tests and the benchmark. */
    __appMetrics?: { firstListRenderMs?: number; searchMs: number[]; catalogueAt?: number; buildMs?: number; searchReadyMs?: number };
  }
}

export const tg: TgWebApp | undefined = window.Telegram?.WebApp;

export const haptic = {
  tap: () => tg?.HapticFeedback?.impactOccurred("light"),
  select: () => tg?.HapticFeedback?.selectionChanged(),
  success: () => tg?.HapticFeedback?.notificationOccurred("success"),
  error: () => tg?.HapticFeedback?.notificationOccurred("error"),
};

/** Asks for confirmation (Telegram's popup, or the browser's). */
export function confirmDialog(message: string): Promise<boolean> {
  if (tg?.showConfirm) return new Promise((resolve) => tg.showConfirm!(message, resolve));
  return Promise.resolve(window.confirm(message));
}

/** Dark mode from Telegram's colour scheme (its theme colours come as --tg-theme-* CSS variables). */
export function applyTheme(): void {
  const root = document.documentElement;
  const dark = tg?.colorScheme ? tg.colorScheme === "dark" : window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  root.classList.toggle("dark", !!dark);
  for (const [k, v] of Object.entries(tg?.themeParams ?? {})) {
    if (/^[a-z_]+$/.test(k) && /^#[0-9a-f]{3,8}$/i.test(v)) root.style.setProperty(`--tg-theme-${k.replace(/_/g, "-")}`, v);
  }
}
