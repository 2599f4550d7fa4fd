/**
 * Notifications in the user's Telegram language when no language was chosen with /language: the
 * i18n negotiator records the language of private chats (only when it is new or changed) and the
 * poller uses language ?? detectedLanguage ?? default.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ALICE, GROUP, Harness } from "../helpers/harness.js";
import type { MockPanel } from "../../src/dev/mock-panel.js";
import { RecordingApi, makePoller, trackOrder, user } from "./helpers.js";

let h: Harness;
let rec: RecordingApi;
let mock: MockPanel;
beforeEach(async () => {
  h = await Harness.create();
  mock = h.panel!;
  rec = new RecordingApi(h);
});
afterEach(async () => {
  rec.releaseHung();
  await h.close();
});

describe("the chat's Telegram language", () => {
  it("is recorded from private chats when new or changed, with no write on other updates", async () => {
    const sl = user(5001, "sl");
    const update = vi.spyOn(h.deps.storage.prefs, "update");
    await h.text(sl, "/help");
    expect(await h.deps.storage.prefs.get(sl.id)).toMatchObject({ detectedLanguage: "sl" });
    expect(update).toHaveBeenCalledTimes(1);

    await h.text(sl, "/help");
    await h.press(sl, "noop:unknown");
    expect(update).toHaveBeenCalledTimes(1);

    await h.text({ ...sl, language_code: "pt-br" }, "/help");
    expect((await h.deps.storage.prefs.get(sl.id)).detectedLanguage).toBe("pt");
    expect(update).toHaveBeenCalledTimes(2);

    // Not from group chats (the group's prefs are not one user's language).
    await h.text(sl, "/help", GROUP);
    expect((await h.deps.storage.prefs.get(GROUP.id)).detectedLanguage).toBeUndefined();
    update.mockRestore();
  });

  it("a Slovenian user who never ran /language gets Slovenian notifications", async () => {
    const sl = user(5002, "sl");
    await h.text(sl, "/start");
    expect((await h.deps.storage.prefs.get(sl.id)).language).toBeUndefined();
    const key = await h.connect(sl, "lang-key-5002-abc");
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, sl, a);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance(a);
    await poller.runCycle();
    expect(rec.to(sl.id)).toHaveLength(1);
    expect(rec.to(sl.id)[0]!.text).toContain(`Naročilo ${a}`);
    expect(rec.to(sl.id)[0]!.text).toContain("V teku");
  });

  it("the language chosen with /language wins; a chat never seen gets the default", async () => {
    const sl = user(5003, "sl");
    await h.text(sl, "/start");
    await h.deps.storage.prefs.update(sl.id, { language: "en" });
    const stranger = user(5004, "sl"); // tracked, but never talked to the bot
    const keyA = await h.connect(sl, "lang-key-5003-abc");
    const keyB = await h.connect(stranger, "lang-key-5004-abc");
    const a = mock.seedOrder(keyA, { service: "1448" }).id;
    const b = mock.seedOrder(keyB, { service: "1448" }).id;
    await trackOrder(h, sl, a);
    await trackOrder(h, stranger, b);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance();
    await poller.runCycle();
    expect(rec.to(sl.id)[0]!.text).toContain(`Order ${a}`);
    expect(rec.to(stranger.id)[0]!.text).toContain(`Order ${b}`);
    expect(rec.to(ALICE.id)).toHaveLength(0);
  });
});
