/** Server hardening: body limits, Host checks for a wildcard bind, and proposition sync after API ingest. */
import { readdirSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../../src/core/paths.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadKnowledge, type KnowledgeBase } from '../../src/packs/load.js';
import { allowedHostsFor, createApp, isLoopbackBind, MAX_JSON_BODY_BYTES } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';

let kb: KnowledgeBase;
let store: Store;

/** The seeds, stored with ingestDocument alone, which does not sync propositions: the table starts empty. */
function seededStore(): Store {
  const s = Store.open(':memory:');
  for (const f of readdirSync(DEMO_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const path = join(DEMO_DIR, f);
    ingestDocument(s, { name: f, source: path, url: null, text: readFileSync(path, 'utf8'), format: 'text', encoding: 'utf-8', given: {} }, kb);
  }
  return s;
}

beforeAll(() => {
  kb = loadKnowledge();
  store = seededStore();
});
afterAll(() => store.close());

const json = (body: string) => ({ method: 'POST', body, headers: { 'Content-Type': 'application/json' } });

describe('body size limits', () => {
  const app = () => createApp(store, kb, { web: null, log: () => undefined });

  it(`refuses JSON bodies over ${MAX_JSON_BODY_BYTES} bytes on non-ingest routes with 413`, async () => {
    const big = JSON.stringify({ kind: 'stance', action: 'reject', stanceId: 'x', note: 'n'.repeat(MAX_JSON_BODY_BYTES) });
    const r = await app().request('/api/corrections', json(big));
    expect(r.status).toBe(413);
    expect((await r.json()).error.code).toBe('E_TOO_LARGE');
    // A streamed body with no Content-Length is counted as it arrives.
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const streamed = await app().request('/api/corrections', { method: 'POST', body: stream, headers: { 'Content-Type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('keeps small bodies working and lets ingest take more than the JSON limit', async () => {
    const small = await app().request('/api/corrections', json(JSON.stringify({ kind: 'stance', action: 'reject', stanceId: 'no-such-stance' })));
    expect(small.status).not.toBe(413);
    const sentence = 'Negotiators from both delegations met again on Tuesday and said the talks would continue next week. ';
    const text = sentence.repeat(Math.ceil((MAX_JSON_BODY_BYTES + 1000) / sentence.length));
    const r = await app().request('/api/ingest', json(JSON.stringify({ text, name: 'long-paste' })));
    expect(r.status).toBe(200);
  });
});

describe('Host check for a wildcard bind', () => {
  const addresses = Object.values(networkInterfaces())
    .flatMap((l) => l ?? [])
    .map((i) => (i.family === 'IPv6' ? `[${i.address.replace(/%.*$/, '')}]` : i.address));

  it('accepts every interface address of this machine when bound to 0.0.0.0, and still refuses other names', async () => {
    expect(addresses.length).toBeGreaterThan(0);
    const app = createApp(store, kb, { web: null, hosts: allowedHostsFor('0.0.0.0') });
    for (const a of addresses) expect((await app.request('/api/stats', { headers: { Host: `${a}:8377` } })).status, a).toBe(200);
    expect((await app.request('/api/stats', { headers: { Host: 'evil.example:8377' } })).status).toBe(403);
  });

  it('a specific bind address accepts itself and loopback only', async () => {
    expect(allowedHostsFor('192.0.2.7')).toEqual(['192.0.2.7']);
    expect(allowedHostsFor('::')).toContain('[::]');
  });

  it('tells loopback binds from exposed ones', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.1.1']) expect(isLoopbackBind(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.5', 'myhost']) expect(isLoopbackBind(h), h).toBe(false);
  });
});

describe('ingest through the API updates propositions', () => {
  it('after a pasted-text ingest the propositions table holds the pack and discovered propositions', async () => {
    const store = seededStore();
    const count = () => (store.db.prepare('SELECT count(*) AS n FROM propositions').get() as { n: number }).n;
    expect(count()).toBe(0);
    const app = createApp(store, kb, { web: null, log: () => undefined });
    const r = await app.request('/api/ingest', json(JSON.stringify({ text: 'Kremlin spokesman Dmitry Peskov said on Friday that Russia rejected the ceasefire proposal.', name: 'sync-test' })));
    expect(r.status).toBe(200);
    const ids = new Set((store.db.prepare('SELECT id FROM propositions').all() as { id: string }[]).map((p) => p.id));
    for (const id of kb.propositions.keys()) expect(ids.has(id), id).toBe(true);
    const recurring = store.db
      .prepare(`SELECT proposition FROM stances WHERE proposition LIKE 'auto:%' GROUP BY proposition HAVING count(DISTINCT doc_id) >= 2`)
      .all() as { proposition: string }[];
    if (recurring.length) expect([...ids].some((id) => id.startsWith('auto:'))).toBe(true);
    const positions = await (await app.request('/api/positions')).json();
    expect(positions.propositions.length).toBeGreaterThan(0);
    store.close();
  });
});
