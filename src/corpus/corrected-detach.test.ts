/**
 * A detach (a person wrongly resolved into another actor, then taken out by a human) must read the same in
 * every view: the timeline's stance changes and events, the API's events and graph, the positions matrix
 * the CLI prints, and the brief. Invented articles: "Chicolini" is wrongly resolved into Rufus Firefly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAnalysis, type DocumentAnalysis, type EventType, type StanceValue, type StoredDocument } from '../core/model.js';
import { textSpan } from '../core/span.js';
import { loadKnowledge } from '../packs/load.js';
import { ApiQueries } from '../server/queries.js';
import { Store } from '../store/store.js';
import { parseCitations, renderBrief } from './brief.js';
import { correctedContradictions, correctedPositions } from './corrected.js';
import { actorDetaches, actorMerges, recordCorrection } from './corrections.js';
import { timeline } from './timeline.js';
import { updateCorpusViews } from './views.js';

const kb = loadKnowledge([], []);

interface Actor {
  id: string;
  name: string;
  type: 'person' | 'country';
}
const ACTORS: Actor[] = [
  { id: 'sylvania', name: 'Sylvania', type: 'country' },
  { id: 'firefly', name: 'Rufus Firefly', type: 'person' },
];

/** An entity: the actor the resolver put it in, and the names it is written under (in text order of first use). */
interface EntitySpec {
  actor: string;
  names: string[];
}
interface ArticleSpec {
  id: string;
  published: string;
  text: string;
  entities: EntitySpec[];
  /** Entity indices; `at` locates the trigger. */
  events?: { trigger: string; type: EventType; actors: number[]; targets: number[] }[];
  stances?: { entity: number; stance: StanceValue; evidence: string }[];
}

/** Writes an article whose entities, mentions and annotations are placed by hand, the way ingest stores them. */
function write(store: Store, a: ArticleSpec): void {
  const text = a.text;
  const analysis: DocumentAnalysis = emptyAnalysis();
  const provenance = (stage: string) => ({ stage, rule: 'test', confidence: 1 });
  a.entities.forEach((e, i) => {
    const actor = ACTORS.find((x) => x.id === e.actor)!;
    analysis.entities.push({ type: actor.type, name: e.names[0]!, packId: null, party: null, roles: [], mentions: [] });
    for (const name of e.names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        // A longer name of another entity ("Rufus Firefly") is not a mention of a shorter one ("Firefly").
        if (analysis.mentions.some((m) => m.start <= at && at < m.end)) continue;
        analysis.entities[i]!.mentions.push(analysis.mentions.length);
        analysis.mentions.push({ ...textSpan(text, at, at + name.length), entity: i, kind: 'name', provenance: provenance('actors') });
      }
    }
  });
  const sentence = (at: number) => {
    const start = text.lastIndexOf('. ', at) + (text.lastIndexOf('. ', at) >= 0 ? 2 : 1);
    const end = text.indexOf('.', at) + 1;
    return textSpan(text, Math.max(0, start), end);
  };
  for (const e of a.events ?? []) {
    const at = text.indexOf(e.trigger);
    analysis.events.push({
      type: e.type, mode: null, actors: e.actors, targets: e.targets, negated: false, modality: 'asserted', date: null, dateText: null, location: null,
      trigger: textSpan(text, at, at + e.trigger.length), evidence: sentence(at), provenance: provenance('events'),
    });
  }
  for (const s of a.stances ?? []) {
    const at = text.indexOf(s.evidence);
    analysis.stances.push({ actor: s.entity, proposition: 'border-truce', stance: s.stance, condition: null, date: null, evidence: textSpan(text, at, at + s.evidence.length), quote: null, provenance: provenance('stances') });
  }
  const inferred = <T>(value: T | null) => ({ value, origin: 'test', confidence: 1 });
  const document: StoredDocument = {
    id: a.id, name: `${a.id}.txt`, source: `${a.id}.txt`, url: null, format: 'text', encoding: 'utf-8', text, contentHash: `hash-${a.id}`,
    zones: [{ start: 0, end: text.length, kind: 'body', rule: 'test' }],
    metadata: { title: inferred(null), outlet: inferred(`Outlet ${a.id}`), published: inferred(a.published), language: inferred('en'), byline: inferred(null) },
    duplicateOf: null, duplicateSimilarity: null, ingestedAt: '2025-01-01T00:00:00Z',
  };
  const actorIds = a.entities.map((e) => e.actor);
  const resolution = {
    actorIds,
    upserts: [...new Set(actorIds)].map((id) => {
      const actor = ACTORS.find((x) => x.id === id)!;
      return { actor: { id, name: actor.name, type: actor.type, packId: null, party: null, roles: [], aliases: [actor.name], mentionCount: 0, docCount: 0 }, keys: [actor.name.toLowerCase()] };
    }),
  };
  store.db.transaction(() => {
    store.writeDocumentUnsafe({ document, analysis, resolution, minhash: null });
    updateCorpusViews(store, [document.id], kb);
  })();
}

