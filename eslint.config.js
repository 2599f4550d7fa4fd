// ESLint flat config: type-aware typescript-eslint rules, plus the layer rules of ARCHITECTURE.md
// (imports only point down, never in a loop). `npm run lint` runs it; test/lint/boundaries.test.ts
// proves the layer and cycle rules still fire.
import fs from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

const root = import.meta.dirname;
const src = path.join(root, "src");

/**
 * The layers of src/, bottom to top. Each entry is a path under src/ (a folder or a file); `mayImport`
 * lists what else under src/ its files may import (their own entry is always allowed). Every top-level
 * entry of src/ must appear here (the boundaries test checks it), so a new folder gets a place on purpose.
 */
const HELPERS = ["lib"];
const FOUNDATION = [...HELPERS, "config.ts", "logger.ts"];
const BOTTOM = [...FOUNDATION, "panel", "storage"];
const UP_TO_CATALOGUE = [...BOTTOM, "catalogue"];
const UP_TO_ORDERS = [...UP_TO_CATALOGUE, "orders"];
const UP_TO_TRACKING = [...UP_TO_ORDERS, "tracking"];
const UP_TO_DEPS = [...UP_TO_TRACKING, "deps.ts"];

/** Files of src/bot whose name starts with "i18n" (the web app shares the bot's translations). */
function botI18nEntries() {
  try {
    return fs
      .readdirSync(path.join(src, "bot"))
      .filter((name) => name.startsWith("i18n"))
      .map((name) => `bot/${name}`);
  } catch {
    return [];
  }
}

/** @type {Record<string, { mayImport: string[] | "*", why: string }>} */
export const LAYERS = {
  lib: { mayImport: [], why: "src/lib holds small shared helpers and imports nothing else from src" },
  "config.ts": { mayImport: HELPERS, why: "config may only use src/lib" },
  "logger.ts": { mayImport: HELPERS, why: "the logger may only use src/lib" },
  panel: { mayImport: FOUNDATION, why: "panel is the bottom layer" },
  // storage may also import panel, but only its types (see the storage override below).
  storage: { mayImport: [...FOUNDATION, "panel"], why: "storage is the bottom layer" },
  catalogue: { mayImport: BOTTOM, why: "catalogue sits on panel and storage" },
  orders: { mayImport: UP_TO_CATALOGUE, why: "orders is domain code: no UI, no tracking" },
  tracking: { mayImport: UP_TO_ORDERS, why: "tracking hands changes to a sender interface; it never renders" },
  "deps.ts": { mayImport: UP_TO_TRACKING, why: "deps composes the services below the UI" },
  bot: { mayImport: UP_TO_DEPS, why: "the bot may not import the web app or the app" },
  webapp: { mayImport: [...UP_TO_DEPS, ...botI18nEntries()], why: "the web app may use the bot's i18n only" },
  dev: { mayImport: ["panel", ...HELPERS], why: "the mock panel speaks the panel API only" },
  "app.ts": { mayImport: "*", why: "" },
  "main.ts": { mayImport: "*", why: "" },
  "ops-server.ts": { mayImport: "*", why: "" },
  "rotate-key.ts": { mayImport: "*", why: "" },
  app: { mayImport: "*", why: "" },
};

/** import-x/no-restricted-paths zones: for each layer, everything under src/ except what it may import. */
function layerZones() {
  const zones = [];
  for (const [entry, { mayImport, why }] of Object.entries(LAYERS)) {
    if (mayImport === "*") continue;
    zones.push({
      target: path.join(src, entry),
      from: src,
      except: [entry, ...mayImport].map((allowed) => `./${allowed}`),
      message: `Layers point down: ${why} (layers: LAYERS in eslint.config.js).`,
    });
  }
  zones.push({
    target: src,
    from: [path.join(root, "test"), path.join(root, "bench")],
    message: "Production code may not import tests or benchmarks.",
  });
  return zones;
}

export default defineConfig(
  {
    ignores: ["dist/**", "dist-bench/**", "coverage/**", "data/**", "node_modules/**", "locales/**", "web/vite.config.ts", "test-artifacts/**"],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },

  // Every file: ESLint's and typescript-eslint's recommended rules, with type information.
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    plugins: { "import-x": importX },
    settings: {
      // Without .ts here import-x cannot read TypeScript modules, and no-cycle silently finds nothing.
      "import-x/extensions": [".ts", ".js", ".mjs", ".cjs"],
      "import-x/external-module-folders": ["node_modules", "node_modules/@types"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: path.join(root, "tsconfig.json") })],
    },
    rules: {
      // Promises: every one awaited, returned or explicitly voided.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      // Off: async functions without await are how this code implements promise-returning
      // interfaces (leases, storage adapters); the promise rules above catch the real mistakes.
      "@typescript-eslint/require-await": "off",

      // Imports: `import type` for types (verbatimModuleSyntax keeps the rest at run time), resolvable,
      // no duplicates.
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      "import-x/no-unresolved": "error",
      "import-x/no-duplicates": ["error", { "prefer-inline": true }],
      "import-x/no-self-import": "error",

      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          args: "after-used",
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrors: "all",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/prefer-promise-reject-errors": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true, allowNullish: false }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": "error",
      "prefer-const": "error",
      "no-var": "error",
      "object-shorthand": "error",
    },
  },

  // src/: the layers point down and never form a loop.
  {
    files: ["src/**/*.ts"],
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones() }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  // storage may use panel's types (Decimal, status names) but not its code.
  {
    files: ["src/storage/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+panel/",
              allowTypeImports: true,
              message: "storage may import panel types only (`import type`).",
            },
          ],
        },
      ],
    },
  },
  // Command-line entry points talk to a terminal (and the storage's fallback logger is the console).
  {
    files: ["src/main.ts", "src/rotate-key.ts", "src/dev/*-cli.ts", "src/storage/logger.ts", "bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
  // Tests, benchmarks and the mock panel build messages from loosely typed fixtures.
  {
    files: ["test/**/*.ts", "bench/**/*.ts", "src/dev/**/*.ts"],
    rules: {
      "@typescript-eslint/restrict-template-expressions": "off",
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  // Tests: mocks and fixtures are loosely typed on purpose; the promise rules still apply.
  {
    files: ["test/**/*.ts"],
    rules: {
      "no-console": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "no-useless-assignment": "off",
    },
  },
  // This file and other plain JavaScript: no type information.
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
