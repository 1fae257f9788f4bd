import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateSimilarity, exactJaccard, minhash, NEAR_DUPLICATE_THRESHOLD, nearDuplicateThreshold, wordHashes } from './dedupe.js';
import { EXTERNAL_DIR } from '../core/paths.js';

/** A deterministic pseudo-article: Zipf-ish draws from a synthetic vocabulary. */
function article(seed: number, words = 600): string {
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const rank = Math.floor(Math.exp(rnd() * Math.log(3000)));
    out.push(`w${rank.toString(36)}`);
    if (rnd() < 0.07) out.push('.\n');
  }
  return out.join(' ');
}
/** Replace every third word with a stand-in synonym (consistently per word). */
const spin = (t: string) => {
  let i = 0;
  return t.replace(/[\p{L}\p{N}]+/gu, (w) => (++i % 3 === 0 ? `${w}syn` : w));
};
const linked = (a: string, b: string) => {
  const x = minhash(a)!;
  const y = minhash(b)!;
  const shareBucket = x.bandKeys.some((k) => y.bandKeys.includes(k));
  return shareBucket && estimateSimilarity(x.signature, y.signature) >= NEAR_DUPLICATE_THRESHOLD;
};

describe('minhash', () => {
  it('is deterministic and has the documented shape', () => {
    const a = minhash(article(1))!;
    const b = minhash(article(1))!;
    expect(a.signature).toEqual(b.signature);
    expect(a.signature.length).toBe(256);
    expect(a.bandKeys).toHaveLength(128);
    expect(a.bandKeys[7]).toMatch(/^b007:[0-9a-f]{8}$/);
    expect(estimateSimilarity(a.signature, b.signature)).toBe(1);
  });

  it('returns null for texts too short to sign', () => {
    expect(minhash('Too short to sign.')).toBeNull();
    expect(minhash('one two three four five six seven eight nine')).not.toBeNull();
  });

  it('ignores case and punctuation', () => {
    const t = article(2);
    expect(estimateSimilarity(minhash(t)!.signature, minhash(t.toUpperCase().replace(/\./g, '!'))!.signature)).toBe(1);
  });

  it('estimates the Jaccard index closely', () => {
    for (const [x, y] of [
      [article(3), spin(article(3))],
      [article(4), article(4) + ' ' + article(5, 300)],
      [article(6), article(7)],
    ] as const) {
      const est = estimateSimilarity(minhash(x)!.signature, minhash(y)!.signature);
      expect(Math.abs(est - exactJaccard(x, y))).toBeLessThan(0.08);
    }
  });

  it('links syndicated and spun copies, not different texts', () => {
    const t = article(8);
    const chrome = 'Skip to content\nHome | World\nSubscribe to our newsletter\n';
    expect(linked(t, chrome + t + '\nShare this article\nAll rights reserved.')).toBe(true);
    expect(linked(t, spin(t))).toBe(true);
    expect(linked(t, article(9))).toBe(false);
  });
});

const POLNEAR = join(EXTERNAL_DIR, 'polnear/dev/text');
describe.skipIf(!existsSync(POLNEAR))('minhash on real news (PolNeAR)', () => {
  const texts = (existsSync(POLNEAR) ? readdirSync(POLNEAR) : [])
    .sort()
    .map((f) => readFileSync(join(POLNEAR, f), 'utf8'))
    .filter((t) => t.length > 2500)
    .slice(0, 30);
  it('links every-third-word spun copies of real articles and separates the articles', () => {
    for (const t of texts) expect(linked(t, spin(t))).toBe(true);
    let above = 0;
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) if (linked(texts[i]!, texts[j]!)) above++;
    expect(above).toBe(0);
  });
});

describe('nearDuplicateThreshold', () => {
  it('asks short texts to look much more alike before they count as copies', () => {
    expect(nearDuplicateThreshold(1000)).toBe(NEAR_DUPLICATE_THRESHOLD);
    expect(nearDuplicateThreshold(300)).toBe(NEAR_DUPLICATE_THRESHOLD);
    expect(nearDuplicateThreshold(100)).toBeCloseTo(0.36, 5);
    expect(nearDuplicateThreshold(10)).toBe(0.5);
  });

  it('keeps two different short items that share a stock phrase apart, and links a short copy', () => {
    const a = 'Kremlin spokesman Dmitry Peskov told reporters on Monday that no meeting with the Ukrainian side was planned this week.';
    const b = 'Kremlin spokesman Dmitry Peskov told reporters on Monday that grain exports through the Black Sea would continue.';
    const ma = minhash(a)!;
    const mb = minhash(b)!;
    expect(estimateSimilarity(ma.signature, mb.signature)).toBeLessThan(nearDuplicateThreshold(mb.shingles));
    const copy = minhash(`${a}\nShare this article`)!;
    expect(estimateSimilarity(ma.signature, copy.signature)).toBeGreaterThanOrEqual(nearDuplicateThreshold(copy.shingles));
  });
});

describe('wordHashes', () => {
  // The words the one-pass reader must find: what this regex matches, hashed with FNV-1a over code units.
  const reference = (lower: string) =>
    [...lower.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < m[0].length; i++) h = Math.imul(h ^ m[0].charCodeAt(i), 0x01000193);
      return h >>> 0;
    });

  it('reads the same words as the regex, apostrophes, digits, accents and astral letters included', () => {
    for (const s of ["it's 2025's talks", "o’neill said 'no' ''", 'café naïve 12ab', '𝐀𝐁 x\ud800y \udc00z', "rock'n'roll don't'", '']) expect(wordHashes(s)).toEqual(reference(s));
  });

  it('matches the regex on arbitrary text', () => {
    const chars = fc.constantFrom('a', 'z', 'é', '1', "'", '’', ' ', '-', '𝐀', '\ud800', '\udc00', 'ß', '٣', '.');
    const texts = fc.array(chars, { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(texts, (s) => {
        expect(wordHashes(s)).toEqual(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});
