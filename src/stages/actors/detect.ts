/**
 * Mention detection: gazetteer matches (exact and spinner-tolerant), capitalised name spans classified
 * by given-name, surname, role and speech cues, role phrases before and after a name, acronyms, and
 * title-only mentions ("the spokesman"). Works on the content zones only.
 */
import { CONTENT_ZONES, type ActorType, type MentionKind, type Sentence, type ZoneKind } from '../../core/model.js';
import { stripDiacritics } from '../../core/text.js';
import type { KnowledgeBase } from '../../packs/load.js';
import { COMMON_WORDS } from './data/common-words.js';
import { GIVEN_NAMES, WORD_GIVEN_NAMES } from './data/given-names.js';
import {
  isCollectivePlural, CORPORATE_TAILS, DEMONYM_GROUP_NOUNS, FUNCTION_WORDS, POLICY_NAMES, HONORIFICS, INDEPENDENT_ROLES, NOT_ACRONYMS, ORG_WORDS, ROLE_CONNECTORS, ROLE_HEAD_CANON,
  ROLE_HEADS, ROLE_MODIFIERS as BASE_ROLE_MODIFIERS, SEMI_INDEPENDENT_ROLES, SPEECH_VERBS, TITLE_QUALIFIERS,
} from './data/lexicon.js';
import { foldedWord, foldedWordsAlike, gazetteerFor, matchPackPerson, openingPair, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { isKoreanNameAt, isSurnameFirst, NAME_PARTICLES, nameParts } from './names.js';
import { findCollectives } from './collectives.js';
import { longWordCase } from '../words.js';

/** Zones read for actors: the content zones, plus headings. */
export const ACTOR_ZONES: ReadonlySet<ZoneKind> = new Set<ZoneKind>([...CONTENT_ZONES, 'heading']);

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
  cap: boolean;
  /** Index of the sentence. */
  sentence: number;
  /** First word of its sentence (or after an opening quote or colon), or in a headline. */
  initial: boolean;
  /** Gazetteer hit covering the token, if any. */
  hit: number;
  /** Part of a mention found by a structural rule (a ministry): not to be read again as a name. */
  claimed: boolean;
  /** A country's adjective given back to a body's name ("Norwegian Fishermen's Association"): still says the body's side. */
  sideOf?: string;
}

export interface RolePhrase {
  text: string;
  start: number;
  end: number;
  /** Canonical head word ("spokesman", "minister"). */
  head: string;
  /** Content words of the phrase, lower case, for matching a later title mention. */
  words: string[];
  party: string | null;
  /**
   * The body the role is said of by a possessive: "its"/"their" (the body named last) or the noun of a
   * definite description ("guild" in "the guild's chief negotiator"). Absent otherwise.
   */
  possessor?: string;
}

export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: ActorType;
  kind: MentionKind;
  packId: string | null;
  rule: string;
  confidence: number;
  sentence: number;
  roles: RolePhrase[];
  /** Persons: given name and surname as written. */
  given: string | null;
  surname: string | null;
  /** Organizations: the acronym written after the name in parentheses. */
  acronym: string | null;
  /** Person with no given name and no pack match: kept only if it links to a named person. */
  tentative: boolean;
  /** Title mentions: the phrase to resolve against roles. */
  title: RolePhrase | null;
  /** A lone word that is a known given name: may stand for a person of the text with that given name ("Ray", "Sheikh Mohammed"). */
  givenLink?: boolean;
  /** Organizations and groups: named in a sentence about the bargaining itself (talks, an offer, a deal), not as an onlooker. */
  sideCue?: boolean;
  /** Organizations: the country written right before the name ("Russian Ministry of ...", "China's Commerce Ministry"). */
  ownerCountry?: string | null;
  /** Organizations and groups: described as the opposition right before the name ("the opposition Unitary Platform"). */
  opposition?: boolean;
  /** A plain full name waiting for its surname to recur alone; holds what its words read as otherwise. */
  unconfirmed?: Candidate[];
  /** Title mentions: the countries named in its sentence, else in the sentence before (a demonym or a name). */
  nearCountries?: string[];
  /** Title mentions: where the name it stands in apposition to starts ("The special envoy of Norway, Sigrun Dahle,"). */
  apposedAt?: number;
}

interface Hit {
  start: number;
  end: number;
  from: number;
  to: number;
  entry: GazetteerEntry;
  fuzzy: boolean;
}

/*
 * A token is what this expression matches, white space left out:
 *   /\p{L}[\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu
 * `tokenEndAt` scans the same by character class, looked up once per code unit: matching the expression's
 * Unicode classes was a third of tokenize's time (0.20 → 0.14 ms CPU per bench article, interleaved A/B).
 */
const C_SPACE = 1;
const C_LETTER = 2;
const C_MARK = 3;
const C_NUMBER = 4;
const C_OTHER = 5;
/** Each BMP code unit's class for the token expression (0: not looked up yet), filled in as texts use them: 64 KB at most. */
const CHAR_CLASS = new Uint8Array(0x10000);

function classOfCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return /\s/u.test(ch) ? C_SPACE : /\p{L}/u.test(ch) ? C_LETTER : /\p{M}/u.test(ch) ? C_MARK : /\p{N}/u.test(ch) ? C_NUMBER : C_OTHER;
}

/** Whether a surrogate pair starts at `i`: read by char codes (with `codePointAt` per character, tokenize took 5% more CPU). */
function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** The class of the code point at `i` (a lone surrogate is its own code point, as under the `u` flag). */
function classAt(text: string, i: number): number {
  if (pairAt(text, i)) return classOfCodePoint(text.codePointAt(i)!);
  const cu = text.charCodeAt(i);
  let c = CHAR_CLASS[cu]!;
  if (c === 0) CHAR_CLASS[cu] = c = classOfCodePoint(cu);
  return c;
}

/** Code units of the code point at `i`. */
function widthAt(text: string, i: number): number {
  return pairAt(text, i) ? 2 : 1;
}

/** Whether the code point at `i` (before `end`) is a letter, mark or number. */
function alnumAt(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = classAt(text, i);
  return c === C_LETTER || c === C_MARK || c === C_NUMBER;
}

/**
 * The end of the token the expression matches at `p` in `text` cut at `end` (`p` at no white space), and its kind:
 * negative for a word (the expression's first branch), positive otherwise. Each branch is greedy with nothing
 * after it that could take back a character, so one scan finds the same match.
 */
function tokenEndAt(text: string, p: number, end: number): number {
  const c = classAt(text, p);
  let i = p + widthAt(text, p);
  if (c === C_LETTER) {
    while (alnumAt(text, i, end)) i += widthAt(text, i);
    for (;;) {
      const sep = i < end ? text.charCodeAt(i) : -1;
      if ((sep === 39 || sep === 0x2019 || sep === 46) && alnumAt(text, i + 1, end)) {
        i++;
        while (alnumAt(text, i, end)) i += widthAt(text, i);
      } else break;
    }
    if (i < end && text.charCodeAt(i) === 46) i++;
    return -i;
  }
  if (c === C_NUMBER) {
    const isNumber = (k: number) => k < end && classAt(text, k) === C_NUMBER;
    while (isNumber(i)) i += widthAt(text, i);
    for (;;) {
      const sep = i < end ? text.charCodeAt(i) : -1;
      if ((sep === 46 || sep === 44) && isNumber(i + 1)) {
        i++;
        while (isNumber(i)) i += widthAt(text, i);
      } else break;
    }
  }
  return i;
}
const OPENERS = new Set(['“', '"', '‘', "'", ':', '«', '—', '–']);
const UPPER_RE = /^\p{Lu}/u;
/** Lower-case particles that join name words across a space ("bin Abdulrahman", "van der"). */
const SPACED_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'de', 'da', 'del', 'della', 'der', 'di', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'den', 'zu', 'á', 'í', 'við']);
/** Honorifics that go with a given name alone ("Sheikh Mohammed", "Sir Keir", "Prince William"). */
const GIVEN_NAME_HONORIFICS = new Set(['sheikh', 'sheik', 'shaikh', 'sheikha', 'sir', 'dame', 'prince', 'princess', 'king', 'queen', 'emir', 'sultan', 'sayyid']);
/** Nouns after an acronym that say what kind of body it is ("PTI party", "UDA union"). */
const BODY_NOUNS = new Set(['party', 'union', 'movement', 'group', 'militia', 'faction', 'front', 'alliance', 'council', 'league', 'coalition', 'bloc', 'government', 'army']);

// ASCII answered by char code, the rest by the Unicode class: tokenizing asks it of every word.
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : UPPER_RE.test(t);
}

/**
 * `s.toLowerCase()`, without the call for a string with no upper-case ASCII letter and nothing beyond ASCII (most
 * tokens: lower-case words, punctuation, numbers), which it returns as it is. Every token is lowered: the call
 * was a quarter of tokenize's time (on the test articles, tokenize 0.35 → 0.31 ms per article).
 */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach((s, si) => {
    if (!ACTOR_ZONES.has(s.zone)) return;
    const headline = s.zone === 'title' || s.zone === 'heading';
    const body = text.slice(s.start, s.end);
    let first = true;
    let at = 0;
    for (let index = 0; index < body.length; ) {
      if (classAt(body, index) === C_SPACE) {
        index++;
        continue;
      }
      const ends = tokenEndAt(body, index, body.length);
      at = ends < 0 ? -ends : ends;
      const start = s.start + index;
      let t = body.slice(index, at);
      index = at;
      const word = ends < 0;
      let possessive = '';
      if (word) {
        // A possessive "'s" or "’s" ending a word is its own token, read by char code (the regex /^(.+?)(['’]s?)$/u
        // did this; a lone final apostrophe it also took cannot end a word token: the expression wants a letter after one).
        // With the two lines below, tokenize took 10-15% less CPU (300 bench articles, interleaved runs).
        const n = t.length;
        const apostrophe = n >= 3 && t.charCodeAt(n - 1) === 115 ? t.charCodeAt(n - 2) : 0;
        if (apostrophe === 39 || apostrophe === 0x2019) {
          possessive = t.slice(n - 2);
          t = t.slice(0, n - 2);
        } else if (t.endsWith('.') && !/^\p{Lu}\.$|^(?:\p{Lu}\.)+\p{Lu}?$|^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Jr|Sr|St|Adm)\.$/u.test(t)) {
          t = t.slice(0, -1);
        }
      }
      const prev = tokens[tokens.length - 1];
      // "Westmoor Teachers' Federation", "the Workers’ Party": a plural possessive inside an organization's name stays in it.
      // Only after a word for a body of people ("Teachers", "Workers"): "the Philippines' Department" is a country's.
      // Or after any plural common noun ("the Coastal Elders' Council"), unless it closes a state's name ("the United States'").
      if (!word && (t === "'" || t === '’') && prev && prev.cap && prev.end === start && prev.sentence === si && (isCollectivePlural(prev.text) || (pluralOfCommonNoun(prev.lower) && !STATE_NAME_PLURALS.test(prev.text)))) {
        // "Workers' Revolutionary Party": the body word may come a few capitalised words later.
        const next = /^\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}\p{L}+)/u.exec(body.slice(at));
        if (next && next[1]!.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))) {
          prev.end = start + 1;
          prev.text = text.slice(prev.start, prev.end);
          prev.lower = prev.text.toLowerCase();
          continue;
        }
      }
      // (Every opener is one character: the length first spares hashing each word before a word.)
      const initial = word && (first || headline || (!!prev && prev.sentence === si && prev.text.length === 1 && OPENERS.has(prev.text)));
      // "NZ$38 million": a country code fused to a currency sign is no capitalised name.
      const currency = word && body.charCodeAt(at) === 36 && t.length <= 3 && t === t.toUpperCase();
      // `claimed` set from the start: a token that gained it later took another hidden class, and every function
      // optimised on tokens without it was deoptimised and recompiled when a document first had one.
      tokens.push({ start, end: start + t.length, text: t, lower: lowerCase(t), word, cap: word && !currency && startsUpper(t), sentence: si, initial, hit: -1, claimed: false });
      if (word) first = false;
      if (possessive) {
        const ps = start + t.length;
        tokens.push({ start: ps, end: ps + possessive.length, text: "'s", lower: "'s", word: false, cap: false, sentence: si, initial: false, hit: -1, claimed: false });
      }
    }
  });
  return tokens;
}


const canonHead = (w: string): string => {
  const base = w.replace(/^-+/, '');
  const singular = ROLE_HEADS.has(base) && base.endsWith('s') && ROLE_HEADS.has(base.slice(0, -1)) ? base.slice(0, -1) : base;
  return ROLE_HEAD_CANON.get(singular) ?? singular;
};

/** Words that may qualify a role head, departments included. */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set([...BASE_ROLE_MODIFIERS, ...TITLE_QUALIFIERS]);

const isRoleHead = (t: Token): boolean => t.word && ROLE_HEADS.has(t.lower);

interface Ctx {
  text: string;
  tokens: Token[];
  /** Per sentence: whether it speaks of the bargaining as a party to it (memo). */
  sideCues?: Map<number, boolean>;
  /** Per sentence: whether it is written all in capitals (memo). */
  shouted?: Map<number, boolean>;
  /** Words the text writes in lower case somewhere (memo, built on first use). */
  lowerWords?: Set<string>;
  hits: Hit[];
  g: Gazetteer;
  kb: KnowledgeBase;
}

/** Detects every candidate mention in the document's actor zones, in text order. */
export function detectCandidates(text: string, sentences: readonly Sentence[], kb: KnowledgeBase): Candidate[] {
  const g = gazetteerFor(kb);
  const tokens = tokenize(text, sentences);
  // Every field from the start, the memos too: one filled in later gave the context another hidden class, in
  // an order that varied by document, and each new one deoptimised every function that reads the context.
  const ctx: Ctx = { text, tokens, sideCues: undefined, shouted: undefined, lowerWords: undefined, hits: [], g, kb };
  matchGazetteer(ctx);
  matchSpun(ctx);
  releaseNameHeads(ctx);
  const out: Candidate[] = [];
  emitHits(ctx, out);
  detectMinistries(ctx, out);
  detectWorksCouncils(ctx, out);
  detectLeaderGovernments(ctx, out);
  detectNames(ctx, out);
  detectCapitalHonorificBodies(ctx, out);
  detectTitles(ctx, out);
  confirmRecurringNames(out);
  retypeBodiesByGrammar(ctx, out);
  detectCorporateNames(ctx, out);
  detectAppositiveBodies(ctx, out);
  promoteRecurringAgents(ctx, out);
  detectCollectiveGroups(ctx, out);
  distrustTitleCase(ctx, sentences, out);
  dropPhotoCredits(text, out);
  joinAcronymPairs(ctx, out);
  dropFamilyAdjectives(ctx, out);
  for (const c of out) {
    if (c.type !== 'organization' && c.type !== 'group') continue;
    c.sideCue = sideCueNear(ctx, c);
    const before = ctx.tokens[tokenAt(ctx.tokens, c.start) - 1];
    if (before && before.sentence === c.sentence && before.lower === 'opposition') c.opposition = true;
    // "Russia's Foreign Ministry" is Russia's; "Colombia's ELN guerrillas", "Russia's Gazprom" are only there.
    if (!c.packId && STATE_BODY.test(c.text)) c.ownerCountry = ownerCountryOf(ctx, c);
  }
  // "Defence Minister X, who leads the Thai side": the side a person is said to lead is theirs, whatever the dateline.
  for (const c of out) {
    if (c.type !== 'person' || c.packId || c.kind !== 'name' || !c.roles.length) continue;
    const led = LEADS_SIDE.exec(text.slice(c.end, c.end + 80));
    const side = led ? demonymCountryAt(ctx, c.end + led[0].lastIndexOf(led[1]!)) : null;
    if (side) for (const r of c.roles) if (!r.party) r.party = side;
  }
  const home = datelineCountry(text, sentences, kb);
  if (home) for (const c of out) for (const r of c.roles) if (!c.packId && c.type === 'person' && !r.party && HOME_OFFICE.test(r.text)) r.party = home;
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** After a name: ", who leads the Thai side", ", head of the Cambodian delegation" (group 1, the demonym). */
const LEADS_SIDE = /^\s*,\s*(?:who\s+(?:leads|heads|led|headed|represents|represented)|(?:the\s+)?(?:head|leader|chief)\s+of)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)\s+(?:side|delegation|team|negotiators|negotiating\s+team)\b/u;
/** The pack country whose demonym the gazetteer read at `pos` ("Thai" → thailand), or null. */
function demonymCountryAt(ctx: Ctx, pos: number): string | null {
  const t = ctx.tokens[tokenAt(ctx.tokens, pos)];
  const entry = t && t.start === pos && t.hit >= 0 ? ctx.hits[t.hit]!.entry : null;
  return entry && entry.type === 'country' && entry.kind === 'demonym' ? entry.packId : null;
}

/** Two runs of capitals joined by "&" or "/" with no space ("AB&C", "ABC/DEF"): one body's acronym, or its acronyms in two languages. */
const JOINED_ACRONYM = /(?<![\p{L}\p{N}&/])\p{Lu}[\p{Lu}\p{N}]{0,7}[&/]\p{Lu}[\p{Lu}\p{N}]{0,7}(?![\p{L}\p{N}&/])/gu;

/**
 * "CD&V", "VBO/FEB": an acronym the tokenizer cut at its "&" or "/" is one body's name. Only where a part was
 * read as an acronym of its own and the rest as nothing or a stray initial ("R&D", "US/UK" stay as they are).
 */
function joinAcronymPairs(ctx: Ctx, out: Candidate[]): void {
  for (const m of ctx.text.matchAll(JOINED_ACRONYM)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = out.filter((c) => c.start < end && c.end > start);
    if (!inside.some((c) => c.rule === 'acronym') || !inside.every((c) => c.start >= start && c.end <= end && (c.rule === 'acronym' || (c.type === 'person' && c.tentative)))) continue;
    const first = inside.find((c) => c.rule === 'acronym')!;
    const kept = out.filter((c) => !inside.includes(c));
    out.length = 0;
    out.push(...kept, { ...first, start, end, text: m[0], rule: 'joined-acronym', acronym: null });
  }
}

/** Plurals naming a party by its political family ("the liberals of X", "the Flemish socialists of X"). */
const PARTY_FAMILIES = new Set(
  'socialists liberals democrats conservatives greens ecologists nationalists communists centrists populists separatists progressives republicans federalists regionalists unionists libertarians radicals christians'.split(' '),
);

/**
 * "the Flemish Christian democrats of CD&V", "the French-speaking liberals of X": the capitalised words before a
 * party's family are adjectives of the description, which names the party after "of", never a person ("Flemish Christian").
 */
function dropFamilyAdjectives(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap || !PARTY_FAMILIES.has(t.lower) || tokens[i + 1]?.lower !== 'of' || tokens[i + 1]!.sentence !== t.sentence) continue;
    let k = i - 1;
    while (k >= 0 && tokens[k]!.sentence === t.sentence && (tokens[k]!.cap || tokens[k]!.text === '-' || (tokens[k]!.word && tokens[k - 1]?.text === '-'))) k--;
    if (k === i - 1 || tokens[k]?.lower !== 'the') continue;
    const from = tokens[k + 1]!.start;
    const kept = out.filter((c) => !(c.type === 'person' && c.start >= from && c.end <= t.start));
    out.length = 0;
    out.push(...kept);
  }
}

/**
 * "NEW DELHI, May 10 (Reuters) - Foreign Secretary Vikram Misri said": a government office named with no
 * country, in a report filed from a capital, is that capital's government's. Offices only (a portfolio's
 * minister, a prime minister, a ministry's or the government's spokesman): an envoy or an ambassador in a
 * capital is as often a visitor.
 */
const HOME_OFFICE = /^(?:the\s+)?(?:(?:deputy|acting|first|chief|junior)\s+)?(?:(?:foreign|defen[cs]e|home|interior|finance|trade|commerce|economy|energy|justice|information|external\s+affairs|foreign\s+affairs|labou?r|employment|fisheries|agriculture|transport|health|education|environment|media|communications|broadcasting|culture|mines|mining|water|housing|industry|tourism|immigration|europe|european\s+affairs|natural\s+resources|digital|technology|infrastructure)\s+(?:minister|secretary)|prime\s+minister|premier|(?:foreign|defen[cs]e)\s+ministry\s+spokes(?:man|woman|person)|government\s+spokes(?:man|woman|person))\b/i;

