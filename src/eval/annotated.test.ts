import { describe, expect, it } from 'vitest';
import { GoldSchema } from './gold.js';
import { EVAL_TASKS, runTasks } from './index.js';
import { Store } from '../store/store.js';
import { ingestDocument } from '../ingest/ingest.js';
import { defaultKnowledge, rawText } from '../../test/helpers/seeds.js';

describe('gold files that annotate only some sections', () => {
  it('scores only the tasks a gold file annotates', () => {
    const store = Store.open(':memory:');
    const text = 'Sylvania rejected the offer. “We will not sign,” said Dana Orlo, the foreign minister.';
    ingestDocument(store, rawText('a.txt', text), defaultKnowledge());
    const doc = store.findDocument('a.txt')!;
    const base = { document: 'a.txt', actors: [{ name: 'Dana Orlo', type: 'person', mentions: ['Dana Orlo'] }] };
    const partial = GoldSchema.parse({ ...base, annotated: ['actors', 'stances'] });
    const full = GoldSchema.parse(base);
    expect(runTasks([{ gold: partial, doc }], store).map((r) => r.task)).toEqual(['stances', 'persons']);
    // Without the field every section counts: the unannotated quote is a false positive.
    const all = runTasks([{ gold: full, doc }], store);
    expect(all).toHaveLength(EVAL_TASKS.length);
    expect(all.find((r) => r.task === 'quotes')!.metrics.find((m) => m.name === 'direct+partial precision')!.value).toBe(0);
    store.close();
  });
});
