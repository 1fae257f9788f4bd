import type { Sentence, Zone, ZoneKind } from '../../core/model.js';
import type { Stage } from '../types.js';

// Intl.Segmenter (ICU) finds sentence boundaries; we only add the line and zone structure around it.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which ICU wrongly ends a sentence ("Vladimir V. Putin", "U.S. officials"). */
const NO_BREAK_AFTER = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Pres|St|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|\b[A-Z]\.|\b(?:[A-Z]\.){2,})\s*$/;

/** Splits every non-blank line of the text into sentences, each tagged with its line's zone kind. */
export function splitSentences(text: string, zones: readonly Zone[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\r\n]+/g;
  let zoneIndex = 0;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const line = m[0];
    if (!line.trim()) continue;
    while (zoneIndex < zones.length && zones[zoneIndex]!.end <= lineStart) zoneIndex++;
    const zone: ZoneKind = zones[zoneIndex] && zones[zoneIndex]!.start <= lineStart ? zones[zoneIndex]!.kind : 'body';
    let pending: { start: number; end: number } | null = null;
    for (const seg of segmenter.segment(line)) {
      let start = lineStart + seg.index;
      let end = start + seg.segment.length;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (start === end) continue;
      if (pending) {
        pending.end = end;
      } else {
        pending = { start, end };
      }
      if (NO_BREAK_AFTER.test(text.slice(pending.start, pending.end)) && end < lineStart + line.length) continue;
      sentences.push({ start: pending.start, end: pending.end, paragraph, zone });
      pending = null;
    }
    if (pending) sentences.push({ start: pending.start, end: pending.end, paragraph, zone });
    paragraph++;
  }
  return sentences;
}

export const sentenceStage: Stage<'sentences'> = {
  name: 'sentences',
  requires: [],
  assigns: ['sentences'],
  run: (doc) => ({ sentences: splitSentences(doc.text, doc.zones) }),
};
