import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../test/helpers/corpus-fixture.js';
import { Store } from '../store/store.js';
import { EVENT_DATE_WINDOW_DAYS, periodsOverlap } from './claims.js';
import { eventSummary, inReportOrder, propositionsNamed, resolveProposition, timeline, type TimelineEntry } from './timeline.js';

const ACTORS: TestActor[] = [
  { id: 'freedonia', name: 'Freedonia' },
  { id: 'sylvania', name: 'Sylvania' },
  { id: 'firefly', name: 'Rufus Firefly', type: 'person', party: 'freedonia' },
];

/** Runs `fn` on a fresh in-memory store and closes it. */
function withStore(fn: (store: Store) => void): void {
  const store = Store.open(':memory:');
  try {
    fn(store);
  } finally {
    store.close();
  }
}

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
    withStore((store) => {
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
    });
  });
});

describe('stance changes', () => {
  const changes = (store: Store) =>
    timeline(store)
      .filter((e) => e.kind === 'stance-change')
      .map((e) => `${e.date ?? 'undated'} ${e.from}→${e.to}`);

  it('reads one report as one position: stances of one article and date that differ are no change', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'Firefly backed a truce. Firefly rejected the truce terms. Firefly would accept a truce only if the guns fall silent.',
        stances: [
          { actor: 'firefly', proposition: 'border-truce', stance: 'support', evidence: 'Firefly backed a truce' },
          { actor: 'firefly', proposition: 'border-truce', stance: 'oppose', evidence: 'Firefly rejected the truce terms' },
          { actor: 'firefly', proposition: 'border-truce', stance: 'conditional', evidence: 'Firefly would accept a truce only if' },
        ],
    });
    expect(changes(store)).toEqual([]);
    // A later report that shares none of those readings is a change, from the report's last stance.
    writeArticle(store, ACTORS, {
      id: 'd1',
      outlet: 'Outlet B',
      published: '2025-03-20',
      text: 'Firefly now refuses any truce.',
      stances: [{ actor: 'firefly', proposition: 'border-truce', stance: 'oppose', evidence: 'Firefly now refuses any truce' }],
    });
    expect(changes(store)).toEqual([]);
    writeArticle(store, ACTORS, {
      id: 'd2',
      outlet: 'Outlet C',
      published: '2025-03-28',
      text: 'Firefly embraced the truce.',
      stances: [{ actor: 'firefly', proposition: 'border-truce', stance: 'support', evidence: 'Firefly embraced the truce' }],
    });
    expect(changes(store)).toEqual(['2025-03-28 oppose→support']);
    });
  });

  it('changes to a report\'s last word, the reading the matrix shows as latest', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-12-02',
        text: 'Firefly will not sign the pact.',
        stances: [{ actor: 'firefly', proposition: 'border-truce', stance: 'oppose', evidence: 'Firefly will not sign the pact' }],
    });
    writeArticle(store, ACTORS, {
      id: 'd1',
      outlet: 'Outlet B',
      published: '2025-12-18',
      text: 'Firefly could back the pact if a safeguard is added. Firefly can support the pact.',
      stances: [
        { actor: 'firefly', proposition: 'border-truce', stance: 'conditional', evidence: 'Firefly could back the pact if a safeguard is added' },
        { actor: 'firefly', proposition: 'border-truce', stance: 'support', evidence: 'Firefly can support the pact' },
      ],
    });
    expect(changes(store)).toEqual(['2025-12-18 oppose→support']);
    });
  });

  it('orders an undated report after the dated ones ingested before it, not before every dated one', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'Firefly rejected a truce.',
        stances: [{ actor: 'firefly', proposition: 'border-truce', stance: 'oppose', evidence: 'Firefly rejected a truce' }],
    });
    writeArticle(store, ACTORS, {
      id: 'd1',
      outlet: 'Outlet B',
      published: null,
      text: 'Firefly welcomed the truce.',
      stances: [{ actor: 'firefly', proposition: 'border-truce', stance: 'support', evidence: 'Firefly welcomed the truce' }],
    });
    const entries = timeline(store).filter((e) => e.kind === 'stance-change');
    expect(entries.map((e) => `${e.from}→${e.to}`)).toEqual(['oppose→support']);
    expect(entries[0]!.sources.map((s) => s.docId)).toEqual(['d1', 'd0']);
    });
  });
});

