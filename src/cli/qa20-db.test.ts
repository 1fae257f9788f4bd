/**
 * Session 20 QA (second pass), the CLI in process: a read command given a missing or 0-byte --db refuses
 * it in one line naming the file, and leaves the file as it was.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/helpers/cli.js';

let dir: string;

const parley = runCli;
const lines = (s: string) => s.split('\n').filter((l) => l.trim());

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-qa20-db-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const READ_COMMANDS: string[][] = [['export'], ['positions'], ['timeline'], ['brief'], ['quotes'], ['actors'], ['eval', '.'], ['reanalyze'], ['vacuum']];

describe('read commands on a database that is not there', () => {
  it.each(READ_COMMANDS)('%s: a missing --db is one E_NOT_FOUND line naming it, and no file is made', async (...command) => {
    const db = join(dir, `typo-${command[0]}.db`);
    const r = await parley([...command, '--db', db]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`parley: ${db}: no such database (run \`parley ingest\` first) [E_NOT_FOUND]`]);
    expect(existsSync(db)).toBe(false);
  });

  it.each(READ_COMMANDS)('%s: a 0-byte --db is one E_DB_NOT_PARLEY line naming it, and the file stays empty', async (...command) => {
    const db = join(dir, `zero-${command[0]}.db`);
    writeFileSync(db, '');
    const r = await parley([...command, '--db', db]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`parley: ${db}: empty file, not a Parley database (run \`parley ingest\` first) [E_DB_NOT_PARLEY]`]);
    expect(r.out).toBe('');
    expect(statSync(db).size).toBe(0);
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('an SQLite database with no tables at all is refused the same way, untouched', async () => {
    const db = join(dir, 'blank.db');
    const d = new Database(db);
    d.pragma('user_version = 0');
    d.exec('CREATE TABLE t (x); DROP TABLE t;');
    d.close();
    const size = statSync(db).size;
    const r = await parley(['positions', '--db', db]);
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([expect.stringMatching(/blank\.db: empty file, not a Parley database .*\[E_DB_NOT_PARLEY\]$/)]);
    expect(statSync(db).size).toBe(size);
  });
});
