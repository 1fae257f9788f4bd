import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanIndex } from './span-index.js';

const spans = fc.array(
  fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 60 },
);

describe('SpanIndex', () => {
  it('finds exactly the spans a scan finds, in their own order', () => {
    fc.assert(
      fc.property(spans, fc.nat(260), fc.integer({ min: -5, max: 40 }), (items, from, length) => {
        const to = from + length;
        const index = new SpanIndex(items);
        const scan = (keep: (x: { start: number; end: number }) => boolean) => items.flatMap((x, i) => (keep(x) ? [i] : []));
        expect(index.containing(from, to)).toEqual(scan((x) => x.start <= from && x.end >= to));
        expect(index.overlapping(from, to)).toEqual(scan((x) => x.start < to && x.end > from));
        const accept = (x: { start: number; end: number }) => (x.start + x.end) % 3 !== 0;
        expect(index.firstContaining(from, to, accept)).toBe(items.find((x) => x.start <= from && x.end >= to && accept(x)));
      }),
      { numRuns: 500 },
    );
  });

  it('answers a containing span that starts long before others end', () => {
    const items = [{ start: 0, end: 100 }, { start: 10, end: 12 }, { start: 50, end: 55 }];
    expect(new SpanIndex(items).containing(51, 53)).toEqual([0, 2]);
    expect(new SpanIndex(items).overlapping(12, 50)).toEqual([0]);
  });
});
