/**
 * Fetching http(s) URLs safely: only http and https, every DNS answer checked against private,
 * loopback, link-local and other non-public ranges at connect time (so DNS rebinding between a check
 * and the connection cannot slip through), redirects followed by hand (at most 5) with each hop
 * checked again, one deadline for the whole fetch, and a byte cap enforced while streaming.
 * Hand-written over node:http because fetch() cannot check the address it connects to; the address
 * ranges come from ipaddr.js.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ParleyError } from '../../core/errors.js';

export const MAX_REDIRECTS = 5;

/**
 * IPv6 prefixes that carry an IPv4 address in their low 32 bits (or, for 6to4, in bits 16-47): the
 * embedded address decides, since a router or translator on the path may deliver the request there.
 */
function embeddedIPv4(v6: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const p = v6.parts;
  const low = () => new ipaddr.IPv4([p[6]! >> 8, p[6]! & 255, p[7]! >> 8, p[7]! & 255]);
  if (range === 'ipv4Mapped' || range === 'rfc6145') return low();
  // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks); :: and ::1 are handled as themselves.
  if (p.slice(0, 6).every((x) => x === 0) && (p[6] !== 0 || p[7]! > 1)) return low();
  if (range === 'rfc6052' && p[0] === 0x64 && p[1] === 0xff9b && p.slice(2, 6).every((x) => x === 0)) return low();
  if (range === '6to4') return new ipaddr.IPv4([p[1]! >> 8, p[1]! & 255, p[2]! >> 8, p[2]! & 255]);
  return null;
}

/**
 * IPv6 ranges refused outright: Teredo (2001::/32) hides the real server address behind an obfuscated
 * field and a relay; the local-use NAT64 prefix 64:ff9b:1::/48 (RFC 8215) is never global and its IPv4
 * position depends on the operator's prefix length.
 */
const REFUSED_V6_RANGES = new Set(['teredo', 'rfc6052']);

/**
 * True for addresses that are not public unicast: loopback, private, link-local, unique-local, unspecified,
 * multicast, reserved, and IPv6 transition addresses (mapped, compatible, NAT64, 6to4) embedding one.
 * Ranges come from ipaddr.js's IANA special-purpose tables.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIP(bare)) return true; // not an address at all: refuse rather than guess
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(bare);
  } catch {
    return true;
  }
  if (parsed.kind() === 'ipv4') return parsed.range() !== 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  const v4 = embeddedIPv4(v6, range);
  if (v4) return v4.range() !== 'unicast';
  if (REFUSED_V6_RANGES.has(range)) return true;
  return range !== 'unicast';
}

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes: number;
  /** Decides whether an address is refused (default: isPrivateAddress). Lets tests mark a loopback address as "private". */
  isRefusedAddress?: (address: string) => boolean;
}

export interface Fetched {
  /** The URL the body came from, after redirects. */
  url: string;
  contentType: string | null;
  body: Buffer;
}

function refused(input: string, reason: string): ParleyError {
  return new ParleyError('E_URL_REFUSED', input, reason);
}

/** Checks a URL's scheme and, for IP literals, its address. DNS names are checked at connect time. */
export function checkUrl(raw: string, input: string, options: Pick<FetchOptions, 'allowPrivate' | 'isRefusedAddress'>): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(input, `not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(input, `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}:`);
  if (url.username || url.password) throw refused(input, 'URLs with credentials are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const refuse = options.isRefusedAddress ?? isPrivateAddress;
  if (!options.allowPrivate && isIP(host) && refuse(host)) throw refused(input, `${host} is a private, loopback or link-local address (use --allow-private to fetch it)`);
  return url;
}

/** Fetches a URL within the options' limits. Throws E_URL_REFUSED, E_FETCH or E_TOO_LARGE, named after `input`. */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 15000;
  const deadline = Date.now() + timeoutMs;
  let current = input;
  for (let hop = 0; ; hop++) {
    const url = checkUrl(current, input, options);
    const res = await request(url, input, options, deadline, timeoutMs);
    if (res.status >= 300 && res.status < 400 && res.location) {
      if (hop >= MAX_REDIRECTS) throw new ParleyError('E_FETCH', input, `more than ${MAX_REDIRECTS} redirects`);
      current = new URL(res.location, url).toString();
      continue;
    }
    if (res.status < 200 || res.status >= 300) throw new ParleyError('E_FETCH', input, `HTTP ${res.status} from ${url.toString()}`);
    return { url: url.toString(), contentType: res.contentType, body: res.body! };
  }
}

interface Response {
  status: number;
  location: string | null;
  contentType: string | null;
  body: Buffer | null;
}

function request(url: URL, input: string, options: FetchOptions, deadline: number, timeoutMs: number): Promise<Response> {
  const refuse = options.isRefusedAddress ?? isPrivateAddress;
  // Every address a name resolves to must be public: a name with one private answer is refused whole.
  const lookup = (hostname: string, opts: { all?: boolean; family?: number }, cb: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { all: true, family: opts.family ?? 0 }, (err, addresses: LookupAddress[]) => {
      if (err) return cb(err);
      if (!options.allowPrivate) {
        const bad = addresses.find((a) => refuse(a.address));
        if (bad) return cb(refused(input, `${hostname} resolves to ${bad.address}, a private, loopback or link-local address (use --allow-private to fetch it)`));
      }
      if (opts.all) cb(null, addresses);
      else cb(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  return new Promise<Response>((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new ParleyError('E_FETCH', input, `timed out after ${timeoutMs} ms`));
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (e: ParleyError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(e);
    };
    const req = client.request(
      url,
      { method: 'GET', lookup: lookup as never, headers: { 'user-agent': 'parley/0.1 (+news ingest)', accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5', 'accept-encoding': 'identity' } },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = (res.headers['content-type'] as string | undefined) ?? null;
        if (status >= 300 && status < 400) {
          res.resume();
          settled = true;
          clearTimeout(timer);
          resolve({ status, location: (res.headers.location as string | undefined) ?? null, contentType, body: null });
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) return fail(new ParleyError('E_TOO_LARGE', input, `response is ${declared} bytes, over the ${options.maxBytes}-byte limit`));
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) return fail(new ParleyError('E_TOO_LARGE', input, `response is over the ${options.maxBytes}-byte limit`));
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ status, location: null, contentType, body: Buffer.concat(chunks) });
        });
        res.on('error', (e) => fail(new ParleyError('E_FETCH', input, e.message)));
      },
    );
    const timer = setTimeout(() => fail(new ParleyError('E_FETCH', input, `timed out after ${timeoutMs} ms`)), remaining);
    req.on('error', (e) => fail(e instanceof ParleyError ? e : new ParleyError('E_FETCH', input, `cannot fetch ${url.toString()}: ${e.message.split('\n')[0]}`)));
    req.end();
  });
}
