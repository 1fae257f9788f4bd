import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StanceValue } from '../core/model.js';
import { contradicts } from './positions.js';
import { stanceRelation } from './stance-relations.js';

interface Item {
  date: string | null;
  published: string | null;
  outlet: string | null;
  past: boolean;
  source: number | string;
  shape: { stance: StanceValue };
}

/** The project's rule, over all pairs: the cell fixes holder and proposition; the source is the root. */
const allPairs = (items: readonly Item[]) =>
  items.some((a, i) =>
    items.some(
      (b, j) =>
        i < j &&
        stanceRelation(
          { stance: a.shape.stance, date: a.date, published: a.published, outlet: a.outlet, root: a.source, past: a.past },
          { stance: b.shape.stance, date: b.date, published: b.published, outlet: b.outlet, root: b.source, past: b.past },
        ) === 'contradiction',
    ),
  );

const day = (d: number) => new Date(Date.UTC(2025, 2, 1) + d * 86_400_000).toISOString().slice(0, 10);
// Dates bunched close together, plus missing, month-only and unreadable ones.
const date = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 6 }).map(day) }, { weight: 1, arbitrary: fc.constantFrom(null, '', '2025-03', 'not a date') });
const item = fc
  .record({
    date,
    fromText: fc.boolean(),
    outlet: fc.constantFrom(null, 'Harbor Times', 'harbor times', 'Coastal Herald', 'Island Wire'),
    past: fc.boolean(),
    source: fc.integer({ min: 1, max: 4 }),
    shape: fc.record({ stance: fc.constantFrom<StanceValue>('support', 'oppose', 'neutral', 'conditional') }),
  })
  .map(({ fromText, ...r }): Item => ({ ...r, published: fromText ? null : r.date }));

const s = (date: string | null, source: number, stance: StanceValue, more: Partial<Item> = {}): Item => ({ date, published: date, outlet: `Outlet ${source}`, past: false, source, shape: { stance }, ...more });

describe('positions contradiction flag', () => {
  it('equals the all-pairs stanceRelation rule', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 12 }), (items) => contradicts(items) === allPairs(items)), { numRuns: 3000 });
  });

  it('flags opposite sides from independent outlets of one moment only', () => {
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-01', 2, 'oppose')])).toBe(true);
    // A next-day paper may tell the day before; a text date must match.
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-02', 2, 'oppose')])).toBe(true);
    expect(contradicts([s('2025-03-01', 1, 'support', { published: '2025-03-03' }), s('2025-03-02', 2, 'oppose')])).toBe(false);
    // Three days apart was a contradiction under the old fixed window: it is a change of position.
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-04', 2, 'oppose')])).toBe(false);
    // One outlet's two reports, a copy, an undated report, a stance told as past: never a contradiction.
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-01', 2, 'oppose', { outlet: 'OUTLET 1' })])).toBe(false);
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-01', 1, 'oppose', { outlet: 'Other' })])).toBe(false);
    expect(contradicts([s(null, 1, 'support'), s('2025-03-30', 2, 'oppose')])).toBe(false);
    expect(contradicts([s('2025-03-01', 1, 'support', { past: true }), s('2025-03-01', 2, 'oppose')])).toBe(false);
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-01', 2, 'conditional')])).toBe(false);
  });
});
