import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAnalysis, type StoredDocument } from '../core/model.js';
import { textSpan } from '../core/span.js';
import { personKeys, resolveEntities } from '../corpus/actors/resolve.js';
import { loadKnowledge } from '../packs/load.js';
import { Store } from './store.js';

// The store keeps actor rows and keys in memory for resolution; these check that what it answers is always
// what the tables hold, after a rollback, a write by another connection or by SQL, and a re-analysis.
const kb = loadKnowledge([], []);

/** Resolves and writes a document naming these people (one mention each), as ingest does. */
function ingest(store: Store, id: string, names: readonly string[]): void {
  const text = `${names.join(' met ')}.`;
  const analysis = emptyAnalysis();
  let at = 0;
  names.forEach((name, i) => {
    analysis.entities.push({ type: 'person', name, packId: null, party: null, roles: [], mentions: [i] });
    analysis.mentions.push({ ...textSpan(text, at, at + name.length), entity: i, kind: 'name', provenance: { stage: 'actors', rule: 'test', confidence: 1 } });
    at += name.length + ' met '.length;
  });
  const inferred = <T>(value: T | null) => ({ value, origin: 'test', confidence: 1 });
  const document: StoredDocument = {
    id,
    name: `${id}.txt`,
    source: `${id}.txt`,
    url: null,
    format: 'text',
    encoding: 'utf-8',
    text,
    contentHash: `hash-${id}`,
    zones: [{ start: 0, end: text.length, kind: 'body', rule: 'test' }],
    metadata: { title: inferred(null), outlet: inferred(null), published: inferred('2025-03-10'), language: inferred('en'), byline: inferred(null) },
    duplicateOf: null,
    duplicateSimilarity: null,
    ingestedAt: '2025-01-01T00:00:00Z',
  };
  store.writeDocument({ document, analysis, resolution: resolveEntities(analysis, store, kb), minhash: null });
}

/** The actor as its row says, read past any cache. */
function stored(store: Store, id: string) {
  const row = store.db.prepare('SELECT * FROM actors WHERE id = ?').get(id) as { name: string; aliases_json: string; mention_count: number; doc_count: number } | undefined;
  return row && { name: row.name, aliases: JSON.parse(row.aliases_json) as string[], mentionCount: row.mention_count, docCount: row.doc_count };
}

function answered(store: Store, id: string) {
  const a = store.get(id);
  return a && { name: a.name, aliases: a.aliases, mentionCount: a.mentionCount, docCount: a.docCount };
}

const candidateIds = (store: Store, name: string) => store.candidates(personKeys([name])).map((a) => a.id);

let store: Store;
beforeEach(() => {
  store = Store.open(':memory:');
});
afterEach(() => store.close());