/** Capitals by their lower-case name, per knowledge base. */
const capitalsByKb = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The country whose capital (a pack metonym) opens the report's dateline, if any. */
function datelineCountry(text: string, sentences: readonly Sentence[], kb: KnowledgeBase): string | null {
  const dateline = sentences.find((s) => s.zone === 'dateline');
  if (!dateline) return null;
  const place = /^\s*([\p{L}.'’ -]+?)\s*(?:,|\(|[-–—])/u.exec(text.slice(dateline.start, dateline.end))?.[1]?.toLowerCase();
  if (!place) return null;
  let capitals = capitalsByKb.get(kb);
  if (!capitals) {
    capitals = new Map();
    for (const a of kb.actors.values()) if (a.type === 'country') for (const m of a.metonyms) capitals.set(m.toLowerCase(), a.id);
    capitalsByKb.set(kb, capitals);
  }
  return capitals.get(place) ?? null;
}

const BARGAINING_RE = /^(?:talks|negotiat\w*|bargain\w*|deal|agreement|agreed|offer|offers|contract|strike|ceasefire|truce|accord|walkout|proposal|demands?)$/;
/** The words of `BARGAINING_RE` but its two stems: a lookup for most tokens, the regex only for a word on a stem. */
const BARGAINING_WORDS = new Set(['talks', 'deal', 'agreement', 'agreed', 'offer', 'offers', 'contract', 'strike', 'ceasefire', 'truce', 'accord', 'walkout', 'proposal', 'demand', 'demands']);
const isBargainingWord = (lower: string): boolean => BARGAINING_WORDS.has(lower) || ((lower.startsWith('negotiat') || lower.startsWith('bargain')) && BARGAINING_RE.test(lower));
const ONLOOKER_WORDS = new Set(['urged', 'urges', 'urging', 'welcomed', 'welcomes', 'sides', 'parties', 'mediated', 'mediate', 'mediator', 'mediators', 'offices']);

/** Index of the first token starting at or after a position (tokens are in text order). */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words of the bargaining (talks, an offer, a deal) within a few words of the mention, and no onlooker's words in its sentence ("urged both sides"). */
function sideCueNear(ctx: Ctx, c: Candidate): boolean {
  const { tokens } = ctx;
  const at = tokenAt(tokens, c.start);
  let cue = false;
  // Counted from the name's end: a long name ("the X Premier League Players Association") does not eat the window.
  for (let k = Math.max(0, at - 8), to = Math.min(tokens.length, tokenAt(tokens, c.end) + 12); k < to; k++) {
    const t = tokens[k]!;
    if (t.sentence === c.sentence && isBargainingWord(t.lower)) cue = true;
  }
  if (!cue) return false;
  const memo = (ctx.sideCues ??= new Map());
  let onlooker = memo.get(c.sentence);
  if (onlooker === undefined) {
    onlooker = false;
    let k = at;
    while (k > 0 && tokens[k - 1]!.sentence === c.sentence) k--;
    for (; k < tokens.length && tokens[k]!.sentence === c.sentence; k++) if (ONLOOKER_WORDS.has(tokens[k]!.lower)) onlooker = true;
    memo.set(c.sentence, onlooker);
  }
  return !onlooker;
}

/** Words of a state's own bodies: a country before such a name owns it. */
const STATE_BODY = /\b(?:ministry|ministries|department|army|armed\s+forces|navy|air\s+force|police|government|cabinet|parliament|senate|congress|council|agency|central\s+bank|court|office|service|embassy|consulate|mission|delegation|administration|authority|commission|committee|presidency|guard|assembly|duma|rada|knesset)\b/i;

/** The country qualifying an organization's name from just before it: "Russian Ministry ...", "China's ministry". */
function ownerCountryOf(ctx: Ctx, c: Candidate): string | null {
  const { tokens } = ctx;
  const at = tokenAt(tokens, c.start);
  let k = at - 1;
  if (tokens[k]?.text === "'s") k--;
  const t = tokens[k];
  return t && t.sentence === c.sentence ? countryOf(ctx, t) : null;
}

function markHit(ctx: Ctx, hit: Hit, from: number, to: number): void {
  const idx = ctx.hits.length;
  hit.from = from;
  hit.to = to;
  ctx.hits.push(hit);
  for (let i = from; i < to; i++) ctx.tokens[i]!.hit = idx;
}

/** Longest exact gazetteer match at each word. */
function matchGazetteer(ctx: Ctx): void {
  const { tokens, text, g } = ctx;
  const ambiguous: [number, GazetteerEntry[]][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.hit >= 0) continue;
    const pair = openingPair(t.text);
    if (pair >= 0 && !g.firstWordOpenings[pair] && t.lower !== 'the') continue;
    const list = t.lower === 'the' ? g.byTheNextWord.get(tokens[i + 1]?.text ?? '') : g.byFirstWord.get(t.text);
    if (!list) {
      // "Priština", "Bogotá" for the pack's "Pristina", "Bogota": a one-word name or capital written with its
      // diacritics. Not a demonym: "Germán" (Ospina) is no "German".
      if (t.cap && !isAscii(t.text)) {
        const plain = stripDiacritics(t.text);
        const entry = g.byFirstWord.get(plain)?.find((o) => o.words.length === 1 && o.surface === plain && (o.kind === 'name' || o.kind === 'metonym'));
        if (entry && !/[\p{L}\p{N}]/u.test(text[t.end] ?? '')) markHit(ctx, { start: t.start, end: t.end, entry, fuzzy: false, from: i, to: i + 1 }, i, i + 1);
      }
      continue;
    }
    for (const entry of list) {
      const surface = entry.surface;
      const ok =
        text.startsWith(surface, t.start) ||
        (t.lower === 'the' && text.startsWith(surface.slice(1), t.start + 1) && text[t.start]!.toLowerCase() === surface[0]!.toLowerCase());
      if (!ok) continue;
      const end = t.start + surface.length;
      if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      // "NZ$38 million", "US$5 billion": a country code fused to a currency sign names a currency, not the country.
      if (text[end] === '$' && /^\p{Lu}{1,3}$/u.test(surface)) continue;
      let j = i;
      while (j < tokens.length && tokens[j]!.start < end && tokens[j]!.sentence === t.sentence) j++;
      if (tokens[j - 1]!.end !== end && tokens[j - 1]!.end < end) continue;
      markHit(ctx, { start: t.start, end, entry, fuzzy: false, from: i, to: j }, i, j);
      // "Congo" is an alias of two countries: which one the report means is settled below.
      const others = list.filter((o) => o !== entry && o.surface === surface && o.type === entry.type && o.packId !== entry.packId);
      if (others.length) ambiguous.push([ctx.hits.length - 1, [entry, ...others]]);
      i = j - 1;
      break;
    }
  }
  if (!ambiguous.length) return;
  // A surface several pack actors share means the one the report also names unambiguously ("Democratic
  // Republic of Congo", "Kinshasa"); with no such evidence the pack's order decides.
  const unambiguous = new Map<string, number>();
  const shared = new Set(ambiguous.map(([h]) => h));
  ctx.hits.forEach((h, k) => {
    if (!shared.has(k) && h.entry.packId) unambiguous.set(h.entry.packId, (unambiguous.get(h.entry.packId) ?? 0) + 1);
  });
  for (const [h, entries] of ambiguous) {
    const best = entries.reduce((a, b) => ((unambiguous.get(b.packId ?? '') ?? 0) > (unambiguous.get(a.packId ?? '') ?? 0) ? b : a));
    ctx.hits[h]!.entry = best;
  }
}

/**
 * Multiword names written with a synonym or a dropped word ("the White Home", "Center for European
 * Analysis"): one word must match exactly and every other word must be a spinner synonym or near spelling.
 */
/** Whether every code unit is ASCII (nothing for `stripDiacritics` to do); a loop, not a regex test: one call per capitalised token. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function matchSpun(ctx: Ctx): void {
  const { tokens, g } = ctx;
  // Each token's text folded, filled in as the alignments below first compare it: a word is compared with
  // every entry its capitalised neighbour opens ("Republic" opens 97), each comparison a lookup in the fold memo.
  const folded = new Array<string | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || (t.hit >= 0 && ctx.hits[t.hit]!.end - ctx.hits[t.hit]!.start > t.end - t.start)) continue;
    const list = g.multiword.get(isAscii(t.lower) ? t.lower : stripDiacritics(t.lower));
    if (!list) continue;
    for (const entry of list) {
      const match = alignSpun(ctx, i, entry, folded);
      if (!match) continue;
      const last = tokens[match - 1]!;
      // Exact multiword hits inside win; single-word hits (a demonym inside a name) give way.
      let covered = false;
      for (let k = i; k < match; k++) {
        const h = tokens[k]!.hit;
        if (h >= 0 && ctx.hits[h]!.end - ctx.hits[h]!.start > tokens[k]!.end - tokens[k]!.start) covered = true;
      }
      if (covered) continue;
      markHit(ctx, { start: t.start, end: last.end, entry, fuzzy: true, from: i, to: match }, i, match);
      i = match - 1;
      break;
    }
  }
}

/** Token index just past the aligned span, or 0 when the words do not align. */
function alignSpun(ctx: Ctx, i: number, entry: GazetteerEntry, folded: (string | undefined)[]): number {
  const { tokens, g } = ctx;
  const ew = entry.spunWords;
  const ef = entry.spunFolded;
  const sentence = tokens[i]!.sentence;
  // The text's words to align: up to as many tokens as the entry has words, in the sentence (read in place, no array per entry).
  let count = 0;
  while (count < ew.length && i + count < tokens.length && tokens[i + count]!.sentence === sentence) count++;
  const foldedAt = (k: number): string => (folded[k] ??= foldedWord(tokens[k]!.text));
  /** `wordsAlike` of the text's token `k` and the entry's word `w`. */
  const alike = (k: number, w: number): 'exact' | 'near' | 'no' => (tokens[k]!.text === ew[w] ? 'exact' : foldedWordsAlike(g, foldedAt(k), ef[w]!));
  let exact = 0;
  let near = 0;
  // Same length: word by word.
  if (count === ew.length) {
    let ok = true;
    for (let k = 0; k < ew.length; k++) {
      const a = alike(i + k, k);
      if (a === 'exact') exact++;
      else if (a === 'near' && tokens[i + k]!.cap) near++;
      else {
        ok = false;
        break;
      }
    }
    if (ok && near > 0 && exact >= 1 && near <= Math.max(1, Math.floor(ew.length / 2))) return i + ew.length;
  }
  // One word dropped from a name of four or more words.
  if (ew.length >= 4 && Math.min(count, ew.length - 1) === ew.length - 1) {
    for (let skip = 1; skip < ew.length - 1; skip++) {
      let all = true;
      for (let k = 0; k < ew.length - 1 && all; k++) all = alike(i + k, k < skip ? k : k + 1) === 'exact';
      if (all) {
        const next = tokens[i + ew.length - 1];
        if (next && next.cap && next.sentence === sentence) return 0;
        return i + ew.length - 1;
      }
    }
  }
  return 0;
}

/**
 * A one-word body of the pack that heads a longer name ("Congress of Industrial Organizations", "Congress
 * for Cultural Freedom") is not that body: the word goes back to the name reader.
 */
function releaseNameHeads(ctx: Ctx): void {
  const { tokens, hits } = ctx;
  // "the opposition Egyptian Social Democratic Party", "New Democratic Party": a pack body's name of two words or
  // more that a capitalised word of no pack name opens onto is the tail of a longer name, another body's; so is
  // a demonym opening that longer name.
  hits.forEach((hit, idx) => {
    const e = hit.entry;
    if (tokens[hit.from]!.hit !== idx || (e.type !== 'organization' && e.type !== 'group') || e.kind !== 'name' || hit.to - hit.from < 2 || e.words[0]!.toLowerCase() === 'the') return;
    const t = tokens[hit.from]!;
    const before = tokens[hit.from - 1];
    if (!before || before.sentence !== t.sentence || !before.word || !before.cap || before.hit >= 0 || before.end + 1 !== t.start) return;
    if (FUNCTION_WORDS.has(before.lower) || ROLE_HEADS.has(before.lower) || ROLE_MODIFIERS.has(before.lower) || ORG_WORDS.has(before.lower) || isHonorific(before.lower)) return;
    for (let n = hit.from; n < hit.to; n++) tokens[n]!.hit = -1;
    const opener = tokens[hit.from - 2];
    const openerHit = opener?.hit ?? -1;
    if (opener && openerHit >= 0 && opener.sentence === t.sentence && opener.end + 1 === before.start && hits[openerHit]!.entry.kind === 'demonym' && hits[openerHit]!.to - hits[openerHit]!.from === 1) opener.hit = -1;
  });
  // "Coalition of American Importers", "Federation of German Industries": a demonym between a body's "of"
  // and a capitalised word is part of the body's name, not a mention of its country.
  // So is a country's name before a calling in the plural or a body word ("Committee of Freedonia Bondholders",
  // "Federation of Sylvania Industries"); not before a title ("Bank of England Governor ...").
  hits.forEach((hit, idx) => {
    const demonym = hit.to - hit.from === 1 && hit.entry.kind === 'demonym';
    const countryName = hit.entry.type === 'country' && hit.entry.kind === 'name' && hit.to - hit.from <= 3;
    if ((!demonym && !countryName) || tokens[hit.from]!.hit !== idx) return;
    const of = tokens[hit.from - 1];
    const body = tokens[hit.from - 2];
    const next = tokens[hit.to];
    const same = (x: Token | undefined) => !!x && x.sentence === tokens[hit.from]!.sentence;
    if (!same(of) || !same(body) || !same(next) || (of!.lower !== 'of' && of!.lower !== 'for') || of!.cap) return;
    if (!body!.cap || !ORG_WORDS.has(body!.lower) || !next!.cap || !next!.word || next!.hit >= 0) return;
    if (!demonym && !isCollectivePlural(next!.text) && !ORG_WORDS.has(next!.lower)) return;
    for (let n = hit.from; n < hit.to; n++) tokens[n]!.hit = -1;
  });
  hits.forEach((hit, idx) => {
    if (hit.to - hit.from !== 1 || hit.entry.type !== 'organization' || tokens[hit.from]!.hit !== idx) return;
    const of = tokens[hit.to];
    const next = tokens[hit.to + 1];
    if (!of || !next || of.sentence !== next.sentence || of.sentence !== tokens[hit.from]!.sentence) return;
    if ((of.lower === 'of' || of.lower === 'for') && next.cap && next.hit < 0 && !FUNCTION_WORDS.has(next.lower)) tokens[hit.from]!.hit = -1;
  });
  // "Canada Labour Code", "the Labour Relations Act": a party's one-word name inside the capitalised name of a law
  // or code names the law's field, not the party.
  hits.forEach((hit, idx) => {
    if (hit.to - hit.from !== 1 || tokens[hit.from]!.hit !== idx || (hit.entry.type !== 'group' && hit.entry.type !== 'organization')) return;
    const sentence = tokens[hit.from]!.sentence;
    for (let k = hit.to; k < hit.to + 3 && tokens[k] && tokens[k]!.sentence === sentence && tokens[k]!.cap && tokens[k]!.word; k++) {
      if (LAW_HEADS.has(tokens[k]!.lower)) {
        tokens[hit.from]!.hit = -1;
        return;
      }
    }
  });
  // "Labour Minister", "Labour Ministry": a portfolio before a minister or a ministry names the ministry's
  // field, not the party spelt the same way (a party's member is a "Labour MP", a "Labour leader").
  hits.forEach((hit, idx) => {
    if (hit.to - hit.from !== 1 || tokens[hit.from]!.hit !== idx || (hit.entry.type !== 'group' && hit.entry.type !== 'organization')) return;
    const t = tokens[hit.from]!;
    const next = tokens[hit.to];
    if (PORTFOLIO_WORDS.has(t.lower) && next && next.sentence === t.sentence && MINISTRY_HEADS.has(next.lower)) t.hit = -1;
  });
  // "Finnish Air Line Pilots' Association", "Irish Farmers' Association": a country's adjective opening the
  // name of a union, association or federation is part of that name (the body is no organ of the state, so
  // the adjective does not make it the country's, as "the Russian Defence Ministry" is Russia's). So is the
  // country's own name ("Kenya Medical Association", "New Zealand Nurses Organisation").
  hits.forEach((hit, idx) => {
    const e = hit.entry;
    if (tokens[hit.from]!.hit !== idx || e.type !== 'country' || (e.kind !== 'demonym' && e.kind !== 'name') || (e.kind === 'demonym' && hit.to - hit.from !== 1)) return;
    const sentence = tokens[hit.from]!.sentence;
    let k = hit.to;
    let last = -1;
    while (k < tokens.length && k < hit.to + 7 && tokens[k]!.sentence === sentence) {
      const t = tokens[k]!;
      // "Pilots' Association", "Fishermen's Association": a possessive apostrophe inside the name.
      if (!t.word && /^['’]s?$/.test(t.text) && t.start === tokens[k - 1]!.end) {
        k++;
        continue;
      }
      if (!t.word || !t.cap || t.hit >= 0 || FUNCTION_WORDS.has(t.lower)) break;
      if (CIVIL_BODY_HEADS.has(t.lower)) last = k;
      k++;
    }
    // "Canadian Union of Postal Workers", "American Federation of Teachers": a body word right after the adjective, when
    // its name goes on with "of" and a capitalised word.
    const goesOn = last === hit.to && /^(?:of|for)$/.test(tokens[last + 1]?.lower ?? '') && tokens[last + 1]!.sentence === sentence && !!tokens[last + 2]?.cap && tokens[last + 2]!.sentence === sentence && tokens[last + 2]!.hit < 0;
    if ((last > hit.to || goesOn) && (tokens[last + 1]?.sentence !== sentence || !tokens[last + 1]!.word || !tokens[last + 1]!.cap)) {
      for (let n = hit.from; n < hit.to; n++) tokens[n]!.hit = -1;
      if (e.kind === 'demonym' && e.packId) tokens[hit.from]!.sideOf = e.packId;
    }
  });
  // "Congo River Alliance", "Kosovo Liberation Army": a country's name that opens a capitalised name ending in a
  // word for an armed or political body is part of that body's name.
  // "Democratic Unity Party", "Labour Reform Movement": a party's adjective that opens another body's name is that name's.
  // "The Nairobi Ledger", "Kyiv Evening Courier": a capital or a country opening a newspaper's name is the paper's.
  hits.forEach((hit, idx) => {
    if (tokens[hit.from]!.hit !== idx) return;
    const e = hit.entry;
    const country = e.type === 'country' && hit.to - hit.from === 1 && e.kind === 'name';
    const place = e.type === 'country' && (e.kind === 'name' || e.kind === 'metonym');
    const partyWord = (e.type === 'group' || e.type === 'organization') && e.kind === 'demonym';
    if (!country && !place && !partyWord) return;
    const sentence = tokens[hit.from]!.sentence;
    let k = hit.to;
    while (k < tokens.length && k < hit.to + 4 && tokens[k]!.sentence === sentence && tokens[k]!.word && tokens[k]!.cap && tokens[k]!.hit < 0 && !FUNCTION_WORDS.has(tokens[k]!.lower)) k++;
    if (k === hit.to) return;
    const last = tokens[k - 1]!.lower;
    if ((country && NAMED_BODY_HEADS.has(last)) || (place && NEWSPAPER_HEADS.has(last)) || (partyWord && ORG_WORDS.has(last))) {
      for (let n = hit.from; n < hit.to; n++) tokens[n]!.hit = -1;
    }
  });
}

/** Words after a portfolio that make it a ministry's field ("Labour Minister"). */
const MINISTRY_HEADS = new Set(['minister', 'ministers', 'ministry', 'secretary', 'department']);

/** Last words of a civil body's name that a country's adjective may open ("Finnish ... Association"). */
const CIVIL_BODY_HEADS = new Set(['association', 'union', 'federation', 'confederation', 'guild', 'syndicate', 'society', 'chamber', 'church', 'institute', 'foundation']);

/** Last words of a newspaper's name ("Nairobi Ledger", "Moscow Times"). */
const NEWSPAPER_HEADS = new Set(['times', 'post', 'journal', 'herald', 'gazette', 'tribune', 'chronicle', 'daily', 'weekly', 'telegraph', 'ledger', 'courier', 'observer', 'inquirer', 'examiner', 'dispatch', 'independent', 'standard', 'express', 'mirror', 'star', 'record', 'review', 'monitor', 'news']);

/** Last words of a movement's, militia's or party's name that a country's name may open. */
const NAMED_BODY_HEADS = new Set(['alliance', 'front', 'movement', 'army', 'party', 'coalition', 'forces', 'brigade', 'brigades', 'militia', 'league']);

function emitHits(ctx: Ctx, out: Candidate[]): void {
  const { tokens, hits, text } = ctx;
  hits.forEach((hit, idx) => {
    // A hit overridden by a longer spun match owns no token any more.
    if (tokens[hit.from]!.hit !== idx) return;
    const firstTok = hit.from;
    const t = tokens[firstTok]!;
    const lastTok = hit.to - 1;
    const e = hit.entry;
    let start = hit.start;
    let end = hit.end;
    if (e.kind === 'demonym') {
      const next = tokens[lastTok + 1];
      // "Turkish Cypriots", "Bosnian Serbs": a demonym after another names a community, not either state.
      const community = stackedDemonym(ctx, firstTok, -1);
      if (community >= 0) {
        if (e.people) out.push({ start: tokens[community]!.start, end, text: text.slice(tokens[community]!.start, end), type: 'group', kind: 'name', packId: null, rule: 'community', confidence: 0.8, sentence: t.sentence, roles: [], given: null, surname: null, acronym: null, tentative: false, title: null } as Candidate);
        // "the Turkish Cypriot side": the community's adjective before "side" names it as a party to the talks.
        else if (next && next.sentence === t.sentence && next.lower === 'side' && tokens[community - 1]?.lower === 'the') out.push({ start: tokens[community]!.start, end: next.end, text: text.slice(tokens[community]!.start, next.end), type: 'group', kind: 'name', packId: null, rule: 'community-side', confidence: 0.75, sentence: t.sentence, roles: [], given: null, surname: null, acronym: null, tentative: false, title: null } as Candidate);
        return;
      }
      if (stackedDemonym(ctx, lastTok, 1) >= 0) return;
      if (!e.people) {
        const officer = unnamedOfficerEnd(ctx, firstTok, lastTok);
        if (officer >= 0) end = officer;
        else {
          if (!next || next.sentence !== t.sentence || !next.word || next.cap || !DEMONYM_GROUP_NOUNS.has(next.lower)) return;
          end = next.end;
        }
      }
    }
    // "New Zealand publishers seek arbitration": a country's name before a civil plural names those people, not the state.
    if (e.kind === 'name' && e.type === 'country') {
      const next = tokens[lastTok + 1];
      if (next && next.sentence === t.sentence && next.word && !next.cap && isCollectivePlural(next.text) && !DEMONYM_GROUP_NOUNS.has(next.lower)) return;
    }
    // A person's pack name is handled with the other person names (roles, possessives).
    const base: Candidate = {
      start, end, text: text.slice(start, end), type: e.type, kind: e.kind, packId: e.packId, rule: hit.fuzzy ? 'gazetteer-fuzzy' : 'gazetteer',
      confidence: hit.fuzzy ? 0.75 : 0.95, sentence: t.sentence, roles: [], given: null, surname: null, acronym: null,
      tentative: false, title: null,
    };
    if (e.type === 'person') {
      const p = nameParts(text.slice(start, end));
      base.given = p.given;
      base.surname = p.surname;
      base.roles = rolesAround(ctx, firstTok, lastTok);
    }
    if (e.type === 'organization') base.acronym = acronymAfter(ctx, lastTok);
    if (e.packId && e.type !== 'person' && e.type !== 'country' && /^[\p{Lu}&]{2,6}$/u.test(base.text)) demoteMisfitAcronym(ctx, base, lastTok);
    if (e.kind === 'metonym' && e.type === 'country') {
      const owner = metonymOwner(ctx, hit);
      if (owner) Object.assign(base, { packId: owner, rule: 'owned-metonym' });
    }
    out.push(base);
  });
}

/** Nouns for one unnamed person who speaks for a state ("a Saudi delegate", "an Iranian diplomat"). */
const UNNAMED_OFFICER_NOUNS = new Set(['delegate', 'diplomat', 'negotiator', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'representative']);

/**
 * "a Saudi delegate said", "a French trade official said": an indefinite article, a demonym, at most two plain
 * words and a noun for an unnamed officer, with no name after it, is a mention of the country the person speaks
 * for. Where the mention ends (the noun's end), or -1.
 */
function unnamedOfficerEnd(ctx: Ctx, firstTok: number, lastTok: number): number {
  const { tokens } = ctx;
  const sentence = tokens[firstTok]!.sentence;
  const article = tokens[firstTok - 1];
  if (!article || article.sentence !== sentence || (article.lower !== 'a' && article.lower !== 'an')) return -1;
  for (let k = lastTok + 1; k <= lastTok + 3; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || !t.word || t.cap) return -1;
    if (UNNAMED_OFFICER_NOUNS.has(t.lower)) {
      const after = tokens[k + 1];
      return after && after.sentence === sentence && after.word && after.cap ? -1 : t.end;
    }
  }
  return -1;
}

/** The demonym token right before (`dir` -1) or after (+1) token `k`, itself a demonym, joined by a space; else -1. */
function stackedDemonym(ctx: Ctx, k: number, dir: -1 | 1): number {
  const { tokens, hits } = ctx;
  const t = tokens[k];
  const o = tokens[k + dir];
  if (!t || !o || t.hit < 0 || o.hit < 0 || o.hit === t.hit || o.sentence !== t.sentence || !o.cap) return -1;
  if (hits[t.hit]!.entry.kind !== 'demonym' || hits[o.hit]!.entry.kind !== 'demonym' || hits[t.hit]!.entry.packId === hits[o.hit]!.entry.packId) return -1;
  const between = dir < 0 ? ctx.text.slice(o.end, t.start) : ctx.text.slice(t.end, o.start);
  return between === ' ' ? k + dir : -1;
}

/**
 * "Pakistan's Foreign Office", "the Pakistani Foreign Office": a country's metonym owned by another country
 * named right before it is that other country's body (each state has a foreign office), not the metonym's.
 */
function metonymOwner(ctx: Ctx, metonym: Hit): string | null {
  for (const h of ctx.hits) {
    if (h === metonym || h.end > metonym.start || metonym.start - h.end > 4) continue;
    if (h.entry.type !== 'country' || !h.entry.packId || h.entry.packId === metonym.entry.packId || h.entry.kind === 'metonym') continue;
    const between = ctx.text.slice(h.end, metonym.start);
    if (h.entry.kind === 'demonym' ? /^\s+$/.test(between) : /^['’]s?\s+$/.test(between)) return h.entry.packId;
  }
  return null;
}

/**
 * A pack acronym followed by a noun saying what body it is that the pack actor is not ("PTI party" when
 * the pack's PTI is a news agency): another body with the same letters, so no pack id.
 */
function demoteMisfitAcronym(ctx: Ctx, c: Candidate, lastTok: number): void {
  const next = ctx.tokens[lastTok + 1];
  if (!next || next.sentence !== ctx.tokens[lastTok]!.sentence || !next.word || !BODY_NOUNS.has(next.lower)) return;
  const actor = ctx.kb.actors.get(c.packId!);
  if (!actor) return;
  const known = new Set([actor.name, ...actor.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)));
  if (known.has(next.lower)) return;
  c.packId = null;
  c.type = ['party', 'movement', 'militia', 'faction', 'front'].includes(next.lower) ? 'group' : 'organization';
  c.rule = 'acronym';
  c.confidence = 0.7;
}

/** Verbs whose subject acts in a negotiation or a dispute. */
const AGENT_VERBS = new Set(
  `has had will would offered rejected accepted struck reached signed proposed wants plans filed sued refused agreed threatened
  demanded walked pulled raised cut hired fired laid locked sought wanted won lost launched
  offers rejects accepts proposes refuses demands seeks insists opposes opposed backs backed welcomes welcomed threatens
  pushed pressed resisted blocked vetoed endorsed`.split(/\s+/),
);
/** After "is"/"was": the progressive of a bargaining verb ("Unite is demanding", "Pact was refusing"). */
const AGENT_PROGRESSIVES = new Set(
  `demanding rejecting refusing offering proposing seeking insisting threatening pushing pressing urging opposing backing
  calling accepting resisting blocking negotiating`.split(/\s+/),
);

/** Whether the tokens after a name make it the subject of a reporting or bargaining verb ("Boeing offered", "Unite is demanding"). */
function actsAfter(tokens: readonly Token[], at: number, lowerCaseVerb: boolean): boolean {
  let v = at + 1;
  const sentence = tokens[at]!.sentence;
  // "Sumar, for its part, insists", "the Government, Sumar, demands": past an aside, or the comma closing an apposition.
  if (!lowerCaseVerb && tokens[v]?.text === ',' && tokens[v]!.sentence === sentence) {
    let k = v + 1;
    while (k < v + 7 && tokens[k] && tokens[k]!.sentence === sentence && tokens[k]!.text !== ',') k++;
    v = tokens[k]?.text === ',' && k > v + 1 ? k + 1 : v + 1;
  }
  // "Junts also rejected": an adverb between.
  if (!lowerCaseVerb && tokens[v] && tokens[v]!.sentence === sentence && SUBJECT_ADVERBS.test(tokens[v]!.lower)) v++;
  const next = tokens[v];
  if (!next || next.sentence !== sentence || (lowerCaseVerb && (!next.word || next.cap))) return false;
  if (SPEECH_VERBS.has(next.lower) || AGENT_VERBS.has(next.lower)) return true;
  const then = tokens[v + 1];
  return /^(?:is|was|are|were)$/.test(next.lower) && !!then && then.sentence === next.sentence && AGENT_PROGRESSIVES.has(then.lower);
}
const SUBJECT_ADVERBS = /^(?:also|still|now|then|again|already|later|firmly|flatly|formally|quickly|immediately|jointly|initially|previously|repeatedly|swiftly|promptly|publicly|officially)$/;

const COMMON_GERUNDS = new Set(['fighting', 'shelling', 'bombing', 'voting', 'trading', 'talking', 'speaking', 'negotiating', 'according', 'including', 'following', 'looking', 'meeting', 'bargaining', 'striking', 'picketing', 'funding', 'spending', 'polling', 'campaigning']);

/** Whether the word occurs in lower case somewhere in the document ("prosecutors" for "Prosecutors said"). */
function hasLowerCaseUse(ctx: Ctx, lower: string): boolean {
  if (!ctx.lowerWords) {
    ctx.lowerWords = new Set();
    for (const t of ctx.tokens) if (t.word && !t.cap) ctx.lowerWords.add(t.lower);
  }
  return ctx.lowerWords.has(lower);
}

/**
 * In a title-case line ("Clinton Wades In: Urges Britain to Remain In European Union") every word is
 * capitalised, so a capitalised run there proves nothing: a person found only there must link to one named
 * in the body, and a body found only there is dropped.
 */
function distrustTitleCase(ctx: Ctx, sentences: readonly Sentence[], out: Candidate[]): void {
  const titleCase = new Set<number>();
  sentences.forEach((st, i) => {
    // A headline may reach the body zone (a title line ending in a period): its shape gives it away.
    // Counted, not matched into arrays: this runs on every sentence.
    const { long, capitalised } = longWordCase(ctx.text.slice(st.start, st.end), 3);
    const headline = st.zone === 'title' || st.zone === 'heading';
    const minimum = headline ? 2 : 4;
    // "Commanders of the Ridge Front met on Friday.": a body sentence with a lower-case verb or noun is prose, however many capitals it has.
    if (long >= minimum && capitalised / long >= 0.8 && (headline || !PROSE_WORD.test(ctx.text.slice(st.start, st.end)))) titleCase.add(i);
  });
  if (titleCase.size === 0) return;
  // Texts the body writes as candidates: the loop below changes only headline candidates, so this holds
  // throughout (a lookup, where a scan of every candidate per headline candidate was quadratic).
  const bodyTexts = new Set<string>();
  for (const o of out) if (!titleCase.has(o.sentence)) bodyTexts.add(o.text);
  const bodyText = (c: Candidate) => bodyTexts.has(c.text);
  // People the body names, in full and by surname: what a headline's capitalised run may hold.
  const bodyPeople = new Map<string, BodyPerson>();
  for (const o of out) {
    if (o.type !== 'person' || titleCase.has(o.sentence) || o.tentative) continue;
    // Keyed on single-spaced words: a headline may space a name differently ("Hillary\u00a0Clinton").
    const key = o.text.replace(/\s+/g, ' ');
    const words = key.split(' ');
    const surname = o.surname ?? (words.length > 1 ? words.at(-1)! : null);
    const who = o.packId ?? key;
    if (!bodyPeople.has(key) || o.packId) bodyPeople.set(key, { given: o.given, surname, packId: o.packId, who });
    // A surname two body people share ("Bill and Hillary Clinton") names neither, however often each recurs.
    if (surname && surname.length > 2 && /^\p{Lu}/u.test(surname) && surname !== key) {
      const seen = bodyPeople.get(surname);
      bodyPeople.set(surname, seen ? { ...seen, ambiguous: seen.ambiguous || seen.who !== who } : { given: null, surname, packId: o.packId, who });
    }
  }
  let longest = 1;
  for (const key of bodyPeople.keys()) longest = Math.max(longest, key.split(' ').length);
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k]!;
    if (!titleCase.has(c.sentence) || c.packId || c.rule === 'gazetteer' || c.rule.startsWith('pack')) continue;
    if (c.type === 'person') {
      // "Clinton Breaks With Obama On ...", "Bernie Sanders Isn't Too Impressed By ...": the run swallows the
      // headline's verbs; the people in it are the stretches the body names.
      const named = namedStretches(c, bodyPeople, longest);
      if (named.length) out.splice(k, 1, ...named);
      // A run over the whole headline is no one's name.
      else if (c.text.split(/\s+/).length > 3) out.splice(k, 1);
      else c.tentative = true;
    } else if (!bodyText(c)) out.splice(k, 1);
  }
  // Words no run took ("Clinton" before the capitalised verb "Breaks"): a person the body names, if they spell one.
  const bySentence = new Map<number, Candidate[]>();
  for (const c of out) if (titleCase.has(c.sentence)) (bySentence.get(c.sentence) ?? bySentence.set(c.sentence, []).get(c.sentence)!).push(c);
  for (const i of titleCase) {
    const st = sentences[i]!;
    const taken = bySentence.get(i) ?? [];
    const line: Candidate = { start: st.start, end: st.end, text: ctx.text.slice(st.start, st.end), type: 'person', kind: 'name', packId: null, rule: 'headline-link', confidence: 0.6, sentence: i, roles: [], given: null, surname: null, acronym: null, tentative: true, title: null };
    for (const c of namedStretches(line, bodyPeople, longest)) if (!taken.some((t) => t.start < c.end && c.start < t.end)) out.push(c);
  }
}

