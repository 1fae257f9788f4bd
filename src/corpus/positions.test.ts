import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../packs/load.js';
import { Store } from '../store/store.js';
import { positionsMatrix, syncPropositions } from './positions.js';
import { timeline } from './timeline.js';

let store: Store;
afterEach(() => store?.close());

function doc(id: string, published: string | null, text: string, duplicateOf: string | null = null, outlet = 'Example News') {
  store.db
    .prepare(
      `INSERT INTO documents (id, name, source, url, format, encoding, text, content_hash, outlet, published, metadata_json, duplicate_of, ingested_at)
       VALUES (?, ?, ?, NULL, 'text', 'utf-8', ?, ?, ?, ?, '{}', ?, '2025-01-01T00:00:00Z')`,
    )
    .run(id, `${id}.txt`, id, text, `hash-${id}`, outlet, published, duplicateOf);
}
function actor(id: string, name: string, type: string, party: string | null) {
  store.db.prepare(`INSERT INTO actors (id, name, type, party) VALUES (?, ?, ?, ?)`).run(id, name, type, party);
}
let n = 0;
function stance(docId: string, actorId: string, party: string | null, proposition: string, value: string, date: string | null, evidence: [number, number]) {
  const text = (store.db.prepare('SELECT text FROM documents WHERE id = ?').get(docId) as { text: string }).text;
  store.db
    .prepare(
      `INSERT INTO stances (id, doc_id, idx, actor_entity, actor_id, party_id, proposition, stance, date, evidence_start, evidence_end, evidence_text, rule, confidence)
       VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'test', 0.8)`,
    )
    .run(`${docId}:s${n}`, docId, n++, actorId, party, proposition, value, date, evidence[0], evidence[1], text.slice(evidence[0], evidence[1]));
}

function setup() {
  store = Store.open(':memory:');
  actor('ruritania', 'Ruritania', 'country', 'ruritania');
  actor('freedonia', 'Freedonia', 'country', 'freedonia');
  actor('king-rudolf', 'King Rudolf', 'person', 'ruritania');
  actor('analyst', 'Ann Alyst', 'person', null);
  doc('d1', '2025-03-01', 'King Rudolf backed the truce. Freedonia rejected it.');
  doc('d2', '2025-03-03', 'Ruritania now rejects the truce outright.');
  doc('d3', '2025-03-04', 'Ruritania now rejects the truce outright!', 'd2', 'Copycat Daily');
  doc('d4', '2025-03-20', 'Freedonia backed the truce. Ann Alyst doubts it.');
  stance('d1', 'king-rudolf', 'ruritania', 'ceasefire', 'support', '2025-03-01', [0, 28]);
  stance('d1', 'freedonia', 'freedonia', 'ceasefire', 'oppose', '2025-03-01', [29, 51]);
  stance('d2', 'ruritania', 'ruritania', 'ceasefire', 'oppose', '2025-03-03', [0, 41]);
  stance('d3', 'ruritania', 'ruritania', 'ceasefire', 'oppose', '2025-03-04', [0, 41]);
  stance('d4', 'freedonia', 'freedonia', 'ceasefire', 'support', '2025-03-20', [0, 27]);
  stance('d4', 'analyst', null, 'ceasefire', 'oppose', '2025-03-20', [28, 48]);
}

const cell = (m: ReturnType<typeof positionsMatrix>, row: string, p = 'ceasefire') => m.cells.find((c) => c.rowId === row && c.proposition === p);

