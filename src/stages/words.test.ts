import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from './words.js';

const byMatch = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

describe('countWords', () => {
  it('counts runs of letters and digits', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  “Putin’s 30-day truce,” he said. ')).toBe(7);
    expect(countWords('Зеленский и Путин')).toBe(3);
    expect(countWords('𝐀𝐁 x')).toBe(2);
  });

  it('agrees with matching /[\\p{L}\\p{N}]+/gu on any text, lone surrogates and astral characters included', () => {
    const unit = fc.constantFrom('a', 'Z', '7', ' ', '-', '’', 'é', 'ж', '٣', '\u0301', '\ud835', '\udc00', '𝐀', '😀', '\u2070', '_');
    fc.assert(fc.property(fc.string({ unit, maxLength: 24 }), (s) => countWords(s) === byMatch(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (s) => countWords(s) === byMatch(s)), { numRuns: 2000 });
  });
});
