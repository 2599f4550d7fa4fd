import { describe, expect, it } from "vitest";
import { AdminCache } from "../../src/bot/groups/admin-cache.js";
import { commandOf } from "../../src/bot/groups/guard.js";

function fakeApi(admins: number[], opts: { failList?: boolean; failMember?: boolean } = {}) {
  const calls: string[] = [];
  return {
    calls,
    admins,
    async getChatAdministrators(_chatId: number | string) {
      calls.push("list");
      if (opts.failList) throw new Error("Bad Request: chat not found");
      return this.admins.map((id) => ({ status: "administrator", user: { id, is_bot: false, first_name: "A" } })) as any;
    },
    async getChatMember(_chatId: number | string, userId: number) {
      calls.push("member");
      if (opts.failMember) throw new Error("Forbidden");
      return { status: this.admins.includes(userId) ? "administrator" : "member", user: { id: userId } } as any;
    },
  };
}

describe("AdminCache", () => {
  it("fetches a chat's admins once per TTL and shares concurrent fetches", async () => {
    let now = 0;
    const cache = new AdminCache({ ttlMs: 60_000, now: () => now });
    const api = fakeApi([1]);
    const results = await Promise.all([cache.isAdmin(api, -5, 1), cache.isAdmin(api, -5, 2), cache.isAdmin(api, -5, 1)]);
    expect(results).toEqual([true, false, true]);
    expect(api.calls).toEqual(["list"]);
    now = 59_999;
    api.admins = [2];
    expect(await cache.isAdmin(api, -5, 2)).toBe(false); // still cached
    now = 60_001;
    expect(await cache.isAdmin(api, -5, 2)).toBe(true); // refreshed
    expect(api.calls).toEqual(["list", "list"]);
  });

  it("applies chat_member changes and invalidations", async () => {
    const cache = new AdminCache();
    const api = fakeApi([1]);
    expect(await cache.isAdmin(api, -5, 3)).toBe(false);
    cache.setMember(-5, 3, true);
    expect(await cache.isAdmin(api, -5, 3)).toBe(true);
    cache.setMember(-5, 1, false);
    expect(await cache.isAdmin(api, -5, 1)).toBe(false);
    cache.invalidate(-5);
    expect(await cache.isAdmin(api, -5, 1)).toBe(true);
    expect(api.calls).toEqual(["list", "list"]);
  });

  it("falls back to getChatMember, and fails closed", async () => {
    const cache = new AdminCache();
    expect(await cache.isAdmin(fakeApi([7], { failList: true }), -5, 7)).toBe(true);
    expect(await cache.isAdmin(fakeApi([7], { failList: true, failMember: true }), -6, 7)).toBe(false);
  });

  it("keeps at most maxChats chats", async () => {
    const cache = new AdminCache({ maxChats: 3 });
    const api = fakeApi([1]);
    for (let chat = -1; chat >= -10; chat--) await cache.isAdmin(api, chat, 1);
    expect(cache.size).toBe(3);
  });
});

describe("commands", () => {
  it("reads the command of a message, ignoring other bots'", () => {
    expect(commandOf({ text: "/Order@Panel_Test_Bot 5" }, "panel_test_bot")).toBe("order");
    expect(commandOf({ text: "/order@other_bot" }, "panel_test_bot")).toBeUndefined();
    expect(commandOf({ caption: "/balance" }, "panel_test_bot")).toBe("balance");
    expect(commandOf({ text: "hello /order" }, "panel_test_bot")).toBeUndefined();
  });
});
