/**
 * `parley serve --db FILE` through the real CLI: the server creates a database that is not there (the web
 * app ingests articles), and says so on stderr, so a mistyped name is not served silently as an empty map.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, buildCli } from '../helpers/built-cli.js';

let dir: string;

beforeAll(async () => {
  buildCli();
  dir = await mkdtemp(join(tmpdir(), 'parley-serve-db-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts `parley serve`, waits for its address line, stops it; returns what it printed. */
async function serveOnce(db: string): Promise<{ out: string; err: string }> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start: ${out}${err}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/http:\/\/127\.0\.0\.1:\d+\//.test(out)) {
        clearTimeout(timer);
        done();
      }
    });
    child.once('exit', () => fail(new Error(`server exited: ${out}${err}`)));
  });
  child.kill('SIGTERM');
  await exited;
  return { out, err };
}

describe('parley serve on a database that is not there', () => {
  it('creates it and says so in one note naming the file', async () => {
    const db = join(dir, 'typo.db');
    const r = await serveOnce(db);
    expect(r.err.trim()).toBe(`note: ${db} did not exist: serving a new, empty database (add articles in the web app or with \`parley ingest\`)`);
    expect(existsSync(db)).toBe(true);
  }, 30_000);

  it('a 0-byte file is made a Parley database with the same note', async () => {
    const db = join(dir, 'zero.db');
    writeFileSync(db, '');
    const r = await serveOnce(db);
    expect(r.err.trim()).toBe(`note: ${db} was an empty file: serving a new, empty database (add articles in the web app or with \`parley ingest\`)`);
    expect(statSync(db).size).toBeGreaterThan(0);
  }, 30_000);

  it('an existing database is served without a note', async () => {
    const r = await serveOnce(join(dir, 'typo.db'));
    expect(r.err).toBe('');
  }, 30_000);
});