describe('positionsMatrix', () => {
  it('never lets a later copy of an older report be the latest stance, a change of position or a recurrence', () => {
    store = Store.open(':memory:');
    actor('ruritania', 'Ruritania', 'country', 'ruritania');
    doc('o1', '2025-03-01', 'Ruritania rejects the truce.');
    doc('o2', '2025-03-05', 'Ruritania now accepts the truce.');
    doc('c1', '2025-03-09', 'Ruritania rejects the truce!', 'o1', 'Copycat Daily');
    stance('o1', 'ruritania', 'ruritania', 'ceasefire', 'oppose', null, [0, 27]);
    stance('o2', 'ruritania', 'ruritania', 'ceasefire', 'support', null, [0, 31]);
    stance('c1', 'ruritania', 'ruritania', 'ceasefire', 'oppose', null, [0, 27]);
    stance('o1', 'ruritania', 'ruritania', 'auto:border-fence@a+b', 'oppose', null, [0, 27]);
    stance('c1', 'ruritania', 'ruritania', 'auto:border-fence@a+b', 'oppose', null, [0, 27]);
    const m = positionsMatrix(store);
    expect(cell(m, 'ruritania')).toMatchObject({ stance: 'support', trend: 'softening', sources: 2 });
    expect(cell(m, 'ruritania')!.citations.map((c) => c.docId)).toEqual(['o2', 'o1']);
    // One report and its copy are one document's worth of evidence: not yet a question of the talks.
    expect(m.propositions.some((p) => p.id === 'auto:border-fence@a+b')).toBe(false);
    expect(syncPropositions(store, loadKnowledge()).some((p) => p.id === 'auto:border-fence@a+b')).toBe(false);
    // The timeline: one change (oppose → support), none back to the copy's repeated "oppose".
    const changes = timeline(store).filter((e) => e.kind === 'stance-change' && e.proposition === 'ceasefire');
    expect(changes.map((e) => [e.from, e.to])).toEqual([['oppose', 'support']]);
  });

  it('shows a negotiation whose every object is named once, through the objects its own sides hold', () => {
    store = Store.open(':memory:');
    actor('drivers-union', 'Drivers Union', 'organization', 'drivers-union');
    actor('transit-board', 'Transit Board', 'organization', 'transit-board');
    actor('ruritania', 'Ruritania', 'country', 'ruritania');
    actor('freedonia', 'Freedonia', 'country', 'freedonia');
    actor('observer', 'Observer Group', 'organization', 'observer');
    doc('b1', '2026-03-03', 'The union backed a walkout. The union is seeking a raise.');
    doc('b2', '2026-03-21', 'The board reached a contract.');
    doc('r1', '2025-10-14', 'Ruritania and Freedonia back the statute. Freedonia backs the statute.');
    stance('b1', 'drivers-union', 'drivers-union', 'auto:strike@drivers-union+transit-board', 'support', null, [0, 26]);
    stance('b1', 'drivers-union', 'drivers-union', 'auto:wage-increase@drivers-union+transit-board', 'support', null, [27, 56]);
    stance('b2', 'transit-board', 'transit-board', 'auto:contract@drivers-union+transit-board', 'support', null, [0, 29]);
    stance('r1', 'ruritania', 'ruritania', 'auto:statute@freedonia+ruritania', 'support', null, [0, 41]);
    stance('r1', 'freedonia', 'freedonia', 'auto:statute@freedonia+ruritania', 'support', null, [42, 70]);
    // A one-off object held by an onlooker, in a negotiation that already shows a common object, stays out.
    stance('r1', 'observer', 'observer', 'auto:description@freedonia+ruritania', 'support', null, [0, 41]);
    const ids = positionsMatrix(store).propositions.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['auto:strike@drivers-union+transit-board', 'auto:wage-increase@drivers-union+transit-board', 'auto:contract@drivers-union+transit-board', 'auto:statute@freedonia+ruritania']));
    expect(ids).not.toContain('auto:description@freedonia+ruritania');
  });

  it('reads one report as one reading: two stances in one article are no trend', () => {
    store = Store.open(':memory:');
    actor('ruritania', 'Ruritania', 'country', 'ruritania');
    doc('o1', '2025-12-18', 'Ruritania could back the pact if a safeguard is added. Ruritania can support the pact.');
    doc('o2', '2025-12-02', 'Ruritania will not sign the pact.');
    stance('o1', 'ruritania', 'ruritania', 'ceasefire', 'conditional', null, [0, 54]);
    stance('o1', 'ruritania', 'ruritania', 'ceasefire', 'support', null, [55, 86]);
    expect(cell(positionsMatrix(store), 'ruritania')).toMatchObject({ stance: 'support', trend: 'new' });
    // A later report sharing no value with the one before is a change.
    stance('o2', 'ruritania', 'ruritania', 'ceasefire', 'oppose', null, [0, 33]);
    expect(cell(positionsMatrix(store), 'ruritania')).toMatchObject({ stance: 'support', trend: 'softening' });
  });

  it('takes the latest stance and shows the trend', () => {
    setup();
    const m = positionsMatrix(store);
    expect(cell(m, 'ruritania')!.stance).toBe('oppose');
    expect(cell(m, 'ruritania')!.trend).toBe('hardening');
    expect(cell(m, 'freedonia')!.stance).toBe('support');
    expect(cell(m, 'freedonia')!.trend).toBe('softening');
    expect(cell(m, 'king-rudolf')!.trend).toBe('new');
  });

  it('does not take an undated report ingested later for the oldest one', () => {
    setup();
    doc('d5', null, 'Ruritania will back the truce after all.');
    stance('d5', 'ruritania', 'ruritania', 'ceasefire', 'support', null, [0, 39]);
    expect(cell(positionsMatrix(store), 'ruritania')!.stance).toBe('support');
    // ... but a dated report after it is later still.
    doc('d6', '2025-03-25', 'Ruritania rejects the truce again.');
    stance('d6', 'ruritania', 'ruritania', 'ceasefire', 'oppose', '2025-03-25', [0, 33]);
    expect(cell(positionsMatrix(store), 'ruritania')!.stance).toBe('oppose');
  });

  it('orders an undated report ingested first before later dated ones', () => {
    store = Store.open(':memory:');
    actor('ruritania', 'Ruritania', 'country', 'ruritania');
    doc('u1', null, 'Ruritania backed the truce.');
    doc('u2', '2025-03-05', 'Ruritania rejected the truce.');
    stance('u1', 'ruritania', 'ruritania', 'ceasefire', 'support', null, [0, 26]);
    stance('u2', 'ruritania', 'ruritania', 'ceasefire', 'oppose', '2025-03-05', [0, 28]);
    expect(cell(positionsMatrix(store), 'ruritania')!.stance).toBe('oppose');
  });

  it('counts a syndicated copy with its original once', () => {
    setup();
    const m = positionsMatrix(store);
    // d1 (the king, rolled up) + d2 and its copy d3 = two independent sources.
    expect(cell(m, 'ruritania')!.sources).toBe(2);
  });

  it('flags opposing stances from different sources close in time, not far apart', () => {
    setup();
    const m = positionsMatrix(store);
    // support 03-01 (d1) vs oppose 03-03 (d2): one outlet's update two days later, a change, not a contradiction
    expect(cell(m, 'ruritania')!.contradiction).toBe(false);
    expect(cell(m, 'freedonia')!.contradiction).toBe(false); // 19 days apart: a change, not a contradiction
    // Another outlet telling the same day (03-03) the other way is one.
    doc('d6', '2025-03-03', 'Ruritania backs the truce.', null, 'Other Wire');
    stance('d6', 'ruritania', 'ruritania', 'ceasefire', 'support', '2025-03-03', [0, 25]);
    expect(cell(positionsMatrix(store), 'ruritania')!.contradiction).toBe(true);
  });

  it('rolls persons up to their party and keeps independent analysts apart', () => {
    setup();
    const m = positionsMatrix(store);
    expect(m.rows.find((r) => r.id === 'king-rudolf')).toMatchObject({ kind: 'person', party: 'ruritania' });
    expect(m.rows.find((r) => r.id === 'analyst')).toMatchObject({ kind: 'person', party: null });
    expect(m.rows.find((r) => r.id === 'ruritania')).toMatchObject({ kind: 'party' });
    expect(m.rows.some((r) => r.id === 'null')).toBe(false);
  });

  it('cites evidence that slices out of the document text', () => {
    setup();
    const m = positionsMatrix(store);
    for (const c of m.cells) {
      for (const cite of c.citations) {
        const text = store.getDocument(cite.docId)!.text;
        expect(text.slice(cite.evidence.start, cite.evidence.end)).toBe(cite.evidence.text);
      }
    }
    // d3 is a later copy of d2: the original's report is the one cited.
    expect(cell(m, 'ruritania')!.citations[0]!.docId).toBe('d2');
    expect(cell(m, 'ruritania')!.citations.some((c) => c.docId === 'd3')).toBe(false);
  });

  it('cites a sentence once when the party holds it through its spokesman and itself', () => {
    setup();
    doc('d5', '2025-03-21', 'King Rudolf said Ruritania backs the truce.');
    stance('d5', 'king-rudolf', 'ruritania', 'ceasefire', 'support', '2025-03-21', [0, 42]);
    stance('d5', 'ruritania', 'ruritania', 'ceasefire', 'support', '2025-03-21', [0, 42]);
    const cites = cell(positionsMatrix(store), 'ruritania')!.citations;
    expect(cites.filter((c) => c.docId === 'd5')).toHaveLength(1);
    expect(new Set(cites.map((c) => `${c.docId}:${c.evidence.start}`)).size).toBe(cites.length);
  });

  it('cites a clause once when one reading holds it and another the whole sentence around it', () => {
    setup();
    doc('d5', '2025-03-21', 'Ruritania had dropped its demand for a truce and accepted the offer, King Rudolf said.');
    stance('d5', 'ruritania', 'ruritania', 'ceasefire', 'oppose', '2025-03-21', [0, 44]);
    stance('d5', 'ruritania', 'ruritania', 'ceasefire', 'oppose', '2025-03-21', [0, 85]);
    const cites = cell(positionsMatrix(store), 'ruritania')!.citations.filter((c) => c.docId === 'd5');
    expect(cites.map((c) => c.evidence.text)).toEqual(['Ruritania had dropped its demand for a truce']);
  });

  it('honours since/until and human corrections', () => {
    setup();
    expect(cell(positionsMatrix(store, { since: '2025-03-10' }), 'ruritania')).toBeUndefined();
    store.db
      .prepare(`INSERT INTO corrections (target_kind, target_id, target_key, action, created_at) VALUES ('stance', 'x', ?, 'reject', 'now')`)
      .run(JSON.stringify({ doc: 'd4', start: 0, end: 27, proposition: 'ceasefire' }));
    store.db
      .prepare(`INSERT INTO corrections (target_kind, target_id, target_key, action, created_at) VALUES ('stance', 'x', ?, 'confirm', 'now')`)
      .run(JSON.stringify({ doc: 'd1', start: 29, end: 51, proposition: 'ceasefire' }));
    const m = positionsMatrix(store);
    expect(cell(m, 'freedonia')!.stance).toBe('oppose');
    expect(cell(m, 'freedonia')!.citations[0]!.review).toBe('confirmed');
  });

  it('stores pack propositions and labels them', () => {
    setup();
    syncPropositions(store, loadKnowledge());
    const m = positionsMatrix(store);
    expect(m.propositions.find((p) => p.id === 'ceasefire')!.label).toBe('30-day ceasefire');
  });
});

