/**
 * Finds quoted stretches: the characters between a pair of quotation marks. Marks are paired inside one
 * paragraph (a non-blank line) so that an unbalanced mark can never pair across the whole article; a
 * quote left open at a paragraph's end ends there, and is marked as continued when the next paragraph
 * opens with a quotation mark (the journalistic convention for multi-paragraph quotes).
 *
 * Hand-written: quotation-mark libraries (smartquotes and the like) convert marks, they do not pair
 * messy, mixed-style marks or tell an apostrophe from a closing single quote.
 */
import { trimSpan, type Span } from '../../core/span.js';

export interface Paragraph extends Span {
  index: number;
}

export interface QuotedStretch extends Span {
  /** Position of the opening mark (its first character: a mark may be two apostrophes). */
  open: number;
  /** Position of the closing mark's last character, or null when the quote runs to the end of its paragraph. */
  close: number | null;
  paragraph: number;
  style: 'double' | 'single';
  /** Left open at the end of its paragraph, and the next paragraph opens with a quotation mark. */
  continues: boolean;
  /** Opens its paragraph and continues an open quote from the paragraph before. */
  continuation: boolean;
}

/** Non-blank lines, numbered like the sentence splitter numbers paragraphs. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    const s = trimSpan(text, m.index, m.index + m[0].length);
    out.push({ start: s.start, end: s.end, index: out.length });
  }
  return out;
}

type Role = 'open' | 'close' | 'either';
interface Mark {
  pos: number;
  role: Role;
  /** 2 for a double mark typed as two apostrophes (''), else 1. */
  len: number;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/u;
