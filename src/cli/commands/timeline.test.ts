import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../store/store.js';
import { runCli } from '../../../test/helpers/cli.js';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

const run = runCli;

describe('parley timeline --proposition', () => {
  it('names the propositions an ambiguous label fits, as a usage error, and says nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-tl-'));
    const db = join(dir, 'talks.db');
    const store = Store.open(db);
    const add = store.db.prepare(`INSERT INTO propositions (id, label, statement, origin) VALUES (?, ?, '', 'auto')`);
    add.run('auto:ban@freedonia+sylvania', 'ban (Freedonia–Sylvania)');
    add.run('auto:ban@orvell+fitters-guild', 'ban (Fitters Guild–Orvell)');
    store.close();
    const r = await run(['timeline', '--db', db, '--proposition', 'ban']);
    expect(r.err).toContain("'ban' names 2 propositions");
    expect(r.err).not.toContain('no proposition matches');
    expect(r.out).toBe('');
    expect(r.code).toBe(2);
  });
});
