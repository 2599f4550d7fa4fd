/**
 * The shared vitest fixtures (test.extend): a fresh bot per test driven through bot.handleUpdate
 * (see harness.ts), closed after it, instead of a beforeEach/afterEach pair copied into every file.
 *
 *   import { test } from "../helpers/fixtures.js";        // { h }: a bot and a mock panel
 *   import { connectedTest } from "../helpers/fixtures.js"; // also { key, panelId }: ALICE connected
 *
 *   connectedTest("refills one order", async ({ h, key, panelId }) => { … });
 */
import { test as base } from "vitest";
import { ALICE, Harness } from "./harness.js";

export const test = base.extend<{ h: Harness }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a test uses from this pattern
  h: async ({}, use) => {
    const h = await Harness.create();
    await use(h);
    await h.close();
  },
});

/** ALICE has connected a key on the mock panel: `key` is her API key, `panelId` the panel's id. */
export const connectedTest = test.extend<{ key: string; panelId: string }>({
  // auto: ALICE is connected before every test, whether it reads `key` or not.
  key: [
    async ({ h }, use) => {
      await use(await h.connect(ALICE));
    },
    { auto: true },
  ],
  panelId: async ({ h }, use) => {
    await use(h.deps.config.panels[0]!.id);
  },
});
