/**
 * Gazetteers built once per KnowledgeBase: every pack name, alias, demonym and metonym, the news
 * organizations list, and an index of pack persons by name parts for exact and fuzzy person matching.
 */
import type { ActorType, MentionKind } from '../../core/model.js';
import type { KnowledgeBase } from '../../packs/load.js';
import type { PackActor } from '../../packs/schema.js';
import { NEWS_ORGANIZATIONS, SPINNER_SYNONYMS } from './data/lexicon.js';
import { fold } from '../../core/text.js';
import { consonantSkeleton, givenNameAgreement, jaroWinkler, memo, nameParts, surnameKey as surnameKeyOf, surnameKeySimilarity } from './names.js';

export interface GazetteerEntry {
  surface: string;
  /** Words of the surface, for fuzzy multiword matching. */
  words: string[];
  type: ActorType;
  kind: MentionKind;
  packId: string | null;
  /** For demonyms: the plural people form ("Russians"), which is a mention by itself. */
  people: boolean;
  /** `words` without a leading "the", as the spinner-tolerant match aligns them with a text's words. */
  spunWords: string[];
  /** `spunWords` folded (`fold`), kept so the match does not fold the entry's words again for every text. */
  spunFolded: string[];
}

export interface PackPersonForm {
  id: string;
  given: string | null;
  surname: string;
  surnameKey: string;
}

export interface Gazetteer {
  /** Entries by their first word (as written; entries starting "the" are under "the"). */
  byFirstWord: Map<string, GazetteerEntry[]>;
  /**
   * 1 for each pair of first two characters a `byFirstWord` key opens with (`openingPair`): most words of a text
   * are lower-case and open no key, and this table rules them out without hashing the word for the map. (Keyed on
   * the first character alone, "said", "talks", "were" still went to the map: its lookups took 30% more time.)
   */
  firstWordOpenings: Uint8Array;
  /**
   * The `byFirstWord` lists of "the ..." entries by the word after "the" (`byFirstWord.get(`the ${w}`)` is
   * `byTheNextWord.get(w)`): a text's every "the" looked its next word up through a new string "the X".
   */
  byTheNextWord: Map<string, GazetteerEntry[]>;
  /** Multiword entries (≥2 words) by first word folded, for the spinner-tolerant match. */
  multiword: Map<string, GazetteerEntry[]>;
  personForms: PackPersonForm[];
  /** Person forms by blocking key (surname key prefix, suffix and consonant skeleton). */
  formsByKey: Map<string, PackPersonForm[]>;
  /** Pack person ids by transliteration key of a surname. */
  bySurnameKey: Map<string, Set<string>>;
  synonyms: Map<string, Set<string>>;
}

const cache = new WeakMap<KnowledgeBase, Gazetteer>();

const WORD_RE = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

export function surfaceWords(s: string): string[] {
  return s.match(WORD_RE) ?? [];
}

/**
 * Where a word's first two characters sit in `Gazetteer.firstWordOpenings`: an ASCII first character, then the
 * second (ASCII, 128 for any other, 0 for none). -1 for a word opening with another character (never ruled out).
 */
export function openingPair(word: string): number {
  const first = word.charCodeAt(0);
  if (!(first < 128)) return -1;
  const second = word.length < 2 ? 0 : word.charCodeAt(1);
  return first * 129 + (second < 128 ? second : 128);
}

export function gazetteerFor(kb: KnowledgeBase): Gazetteer {
  let g = cache.get(kb);
  if (!g) cache.set(kb, (g = buildGazetteer(kb)));
  return g;
}

