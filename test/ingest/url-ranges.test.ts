/** Table-driven: which literal addresses the URL reader refuses without --allow-private. */
import { describe, expect, it } from 'vitest';
import { checkUrl, isPrivateAddress } from '../../src/ingest/readers/url.js';

const REFUSED: [string, string][] = [
  ['::7f00:1', 'IPv4-compatible loopback (hex)'],
  ['::127.0.0.1', 'IPv4-compatible loopback (dotted)'],
  ['::a9fe:a9fe', 'IPv4-compatible link-local (cloud metadata)'],
  ['::ffff:0:7f00:1', 'SIIT (RFC 6145) loopback'],
  ['2002:7f00:1::1', '6to4 embedding 127.0.0.1'],
  ['2002:a9fe:a9fe::1', '6to4 embedding 169.254.169.254'],
  ['2002:c0a8:101::', '6to4 embedding 192.168.1.1'],
  ['2002:a00:1::1', '6to4 embedding 10.0.0.1'],
  ['64:ff9b::7f00:1', 'NAT64 embedding 127.0.0.1'],
  ['64:ff9b::169.254.169.254', 'NAT64 embedding metadata (dotted)'],
  ['64:ff9b::c0a8:101', 'NAT64 embedding 192.168.1.1'],
  ['64:ff9b:1::a00:1', 'local-use NAT64 (RFC 8215)'],
  ['64:ff9b:1:7f00:1::', 'local-use NAT64 with /64-style embedding'],
  ['2001::1', 'Teredo'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo (RFC 4380 example)'],
  ['2001:db8::1', 'documentation'],
  ['fe80::1%eth0', 'link-local with zone'],
  ['198.18.0.1', 'benchmarking'],
  ['192.0.2.1', 'documentation v4'],
];

const ALLOWED: [string, string][] = [
  ['2002:808:808::1', '6to4 embedding 8.8.8.8'],
  ['64:ff9b::808:808', 'NAT64 embedding 8.8.8.8'],
  ['::ffff:1.1.1.1', 'mapped public'],
  ['2a00:1450:4001::200e', 'public v6'],
  ['2001:4860:4860::8888', 'public v6 in 2001::/16 outside Teredo'],
  ['93.184.215.14', 'public v4'],
];

describe('isPrivateAddress: IPv6 transition addresses', () => {
  it.each(REFUSED)('refuses %s (%s)', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
    const host = address.includes(':') ? `[${address.replace(/%.*$/, '')}]` : address;
    expect(() => checkUrl(`http://${host}/`, 'x', {})).toThrowError(expect.objectContaining({ code: 'E_URL_REFUSED' }));
    expect(checkUrl(`http://${host}/`, 'x', { allowPrivate: true }).protocol).toBe('http:');
  });

  it.each(ALLOWED)('allows %s (%s)', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
