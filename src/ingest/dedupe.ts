/**
 * Near-duplicate detection by MinHash over word shingles, with LSH banding so the store can find
 * candidates by bucket instead of comparing every pair.
 *
 * Hand-written: the npm MinHash packages (minhash, minhashjs) hash with BigInt or per-permutation
 * string work and run well under the ≥ 2,000 signatures/s on 5 KB texts that ingest needs; this is
 * ~60 lines of 32-bit integer arithmetic on typed arrays.
 */
export interface MinHash {
  signature: Uint32Array;
  bandKeys: string[];
  /** Distinct word shingles in the text: how much evidence the signature rests on. */
  shingles: number;
}

export interface MinHashOptions {
  /** Words per shingle. */
  shingle: number;
  /** Number of hash functions (signature length) = bands × rows. */
  bands: number;
  rows: number;
  /** Fewer shingles than this and the text is too short to sign. */
  minShingles: number;
}

/**
 * Word bigrams, because a spinner that swaps every third word leaves no 3-word shingle intact but a
 * third of the bigrams. 256 one-permutation slots in 128 bands of 2 rows: a pair at Jaccard 0.15 (a
 * heavily spun copy) shares a bucket with probability 1 − (1 − 0.15²)^128 ≈ 0.95, one at 0.03 (two
 * articles on one topic) ≈ 0.11, and the estimate then decides.
 */
export const DEFAULT_MINHASH: MinHashOptions = { shingle: 2, bands: 128, rows: 2, minShingles: 8 };

/**
 * Estimated Jaccard similarity (of word-bigram sets) at or above which a document is stored as a copy
 * of an earlier one. Measured on PolNeAR (924 articles; 200 articles > 2 KB for the copies;
 * `npm run bench -- dedupe`): syndicated copy with different chrome 0.86–1.00 (median 0.96); every third word
 * replaced by a synonym 0.14–0.29 (median 0.21); 30% of words replaced 0.23–0.40; 40% 0.13–0.31
 * (median 0.22); 50% 0.08–0.22 (median 0.14, 151/200 linked). Different articles: 99.99% of the
 * 426,426 pairs score below 0.08; the four non-copies above 0.12 (0.12–0.18) are same-publisher
 * pieces sharing whole passages; the same story from two outlets (Zimmerman gun auction, HuffPost vs
 * USA Today) scores 0.11. 0.12 links every copy up to ~40% spun and keeps separate reports apart.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.12;

/** Texts with at least this many shingles (about 300 words) use the base threshold. */
const FULL_EVIDENCE_SHINGLES = 300;

/**
 * The threshold for a text of `shingles` distinct shingles. Short items (wire briefs, captions) share
 * stock phrases ("Kremlin spokesman X told reporters") that make up a large share of their few
 * shingles, and the estimate's variance grows as the text shrinks, so a short text must look much
 * more alike to count as a copy: the bar rises in inverse proportion to length, up to 0.5.
 */
export function nearDuplicateThreshold(shingles: number): number {
  if (shingles >= FULL_EVIDENCE_SHINGLES) return NEAR_DUPLICATE_THRESHOLD;
  return Math.min(0.5, (NEAR_DUPLICATE_THRESHOLD * FULL_EVIDENCE_SHINGLES) / Math.max(1, shingles));
}

/** The murmur3 finaliser: spreads every input bit over the 32-bit output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Whether the code point at `i` of `s` is a letter or number (or, with `lettersOnly`, a letter); 0 when not, else its length in code units. */
function wordCharAt(s: string, i: number, lettersOnly: boolean): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!lettersOnly && c >= 48 && c <= 57) ? 1 : 0;
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  const point = pair ? s.slice(i, i + 2) : s[i]!;
  return (lettersOnly ? LETTER : LETTER_OR_NUMBER).test(point) ? (pair ? 2 : 1) : 0;
}

/**
 * FNV-1a hashes (over UTF-16 code units) of the words of `lower`, in order: a word is a run of letters and
 * numbers, with an apostrophe and the letters after it (`/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu`), read in one pass
 * over the code units instead of a match object and a string per word.
 */
