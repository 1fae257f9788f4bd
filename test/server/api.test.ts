import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { DEMO_DIR } from '../../src/core/paths.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { reanalyseAll } from '../../src/ingest/reanalyse.js';
import { loadKnowledge, type KnowledgeBase } from '../../src/packs/load.js';
import { createApp } from '../../src/server/app.js';
import { OPENAPI } from '../../src/server/openapi.js';
import { Store } from '../../src/store/store.js';
import { writeSynthetic } from './synthetic.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let store: Store;
let kb: KnowledgeBase;
let app: Hono;
let synthetic: string[];
let seeds = 0;
const logged: unknown[] = [];

async function call(path: string, init?: RequestInit): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await app.request(path, init);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, body: type.includes('json') ? await res.json() : await res.text(), headers: res.headers };
}
const postJson = (path: string, body: unknown) => call(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

beforeAll(() => {
  kb = loadKnowledge();
  store = Store.open(':memory:');
  for (const f of readdirSync(DEMO_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const path = join(DEMO_DIR, f);
    const o = ingestDocument(store, { name: f, source: path, url: null, text: readFileSync(path, 'utf8'), format: 'text', encoding: 'utf-8', given: {} }, kb);
    expect(o.status === 'failed' ? o.error.line() : o.status).toBe('stored');
    seeds++;
  }
  synthetic = writeSynthetic(store, 12);
  app = createApp(store, kb, { web: null, log: (m, e) => logged.push([m, e]) });
});
afterAll(() => store.close());

describe('documents', () => {
  it('lists with paging and total', async () => {
    const all = await call('/api/documents?limit=500');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(seeds + 12);
    const page = await call('/api/documents?limit=5&offset=5');
    expect(page.body.items).toHaveLength(5);
    expect(page.body.offset).toBe(5);
    expect(page.body.items[0].id).toBe(all.body.items[5].id);
  });

  it('filters by outlet, period and title words', async () => {
    const r = await call('/api/documents?outlet=reuters&since=2025-03-01&until=2025-03-31&limit=500');
    expect(r.body.items.length).toBeGreaterThan(0);
    for (const d of r.body.items) expect(d.outlet).toBe('Reuters');
    const q = await call('/api/documents?q=Talks%20update%203');
    expect(q.body.items.map((d: Json) => d.name)).toContain('synthetic-3.txt');
  });

  it('serves one document with every annotation at its exact span', async () => {
    const r = await call(`/api/documents/${synthetic[0]}`);
    expect(r.status).toBe(200);
    const d = r.body;
    expect(d.zones.map((z: Json) => z.kind)).toEqual(['title', 'caption', 'body', 'subscription']);
    for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
    for (const q of d.quotes) expect(d.text.slice(q.start, q.end)).toBe(q.text);
    for (const s of d.stances) expect(d.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
    for (const e of d.events) expect(d.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(d.quotes[0].speaker.id).toBe('dmitry-peskov');
    expect(d.events.map((e: Json) => e.type)).toContain('CONSULT');
  });

  it('serves seed documents (pipeline output) with consistent spans', async () => {
    const list = await call('/api/documents?q=00&limit=10');
    for (const item of list.body.items) {
      const d = (await call(`/api/documents/${item.id}`)).body;
      for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
      for (const q of d.quotes) expect(d.text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('answers 404 with a stable error code', async () => {
    const r = await call('/api/documents/nope');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: { code: 'E_NOT_FOUND', message: expect.stringContaining('no such document') } });
  });
});

describe('validation and errors', () => {
  it.each([
    ['/api/documents?limit=0', 'limit'],
    ['/api/documents?limit=abc', 'limit'],
    ['/api/quotes?since=March', 'since'],
    // Dates the CLI refuses are refused here too, not read as an empty period.
    ['/api/timeline?since=2025-02-30', 'since'],
    ['/api/timeline?until=2025-13-45', 'until'],
    ['/api/positions?since=2023-02-29', 'since'],
    ['/api/stances?until=2025-04-31', 'until'],
    ['/api/actors?type=alien', 'type'],
    ['/api/search', 'q'],
  ])('%s is refused as E_VALIDATION', async (path, field) => {
    const r = await call(path);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('E_VALIDATION');
    expect(r.body.error.message).toContain(field);
  });

  it('unknown API routes are JSON 404s', async () => {
    const r = await call('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('E_NOT_FOUND');
  });

  it('hides internal errors from clients and logs them', async () => {
    const broken = Store.open(':memory:');
    const app2 = createApp(broken, kb, { web: null, log: (m, e) => logged.push([m, e]) });
    broken.close();
    const before = logged.length;
    const res = await app2.request('/api/documents');
    expect(res.status).toBe(500);
    const body = (await res.json()) as Json;
    expect(body).toEqual({ error: { code: 'E_INTERNAL', message: 'internal error' } });
    expect(logged.length).toBe(before + 1);
  });

  it('sets a strict CSP and other security headers', async () => {
    const r = await call('/api/stats');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses foreign Host headers (DNS rebinding) and cross-site form posts', async () => {
    const host = await call('/api/stats', { headers: { Host: 'evil.example' } });
    expect(host.status).toBe(403);
    const form = await call('/api/ingest', { method: 'POST', body: 'text=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' } });
    expect(form.status).toBe(403);
  });
});

describe('actors, quotes, stances, events', () => {
  it('lists actors with a type filter', async () => {
    const r = await call('/api/actors?type=person&limit=500');
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThan(0);
    for (const a of r.body.items) expect(a.type).toBe('person');
  });

  it('serves one actor with names seen, stances, quotes and events', async () => {
    const r = await call('/api/actors/dmitry-peskov');
    expect(r.status).toBe(200);
    expect(r.body.party).toBe('russia');
    expect(r.body.namesSeen.map((n: Json) => n.name)).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Peskov']));
    expect(r.body.stances.length).toBeGreaterThan(0);
    expect(r.body.quotes.length).toBeGreaterThan(0);
    expect(r.body.events.length).toBeGreaterThan(0);
  });

  it('filters quotes by speaker, outlet, period and full text', async () => {
    const bySpeaker = await call('/api/quotes?speaker=marco-rubio&limit=500');
    expect(bySpeaker.body.items.length).toBeGreaterThan(0);
    for (const q of bySpeaker.body.items) expect(q.speaker.id).toBe('marco-rubio');
    const fts = await call('/api/quotes?q=proposal%207%20careful');
    expect(fts.body.items.length).toBe(1);
    expect(fts.body.items[0].text).toContain('proposal 7 carefully');
    const hostile = await call(`/api/quotes?q=${encodeURIComponent('" OR * NEAR( -')}`);
    expect(hostile.status).toBe(200);
    const period = await call('/api/quotes?since=2025-03-05&until=2025-03-06&limit=500');
    for (const q of period.body.items) expect(['2025-03-05', '2025-03-06']).toContain(q.doc.published);
  });

  it('filters stances and events', async () => {
    const s = await call('/api/stances?proposition=ceasefire&limit=500');
    expect(s.body.items.length).toBeGreaterThan(0);
    for (const x of s.body.items) expect(x.proposition).toBe('ceasefire');
    const e = await call('/api/events?type=consult&actor=united-states&limit=500');
    expect(e.body.items.length).toBeGreaterThan(0);
    for (const x of e.body.items) expect(x.type).toBe('CONSULT');
  });

  it('draws the who-acts-on-whom graph from events', async () => {
    const g = await call('/api/graph?types=CONSULT');
    expect(g.body.edges.length).toBeGreaterThan(0);
    for (const e of g.body.edges) expect(e.type).toBe('CONSULT');
  });

  it('searches quotes, titles and actor names', async () => {
    const r = await call('/api/search?q=Peskov');
    expect(r.status).toBe(200);
    expect(r.body.actors.map((a: Json) => a.id)).toContain('dmitry-peskov');
    expect(r.body.quotes).toHaveProperty('total');
    const t = await call('/api/search?q=trade%20positions');
    expect(t.body.documents.length).toBeGreaterThan(0);
  });

  it('serves the positions matrix and the timeline', async () => {
    const m = await call('/api/positions');
    expect(m.status).toBe(200);
    expect(Array.isArray(m.body.cells)).toBe(true);
    const t = await call('/api/timeline?since=2025-03-01');
    expect(t.status).toBe(200);
    expect(Array.isArray(t.body.items)).toBe(true);
    expect(t.body.notice).toBeUndefined();
    expect((await call('/api/timeline?since=2024-02-29')).status).toBe(200);
  });

  it('keeps only events with an actor when asked for attributed ones', async () => {
    const all = (await call('/api/timeline?limit=5000')).body.items as { kind: string; actors: string[] }[];
    const attributed = (await call('/api/timeline?limit=5000&attributed=1')).body.items as { kind: string; actors: string[] }[];
    expect(all.some((e) => e.kind === 'event' && e.actors.length === 0)).toBe(true);
    expect(attributed.filter((e) => e.kind === 'event' && e.actors.length === 0)).toEqual([]);
    expect(attributed.filter((e) => e.kind === 'event').length).toBe(all.filter((e) => e.kind === 'event' && e.actors.length > 0).length);
    expect((await call('/api/timeline?attributed=maybe')).status).toBe(400);
  });

  it('says when a timeline actor or proposition filter names nothing stored', async () => {
    const actor = await call('/api/timeline?actor=Nobody%20Atall');
    expect(actor.status).toBe(200);
    expect(actor.body).toEqual({ items: [], total: 0, notice: "no actor matches 'Nobody Atall'" });
    const prop = await call('/api/timeline?proposition=nope');
    expect(prop.status).toBe(200);
    expect(prop.body).toEqual({ items: [], total: 0, notice: "no proposition matches 'nope'" });
    // A stored actor with nothing in the period is an ordinary empty result.
    const empty = await call('/api/timeline?actor=putin&since=2099-01-01');
    expect(empty.body).toEqual({ items: [], total: 0 });
  });

  it('pages through the timeline with limit and offset, saying how many entries there are', async () => {
    const all = (await call('/api/timeline')).body as { items: { date: string | null; summary?: string }[]; total: number };
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(3);
    const first = (await call('/api/timeline?limit=2')).body;
    const second = (await call('/api/timeline?limit=2&offset=2')).body;
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items]).toEqual(all.items.slice(0, 4));
    expect((await call(`/api/timeline?limit=5&offset=${all.total}`)).body).toEqual({ items: [], total: all.total });
    expect((await call('/api/timeline?offset=-1')).status).toBe(400);
  });

  it('takes a proposition by the label the matrix shows as well as by its id', async () => {
    const byId = (await call('/api/timeline?proposition=ceasefire')).body;
    expect(byId.total).toBeGreaterThan(0);
    expect((await call('/api/timeline?proposition=30-day%20ceasefire')).body).toEqual(byId);
    expect((await call('/api/timeline?proposition=30-DAY%20CEASEFIRE')).body).toEqual(byId);
  });
});

describe('corrections', () => {
  it('rejecting a stance is recorded as human-made and shown on the stance', async () => {
    const s = (await call(`/api/stances?doc=${synthetic[1]}`)).body.items[0];
    const r = await postJson('/api/corrections', { kind: 'stance', action: 'reject', stanceId: s.id, author: 'tester', note: 'misread' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ kind: 'stance', action: 'reject', author: 'tester', note: 'misread' });
    expect(JSON.parse(r.body.targetKey)).toEqual({ doc: synthetic[1], start: s.evidence.start, end: s.evidence.end, proposition: s.proposition });
    expect(r.body.target).toEqual(JSON.parse(r.body.targetKey));
    const again = (await call(`/api/stances?doc=${synthetic[1]}`)).body.items[0];
    expect(again.review).toBe('rejected');
    expect(again.correction.author).toBe('tester');
    const list = await call('/api/corrections?kind=stance');
    expect(list.body.items[0].id).toBe(r.body.id);
    // The positions code reads the same table: the rejected stance is no longer cited.
    const m = (await call('/api/positions')).body;
    const cited = m.cells.flatMap((c: Json) => c.citations.map((x: Json) => x.stanceId));
    expect(cited).not.toContain(s.id);
  });

  it('set-stance replaces the machine stance in the stance list, the positions matrix and the timeline', async () => {
    const items = (await call(`/api/stances?doc=${synthetic[2]}`)).body.items as Json[];
    const s = items.find((x) => x.stance !== 'neutral')!;
    const other = s.stance === 'oppose' ? 'support' : 'oppose';
    expect((await postJson('/api/corrections', { kind: 'stance', action: 'set-stance', stanceId: s.id })).status).toBe(400);
    expect((await postJson('/api/corrections', { kind: 'stance', action: 'set-stance', stanceId: s.id, stance: 'maybe' })).status).toBe(400);
    const r = await postJson('/api/corrections', { kind: 'stance', action: 'set-stance', stanceId: s.id, stance: other, author: 'tester' });
    expect(r.status).toBe(201);
    expect(r.body.value).toEqual({ stance: other });
    const after = (await call(`/api/stances?doc=${synthetic[2]}`)).body.items.find((x: Json) => x.id === s.id);
    expect(after).toMatchObject({ stance: other, machineStance: s.stance, review: 'confirmed' });
    const m = (await call('/api/positions')).body;
    const cite = m.cells.flatMap((c: Json) => c.citations).find((x: Json) => x.stanceId === s.id);
    expect(cite).toMatchObject({ stance: other, review: 'confirmed' });
  });

  it('set-speaker overrides the quote speaker when served, and speaker filters follow it', async () => {
    const q = (await call(`/api/quotes?doc=${synthetic[0]}`)).body.items[0];
    expect(q.speaker.id).toBe('dmitry-peskov');
    const r = await postJson('/api/corrections', { kind: 'quote', action: 'set-speaker', quoteId: q.id, speaker: 'marco-rubio' });
    expect(r.status).toBe(201);
    const after = (await call(`/api/quotes?doc=${synthetic[0]}`)).body.items[0];
    expect(after.speaker.id).toBe('marco-rubio');
    expect(after.machineSpeaker.id).toBe('dmitry-peskov');
    expect(after.review).toBe('confirmed');
    const rubio = (await call('/api/quotes?speaker=marco-rubio&limit=500')).body.items.map((x: Json) => x.id);
    expect(rubio).toContain(q.id);
    const peskov = (await call('/api/quotes?speaker=dmitry-peskov&limit=500')).body.items.map((x: Json) => x.id);
    expect(peskov).not.toContain(q.id);
  });

  it('merge makes two actors one in responses; split undoes it', async () => {
    const merge = await postJson('/api/corrections', { kind: 'actor', action: 'merge', actors: ['dmitry-peskov', 'volodymyr-zelensky'] });
    expect(merge.status).toBe(201);
    const list = (await call('/api/actors?type=person&limit=500')).body.items;
    expect(list.map((a: Json) => a.id)).not.toContain('volodymyr-zelensky');
    expect(list.find((a: Json) => a.id === 'dmitry-peskov').mergedFrom).toEqual(['volodymyr-zelensky']);
    const viaOld = (await call('/api/actors/volodymyr-zelensky')).body;
    expect(viaOld.id).toBe('dmitry-peskov');
    const zQuotes = viaOld.quotes.filter((q: Json) => q.machineSpeaker?.id === 'volodymyr-zelensky');
    expect(zQuotes.length).toBeGreaterThan(0);
    for (const q of zQuotes) expect(q.speaker.id).toBe('dmitry-peskov');
    const twice = await postJson('/api/corrections', { kind: 'actor', action: 'merge', actors: ['dmitry-peskov', 'volodymyr-zelensky'] });
    expect(twice.status).toBe(409);

    const split = await postJson('/api/corrections', { kind: 'actor', action: 'split', actors: ['dmitry-peskov', 'volodymyr-zelensky'] });
    expect(split.status).toBe(201);
    const back = (await call('/api/actors?type=person&limit=500')).body.items.map((a: Json) => a.id);
    expect(back).toContain('volodymyr-zelensky');
    expect((await call('/api/actors/volodymyr-zelensky')).body.id).toBe('volodymyr-zelensky');
  });

  it('validates correction requests', async () => {
    expect((await postJson('/api/corrections', { kind: 'stance', action: 'merge', stanceId: 'x' })).status).toBe(400);
    expect((await postJson('/api/corrections', { kind: 'quote', action: 'set-speaker', quoteId: 'x' })).body.error.code).toBe('E_VALIDATION');
    expect((await postJson('/api/corrections', { kind: 'stance', action: 'reject', stanceId: 'missing' })).status).toBe(404);
    expect((await call('/api/corrections', { method: 'POST', body: '{not json', headers: { 'Content-Type': 'application/json' } })).body.error.code).toBe('E_VALIDATION');
  });
});

describe('ingest', () => {
  it('ingests pasted text at once and reports the outcome', async () => {
    const text = 'Kremlin spokesman Dmitry Peskov said on Thursday that Russia rejected the ceasefire proposal.\nMore talks are planned.';
    const r = await postJson('/api/ingest', { text, name: 'pasted-test' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('done');
    expect(r.body.outcomes).toEqual([expect.objectContaining({ status: 'stored', name: 'pasted-test' })]);
    const doc = (await call(`/api/documents/${r.body.outcomes[0].id}`)).body;
    expect(doc.text).toBe(text);
    const same = await postJson('/api/ingest', { text });
    expect(same.body.outcomes[0].status).toBe('unchanged');
  });

  it('runs uploads as a job with per-file outcomes', async () => {
    const form = new FormData();
    form.append('file', new File(['Ukraine and the United States met in Jeddah on Tuesday.'], 'a.txt', { type: 'text/plain' }));
    form.append('file', new File([''], 'empty.txt', { type: 'text/plain' }));
    const start = await call('/api/ingest', { method: 'POST', body: form, headers: { Origin: 'http://localhost' } });
    expect(start.status).toBe(202);
    let job = start.body;
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      job = (await call(`/api/ingest/${job.id}`)).body;
    }
    expect(job.status).toBe('done');
    expect(job.total).toBe(2);
    const byInput = Object.fromEntries(job.outcomes.map((o: Json) => [o.name ?? o.input, o]));
    expect(byInput['a.txt'].status).toBe('stored');
    expect(job.outcomes.some((o: Json) => o.status === 'failed' && !String(o.input).includes('parley-upload'))).toBe(true);
  });

  it('refuses non-http URLs and private addresses unless allowed', async () => {
    const file = await postJson('/api/ingest', { url: 'file:///etc/passwd' });
    expect(file.status).toBe(400);
    expect(file.body.error.code).toBe('E_VALIDATION');
    const local = await postJson('/api/ingest', { url: 'http://127.0.0.1:9/x' });
    expect(local.status).toBe(202);
    let job = local.body;
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      job = (await call(`/api/ingest/${job.id}`)).body;
    }
    expect(job.stored).toBe(0);
    expect(job.failed).toBe(1);
  });

  it('unknown job ids are 404', async () => {
    expect((await call('/api/ingest/nope')).status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents every route the app serves', () => {
    const documented = new Set(Object.entries(OPENAPI.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const routes = app.routes.filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL');
    expect(routes.length).toBeGreaterThan(10);
    for (const r of routes) expect(documented, `${r.method} ${r.path}`).toContain(`${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  });

  it('is served as OpenAPI 3.1 JSON', async () => {
    const r = await call('/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toContain('/api/positions');
  });
});

/** A store holding the demo articles, for tests that re-analyse. */
function demoStore(): Store {
  const store = Store.open(':memory:');
  for (const f of readdirSync(DEMO_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const path = join(DEMO_DIR, f);
    ingestDocument(store, { name: f, source: path, url: null, text: readFileSync(path, 'utf8'), format: 'text', encoding: 'utf-8', given: {} }, kb);
  }
  return store;
}

describe('corrections survive re-analysis', () => {
  it('a speaker override and a stance review still apply after reanalyseAll', async () => {
    const s2 = demoStore();
    try {
      const app2 = createApp(s2, kb, { web: null });
      const quote = ((await (await app2.request('/api/quotes?limit=1')).json()) as Json).items[0];
      const stance = ((await (await app2.request('/api/stances?limit=1')).json()) as Json).items[0];
      expect(quote && stance).toBeTruthy();
      const speaker = s2.listActors({ type: 'person' }).find((a) => a.id !== quote.speaker?.id)!.id;
      const post = (body: unknown) => app2.request('/api/corrections', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
      expect((await post({ kind: 'quote', action: 'set-speaker', quoteId: quote.id, speaker })).status).toBe(201);
      expect((await post({ kind: 'stance', action: 'confirm', stanceId: stance.id })).status).toBe(201);
      reanalyseAll(s2, kb);
      const quotes = ((await (await app2.request(`/api/quotes?doc=${quote.doc.id}&limit=500`)).json()) as Json).items;
      expect(quotes.find((q: Json) => q.start === quote.start && q.end === quote.end).speaker.id).toBe(speaker);
      const stances = ((await (await app2.request(`/api/stances?doc=${stance.doc.id}&limit=500`)).json()) as Json).items;
      const same = stances.find((x: Json) => x.evidence.start === stance.evidence.start && x.proposition === stance.proposition);
      expect(same.review).toBe('confirmed');
    } finally {
      s2.close();
    }
  });
  it('a detached name is still served as its own actor after reanalyseAll', async () => {
    const s2 = demoStore();
    try {
      const app2 = createApp(s2, kb, { web: null });
      const get = async (path: string) => (await (await app2.request(path)).json()) as Json;
      const quote = (await get('/api/quotes?limit=500')).items.find((q: Json) => q.speaker?.id)!;
      const actor = await get(`/api/actors/${encodeURIComponent(quote.speaker.id)}`);
      const name = actor.namesSeen.find((n: Json) => n.docs.some((d: Json) => d.id === quote.doc.id)).name as string;
      const r = await app2.request('/api/corrections', { method: 'POST', body: JSON.stringify({ kind: 'actor', action: 'detach', actor: actor.id, name, doc: quote.doc.id }), headers: { 'Content-Type': 'application/json' } });
      expect(r.status).toBe(201);
      const as = ((await r.json()) as Json).value.as as string;
      const served = async () => ({
        mentions: (await get(`/api/documents/${quote.doc.id}`)).mentions.filter((m: Json) => m.actor?.id === as).map((m: Json) => `${m.start}:${m.text}`),
        quotes: (await get(`/api/quotes?speaker=${encodeURIComponent(as)}&limit=500`)).items.map((q: Json) => `${q.start}`),
      });
      const before = await served();
      expect(before.mentions.length).toBeGreaterThan(0);
      expect(before.mentions.join(' ')).toContain(name);
      reanalyseAll(s2, kb);
      expect(await served()).toEqual(before);
      expect((await app2.request(`/api/actors/${encodeURIComponent(as)}`)).status).toBe(200);
    } finally {
      s2.close();
    }
  });
});

describe('detaching a wrongly merged name', () => {
  const detached = 'dmitry-peskov~dmitry-peskov';
  const detach = (extra: Record<string, unknown> = {}) => postJson('/api/corrections', { kind: 'actor', action: 'detach', actor: 'dmitry-peskov', name: 'dmitry peskov', doc: synthetic[3], ...extra });

  it('validates: unknown actor or name is 404, merge fields are refused', async () => {
    expect((await detach({ actor: 'nobody' })).body.error.code).toBe('E_NOT_FOUND');
    expect((await detach({ name: 'Nobody At All' })).status).toBe(404);
    expect((await detach({ doc: 'no-such-doc' })).status).toBe(404);
    expect((await postJson('/api/corrections', { kind: 'actor', action: 'detach', actor: 'dmitry-peskov' })).status).toBe(400);
    expect((await postJson('/api/corrections', { kind: 'actor', action: 'reattach', actor: 'dmitry-peskov', name: 'Peskov' })).status).toBe(409);
  });

  it('serves the name in that document as a new actor everywhere; reattach undoes it', async () => {
    const doc = synthetic[3]!;
    const before = (await call('/api/actors/dmitry-peskov')).body;
    const quote = (await call(`/api/quotes?doc=${doc}`)).body.items[0];
    expect(quote.speaker.id).toBe('dmitry-peskov');
    const stance = (await call(`/api/stances?doc=${doc}`)).body.items[0];
    expect(stance.actor.id).toBe('dmitry-peskov');

    const r = await detach();
    expect(r.status).toBe(201);
    expect(r.body.value.as).toBe(detached);
    expect((await detach()).status).toBe(409);

    // Its own actor page, with the quote and stance of that document and the names of that entity.
    const page = await call(`/api/actors/${encodeURIComponent(detached)}`);
    expect(page.status).toBe(200);
    expect(page.body.detachedFrom.id).toBe('dmitry-peskov');
    expect(page.body.quotes.map((q: Json) => q.id)).toEqual([quote.id]);
    expect(page.body.stances.map((s: Json) => s.id)).toEqual([stance.id]);
    expect(page.body.namesSeen.map((n: Json) => n.name).sort()).toEqual(['Dmitry Peskov', 'Peskov']);
    // The old actor loses them, and lists the detach for undoing.
    const after = (await call('/api/actors/dmitry-peskov')).body;
    expect(after.quotes.map((q: Json) => q.id)).not.toContain(quote.id);
    expect(after.stances.map((s: Json) => s.id)).not.toContain(stance.id);
    expect(after.quotes.length).toBe(before.quotes.length - 1);
    expect(after.detached).toEqual([expect.objectContaining({ as: detached, doc })]);
    // Speaker filter, the quote itself, the document's mentions, the stance list, the actor list.
    expect((await call(`/api/quotes?speaker=${encodeURIComponent(detached)}`)).body.items.map((q: Json) => q.id)).toEqual([quote.id]);
    expect((await call('/api/quotes?speaker=dmitry-peskov&limit=500')).body.items.map((q: Json) => q.id)).not.toContain(quote.id);
    expect((await call(`/api/quotes?doc=${doc}`)).body.items[0].speaker).toEqual({ id: detached, name: 'dmitry peskov' });
    const d = (await call(`/api/documents/${doc}`)).body;
    const moved = d.mentions.filter((m: Json) => m.actor?.id === detached).map((m: Json) => m.text);
    expect(moved.sort()).toEqual(['Dmitry Peskov', 'Peskov']);
    expect((await call(`/api/stances?actor=${encodeURIComponent(detached)}`)).body.items.map((s: Json) => s.id)).toEqual([stance.id]);
    expect((await call('/api/actors?type=person&limit=500')).body.items.map((a: Json) => a.id)).toContain(detached);
    // Positions: the stance moves to a row of its own.
    const pos = (await call('/api/positions')).body;
    const cell = pos.cells.find((c: Json) => c.rowId === detached);
    expect(cell?.citations.map((c: Json) => c.stanceId)).toEqual([stance.id]);
    expect(pos.rows.map((r: Json) => r.id)).toContain(detached);
    for (const c of pos.cells.filter((x: Json) => x.rowId === 'dmitry-peskov')) expect(c.citations.map((x: Json) => x.stanceId)).not.toContain(stance.id);

    const undo = await postJson('/api/corrections', { kind: 'actor', action: 'reattach', actor: 'dmitry-peskov', name: 'Dmitry Peskov', doc });
    expect(undo.status).toBe(201);
    expect((await call(`/api/quotes?doc=${doc}`)).body.items[0].speaker.id).toBe('dmitry-peskov');
    expect((await call(`/api/actors/${encodeURIComponent(detached)}`)).status).toBe(404);
    expect((await call('/api/actors/dmitry-peskov')).body.quotes.length).toBe(before.quotes.length);
    expect((await call('/api/positions')).body.rows.map((r: Json) => r.id)).not.toContain(detached);
  });
});

describe('a read-only database', () => {
  it('is served for reading; ingest and corrections are refused with 403, not a 500', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'parley-ro-'));
    try {
      const file = join(dir, 'ro.db');
      const w = Store.open(file);
      writeSynthetic(w, 3, 0, 5);
      w.close();
      const ro = Store.open(file, { create: false, readonly: true });
      try {
        const app2 = createApp(ro, kb, { web: null });
        expect((await app2.request('/api/positions')).status).toBe(200);
        const post = (path: string, body: unknown) => app2.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
        for (const r of [await post('/api/ingest', { text: 'Kyiv said on Monday that it accepted the proposal for talks.' }), await post('/api/corrections', { kind: 'stance', action: 'confirm', stanceId: 'x' })]) {
          expect(r.status).toBe(403);
          expect(((await r.json()) as Json).error.message).toMatch(/read-only/);
        }
      } finally {
        ro.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stance labels', () => {
  it('serves each stance with its proposition’s label as the matrix shows it', async () => {
    const m = (await call('/api/positions')).body;
    const labels = new Map<string, string>(m.propositions.map((p: Json) => [p.id, p.label]));
    const stances = (await call('/api/stances?limit=500')).body.items;
    const shown = stances.filter((s: Json) => labels.has(s.proposition));
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(s.propositionLabel, s.proposition).toBe(labels.get(s.proposition));
    const actor = (await call(`/api/actors/${encodeURIComponent(shown[0].actor?.id ?? shown[0].party.id)}`)).body;
    for (const s of actor.stances) expect(typeof s.propositionLabel).toBe('string');
  });
});