function buildGazetteer(kb: KnowledgeBase): Gazetteer {
  const byFirstWord = new Map<string, GazetteerEntry[]>();
  const multiword = new Map<string, GazetteerEntry[]>();
  const seen = new Set<string>();
  const add = (surface: string, actor: Pick<PackActor, 'type'> & { id: string | null }, kind: MentionKind, people = false): void => {
    // Texts write the apostrophe straight or curly: "Sudan's army", "Sudan’s army".
    if (surface.includes("'")) add(surface.replace(/'/g, '’'), actor, kind, people);
    const key = `${surface}\u0000${actor.id}\u0000${kind}`;
    if (seen.has(key) || !surface.trim()) return;
    seen.add(key);
    const words = surfaceWords(surface);
    if (words.length === 0) return;
    const spunWords = words[0]!.toLowerCase() === 'the' ? words.slice(1) : words;
    const entry: GazetteerEntry = { surface, words, type: actor.type, kind, packId: actor.id, people, spunWords, spunFolded: spunWords.map(fold) };
    // "the ..." entries are found through their second word: "the" starts too many names to scan them all.
    // "Sudan's army" is found through "Sudan": the tokenizer splits a possessive off its word.
    const first = (words[0]!.toLowerCase() === 'the' ? `the ${words[1] ?? ''}` : words[0]!).replace(/['’]s$/, '');
    push(byFirstWord, first, entry);
    const content = words.filter((w) => /\p{L}/u.test(w));
    if (content.length >= 2) push(multiword, fold(words[0]!.toLowerCase() === 'the' ? words[1]! : words[0]!), entry);
  };
  const packNames = new Set<string>();
  for (const actor of kb.actors.values()) {
    for (const name of [actor.name, ...actor.aliases]) {
      add(name, actor, 'name');
      // "developing countries" opens a sentence as "Developing countries": a name written in the lower case is matched capitalised too.
      if (/^\p{Ll}/u.test(name) && !/^the\s/i.test(name)) add(name[0]!.toUpperCase() + name.slice(1), actor, 'name');
      packNames.add(name);
      // "the Center for ..." and "Center for ..." are one name.
      if (/^the\s/i.test(name)) add(name.replace(/^the\s+/i, ''), actor, 'name');
    }
    for (const d of actor.demonyms) add(d, actor, 'demonym', /s$/.test(d) && actor.demonyms.some((o) => o !== d && d.startsWith(o)));
    for (const m of actor.metonyms) {
      add(m, actor, 'metonym');
      if (/^the\s/i.test(m)) add(m.replace(/^the\s+/i, ''), actor, 'metonym');
    }
  }
  for (const n of NEWS_ORGANIZATIONS) if (!packNames.has(n)) add(n, { id: null, type: 'organization' }, 'name');
  // Longest first; of two names written alike, a body's seat before a country's capital ("Brussels" is the
  // EU far more often than Belgium in reports of talks).
  const seat = (e: GazetteerEntry) => (e.kind === 'metonym' && e.type === 'organization' ? 0 : 1);
  for (const list of byFirstWord.values()) list.sort((a, b) => b.surface.length - a.surface.length || seat(a) - seat(b));

  const personForms: PackPersonForm[] = [];
  const formsByKey = new Map<string, PackPersonForm[]>();
  const bySurnameKey = new Map<string, Set<string>>();
  for (const actor of kb.actors.values()) {
    if (actor.type !== 'person') continue;
    for (const name of [actor.name, ...actor.aliases]) {
      const p = nameParts(name);
      if (!p.surname) continue;
      const surnameKey = surnameKeyOf(p.surname);
      const form = { id: actor.id, given: p.given, surname: p.surname, surnameKey };
      personForms.push(form);
      for (const k of formKeys(p.surname)) push(formsByKey, k, form);
      let set = bySurnameKey.get(surnameKey);
      if (!set) bySurnameKey.set(surnameKey, (set = new Set()));
      set.add(actor.id);
    }
  }
  const synonyms = new Map<string, Set<string>>();
  for (const group of SPINNER_SYNONYMS) {
    for (const w of group) {
      let set = synonyms.get(w);
      if (!set) synonyms.set(w, (set = new Set()));
      for (const o of group) if (o !== w) set.add(o);
    }
  }
  const firstWordOpenings = new Uint8Array(128 * 129);
  for (const key of byFirstWord.keys()) {
    const pair = openingPair(key);
    if (pair >= 0) firstWordOpenings[pair] = 1;
  }
  const byTheNextWord = new Map<string, GazetteerEntry[]>();
  for (const [key, list] of byFirstWord) if (key.startsWith('the ')) byTheNextWord.set(key.slice(4), list);
  return { byFirstWord, firstWordOpenings, byTheNextWord, multiword, personForms, formsByKey, bySurnameKey, synonyms };
}

/** Blocking keys for a surname: any near spelling shares at least one (same start, same end, same consonants). */
function formKeys(surname: string): string[] {
  const k = surnameKeyOf(surname);
  return [`a:${k.slice(0, 3)}`, `z:${k.slice(-3)}`, `s:${consonantSkeleton(surname)}`];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface PackPersonMatch {
  id: string;
  score: number;
  rule: 'pack-exact' | 'pack-fuzzy' | 'pack-surname';
}

/**
 * The pack person a written name most likely is: surname alike (transliteration, a garbled letter or
 * vowel) and given names that can be one person's. A surname alone must match one pack person exactly.
 */
export function matchPackPerson(g: Gazetteer, given: string | null, surname: string): PackPersonMatch | null {
  // The same written names recur across a corpus, and each lookup scores every blocked pack form: remembered
  // per gazetteer, bounded like `memo`. Callers only read the match.
  let known = packPersonMatches.get(g);
  if (!known) packPersonMatches.set(g, (known = new Map()));
  const memoKey = given === null ? `\u0000${surname}` : `${given}\u0000${surname}`;
  const hit = known.get(memoKey);
  if (hit !== undefined) return hit;
  const match = computePackPersonMatch(g, given, surname);
  if (known.size > 100_000) known.clear();
  known.set(memoKey, match);
  return match;
}

const packPersonMatches = new WeakMap<Gazetteer, Map<string, PackPersonMatch | null>>();

function computePackPersonMatch(g: Gazetteer, given: string | null, surname: string): PackPersonMatch | null {
  const key = surnameKeyOf(surname);
  if (!key) return null;
  if (!given) {
    const ids = g.bySurnameKey.get(key);
    if (ids && ids.size === 1) return { id: [...ids][0]!, score: 0.85, rule: 'pack-surname' };
    return null;
  }
  let best: PackPersonMatch | null = null;
  let second = 0;
  const seen = new Set<PackPersonForm>();
  for (const bk of formKeys(surname)) for (const f of g.formsByKey.get(bk) ?? []) seen.add(f);
  for (const form of seen) {
    if (!form.given) continue;
    const lengthGap = Math.abs(form.surnameKey.length - key.length);
    if (lengthGap > 3) continue;
    // The keys kept, not the surnames: `surnameSimilarity` would look both keys up again for every form.
    const sim = form.surnameKey === key ? 1 : lengthGap <= 2 ? surnameKeySimilarity(key, form.surnameKey) : 0;
    // One changed vowel is a large part of a short surname: Baker/Booker are two names, not a typo.
    if (sim < (key.length <= 5 ? 0.9 : 0.88)) continue;
    const agreement = givenNameAgreement(given, form.given);
    let score: number;
    if (agreement === 'same') score = sim + 0.1;
    else if (agreement === 'variant' || agreement === 'initial') score = sim + 0.05;
    else if (agreement === 'near' && sim >= 0.93) score = sim;
    else continue;
    if (!best || score > best.score) {
      if (best && best.id !== form.id) second = Math.max(second, best.score);
      best = { id: form.id, score, rule: sim === 1 && agreement === 'same' ? 'pack-exact' : 'pack-fuzzy' };
    } else if (form.id !== best.id) second = Math.max(second, score);
  }
  // Two pack persons equally near: leave it to the text.
  if (best && second >= best.score - 0.02) return null;
  return best;
}

/** `fold` remembered: the same capitalised words and name words are compared over and over, and folding normalises. */
export const foldedWord = memo(fold);

/** Whether two written words are one word of a name, allowing a spinner's synonym or a near spelling. */
export function wordsAlike(g: Gazetteer, a: string, b: string): 'exact' | 'near' | 'no' {
  if (a === b) return 'exact';
  return foldedWordsAlike(g, foldedWord(a), foldedWord(b));
}

/** `wordsAlike` on two words folded already (`fold`). */
export function foldedWordsAlike(g: Gazetteer, fa: string, fb: string): 'exact' | 'near' | 'no' {
  if (fa === fb) return 'exact';
  if (g.synonyms.get(fa)?.has(fb)) return 'near';
  if (fa.length >= 5 && fb.length >= 5 && jaroWinkler(fa, fb) >= 0.92) return 'near';
  return 'no';
}
