import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadResult } from '../../src/ingest/readers/index.js';
import { collect, docs } from '../helpers/readers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-readers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const errors = (rs: ReadResult[]) => rs.flatMap((r) => (r.kind === 'error' ? [{ code: r.error.code, input: r.error.input, line: r.error.line() }] : []));
const notes = (rs: ReadResult[]) => rs.flatMap((r) => (r.kind === 'note' ? [r] : []));

const ARTICLE = 'Talks resumed in Riyadh on Tuesday.\r\nThe delegations met for six hours.\r\n';
const PAGE = `<!doctype html><html><head><meta charset="windows-1251"><meta property="og:site_name" content="Вести"></head><body><nav>Главная | Мир</nav>
<article><p>Переговоры о прекращении огня продолжились в Москве в четверг, сообщили официальные лица.</p>
<p>Президент заявил, что готов обсудить условия перемирия, но потребовал гарантий.</p></article><footer>© 2025</footer></body></html>`;

describe('readInputs: gzip-compressed files', () => {
  it('reads a compressed page, text or JSON Lines as what it holds, under the file’s own name', async () => {
    await writeFile(join(dir, 'page.html.gz'), gzipSync(Buffer.from(iconv.encode(PAGE, 'windows-1251'))));
    await writeFile(join(dir, 'note.txt.gz'), gzipSync(Buffer.from(ARTICLE)));
    await writeFile(join(dir, 'recs.jsonl.gz'), gzipSync(Buffer.from('{"id":"r1","text":"Talks resumed."}\n{"id":"r2","text":"Talks ended."}\n')));
    const rs = await collect([join(dir, 'page.html.gz'), join(dir, 'note.txt.gz'), join(dir, 'recs.jsonl.gz')]);
    const [page, note, ...recs] = docs(rs);
    expect(page).toMatchObject({ name: 'page.html.gz', format: 'html', encoding: 'windows-1251' });
    expect(page!.text).toContain('Переговоры о прекращении огня');
    expect(note).toMatchObject({ name: 'note.txt.gz', format: 'text', text: ARTICLE });
    expect(recs.map((d) => d.name)).toEqual(['r1', 'r2']);
  });

  it('refuses a damaged archive and one that expands past the size limit, by name', async () => {
    const good = gzipSync(Buffer.from(ARTICLE));
    await writeFile(join(dir, 'broken.txt.gz'), good.subarray(0, good.length - 6));
    await writeFile(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x61)));
    const rs = await collect([join(dir, 'broken.txt.gz'), join(dir, 'bomb.txt.gz')], { maxBytes: 1024 * 1024 });
    expect(errors(rs).map((e) => [e.code, e.input])).toEqual([
      ['E_BINARY', join(dir, 'broken.txt.gz')],
      ['E_TOO_LARGE', join(dir, 'bomb.txt.gz')],
    ]);
  });
});

