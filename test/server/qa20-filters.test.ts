/**
 * Session 20 QA (second pass), API filters that cannot mean what they say: a period whose start is after
 * its end, and an event type Parley does not have, are 400s naming the value, as the CLI refuses them,
 * not 200s with an empty answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { EVENT_TYPES } from '../../src/core/model.js';
import { loadKnowledge } from '../../src/packs/load.js';
import { createApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import { writeSynthetic } from './synthetic.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let store: Store;
let app: Hono;
beforeAll(() => {
  store = Store.open(':memory:');
  writeSynthetic(store, 4);
  app = createApp(store, loadKnowledge(), { web: null, log: () => undefined });
});
afterAll(() => store.close());

async function call(path: string): Promise<{ status: number; body: Json }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

describe('since after until', () => {
  it.each(['documents', 'quotes', 'stances', 'events', 'positions', 'timeline'])('/api/%s is a 400 naming both dates', async (route) => {
    const r = await call(`/api/${route}?since=2025-03-10&until=2025-03-01`);
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({ code: 'E_VALIDATION', message: 'since: 2025-03-10 is after until 2025-03-01' });
  });

  it('one day (since = until) and an open period are still fine', async () => {
    expect((await call('/api/events?since=2025-03-10&until=2025-03-10')).status).toBe(200);
    expect((await call('/api/timeline?since=2025-03-10')).status).toBe(200);
  });
});

describe('unknown event types', () => {
  it('/api/events?type=BOGUS is a 400 naming the value', async () => {
    const r = await call('/api/events?type=BOGUS');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('E_VALIDATION');
    expect(r.body.error.message).toMatch(/^type: unknown event type "BOGUS" \(one of AGREE, CONSULT, .*\)$/);
  });

  it('/api/graph?types= with one unknown type among known ones is a 400 naming it', async () => {
    const r = await call('/api/graph?types=CONSULT,%20bogus');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^types: unknown event type "bogus" \(one of AGREE, .*\)$/);
  });

  it('every known type, in any case, is accepted', async () => {
    for (const t of EVENT_TYPES) {
      expect((await call(`/api/events?type=${t.toLowerCase()}`)).status, t).toBe(200);
    }
    expect((await call(`/api/graph?types=${EVENT_TYPES.join(',')}`)).status).toBe(200);
    expect((await call('/api/graph?types=')).status).toBe(200);
  });
});