/** A lower-case word of three letters or more that title case would capitalise (not an article, conjunction or short preposition). */
const PROSE_WORD = /(?<![\p{L}\p{N}'’.-])(?!(?:the|and|for|but|nor|yet|off|out|per|via|with|from|into|onto|over|upon|than|amid)(?![\p{L}]))\p{Ll}{3,}(?![\p{L}\p{N}'’-])/u;

interface BodyPerson {
  given: string | null;
  surname: string | null;
  packId: string | null;
  /** Who the form names: the pack person, or the full name as written. */
  who: string;
  ambiguous?: boolean;
}

/** The longest stretches of a headline run's words that are people named in the body, as candidates to link. */
function namedStretches(c: Candidate, bodyPeople: ReadonlyMap<string, BodyPerson>, longest: number): Candidate[] {
  if (bodyPeople.size === 0) return [];
  const words = [...c.text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}.'’-]*/gu)].map((m) => {
    const bare = m[0].replace(/['’]s?$/u, '');
    return { start: c.start + m.index!, end: c.start + m.index! + bare.length, bare };
  });
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; ) {
    let hit = 0;
    // No stretch longer than the longest name the body has: linear in the line, however long it is.
    for (let j = Math.min(words.length, i + longest); j > i && !hit; j--) {
      const person = bodyPeople.get(words.slice(i, j).map((w) => w.bare).join(' '));
      if (person && !person.ambiguous) {
        const start = words[i]!.start;
        const end = words[j - 1]!.end;
        const text = c.text.slice(start - c.start, end - c.start);
        found.push({ ...c, start, end, text, packId: person.packId, given: person.given, surname: person.surname ?? words[j - 1]!.bare, tentative: !person.packId, rule: 'headline-link', roles: [], title: null });
        hit = j - i;
      }
    }
    i += hit || 1;
  }
  return found;
}

const CALENDAR_WORDS = new Set(
  // With the abbreviations datelines and captions use ("Brussels, Feb 18.", "Sept. 23").
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** Words before a place name, never before a company or a union ("in Aleppo", "the region Kursk", "shelling hit Avdiivka"). */
const LOCATIVE_WORDS = new Set(['in', 'near', 'across', 'outside', 'inside', 'into', 'around', 'throughout', 'northern', 'southern', 'eastern', 'western', 'central', 'from', 'region', 'city', 'province', 'town', 'village', 'port', 'capital', 'oblast', 'hit', 'shelled', 'bombed', 'struck', 'captured', 'seized', 'recaptured', 'liberated', 'besieged', 'encircled', 'entered', 'visited']);
/** Nouns of what a body gives or says, before "from" and its source ("opposition from X", "a letter from X"): no place follows. */
const GIVEN_FROM = new Set('opposition objections objection resistance pressure support backing criticism demands demand calls call proposal proposals offer response reply statement letter warning veto approval consent'.split(' '));
/** Words after a place name ("the Kursk region", "the Aleppo front"). */
const PLACE_HEADS = new Set(['region', 'province', 'oblast', 'city', 'area', 'border', 'front', 'frontline', 'district', 'governorate', 'county', 'state', 'valley', 'strip', 'corridor', 'direction', 'offensive', 'airport', 'harbour', 'harbor', ...'dam river basin pipeline canal reservoir lake delta waters'.split(' ')]);
/** Lower-case nouns of rivers, waters and works built on them: the name before one is a place or a thing ("the Nile dam"), never a body. */
const WATERWORK_HEADS = new Set('dam dams river basin pipeline canal reservoir lake delta waters mine mines smelter refinery oilfield gasfield'.split(' '));

/**
 * A lone capitalised word that recurs (or is referred back to as "it"), names no person of the text and is
 * never a place is a body acting in the story ("Verizon said", "workers at Verizon", "Apple said it would
 * appeal"): news names a person in full on first reference, so a bare word that never links to a full
 * name is not a surname.
 */
/** Where the candidate's sentence ends: the end of its last token. */
function sentenceEnd(tokens: readonly Token[], c: Candidate): number {
  let k = tokenAt(tokens, c.start);
  while (tokens[k + 1] && tokens[k + 1]!.sentence === c.sentence) k++;
  return tokens[k]!.end;
}

function promoteRecurringAgents(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  const lone = (c: Candidate) => c.type === 'person' && c.kind === 'name' && !c.packId && !c.given && c.roles.length === 0 && !/\s/.test(c.text) && (c.rule === 'surname-link' || c.rule === 'speech-cue' || c.rule === 'given-link');
  const personWords = new Set<string>();
  for (const c of out) {
    // (A title names a post, not a person: "the spokesman of Junts" gives no name word.)
    if (c.type !== 'person' || c.kind === 'title' || lone(c)) continue;
    for (const w of c.text.split(/\s+/)) {
      personWords.add(w.toLowerCase());
      // "Mansouri said" after "Khalid al-Mansouri", "Lunde" after "Marit Solberg-Lunde": each hyphened part is a name word.
      if (/[-‐]/.test(w)) for (const part of w.split(/[-‐]/)) if (part) personWords.add(part.toLowerCase());
    }
  }
  const byWord = new Map<string, Candidate[]>();
  for (const c of out) if (lone(c)) byWord.set(c.text, [...(byWord.get(c.text) ?? []), c]);
  // The first words of bodies named in full: a lone word that opens exactly one of them is its short form
  // ("Brookfield chief executive ..." after "Brookfield Medical Center"), however often it recurs.
  const bodiesOpenedBy = new Map<string, Set<string>>();
  for (const c of out) {
    if (c.type !== 'organization' || c.packId || !/\s/.test(c.text)) continue;
    const first = c.text.slice(0, c.text.search(/\s/));
    (bodiesOpenedBy.get(first) ?? bodiesOpenedBy.set(first, new Set()).get(first)!).add(c.text.toLowerCase());
  }
  // Standing as a body does: the subject of a reporting or bargaining verb, or the owner of one person's role
  // ("Brookfield said", "Brookfield chief executive"); not an adjective before a plural ("European leaders").
  const standsAsBody = (c: Candidate) => {
    const next = tokens[tokenAt(tokens, c.start) + 1];
    return actsAfter(tokens, tokenAt(tokens, c.start), true) || (!!next && next.sentence === c.sentence && next.word && !next.cap && ROLE_HEADS.has(next.lower) && !/s$/.test(next.lower));
  };
  // A given name is a person's only when a person of the text has it ("Aurelia said" after "Aurelia Banca" is the bank).
  const fullNameWords = out.filter((c) => c.type === 'person' && /\s/.test(c.text)).flatMap((c) => c.text.toLowerCase().split(/\s+/));
  const givenOfText = (w: string) => fullNameWords.some((x) => givenNameAgreementLoose(x, w.toLowerCase()));
  // A word an apposition or a body's cue showed to be a body's name ("Kestrel, the trade body that ...") is that
  // body wherever else it stands alone ("Kestrel said", "talks with Kestrel").
  // So is a short name a body's full name gave in parentheses ("African Export-Import Bank (Afreximbank)").
  const bodyWords = new Set(out.filter((c) => c.type === 'organization' && !c.packId && !/\s/.test(c.text) && c.rule === 'appositive-body').map((c) => c.text));
  for (const c of out) if (c.type === 'organization' && c.acronym && /\p{Ll}/u.test(c.acronym)) bodyWords.add(c.acronym);
  for (const [word, cs] of byWord) {
    if (!bodyWords.has(word) || personWords.has(word.toLowerCase()) || givenOfText(word)) continue;
    for (const c of cs) Object.assign(c, { type: 'organization', rule: 'short-form', confidence: 0.6, tentative: false, surname: null, given: null, givenLink: false });
    byWord.delete(word);
  }
  for (const [word, cs] of byWord) {
    if (bodiesOpenedBy.get(word)?.size !== 1 || personWords.has(word.toLowerCase()) || givenOfText(word) || !cs.some(standsAsBody)) continue;
    for (const c of cs) Object.assign(c, { type: 'organization', rule: 'short-form', confidence: 0.6, tentative: false, surname: null, given: null, givenLink: false });
    byWord.delete(word);
  }
  for (const [word, cs] of byWord) {
    // "the Murdochs": a family named by the plural of a person's surname.
    if (personWords.has(word.toLowerCase()) || personWords.has(word.toLowerCase().replace(/e?s$/, '')) || GIVEN_NAMES.has(word.toLowerCase()) || POLICY_NAMES.has(word.toLowerCase()) || word.length < 3 || /['’.]/.test(word) || COMMON_GERUNDS.has(word.toLowerCase()) || hasLowerCaseUse(ctx, word.toLowerCase())) continue;
    // A place ("in Aleppo"), or the tail of a longer name whose first word was read as something else ("Chelsea Manning").
    const placeOrTail = cs.some((c) => {
      const at = tokenAt(tokens, c.start);
      let before = tokens[at - 1];
      if (before?.lower === 'the') before = tokens[at - 2];
      const after = tokens[at + 1];
      // "opposition from Tarvik", "pressure from Tarvik": "from" after what a body gives names its source, not a place.
      const given = before?.lower === 'from' && GIVEN_FROM.has(tokens[tokenAt(tokens, before.start) - 1]?.lower ?? '');
      // "a rally outside Tarvik's offices": what has offices is no place.
      const owner = tokens[at + 1]?.text === "'s" || tokens[at + 1]?.text === '’s';
      return (
        (!!before && before.sentence === c.sentence && !given && !owner && (LOCATIVE_WORDS.has(before.lower) || (before.cap && before.end + 1 === c.start))) ||
        (!!after && after.sentence === c.sentence && PLACE_HEADS.has(after.lower))
      );
    });
    // Acting in at least one sentence: the subject of a reporting or bargaining verb ("Verizon said", "Boeing offered").
    const acting = cs.filter((c) => actsAfter(tokens, tokenAt(tokens, c.start), false));
    const agentive = acting.length > 0;
    // The subject referred back to as "he" or "she" rather than "it" right after: a person named by surname alone.
    // Within the mention's own sentence: "Hauglund said the swap was fair. Witkov said it would hold" does not make
    // Hauglund an "it".
    const pronouns = acting.map((c) => /\b(he|she|his|her|him|it|its)\b/i.exec(ctx.text.slice(c.end, Math.min(c.end + 120, sentenceEnd(tokens, c))))?.[1]?.toLowerCase() ?? null);
    const personal = pronouns.some((p) => p !== null && !p.startsWith('it'));
    // Named once, it must be referred back to as "it" ("Apple said it would appeal").
    const impersonal = pronouns.some((p) => p !== null && p.startsWith('it'));
    // "McAlister rejected the offer on Monday, saying she ...": referred back to as a person, a bare surname the
    // report never gives in full is still someone's; kept, so another report's full name can claim it.
    if (!placeOrTail && agentive && personal && !impersonal && !cs.some((c) => c.givenLink)) for (const c of cs) c.tentative = false;
    if (placeOrTail || !agentive || personal || (cs.length < 2 && !impersonal)) continue;
    // "Members will vote", "Residents said": a plural common noun capitalised only because it opens its
    // sentences is the people it describes, not a body's name (a name keeps its capital mid-sentence).
    if (cs.every((c) => tokens[tokenAt(tokens, c.start)]!.initial) && pluralOfCommonNoun(word.toLowerCase())) continue;
    for (const c of cs) Object.assign(c, { type: 'organization', rule: 'recurring-agent', confidence: 0.6, tentative: false, surname: null });
  }
}

/** The same given name, or one a diminutive or a case apart ("Aurelia", "aurelia"). */
function givenNameAgreementLoose(a: string, b: string): boolean {
  return a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

/** People who belong to a body, before "of" and its name ("Members of X voted"). */
const PEOPLE_OF_A_BODY = new Set(['members', 'leaders', 'officials', 'workers', 'employees', 'representatives', 'delegates', 'supporters', 'staff', 'negotiators']);

/** Plural words that end the names of states ("the United States' ...", "the Netherlands' ..."): a possessive there is the state's. */
const STATE_NAME_PLURALS = /^(?:States|Nations|Emirates|Islands|Netherlands|Philippines|Bahamas|Maldives|Seychelles|Comoros|Territories|Republics|Kingdoms)$/;

/** "members" (member), "parties" (party), "coaches" (coach): a plural whose singular is a common English word. */
function pluralOfCommonNoun(lower: string): boolean {
  if (!lower.endsWith('s') || lower.endsWith('ss') || !COMMON_WORDS.has(lower)) return false;
  const singulars = [lower.slice(0, -1), lower.endsWith('es') ? lower.slice(0, -2) : '', lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : ''];
  return singulars.some((w) => w.length > 2 && COMMON_WORDS.has(w));
}

/**
 * "REUTERS/Irakli Gedenidze", "AP Photo/Jane Doe", "EPA-EFE/John Smith": a photo credit names the agency and
 * the photographer, neither of them an actor in the story. It closes its line ("USA TODAY/Suffolk University
 * Poll finds" mid-sentence is a sponsor pair, not a credit).
 */
const PHOTO_CREDIT = /(?:\b\p{Lu}{2,}(?:[- ]\p{Lu}{2,})*|\b(?:Photo|Handout|Images|Pool))\/\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?=[ \t]*[).]?[ \t]*(?:\r?\n|$))/gu;

const CREDIT_SLASH = /\/\p{Lu}\p{Ll}/u;
/**
 * "Photo: Harbour Wire/Lena Osk", "Photograph: Jo Pell for the Ledger", "Picture by Ann Lee": a labelled credit
 * closing its line (a caption's tail, or a line of its own) names who took the picture, no actor.
 */
const LABELLED_CREDIT = /(?<![\p{L}\p{N}])(?:Photo|Photograph|Picture|Image)s?(?: by:?|:)[ \t]*\p{Lu}[^\n.;!?]{0,80}?[ \t]*[).]?[ \t]*(?=\r?\n|$)/gu;

function dropPhotoCredits(text: string, out: Candidate[]): void {
  const credits: [number, number][] = [];
  LABELLED_CREDIT.lastIndex = 0;
  for (let m = LABELLED_CREDIT.exec(text); m; m = LABELLED_CREDIT.exec(text)) credits.push([m.index, m.index + m[0].length]);
  // Most texts carry no slash before a capitalised word: skip that scan.
  PHOTO_CREDIT.lastIndex = 0;
  if (CREDIT_SLASH.test(text)) for (let m = PHOTO_CREDIT.exec(text); m; m = PHOTO_CREDIT.exec(text)) credits.push([m.index, m.index + m[0].length]);
  if (credits.length === 0) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k]!;
    if (c.type !== 'country' && credits.some(([a, b]) => c.start >= a && c.end <= b)) out.splice(k, 1);
  }
}

/**
 * The words of tokens [from, to) joined by single spaces. A loop, not slice/map/join: the array \`map\` makes
 * takes another hidden class when empty, and each switch deoptimised \`detectCorporateNames\`, whose every
 * recompilation cost ~0.3 s of a background thread early in an ingest.
 */
function runText(tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  let out = tokens[from]!.text;
  for (let k = from + 1; k < to; k++) out += ' ' + tokens[k]!.text;
  return out;
}