const OPEN_CONTEXT = /[\s\u00a0([{\u2014\u2013\-/:;,]/u;
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Before an opening mark: paragraph start, space, an opening bracket or a dash. */
const leftOk = (c: string | undefined) => c === undefined || OPEN_CONTEXT.test(c) || c === '“' || c === '"' || c === '«';
/** After a closing mark: paragraph end, space or punctuation (not a letter or digit). */
const rightOk = (c: string | undefined) => c === undefined || !isWordChar(c);

/**
 * Typewriter double marks: two apostrophes (''), as in the New York Times archive and LaTeX-style text.
 * In a run of three, the lone apostrophe is the inner single mark: it comes first when the run closes
 * ("it,''' he said": ' then '') and last when it opens ("'''Go,' she said"). Positions of each pair.
 */
function apostrophePairs(text: string, p: Span): number[] {
  const out: number[] = [];
  for (let i = p.start; i + 1 < p.end; i++) {
    if (text.charCodeAt(i) !== 39 || text.charCodeAt(i + 1) !== 39) continue;
    let run = 2;
    while (i + run < p.end && text[i + run] === "'") run++;
    const prev = i > p.start ? text[i - 1] : undefined;
    if (run === 3 && !isSpace(prev) && !isWordChar(text[i + 3])) out.push(i + 1);
    else out.push(i);
    if (run === 4) out.push(i + 2);
    i += run - 1;
  }
  return out;
}

function doubleMarks(text: string, p: Span, pairs: readonly number[]): Mark[] {
  const marks: Mark[] = [];
  const pairAt = new Set(pairs);
  for (let i = p.start; i < p.end; i++) {
    // Every mark below, and every '' pair (two apostrophes), opens with '"', "'" or a character from « on:
    // the rest of the paragraph is passed over without a look at its neighbours.
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code < 0xab) continue;
    const c = text[i]!;
    const prev = i > p.start ? text[i - 1] : undefined;
    if (pairAt.has(i)) {
      const after = i + 2 < p.end ? text[i + 2] : undefined;
      const opens = (leftOk(prev) || prev === "'") && !isSpace(after);
      const closes = !isSpace(prev) && (rightOk(after) || after === "'");
      marks.push({ pos: i, role: opens && !closes ? 'open' : closes && !opens ? 'close' : 'either', len: 2 });
      i++;
      continue;
    }
    const next = i + 1 < p.end ? text[i + 1] : undefined;
    switch (c) {
      case '“':
      case '‟':
        // "“" also closes in German („...“) and in careless text that uses it for both marks.
        marks.push({ pos: i, role: !isSpace(prev) && !leftOk(prev) && rightOk(next) ? 'either' : 'open', len: 1 });
        break;
      case '”':
        marks.push({ pos: i, role: isSpace(prev) && isWordChar(next) ? 'either' : 'close', len: 1 });
        break;
      case '„':
      case '«':
        marks.push({ pos: i, role: 'open', len: 1 });
        break;
      case '»':
        marks.push({ pos: i, role: 'close', len: 1 });
        break;
      case '"':
      case '＂': {
        const opens = leftOk(prev) && !isSpace(next);
        const closes = !isSpace(prev) && rightOk(next);
        marks.push({ pos: i, role: opens && !closes ? 'open' : closes && !opens ? 'close' : 'either', len: 1 });
        break;
      }
    }
  }
  return marks;
}

/** Words written with a leading apostrophe that looks like an opening single quote. */
const LEADING_APOSTROPHE = /^(?:\d0s|\d\ds?\b|em\b|til\b|tis\b|twas\b|n\b|cause\b)/i;

function singleMarks(text: string, p: Span, pairs: readonly number[]): { opens: number[]; strongCloses: number[]; weakCloses: number[] } {
  const opens: number[] = [];
  const strongCloses: number[] = [];
  const weakCloses: number[] = [];
  const inPair = new Set(pairs.flatMap((i) => [i, i + 1]));
  for (let i = p.start; i < p.end; i++) {
    // "'" or one of ‘ ’ ‚ ‹ › (U+2018 on): other characters are passed over before any set is asked.
    const code = text.charCodeAt(i);
    if (code !== 39 && code < 0x2018) continue;
    const c = text[i]!;
    if (inPair.has(i)) continue;
    if (c !== '‘' && c !== '’' && c !== "'" && c !== '‚' && c !== '‹' && c !== '›') continue;
    // Next to a '' pair, the pair counts as the double mark it stands for.
    const prev = inPair.has(i - 1) ? '“' : i > p.start ? text[i - 1] : undefined;
    const next = i + 1 < p.end ? text[i + 1] : undefined;
    const after = text.slice(i + 1, Math.min(p.end, i + 8));
    if (c === '‹' || c === '‚') {
      opens.push(i);
      continue;
    }
    if (c === '›') {
      strongCloses.push(i);
      continue;
    }
    const canOpen = c !== '’' && leftOk(prev) && !isSpace(next) && !LEADING_APOSTROPHE.test(after);
    // Between two letters or digits it is an apostrophe ("Russia’s", "don't").
    const canClose = c !== '‘' && prev !== undefined && !/[\s\u00a0([{]/u.test(prev) && rightOk(next);
    if (canOpen) opens.push(i);
    else if (canClose) {
      // "leaders’ meeting": a plural possessive looks like a closing mark followed by a word.
      const possessive = /s/i.test(prev ?? '') && /^\s+[\p{L}]/u.test(text.slice(i + 1, p.end));
      (possessive ? weakCloses : strongCloses).push(i);
    }
  }
  return { opens, strongCloses, weakCloses };
}

/** `open` is the opening mark's first character, `close` the closing mark's last one. */
function stretch(text: string, open: number, openLen: number, close: number | null, contentEnd: number, paragraph: number, style: QuotedStretch['style']): QuotedStretch | null {
  const s = trimSpan(text, open + openLen, contentEnd);
  if (s.end <= s.start || !/[\p{L}\p{N}]/u.test(text.slice(s.start, s.end))) return null;
  return { start: s.start, end: s.end, open, close, paragraph, style, continues: false, continuation: false };
}

/** The double-mark stretches of one paragraph. */
function pairDouble(text: string, p: Paragraph, pairs: readonly number[]): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  let open: Mark | null = null;
  const push = (s: QuotedStretch | null) => s && out.push(s);
  for (const m of doubleMarks(text, p, pairs)) {
    if (!open) {
      if (m.role !== 'close') open = m;
      // A lone closing mark with nothing open is stray ("... peace,” ” – he noted"): ignored.
      continue;
    }
    if (m.role === 'open') {
      // A second opening mark while one is open: the first quote was never closed.
      push(stretch(text, open.pos, open.len, null, m.pos, p.index, 'double'));
      open = m;
    } else {
      push(stretch(text, open.pos, open.len, m.pos + m.len - 1, m.pos, p.index, 'double'));
      open = null;
    }
  }
  if (open) push(stretch(text, open.pos, open.len, null, p.end, p.index, 'double'));
  return out;
}

/** Single-mark stretches of one paragraph that lie outside its double-mark stretches. */
function pairSingle(text: string, p: Paragraph, doubles: readonly QuotedStretch[], pairs: readonly number[]): QuotedStretch[] {
  const inside = (i: number) => doubles.some((d) => i >= d.open && i <= (d.close ?? d.end));
  const { opens, strongCloses, weakCloses } = singleMarks(text, p, pairs);
  const o = opens.filter((i) => !inside(i));
  const strong = strongCloses.filter((i) => !inside(i));
  const weak = weakCloses.filter((i) => !inside(i));
  const out: QuotedStretch[] = [];
  let from = -1;
  for (let k = 0; k < o.length; k++) {
    const start = o[k]!;
    if (start <= from) continue;
    const limit = o.find((i) => i > start) ?? p.end;
    // The closing mark must come before the next opening one, and no double stretch may sit between.
    const between = (c: number) => c > start && c < limit && !doubles.some((d) => d.open > start && d.open < c);
    const close = strong.find(between) ?? weak.find(between);
    if (close === undefined) continue;
    const s = stretch(text, start, 1, close, close, p.index, 'single');
    if (s) out.push(s);
    from = close;
  }
  return out;
}

const OPENING_MARK = /^[“„«"‘'‹‟]/;

/** Every quoted stretch of the text, in text order, paired paragraph by paragraph. */
export function findQuotedStretches(text: string, paragraphs: readonly Paragraph[] = paragraphsOf(text)): QuotedStretch[] {
  const perParagraph = paragraphs.map((p) => {
    const pairs = apostrophePairs(text, p);
    const doubles = pairDouble(text, p, pairs);
    return [...doubles, ...pairSingle(text, p, doubles, pairs)].sort((a, b) => a.start - b.start);
  });
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const last = perParagraph[i]!.at(-1);
    const first = perParagraph[i + 1]![0];
    const next = paragraphs[i + 1]!;
    if (last && last.close === null && last.end >= paragraphs[i]!.end - 1 && first && first.open === next.start && OPENING_MARK.test(text[next.start]!)) {
      last.continues = true;
      first.continuation = true;
    }
  }
  return perParagraph.flat();
}