describe('propositions of several negotiations', () => {
  it('keeps one negotiation’s propositions together, busiest negotiation first', () => {
    store = Store.open(':memory:');
    actor('guild', 'Weavers Guild', 'organization', null);
    actor('mill', 'Mill', 'organization', null);
    actor('ruritania', 'Ruritania', 'country', 'ruritania');
    actor('freedonia', 'Freedonia', 'country', 'freedonia');
    const text = 'The guild wants a raise. The mill refused the staffing rules. Ruritania backed the treaty.';
    doc('d1', '2025-03-01', text);
    doc('d2', '2025-03-02', text);
    doc('d3', '2025-03-03', text);
    const wage = 'auto:wage-increase@guild+mill';
    const staffing = 'auto:staffing-rules@guild+mill';
    const treaty = 'auto:peace-treaty@freedonia+ruritania';
    // Three reports on the wage, two on the treaty, two on staffing: by count (then id) alone the treaty
    // would sit between the guild's two questions.
    for (const d of ['d1', 'd2', 'd3']) stance(d, 'guild', null, wage, 'support', null, [0, 24]);
    for (const d of ['d1', 'd2']) stance(d, 'ruritania', 'ruritania', treaty, 'support', null, [62, 90]);
    for (const d of ['d1', 'd2']) stance(d, 'mill', null, staffing, 'oppose', null, [25, 61]);
    const m = positionsMatrix(store);
    expect(m.propositions.map((p) => p.id)).toEqual([wage, staffing, treaty]);
  });
});