/** Nouns after "X's" that only a company has ("Dorvex's shareholders", "Halmark's parent company"). */
const CORPORATE_POSSESSIONS = new Set(
  `shareholders shareholder stockholders shares stock board executive executives employees workforce plant plants factory factories
  headquarters merger acquisition acquisitions takeover subsidiary subsidiaries revenue revenues profit profits earnings sales products
  customers subscribers users management parent market valuation ceo c.e.o. founder founders operations division unit`.split(/\s+/),
);
/** Words naming a company's kind, written before its name or in apposition ("the drugmaker Veltria", "Korvane, the investment bank"). */
const CORPORATE_DESCRIPTORS = new Set(
  `company companies firm firms bank banks drugmaker drugmakers automaker automakers carmaker carmakers manufacturer manufacturers
  retailer retailers insurer insurers lender lenders conglomerate giant startup start-up airline airlines chipmaker chipmakers
  brokerage boutique utility supplier suppliers corporation corporations multinational subsidiary distributor distributors contractor
  contractors publisher broadcaster provider consultancy maker makers producer producers operator operators carrier carriers
  exporter exporters importer importers miner miners refiner refiners brewer brewers shipper shipbuilder streamer grocer
  supermarket chain platform service`.split(/\s+/),
);
/** Words naming a body of people right before its name ("the monitoring group Civic Vote Watch", "the charity Lifeline Kenya"). */
const BODY_DESCRIPTORS = new Set(
  `group groups organisation organization organisations organizations charity charities campaign coalition network alliance
  watchdog lobby nonprofit non-profit ngo`.split(/\s+/),
);
/** "the cement maker", "Britain's biggest steelmaker": a maker of a thing is a company whatever it makes. */
const corporateDescriptor = (lower: string): boolean => CORPORATE_DESCRIPTORS.has(lower) || /^\p{Ll}{3,}makers?$/u.test(lower);
/** Legal-form suffixes after a company's name ("Ostrander Scientific Inc."). */
const LEGAL_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'plc', 'ag', 'sa', 's.a', 's.a.', 'llc', 'ltd', 'ltd.', 'nv', 'n.v', 'gmbh', 'se', 'lp', 'l.p']);
/** Words before "of/in/with/for X" that make X a company ("shares of Twitter", "a stake in Gazprom", "its merger with Heinz"). */
const CORPORATE_RELATIONS = new Set(['shares', 'stock', 'stake', 'stakes', 'acquisition', 'takeover', 'merger', 'purchase', 'bid', 'shareholders', 'stockholders', 'subsidiary', 'owner', 'founder', 'ceo', 'c.e.o.']);
/** Jobs held at a company ("an analyst at Brightwell", "worked at Halmark"). */
const CORPORATE_JOBS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'executive', 'executives', 'banker', 'bankers', 'employee', 'employees', 'workers', 'worker', 'worked', 'works', 'working', 'engineer', 'engineers', 'partner', 'trader', 'traders', 'investors', 'director', 'chairman']);
/** Verbs of buying and merging ("Dorvex acquired Veltria", "agreed to buy Quillon"). */
const DEAL_VERBS = new Set(['acquire', 'acquired', 'acquires', 'acquiring', 'buy', 'bought', 'buys', 'buying', 'purchased', 'merge', 'merged', 'merging']);

/** "shares of X", "an analyst at X": the prepositions `detectCorporateNames` reads a relation through (a Set: tested per name). */
const RELATION_PREPOSITIONS = new Set(['of', 'in', 'with', 'for', 'at']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** A person's given name, unless only a surname's ending read it: "Channel Meridian" is no Channel. */
function readAsGiven(c: Candidate): boolean {
  return !!c.given && (c.rule !== 'surname-morphology' || GIVEN_NAMES.has(c.given.toLowerCase()));
}

/**
 * A company named by one or two bare capitalised words ("Korvane", "Halmark", "Quillon") has no
 * organization word to give it away; the text around it does: "Halmark's parent company", "the research
 * firm Quillon", "Ostrander Scientific Inc.", "Veltria, a Dublin-based company", "shares of Dorvex",
 * "an analyst at Brightwell", "Dorvex acquired Veltria". One such cue makes every bare use of the name a
 * mention of the company, unless the name is a person's of the text (a given name, or the surname of one
 * named in full: "Ken Pelling's stake").
 */
function detectCorporateNames(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  const personWords = new Set<string>();
  for (const c of out) if (c.type === 'person' && c.kind === 'name' && (readAsGiven(c) || c.packId)) for (const w of c.text.split(/\s+/)) personWords.add(w.toLowerCase());
  // "Mr. Sperling": a word an honorific goes with is a person's name wherever it stands.
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    if (t.cap && prev && prev.sentence === t.sentence && isHonorific(prev.lower)) personWords.add(t.lower);
  });
  const runEnd = (i: number): number => {
    let j = i;
    while (j < tokens.length && j - i < 4 && tokens[j]!.sentence === tokens[i]!.sentence && isNameWord(tokens[j]!)) j++;
    return j;
  };
  const runStart = (j: number): number => {
    let i = j;
    while (i > 0 && j - i < 4 && tokens[i - 1]!.sentence === tokens[j]!.sentence && isNameWord(tokens[i - 1]!)) i--;
    return i;
  };
  const names = new Set<string>();
  const note = (i: number, j: number) => {
    if (j <= i) return;
    const ws = tokens.slice(i, j);
    if (ws.some((t) => !t.word || FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower))) return;
    if (GIVEN_NAMES.has(ws[0]!.lower) || ws.some((t) => personWords.has(t.lower) || POLICY_NAMES.has(t.lower))) return;
    // "Company" of "Starr & Company, Inc.": a generic word alone names no one.
    if (ws.every((t) => ORG_WORDS.has(t.lower) || CORPORATE_TAILS.has(t.lower))) return;
    if (partOfLongerName(i, j) || abbreviation(j - 1)) return;
    names.add(ws.map((t) => t.text).join(' '));
    noted.push([i, j]);
  };
  const noted: [number, number][] = [];
  // The tail or head of a longer name: "Wealth-X", "Coca-Cola", "Color of Change", "Correct the Record", "America Rising".
  function partOfLongerName(i: number, j: number): boolean {
    const before = tokens[i - 1];
    const after = tokens[j];
    const s = tokens[i]!.sentence;
    if (before && before.end === tokens[i]!.start && (before.text === '-' || before.word)) return true;
    if (before && before.sentence === s && before.cap && before.end + 1 === tokens[i]!.start) return true;
    const b2 = tokens[i - 2];
    if (before && b2 && b2.sentence === s && ['of', 'the', 'for', 'de'].includes(before.lower) && b2.cap && !b2.initial) return true;
    const a2 = tokens[j + 1];
    return !!after && !!a2 && a2.sentence === s && ['of', 'the', 'for', 'de'].includes(after.lower) && a2.cap && a2.hit < 0;
  }
  // "Jupiter, Fla. —", "Feb. 6": a short word cut by a period that ends no sentence.
  function abbreviation(k: number): boolean {
    const t = tokens[k]!;
    if (t.text.length > 5 || ctx.text[t.end] !== '.' || /^\p{Lu}+$/u.test(t.text)) return false;
    const rest = /\S/u.exec(ctx.text.slice(t.end + 1, t.end + 8));
    return !rest || !/\p{Lu}/u.test(rest[0]);
  }
  const lowerWord = (t: Token | undefined, s: number): t is Token => !!t && t.sentence === s && t.word && !t.cap;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNameWord(t) || (i > 0 && isNameWord(tokens[i - 1]!) && tokens[i - 1]!.sentence === t.sentence)) continue;
    const j = runEnd(i);
    const s = t.sentence;
    const after = tokens[j];
    const before = tokens[i - 1];
    // "Halmark's parent company", "Dorvex's chief executive": a company's possession within two words.
    if (after?.text === "'s" && [1, 2, 3].some((k) => lowerWord(tokens[j + k], s) && CORPORATE_POSSESSIONS.has(tokens[j + k]!.lower) && (k === 1 || !tokens.slice(j + 1, j + k).some((u) => !u.word)))) note(i, j);
    // "Ostrander Scientific Inc.", "Veltria plc".
    else if (after && after.sentence === s && LEGAL_SUFFIXES.has(after.lower) && after.cap !== false) note(i, j);
    else if (after?.text === ',' && tokens[j + 1]?.sentence === s && LEGAL_SUFFIXES.has(tokens[j + 1]!.lower)) note(i, j);
    // "the investment bank Korvane", "research firm Quillon".
    else if (lowerWord(before, s) && (corporateDescriptor(before.lower) || BODY_DESCRIPTORS.has(before.lower))) note(i, j);
    // "Switzerland's largest cement maker, Halvane, said": the company's kind in apposition before its name.
    else if (before?.text === ',' && after?.text === ',' && lowerWord(tokens[i - 2], s) && corporateDescriptor(tokens[i - 2]!.lower)) note(i, j);
    // "shares of Twitter", "its merger with Heinz", "an analyst at Brightwell", "agreed to buy Quillon".
    else if (before && before.sentence === s && RELATION_PREPOSITIONS.has(before.lower) && tokens[i - 2]?.word && tokens[i - 2]!.sentence === s && (!tokens[i - 2]!.cap || tokens[i - 2]!.initial)
      && ((before.lower === 'at' ? CORPORATE_JOBS : CORPORATE_RELATIONS).has(tokens[i - 2]!.lower))) note(i, j);
    else if (lowerWord(before, s) && DEAL_VERBS.has(before.lower)) note(i, j);
    else if (lowerWord(after, s) && DEAL_VERBS.has(after.lower) && !t.initial) note(i, j);
    // "Veltria, a Dublin-based company", "Marrow, the investment bank,".
    else if (after?.text === ',' && ARTICLES.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.sentence === s) {
      for (let k = j + 2; k < Math.min(tokens.length, j + 10) && tokens[k]!.sentence === s && (tokens[k]!.word || tokens[k]!.text === '-'); k++) {
        if (!tokens[k]!.cap && corporateDescriptor(tokens[k]!.lower)) {
          note(i, j);
          break;
        }
      }
    }
  }
  // "the merger of Kraft and Heinz", "Ashdown, Marrow Partners, Pelling and Stonecrest": bare names listed with a company are companies too.
  const anchors: [number, number][] = [...noted];
  for (const c of out) {
    if (c.type !== 'organization' || (!c.packId && c.rule !== 'org-word')) continue;
    const a = tokenAt(tokens, c.start);
    let b = a;
    while (b < tokens.length && tokens[b]!.end < c.end) b++;
    anchors.push([a, b + 1]);
  }
  const isSeparator = (t: Token | undefined, s: number) => !!t && t.sentence === s && (t.text === ',' || t.lower === 'and');
  // A list that names a person ("The Washington Post and Neela Banerjee, John Cushman Jr.") is not a list of companies.
  // A bare surname of the text may be a firm named after its founder ("Pelling & Company"): only a given name marks a person here.
  const personLike = (a: number, b: number) => b - a >= 2 && GIVEN_NAMES.has(tokens[a]!.lower);
  for (const [i, j] of anchors) {
    const s = tokens[i]!.sentence;
    const members: [number, number][] = [];
    let mixed = false;
    // Rightwards: ", X", "and X", ", and X", skipping other known bodies in the list.
    let k = j;
    for (;;) {
      let m = k;
      while (isSeparator(tokens[m], s) && m - k < 2) m++;
      if (m === k || !tokens[m] || tokens[m]!.sentence !== s) break;
      const u = tokens[m]!;
      if (isNameWord(u)) {
        const e = runEnd(m);
        members.push([m, e]);
        k = e;
      } else if (u.hit >= 0 && ctx.hits[u.hit]!.entry.type === 'organization') k = ctx.hits[u.hit]!.to;
      else {
        mixed = u.hit >= 0 && ctx.hits[u.hit]!.entry.type === 'person';
        break;
      }
    }
    // Leftwards: "X and Heinz", "X, Heinz".
    k = i;
    for (;;) {
      let m = k - 1;
      while (isSeparator(tokens[m], s) && k - 1 - m < 2) m--;
      if (m === k - 1 || !tokens[m] || tokens[m]!.sentence !== s) break;
      const u = tokens[m]!;
      if (isNameWord(u)) {
        const from = runStart(m);
        members.push([tokens[from]!.initial && from < m && (COMMON_WORDS.has(tokens[from]!.lower) || FUNCTION_WORDS.has(tokens[from]!.lower)) ? from + 1 : from, m + 1]);
        k = from;
      } else if (u.hit >= 0 && ctx.hits[u.hit]!.entry.type === 'organization') k = ctx.hits[u.hit]!.from;
      else {
        mixed ||= u.hit >= 0 && ctx.hits[u.hit]!.entry.type === 'person';
        break;
      }
    }
    if (mixed || members.some(([a, b]) => personLike(a, b))) continue;
    for (const [a, b] of members) note(a, b);
  }
  // "Korvane" for "Korvane Partners", "Ford" for "Ford Motor Co.": a company's name without its generic tail.
  for (const c of out) {
    if (c.type !== 'organization' || c.packId || (c.rule !== 'org-word' && c.rule !== 'corporate-cue')) continue;
    names.add(c.text);
  }
  for (const name of [...names]) {
    const ws = name.split(' ');
    let k = ws.length;
    while (k > 1 && CORPORATE_TAILS.has(ws[k - 1]!.toLowerCase().replace(/\.$/, ''))) k--;
    const head = ws.slice(0, k);
    // "Orion" for "Orion Telecom": a given name heads a company's name too, unless a person of the text has it.
    if (k === ws.length || k > 2 || head.some((w) => personWords.has(w.toLowerCase()) || (k > 1 && GIVEN_NAMES.has(w.toLowerCase())) || COMMON_WORDS.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()))) continue;
    names.add(head.join(' '));
  }
  if (names.size === 0) return;
  // "in California on Thursday": a name written as a place somewhere is no company ("in Halmark furnaces" is the company's product).
  const places = new Set<string>();
  // "Ethiopia's giant Nile dam": a name before a river's or a dam's noun is a place wherever it stands.
  for (let r = 0; r < tokens.length; r++) {
    if (!isNameWord(tokens[r]!) || (r > 0 && isNameWord(tokens[r - 1]!) && tokens[r - 1]!.sentence === tokens[r]!.sentence)) continue;
    const e = runEnd(r);
    const next = tokens[e];
    if (next && next.sentence === tokens[r]!.sentence && next.word && !next.cap && WATERWORK_HEADS.has(next.lower)) places.add(runText(tokens, r, e));
  }
  for (let r = 1; r < tokens.length; r++) {
    if (!isNameWord(tokens[r]!) || isNameWord(tokens[r - 1]!) || !LOCATIVE_WORDS.has(tokens[r - 1]!.lower) || tokens[r - 1]!.sentence !== tokens[r]!.sentence) continue;
    const e = runEnd(r);
    const next = tokens[e];
    const attributive = !!next && next.sentence === tokens[r]!.sentence && next.word && !next.cap && !FUNCTION_WORDS.has(next.lower) && !ROLE_CONNECTORS.has(next.lower);
    // "a stake in X" is no place; nor is a name with a company's word in it.
    const relation = tokens[r - 2] && CORPORATE_RELATIONS.has(tokens[r - 2]!.lower);
    if (attributive || relation || tokens.slice(r, e).some((u) => ORG_WORDS.has(u.lower) || CORPORATE_TAILS.has(u.lower))) continue;
    places.add(runText(tokens, r, e));
    // "in Green Bay, Wisconsin": the state after the town is a place too.
    if (tokens[e]?.text === ',' && tokens[e + 1] && tokens[e + 1]!.sentence === tokens[r]!.sentence && isNameWord(tokens[e + 1]!)) places.add(runText(tokens, e + 1, runEnd(e + 1)));
  }
  // The first word of every name (tokens hold no white space, so a run's text opens with its first token's).
  const nameOpeners = new Set([...names].map((n) => n.split(' ')[0]!));
  for (let r = 0; r < tokens.length; r++) {
    if (!isNameWord(tokens[r]!) || (r > 0 && isNameWord(tokens[r - 1]!) && tokens[r - 1]!.sentence === tokens[r]!.sentence)) continue;
    const j = runEnd(r);
    // A run can be a name only if it (or, past a sentence's first word, its second word) opens one: most runs
    // are not, and joining each run's words cost more than the rest of this loop.
    if (!nameOpeners.has(tokens[r]!.text) && !(j - r >= 2 && nameOpeners.has(tokens[r + 1]!.text))) continue;
    // "Besides Korvane", "At Korvane": a sentence's capitalised first word is not part of the name.
    let i = r;
    let text = runText(tokens, i, j);
    if (!names.has(text) && tokens[r]!.initial && j - r >= 2 && (COMMON_WORDS.has(tokens[r]!.lower) || FUNCTION_WORDS.has(tokens[r]!.lower))) {
      i = r + 1;
      text = runText(tokens, i, j);
    }
    if (!names.has(text) || places.has(text)) continue;
    const t = tokens[i]!;
    const start = t.start;
    const end = tokens[j - 1]!.end;
    // A person read by a stronger cue (a given name, a pack match, a role) keeps the span. A first word that is
    // no known given name is no such cue ("the broadcaster Channel Meridian" read by its "-ian" ending).
    const overlapping = out.filter((c) => c.start < end && start < c.end);
    if (overlapping.some((c) => c.type !== 'person' || c.packId || readAsGiven(c) || (c.roles.length > 0 && c.rule !== 'surname-link') || c.kind !== 'name')) continue;
    for (const c of overlapping) out.splice(out.indexOf(c), 1);
    out.push(orgCandidate(ctx, i, j - 1, 'corporate-cue', 0.75));
  }
}

/** "(CEPA)" right after an organization's name. */
function acronymAfter(ctx: Ctx, lastTok: number): string | null {
  const { tokens } = ctx;
  const a = tokens[lastTok + 1];
  const b = tokens[lastTok + 2];
  const c = tokens[lastTok + 3];
  if (a?.text === '(' && b && c?.text === ')' && /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u.test(b.text)) return b.text;
  // "African Export-Import Bank (Afreximbank)": a short name built from the first letters of the name's words.
  if (a?.text === '(' && b && c?.text === ')' && /^\p{Lu}\p{Ll}{3,15}$/u.test(b.text)) {
    const words: string[] = [];
    for (let k = lastTok; k >= 0 && words.length < 8 && tokens[k]!.sentence === a.sentence && (tokens[k]!.cap || tokens[k]!.text === '-' || /^(?:of|and|for|the)$/.test(tokens[k]!.text)); k--) if (tokens[k]!.cap) words.unshift(tokens[k]!.lower);
    if (words.length >= 2 && builtFromPrefixes(b.lower, words)) return b.text;
  }
  return null;
}

/** Whether `short` is the words' opening letters run together, each word giving a prefix in order ("afr"+"ex"+"im"+"bank"). Hand-written: a tiny search no library offers. */
function builtFromPrefixes(short: string, words: readonly string[], i = 0, w = 0): boolean {
  if (i === short.length) return w === words.length;
  if (w >= words.length) return false;
  const word = words[w]!;
  for (let n = Math.min(word.length, short.length - i); n >= 1; n--) if (short.startsWith(word.slice(0, n), i) && builtFromPrefixes(short, words, i + n, w + 1)) return true;
  return false;
}

/** A word longer than every honorific (and its period) is none, told without hashing it for the set. */
const HONORIFIC_LONGEST = Math.max(...[...HONORIFICS].map((w) => w.length));
/** An honorific, with or without its period ("Mr", "Mr."); no regex replace: this runs on every capitalised token. */
const isHonorific = (lower: string): boolean => lower.length <= HONORIFIC_LONGEST + 1 && HONORIFICS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);

const isNameWord = (t: Token): boolean => t.cap && t.hit < 0 && !t.claimed && !isHonorific(t.lower);

const HEAD_OF_GOVERNMENT = /\b(?:president|prime minister|chancellor|premier|king|emir|sultan|supreme leader|head of government|taoiseach)\b/i;

/** Whether a pack person has ever led a government (a bare surname before "administration" names only such a person). */
function headsGovernment(kb: KnowledgeBase, id: string): boolean {
  return (kb.actors.get(id)?.roles ?? []).some((r) => HEAD_OF_GOVERNMENT.test(r.title) && !/\b(?:vice|deputy)\b/i.test(r.title));
}

/**
 * "The Trump administration", "the Netanyahu government": the government a leader heads is their country
 * acting, as the White House or the Kremlin is (one mention of the country over the whole phrase).
 */
function detectLeaderGovernments(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.lower !== 'administration' && t.lower !== 'government') || t.claimed) continue;
    const leader = tokens[i - 1]!;
    if (!leader.cap || leader.sentence !== t.sentence) continue;
    // The leader written in full ("the Donald Trump administration") or by surname alone, as is usual here.
    const hit = leader.hit >= 0 ? ctx.hits[leader.hit]! : null;
    const bySurname = hit ? null : matchPackPerson(ctx.g, null, leader.text)?.id ?? null;
    const person = hit ? (hit.entry.type === 'person' ? hit.entry.packId : null) : bySurname && headsGovernment(ctx.kb, bySurname) ? bySurname : null;
    const country = person ? ctx.kb.partyOf(person) : null;
    if (!country) continue;
    const from = hit ? hit.from : i - 1;
    const start = tokens[from]!.start;
    for (let k = from; k <= i; k++) tokens[k]!.claimed = true;
    out.push({
      start, end: t.end, text: ctx.text.slice(start, t.end), type: 'country', kind: 'metonym', packId: country, rule: 'leader-government', confidence: 0.8, sentence: t.sentence,
      roles: [], given: null, surname: null, acronym: null, tentative: false, title: null,
    });
  }
}

/** Words naming a ministry's portfolio. */
const PORTFOLIO_WORDS = new Set(
  `foreign external home internal interior affairs defence defense commerce trade finance economy economic economics development
  justice energy health education agriculture industry industrial information culture emergency emergencies situations labour labor
  transport infrastructure security environment climate treasury digital investment planning cooperation international relations
  war veterans fisheries oil petroleum mines mining water resources social welfare communications`.split(/\s+/),
);
/**
 * A country's ministry named by its portfolio ("China's commerce ministry", "the Russian Foreign Ministry",
 * "the Ministry of Foreign Affairs of Pakistan") speaks for its country, as the Kremlin or the White House
 * does: one mention of the country spanning the whole name. A ministry qualifying a title ("Foreign
 * Ministry spokeswoman Maria Zakharova") is left to the role reader.
 */
function detectMinistries(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  const sameSentence = (k: number, i: number) => tokens[k] !== undefined && tokens[k]!.sentence === tokens[i]!.sentence;
  const isPortfolio = (k: number, i: number) => sameSentence(k, i) && tokens[k]!.word && tokens[k]!.hit < 0 && PORTFOLIO_WORDS.has(tokens[k]!.lower);
  const ownerAt = (k: number, i: number) => (sameSentence(k, i) ? countryOf(ctx, tokens[k]!) : null);
  const ownerBefore = (k: number, i: number) => ownerAt(tokens[k]?.text === "'s" ? k - 1 : k, i);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'ministry' || tokens[i]!.claimed) continue;
    let first = i;
    let last = i;
    let portfolio: Token[] = [];
    let owner: string | null = null;
    if (tokens[i + 1]?.lower === 'of' && isPortfolio(i + 2, i)) {
      // "Ministry of Foreign Affairs [of Pakistan]", "Pakistan's Ministry of ...", "the Pakistani Ministry of ..."
      let j = i + 2;
      while (isPortfolio(j, i) || (tokens[j]?.lower === 'and' && isPortfolio(j + 1, i))) j++;
      portfolio = tokens.slice(i + 2, j);
      last = j - 1;
      owner = tokens[j]?.lower === 'of' ? ownerAt(j + 1, i) : null;
      if (owner) last = ctx.hits[tokens[j + 1]!.hit]!.to - 1;
      else if ((owner = ownerBefore(i - 1, i))) first = ctx.hits[tokens[tokens[i - 1]?.text === "'s" ? i - 2 : i - 1]!.hit]!.from;
    } else {
      // "[China's] commerce ministry", "the Russian Foreign Ministry"
      let k = i - 1;
      while (isPortfolio(k, i) || (tokens[k]?.lower === 'and' && isPortfolio(k - 1, i) && k < i - 1)) k--;
      portfolio = tokens.slice(k + 1, i);
      owner = ownerBefore(k, i);
      first = owner ? ctx.hits[tokens[tokens[k]?.text === "'s" ? k - 1 : k]!.hit]!.from : k + 1;
    }
    const next = tokens[last + 1];
    if (!owner || portfolio.length === 0 || portfolio[0]!.lower === 'and' || (next && sameSentence(last + 1, i) && next.word && ROLE_HEADS.has(next.lower))) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    for (let k = first; k <= last; k++) tokens[k]!.claimed = true;
    out.push({
      start, end, text: ctx.text.slice(start, end), type: 'country', kind: 'metonym', packId: owner, rule: 'ministry', confidence: 0.85, sentence: tokens[i]!.sentence,
      roles: [], given: null, surname: null, acronym: null, tentative: false, title: null,
    });
    i = last;
  }
}

