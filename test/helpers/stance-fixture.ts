/**
 * Builds synthetic document analyses for stance tests: sentences from the real splitter, entities and
 * mentions from a small table of surface forms (the actors stage is tested on its own).
 */
import type { ActorType, DocumentAnalysis, LocalEntity, Mention, MentionKind, Quote, StanceAnnotation } from '../../src/core/model.js';
import type { KnowledgeBase } from '../../src/packs/load.js';
import { extractStances } from '../../src/stages/stances/index.js';
import { emptyAnalysis } from '../../src/core/model.js';
import { textSpan } from '../../src/core/span.js';
import { splitSentences } from '../../src/stages/sentences/index.js';

export interface FixtureActor {
  name: string;
  type: ActorType;
  party?: string | null;
  packId?: string | null;
  /** Surface forms and their mention kind. */
  surfaces: [string, MentionKind][];
}

/** The two sides and two spokespeople of the invented port dispute several stance tests share. */
export const PORT_DISPUTE: FixtureActor[] = [
  { name: 'Harbor Workers Union', type: 'organization', party: 'harbor-workers-union', surfaces: [['Harbor Workers Union', 'name']] },
  { name: 'Port Owners Council', type: 'organization', party: 'port-owners-council', surfaces: [['Port Owners Council', 'name']] },
  { name: 'Mira Olsen', type: 'person', party: 'harbor-workers-union', surfaces: [['Mira Olsen', 'name'], ['Olsen', 'name']] },
  { name: 'Tom Reyes', type: 'person', party: 'port-owners-council', surfaces: [['Tom Reyes', 'name'], ['Reyes', 'name']] },
];

/** Two fictional countries bargaining over a lake-water treaty. */
export const LAKE_TREATY: FixtureActor[] = [
  { name: 'Lakeland', type: 'country', party: 'lakeland', packId: null, surfaces: [['Lakeland', 'name']] },
  { name: 'Rivia', type: 'country', party: 'rivia', packId: null, surfaces: [['Rivia', 'name']] },
];

/** A headline and first sentence that make the port dispute the report's negotiation. */
export const PORT_LEAD = 'Harbor Workers Union and Port Owners Council resume contract talks\nThe Harbor Workers Union and the Port Owners Council met on Monday to negotiate a new labor contract. ';

export function analysisFor(text: string, actors: FixtureActor[], quotes: { text: string; speaker: string; kind: Quote['kind'] }[] = []): DocumentAnalysis {
  const a = emptyAnalysis();
  a.sentences = splitSentences(text, [{ kind: 'body', start: 0, end: text.length, rule: 'test' }]);
  const taken: { start: number; end: number }[] = [];
  const all: { entity: number; start: number; end: number; kind: MentionKind }[] = [];
  actors.forEach((actor, i) => {
    const entity: LocalEntity = { type: actor.type, name: actor.name, packId: actor.packId ?? null, party: actor.party ?? null, roles: [], mentions: [] };
    a.entities.push(entity);
    for (const [surface, kind] of [...actor.surfaces].sort((x, y) => y[0].length - x[0].length)) {
      const re = new RegExp(`(?<![\\p{L}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + surface.length;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        taken.push({ start, end });
        all.push({ entity: i, start, end, kind });
      }
    }
  });
  all.sort((x, y) => x.start - y.start);
  a.mentions = all.map((m): Mention => ({ ...textSpan(text, m.start, m.end), entity: m.entity, kind: m.kind, provenance: { stage: 'actors', rule: 'test', confidence: 1 } }));
  a.mentions.forEach((m, i) => a.entities[m.entity]!.mentions.push(i));
  for (const q of quotes) {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`quote not in text: ${q.text}`);
    a.quotes.push({ ...textSpan(text, start, start + q.text.length), kind: q.kind, cue: null, source: null, speaker: actors.findIndex((x) => x.name === q.speaker), provenance: { stage: 'quotes', rule: 'test', confidence: 1 } });
  }
  return a;
}

/** A stance as the stance tests read it: its holder's fixture name and its object without the `@sides` suffix. */
export interface NamedStance {
  actor: string;
  proposition: string;
  qualified: string;
  stance: StanceAnnotation['stance'];
  condition: string | null;
  evidence: string;
  rule: string;
  date: string | null;
}

/** Runs the stance stage over `text` with the fixture's entities and names what it finds. */
export function fixtureStances(
  text: string,
  actors: FixtureActor[],
  kb: KnowledgeBase,
  options: { quotes?: { text: string; speaker: string; kind: Quote['kind'] }[]; published?: string } = {},
): (NamedStance & { start: number; end: number })[] {
  const a = analysisFor(text, actors, options.quotes ?? []);
  return extractStances({ text, zones: [], published: options.published ?? '2025-06-10', language: 'en' }, a, kb).map((s) => ({
    actor: actors[s.actor]!.name,
    proposition: s.proposition.replace(/@.*$/, ''),
    qualified: s.proposition,
    stance: s.stance,
    condition: s.condition?.text ?? null,
    evidence: s.evidence.text,
    rule: s.provenance.rule,
    date: s.date,
    start: s.evidence.start,
    end: s.evidence.end,
  }));
}
