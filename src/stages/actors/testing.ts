/** Test helpers: run the actor stage on a plain text, with a small made-up pack. */
import type { DocumentAnalysis } from '../../core/model.js';
import { detectZones } from '../../ingest/zones.js';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { splitSentences } from '../sentences/index.js';
import { actorStage } from './index.js';

export function analyseActors(text: string, kb: KnowledgeBase, published: string | null = '2025-03-14'): Pick<DocumentAnalysis, 'entities' | 'mentions' | 'sentences'> {
  const zones = detectZones(text, 'text');
  const sentences = splitSentences(text, zones);
  const r = actorStage.run({ text, zones, published, language: 'en' }, { sentences, entities: [], mentions: [], quotes: [], events: [], stances: [] }, kb);
  return { ...r, sentences };
}

/** The body or person each mention a pattern matches resolves to, as [mention, entity name] pairs in text order. */
export function resolvedMentions(text: string, pattern: RegExp, kb: KnowledgeBase, published: string | null = '2026-05-01'): [string, string][] {
  const r = analyseActors(text, kb, published);
  return r.mentions.filter((m) => pattern.test(m.text)).map((m) => [m.text, r.entities[m.entity]!.name]);
}

/** A fictional world: two countries and a few fictional officials, so tests name no real seed string. */
export function fictionalKb(): KnowledgeBase {
  return new KnowledgeBase([
    PackSchema.parse({
      id: 'fiction',
      name: 'Fiction',
      actors: [
        { id: 'freedonia', name: 'Freedonia', type: 'country', aliases: ['Republic of Freedonia'], demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville', 'the Blue House', 'Blue House'] },
        { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'], metonyms: ['Sylvan City', 'the Green Hall', 'Green Hall'] },
        { id: 'pax-league', name: 'Pax League', type: 'organization', aliases: ['PAXL', 'the Pax League Organization'] },
        { id: 'northern-policy-institute', name: 'Northern Policy Institute', type: 'organization', aliases: ['Institute for Northern Policy Studies', 'NPI'] },
        { id: 'rufus-firefly', name: 'Rufus Firefly', type: 'person', party: 'freedonia', aliases: ['Rufus T. Firefly'], roles: [{ title: 'Freedonian Foreign Minister', of: 'freedonia' }] },
        { id: 'nikolai-trentinov', name: 'Nikolai Trentinov', type: 'person', party: 'sylvania', aliases: ['Nikolay Trentinov'], roles: [{ title: 'Sylvanian presidential spokesman', of: 'sylvania' }] },
        { id: 'maria-kovalenko', name: 'Maria Kovalenko', type: 'person', party: 'sylvania', roles: [{ title: 'Sylvanian Defense Minister', of: 'sylvania' }] },
      ],
    }),
  ]);
}
