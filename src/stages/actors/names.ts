/**
 * Name comparison shared by within-article and cross-article resolution: transliteration-folding keys,
 * Jaro-Winkler similarity and given-name agreement.
 */
import { GIVEN_NAME_VARIANTS } from './data/given-names.js';

/** Lowercase, diacritics and apostrophes removed. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '');
}

// Hand-written: transliteration folding (Zelenskyy/Zelensky/Zelenskiy, Witkov/Witkoff) is a handful of
// Latin-script rewrites; the npm transliteration packages go Cyrillic→Latin, not Latin↔Latin.
/** A spelling-insensitive key: collapses the usual Latin transliteration variants of one name. */
export function translitKey(s: string): string {
  const hit = keyMemo.get(s);
  if (hit !== undefined) return hit;
  const k = computeTranslitKey(s);
  if (keyMemo.size > 100_000) keyMemo.clear();
  keyMemo.set(s, k);
  return k;
}

const keyMemo = new Map<string, string>();

function computeTranslitKey(s: string): string {
  let k = fold(s).replace(/[^a-z]/g, '');
  k = k
    .replace(/shch/g, 'sh')
    .replace(/tch/g, 'ch')
    .replace(/ch/g, '9')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/(.)\1+/g, '$1')
    .replace(/ii/g, 'i')
    .replace(/v$/, 'f')
    .replace(/ie$/, 'i')
    .replace(/ei$/, 'i');
  return k;
}

/** The consonants of a name in order: survives dropped or garbled vowels ("Trs" / "Tursa"). */
export function consonantSkeleton(s: string): string {
  const hit = skeletonMemo.get(s);
  if (hit !== undefined) return hit;
  const k = translitKey(s).replace(/[aeiou]/g, '');
  if (skeletonMemo.size > 100_000) skeletonMemo.clear();
  skeletonMemo.set(s, k);
  return k;
}

const skeletonMemo = new Map<string, string>();

// Hand-written: ~20 lines; the npm string-similarity packages either lack Jaro-Winkler or pull in large
// NLP bundles for it.
/** Jaro-Winkler similarity in 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!mb[j] && a[i] === b[j]) {
        ma[i] = mb[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, la, lb) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** How alike two surnames are, 0..1, insensitive to transliteration and to a garbled vowel. */
export function surnameSimilarity(a: string, b: string): number {
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  if (Math.abs(ka.length - kb.length) > 3) return 0;
  let sim = jaroWinkler(ka, kb);
  const sa = consonantSkeleton(a);
  if (sa.length >= 3 && sa === consonantSkeleton(b)) sim = Math.max(sim, 0.9);
  return sim;
}

/** True when one surname is a truncation of the other ("Ushak" / "Ushakov"), at least 4 letters. */
export function isTruncation(a: string, b: string): boolean {
  const ka = translitKey(a);
  const kb = translitKey(b);
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short);
}

const variantClass = new Map<string, number>();
GIVEN_NAME_VARIANTS.forEach((group, i) => {
  for (const n of group) variantClass.set(translitKey(n), i);
});

export type GivenNameAgreement = 'same' | 'variant' | 'initial' | 'near' | 'unknown' | 'different';

/** Whether two given names can be the same person's: same, a known variant, an initial, near spelling. */
export function givenNameAgreement(a: string | null, b: string | null): GivenNameAgreement {
  if (!a || !b) return 'unknown';
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (!ka || !kb) return 'unknown';
  if (ka === kb) return 'same';
  const ca = variantClass.get(ka);
  if (ca !== undefined && ca === variantClass.get(kb)) return 'variant';
  if ((ka.length === 1 || kb.length === 1) && ka[0] === kb[0]) return 'initial';
  if (jaroWinkler(ka, kb) >= 0.8) return 'near';
  return 'different';
}

export interface NameParts {
  given: string | null;
  surname: string;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'del', 'der', 'di', 'dos', 'du', 'la', 'le', 'ter', 'den']);

/** Splits a person's name into its first given name and its surname (the last word, with particles). */
export function nameParts(name: string): NameParts {
  const words = name
    .replace(/(?:['’]s|['’])$/u, '')
    .split(/\s+/)
    .filter((w) => w && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w));
  if (words.length === 0) return { given: null, surname: '' };
  if (words.length === 1) return { given: null, surname: words[0]! };
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
  const given = words[0]!.replace(/\.$/, '');
  return { given, surname: words.slice(i).join(' ') };
}

/** A normalised full-name key: translit-folded given name and surname. */
export function fullNameKey(name: string): string {
  const p = nameParts(name);
  return `${p.given ? translitKey(p.given) : ''}|${translitKey(p.surname)}`;
}
