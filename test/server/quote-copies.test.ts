/** A syndicated copy's quotes in the API: marked as a copy, and folded into the original's on request. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../../src/core/paths.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadKnowledge } from '../../src/packs/load.js';
import { createApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let store: Store;
let app: Hono;
const ids: string[] = [];

beforeAll(() => {
  const kb = loadKnowledge();
  store = Store.open(':memory:');
  // The seed with the most quotation marks, and a copy of it under another name with one line added.
  const files = readdirSync(DEMO_DIR).filter((n) => n.endsWith('.txt'));
  const texts = files.map((f) => readFileSync(join(DEMO_DIR, f), 'utf8')).sort((a, b) => (b.match(/[“"]/g)?.length ?? 0) - (a.match(/[“"]/g)?.length ?? 0));
  const original = texts[0]!;
  const lines = original.split('\n');
  const copy = [...lines.slice(0, 1), 'This story was first published by a partner outlet.', ...lines.slice(1)].join('\n');
  for (const [name, text] of [['original.txt', original], ['copy.txt', copy]] as const) {
    const o = ingestDocument(store, { name, source: name, url: null, text, format: 'text', encoding: 'utf-8', given: {} }, kb);
    expect(o.status === 'failed' ? o.error.line() : o.status).toBe('stored');
    if (o.status === 'stored') ids.push(o.id);
  }
  // Whatever the near-duplicate detector decides, the second is a copy of the first here.
  store.db.prepare('UPDATE documents SET duplicate_of = ? WHERE id = ?').run(ids[0], ids[1]);
  app = createApp(store, kb, { web: null, log: () => {} });
});
afterAll(() => store.close());

const call = async (path: string): Promise<Json> => (await app.request(path)).json();

describe('quotes of a syndicated copy', () => {
  it('are marked as a copy, and listed once, on the original, when folded', async () => {
    const all = await call('/api/quotes?limit=500');
    const ofCopy = all.items.filter((q: Json) => q.doc.id === ids[1]);
    const ofOriginal = all.items.filter((q: Json) => q.doc.id === ids[0]);
    expect(ofOriginal.length).toBeGreaterThan(0);
    expect(ofCopy.length).toBeGreaterThan(0);
    for (const q of ofCopy) expect(q.doc.copyOf).toEqual({ id: ids[0], name: 'original.txt' });
    for (const q of ofOriginal) expect(q.doc.copyOf).toBeNull();

    const folded = await call('/api/quotes?limit=500&copies=fold');
    const key = (q: Json) => `${q.machineSpeaker?.id ?? q.source?.text ?? ''}|${q.text}`;
    const originalKeys = new Set(ofOriginal.map(key));
    const repeated = ofCopy.filter((q: Json) => originalKeys.has(key(q)));
    expect(repeated.length).toBeGreaterThan(0);
    expect(folded.total).toBe(all.total - repeated.length);
    expect(folded.items.filter((q: Json) => q.doc.id === ids[1]).every((q: Json) => !originalKeys.has(key(q)))).toBe(true);
    const withCopies = folded.items.filter((q: Json) => q.alsoIn.length > 0);
    expect(withCopies.length).toBe(new Set(repeated.map(key)).size);
    for (const q of withCopies) expect(q.alsoIn).toEqual([{ id: ids[1], name: 'copy.txt' }]);
  });

  it('an actor page lists each statement once', async () => {
    const folded = (await call('/api/quotes?limit=500&copies=fold')).items.filter((q: Json) => q.speaker && q.alsoIn.length > 0);
    expect(folded.length).toBeGreaterThan(0);
    const speaker = folded[0].speaker.id;
    const actor = await call(`/api/actors/${encodeURIComponent(speaker)}`);
    const same = actor.quotes.filter((q: Json) => q.text === folded[0].text);
    expect(same).toHaveLength(1);
    expect(same[0].alsoIn).toEqual([{ id: ids[1], name: 'copy.txt' }]);
  });
});
