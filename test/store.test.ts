import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../src/core/errors.js';
import { ingestDocument } from '../src/ingest/ingest.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { Store } from '../src/store/store.js';
import { defaultKnowledge, rawText, seedFiles, seedRaw } from './helpers/seeds.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'parley-store-'));

describe('Store', () => {
  it('migrates a new database to the latest schema and reopens it', () => {
    const file = join(tmp(), 'a.db');
    const store = Store.open(file);
    expect(store.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    store.close();
    const again = Store.open(file, { create: false });
    expect(again.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    again.close();
  });

  it('round-trips a document with its zones and metadata exactly', () => {
    const store = Store.open(':memory:');
    const text = 'Line one.\r\nLine two — “quoted”.\rLast line 🙂';
    const outcome = ingestDocument(store, rawText('x.txt', text), defaultKnowledge());
    expect(outcome.status).toBe('stored');
    const doc = store.findDocument('x.txt')!;
    expect(doc.text).toBe(text);
    expect(doc.zones.length).toBeGreaterThan(0);
    for (const z of doc.zones) expect(/[\r\n]/.test(text.slice(z.start, z.end))).toBe(false);
    store.close();
  });

  it('stores identical content once', () => {
    const store = Store.open(':memory:');
    const kb = defaultKnowledge();
    const first = ingestDocument(store, seedRaw(seedFiles()[0]!), kb);
    const second = ingestDocument(store, { ...seedRaw(seedFiles()[0]!), name: 'renamed.txt' }, kb);
    expect(first.status).toBe('stored');
    expect(second.status).toBe('unchanged');
    expect(store.documentCount()).toBe(1);
    store.close();
  });

  it('refuses a database that is not Parley’s, without touching it', () => {
    const dir = tmp();
    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    expect(() => Store.open(other)).toThrow(ParleyError);
    expect(() => Store.open(other)).toThrow(/not a Parley database/);
    const check = new Database(other);
    expect(check.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).all()).toEqual([{ name: 'customers' }]);
    check.close();

    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database at all, just text '.repeat(200));
    const err = (() => {
      try {
        Store.open(junk);
      } catch (e) {
        return e as ParleyError;
      }
    })();
    expect(err?.code).toBe('E_DB_NOT_PARLEY');
  });

  it('leaves nothing half-written when a document write fails', () => {
    const store = Store.open(':memory:');
    const kb = defaultKnowledge();
    ingestDocument(store, seedRaw(seedFiles()[0]!), kb);
    const before = store.db.prepare('SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM zones) z, (SELECT count(*) FROM sentences) s').get();
    // Force a failure inside the transaction: a trigger that rejects the next sentence insert.
    store.db.exec(`CREATE TEMP TRIGGER boom BEFORE INSERT ON sentences BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;`);
    const outcome = ingestDocument(store, seedRaw(seedFiles()[1]!), kb);
    expect(outcome.status).toBe('failed');
    const after = store.db.prepare('SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM zones) z, (SELECT count(*) FROM sentences) s').get();
    expect(after).toEqual(before);
    store.close();
  });
});

describe('stance sides by date', () => {
  it("stores a former office holder's stance with no side, and a serving one's with their country", () => {
    const store = Store.open(':memory:');
    const kb = defaultKnowledge();
    const text = 'Former President Joe Biden said he supported a 30-day ceasefire between Russia and Ukraine. President Donald Trump said he supported a 30-day ceasefire too.';
    ingestDocument(store, rawText('sides.txt', text, { given: { published: '2025-03-14' } }), kb);
    const rows = store.db.prepare('SELECT actor_id, party_id FROM stances ORDER BY idx').all() as { actor_id: string; party_id: string | null }[];
    expect(rows.find((r) => r.actor_id === 'joe-biden')).toMatchObject({ party_id: null });
    expect(rows.find((r) => r.actor_id === 'donald-trump')).toMatchObject({ party_id: 'united-states' });
    store.close();
  });
});
