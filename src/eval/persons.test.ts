import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../ingest/ingest.js';
import { loadKnowledge } from '../packs/load.js';
import { Store } from '../store/store.js';
import { loadGoldDir } from './gold.js';
import { personsTask } from './persons.js';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'test/fixtures/seeds');

describe('persons eval on the seeds', () => {
  it('keeps the seeds’ person figures from falling', () => {
    const kb = loadKnowledge();
    const store = Store.open(':memory:');
    try {
      for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
        const path = join(SEEDS, f);
        const o = ingestDocument(store, { name: f, source: path, url: null, text: readFileSync(path, 'utf8'), format: 'text', encoding: 'utf-8', given: {} }, kb);
        expect(o.status).toBe('stored');
      }
      const golds = loadGoldDir(join(ROOT, 'test/fixtures/seeds-gold'));
      const pairs = golds.map((gold) => ({ gold, doc: store.findDocument(gold.document)! }));
      const report = personsTask({ pairs, store });
      const metric = (name: string) => report.metrics.find((m) => m.name.startsWith(name))!.value;
      expect(metric('pairwise F1'), report.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(metric('canonical'), report.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(metric('actors:')).toBeGreaterThanOrEqual(0.95);
    } finally {
      store.close();
    }
  });
});
