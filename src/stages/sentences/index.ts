import type { Sentence, Zone, ZoneKind } from '../../core/model.js';
import type { Stage } from '../types.js';

// Intl.Segmenter (ICU) finds sentence boundaries; we only add the line and zone structure around it.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Longest stretch handed to the segmenter at once. */
const SEGMENT_WINDOW = 16_384;
/** How near a window's end a sentence may start and still be trusted: the rest is read again in the next window. */
const WINDOW_MARGIN = 512;

/**
 * The segmenter's sentences of `chunk`, read a window at a time: V8's segment iterator costs time in the
 * length of the whole string at each step (an 800 KB line with 2,000 breaks took 3.4 s, a 200 KB one 5 ms). A
 * window's last segment may be cut by the window, so reading goes on from where it starts.
 */
function* sentenceSegments(chunk: string): Generator<{ index: number; segment: string }> {
  if (chunk.length <= SEGMENT_WINDOW) {
    yield* segmenter.segment(chunk);
    return;
  }
  let from = 0;
  while (from < chunk.length) {
    const window = chunk.slice(from, from + SEGMENT_WINDOW);
    const last = from + window.length >= chunk.length;
    let lastStart = 0;
    let emitted = false;
    const held: { index: number; segment: string }[] = [];
    for (const seg of segmenter.segment(window)) held.push({ index: from + seg.index, segment: seg.segment });
    // The segmenter may look far ahead before a break ("e.g. 1 2 3 ..."): a break close to the cut is read again.
    if (!last) while (held.length > 1 && held[held.length - 1]!.index - from > window.length - WINDOW_MARGIN) held.pop();
    if (!last && held.length > 1) held.pop();
    for (const seg of held) {
      yield seg;
      emitted = true;
      lastStart = seg.index + seg.segment.length;
    }
    // One segment filling the whole window: no break inside it, so it ends at the window (the sentence cap cuts it further).
    from = emitted ? lastStart : from + window.length;
  }
}

/** Abbreviations after which ICU wrongly ends a sentence ("Vladimir V. Putin", "U.S. officials", "Sens. Holt"). */
export const NO_BREAK_AFTER = /(?:\b(?:Mr|Mrs|Ms|Messrs|Dr|Drs|Prof|Gen|Lt|Col|Maj|Sgt|Cpl|Capt|Cmdr|Adm|Sen|Sens|Rep|Reps|Gov|Govs|Pres|Amb|Rev|Hon|Supt|Insp|Det|St|Ft|Mt|No|Nos|vs|approx|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|\b[A-Z]\.|\b(?:[A-Z]\.){2,})\s*$/;
/**
 * Abbreviations that may also end a sentence ("Exxon Mobil Corp. The company said", "signed in Salem, Ore.
 * Officials said"): no break only when the text goes on in lower case, a digit or punctuation ("Ore. on Friday").
 */
export const NO_BREAK_BEFORE_LOWER = /\b(?:Jr|Sr|etc|Inc|Corp|Ltd|Co|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.\s*$/;

/**
 * The end of a stretch that decides whether `NO_BREAK_AFTER` or `NO_BREAK_BEFORE_LOWER` matches it: both
 * end in `\s*$`, and a match is at most 8 characters before the white space (a run of initials, "A.B.C.",
 * also matches from its last two), with one more for the `\b`. Tested on the whole sentence, the patterns
 * were tried at every position of it.
 */
export function abbreviationWindow(stretch: string): string {
  return stretch.slice(Math.max(0, stretch.trimEnd().length - 16));
}

/**
 * The longest stretch kept as one sentence. Every stage reads a sentence's text before and after each cue with
 * patterns anchored at one end, so its cost grows with the square of a sentence's length: a 300 KB line with no
 * sentence end (a dump, a list run together) took 3.4 minutes. The longest sentence in the 924 PolNeAR articles
 * and every fixture is 1,094 characters, so no real sentence is cut.
 */
export const MAX_SENTENCE_CHARS = 2_000;
/** Where an over-long stretch is best cut, in order: after a clause's punctuation, then at any white space. */
const CLAUSE_END = /[;:,)\]”"]\s+(?=\S)/g;
const WHITE_SPACE = /\s+(?=\S)/g;

/**
 * `[start, end)` as one or more sentences of at most `MAX_SENTENCE_CHARS`, each cut after the last clause end
 * (else white space) in the second half of the allowed stretch, or hard at the limit when there is neither.
 */
function pushCapped(sentences: Sentence[], text: string, start: number, end: number, paragraph: number, zone: ZoneKind): void {
  while (end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start, start + MAX_SENTENCE_CHARS + 1);
    let cut = -1;
    for (const re of [CLAUSE_END, WHITE_SPACE]) {
      re.lastIndex = MAX_SENTENCE_CHARS / 2;
      for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length;
      if (cut > 0) break;
    }
    if (cut <= 0) cut = MAX_SENTENCE_CHARS;
    let pieceEnd = start + cut;
    // (Not between the halves of a surrogate pair: a span must slice whole characters.)
    if (/[\uD800-\uDBFF]/.test(text[pieceEnd - 1] ?? '')) pieceEnd--;
    let next = pieceEnd;
    while (pieceEnd > start && /\s/.test(text[pieceEnd - 1]!)) pieceEnd--;
    sentences.push({ start, end: pieceEnd, paragraph, zone });
    while (next < end && /\s/.test(text[next]!)) next++;
    start = next;
  }
  if (end > start) sentences.push({ start, end, paragraph, zone });
}