/**
 * "Hanse's works council", "the works council": the elected body of a company's employees bargains with the
 * company as a union does, a body of its own, not the company (the possessor is part of its name here).
 */
const COUNCIL_OWNERS = new Set(['works', 'staff', 'employee', 'employees']);

function detectWorksCouncils(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const council = tokens[i + 1]!;
    if (council.lower !== 'council' || !COUNCIL_OWNERS.has(t.lower) || council.sentence !== t.sentence || council.claimed) continue;
    // "Works council chief Uwe Brandt": the council qualifies a role before a name.
    const after = tokens[i + 2];
    if (after && after.sentence === t.sentence && after.word && ROLE_HEADS.has(after.lower)) continue;
    let first = i;
    const owner = tokens[i - 2];
    if (tokens[i - 1]?.text === "'s" && owner && owner.cap && owner.sentence === t.sentence) first = owner.hit >= 0 ? ctx.hits[owner.hit]!.from : i - 2;
    for (let k = first; k <= i + 1; k++) tokens[k]!.claimed = true;
    out.push(orgCandidate(ctx, first, i + 1, 'works-council', 0.75));
    i++;
  }
}

/**
 * "the MR accepts", "MR chairman Olivier ...": a courtesy title's letters written in capitals with no name after
 * them are an acronym (a party's, a body's), not "Mr"; the name reader skips honorifics, so they are read here.
 */
function detectCapitalHonorificBodies(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.text.length < 2 || t.hit >= 0 || t.claimed || !isHonorific(t.lower) || !/^\p{Lu}+$/u.test(t.text)) continue;
    // "MR SMITH", "DR Congo": a capitalised word after it is the name the title goes with.
    const next = tokens[i + 1];
    if ((next && next.sentence === t.sentence && next.cap) || shouted(ctx, t.sentence)) continue;
    out.push(orgCandidate(ctx, i, i, 'acronym', 0.7));
  }
}

/** "Labor unions oppose", "Farmers said": groups of a kind as sides (see collectives.ts). */
function detectCollectiveGroups(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  // A capitalised plural opening a sentence ("Farmers oppose") was read as a lone surname waiting for its person.
  const weak = (c: Candidate) => c.tentative && c.type === 'person';
  // Those by start, to find the ones a group covers by binary search.
  const weakOnes = [...out.entries()].filter(([, c]) => weak(c)).sort((a, b) => a[1].start - b[1].start);
  const weakAt = (start: number, end: number): number[] => {
    let lo = 0;
    let hi = weakOnes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (weakOnes[mid]![1].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const at: number[] = [];
    for (let k = lo; k < weakOnes.length && weakOnes[k]![1].start < end; k++) if (weakOnes[k]![1].end > start) at.push(weakOnes[k]![0]);
    return at;
  };
  // Spans already taken, by start, with the furthest end so far: an overlap test by binary search (long documents hold many).
  const held = out.filter((c) => !weak(c)).map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  for (const [k, [, end]] of held.entries()) furthest.push(Math.max(end, furthest[k - 1] ?? 0));
  const taken = (k: number) => {
    const t = tokens[k]!;
    if (t.hit >= 0 || t.claimed) return true;
    let lo = 0;
    let hi = held.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (held[mid]![0] < t.end) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && furthest[hi]! > t.start;
  };
  // "Dockworkers" where the report names the United Dockworkers: the members stand for their body, found elsewhere.
  const bodyWords = new Set(out.filter((c) => c.type === 'organization' || c.type === 'group').flatMap((c) => c.text.toLowerCase().split(/[^\p{L}]+/u)));
  const replaced = new Set<number>();
  const found: Candidate[] = [];
  for (const g of findCollectives(ctx.text, tokens, taken)) {
    // ("the farmers' union" after the Freedonian Farmers' Union: the description is that body, found by anaphora; "the
    // European Union" gathers no farmers.)
    const words = g.name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    if (bodyWords.has(words[words.length - (g.type === 'group' ? 1 : 2)]!)) continue;
    for (const r of weakAt(g.start, g.end)) replaced.add(r);
    found.push({
      start: g.start, end: g.end, text: ctx.text.slice(g.start, g.end), type: g.type, kind: 'name', packId: null, rule: 'collective', confidence: 0.6,
      sentence: g.sentence, roles: [], given: null, surname: null, acronym: null, tentative: false, title: null,
    });
  }
  if (replaced.size) {
    const kept = out.filter((_, k) => !replaced.has(k));
    out.length = 0;
    out.push(...kept);
  }
  out.push(...found);
}

/** Capitalised spans outside gazetteer hits: persons, organizations, acronyms. */
function detectNames(ctx: Ctx, out: Candidate[]): void {
  const { tokens, text } = ctx;
  const lowerTails = lowerCaseNameTails(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    // A particle hyphened to the name starts it ("al-Hayya said").
    let from = i;
    const dash = tokens[i - 1];
    const particle = tokens[i - 2];
    if (dash?.text === '-' && dash.end === t.start && particle?.word && !particle.cap && NAME_PARTICLES.has(particle.lower) && particle.end === dash.start && particle.sentence === t.sentence) from = i - 2;
    // Extend across name words, initials, particles, unspaced hyphens and org connectors.
    let j = i + 1;
    let tailed = -1;
    while (j < tokens.length && tokens[j]!.sentence === t.sentence) {
      const u = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (isNameWord(u)) {
        j++;
        continue;
      }
      // A name's lower-case second word ends it, and makes it a body's: no person's name is so written.
      if (lowerTails.size > 0 && u.word && !u.cap && u.start === prev.end + 1 && lowerTails.get(u.lower) === prev.text) {
        tailed = ++j;
        break;
      }
      if ((u.text === '-' || u.text === '.') && u.start === prev.end && tokens[j + 1] && isNameWord(tokens[j + 1]!) && tokens[j + 1]!.start === u.end) {
        // "a Putin-Zelensky summit": two known people's surnames joined by a hyphen are two names.
        if (u.text === '-' && !GIVEN_NAMES.has(prev.lower) && !GIVEN_NAMES.has(tokens[j + 1]!.lower) && matchPackPerson(ctx.g, null, prev.text) && matchPackPerson(ctx.g, null, tokens[j + 1]!.text)) break;
        j += 2;
        continue;
      }
      // "Ban Ki-moon", "Kim Jong-un": a Korean given name's lower-case second syllable, after a Korean surname.
      const syllable = tokens[j + 1];
      if (u.text === '-' && u.start === prev.end && syllable?.word && syllable.start === u.end && /^\p{Ll}{1,4}$/u.test(syllable.text) && j - 2 >= from && isKoreanNameAt(tokens[j - 2]!.text) && j - 1 > from) {
        j += 2;
        continue;
      }
      if (u.word && !u.cap && (SPACED_PARTICLES.has(u.lower) || ROLE_CONNECTORS.has(u.lower)) && tokens[j + 1] && isNameWord(tokens[j + 1]!) && tokens[j + 1]!.sentence === t.sentence) {
        j += 2;
        continue;
      }
      // "Pieter van der Brelen", "Jean-Baptiste de la Roche": particles come in pairs as often as alone.
      const second = tokens[j + 1];
      const after = tokens[j + 2];
      if (u.word && !u.cap && SPACED_PARTICLES.has(u.lower) && second?.word && !second.cap && SPACED_PARTICLES.has(second.lower) && after && isNameWord(after) && after.sentence === t.sentence) {
        j += 3;
        continue;
      }
      // "United Dockworkers of the Atlantic": "of the" continues a name that already reads as a body's.
      const third = tokens[j + 2];
      if ((u.lower === 'of' || u.lower === 'for') && !u.cap && tokens[j + 1]?.lower === 'the' && third && isNameWord(third) && third.sentence === t.sentence && tokens.slice(from, j).some((x) => x.word && (ORG_WORDS.has(x.lower) || isCollectivePlural(x.text)))) {
        j += 3;
        continue;
      }
      // "Khalil al-Hayya", "Abdel Fattah el-Sisi": a particle hyphened to the next name word.
      const d = tokens[j + 1];
      const w = tokens[j + 2];
      // "Jama'at Nusrat al-Islam wal-Muslimin": Arabic "wal-" ("and the") joins a body's name the same way.
      if (u.word && !u.cap && (NAME_PARTICLES.has(u.lower) || u.lower === 'wal') && d?.text === '-' && d.start === u.end && w && isNameWord(w) && w.start === d.end && w.sentence === t.sentence) {
        j += 3;
        continue;
      }
      // "People's Daily": a possessive inside an organization's name.
      // "People's Renewal Movement", "Women's Equality Party": a collective's possessive opens a body's name that ends a few words later.
      if (u.text === "'s" && d && isNameWord(d) && d.sentence === t.sentence && ((ORG_WORDS.has(d.lower) && !ORG_WORDS.has(prev.lower)) || (SINGULAR_COLLECTIVE.test(prev.text) && orgWordWithin(tokens, j + 1)))) {
        j += 2;
        continue;
      }
      // "Department for Culture, Media and Sport": one-word fields listed after a body's "for"/"of" are its name's.
      // Not a list of bodies ("Institute for Fiscal Studies, Oxford Economics and ..."): each field is one word.
      if (u.text === ',' && j - 2 >= from && !tokens[j - 2]!.cap && (tokens[j - 2]!.lower === 'for' || tokens[j - 2]!.lower === 'of') && j - 3 >= from && ORG_WORDS.has(tokens[j - 3]!.lower)) {
        let k = j;
        while (tokens[k]?.text === ',' && tokens[k + 1] && isNameWord(tokens[k + 1]!) && tokens[k + 1]!.sentence === t.sentence) k += 2;
        const and = tokens[k];
        const field = tokens[k + 1];
        if (k > j && and?.lower === 'and' && !and.cap && field && isNameWord(field) && field.sentence === t.sentence) {
          j = k + 2;
          continue;
        }
      }
      // "Transit Union Local 1402", "Teamsters Local 727": a union's branch number is part of its name.
      if (/^\d{1,5}$/.test(u.text) && u.start === prev.end + 1 && BRANCH_WORD.test(prev.text) && u.sentence === t.sentence) {
        j += 1;
        break;
      }
      // "the Riverton Machinists Guild, Local 4410,": so is a branch after a comma, once the name reads as a body's.
      const branch = tokens[j + 1];
      const number = tokens[j + 2];
      if (u.text === ',' && branch && number && BRANCH_WORD.test(branch.text) && /^\d{1,5}$/.test(number.text) && number.start === branch.end + 1 && number.sentence === t.sentence
        && tokens.slice(from, j).some((x) => x.word && (ORG_WORDS.has(x.lower) || isCollectivePlural(x.text)))) {
        j += 3;
        break;
      }
      break;
    }
    // "Nurses at Brookfield Hospital", "Drivers in Harbour Transit ...": a sentence-opening plural common noun
    // and its preposition are the people, not the first words of the name after them.
    if (tailed === j) {
      out.push(orgCandidate(ctx, j - 2, j - 1, 'lower-case-tail', 0.7));
      if (j - 2 > from) classifyRun(ctx, from, j - 2, out);
      i = j;
      continue;
    }
    let start = from;
    if (tokens[from]!.initial && pluralOfCommonNoun(tokens[from]!.lower) && /^(?:at|in|from)$/.test(tokens[from + 1]?.lower ?? '') && from + 2 < j) start = from + 2;
    classifyRun(ctx, start, j, out);
    i = j;
  }
  void text;
}

/**
 * "Srpska lista" in a translation: a lower-case word that is no English word, written two times or more and only
 * ever right after the same capitalised word, is that name's second word (a foreign name's own casing). By
 * lower-case word, the capitalised word it always follows. Hand-written: it reads the text's own recurrences.
 */
function lowerCaseNameTails(tokens: readonly Token[]): Map<string, string> {
  // Two passes: the few lower-case words that follow a capitalised one, then their other uses (one map entry per
  // word of the text was most of this function's time).
  const candidates = new Map<string, string | null>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap || t.lower.length < 3) continue;
    const prev = tokens[k - 1]!;
    if (!(prev.word && prev.cap && prev.sentence === t.sentence && prev.end + 1 === t.start) || !/^\p{Ll}+$/u.test(t.text)) continue;
    const seen = candidates.get(t.lower);
    candidates.set(t.lower, seen === undefined || seen === prev.text ? prev.text : null);
  }
  if (!candidates.size) return new Map();
  const count = new Map<string, number>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap || !candidates.has(t.lower) || !/^\p{Ll}+$/u.test(t.text)) continue;
    const prev = tokens[k - 1]!;
    const owner = prev.word && prev.cap && prev.sentence === t.sentence && prev.end + 1 === t.start ? prev.text : null;
    if (owner !== candidates.get(t.lower)) candidates.set(t.lower, null);
    count.set(t.lower, (count.get(t.lower) ?? 0) + 1);
  }
  const tails = new Map<string, string>();
  for (const [w, owner] of candidates) if (owner && (count.get(w) ?? 0) >= 2 && !COMMON_WORDS.has(w) && !FUNCTION_WORDS.has(w) && !SPACED_PARTICLES.has(w)) tails.set(w, owner);
  return tails;
}

function classifyRun(ctx: Ctx, from: number, to: number, out: Candidate[]): void {
  const { tokens } = ctx;
  // "Local 4410 president Dara Hume": a union branch by its number alone.
  if (to - from === 2 && BRANCH_WORD.test(tokens[from]!.text) && /^\d{1,5}$/.test(tokens[from + 1]!.text)) {
    out.push(orgCandidate(ctx, from, from + 1, 'union-branch', 0.75));
    return;
  }
  // Organization: the run holds an organization word ("Institute of ...", "RBC BlueBay Asset Management"),
  // unless the organization only qualifies a title before a name ("Senate Minority Leader Chuck Schumer").
  const words = tokens.slice(from, to).filter((t) => t.word);
  // A body word, or after the first word a calling in the plural ("United Dockworkers", "American Importers").
  // Or, closing a name that opens with no given name, a company's tail ("Kestrel Defence", "Orvand Copper").
  const orgAt = words.findIndex((t, k) => ORG_WORDS.has(t.lower) || (k > 0 && t.cap && isCollectivePlural(t.text)) || (k > 0 && k === words.length - 1 && CORPORATE_TAILS.has(t.lower) && !GIVEN_NAMES.has(words[0]!.lower)));
  // A modifier opens a title only when a role head follows ("Foreign Ministry spokeswoman ..."); "National Economic Council" is a body.
  const leadsWithRole = words[0] && (ROLE_HEADS.has(words[0].lower) || (BASE_ROLE_MODIFIERS.has(words[0].lower) && (words.some((w) => ROLE_HEADS.has(w.lower)) || (!!tokens[to] && tokens[to]!.sentence === words[0].sentence && ROLE_HEADS.has(tokens[to]!.lower)))));
  const titled = orgAt >= 0 && titleEnd(words) > orgAt;
  // A name followed by its initials in parentheses is an organization ("United Dockworkers of the Atlantic (UDA)").
  const initials = acronymAfter(ctx, to - 1);
  const own = words.filter((w) => w.cap && w.lower !== 'the').map((w) => w.text[0]).join('');
  // "Canadian Union of Postal Workers (CUPW)": a demonym read as the country opens the name its initials spell.
  const opener = tokens[from - 1];
  if (initials && words.length >= 2 && own !== initials && opener?.cap && opener.sentence === words[0]!.sentence && opener.hit >= 0 && `${opener.text[0]}${own}` === initials) {
    out.push(orgCandidate(ctx, from - 1, to - 1, 'org-acronym', 0.8));
    return;
  }
  if (initials && words.length >= 2 && own === initials) {
    let s = from;
    while (s < to && (tokens[s]!.lower === 'the' || !tokens[s]!.word)) s++;
    out.push(orgCandidate(ctx, s, to - 1, 'org-acronym', 0.8));
    return;
  }
  // "Mara Quill of Corvane Aircraft", "Ann Lee at Riverside Hospital": a person's full name, then the body
  // they belong to, are two names.
  const joint = orgAt > 0 ? tokens.slice(from, to).findIndex((t) => t.word && !t.cap && (t.lower === 'of' || t.lower === 'at')) : -1;
  // (At a sentence's start too, for a given name the text never writes as a common word: "Mara Quill of ... said".)
  if (joint > 0 && GIVEN_NAMES.has(words[0]!.lower) && (!words[0]!.initial || !(COMMON_WORDS.has(words[0]!.lower) || hasLowerCaseUse(ctx, words[0]!.lower))) && tokens.slice(from, from + joint).every((t) => !t.word || (t.cap && !ORG_WORDS.has(t.lower))) && tokens.slice(from, from + joint).filter((t) => t.word).length >= 2) {
    classifyPiece(ctx, from, from + joint, out);
    classifyRun(ctx, from + joint + 1, to, out);
    return;
  }
  // "American Community Survey", "Global Peace Index": a body word inside the name of a survey, a report or a
  // law names the thing, not a body that could speak.
  // "Centre for Strategic Studies", "Institute of Peace Studies": a body word opening the name, then "for"/"of", names a body of that field.
  const fieldOf = orgAt >= 0 && /^(?:for|of)$/.test(words[orgAt + 1]?.lower ?? '') && words.slice(0, orgAt).every((w) => w.lower === 'the');
  if (orgAt >= 0 && words.length >= 2 && DOCUMENT_HEADS.has(words[words.length - 1]!.lower) && !fieldOf) return;
  if (orgAt >= 0 && !leadsWithRole && !titled && words.length >= 2 && !namesTreaty(words)) {
    let s = from;
    while (s < to && (tokens[s]!.lower === 'the' || !tokens[s]!.word || (tokens[s]!.initial && FUNCTION_WORDS.has(tokens[s]!.lower)))) s++;
    // "Members of Hospitality Workers Union Local 212 voted": people of the body, capitalised only as the sentence opens.
    if (s + 2 < to && tokens[s]!.initial && tokens[s + 1]!.lower === 'of' && PEOPLE_OF_A_BODY.has(tokens[s]!.lower)) for (s += 2; s < to && (tokens[s]!.lower === 'the' || !tokens[s]!.word); ) s++;
    // "July and Congress", "Monday and the Senate": a date word and its connector open no body's name.
    while (s + 1 < to && CALENDAR_WORDS.has(tokens[s]!.lower) && ROLE_CONNECTORS.has(tokens[s + 1]!.lower)) s += 2;
    // "Dravenor Partners in March": nor does a connector and a date word close one.
    let e = to;
    while (e - 2 > s && CALENDAR_WORDS.has(tokens[e - 1]!.lower) && ROLE_CONNECTORS.has(tokens[e - 2]!.lower)) e -= 2;
    // "College of Obstetricians and Gynecologists and Easter Seals": a second "and" in the name's complement starts another body.
    const ands = [];
    for (let k = s; k < e; k++) if (tokens[k]!.lower === 'and' && !tokens[k]!.cap) ands.push(k);
    // "the Northbridge Times and Neela Varkady": a name closed by its body word before "and" is complete.
    const closed = ands.find((k) => k - 1 > s && ORG_WORDS.has(tokens[k - 1]!.lower) && !tokens.slice(s, k).some((u) => u.lower === 'of' || u.lower === 'for'));
    // "Disney, Netflix, Warner Bros Discovery and Paramount": after a comma closing another name, the last "and" ends a list's item.
    const before = tokens[s - 1];
    const listed = before?.text === ',' && before.sentence === tokens[s]!.sentence && !!tokens[s - 2]?.cap && !tokens.slice(s, e).some((u) => u.lower === 'of' || u.lower === 'for');
    if (listed && ands.length > 0 && ands[ands.length - 1]! - 1 > s) {
      const split = ands[ands.length - 1]!;
      classifyRun(ctx, s, split, out);
      classifyRun(ctx, split + 1, e, out);
      return;
    }
    if (closed !== undefined || (ands.length >= 2 && tokens.slice(s, ands[0]).some((u) => u.lower === 'of' || u.lower === 'for'))) {
      const split = closed ?? ands[ands.length - 1]!;
      if (s < split - 1) out.push(orgCandidate(ctx, s, split - 1, 'org-word', 0.8));
      classifyRun(ctx, split + 1, e, out);
      return;
    }
    if (s < e - 1) {
      out.push(orgCandidate(ctx, s, e - 1, 'org-word', 0.8));
      return;
    }
  }
  // Otherwise split at connectors and classify each piece.
  let s = from;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (k === to || (t && t.word && !t.cap && ROLE_CONNECTORS.has(t.lower) && tokens[k - 1]!.end !== t.start)) {
      if (k > s) classifyPiece(ctx, s, k, out);
      s = k + 1;
    }
  }
}

/** Lower-case words inside a body's name between its capitalised words ("Parents for Open Schools", "Rally for a New Madagascar"). */
const NAME_JOINERS = new Set(['for', 'of', 'the', 'a', 'an', 'and', 'in', 'on', 'against', 'to']);
/** What a body does for its members, after "which" ("X, which represents crew, ..."). */
const BODY_ACTS = new Set('represents speaks negotiates lobbies campaigns organises organizes employs counts'.split(' '));
/** Kinds of institution written right before a name, never a person's occupation ("law firm X"; not "producer X"). */
const INSTITUTION_KINDS = new Set('firm company corporation conglomerate consultancy brokerage lender insurer bank'.split(' '));
/** Kinds of body a definite apposition gives a name ("X, the performing arts union,"). */
const DEFINITE_BODY_KINDS = new Set([...BODY_DESCRIPTORS, 'union', 'party', 'body', 'federation', 'association', 'guild', 'confederation', 'movement', 'bloc']);
/** What may follow a body's kind closing an apposition: a comma, a full stop, a participle, a relative or a complement. */
const APPOSITION_CLOSE = /^(?:[,.;]|that|which|who|of|for|with|in|from|\p{Ll}+ing)$/u;

/**
 * A body named in apposition to its kind: "Patients First, a patient advocacy group, said", "The coalition,
 * Rally for a New Madagascar, boycotted the vote". Such names hold lower-case words and may be no more than
 * a slogan ("Keep Schools Open"), so no name rule reads them; the apposition says what they are.
 */
