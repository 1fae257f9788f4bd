/**
 * Fetching http(s) URLs safely: only http and https, every DNS answer checked against private,
 * loopback, link-local and other non-public ranges at connect time (so DNS rebinding between a check
 * and the connection cannot slip through), redirects followed by hand (at most 5) with each hop
 * checked again, one deadline for the whole fetch, and a byte cap enforced while streaming.
 * Hand-written over node:http because fetch() cannot check the address it connects to; the ranges
 * come from node's own net.BlockList.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { ParleyError } from '../../core/errors.js';

export const MAX_REDIRECTS = 5;

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['100::', 64], ['2001:db8::', 32],
] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** Expands an IPv6 address to its eight 16-bit groups. */
function ipv6Groups(address: string): number[] | null {
  let a = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const o = dotted[1]!.split('.').map(Number);
    a = a.slice(0, -dotted[1]!.length) + `${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  }
  const [head, tail] = a.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = tail !== undefined ? 8 - h.length - t.length : 0;
  if (fill < 0) return null;
  const groups = [...h, ...Array<string>(fill).fill('0'), ...t].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 (64:ff9b::/96) IPv6 address. */
function embeddedIPv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const mapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (!mapped && !nat64) return null;
  return `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
}

/** True for addresses that are not public unicast: loopback, private, link-local, unique-local, unspecified, multicast, reserved. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIPv4(bare);
    if (v4) return blocked.check(v4, 'ipv4');
    return blocked.check(bare, 'ipv6');
  }
  return true; // not an address at all: refuse rather than guess
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
