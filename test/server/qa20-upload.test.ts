/**
 * Session 20 QA, uploads through `POST /api/ingest`: a JSON Lines upload's errors name the uploaded file
 * and line (never the server's temp folder), and the job's progress never counts more done than its total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { loadKnowledge } from '../../src/packs/load.js';
import { createApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let store: Store;
let app: Hono;
beforeAll(() => {
  store = Store.open(':memory:');
  app = createApp(store, loadKnowledge(), { web: null, log: () => undefined });
});
afterAll(() => store.close());

async function call(path: string, init?: RequestInit): Promise<{ status: number; body: Json }> {
  const res = await app.request(path, init);
  return { status: res.status, body: await res.json() };
}

/** Uploads the files and polls the job to its end, keeping every state seen on the way. */
async function upload(files: File[]): Promise<{ job: Json; seen: Json[] }> {
  const form = new FormData();
  for (const f of files) form.append('file', f);
  const start = await call('/api/ingest', { method: 'POST', body: form, headers: { Origin: 'http://localhost' } });
  expect(start.status).toBe(202);
  const seen: Json[] = [start.body];
  let job = start.body;
  for (let i = 0; i < 500 && job.status === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 5));
    job = (await call(`/api/ingest/${job.id}`)).body;
    seen.push(job);
  }
  expect(job.status).toBe('done');
  return { job, seen };
}

const RECORDS = [
  JSON.stringify({ id: 'one', text: 'Norway and the European Union met in Brussels on Tuesday to discuss cod quotas.' }),
  '{"id": "two", "text": ',
  JSON.stringify({ id: 'three', text: 'Iceland said on Wednesday it would not accept a smaller share of the mackerel stock.' }),
  JSON.stringify({ id: 'four', text: 'The Faroe Islands proposed a new sharing arrangement for the 2026 season.' }),
].join('\n');

describe('POST /api/ingest with a JSON Lines upload', () => {
  it('names the uploaded file and line in a broken line’s error, not the temp folder', async () => {
    const { job } = await upload([new File([RECORDS], 'quotas.jsonl', { type: 'application/x-ndjson' })]);
    expect(job.stored).toBe(3);
    expect(job.failed).toBe(1);
    for (const o of job.outcomes) expect(String(o.input)).not.toContain('parley-upload');
    const failed = job.outcomes.find((o: Json) => o.status === 'failed');
    expect(failed.input).toBe('quotas.jsonl:2');
    expect(failed.error.code).toBe('E_JSONL');
  });

  it('never reports more inputs done than its total', async () => {
    const { job, seen } = await upload([
      new File([RECORDS.replace(/Tuesday/, 'Monday').replace(/Wednesday/, 'Thursday').replace(/2026/, '2027')], 'more.jsonl'),
      new File(['Talks between the two unions and the port operator resumed on Friday in Rotterdam.'], 'note.txt'),
    ]);
    for (const j of [...seen, job]) if (j.total !== null) expect(j.done, JSON.stringify(j)).toBeLessThanOrEqual(j.total);
    expect(job.done).toBe(5);
  });
});