export function wordHashes(lower: string): number[] {
  const out: number[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(lower, i, false);
    if (!w) {
      i++;
      continue;
    }
    let h = 0x811c9dc5;
    while (w) {
      for (let k = 0; k < w; k++) h = Math.imul(h ^ lower.charCodeAt(i + k), 0x01000193);
      i += w;
      w = i < n ? wordCharAt(lower, i, false) : 0;
    }
    const q = i < n ? lower.charCodeAt(i) : 0;
    if ((q === 0x27 || q === 0x2019) && i + 1 < n && wordCharAt(lower, i + 1, true)) {
      h = Math.imul(h ^ q, 0x01000193);
      i++;
      for (let l = wordCharAt(lower, i, true); l; l = i < n ? wordCharAt(lower, i, true) : 0) {
        for (let k = 0; k < l; k++) h = Math.imul(h ^ lower.charCodeAt(i + k), 0x01000193);
        i += l;
      }
    }
    out.push(h >>> 0);
  }
  return out;
}

/** Distinct 32-bit hashes of the text's lowercased word shingles. */
export function shingleHashes(text: string, size: number): Uint32Array {
  return Uint32Array.from(new Set(everyShingleHash(text, size)));
}

/** The hash of every word shingle of the text, in order, repeats included. */
function everyShingleHash(text: string, size: number): Uint32Array {
  const tokens = wordHashes(text.toLowerCase());
  const count = Math.max(0, tokens.length - size + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < size; k++) h = fmix32(Math.imul(h ^ tokens[i + k]!, 0x9e3779b1) + k);
    out[i] = h;
  }
  return out;
}

/** How many distinct values `values` holds (sorts it in place). */
function distinctCount(values: Uint32Array): number {
  values.sort();
  let distinct = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) distinct++;
  return distinct;
}

/**
 * MinHash signature and LSH band keys (`b07:3fa9c1e2`) of a text, or null when it has fewer than
 * `minShingles` shingles.
 *
 * One-permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed once; the top 8 bits pick
 * one of 256 bins and the bin keeps its smallest remaining value. That is one hash per shingle instead
 * of one per shingle and function, so 256 slots (half the estimator variance of 128) cost less than
 * 128 classic permutations. Empty bins borrow from the next non-empty bin (rotation densification,
 * Shrivastava & Li 2014), so short texts still compare slot by slot.
 */
export function minhash(text: string, options: Partial<MinHashOptions> = {}): MinHash | null {
  const o = { ...DEFAULT_MINHASH, ...options };
  // A repeated shingle changes no bin's minimum, so the bins take every hash and only the count needs
  // them distinct: a sort instead of a Set of a thousand numbers, most of them too large for a small integer.
  const shingles = everyShingleHash(text, o.shingle);
  const distinct = distinctCount(shingles);
  if (distinct < o.minShingles) return null;
  const n = o.bands * o.rows;
  const binBits = Math.ceil(Math.log2(n));
  if (1 << binBits !== n) throw new RangeError(`[E_MINHASH] bands × rows must be a power of two, got ${n}`);
  const valueMask = binBits === 32 ? 0 : 0xffffffff >>> binBits;
  const EMPTY = 0xffffffff;
  const signature = new Uint32Array(n).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const h = fmix32(shingles[s]! ^ 0x5bd1e995);
    const bin = h >>> (32 - binBits);
    const value = (h & valueMask) >>> 0;
    if (value < signature[bin]!) signature[bin] = value;
  }
  const filled = signature.slice();
  for (let i = 0; i < n; i++) {
    if (filled[i] !== EMPTY) continue;
    let j = i;
    let distance = 0;
    do {
      j = (j + 1) % n;
      distance++;
    } while (filled[j] === EMPTY);
    // Borrowed values carry their distance and the top bit, so they only match a bin borrowed alike.
    signature[i] = (fmix32(filled[j]! + Math.imul(distance, 0x9e3779b9)) | 0x80000000) >>> 0;
  }
  const bandKeys: string[] = [];
  for (let b = 0; b < o.bands; b++) {
    let h = 0x1b873593 ^ b;
    for (let r = 0; r < o.rows; r++) h = fmix32(Math.imul(h, 0xcc9e2d51) ^ signature[b * o.rows + r]!);
    bandKeys.push(bandPrefix(b) + h.toString(16).padStart(8, '0'));
  }
  return { signature, bandKeys, shingles: distinct };
}

/** `b007:`: a band key's prefix, built once per band number rather than once per document. */
const BAND_PREFIXES: string[] = [];
function bandPrefix(b: number): string {
  return (BAND_PREFIXES[b] ??= `b${String(b).padStart(3, '0')}:`);
}

/** Share of signature positions that agree: an unbiased estimate of the shingle sets' Jaccard index. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Exact Jaccard index of two texts' shingle sets (for tests and calibration). */
export function exactJaccard(a: string, b: string, shingle = DEFAULT_MINHASH.shingle): number {
  const sa = new Set(shingleHashes(a, shingle));
  const sb = new Set(shingleHashes(b, shingle));
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}
