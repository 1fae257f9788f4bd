/**
 * Session 20 QA (second pass): a filter option given an empty value (`--actor ''`, a shell variable that
 * was not set) filtered nothing out and printed everything; it is a usage error naming the option.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/store.js';
import { runCli } from '../../../test/helpers/cli.js';

let dir = '';
let db = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-empty-filter-'));
  db = join(dir, 'talks.db');
  Store.open(db).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('empty filter values', () => {
  it.each([
    [['timeline', '--actor', ''], '--actor'],
    [['timeline', '--actor', '  '], '--actor'],
    [['timeline', '--proposition', ''], '--proposition'],
    [['quotes', '--speaker', ''], '--speaker'],
    [['quotes', '--kind', ''], '--kind'],
    [['actors', '--type', ''], '--type'],
    [['eval', '.', '--split', ''], '--split'],
  ])('%j is one E_USAGE line naming %s, exit 2', async (args, option) => {
    const r = await runCli([...args, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter((l) => l.trim())).toEqual([`parley: ${option}: expected a value, got an empty one [E_USAGE]`]);
    expect(r.out).toBe('');
  });
});
