/**
 * One multilateral negotiation across reports: a report naming all five parties ("Talks between Ostravia,
 * Velmark, Kestland, Dunmore and Corrinia") and a later one naming only the two that settle are one set of
 * talks in the corpus views, so Velmark's change of position shows. Invented countries and talks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportSections } from '../export/export.js';
import { ingestDocument } from '../ingest/ingest.js';
import { loadKnowledge } from '../packs/load.js';
import { ApiQueries } from '../server/queries.js';
import { Store } from '../store/store.js';
import { renderBrief } from './brief.js';
import { correctedContradictions } from './corrected.js';
import { positionsMatrix, syncPropositions } from './positions.js';
import { timeline } from './timeline.js';
import { MULTILATERAL_REPORTS } from '../../test/helpers/multilateral-reports.js';

let store: Store | undefined;
afterEach(() => store?.close());

function corpus(reports: readonly string[]): Store {
  const kb = loadKnowledge([], ['world']);
  const s = Store.open(':memory:');
  for (const [i, text] of reports.entries()) {
    expect(ingestDocument(s, { name: `r${i}.txt`, source: `r${i}.txt`, url: null, text, format: 'text', encoding: 'utf-8', given: {} }, kb).status).toBe('stored');
  }
  syncPropositions(s, kb);
  return s;
}

describe('a negotiation reported with fewer parties is the multilateral one', () => {
  it('stores each report’s own negotiation and shows both as one in positions and the timeline', () => {
    store = corpus(MULTILATERAL_REPORTS);
    const stored = (store.db.prepare(`SELECT DISTINCT proposition FROM stances WHERE proposition LIKE 'auto:deal@%' ORDER BY 1`).pluck().all() as string[]);
    // Nothing stored is rewritten: the later report keeps the two sides it named.
    expect(stored).toHaveLength(2);
    const [many, two] = stored.sort((a, b) => b.length - a.length);
    expect(many!.split('@')[1]!.split('+').length).toBeGreaterThanOrEqual(3);
    expect(two).toBe('auto:deal@ostravia+velmark');

    const m = positionsMatrix(store);
    const deals = m.propositions.filter((p) => p.id.startsWith('auto:deal@'));
    expect(deals.map((p) => p.id)).toEqual([many]);
    expect(deals[0]!.label).toMatch(/^deal \((?:[A-Z][a-z]+, ){2,}[A-Z][a-z]+\)$/);
    const velmark = m.cells.find((c) => c.rowId === 'velmark' && c.proposition === many)!;
    expect(velmark.stance).toBe('support');
    expect(velmark.trend).toBe('softening');
    expect(velmark.sources).toBe(2);
    expect(m.cells.some((c) => c.proposition === two)).toBe(false);

    const changes = timeline(store).filter((e) => e.kind === 'stance-change' && e.proposition === many);
    expect(changes.map((e) => `${e.actors[0]}: ${e.from} → ${e.to}`)).toContain('Velmark: oppose → support');
    // A filter on either id finds the talks as shown.
    expect(timeline(store, { proposition: two }).filter((e) => e.kind === 'stance-change')).toHaveLength(changes.length);

    // Contradictions compare the same object of the same talks (independent reports, within the window).
    const contradictions = correctedContradictions(store, { proposition: two });
    expect(contradictions.every((c) => c.proposition === many)).toBe(true);

    // The brief's talks are one heading, not a pair heading beside the multilateral one.
    expect(renderBrief(store)).not.toContain('Ostravia–Velmark');

    // The export tells which talks a stance is shown under; its propositions resolve every id.
    const sections = new Map(exportSections(store));
    const stances = [...sections.get('stances')!] as { proposition: string; shownAs: string }[];
    expect(stances.filter((s) => s.proposition === two).every((s) => s.shownAs === many)).toBe(true);
    expect(stances.filter((s) => s.proposition === many).every((s) => s.shownAs === many)).toBe(true);
    const ids = new Set(([...sections.get('propositions')!] as { id: string }[]).map((p) => p.id));
    for (const s of stances) expect(ids.has(s.shownAs)).toBe(true);

    // The API's stance filter and filter choices follow the talks too.
    const api = new ApiQueries(store);
    const listed = api.listStances({ proposition: many!, limit: 100, offset: 0 }).items as { proposition: string; shownAs?: string }[];
    expect(listed.some((s) => s.proposition === two && s.shownAs === many)).toBe(true);
    const choices = (api.stats().propositions as { id: string }[]).map((p) => p.id);
    expect(choices).not.toContain(two);
  });

  it('keeps two-party talks that share an object with no multilateral talks as they were', () => {
    store = corpus([MULTILATERAL_REPORTS[1]!]);
    expect(positionsMatrix(store).propositions.map((p) => p.id)).toContain('auto:deal@ostravia+velmark');
  });
});
