/**
 * The layer rules of eslint.config.js must keep firing: an import that points up, or closes a loop, is
 * reported; one that points down is not. Runs ESLint on in-memory probes placed in the real folders,
 * importing real modules (picked from disk, so renames inside a folder do not break the test).
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint, type Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const src = path.join(root, "src");

/** The rules under test; the type-aware rules are left out to keep this fast (they do not affect these). */
const RULES = new Set([
  "import-x/no-restricted-paths",
  "import-x/no-cycle",
  "import-x/no-unresolved",
  "@typescript-eslint/no-restricted-imports",
]);

let eslint: ESLint;
let layers: Record<string, { mayImport: string[] | "*" }>;

beforeAll(async () => {
  eslint = new ESLint({
    cwd: root,
    // Boundaries do not need type information; skipping the TypeScript program keeps this test quick.
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => RULES.has(ruleId),
  });
  const configUrl = pathToFileURL(path.join(root, "eslint.config.js")).href;
  ({ LAYERS: layers } = (await import(configUrl)) as { LAYERS: typeof layers });
});

/** Lints `code` as if it were the file `file` (relative to the repo root). */
async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error("ESLint returned no result");
  return result.messages;
}

/**
 * A real module under `folder` (relative to src/, or to the repo root when it starts with "/"): the first
 * .ts file by name, as an import path from `fromDir` (relative to the repo root).
 */
