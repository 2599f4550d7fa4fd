import { describe, expect, it } from "vitest";
import {
  FIELD_INFO,
  SERVICE_TYPES,
  SUBSCRIPTION_DELAYS,
  buildAddParams,
  effectiveQuantity,
  estimateCost,
  fieldsForService,
  fieldsForType,
  formatExpiry,
  isKnownServiceType,
  isValidLink,
  parseExpiry,
  splitLines,
  validateAddInput,
  type ServiceInfo,
} from "../../src/panel/service-types.js";
import { defaultCatalogue } from "../../src/dev/catalogue.js";

const service = (type: string, extra: Partial<ServiceInfo & { rate: string }> = {}) => ({
  id: "1",
  type,
  min: 10,
  max: 1000,
  dripfeed: false,
  rate: "2",
  ...extra,
});
const codes = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`);

describe("the type table", () => {
  it("covers every type of the spec, unknown types fall back to Default", () => {
    expect(SERVICE_TYPES.map((s) => s.type)).toEqual([
      "Default",
      "Package",
      "SEO",
      "Custom Comments",
      "Custom Comments Package",
      "Mentions",
      "Mentions with Hashtags",
      "Mentions Custom List",
      "Mentions Hashtag",
      "Mentions User Followers",
      "Mentions Media Likers",
      "Comment Likes",
      "Comment Replies",
      "Poll",
      "Invites from Groups",
      "Subscriptions",
      "Web Traffic",
    ]);
    expect(fieldsForType("Something New").type).toBe("Default");
    expect(fieldsForType(undefined).type).toBe("Default");
    expect(fieldsForType("custom_comments").type).toBe("Custom Comments");
    expect(fieldsForType("  web   traffic ").type).toBe("Web Traffic");
    expect(isKnownServiceType("Poll")).toBe(true);
    expect(isKnownServiceType("Likes")).toBe(false);
    expect(fieldsForType("Subscriptions")).toMatchObject({
      required: ["username", "min", "max"],
      optional: ["posts", "oldPosts", "delay", "expiry"],
    });
    expect(fieldsForType("Custom Comments").quantityFrom).toBe("comments");
    expect(FIELD_INFO.delay.choices?.map((c) => c.value)).toEqual([...SUBSCRIPTION_DELAYS]);
    expect(FIELD_INFO.device.choices?.length).toBe(5);
  });

  it("the default catalogue has a service of every type", () => {
    const types = new Set(defaultCatalogue().map((s) => s.type));
    for (const s of SERVICE_TYPES) expect(types.has(s.type)).toBe(true);
  });

  it("resolves fields for a service and the answers so far", () => {
    expect(fieldsForService(service("Default")).optional).toEqual([]);
    expect(fieldsForService(service("Default", { dripfeed: true })).optional).toEqual(["runs", "interval"]);
    expect(fieldsForService(service("Package", { dripfeed: true })).optional).toEqual([]);
    const web = service("Web Traffic", { dripfeed: true });
    expect(fieldsForService(web).required).toEqual(["link", "quantity", "country", "device", "typeOfTraffic"]);
    expect(fieldsForService(web, { typeOfTraffic: 1 }).required).toContain("googleKeyword");
    expect(fieldsForService(web, { typeOfTraffic: 2 }).required).toContain("referringUrl");
    expect(fieldsForService(web, { typeOfTraffic: 3 }).optional).toEqual(["runs", "interval"]);
  });
});

describe("links", () => {
  it.each([
    "https://instagram.com/p/abc",
    "http://example.com",
    "instagram.com/someone",
    "www.youtube.com/watch?v=x1",
    "t.me/channel",
    "@channel_name",
    "https://müller.de/pfad",
    "https://xn--mller-kva.de/",
    "https://127.0.0.1/x",
  ])("accepts %s", (link) => expect(isValidLink(link)).toBe(true));
  it.each([
    "",
    "   ",
    "not a link",
    "javascript:alert(1)",
    "ftp://x.com/a",
    "https://",
    "/relative/path",
    "justtext",
    "https://user:pw@x.com/",
    "@a",
  ])("rejects %j", (link) => expect(isValidLink(link)).toBe(false));
});

describe("validateAddInput", () => {
  it("accepts a good Default order", () => {
    expect(validateAddInput({ service: "1", link: "https://x.com/a", quantity: 100 }, service("Default"))).toEqual([]);
  });
  it("reports missing fields, bounds and bad links", () => {
    expect(codes(validateAddInput({ service: "1" }, service("Default")))).toEqual(["link:required", "quantity:required"]);
    expect(validateAddInput({ service: "1", link: "x y", quantity: 5 }, service("Default"))).toEqual([
      { field: "link", code: "invalid", message: "Link is not a valid link" },
      { field: "quantity", code: "too_small", limit: 10, message: "Quantity must be at least 10" },
    ]);
    expect(codes(validateAddInput({ service: "1", link: "x.com/a", quantity: 1001 }, service("Default")))).toEqual(["quantity:too_large"]);
    expect(codes(validateAddInput({ service: "1", link: "x.com/a", quantity: 12.5 }, service("Default")))).toEqual(["quantity:invalid"]);
    expect(codes(validateAddInput({ service: "2", link: "x.com/a", quantity: 100 }, service("Default")))).toEqual(["service:mismatch"]);
  });
  it("checks drip-feed availability and completeness", () => {
    const base = { service: "1", link: "x.com/a", quantity: 100 };
    expect(codes(validateAddInput({ ...base, runs: 3, interval: 10 }, service("Default")))).toEqual(["runs:not_supported"]);
    expect(validateAddInput({ ...base, runs: 3, interval: 10 }, service("Default", { dripfeed: true }))).toEqual([]);
    expect(codes(validateAddInput({ ...base, runs: 3 }, service("Default", { dripfeed: true })))).toEqual(["interval:required"]);
    expect(codes(validateAddInput({ ...base, runs: 0, interval: 10 }, service("Default", { dripfeed: true })))).toEqual(["runs:too_small"]);
  });
  it("counts lines for line-derived quantities", () => {
    const s = service("Custom Comments", { min: 2, max: 3 });
    expect(codes(validateAddInput({ service: "1", link: "x.com/a", comments: ["one"] }, s))).toEqual(["comments:too_small"]);
    expect(validateAddInput({ service: "1", link: "x.com/a", comments: ["one", " ", "two"] }, s)).toEqual([]);
    expect(codes(validateAddInput({ service: "1", link: "x.com/a", comments: ["a", "b", "c", "d"] }, s))).toEqual(["comments:too_large"]);
    expect(codes(validateAddInput({ service: "1", link: "x.com/a", comments: [" "] }, s))).toEqual(["comments:required"]);
    expect(effectiveQuantity({ comments: ["a", "b"] }, "Custom Comments")).toBe(2);
    expect(effectiveQuantity({ quantity: 5 }, "Package")).toBeUndefined();
  });
  it("validates Subscriptions", () => {
    const s = service("Subscriptions", { min: 50, max: 5000 });
    const now = new Date(Date.UTC(2026, 0, 15));
    const good = { service: "1", username: "someone", min: 100, max: 200, posts: 5, oldPosts: 0, delay: 30, expiry: "31/12/2026" };
    expect(validateAddInput(good, s, { now })).toEqual([]);
    expect(codes(validateAddInput({ ...good, min: 300 }, s, { now }))).toEqual(["max:too_small"]);
    expect(codes(validateAddInput({ ...good, delay: 7 }, s, { now }))).toEqual(["delay:not_a_choice"]);
    expect(codes(validateAddInput({ ...good, expiry: "31/02/2026" }, s, { now }))).toEqual(["expiry:invalid"]);
    expect(codes(validateAddInput({ ...good, expiry: "1/1/2020" }, s, { now }))).toEqual(["expiry:invalid"]);
    expect(codes(validateAddInput({ ...good, max: 6000 }, s, { now }))).toEqual(["max:too_large"]);
    expect(codes(validateAddInput({ service: "1" }, s, { now }))).toEqual(["username:required", "min:required", "max:required"]);
    expect(parseExpiry("5/1/2026")?.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(formatExpiry(new Date(Date.UTC(2026, 0, 5)))).toBe("05/01/2026");
  });
  it("validates Web Traffic", () => {
    const s = service("Web Traffic", { dripfeed: true, min: 100, max: 10000 });
    const base = { service: "1", link: "https://site.com", quantity: 500, country: "US", device: 5, typeOfTraffic: 1 };
    expect(codes(validateAddInput(base, s))).toEqual(["googleKeyword:required"]);
    expect(validateAddInput({ ...base, googleKeyword: "best shoes" }, s)).toEqual([]);
    expect(codes(validateAddInput({ ...base, typeOfTraffic: 2 }, s))).toEqual(["referringUrl:required"]);
    expect(codes(validateAddInput({ ...base, typeOfTraffic: 2, referringUrl: "nope" }, s))).toEqual(["referringUrl:invalid"]);
    expect(codes(validateAddInput({ ...base, device: 9, typeOfTraffic: 3 }, s))).toEqual(["device:not_a_choice"]);
  });
  it("validates the single-field types", () => {
    expect(codes(validateAddInput({ service: "1", link: "x.com/a", quantity: 100 }, service("Poll")))).toEqual(["answerNumber:required"]);
    expect(codes(validateAddInput({ service: "1", link: "x.com/a", quantity: 100, answerNumber: 0 }, service("Poll")))).toEqual([
      "answerNumber:too_small",
    ]);
    expect(codes(validateAddInput({ service: "1", link: "x.com/a", quantity: 100, hashtag: "a\nb" }, service("Mentions Hashtag")))).toEqual([
      "hashtag:invalid",
    ]);
    expect(
      codes(validateAddInput({ service: "1", link: "x.com/a", quantity: 100, media: "bad media" }, service("Mentions Media Likers"))),
    ).toEqual(["media:invalid"]);
    expect(validateAddInput({ service: "1", link: "x.com/a" }, service("Package"))).toEqual([]);
  });
});

describe("buildAddParams", () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ["Default", { link: "https://x.com/a", quantity: 100, comments: ["dropped"] }, { link: "https://x.com/a", quantity: "100" }],
    ["Package", { link: "x.com/a", quantity: 5 }, { link: "x.com/a" }],
    [
      "SEO",
      { link: "x.com", quantity: 100, keywords: ["shoes", " red shoes ", ""] },
      { link: "x.com", quantity: "100", keywords: "shoes\nred shoes" },
    ],
    ["Custom Comments", { link: "x.com/p", quantity: 9, comments: ["Nice!", "Wow\nGreat"] }, { link: "x.com/p", comments: "Nice!\nWow\nGreat" }],
    ["Custom Comments Package", { link: "x.com/p", comments: ["a"] }, { link: "x.com/p", comments: "a" }],
    ["Mentions", { link: "x.com/p", quantity: 100, usernames: ["a", "b"] }, { link: "x.com/p", quantity: "100", usernames: "a\nb" }],
    [
      "Mentions with Hashtags",
      { link: "x.com/p", quantity: 100, usernames: ["a"], hashtags: ["#x", "#y"] },
      { link: "x.com/p", quantity: "100", usernames: "a", hashtags: "#x\n#y" },
    ],
    ["Mentions Custom List", { link: "x.com/p", usernames: ["a", "b"] }, { link: "x.com/p", usernames: "a\nb" }],
    ["Mentions Hashtag", { link: "x.com/p", quantity: 100, hashtag: "#tag" }, { link: "x.com/p", quantity: "100", hashtag: "#tag" }],
    ["Mentions User Followers", { link: "x.com/p", quantity: 100, username: "bob" }, { link: "x.com/p", quantity: "100", username: "bob" }],
    ["Mentions Media Likers", { link: "x.com/p", quantity: 100, media: "x.com/m" }, { link: "x.com/p", quantity: "100", media: "x.com/m" }],
    ["Comment Likes", { link: "x.com/p", quantity: 100, username: "bob" }, { link: "x.com/p", quantity: "100", username: "bob" }],
    ["Comment Replies", { link: "x.com/p", username: "bob", comments: ["hi"] }, { link: "x.com/p", comments: "hi", username: "bob" }],
    ["Poll", { link: "t.me/c/1", quantity: 100, answerNumber: 2 }, { link: "t.me/c/1", quantity: "100", answer_number: "2" }],
    [
      "Invites from Groups",
      { link: "t.me/g", quantity: 100, groups: ["t.me/a", "t.me/b"] },
      { link: "t.me/g", quantity: "100", groups: "t.me/a\nt.me/b" },
    ],
    [
      "Subscriptions",
      { link: "dropped", quantity: 5, username: "bob", min: 10, max: 20, posts: 3, oldPosts: 1, delay: 30, expiry: "31/12/2026" },
      { username: "bob", min: "10", max: "20", posts: "3", old_posts: "1", delay: "30", expiry: "31/12/2026" },
    ],
    [
      "Web Traffic",
      {
        link: "https://site.com",
        quantity: 500,
        country: "US",
        device: 2,
        typeOfTraffic: 1,
        googleKeyword: "shoes",
        referringUrl: "dropped.com",
        runs: 2,
        interval: 15,
      },
      {
        link: "https://site.com",
        quantity: "500",
        runs: "2",
        interval: "15",
        country: "US",
        device: "2",
        type_of_traffic: "1",
        google_keyword: "shoes",
      },
    ],
    [
      "Web Traffic",
      { link: "https://site.com", quantity: 500, country: "US", device: 2, typeOfTraffic: 2, referringUrl: "https://ref.com" },
      { link: "https://site.com", quantity: "500", country: "US", device: "2", type_of_traffic: "2", referring_url: "https://ref.com" },
    ],
    ["Unknown Type", { link: "x.com", quantity: 50, runs: 2, interval: 5 }, { link: "x.com", quantity: "50", runs: "2", interval: "5" }],
  ];
  it.each(cases)("%s", (type, input, expected) => {
    const params = buildAddParams({ service: "7", ...input }, { type, dripfeed: true });
    expect(params).toEqual({ service: "7", ...expected });
  });
  it("without a service sends every field given", () => {
    expect(buildAddParams({ service: "7", link: "x.com", quantity: 5, comments: ["a", "b"], answerNumber: 1 })).toEqual({
      service: "7",
      link: "x.com",
      quantity: "5",
      comments: "a\nb",
      answer_number: "1",
    });
  });
  it("splits user text into lines", () => {
    expect(splitLines(" a \r\n\nb\rc ")).toEqual(["a", "b", "c"]);
  });
});

describe("estimateCost", () => {
  it("per type", () => {
    expect(estimateCost(service("Default", { rate: "0.90" }), { quantity: 1234 })).toBe("1.1106");
    expect(estimateCost(service("Default", { rate: "1.2", dripfeed: true }), { quantity: 500, runs: 3 })).toBe("1.8");
    expect(estimateCost(service("Default", { rate: "1.2" }), { quantity: 500, runs: 3 })).toBe("0.6");
    expect(estimateCost(service("Custom Comments", { rate: "8" }), { comments: ["a", "b"] })).toBe("0.016");
    expect(estimateCost(service("Package", { rate: "4.99" }), {})).toBe("4.99");
    expect(estimateCost(service("Subscriptions", { rate: "0.6" }), { max: 200, posts: 5 })).toBe("0.6");
    expect(estimateCost(service("Subscriptions", { rate: "0.6" }), { max: 200 })).toBeUndefined();
    expect(estimateCost(service("Default"), {})).toBeUndefined();
  });
});
