import { describe, expect, it } from 'vitest';
import { exportJsonChunks } from '../src/export/export.js';
import { reanalyseAll } from '../src/ingest/reanalyse.js';
import { defaultKnowledge, seedStore } from './helpers/seeds.js';

const snapshot = (store: ReturnType<typeof seedStore>) => {
  const e = JSON.parse([...exportJsonChunks(store)].join(''));
  return { actors: e.actors.length, mentions: e.mentions, quotes: e.quotes, stances: e.stances, events: e.events };
};

describe('reanalyseAll', () => {
  it('rebuilds every annotation identically and keeps documents and corrections', () => {
    const store = seedStore();
    const before = snapshot(store);
    expect(before.mentions.length).toBeGreaterThan(0);
    store.db
      .prepare(`INSERT INTO corrections (target_kind, target_id, target_key, action, created_at) VALUES ('stance', 'x', '{}', 'reject', '2025-01-01')`)
      .run();
    const claimsBefore = store.db.prepare('SELECT count(*) FROM claims').pluck().get();
    expect(reanalyseAll(store, defaultKnowledge())).toBe(5);
    expect(snapshot(store)).toEqual(before);
    expect(store.db.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(claimsBefore);
    expect(store.db.prepare('SELECT count(*) FROM corrections').pluck().get()).toBe(1);
    expect(store.documentCount()).toBe(5);
    store.close();
  });
});
