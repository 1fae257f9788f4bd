/**
 * The CLI in process (`main()` with captured output): option validation and exit codes, atomic export
 * failures, empty-result messages, the empty-directory note and CSV formula guarding.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../core/paths.js';
import type { PositionsMatrix } from '../corpus/positions.js';
import { Store } from '../store/store.js';
import { writeAtomically } from './commands/export.js';
import { matrixCsv } from './commands/positions.js';
import { main } from './main.js';
import { calendarDate, port, positiveInt } from './shared.js';

let dir: string;
let emptyDb: string;
let seedDb: string;

interface Run {
  code: number;
  out: string;
  err: string;
}

async function parley(args: string[], io: { out?: (s: string) => void } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(['node', 'parley', ...args], { out: io.out ?? ((s) => void (out += s)), err: (s) => void (err += s), stdin: process.stdin });
  return { code, out, err };
}
const lines = (s: string) => s.split('\n').filter((l) => l.trim());

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-cli-'));
  emptyDb = join(dir, 'empty.db');
  Store.open(emptyDb).close();
  seedDb = join(dir, 'seeds.db');
  const r = await parley(['ingest', DEMO_DIR, '--db', seedDb, '--quiet']);
  if (r.code !== 0) throw new Error(`seed ingest failed: ${r.err}`);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('option parsers', () => {
  it.each(['2025-13-45', '2025-02-30', '2023-02-29', '2025-1-05', '2025-03', 'yesterday', '2025-03-10x', ''])('refuses the date %j', (d) => {
    expect(() => calendarDate('--since')(d)).toThrowError(expect.objectContaining({ code: 'E_USAGE', input: '--since' }));
  });
  it.each(['2024-02-29', '2025-03-10', '2000-02-29', '2025-12-31'])('accepts the date %s', (d) => expect(calendarDate('--since')(d)).toBe(d));
  it('parses whole numbers and ports strictly', () => {
    expect(positiveInt('--limit')('12')).toBe(12);
    for (const bad of ['abc', '0', '-3', '1.5', '1e3', '12abc', '']) expect(() => positiveInt('--limit')(bad)).toThrowError(expect.objectContaining({ code: 'E_USAGE' }));
    expect(port('--port')('0')).toBe(0);
    expect(port('--port')('65535')).toBe(65535);
    for (const bad of ['abc', '65536', '-1', '80.5']) expect(() => port('--port')(bad)).toThrowError(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe('exit codes and one-line errors', () => {
  it.each([
    [['ingest', 'x.txt', '--max-bytes', 'abc'], '--max-bytes'],
    [['ingest', 'x.txt', '--timeout', 'abc'], '--timeout'],
    [['serve', '--port', 'abc'], '--port'],
    [['serve', '--port', '70000'], '--port'],
    [['positions', '--since', '2025-13-45'], '--since'],
    [['timeline', '--until', '2025-02-30'], '--until'],
    [['timeline', '--limit', 'many'], '--limit'],
    [['brief', '--max', '0'], '--max'],
    [['brief', '--since', '2025-13-45'], '--since'],
    [['export', '--format', 'xml'], 'xml'],
  ])('%j is a usage error (exit 2, one line naming %s)', async (args, option) => {
    const r = await parley([...args, '--db', emptyDb]);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual([expect.stringMatching(new RegExp(`^parley: ${option.replace(/[-]/g, '\\-')}: .*\\[E_USAGE\\]$`))]);
  });

  it.each(['ingest x.txt', 'demo', 'actors', 'quotes', 'positions', 'timeline', 'brief', 'serve', 'export', 'eval gold', 'reanalyze', 'vacuum'])(
    '`%s --db ""` is a usage error, not a throwaway temporary database',
    async (command) => {
      const r = await parley([...command.split(' '), '--db', '']);
      expect(r.code).toBe(2);
      expect(lines(r.err)).toEqual([expect.stringMatching(/^parley: --db: expected a database file name, got an empty value \[E_USAGE\]$/)]);
      expect(r.out).toBe('');
    },
  );

  it('a --db value starting with "-" (a forgotten value) is a usage error', async () => {
    const r = await parley(['actors', '--db', '--db', join(dir, 'y.db')]);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual(['parley: --db: expected a database file name, got "--db" (an option?) [E_USAGE]']);
  });

  it('serve on a port already in use: exit 1, one line naming the port', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port: busy } = taken.address() as AddressInfo;
    try {
      const r = await parley(['serve', '--port', String(busy), '--db', emptyDb]);
      expect(r.code).toBe(1);
      expect(lines(r.err)).toEqual([expect.stringContaining(`port ${busy} is already in use`)]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('commander usage errors are exit 2 as well', async () => {
    expect((await parley(['ingest'])).code).toBe(2);
  });

  it('an internal (non-Parley) error prints only the first line of its message', async () => {
    const r = await parley(['export', '--db', emptyDb], {
      out: () => {
        throw new Error('stream broke\n    at somewhere (file.js:1:1)\n    at elsewhere');
      },
    });
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual(['parley: internal error: stream broke']);
  });
});

describe('parley export --out', () => {
  it('a missing directory: one E_WRITE line naming the output file, no temp file, no crash', async () => {
    const out = join(dir, 'missing', 'sub', 'x.json');
    const r = await parley(['export', '--db', emptyDb, '--out', out]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`parley: ${out}: cannot write the export: no such file or directory [E_WRITE]`]);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('a failed rename (output is a directory) removes the temp file', async () => {
    const target = join(dir, 'is-a-dir');
    await mkdir(join(target, 'inside'), { recursive: true });
    await expect(writeAtomically(target, ['{"a":1}\n'])).rejects.toMatchObject({ code: 'E_WRITE', input: target });
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('a failure while producing records removes the temp file and keeps the original error', async () => {
    const out = join(dir, 'partial.json');
    function* chunks(): Generator<string> {
      yield 'x'.repeat(1 << 20);
      throw new Error('database went away');
    }
    await expect(writeAtomically(out, chunks())).rejects.toThrow('database went away');
    expect(readdirSync(dir).filter((f) => f.startsWith('partial'))).toEqual([]);
  });

  it('writes the file when the directory exists', async () => {
    const out = join(dir, 'ok.json');
    const r = await parley(['export', '--db', emptyDb, '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('empty results', () => {
  it('positions: "nothing stored" and "nothing matches the filter" are told apart', async () => {
    const none = await parley(['positions', '--db', emptyDb]);
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/No stances stored yet/);
    const filtered = await parley(['positions', '--db', seedDb, '--since', '2099-01-01']);
    expect(filtered.code).toBe(0);
    expect(filtered.out).toMatch(/No stances match the filter/);
    expect(filtered.out).not.toMatch(/stored yet/);
  });

  it('ingest of an empty directory: 0 stored, a note naming the directory, exit 0', async () => {
    const empty = join(dir, 'no-articles');
    await mkdir(empty);
    await writeFile(join(empty, '.hidden.txt'), 'not read');
    const r = await parley(['ingest', empty, '--db', join(dir, 'e.db')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 stored/);
    expect(r.err).toContain(`note    no articles found in ${empty}`);
  });

  it('ingest of an article in another language stores it and says which stages its rules kept empty', async () => {
    const file = join(dir, 'peregovory.txt');
    await writeFile(file, 'Переговоры о прекращении огня возобновились во вторник в Женеве, сообщили официальные лица.\n«Мы готовы подписать соглашение», — заявил министр иностранных дел Иван Петров журналистам после встречи.\nДелегации встретятся снова на следующей неделе.\n');
    const db = join(dir, 'ru.db');
    const r = await parley(['ingest', file, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/stored  peregovory\.txt \([0-9a-f]+\) — in 'ru': no quotes, events, stances \(their rules read English\)/);
    const store = Store.open(db);
    try {
      expect(store.db.prepare('SELECT count(*) FROM quotes').pluck().get()).toBe(0);
      expect(store.db.prepare('SELECT count(*) FROM sentences').pluck().get()).toBeGreaterThan(1);
    } finally {
      store.close();
    }
  });

  it('ingest of a directory with articles gives no such note', async () => {
    const r = await parley(['ingest', DEMO_DIR, '--db', seedDb, '--quiet']);
    expect(r.err).not.toMatch(/no articles found/);
  });
});

describe('parley eval: gold input errors', () => {
  it('a file given as the gold directory is "<path> is not a directory"', async () => {
    const file = join(dir, 'gold-file.json');
    await writeFile(file, '{}');
    const r = await parley(['eval', file, '--db', seedDb]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`parley: ${file}: is not a directory (give the folder holding the *.gold.json files) [E_GOLD]`]);
  });

  it.each([
    ['[1, 2]', 'an array'],
    ['"text"', 'a string'],
    ['null', 'null'],
  ])('a gold file holding %s names the file and says what is wrong', async (json, kind) => {
    const gold = await mkdtemp(join(dir, 'gold-'));
    await writeFile(join(gold, 'a.gold.json'), json);
    const r = await parley(['eval', gold, '--db', seedDb]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`parley: ${join(gold, 'a.gold.json')}: invalid gold file: the top level must be a JSON object ({"document": …, "quotes": […], …}), found ${kind} [E_GOLD]`]);
  });
});

describe('timeline filters that name nothing', () => {
  it.each([
    [['--actor', 'Nobody'], "no actor matches 'Nobody'"],
    [['--proposition', 'nope'], "no proposition matches 'nope'"],
  ])('%j: one line on stderr, exit 0, no entries', async (filter, notice) => {
    const r = await parley(['timeline', ...filter, '--db', seedDb, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
    expect(lines(r.err)).toEqual([notice]);
  });

  it('--attributed leaves out events that name no actor', async () => {
    const events = async (args: string[]) => (JSON.parse((await parley(['timeline', ...args, '--db', seedDb, '--json'])).out) as { kind: string; actors: string[] }[]).filter((e) => e.kind === 'event');
    const all = await events([]);
    const attributed = await events(['--attributed']);
    expect(all.some((e) => e.actors.length === 0)).toBe(true);
    expect(attributed.length).toBe(all.filter((e) => e.actors.length > 0).length);
  });

  it('a stored actor with nothing in the period gets no such line', async () => {
    const r = await parley(['timeline', '--actor', 'putin', '--since', '2099-01-01', '--db', seedDb]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/No dated events or stance changes match/);
    expect(r.err).toBe('');
  });
});

describe('positions --csv', () => {
  it('guards formula-like cells with the shared CSV writer', () => {
    const m: PositionsMatrix = {
      rows: [{ id: 'x', name: '=cmd|"/c calc"!A1', type: 'person', kind: 'party', party: null }],
      propositions: [{ id: 'p', label: '+label', statement: 's', origin: 'pack' }],
      cells: [
        {
          rowId: 'x', proposition: 'p', stance: 'support', trend: 'new', sources: 1, contradiction: false,
          citations: [{ docId: 'd', docName: 'd', outlet: '@outlet', date: null, stance: 'support', evidence: { start: 0, end: 4, text: '-1+1' }, condition: null, review: 'machine' } as never],
        },
      ],
    };
    const row = matrixCsv(m).split('\n')[1]!;
    expect(row).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(row).toContain(",'+label,");
    expect(row).toContain(",'@outlet,");
    expect(row).toContain(",'-1+1,");
  });
});

describe('ingest: reader QA cases end to end', () => {
  it('stray byte note, HTML fragment stored, .json read as records, consent-only page and empty feed reported', async () => {
    const qa = join(dir, 'reader-qa');
    await mkdir(join(qa, 'd'), { recursive: true });
    const prose = 'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would study the US proposal for a 30-day ceasefire before responding to Washington.';
    await writeFile(join(qa, 'm.txt'), Buffer.concat([Buffer.from('Peskov said that “Russia will study the proposal carefully” before'), Buffer.from([0x92]), Buffer.from('s responding.\n')]));
    await writeFile(join(qa, 'f.html'), `<div><p>${prose}</p></div>`);
    await writeFile(join(qa, 'd', 'config.json'), '{"a":1}\n');
    await writeFile(join(qa, 'recs.json'), JSON.stringify([{ id: 'kyiv-reply', text: 'Kyiv said on Wednesday that it accepted the proposal.' }]));
    await writeFile(join(qa, 'c.html'), '<html><body><div class="cookie-banner"><p>We use cookies to improve your experience. By clicking “Accept all” you accept our use of cookies.</p><button>Accept all</button></div></body></html>');
    await writeFile(join(qa, 'e.rss'), '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title></channel></rss>');
    const db = join(dir, 'reader-qa.db');
    const inputs = ['m.txt', 'f.html', 'd', 'recs.json', 'c.html', 'e.rss'].map((f) => join(qa, f));
    const r = await parley(['ingest', ...inputs, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/m\.txt: not valid UTF-8 in 1 place: decoded as UTF-8, replaced 1 invalid byte with U\+FFFD/);
    expect(r.err).toMatch(/config\.json: not a Parley record: expected an object with text or html, or an array of them \[E_JSONL\]/);
    expect(r.err).toMatch(/c\.html: .*cookie, consent or subscription notice\) \[E_NO_ARTICLE\]/);
    expect(r.out).toMatch(/e\.rss: feed has no items/);
    expect(r.out).toMatch(/ingested: 3 stored, 0 already stored, 2 failed/);
    const store = Store.open(db);
    try {
      const texts = store.db.prepare('SELECT name, encoding, text FROM documents ORDER BY name').all() as { name: string; encoding: string; text: string }[];
      expect(texts.map((t) => t.name)).toEqual(['f.html', 'kyiv-reply', 'm.txt']);
      expect(texts[0]!.text).toBe(prose);
      expect(texts[2]).toMatchObject({ encoding: 'utf-8', text: 'Peskov said that “Russia will study the proposal carefully” before\ufffds responding.\n' });
    } finally {
      store.close();
    }
  });
});

describe('ingest: an input whose text is already stored', () => {
  it('names the input given and the document it is stored as', async () => {
    const a = join(dir, 'same-a.txt');
    const b = join(dir, 'same-b.txt');
    const text = 'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would study the proposal.\n';
    await writeFile(a, text);
    await writeFile(b, text);
    const db = join(dir, 'same.db');
    const r = await parley(['ingest', a, b, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`same    ${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: already stored as same-a\\.txt \\([0-9a-f]{16}\\)`));
  });
});

describe('vacuum', () => {
  it('compacts a stored database and keeps what it answers; a missing one is a one-line error', async () => {
    const db = join(dir, 'vacuum.db');
    expect((await parley(['ingest', DEMO_DIR, '--db', db, '--quiet'])).code).toBe(0);
    const before = (await parley(['positions', '--json', '--db', db])).out;
    const r = await parley(['vacuum', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^compacted .*vacuum\.db: \d+\.\d MB freed\n$/);
    expect((await parley(['positions', '--json', '--db', db])).out).toBe(before);
    const missing = await parley(['vacuum', '--db', join(dir, 'none.db')]);
    expect(missing.code).toBe(1);
    expect(lines(missing.err)).toEqual([expect.stringContaining('none.db')]);
  });
});
