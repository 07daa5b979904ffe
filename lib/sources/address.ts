import { BlockList, isIP } from "node:net";

/**
 * Which IP addresses the source fetcher refuses to connect to: anything that is not a public unicast address on the
 * internet. Ranges from the IANA special-purpose registries (RFC 6890 and its updates):
 * https://www.iana.org/assignments/iana-ipv4-special-registry and …/iana-ipv6-special-registry.
 */

interface Range {
  network: string;
  prefix: number;
  family: "ipv4" | "ipv6";
  /** Why it is refused, in words an editor understands. */
  reason: string;
}

const RANGES: Range[] = [
  // The cloud metadata service first: it sits inside link-local, and the message should say which it is.
  { network: "169.254.169.254", prefix: 32, family: "ipv4", reason: "a cloud metadata address" },
  { network: "0.0.0.0", prefix: 8, family: "ipv4", reason: "an unspecified (\"this network\") address" },
  { network: "10.0.0.0", prefix: 8, family: "ipv4", reason: "a private network address" },
  { network: "100.64.0.0", prefix: 10, family: "ipv4", reason: "a carrier-grade NAT (shared) address" },
  { network: "127.0.0.0", prefix: 8, family: "ipv4", reason: "a loopback address" },
  { network: "169.254.0.0", prefix: 16, family: "ipv4", reason: "a link-local address" },
  { network: "172.16.0.0", prefix: 12, family: "ipv4", reason: "a private network address" },
  { network: "192.0.0.0", prefix: 24, family: "ipv4", reason: "an IETF protocol address" },
  { network: "192.0.2.0", prefix: 24, family: "ipv4", reason: "a documentation address" },
  { network: "192.88.99.0", prefix: 24, family: "ipv4", reason: "a relay (6to4 anycast) address" },
  { network: "192.168.0.0", prefix: 16, family: "ipv4", reason: "a private network address" },
  { network: "198.18.0.0", prefix: 15, family: "ipv4", reason: "a benchmarking address" },
  { network: "198.51.100.0", prefix: 24, family: "ipv4", reason: "a documentation address" },
  { network: "203.0.113.0", prefix: 24, family: "ipv4", reason: "a documentation address" },
  { network: "224.0.0.0", prefix: 4, family: "ipv4", reason: "a multicast address" },
  { network: "240.0.0.0", prefix: 4, family: "ipv4", reason: "a reserved address" },
  { network: "::", prefix: 128, family: "ipv6", reason: "an unspecified address" },
  { network: "::1", prefix: 128, family: "ipv6", reason: "a loopback address" },
  { network: "fd00:ec2::254", prefix: 128, family: "ipv6", reason: "a cloud metadata address" },
  { network: "100::", prefix: 64, family: "ipv6", reason: "a discard-only address" },
  { network: "2001:db8::", prefix: 32, family: "ipv6", reason: "a documentation address" },
  { network: "fc00::", prefix: 7, family: "ipv6", reason: "a private (unique local) address" },
  { network: "fe80::", prefix: 10, family: "ipv6", reason: "a link-local address" },
  { network: "fec0::", prefix: 10, family: "ipv6", reason: "a site-local address" },
  { network: "ff00::", prefix: 8, family: "ipv6", reason: "a multicast address" },
];

const LISTS = RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { list, range };
});

/** The 8 groups of an IPv6 address (any textual form, including a dotted IPv4 tail); null if it is not one. */
function ipv6Groups(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split(".").map(Number);
    text = text.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === null ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array(missing).fill("0"), ...right].map((group) => parseInt(group, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const dottedQuad = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 address an IPv6 address carries, for the forms that reach an IPv4 host: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-compatible (::a.b.c.d, deprecated), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96, RFC 6052)
 * and 6to4 (2002:AABB:CCDD::/48, RFC 3056). Null for any other address.
 */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return dottedQuad(g[6], g[7]);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return dottedQuad(g[6], g[7]);
  if (zeros(0, 6) && (g[6] !== 0 || g[7] > 1)) return dottedQuad(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return dottedQuad(g[6], g[7]);
  if (g[0] === 0x2002) return dottedQuad(g[1], g[2]);
  return null;
}

/**
 * Why the fetcher must not connect to `address` (an IPv4 or IPv6 literal), or null when it is a public address.
 * IPv6 forms that carry an IPv4 address are judged by that address. Anything that is not an IP literal is refused.
 */
export function refusedAddressReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return "not an IP address";
  const inner = family === 6 ? embeddedIpv4(address) : null;
  if (inner) {
    const reason = refusedAddressReason(inner);
    return reason ? `${reason} (${inner}, inside an IPv6 address)` : null;
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const { list, range } of LISTS) if (range.family === type && list.check(address, type)) return range.reason;
  return null;
}
