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

describe('formatMatrix citations', () => {
  it('lists citations in the matrix’s order: by proposition, then row', () => {
    const m: PositionsMatrix = { ...matrix, cells: [cell('b', 'p2', 'oppose'), cell('b', 'p1', 'oppose'), cell('a', 'p1', 'support')] };
    const out = formatMatrix(m, 'nothing-stored', 200).split('\n');
    const heads = out.slice(out.indexOf('Citations:') + 1).filter((l) => /^ {2}\S/.test(l));
    expect(heads).toEqual([
      '  Atlantis — a very long proposition label about a ceasefire: support',
      '  Borduria — a very long proposition label about a ceasefire: oppose',
      '  Borduria — another long proposition label about prisoners: oppose',
    ]);
  });
});

describe('formatMatrix rows', () => {
  it('indents a person under their own party only; one of no side on the table comes last, marked', () => {
    const m: PositionsMatrix = {
      rows: [
        { id: 'a', name: 'Atlantis', type: 'country', kind: 'party', party: null },
        { id: 'b', name: 'Borduria', type: 'country', kind: 'party', party: null },
        { id: 'ann', name: 'Ann Alyst', type: 'person', kind: 'person', party: null },
        { id: 'king', name: 'King Ottokar', type: 'person', kind: 'person', party: 'a' },
      ],
      propositions: [{ id: 'p1', label: 'truce', statement: '', origin: 'pack' }],
      cells: [cell('a', 'p1', 'support'), cell('b', 'p1', 'oppose'), cell('ann', 'p1', 'oppose'), cell('king', 'p1', 'support')],
    };
    const out = formatMatrix(m, 'nothing-stored', 200).split('\n');
    expect(out.slice(2, 6).map((l) => l.replace(/\s+(?:support|oppose) \(1\)$/, ''))).toEqual(['Atlantis', '  King Ottokar', 'Borduria', 'Ann Alyst (no side)']);
  });
});

describe('formatMatrix blocks (QA 11)', () => {
  it('names a person with their party when the party holds no stance on that object, never indented under another party', () => {
    const m: PositionsMatrix = {
      rows: [
        { id: 'a', name: 'Atlantis', type: 'country', kind: 'party', party: 'a' },
        { id: 'b', name: 'Borduria Creditors', type: 'organization', kind: 'party', party: 'b' },
        { id: 'ann', name: 'Ann Alyst', type: 'person', kind: 'person', party: 'b' },
      ],
      propositions: [
        { id: 'p1', label: 'a very long proposition label about a haircut', statement: '', origin: 'pack' },
        { id: 'p2', label: 'another long proposition label about the deal', statement: '', origin: 'pack' },
      ],
      cells: [cell('a', 'p1', 'support'), cell('ann', 'p1', 'oppose'), cell('b', 'p2', 'support'), cell('ann', 'p2', 'support')],
    };
    const blocks = formatMatrix(m, 'nothing-stored', 60).split('\n');
    expect(blocks.slice(0, 3)).toEqual(['a very long proposition label about a haircut', '  Atlantis                        support (1)', '  Ann Alyst (Borduria Creditors)  oppose (1)']);
    // Under its own party's row the person stays indented.
    expect(blocks.slice(4, 7)).toEqual(['another long proposition label about the deal', '  Borduria Creditors  support (1)', '    Ann Alyst         support (1)']);
  });
});
