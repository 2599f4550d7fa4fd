/**
 * Outbound safety for panel addresses typed by users (SSRF): a user-supplied address must never
 * make the bot reach anything but a public panel.
 *
 * - `parsePanelAddress` reads any common form (`smmpanel.com`, `https://smmpanel.com`,
 *   `https://SMMPANEL.com/api/v2/`, IDN hosts → punycode, IP literals in decimal, octal or hex
 *   forms → their dotted form, as the WHATWG URL parser reads them) and applies the operator's
 *   policy that needs no lookup: the scheme (https; http only with `allowInsecure`), no
 *   credentials, the port (443 and 80 unless the operator allows others), the deny- and allowlists.
 * - `vetPanelAddress` then resolves the host ONCE (an injectable resolver) and refuses when ANY
 *   answer is not a public unicast address (see {@link classifyIp}); the first answer is pinned.
 * - `pinnedLookup` is the `lookup` of a connection that must go to the pinned address only: no
 *   second DNS lookup, so no DNS rebinding. TLS still uses the host name (SNI and certificate).
 *
 * A refused address yields a {@link RefusalReason} the bot translates; nothing is called.
 */
import dns from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** Why an address was refused (translated by the bot). */
export type RefusalReason =
  /** Not readable as a web address. */
  | "malformed"
  /** Not https (or http while http is not allowed). */
  | "scheme"
  /** The address holds a user name or password. */
  | "credentials"
  /** A port the operator does not allow. */
  | "port"
  /** On the operator's denylist. */
  | "denied"
  /** Not on the operator's allowlist (CUSTOM_PANELS=allowlist). */
  | "not_allowed"
  /** The operator does not allow other panels (CUSTOM_PANELS=off). */
  | "disabled"
  /** The host is or resolves to a loopback, private, link-local, reserved or metadata address. */
  | "private_address"
  /** The host name does not resolve. */
  | "unresolved";

/** What the operator allows for user-supplied panel addresses. */
export interface PanelAddressPolicy {
  /** CUSTOM_PANELS: any public panel, only those on the allowlist, or none. */
  mode: "any" | "allowlist" | "off";
  /** Hosts (or `*.example.com` wildcards) allowed in `allowlist` mode. */
  allowlist: readonly string[];
  /** Hosts (or wildcards) always refused. */
  denylist: readonly string[];
  /** PANEL_ALLOW_INSECURE: allows plain http and loopback/private addresses (local trials and tests). */
  allowInsecure: boolean;
  /** Ports allowed besides 443 and 80 (PANEL_ALLOWED_PORTS). */
  extraPorts: readonly number[];
}

export const DEFAULT_ADDRESS_POLICY: Readonly<PanelAddressPolicy> = Object.freeze({
  mode: "any",
  allowlist: [],
  denylist: [],
  allowInsecure: false,
  extraPorts: [],
});

/** A parsed address: where the panel is, and the path the user gave (if any). */
export interface PanelAddress {
  protocol: "https:" | "http:";
  /** Lower-case host name (punycode) or IP literal (IPv6 without brackets). */
  hostname: string;
  port: number;
  /** `https://host[:port]` (normalized). */
  origin: string;
  /** The path the user gave, without trailing slashes (and its query), or undefined for none. */
  path: string | undefined;
}

/** One answer of a resolver. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** A vetted address: the panel's place and the one IP address every connection goes to. */
export interface VettedAddress extends PanelAddress {
  pinned: ResolvedAddress;
}

export type ParseResult = { ok: true; address: PanelAddress } | { ok: false; reason: RefusalReason };
export type VetResult = { ok: true; address: VettedAddress } | { ok: false; reason: RefusalReason };

/** The default resolver: `dns.promises.lookup(host, { all: true, verbatim: true })`, at most 5 s. */
export const systemResolver: Resolver = async (hostname) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("DNS lookup timed out")), 5_000);
  });
  try {
    const answers = await Promise.race([dns.promises.lookup(hostname, { all: true, verbatim: true }), timeout]);
    return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  } finally {
    clearTimeout(timer);
  }
};

// ---------------------------------------------------------------------------------------------
// Addresses

/** Classes of IP addresses. Only `public` may be reached; `private` also with allowInsecure. */
export type IpClass = "public" | "private" | "reserved" | "metadata";

function blockList(kind: "ipv4" | "ipv6", subnets: ReadonlyArray<readonly [string, number]>): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of subnets) list.addSubnet(net, prefix, kind);
  return list;
}

/** Cloud metadata services: never, whatever the operator allows. */
const METADATA_V4 = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200", "168.63.129.16", "192.0.0.192"]);
const METADATA_V6 = new Set(["fd00:ec2:0:0:0:0:0:254"]);
/** Host names of metadata services. */
const METADATA_NAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"]);

/** Loopback and private networks (allowed with allowInsecure). */
const PRIVATE_V4 = blockList("ipv4", [
  ["127.0.0.0", 8], // loopback
  ["10.0.0.0", 8],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["100.64.0.0", 10], // CGNAT (shared address space)
]);

