/**
 * The CLI in process (`main()` with captured output): option validation and exit codes, atomic export
 * failures, empty-result messages, the empty-directory note and CSV formula guarding.
 */
import { existsSync, readdirSync } from 'node:fs';
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
  it('a missing directory: one E_UNREADABLE line naming the output file, no temp file, no crash', async () => {
    const out = join(dir, 'missing', 'sub', 'x.json');
    const r = await parley(['export', '--db', emptyDb, '--out', out]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`parley: ${out}: cannot write the export: no such file or directory [E_UNREADABLE]`]);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('a failed rename (output is a directory) removes the temp file', async () => {
    const target = join(dir, 'is-a-dir');
    await mkdir(join(target, 'inside'), { recursive: true });
    await expect(writeAtomically(target, ['{"a":1}\n'])).rejects.toMatchObject({ code: 'E_UNREADABLE', input: target });
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