describe('sideNamer', () => {
  it('names a side spelled as a report wrote it ("fln") by the actor that spelling resolved to', async () => {
    const { sideNamer } = await import('./positions.js');
    const store = Store.open(':memory:');
    try {
      store.db.prepare(`INSERT INTO actors (id, name, type) VALUES ('freedonian-liberation-front', 'Freedonian Liberation Front', 'organization')`).run();
      store.db.prepare(`INSERT INTO actor_keys (key, actor_id) VALUES ('o:fln', 'freedonian-liberation-front')`).run();
      const nameOf = sideNamer(store.db);
      expect(nameOf('fln')).toBe('Freedonian Liberation Front');
      expect(nameOf('freedonian-liberation-front')).toBe('Freedonian Liberation Front');
      expect(nameOf('sylvania')).toBeUndefined();
    } finally {
      store.close();
    }
  });
});

describe('a side’s one-off object beside the talks’ common ones', () => {
  it('shows an object one of its sides demands once, even when the talks have a common object', async () => {
    const { writeArticle } = await import('../../test/helpers/corpus-fixture.js');
    const store = Store.open(':memory:');
    try {
      const actors = [
        { id: 'guild', name: 'Weavers Guild' },
        { id: 'mill', name: 'Mill' },
        { id: 'mayor', name: 'Ada Quill', type: 'person' as const },
      ];
      writeArticle(store, actors, {
        id: 'a1',
        outlet: 'Outlet A',
        published: '2026-01-05',
        text: 'The Weavers Guild rejected the pay deal. The Weavers Guild demanded the pension fund. Ada Quill backed the park.',
        stances: [
          { actor: 'guild', proposition: 'auto:pay-deal@guild+mill', stance: 'oppose', evidence: 'The Weavers Guild rejected the pay deal' },
          { actor: 'guild', proposition: 'auto:pension-fund@guild+mill', stance: 'support', evidence: 'The Weavers Guild demanded the pension fund' },
          { actor: 'mayor', proposition: 'auto:park@guild+mill', stance: 'support', evidence: 'Ada Quill backed the park' },
        ],
      });
      writeArticle(store, actors, {
        id: 'a2',
        outlet: 'Outlet B',
        published: '2026-01-06',
        text: 'The Mill backed the pay deal.',
        stances: [{ actor: 'mill', proposition: 'auto:pay-deal@guild+mill', stance: 'support', evidence: 'The Mill backed the pay deal' }],
      });
      // A later report spells the guild's side as its initials.
      writeArticle(store, actors, {
        id: 'a3',
        outlet: 'Outlet C',
        published: '2026-01-07',
        text: 'The Weavers Guild wants a canteen.',
        stances: [{ actor: 'guild', proposition: 'auto:canteen@mill+wg', stance: 'support', evidence: 'The Weavers Guild wants a canteen' }],
      });
      store.db.prepare(`INSERT INTO actor_keys (key, actor_id) VALUES ('o:wg', 'guild')`).run();
      const ids = positionsMatrix(store).propositions.map((p) => p.id);
      expect(ids).toContain('auto:canteen@mill+wg');
      expect(ids).toContain('auto:pay-deal@guild+mill');
      expect(ids).toContain('auto:pension-fund@guild+mill');
      // A bystander's one-off is still no object of the talks.
      expect(ids).not.toContain('auto:park@guild+mill');
    } finally {
      store.close();
    }
  });
});

