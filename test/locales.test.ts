import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { LOCALES_DIR } from "../src/bot/i18n.js";

function ftlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? ftlFiles(p) : p.endsWith(".ftl") ? [p] : [];
  });
}

function keysOf(locale: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of ftlFiles(path.join(LOCALES_DIR, locale))) {
    const bundle = new FluentBundle(locale);
    const errors = bundle.addResource(new FluentResource(readFileSync(file, "utf8")));
    expect(errors, `${file} parses`).toEqual([]);
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const m = line.match(/^([a-z][\w-]*)\s*=/);
      if (m) {
        expect(keys.has(m[1]!), `${m[1]} defined twice in ${locale}`).toBe(false);
        keys.set(m[1]!, file);
      }
    }
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("locales", () => {
  const locales = readdirSync(LOCALES_DIR).filter((n) => statSync(path.join(LOCALES_DIR, n)).isDirectory());

  it("has English and Slovenian", () => {
    expect(locales).toEqual(expect.arrayContaining(["en", "sl"]));
  });

  it("every locale has exactly the keys of English", () => {
    const en = [...keysOf("en").keys()].sort();
    for (const l of locales) {
      expect([...keysOf(l).keys()].sort(), `keys of ${l}`).toEqual(en);
    }
  });

  it("every literal key used in src/ exists", () => {
    const en = keysOf("en");
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve(LOCALES_DIR, "../src"))) {
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/\bt\(\s*"([a-z][\w-]*)"/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !en.has(k));
    expect(missing).toEqual([]);
  });
});
