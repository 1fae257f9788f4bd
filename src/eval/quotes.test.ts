import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../ingest/ingest.js';
import { loadKnowledge } from '../packs/load.js';
import { Store } from '../store/store.js';
import { loadGoldDir } from './gold.js';
import { greedyMatch, quotesTask } from './quotes.js';
import { dice, wordTokens } from './text.js';

const SEEDS = 'test/fixtures/seeds';
const GOLD = 'test/fixtures/seeds-gold';

describe('quote scoring helpers', () => {
  it('computes multiset Dice and one-to-one greedy matches', () => {
    expect(dice(wordTokens('a b c'), wordTokens('a b d'))).toBeCloseTo(2 / 3);
    expect(dice(wordTokens('a a'), wordTokens('a'))).toBeCloseTo(2 / 3);
    expect(greedyMatch([[0.9, 0.7], [0.8, 0.1]], 0.6)).toEqual([[0, 0]]);
  });
});

describe('quotes on the seed articles (in-process pipeline)', () => {
  it('keeps detection, speaker and indirect figures at their bars', () => {
    const store = Store.open(':memory:');
    const kb = loadKnowledge();
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const outcome = ingestDocument(store, { name: f, source: join(SEEDS, f), url: null, text, format: 'text', encoding: 'utf-8', given: {} }, kb);
      expect(outcome.status).toBe('stored');
    }
    const pairs = loadGoldDir(GOLD).map((gold) => ({ gold, doc: store.findDocument(gold.document)! }));
    const report = quotesTask({ pairs, store });
    const metric = (name: string) => report.metrics.find((m) => m.name === name)!.value;
    expect(metric('direct+partial F1')).toBeGreaterThanOrEqual(0.95);
    expect(metric('speaker accuracy (matched)')).toBeGreaterThanOrEqual(0.9);
    expect(metric('indirect recall')).toBeGreaterThanOrEqual(0.7);
    store.close();
  }, 20_000);
});