function detectAppositiveBodies(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  const capWord = (t: Token | undefined, s: number): boolean => !!t && t.sentence === s && t.word && t.cap;
  // The name running left from token `last`: capitalised words and the joiners between them.
  const nameEndingAt = (last: number): number => {
    const s = tokens[last]!.sentence;
    let first = last;
    for (let k = last - 1; k >= 0 && tokens[k]!.sentence === s; k--) {
      const t = tokens[k]!;
      if (capWord(t, s)) first = k;
      else if (!(t.word && NAME_JOINERS.has(t.lower))) break;
    }
    while (first < last && (tokens[first]!.lower === 'the' || FUNCTION_WORDS.has(tokens[first]!.lower) && tokens[first]!.initial)) first++;
    return first;
  };
  // The name running right from token `first`, up to the comma closing the apposition; -1 if none.
  const nameStartingAt = (first: number): number => {
    const s = tokens[first]!.sentence;
    if (!capWord(tokens[first], s)) return -1;
    let last = first;
    for (let k = first + 1; k < tokens.length && tokens[k]!.sentence === s; k++) {
      const t = tokens[k]!;
      if (capWord(t, s)) last = k;
      else if (!(t.word && NAME_JOINERS.has(t.lower))) return t.text === ',' && last === k - 1 ? last : -1;
    }
    return -1;
  };
  // (`named`: the text says it is a name a body goes by, whatever the words read as.)
  const add = (first: number, last: number, named = false) => {
    const words = tokens.slice(first, last + 1).filter((t) => t.word);
    if (words.length === 0 || words.length > 8 || !words[0]!.cap || !words[words.length - 1]!.cap) return;
    // A person's name ("Maria Lopez, a member of the group,") or a title is no body.
    if (!named && words.length <= 3 && GIVEN_NAMES.has(words[0]!.lower) && words.every((w) => w.cap)) return;
    if (words.some((w) => ROLE_HEADS.has(w.lower))) return;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const overlapping = out.filter((c) => c.start < end && start < c.end);
    if (overlapping.some((c) => (c.start < start || c.end > end) || (c.type === 'person' && (c.packId || (c.given && !named))) || (c.type === 'organization' && c.start === start && c.end === end))) return;
    for (const c of overlapping) out.splice(out.indexOf(c), 1);
    out.push(orgCandidate(ctx, first, last, 'appositive-body', 0.75));
  };
  for (let k = 1; k < tokens.length; k++) {
    const comma = tokens[k]!;
    // "a group of about 400 members calling itself Actors Against Replication": the name a group gives itself.
    if (comma.lower === 'itself' && /^(?:calling|calls|called)$/.test(tokens[k - 1]!.lower) && capWord(tokens[k + 1], comma.sentence)) {
      let last = k + 1;
      for (let m = k + 2; m < tokens.length && capWord(tokens[m], comma.sentence) || (tokens[m]?.word && NAME_JOINERS.has(tokens[m]!.lower) && capWord(tokens[m + 1], comma.sentence)); m++) if (tokens[m]!.cap) last = m;
      if (tokens.slice(k + 1, last + 1).every((t) => t.hit < 0)) add(k + 1, last, true);
      continue;
    }
    if (comma.text !== ',') continue;
    const s = comma.sentence;
    const det = tokens[k + 1];
    // "NAME, a patient advocacy group, ...": the kind closes a short indefinite description.
    if (det && det.sentence === s && (det.lower === 'a' || det.lower === 'an') && capWord(tokens[k - 1], s)) {
      let m = k + 2;
      while (m < k + 6 && tokens[m] && tokens[m]!.sentence === s && tokens[m]!.word && !tokens[m]!.cap && !BODY_DESCRIPTORS.has(tokens[m]!.lower) && tokens[m]!.lower !== 'of' && !ROLE_HEADS.has(tokens[m]!.lower)) m++;
      const kind = tokens[m];
      const after = tokens[m + 1];
      if (kind && kind.sentence === s && !kind.cap && BODY_DESCRIPTORS.has(kind.lower) && (!after || after.sentence !== s || APPOSITION_CLOSE.test(after.lower))) add(nameEndingAt(k - 1), k - 1);
      continue;
    }
    // "Tarn Guild, the performing arts union, ...", "Kestrel, the trade body that negotiates ...", "Nova Lista, the main
    // party of the Serbs": a definite description of a body's kind after a name not otherwise known.
    if (det && det.sentence === s && det.lower === 'the' && capWord(tokens[k - 1], s) && tokens[k - 1]!.hit < 0) {
      let m = k + 2;
      while (m < k + 6 && tokens[m] && tokens[m]!.sentence === s && tokens[m]!.word && !tokens[m]!.cap && !DEFINITE_BODY_KINDS.has(tokens[m]!.lower) && !ROLE_HEADS.has(tokens[m]!.lower)) m++;
      const kind = tokens[m];
      const after = tokens[m + 1];
      if (kind && kind.sentence === s && !kind.cap && DEFINITE_BODY_KINDS.has(kind.lower) && (!after || after.sentence !== s || APPOSITION_CLOSE.test(after.lower))) {
        let first = nameEndingAt(k - 1);
        // "Members of Tarn Guild, the ... union": the people of the body open the sentence, not its name.
        while (first < k - 1 && tokens[first]!.initial && (PEOPLE_OF_A_BODY.has(tokens[first]!.lower) || hasLowerCaseUse(ctx, tokens[first]!.lower))) {
          first++;
          while (first < k - 1 && !tokens[first]!.cap) first++;
        }
        if (tokens.slice(first, k).every((t) => t.hit < 0)) add(first, k - 1);
      }
      continue;
    }
    // "according to Keep Schools Open, which has gathered 12,000 signatures": a source that "which" continues is
    // a body (a person would take "who"; a place the gazetteer knows is no name word here).
    // So is a sentence's subject a "which" continues with what only a body does ("Tarnguild, which represents
    // crew, welcomed the deal"); not "Europe, which has ...": a place or a thing may have and be.
    if (det && det.sentence === s && det.lower === 'which') {
      const first = nameEndingAt(k - 1);
      const subject = first < k && BODY_ACTS.has(tokens[k + 2]?.lower ?? '') && tokens[first]!.initial && (first === 0 || tokens[first - 1]!.sentence !== s) && !tokens.slice(first, k).some((t) => CALENDAR_WORDS.has(t.lower));
      if (((first >= 2 && tokens[first - 1]!.lower === 'to' && tokens[first - 2]!.lower === 'according') || subject) && tokens.slice(first, k).every((t) => t.hit < 0)) add(first, k - 1);
      continue;
    }
    // "The coalition, NAME, ...": the kind, then the name between commas.
    const kind = tokens[k - 1]!;
    const lead = tokens[k - 2];
    if (kind.word && !kind.cap && kind.sentence === s && BODY_DESCRIPTORS.has(kind.lower) && lead && lead.sentence === s && ['the', 'its', 'their'].includes(lead.lower) && det && det.sentence === s) {
      const last = nameStartingAt(k + 1);
      if (last >= 0) add(k + 1, last);
    }
  }
}

/** Heads of the names of documents, counts and laws. */
// Not "poll", "report" or "programme": a university's poll, a newsletter ("the Cook Political Report") and a UN programme speak.
/** Last words of the names of laws and codes ("Canada Labour Code", "Labour Relations Act"). */
const LAW_HEADS = new Set(['code', 'act', 'law', 'bill', 'statute', 'charter', 'regulations']);
const DOCUMENT_HEADS = new Set('survey surveys census index study studies act bill law statute scheme plan prize award'.split(' '));

/** "Trans-Pacific Partnership", "Transatlantic Trade and Investment Partnership": a trade pact, the object of a negotiation, not a party to it. */
function namesTreaty(words: readonly Token[]): boolean {
  const last = words[words.length - 1]!.lower;
  return (last === 'partnership' || last === 'agreement') && words.some((w) => /pacific|atlantic|trade|investment|economic/.test(w.lower));
}

/**
 * Index (into words) just past a capitalised title written before a name ("Commerce Secretary", "Senate
 * Minority Leader"): the last role head that is followed by one to four plain name words; 0 when none.
 */
function titleEnd(words: readonly Token[]): number {
  for (let h = words.length - 2; h >= 0; h--) {
    const w = words[h]!;
    if (!w.cap || !ROLE_HEADS.has(w.lower)) continue;
    const rest = words.slice(h + 1);
    if (rest.length > 4 || rest.some((r) => ROLE_HEADS.has(r.lower) || ROLE_MODIFIERS.has(r.lower) || ORG_WORDS.has(r.lower) || !r.cap && !NAME_PARTICLES.has(r.lower))) return 0;
    return h + 1;
  }
  return 0;
}

/** The whitespace-separated words of a token range, as token index ranges ("al-Hayya" is one word). */
function nameUnits(tokens: readonly Token[], s: number, e: number): [number, number][] {
  const units: [number, number][] = [];
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    const last = units[units.length - 1];
    if (last && tokens[k - 1]!.end === t.start) last[1] = k + 1;
    else if (t.word) units.push([k, k + 1]);
  }
  return units;
}

function orgCandidate(ctx: Ctx, first: number, last: number, rule: string, confidence: number): Candidate {
  const { tokens } = ctx;
  return {
    start: tokens[first]!.start, end: tokens[last]!.end, text: ctx.text.slice(tokens[first]!.start, tokens[last]!.end), type: 'organization', kind: 'name', packId: null, rule, confidence,
    sentence: tokens[first]!.sentence, roles: [], given: null, surname: null, acronym: acronymAfter(ctx, last), tentative: false, title: null,
  };
}

/** "He Lifeng" at k: a pinyin surname that is also an English word, kept when a title or the sentence's middle shows a name. */
function eastAsianNameAt(ctx: Ctx, k: number, to: number, from: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k]!;
  const n = tokens[k + 1];
  if (!n || k + 1 >= to || !t.cap || !n.cap || n.start !== t.end + 1) return false;
  if (!isSurnameFirst([t.text, n.text])) return false;
  return k > from || !t.initial;
}

/** A line with no lower-case word ("FULL TEXT.", "CORRECTION APPENDED."): its capitals are typography, not acronyms. */
function shouted(ctx: Ctx, sentence: number): boolean {
  const memo = (ctx.shouted ??= new Map());
  let v = memo.get(sentence);
  if (v === undefined) {
    const { tokens } = ctx;
    // Tokens run in sentence order: the sentence's first token by binary search.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.sentence < sentence) lo = mid + 1;
      else hi = mid;
    }
    let k = lo;
    v = true;
    for (; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (tokens[k]!.word && /\p{Ll}/u.test(tokens[k]!.text)) v = false;
    memo.set(sentence, v);
  }
  return v;
}

function classifyPiece(ctx: Ctx, from: number, to: number, out: Candidate[]): void {
  const { tokens, text, g } = ctx;
  let s = from;
  // Titles and role words written capitalised before a name ("President", "Foreign Minister").
  while (s < to && (ROLE_HEADS.has(tokens[s]!.lower) || ROLE_MODIFIERS.has(tokens[s]!.lower) || FUNCTION_WORDS.has(tokens[s]!.lower)) && !eastAsianNameAt(ctx, s, to, from)) s++;
  // A title written before the name ("Foreign Minister") says the name starts right after it.
  // Not a title's hyphened half ("Secretary-Treasurer Gary ..."), nor one with a role word still to come.
  const afterTitle = !!tokens[s]?.word && tokens.slice(from, s).some((t) => t.word && ROLE_HEADS.has(t.lower)) && !tokens.slice(s, to).some((t) => t.word && ROLE_HEADS.has(t.lower));
  while (s < to && !tokens[s]!.word) s++;
  if (s >= to) return;
  let e = to;
  while (e > s && !tokens[e - 1]!.word) e--;
  // A title of other capitalised words before the name ("Commerce Secretary Howard Lutnick").
  let titleFrom = -1;
  {
    const ws: number[] = [];
    for (let k = s; k < e; k++) if (tokens[k]!.word) ws.push(k);
    const te = titleEnd(ws.map((k) => tokens[k]!));
    if (te > 0) {
      titleFrom = s;
      s = ws[te]!;
    }
  }
  const words = tokens.slice(s, e).filter((t) => t.word);
  if (words.length === 0) return;
  const units = nameUnits(tokens, s, e);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // A given name inside the run after words that are not names starts the name ("Tuesday Dmitry ...").
  // Not after a title: "Irrigation Minister Omer Hassan Abdelrahim" is named in full from its first word.
  // Nor in apposition to a role ("said its leader, Tor Arne Example"): the run after the comma is all name.
  const appositive = tokens[s - 1]?.text === ',' && !!tokens[s - 2] && tokens[s - 2]!.sentence === first.sentence && (isRoleHead(tokens[s - 2]!) || roleOfCountryBefore(ctx, s - 1));
  if (units.length >= 3 && titleFrom < 0 && !afterTitle && !appositive && !GIVEN_NAMES.has(first.lower)) {
    // A lower-case particle is no given name, whatever the name lists hold ("der", "del").
    const k = units.findIndex(([a, b], i) => i > 0 && i < units.length - 1 && b - a === 1 && tokens[a]!.cap && GIVEN_NAMES.has(tokens[a]!.lower));
    if (k > 0) {
      classifyPiece(ctx, units[k]![0], e, out);
      return;
    }
  }
  // Acronyms: all capitals, 2–8 letters.
  if (words.length === 1 && /^[\p{Lu}][\p{Lu}\p{N}&]{1,7}$/u.test(first.text) && !NOT_ACRONYMS.has(first.lower)) {
    if (!shouted(ctx, first.sentence) && (first.text.length >= 3 || (!first.initial && tokens[s - 1]?.text !== '('))) {
      const c = orgCandidate(ctx, s, e - 1, 'acronym', 0.7);
      if (tokens[s - 1]?.text === '(' && tokens[e]?.text === ')') c.acronym = null;
      out.push(c);
    }
    return;
  }
  const span = text.slice(tokens[s]!.start, last.end);
  // "Ann Ruys (Delta Works)", "Ann Ruys of Delta Works said": a name in parentheses or after "of" right after a
  // person's is who they work for, a body; the verb after it is the person's. No given name opens it.
  const holder = out[out.length - 1];
  const opener = tokens[s - 1];
  if (opener && holder && holder.type === 'person' && !holder.tentative && holder.end === tokens[s - 2]?.end && opener.sentence === first.sentence && !GIVEN_NAMES.has(first.lower) && !matchPackPerson(g, null, last.text)
    && AFFILIATION_SHAPE.test(span) && !PARTY_STATE_TAG.test(span)
    && ((opener.text === '(' && tokens[e]?.text === ')') || (opener.lower === 'of' && !opener.cap && !!tokens[e]?.word && SPEECH_VERBS.has(tokens[e]!.lower)))) {
    out.push(orgCandidate(ctx, s, e - 1, 'affiliation', 0.65));
    return;
  }
  // "N-VA", "PVDA-PTB": capitals joined by hyphens are one acronym (a party's), never a person's name.
  // "GroenLinks-PvdA", "SwissRail-ABB": a capital inside a word after three or more lower-case letters (or closing it,
  // "PvdA") is a brand's or a party's spelling, and two such words or acronyms hyphened are one body's name.
  if (units.length === 1 && span.includes('-') && span.split('-').every((part) => CAMEL_WORD.test(part) || /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(part)) && span.split('-').some((part) => CAMEL_WORD.test(part))) {
    out.push(orgCandidate(ctx, s, e - 1, 'acronym', 0.7));
    return;
  }
  if (HYPHENED_ACRONYM.test(span) && span.length >= 4 && !shouted(ctx, first.sentence)) {
    out.push(orgCandidate(ctx, s, e - 1, 'acronym', 0.7));
    return;
  }
  const before = tokens[s - 1];
  const honorific = (s > 0 && isHonorific(before!.lower)) || (s > 1 && before!.text === '.' && HONORIFICS.has(tokens[s - 2]!.lower));
  // "Mr. Guajardo Villarreal", "Mr. López Obrador": after a courtesy title, words that are no given name are
  // all surname, the tail of "Ildefonso Guajardo Villarreal" rather than another person's full name.
  const parsed = nameParts(span);
  const p = honorific && units.length >= 2 && !GIVEN_NAMES.has(first.lower) && /^(?:mr|mrs|ms|miss|dr)$/.test((before!.text === '.' ? tokens[s - 2]! : before!).lower.replace(/\.$/, '')) ? { given: null, surname: parsed.surname } : parsed;
  const roles = rolesAround(ctx, s, e - 1, titleFrom);
  const next = tokens[e];
  // "Wagenknecht herself has not said": a name a reflexive "himself"/"herself" follows is a person's as surely as a speaker's.
  // "Economist Ana Roe of Example University said": a name after another's "of" is where that one works; the verb is the other's.
  const affiliation = !!before && before.lower === 'of' && !!tokens[s - 2] && tokens[s - 2]!.sentence === first.sentence && tokens[s - 2]!.cap;
  const speech = !!next && next.sentence === first.sentence && next.word && (SPEECH_VERBS.has(next.lower) || next.lower === 'himself' || next.lower === 'herself' || (units.length >= 2 && speaksForBodyAfter(ctx, e))) && !affiliation;
  const unitTexts = units.map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end));
  const givenKnown = units.length >= 2 && ((GIVEN_NAMES.has(first.lower) && /^\s/.test(text[first.end] ?? '')) || isSurnameFirst(unitTexts));
  const morph = units.length >= 2 && last.lower.length >= 4 && /(?:ov|ova|ev|eva|in|ina|yn|sky|skiy|skyi|ski|skaya|enko|uk|yuk|chuk|vich|vych|ich|dze|shvili|yan|ian|oglu|escu)$/.test(last.lower);
  const roleCue = roles.some((r) => r.head !== '');
  const pack = units.length >= 2 ? matchPackPerson(g, p.given, p.surname) : matchPackPerson(g, null, p.surname);

  // "the media law firm Sloane Whitcombe", "investment bank Dale Harper": a name right after an institution's kind
  // is the institution's, a given name opening it or not (a person is "a partner at the firm", not "firm X").
  if (!pack && units.length >= 2 && !!before && before.sentence === first.sentence && before.word && !before.cap && INSTITUTION_KINDS.has(before.lower) && !honorific) {
    out.push(orgCandidate(ctx, s, e - 1, 'kind-before', 0.75));
    return;
  }
  // "Los Zetas", "Las Abejas": a name opening with a Spanish plural article is a collective's, never a person's.
  // "the Ruelas Montoya group", "the Sierra Verde cartel": a name under a body's kind written in lower case is that body's.
  // "the Kestrel Cattlemen association", "the Harbour Pilots union": so is a name under a civil body's kind.
  const kindAfter = !!next && next.sentence === first.sentence && next.word && !next.cap && (COLLECTIVE_KINDS.has(next.lower) || CIVIL_KINDS.has(next.lower)) && !givenKnown;
  if (!pack && units.length >= 2 && (PLURAL_ARTICLES.has(first.lower) || kindAfter)) {
    out.push(orgCandidate(ctx, s, e - 1, PLURAL_ARTICLES.has(first.lower) ? 'plural-article' : 'kind-after', 0.75));
    return;
  }
  // "Van der Brelen said", "De la Roche added": a surname's particles capitalised as the sentence opens are no
  // given name; the words are one surname to link to the person named in full.
  if (!pack && units.length >= 2 && SPACED_PARTICLES.has(first.lower) && first.cap && (/^vo[nm]$/.test(first.lower) || units.length >= 3) && units.slice(1, -1).every(([a, b]) => b - a === 1 && !tokens[a]!.cap && SPACED_PARTICLES.has(tokens[a]!.lower))) {
    const surname = [...units.slice(0, -1).map(([a]) => tokens[a]!.lower), unitTexts[unitTexts.length - 1]!].join(' ');
    out.push(personCandidate(ctx, s, e, { given: null, surname }, null, roles, speech ? 'speech-cue' : 'surname-link', 0.6, !speech && !roleCue && !honorific));
    return;
  }
  if (units.length === 1) {
    // A lone word: a pack surname, a surname that must link to a named person, or a given name that may
    // stand for the person of the text who has it ("Ray", "Sheikh Mohammed").
    const given = GIVEN_NAMES.has(first.lower);
    const givenHonorific = !!before && before.sentence === first.sentence && GIVEN_NAME_HONORIFICS.has(before.lower);
    // "The Department said", "Embassy officials": a lone body word names no one by itself.
    if (!pack && ORG_WORDS.has(first.lower)) return;
    // "NHS England said", "Halvorsen Pharma said": the last word of a name another reading holds is no person.
    if (!pack && !given && before && before.sentence === first.sentence && before.word && before.cap && text.slice(before.end, first.start) === ' ' && (before.claimed || (before.hit >= 0 && ctx.hits[before.hit]!.entry.type !== 'person') || /^\p{Lu}{2,6}$/u.test(before.text))) return;
    // "Prosecutors said", "Never mind": a word the text also writes in lower case is a common word, a person
    // only as the surname of one named in full ("Manning said" after "Chelsea Manning" stays a speaker).
    const common = !given && !pack && (COMMON_WORDS.has(first.lower) || hasLowerCaseUse(ctx, first.lower));
    if (first.initial && !pack && !roleCue && !honorific) {
      if (FUNCTION_WORDS.has(first.lower)) return;
      // "Fighting continued": an opening gerund is a common word too.
      const gerund = /ing$/.test(first.lower) && !given && COMMON_GERUNDS.has(first.lower);
      const weak = gerund || common;
      const c = personCandidate(ctx, s, e, p, null, roles, given ? 'given-link' : speech && !weak ? 'speech-cue' : 'surname-link', 0.6, given || !speech || weak);
      c.givenLink = given;
      out.push(c);
      return;
    }
    if (FUNCTION_WORDS.has(first.lower)) return;
    let c: Candidate;
    if (pack) c = personCandidate(ctx, s, e, p, pack.id, roles, pack.rule, 0.85, false);
    else {
      const cued = roleCue || honorific || (speech && !common);
      c = personCandidate(ctx, s, e, p, null, roles, givenHonorific ? 'given-link' : roleCue || honorific ? 'role-cue' : speech && !common ? 'speech-cue' : 'surname-link', cued ? 0.7 : 0.6, !cued);
    }
    c.givenLink = given && (givenHonorific || !roleCue);
    out.push(c);
    return;
  }
  if (pack) {
    out.push(personCandidate(ctx, s, e, p, pack.id, roles, pack.rule, pack.rule === 'pack-exact' ? 0.95 : 0.8, false));
    return;
  }
  // "Economist Ana Roe of Kestrel University said": the words after the person's "of", before the verb, name where they work.
  if (affiliation && !givenKnown && !!next && next.sentence === first.sentence && SPEECH_VERBS.has(next.lower)) {
    out.push(orgCandidate(ctx, s, e - 1, 'affiliation', 0.6));
    return;
  }
  // "Odile Kanza, who leads ...": a relative "who" is said of a person. "signed by Okonkwo Tarabe Mensi for the
  // government": the agent of a signing or a leading, named in full and by no body word, is a person.
  const who = next?.text === ',' && next.sentence === first.sentence && /^(?:who|whose)$/.test(tokens[e + 1]?.lower ?? '') && tokens[e + 1]!.sentence === first.sentence;
  const agent = !!before && before.lower === 'by' && s > 1 && PERSONAL_AGENT_VERBS.has(tokens[s - 2]!.lower) && units.length <= 4 && !words.some((w) => ORG_WORDS.has(w.lower) || CORPORATE_TAILS.has(w.lower));
  // "The special envoy of Norway, Sigrun Dahle, ...": a plain name in apposition to a role of a country is the holder.
  const heldRole = appositive && units.length >= 2 && units.length <= 3 && !words.some((w) => ORG_WORDS.has(w.lower) || CORPORATE_TAILS.has(w.lower));
  if (givenKnown || roleCue || honorific || heldRole || ((morph || speech || who || agent) && !first.initial) || (who && words.length >= 2 && !words.some((w) => ORG_WORDS.has(w.lower)))) {
    const rule = givenKnown ? 'given-name' : roleCue || honorific ? 'role-cue' : morph ? 'surname-morphology' : who ? 'relative-who' : agent ? 'signing-agent' : 'speech-cue';
    out.push(personCandidate(ctx, s, e, p, null, roles, rule, givenKnown || roleCue ? 0.85 : 0.7, false));
    return;
  }
  // "Sanna Virtala objected ... Virtala's aides": a plain two- or three-word name with no cue of its own is a
  // person once its surname recurs alone (see `confirmRecurringNames`); kept aside until then, with what the
  // words read as otherwise.
  if (units.length >= 2 && units.length <= 3 && units.every(([a, b]) => plainNameWord(ctx, tokens.slice(a, b)))) {
    // '"...," said Tor Mikkelsen': a plain name right after the reporting verb is the speaker, a person. So is one
    // opening a sentence before a reporting verb ("Tshepo Mabuza warned ..."): no word of it is common, a body's
    // or a place's, and no "it" follows.
    // So is one in apposition closed by a comma before the verb ("Its organiser, stunt performer Kayode Bassey, told PA").
    const apposedSpeaker = !first.initial && next?.text === ',' && !!tokens[e + 1] && tokens[e + 1]!.sentence === first.sentence && tokens[e + 1]!.word && SPEECH_VERBS.has(tokens[e + 1]!.lower) && tokens[s - 1]?.word === true && !tokens[s - 1]!.cap && !itFollows(ctx, e);
    if ((!first.initial && before?.word && before.sentence === first.sentence && SPEECH_VERBS.has(before.lower) && before.lower !== 'told') || (speech && !next!.cap && !itFollows(ctx, e)) || apposedSpeaker) {
      out.push(personCandidate(ctx, s, e, p, null, roles, 'speech-cue', 0.7, false));
      return;
    }
    const c = personCandidate(ctx, s, e, p, null, roles, 'recurring-surname', 0.6, false);
    c.unconfirmed = [];
    if (first.initial) classifyPiece(ctx, units[1]![0], e, c.unconfirmed);
    out.push(c);
    return;
  }
  // "Will Tarrow said", "Rose Kettering, a lawmaker,": a given name that is also a common word, then a plain surname,
  // with the sentence treating the words as a person, is the person's full name, not a word and a surname.
  const apposed = next?.text === ',' && next.sentence === first.sentence && (who || !!tokens[e + 1] && tokens[e + 1]!.sentence === first.sentence && (ARTICLES.has(tokens[e + 1]!.lower) || isRoleHead(tokens[e + 1]!)));
  if (units.length === 2 && units[0]![1] - units[0]![0] === 1 && WORD_GIVEN_NAMES.has(first.lower) && (speech || apposed) && plainNameWord(ctx, tokens.slice(units[1]![0], units[1]![1]))) {
    out.push(personCandidate(ctx, s, e, { given: first.text, surname: unitTexts[1]! }, null, roles, 'speech-cue', 0.7, false));
    return;
  }
  // A sentence-initial capitalised word followed by a name: drop the first word and try again.
  if (first.initial && units.length >= 2) classifyPiece(ctx, units[1]![0], e, out);
}

