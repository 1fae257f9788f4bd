/**
 * `parley positions` and `parley timeline` on a small multilateral corpus: two reports on the same five-party
 * talks, one naming all parties, one only the two that settle, read as one negotiation. Invented countries.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MULTILATERAL_REPORTS } from '../../../test/helpers/multilateral-reports.js';
import { runCli } from '../../../test/helpers/cli.js';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

const run = runCli;

describe('parley positions and timeline on multilateral talks', () => {
  it('shows one negotiation of all the parties, and the change of the party that moved', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-multi-'));
    const db = join(dir, 'talks.db');
    const files = MULTILATERAL_REPORTS.map((text, i) => {
      const file = join(dir, `r${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    expect((await run(['ingest', ...files, '--db', db, '--quiet'])).code).toBe(0);

    const positions = await run(['positions', '--db', db, '--json']);
    expect(positions.code).toBe(0);
    const m = JSON.parse(positions.out) as { propositions: { id: string; label: string }[]; cells: { rowId: string; proposition: string; stance: string; trend: string }[] };
    const deals = m.propositions.filter((p) => p.id.startsWith('auto:deal@'));
    expect(deals).toHaveLength(1);
    expect(deals[0]!.label).toContain('Ostravia, Velmark)');
    expect(m.cells.find((c) => c.rowId === 'velmark' && c.proposition === deals[0]!.id)).toMatchObject({ stance: 'support', trend: 'softening' });

    const table = await run(['positions', '--db', db]);
    expect(table.out).toContain('deal (');
    expect(table.out).not.toContain('Ostravia–Velmark');

    // The talks' object by its short name is one proposition, not one per report's parties.
    const tl = await run(['timeline', '--db', db, '--proposition', 'deal']);
    expect(tl.err).toBe('');
    expect(tl.code).toBe(0);
    expect(tl.out).toMatch(/Velmark on deal \([^)]*Ostravia, Velmark\): oppose → support/);
  });
});
