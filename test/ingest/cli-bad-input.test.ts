/**
 * End to end through the real CLI (`node bin/parley.js`, built from the current sources): bad inputs
 * and bad databases give one line each and exit code 1, good inputs are still stored, and a process
 * killed midway leaves a consistent database that a re-run completes.
 */
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, buildCli } from '../helpers/built-cli.js';

let dir: string;

beforeAll(async () => {
  buildCli();
  dir = await mkdtemp(join(tmpdir(), 'parley-cli-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function parley(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', input, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.trim());

// Pseudo-words from syllables: a vocabulary of thousands, so generated articles share few shingles.
const SYLLABLES = 'ka lo mi ne ru sa ti vo de ba go hu ji pe qua ri so tu ve wa xe yo zu bri cla dro fle gri plo'.split(' ');
const WORDS = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.slice(0, 6).map((c) => a + b + c)));

/** Distinct, varied small articles (varied so near-duplicate detection sees no copies). */
function article(i: number): string {
  let seed = Math.imul(i + 1, 2654435761) >>> 0;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % WORDS.length;
  const sentence = (n: number) => Array.from({ length: n }, next).map((k) => WORDS[k]).join(' ');
  // No sentence is shared between articles: shared boilerplate would make every one a near-duplicate candidate.
  return [
    `${sentence(1)} ${sentence(8)} on day ${i}.`,
    `The ${sentence(12)} for ${i % 9 + 2} hours.`,
    `"We ${sentence(6)}," ${sentence(3)} ${i}.`,
  ].join('\n') + '\n';
}

function documentIds(db: string): string[] {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT id FROM documents ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
  } finally {
    d.close();
  }
}