describe('events no claim holds', () => {
  it('makes one entry of one act read twice in a sentence, and none from a copy of the report', () => {
    withStore((store) => {
      const text = 'Nurses walked out on Tuesday, the first strike in years.';
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text,
        events: [
          { trigger: 'walked out', type: 'PROTEST', actors: [] },
          { trigger: 'strike', type: 'PROTEST', actors: [] },
        ],
    });
    writeArticle(store, ACTORS, {
      id: 'd1',
      outlet: 'Outlet B',
      published: '2025-03-04',
      duplicateOf: 'd0',
      text: 'Nurses strolled out on Tuesday, the primary strike in years.',
      events: [{ trigger: 'strolled out', type: 'PROTEST', actors: [] }],
    });
    const entries = timeline(store).filter((e) => e.kind === 'event');
    expect(entries.map((e) => e.summary)).toEqual(['Unattributed: protested (PROTEST)']);
    expect(entries[0]!.sources.map((s) => s.docId)).toEqual(['d0']);
    });
  });
});

describe('events read only in a copy', () => {
  it('leaves out an act only a spun copy was read to hold: its original stands for it', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Wire',
        published: '2025-03-04',
        text: 'Officials said the two sides were days from a pact.',
        events: [{ trigger: 'pact', type: 'AGREE', actors: [] }],
    });
    writeArticle(store, ACTORS, {
      id: 'd1',
      outlet: 'Reprint Daily',
      published: '2025-03-04',
      duplicateOf: 'd0',
      text: 'Officials stated Freedonia and Sylvania were days from an accord.',
      events: [{ trigger: 'accord', type: 'AGREE', actors: ['freedonia'] }],
    });
    const entries = timeline(store).filter((e) => e.kind === 'event');
    expect(entries.map((e) => e.summary)).toEqual(['Unattributed: agreed (AGREE)']);
    expect(entries.flatMap((e) => e.sources.map((s) => s.docId))).toEqual(['d0']);
    });
  });
});

describe('event citations', () => {
  it('cites a syndicated copy of a report only when its original is not cited', () => {
    withStore((store) => {
      const text = 'Freedonia rejected the offer from Sylvania.';
      const article = { outlet: 'Wire', published: '2025-03-04', text, events: [{ trigger: 'rejected', type: 'REJECT' as const, actors: ['freedonia'], targets: ['sylvania'] }] };
      writeArticle(store, ACTORS, { id: 'd0', ...article });
      writeArticle(store, ACTORS, { id: 'd1', ...article, outlet: 'Reprint Daily', text: `${text} `, duplicateOf: 'd0' });
      writeArticle(store, ACTORS, { id: 'd2', ...article, outlet: 'Other Paper', text: 'Freedonia rejected the offer from Sylvania on Tuesday.' });
      const [entry] = timeline(store).filter((e) => e.kind === 'event');
      expect(entry!.sources.map((s) => s.docId)).toEqual(['d0', 'd2']);
      expect(entry!.independentSources).toBe(2);
    });
  });
});

describe('an event\'s date', () => {
  it('is its original report\'s, not that of a copy dated earlier (a syndicated copy misdated by its photo caption)', () => {
    withStore((store) => {
      const text = 'Freedonia rejected the offer from Sylvania.';
      const article = { outlet: 'Wire', text, events: [{ trigger: 'rejected', type: 'REJECT' as const, actors: ['freedonia'], targets: ['sylvania'] }] };
      writeArticle(store, ACTORS, { id: 'd0', ...article, published: '2025-03-04' });
      writeArticle(store, ACTORS, { id: 'd1', ...article, published: '2025-03-03', outlet: 'Reprint Daily', text: `${text} `, duplicateOf: 'd0' });
      const [entry] = timeline(store).filter((e) => e.kind === 'event');
      expect(entry!.date).toBe('2025-03-04');
    });
  });
});

describe('event contradictions', () => {
  it('are between independent sources: one article with an act and its negation about two things is none', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'Freedonia could not accept the border rules. Freedonia would accept a committee instead.',
        events: [
          { trigger: 'could not accept', type: 'AGREE', actors: ['freedonia'], negated: true, modality: 'hypothetical' },
          { trigger: 'would accept', type: 'AGREE', actors: ['freedonia'], modality: 'hypothetical' },
        ],
    });
    // A copy of that article is the same source again.
    writeArticle(store, ACTORS, {
      id: 'd1',
      outlet: 'Reprint Daily',
      published: '2025-03-04',
      duplicateOf: 'd0',
      text: 'Freedonia could not accept the border rules!',
      events: [{ trigger: 'could not accept', type: 'AGREE', actors: ['freedonia'], negated: true, modality: 'hypothetical' }],
    });
    const flags = () => timeline(store).filter((e) => e.kind === 'event').map((e) => e.contradiction);
    expect(flags()).toEqual([false, false]);
    writeArticle(store, ACTORS, {
      id: 'd2',
      outlet: 'Outlet B',
      published: null,
      text: 'Freedonia would not accept anything, another paper said.',
      events: [{ trigger: 'would not accept', type: 'AGREE', actors: ['freedonia'], negated: true, modality: 'hypothetical' }],
    });
    expect(flags()).toContain(true);
    });
  });
});

