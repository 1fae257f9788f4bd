/** QA 12: an actor's page lists a wire story's stances and events once, and the quotes view lists statements as the CLI does. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/packs/load.js';
import { createApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import { writeArticle, type TestActor } from '../helpers/corpus-fixture.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ACTORS: TestActor[] = [
  { id: 'marovia', name: 'Marovia' },
  { id: 'ferro-mining', name: 'Ferro Mining' },
];
const STORY = 'Ferro Mining rejected the demand for a larger state stake. Ferro Mining threatened arbitration. The "reset" talks went on. Marovia said the deal would be "fair and final" in the end.';
let store: Store;
const call = async (path: string): Promise<Json> => (await createApp(store, loadKnowledge(), { web: null, log: () => {} }).request(path)).json();

beforeAll(() => {
  store = Store.open(':memory:');
  const article = (id: string, outlet: string, duplicateOf: string | null) =>
    writeArticle(store, ACTORS, {
      id,
      outlet,
      published: '2025-09-09',
      duplicateOf,
      text: STORY,
      quotes: [
        { text: 'reset', speaker: null },
        { text: 'the deal would be "fair and final" in the end', speaker: 'marovia' },
        { text: 'fair and final', speaker: 'marovia' },
      ],
      events: [{ trigger: 'threatened', type: 'THREATEN', actors: ['ferro-mining'] }],
      stances: [{ actor: 'ferro-mining', proposition: 'auto:stake@ferro-mining+marovia', stance: 'oppose', evidence: 'Ferro Mining rejected the demand for a larger state stake' }],
    });
  article('wire', 'Wire Service', null);
  article('syndicated', 'Wire Service', 'wire');
  // A scare quote, as the quotes stage stores one: under 0.5 confidence.
  store.db.prepare(`UPDATE quotes SET confidence = 0.3, kind = 'partial' WHERE text = 'reset'`).run();
});
afterAll(() => store.close());

describe('/api/actors/:id with a syndicated copy', () => {
  it('lists the stance and the event the copy repeats once, on the original', async () => {
    const page = await call('/api/actors/ferro-mining');
    expect(page.stances.map((s: Json) => s.doc.id)).toEqual(['wire']);
    expect(page.events.map((e: Json) => e.doc.id)).toEqual(['wire']);
  });
  it('still lists every stance by default on /api/stances', async () => {
    expect((await call('/api/stances?actor=ferro-mining')).total).toBe(2);
  });
});

describe('/api/quotes?statements=1', () => {
  it('leaves out scare quotes and a phrase inside the same speaker\'s longer quote, as the CLI does', async () => {
    const all = await call('/api/quotes?copies=fold');
    expect(all.items.map((q: Json) => q.text).sort()).toEqual(['fair and final', 'reset', 'the deal would be "fair and final" in the end']);
    const statements = await call('/api/quotes?copies=fold&statements=1');
    expect(statements.items.map((q: Json) => q.text)).toEqual(['the deal would be "fair and final" in the end']);
    expect(statements.total).toBe(1);
  });
});
