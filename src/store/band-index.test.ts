import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type StoredDocument } from '../core/model.js';
import { BandIndex, sortBandRows } from './band-index.js';
import { Store } from './store.js';

const key = (band: number, hash: number) => `b${String(band).padStart(3, '0')}:${hash.toString(16).padStart(8, '0')}`;

function document(n: number): StoredDocument {
  const inferred = { value: null, confidence: 0, source: 'none' };
  return {
    id: `doc${String(n).padStart(5, '0')}`, name: `d${n}`, source: `d${n}`, url: null, format: 'text', encoding: 'utf-8',
    text: `text ${n}`, contentHash: `hash${n}`, zones: [],
    metadata: { title: inferred, outlet: inferred, published: inferred, language: inferred, byline: inferred } as unknown as StoredDocument['metadata'],
    duplicateOf: null, duplicateSimilarity: null, ingestedAt: '2025-01-01T00:00:00.000Z',
  };
}

/** Writes a document with these band keys through the store, as ingest does. */
function write(store: Store, n: number, bandKeys: string[]): void {
  store.writeDocument({ document: document(n), analysis: emptyAnalysis(), resolution: { actorIds: [], upserts: [] }, minhash: { signature: new Uint32Array(4), bandKeys } });
}

/** A document's keys: one per band (as `minhash` makes them), hashes from a small range so buckets are shared. */
const bandKeysArb = (bands: number, hashes: number) => fc.array(fc.integer({ min: 0, max: hashes - 1 }), { minLength: bands, maxLength: bands }).map((hs) => hs.map((h, b) => key(b, h)));

describe('BandIndex', () => {
  it('answers as the SQL lookup does (most shared bands, then ingest order, at most 200), on shared buckets', () => {
    fc.assert(
      fc.property(fc.array(bandKeysArb(6, 3), { minLength: 1, maxLength: 300 }), bandKeysArb(6, 3), (docs, query) => {
        const store = Store.open(':memory:');
        const index = new BandIndex();
        docs.forEach((keys, n) => {
          write(store, n, keys);
          index.add(document(n).id, n + 1, keys);
        });
        expect(index.candidates(query, Store.NEAR_DUPLICATE_CANDIDATES)).toEqual(store.nearDuplicateIdsBySql(query));
        store.close();
      }),
      { numRuns: 25 },
    );
  });

  it('drops the newest documents on truncate, and answers as if they had never been added', () => {
    const index = new BandIndex();
    const fresh = new BandIndex();
    for (let n = 0; n < 3000; n++) {
      const keys = [key(0, n % 7), key(1, n % 11), key(2, n)];
      index.add(`d${n}`, n + 1, keys);
      if (n < 1500) fresh.add(`d${n}`, n + 1, keys);
    }
    index.truncate(1500);
    expect(index.highestSeq).toBe(1500);
    for (const q of [[key(0, 3), key(1, 5)], [key(2, 1499), key(2, 1500)], [key(1, 2)]]) expect(index.candidates(q, 200)).toEqual(fresh.candidates(q, 200));
  });

  it('refuses keys of another form (the caller looks those up in SQL)', () => {
    const index = new BandIndex();
    expect(index.add('a', 1, ['b07:3fa9c1e2'])).toBe(false);
    expect(index.candidates(['x'], 10)).toBeNull();
  });
});

describe('sortBandRows', () => {
  const byComparison = (rows: [string, string][]) => rows.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const rowArb = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 0xffffffff })), fc.constantFrom('a1', 'b2', 'c3', 'ff00'));

  it('orders rows as sorting their keys and document ids as strings does, shared keys and extreme hashes included', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 300 }), (spec) => {
        const rows = spec.map(([band, hash, doc]): [string, string] => [key(band, hash), doc]);
        const want = byComparison(rows);
        sortBandRows(rows);
        expect(rows).toEqual(want);
      }),
    );
  });

  it('sorts by comparison when a key is of another form', () => {
    const rows: [string, string][] = [[key(2, 5), 'a'], ['b1:zz', 'b'], [key(1, 7), 'c'], [key(1, 7), 'a']];
    const want = byComparison(rows);
    sortBandRows(rows);
    expect(rows).toEqual(want);
  });
});