/** The zone pieces of one line: where a zone (a dateline prefix, say) covers only part of it, each part is its own piece. */
function linePieces(lineStart: number, lineEnd: number, zones: readonly Zone[], from: number): { start: number; end: number; kind: ZoneKind }[] {
  const pieces: { start: number; end: number; kind: ZoneKind }[] = [];
  let cursor = lineStart;
  for (let i = from; i < zones.length && zones[i]!.start < lineEnd; i++) {
    const z = zones[i]!;
    if (z.end <= lineStart) continue;
    if (z.start > cursor) pieces.push({ start: cursor, end: z.start, kind: 'body' });
    pieces.push({ start: Math.max(z.start, lineStart), end: Math.min(z.end, lineEnd), kind: z.kind });
    cursor = Math.min(z.end, lineEnd);
  }
  if (cursor < lineEnd) pieces.push({ start: cursor, end: lineEnd, kind: pieces.at(-1)?.kind ?? 'body' });
  return pieces;
}

/**
 * Splits every non-blank line of the text into sentences. A sentence never crosses a zone boundary, so
 * the body after a "CITY (Agency) —" dateline is its own body sentence, and is never longer than
 * `MAX_SENTENCE_CHARS`.
 */
export function splitSentences(text: string, zones: readonly Zone[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\r\n]+/g;
  let zoneIndex = 0;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const lineEnd = lineStart + m[0].length;
    if (!m[0].trim()) continue;
    while (zoneIndex < zones.length && zones[zoneIndex]!.end <= lineStart) zoneIndex++;
    for (const piece of linePieces(lineStart, lineEnd, zones, zoneIndex)) {
      const chunk = text.slice(piece.start, piece.end);
      let pending: { start: number; end: number } | null = null;
      for (const seg of sentenceSegments(chunk)) {
        let start = piece.start + seg.index;
        let end = start + seg.segment.length;
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
        if (start === end) continue;
        if (pending) pending.end = end;
        else pending = { start, end };
        // Only the stretch's last 16 characters can decide (it ends on no white space: `end` was trimmed above).
        const sofar = abbreviationWindow(text.slice(Math.max(pending.start, pending.end - 16), pending.end));
        if (end < piece.end && (NO_BREAK_AFTER.test(sofar) || (NO_BREAK_BEFORE_LOWER.test(sofar) && /^\s*[\p{Ll}\d,;(]/u.test(text.slice(end, end + 3))))) continue;
        pushCapped(sentences, text, pending.start, pending.end, paragraph, piece.kind);
        pending = null;
      }
      if (pending) pushCapped(sentences, text, pending.start, pending.end, paragraph, piece.kind);
    }
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
