import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations.js';
import { Store } from './store.js';

/** A database as Parley left it at schema `version`. */
function databaseAt(version: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-migrate-')), 'old.db');
  const db = new Database(file);
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) db.exec(m.sql);
  db.pragma(`user_version = ${version}`);
  const doc = db.prepare(
    `INSERT INTO documents (id, name, source, format, encoding, text, content_hash, metadata_json, ingested_at) VALUES (?, ?, ?, 'text', 'utf-8', ?, ?, '{}', '2025-03-01')`,
  );
  for (const id of ['doc-a', 'doc-b', 'doc-c']) doc.run(id, `${id}.txt`, `${id}.txt`, id, `hash-${id}`);
  // Written in ingest order: doc-c's bands after doc-a's, so doc-a wins a tie on shared bands.
  const band = db.prepare('INSERT INTO minhash_bands (band_key, doc_id) VALUES (?, ?)');
  for (const [key, id] of [['b000:1', 'doc-a'], ['b001:2', 'doc-a'], ['b000:1', 'doc-c'], ['b001:2', 'doc-c'], ['b002:3', 'doc-b']]) band.run(key, id);
  const signature = db.prepare('INSERT INTO minhash_signatures (doc_id, signature) VALUES (?, ?)');
  for (const id of ['doc-a', 'doc-b', 'doc-c']) signature.run(id, Buffer.from(new Uint32Array(256).buffer));
  const claim = db.prepare(`INSERT INTO claims (id, kind, speaker_actor, tokens, first_item, first_doc) VALUES (?, 'quote', ?, ?, ?, 'doc-a')`);
  claim.run(1, 'vladimir-putin', 'ceasefire talks', 'doc-a:q0');
  claim.run(2, null, 'ceasefire grain', 'doc-a:q1');
  const key = db.prepare('INSERT INTO claim_keys (key, claim_id) VALUES (?, ?)');
  for (const [k, id] of [['q:vladimir-putin:ceasefire', 1], ['q:*:ceasefire', 1], ['q:-:ceasefire', 2], ['q:*:ceasefire', 2], ['q:-:grain', 2], ['q:*:grain', 2]] as const) key.run(k, id);
  db.close();
  return file;
}

describe('migration 5', () => {
  it('rewrites quote-claim keys token first and drops the speaker-blind copies', () => {
    const store = Store.open(databaseAt(4));
    expect(store.schemaVersion()).toBeGreaterThanOrEqual(5);
    const keys = store.db.prepare('SELECT key, claim_id AS claim FROM claim_keys ORDER BY key, claim_id').all();
    expect(keys).toEqual([
      { key: 'q:ceasefire:-', claim: 2 },
      { key: 'q:ceasefire:vladimir-putin', claim: 1 },
      { key: 'q:grain:-', claim: 2 },
    ]);
    store.close();
  });

  it('keeps every MinHash band and still ranks candidates by shared bands, then ingest order', () => {
    const store = Store.open(databaseAt(4));
    expect(store.db.prepare('SELECT count(*) AS n FROM minhash_bands').get()).toEqual({ n: 5 });
    expect(store.db.prepare('SELECT count(*) AS n FROM minhash_bands WHERE band_key = ?').get('b000:1')).toEqual({ n: 2 });
    const ranked = store.nearDuplicateCandidates(['b000:1', 'b001:2', 'b002:3']).map((c) => c.docId);
    expect(ranked).toEqual(['doc-a', 'doc-c', 'doc-b']);
    store.close();
  });
});

describe('migration 6', () => {
  it('adds the punctuation-free form of every body’s and country’s name key, and leaves persons’ keys alone', () => {
    const file = databaseAt(5);
    const db = new Database(file);
    db.prepare(`INSERT INTO actors (id, name, type, aliases_json, roles_json) VALUES ('guild', 'Machinists Guild, Local 12', 'organization', '[]', '[]'), ('navy', 'U.S. Navy', 'organization', '[]', '[]'), ('ann', 'Ann Lee', 'person', '[]', '[]')`).run();
    const key = db.prepare('INSERT INTO actor_keys (key, actor_id) VALUES (?, ?)');
    for (const [k, id] of [['o:machinists guild, local 12', 'guild'], ['o:u.s. navy', 'navy'], ['n:ann|lee', 'ann']]) key.run(k, id);
    db.close();
    const store = Store.open(file);
    const keys = store.db.prepare('SELECT key, actor_id AS actor FROM actor_keys ORDER BY actor_id, key').all();
    expect(keys).toEqual([
      { key: 'n:ann|lee', actor: 'ann' },
      { key: 'o:machinists guild local 12', actor: 'guild' },
      { key: 'o:machinists guild, local 12', actor: 'guild' },
      { key: 'o:u.s. navy', actor: 'navy' },
      { key: 'o:us navy', actor: 'navy' },
    ]);
    store.close();
  });
});

describe('migration 7', () => {
  it('rebuilds the views\' covering index of documents with the outlet, under the same name', () => {
    const store = Store.open(databaseAt(6));
    const columns = store.db.prepare(`SELECT name FROM pragma_index_info('documents_timeline') ORDER BY seqno`).pluck().all();
    expect(columns).toEqual(['id', 'seq', 'published', 'duplicate_of', 'outlet']);
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT d.seq, d.published, d.outlet FROM documents d INDEXED BY documents_timeline WHERE d.id = 'doc-a'`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX documents_timeline');
    store.close();
  });
});

describe('migration 8', () => {
  it('adds a covering index the timeline\'s scan of events picks without a hint (until migration 10 drops it)', () => {
    const store = new Database(databaseAt(8), { readonly: true });
    const plan = store
      .prepare(`EXPLAIN QUERY PLAN SELECT e.rowid, e.date, json_array(e.type, e.mode, e.negated, e.modality, e.actors_json, e.targets_json), e.evidence_start
        FROM events e JOIN claim_members m ON m.item_id = e.id WHERE e.type <> 'STATEMENT'`)
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX events_timeline');
    store.close();
  });
});

describe('migration 10', () => {
  it('drops the covering index of events the timeline no longer reads', () => {
    const store = Store.open(databaseAt(9));
    expect(store.db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'events_timeline'`).pluck().get()).toBe(0);
    store.close();
  });
});