const CHICOLINI = 'firefly~chicolini';

/** Firefly backs the truce; "Chicolini", wrongly resolved into Firefly, rejects it and visits Sylvania. */
function corpus(store: Store): void {
  write(store, {
    id: 'd1',
    published: '2025-03-02',
    text: 'Rufus Firefly backed the border truce. Firefly met Sylvania in the capital.',
    entities: [{ actor: 'firefly', names: ['Rufus Firefly', 'Firefly'] }, { actor: 'sylvania', names: ['Sylvania'] }],
    events: [{ trigger: 'met', type: 'CONSULT', actors: [0], targets: [1] }],
    stances: [{ entity: 0, stance: 'support', evidence: 'Rufus Firefly backed the border truce' }],
  });
  write(store, {
    id: 'd2',
    published: '2025-03-05',
    text: 'Chicolini rejected the border truce. Chicolini visited Sylvania on Monday.',
    entities: [{ actor: 'firefly', names: ['Chicolini'] }, { actor: 'sylvania', names: ['Sylvania'] }],
    events: [{ trigger: 'visited', type: 'CONSULT', actors: [0], targets: [1] }],
    stances: [{ entity: 0, stance: 'oppose', evidence: 'Chicolini rejected the border truce' }],
  });
  // Both people in one article, both resolved into Firefly: only the event Chicolini acts in moves.
  write(store, {
    id: 'd3',
    published: '2025-03-06',
    text: 'Rufus Firefly praised Sylvania. Chicolini threatened Sylvania.',
    entities: [{ actor: 'firefly', names: ['Rufus Firefly'] }, { actor: 'sylvania', names: ['Sylvania'] }, { actor: 'firefly', names: ['Chicolini'] }],
    events: [
      { trigger: 'praised', type: 'SUPPORT', actors: [0], targets: [1] },
      { trigger: 'threatened', type: 'THREATEN', actors: [2], targets: [1] },
    ],
  });
}

const detach = (store: Store, name = 'Chicolini') => recordCorrection(store, { kind: 'actor', action: 'detach', actor: 'firefly', name });

let store: Store;
beforeEach(() => {
  store = Store.open(':memory:');
  corpus(store);
});
afterEach(() => store.close());