describe('Store near-duplicate lookup through the band index', () => {
  const lookups = Store.BAND_INDEX_AFTER_LOOKUPS + 8;

  it('matches SQL after savepoint rollbacks, a reused seq, and a write from another connection', () => {
    const store = Store.open(':memory:');
    const keysOf = (n: number) => [key(0, n % 5), key(1, n % 3), key(2, n)];
    let n = 0;
    for (; n < lookups; n++) {
      expect(store.nearDuplicateIds(keysOf(n))).toEqual(store.nearDuplicateIdsBySql(keysOf(n)));
      write(store, n, keysOf(n));
    }
    // A document written and rolled back, then another written with the seq it had.
    const rolledBack = n++;
    expect(() => store.db.transaction(() => {
      write(store, rolledBack, keysOf(rolledBack));
      throw new Error('fails after the write');
    })()).toThrow('fails after the write');
    write(store, n, keysOf(n));
    for (const q of [keysOf(rolledBack), keysOf(n), [key(0, 1), key(1, 1)]]) {
      expect(store.nearDuplicateIds(q)).toEqual(store.nearDuplicateIdsBySql(q));
      expect(store.nearDuplicateIds(q)).not.toContain(document(rolledBack).id);
    }
    // A rollback that is not followed by a write.
    expect(() => store.db.transaction(() => {
      write(store, 900, keysOf(1));
      throw new Error('again');
    })()).toThrow('again');
    expect(store.nearDuplicateIds(keysOf(1))).toEqual(store.nearDuplicateIdsBySql(keysOf(1)));
    store.close();
  });

  it('reads the bands again when another connection has written', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/parley-band-');
    const store = Store.open(`${dir}/a.db`);
    const other = Store.open(`${dir}/a.db`);
    try {
      for (let n = 0; n < lookups; n++) {
        store.nearDuplicateIds([key(0, 1)]);
        write(store, n, [key(0, 1), key(1, n)]);
      }
      write(other, 500, [key(0, 1), key(1, 9999)]);
      expect(store.nearDuplicateIds([key(1, 9999)])).toEqual([document(500).id]);
      expect(store.nearDuplicateIds([key(0, 1)])).toEqual(store.nearDuplicateIdsBySql([key(0, 1)]));
    } finally {
      store.close();
      other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('band rows deferred to the end of a batch', () => {
  it('leaves the table as writing them with each document does, through rollbacks, reused seqs and SQL lookups', () => {
    const keysOf = (n: number) => [key(0, n % 5), key(1, n % 3), key(2, n)];
    const direct = Store.open(':memory:');
    const deferred = Store.open(':memory:');
    const bands = (store: Store) => store.db.prepare('SELECT band_key, doc_id FROM minhash_bands').raw().all();
    const rollBack = (store: Store, n: number) =>
      expect(() => store.db.transaction(() => {
        write(store, n, keysOf(n));
        throw new Error('rolled back');
      })()).toThrow('rolled back');
    for (const store of [direct, deferred]) {
      store.db.exec('BEGIN');
      if (store === deferred) store.deferRows();
      for (let n = 0; n < 60; n++) {
        if (n % 7 === 3) rollBack(store, 1000 + n);
        // A lookup in SQL sees the rows waiting so far.
        if (n % 10 === 5) expect(store.nearDuplicateIdsBySql(keysOf(n - 1))).toContain(document(n - 1).id);
        write(store, n, keysOf(n));
      }
      rollBack(store, 2000);
      store.flushDeferredRows();
      store.db.exec('COMMIT');
    }
    expect(bands(direct)).toHaveLength(180);
    expect(bands(deferred)).toEqual(bands(direct));
    // Not deferring any more: a later document's rows go in with it.
    write(deferred, 500, keysOf(500));
    expect(deferred.nearDuplicateIdsBySql([key(2, 500)])).toEqual([document(500).id]);
  });

  it('answers each candidate with its signature, by slot or read back, the same before and after a rollback', () => {
    const store = Store.open(':memory:');
    const signature = (n: number) => new Uint32Array([n, n + 1, n + 2, n + 3]);
    const writeSigned = (n: number) =>
      store.writeDocument({ document: document(n), analysis: emptyAnalysis(), resolution: { actorIds: [], upserts: [] }, minhash: { signature: signature(n), bandKeys: [key(0, 1), key(1, n)] } });
    for (let n = 0; n < 40; n++) writeSigned(n); // past the SQL lookups, so the index is read
    const lookup = () => store.nearDuplicateCandidates([key(0, 1), key(1, 7)]).map((c) => [c.docId, [...c.signature]]);
    const before = lookup();
    for (let n = 0; n < 40; n++) lookup();
    expect(before[0]).toEqual([document(7).id, [...signature(7)]]);
    expect(before).toHaveLength(40);
    expect(lookup()).toEqual(before);
    expect(() =>
      store.db.transaction(() => {
        writeSigned(40);
        expect(lookup()).toHaveLength(41);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(lookup()).toEqual(before);
    store.close();
  });
});

describe('claim keys deferred to the end of a batch', () => {
  it('writes the keys of the claims still stored, not of rolled-back or cleared ones', () => {
    const store = Store.open(':memory:');
    const newClaim = () => Number(store.db.prepare(`INSERT INTO claims (kind, first_item, first_doc) VALUES ('quote', 'x', 'd')`).run().lastInsertRowid);
    const rolledBack = (key: string) =>
      expect(() => store.db.transaction(() => {
        store.writeClaimKeys(newClaim(), [key]);
        throw new Error('rolled back');
      })()).toThrow('rolled back');
    store.db.exec('BEGIN');
    store.deferRows();
    const a = newClaim();
    store.writeClaimKeys(a, ['q:a:-', 'q:aa:-']);
    rolledBack('q:b:-');
    const c = newClaim(); // the rolled-back claim's id again
    store.writeClaimKeys(c, ['q:c:-']);
    rolledBack('q:d:-');
    expect(store.db.prepare('SELECT count(*) FROM claim_keys').pluck().get()).toBe(0);
    store.flushDeferredRows();
    store.db.exec('COMMIT');
    expect(c).toBe(a + 1);
    expect(store.db.prepare('SELECT key, claim_id FROM claim_keys').raw().all()).toEqual([['q:a:-', a], ['q:aa:-', a], ['q:c:-', c]]);

    store.db.exec('BEGIN');
    store.deferRows();
    store.writeClaimKeys(newClaim(), ['q:e:-']);
    store.clearAnalysisUnsafe();
    store.flushDeferredRows();
    store.db.exec('COMMIT');
    expect(store.db.prepare('SELECT count(*) FROM claim_keys').pluck().get()).toBe(0);
  });
});
