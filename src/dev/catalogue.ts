/**
 * Service catalogues for the mock panel: a realistic default one with every service type of the
 * spec, and a generator of large catalogues (10,000+ services) for benchmarks.
 */
import type { Service } from "../panel/types.js";
import { SERVICE_TYPES } from "../panel/service-types.js";

const svc = (
  id: number,
  name: string,
  type: string,
  category: string,
  rate: string,
  min: number,
  max: number,
  flags: { refill?: boolean; cancel?: boolean; dripfeed?: boolean } = {},
  description?: string,
): Service => ({
  id: String(id),
  name,
  type,
  category,
  rate,
  min,
  max,
  refill: flags.refill ?? false,
  cancel: flags.cancel ?? false,
  dripfeed: flags.dripfeed ?? false,
  ...(description ? { description } : {}),
});

/**
 * The default catalogue: at least one service of every type in the spec's table, drip-feed,
 * refill and cancel capable ones, tiny rates ("0.0045"), packages, accented names. IDs 1448 and
 * 1452 are the two services of the original API page.
 */
export function defaultCatalogue(): Service[] {
  return [
    svc(
      1448,
      "Sledilci na Instagramu",
      "Default",
      "Instagram",
      "0.90",
      50,
      10_000,
      { refill: true, cancel: true, dripfeed: true },
      "Real-looking followers, 30-day refill. Start 0–1 h.",
    ),
    svc(1449, "Instagram Likes — instant ⚡", "Default", "Instagram", "0.12", 20, 50_000, { cancel: true, dripfeed: true }),
    svc(
      1450,
      "YouTube Views — vues rapides",
      "Default",
      "YouTube",
      "0.0045",
      1000,
      10_000_000,
      { dripfeed: true },
      "Views from mixed sources. Non-drop.",
    ),
    svc(1451, "Telegram Channel Members (Подписчики)", "Default", "Telegram", "1.35", 100, 50_000, { refill: true }),
    svc(1452, "Komentarji Facebook", "Custom Comments", "Facebook", "8", 10, 1500),
    svc(1453, "TikTok Followers — Seguidores reales", "Default", "TikTok", "2.5", 100, 100_000, { refill: true, cancel: true }),
    svc(1460, "Instagram Starter Package (1000 likes + 50 comments)", "Package", "Instagram Packages", "4.99", 1, 1),
    svc(1461, "Google SEO Keyword Traffic", "SEO", "Website SEO", "1.20", 100, 5000),
    svc(1462, "Instagram Custom Comments Package (10 comments)", "Custom Comments Package", "Instagram Packages", "3.50", 1, 1),
    svc(1463, "Instagram Mentions", "Mentions", "Instagram Mentions", "4.00", 100, 10_000),
    svc(1464, "Instagram Mentions with Hashtags", "Mentions with Hashtags", "Instagram Mentions", "5.00", 100, 10_000),
    svc(1465, "Instagram Mentions — Custom List", "Mentions Custom List", "Instagram Mentions", "6.00", 10, 5000),
    svc(1466, "Instagram Mentions — Hashtag Users", "Mentions Hashtag", "Instagram Mentions", "4.50", 100, 10_000),
    svc(1467, "Instagram Mentions — Followers of a User", "Mentions User Followers", "Instagram Mentions", "4.50", 100, 10_000),
    svc(1468, "Instagram Mentions — Media Likers", "Mentions Media Likers", "Instagram Mentions", "4.50", 100, 10_000),
    svc(1469, "Instagram Comment Likes", "Comment Likes", "Instagram Comments", "2.00", 50, 5000),
    svc(1470, "Instagram Comment Replies", "Comment Replies", "Instagram Comments", "9.00", 5, 500),
    svc(1471, "Telegram Poll Votes", "Poll", "Telegram", "0.75", 100, 20_000, { cancel: true }),
    svc(1472, "Telegram Group Invites from Groups", "Invites from Groups", "Telegram", "12.00", 100, 5000),
    svc(
      1473,
      "Instagram Auto Likes (Subscription) — Automatické",
      "Subscriptions",
      "Instagram Auto",
      "0.60",
      50,
      5000,
      {},
      "Likes on every new post for the subscription period.",
    ),
    svc(1474, "Website Traffic — Tráfego mundial", "Web Traffic", "Website Traffic", "0.35", 500, 1_000_000, { dripfeed: true }),
    svc(1475, "Spotify Plays — Écoutes", "Default", "Spotify", "0.80", 1000, 1_000_000, { refill: true, cancel: true, dripfeed: true }),
  ];
}