describe('a detached person in the timeline', () => {
  it('is no longer a stance change of the actor they were taken from', () => {
    const changes = () => timeline(store).filter((e) => e.kind === 'stance-change');
    // The wrong merge makes one person change their mind.
    expect(changes().map((e) => e.summary)).toEqual(['Rufus Firefly on border-truce: support → oppose']);
    detach(store);
    expect(changes()).toEqual([]);
  });

  it('moves the events that name them, and the actor filter follows', () => {
    detach(store);
    const events = timeline(store).filter((e) => e.kind === 'event');
    const byTrigger = new Map(events.map((e) => [e.trigger!.text, e.actors]));
    expect(byTrigger.get('met')).toEqual(['Rufus Firefly']);
    expect(byTrigger.get('visited')).toEqual(['Chicolini']);
    expect(byTrigger.get('praised')).toEqual(['Rufus Firefly']);
    expect(byTrigger.get('threatened')).toEqual(['Chicolini']);
    expect(timeline(store, { actor: 'firefly' }).map((e) => e.trigger?.text)).toEqual(['met', 'praised']);
    expect(timeline(store, { actor: CHICOLINI }).map((e) => e.trigger?.text)).toEqual(['visited', 'threatened']);
  });

  it('reattach restores the machine reading', () => {
    const before = timeline(store);
    detach(store);
    recordCorrection(store, { kind: 'actor', action: 'reattach', actor: 'firefly', name: 'Chicolini' });
    expect(timeline(store)).toEqual(before);
  });

  it('a merge makes two actors one holder, so their stances change together', () => {
    // A week after Firefly's support: a change of position once the two are one holder (the same day, from
    // another outlet, it would be a contradiction).
    write(store, {
      id: 'd4',
      published: '2025-03-09',
      text: 'Sylvania rejected the border truce.',
      entities: [{ actor: 'sylvania', names: ['Sylvania'] }],
      stances: [{ entity: 0, stance: 'oppose', evidence: 'Sylvania rejected the border truce' }],
    });
    detach(store);
    expect(timeline(store).filter((e) => e.kind === 'stance-change')).toEqual([]);
    recordCorrection(store, { kind: 'actor', action: 'merge', actors: ['sylvania', 'firefly'] });
    const changes = timeline(store).filter((e) => e.kind === 'stance-change');
    expect(changes.map((e) => e.summary)).toEqual(['Sylvania on border-truce: support → oppose']);
    // Asking for the merged-away id finds the canonical actor's entries.
    expect(timeline(store, { actor: 'firefly' }).filter((e) => e.kind === 'stance-change')).toHaveLength(1);
  });
});

describe('a detached person in the API', () => {
  it('serves the events that name them as the detached actor', () => {
    detach(store);
    const q = new ApiQueries(store);
    const actorsOf = (doc: string) => q.listEvents({ doc, limit: 100, offset: 0 }).items.map((e) => [(e.trigger as { text: string } | null)?.text, (e.actors as { id: string }[]).map((a) => a.id), (e.targets as { id: string }[]).map((a) => a.id)]);
    expect(actorsOf('d2')).toEqual([['visited', [CHICOLINI], ['sylvania']]]);
    expect(actorsOf('d3')).toEqual([
      ['praised', ['firefly'], ['sylvania']],
      ['threatened', [CHICOLINI], ['sylvania']],
    ]);
    const triggers = (actor: string) => q.listEvents({ actor, limit: 100, offset: 0 }).items.map((e) => (e.trigger as { text: string } | null)?.text).sort();
    expect(triggers('firefly')).toEqual(['met', 'praised']);
    expect(triggers(CHICOLINI)).toEqual(['threatened', 'visited']);
    expect(q.listEvents({ actor: 'firefly', limit: 100, offset: 0 }).total).toBe(2);
    expect(q.actor(CHICOLINI).events.map((e) => (e as { trigger: { text: string } }).trigger.text).sort()).toEqual(['threatened', 'visited']);
    const edges = q.graph({}).edges.map((e) => `${e.source}>${e.target}:${e.type}`).sort();
    expect(edges).toEqual(['firefly>sylvania:CONSULT', 'firefly>sylvania:SUPPORT', `${CHICOLINI}>sylvania:CONSULT`, `${CHICOLINI}>sylvania:THREATEN`]);
    expect(q.graph({}).nodes.find((n) => n.id === CHICOLINI)?.name).toBe('Chicolini');
  });

  it('names seen on an actor list their documents', () => {
    const names = new ApiQueries(store).actor('firefly').namesSeen;
    expect(names.map((n) => [n.name, n.docs.map((d) => d.id).sort()])).toEqual([
      ['Chicolini', ['d2', 'd3']],
      ['Rufus Firefly', ['d1', 'd3']],
      ['Firefly', ['d1']],
    ]);
  });
});

