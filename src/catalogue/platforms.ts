/**
 * The one table of social platforms: how their links look (hosts), how panels name their services
 * (words in a category or service name), and a link example for the ordering wizard's prompt.
 * Used by the bot (a pasted link → that platform's services; the link prompt's example) and by the
 * Mini App (its platform filter).
 */
import { normalizeSearchText } from "./normalize.js";

export interface Platform {
  /** The word services are named with ("Instagram"): searched for a pasted link. */
  name: string;
  /** Shown in the Mini App's filter ("Twitter/X"). */
  label: string;
  /** Hosts of its links (lower-case hostname). */
  hosts: RegExp;
  /** Words of its category and service names (tested on normalised text: lower case, no accents). */
  words: RegExp;
  /** A link of the shape its services usually take. */
  example: string;
}

const host = (...names: string[]): RegExp => new RegExp(`(^|\\.)(${names.map((n) => n.replace(/\./g, "\\.")).join("|")})$`);
const word = (w: string): RegExp => new RegExp(`(^|[^a-z0-9])${w}([^a-z0-9]|$)`);

export const PLATFORMS: readonly Platform[] = [
  {
    name: "Instagram",
    label: "Instagram",
    hosts: host("instagram.com", "instagr.am"),
    words: /instagram/,
    example: "https://instagram.com/username",
  },
  { name: "TikTok", label: "TikTok", hosts: host("tiktok.com"), words: /tik ?tok/, example: "https://www.tiktok.com/@username" },
  {
    name: "YouTube",
    label: "YouTube",
    hosts: host("youtube.com", "youtu.be"),
    words: /youtube/,
    example: "https://www.youtube.com/watch?v=VIDEO_ID",
  },
  {
    name: "Telegram",
    label: "Telegram",
    hosts: host("t.me", "telegram.me", "telegram.org"),
    words: /telegram/,
    example: "https://t.me/channel_name",
  },
  {
    name: "Facebook",
    label: "Facebook",
    hosts: host("facebook.com", "fb.com", "fb.watch"),
    words: /facebook/,
    example: "https://facebook.com/page_name",
  },
  {
    name: "Twitter",
    label: "Twitter/X",
    hosts: host("twitter.com", "x.com"),
    words: /twitter|(^|\W)x(\W|$)/,
    example: "https://x.com/username",
  },
  { name: "Spotify", label: "Spotify", hosts: host("spotify.com"), words: /spotify/, example: "https://open.spotify.com/track/TRACK_ID" },
  { name: "Twitch", label: "Twitch", hosts: host("twitch.tv"), words: /twitch/, example: "https://twitch.tv/username" },
  { name: "LinkedIn", label: "LinkedIn", hosts: host("linkedin.com"), words: /linkedin/, example: "https://linkedin.com/in/username" },
  {
    name: "Pinterest",
    label: "Pinterest",
    hosts: /(^|\.)(pinterest\.[a-z.]+|pin\.it)$/,
    words: /pinterest/,
    example: "https://pinterest.com/username",
  },
  {
    name: "SoundCloud",
    label: "SoundCloud",
    hosts: host("soundcloud.com"),
    words: /soundcloud/,
    example: "https://soundcloud.com/artist/track",
  },
  { name: "Discord", label: "Discord", hosts: host("discord.gg", "discord.com"), words: /discord/, example: "https://discord.gg/invite_code" },
  { name: "Threads", label: "Threads", hosts: host("threads.net"), words: /threads/, example: "https://www.threads.net/@username" },
  { name: "Reddit", label: "Reddit", hosts: host("reddit.com"), words: /reddit/, example: "https://reddit.com/r/community" },
  { name: "Kick", label: "Kick", hosts: host("kick.com"), words: word("kick"), example: "https://kick.com/username" },
  { name: "VK", label: "VK", hosts: host("vk.com"), words: word("vk"), example: "https://vk.com/username" },
  {
    name: "Website",
    label: "Website",
    hosts: /^$/, // any site: never recognised from a link
    words: /website|web traffic|seo|google/,
    example: "https://example.com/page",
  },
];

/** The link example when the platform is unknown. */
export const GENERIC_LINK_EXAMPLE = "https://example.com/your-page";

/** The platform of a link (by its host), or undefined. */
export function platformOfLink(link: string): Platform | undefined {
  let hostname: string;
  try {
    hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(link) ? link : `https://${link}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return PLATFORMS.find((p) => p.hosts.test(hostname));
}

/** The platform a service is for: named by its category, else by its own name; undefined when neither says. */
export function platformOfService(category: string, name: string): Platform | undefined {
  for (const text of [category, name]) {
    if (!text) continue;
    const n = normalizeSearchText(text);
    const found = PLATFORMS.find((p) => p.words.test(n));
    if (found) return found;
  }
  return undefined;
}
