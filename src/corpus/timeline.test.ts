import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../test/helpers/corpus-fixture.js';
import { Store } from '../store/store.js';
import { EVENT_DATE_WINDOW_DAYS, periodsOverlap } from './claims.js';
import { timeline, type TimelineEntry } from './timeline.js';

const ACTORS: TestActor[] = [
  { id: 'freedonia', name: 'Freedonia' },
  { id: 'sylvania', name: 'Sylvania' },
  { id: 'firefly', name: 'Rufus Firefly', type: 'person', party: 'freedonia' },
];

const report = fc.record({
  actors: fc.constantFrom(['freedonia'], ['sylvania'], ['freedonia', 'sylvania']),
  type: fc.constantFrom('REJECT' as const, 'CONSULT' as const),
  negated: fc.boolean(),
  modality: fc.constantFrom('asserted' as const, 'hypothetical' as const),
  date: fc.constantFrom(null, '2025-03', '2025-03-01', '2025-03-02', '2025-03-03', '2025-03-05', '2025-03-09', '2025-03-20'),
  published: fc.constantFrom(null, '2025-03-04', '2025-03-15'),
  stance: fc.constantFrom('support' as const, 'oppose' as const, 'conditional' as const),
});

/** The definition the timeline must meet: any opposite report of the same act within the window. */
function expectedContradictions(entries: readonly TimelineEntry[]): boolean[] {
  const events = entries.filter((e) => e.kind === 'event');
  return events.map((a) =>
    events.some(
      (b) =>
        b !== a &&
        a.actors.length > 0 &&
        a.type === b.type &&
        a.negated !== b.negated &&
        a.modality === b.modality &&
        a.actors.join('|') === b.actors.join('|') &&
        periodsOverlap(a.date, b.date, EVENT_DATE_WINDOW_DAYS),
    ),
  );
}

describe('timeline', () => {
  it('flags event contradictions exactly as the all-pairs definition, and pages as a prefix of the whole', () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 10 }), (reports, limit) => {
        const store = Store.open(':memory:');
        try {
          reports.forEach((r, i) =>
            writeArticle(store, ACTORS, {
              id: `d${i}`,
              outlet: `Outlet ${i % 3}`,
              published: r.published,
              text: `${r.actors.map((a) => ACTORS.find((x) => x.id === a)!.name).join(' and ')} acted on it. Firefly spoke of a truce.`,
              events: [{ trigger: 'acted', type: r.type, actors: [...r.actors], date: r.date, negated: r.negated, modality: r.modality }],
              stances: [{ actor: 'firefly', proposition: 'border-truce', stance: r.stance, evidence: 'Firefly spoke of a truce', date: r.date }],
            }),
          );
          const all = timeline(store);
          expect(all.filter((e) => e.kind === 'event').map((e) => e.contradiction)).toEqual(expectedContradictions(all));
          expect(timeline(store, { limit })).toEqual(all.slice(0, limit));
          for (const e of all) for (const s of e.sources) expect(store.getDocument(s.docId)!.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('cites a sentence once when two of its events make one entry', () => {
    const store = Store.open(':memory:');
    try {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet',
        published: '2025-03-04',
        text: 'Freedonia visited Sylvania and met Sylvania. Firefly spoke.',
        events: [
          { trigger: 'visited', type: 'CONSULT', actors: ['freedonia'], targets: ['sylvania'] },
          { trigger: 'met', type: 'CONSULT', actors: ['freedonia'], targets: ['sylvania'] },
        ],
      });
      const entries = timeline(store).filter((e) => e.kind === 'event');
      expect(entries).toHaveLength(1);
      expect(entries[0]!.sources.map((s) => s.evidence.text)).toEqual(['Freedonia visited Sylvania and met Sylvania.']);
    } finally {
      store.close();
    }
  });
});
