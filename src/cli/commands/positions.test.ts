import { describe, expect, it } from 'vitest';
import type { PositionsMatrix } from '../../corpus/positions.js';
import { formatMatrix } from './positions.js';

const cell = (rowId: string, proposition: string, stance: 'support' | 'oppose') => ({
  rowId, proposition, stance, trend: 'new' as const, sources: 1, contradiction: false,
  citations: [{ stanceId: `${rowId}-${proposition}`, docId: 'd', docName: 'd.txt', outlet: null, date: null, stance, condition: null, evidence: { start: 0, end: 3, text: 'abc' }, actorId: rowId, confidence: 0.9, review: 'machine' as const }],
});

const matrix: PositionsMatrix = {
  rows: [
    { id: 'a', name: 'Atlantis', type: 'country', kind: 'party', party: 'a' },
    { id: 'b', name: 'Borduria', type: 'country', kind: 'party', party: 'b' },
  ],
  propositions: [
    { id: 'p1', label: 'a very long proposition label about a ceasefire', statement: '', origin: 'pack' },
    { id: 'p2', label: 'another long proposition label about prisoners', statement: '', origin: 'pack' },
  ],
  cells: [cell('a', 'p1', 'support'), cell('b', 'p2', 'oppose')],
};

describe('formatMatrix', () => {
  it('draws a table when it fits and one block per proposition when it does not', () => {
    const table = formatMatrix(matrix, 'nothing-stored', 200);
    expect(table.split('\n')[0]).toContain('a very long proposition label about a ceasefire  another long');
    const blocks = formatMatrix(matrix, 'nothing-stored', 60).split('\n');
    expect(blocks.slice(0, 5)).toEqual([
      'a very long proposition label about a ceasefire',
      '  Atlantis  support (1)',
      '',
      'another long proposition label about prisoners',
      '  Borduria  oppose (1)',
    ]);
    expect(blocks.join('\n')).toContain('undated');
  });
});
