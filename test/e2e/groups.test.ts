/**
 * End-to-end group and inline journeys with the built bot (node dist/main.js): the bot is added to
 * a group, an admin links the group's panel account through the private-chat deep link, members
 * use the group's account where allowed and are refused where not; inline queries from any chat.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, type TestContext } from "vitest";
import type { GroupInput } from "../support/fake-bot-api.js";
import { ensureBuilt } from "./build.js";
import { secretKey, until, World } from "./driver.js";

let w: World;

function dumpOnFailure(ctx: TestContext): void {
  ctx.onTestFailed(() => {
    console.error(`\n===== e2e diagnostics: ${ctx.task.name} =====\n${w?.diagnostics() ?? "(no world)"}\n`);
  });
}

beforeAll(async () => {
  await ensureBuilt();
  w = await World.start({ env: { LEASE_TTL_SECONDS: "3" } });
}, 300_000);
afterAll(async () => {
  await w?.close();
});
beforeEach(dumpOnFailure);

describe("groups and inline mode", { timeout: 90_000 }, () => {
  it("group admin: bot added → /connect in the group → deep link → key in private → group /balance; a member is refused", async () => {
    const admin = w.user(4001, "Ann", "en", "ann");
    const member = w.user(4002, "Max", "en", "max");
    const group: GroupInput = { id: -1004000000001, type: "supergroup", title: "Growth Team" };
    const key = secretKey("group4000");
    w.panel.addAccount(key, "77.00", "USD");

    w.api.addBotToGroup(admin, group);
    w.api.setChatAdmins(group.id, [{ user: admin, status: "creator" }]);
    const intro = await w.next(group.id);
    expect(intro.text).toMatch(/\/connect/);

    // In the group the key is never asked for: a button opens the private chat with a deep link.
    const link = await w.say(admin, "/connect", group);
    expect(link.text).toMatch(/never ask for API keys in groups/);
    const url = w.buttons(link).find((b) => b.url)?.url ?? "";
    const payload = new URL(url).searchParams.get("start");
    expect(url).toMatch(/^https:\/\/t\.me\/smm_e2e_bot\?start=/);
    expect(payload).toBeTruthy();

    // A member who opens the same link is refused.
    expect((await w.say(member, `/start ${payload}`)).text).toMatch(/Only admins of that group/);

    const ask = await w.say(admin, `/start ${payload}`);
    expect(ask.text).toMatch(/Growth Team/);
    expect(ask.text).toMatch(/API key/);
    const keyMessage = w.send(admin, key);
    const linked = await w.expectMessage(admin.id, /is now linked/);
    expect(linked.text).toContain("77.00");
    await until(
      () => w.api.deleted.some((d) => d.chatId === admin.id && d.messageId === keyMessage.message_id),
      "the key message to be deleted",
    );
    const notice = await w.expectMessage(group.id, /linked this group/);
    expect(notice.text).not.toContain(key);

    // The group's account, for admins.
    expect((await w.say(admin, "/balance", group)).text).toMatch(/Balance.*\$77\.00/);
    // Members: refused for admin commands, allowed for /status.
    expect((await w.say(member, "/balance", group)).text).toMatch(/only group admins can use \/balance/);
    const order = w.panel.seedOrder(key, { status: "In progress" });
    expect((await w.say(member, `/status ${order.id}`, group)).text).toMatch(new RegExp(`Order ${order.id}[\\s\\S]*In progress`));
    // The admin's own private account is not the group's.
    expect((await w.say(admin, "/balance")).text).toMatch(/not connected a panel account/);

    expect(w.outgoing()).not.toContain(key);
    expect(w.bot.errorLines()).toEqual([]);
  });

  it("inline query: an order's status from any chat; a stranger is told to connect", async () => {
    const ola = w.user(4101, "Ola");
    const key = secretKey("ola4101");
    await w.connect(ola, key, "10.00");
    const order = w.panel.seedOrder(key, { status: "Partial", quantity: 1000, remains: 250 });

    const q = w.api.inlineQuery(ola, `${order.id}`, "", { chatType: "supergroup" });
    const answer = await w.waitCall((c) => c.method === "answerInlineQuery" && c.params.inline_query_id === q.id);
    expect(answer.response?.ok).toBe(true);
    const results = answer.params.results as Array<{ title: string; input_message_content: { message_text: string } }>;
    expect(results[0]?.title).toContain(`Order ${order.id}`);
    expect(results[0]?.input_message_content.message_text).toMatch(/Partial/);
    expect(answer.params.is_personal).toBe(true);

    const unknown = w.api.inlineQuery(ola, "99999999");
    const none = await w.waitCall((c) => c.method === "answerInlineQuery" && c.params.inline_query_id === unknown.id);
    expect(JSON.stringify(none.params.results)).toMatch(/not found/);

    const stranger = w.user(4102, "Pia");
    const sq = w.api.inlineQuery(stranger, "23501");
    const s = await w.waitCall((c) => c.method === "answerInlineQuery" && c.params.inline_query_id === sq.id);
    expect(s.response?.ok).toBe(true);
    expect(JSON.stringify(s.params)).toMatch(/connect/i);
    expect(JSON.stringify(s.params)).not.toContain(key);
    expect(w.outgoing()).not.toContain(key);
  });
});
