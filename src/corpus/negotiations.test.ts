/**
 * A corpus mixing two negotiations that both discuss a ceasefire: the discovered object must be two
 * propositions (one per negotiation), labelled with their sides, in `parley positions` and the matrix.
 * Synthetic reports about fictional rounds of Armenia–Azerbaijan and Ethiopia–Eritrea talks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ingestDocument } from '../ingest/ingest.js';
import { loadKnowledge } from '../packs/load.js';
import { Store } from '../store/store.js';
import { positionsMatrix, syncPropositions } from './positions.js';

const REPORTS = [
  'Armenia and Azerbaijan agree ceasefire\n\nArmenia and Azerbaijan agreed to a ceasefire along their border on Monday. Baku welcomed the ceasefire, and Yerevan said it backed the ceasefire too.',
  'Azerbaijan rejects ceasefire terms\n\nAzerbaijan rejected a ceasefire proposed by Armenia on Friday. Armenia said it still supports a ceasefire.',
  'Ethiopia and Eritrea sign ceasefire\n\nEthiopia and Eritrea agreed to a ceasefire on the northern front. Asmara welcomed the ceasefire and Addis Ababa backed the ceasefire as well.',
  'Eritrea doubts the truce\n\nEritrea rejected a ceasefire extension on Tuesday. Ethiopia said it supports a ceasefire along the front.',
];

let store: Store | undefined;
afterEach(() => store?.close());

describe('two negotiations in one corpus', () => {
  it('keeps one negotiation’s discovered ceasefire apart from the other’s', () => {
    const kb = loadKnowledge([], ['world']);
    store = Store.open(':memory:');
    for (const [i, text] of REPORTS.entries()) {
      const o = ingestDocument(store, { name: `r${i}.txt`, source: `r${i}.txt`, url: null, text, format: 'text', encoding: 'utf-8', given: {} }, kb);
      expect(o.status).toBe('stored');
    }
    const props = syncPropositions(store, kb).filter((p) => p.id.startsWith('auto:ceasefire'));
    expect(props.map((p) => p.id).sort()).toEqual(['auto:ceasefire@armenia+azerbaijan', 'auto:ceasefire@eritrea+ethiopia']);
    expect(props.map((p) => p.label).sort()).toEqual(['ceasefire (Armenia–Azerbaijan)', 'ceasefire (Eritrea–Ethiopia)']);
    const m = positionsMatrix(store);
    // The ceasefire itself, once per negotiation ("ceasefire extension", a side's one-off object, is its own column).
    const columns = m.propositions.filter((p) => p.id.startsWith('auto:ceasefire@'));
    expect(columns).toHaveLength(2);
    // Each side's cells sit in its own negotiation's column only.
    for (const c of m.cells.filter((c) => c.proposition.startsWith('auto:ceasefire'))) {
      const sides = c.proposition.split('@')[1]!.split('+');
      expect(sides).toContain(c.rowId);
    }
  });
});
