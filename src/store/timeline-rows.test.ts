/**
 * The timeline's rows kept current on write (migration 9): triggers keep them equal to what the migration's
 * back-fill computes from the events and stances, through ingest, claims, copies and re-analysis, and the
 * timeline reads the same answers from them as from the tables themselves (a database opened read-only
 * before the migration).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateClaimsForDocument } from '../corpus/claims.js';
import { EVIDENCE_TO_READ } from '../corpus/stance-relations.js';
import { EVENT_DATE, timelinePage } from '../corpus/timeline.js';
import { syntheticDocument, writeSynthetic } from '../../test/server/synthetic.js';
import { ApiQueries } from '../server/queries.js';
import { MIGRATIONS } from './migrations.js';
import { Store } from './store.js';

const V9 = MIGRATIONS.find((m) => m.version === 9)!;

/** The rows as the timeline reads them, with each shape as its text (numbering depends on write order). */
function rows(store: Store): unknown {
  return {
    events: store.db.prepare('SELECT t.event, t.date, t.seq, t.idx, t.claim, s.shape, t.root, t.evidence_start FROM timeline_events t JOIN timeline_shapes s ON s.id = t.shape ORDER BY t.event').raw().all(),
    stances: store.db.prepare('SELECT t.seq, t.idx, t.stance, t.date, s.shape, t.had_text, t.proposition FROM timeline_stances t JOIN timeline_shapes s ON s.id = t.shape ORDER BY t.seq, t.idx').raw().all(),
  };
}

/** A store of synthetic articles with claims and two copies (a copy's stances are left out, its events kept). */
function corpus(file: string): Store {
  const store = Store.open(file);
  const ids = writeSynthetic(store, 60, 0, 3);
  for (const [n, original] of [[1, ids[4]!], [2, ids[9]!]] as const) {
    const w = syntheticDocument({ i: 100 + n });
    store.writeDocument({ ...w, document: { ...w.document, id: `copy-${n}`, contentHash: `copy-hash-${n}`, duplicateOf: original, duplicateSimilarity: 0.9 } });
    ids.push(`copy-${n}`);
  }
  store.db.transaction(() => {
    for (const id of ids) updateClaimsForDocument(store, id);
  })();
  return store;
}

const FILTERS = [{}, { limit: 7, offset: 3 }, { actor: 'russia' }, { proposition: 'ceasefire' }, { since: '2025-03-10', until: '2025-03-20' }, { attributed: true }];

describe('migration 9: the timeline rows', () => {
  it('uses the timeline\'s own expressions for an event\'s date and the stance evidence it reads', () => {
    expect(V9.sql).toContain(EVENT_DATE);
    expect(V9.sql).toContain(EVIDENCE_TO_READ);
    expect(V9.sql).toContain(EVENT_DATE.replaceAll('e.', 'NEW.'));
    expect(V9.sql).toContain(EVIDENCE_TO_READ.replaceAll('s.', 'NEW.'));
  });

  it('keeps on write the rows the back-fill computes, and the timeline reads the same from either', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-tl-rows-')), 'corpus.db');
    const store = corpus(file);
    expect(store.db.prepare('SELECT count(*) FROM timeline_events WHERE claim IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    expect(store.db.prepare('SELECT count(*) FROM timeline_stances').pluck().get()).toBe(60);
    const written = rows(store);
    const answers = FILTERS.map((f) => timelinePage(store, f));
    // As a database written before migration 9: no rows, schema 8.
    for (const t of store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'timeline%'`).pluck().all() as string[]) store.db.exec(`DROP TRIGGER ${t}`);
    store.db.exec('DROP TABLE timeline_events; DROP TABLE timeline_stances; DROP TABLE timeline_shapes; PRAGMA user_version = 8');
    store.close();
    const old = Store.open(file, { readonly: true });
    expect(FILTERS.map((f) => timelinePage(old, f))).toEqual(answers);
    old.close();
    const upgraded = Store.open(file);
    expect(upgraded.schemaVersion()).toBeGreaterThanOrEqual(9);
    expect(rows(upgraded)).toEqual(written);
    expect(FILTERS.map((f) => timelinePage(upgraded, f))).toEqual(answers);
    upgraded.close();
  });

  it('follows claims written again, re-analysis and updates', () => {
    const store = corpus(':memory:');
    const first = store.db.prepare('SELECT doc_id FROM events ORDER BY rowid LIMIT 1').pluck().get() as string;
    store.db.transaction(() => updateClaimsForDocument(store, first))();
    store.db.prepare(`UPDATE events SET date = '2025-04-01' WHERE rowid = 3`).run();
    store.db.prepare(`UPDATE stances SET stance = 'oppose' WHERE rowid = 5`).run();
    const kept = rows(store);
    store.db.exec('DELETE FROM timeline_events; DELETE FROM timeline_stances; DELETE FROM timeline_shapes');
    store.db.exec(V9.sql.slice(V9.sql.indexOf('-- The rows of a database written before this migration.')));
    expect(rows(store)).toEqual(kept);
    store.clearAnalysisUnsafe();
    expect(store.db.prepare('SELECT (SELECT count(*) FROM timeline_events) + (SELECT count(*) FROM timeline_stances)').pluck().get()).toBe(0);
    store.close();
  });

  it('survive compaction: `compact` VACUUMs (which may renumber the rows they and the quote search point to) and rebuilds both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-tl-vacuum-'));
    const answersOf = (store: Store) => {
      const api = new ApiQueries(store);
      const words = store.db.prepare('SELECT text FROM quotes ORDER BY rowid DESC LIMIT 3').pluck().all() as string[];
      return { timeline: FILTERS.map((f) => timelinePage(store, f)), search: words.map((w) => api.listQuotes({ q: w.split(/\s+/).slice(0, 3).join(' '), limit: 50, offset: 0 }).items.map((q) => q.id)) };
    };
    // Annotations deleted from the front (as a correction or a tool might) leave gaps in the rowids, which VACUUM may close.
    const gapped = (file: string) => {
      const store = corpus(file);
      const first = store.db.prepare('SELECT id FROM documents ORDER BY seq LIMIT 3').pluck().all() as string[];
      for (const table of ['stances', 'events', 'quotes']) for (const id of first) store.db.prepare(`DELETE FROM ${table} WHERE doc_id = ?`).run(id);
      return store;
    };
    const compacted = gapped(join(dir, 'compacted.db'));
    const expected = answersOf(compacted);
    expect(expected.search.flat().length).toBeGreaterThan(0);
    // What a renumbering VACUUM would leave pointing at the wrong rows, emptied: compact must make it all again.
    compacted.db.exec(`DELETE FROM timeline_events; DELETE FROM timeline_stances; INSERT INTO quotes_fts(quotes_fts) VALUES ('delete-all')`);
    expect(answersOf(compacted)).not.toEqual(expected);
    expect(compacted.compact()).toBeGreaterThanOrEqual(0);
    expect(answersOf(compacted)).toEqual(expected);
    // Interrupted between VACUUM and the rebuild: the next open finishes it.
    compacted.db.exec(`INSERT INTO parley_meta (key, value) VALUES ('rebuild_after_vacuum', '1'); DELETE FROM timeline_stances`);
    compacted.close();
    const reopened = Store.open(join(dir, 'compacted.db'));
    expect(answersOf(reopened)).toEqual(expected);
    expect(reopened.db.prepare(`SELECT count(*) FROM parley_meta WHERE key = 'rebuild_after_vacuum'`).pluck().get()).toBe(0);
    reopened.close();
  });
});