describe('third parties and spun copies (QA pass 7)', () => {
  it('shows the objects of a third party that takes stances on two of them, not one a bystander names once', () => {
    store = Store.open(':memory:');
    actor('ruritania', 'Ruritania', 'country', 'ruritania');
    actor('freedonia', 'Freedonia', 'country', 'freedonia');
    actor('sylvania', 'Sylvania', 'country', 'sylvania');
    actor('osterlich', 'Osterlich', 'country', 'osterlich');
    doc('t1', '2027-10-14', 'Ruritania and Freedonia back the treaty. Sylvania wants a data committee. Sylvania wants river gauges. Osterlich praised the weather.');
    doc('t2', '2027-10-15', 'Freedonia backs the treaty.');
    stance('t1', 'ruritania', 'ruritania', 'auto:treaty@freedonia+ruritania', 'support', null, [0, 39]);
    stance('t2', 'freedonia', 'freedonia', 'auto:treaty@freedonia+ruritania', 'support', null, [0, 26]);
    stance('t1', 'sylvania', 'sylvania', 'auto:data-committee@freedonia+ruritania', 'support', null, [41, 72]);
    stance('t1', 'sylvania', 'sylvania', 'auto:river-gauges@freedonia+ruritania', 'support', null, [73, 101]);
    stance('t1', 'osterlich', 'osterlich', 'auto:weather@freedonia+ruritania', 'support', null, [102, 131]);
    const ids = positionsMatrix(store).propositions.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['auto:data-committee@freedonia+ruritania', 'auto:river-gauges@freedonia+ruritania']));
    expect(ids).not.toContain('auto:weather@freedonia+ruritania');
  });

  it('leaves out an object only a spun copy takes a stance on (its rewording of the original\'s object)', () => {
    store = Store.open(':memory:');
    actor('ruritania', 'Ruritania', 'country', 'ruritania');
    actor('freedonia', 'Freedonia', 'country', 'freedonia');
    doc('o1', '2027-10-17', 'Ruritania would lift sanctions if Freedonia votes.');
    doc('c1', null, 'Ruritania would lift penalties if Freedonia votes.', 'o1', 'Copycat Daily');
    stance('o1', 'ruritania', 'ruritania', 'auto:sanctions@freedonia+ruritania', 'conditional', null, [0, 50]);
    stance('c1', 'ruritania', 'ruritania', 'auto:lift-penalties@freedonia+ruritania', 'conditional', null, [0, 50]);
    const ids = positionsMatrix(store).propositions.map((p) => p.id);
    expect(ids).toContain('auto:sanctions@freedonia+ruritania');
    expect(ids).not.toContain('auto:lift-penalties@freedonia+ruritania');
  });
});