/** Everything else that is not a public unicast address. */
const RESERVED_V4 = blockList("ipv4", [
  ["0.0.0.0", 8], // "this network", unspecified
  ["169.254.0.0", 16], // link-local (metadata lives here)
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation TEST-NET-1
  ["198.51.100.0", 24], // TEST-NET-2
  ["203.0.113.0", 24], // TEST-NET-3
  ["198.18.0.0", 15], // benchmarking
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
]);

/** IPv6 ranges inside 2000::/3 that are not public unicast. */
const RESERVED_V6 = blockList("ipv6", [
  ["2001::", 23], // IETF protocol assignments (Teredo, benchmarking 2001:2::/48, ORCHID…)
  ["2001:db8::", 32], // documentation
  ["3fff::", 20], // documentation (RFC 9637)
]);

const PRIVATE_V6 = blockList("ipv6", [["fc00::", 7]]); // unique local

/** The 8 groups of an IPv6 address, or undefined. */
function ipv6Groups(ip: string): number[] | undefined {
  if (isIP(ip) !== 6) return undefined;
  let s = ip.replace(/%.*$/, "").toLowerCase();
  // A dotted IPv4 tail becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    s = `${s.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.includes("::") ? (s.split("::") as [string, string]) : [s, undefined];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - h.length - t.length).fill("0");
  const groups = [...h, ...fill, ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

const v4Of = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/** The IPv4 address an IPv6 address carries (mapped, compatible, 6to4, NAT64), if any. */
export function embeddedIpv4(ip: string): string | undefined {
  const g = ipv6Groups(ip);
  if (!g) return undefined;
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (mapped), ::ffff:0:a.b.c.d (translated), ::a.b.c.d (compatible, deprecated)
  if (zeros(0, 5) && g[5] === 0xffff) return v4Of(g[6]!, g[7]!);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return v4Of(g[6]!, g[7]!);
  if (zeros(0, 6) && (g[6] !== 0 || g[7]! > 1)) return v4Of(g[6]!, g[7]!);
  // 6to4: 2002:AABB:CCDD::/48
  if (g[0] === 0x2002) return v4Of(g[1]!, g[2]!);
  // NAT64: 64:ff9b::/96 (well-known) and 64:ff9b:1::/48 (local use: the last 32 bits)
  if (g[0] === 0x64 && g[1] === 0xff9b) return v4Of(g[6]!, g[7]!);
  return undefined;
}

/** Canonical form of an IPv6 address (for set lookups). */
const canonicalV6 = (ip: string): string => (ipv6Groups(ip) ?? []).map((x) => x.toString(16)).join(":");

/**
 * The class of an IP address: `public` (global unicast), `private` (loopback, RFC 1918, CGNAT,
 * unique local IPv6), `metadata` (cloud metadata services) or `reserved` (everything else:
 * unspecified, link-local, multicast, broadcast, documentation, benchmarking, reserved).
 * IPv6 addresses carrying an IPv4 address (mapped, compatible, 6to4, NAT64) are judged by it.
 * Anything that is not an IP address is `reserved`.
 */
export function classifyIp(ip: string): IpClass {
  const family = isIP(ip);
  if (family === 4) {
    if (METADATA_V4.has(ip)) return "metadata";
    if (PRIVATE_V4.check(ip, "ipv4")) return "private";
    if (RESERVED_V4.check(ip, "ipv4")) return "reserved";
    return "public";
  }
  if (family !== 6) return "reserved";
  const groups = ipv6Groups(ip);
  if (!groups) return "reserved";
  if (METADATA_V6.has(canonicalV6(ip))) return "metadata";
  const embedded = embeddedIpv4(ip);
  if (embedded) return classifyIp(embedded);
  const canon = canonicalV6(ip);
  if (canon === "0:0:0:0:0:0:0:1") return "private"; // loopback
  if (PRIVATE_V6.check(ip, "ipv6")) return "private";
  // Only global unicast (2000::/3) is public; ::, link-local fe80::/10, site-local, multicast ff00::/8,
  // discard 100::/64, the rest of ::/8 and the unassigned space are not.
  if ((groups[0]! & 0xe000) !== 0x2000) return "reserved";
  if (RESERVED_V6.check(ip, "ipv6")) return "reserved";
  return "public";
}

/** True if an address of this class may be reached under the policy. */
function reachable(c: IpClass, policy: Pick<PanelAddressPolicy, "allowInsecure">): boolean {
  return c === "public" || (c === "private" && policy.allowInsecure);
}

// ---------------------------------------------------------------------------------------------
// Host lists

/** Normalizes a list entry (`Example.com`, `*.example.com`, IDN) to lower-case punycode; undefined if unreadable. */
export function normalizeHostPattern(entry: string): string | undefined {
  const trimmed = entry.trim().toLowerCase().replace(/\.$/, "");
  if (!trimmed) return undefined;
  const wildcard = trimmed.startsWith("*.");
  const host = wildcard ? trimmed.slice(2) : trimmed;
  try {
    const parsed = new URL(`https://${host}/`);
    if (parsed.pathname !== "/" || parsed.port || parsed.username) return undefined;
    return (wildcard ? "*." : "") + parsed.hostname.replace(/^\[|\]$/g, "");
  } catch {
    return undefined;
  }
}

/** True if the host matches one of the patterns (`*.example.com` matches every subdomain, not example.com itself). */
export function hostMatches(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  for (const raw of patterns) {
    const p = normalizeHostPattern(raw);
    if (!p) continue;
    if (p.startsWith("*.") ? host.endsWith(p.slice(1)) : host === p) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Parsing and vetting

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Reads a user-typed panel address and applies the policy's checks that need no lookup. A bare
 * host gets https. Does not resolve anything.
 */
export function parsePanelAddress(input: string, policy: PanelAddressPolicy = DEFAULT_ADDRESS_POLICY): ParseResult {
  if (policy.mode === "off") return { ok: false, reason: "disabled" };
  const text = input.trim();
  if (!text || text.length > 2048 || /\s/.test(text)) return { ok: false, reason: "malformed" };
  const withScheme = SCHEME.test(text) ? text : `https://${text.replace(/^\/\//, "")}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "scheme" };
  if (url.protocol === "http:" && !policy.allowInsecure) return { ok: false, reason: "scheme" };
  if (url.username || url.password) return { ok: false, reason: "credentials" };
  const hostname = url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (!hostname || (!isIP(hostname) && !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(hostname))) return { ok: false, reason: "malformed" };
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (port !== 443 && port !== 80 && !policy.extraPorts.includes(port)) return { ok: false, reason: "port" };
  if (hostMatches(hostname, policy.denylist)) return { ok: false, reason: "denied" };
  if (policy.mode === "allowlist" && !hostMatches(hostname, policy.allowlist)) return { ok: false, reason: "not_allowed" };
  // Names that are local by definition, or cloud metadata services: refused before any lookup.
  const local = hostname === "localhost" || hostname.endsWith(".localhost");
  if (METADATA_NAMES.has(hostname) || (local && !policy.allowInsecure)) return { ok: false, reason: "private_address" };
  if (isIP(hostname) && !reachable(classifyIp(hostname), policy)) return { ok: false, reason: "private_address" };
  const pathname = url.pathname.replace(/\/+$/, "");
  const path = pathname || url.search ? `${pathname || "/"}${url.search}` : undefined;
  const defaultPort = url.protocol === "https:" ? 443 : 80;
  const origin = `${url.protocol}//${isIP(hostname) === 6 ? `[${hostname}]` : hostname}${port === defaultPort ? "" : `:${port}`}`;
  return { ok: true, address: { protocol: url.protocol, hostname, port, origin, path } };
}

/**
 * Parses, checks and resolves a user-typed panel address: the host is resolved once, every answer
 * must be reachable under the policy, and the first is pinned for every connection.
 */
export async function vetPanelAddress(input: string, policy: PanelAddressPolicy, resolve: Resolver = systemResolver): Promise<VetResult> {
  const parsed = parsePanelAddress(input, policy);
  if (!parsed.ok) return parsed;
  return vetParsed(parsed.address, policy, resolve);
}

/** Resolves an already parsed address once and checks every answer (see {@link vetPanelAddress}). */
export async function vetParsed(address: PanelAddress, policy: PanelAddressPolicy, resolve: Resolver = systemResolver): Promise<VetResult> {
  const literal = isIP(address.hostname);
  let answers: ResolvedAddress[];
  if (literal) {
    answers = [{ address: address.hostname, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      answers = await resolve(address.hostname);
    } catch {
      return { ok: false, reason: "unresolved" };
    }
  }
  const valid = answers.filter((a) => isIP(a.address) !== 0);
  if (valid.length === 0) return { ok: false, reason: "unresolved" };
  // ANY answer not allowed refuses the name: a rebinding name could hand out either.
  if (valid.some((a) => !reachable(classifyIp(a.address), policy))) return { ok: false, reason: "private_address" };
  const first = valid[0]!;
  return { ok: true, address: { ...address, pinned: { address: first.address, family: isIP(first.address) === 6 ? 6 : 4 } } };
}

/**
 * A `lookup` for net/tls connections (undici's `connect.lookup`) that always answers the pinned
 * address: the connection goes there, whatever DNS says now. TLS keeps the host name for SNI and
 * the certificate check (the connection's `servername`).
 */
export function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    const cb = typeof options === "function" ? (options as (...args: unknown[]) => void) : callback;
    const all = typeof options === "object" && options !== null && options.all === true;
    process.nextTick(() => {
      if (all) cb(null, [{ address: pinned.address, family: pinned.family }]);
      else cb(null, pinned.address, pinned.family);
    });
  }) as LookupFunction;
}