describe('a proposition named by a person', () => {
  it('prefers the label stored stances carry over a pack id no stance uses, and reports a shared name as ambiguous', () => {
    withStore((store) => {
      const packLabels = new Map([['ceasefire', '30-day ceasefire']]);
      const label = (id: string, text: string) => store.db.prepare(`INSERT INTO propositions (id, label, statement, origin) VALUES (?, ?, ?, 'discovered')`).run(id, text, text);
      label('auto:ceasefire@freedonia+sylvania', 'ceasefire (Freedonia–Sylvania)');
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'Freedonia backed a ceasefire.',
        stances: [{ actor: 'freedonia', proposition: 'auto:ceasefire@freedonia+sylvania', stance: 'support', evidence: 'Freedonia backed a ceasefire' }],
    });
    expect(resolveProposition(store, 'ceasefire', packLabels)).toBe('auto:ceasefire@freedonia+sylvania');
    expect(resolveProposition(store, 'Ceasefire (Freedonia–Sylvania)', packLabels)).toBe('auto:ceasefire@freedonia+sylvania');
    label('auto:ceasefire@firefly+sylvania', 'ceasefire (Firefly–Sylvania)');
    expect(resolveProposition(store, 'ceasefire', packLabels)).toBe('ceasefire');
    expect(propositionsNamed(store, 'ceasefire', packLabels).sort()).toEqual(['auto:ceasefire@firefly+sylvania', 'auto:ceasefire@freedonia+sylvania']);
    });
  });

  it('finds a discovered object the table does not hold by the label the matrix gives it', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'Freedonia backed the strike.',
        stances: [{ actor: 'freedonia', proposition: 'auto:strike@freedonia+sylvania', stance: 'support', evidence: 'Freedonia backed the strike' }],
      });
      expect(propositionsNamed(store, 'strike (Freedonia–Sylvania)')).toEqual(['auto:strike@freedonia+sylvania']);
    });
  });

  it('orders stance rows by date, an undated one as of the latest date before it, ties in ingest order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ doc: fc.integer({ min: 0, max: 5 }), date: fc.constantFrom(null, '2025-03-01', '2025-03-02', '2025-03-09') }), { maxLength: 30 }), (specs) => {
        // Rows in ingest order: grouped by document, documents ascending.
        const rows = [...specs]
          .sort((a, b) => a.doc - b.doc)
          .map((r, i) => [i, r.date, '[]', `d${r.doc}`, null, 0, 1, 0] as Parameters<typeof inReportOrder>[0][number]);
        // The definition: a row's sort date is its own, or the latest date of the documents before its own.
        const sortDate = rows.map((r) => r[1] ?? rows.filter((o) => o[3] < r[3] && o[1] !== null).reduce((m, o) => (o[1]! > m ? o[1]! : m), ''));
        const expected = rows.map((r, i) => ({ r, d: sortDate[i]!, i })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.i - b.i)).map((x) => x.r[0]);
        expect(inReportOrder(rows).map((r) => r[0])).toEqual(expected);
      }),
    );
  });
});

describe('event summaries in words', () => {
  const base = { actors: ['Freedonia'], targets: [] as string[], negated: false, modality: 'asserted', location: null };
  it.each([
    [{ ...base, type: 'CONSULT', mode: 'visit', targets: ['Sylvania'] }, 'Freedonia visited Sylvania (CONSULT:visit)'],
    [{ ...base, type: 'AGREE', mode: null, negated: true }, 'Freedonia did not agree (AGREE)'],
    [{ ...base, type: 'RETREAT', mode: 'withdraw', targets: ['Sylvania'], modality: 'future', location: 'Port Vell' }, 'Freedonia will withdraw from Sylvania in Port Vell (RETREAT:withdraw) [future]'],
    [{ ...base, actors: [], type: 'PROTEST', mode: 'demo' }, 'Unattributed: demonstrated (PROTEST:demo)'],
    [{ ...base, type: 'CONSULT', mode: 'visit', location: 'Port Vell' }, 'Freedonia visited Port Vell (CONSULT:visit)'],
    [{ ...base, type: 'NEWTYPE', mode: null, targets: ['Sylvania'] }, 'Freedonia NEWTYPE → Sylvania'],
    [{ ...base, type: 'NEWTYPE', mode: null, negated: true }, 'Freedonia NOT NEWTYPE'],
  ])('says %o as "%s"', (event, summary) => {
    expect(eventSummary(event)).toBe(summary);
  });
});

