import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeArticle, type TestActor, type TestArticle } from '../../test/helpers/corpus-fixture.js';
import { Store } from '../store/store.js';
import { parseCitations, renderBrief } from './brief.js';
import { claimOf, dice, normaliseTokens, prefixTokens } from './claims.js';
import { correctedContradictions } from './corrected.js';
import { recordCorrection } from './corrections.js';
import { timeline } from './timeline.js';

const ACTORS: TestActor[] = [
  { id: 'freedonia', name: 'Freedonia' },
  { id: 'sylvania', name: 'Sylvania' },
  { id: 'mediator', name: 'Mediatoria' },
  { id: 'firefly', name: 'Rufus Firefly', type: 'person', party: 'freedonia' },
  { id: 'trentino', name: 'Ambassador Trentino', type: 'person', party: 'sylvania' },
];

let store: Store;
beforeEach(() => {
  store = Store.open(':memory:');
  store.db.prepare(`INSERT INTO propositions (id, label, statement, origin) VALUES ('border-truce', 'border truce', 'A truce along the border', 'test'), ('port-access', 'port access', 'Access to the port', 'test')`).run();
});
afterEach(() => store.close());

const add = (a: TestArticle) => writeArticle(store, ACTORS, a);
const QUOTE_A = 'We will never accept a truce that leaves foreign soldiers on our land';
const QUOTE_B = 'We will never accept any truce that leaves foreign soldiers on our soil';

