/**
 * Counting words (runs of letters and digits, as `/[\p{L}\p{N}]+/gu` finds them) without building them:
 * `s.match(...).length` allocates an array and a string per word only to take the array's length, on every
 * candidate quote; a map of every word of a report is built to ask about a few. Hand-written: no npm
 * package counts Unicode word runs, and each function is a dozen lines.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet seen, 1 letter or digit, 2 neither (filled as characters are met). */
const KNOWN = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) KNOWN[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
  let known = KNOWN[codePoint]!;
  if (known === 0) KNOWN[codePoint] = known = LETTER_OR_DIGIT.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return known === 1;
}

/** How many matches `/[\p{L}\p{N}]+/gu` has in `s`. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    // A surrogate pair is one character to a `u` pattern; a lone surrogate is neither letter nor digit.
    const code = s.codePointAt(i)!;
    if (code > 0xffff) i++;
    const word = isLetterOrDigit(code);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

/** How many of the matches of `/[\p{L}\p{N}]+/gu` in `text` are `word`. */
export function wordOccurrences(text: string, word: string): number {
  if (!LETTERS_AND_DIGITS.test(word)) return 0;
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    // Two code units each side: a letter outside the BMP is a surrogate pair.
    if (i > 0 && LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, i - 2), i))) continue;
    if (end < text.length && LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2))) continue;
    n++;
  }
  return n;
}

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
/** Per BMP code unit: 0 not yet seen, else 1 | (2 if a letter) | (4 if an upper-case letter). */
const LETTER_CLASS = new Uint8Array(0x10000);

function letterClass(codePoint: number): number {
  if (codePoint > 0xffff) {
    const c = String.fromCodePoint(codePoint);
    return 1 | (LETTER.test(c) ? 2 : 0) | (UPPER.test(c) ? 4 : 0);
  }
  let known = LETTER_CLASS[codePoint]!;
  if (known === 0) {
    const c = String.fromCharCode(codePoint);
    LETTER_CLASS[codePoint] = known = 1 | (LETTER.test(c) ? 2 : 0) | (UPPER.test(c) ? 4 : 0);
  }
  return known;
}

/**
 * Of the words of `s` as `/\p{L}[\p{L}'’-]*\/gu` finds them, those longer than `min` code units: how many,
 * and how many open with an upper-case letter (`/^\p{Lu}/u`). Without building the words.
 */
export function longWordCase(s: string, min: number): { long: number; capitalised: number } {
  let long = 0;
  let capitalised = 0;
  let start = -1;
  let upper = false;
  const close = (end: number) => {
    if (end - start > min) {
      long++;
      if (upper) capitalised++;
    }
    start = -1;
  };
  for (let i = 0; i < s.length; i++) {
    const at = i;
    const code = s.codePointAt(i)!;
    if (code > 0xffff) i++;
    const cls = letterClass(code);
    if (start >= 0) {
      if (cls & 2 || code === 0x27 || code === 0x2019 || code === 0x2d) continue;
      close(at);
    }
    if (cls & 2) {
      start = at;
      upper = (cls & 4) !== 0;
    }
  }
  if (start >= 0) close(s.length);
  return { long, capitalised };
}
