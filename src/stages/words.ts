/**
 * Counting words (runs of letters and digits) without building them: `s.match(/[\p{L}\p{N}]+/gu).length`
 * allocates an array and a string per word only to take the array's length, on every candidate quote.
 * Hand-written: no npm package counts Unicode word runs, and this is a dozen lines.
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
    let code = s.charCodeAt(i);
    // A surrogate pair is one character to a `u` pattern; a lone surrogate is neither letter nor digit.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const word = isLetterOrDigit(code);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
