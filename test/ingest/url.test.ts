import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadOptions } from '../../src/ingest/readers/index.js';
import { collect } from '../helpers/readers.js';
import { checkUrl, isPrivateAddress } from '../../src/ingest/readers/url.js';

const PAGE = `<!doctype html><html><head><title>Story</title><meta property="og:site_name" content="Loop News"></head><body><nav>Home</nav>
<article><p>Negotiators met for six hours on Tuesday and agreed to meet again next week, officials said.</p>
<p>The foreign minister said the talks had been constructive but that gaps remained.</p></article></body></html>`;
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Loop</title><item><link>http://x.example/s/one</link><description>One.</description></item><item><link>http://x.example/s/two</link><description>Two.</description></item></channel></rss>';

let server: Server;
let base: string;
const pending = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/news/story-1') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/cp1251') return res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1251' }).end(iconv.encode('Привет, мир. Переговоры идут.', 'windows-1251'));
    if (path === '/feed') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    if (path === '/sniffed-feed') return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(RSS);
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      return res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/news/story-1' }).end();
    }
    if (path === '/to-ftp') return res.writeHead(301, { location: 'ftp://example.com/x' }).end();
    if (path === '/to-other-loopback') return res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/news/story-1` }).end();
    if (path === '/slow') {
      const t = setTimeout(() => res.end('late'), 3000);
      pending.add(t);
      return;
    }
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('x'.repeat(5000));
    }
    if (path === '/big-declared') return res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '999999' }).end('x');
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const t of pending) clearTimeout(t);
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const open: ReadOptions = { allowPrivate: true, timeoutMs: 2000 };

describe('readInputs: URLs', () => {
  it('fetches an HTML page: main text, outlet, name from the last path segment', async () => {
    const [r] = await collect([`${base}/news/story-1`], open);
    expect(r).toMatchObject({ kind: 'document', doc: { name: 'story-1', url: `${base}/news/story-1`, source: `${base}/news/story-1`, format: 'html', given: { outlet: 'Loop News' } } });
    if (r!.kind === 'document') expect(r.doc.text.split('\n')).toHaveLength(2);
  });

  it('honours the Content-Type charset', async () => {
    const [r] = await collect([`${base}/cp1251`], open);
    expect(r).toMatchObject({ kind: 'document', doc: { text: 'Привет, мир. Переговоры идут.', encoding: 'windows-1251', format: 'text' } });
  });

  it('reads feeds by Content-Type and by sniffing', async () => {
    for (const path of ['/feed', '/sniffed-feed']) {
      const rs = await collect([`${base}${path}`], open);
      expect(rs.map((r) => (r.kind === 'document' ? r.doc.name : r.kind))).toEqual(['one', 'two']);
    }
  });

  it('follows up to 5 redirects, each hop checked', async () => {
    const [ok] = await collect([`${base}/hop/4`], open);
    expect(ok).toMatchObject({ kind: 'document', doc: { url: `${base}/news/story-1` } });
    const [tooMany] = await collect([`${base}/hop/5`], open);
    expect(tooMany).toMatchObject({ kind: 'error', error: { code: 'E_FETCH', input: `${base}/hop/5` } });
    const [ftp] = await collect([`${base}/to-ftp`], open);
    expect(ftp).toMatchObject({ kind: 'error', error: { code: 'E_URL_REFUSED' } });
    // Here 127.0.0.2 plays a private address: the first hop (127.0.0.1) passes, the redirect does not.
    const [hop] = await collect([`${base}/to-other-loopback`], { timeoutMs: 2000, isRefusedAddress: (a) => a === '127.0.0.2' });
    expect(hop).toMatchObject({ kind: 'error', error: { code: 'E_URL_REFUSED' } });
  });

  it('refuses loopback without allowPrivate (IP literal and DNS name)', async () => {
    const port = (server.address() as AddressInfo).port;
    const rs = await collect([`${base}/news/story-1`, `http://localhost:${port}/news/story-1`, `http://[::ffff:127.0.0.1]:${port}/`, `http://[::1]:${port}/`], { timeoutMs: 2000 });
    expect(rs.map((r) => (r.kind === 'error' ? r.error.code : r.kind))).toEqual(['E_URL_REFUSED', 'E_URL_REFUSED', 'E_URL_REFUSED', 'E_URL_REFUSED']);
    for (const r of rs) if (r.kind === 'error') expect(r.error.line()).toMatch(/private|loopback/);
  });

  it('times out slow servers, caps the size, reports HTTP errors — and goes on with the next input', async () => {
    const rs = await collect([`${base}/slow`, `${base}/big`, `${base}/big-declared`, `${base}/missing`, `${base}/news/story-1`], { ...open, timeoutMs: 300, maxBytes: 1000 });
    expect(rs.map((r) => (r.kind === 'error' ? r.error.code : r.kind))).toEqual(['E_FETCH', 'E_TOO_LARGE', 'E_TOO_LARGE', 'E_FETCH', 'document']);
    expect((rs[0] as { error: Error }).error.message).toMatch(/timed out after 300 ms/);
    expect((rs[3] as { error: Error }).error.message).toMatch(/HTTP 404/);
  });

  it('reports an unreachable host as E_FETCH', async () => {
    const port = (server.address() as AddressInfo).port;
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const [r] = await collect([`http://127.0.0.1:${deadPort}/x`], open);
    expect(r).toMatchObject({ kind: 'error', error: { code: 'E_FETCH' } });
    expect(port).not.toBe(deadPort);
  });
});

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'febf::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
    '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1', '[::1]', 'ff02::1', 'not-an-ip',
  ])('refuses %s', (a) => expect(isPrivateAddress(a)).toBe(true));

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8'])('allows %s', (a) =>
    expect(isPrivateAddress(a)).toBe(false),
  );

  it('checks IP literals in URLs before connecting', () => {
    for (const u of ['http://169.254.169.254/latest/meta-data', 'http://0.0.0.0/', 'http://[fe80::1]/', 'http://[::ffff:169.254.169.254]/', 'http://2130706433/']) {
      expect(() => checkUrl(u, u, {})).toThrowError(expect.objectContaining({ code: 'E_URL_REFUSED' }));
    }
    expect(() => checkUrl('http://user:pw@example.com/', 'x', {})).toThrowError(expect.objectContaining({ code: 'E_URL_REFUSED' }));
    expect(checkUrl('https://example.com/a', 'x', {}).hostname).toBe('example.com');
  });
});
