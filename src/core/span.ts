/** Half-open [start, end) range in UTF-16 code units into a document's stored text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the exact characters it covers: `text === doc.text.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

/** Builds a span and checks it against the text it points into. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`[E001] span [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** True when the span's `text` is exactly what its offsets cover. */
export function spanMatches(text: string, span: TextSpan): boolean {
  return span.start >= 0 && span.end <= text.length && text.slice(span.start, span.end) === span.text;
}

/** Narrows a span so it starts and ends on non-space characters (never widens it). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
