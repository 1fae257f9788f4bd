/** Test support shared by the quote tests on invented reports: a small pack of two fictional countries and a runner. */
import type { Quote } from '../../core/model.js';
import { detectZones } from '../../ingest/zones.js';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from '../actors/testing.js';
import { quoteStage } from './index.js';

/** Freedonia and Sylvania, with their demonyms and capitals. */
export function fictionQuoteKb(id: string): KnowledgeBase {
  return new KnowledgeBase([
    PackSchema.parse({
      id,
      name: id,
      actors: [
        { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville'] },
        { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'], metonyms: ['Sylvan City'] },
      ],
    }),
  ]);
}

/** The quotes of a plain-text report (actors, zones and quotes from the real stages), and a speaker's name. */
export function runQuotes(text: string, kb: KnowledgeBase, published = '2027-05-01'): { quotes: Quote[]; speakerOf: (q: Quote | undefined) => string | null } {
  const a = analyseActors(text, kb, published);
  const zones = detectZones(text, 'text');
  const { quotes } = quoteStage.run({ text, zones, published, language: 'en' }, { ...a, quotes: [], events: [], stances: [] }, kb);
  return { quotes, speakerOf: (q) => (q && q.speaker !== null ? a.entities[q.speaker]!.name : null) };
}