describe('claims across sources', () => {
  it('groups the same quote from two outlets into one claim and counts a syndicated copy once', () => {
    add({ id: 'a1', outlet: 'Daily Planet', published: '2025-03-10', text: `Firefly said: “${QUOTE_A}.”`, quotes: [{ text: QUOTE_A, speaker: 'firefly' }] });
    add({ id: 'b1', outlet: 'Evening Star', published: '2025-03-11', text: `“${QUOTE_B},” Firefly told reporters.`, quotes: [{ text: QUOTE_B, speaker: 'firefly' }] });
    const claim = claimOf(store, 'a1:q0')!;
    expect(claim.reports.map((r) => r.docId).sort()).toEqual(['a1', 'b1']);
    expect(claim.sources).toBe(2);
    // A spun copy of a1 reports the quote again: one more report, not one more independent source.
    add({ id: 'c1', outlet: 'Copy Wire', published: '2025-03-11', duplicateOf: 'a1', text: `Firefly said on Monday: “${QUOTE_A}.”`, quotes: [{ text: QUOTE_A, speaker: 'firefly' }] });
    const after = claimOf(store, 'c1:q0')!;
    expect(after.id).toBe(claim.id);
    expect(after.reports).toHaveLength(3);
    expect(after.sources).toBe(2);
  });

  it('keeps quotes of different speakers or different words apart', () => {
    add({ id: 'a1', outlet: 'Daily Planet', published: '2025-03-10', text: `“${QUOTE_A}.”`, quotes: [{ text: QUOTE_A, speaker: 'firefly' }] });
    add({ id: 'b1', outlet: 'Evening Star', published: '2025-03-10', text: `“${QUOTE_A}.”`, quotes: [{ text: QUOTE_A, speaker: 'trentino' }] });
    add({ id: 'c1', outlet: 'Evening Star', published: '2025-03-10', text: '“The port will reopen to grain ships by the end of the week.”', quotes: [{ text: 'The port will reopen to grain ships by the end of the week.', speaker: 'firefly' }] });
    expect(claimOf(store, 'b1:q0')!.id).not.toBe(claimOf(store, 'a1:q0')!.id);
    expect(claimOf(store, 'c1:q0')!.id).not.toBe(claimOf(store, 'a1:q0')!.id);
  });

  it('matches an unattributed report of a quote to the attributed claim', () => {
    add({ id: 'a1', outlet: 'Daily Planet', published: '2025-03-10', text: `“${QUOTE_A}.”`, quotes: [{ text: QUOTE_A, speaker: 'firefly' }] });
    add({ id: 'b1', outlet: 'Evening Star', published: '2025-03-10', text: `“${QUOTE_B}.”`, quotes: [{ text: QUOTE_B, speaker: null }] });
    expect(claimOf(store, 'b1:q0')!.id).toBe(claimOf(store, 'a1:q0')!.id);
  });

  it('groups events by type, actors and a date within two days', () => {
    const ev = (id: string, date: string, published = date) =>
      add({ id, outlet: id, published, text: 'Freedonia and Sylvania agreed to a border truce.', events: [{ trigger: 'agreed to', type: 'AGREE', actors: ['freedonia', 'sylvania'], date }] });
    ev('e1', '2025-03-11');
    ev('e2', '2025-03-12');
    ev('e3', '2025-03-20');
    expect(claimOf(store, 'e2:e0')!.id).toBe(claimOf(store, 'e1:e0')!.id);
    expect(claimOf(store, 'e1:e0')!.sources).toBe(2);
    expect(claimOf(store, 'e3:e0')!.id).not.toBe(claimOf(store, 'e1:e0')!.id);
  });

  it('joins undated event reports only when they tell the event in largely the same words', () => {
    const ev = (id: string, text: string) => add({ id, outlet: id, published: null, text, events: [{ trigger: 'agreed', type: 'AGREE', actors: ['freedonia'], date: null }] });
    ev('u1', 'Freedonia agreed to pay 1.7 billion to settle the old arms claim.');
    ev('u2', 'Freedonia also agreed to pay 1.7 billion to settle an old arms claim.');
    ev('u3', 'Freedonia agreed to reopen the northern border crossing for trucks.');
    expect(claimOf(store, 'u2:e0')!.id).toBe(claimOf(store, 'u1:e0')!.id);
    expect(claimOf(store, 'u3:e0')!.id).not.toBe(claimOf(store, 'u1:e0')!.id);
    expect(claimOf(store, 'u3:e0')!.sources).toBe(1);
  });

  it('updates incrementally: adding an article leaves earlier memberships untouched and uses indexes', () => {
    add({ id: 'a1', outlet: 'Daily Planet', published: '2025-03-10', text: `“${QUOTE_A}.”`, quotes: [{ text: QUOTE_A, speaker: 'firefly' }] });
    const before = store.db.prepare('SELECT * FROM claim_members ORDER BY item_id').all();
    add({ id: 'b1', outlet: 'Evening Star', published: '2025-03-11', text: `“${QUOTE_B}.”`, quotes: [{ text: QUOTE_B, speaker: 'firefly' }] });
    const after = store.db.prepare('SELECT * FROM claim_members ORDER BY item_id').all() as { doc_id: string }[];
    expect(after.filter((m) => m.doc_id === 'a1')).toEqual(before);
    expect(after.filter((m) => m.doc_id === 'b1')).toHaveLength(1);
    const plan = (sql: string) => (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT id, date FROM claims WHERE block_key = 'x' AND date BETWEEN '2025-01-01' AND '2025-01-03'`)).toMatch(/USING (COVERING )?INDEX claims_event_block/);
    expect(plan(`SELECT claim_id FROM claim_keys WHERE key IN ('a', 'b')`)).toMatch(/USING PRIMARY KEY|USING (COVERING )?INDEX/);
  });

  it('normalises tokens and finds every pair above the threshold through prefix keys', () => {
    expect(normaliseTokens('The Café’s “TRUCE” — truce!')).toEqual(['cafes', 'truce']);
    const a = normaliseTokens(QUOTE_A);
    const b = normaliseTokens(QUOTE_B);
    expect(dice(a, b)).toBeGreaterThanOrEqual(0.6);
    const pa = new Set(prefixTokens(a));
    expect(prefixTokens(b).some((t) => pa.has(t))).toBe(true);
  });

  it('tokenises plain text in one pass exactly as the Unicode definition does', () => {
    // '¿' is neither ASCII nor typographic punctuation: with it appended, the text takes the Unicode path.
    const unicodePath = (text: string) => normaliseTokens(`${text} ¿`);
    expect(normaliseTokens("The U.S. said it won't—“Kyiv’s truce” 42")).toEqual(['wont', 'kyivs', 'truce', '42']);
    const pieces = ['The', 'said', 'Truce', 'ceasefire', 'of', "don't", 'Kyiv’s', 'A', 'x', '42', 'U.S.', ' ', '  ', ',', '—', '–', '“', '”', '‘', '\u00a0', "'", '’', '\n', 'Café', 'naïve', 'ǅ', '…', 'ﬁre', 'İstanbul', '-', '!'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normaliseTokens(text)).toEqual(unicodePath(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('contradictions', () => {
  const stanceArticle = (id: string, stance: 'support' | 'oppose', published: string, duplicateOf: string | null = null): TestArticle => {
    const evidence = stance === 'support' ? 'Firefly said Freedonia backs a border truce' : 'Firefly said Freedonia rejects a border truce';
    return { id, outlet: `Outlet ${id}`, published, duplicateOf, text: `${evidence}.`, stances: [{ actor: 'firefly', proposition: 'border-truce', stance, evidence }] };
  };

  it('pairs opposing stances of one holder from independent outlets of the same moment', () => {
    add(stanceArticle('s1', 'support', '2025-03-10'));
    add(stanceArticle('s2', 'oppose', '2025-03-10'));
    // Two days later, from a third outlet: a change of position, no contradiction.
    add(stanceArticle('s4', 'support', '2025-03-12'));
    const found = correctedContradictions(store);
    expect(found).toHaveLength(1);
    expect(found[0]!.level).toBe('actor');
    expect(found[0]!.support.docId).toBe('s1');
    expect(found[0]!.oppose.docId).toBe('s2');
  });

  it('ignores a copy of the same report and stances far apart in time', () => {
    add(stanceArticle('s1', 'support', '2025-03-10'));
    add(stanceArticle('s2', 'oppose', '2025-03-11', 's1'));
    add(stanceArticle('s3', 'oppose', '2025-05-01'));
    expect(correctedContradictions(store)).toHaveLength(0);
  });
});

describe('timeline', () => {
  beforeEach(() => {
    add({ id: 't2', outlet: 'Evening Star', published: '2025-03-12', text: 'Sylvania rejected the port plan. Trentino said Sylvania rejects a border truce.', events: [{ trigger: 'rejected', type: 'REJECT', actors: ['sylvania'], date: '2025-03-11' }], stances: [{ actor: 'trentino', proposition: 'border-truce', stance: 'oppose', evidence: 'Sylvania rejects a border truce' }] });
    add({ id: 't1', outlet: 'Daily Planet', published: '2025-03-05', text: 'Freedonia met with Sylvania. Trentino said Sylvania backs a border truce.', events: [{ trigger: 'met with', type: 'CONSULT', actors: ['freedonia'], targets: ['sylvania'], date: '2025-03-04' }], stances: [{ actor: 'trentino', proposition: 'border-truce', stance: 'support', evidence: 'Sylvania backs a border truce' }] });
    add({ id: 't3', outlet: 'Morning Post', published: '2025-03-20', text: 'Mediatoria hosted the envoys.', events: [{ trigger: 'hosted', type: 'CONSULT', actors: ['mediator'] }] });
  });

  it('orders events and stance changes by date, with sources and summaries from extracted fields', () => {
    const entries = timeline(store);
    expect(entries.map((e) => e.date)).toEqual(['2025-03-04', '2025-03-11', '2025-03-12', '2025-03-20']);
    expect(entries[0]!.summary).toBe('Freedonia held talks with Sylvania (CONSULT)');
    const change = entries.find((e) => e.kind === 'stance-change')!;
    expect(change.from).toBe('support');
    expect(change.to).toBe('oppose');
    expect(change.summary).toBe('Sylvania on border truce: support → oppose');
    expect(change.sources[0]!.docId).toBe('t2');
    expect(entries[3]!.dateOrigin).toBe('published');
    for (const e of entries) for (const s of e.sources) expect(store.getDocument(s.docId)!.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
  });

  it("applies a person's review: a stance they set or reject changes the stance changes shown", () => {
    const id = (doc: string) => (store.db.prepare('SELECT id FROM stances WHERE doc_id = ?').get(doc) as { id: string }).id;
    recordCorrection(store, { kind: 'stance', action: 'set-stance', stanceId: id('t1'), stance: 'oppose' });
    expect(timeline(store).some((e) => e.kind === 'stance-change')).toBe(false);
    recordCorrection(store, { kind: 'stance', action: 'set-stance', stanceId: id('t1'), stance: 'conditional' });
    expect(timeline(store).find((e) => e.kind === 'stance-change')).toMatchObject({ from: 'conditional', to: 'oppose' });
    recordCorrection(store, { kind: 'stance', action: 'set-stance', stanceId: id('t1'), stance: 'neutral' });
    expect(timeline(store).some((e) => e.kind === 'stance-change')).toBe(false);
    recordCorrection(store, { kind: 'stance', action: 'set-stance', stanceId: id('t1'), stance: 'support' });
    recordCorrection(store, { kind: 'stance', action: 'reject', stanceId: id('t2') });
    expect(timeline(store).some((e) => e.kind === 'stance-change')).toBe(false);
  });

  it('filters by actor, proposition and period', () => {
    expect(timeline(store, { actor: 'mediatoria' }).map((e) => e.id)).toHaveLength(1);
    expect(timeline(store, { actor: 'Sylvania' }).map((e) => e.date)).toEqual(['2025-03-04', '2025-03-11', '2025-03-12']);
    expect(timeline(store, { proposition: 'border-truce' }).every((e) => e.kind === 'stance-change')).toBe(true);
    expect(timeline(store, { since: '2025-03-10', until: '2025-03-12' }).map((e) => e.date)).toEqual(['2025-03-11', '2025-03-12']);
    expect(timeline(store, { limit: 2 })).toHaveLength(2);
  });
});

describe('brief', () => {
  it('cites every statement with a span whose text is the quoted excerpt', () => {
    const long = 'Freedonia and Sylvania agreed to a border truce after a long night of talks in the mountain town, officials from both governments confirmed to reporters gathered outside the hall.';
    add({ id: 'b1', outlet: 'Daily Planet', published: '2025-03-10', text: `${long} Firefly said Freedonia backs a border truce. Trentino said Sylvania rejects port access.`, events: [{ trigger: 'agreed to', type: 'AGREE', actors: ['freedonia', 'sylvania'], date: '2025-03-09' }], stances: [{ actor: 'firefly', proposition: 'border-truce', stance: 'support', evidence: 'Freedonia backs a border truce' }, { actor: 'trentino', proposition: 'port-access', stance: 'oppose', evidence: 'Sylvania rejects port access' }] });
    add({ id: 'b2', outlet: 'Evening [Star]', published: '2025-03-12', text: 'Trentino said Sylvania opposes a border truce. Firefly said Freedonia wants port access.', stances: [{ actor: 'trentino', proposition: 'border-truce', stance: 'oppose', evidence: 'Sylvania opposes a border truce' }, { actor: 'firefly', proposition: 'port-access', stance: 'support', evidence: 'Freedonia wants port access' }] });
    const md = renderBrief(store, { since: '2025-03-01', excerptLength: 80 });
    const cites = parseCitations(md);
    expect(cites.length).toBeGreaterThanOrEqual(4);
    for (const c of cites) {
      const doc = store.getDocument(c.docId);
      expect(doc, c.docId).toBeDefined();
      expect(doc!.text.slice(c.start, c.end)).toBe(c.quoted);
      expect(c.quoted.length).toBeLessThanOrEqual(80);
    }
    // Every bullet line carries at least one citation.
    for (const line of md.split('\n').filter((l) => l.startsWith('- '))) expect(line).toMatch(/\]\(doc:[^)]+:\d+-\d+\)/);
    expect(md).toContain('## What changed since 2025-03-01');
    // Two truncated excerpts on one line parse as two citations.
    const two = parseCitations('- x: …"alpha beta"… [A, 2025-01-01](doc:d1:1-11); y: "gamma"… [B, 2025-01-02](doc:d2:5-10)');
    expect(two.map((c) => c.quoted)).toEqual(['alpha beta', 'gamma']);
  });
});