/**
 * Whether "of (the) <capitalised name> said" follows token `e`: "Salma Example of the Freedonian Initiative for
 * Rights said": the words before are a person speaking for the body named after "of".
 */
function speaksForBodyAfter(ctx: Ctx, e: number): boolean {
  const { tokens } = ctx;
  const of = tokens[e];
  if (!of || of.lower !== 'of' || of.cap) return false;
  let k = e + 1;
  if (tokens[k]?.lower === 'the' && !tokens[k]!.cap) k++;
  const opens = k;
  while (k < tokens.length && k < opens + 8 && tokens[k]!.sentence === of.sentence && tokens[k]!.word && (tokens[k]!.cap || (NAME_JOINERS.has(tokens[k]!.lower) && tokens[k + 1]?.cap))) k++;
  const verb = tokens[k];
  return k > opens && !!tokens[k - 1]!.cap && !!verb && verb.sentence === of.sentence && verb.word && SPEECH_VERBS.has(verb.lower);
}

/** Whether the words before a comma are a role of a country ("the special envoy of Norway", "ambassador to Chile"). */
function roleOfCountryBefore(ctx: Ctx, comma: number): boolean {
  const { tokens, hits } = ctx;
  const country = tokens[comma - 1];
  if (!country || country.hit < 0 || hits[country.hit]!.entry.type !== 'country') return false;
  const from = hits[country.hit]!.from;
  const link = tokens[from - 1];
  const head = tokens[from - 2];
  return !!link && !!head && (link.lower === 'of' || link.lower === 'to') && head.sentence === country.sentence && isRoleHead(head);
}

/** Whether "it" or "its" follows in the sentence ("Ostrava Steelworks said it would ..."): a body, not a person. */
function itFollows(ctx: Ctx, from: number): boolean {
  const { tokens } = ctx;
  for (let k = from; k < tokens.length && tokens[k]!.sentence === tokens[from - 1]!.sentence; k++) if (tokens[k]!.lower === 'it' || tokens[k]!.lower === 'its') return true;
  return false;
}

/** A unit of a name with nothing of a body, a place or a common word about it: "Virtala", "Solberg-Lunde". */
function plainNameWord(ctx: Ctx, unit: readonly Token[]): boolean {
  const t = unit[0]!;
  if (!t.word || t.hit >= 0) return false;
  const text = unit.map((u) => u.text).join('');
  if (!/^\p{Lu}\p{Ll}+(?:[-‐]\p{Lu}\p{Ll}+)?$/u.test(text)) return false;
  return unit.every((u) => !u.word || (!ORG_WORDS.has(u.lower) && !CORPORATE_TAILS.has(u.lower) && !COMMON_WORDS.has(u.lower) && !CALENDAR_WORDS.has(u.lower) && !ROLE_HEADS.has(u.lower) && !FUNCTION_WORDS.has(u.lower) && !hasLowerCaseUse(ctx, u.lower)));
}

/**
 * News names a person in full once and by surname after: a plain full name held aside by `classifyPiece` is a
 * person when a lone word of the text, read as a person's, is its surname or one half of it; otherwise what
 * its words read as without it stands.
 */
function confirmRecurringNames(out: Candidate[]): void {
  if (!out.some((c) => c.unconfirmed)) return;
  const lone = new Set<string>();
  for (const c of out) if (c.type === 'person' && !c.unconfirmed && c.kind === 'name' && !/\s/.test(c.text)) lone.add(c.text.replace(/['’]s?$/u, ''));
  const kept: Candidate[] = [];
  for (const c of out) {
    if (!c.unconfirmed) {
      kept.push(c);
      continue;
    }
    const last = c.text.split(/\s+/).at(-1)!;
    if (lone.has(last) || last.split(/[-‐]/).some((h) => lone.has(h))) {
      delete c.unconfirmed;
      kept.push(c);
    } else kept.push(...c.unconfirmed);
  }
  out.length = 0;
  out.push(...kept);
}

/** "(R-Wis.)", "(D-Calif.)": a party's initial and a state, a label of the person, not a body they work for. */
const PARTY_STATE_TAG = /^\p{Lu}-(?!\p{Lu}+$)/u;
/** Two capitalised words or more, none a lone letter ("Hanze Tilburg"): the shape of a body's name; "(D)", "(Md.)" are labels. */
const AFFILIATION_SHAPE = /^\p{Lu}[\p{L}\p{M}&'’-]+(?:\s+\p{Lu}[\p{L}\p{M}&'’-]+)+$/u;
/** Capitals joined by unspaced hyphens ("N-VA", "PVDA-PTB"). */
const HYPHENED_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]*(?:-\p{Lu}[\p{Lu}\p{N}&]*)+$/u;

/**
 * A word with a capital inside after a lower-case stretch of three letters or more ("GroenLinks", "BlackRock") or
 * closing it ("PvdA"): no person's name is spelt so but the patronymic prefixes ("MacArthur", "FitzGerald", "VanderMeer").
 */
const CAMEL_WORD = /^(?!Mac|Fitz|Van|Von|Del|Della)\p{Lu}\p{Ll}*(?:\p{Ll}{3}\p{Lu}\p{Ll}*|\p{Ll}\p{Lu})$/u;
/** Present-tense verbs in the plural: after a name alone they agree with a body's members, never with one person ("X take a position"). */
const PLURAL_VERBS = new Set('are were have take want support oppose reject accept demand refuse fear say insist agree remain hope plan argue warn believe need propose'.split(' '));
/** Political leanings written between "the" and a party's name ("the far-right X", "the nationalist X"). */
const LEANING_BEFORE = /\b[Tt]he\s+(?:(?:far|hard|extreme|centre|center)[- ](?:right|left)|right-wing|left-wing|populist|nationalist|separatist|socialist|liberal|conservative|centrist|communist|green|islamist|christian[- ]democratic|social[- ]democratic|eurosceptic|ruling)\s+$/;

/**
 * Names the person reader took that the sentence treats as a body: the subject of a plural verb ("X take a
 * position", "X, who fear ..."), a name after "the" and a political leaning ("the far-right X"), a name in
 * parentheses after a person's ("Ann Ruys (X)": their party or their employer). Every mention with the same
 * words is the body then. "the Christian ABC": a given name before an acronym after "the" is its adjective.
 */
function retypeBodiesByGrammar(ctx: Ctx, out: Candidate[]): void {
  const { tokens, text } = ctx;
  const bodies = new Set<string>();
  const open = (c: Candidate) => c.type === 'person' && c.kind === 'name' && !c.packId && c.roles.length === 0;
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (!open(c)) continue;
    const a = tokenAt(tokens, c.start);
    const z = tokenAt(tokens, c.end) - 1;
    const prev = tokens[a - 1];
    const next = tokens[z + 1];
    const inSentence = (t: Token | undefined): t is Token => !!t && t.sentence === c.sentence;
    // "the Christian ABC": persons take no article, and an acronym is no surname; the acronym is the body.
    const words = c.text.split(/\s+/);
    if (inSentence(prev) && prev.lower === 'the' && words.length === 2 && /^\p{Lu}{2,8}$/u.test(words[1]!) && !NOT_ACRONYMS.has(words[1]!.toLowerCase())) {
      out[n] = orgCandidate(ctx, z, z, 'acronym', 0.7);
      continue;
    }
    // Coordinated names agree in the plural whatever they are ("Ana and Luis say").
    const coordinated = inSentence(prev) && (prev.lower === 'and' || prev.lower === 'or' || prev.text === '&');
    // "Members on the picket line in Renfield were blunter": after a preposition the name is no subject (nor after a comma: "in Ostrava, Morlavia have").
    const governed = inSentence(prev) && prev.word && !prev.cap && (RELATION_PREPOSITIONS.has(prev.lower) || LOCATIVE_WORDS.has(prev.lower) || /^(?:on|by|to|about|over|against|under|between|among|after|before)$/.test(prev.lower));
    // "Members are voting": a common plural noun opening the sentence is the people it names, no body's name.
    const common = words.length === 1 && (COMMON_WORDS.has(c.text.toLowerCase()) || hasLowerCaseUse(ctx, c.text.toLowerCase()));
    const pluralVerb = inSentence(next) && next.word && PLURAL_VERBS.has(next.lower) && !coordinated && !governed && !common && prev?.text !== ',';
    // ", who fear ...", ", who made ... their condition": the relative clause speaks of them in the plural.
    let relative = false;
    if (inSentence(next) && next.text === ',' && tokens[z + 2]?.lower === 'who' && !coordinated) {
      for (let k = z + 3; k < tokens.length && tokens[k]!.sentence === c.sentence && tokens[k]!.text !== ','; k++) {
        if ((k === z + 3 && PLURAL_VERBS.has(tokens[k]!.lower)) || tokens[k]!.lower === 'their' || tokens[k]!.lower === 'they') relative = true;
      }
    }
    const leaning = LEANING_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) && !GIVEN_NAMES.has(words[0]!.toLowerCase());
    const person = out[n - 1];
    const affiliated = inSentence(prev) && prev.text === '(' && next?.text === ')' && AFFILIATION_SHAPE.test(c.text) && !PARTY_STATE_TAG.test(c.text) && !!person && person.type === 'person' && !person.tentative && person.end === tokens[a - 2]?.end;
    if (pluralVerb || relative || leaning || affiliated) bodies.add(c.text);
  }
  if (bodies.size === 0) return;
  for (const c of out) if (open(c) && bodies.has(c.text)) Object.assign(c, { type: 'organization', rule: 'body-grammar', confidence: 0.65, tentative: false, given: null, surname: null, givenLink: false });
}

/** Spanish plural articles: they open the names of gangs, clans and collectives, not of people. */
const PLURAL_ARTICLES = new Set(['los', 'las']);
/** Kinds of body written in lower case after a body's name ("the X group", "the X cartel"). */
const COLLECTIVE_KINDS = new Set(['group', 'cartel', 'gang', 'faction', 'militia', 'clan', 'syndicate']);
/** Kinds of civil body written in lower case after the body's own name ("the Kestrel Cattlemen association"). */
const CIVIL_KINDS = new Set(['association', 'federation', 'union', 'guild', 'alliance', 'coalition', 'council', 'society', 'lobby', 'cooperative', 'co-op']);

/** Collective nouns whose possessive opens a body's name ("People's", "Women's", "Children's"). */
const SINGULAR_COLLECTIVE = /^(?:people|women|men|children|youth|workers|citizens|farmers|peoples)$/i;

/** Whether the capitalised words from token `k` (up to four, one sentence) hold an organisation word. */
function orgWordWithin(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 4 && tokens[n] && tokens[n]!.sentence === tokens[k]!.sentence && isNameWord(tokens[n]!); n++) if (ORG_WORDS.has(tokens[n]!.lower)) return true;
  return false;
}

/** Words for a union's numbered branch ("Local 4410", "Lodge 751"). */
const BRANCH_WORD = /^(?:Local|Lodge|District|Chapter|Branch)$/;

/** Verbs whose agent after "by", named in full, is a person: bodies sign and lead too, but by their own names. */
const PERSONAL_AGENT_VERBS = new Set(['signed', 'initialled', 'initialed', 'countersigned', 'led', 'headed', 'chaired', 'witnessed', 'brokered', 'hosted', 'delivered', 'read', 'written', 'authored', 'presented']);

function personCandidate(ctx: Ctx, s: number, e: number, p: { given: string | null; surname: string }, packId: string | null, roles: RolePhrase[], rule: string, confidence: number, tentative: boolean): Candidate {
  const { tokens } = ctx;
  let last = e - 1;
  while (last > s && !tokens[last]!.word) last--;
  const speaksFor = packId ? null : behalfOf(ctx, last + 1);
  return {
    start: tokens[s]!.start, end: tokens[last]!.end, text: ctx.text.slice(tokens[s]!.start, tokens[last]!.end), type: 'person', kind: 'name', packId, rule, confidence, sentence: tokens[s]!.sentence,
    roles: speaksFor ? [...roles, speaksFor] : roles, given: p.given, surname: p.surname, acronym: null, tentative, title: null,
  };
}

/**
 * "signed by Okonkwo Tarabe Mensi for the government of the Democratic Republic of Congo", "Ann Lee, on behalf
 * of Rwanda,": the country or group a person acts for, named right after the name, is the person's side.
 */
function behalfOf(ctx: Ctx, at: number): RolePhrase | null {
  const { tokens } = ctx;
  const sentence = tokens[at - 1]?.sentence;
  let k = at;
  if (tokens[k]?.text === ',') k++;
  const words = (n: number) => tokens.slice(k, k + n).map((t) => t.lower).join(' ');
  if (words(3) === 'on behalf of') k += 3;
  else if (tokens[k]?.lower === 'for') k += 1;
  else return null;
  if (words(4) === 'the government of the') k += 4;
  else if (words(3) === 'the government of') k += 3;
  else if (tokens[k]?.lower === 'the') k += 1;
  const t = tokens[k];
  const hit = t && t.sentence === sentence && t.hit >= 0 ? ctx.hits[t.hit]! : null;
  if (!hit || hit.from !== k || !hit.entry.packId || (hit.entry.type !== 'country' && hit.entry.type !== 'group') || hit.entry.kind === 'demonym') return null;
  const start = tokens[at]!.start;
  return { text: ctx.text.slice(start, hit.end), start, end: hit.end, head: '', words: [], party: hit.entry.packId };
}

/** Role heads of people who serve another person ("adviser to the president", "spokesman for the minister"). */
const ATTENDANT_HEADS = new Set(['adviser', 'advisor', 'aide', 'assistant', 'spokesman', 'spokeswoman', 'spokesperson', 'counsellor', 'counselor']);

/** Whether the role phrase ending at token `head` follows a name and a comma ("Hikmet Hajiyev, foreign policy adviser"). */
function inApposition(ctx: Ctx, head: number): boolean {
  const { tokens } = ctx;
  let p = head;
  while (p > 0 && tokens[p - 1]!.word && tokens[p - 1]!.sentence === tokens[head]!.sentence && roleish(ctx, tokens[p - 1]!)) p--;
  // Unknown modifiers ("foreign policy") may stand between the comma and the head.
  while (p > 0 && p > head - 4 && tokens[p - 1]!.word && !tokens[p - 1]!.cap) p--;
  return tokens[p - 1]?.text === ',' && !!tokens[p - 2]?.cap;
}

/** Whether a token may stand in a role phrase. */
function roleish(ctx: Ctx, t: Token): boolean {
  if (t.word) {
    const l = t.lower.replace(/^-+/, '');
    if (ROLE_HEADS.has(l) || ROLE_MODIFIERS.has(l) || ROLE_CONNECTORS.has(l)) return true;
    if (t.hit >= 0) {
      const e = ctx.hits[t.hit]!.entry;
      // "SPD leader", "Hamas official": a party or an armed group qualifies a role as a body does.
      return e.type === 'country' || e.type === 'organization' || e.type === 'group';
    }
    // An organization's acronym qualifying a role ("UDA president").
    return /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(t.text) && !NOT_ACRONYMS.has(t.lower);
  }
  return t.text === "'s" || t.text === '-';
}

function countryOf(ctx: Ctx, t: Token): string | null {
  if (t.hit < 0) return null;
  const e = ctx.hits[t.hit]!.entry;
  if (e.type === 'country' && e.packId) return e.packId;
  if (e.type === 'person' && e.packId) return ctx.kb.partyOf(e.packId) ?? null;
  return null;
}

function makeRole(ctx: Ctx, from: number, to: number): RolePhrase | null {
  const { tokens, text } = ctx;
  while (from <= to && (!tokens[from]!.word || (ROLE_CONNECTORS.has(tokens[from]!.lower) && tokens[from]!.hit < 0) || ['a', 'an', 'his', 'her'].includes(tokens[from]!.lower))) from++;
  while (to >= from && (!tokens[to]!.word || (ROLE_CONNECTORS.has(tokens[to]!.lower) && tokens[to]!.hit < 0))) to--;
  if (from > to) return null;
  let headAt = -1;
  for (let k = from; k <= to; k++) {
    const parts = tokens[k]!.lower.split('-');
    if (tokens[k]!.word && (ROLE_HEADS.has(tokens[k]!.lower) || parts.some((p) => ROLE_HEADS.has(p)))) {
      if (headAt < 0 || !['chief', 'head'].includes(canonHead(tokens[headAt]!.lower))) headAt = k;
    }
  }
  if (headAt < 0) return null;
  const headTok = tokens[headAt]!;
  const headWord = ROLE_HEADS.has(headTok.lower) ? headTok.lower : headTok.lower.split('-').filter((p) => ROLE_HEADS.has(p)).pop()!;
  const head = canonHead(headWord);
  let party: string | null = null;
  if (!INDEPENDENT_ROLES.has(headWord)) {
    const semi = SEMI_INDEPENDENT_ROLES.has(headWord);
    // "Turkish Cypriot leader": a community's officer speaks for neither state its demonyms name.
    for (let k = from; k <= (semi ? headAt : to) && !party; k++) if (stackedDemonym(ctx, k, -1) < 0 && stackedDemonym(ctx, k, 1) < 0) party = countryOf(ctx, tokens[k]!);
    // "EU trade commissioner", "NATO chief": an officer of a pack body speaks for the body's side, or for the
    // body when it is a side of its own (a pack body with no patron is, as packScope reads it).
    for (let k = from; k <= (semi ? headAt : to) && !party; k++) {
      const hit = tokens[k]!.hit >= 0 ? ctx.hits[tokens[k]!.hit]!.entry : null;
      // "Republican Senator Lindsey Graham": a party's adjective in a role is the party's officer too.
      if (hit && (hit.type === 'organization' || hit.type === 'group') && hit.packId && (hit.kind === 'name' || (hit.kind === 'demonym' && hit.type === 'group'))) party = ctx.kb.partyOf(hit.packId) ?? hit.packId;
    }
  }
  const words: string[] = [];
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    // "Deputy Prime Minister and Foreign Minister" holds two roles.
    if (t.lower === 'and' && words.length > 0) {
      words.push('|');
      continue;
    }
    if (!t.word || ROLE_CONNECTORS.has(t.lower) || countryOf(ctx, t)) continue;
    words.push(canonHead(t.lower));
  }
  const role: RolePhrase = { text: text.slice(tokens[from]!.start, tokens[to]!.end), start: tokens[from]!.start, end: tokens[to]!.end, head, words, party };
  let possessor = possessorBefore(tokens, from);
  for (let k = from + 1; k < headAt && !possessor; k++) if (tokens[k]!.text === "'s") possessor = possessorBefore(tokens, k + 1);
  // "Meta's director": a capitalised possessor names the body the role belongs to (a person's finds no body).
  for (let k = from + 1; k < headAt && !possessor; k++) if (tokens[k]!.text === "'s" && tokens[k - 1]!.cap && tokens[k - 1]!.word) possessor = tokens[k - 1]!.lower;
  if (possessor && !party) role.possessor = possessor;
  return role;
}

/** "its"/"their" right before token `at`, or "the <noun>'s" ("the guild's"): who the role at `at` belongs to. */
function possessorBefore(tokens: readonly Token[], at: number): string | undefined {
  const sentence = tokens[at]!.sentence;
  const before = tokens[at - 1];
  if (!before || before.sentence !== sentence) return undefined;
  if (before.word && (before.lower === 'its' || before.lower === 'their')) return 'its';
  const noun = tokens[at - 2];
  const the = tokens[at - 3];
  if (before.text === "'s" && noun?.word && !noun.cap && the?.sentence === sentence && the.lower === 'the') return noun.lower;
  return undefined;
}

/** Bodies a country sends or runs whose leader speaks for it ("Mauritania's delegation, led by ..."). */
const LED_BODY_NOUNS = new Set(['delegation', 'team', 'government', 'mission', 'ministry', 'cabinet']);

/**
 * "Mauritania's delegation, led by Foreign Minister X", "a Kenyan team headed by Trade Secretary Y": the
 * country owning the body that the role at token `at` leads, or null.
 */
function ledBodyOwner(ctx: Ctx, at: number): string | null {
  const { tokens } = ctx;
  const sentence = tokens[at]?.sentence;
  let k = at - 1;
  if (tokens[k]?.lower !== 'by' || !/^(?:led|headed|chaired)$/.test(tokens[k - 1]?.lower ?? '')) return null;
  k -= 2;
  if (tokens[k]?.text === ',') k--;
  const body = tokens[k];
  if (!body || body.sentence !== sentence || !body.word || !LED_BODY_NOUNS.has(body.lower)) return null;
  // "Mauritania's delegation", "the Mauritanian delegation": the owner right before the body noun.
  const owner = tokens[k - 1]?.text === "'s" ? tokens[k - 2] : tokens[k - 1];
  return owner && owner.sentence === sentence ? countryOf(ctx, owner) : null;
}

