import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Zone } from '../../core/model.js';
import { detectZones } from '../../ingest/zones.js';
import { abbreviationWindow, NO_BREAK_AFTER, NO_BREAK_BEFORE_LOWER, splitSentences } from './index.js';

describe('splitSentences', () => {
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
