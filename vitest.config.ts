import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI machine,
    // where the suite then took ~8 minutes; two workers take ~5 (the main process mostly waits).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ["default"],
  },
});
