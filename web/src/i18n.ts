/** Texts from the bot's Fluent files (locales/<lang>/webapp.ftl, status.ftl, order.ftl), sent by /app/api/me. */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

let bundles: FluentBundle[] = [];
let lang = "en";

export function setMessages(language: string, sources: string[], dir: "ltr" | "rtl"): void {
  lang = language;
  bundles = sources.map((src, i) => {
    const b = new FluentBundle(i === 0 ? language : "en", { useIsolating: false });
    b.addResource(new FluentResource(src));
    return b;
  });
  document.documentElement.lang = language;
  document.documentElement.dir = dir;
}

export function language(): string {
  return lang;
}

export function t(key: string, args?: Record<string, FluentVariable>): string {
  for (const b of bundles) {
    const m = b.getMessage(key);
    if (m?.value) return b.formatPattern(m.value, args);
  }
  return key;
}