describe('parley ingest with bad input (CLI)', () => {
  it('a mixed directory: good files stored, one stderr line per bad file, binary files skipped with a note, exit 1', async () => {
    const mixed = join(dir, 'mixed');
    await mkdir(mixed);
    await writeFile(join(mixed, 'good-1.txt'), article(1));
    await writeFile(join(mixed, 'good-2.md'), article(2));
    await writeFile(join(mixed, 'empty.txt'), '');
    await writeFile(join(mixed, 'report.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(64, 0)]));
    await writeFile(join(mixed, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await writeFile(join(mixed, '.secret.txt'), article(3));
    const r = parley(['ingest', 'mixed', '--db', 'mixed.db']);
    expect(r.status).toBe(1);
    const lines = errorLines(r.stderr);
    // Issue 2: a directory walk skips binary files with a note (stdout); only the empty file is an error.
    expect(lines).toHaveLength(1);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/E_EMPTY/);
    expect(r.stdout).toMatch(/note +\S*report\.pdf: skipped: binary file \(PDF\)/);
    expect(r.stdout).toMatch(/note +\S*photo\.png: skipped: binary file \(PNG\)/);
    expect(r.stderr).not.toContain('.secret');
    expect(r.stdout).toMatch(/2 stored/);
    expect(documentIds(join(dir, 'mixed.db'))).toHaveLength(2);
  });

  it('binary files met in a directory walk do not fail the ingest; one named on the command line does', async () => {
    const dirOnly = join(dir, 'with-binary');
    await mkdir(dirOnly);
    await writeFile(join(dirOnly, 'good.txt'), article(4));
    await writeFile(join(dirOnly, 'scan.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.alloc(64, 0)]));
    const walked = parley(['ingest', 'with-binary', '--db', 'with-binary.db']);
    expect(walked.status).toBe(0);
    expect(walked.stderr).toBe('');
    expect(walked.stdout).toMatch(/note +\S*scan\.pdf: skipped: binary file \(PDF\), not text/);
    const named = parley(['ingest', join('with-binary', 'scan.pdf'), '--db', 'with-binary.db']);
    expect(named.status).toBe(1);
    expect(errorLines(named.stderr)).toEqual([expect.stringMatching(/scan\.pdf: binary file \(PDF\), not text \[E_BINARY\]$/)]);
  });

  it('JSON Lines with one broken line: the good records are stored', async () => {
    const lines = [JSON.stringify({ id: 'one', text: article(10) }), '{"id": "two", "text": ', JSON.stringify({ id: 'three', text: article(11) })];
    await writeFile(join(dir, 'recs.jsonl'), lines.join('\n'));
    const r = parley(['ingest', 'recs.jsonl', '--db', 'jsonl.db']);
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/recs\.jsonl:2: .*\[E_JSONL\]$/)]);
    expect(r.stdout).toMatch(/stored +one /);
    expect(r.stdout).toMatch(/stored +three /);
    expect(documentIds(join(dir, 'jsonl.db'))).toHaveLength(2);
  });

  it('JSON Lines reusing a record id for other text: the duplicate is one E_JSONL line naming file, line and id, exit 1; names stay unique', async () => {
    const lines = [JSON.stringify({ id: 'story-1', text: article(30) }), JSON.stringify({ id: 'story-1', text: article(31) }), JSON.stringify({ id: 'story-2', text: article(32) })];
    await writeFile(join(dir, 'dups.jsonl'), lines.join('\n'));
    const r = parley(['ingest', 'dups.jsonl', '--db', 'dups.db']);
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/dups\.jsonl:2: id "story-1" is already the name of the record at dups\.jsonl:1, .*\[E_JSONL\]$/)]);
    const d = new Database(join(dir, 'dups.db'), { readonly: true });
    try {
      expect((d.prepare('SELECT name FROM documents ORDER BY seq').all() as { name: string }[]).map((x) => x.name)).toEqual(['story-1', 'story-2']);
    } finally {
      d.close();
    }
  });

  it('a malformed feed: one E_FEED line naming the file, exit 1', async () => {
    await writeFile(join(dir, 'broken.xml'), '<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>');
    const r = parley(['ingest', 'broken.xml', '--db', 'feed.db']);
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/broken\.xml: .*\[E_FEED\]$/)]);
  });

  it('--db that is a non-Parley SQLite file or not SQLite at all: one line, exit 1, file unchanged', async () => {
    const other = join(dir, 'other.db');
    const d = new Database(other);
    d.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (9.5);");
    d.close();
    const junk = join(dir, 'notes.db');
    await writeFile(junk, 'these are my notes, not a database\n'.repeat(50));
    await writeFile(join(dir, 'ok.txt'), article(20));
    for (const db of [other, junk]) {
      const before = readFileSync(db);
      const r = parley(['ingest', 'ok.txt', '--db', db]);
      expect(r.status).toBe(1);
      expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/not a Parley database.*\[E_DB_NOT_PARLEY\]$/)]);
      expect(readFileSync(db).equals(before)).toBe(true);
      expect(existsSync(`${db}-wal`)).toBe(false);
    }
  });

  it('a locked database: a clear E_DB_LOCKED, nothing written', async () => {
    const db = join(dir, 'locked.db');
    await writeFile(join(dir, 'first.txt'), article(30));
    await writeFile(join(dir, 'second.txt'), article(31));
    expect(parley(['ingest', 'first.txt', '--db', db]).status).toBe(0);
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const r = parley(['ingest', 'second.txt', '--db', db]);
      expect(r.status).toBe(1);
      expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/locked.*\[E_DB_LOCKED\]$/)]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(documentIds(db)).toHaveLength(1);
  });

  it('two ingests into one new database at once: both finish and every article is stored', async () => {
    const db = join(dir, 'concurrent.db');
    const dirs = ['conc-a', 'conc-b'];
    for (const [k, d] of dirs.entries()) {
      await mkdir(join(dir, d));
      for (let i = 0; i < 12; i++) await writeFile(join(dir, d, `${i}.txt`), article(100 + 20 * k + i));
    }
    const run = (d: string) =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [BIN, 'ingest', d, '--db', db, '--quiet'], { cwd: dir });
        let stderr = '';
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
        child.on('close', (code) => done({ code, stderr }));
      });
    const results = await Promise.all(dirs.map(run));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(documentIds(db)).toHaveLength(24);
  });

  it('killed midway: the database stays consistent and a re-run stores the rest', async () => {
    const big = join(dir, 'big');
    await mkdir(big);
    const N = 600; // enough to be midway at the kill; the re-run of the rest stays within a few seconds
    await Promise.all(Array.from({ length: N }, (_, i) => writeFile(join(big, `a${String(i).padStart(5, '0')}.txt`), article(1000 + i))));
    const db = join(dir, 'killed.db');
    const child = spawn(process.execPath, [BIN, 'ingest', 'big', '--db', db], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stored = 0;
    await new Promise<void>((resolveKill, reject) => {
      const started = Date.now();
      child.stdout.on('data', (chunk: Buffer) => {
        stored += (chunk.toString().match(/^stored /gm) ?? []).length;
      });
      const timer = setInterval(() => {
        // Kill as soon as the first batch is committed ("stored" lines are printed on commit), while the
        // next is being written: a batch holds up to 512 documents, so some of the 600 are always left.
        if (stored >= 20 || Date.now() - started > 10_000) {
          clearInterval(timer);
          setTimeout(() => {
            child.kill('SIGKILL');
          }, 50);
        }
      }, 10);
      child.on('exit', () => resolveKill());
      child.on('error', reject);
    });
    const d = new Database(db);
    try {
      expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(d.pragma('foreign_key_check')).toEqual([]);
      const count = (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(N);
      const incomplete = d
        .prepare(
          `SELECT id FROM documents doc
           WHERE NOT EXISTS (SELECT 1 FROM zones z WHERE z.doc_id = doc.id)
              OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = doc.id)`,
        )
        .all();
      expect(incomplete).toEqual([]);
      const orphans = d.prepare('SELECT count(*) AS n FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)').get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      d.close();
    }
    const again = parley(['ingest', 'big', '--db', db, '--quiet']);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(documentIds(db)).toHaveLength(N);
  }, 120_000);
});
