import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeArticle, type TestActor, type TestArticle } from '../../test/helpers/corpus-fixture.js';
import { Store } from '../store/store.js';
import { claimOf } from './claims.js';

// The quote matcher keeps candidate claims in memory; these check it never answers for a claim id that a
// rollback or another connection has given to a different claim.
const ACTORS: TestActor[] = [
  { id: 'firefly', name: 'Rufus Firefly', type: 'person' },
  { id: 'trentino', name: 'Ambassador Trentino', type: 'person' },
];
const TRUCE = 'We will never accept a truce that leaves foreign soldiers on our land';
const PORT = 'The port will reopen to grain ships by the end of the week';

let store: Store;
beforeEach(() => {
  store = Store.open(':memory:');
});
afterEach(() => store.close());

const article = (id: string, quote: string, speaker = 'firefly'): TestArticle => ({
  id,
  outlet: id,
  published: '2025-03-10',
  text: `“${quote}.”`,
  quotes: [{ text: quote, speaker }],
});

describe('quote claims kept in memory', () => {
  it('does not match a quote to a claim a rollback removed, when its id is reused', () => {
    writeArticle(store, ACTORS, article('a1', PORT));
    // The truce claim is created (and remembered), then rolled back: its id is handed out again.
    expect(() =>
      store.db.transaction(() => {
        writeArticle(store, ACTORS, article('b1', TRUCE));
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    writeArticle(store, ACTORS, article('c1', PORT.replace('grain', 'cargo'), 'trentino'));
    // c1's quote takes the rolled-back id; d1 repeats the truce quote and must not join c1's port claim.
    writeArticle(store, ACTORS, article('d1', TRUCE, 'trentino'));
    expect(claimOf(store, 'd1:q0')!.id).not.toBe(claimOf(store, 'c1:q0')!.id);
    expect(claimOf(store, 'd1:q0')!.reports.map((r) => r.docId)).toEqual(['d1']);
    // And the port quote of another speaker still finds the port claim of its own speaker only.
    writeArticle(store, ACTORS, article('e1', PORT, 'trentino'));
    expect(claimOf(store, 'e1:q0')!.id).toBe(claimOf(store, 'c1:q0')!.id);
  });

  it('reads the claim keys a batch has not written yet, but for those of rolled-back claims', () => {
    const waiting = (token: string) => store.waitingClaimKeys(`q:${token}:`).map((k) => [k.key, k.claimId]);
    store.db.exec('BEGIN');
    store.deferRows();
    writeArticle(store, ACTORS, article('a1', PORT));
    expect(waiting('reopen')).toEqual([['q:reopen:firefly', 1]]);
    expect(() =>
      store.db.transaction(() => {
        writeArticle(store, ACTORS, article('b1', TRUCE));
        expect(waiting('soldiers')).toEqual([['q:soldiers:firefly', 2]]);
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(waiting('soldiers')).toEqual([]);
    // A claim that takes the rolled-back id replaces its keys.
    writeArticle(store, ACTORS, article('c1', TRUCE.replace('soldiers', 'troops'), 'trentino'));
    expect(waiting('soldiers')).toEqual([]);
    expect(waiting('troops')).toEqual([['q:troops:trentino', 2]]);
    expect(store.db.prepare('SELECT count(*) FROM claim_keys').pluck().get()).toBe(0);
    store.flushDeferredRows();
    store.db.exec('COMMIT');
    expect(waiting('troops')).toEqual([]);
    // What a store written without a batch holds.
    const unbatched = Store.open(':memory:');
    try {
      writeArticle(unbatched, ACTORS, article('a1', PORT));
      writeArticle(unbatched, ACTORS, article('c1', TRUCE.replace('soldiers', 'troops'), 'trentino'));
      const keys = (s: Store) => s.db.prepare('SELECT key, claim_id FROM claim_keys').raw().all();
      expect(keys(store)).toEqual(keys(unbatched));
    } finally {
      unbatched.close();
    }
  });

  it('forgets remembered claims when this connection deletes the analysis tables (re-analysis)', () => {
    writeArticle(store, ACTORS, article('a1', PORT));
    writeArticle(store, ACTORS, article('a2', PORT));
    expect(claimOf(store, 'a2:q0')!.id).toBe(claimOf(store, 'a1:q0')!.id);
    store.db.transaction(() => store.clearAnalysisUnsafe())();
    // The old claim is gone with its keys: a new report of the same statement starts a claim of its own.
    writeArticle(store, ACTORS, article('b1', PORT));
    const claim = claimOf(store, 'b1:q0')!;
    expect(claim.id).not.toBe(1);
    expect(claim.reports.map((r) => r.docId)).toEqual(['b1']);
    writeArticle(store, ACTORS, article('b2', PORT.replace('grain', 'cargo'), 'trentino'));
    expect(claimOf(store, 'b2:q0')!.reports.map((r) => r.docId)).toEqual(['b2']);
  });

  it('forgets remembered claims when another connection has committed (it may have reused an id)', () => {
    const file = join(tmpdir(), `parley-claims-cache-${process.pid}-${Date.now()}.db`);
    const one = Store.open(file);
    const two = Store.open(file);
    try {
      writeArticle(one, ACTORS, article('a1', PORT));
      expect(() =>
        one.db.transaction(() => {
          writeArticle(one, ACTORS, article('b1', TRUCE));
          throw new Error('rollback');
        })(),
      ).toThrow('rollback');
      // The other connection takes the rolled-back id and moves the sequence past it.
      writeArticle(two, ACTORS, article('c1', PORT.replace('grain', 'cargo'), 'trentino'));
      writeArticle(two, ACTORS, article('x1', 'Talks on the exchange of prisoners will resume in Geneva next month'));
      writeArticle(one, ACTORS, article('e1', PORT, 'trentino'));
      expect(claimOf(one, 'e1:q0')!.id).toBe(claimOf(one, 'c1:q0')!.id);
    } finally {
      one.close();
      two.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  });
});