describe('readInputs: files', () => {
  it('reads text exactly (CRLF kept), Markdown and names documents by base name', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'b.md'), '# Heading\n\nBody text with <b>tags</b>.\n');
    const rs = await collect([join(dir, 'a.txt'), join(dir, 'b.md')]);
    expect(docs(rs)).toEqual([
      { name: 'a.txt', source: join(dir, 'a.txt'), url: null, text: ARTICLE, format: 'text', encoding: 'utf-8', given: {} },
      { name: 'b.md', source: join(dir, 'b.md'), url: null, text: '# Heading\n\nBody text with <b>tags</b>.\n', format: 'markdown', encoding: 'utf-8', given: {} },
    ]);
  });

  it('reads a legacy-encoded HTML page by its <meta charset>, and sniffs HTML without an extension', async () => {
    await writeFile(join(dir, 'page.html'), iconv.encode(PAGE, 'windows-1251'));
    await writeFile(join(dir, 'page-noext'), PAGE.replace('windows-1251', 'utf-8'));
    const [a, b] = docs(await collect([join(dir, 'page.html'), join(dir, 'page-noext')]));
    expect(a).toMatchObject({ format: 'html', encoding: 'windows-1251', given: { outlet: 'Вести', origin: { outlet: 'html:og:site_name' } } });
    expect(a!.text.split('\n')[0]).toBe('Переговоры о прекращении огня продолжились в Москве в четверг, сообщили официальные лица.');
    expect(a!.text).not.toContain('Главная');
    expect(b).toMatchObject({ format: 'html', encoding: 'utf-8', text: a!.text });
  });

  it('a saved HTML page keeps its base name and takes the address it states as its url', async () => {
    await writeFile(join(dir, 'saved.html'), PAGE.replace('windows-1251', 'utf-8').replace('</head>', '<link rel="canonical" href="https://www.vesti.example/article/123"></head>'));
    const [d] = docs(await collect([join(dir, 'saved.html')]));
    expect(d).toMatchObject({ name: 'saved.html', source: join(dir, 'saved.html'), url: 'https://www.vesti.example/article/123' });
  });

  it('reads feeds by extension and by sniffing', async () => {
    const rss = '<rss version="2.0"><channel><title>W</title><item><link>https://x.example/a/story-1</link><description>One.</description></item></channel></rss>';
    await writeFile(join(dir, 'feed.xml'), rss);
    await writeFile(join(dir, 'feed.txt'), rss);
    const ds = docs(await collect([join(dir, 'feed.xml'), join(dir, 'feed.txt')]));
    expect(ds.map((d) => [d.name, d.format, d.text])).toEqual([
      ['story-1', 'rss', 'One.'],
      ['story-1', 'rss', 'One.'],
    ]);
  });

  it('reads JSON Lines line by line: ids, fallbacks, html records, broken lines fail alone', async () => {
    const lines = [
      JSON.stringify({ id: 'r1', text: 'First record.\r\nWith CRLF 🇺🇦', url: 'https://x.example/1', title: 'T1', published: '2025-03-11', outlet: 'Wire' }),
      '',
      '{"text": "broken',
      JSON.stringify({ text: 'No id here.' }),
      JSON.stringify({ html: PAGE.replace('windows-1251', 'utf-8'), title: 'Given title' }),
      JSON.stringify({ title: 'no body' }),
      '   ',
      JSON.stringify({ id: 7, text: 'Numeric id.' }),
    ];
    await writeFile(join(dir, 'recs.jsonl'), '\ufeff' + lines.join('\n') + '\n');
    const file = join(dir, 'recs.jsonl');
    const rs = await collect([file]);
    expect(docs(rs).map((d) => [d.name, d.source, d.format])).toEqual([
      ['r1', `${file}#1`, 'jsonl'],
      ['recs.jsonl#4', `${file}#4`, 'jsonl'],
      ['recs.jsonl#5', `${file}#5`, 'jsonl'],
      ['7', `${file}#8`, 'jsonl'],
    ]);
    const [r1, , html] = docs(rs);
    expect(r1).toMatchObject({ text: 'First record.\r\nWith CRLF 🇺🇦', url: 'https://x.example/1', given: { title: 'T1', published: '2025-03-11', outlet: 'Wire', origin: { outlet: 'jsonl:outlet' } } });
    expect(html!.text).toMatch(/^Переговоры/);
    expect(html!.given).toMatchObject({ title: 'Given title', outlet: 'Вести', origin: { title: 'jsonl:title', outlet: 'html:og:site_name' } });
    expect(errors(rs).map((e) => [e.code, e.input])).toEqual([
      ['E_JSONL', `${file}:3`],
      ['E_JSONL', `${file}:6`],
    ]);
  });

  it('a record id used again in the same ingest with other text is one E_JSONL error naming file, line and id; a repeat of the same record passes', async () => {
    const file = join(dir, 'dup-ids.jsonl');
    await writeFile(file, [
      JSON.stringify({ id: 'a', text: 'First version.' }),
      JSON.stringify({ id: 'b', text: 'Other article.' }),
      JSON.stringify({ id: 'a', text: 'Second version.' }),
      JSON.stringify({ id: 'b', text: 'Other article.' }),
      JSON.stringify({ text: 'No id.' }),
    ].join('\n'));
    const other = join(dir, 'dup-ids-2.json');
    await writeFile(other, JSON.stringify([{ id: 'a', text: 'Third version.' }, { id: 'c', text: 'New.' }]));
    const rs = await collect([file, other]);
    expect(docs(rs).map((d) => [d.name, d.source])).toEqual([
      ['a', `${file}#1`],
      ['b', `${file}#2`],
      ['b', `${file}#4`],
      ['dup-ids.jsonl#5', `${file}#5`],
      ['c', `${other}#2`],
    ]);
    expect(errors(rs).map((e) => e.line)).toEqual([
      `${file}:3: id "a" is already the name of the record at ${file}:1, with other text (a document's name is its record id): this record is not stored [E_JSONL]`,
      `${other}:1: id "a" is already the name of the record at ${file}:1, with other text (a document's name is its record id): this record is not stored [E_JSONL]`,
    ]);
  });

  it('reads standard input for "-", sniffing JSON Lines and HTML', async () => {
    const one = docs(await collect(['-'], { stdin: Readable.from([Buffer.from('\ufeffFrom stdin.\n')]) }));
    expect(one).toEqual([{ name: 'stdin', source: 'stdin', url: null, text: 'From stdin.\n', format: 'text', encoding: 'utf-8', given: {} }]);
    const jsonl = docs(await collect(['-'], { stdin: Readable.from(['{"id":"a","text":"A."}\n{"id":"b","text":"B."}\n']) }));
    expect(jsonl.map((d) => d.name)).toEqual(['a', 'b']);
  });
});

