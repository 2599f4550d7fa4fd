/**
 * CSV of a chat's orders (/export). RFC 4180: fields with a comma, quote, CR or LF are quoted and
 * their quotes doubled; lines end with CRLF. Spreadsheet formula injection is neutralised: a field
 * that starts with =, +, -, @, a tab or a CR gets a leading apostrophe (so `=HYPERLINK(…)` in a
 * link or service name is shown as text, never run). Numbers the bot writes itself (IDs,
 * quantities, amounts) are written as they are.
 */
import type { TrackedOrder, TrackState } from "../storage/types.js";

export const CSV_COLUMNS = [
  "id",
  "date",
  "account",
  "service",
  "link",
  "quantity",
  "charge",
  "currency",
  "status",
  "start_count",
  "remains",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, escaped (text from outside: neutralised against formulas). */
export function csvField(value: string | number | undefined, trusted = false): string {
  if (value === undefined) return "";
  let text = String(value);
  if (!trusted && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(fields: ReadonlyArray<{ value: string | number | undefined; trusted?: boolean }>): string {
  return fields.map((f) => csvField(f.value, f.trusted)).join(",");
}

/** The CSV text (header and one row per order, newest first as given). */
export function ordersCsv(items: ReadonlyArray<{ order: TrackedOrder; state?: TrackState }>, accountName: (panelId: string) => string): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const { order, state } of items) {
    const last = state?.last;
    lines.push(
      csvRow([
        { value: order.orderId },
        { value: new Date(order.createdAt).toISOString(), trusted: true },
        { value: accountName(order.panelId) },
        { value: order.serviceName ?? order.serviceId },
        { value: order.link },
        { value: order.quantity, trusted: true },
        { value: last?.charge ?? order.price, trusted: true },
        { value: last?.currency ?? order.currency },
        { value: last?.status },
        { value: last?.startCount, trusted: true },
        { value: last?.remains, trusted: true },
      ]),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