/** Deterministic PRNG (mulberry32), so generated catalogues (and bench figures) are stable across runs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS = [
  "Instagram",
  "TikTok",
  "YouTube",
  "Telegram",
  "Facebook",
  "Twitter/X",
  "Spotify",
  "Twitch",
  "LinkedIn",
  "Pinterest",
  "SoundCloud",
  "Discord",
  "Threads",
  "Reddit",
  "Kick",
  "VK",
];
const PRODUCTS = [
  ["Followers", "Seguidores", "Abonnés", "Sledilci", "Подписчики"],
  ["Likes", "Curtidas", "J'aime", "Všečki", "Лайки"],
  ["Views", "Visualizações", "Vues", "Ogledi", "Просмотры"],
  ["Comments", "Comentários", "Commentaires", "Komentarji", "Комментарии"],
  ["Shares", "Compartilhamentos", "Partages", "Delitve", "Репосты"],
  ["Members", "Membros", "Membres", "Člani", "Участники"],
];
const QUALITIES = ["Real", "HQ", "Premium ⭐", "Économique", "Rápido", "Non-drop", "Mixed", "Targeted — Ñandú", "Instant ⚡", "Slow & Steady"];
const GEOS = ["Worldwide", "USA", "Brasil", "France", "Slovenija", "Türkiye", "India", "Deutschland", "España", "日本"];
/** Every service type but Default (the type table's own list). */
const OTHER_TYPES = SERVICE_TYPES.map((t) => t.type).filter((t) => t !== "Default");
const MINS = [1, 10, 20, 50, 100, 500, 1000];
const MAXES = [1000, 5000, 10_000, 50_000, 100_000, 500_000, 1_000_000, 10_000_000];

/**
 * A large, varied, deterministic catalogue of `n` services (IDs from `firstId`, default 10000):
 * 16 platforms × 6 products in five languages, mostly Default type with every other type mixed
 * in, rates from "0.0012" to "99.9", refill/cancel/drip-feed flags, accented and emoji names.
 */
export function generateCatalogue(n: number, seed = 42, firstId = 10_000): Service[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const out: Service[] = [];
  for (let i = 0; i < n; i++) {
    const platform = pick(PLATFORMS);
    const product = pick(PRODUCTS);
    const lang = Math.floor(rnd() * product.length);
    const word = product[lang] as string;
    const type = rnd() < 0.8 ? "Default" : pick(OTHER_TYPES);
    const isPackage = type === "Package" || type === "Custom Comments Package";
    const min = isPackage ? 1 : pick(MINS);
    const max = isPackage ? 1 : Math.max(min, pick(MAXES));
    const decimals = 1 + Math.floor(rnd() * 4);
    const rate = (rnd() * (rnd() < 0.3 ? 1 : 100)).toFixed(decimals);
    const rateText = Number(rate) === 0 ? "0.0012" : rate;
    out.push({
      id: String(firstId + i),
      name: `${platform} ${word} [${pick(QUALITIES)}] — ${pick(GEOS)} #${i + 1}`,
      type,
      category: `${platform} ${product[0]}${rnd() < 0.3 ? ` — ${pick(GEOS)}` : ""}`,
      rate: rateText,
      min,
      max,
      refill: rnd() < 0.35,
      cancel: rnd() < 0.4,
      dripfeed: (type === "Default" || type === "Web Traffic") && rnd() < 0.5,
      ...(rnd() < 0.25 ? { description: `Start: 0–${1 + Math.floor(rnd() * 24)} h. Speed: ${pick(["1k", "10k", "50k"])}/day.` } : {}),
    });
  }
  return out;
}
