/** The low-balance alert's daily part: the poller checks the accounts with tracked orders once a day. */
import { expect } from "vitest";
import { connectedTest as test } from "../helpers/fixtures.js";
import { ALICE } from "../helpers/harness.js";
import { RecordingApi, makePoller, trackOrder } from "./helpers.js";
import { allButtons, texts } from "../order/helpers.js";

const DAY = 24 * 60 * 60 * 1000;

test("warns a chat below its threshold once a day, from the poller, and /balance does not warn again that day", async ({ h, key }) => {
  h.panel!.addAccount(key, "3.00", "USD");
  // The threshold is set through /settings' button.
  const set = await h.press(ALICE, "tlow:10");
  expect(allButtons(set).some((b) => b.text === "🪫 Low-balance alert: below 10")).toBe(true);
  const seeded = h.panel!.seedOrder(key, { status: "In progress", remains: 10, charge: "1" });
  await trackOrder(h, ALICE, seeded.id);

  let clock = Date.now();
  const rec = new RecordingApi(h);
  const poller = makePoller(h, rec, { now: () => clock });
  await poller.runCycle();
  const alerts = () => rec.to(ALICE.id).filter((m) => m.text.includes("alert threshold"));
  expect(alerts()).toHaveLength(1);
  expect(alerts()[0]!.text).toContain("🪫 Your balance ($3.00) is below your alert threshold of $10.00.");

  // Same day: neither the next cycles nor /balance warn again.
  await poller.runCycle();
  clock += DAY / 2;
  await poller.runCycle();
  expect(alerts()).toHaveLength(1);
  expect(texts(await h.text(ALICE, "/balance"))).not.toContain("alert threshold");

  // A day later: once more.
  clock += DAY;
  await poller.runCycle();
  expect(alerts()).toHaveLength(2);
});

test("asks no balance for chats without a threshold", async ({ h, key }) => {
  const seeded = h.panel!.seedOrder(key, { status: "In progress", remains: 10, charge: "1" });
  await trackOrder(h, ALICE, seeded.id);
  const rec = new RecordingApi(h);
  h.panel!.resetRequests();
  await makePoller(h, rec).runCycle();
  expect(h.panel!.requests.filter((r) => r.action === "balance")).toHaveLength(0);
  expect(rec.sent.filter((m) => m.text.includes("alert threshold"))).toHaveLength(0);
});
