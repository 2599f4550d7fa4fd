/**
 * The Mini App's front end (Preact), built into dist/webapp-static/ by `npm run build` and served
 * by the bot under /app/ (src/webapp/). Shared pure modules come from src/ (service types, money,
 * search normalisation), so the form and the search follow the bot's rules exactly.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "/app/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: fileURLToPath(new URL("../dist/webapp-static", import.meta.url)),
    emptyOutDir: true,
    target: "es2020",
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 200,
  },
  logLevel: "warn",
});