describe('only attributed events', () => {
  it('leaves out events that name no actor when asked', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'Freedonia rejected the plan. A strike began on Tuesday.',
        events: [
          { trigger: 'rejected', type: 'REJECT', actors: ['freedonia'] },
          { trigger: 'strike', type: 'PROTEST', actors: [] },
        ],
      });
      const kinds = (attributed?: boolean) => timeline(store, { attributed }).filter((e) => e.kind === 'event').map((e) => e.type);
      expect(kinds().sort()).toEqual(['PROTEST', 'REJECT']);
      expect(kinds(true)).toEqual(['REJECT']);
    });
  });
});

describe('an act dated after the report that tells it', () => {
  it('is dated by its report (marked as such) when told as done, and keeps its date when told as a plan', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2026-03-04',
        text: 'Freedonia warned it would close the border when the treaty expires on May 31. Sylvania will hold talks on May 31.',
        events: [
          { trigger: 'warned', type: 'THREATEN', actors: ['freedonia'], date: '2026-05-31' },
          { trigger: 'will hold talks', type: 'CONSULT', actors: ['sylvania'], date: '2026-05-31', modality: 'future' },
        ],
      });
      const events = timeline(store).filter((e) => e.kind === 'event');
      const threat = events.find((e) => e.type === 'THREATEN')!;
      expect(threat.date).toBe('2026-03-04');
      expect(threat.dateOrigin).toBe('published');
      const talks = events.find((e) => e.type === 'CONSULT')!;
      expect(talks.date).toBe('2026-05-31');
      expect(talks.dateOrigin).toBe('text');
      expect(events.map((e) => e.type)).toEqual(['THREATEN', 'CONSULT']);
    });
  });
});

describe('a date the article gives as a month only (QA pass 7)', () => {
  it('is shown as the month, not as its first day', async () => {
    const { formatTimeline } = await import('../cli/commands/timeline.js');
    const store = Store.open(':memory:');
    try {
      writeArticle(store, ACTORS, {
        id: 'm1',
        outlet: 'Outlet A',
        published: '2028-01-22',
        text: 'Freedonia rejected the plan in October. Sylvania agreed with Freedonia on Saturday.',
        events: [
          { trigger: 'rejected', type: 'REJECT', actors: ['freedonia'], date: '2027-10-01' },
          { trigger: 'agreed', type: 'AGREE', actors: ['sylvania'], targets: ['freedonia'], date: '2028-01-22' },
        ],
      });
      store.db.prepare(`UPDATE events SET date_text = CASE type WHEN 'REJECT' THEN 'in October' ELSE 'on Saturday' END`).run();
      const entries = timeline(store);
      expect(entries.map((e) => [e.type, e.datePrecision ?? 'day'])).toEqual([
        ['REJECT', 'month'],
        ['AGREE', 'day'],
      ]);
      const text = formatTimeline(entries);
      expect(text).toMatch(/^2027-10 {5}event {3}Freedonia rejected/m);
      expect(text).toMatch(/^2028-01-22  event {3}Sylvania agreed/m);
    } finally {
      store.close();
    }
  });
});

describe('the actor filter', () => {
  it('finds an actor by a stored alias (an acronym) as well as by its name', () => {
    withStore((store) => {
      writeArticle(store, ACTORS, {
        id: 'a1',
        outlet: 'Outlet',
        published: '2025-03-04',
        text: 'Freedonia visited Sylvania on Monday.',
        events: [{ trigger: 'visited', type: 'CONSULT', actors: ['freedonia'], targets: ['sylvania'] }],
      });
      store.db.prepare(`UPDATE actors SET aliases_json = '["FRD"]' WHERE id = 'freedonia'`).run();
      expect(timeline(store, { actor: 'frd' }).filter((e) => e.kind === 'event')).toHaveLength(1);
      expect(timeline(store, { actor: 'zzz' })).toEqual([]);
    });
  });
});
