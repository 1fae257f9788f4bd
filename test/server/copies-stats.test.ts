/** Copies in the web app's counts and article list: a syndicated copy is marked as one and not counted as a source. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/packs/load.js';
import { createApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import { writeArticle, type TestActor } from '../helpers/corpus-fixture.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ACTORS: TestActor[] = [
  { id: 'ruritania', name: 'Ruritania' },
  { id: 'freedonia', name: 'Freedonia' },
];
const TEXT = 'Ruritania rejected the statute. "We will never sign it," Ruritania said.';
let store: Store;
const call = async (path: string): Promise<Json> => (await createApp(store, loadKnowledge(), { web: null, log: () => {} }).request(path)).json();

beforeAll(() => {
  store = Store.open(':memory:');
  const article = (id: string, outlet: string, published: string, duplicateOf?: string) =>
    writeArticle(store, ACTORS, {
      id,
      outlet,
      published,
      duplicateOf,
      text: TEXT,
      quotes: [{ text: 'We will never sign it,', speaker: 'ruritania' }],
      stances: [{ actor: 'ruritania', proposition: 'auto:statute@freedonia+ruritania', stance: 'oppose', evidence: 'Ruritania rejected the statute' }],
    });
  article('orig', 'Wire Service', '2025-10-14');
  article('copy', 'Partner Daily', '2025-10-15', 'orig');
  // The fixture writes no mentions; the actor page's names come from them.
  for (const doc of ['orig', 'copy']) {
    store.db.prepare(`INSERT INTO mentions (doc_id, idx, entity_idx, actor_id, start, "end", text, kind, rule, confidence) VALUES (?, 0, 0, 'ruritania', 0, 9, 'Ruritania', 'name', 'test', 1)`).run(doc);
  }
  store.db.prepare(`INSERT OR IGNORE INTO propositions (id, label, statement, origin) VALUES ('unused-truce', 'unused truce', 'A truce nobody reports', 'test')`).run();
});
afterAll(() => store.close());

describe('stats and the article list with a syndicated copy', () => {
  it('counts the copy as an article but not as an independent one, and its repeated quote once', async () => {
    const stats = await call('/api/stats');
    expect(stats.documents).toBe(2);
    expect(stats.independentDocuments).toBe(1);
    expect(stats.quotes).toBe(2);
    expect(stats.quotesFolded).toBe((await call('/api/quotes?copies=fold&limit=50')).total);
    expect(stats.quotesFolded).toBe(1);
  });

  it('offers as filter choices only the propositions some stance is about', async () => {
    const ids = (await call('/api/stats')).propositions.map((p: Json) => p.id);
    expect(ids).not.toContain('unused-truce');
  });

  it("marks a copy in the article list with its original's outlet", async () => {
    const items = (await call('/api/documents?limit=10')).items;
    const copy = items.find((d: Json) => d.id === 'copy');
    expect(copy.duplicateOf).toBe('orig');
    expect(copy.copyOfSource).toBe('Wire Service');
    expect(items.find((d: Json) => d.id === 'orig').copyOfSource).toBeNull();
  });
});

describe('names seen on an actor page', () => {
  it("tell a report and its copy apart by outlet and date, since they share a title", async () => {
    const names = (await call('/api/actors/ruritania')).namesSeen;
    const docs = names.find((n: Json) => n.name === 'Ruritania').docs;
    expect(docs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'orig', outlet: 'Wire Service', published: '2025-10-14' }),
        expect.objectContaining({ id: 'copy', outlet: 'Partner Daily', published: '2025-10-15' }),
      ]),
    );
  });
});