function moduleIn(folder: string, fromDir: string): string {
  const dir = folder.startsWith("/") ? path.join(root, folder) : path.join(src, folder);
  const file = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .sort()[0];
  if (!file) throw new Error(`no .ts file in ${dir}`);
  const rel = path.relative(path.join(root, fromDir), path.join(dir, file)).replace(/\.ts$/, ".js");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

const ruleIds = (messages: Linter.LintMessage[]) => messages.map((m) => m.ruleId);

describe("layer boundaries", () => {
  it("places every top-level entry of src/ in a layer", () => {
    const entries = fs.readdirSync(src).filter((name) => !name.startsWith("."));
    const unplaced = entries.filter((name) => !(name in layers));
    expect(unplaced, "add these to LAYERS in eslint.config.js").toEqual([]);
  });

  const upward: [probe: string, folder: string][] = [
    ["src/panel/__probe__.ts", "bot"],
    ["src/panel/__probe__.ts", "storage"],
    ["src/storage/__probe__.ts", "catalogue"],
    ["src/storage/repos/__probe__.ts", "tracking"],
    ["src/catalogue/__probe__.ts", "orders"],
    ["src/catalogue/__probe__.ts", "bot"],
    ["src/orders/__probe__.ts", "tracking"],
    ["src/orders/__probe__.ts", "bot"],
    ["src/tracking/__probe__.ts", "bot"],
    ["src/dev/__probe__.ts", "storage"],
    ["src/dev/__probe__.ts", "bot"],
  ];
  it.each(upward)("reports %s importing src/%s", async (probe, folder) => {
    const specifier = moduleIn(folder, path.dirname(probe));
    const messages = await lint(probe, `import * as up from "${specifier}";\nexport const probe = up;\n`);
    expect(ruleIds(messages)).toEqual(["import-x/no-restricted-paths"]);
  });

  it("lets the web app use the bot's i18n but nothing else of the bot", async () => {
    const i18n = fs.readdirSync(path.join(src, "bot")).find((name) => name.startsWith("i18n") && name.endsWith(".ts"));
    if (i18n) {
      const ok = await lint("src/webapp/__probe__.ts", `export * from "../bot/${i18n.replace(/\.ts$/, ".js")}";\n`);
      expect(ok).toEqual([]);
    }
    const notI18n = fs.readdirSync(path.join(src, "bot")).find((name) => !name.startsWith("i18n") && name.endsWith(".ts"));
    const bad = await lint("src/webapp/__probe__.ts", `export * from "../bot/${notI18n!.replace(/\.ts$/, ".js")}";\n`);
    expect(ruleIds(bad)).toEqual(["import-x/no-restricted-paths"]);
  });

  it.skipIf(!fs.existsSync(path.join(src, "webapp")))("reports the bot importing the web app", async () => {
    const messages = await lint("src/bot/__probe__.ts", `export * from "${moduleIn("webapp", "src/bot")}";\n`);
    expect(ruleIds(messages)).toEqual(["import-x/no-restricted-paths"]);
  });

  it.skipIf(!fs.existsSync(path.join(src, "deps.ts")))("lets the bot, not tracking, import src/deps.ts", async () => {
    expect(await lint("src/bot/__probe__.ts", `export * from "../deps.js";\n`)).toEqual([]);
    expect(ruleIds(await lint("src/tracking/__probe__.ts", `export * from "../deps.js";\n`))).toEqual(["import-x/no-restricted-paths"]);
  });

  it("reports the bottom helpers importing the layers above them", async () => {
    expect(ruleIds(await lint("src/config.ts", `export * from "./panel/errors.js";\n`))).toContain("import-x/no-restricted-paths");
    expect(ruleIds(await lint("src/logger.ts", `export * from "./config.js";\n`))).toContain("import-x/no-restricted-paths");
    expect(ruleIds(await lint("src/lib/__probe__.ts", `export * from "../logger.js";\n`))).toContain("import-x/no-restricted-paths");
  });

  it("reports production code importing tests", async () => {
    const messages = await lint("src/app.ts", `export * from "${moduleIn("/test", "src")}";\n`);
    expect(ruleIds(messages)).toContain("import-x/no-restricted-paths");
  });

  const downward: [probe: string, folders: string[]][] = [
    ["src/storage/__probe__.ts", []],
    ["src/catalogue/__probe__.ts", ["panel", "storage"]],
    ["src/orders/__probe__.ts", ["catalogue", "panel", "storage"]],
    ["src/tracking/__probe__.ts", ["orders", "catalogue", "panel", "storage"]],
    ["src/bot/__probe__.ts", ["tracking", "orders", "catalogue", "panel", "storage"]],
    ["src/dev/__probe__.ts", ["panel"]],
  ];
  it.each(downward)("accepts %s importing %j and the shared helpers", async (probe, folders) => {
    const dir = path.dirname(probe);
    const up = path.relative(path.join(root, dir), src) || ".";
    const lines = folders.map((folder, i) => `import * as m${i} from "${moduleIn(folder, dir)}";`);
    if (!probe.startsWith("src/dev/")) {
      lines.push(`import * as config from "${up}/config.js";`, `import * as logger from "${up}/logger.js";`);
    }
    lines.push(
      `export const probe = [${[...folders.map((_, i) => `m${i}`), ...(probe.startsWith("src/dev/") ? [] : ["config", "logger"])].join(", ")}];`,
    );
    const messages = await lint(probe, `${lines.join("\n")}\n`);
    // Also proves the imports resolved: an unresolved import would be reported by import-x/no-unresolved.
    expect(messages).toEqual([]);
  });

  it("lets storage use panel types but not panel code", async () => {
    const specifier = moduleIn("panel", "src/storage");
    const typeOnly = await lint("src/storage/__probe__.ts", `import type * as panel from "${specifier}";\nexport type P = typeof panel;\n`);
    expect(typeOnly).toEqual([]);
    const value = await lint("src/storage/__probe__.ts", `import * as panel from "${specifier}";\nexport const p = panel;\n`);
    expect(ruleIds(value)).toEqual(["@typescript-eslint/no-restricted-imports"]);
  });
});

describe("import cycles", () => {
  /** A real pair in src/: `importer` imports `imported` at run time (from the same folder). */
  function findRuntimeImport(): { imported: string; importer: string } {
    const files = fs.readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    for (const file of files.sort()) {
      const text = fs.readFileSync(path.join(src, file), "utf8");
      for (const [, list = "", name = ""] of text.matchAll(/^import \{([^}]*)\} from "\.\/([\w.-]+)\.js";$/gm)) {
        const names = list
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean);
        if (names.every((n) => n.startsWith("type "))) continue;
        const imported = path.join(path.dirname(file), `${name}.ts`);
        if (fs.existsSync(path.join(src, imported))) return { imported, importer: file };
      }
    }
    throw new Error("no run-time import between two files of one src/ folder");
  }

  it("reports a module that imports, at run time, a module importing it back", async () => {
    const { imported, importer } = findRuntimeImport();
    // Lint `imported` as if it imported `importer` back: that closes a loop.
    const specifier = `./${path.basename(importer, ".ts")}.js`;
    const messages = await lint(path.join("src", imported), `import "${specifier}";\n`);
    expect(ruleIds(messages)).toContain("import-x/no-cycle");
  });

  it("ignores a loop made only of type imports", async () => {
    const { imported, importer } = findRuntimeImport();
    const specifier = `./${path.basename(importer, ".ts")}.js`;
    const messages = await lint(path.join("src", imported), `import type * as back from "${specifier}";\nexport type B = typeof back;\n`);
    expect(ruleIds(messages)).not.toContain("import-x/no-cycle");
  });
});
