/**
 * Session 20 QA: `parley eval --split NAME` with a split no gold file has said "none of the 0 gold documents
 * of split … is in the database (ingest them first)", sending the user to ingest instead of to the split's name.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../ingest/ingest.js';
import { Store } from '../store/store.js';
import { defaultKnowledge, rawText } from '../../test/helpers/seeds.js';
import { runEval } from './index.js';

describe('eval --split', () => {
  it('a split no gold file has is named as such, with the splits there are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-qa20-split-'));
    const store = Store.open(':memory:');
    try {
      ingestDocument(store, rawText('a.txt', 'Sylvania rejected the offer, the foreign minister said on Tuesday.'), defaultKnowledge());
      writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ document: 'a.txt', split: 'dev' }));
      writeFileSync(join(dir, 'b.gold.json'), JSON.stringify({ document: 'b.txt', split: 'test' }));
      expect(() => runEval(dir, store, undefined, { split: 'tset' })).toThrow(/no gold file has "split": "tset" \(the splits there are: dev, test\)/);
      expect(runEval(dir, store, undefined, { split: 'dev' }).missingDocs).toEqual([]);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
