import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StanceValue } from '../core/model.js';
import { stancesContradict } from './claims.js';
import { contradicts } from './positions.js';

interface Item {
  date: string | null;
  source: number | string;
  shape: { stance: StanceValue };
}

/** The project's definition, over all pairs: the cell fixes holder and proposition; the source is the root. */
const allPairs = (items: readonly Item[]) =>
  items.some((a, i) =>
    items.some(
      (b, j) =>
        i < j &&
        stancesContradict(
          { holder: 'row', proposition: 'p', stance: a.shape.stance, date: a.date, root: String(a.source) },
          { holder: 'row', proposition: 'p', stance: b.shape.stance, date: b.date, root: String(b.source) },
        ),
    ),
  );

// Dates bunched around the 14-day window's edges, plus missing, month-only and unreadable ones.
const date = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2025, 2, 1) + d * 86_400_000).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom(null, '', '2025-03', '2025-04', 'not a date') },
);
const item = fc.record({
  date,
  source: fc.integer({ min: 1, max: 4 }),
  shape: fc.record({ stance: fc.constantFrom<StanceValue>('support', 'oppose', 'neutral', 'conditional') }),
});

describe('positions contradiction flag', () => {
  it('equals the all-pairs stancesContradict definition', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 12 }), (items) => contradicts(items) === allPairs(items)), { numRuns: 3000 });
  });

  it('flags opposite sides from independent sources within 3 days, not 4 days apart or from one source', () => {
    const s = (date: string | null, source: number, stance: StanceValue): Item => ({ date, source, shape: { stance } });
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-04', 2, 'oppose')])).toBe(true);
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-05', 2, 'oppose')])).toBe(false);
    // A position reversed eleven days later (a deal that ends a strike) is a change, not a contradiction.
    expect(contradicts([s('2025-09-09', 1, 'oppose'), s('2025-09-20', 2, 'support')])).toBe(false);
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-02', 1, 'oppose')])).toBe(false);
    expect(contradicts([s(null, 1, 'support'), s('2025-03-30', 2, 'oppose')])).toBe(true);
    expect(contradicts([s('2025-03-01', 1, 'support'), s('2025-03-01', 2, 'conditional')])).toBe(false);
  });
});
