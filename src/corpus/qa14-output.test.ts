import { describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../test/helpers/corpus-fixture.js';
import { Store } from '../store/store.js';
import { positionsMatrix } from './positions.js';
import { timeline } from './timeline.js';

const ACTORS: TestActor[] = [
  { id: 'valdoria', name: 'Valdoria' },
  { id: 'corvessa', name: 'Corvessa' },
  { id: 'brennic-rail', name: 'Brennic Rail' },
  { id: 'signal-union', name: 'Signal Union' },
];

const FERRY = 'auto:ferry-deal@corvessa+valdoria';
const STRIKE = 'auto:pay-offer@brennic-rail+signal-union';

/**
 * Ingest order: an undated report on the ferry talks, a dated report on other talks (a rail strike), another
 * undated ferry report, then a dated ferry report (Oct 30). Undated reports borrow a date only from their own
 * talks: the second ferry report must not take the rail report's date (Nov 20) and so pass the Oct 30 one.
 */
function store(): Store {
  const s = Store.open(':memory:');
  writeArticle(s, ACTORS, {
    id: 'ferry-1',
    outlet: 'Wire Service',
    published: null,
    text: 'Valdoria rejected the ferry deal.',
    stances: [{ actor: 'valdoria', proposition: FERRY, stance: 'oppose', evidence: 'Valdoria rejected the ferry deal' }],
  });
  writeArticle(s, ACTORS, {
    id: 'rail-1',
    outlet: 'Rail Gazette',
    published: '2025-11-20',
    text: 'Signal Union rejected the pay offer.',
    stances: [{ actor: 'signal-union', proposition: STRIKE, stance: 'oppose', evidence: 'Signal Union rejected the pay offer' }],
  });
  writeArticle(s, ACTORS, {
    id: 'ferry-2',
    outlet: 'Wire Service',
    published: null,
    text: 'Valdoria backed the ferry deal.',
    stances: [{ actor: 'valdoria', proposition: FERRY, stance: 'support', evidence: 'Valdoria backed the ferry deal' }],
  });
  writeArticle(s, ACTORS, {
    id: 'ferry-dated',
    outlet: 'Harbour Post',
    published: '2025-10-30',
    text: 'Valdoria said it could back the ferry deal.',
    stances: [{ actor: 'valdoria', proposition: FERRY, stance: 'conditional', evidence: 'Valdoria said it could back the ferry deal' }],
  });
  return s;
}

describe('QA 14: an undated report borrows a date only from reports on the same talks', () => {
  it('orders the ferry talks by their own reports, not by the rail report ingested between them', () => {
    const s = store();
    try {
      // Ferry talks in report order: oppose, support (both undated, before any dated ferry report), then
      // conditional on Oct 30, the latest.
      const cell = positionsMatrix(s).cells.find((c) => c.rowId === 'valdoria' && c.proposition === FERRY)!;
      expect(cell.stance).toBe('conditional');
      const ferry = timeline(s).filter((e) => e.kind === 'stance-change' && e.proposition === FERRY);
      // (The timeline lists dated entries first, undated ones last.)
      expect(ferry.map((e) => [e.from, e.to, e.date])).toEqual([
        ['support', 'conditional', '2025-10-30'],
        ['oppose', 'support', null],
      ]);
    } finally {
      s.close();
    }
  });

  it('puts an undated report of talks with no dated report before it first, whatever other talks were ingested before', () => {
    const s = Store.open(':memory:');
    try {
      writeArticle(s, ACTORS, {
        id: 'rail-dated',
        outlet: 'Rail Gazette',
        published: '2025-12-01',
        text: 'Signal Union rejected the pay offer.',
        stances: [{ actor: 'signal-union', proposition: STRIKE, stance: 'oppose', evidence: 'Signal Union rejected the pay offer' }],
      });
      writeArticle(s, ACTORS, {
        id: 'ferry-undated',
        outlet: 'Wire Service',
        published: null,
        text: 'Valdoria rejected the ferry deal.',
        stances: [{ actor: 'valdoria', proposition: FERRY, stance: 'oppose', evidence: 'Valdoria rejected the ferry deal' }],
      });
      writeArticle(s, ACTORS, {
        id: 'ferry-dated',
        outlet: 'Harbour Post',
        published: '2025-11-03',
        text: 'Valdoria backed the ferry deal.',
        stances: [{ actor: 'valdoria', proposition: FERRY, stance: 'support', evidence: 'Valdoria backed the ferry deal' }],
      });
      // The undated ferry report (before any dated ferry report) is the older reading: the latest is support.
      const cell = positionsMatrix(s).cells.find((c) => c.rowId === 'valdoria' && c.proposition === FERRY)!;
      expect(cell.stance).toBe('support');
      const ferry = timeline(s).filter((e) => e.kind === 'stance-change' && JSON.stringify(e).includes('ferry'));
      expect(ferry).toHaveLength(1);
      expect([ferry[0]!.from, ferry[0]!.to]).toEqual(['oppose', 'support']);
    } finally {
      s.close();
    }
  });
});
