import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, longWordCase, wordOccurrences } from './words.js';

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

describe('wordOccurrences', () => {
  const byWords = (text: string, word: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w === word).length;

  it('counts a word only where it is a whole word', () => {
    expect(wordOccurrences('the deal, a deals deal-maker\ndeal', 'deal')).toBe(3);
    expect(wordOccurrences('𝐀deal dealé', 'deal')).toBe(0);
    expect(wordOccurrences('deal deal', 'de al')).toBe(0);
  });

  it('agrees with counting the matches of /[\\p{L}\\p{N}]+/gu', () => {
    const unit = fc.constantFrom('a', 'b', 'ab', ' ', '-', 'é', '\u0301', '𝐀', '\ud835', '7', '\n');
    const word = fc.constantFrom('a', 'ab', 'b', 'aa', 'é', '𝐀', 'a-b', '', '7a');
    fc.assert(fc.property(fc.string({ unit, maxLength: 20 }), word, (text, w) => wordOccurrences(text, w) === byWords(text, w)), { numRuns: 3000 });
  });
});

describe('longWordCase', () => {
  const byMatch = (s: string, min: number) => {
    const words = (s.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length > min);
    return { long: words.length, capitalised: words.filter((w) => /^\p{Lu}/u.test(w)).length };
  };

  it('counts long words and the capitalised among them', () => {
    expect(longWordCase("Clinton Wades In: Urges Britain's voters-to Remain", 3)).toEqual({ long: 6, capitalised: 5 });
    expect(longWordCase('-abcd ’Éclair 𝐀bcd', 3)).toEqual({ long: 3, capitalised: 2 });
  });

  it('agrees with matching /\\p{L}[\\p{L}\'’-]*/gu', () => {
    const unit = fc.constantFrom('a', 'B', 'é', 'É', ' ', "'", '’', '-', '7', '𝐀', '𝐚', '\ud835', '\u0301', 'ǅ');
    fc.assert(fc.property(fc.string({ unit, maxLength: 24 }), fc.integer({ min: 0, max: 4 }), (s, min) => {
      expect(longWordCase(s, min)).toEqual(byMatch(s, min));
    }), { numRuns: 3000 });
  });
});
