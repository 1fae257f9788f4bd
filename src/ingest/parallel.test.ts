import { describe, expect, it } from 'vitest';
import { defaultKnowledge, rawText, seedFiles, seedRaw } from '../../test/helpers/seeds.js';
import type { RawDocument } from '../core/model.js';
import { Store } from '../store/store.js';
import { CommitBatch, ingestDocument, type IngestOutcome } from './ingest.js';
import { ingestStream, type IngestItem } from './parallel.js';

/** Everything ingest writes, minus the ingest time, in a fixed order. */
function contents(store: Store): Record<string, string[]> {
  const tables = store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'`).pluck().all() as string[];
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    out[t] = (store.db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[])
      .map((r) => {
        const { ingested_at: _, ...rest } = r;
        return JSON.stringify(rest, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v));
      })
      .sort();
  }
  return out;
}

const summary = (o: IngestOutcome) => (o.status === 'failed' ? `failed:${o.error.code}` : o.status === 'note' ? 'note' : `${o.status}:${o.id}:${o.status === 'stored' ? o.duplicateOf : ''}`);

function inputs(): RawDocument[] {
  const seeds = seedFiles().map(seedRaw);
  // An empty document, an exact repeat and a near copy (paragraphs reordered) among the seeds.
  const first = seeds[0]!;
  const paragraphs = first.text.split(/\n+/).filter((p) => p.trim());
  const reordered = [paragraphs[0], ...paragraphs.slice(1).reverse()].join('\n\n');
  return [...seeds.slice(0, 3), rawText('empty.txt', '  \n'), { ...first, source: 'again.txt' }, rawText('copy.txt', reordered), ...seeds.slice(3)];
}

describe('batched and streamed ingest', () => {
  const kb = defaultKnowledge();

  it('stores exactly what one-by-one ingest stores, with the same outcomes in the same order', async () => {
    const one = Store.open(':memory:');
    const expected = inputs().map((raw) => summary(ingestDocument(one, raw, kb)));

    const streamed = Store.open(':memory:');
    const items: IngestItem[] = [
      { kind: 'outcome', outcome: { status: 'note', input: 'x', message: 'a reader note stays in place' } },
      ...inputs().map((doc) => ({ kind: 'doc' as const, doc })),
    ];
    const got: string[] = [];
    for await (const o of ingestStream(streamed, items, kb)) got.push(summary(o));

    expect(got).toEqual(['note', ...expected]);
    expect(expected.filter((s) => s.startsWith('stored')).length).toBe(6);
    expect(expected).toContain('failed:E_EMPTY');
    expect(streamed.db.inTransaction).toBe(false);
    expect(contents(streamed)).toEqual(contents(one));
  });

  it('commits a batch at its size limit and keeps the other documents when one fails', () => {
    const store = Store.open(':memory:');
    const batch = new CommitBatch(store, 2, 60_000);
    const [a, b, c] = seedFiles().map(seedRaw);
    expect(batch.ingest(a!, kb).status).toBe('stored');
    expect(store.db.inTransaction).toBe(true);
    // A document whose write fails half way: its savepoint is rolled back, the batch goes on.
    const failed = batch.run(() => {
      try {
        store.db.transaction(() => {
          store.db.prepare(`INSERT INTO parley_meta (key, value) VALUES ('half-written', 'x')`).run();
          throw new Error('write failed');
        })();
      } catch {
        return { status: 'failed', input: 'bad', error: null as never };
      }
      return { status: 'note', input: 'bad', message: '' };
    });
    expect(failed.status).toBe('failed');
    expect(store.db.inTransaction).toBe(false); // two documents: committed
    expect(batch.ingest(b!, kb).status).toBe('stored');
    expect(batch.ingest(c!, kb).status).toBe('stored');
    batch.commit();
    expect(store.db.inTransaction).toBe(false);
    expect(store.documentCount()).toBe(3);
    expect(store.db.prepare(`SELECT count(*) FROM parley_meta WHERE key = 'half-written'`).pluck().get()).toBe(0);
  });

  it('leaves the committing to a caller that holds a transaction', () => {
    const store = Store.open(':memory:');
    const batch = new CommitBatch(store, 1, 60_000);
    store.db.exec('BEGIN');
    expect(batch.ingest(seedRaw(seedFiles()[0]!), kb).status).toBe('stored');
    expect(store.db.inTransaction).toBe(true);
    store.db.exec('ROLLBACK');
    expect(store.documentCount()).toBe(0);
  });
});

describe('reporting', () => {
  it('reports a document as stored only once another connection can read it', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'parley-report-')), 'r.db');
    const store = Store.open(file);
    const reader = Store.open(file, { create: false });
    const items: IngestItem[] = Array.from({ length: 12 }, (_, i) => ({
      kind: 'doc' as const,
      doc: rawText(`r${i}.txt`, `Report ${i}: negotiators from both sides met on day ${i} and agreed to meet again, officials said. Paragraph ${i * 7}.`),
    }));
    let stored = 0;
    for await (const o of ingestStream(store, items, defaultKnowledge(), { workers: 0 })) {
      if (o.status !== 'stored') continue;
      stored++;
      expect(reader.db.prepare('SELECT count(*) FROM documents WHERE id = ?').pluck().get(o.id)).toBe(1);
    }
    expect(stored).toBe(12);
    reader.close();
    store.close();
  });
});
