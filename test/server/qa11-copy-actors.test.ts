/** QA 11: a name only a spun copy gives (its rewording of an original's name) is no actor to list or filter by. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/packs/load.js';
import { createApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import { writeArticle, type TestActor } from '../helpers/corpus-fixture.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ACTORS: TestActor[] = [
  { id: 'ruritania', name: 'Ruritania' },
  { id: 'security-office', name: 'Security Office' },
  { id: 'safety-office', name: 'Safety Office' },
];
let store: Store;
const call = async (path: string): Promise<Json> => (await createApp(store, loadKnowledge(), { web: null, log: () => {} }).request(path)).json();

beforeAll(() => {
  store = Store.open(':memory:');
  writeArticle(store, ACTORS, { id: 'orig', outlet: 'Wire Service', published: '2025-02-09', text: 'The Security Office of Ruritania denied any role. "We met no one," it said.', quotes: [{ text: 'We met no one,', speaker: 'security-office' }, { text: 'denied any role', speaker: 'ruritania' }] });
  writeArticle(store, ACTORS, { id: 'spun', outlet: 'Digest', published: '2025-02-09', duplicateOf: 'orig', text: 'The Safety Office of Ruritania rejected any part. "We met no one," it said.', quotes: [{ text: 'We met no one,', speaker: 'safety-office' }, { text: 'rejected any part', speaker: 'ruritania' }] });
  const mention = (doc: string, idx: number, actor: string, text: string) =>
    store.db.prepare(`INSERT INTO mentions (doc_id, idx, entity_idx, actor_id, start, "end", text, kind, rule, confidence) VALUES (?, ?, 0, ?, 4, ?, ?, 'name', 'test', 1)`).run(doc, idx, actor, 4 + text.length, text);
  mention('orig', 0, 'security-office', 'Security Office');
  mention('orig', 1, 'ruritania', 'Ruritania');
  mention('spun', 0, 'safety-office', 'Safety Office');
  mention('spun', 1, 'ruritania', 'Ruritania');
});
afterAll(() => store.close());

describe('/api/actors with a spun copy', () => {
  it('leaves out the actor only the copy names, keeps those the original names', async () => {
    const ids = (await call('/api/actors?limit=50')).items.map((a: Json) => a.id);
    expect(ids).toContain('security-office');
    expect(ids).toContain('ruritania');
    expect(ids).not.toContain('safety-office');
    expect((await call('/api/stats')).actors).toBe(ids.length);
    // Its page still answers by id.
    expect((await call('/api/actors/safety-office')).id).toBe('safety-office');
  });

  it('reads the copies-only names again once an original names one of them (the answer is cached between requests)', async () => {
    expect((await call('/api/actors?limit=50')).items.map((a: Json) => a.id)).not.toContain('safety-office');
    writeArticle(store, ACTORS, { id: 'later', outlet: 'Wire Service', published: '2025-02-10', text: 'The Safety Office said it had met no one.', quotes: [] });
    store.db.prepare(`INSERT INTO mentions (doc_id, idx, entity_idx, actor_id, start, "end", text, kind, rule, confidence) VALUES ('later', 0, 0, 'safety-office', 4, 17, 'Safety Office', 'name', 'test', 1)`).run();
    expect((await call('/api/actors?limit=50')).items.map((a: Json) => a.id)).toContain('safety-office');
  });
});