describe('readInputs: directories', () => {
  it('walks recursively in sorted order, skips hidden entries and binary files with a note, reports bad files and goes on', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'sub', 'deeper'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await writeFile(join(root, '.git', 'config'), 'x');
    await writeFile(join(root, '.hidden.txt'), 'hidden text');
    await writeFile(join(root, 'b.txt'), 'Bee.');
    await writeFile(join(root, 'a.txt'), 'Ay.');
    await writeFile(join(root, 'B-upper.txt'), 'Upper.');
    await writeFile(join(root, 'sub', 'c.txt'), 'Sea.');
    await writeFile(join(root, 'sub', 'deeper', 'd.md'), 'Dee.');
    await writeFile(join(root, 'empty.txt'), '');
    await writeFile(join(root, 'doc.pdf'), Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    await writeFile(join(root, 'img.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const rs = await collect([root]);
    expect(docs(rs).map((d) => d.name)).toEqual(['B-upper.txt', 'a.txt', 'b.txt', 'c.txt', 'd.md']);
    // Issue 2: "whole directories (recursively, skipping hidden and binary files with a note)".
    expect(errors(rs).map((e) => [e.code, e.input])).toEqual([['E_EMPTY', join(root, 'empty.txt')]]);
    expect(notes(rs).map((n) => [n.input, n.message])).toEqual([
      [join(root, '.git'), 'skipped: hidden directory'],
      [join(root, '.hidden.txt'), 'skipped: hidden file'],
      [join(root, 'doc.pdf'), 'skipped: binary file (PDF), not text'],
      [join(root, 'img.png'), 'skipped: binary file (PNG), not text'],
    ]);
    // Results come in directory order: the kinds interleave rather than being grouped.
    expect(rs[0]).toMatchObject({ kind: 'note' });
  });

  it('a binary file named directly stays an error naming it, and a damaged archive in a walk is still an error', async () => {
    const root = join(dir, 'binary-named');
    await mkdir(root);
    await writeFile(join(root, 'doc.pdf'), Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    await writeFile(join(root, 'data.jsonl'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const good = gzipSync(Buffer.from(ARTICLE));
    await writeFile(join(root, 'broken.txt.gz'), good.subarray(0, good.length - 6));
    const named = await collect([join(root, 'doc.pdf'), join(root, 'data.jsonl')]);
    expect(errors(named).map((e) => [e.code, e.input])).toEqual([
      ['E_BINARY', join(root, 'doc.pdf')],
      ['E_BINARY', join(root, 'data.jsonl')],
    ]);
    const walked = await collect([root]);
    expect(errors(walked).map((e) => [e.code, e.input])).toEqual([['E_BINARY', join(root, 'broken.txt.gz')]]);
    expect(notes(walked).map((n) => n.input)).toEqual([join(root, 'data.jsonl'), join(root, 'doc.pdf')]);
  });

  it('yields lazily: the first document arrives before later files are read', async () => {
    const root = join(dir, 'lazy');
    await mkdir(root);
    await writeFile(join(root, '1.txt'), 'One.');
    await writeFile(join(root, '2.txt'), 'Two.');
    const it = readInputs([root]);
    const first = await it.next();
    expect(first.value).toMatchObject({ kind: 'document', doc: { name: '1.txt' } });
    await rm(join(root, '2.txt'));
    const second = await it.next();
    expect(second.value).toMatchObject({ kind: 'error', error: { code: 'E_NOT_FOUND' } });
  });
});

describe('readInputs: bad input', () => {
  it('missing paths, too large (by stat, before reading) and a 200 MB sparse file', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, 'x'.repeat(2000));
    const sparse = join(dir, 'sparse.txt');
    await writeFile(sparse, '');
    await truncate(sparse, 200 * 1024 * 1024);
    const rs = await collect([join(dir, 'nope.txt'), big, sparse, join(dir, 'a.txt')], { maxBytes: 1000 });
    expect(errors(rs).map((e) => [e.code, e.input])).toEqual([
      ['E_NOT_FOUND', join(dir, 'nope.txt')],
      ['E_TOO_LARGE', big],
      ['E_TOO_LARGE', sparse],
    ]);
    expect(docs(rs).map((d) => d.name)).toEqual(['a.txt']);
    const defaults = await collect([sparse]);
    expect(errors(defaults)[0]).toMatchObject({ code: 'E_TOO_LARGE', input: sparse });
    for (const e of errors(rs)) expect(e.line).not.toContain('\n');
  });

  it('unreadable files (chmod 000) fail with E_UNREADABLE unless running as root', async () => {
    const locked = join(dir, 'locked.txt');
    await writeFile(locked, 'secret');
    await chmod(locked, 0o000);
    const rs = await collect([locked, join(dir, 'a.txt')]);
    if (process.getuid?.() === 0) expect(docs(rs)).toHaveLength(2); // root reads through chmod 000
    else expect(errors(rs)).toMatchObject([{ code: 'E_UNREADABLE', input: locked }]);
    expect(docs(rs).at(-1)!.name).toBe('a.txt');
    await chmod(locked, 0o600);
  });

  it('an HTML page with no article and a malformed feed are errors naming the file', async () => {
    await writeFile(join(dir, 'empty.html'), '<html><head><title>x</title></head><body></body></html>');
    await writeFile(join(dir, 'broken.rss'), '<rss><channel><item><title>x</channel>');
    const rs = await collect([join(dir, 'empty.html'), join(dir, 'broken.rss')]);
    expect(errors(rs).map((e) => [e.code, e.input])).toEqual([
      ['E_NO_ARTICLE', join(dir, 'empty.html')],
      ['E_FEED', join(dir, 'broken.rss')],
    ]);
  });

  it('a binary file named .jsonl is refused once, not line by line', async () => {
    await writeFile(join(dir, 'zip.jsonl'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 10, 13, 10]));
    expect(errors(await collect([join(dir, 'zip.jsonl')]))).toMatchObject([{ code: 'E_BINARY' }]);
  });

  it('non-http URL schemes are refused', async () => {
    const rs = await collect(['file:///etc/passwd', 'ftp://example.com/x', 'javascript:alert(1)']);
    expect(errors(rs).map((e) => e.code)).toEqual(['E_URL_REFUSED', 'E_URL_REFUSED', 'E_URL_REFUSED']);
  });
});

describe('readInputs: QA cases', () => {
  it('a .json file is read as one record or an array of records, named like JSON Lines records', async () => {
    await writeFile(join(dir, 'one.json'), JSON.stringify({ id: 'x1', text: 'Talks resumed in Riyadh.', title: 'T' }));
    await writeFile(join(dir, 'many.json'), JSON.stringify([{ text: 'First.' }, { html: '<article><p>Second record, in HTML, with two sentences. It is long enough.</p></article>', url: 'https://x.example/2' }, { nope: 1 }]));
    const rs = await collect([join(dir, 'one.json'), join(dir, 'many.json')]);
    expect(docs(rs).map((d) => [d.name, d.source, d.text])).toEqual([
      ['x1', `${join(dir, 'one.json')}#1`, 'Talks resumed in Riyadh.'],
      ['many.json#1', `${join(dir, 'many.json')}#1`, 'First.'],
      ['many.json#2', `${join(dir, 'many.json')}#2`, 'Second record, in HTML, with two sentences. It is long enough.'],
    ]);
    expect(docs(rs)[0]!.given).toMatchObject({ title: 'T' });
    expect(errors(rs)).toEqual([{ code: 'E_JSONL', input: `${join(dir, 'many.json')}#3`, line: expect.stringContaining('no "text" or "html"') }]);
  });

  it('a .json file that holds no records is one error naming the file', async () => {
    const tree = join(dir, 'jsontree');
    await mkdir(tree, { recursive: true });
    await writeFile(join(tree, 'config.json'), '{"a":1}\n');
    await writeFile(join(tree, 'list.json'), '[1, 2, 3]');
    await writeFile(join(tree, 'broken.json'), '{"text": "unterminated');
    const rs = await collect([tree]);
    expect(docs(rs)).toEqual([]);
    expect(errors(rs).map((e) => [e.code, e.input])).toEqual([
      ['E_JSONL', join(tree, 'broken.json')],
      ['E_JSONL', join(tree, 'config.json')],
      ['E_JSONL', join(tree, 'list.json')],
    ]);
    expect(errors(rs)[1]!.line).toContain('not a Parley record: expected an object with text or html, or an array of them');
  });

  it('an HTML fragment file and a JSON Lines html fragment are articles', async () => {
    const prose = 'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would study the US proposal for a 30-day ceasefire before responding to Washington.';
    await writeFile(join(dir, 'frag.html'), `<div><p>${prose}</p></div>`);
    await writeFile(join(dir, 'frag.jsonl'), `${JSON.stringify({ html: `<article><p>${prose}</p><p>Kyiv said it agreed.</p></article>` })}\n`);
    const rs = await collect([join(dir, 'frag.html'), join(dir, 'frag.jsonl')]);
    expect(errors(rs)).toEqual([]);
    expect(docs(rs).map((d) => d.text)).toEqual([prose, `${prose}\nKyiv said it agreed.`]);
  });

  it('a feed with no items is a note, and a UTF-8 file with a stray byte a note with the count', async () => {
    await writeFile(join(dir, 'empty.rss'), '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title></channel></rss>');
    await writeFile(join(dir, 'empty.atom'), '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>');
    await writeFile(join(dir, 'stray.txt'), Buffer.concat([Buffer.from('He said “yes” before'), Buffer.from([0x92]), Buffer.from('s the talks.\n')]));
    const rs = await collect([join(dir, 'empty.rss'), join(dir, 'empty.atom'), join(dir, 'stray.txt')]);
    expect(notes(rs).map((n) => [n.input, n.message])).toEqual([
      [join(dir, 'empty.rss'), 'feed has no items'],
      [join(dir, 'empty.atom'), 'feed has no items'],
      [join(dir, 'stray.txt'), expect.stringMatching(/1 invalid byte/)],
    ]);
    expect(docs(rs)).toMatchObject([{ encoding: 'utf-8', text: 'He said “yes” before\ufffds the talks.\n' }]);
  });
});
