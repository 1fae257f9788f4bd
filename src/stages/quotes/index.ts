import { CONTENT_ZONES, type Quote, type ZoneKind } from '../../core/model.js';
import { textSpan } from '../../core/span.js';
import type { DocView, Stage } from '../types.js';
import { extractQuotes } from './extract.js';
import { linkSpeakers } from './speaker.js';

function zoneAt(doc: DocView, pos: number): ZoneKind {
  const z = doc.zones.find((zone) => zone.start <= pos && pos < zone.end);
  return z ? z.kind : 'body';
}

/** Direct, partial and reported speech with cue, local source and resolved speaker. */
export const quoteStage: Stage<'quotes'> = {
  name: 'quotes',
  languages: ['en'],
  requires: ['sentences', 'entities', 'mentions'],
  assigns: ['quotes'],
  run: (doc, soFar) => {
    const { text } = doc;
    const found = extractQuotes(text, soFar.sentences);
    const speakers = linkSpeakers(text, found, soFar.entities, soFar.mentions, soFar.sentences);
    const quotes: Quote[] = [];
    const outIndex = new Map<number, number>();
    found.forEach((q, i) => {
      if (q.leadIn || !CONTENT_ZONES.has(zoneAt(doc, q.span.start))) return;
      outIndex.set(i, quotes.length);
      const speaker = q.rule.startsWith('scare') ? null : (speakers[i] ?? null);
      // A lead-in ("He said:") is never emitted, so a quote it introduces carries its cue and source itself.
      const leadIn = q.inherit !== null && !q.source && found[q.inherit]?.leadIn ? found[q.inherit]! : null;
      const cue = q.cue ?? leadIn?.cue ?? null;
      const source = q.source ?? leadIn?.source ?? null;
      quotes.push({
        ...textSpan(text, q.span.start, q.span.end),
        kind: q.kind,
        cue: cue ? textSpan(text, cue.start, cue.end) : null,
        source: source ? textSpan(text, source.start, source.end) : null,
        speaker,
        carriedFrom: q.inherit !== null && !source ? (outIndex.get(q.inherit) ?? null) : null,
        provenance: { stage: 'quotes', rule: q.rule, confidence: q.confidence },
      });
    });
    return { quotes };
  },
};
