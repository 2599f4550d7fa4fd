/** Text formatting helpers shared by features (HTML parse mode). */
import { statusEmoji, statusSlug } from "../panel/status.js";
import type { BaseContext } from "./context.js";

type T = BaseContext["t"];

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** "✅ Completed" in the user's language; unknown statuses keep the panel's own word. */
export function statusLabel(t: T, status: string): string {
  const slug = statusSlug(status);
  const label = slug === "other" ? status : t(`status-${slug}`);
  return `${statusEmoji(status)} ${label}`;
}

/** Cuts long text for buttons and lists. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
