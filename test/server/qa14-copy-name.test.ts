/** QA 14: a copy in the article list and the reader names the stored report it copies, not only its outlet. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/packs/load.js';
import { createApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import { copyLabel } from '../../web/src/reader.js';
import { writeArticle, type TestActor } from '../helpers/corpus-fixture.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ACTORS: TestActor[] = [{ id: 'ostrava-port', name: 'Ostrava Port' }];
let store: Store;
const call = async (path: string): Promise<Json> => (await createApp(store, loadKnowledge(), { web: null, log: () => {} }).request(path)).json();

beforeAll(() => {
  store = Store.open(':memory:');
  // A syndicated copy keeps the wire's outlet line: both read "Wire Service".
  for (const [id, duplicateOf] of [['wire-original', undefined], ['partner-copy', 'wire-original']] as const) {
    writeArticle(store, ACTORS, { id, outlet: 'Wire Service', published: null, duplicateOf, text: 'Ostrava Port rejected the fee.' });
  }
});
afterAll(() => store.close());

describe('QA 14: which stored report a copy copies', () => {
  it('gives the original\'s stored name in the article list and on the document', async () => {
    const copy = (await call('/api/documents?limit=10')).items.find((d: Json) => d.id === 'partner-copy');
    expect(copy.copyOfName).toBe('wire-original.txt');
    expect((await call('/api/documents/partner-copy')).copyOfName).toBe('wire-original.txt');
    expect((await call('/api/documents/wire-original')).copyOfName).toBeNull();
  });

  it('labels the link by name, with the outlet when it adds something', () => {
    expect(copyLabel('wire-original.txt', 'Wire Service')).toBe('wire-original.txt (Wire Service)');
    expect(copyLabel('wire-original.txt', null)).toBe('wire-original.txt');
    expect(copyLabel(null, 'Wire Service')).toBe('Wire Service');
    expect(copyLabel(undefined, undefined)).toBe('another article');
  });
});

describe('QA 14: news outlets in the actor list', () => {
  it('marks a body named after a stored report\'s outlet as `outlet`, and no party', async () => {
    const s = Store.open(':memory:');
    try {
      writeArticle(s, [...ACTORS, { id: 'wire-service', name: 'Wire Service' }], {
        id: 'w1',
        outlet: 'Wire Service',
        published: null,
        text: 'Ostrava Port rejected the fee, its chief told Wire Service.',
        events: [{ trigger: 'rejected', type: 'REJECT', actors: ['ostrava-port'], targets: ['wire-service'] }],
      });
      s.db.prepare(`UPDATE actors SET type = 'organization' WHERE id IN ('wire-service', 'ostrava-port')`).run();
      const res = await createApp(s, loadKnowledge(), { web: null, log: () => {} }).request('/api/actors?limit=50');
      const byId = new Map(((await res.json()) as Json).items.map((a: Json) => [a.id, a.outlet]));
      expect(byId.get('wire-service')).toBe(true);
      expect(byId.get('ostrava-port')).toBe(false);
    } finally {
      s.close();
    }
  });

  it('puts outlets last among a filter\'s choices, marked as outlets', async () => {
    const { outletsLast } = await import('../../web/src/common.js');
    const got = outletsLast([
      { id: 'wire', name: 'Wire Service', outlet: true },
      { id: 'port', name: 'Ostrava Port', outlet: false },
    ]);
    expect(got.map((a) => a.name)).toEqual(['Ostrava Port', 'Wire Service (news outlet)']);
  });
});
