/** Every text the Mini App's front end (web/src) asks for exists in the Fluent files it is sent. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../../src/bot/i18n.js";
import { statusSlug } from "../../src/panel/status.js";

const WEB = path.resolve(LOCALES_DIR, "../web/src");
const FILES = ["webapp.ftl", "status.ftl", "order.ftl"];

function bundle(lang: string): FluentBundle {
  const b = new FluentBundle(lang);
  for (const f of FILES) expect(b.addResource(new FluentResource(readFileSync(path.join(LOCALES_DIR, lang, f), "utf8")))).toEqual([]);
  return b;
}

describe("web app texts", () => {
  const sources = readdirSync(WEB)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(path.join(WEB, f), "utf8"))
    .join("\n");
  const literal = new Set([...sources.matchAll(/\bt\(\s*"([a-z][\w-]*)"/g)].map((m) => m[1]!));
  const quoted = new Set(
    [...sources.matchAll(/"((?:app|status|order-field|order-delay|order-device|order-traffic)-[a-z][\w-]*)"/g)].map((m) => m[1]!),
  );
  const dynamic = [
    ...["catalogue", "orders", "account"].map((k) => `app-tab-${k}`),
    ...["all", "active", "done"].map((k) => `app-orders-filter-${k}`),
    ...["service", "link", "quantity", "active-order"].map((k) => `app-panel-${k}`),
    ...[
      "Pending",
      "In progress",
      "Processing",
      "Completed",
      "Partial",
      "Canceled",
      "Refunded",
      "Active",
      "Awaiting",
      "Queued",
      "Fail",
      "Error",
    ].map((s) => `status-${statusSlug(s)}`),
  ];

  for (const lang of ["en", "sl"]) {
    it(`${lang}: every key used by web/src exists`, () => {
      const b = bundle(lang);
      const missing = [...literal, ...quoted, ...dynamic].filter((k) => !b.hasMessage(k));
      expect(literal.size).toBeGreaterThan(50);
      expect(missing).toEqual([]);
    });
  }
});
