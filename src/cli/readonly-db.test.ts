/**
 * A database this user may not write, through the real CLI in a child process: read commands answer
 * from it, ingest fails once before reading its inputs. File modes do not bind root, so as root the
 * commands run as `nobody` through setpriv (skipped when there is no setpriv).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/paths.js';

const isRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
const runAsOther = isRoot ? (setpriv ? [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'] : null) : [];

let dir: string;
let bin: string;
let db: string;

/** Runs the CLI built from the current sources as a user who cannot write `db`. */
function parley(...args: string[]): { code: number | null; out: string; err: string } {
  const [cmd, ...pre] = [...runAsOther!, process.execPath];
  const r = spawnSync(cmd!, [...pre, '--no-regexp-tier-up', bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(runAsOther === null)('a read-only database', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-ro-'));
    // A private build (the shared dist/ may be mid-rebuild by someone else), rooted beside the packages.
    const root = join(dir, 'pkg');
    mkdirSync(join(root, 'bin'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json'));
    for (const d of ['packs', 'node_modules', 'test']) symlinkSync(join(PROJECT_ROOT, d), join(root, d));
    cpSync(join(PROJECT_ROOT, 'bin', 'parley.js'), join(root, 'bin', 'parley.js'));
    const tsc = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(PROJECT_ROOT, 'tsconfig.build.json'), '--outDir', join(root, 'dist')], { encoding: 'utf8' });
    if (!existsSync(join(root, 'dist/src/cli/main.js'))) throw new Error(`build failed: ${tsc.stdout}`);
    bin = join(root, 'bin', 'parley.js');

    // The folder stays writable (SQLite needs to create the -shm file to read a WAL database); the file is not.
    chmodSync(dir, 0o777);
    for (const f of ['a.txt', 'b.txt']) writeFileSync(join(dir, f), 'Russian President Vladimir Putin said on Tuesday that Moscow supports a ceasefire in Ukraine.\n"We agree with the idea," Putin told reporters in Moscow.\n');
    db = join(dir, 'ro.db');
    const seeded = spawnSync(process.execPath, ['--no-regexp-tier-up', bin, 'ingest', join(PROJECT_ROOT, 'test/fixtures/seeds'), '--db', db, '--quiet'], { encoding: 'utf8' });
    if (seeded.status !== 0) throw new Error(`seed ingest failed: ${seeded.stderr}`);
    chmodSync(db, 0o444);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['positions'], ['brief'], ['timeline'], ['actors'], ['quotes'], ['positions', '--json']])('`%s` reads it (no write needed)', (...command) => {
    const r = parley(...command, '--db', db);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(50);
  });

  it('ingest fails once, naming the database, before reading any input', () => {
    const r = parley('ingest', 'a.txt', 'b.txt', 'missing.txt', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([`parley: ${db}: database is read-only [E_DB]`]);
    expect(r.out).toBe('');
  });

  it('reanalyze fails the same way', () => {
    const r = parley('reanalyze', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([`parley: ${db}: database is read-only [E_DB]`]);
  });
});
