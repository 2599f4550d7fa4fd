/**
 * The bot's node flags (src/lib/heap.ts, NODE_FLAGS) are given wherever the bot starts: `npm
 * start`, the Docker image's CMD and the end-to-end tests' child processes (which import them),
 * so the image starts the bot the way the tests do; and this node accepts them.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NODE_FLAGS } from "../../src/lib/heap.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("the bot's node flags", () => {
  it("npm start and the Docker image start the bot with them", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(["node", ...NODE_FLAGS, "dist/main.js"].join(" "));
    const cmd = readFileSync(path.join(ROOT, "Dockerfile"), "utf8")
      .split("\n")
      .filter((l) => l.startsWith("CMD "));
    expect(cmd.at(-1)).toBe(`CMD ${JSON.stringify(["node", ...NODE_FLAGS, "dist/main.js"]).replace(/","/g, '", "')}`);
  });

  it("are accepted by this node", () => {
    expect(NODE_FLAGS.length).toBeGreaterThan(0);
    const run = spawnSync(process.execPath, [...NODE_FLAGS, "-e", "process.stdout.write('ok')"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("ok");
    // A flag node does not know makes it refuse to start (what the check above would catch).
    expect(spawnSync(process.execPath, ["--no-such-flag-smmbot", "-e", "0"], { encoding: "utf8" }).status).not.toBe(0);
  });
});
