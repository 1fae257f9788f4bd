/**
 * Builds synthetic document analyses for stance tests: sentences from the real splitter, entities and
 * mentions from a small table of surface forms (the actors stage is tested on its own).
 */
import type { ActorType, DocumentAnalysis, LocalEntity, Mention, MentionKind, Quote } from '../../src/core/model.js';
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