/** Role heads of a government's own officers (not envoys or ambassadors, who are often the other side's). */
const GOVERNMENT_OFFICE_HEADS = new Set(['minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Nouns for a government or one of its departments, after the country that owns it. */
const GOVERNMENT_BODY_NOUNS = new Set(['ministry', 'department', 'government', 'cabinet', 'administration', 'presidency', 'office']);

/**
 * The country named as owner of a government body ("Indonesia's state-owned enterprises ministry", "the Kenyan
 * government") nearest before `at`, within this sentence and the two before it.
 */
function governmentNamedBefore(ctx: Ctx, at: number): string | null {
  const { tokens } = ctx;
  const sentence = tokens[at]?.sentence ?? 0;
  for (let k = at - 1; k >= 0 && at - k <= 120 && tokens[k]!.sentence >= sentence - 2; k--) {
    const country = countryOf(ctx, tokens[k]!);
    if (!country || ctx.hits[tokens[k]!.hit]!.entry.type !== 'country') continue;
    for (let n = k + 1; n < tokens.length && n <= k + 7 && tokens[n]!.sentence === tokens[k]!.sentence; n++) {
      const t = tokens[n]!;
      if (t.word && GOVERNMENT_BODY_NOUNS.has(t.lower)) return country;
      // Words of the body's name may come between ("state-owned enterprises ministry"); punctuation ends the phrase.
      if (!t.word && t.text !== "'s" && t.text !== "'" && t.text !== '’' && t.text !== '-') break;
    }
  }
  return null;
}

/** The country that opens one of the two sentences before `at`, or this one ("Brazil initially rejected ..."), nearest first. */
/** The one country whose government the text names ("Colombia's government", "the Colombian government"), or null. */
function onlyGovernmentNamed(ctx: Ctx): string | null {
  const { tokens } = ctx;
  const found = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.lower !== 'government') continue;
    const before = tokens[k - 1]?.text === "'s" || tokens[k - 1]?.text === '’s' ? tokens[k - 2] : tokens[k - 1];
    const country = before && before.sentence === tokens[k]!.sentence && before.hit >= 0 && ctx.hits[before.hit]!.entry.type === 'country' ? countryOf(ctx, before) : null;
    if (country) found.add(country);
  }
  return found.size === 1 ? [...found][0]! : null;
}

function countryOpeningBefore(ctx: Ctx, at: number): string | null {
  const { tokens } = ctx;
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence >= sentence - 2; k--) {
    const t = tokens[k]!;
    const opens = k === 0 || tokens[k - 1]!.sentence !== t.sentence || (tokens[k - 1]!.lower === 'the' && (k === 1 || tokens[k - 2]!.sentence !== t.sentence));
    if (!opens || t.hit < 0) continue;
    const e = ctx.hits[t.hit]!.entry;
    if (e.type === 'country' && e.packId && (e.kind === 'name' || e.kind === 'metonym')) return e.packId;
  }
  return null;
}

/** Words between a reporting verb and its clause: "told reporters on Monday that". */
const REPORTING_FILLER = /^(?:that|reporters|journalists|parliament|lawmakers|on|in|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
/** The country a reporting verb right after a name opens its clause with ("<name> said Tokyo would ...", "told reporters that Seoul ..."). */
function governmentReportedAfter(ctx: Ctx, last: number): string | null {
  const { tokens } = ctx;
  const sentence = tokens[last]!.sentence;
  let k = last + 1;
  while (tokens[k] && !tokens[k]!.word && tokens[k]!.sentence === sentence && tokens[k]!.text !== ',') k++;
  if (!tokens[k] || tokens[k]!.sentence !== sentence || !SPEECH_VERBS.has(tokens[k]!.lower)) return null;
  // Past the verb's own words ("told reporters on Monday that"), to the clause's first word, which must be the country.
  for (let n = k + 1; n < tokens.length && n <= k + 6 && tokens[n]!.sentence === sentence; n++) {
    const t = tokens[n]!;
    // "... said the government had changed its mind": the government the report is about, the subject it opened a sentence with.
    if (/^(?:the|his|her|its|our)$/.test(t.lower) && /^(?:government|administration|cabinet)$/.test(tokens[n + 1]?.lower ?? '')) return countryOpeningBefore(ctx, last);
    if (t.hit >= 0) {
      const e = ctx.hits[t.hit]!.entry;
      return e.type === 'country' && e.packId && (e.kind === 'name' || e.kind === 'metonym') ? e.packId : null;
    }
    if (!t.word || !REPORTING_FILLER.test(t.lower)) return null;
  }
  return null;
}

/** Where a capitalised run ending at `at` opens with a possessor ("Brazil's Mines and Energy"): the possessor's index, else -1. */
function ministryOwner(tokens: readonly Token[], at: number, sentence: number): number {
  for (let m = at; m >= 0 && at - m <= 5; m--) {
    const t = tokens[m]!;
    if (t.sentence !== sentence) return -1;
    if (t.text === "'s") return m >= 1 && tokens[m - 1]!.cap && tokens[m - 1]!.word && m < at ? m - 1 : -1;
    if (!(t.word && (t.cap || t.lower === 'and' || PORTFOLIO_WORDS.has(t.lower))) && t.text !== '&') return -1;
  }
  return -1;
}

/** Prepositions that open a role head's complement ("representative in Europe", "envoy to the UN", "Minister of Fisheries"). */
const COMPLEMENT_PREPOSITIONS = new Set(['in', 'to', 'for', 'at', 'of']);

/** The role head before a complement of one to three capitalised words ending at the comma `comma`, or -1. */
/** Lower-case kinds of place that end a place's name in a role's complement ("in the Harz region"). */
const PLACE_KIND_WORDS = new Set(['region', 'area', 'province', 'district', 'county', 'state', 'city', 'valley', 'basin', 'department', 'prefecture', 'canton', 'oblast']);

function roleHeadBeforeComplement(tokens: readonly Token[], comma: number, sentence: number): number {
  // "the party chairman in the Harz region, X,": a place named in capitals may close with its kind in lower case.
  const kind = PLACE_KIND_WORDS.has(tokens[comma - 1]?.lower ?? '') && tokens[comma - 2]?.cap ? 1 : 0;
  let p = comma - 1 - kind;
  let named = 0;
  while (p >= 0 && tokens[p]!.sentence === sentence && tokens[p]!.word && (tokens[p]!.cap || tokens[p]!.lower === 'the') && comma - kind - p <= 4) {
    if (tokens[p]!.cap) named++;
    p--;
  }
  const prep = tokens[p];
  const head = tokens[p - 1];
  if (named === 0 || !prep || !head || prep.sentence !== sentence || head.sentence !== sentence || prep.cap || !COMPLEMENT_PREPOSITIONS.has(prep.lower)) return -1;
  // After "of", a portfolio or a body named with "the" ("Minister of Fisheries", "director of the European
  // Centre"): "the mayor of Alexandria, Virginia," is a town and its state.
  if (prep.lower === 'of' && tokens[p + 1]?.lower !== 'the' && !tokens.slice(p + 1, comma).every((t) => PORTFOLIO_WORDS.has(t.lower))) return -1;
  if (!isRoleHead(head)) return -1;
  // A definite or possessed role names one holder ("the movement's representative in Europe, X"); after "a" or
  // "an" the capitals are as often a town and its state ("a radio host in Cape Breton, Nova Scotia,").
  for (let q = p - 2; q >= 0 && q >= p - 8 && tokens[q]!.sentence === sentence; q--) {
    const t = tokens[q]!;
    // "'s", or a plural's bare apostrophe ("the Faroe Islands' Minister of Fisheries, X,").
    if (t.text === "'s" || ((t.text === "'" || t.text === '’') && /s$/i.test(tokens[q - 1]?.text ?? '')) || /^(?:the|its|their|his|her)$/.test(t.lower)) return p - 1;
    if (!t.word || t.lower === 'a' || t.lower === 'an') return -1;
  }
  return -1;
}

/**
 * "Meta's director of public policy for Australia and New Zealand, Craig Dunmore,": a role head owned by a name's
 * possessive, then its complement in words of any case up to the comma. The head's index, or -1.
 */
function possessedRoleBeforeComplement(tokens: readonly Token[], comma: number, sentence: number): number {
  for (let q = comma - 2; q >= 1 && q >= comma - 10 && tokens[q]!.sentence === sentence; q--) {
    if (!tokens[q + 1]!.word) return -1;
    if (!isRoleHead(tokens[q]!) || !COMPLEMENT_PREPOSITIONS.has(tokens[q + 1]!.lower)) continue;
    // The possessive right before the head, or before one modifier of it ("Meta's chief negotiator for ...").
    const owned = (at: number) => tokens[at]?.text === "'s" && !!tokens[at - 1]?.cap && tokens[at - 1]!.sentence === sentence;
    return owned(q - 1) || (owned(q - 2) && tokens[q - 1]!.word) ? q : -1;
  }
  return -1;
}

/** Role phrases written right before a name ("Kremlin spokesman") or in apposition after it (", the chief of ..."). */
function rolesAround(ctx: Ctx, first: number, last: number, titleFrom = -1): RolePhrase[] {
  const { tokens } = ctx;
  const roles: RolePhrase[] = [];
  const sentence = tokens[first]!.sentence;
  // Before: scan left over role words, country words and possessors.
  let k = first - 1;
  if (tokens[k]?.text === ',' && tokens[k - 1] && isRoleHead(tokens[k - 1]!)) k--;
  else if (tokens[k]?.text === ',' && tokens[last + 1]?.sentence === sentence && (tokens[last + 1]!.text === ',' || SPEECH_VERBS.has(tokens[last + 1]!.lower))) {
    // "The movement's representative in Europe, Amina Lahbib, said": the head's complement (a place or a body
    // named in capitals) stands between the role and the comma; the role is the phrase up to its head, so an
    // envoy "to France" is not taken for France's. The name must close the apposition ("an adviser in Eau
    // Claire, Wis." is a place's state, not a person).
    const head = roleHeadBeforeComplement(tokens, k, sentence);
    if (head >= 0) k = head;
    else {
      const possessed = possessedRoleBeforeComplement(tokens, k, sentence);
      if (possessed >= 0) k = possessed;
    }
  }
  let j = k;
  while (j >= 0 && tokens[j]!.sentence === sentence && first - j <= 12) {
    const t = tokens[j]!;
    // "X, adviser to Azerbaijani President Ilham Aliyev": the role after "to" is the name's; the attendant's
    // role before it is X's, in apposition ("Assistant to the President Yuri ..." with no X is the name's own).
    if (t.word && (t.lower === 'to' || t.lower === 'for') && j < k && tokens[j - 1] && ATTENDANT_HEADS.has(tokens[j - 1]!.lower) && inApposition(ctx, j - 1)) break;
    // A capitalised title detected before the name ("Commerce Secretary") is role words as a whole.
    if (roleish(ctx, t) || (titleFrom >= 0 && j >= titleFrom)) {
      j--;
      continue;
    }
    // A possessor: "Trump's special envoy".
    if (t.cap && tokens[j + 1]?.text === "'s") {
      j--;
      continue;
    }
    // A plural's possessive apostrophe: "the Faroe Islands' Minister of Fisheries".
    if (!t.word && (t.text === "'" || t.text === '’') && j < k && t.start === tokens[j - 1]?.end && /s$/i.test(tokens[j - 1]!.text) && tokens[j - 1]!.cap) {
      j--;
      continue;
    }
    // Capitalised words of a ministry's name between a possessor and the role head: "Portugal's Sea Minister",
    // "Brazil's Mines and Energy Minister" (the words alone are no role words, but the possessor is the side).
    // "Britain's fisheries minister": the portfolio may be written in lower case.
    const owner = (t.cap || PORTFOLIO_WORDS.has(t.lower)) && t.word && j < k ? ministryOwner(tokens, j, sentence) : -1;
    if (owner >= 0) {
      j = owner;
      continue;
    }
    // "French Europe minister": a portfolio's capitalised name between a demonym and the role head.
    const demonym = tokens[j - 1];
    if (t.cap && t.word && j < k && isRoleHead(tokens[j + 1]!) && demonym?.sentence === sentence && demonym.word && countryOf(ctx, demonym)) {
      j -= 2;
      continue;
    }
    // "an army negotiator, Brigadier General Omar ...": a description in apposition before a formal title
    // (capitalised words only) describes the same person.
    const described = tokens[j - 1];
    if (t.text === ',' && j < k && described && described.word && !described.cap && isRoleHead(described) && described.sentence === sentence && tokens.slice(j + 1, k + 1).every((u) => u.cap)) {
      j--;
      continue;
    }
    break;
  }
  const touching = tokens[k];
  const touches = !!touching && touching.sentence === sentence && (touching.text === "'s" ? false : touching.word && (!ROLE_CONNECTORS.has(touching.lower) || touching.hit >= 0));
  if (j < k && touches) {
    const r = makeRole(ctx, j + 1, k);
    if (r && r.end <= tokens[first]!.start) {
      if (!r.party && GOVERNMENT_OFFICE_HEADS.has(r.head)) r.party = ledBodyOwner(ctx, j + 1);
      roles.push(r);
    }
  }
  // After: ", the chief of ...," — unless the phrase introduces the next name in a list.
  if (tokens[last + 1]?.text === ',' && tokens[last + 1]!.sentence === sentence) {
    let e = last + 2;
    let headSeen = false;
    let introducesName = false;
    // Where an attendant's role turns to the person served ("adviser to ..."), if it does.
    let serves = -1;
    while (e < tokens.length && tokens[e]!.sentence === sentence && e - last <= 16) {
      const t = tokens[e]!;
      if (!t.word && t.text !== '-' && t.text !== "'s") break;
      if (t.word && (t.lower === 'who' || SPEECH_VERBS.has(t.lower))) break;
      const head = t.word && (ROLE_HEADS.has(t.lower) || t.lower.split('-').some((p) => ROLE_HEADS.has(p)));
      // A role word right before a name is that name's role, not ours ("Rubio, adviser Mike Waltz").
      // A person possessor is part of the phrase ("Trump's Middle East envoy").
      const possessor = tokens[e + 1]?.text === "'s" && tokens[e + 1]!.start === t.end;
      if (t.cap && !head && !roleish(ctx, t) && !possessor) {
        const before = tokens[e - 1]!;
        const personHit = t.hit >= 0 && ctx.hits[t.hit]!.entry.type === 'person';
        if (before.word && (ROLE_HEADS.has(before.lower) || ROLE_MODIFIERS.has(before.lower)) && (isNameWord(t) || personHit)) introducesName = true;
        if (!ROLE_CONNECTORS.has(before.lower)) break;
      }
      // After the head, a plain lower-case word ends the phrase ("philosopher sometimes ...").
      if (headSeen && t.word && !t.cap && !head && !roleish(ctx, t)) break;
      if (head) headSeen = true;
      if (serves < 0 && headSeen && t.word && (t.lower === 'to' || t.lower === 'for') && ATTENDANT_HEADS.has(tokens[e - 1]!.lower)) serves = e;
      if (!headSeen && e - last > 6) break;
      e++;
    }
    // "read out by Ana Roe, the two leaders agreed": a plural head after the comma opens a clause about several people, no role of the name.
    const firstHead = tokens.slice(last + 2, e).find((t) => t.word && ROLE_HEADS.has(t.lower));
    if (firstHead && /s$/.test(firstHead.lower) && ROLE_HEADS.has(firstHead.lower.slice(0, -1))) headSeen = false;
    const nextIsName = tokens[e]?.text === ',' && tokens[e + 1] && tokens[e + 1]!.cap && !FUNCTION_WORDS.has(tokens[e + 1]!.lower) && !roleish(ctx, tokens[e + 1]!);
    // "the Lambert, the prime minister's residence,": a role in the possessive owns the noun after it, a place or a thing the name is.
    const owns = tokens[e - 1]?.text === "'s" && !!tokens[e]?.word && !tokens[e]!.cap;
    if (headSeen && !nextIsName && !introducesName && !owns) {
      const r = makeRole(ctx, last + 2, e - 1);
      if (r) roles.push(r);
    } else if (introducesName && serves > last + 2) {
      // "Hikmet Hajiyev, foreign policy adviser to Azerbaijani President Ilham Aliyev": the name after is the
      // one served, not the next in a list; the attendant serves the side of the one served.
      const r = makeRole(ctx, last + 2, serves - 1);
      if (r) {
        for (let x = serves + 1; x <= e && !r.party; x++) r.party = countryOf(ctx, tokens[x]!);
        roles.push(r);
      }
    }
  }
  // "Spokeswoman Ani Badalyan of Armenia's foreign ministry": the country after "of" is the side of the role before.
  if (tokens[last + 1]?.lower === 'of' && tokens[last + 1]!.sentence === sentence) {
    const side = tokens[last + 2] ? countryOf(ctx, tokens[last + 2]!) : null;
    if (side) for (const r of roles) r.party ??= side;
  }
  // "South Korea's Land Ministry said ... Vice Minister Park Jae-won told reporters": a named government officer with
  // no country serves the government whose ministry the report has just named (a bare title, "the prime minister",
  // is left to match the person who holds it).
  // "Foreign Ministry spokeswoman Akiko Mori said Tokyo would ...": or the government their reported clause speaks of.
  for (const r of roles) if (!r.party && GOVERNMENT_OFFICE_HEADS.has(r.head)) r.party = governmentNamedBefore(ctx, first) ?? governmentReportedAfter(ctx, last);
  // "Government negotiator Vera Castaño": the government is the one country whose government the report names.
  for (const r of roles) if (!r.party && r.words.includes('government')) r.party = onlyGovernmentNamed(ctx);
  return roles;
}

/**
 * The countries around a title: for which of two ministers named earlier "the minister" is. A demonym anywhere
 * in its sentence ("the Norwegian Fishermen's Association welcomed the minister's line", a body of the
 * minister's side) or a country named after the title ("the minister said Norway would not ..."); with none, the
 * demonyms of the sentence before. A country named before the title is left out: where the minister went or
 * whom they met ("In Madrid, the minister ...") says nothing of their side.
 */
function countriesNear(ctx: Ctx, at: number): string[] {
  const { tokens, hits } = ctx;
  const sentence = tokens[at]!.sentence;
  const found = (s: number): string[] => {
    const ids = new Set<string>();
    let k = at;
    while (k > 0 && tokens[k - 1]!.sentence >= s) k--;
    for (; k < tokens.length && tokens[k]!.sentence <= s; k++) {
      const t = tokens[k]!;
      if (t.sentence === s && t.sideOf) ids.add(t.sideOf);
      if (t.sentence !== s || t.hit < 0) continue;
      const e = hits[t.hit]!.entry;
      if (e.type === 'country' && e.packId && (e.kind === 'demonym' || k > at)) ids.add(e.packId);
    }
    return [...ids];
  };
  const own = found(sentence);
  return own.length > 0 || sentence === 0 ? own : found(sentence - 1);
}

/** Lower-case words of a role between a possessor and a name ("Iceland's ambassador", "Norway's deputy foreign minister"). */
const ROLE_WORDS_AFTER = /^(?:ambassador|envoy|minister|deputy|foreign|trade|chief|special|senior|top|lead|negotiator|representative|delegate|secretary|president|prime|permanent|vice|spokesman|spokeswoman|spokesperson|director|head|adviser|advisor|official)$/;
/** "the spokesman", "the Secretary of State": a role phrase after "the" that names no one after it. */
function detectTitles(ctx: Ctx, out: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    let startTok = i;
    if (t.text === "'s") {
      // "Qatar's prime minister": a country's role with no name after it.
      const owner = tokens[i - 1];
      if (!owner || owner.hit < 0 || ctx.hits[owner.hit]!.entry.type === 'person') continue;
      startTok = ctx.hits[owner.hit]!.from;
      t = tokens[startTok]!;
    } else {
      if (t.lower !== 'the' || t.hit >= 0) continue;
      // ", the senior strategist ..." right after a name is that name's role, not a mention.
      const prior = tokens[i - 2];
      if (tokens[i - 1]?.text === ',' && prior?.cap && prior.sentence === t.sentence && !FUNCTION_WORDS.has(prior.lower)) continue;
    }
    let j = i + 1;
    let headAt = -1;
    // "the union's chief negotiator": a body's possessive inside the phrase qualifies the post. Not a named
    // body's ("the Kremlin's spokesman", "the Foreign Ministry's"): its own mention stays, the title after it.
    while (j < tokens.length && tokens[j]!.sentence === t.sentence && j - i <= 6 && (tokens[j]!.word || (tokens[j]!.text === "'s" && j > i + 1 && tokens[j - 1]!.hit < 0 && !tokens[j - 1]!.cap && !!tokens[j + 1]?.word)) && roleish(ctx, tokens[j]!) && tokens[j]!.lower !== 'the') {
      if (isRoleHead(tokens[j]!)) headAt = j;
      j++;
    }
    if (headAt < 0) continue;
    const head = tokens[headAt]!;
    // Plural heads ("the officials") and generic ones name no single person.
    if (head.lower.endsWith('s') && ROLE_HEADS.has(head.lower.slice(0, -1))) continue;
    // A qualified one is a single post ("the CDU leader", "the union's chief"): the holder's role must hold the qualifier too.
    const qualified = headAt > i + 1 && ['head', 'chief', 'leader'].includes(head.lower);
    if (['official', 'delegation', 'representative', 'expert', 'analyst', 'head', 'chief', 'leader', 'general', 'officer', 'partner'].includes(head.lower) && !qualified) continue;
    let end = headAt;
    if (tokens[headAt + 1]?.lower === 'of' && tokens[headAt + 2]?.cap && tokens[headAt + 2]!.sentence === t.sentence) end = headAt + 2;
    const after = tokens[end + 1];
    if (after && after.sentence === t.sentence && (isNameWord(after) || after.hit >= 0 && ctx.hits[after.hit]!.entry.type === 'person')) continue;
    const role = makeRole(ctx, startTok === i ? i + 1 : startTok, end);
    if (!role) continue;
    // "The chair of the negotiating group, Iceland's ambassador Sigrun Thorvaldsdottir, ...": past a lower-case "of"
    // complement, and past a possessor and role words after the comma, the name the title is set before.
    let comma = end + 1;
    if (tokens[comma]?.lower === 'of') {
      let j = comma + 1;
      while (j < comma + 6 && tokens[j] && tokens[j]!.sentence === t.sentence && tokens[j]!.word && !tokens[j]!.cap) j++;
      if (tokens[j]?.text === ',' && tokens[j]!.sentence === t.sentence) comma = j;
    }
    let n = comma + 1;
    if (tokens[comma]?.text === ',' && tokens[n]?.cap && (tokens[n + 1]?.text === "'s" || tokens[n + 1]?.text === '’s')) {
      n += 2;
      while (n < comma + 6 && tokens[n] && tokens[n]!.word && !tokens[n]!.cap && ROLE_WORDS_AFTER.test(tokens[n]!.lower)) n++;
    }
    const named = tokens[n];
    const apposedAt = tokens[comma]?.text === ',' && named && named.sentence === t.sentence && isNameWord(named) ? named.start : undefined;
    // "Qatar's prime minister": the country keeps its own mention; the title is the words after it.
    const from = startTok === i ? t.start : tokens[i + 1]!.start;
    out.push({
      start: from, end: tokens[end]!.end, text: ctx.text.slice(from, tokens[end]!.end), type: 'person', kind: 'title', packId: null, rule: 'title', confidence: 0.6, sentence: t.sentence,
      roles: [], given: null, surname: null, acronym: null, tentative: true, title: role, nearCountries: countriesNear(ctx, i), apposedAt,
    });
    i = end;
  }
}
