import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Zone } from '../../core/model.js';
import { detectZones } from '../../ingest/zones.js';
import { abbreviationWindow, MAX_SENTENCE_CHARS, NO_BREAK_AFTER, NO_BREAK_BEFORE_LOWER, splitSentences } from './index.js';

describe('splitSentences', () => {
  it('splits a line longer than the segmenter window exactly as it splits the same sentences one line each', () => {
    // A line of ~60 KB (past the 16 KB window) with varied sentences, some with abbreviations and quotes.
    const pool = ['The union rejected the offer.', 'Mr. Lee said talks would resume on Monday.', '"We will not sign," she said.', 'Prices rose 2.5 per cent in the U.S. last year.', 'Why would they agree?', 'Officials met in Geneva; nothing was decided.'];
    const sentences = Array.from({ length: 1500 }, (_, k) => pool[(k * 7) % pool.length]!);
    const line = sentences.join(' ');
    const lines = sentences.join('\n');
    const one = splitSentences(line, [{ kind: 'body', start: 0, end: line.length, rule: 'test' }]).map((x) => line.slice(x.start, x.end));
    const each = splitSentences(lines, [{ kind: 'body', start: 0, end: lines.length, rule: 'test' }]).map((x) => lines.slice(x.start, x.end));
    expect(line.length).toBeGreaterThan(50_000);
    expect(one).toEqual(each);
  });

  it('does not break a sentence where the segmenter window ends inside a long look-ahead ("e.g. 1 2 3 ...")', () => {
    const filler = 'The union rejected the offer. '.repeat(544);
    const long = `Officials cited, e.g. ${Array.from({ length: 400 }, (_, k) => k).join(' ')} and more text here.`;
    const text = `${filler}${long} Talks resume on Monday.`;
    const found = splitSentences(text, [{ kind: 'body', start: 0, end: text.length, rule: 'test' }]).map((x) => text.slice(x.start, x.end));
    expect(found).toContain(long);
    expect(found[found.length - 1]).toBe('Talks resume on Monday.');
  });

  it('cuts a stretch with no sentence end into pieces of at most MAX_SENTENCE_CHARS, after a clause where it can', () => {
    const clause = 'the union said it would reject the offer, ';
    const text = `${clause.repeat(200)}and that was all.`;
    const s = splitSentences(text, detectZones(text));
    expect(s.length).toBeGreaterThan(4);
    for (const x of s) {
      expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(x.start, x.end)).toMatch(/^\S(?:.*\S)?$/s);
    }
    // Each cut but the last falls after a comma; together the pieces cover every word, in order.
    expect(s.slice(0, -1).every((x) => text[x.end - 1] === ',')).toBe(true);
    expect(s.map((x) => text.slice(x.start, x.end)).join(' ')).toBe(text);
  });

  it('cuts at white space, else hard at the limit, and never between the halves of a surrogate pair', () => {
    const words = 'word '.repeat(1000).trim();
    expect(splitSentences(words, detectZones(words)).every((x) => x.end - x.start <= MAX_SENTENCE_CHARS && /^word/.test(words.slice(x.start, x.end)))).toBe(true);
    const blob = `${'a'.repeat(MAX_SENTENCE_CHARS - 1)}😀${'b'.repeat(3000)}`;
    const pieces = splitSentences(blob, detectZones(blob));
    expect(pieces.map((x) => blob.slice(x.start, x.end)).join('')).toBe(blob);
    expect(pieces[0]!.end).toBe(MAX_SENTENCE_CHARS - 1);
  });

  it('splits lines into sentences and keeps abbreviations inside them', () => {
    const text = 'Mr. Smith met Vladimir V. Putin in Moscow. They talked.\r\nU.S. officials agreed.';
    const s = splitSentences(text, detectZones(text)).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Mr. Smith met Vladimir V. Putin in Moscow.', 'They talked.', 'U.S. officials agreed.']);
  });

  it('keeps plural titles and US state abbreviations inside the sentence', () => {
    const text = 'Lira teamed up with Sens. Dana Holt and Reps. Omar Vance on the bill, signed in Salem, Ore. on Friday. It passed.';
    const s = splitSentences(text, detectZones(text)).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Lira teamed up with Sens. Dana Holt and Reps. Omar Vance on the bill, signed in Salem, Ore. on Friday.', 'It passed.']);
  });

  it('ends a sentence after a company suffix or a state abbreviation when a new sentence starts', () => {
    const text = 'The suit named Halvor Mining Corp. The company said it would appeal. Talks were held in Jackson, Miss. Officials said little.';
    const s = splitSentences(text, detectZones(text)).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['The suit named Halvor Mining Corp.', 'The company said it would appeal.', 'Talks were held in Jackson, Miss.', 'Officials said little.']);
  });

  it('never lets a sentence cross a zone boundary inside a line', () => {
    const text = 'DOHA (Reuters) — Qatar said talks would resume. Both sides agreed.';
    const zones: Zone[] = [
      { kind: 'dateline', start: 0, end: 17, rule: 'test' },
      { kind: 'body', start: 17, end: text.length, rule: 'test' },
    ];
    const s = splitSentences(text, zones);
    expect(s.map((x) => [x.zone, text.slice(x.start, x.end)])).toEqual([
      ['dateline', 'DOHA (Reuters) —'],
      ['body', 'Qatar said talks would resume.'],
      ['body', 'Both sides agreed.'],
    ]);
  });

  it('returns trimmed, ordered, non-overlapping spans inside their line for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('\n', '\r\n', '\r', '. ', 'Dr. ', ' — ', '“Yes,” he said.')), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const sentences = splitSentences(text, detectZones(text));
        let last = 0;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          const slice = text.slice(s.start, s.end);
          expect(slice).toBe(slice.trim());
          expect(/[\r\n]/.test(slice)).toBe(false);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('abbreviationWindow', () => {
  it('decides the no-break patterns as the whole stretch does', () => {
    const piece = fc.constantFrom('Mr.', 'Messrs.', 'approx.', 'Calif.', 'Jr.', 'A.', 'B.', 'U.S.', 'x', 'said', ' ', '\u00a0', '\n', '.', 'Sept.', 'Mt', 'e', 'Xapprox.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        const w = abbreviationWindow(s);
        expect([NO_BREAK_AFTER.test(w), NO_BREAK_BEFORE_LOWER.test(w)]).toEqual([NO_BREAK_AFTER.test(s), NO_BREAK_BEFORE_LOWER.test(s)]);
      }),
      { numRuns: 3000 },
    );
  });
});