describe('a detached person in positions and the brief', () => {
  it('the corrected matrix (what `parley positions` prints) gives them a row of their own', () => {
    detach(store);
    const m = correctedPositions(store);
    expect(m.rows.map((r) => r.id).sort()).toEqual(['firefly', CHICOLINI]);
    const cell = (row: string) => m.cells.find((c) => c.rowId === row && c.proposition === 'border-truce');
    expect(cell('firefly')?.stance).toBe('support');
    expect(cell(CHICOLINI)?.stance).toBe('oppose');
  });

  /** Firefly's support reported the day "Chicolini" (read as Firefly) rejected it, by another outlet. */
  const sameDaySupport = () =>
    write(store, {
      id: 'd5',
      published: '2025-03-05',
      text: 'Rufus Firefly backs the border truce.',
      entities: [{ actor: 'firefly', names: ['Rufus Firefly'] }],
      stances: [{ entity: 0, stance: 'support', evidence: 'Rufus Firefly backs the border truce' }],
    });

  it('contradictions are between served holders', () => {
    // Three days apart (d1, d2) is a change of position, not a contradiction; the same day (d5, d2) is one.
    expect(correctedContradictions(store)).toEqual([]);
    sameDaySupport();
    expect(correctedContradictions(store).map((c) => c.holder)).toEqual(['firefly']);
    detach(store);
    expect(correctedContradictions(store)).toEqual([]);
  });

  it('the brief shows no stance change or contradiction the detach undid, and its citations hold', () => {
    sameDaySupport();
    const before = renderBrief(store, { since: '2025-02-01' });
    expect(before).toContain('Rufus Firefly on border-truce: support → oppose');
    expect(before).toContain('## Contradictions between sources');
    detach(store);
    const after = renderBrief(store, { since: '2025-02-01' });
    expect(after).not.toContain('support → oppose');
    expect(after).not.toContain('## Contradictions between sources');
    expect(after).toMatch(/Chicolini held talks with Sylvania \(CONSULT\)/);
    for (const c of parseCitations(after)) expect(store.getDocument(c.docId)!.text.slice(c.start, c.end)).toBe(c.quoted);
  });
});

describe('detach resolution', () => {
  it('is cached until the store changes', () => {
    detach(store);
    const first = actorDetaches(store);
    expect(actorDetaches(store)).toBe(first);
    expect(actorMerges(store)).toBe(actorMerges(store));
    recordCorrection(store, { kind: 'actor', action: 'reattach', actor: 'firefly', name: 'Chicolini' });
    const second = actorDetaches(store);
    expect(second).not.toBe(first);
    expect(second.list).toEqual([]);
  });

  it('sees a detach another connection recorded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-detach-'));
    const a = Store.open(join(dir, 'talks.db'));
    const b = Store.open(join(dir, 'talks.db'));
    try {
      corpus(a);
      expect(actorDetaches(b).list).toEqual([]);
      detach(a);
      expect(actorDetaches(b).entity('d2', 0)).toBe(CHICOLINI);
    } finally {
      a.close();
      b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('matches names case-insensitively beyond ASCII', () => {
    write(store, {
      id: 'd5',
      published: '2025-03-07',
      text: 'Ödön Chicolini spoke.',
      entities: [{ actor: 'firefly', names: ['Ödön Chicolini'] }],
    });
    const c = recordCorrection(store, { kind: 'actor', action: 'detach', actor: 'firefly', name: 'ödön chicolini' });
    expect(actorDetaches(store).entity('d5', 0)).toBe((c.value as { as: string }).as);
  });
});
