// The outbound-fetch policy: which URLs the HTTP client may fetch and which addresses it may connect
// to. Sources, imports and redirects are chosen by people and sites outside the NGO, so a URL must not
// turn the crawler into a proxy for loopback (the Lambda Runtime API), the LAN or cloud metadata.
// Every request and every redirect hop goes through `resolveAllowedAddresses`, and the connection is
// made to the addresses it returned: a second DNS lookup could answer differently (DNS rebinding).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { FetchRefusedError } from '../../domain/errors';

/** Hosts (`host` or `host:port`) whose private addresses may be fetched: the demo's, the tests' and the bench's own servers. */
export interface FetchPolicy {
  allowedPrivateHosts: readonly string[];
}

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/** Parses the URL and refuses anything but http and https. */
export function parseFetchUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefusedError(`not a URL: ${shorten(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError(`refused ${shorten(raw)}: only http and https URLs are fetched (got ${url.protocol.replace(/:$/, '')})`);
  }
  return url;
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function bareHostname(url: URL): string {
  const host = url.hostname.toLowerCase();
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function effectivePort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

/** Normalises one `host` or `host:port` entry (`[::1]:8080` for IPv6 with a port). */
function parseAllowedEntry(entry: string): { host: string; port?: string } | undefined {
  const trimmed = entry.trim().toLowerCase();
  if (!trimmed) return undefined;
  try {
    // The URL parser normalises the host as it does for fetched URLs (`127.1` → `127.0.0.1`).
    const url = new URL(`http://${trimmed}`);
    if (url.pathname !== '/' || url.search || url.username) return undefined;
    const explicitPort = /:\d+$/.test(trimmed) ? trimmed.slice(trimmed.lastIndexOf(':') + 1) : undefined;
    return { host: bareHostname(url), ...(explicitPort ? { port: String(Number(explicitPort)) } : {}) };
  } catch {
    return undefined;
  }
}

/** Splits SOZWATCH_ALLOWED_PRIVATE_HOSTS; an entry that is not a host or host:port is an error, not ignored. */
export function parseAllowedPrivateHosts(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    if (!parseAllowedEntry(entry)) throw new Error(`not a host or host:port: ${entry}`);
  }
  return entries;
}

export function isAllowedPrivateHost(url: URL, policy: FetchPolicy): boolean {
  const host = bareHostname(url);
  const port = effectivePort(url);
  return policy.allowedPrivateHosts.some((entry) => {
    const allowed = parseAllowedEntry(entry);
    return allowed !== undefined && allowed.host === host && (allowed.port === undefined || allowed.port === port);
  });
}

/**
 * Resolves the URL's host and returns its addresses when every one of them may be fetched; throws
 * FetchRefusedError naming the rule otherwise. One private address among public ones refuses the
 * host: the connection could pick it.
 */
export async function resolveAllowedAddresses(url: URL, policy: FetchPolicy, resolve: Resolve = systemResolve): Promise<LookupAddress[]> {
  const host = bareHostname(url);
  const literal = isIP(host);
  const addresses: LookupAddress[] = literal ? [{ address: host, family: literal }] : await resolve(host);
  if (addresses.length === 0) throw new Error(`${host} resolved to no address`);
  if (isAllowedPrivateHost(url, policy)) return addresses;
  for (const { address } of addresses) {
    const range = specialRange(address);
    if (range) {
      const shown = literal ? host : `${host} (${address})`;
      throw new FetchRefusedError(`refused ${url.protocol}//${url.host}: ${shown} is a ${range} address, which sozwatch never fetches`);
    }
  }
  return addresses;
}

type Range = [prefix: number[], bits: number, name: string];

// Only ranges whose addresses are not a public web server; the first match names the rule.
const IPV4_RANGES: Range[] = [
  [[0, 0, 0, 0], 8, '"this network" (unspecified)'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'shared (CGNAT)'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'reserved (IETF protocol assignments)'],
  [[192, 0, 2, 0], 24, 'reserved (documentation)'],
  [[192, 88, 99, 0], 24, 'reserved (6to4 relay)'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'reserved (benchmarking)'],
  [[198, 51, 100, 0], 24, 'reserved (documentation)'],
  [[203, 0, 113, 0], 24, 'reserved (documentation)'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

// As 16 bytes. IPv4-mapped, IPv4-compatible, NAT64 and 6to4 addresses are judged by the IPv4 address they carry.
const IPV6_RANGES: Range[] = [
  [[], 128, 'unspecified'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128, 'loopback'],
  [[0x01, 0x00], 64, 'reserved (discard)'],
  [[0x20, 0x01, 0x00, 0x00], 23, 'reserved (IETF special purpose)'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'reserved (documentation)'],
  [[0x3f, 0xff], 20, 'reserved (documentation)'],
  [[0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], 48, 'reserved (local NAT64)'],
  [[0xfc], 7, 'private (unique local)'],
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'private (site-local)'],
  [[0xff], 8, 'multicast'],
];

function inRange(bytes: number[], [prefix, bits]: Range): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const take = Math.min(8, bits - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((prefix[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4Bytes(address: string): number[] | undefined {
  const parts = address.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return bytes.every((byte) => byte >= 0 && byte <= 255) ? bytes : undefined;
}

function ipv6Bytes(address: string): number[] | undefined {
  let text = address.split('%')[0]!.toLowerCase();
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    // A trailing dotted quad (`::ffff:127.0.0.1`) is two more hex groups.
    const v4 = ipv4Bytes(text.slice(lastColon + 1));
    if (!v4) return undefined;
    text = `${text.slice(0, lastColon + 1)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string | undefined) => (part ? part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const words = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest];
  if (words.length !== 8 || words.some((word) => Number.isNaN(word))) return undefined;
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

/** The IPv4 address an IPv6 address carries, for the forms that route to it. */
function embeddedIpv4(bytes: number[]): number[] | undefined {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12); // ::ffff:a.b.c.d
  if (zeros(0, 12) && !zeros(12, 16)) return bytes.slice(12); // ::a.b.c.d (deprecated IPv4-compatible)
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) return bytes.slice(12); // NAT64
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6); // 6to4
  return undefined;
}

/** The name of the special-purpose range the address is in, or undefined for a public unicast address. */
export function specialRange(address: string): string | undefined {
  const family = isIP(address.split('%')[0]!);
  if (family === 4) {
    const bytes = ipv4Bytes(address)!;
    return IPV4_RANGES.find((range) => inRange(bytes, range))?.[2];
  }
  if (family === 6) {
    const bytes = ipv6Bytes(address);
    if (!bytes) return 'unparsable IPv6';
    const direct = IPV6_RANGES.find((range) => inRange(bytes, range))?.[2];
    if (direct) return direct;
    const v4 = embeddedIpv4(bytes);
    if (v4) {
      const inner = IPV4_RANGES.find((range) => inRange(v4, range))?.[2];
      return inner ? `${inner} (IPv4 inside IPv6)` : undefined;
    }
    return undefined;
  }
  return 'unparsable';
}
