/** The account layout of bench/tracking-accounts.ts: 10 panels × 100 accounts, several accounts per chat. */
import { describe, expect, it } from "vitest";
import { accountsLayout } from "../../bench/tracking-accounts.js";

describe("bench accountsLayout", () => {
  const layout = accountsLayout({ panels: 10, users: 100, ordersPerAccount: 10 });
  const all = layout.users.flatMap((u) => u.accounts);

  it("gives 100 users 10 accounts each, every panel exactly 100, every key distinct", () => {
    expect(layout.users).toHaveLength(100);
    for (const u of layout.users) {
      expect(u.accounts).toHaveLength(10);
      for (const a of u.accounts) expect(a.userId).toBe(u.userId);
    }
    const perPanel = new Map<number, number>();
    for (const a of all) perPanel.set(a.panel, (perPanel.get(a.panel) ?? 0) + 1);
    expect([...perPanel.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const n of perPanel.values()) expect(n).toBe(100);
    expect(new Set(all.map((a) => a.key)).size).toBe(1000);
    expect(new Set(layout.users.map((u) => u.userId)).size).toBe(100);
  });

  it("has chats with one account on each panel and chats with two accounts on one panel", () => {
    const panelsOf = (u: (typeof layout.users)[number]) => new Set(u.accounts.map((a) => a.panel)).size;
    const spread = layout.users.filter((u) => panelsOf(u) === 10).length;
    const doubled = layout.users.filter((u) => panelsOf(u) === 5).length;
    expect(spread).toBe(50);
    expect(doubled).toBe(50);
  });

  it("puts the lower bound at one call per account under 100 orders, more above", () => {
    expect(layout.lowerBound).toBe(1000);
    expect(accountsLayout({ panels: 10, users: 100, ordersPerAccount: 100 }).lowerBound).toBe(1000);
    expect(accountsLayout({ panels: 10, users: 100, ordersPerAccount: 101 }).lowerBound).toBe(2000);
    expect(accountsLayout({ panels: 2, users: 4, ordersPerAccount: 250 }).lowerBound).toBe(24);
  });

  it("refuses shapes it cannot balance", () => {
    expect(() => accountsLayout({ panels: 3, users: 100, ordersPerAccount: 10 })).toThrow(RangeError);
    expect(() => accountsLayout({ panels: 10, users: 10, ordersPerAccount: 10 })).toThrow(RangeError);
  });
});
