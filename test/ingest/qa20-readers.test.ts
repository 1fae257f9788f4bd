/**
 * Session 20 QA, the readers: JSON Lines saved as UTF-16 (Windows PowerShell's `Out-File` default) and
 * gzip-compressed input on standard input or behind a URL ("any of them .gz", as `parley ingest --help` says),
 * feeds the XML parser refuses, and UTF-8 pages that declare a single-byte charset.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/ingest/readers/decode.js';
import { readInputs, type ReadResult } from '../../src/ingest/readers/index.js';
import { collect, docs } from '../helpers/readers.js';

const RECORDS = '{"id":"r1","text":"Talks resumed in Riyadh on Tuesday."}\r\n{"id":"r2","text":"The delegations met for six hours."}\r\n';
const ARTICLE = 'Talks resumed in Riyadh on Tuesday.\nThe delegations met for six hours.\n';

let dir: string;
let server: Server;
let base: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-qa20-readers-'));
  server = createServer((req, res) => {
    if (req.url === '/story.txt.gz') return res.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(Buffer.from(ARTICLE)));
    if (req.url === '/recs.jsonl.gz') return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(gzipSync(Buffer.from(RECORDS)));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await rm(dir, { recursive: true, force: true });
});

const errors = (rs: ReadResult[]) => rs.flatMap((r) => (r.kind === 'error' ? [r.error.line()] : []));

describe('readInputs: JSON Lines in UTF-16', () => {
  it('reads each record of a UTF-16 file, with or without a byte-order mark, instead of calling it binary', async () => {
    await writeFile(join(dir, 'le.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RECORDS, 'utf16le')]));
    await writeFile(join(dir, 'be.ndjson'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(RECORDS, 'utf16le').swap16()]));
    await writeFile(join(dir, 'nobom.jsonl'), Buffer.from(RECORDS, 'utf16le'));
    for (const f of ['le.jsonl', 'be.ndjson', 'nobom.jsonl']) {
      const rs = await collect([join(dir, f)]);
      expect(errors(rs), f).toEqual([]);
      expect(docs(rs).map((d) => [d.name, d.text, d.format]), f).toEqual([
        ['r1', 'Talks resumed in Riyadh on Tuesday.', 'jsonl'],
        ['r2', 'The delegations met for six hours.', 'jsonl'],
      ]);
    }
  });

  it('still refuses a binary file with a .jsonl name', async () => {
    await writeFile(join(dir, 'photo.jsonl'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(errors(await collect([join(dir, 'photo.jsonl')]))).toEqual([expect.stringMatching(/binary file \(PNG\), not JSON Lines \[E_BINARY\]$/)]);
  });
});

describe('readInputs: gzip-compressed standard input and URLs', () => {
  it('reads compressed standard input as what it holds', async () => {
    const text = docs(await collect(['-'], { stdin: Readable.from([gzipSync(Buffer.from(ARTICLE))]) }));
    expect(text.map((d) => [d.name, d.text, d.format])).toEqual([['stdin', ARTICLE, 'text']]);
    const recs = docs(await collect(['-'], { stdin: Readable.from([gzipSync(Buffer.from(RECORDS))]) }));
    expect(recs.map((d) => d.name)).toEqual(['r1', 'r2']);
  });

  it('reads a compressed page behind a URL as what it holds', async () => {
    const text = docs(await collect([`${base}/story.txt.gz`], { allowPrivate: true }));
    expect(text.map((d) => [d.name, d.text, d.format])).toEqual([['story.txt.gz', ARTICLE, 'text']]);
    const recs = docs(await collect([`${base}/recs.jsonl.gz`], { allowPrivate: true }));
    expect(recs.map((d) => d.name)).toEqual(['r1', 'r2']);
  });

  it('a damaged archive on standard input is one E_BINARY error naming stdin', async () => {
    const good = gzipSync(Buffer.from(ARTICLE));
    const rs = await collect(['-'], { stdin: Readable.from([good.subarray(0, good.length - 6)]) });
    expect(errors(rs)).toEqual([expect.stringMatching(/^stdin: damaged gzip file .*\[E_BINARY\]$/)]);
  });
});

describe('readInputs: a feed whose DOCTYPE declares an external entity', () => {
  it('is one E_FEED error naming the file (not E_INTERNAL), and nothing is read from the entity', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>T</title><item><title>A</title><description>Talks resumed. &xxe;</description></item></channel></rss>`;
    await writeFile(join(dir, 'xxe.rss'), xml);
    const rs = await collect([join(dir, 'xxe.rss')]);
    expect(docs(rs)).toEqual([]);
    expect(errors(rs)).toEqual([expect.stringMatching(/xxe\.rss: .*\[E_FEED\]$/)]);
  });
});

describe('decodeBytes: a declared charset the bytes contradict', () => {
  const RU = 'Президент заявил во вторник, что Москва отвергает предложение о прекращении огня.';
  it('UTF-8 bytes under a single-byte declaration (meta or Content-Type) are read as UTF-8, with a note', () => {
    const page = `<html><head><meta charset="windows-1251"><title>Тест</title></head><body><article><p>${RU}</p></article></body></html>`;
    const meta = decodeBytes(Buffer.from(page, 'utf8'), 'p.html', { sniffDeclaration: true });
    expect(meta).toMatchObject({ text: page, encoding: 'utf-8', warning: expect.stringMatching(/declares windows-1251.*UTF-8/) });
    const header = decodeBytes(Buffer.from('Café crème — the talks resumed in Genève.', 'utf8'), 'u', { declared: 'ISO-8859-1' });
    expect(header).toMatchObject({ text: 'Café crème — the talks resumed in Genève.', encoding: 'utf-8' });
  });

  it('a declaration the bytes fit is still honoured, and plain ASCII keeps its declared name', () => {
    const page = `<html><head><meta charset="windows-1251"></head><body><p>${RU}</p></body></html>`;
    expect(decodeBytes(iconv.encode(page, 'windows-1251'), 'p.html', { sniffDeclaration: true })).toEqual({ text: page, encoding: 'windows-1251' });
    expect(decodeBytes(Buffer.from('Talks resumed.'), 'a', { declared: 'windows-1252' })).toEqual({ text: 'Talks resumed.', encoding: 'windows-1252' });
  });
});

describe('readInputs: a record or feed item whose date cannot be read', () => {
  it('gets a note naming it and the value, and is still read', async () => {
    await writeFile(
      join(dir, 'dated.jsonl'),
      [
        JSON.stringify({ id: 'ok', published: '2025-03-11', text: 'Talks resumed in Riyadh on Tuesday.' }),
        JSON.stringify({ id: 'bad', published: '13th of Mar', text: 'The delegations met for six hours.' }),
      ].join('\n'),
    );
    const rs = await collect([join(dir, 'dated.jsonl')]);
    expect(docs(rs).map((d) => d.name)).toEqual(['ok', 'bad']);
    expect(rs.flatMap((r) => (r.kind === 'note' ? [`${r.input}: ${r.message}`] : []))).toEqual([
      `${join(dir, 'dated.jsonl')}#2: published "13th of Mar" is not a date Parley can read (write YYYY-MM-DD); the article is dated from its text, if it gives one`,
    ]);
  });
});
