/**
 * Session 20 QA, the CLI in process: an export written over its own database, error reasons that span
 * lines, and a serve address that cannot be bound.
 */
import { copyFileSync, readFileSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../core/paths.js';
import { Store } from '../store/store.js';
import { runCli } from '../../test/helpers/cli.js';

let dir: string;
let seedDb: string;

const parley = runCli;
const lines = (s: string) => s.split('\n').filter((l) => l.trim());
const documentCount = (db: string) => {
  const store = Store.open(db, { create: false });
  try {
    return (store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    store.close();
  }
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-qa20-'));
  seedDb = join(dir, 'seeds.db');
  const r = await parley(['ingest', DEMO_DIR, '--db', seedDb, '--quiet']);
  if (r.code !== 0) throw new Error(`seed ingest failed: ${r.err}`);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parley export --out naming the database itself', () => {
  it('is refused before anything is written, by any spelling of the path, and the database keeps its articles', async () => {
    const db = join(dir, 'self.db');
    copyFileSync(seedDb, db);
    symlinkSync(db, join(dir, 'self-link.db'));
    const before = readFileSync(db);
    for (const out of [db, relative(process.cwd(), db), join(dir, '.', 'self.db'), join(dir, 'self-link.db'), `${db}-wal`]) {
      const r = await parley(['export', '--db', db, '--out', out]);
      expect(r.code, out).toBe(2);
      expect(lines(r.err), out).toEqual([expect.stringMatching(/--out: .*the database .*\[E_USAGE\]$/)]);
    }
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(documentCount(db)).toBe(5);
  });
});

describe('one-line errors', () => {
  it('a reason that spans lines (a gold file’s JSON error quoting it) stays one line with its code', async () => {
    const gold = join(dir, 'gold');
    await mkdir(gold);
    await writeFile(join(gold, 'a.gold.json'), '{"document": broken\n}\n');
    const r = await parley(['eval', gold, '--db', seedDb]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([expect.stringMatching(/a\.gold\.json: not valid JSON: .*\[E_GOLD\]$/)]);
  });
});

describe('parley serve on an address it cannot bind', () => {
  it('is one line naming the address, not an internal error', async () => {
    // 192.0.2.1 (TEST-NET-1) is no address of this machine: listening on it fails with EADDRNOTAVAIL.
    const r = await parley(['serve', '--db', seedDb, '--host', '192.0.2.1', '--port', '0']);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual([expect.stringMatching(/^parley: --host: cannot listen on 192\.0\.2\.1.*\[E_USAGE\]$/)]);
  });
});

describe('parley ingest of the folder that holds the database', () => {
  it('skips the database and its -wal/-shm files with a note instead of failing on them (exit 0)', async () => {
    const folder = join(dir, 'articles');
    await mkdir(folder);
    await writeFile(join(folder, 'talks.txt'), 'Norway and the European Union met in Brussels on Tuesday to discuss cod quotas, officials said.\n');
    const db = join(folder, 'parley.db');
    const first = await parley(['ingest', folder, '--db', db]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/ingested: 1 stored, 0 already stored, 0 failed/);
    // Again, with the database and its WAL files now in the folder.
    await writeFile(join(folder, 'more.txt'), 'Iceland said on Wednesday it would not accept a smaller share of the mackerel stock.\n');
    const second = await parley(['ingest', folder, '--db', db]);
    expect(second.err).toBe('');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/note +.*parley\.db: skipped: the database being written/);
    expect(second.out).toMatch(/ingested: 1 stored, 1 already stored, 0 failed/);
  });
});

describe('arguments that cannot mean what they say', () => {
  it('--since after --until (positions, timeline) is a usage error, not an empty answer', async () => {
    for (const command of ['positions', 'timeline']) {
      const r = await parley([command, '--db', seedDb, '--since', '2025-03-14', '--until', '2025-03-01']);
      expect(r.code, command).toBe(2);
      expect(lines(r.err), command).toEqual(['parley: --since: 2025-03-14 is after --until 2025-03-01 [E_USAGE]']);
    }
  });

  it('standard input named twice is a usage error before anything is read', async () => {
    const db = join(dir, 'twice.db');
    const r = await parley(['ingest', '-', '-', '--db', db]);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual([expect.stringMatching(/^parley: -: standard input can be read once.*\[E_USAGE\]$/)]);
  });

  it('export --out with an empty name is a usage error, not standard output', async () => {
    const r = await parley(['export', '--db', seedDb, '--out', '']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(lines(r.err)).toEqual([expect.stringMatching(/^parley: --out: expected a file name.*\[E_USAGE\]$/)]);
  });
});
