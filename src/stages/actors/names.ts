/**
 * Name comparison shared by within-article and cross-article resolution: transliteration-folding keys,
 * Jaro-Winkler similarity and given-name agreement.
 */
import { fold } from '../../core/text.js';
import { GIVEN_NAME_VARIANTS, GIVEN_NAMES } from './data/given-names.js';

/**
 * `compute`, remembered by its argument: the same names recur across a corpus. Bounded (emptied past
 * `limit` entries) so a long-running ingest does not grow it without end.
 */
export function memo<T>(compute: (s: string) => T, limit = 100_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const value = compute(s);
    if (cache.size > limit) cache.clear();
    cache.set(s, value);
    return value;
  };
}

/** The id an actor not in a pack gets from its name ("United Dockworkers of the Atlantic" → united-dockworkers-of-the-atlantic). */
export function actorSlug(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

// Hand-written: transliteration folding (Zelenskyy/Zelensky/Zelenskiy, Witkov/Witkoff) is a handful of
// Latin-script rewrites; the npm transliteration packages go Cyrillic→Latin, not Latin↔Latin.
/** A spelling-insensitive key: collapses the usual Latin transliteration variants of one name. */
export const translitKey = memo(computeTranslitKey);

/**
 * Latin letters no Unicode decomposition takes apart, as reports that drop accents write them ("Støre"/"Store",
 * "Wałęsa"/"Walesa", "Þórsson"/"Thorsson"): without this they vanished from the key instead.
 */
const UNDECOMPOSED: Record<string, string> = { ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', đ: 'dj', ð: 'd', ı: 'i', ħ: 'h', ŧ: 't' };

function computeTranslitKey(s: string): string {
  let k = fold(s)
    .replace(/[øłßæœþđðıħŧ]/g, (c) => UNDECOMPOSED[c]!)
    .replace(/[^a-z]/g, '');
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
    .replace(/ei$/, 'i')
    // A final h after a vowel is a spelling of the same sound (Hayya/Hayyah, Abdulla/Abdullah).
    .replace(/([aeiou])h$/, '$1');
  return k;
}

/**
 * Lower-case particles that start a surname without being its distinctive part (al-Hayya, el-Sisi, bin
 * Salman, van der Berg): dropped from the surname's key so that "al-Hayya", "Al Hayya" and "Hayya" meet.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ag', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'bint', 'binti', 'abu', 'abou', 'ould', 'van', 'von', 'de', 'da', 'das', 'del',
  'della', 'der', 'di', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'den', 'zu',
  // Faroese and Icelandic place particles ("Bárður á Steig Nielsen"), Irish and Scottish patronymic ones ("Ó Súilleabháin", "Mac Giolla").
  'á', 'í', 'við', 'ó', 'ní', 'nic', 'mac', 'ua',
]);

/** Patronymic particles that open a surname and are never a given name ("Mac Giolla", "Ó Súilleabháin", "Ní Bhriain"). */
const GAELIC_PARTICLES: ReadonlySet<string> = new Set(['mac', 'mc', 'ó', 'ní', 'nic', 'ua']);

const LEADING_PARTICLES_RE = new RegExp(`^(?:(?:${[...NAME_PARTICLES].join('|')})(?:[-‐\\s]+|['’](?=\\p{L})))+`, 'iu');

/** A surname without its leading particles ("al-Hayya" → "Hayya", "Al Thani" → "Thani"), unless nothing would remain. */
export function surnameCore(surname: string): string {
  const core = surname.replace(LEADING_PARTICLES_RE, '');
  return core && /\p{L}/u.test(core) ? core : surname;
}

/** The transliteration key of a surname, particles dropped: the key under which its spellings meet. */
export const surnameKey = memo((surname: string) => translitKey(surnameCore(surname)));

/** The consonants of a surname in order: survives dropped or garbled vowels ("Trs" / "Tursa"). */
export const consonantSkeleton = memo((s: string) => surnameKey(s).replace(/[aeiou]/g, ''));

// Hand-written: ~20 lines; the npm string-similarity packages either lack Jaro-Winkler or pull in large
// NLP bundles for it.
/** Jaro-Winkler similarity in 0..1. */
let JW_FLAGS_A = new Uint8Array(64);
let JW_FLAGS_B = new Uint8Array(64);
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  // Shared scratch flags, cleared per call: name matching calls this millions of times, and a pair of
  // fresh typed arrays per call was a tenth of all the analysis allocated.
  if (JW_FLAGS_A.length < la) JW_FLAGS_A = new Uint8Array(la * 2);
  if (JW_FLAGS_B.length < lb) JW_FLAGS_B = new Uint8Array(lb * 2);
  const ma = JW_FLAGS_A.fill(0, 0, la);
  const mb = JW_FLAGS_B.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const ca = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (!mb[j] && ca === b.charCodeAt(j)) {
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
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, la, lb) && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
/** How alike two surnames are, 0..1, insensitive to transliteration and to a garbled vowel. */
export function surnameSimilarity(a: string, b: string): number {
  return surnameKeySimilarity(surnameKey(a), surnameKey(b));
}

/** The similarity a shared consonant skeleton earns (see `surnameKeySimilarity`). */
const SKELETON_SIMILARITY = 0.9;

/** surnameSimilarity on two surname keys already computed (hot loops keep the keys). */
export function surnameKeySimilarity(ka: string, kb: string): number {
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  if (Math.abs(ka.length - kb.length) > 3) return 0;
  let sim = jaroWinkler(ka, kb);
  // Same consonants, vowels garbled ("Paskov" for "Peskov"): only a long skeleton with the same first and
  // last letter counts, and 0.9 stays below what merges two names on the surname alone, so callers take it
  // only with agreeing given names. Short skeletons are shared by different names (Baker/Booker, Moran/Marin).
  if (sim < SKELETON_SIMILARITY && ka[0] === kb[0] && ka[ka.length - 1] === kb[kb.length - 1]) {
    const sa = ka.replace(/[aeiou]/g, '');
    if (sa.length >= 4 && sa === kb.replace(/[aeiou]/g, '')) sim = SKELETON_SIMILARITY;
  }
  return sim;
}

/** True when one surname is a truncation of the other ("Ushak" / "Ushakov"), at least 4 letters. */
export function isTruncation(a: string, b: string): boolean {
  const ka = surnameKey(a);
  const kb = surnameKey(b);
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

/** Honorifics and courtesy titles written before a name; never part of it ("Sheikh", "Sir", "Dr."). */
export const NAME_HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'sheikh', 'sheik', 'shaikh', 'sheikha',
  'emir', 'amir', 'sayyid', 'sayed', 'sultan', 'crown', 'prince', 'princess', 'king', 'queen', 'hajji', 'haji', 'mullah', 'ayatollah',
  'grand', 'imam', 'rabbi', 'mufti', 'shri', 'sri', 'smt', 'begum', 'datuk', 'dato', 'tun', 'tan',
]);

// Pinyin surnames common in news; with a pinyin given name after them the name is written surname first.
const PINYIN_SURNAMES = new Set(
  `li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu dong xiao
  cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao
  zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian yin yi chang qi xi wen geng mei
  lou bo ji mu xing ge shang zhan qu niu pang nie ou ouyang bi bian chai chi dou gong hua kou kuang lai lan lian ling miao mo ni ning
  pei pu rao rong ruan sang sha si tao teng tong xiang xin yue zhai zhuo zuo ai an bao cen chu di hang he ju kang le li lv mi min
  nan qiao que sui tu wei wu xun zang zha zhen`.split(/\s+/),
);

// Korean surnames as romanised in news; a hyphenated or two-part given name follows them.
const KOREAN_SURNAMES = new Set(
  'kim lee park choi jung chung kang cho yoon yun jang lim han shin moon yoo ahn oh seo kwon hwang song hong ban roh ryu bae baek nam noh jeon chun son hyun choo ko suh heo huh woo won byun ha yeo'.split(' '),
);

/** "Ki-moon", "Jong-un": the lower-case syllable a Korean given name carries after its hyphen. */
export function isKoreanNameAt(surname: string): boolean {
  return KOREAN_SURNAMES.has(fold(surname));
}

const PINYIN_SYLLABLE =
  '(?:[bpmfdtnlgkhzcsrjqxyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u|v)';
const PINYIN_GIVEN_RE = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`);

/** Whether a word reads as a pinyin given name ("Lifeng", "Jinping", "Yi"): one or two pinyin syllables. */
export function isPinyinGiven(word: string): boolean {
  const w = fold(word).replace(/-/g, '');
  return w.length >= 2 && PINYIN_GIVEN_RE.test(w);
}

/** Whether a written name is East Asian and surname first ("Xi Jinping", "He Lifeng", "Lee Jae-myung", "Kim Jong Un"). */
export function isSurnameFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = fold(words[0]!);
  if (PINYIN_SURNAMES.has(first) && words.length === 2 && isPinyinGiven(words[1]!)) return true;
  if (KOREAN_SURNAMES.has(first) && (words[1]!.includes('-') || words.length === 3)) return words.slice(1).every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) && w.length <= 8);
  return false;
}

// Hand-written: the npm name parsers (humanparser, parse-full-name) know English salutations and suffixes
// only: no Arabic/Dutch particles, no patronymic chains, no surname-first East Asian names.
/**
 * Splits a person's name into its first given name and its surname: honorifics dropped, particles kept
 * with the surname ("Khalil al-Hayya" → Khalil / al-Hayya, "Mohammed bin Abdulrahman Al Thani" →
 * Mohammed / Al Thani), East Asian names surname first ("He Lifeng" → Lifeng / He).
 */
export const nameParts = memo(computeNameParts);

function computeNameParts(name: string): NameParts {
  let words = name
    .replace(/(?:['’]s|['’])$/u, '')
    .split(/\s+/)
    .filter((w) => w && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w));
  // Honorifics before the name, never the whole of it ("Sheikh Mohammed" → Mohammed; "Prince" alone stays).
  while (words.length > 1 && NAME_HONORIFICS.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words = words.slice(1);
  if (words.length === 0) return { given: null, surname: '' };
  if (words.length === 1) return { given: null, surname: words[0]! };
  if (words.length === 2 && GAELIC_PARTICLES.has(words[0]!.toLowerCase())) return { given: null, surname: words.join(' ') };
  if (isSurnameFirst(words)) return { given: words.slice(1).join(' '), surname: words[0]! };
  let i = words.length - 1;
  while (i > 1 && NAME_PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
  const given = words[0]!.replace(/\.$/, '');
  return { given, surname: words.slice(i).join(' ') };
}

/**
 * The other surnames a compound one is written as: "Solberg-Lunde" is also "Solberg Lunde", "Lunde" and
 * "Solberg" in another report, and "Marit Solberg Lunde" is "Solberg-Lunde" and "Solberg". A middle word
 * that is a known given name ("Anna Maria Lunde") is no surname.
 */
export function compoundSurnames(name: string, p: NameParts): string[] {
  const out: string[] = [];
  const core = surnameCore(p.surname);
  const halves = core.split(/[-‐]/).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w));
  if (halves.length === 2 && core === halves.join(core.includes('‐') ? '‐' : '-')) out.push(halves[1]!, halves[0]!);
  if (!p.given) return out;
  const words = name.replace(/(?:['’]s|['’])$/u, '').split(/\s+/);
  if (words.length === 3 && words[2] === p.surname && /^\p{Lu}\p{Ll}{2,}$/u.test(words[1]!) && !GIVEN_NAMES.has(words[1]!.toLowerCase()) && !NAME_HONORIFICS.has(words[0]!.toLowerCase().replace(/\.$/, ''))) {
    out.push(`${words[1]} ${words[2]}`, words[1]!);
  }
  return out;
}

/** A normalised full-name key: translit-folded given name and surname (particles dropped). */
export function fullNameKey(name: string): string {
  const p = nameParts(name);
  return `${p.given ? translitKey(p.given) : ''}|${surnameKey(p.surname)}`;
}

const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * A person's name as news usually writes it on second reference and reference works list it: without
 * middle initials or a generational suffix ("John F. Kerry" is John Kerry, "Joe Manchin III" Joe Manchin).
 * Leading initials stay ("J. K. Rowling"), and a name is never cut below two words.
 */
export function usualName(name: string): string {
  const parts = name.split(/\s+/);
  if (parts.length < 3) return name;
  const kept = parts.filter((w, i) => !(i > 0 && i < parts.length - 1 && MIDDLE_INITIAL.test(w) && !MIDDLE_INITIAL.test(parts[0]!)) && !(i === parts.length - 1 && GENERATION.test(w.replace(/^,/, ''))));
  const out = kept.map((w, i) => (i === kept.length - 1 ? w.replace(/,$/, '') : w));
  return out.length >= 2 ? out.join(' ') : name;
}

/**
 * Do two full names name one person: the same surname, and given names that are the same or known variants
 * ("Bob Menendez" and "Robert Menendez", "Ben Cardin" and "Benjamin L. Cardin")?
 */
export function sameFullName(a: string, b: string): boolean {
  const pa = usualName(a.trim()).split(/\s+/);
  const pb = usualName(b.trim()).split(/\s+/);
  if (pa.length < 2 || pb.length < 2) return translitKey(a) === translitKey(b);
  if (translitKey(pa.at(-1)!) !== translitKey(pb.at(-1)!)) return false;
  const given = givenNameAgreement(pa[0]!, pb[0]!);
  return given === 'same' || given === 'variant';
}