describe('actors kept in memory', () => {
  it('keeps counts and aliases as stored while documents are added', () => {
    ingest(store, 'd1', ['Rufus Firefly']);
    ingest(store, 'd2', ['Rufus Firefly', 'Chicolini Pastafazool']);
    ingest(store, 'd3', ['Rufus T. Firefly']);
    expect(stored(store, 'rufus-firefly')).toMatchObject({ mentionCount: 3, docCount: 3 });
    expect(answered(store, 'rufus-firefly')).toEqual(stored(store, 'rufus-firefly'));
    expect(answered(store, 'chicolini-pastafazool')).toEqual(stored(store, 'chicolini-pastafazool'));
  });

  it('forgets what a rolled-back document wrote, inside a batch transaction too', () => {
    ingest(store, 'd1', ['Rufus Firefly']);
    store.db.exec('BEGIN IMMEDIATE');
    expect(() =>
      store.db.transaction(() => {
        ingest(store, 'd2', ['Rufus T. Firefly', 'Chicolini Pastafazool']);
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(answered(store, 'chicolini-pastafazool')).toBeUndefined();
    expect(candidateIds(store, 'Chicolini Pastafazool')).toEqual([]);
    expect(answered(store, 'rufus-firefly')).toEqual(stored(store, 'rufus-firefly'));
    expect(stored(store, 'rufus-firefly')).toMatchObject({ aliases: ['Rufus Firefly'], mentionCount: 1 });
    ingest(store, 'd3', ['Rufus Firefly', 'Chicolini Pastafazool']);
    store.db.exec('COMMIT');
    // Had the cache kept the rolled-back alias, this upsert would have been skipped as unchanged.
    expect(stored(store, 'rufus-firefly')).toMatchObject({ aliases: ['Rufus Firefly'], mentionCount: 2, docCount: 2 });
    expect(stored(store, 'chicolini-pastafazool')).toMatchObject({ mentionCount: 1, docCount: 1 });
    expect(answered(store, 'chicolini-pastafazool')).toEqual(stored(store, 'chicolini-pastafazool'));
    expect(candidateIds(store, 'Chicolini Pastafazool')).toEqual(['chicolini-pastafazool']);
  });

  it('sees actors changed by SQL on the same connection', () => {
    ingest(store, 'd1', ['Rufus Firefly']);
    expect(answered(store, 'rufus-firefly')?.name).toBe('Rufus Firefly');
    store.db.prepare(`UPDATE actors SET name = 'R. Firefly', aliases_json = '["R. Firefly"]' WHERE id = 'rufus-firefly'`).run();
    expect(answered(store, 'rufus-firefly')).toEqual(stored(store, 'rufus-firefly'));
    ingest(store, 'd2', ['Rufus Firefly']);
    expect(stored(store, 'rufus-firefly')?.aliases).toEqual(['R. Firefly', 'Rufus Firefly']);
  });

  it('still sees SQL writes after journals move to memory (which remakes the TEMP epoch objects)', () => {
    ingest(store, 'd1', ['Rufus Firefly']);
    expect(answered(store, 'rufus-firefly')?.name).toBe('Rufus Firefly');
    store.keepSubJournalsInMemory();
    expect(store.db.pragma('temp_store', { simple: true })).toBe(2);
    expect(answered(store, 'rufus-firefly')).toEqual(stored(store, 'rufus-firefly'));
    store.db.prepare(`UPDATE actors SET name = 'R. Firefly', aliases_json = '["R. Firefly"]' WHERE id = 'rufus-firefly'`).run();
    expect(answered(store, 'rufus-firefly')).toEqual(stored(store, 'rufus-firefly'));
    ingest(store, 'd2', ['Rufus Firefly']);
    expect(stored(store, 'rufus-firefly')).toMatchObject({ aliases: ['R. Firefly', 'Rufus Firefly'], mentionCount: 2, docCount: 2 });
  });

  it('forgets every actor when this connection clears the analysis (re-analysis)', () => {
    ingest(store, 'd1', ['Rufus Firefly']);
    expect(candidateIds(store, 'Rufus Firefly')).toEqual(['rufus-firefly']);
    store.db.transaction(() => store.clearAnalysisUnsafe())();
    expect(answered(store, 'rufus-firefly')).toBeUndefined();
    expect(candidateIds(store, 'Rufus Firefly')).toEqual([]);
    ingest(store, 'd2', ['Rufus Firefly']);
    expect(stored(store, 'rufus-firefly')).toMatchObject({ mentionCount: 1, docCount: 1 });
  });

  it('sees actors another connection has written', () => {
    const file = join(tmpdir(), `parley-actor-cache-${process.pid}-${Date.now()}.db`);
    const one = Store.open(file);
    const two = Store.open(file);
    try {
      ingest(one, 'd1', ['Rufus Firefly']);
      expect(candidateIds(one, 'Chicolini Pastafazool')).toEqual([]);
      ingest(two, 'd2', ['Rufus T. Firefly', 'Chicolini Pastafazool']);
      expect(candidateIds(one, 'Chicolini Pastafazool')).toEqual(['chicolini-pastafazool']);
      expect(answered(one, 'rufus-firefly')).toEqual(stored(one, 'rufus-firefly'));
      ingest(one, 'd3', ['Rufus Firefly']);
      expect(stored(one, 'rufus-firefly')).toMatchObject({ mentionCount: 3, docCount: 3 });
      expect(answered(two, 'rufus-firefly')).toEqual(stored(two, 'rufus-firefly'));
    } finally {
      one.close();
      two.close();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    }
  });
});
