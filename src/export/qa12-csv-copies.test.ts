import { describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../test/helpers/corpus-fixture.js';
import { Store } from '../store/store.js';
import { exportCsvChunks } from './formats.js';

const ACTORS: TestActor[] = [
  { id: 'marovia', name: 'Marovia' },
  { id: 'ferro-mining', name: 'Ferro Mining' },
];

describe('QA 12: CSV rows of a syndicated copy', () => {
  it('name the original in a last column, so a spreadsheet can count a wire story once', () => {
    const store = Store.open(':memory:');
    try {
      const article = (id: string, duplicateOf: string | null) =>
        writeArticle(store, ACTORS, {
          id,
          outlet: 'Wire Service',
          published: '2025-09-09',
          duplicateOf,
          text: 'Ferro Mining rejected the demand for a larger state stake.',
          stances: [{ actor: 'ferro-mining', proposition: 'auto:stake@ferro-mining+marovia', stance: 'oppose', evidence: 'Ferro Mining rejected the demand for a larger state stake' }],
        });
      article('wire', null);
      article('reprint', 'wire');
      const rows = [...exportCsvChunks(store)].join('').split('\r\n').filter(Boolean);
      const header = rows[0]!.split(',');
      expect(header.at(-1)).toBe('copyOf');
      const stances = rows.filter((r) => r.startsWith('stance,')).map((r) => r.split(','));
      expect(stances.map((r) => [r[2], r.at(-1)]).sort()).toEqual([
        ['reprint', 'wire'],
        ['wire', ''],
      ]);
    } finally {
      store.close();
    }
  });
});