describe('rows of several talks (QA 11)', () => {
  it('lists each talks\' parties together, in the order of the columns, not interleaved by activity', () => {
    store = Store.open(':memory:');
    actor('marovia', 'Marovia', 'country', 'marovia');
    actor('creditors', 'Creditor Committee', 'organization', 'creditors');
    actor('city', 'Harbour Council', 'organization', 'city');
    actor('rides', 'Zoomcab', 'organization', 'rides');
    actor('drivers', 'Drivers Union', 'organization', 'drivers');
    const text = 'Marovia offered a haircut. The Creditor Committee rejected the haircut. Zoomcab backed the floor. The Drivers Union backed the floor. The Drivers Union rejected the cap. Harbour Council proposed the cap.';
    doc('d1', '2025-03-01', text);
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    // The debt talks are busiest (three stances on the haircut), the city's talks hold the most active row (the union).
    stance('d1', 'marovia', 'marovia', 'auto:haircut@creditors+marovia', 'support', '2025-03-01', at('Marovia offered a haircut'));
    stance('d1', 'creditors', 'creditors', 'auto:haircut@creditors+marovia', 'oppose', '2025-03-01', at('The Creditor Committee rejected the haircut'));
    stance('d1', 'marovia', 'marovia', 'auto:haircut@creditors+marovia', 'support', '2025-03-02', at('Marovia offered a haircut'));
    stance('d1', 'drivers', 'drivers', 'auto:floor@city+rides', 'support', '2025-03-01', at('The Drivers Union backed the floor'));
    stance('d1', 'drivers', 'drivers', 'auto:cap@city+rides', 'oppose', '2025-03-01', at('The Drivers Union rejected the cap'));
    stance('d1', 'rides', 'rides', 'auto:floor@city+rides', 'support', '2025-03-01', at('Zoomcab backed the floor'));
    stance('d1', 'city', 'city', 'auto:cap@city+rides', 'support', '2025-03-01', at('Harbour Council proposed the cap'));
    const m = positionsMatrix(store);
    const group = (id: string) => (m.propositions.findIndex((p) => m.cells.some((c) => c.rowId === id && c.proposition === p.id)) === 0 ? 'debt' : 'city');
    expect(m.propositions[0]!.id).toBe('auto:haircut@creditors+marovia');
    const groups = m.rows.map((r) => group(r.id));
    // Once the city's rows start, no debt row comes after them.
    expect(groups.slice(groups.indexOf('city')).every((g) => g === 'city')).toBe(true);
    expect(groups.filter((g) => g === 'debt')).toHaveLength(2);
  });
});
