/**
 * Quote extraction: quoted stretches become direct or partial quotes with their cue and source; reported
 * clauses ("X said that ...", "..., X told reporters", "according to X, ...", "X believes ...", "asked X
 * whether ...", "the poll showed ...", Title Case "X Says ..." headlines) become indirect quotes.
 * Speakers are linked afterwards (speaker.ts); this module only finds spans.
 */
import { MAX_SENTENCE_CHARS } from '../sentences/index.js';
import type { QuoteKind, Sentence } from '../../core/model.js';
import { trimSpan, type Span } from '../../core/span.js';
import { addWord, isAsciiLower, letterTrie, literalPrefixes, markEveryWalk, OpeningPositions } from '../openings.js';
import { countWords } from '../words.js';
import { ACCORDING_TO_RE, APPEAL_VERB_RE, CUE_TAIL_RE, isParticiple, JUDGEMENT_CALL_RE, JUDGEMENT_VERB_RE, NAMING_CUE_RE, OBJECT_STANCE_VERB_FORMS, OBJECT_STANCE_VERB_RE, INTENTION_VERB_FORMS, REFUSAL_VERB_FORMS, REFUSAL_VERB_RE, SPEECH_VERB_FORMS, SPEECH_VERB_RE, TERM_CUE_RE, THAT_VERB_RE, WEAK_SPEECH_BASES, BELIEF_VERB_RE } from './cues.js';
import { findQuotedStretches, paragraphsOf, type Paragraph, type QuotedStretch } from './marks.js';
import { afterDateline, isPronounSpan, isSpeakerPhrase, phraseAfter, phraseEndingAt, speakerSubject, subjectBefore, subjectJustBefore, tokens } from './phrases.js';

export interface FoundQuote {
  kind: QuoteKind;
  span: Span;
  cue: Span | null;
  source: Span | null;
  rule: string;
  confidence: number;
  paragraph: number;
  /** Index (into the found list) of the quote whose speaker this one takes, when it has no cue of its own. */
  inherit: number | null;
  /** Needs a speaker from an earlier quote (continuation, participle cue); resolved in `linkCarries`. */
  carry: 'none' | 'previous' | 'same-sentence';
  /** A lead-in such as "Peskov continued:" with no quote of its own: a carry target, never emitted. */
  leadIn?: boolean;
}

interface Cue extends Span {
  form: string;
  base: string;
  /** End of the cue including its tail ("told reporters", "said in a statement"). */
  tailEnd: number;
  according: boolean;
  /** Probably a noun ("Trump’s comments", "secretary of state"): used only when the sentence has no verbal cue. */
  nominal: boolean;
}

/** The last cue, preferring a verb to a form read as a noun. */
const lastVerbal = <T extends { nominal: boolean }>(cues: readonly T[]): T | undefined => cues.filter((c) => !c.nominal).at(-1) ?? cues.at(-1);

const NOUN_CONTEXT_BEFORE = /(?:(?<![^\p{L}](?:he|she|it|that|there|who|what|here|where))(?<=\p{L})['’]s|(?:^|[^\p{L}])(?:of|other|these|such|introductory|opening|closing|public|recent|latest|previous|prepared|written|earlier|initial|original|repeated|false|own))\s+$/iu;
const QUANTIFIER_BEFORE = /(?:^|[^\p{L}])(?:dozen|hundred|thousand|million|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|many|several|few|numerous|multiple)\s+$/iu;
/** A verb or preposition right before "plans"/"aims" ("unveil plans to", "made plans to", "with aims to"): the word is a noun. */
const INTENTION_NOUN_BEFORE = /(?:^|[^\p{L}])(?:\p{Ll}+(?:ed|ing)|unveil|unveils|make|makes|made|has|have|had|lay|lays|laid|out|back|of|for|with|about|on|in|to|and|or|by|new|own)\s+$/u;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|as|the|this|that|his|her|their|its|our|no|any|every|each|whose|my|your|first|latest|new|recent)\s+$/iu;

/** Present-tense forms of reporting verbs that are as often nouns. */
const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set(
  ['question', 'state', 'comment', 'remark', 'report', 'tweet', 'post', 'promise', 'claim', 'note', 'answer', 'statement', 'reply', 'pledge', 'vow', 'mention', 'demand', 'rule', 'charge'].flatMap((w) => [w, w === 'reply' ? 'replies' : `${w}s`]),
);
/** Stance verbs as often nouns ("training, information and support", "the attacks on", "a dispute over"). */
const STANCE_NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set(['back', 'support', 'supports', 'attack', 'attacks', 'dispute', 'disputes', 'champion', 'champions', 'blast', 'blasts', 'backs', 'backing', 'hail', 'hails', 'mock', 'mocks']);
/** An auxiliary, "to", a negation or an adverb right before a verb form: it is a verb ("has attacked", "did not support"). */
const VERB_CONTEXT_BEFORE = /(?:^|[^\p{L}])(?:has|have|had|having|will|would|could|can|may|might|must|should|shall|did|do|does|to|not|n['’]t|also|still|never|\p{Ll}+ly)\s+$/u;
const SUBJECT_END_WORD = /^(?:he|she|they|we|i|it|who|which|that|also|then|later|now|still|often|again|even|never|just|and|officials|experts|critics|supporters|analysts|aides|leaders|lawmakers|democrats|republicans|advocates|people|voters|activists|residents|protesters|officers|police)$/i;
/** Whether the word before `start` can end a verb's subject: a pronoun, a name, a plural speaker noun, an adverb, or a closing mark or comma (“...,” states X). */
function subjectEndsBefore(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start);
  if (/[,”"’»:—–]\s*$/.test(lead) || /^\s*$/.test(lead)) return true;
  const w = /([\p{L}\p{N}.'’-]+)\s+$/u.exec(lead)?.[1] ?? '';
  if (/['’]s?$/.test(w)) return false;
  if (SUBJECT_END_WORD.test(w) || /\p{Ll}ly$/u.test(w)) return true;
  const before = /([\p{L}'’-]+)\s+[\p{L}\p{N}.'’-]+\s+$/u.exec(lead)?.[1] ?? '';
  // "the Russian demands", "a Ukrainian proposal": an article and a demonym make an adjective, not a subject.
  if (/^(?:the|a|an)$/i.test(before) && /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(w)) return false;
  return /^\p{Lu}/u.test(w) && !/^(?:of|on|in|at|for|to|from|by|with|swing|home)$/i.test(before);
}

/**
 * The cue patterns in the order `cuesIn` runs them, and a trie of the literal words each can open with: a
 * stretch of text none of whose words (runs of a-z, lower-cased) begins with one of a pattern's openings
 * cannot hold its match, and the pattern is not run there. Every pattern opens after a lookbehind for a
 * non-letter, so its match starts a run of letters. "ſ" (which a case-insensitive Unicode pattern reads as
 * "s" but lower-casing leaves alone) turns the test off.
 */
const CUE_PATTERNS = [SPEECH_VERB_RE, ACCORDING_TO_RE, THAT_VERB_RE, BELIEF_VERB_RE, APPEAL_VERB_RE, OBJECT_STANCE_VERB_RE, REFUSAL_VERB_RE, JUDGEMENT_CALL_RE];
/** The patterns' literal openings, each end naming the patterns it lets run. */
const CUE_OPENINGS = letterTrie();
/** Patterns with no literal opening: always run. */
const CUE_PATTERNS_UNFILTERED: number[] = [];
CUE_PATTERNS.forEach((re, k) => {
  const openings = literalPrefixes(re.source);
  if (!openings) CUE_PATTERNS_UNFILTERED.push(k);
  for (const o of openings ?? []) addWord(CUE_OPENINGS, o, k);
});

/** Each cue pattern read only where it starts (sticky), for trying it at its openings alone. */
const CUE_PATTERNS_AT = CUE_PATTERNS.map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'y'));
/** Where each cue pattern's openings begin a word in the stretch at hand. */
const CUE_OPENING_AT = new OpeningPositions(CUE_PATTERNS.length);
/**
 * How each cue pattern is run on the stretch at hand, by index in `CUE_PATTERNS`: -1 not at all (none of
 * its openings begins a word there), 0 over the whole stretch (no openings, or "ſ", or lower-casing moved
 * the positions), 1 at its openings in `CUE_OPENING_AT` only: a pattern's match opens a word with one of
 * its openings, so no other position can hold one.
 */
const CUE_PATTERNS_RUN = new Int32Array(CUE_PATTERNS.length);

function cuePatternsIn(sub: string): Int32Array {
  const run = CUE_PATTERNS_RUN.fill(-1);
  if (sub.includes('ſ')) return run.fill(0);
  const openings = CUE_OPENING_AT;
  openings.clear();
  const lower = sub.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (isAsciiLower(lower.charCodeAt(i)) && (i === 0 || !isAsciiLower(lower.charCodeAt(i - 1)))) markEveryWalk(CUE_OPENINGS, lower, i, openings);
  }
  for (let k = 0; k < run.length; k++) if (openings.first[k]! >= 0) run[k] = lower.length === sub.length ? 1 : 0;
  for (const k of CUE_PATTERNS_UNFILTERED) run[k] = 0;
  return run;
}

/** Stretches sorted by where they open, with the furthest close so far: which hold a position, found by halving. */
interface StretchIndex {
  from: number[];
  to: number[];
  furthest: number[];
}
const stretchIndexes = new WeakMap<readonly QuotedStretch[], [StretchIndex, StretchIndex]>();

function indexOf(stretches: readonly QuotedStretch[], marks: boolean): StretchIndex {
  let pair = stretchIndexes.get(stretches);
  if (!pair) {
    const build = (span: (q: QuotedStretch) => [number, number]): StretchIndex => {
      const spans = stretches.map(span).sort((a, b) => a[0] - b[0]);
      const furthest: number[] = [];
      spans.forEach(([, to], k) => furthest.push(Math.max(to, k ? furthest[k - 1]! : -Infinity)));
      return { from: spans.map((x) => x[0]), to: spans.map((x) => x[1]), furthest };
    };
    pair = [build((q) => [q.start, q.end - 1]), build((q) => [q.open, q.close ?? q.end])];
    stretchIndexes.set(stretches, pair);
  }
  return pair[marks ? 1 : 0];
}

/**
 * Whether a quoted stretch holds `pos`: `[start, end)`, or with `marks` from its opening mark through its closing
 * one. (A scan of every stretch at every cue was quadratic in a paragraph of thousands of marks, a JSON dump.)
 */
function inStretch(stretches: readonly QuotedStretch[], pos: number, marks = false): boolean {
  const ix = indexOf(stretches, marks);
  let lo = 0;
  let hi = ix.from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.from[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && ix.furthest[k]! >= pos; k--) if (ix.to[k]! >= pos) return true;
  return false;
}

/** Reporting verbs (and "according to" cues) in [from, to), outside quoted stretches. */
function cuesIn(text: string, from: number, to: number, stretches: readonly QuotedStretch[], withThatVerbs = false): Cue[] {
  if (to <= from) return [];
  const sub = text.slice(from, to);
  const out: Cue[] = [];
  const patterns = cuePatternsIn(sub);
  const inQuote = (i: number) => inStretch(stretches, i);
  const add = (re: RegExp, according: boolean, thatOnly: boolean, appeal = false) => {
    const k = CUE_PATTERNS.indexOf(re);
    const run = patterns[k]!;
    if (run < 0) return;
    const at = CUE_PATTERNS_AT[k]!;
    let entry = CUE_OPENING_AT.first[k]!;
    let after = 0;
    re.lastIndex = 0;
    for (;;) {
      let m: RegExpExecArray | null = null;
      if (run === 1) {
        for (; entry >= 0 && !m; entry = CUE_OPENING_AT.next[entry]!) {
          const p = CUE_OPENING_AT.at[entry]!;
          if (p < after) continue;
          at.lastIndex = p;
          m = at.exec(sub);
        }
        if (!m) break;
        after = m.index + m[0].length;
      } else {
        m = re.exec(sub);
        if (!m) break;
      }
      const start = from + m.index;
      const end = start + m[0].length;
      if (inQuote(start)) continue;
      const form = m[0].toLowerCase().replace(/\s+/g, ' ');
      const base = according ? 'according to' : appeal ? form.replace(/^call\w*/, 'call').replace(/upon$/, 'on') : (SPEECH_VERB_FORMS.get(form) ?? OBJECT_STANCE_VERB_FORMS.get(form) ?? REFUSAL_VERB_FORMS.get(form) ?? INTENTION_VERB_FORMS.get(form) ?? (re === JUDGEMENT_CALL_RE ? 'call' : form));
      // "has been criticized for", "is cited on the website": a stance verb in the passive has no stance-taker before it.
      if ((re === OBJECT_STANCE_VERB_RE || re === JUDGEMENT_CALL_RE) && PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      // "His group, called the X Fund, ...", "what he called ...", "as the paper called them, ...": a name given, or a
      // judgement the writer borrows (quoted elsewhere).
      if (re === JUDGEMENT_CALL_RE && CALL_NOT_JUDGING_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "a report", "the post": a determiner before the word makes it a noun.
      if (!according && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      // "Trump's tweet", "secretary of state", "other states", "a dozen reports": a possessive, "of", or a
      // quantifier before a plural form makes the word a noun.
      // (Reported clauses only: next to a quotation such a noun of saying still marks it as quoted speech.)
      if (withThatVerbs && !according && NOUN_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (withThatVerbs && !according && /s$/.test(form) && QUANTIFIER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      // "secretary of state", "Trump’s comments", "swing state": a form that is also a noun cues only after a subject.
      // "Americans will say", "as if to say": speech only imagined, not reported; a verb before it reports instead.
      const nominal = (!according && NOUN_HOMOGRAPHS.has(form) && !subjectEndsBefore(text, start)) || /\b(?:will|would|could|might|may|should|must|can|to)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, start - 20), start));
      // "secretary of state", "swing states": as a noun, "state" is a polity, never a statement; "emission rules that
      // ...", "dogged by charges that ...": a rule or a charge is a thing whose "that" opens a relative clause or its content.
      if (nominal && /^(?:states?|rules?|charges?|questions?)$/.test(form)) continue;
      // "state officials", "Some state lawmakers", "state and local leaders", "battleground state Florida": "state"
      // before a word other than "that", a preposition or an adverb modifies it or names one; the verb reports with
      // "that", a colon or a quotation ("the memo states that ...", "the Saudis state in the white paper, “...”"), or
      // after a personal pronoun ("They state their goal is ...").
      if (/^states?$/.test(form) && /^\s+(?!(?:that|in|on|at|to|during|through|via)\b|\p{Ll}+ly\b)\p{L}/u.test(text.slice(end, end + 16)) && !/(?:^|[^\p{L}])(?:they|we|I|you|who)\s+$/iu.test(text.slice(Math.max(0, start - 8), start))) continue;
      // "training, information and support needed to ...", "helped her beat back a challenge": a stance verb that is as often
      // a noun or a particle is a verb only after its subject or an auxiliary.
      if (re === OBJECT_STANCE_VERB_RE && STANCE_NOUN_HOMOGRAPHS.has(form) && !subjectEndsBefore(text, start) && !VERB_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
      // "anyone wanting to learn", "queries seeking to confirm": an intention verb's participle modifies a noun; "unveiled
      // plans to", "made plans to": after a verb or a preposition "plans" and "aims" are nouns.
      // "is expected to be ratified": in the passive the subject holds no intention.
      if (INTENTION_VERB_FORMS.has(form) && (isParticiple(form) || PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || (/^(?:plans?|aims?)$/.test(form) && INTENTION_NOUN_BEFORE.test(text.slice(Math.max(0, start - 24), start))))) continue;
      // Sentence-initial capitalised verb forms are rarely cues ("Report: ..."), but "Adding" glued to a word is.
      if (!according && /^\p{Lu}/u.test(m[0]) && !isParticiple(form)) continue;
      const tail = according || thatOnly ? null : CUE_TAIL_RE.exec(text.slice(end, Math.min(text.length, end + 60)));
      out.push({ start, end, form, base, tailEnd: end + (tail ? tail[0].length : 0), according, nominal });
    }
  };
  add(SPEECH_VERB_RE, false, false);
  add(ACCORDING_TO_RE, true, false);
  if (withThatVerbs) {
    add(THAT_VERB_RE, false, true);
    add(BELIEF_VERB_RE, false, true);
    add(APPEAL_VERB_RE, false, true, true);
    add(OBJECT_STANCE_VERB_RE, false, true);
    add(REFUSAL_VERB_RE, false, true);
    add(JUDGEMENT_CALL_RE, false, true);
  }
  return out.sort((a, b) => a.start - b.start);
}

const wordCount = countWords;

function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo - 1));
}

/** Where a sentence of the paragraph ends after `from`: the next terminator followed by a capital, or the limit. */
function sentenceEndAfter(text: string, from: number, limit: number): number {
  // No sentence runs longer than the sentence stage's cap: a paragraph with no full stop (a JSON dump, a
  // minified page) would otherwise make every quotation mark scan it to its end, quadratic in its length.
  limit = Math.min(limit, from + MAX_SENTENCE_CHARS);
  const re = /[.!?](?=[\s\u00a0]+[\p{Lu}“"‘«']|$)/gu;
  const sub = text.slice(from, limit);
  for (let m = re.exec(sub); m; m = re.exec(sub)) {
    const before = sub.slice(Math.max(0, m.index - 4), m.index);
    if (/(?:\b\p{Lu}|Mr|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Mrs|Gov|Lt|Col|U\.S)$/u.test(before)) continue;
    return from + m.index;
  }
  return limit;
}

/** Sentence start before `pos` inside its paragraph (last terminator followed by space and a capital). */
function sentenceStartBefore(text: string, pos: number, paraStart: number): number {
  // (At most the sentence cap back, as `sentenceEndAfter` reads at most that far on.)
  paraStart = Math.max(paraStart, pos - MAX_SENTENCE_CHARS);
  const sub = text.slice(paraStart, Math.min(text.length, pos + 1));
  const re = /[.!?](?:[”"’»]|'{1,3})?[\s\u00a0]+(?=[\p{Lu}“"‘«'])/gu;
  let last = paraStart;
  for (let m = re.exec(sub); m; m = re.exec(sub)) {
    const before = sub.slice(Math.max(0, m.index - 4), m.index);
    if (/(?:\b\p{Lu}|Mr|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Mrs|Gov|Lt|Col|U\.S)$/u.test(before)) continue;
    if (paraStart + m.index + m[0].length <= pos) last = paraStart + m.index + m[0].length;
  }
  return last;
}

/** Gap between a cue and the opening mark it introduces: punctuation, "that", time or place phrases, or an addressee. */
function lightGap(gap: string, cue: Cue): boolean {
  const g = gap.trim();
  if (g === '') return true;
  if (wordCount(g) > 7) return false;
  if (/[:,–—]\s*(?:that)?$/.test(g) || /\bthat$/i.test(g)) return true;
  if (/^(?:on|in|at|during|last|this|late|early|of|about|to|before|after|from|via|with|when|while|via)\b/i.test(g) && /[:,–—]$/.test(g)) return true;
  return (cue.base === 'tell' || cue.base === 'ask' || cue.base === 'inform') && /[:,]$/.test(g);
}

interface Context {
  text: string;
  paragraphs: readonly Paragraph[];
  stretches: readonly QuotedStretch[];
  sentences: readonly Sentence[];
}

/** "... and said", "... but added": a reporting verb coordinated with an earlier verb shares that verb's subject. */
function coordinatedCue(text: string, cue: Span, sentStart: number): boolean {
  return COORDINATED_BEFORE.test(text.slice(Math.max(sentStart, cue.start - 12), cue.start));
}

/** "seen by Reuters", "obtained by the newspaper": who got hold of a document, not who wrote it. */
const WITNESS_TAIL = /\s+(?:seen|obtained|reviewed|viewed|examined|verified|read)\s+by\s/u;

/** "an internal memo seen by Reuters": the source is the memo; the outlet that saw it said nothing. */
function withoutWitness(text: string, source: Span | null): Span | null {
  if (!source) return null;
  const m = WITNESS_TAIL.exec(text.slice(source.start, source.end));
  return m && m.index > 0 ? { start: source.start, end: source.start + m.index } : source;
}

function sourceForCue(ctx: Context, cue: Cue, clauseStart: number, clauseEnd: number, sentStart = clauseStart): Span | null {
  const { text } = ctx;
  if (cue.according) return withoutWitness(text, phraseAfter(text, cue.end, clauseEnd));
  // The noun phrase right before the verb is its subject ("..., and party spokesman X said"); else the clause's first one.
  const before = phraseEndingAt(text, clauseStart, cue.start) ?? subjectBefore(text, clauseStart, cue.start);
  if (before) return before;
  if (coordinatedCue(text, cue, sentStart)) {
    const shared = subjectBefore(text, sentStart, cue.start);
    if (shared) return shared;
  }
  return phraseAfter(text, cue.tailEnd, clauseEnd, true);
}

/** A cue that introduces reported words by itself: a strong verb, "according to", a verb with its tail, or any verb followed by "that". */
function reportingCapable(text: string, cue: Cue, limit: number): boolean {
  if (cue.according || !WEAK_SPEECH_BASES.has(cue.base) || cue.tailEnd > cue.end) return true;
  // "Dalton vowed to “bomb the hell” out of them": a verb of promising with a subject of its own reports the
  // quoted infinitive right after it.
  if (INFINITIVE_BASES.has(cue.base) && /^\s+to\s*$/.test(text.slice(cue.tailEnd, limit)) && phraseEndingAt(text, Math.max(0, cue.start - 80), cue.start)) return true;
  return /^\s+(?:[\p{L}\p{N}'’.-]+\s+){0,6}?that\b/u.test(text.slice(cue.tailEnd, limit));
}

/**
 * The speaker of a quotation inside a clause of judging or describing ("X called it “...”", "hailed the
 * deal as the result of the “...” of ..."): the noun phrase right before the verb, or the sentence's
 * subject when that is a name, a pronoun or a speaker noun.
 */
function judgementSpeaker(ctx: Context, sentStart: number, open: number): { verb: Span; source: Span } | null {
  const { text, stretches } = ctx;
  JUDGEMENT_VERB_RE.lastIndex = 0;
  const sub = text.slice(sentStart, open);
  let verb: Span | null = null;
  for (let m = JUDGEMENT_VERB_RE.exec(sub); m; m = JUDGEMENT_VERB_RE.exec(sub)) {
    const start = sentStart + m.index;
    if (inStretch(stretches, start, true)) continue;
    // "a call", "the welcome": a determiner makes it a noun.
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    verb = { start, end: start + m[0].length };
  }
  if (!verb) return null;
  const near = phraseEndingAt(text, sentStart, verb.start);
  if (near) {
    // "Cruz has railed against what he calls the “cartel”": a pronoun in a free relative refers back to the
    // main clause's subject, whose label this is; that subject (a speaker phrase, a verb or so before "what") is the source.
    const freeRelative = isPronounSpan(text, near) ? /(?:^|\s)what\s+$/i.exec(text.slice(Math.max(sentStart, near.start - 8), near.start)) : null;
    if (freeRelative) {
      const whatAt = near.start - freeRelative[0].length;
      const main = subjectBefore(text, sentStart, whatAt);
      if (main && isSpeakerPhrase(text, main) && wordCount(text.slice(main.end, whatAt)) <= 6) return { verb, source: main };
    }
    return { verb, source: near };
  }
  // "a banker called ‘the Fixer’": a verb right before the quotation with no subject of its own names, it does not judge.
  if (/^\s*(?:a|an|the)?\s*$/i.test(text.slice(verb.end, open))) return null;
  // "..., and the union refused the offer, calling it “insulting”": a participle after a comma judges for the
  // subject of the clause it hangs on, the last one opened before it.
  const comma = /,\s*$/.exec(text.slice(sentStart, verb.start));
  if (/ing$/i.test(text.slice(verb.start, verb.end)) && comma) {
    const head = text.slice(sentStart, sentStart + comma.index);
    const opener = [...head.matchAll(/(?:,|;)\s+(?:and|but|yet|while|whereas)\s+/g)].at(-1);
    const clauseFrom = opener ? sentStart + opener.index + opener[0].length : sentStart;
    const hung = subjectBefore(text, clauseFrom, sentStart + comma.index);
    if (hung && isSpeakerPhrase(text, hung)) return { verb, source: hung };
  }
  // The verb of judging vouches for the clause, so a sentence-initial name counts here ("Trump, speaking ..., called it").
  const subject = speakerSubject(text, sentStart, open) ?? subjectBefore(text, sentStart, verb.start);
  if (!subject || subject.end > verb.start) return null;
  return isSpeakerPhrase(text, subject) ? { verb, source: subject } : null;
}

/** "..., with Senator X telling reporters ...": in an absolute construction the participle's own subject follows "with". */
function absoluteSubject(text: string, from: number, participleStart: number): Span | null {
  const np = phraseEndingAt(text, from, participleStart);
  return np && /(?:^|\s)with\s+$/i.test(text.slice(Math.max(from, np.start - 6), np.start)) ? np : null;
}

/** The subject of a sentence that opens with a clause of the writer's (not a quotation), read up to its first quotation mark. */
function openingSubject(ctx: Context, sentStart: number, limit: number): Span | null {
  const first = ctx.stretches.find((q) => q.open >= sentStart && q.open < limit);
  const end = first ? first.open : limit;
  if (ctx.text.slice(sentStart, end).trim() === '') return null;
  return speakerSubject(ctx.text, sentStart, end);
}

/** Direct and partial quotes from the quotation-mark stretches. */
function quotedSpeech(ctx: Context): FoundQuote[] {
  const { text, paragraphs, stretches } = ctx;
  const out: FoundQuote[] = [];
  stretches.forEach((s, i) => {
    const para = paragraphs[s.paragraph]!;
    const prev = i > 0 && stretches[i - 1]!.paragraph === s.paragraph ? stretches[i - 1]! : null;
    const next = i + 1 < stretches.length && stretches[i + 1]!.paragraph === s.paragraph ? stretches[i + 1]! : null;
    const prevEnd = prev ? (prev.close ?? prev.end) + 1 : para.start;
    const realSentStart = sentenceStartBefore(text, s.open, para.start);
    const sentStart = Math.max(prevEnd, realSentStart);
    const content = text.slice(s.start, s.end);
    const words = wordCount(content);
    const base = { span: { start: s.start, end: s.end }, paragraph: s.paragraph, inherit: null };

    // A show or a work named after its outlet or a preposition (told ABC’s “Good Morning America,” said on
    // “Meet the Press”): a title, whatever reporting verb is near it.
    if (isTitleLike(content, words) && TITLE_LEAD.test(text.slice(Math.max(sentStart, s.open - 30), s.open))) {
      out.push({ ...base, kind: 'partial', cue: null, source: null, rule: 'scare:title', confidence: 0.3, carry: 'none' });
      return;
    }

    // Cue after the closing mark: “...,” X said / “...,” said X / “...” – he noted.
    const afterStart = s.close !== null ? s.close + 1 : s.end;
    const afterLimit = next ? next.open : para.end;
    const afterEnd = s.close !== null ? sentenceEndAfter(text, afterStart, afterLimit) : afterStart;
    const endsOpen = /[,?!…–—-]$/.test(content) || /^[\s”"’»']*[,–—]/.test(text.slice(afterStart, afterEnd));
    // A quotation closing its own sentence after words of that sentence (‘... said it was “a good first
    // step.”’) has its attribution before it: the next sentence's verb belongs to the next sentence.
    const closesSentenceMidway = /[.!?]$/.test(content) && wordCount(text.slice(realSentStart, s.open)) > 0;
    for (const cue of closesSentenceMidway ? [] : cuesIn(text, afterStart, afterEnd, stretches)) {
      const gap = text.slice(afterStart, cue.start);
      const gapWords = wordCount(gap);
      // “the offer is fair” after Canada agreed: a subordinate clause after the quotation has its own subject and verb.
      if (gapWords > 14 || SUBORDINATE_AFTER_QUOTE.test(gap)) break;
      // ‘Lee said the plan was “a good first step,” but he warned ...’: a quotation inside the writer's clause,
      // then "and"/"but" and a subject of its own: the verb after it opens a coordinated clause, not an attribution.
      if (gapWords > 0 && text.slice(realSentStart, s.open).trim() !== '' && COORDINATED_CLAUSE_AFTER_QUOTE.test(gap)) break;
      // “We are refugees.” Ali said: “...”: after a quotation that closed its sentence, a cue ending in a colon introduces the next one.
      if (/[.!?]$/.test(content) && /^\s*:/.test(text.slice(cue.tailEnd, afterLimit))) break;
      let source: Span | null = null;
      if (gapWords === 0) source = cue.according ? phraseAfter(text, cue.end, afterEnd) : phraseAfter(text, cue.tailEnd, afterEnd, true);
      else source = subjectBefore(text, afterStart, cue.start);
      const tailWords = wordCount(text.slice(cue.tailEnd, afterEnd));
      // “...,” both countries had agreed to: a weak verb behind an auxiliary is the next clause's own verb, not an attribution.
      // "hold 'constructive' talks in Oman, agree to meet": a weak verb words away from a quotation that does not
      // end open is the writer's clause going on, not an attribution.
      const clauseVerb = gapWords > 0 && WEAK_SPEECH_BASES.has(cue.base) && (/\b(?:had|has|have|would|will|could|should|might|may|must)\s+$/i.test(gap) || !endsOpen);
      const plausible = !clauseVerb && (endsOpen ? gapWords <= 14 : gapWords <= 4 && tailWords <= 6);
      if (!plausible || (!source && !(isParticiple(cue.form) && !cue.according))) {
        if (gapWords > 0) break;
        continue;
      }
      // X described the talks as “...,” according to Y: Y is the channel, X the speaker.
      if (cue.according && gapWords === 0 && text.slice(realSentStart, s.open).trim() !== '') {
        const judged = judgementSpeaker(ctx, realSentStart, s.open);
        if (judged) source = judged.source;
      }
      const participle = !cue.according && isParticiple(cue.form) && gapWords === 0;
      // X hailed the vote as “fantastic,” telling reporters ...: the participle hangs on X's clause.
      const subject = participle && text.slice(realSentStart, s.open).trim() !== '' ? judgementSpeaker(ctx, realSentStart, s.open) : null;
      out.push({
        ...base,
        kind: directOrPartial(text, s, sentStart),
        cue: { start: cue.start, end: cue.tailEnd },
        source: subject ? subject.source : participle ? null : source,
        rule: participle ? 'direct:cue-after-participle' : 'direct:cue-after',
        confidence: 0.9,
        carry: participle && !subject ? 'same-sentence' : 'none',
      });
      return;
    }

    // Any past-tense verb after a quote that ends open: “Go back,” Trump barked. / “Great!” beamed Ann Lee.
    const verbAfter = s.close !== null && endsOpen ? verbAfterQuote(text, afterStart, afterEnd) : null;
    if (verbAfter) {
      out.push({ ...base, kind: directOrPartial(text, s, sentStart), cue: verbAfter.cue, source: verbAfter.source, rule: 'direct:verb-after', confidence: 0.8, carry: 'none' });
      return;
    }

    // Cue before the opening mark: X said: “...” / adding: “...” / according to X, “...”.
    const beforeCues = cuesIn(text, sentStart, s.open, stretches);
    const lastCue = lastVerbal(beforeCues);
    const termBefore = TERM_CUE_RE.test(text.slice(Math.max(sentStart, s.open - 40), s.open)) && words <= 4;
    if (lastCue && !termBefore && lightGap(text.slice(lastCue.tailEnd, s.open), lastCue)) {
      // A participle ("adding: “...”") continues the sentence's earlier quote, or else speaks for the sentence's subject.
      const earlierInSentence = prev !== null && (prev.close ?? prev.end) >= realSentStart;
      // "According to X, “...”" opens with an -ing word but is no participle: X is its source.
      const participleCue = isParticiple(lastCue.form) && !/^according\b/.test(lastCue.form);
      const participle = participleCue && earlierInSentence;
      const source = participle ? null : participleCue ? subjectBefore(text, sentStart, lastCue.start) : sourceForCue(ctx, lastCue, sentStart, s.open);
      out.push({
        ...base,
        kind: 'direct',
        cue: { start: lastCue.start, end: lastCue.tailEnd },
        source,
        rule: participle ? 'direct:cue-before-participle' : 'direct:cue-before',
        confidence: 0.9,
        carry: participle || !source ? 'same-sentence' : 'none',
      });
      return;
    }

    // A colon right before the quote and no reporting verb: “Cruz called them on it: “...”” / “Philip Bump: “...””.
    const colonSource = /:\s*$/.test(text.slice(sentStart, s.open)) && !termBefore ? colonLeadSource(text, sentStart, text.lastIndexOf(':', s.open)) : null;
    if (colonSource) {
      out.push({ ...base, kind: 'direct', cue: null, source: colonSource, rule: 'direct:colon-subject', confidence: 0.75, carry: 'none' });
      return;
    }

    // "over her remark that “...”", "his calls to end the “...”": words a noun of saying gives its possessor.
    const possessed = isTitleLike(content, words) ? null : POSSESSED_SAYING.exec(text.slice(Math.max(sentStart, s.open - 90), s.open));
    if (possessed) {
      const ownerWord = possessed[1]!;
      const at = s.open - possessed[0].length + possessed[0].indexOf(ownerWord);
      // "what her business calls “...”": "calls" is the verb of a free relative there, not a noun of saying.
      if (!/(?:^|\s)what\s+$/i.test(text.slice(Math.max(sentStart, at - 6), at))) {
        const bare = /^(?:his|her|their|its)$/i.test(ownerWord) ? ownerWord : ownerWord.replace(/['’]s?$/, '');
        out.push({ ...base, kind: 'partial', cue: null, source: { start: at, end: at + bare.length }, rule: 'partial:possessor', confidence: 0.75, carry: 'none' });
        return;
      }
    }

    // A fragment inside a clause reported by a verb before it, however short (Trump wrote that ... a “FULL AND IMMEDIATE CEASEFIRE.”).
    const namingTerm = NAMING_CUE_RE.test(text.slice(Math.max(sentStart, s.open - 40), s.open)) && words <= 4;
    if (!namingTerm && !(prev && text.slice(realSentStart, s.open).trim() === '')) {
      const attribution = reportedClauseAttribution(ctx, s, realSentStart);
      if (attribution) {
        out.push({ ...base, kind: 'partial', cue: attribution.cue, source: attribution.source, rule: attribution.rule, confidence: 0.75, carry: 'none' });
        return;
      }
    }

    // Scare quotes, nicknames and terms: short, introduced by "called", "so-called", "known as".
    if (termBefore) {
      out.push({ ...base, kind: 'partial', cue: null, source: null, rule: 'scare:term', confidence: 0.3, carry: 'none' });
      return;
    }

    // “A,” X said. “B.”: a quote opening its sentence after an attributed quote of the same paragraph.
    // A quotation closing on a full stop before a capital closes its sentence: the words after it are the next sentence's.
    const closesSentence = s.close !== null && /[.!?…]$/.test(content.trimEnd()) && /^[\s\u00a0]+[\p{Lu}“"‘«']/u.test(text.slice(s.close + 1, s.close + 4));
    const ownSentenceEnd = s.close === null ? s.end : closesSentence ? s.close + 1 : sentenceEndAfter(text, s.close + 1, next ? next.open : para.end);
    if (prev && text.slice(realSentStart, s.open).trim() === '' && cuesIn(text, s.close !== null ? s.close + 1 : s.end, ownSentenceEnd, stretches).length === 0 && words >= 3) {
      out.push({ ...base, kind: 'direct', cue: null, source: null, rule: 'direct:carry-same-paragraph', confidence: 0.75, carry: 'previous' });
      return;
    }

    // Titles of works, shows and slogans ("Morning Joe", "Contract with America"), handles and numbers: not speech.
    if (isTitleLike(content, words)) {
      out.push({ ...base, kind: 'partial', cue: null, source: null, rule: 'scare:title', confidence: 0.3, carry: 'none' });
      return;
    }

    // A cue elsewhere in the sentence: a fragment inside reported speech (Trump said it would be “destructive”).
    const earlierCues = cuesIn(text, realSentStart, s.open, stretches);
    const sentenceCues = [...earlierCues, ...cuesIn(text, afterStart, ownSentenceEnd, stretches)];
    let nearest: (typeof sentenceCues)[number] | undefined = lastVerbal(earlierCues) ?? sentenceCues[0];
    // A headline's "hold “constructive” talks, agree to meet": a weak verb after the fragment is the headline's own verb.
    const headline = /^(?:title|heading)$/.test(ctx.sentences[sentenceIndexAt(ctx.sentences, s.open)]?.zone ?? '');
    if (headline && nearest && nearest.start > s.open && WEAK_SPEECH_BASES.has(nearest.base)) nearest = undefined;
    let sentEnd = ownSentenceEnd;
    let borrowed = false;
    if (!nearest && closesSentence) {
      // ‘Sanders is not the first to call it “moaning.” And when a man tells ...’: a fragment closing a sentence
      // with no cue, when the next sentence has one, speaks for its own sentence's subject; only a sentence with
      // no subject borrows the next one's cue. (With no cue in either, it is left to the rules below.)
      sentEnd = sentenceEndAfter(text, s.close! + 1, next ? next.open : para.end);
      // ‘“... We could not ask for better.” That was the verdict of Joyce Lee, ...’: the next sentence says whose words they were.
      const verdict = speakerSubject(text, sentStart, s.open) ? null : VERDICT_OF.exec(text.slice(afterStart, sentEnd));
      const judge = verdict ? phraseAfter(text, afterStart + verdict[0].length, sentEnd) : null;
      if (judge) {
        out.push({ ...base, kind: directOrPartial(text, s, sentStart), cue: null, source: judge, rule: 'direct:verdict-after', confidence: 0.7, carry: 'none' });
        return;
      }
      nearest = cuesIn(text, afterStart, sentEnd, stretches)[0];
      borrowed = !!nearest;
      const subject = nearest ? speakerSubject(text, sentStart, s.open) : null;
      if (subject) {
        out.push({ ...base, kind: 'partial', cue: null, source: subject, rule: 'partial:sentence-subject', confidence: 0.55, carry: 'none' });
        return;
      }
    }
    if (nearest) {
      const participle = isParticiple(nearest.form) && !/^according\b/.test(nearest.form);
      const clauseEnd = nearest.start < s.open ? s.open : sentEnd;
      const before = stretches.filter((q) => q.paragraph === s.paragraph && (q.close ?? q.end) < nearest.start).at(-1);
      const clauseStart = nearest.start < s.open ? Math.max(realSentStart, before ? (before.close ?? before.end) + 1 : realSentStart) : afterStart;
      // A participle ("..., Anderson said, adding that") speaks for the subject of the clause it hangs on, read after any earlier quote.
      // A cue borrowed from the next sentence ("Helena Strand, chair of ..., was responding to ...") hangs on that sentence's subject.
      let source = participle ? (absoluteSubject(text, clauseStart, nearest.start) ?? subjectBefore(text, nearest.start < s.open || borrowed ? clauseStart : realSentStart, nearest.start)) : sourceForCue(ctx, nearest, clauseStart, clauseEnd);
      // "He has called China “A,” accusing it of “B”": a participle after an earlier quotation speaks for the
      // subject of the clause that opens the sentence, read before its first quotation.
      if (!source && participle) source = openingSubject(ctx, realSentStart, s.open);
      out.push({
        ...base,
        kind: directOrPartial(text, s, sentStart) === 'direct' && words >= 6 ? 'direct' : 'partial',
        cue: { start: nearest.start, end: nearest.tailEnd },
        source,
        rule: 'partial:cue-in-sentence',
        confidence: source ? 0.75 : 0.55,
        carry: source ? 'none' : 'same-sentence',
      });
      return;
    }

    // No cue: a quote that opens its paragraph (or continues one) takes the previous speaker.
    const opensParagraph = s.open === para.start || s.continuation || text.slice(para.start, s.open).trim() === '';
    if (opensParagraph && words >= 3) {
      out.push({ ...base, kind: 'direct', cue: null, source: null, rule: 'direct:carry', confidence: 0.7, carry: 'previous' });
      return;
    }
    if (prev && words >= 3 && /^[\s,;:–—-]*$/.test(text.slice((prev.close ?? prev.end) + 1, s.open).replace(/[”"’]/g, ''))) {
      out.push({ ...base, kind: 'direct', cue: null, source: null, rule: 'direct:carry-same-paragraph', confidence: 0.7, carry: 'same-sentence' });
      return;
    }
    if (words <= 3) {
      out.push({ ...base, kind: 'partial', cue: null, source: null, rule: 'scare:no-cue', confidence: 0.3, carry: 'none' });
      return;
    }
    // "The party has been reluctant, but Hartwig has not ruled out borrowing “...”": the fragment sits in the
    // last coordinated clause, whose own subject holds it.
    const subject = lastClauseSubject(text, sentStart, s.open) ?? speakerSubject(text, sentStart, s.open);
    if (subject) {
      out.push({ ...base, kind: directOrPartial(text, s, sentStart), cue: null, source: subject, rule: 'partial:sentence-subject', confidence: 0.55, carry: 'none' });
      return;
    }
    // ‘Lee distanced himself from the group. “I will support him.”’: a quotation opening its sentence inside a
    // paragraph, with no cue, speaks for the sentence before: its attributed quotation's speaker, else its subject.
    if (realSentStart > para.start && OPENING_CONNECTIVE.test(text.slice(realSentStart, s.open))) {
      const prevStart = sentenceStartBefore(text, realSentStart - 1, para.start);
      const prevQuotes = out.filter((p) => p.span.start >= prevStart && p.span.end <= realSentStart);
      if (prevQuotes.some((p) => p.source !== null && p.confidence >= 0.5)) {
        out.push({ ...base, kind: 'direct', cue: null, source: null, rule: 'direct:carry-previous-sentence', confidence: 0.6, carry: 'previous' });
        return;
      }
      const prevSubject = prevQuotes.length === 0 && !/\?\s*$/.test(text.slice(prevStart, realSentStart)) ? closingAttribution(text, prevStart, realSentStart, stretches) ?? cleanSubject(text, speakerSubject(text, prevStart, realSentStart)) : null;
      if (prevSubject) {
        out.push({ ...base, kind: directOrPartial(text, s, sentStart), cue: null, source: prevSubject, rule: 'direct:previous-subject', confidence: 0.55, carry: 'none' });
        return;
      }
    }
    out.push({ ...base, kind: directOrPartial(text, s, sentStart), cue: null, source: null, rule: 'unattributed', confidence: 0.5, carry: 'none' });
  });
  return out;
}

/** Where a coordinated clause with a subject of its own begins: ", but", "; and", ", while". */
const CLAUSE_BREAK = /(?:,\s*(?:but|while|whereas|yet)|;\s*(?:but|and)?)\s+/gu;

/** The subject of the last clause coordinated before `open` ("..., but Hartwig has not ruled out"), or null when there is none. */
function lastClauseSubject(text: string, sentStart: number, open: number): Span | null {
  let from = -1;
  CLAUSE_BREAK.lastIndex = 0;
  const lead = text.slice(sentStart, open);
  for (let m = CLAUSE_BREAK.exec(lead); m; m = CLAUSE_BREAK.exec(lead)) from = sentStart + m.index + m[0].length;
  return from > sentStart ? speakerSubject(text, from, open) : null;
}

/** "That was the verdict of", "This was the response from": the sentence after a quotation naming whose words it was. */
const VERDICT_OF = /^\s*(?:That|This|Such|Those|These)\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:the\s+|one\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:verdict|view|reaction|response|assessment|message|warning|words?|opinion|judge?ment|conclusion|argument|position|answer|reply|take|plea|complaint|prediction|promise|pledge|appeal|retort|comment|remarks?)\s+(?:of|from)\s+/u;

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as', 'vs']);

/**
 * The attribution of a fragment quoted inside a reported clause: the last verb before it in the sentence
 * that can report by itself (a participle hangs on the verb before it: "..., he said, adding that ..."),
 * or else a verb of judging ("X called it “...”"). Null when neither has a speaker.
 */
function reportedClauseAttribution(ctx: Context, s: QuotedStretch, sentStart: number): { cue: Span; source: Span; rule: string } | null {
  const { text, stretches } = ctx;
  const earlier = cuesIn(text, sentStart, s.open, stretches);
  // A form read as a noun ("swing state", "her remark") attributes nothing here; the writer's clause may still be judged below.
  const capable = earlier.filter((c) => !c.nominal && reportingCapable(text, c, s.open));
  const cue = lastVerbal(capable);
  // "X signalled that ..., but Y called the tax “...”": a verb of judging whose own subject opens a clause after the
  // reporting verb's speaks for the fragments after it.
  // (Read only when such a clause follows the verb: most fragments have none, and the judging verbs would be looked for in vain.)
  const laterJudged = cue && LATER_CLAUSE.test(text.slice(cue.tailEnd, s.open)) ? judgementSpeaker(ctx, sentStart, s.open) : null;
  if (laterJudged && laterJudged.source.start > cue!.tailEnd && LATER_CLAUSE.test(text.slice(cue!.tailEnd, laterJudged.source.start))) return { cue: laterJudged.verb, source: laterJudged.source, rule: 'partial:judgement' };
  if (cue) {
    const before = stretches.filter((q) => q.paragraph === s.paragraph && (q.close ?? q.end) < cue.start && (q.close ?? q.end) >= sentStart).at(-1);
    const clauseStart = before ? (before.close ?? before.end) + 1 : sentStart;
    let source: Span | null = null;
    if (isParticiple(cue.form) && !cue.according) {
      source = absoluteSubject(text, clauseStart, cue.start);
      const host = earlier.filter((c) => c.end <= cue.start && !isParticiple(c.form)).at(-1);
      if (!source && host && /^\s*,\s*$/.test(text.slice(host.tailEnd, cue.start))) source = subjectJustBefore(text, clauseStart, host.start) ?? phraseAfter(text, host.tailEnd, cue.start);
      source ??= subjectBefore(text, clauseStart, cue.start);
    } else {
      source = sourceForCue(ctx, cue, clauseStart, s.open, sentStart);
    }
    const outer = source ? outerReporter(ctx, earlier, cue, source, sentStart, s.open) : null;
    if (outer) return { ...outer, rule: 'partial:reported-clause' };
    if (source) return { cue: { start: cue.start, end: cue.tailEnd }, source, rule: 'partial:reported-clause' };
  }
  const judged = judgementSpeaker(ctx, sentStart, s.open);
  return judged ? { cue: judged.verb, source: judged.source, rule: 'partial:judgement' } : null;
}

/** A coordinated clause opening after a reporting verb: ", but", ", while", "; ". */
const LATER_CLAUSE = /,\s*(?:but|while|whereas|yet)\s|;\s/u;

/** Verbs whose subject's words a fragment in their clause may be, however deep: speaking, not deciding. */
const SAYING_BASES = new Set(['say', 'tell', 'add', 'call', 'describe', 'warn', 'insist', 'argue', 'claim', 'write', 'declare', 'announce', 'brand', 'dub', 'term', 'label']);

/**
 * "Ann Lee said Example states would not accept a treaty “that ...”": a fragment under a verb of deciding
 * ("accept", "reject") inside the clause a speaker reports is that speaker's wording, not the clause subject's.
 * Returns the reporting speaker's cue and source, or null when the inner verb is itself one of saying.
 */
function outerReporter(ctx: Context, earlier: readonly Cue[], inner: Cue, innerSource: Span, sentStart: number, limit: number): { cue: Span; source: Span } | null {
  if (SAYING_BASES.has(inner.base)) return null;
  const outer = earlier.filter((c) => !c.nominal && !c.according && !isParticiple(c.form) && (c.base === 'say' || c.base === 'tell') && c.tailEnd <= innerSource.start).at(-1);
  if (!outer || !/^\s+(?:that\s+)?$/.test(ctx.text.slice(outer.tailEnd, innerSource.start))) return null;
  const source = sourceForCue(ctx, outer, sentStart, limit, sentStart);
  return source && source.end <= outer.start ? { cue: { start: outer.start, end: outer.tailEnd }, source } : null;
}

/** The speaker of an attribution closing a sentence ("..., he said." / "..., said Ann Lee, an analyst."), or null. */
function closingAttribution(text: string, from: number, to: number, stretches: readonly QuotedStretch[]): Span | null {
  const cue = cuesIn(text, from, to, stretches).filter((c) => !c.nominal).at(-1);
  if (!cue || wordCount(text.slice(cue.tailEnd, to)) > 8) return null;
  if (cue.according) return withoutWitness(text, phraseAfter(text, cue.end, to));
  // An inverted verb ("..., said Ann Lee") follows a comma or a closing mark; any other has its subject before it.
  const inverted = /[,”"’»]\s*$/.test(text.slice(from, cue.start));
  return phraseEndingAt(text, from, cue.start) ?? subjectJustBefore(text, from, cue.start) ?? (inverted ? phraseAfter(text, cue.tailEnd, to) : null) ?? subjectBefore(text, from, cue.start);
}

/** A subject that is a noun phrase, not a clause the phrase reader let through ("Trump isn't a conservative"). */
function cleanSubject(text: string, subject: Span | null): Span | null {
  if (!subject) return null;
  const toks = tokens(text, subject.start, subject.end);
  return toks.length <= 6 && !toks.some((t) => /n['’]t$/i.test(t.word)) ? subject : null;
}

/** A possessor, at most two modifiers and a noun of saying right before a quotation ("her March comment that, “", "Lee’s call for a “"). */
const POSSESSED_SAYING = /(?:^|[^\p{L}])(his|her|their|its|\p{Lu}[\p{L}.'’-]*['’]s?)\s+(?:[\p{Ll}\p{Lu}][\p{Ll}-]*\s+){0,2}?(?:remarks?|comments?|claims?|calls?|statements?|demands?|promises?|pledges?|vows?|warnings?|words|tweets?|slogan|catch\s?phrase|assertions?|insistence|declarations?)(?:\s+(?:that|for|to\s+\p{Ll}+(?:\s+the)?|of))?[\s,:—–-]*(?:an?\s+|the\s+)?$/u;

/** What may open a sentence before its quotation for the quotation still to open it: nothing, or one connective ("But “...”"). */
const OPENING_CONNECTIVE = /^\s*(?:(?:but|and|so|yet|now|still|specifically|instead|rather|then|also|again|indeed|later|finally)\b,?\s*)?$/i;

/** "..., but he also warned", "... and Ms. Reyes added": a conjunction then a new subject after a closing mark. */
const COORDINATED_CLAUSE_AFTER_QUOTE = /^[\s”"’»',]*(?:(?:for\s+(?:instance|example)|too|however|meanwhile|in\s+turn|in\s+contrast|by\s+contrast)\s*,\s*)?(?:and|but|yet|while|whereas)\s+(?!(?:then|also|later|again|so|added|said|says|adds|noted|continued|went\s+on)\b)\S/i;

/** Short Title Case stretches, URLs, handles and bare numbers. */
const SUBORDINATE_AFTER_QUOTE = /^[\s”"’»']*(?:,\s*)?(?:even\s+)?(?:after|before|because|since|until|unless|when|whenever|while|although|though|once|if|as\s+soon\s+as)\s/i;

/** Right before a title: a proper name's possessive ("ABC’s", "Fox News’") or a preposition ("on", "in"). */
const TITLE_LEAD = /(?:\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s|s['’])|(?<![\p{L}])(?:on|in|of))\s*$/u;

function isTitleLike(content: string, words: number): boolean {
  if (!/\p{L}{2}/u.test(content) || /^\S*(?:\.com|\.org|https?:|@|#)\S*$/i.test(content.trim())) return true;
  if (words > 6) return false;
  const ws = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const content_ = ws.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  return content_.length >= 1 && ws.length >= 2 && content_.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && /^[\p{Lu}\p{N}]/u.test(ws[0]!);
}

/** Direct when the stretch opens its sentence or follows punctuation; partial when it sits inside the writer's clause. */
function directOrPartial(text: string, s: QuotedStretch, sentStart: number): QuoteKind {
  // "STOCKHOLM (Reuters) - “...”": a dateline is no words of the sentence.
  const lead = text.slice(Math.min(s.open, afterDateline(text, sentStart, s.open + 1)), s.open).trim();
  if (lead === '' || /[:,–—]$/.test(lead)) return 'direct';
  return 'partial';
}

const CLAUSE_START_OK = /^(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Tt]here|[Tt]his|[Tt]hese|[Tt]hose|[Tt]he|[Aa]|[Aa]n|[Aa]ny|[Nn]o|[Ss]ome|[Aa]ll|[Bb]oth|[Ee]ach|[Ee]very|[Ss]uch|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[\p{Lu}\d])/u;
/**
 * Where a reported clause ends early: a participle of saying or a new "but" clause hung on the main clause,
 * a relative "which", a second attribution, a semicolon, or a temporal/causal clause with its own pronoun
 * subject ("... after he met ..."). Other participles and "but never ..." stay inside: on PolNeAR the
 * reported content runs through them ("was motivated, looking to the primary").
 */
/** Reporting verbs whose reappearance after "and"/"but" opens a second attribution ("... and said ...", "..., and three-quarters said ..."). */
const SECOND_REPORT = '(?:said|says|say|told|tells|added|adds|argued|argues|noted|notes|insisted|insists|warned|warns|predicted|predicts|acknowledged|acknowledges|conceded|concedes|claimed|claims|stressed|stresses|suggested|suggests|believes?|believed|thinks?|thought|calls?|called|accused|accuses|urged|urges|vowed|vows|promised|promises|pledged|pledges|denied|denies|blamed|blames|criticized|criticised|praised|demanded|demands)';
const CONTENT_STOP = new RegExp(String.raw`,\s+(?:(?:saying|adding|noting|arguing|insisting|claiming|warning|stressing|explaining|citing|referring|calling|urging|stating|asking|telling|suggesting|pointing)|but(?!\s+(?:never|not|only|also|rather|still|even|always|often|perhaps|possibly|probably)\b)|while|although|though|whereas|which|according|with|said|says|told|added|adds)\b|;|\s+(?:after|before)\s+(?=(?:he|she|they|we|I)\s)|,\s+compared\s+(?:with|to)\s|\s+but\s+(?:did|does|do|would|could|has|have|had|was|is)(?:\s+not|n['’]t)\s|\s+(?:but|and)\s+(?:declined|refused|thanked)\b|,\s+and\s+(?:has|have|had)\s+(?:also\s+|since\s+|long\s+)?[a-z]+ed\b|,\s+(?:[\p{L}\p{N}'’.-]+\s+){1,5}(?:said|say|says|told\s+[\p{L}.'’-]+)(?:\s+(?:on|in|at|late|early|last|this)?\s*[\p{L}\d]+){0,3}\s*[.!]?\s*$|,?\s+(?:and|but|while|whereas)\s+(?:[\p{L}\p{N}'’.-]+,?\s+){0,10}?(?:then\s+|also\s+|later\s+|again\s+)?(?<!\b(?:the|a|an|its|his|her|their|our|my|your|these|those|this|of|whose|such|new|many|some|any|no|to)\s)${SECOND_REPORT}\b`, 'u');
const LEAD_ADVERBIAL = /^(?:(?:on|in|at|during|throughout|amid|last|this|late|early|earlier|later|again|also|repeatedly|publicly|previously|recently|separately|once|often|then|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[\s,]*(?:(?:the|a|an|this|last|next|early|late)\s+)?(?:[\p{L}\d]+\s*){0,2}?[\s,]*)+(?=that\b|[,]|\s)/iu;

const CONTENT_STOP_ALL = new RegExp(CONTENT_STOP.source, 'gu');
/** "... had proposed A and had again urged B": a reporting verb behind the same backshifted auxiliary as the content's own verb is the content's second conjunct. */
const PARALLEL_CONJUNCT = new RegExp(String.raw`^,?\s+(?:and|but)\s+(had|would|could)\s+(?:[\p{Ll}]+\s+)?${SECOND_REPORT}$`, 'u');
/** "..., though it might accept B": a concession whose verb is backshifted as the report's is goes on reporting. */
const BACKSHIFTED_CONCESSION = /^\s+(?:he|she|it|they|we|I|\p{Lu}[\p{L}'’-]+)\s+(?:would|could|might|should)\b/u;

/** After a relative clause's words, a comma and a lower-case verb (no article, conjunction or preposition): the main clause's predicate. */
const SUBJECT_VERB_AFTER_RELATIVE = /^[^;:"“”]*?,\s+(?!(?:and|but|or|nor|the|a|an|which|who|whom|whose|that|this|these|those|his|her|its|their|to|of|in|on|at|for|with|by|from|as|including|according|said|says|told|saying|adding)\b)\p{Ll}[\p{Ll}'’-]*\s+\S/u;

/**
 * "talks that both sides said would hold", "a deal which officials say will last": inside a relative clause the
 * one who says is the short phrase between the relative pronoun and the verb, not the sentence's subject.
 */
const RELATIVE_REPORTER = /(?<![\p{L}])(?:that|which)\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+)\s*$/u;
function relativeClauseSubject(text: string, from: number, cueStart: number): Span | null {
  const m = RELATIVE_REPORTER.exec(text.slice(from, cueStart));
  if (!m || /^(?:is|was|are|were|has|had|have|will|would|it|this)\b/i.test(m[1]!)) return null;
  // "which in February had threatened": the pronoun is the subject; an adverbial and an auxiliary follow it.
  if (/^(?:in|on|at|during|since|last|earlier|later|then|also|still|once|previously|already)\b|\b(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must)$/i.test(m[1]!)) return null;
  const start = from + m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
  return trimSpan(text, start, start + m[1]!.length);
}

/** After ", which": a verb of the writer's comment ("which surprised", "which makes him"), or a reporter of its own within a few words. */
const WRITER_RELATIVE = new RegExp(String.raw`^\s+(?:(?:also\s+)?(?:[a-z]{3,}ed|[a-z]{2,}(?<![su]s|ha|wa)s|drew|made|came|took|left|brought|sent|set|led|meant|gave|won|lost|became|began)\b|(?:[\p{L}\p{N}'’.-]+\s+){0,4}${SECOND_REPORT}\b)`, 'u');
/** Where a reported clause's content stops (an index into `str`), or -1. */
function contentStop(str: string): number {
  CONTENT_STOP_ALL.lastIndex = 0;
  for (let m = CONTENT_STOP_ALL.exec(str); m; m = CONTENT_STOP_ALL.exec(str)) {
    const head = str.slice(0, m.index);
    const parallel = PARALLEL_CONJUNCT.exec(m[0]);
    if (parallel && new RegExp(String.raw`\b${parallel[1]}\b`).test(head)) continue;
    if (/^,\s+(?:though|although)$/.test(m[0]) && BACKSHIFTED_CONCESSION.test(str.slice(m.index + m[0].length))) continue;
    // "The deal with X, which bargains for A, B and C, requires ...": a relative clause inside a subject that has
    // no verb yet is closed by the comma before the subject's verb; the report goes on past it.
    // "A, and that a veterinary agreement, which would remove checks, would depend on ...": the subject is the one
    // the last "that" opens.
    const lastThat = /^[\s\S]*\bthat\s+/.exec(head);
    const subjectHead = lastThat ? head.slice(lastThat[0].length) : head;
    if (/^,\s+which$/.test(m[0]) && !finiteNearStart(subjectHead) && SUBJECT_VERB_AFTER_RELATIVE.test(str.slice(m.index + m[0].length))) continue;
    // "a task force, which would include the army, to ...", "interviews, which she was giving when ...": a relative
    // clause on a noun of the report goes on reporting; one that comments on the whole report in the writer's past
    // tense ("..., which surprised the mediators") or names another reporter ("..., which analysts said ...") does not.
    if (/^,\s+which$/.test(m[0]) && !WRITER_RELATIVE.test(str.slice(m.index + m[0].length))) continue;
    return m.index;
  }
  return -1;
}

/** Trims a reported clause: drop a trailing period or mark, stop before an appended participle or "but" clause. */
function contentSpan(text: string, start: number, end: number, minWords = 3): Span | null {
  // "say that, in addition to A, B": the comma after "that" opens an aside inside the content, not the content.
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  let s = trimSpan(text, start, end);
  const str = text.slice(s.start, s.end);
  const stop = contentStop(str);
  if (stop >= 0 && wordCount(str.slice(0, stop)) >= 4) s = { start: s.start, end: s.start + stop };
  let e = s.end;
  while (e > s.start && /[\s.,;:!?”"’»–—-]/.test(text[e - 1]!)) e--;
  // 'the reform was "a one-off and not a blank cheque".': a quotation the clause opens, it closes.
  const inner = text.slice(s.start, e);
  const opens = (inner.match(/[“"]/g) ?? []).length - (inner.match(/”/g) ?? []).length;
  const straight = (inner.match(/"/g) ?? []).length;
  const close = text.slice(e, s.end).search(/[”"]/);
  if (close >= 0 && (straight % 2 === 1 || (opens > 0 && /“/.test(inner) && !/"/.test(inner)))) e += close + 1;
  s = trimSpan(text, s.start, e);
  return wordCount(text.slice(s.start, s.end)) >= minWords ? s : null;
}

/** A time phrase between a verb and a zero-"that" clause ("said on Thursday it would ..."). */
const TIME_LEAD = /^(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|(?:last|this)\s+(?:week|month|year|night|weekend|morning|evening|afternoon))(?:\s+(?:morning|evening|afternoon|night))?\s*,?\s+/iu;
/** A reporting verb coordinated with an earlier verb of the same subject ("... called it X and said ..."). */
const COORDINATED_BEFORE = /(?:^|[\s,])(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$/i;
/** A finite verb or auxiliary within the first words of a stretch: what makes it a clause rather than a phrase. */
const FINITE_NEAR_START = /^(?:[^\s,;]+\s+){0,9}?(?:is|are|was|were|will|would|could|cannot|can|may|might|must|should|shall|has|have|had|did|does|do|needs|remains?|remained|it’s|it's|he’s|he's|she’s|she's|they’re|they're|[a-z]+ed|lost|won|made|took|gave|got|went|came|saw|knew|left|kept|held|brought|sent|spent|built|paid|met|ran|became|began|fell|felt|led|meant|sold|stood|wrote|chose|rose|broke|fought|sought|thought|told|said|bought|caught|taught|found|understood|drove|grew|hid|hung|lent|rode|rang|sank|slept|spoke|struck|swore|threw|wore|withdrew|woke|forgot|overcame|undertook|upheld|withheld|bore|drew|shot|dealt)\b/;
/**
 * A finite verb that FINITE_NEAR_START misses: a negated auxiliary ("shouldn't", "isn’t"), a pronoun with a
 * clitic auxiliary ("he'd", "they’ll"), a present-tense verb right after a nominative pronoun or a name
 * ("Trump deserves", "they want"). Zero-"that" clauses need one of these within their first words.
 */
const FINITE_CLITIC = /^(?:[^\s,;]+\s+){0,9}?(?:[a-z]+n['’]t\b|(?:i|he|she|it|we|they|you|who|there|that)['’](?:d|ll|ve|re|s|m)\b)|^(?:(?:he|she|it|who)\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+|never\s+)?[a-z]{2,}s\b|(?:i|we|they|you)\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+|never\s+)?(?!to\b|the\b|a\b|an\b|and\b|or\b|of\b|in\b|on\b|at\b|all\b|both\b)[a-z]{2,}\b)/i;
const FINITE_AFTER_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:[a-z]+ly\s+|also\s+|still\s+|now\s+|never\s+)?[a-z]{3,}(?<!ss|us|is)s\b/u;
/**
 * A present-tense verb that takes a plural or coordinated subject ("strategists plan to", "he and Trump
 * differ on"): only after a word that is not a determiner or preposition, so "the plan" and "in support" stay nouns.
 */
const PRESENT_AFTER_SUBJECT =
  /^(?:[^\s,;]+\s+){1,9}?(?<!(?:^|\s)(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|to|of|for|in|on|at|by|with|from|no|any|some|every|each|and|or)\s)(?:plan|want|need|intend|expect|hope|seem|appear|deserve|differ|agree|disagree|support|oppose|believe|know|feel|prefer|favor|favour|remain|continue|lack|owe|understand|fear|worry|cast|shut|quit|spread|end|go|come|make|take|get|see|think|vote|tend|keep|give)\b/i;
const finiteNearStart = (s: string) => FINITE_NEAR_START.test(s) || FINITE_CLITIC.test(s) || FINITE_AFTER_NAME.test(s) || PRESENT_AFTER_SUBJECT.test(s);
/**
 * After "say" (the reporting verb par excellence) a zero-"that" clause may open with a long subject
 * ("says the latest polls showing him far behind are wrong"): the finite verb may come later.
 */
const FINITE_LATE = /^(?:[^\s;]+\s+){0,15}?(?:is|are|was|were|will|would|could|can|may|might|must|should|shall|has|have|had|did|does|[a-z]+n['’]t|[a-z]{3,}ed)\b/;
/**
 * After "say", a plural subject with a determiner and a present-tense verb of any kind ("saying its forces
 * act only in self-defence"): the verb is a bare word after a noun in -s, not a preposition or article.
 */
const PLURAL_SUBJECT_PRESENT =
  /^(?:its|their|his|her|our|the|these|those|both|all)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]{2,}s\s+(?:(?:only|also|still|now|never|not|always|often)\s+|[a-z]+ly\s+)?(?!(?:of|in|on|at|to|for|with|and|or|but|by|from|as|that|which|who|whose|the|a|an|is|was)\b)[a-z]{2,}(?<![^s]s)\s/u;
/** LOWER_CLAUSE_START with a longer subject, for "say" only ("said violent threats and the spread of abuse had ..."). */
const LOWER_CLAUSE_START_LONG = /^(?!(?:to|of|for|about|with|in|on|at|by|from|so|that|what|how|why|when|whether|if|goodbye|hello|nothing|little|yes|no|as|while|because|although|though|since|which|who|whom|whose|and|but|or|is|are|was|were|will|would|could|can|has|have|had|do|does|did)\b)[a-z\d][\p{L}\d'’-]*(?:\s+(?!that\b|to\b)[\p{L}\d][\p{L}\d'’.-]*){0,12}?\s+(?:is|are|was|were|will|would|could|can|cannot|may|might|must|should|has|have|had|did|does|[a-z]{3,}ed|saw|knew|made|took|gave|got|went|came|left|kept|held|told|found|thought|felt|led|lost|won|paid|met|ran|became|began|fell|sent|spent|built|brought|sold|stood|wrote|chose|rose|broke|fought|sought)\b/u;
/**
 * After "say", a present-tense verb in -s with its object right after it ("says Clinton's lead obscures the
 * gaps", "said parents still want new schools"): a noun in -s is followed by a preposition or a verb,
 * rarely by a determiner or an object pronoun, and never after an adverb.
 */
const PRESENT_WITH_OBJECT = /^(?:[^\s;,]+\s+){1,8}?(?<!(?:^|\s)(?:the|a|an|to|of|for|in|on|at|by|with|from|his|her|its|their|our|my|your|this|these|those|and|or|many|some|several|all|both|few)\s)(?:(?:still|also|now|often|never|only|always|\p{Ll}+ly)\s+(?:[a-z]{3,}s|want|need|support|oppose|believe|know|fear)\s+[\p{L}\d]|(?:[a-z]{3,}s|want|need|support|oppose|believe|know|fear)\s+(?:the|a|an|his|her|its|their|our|no|more|it|them|him|us|this|these|those)\b|(?<=[a-z]{2}[^s\s']\s)[a-z]{3,}s(?<![su]s)\s+[a-z]{3,}\s)/u;
/** A prepositional phrase of up to a dozen words between a reporting verb and its "that" (which is kept at the end of the match). */
const PP_BEFORE_THAT = /^\s*(?:in|on|at|during|throughout|amid|across|to|with|before|after|from|last|this|earlier|late|early|over|via|through)\b(?:\s+[\p{L}\p{N}.'’&-]+){1,12}?\s+that\s+/u;
const thatOnlyForm = (cue: Cue) => !SPEECH_VERB_FORMS.has(cue.form);
/** ", who advised the campaign." / ", a crowdfunding website.": a relative clause or a verbless appositive closing the sentence. */
function closingAppositive(rest: string): boolean {
  const m = /^\s*,\s*(?:(who|which|whose)|a|an|the)\s([^;]*)$/.exec(rest);
  return m !== null && (m[1] !== undefined || !finiteNearStart(m[2]!));
}

/** What may precede a sentence-leading "according to": a bracket, a connective, or a clause ending in a colon. */
const ACCORDING_LEAD = /^\s*(?:\(|(?:and|but|yet|so|still|also|however|meanwhile|in\s+addition|moreover|indeed)\s*,?|[^:“”"]{1,120}[^\d\s]:\s)\s*$/i;
/** A sentence opening with a subordinator whose clause holds the reporting verb ("While Ramos said ..."). */
const SUBORDINATE_LEAD = /^\s*(?:[\p{L}\d]+\s+){0,2}?(?:while|although|though|even\s+though|whereas|because|since|if|as|when|after|before|once)\s+[^,;]*$/iu;
/** Weak verbs that may report a zero-"that" clause opened by a pronoun subject. */
const WEAK_ZERO_THAT_BASES = new Set(['announce', 'report', 'confirm', 'deny', 'reveal', 'disclose', 'predict', 'tell', 'promise', 'pledge', 'vow', 'threaten', 'agree', 'respond', 'reply', 'recall', 'observe', 'estimate', 'inform', 'signal', 'hint', 'warn', 'acknowledge', 'maintain', 'underline', 'underscore', 'comment', 'forecast']);
const PRONOUN_CLAUSE = /^(?:he|she|they|we|I|it)(?:['’](?:d|ll|s|re|ve))?\s+(?:(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|did|does|do|never|not|also|still|already)\b|[a-z]+(?:ed|n['’]t)\b)/;
/** A conditional or temporal clause heading a zero-"that" report ("said if elected he would ..."). */
const CONDITIONAL_CLAUSE = /^(?:if|when|once|unless|as\s+long\s+as)\s+[^.;]{3,80}?\b(?:he|she|they|we|I|it|you)\s+(?:would|will|could|can|might|may|should|must|won['’]t|wouldn['’]t|couldn['’]t)\b/;
/**
 * "said as he entered the talks", "said after the meeting broke up": a temporal clause right after the verb tells
 * when it was said, not what ("as many as 300 people died" is a quantity, and stays a clause).
 */
const SAID_WHEN = /^(?:after|before|while|until|as(?!\s+(?:many|much|few|little|long|well|far|soon|of|a|an|the|part|such|high|low|recently|early|late)\b))\s/i;
/** "after the convention ", "before the vote ": a time phrase of a few words up to a personal pronoun. */
const TIME_PHRASE_BEFORE_PRONOUN = /^\s*(?:after|before|since|until|during)\s+(?:[\p{L}\d'’.-]+\s+){1,3}?(?=(?:he|she|they|we|I|it)\s)/u;
/** A lower-case noun opening a zero-"that" clause: an auxiliary or past verb must follow within two words ("said members had voted", "said about 20 people have ..."). */
const LOWER_CLAUSE_START = /^(?!(?:to|of|for|about(?!\s+\d)|with|in|on|at|by|from|so|that|what|how|why|when|whether|if|goodbye|hello|nothing|little|yes|no)\b)[a-z\d][\p{L}\d'’-]*(?:\s+(?!that\b|to\b)[\p{L}\d][\p{L}\d'’.-]*){0,5}?\s+(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|did|does|needed|needs|wanted|wants|remained|remains|[a-z]+ed|[a-z]+n['’]t)\b/u;

/**
 * "according to a new poll", "according to court records": after "according to" any noun phrase of up
 * to twenty words is the source, named or not; it runs to the next comma or the sentence's end.
 */
function accordingObject(text: string, from: number, to: number): Span | null {
  const m = /^\s+([\p{L}\d][\p{L}\p{N}'’.&/-]*(?:\s+[\p{L}\p{N}'’.&/-]+){0,19}?)(?=\s*(?:[,;:]|[.!?]?\s*$))/u.exec(text.slice(from, to));
  if (!m || /^(?:to|that|which|who|whom|what|how|it)$/i.test(m[1]!.split(/\s/)[0]!)) return null;
  const start = from + m[0].length - m[1]!.length;
  return trimSpan(text, start, start + m[1]!.replace(/[.]$/, '').length);
}

/** The clause after an interrupting attribution opens with its subject, not a verb, a subordinator or a coordinator. */
const INTERRUPTED_CLAUSE =
  /^(?!(?:as|which|who|whom|whose|when|while|where|because|if|although|though|since|after|before|until|unless|and|but|or|nor|so|then|even|too|not|to|was|were|is|are|be|been|will|would|has|had|have|can|could|should|may|might|must|did|does|do|including|according)\b)(?![a-z]+(?:ed|ing)\b)[\p{L}\d]/iu;
/**
 * Where a complement's content ends: at a second predicate of the subject ("..., and tried to ...", "... and said
 * ...", "... but also had to ..."), at an "as" clause or a participle set off after the object ("cited the
 * audit, as he did again ...", "cited the figure, further raising ..."), or at where and when it was said ("called for more aid in a statement on Thursday", "during a
 * campaign stop", "as Pyongyang fired ...", "after hackers targeted ..."), or at its purpose ("so Mr. Clarke could ...").
 */
const COMPLEMENT_STOP = /,\s+(?:and|but|even\s+though|although|though|while|as|another|the\s+latest)\s+|,\s+(?:further\s+|also\s+|thereby\s+)?(?!including\s|notably\s)\p{Ll}{3,}ing\s|\s+during\s+(?:a|an|the|his|her|their|its|last|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:speech|stop|rally|interview|debate|forum|appearance|visit|event|hearing|meeting|conference|broadcast|address|call)\b|\s+as\s+(?:he|she|they|it|we|I|\p{Lu}[\p{L}.'’-]*\s+[a-z]+ed)\s|\s+after\s+(?=(?:[\p{L}'’-]+\s+){1,4}?(?:[a-z]{3,}ed|had|has|was|were|is|are)\b)|\s+so\s+(?:that\s+)?(?=(?:[\p{L}.'’-]+\s+){1,3}?(?:could|would|can|will|might)\s)|\s+but\s+(?:also\s+|then\s+|later\s+)?(?:had|has|have|was|were|is|are|did|does|would|could|will|can)\b|\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|said|says|told|made|went|left|cast|took|gave|sought|spent|won|lost|met|held)\b|\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:joint\s+|written\s+)?(?:statement|interview|speech|letter|tweet|post|op-ed|e-?mail|(?:news|press)\s+(?:conference|release)|(?:[\p{Ll}-]+\s+){1,2}(?:diatribe|speech|interview|statement|address|appearance|broadcast))\b|\s+(?:on|late|early)\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\s*[.,;]?\s*$/u;
/** A relative clause set off after the object of a stance verb comments on the object, not on the stance ("endorsed Trump, who says ..."). */
const RELATIVE_AFTER_OBJECT = /,\s+(?:who|whom|whose|which|when|where)\s/;
/**
 * Where a stance's object ends and the circumstances of taking it begin ("attacked X in early-morning tweets", "blasted X
 * as a “disgrace” Wednesday on a radio show", "supported Democrats during his time at the network", "described X as Y when
 * he ran"): a day, a medium, a clause of time or cause, or the attribution of the whole report ("according to X"). The object's own complement ("as Y", "for Y") stays.
 */
const OBJECT_ADJUNCT =
  /\s+(?:(?:when|while|because|since|until|during|throughout|amid|despite)\s|(?:(?:on|late|early|last|this)\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|(?:in|on|at|via|during)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:tweets?|posts?|speech|speeches|interviews?|statement|rally|debate|forum|ads?|videos?|op-ed|letter|remarks)\b|on\s+(?:Twitter|Facebook|X)\b|according\s+to\b)/u;

/** Verbs whose reported content is an infinitive: what was promised or threatened ("vowed to block the bill"). */
const INFINITIVE_BASES = new Set(['vow', 'pledge', 'promise', 'threaten']);
/** Verbs of agreeing, refusing and intending, whose "to" clause is what was agreed, refused or sought ("agreed to lend", "declined to step in", "wants to triple"). */
const AGREEMENT_BASES: ReadonlySet<string> = new Set(['agree', ...REFUSAL_VERB_FORMS.values(), ...INTENTION_VERB_FORMS.values()]);
/** Verbs whose content is their object with its complement ("urged voters to stay home", "accused Smith of lying"). */
const APPEAL_BASES = new Set(['urge', 'call on', 'accuse', 'tell', 'ask', 'warn']);
/** Verbs whose content may be an indirect question, after an addressee ("asked the senator whether ...", "explained why ..."). */
const QUESTION_BASES = new Set(['ask', 'explain', 'tell']);
/** A negated auxiliary closing a phrase read as a subject ("Mr. Ode isn't", "officials are not"). */
const AUXILIARY_TAIL = /\s+(?:(?:is|are|was|were|has|have|had|do|does|did|will|would|could|can)\s+not|\p{L}+n['’]t)\s*$/u;
/** A negation right before a verb ("did not say", "isn't saying", "have never said"). */
const NEGATION_BEFORE = /(?:(?:^|[^\p{L}])(?:not|never)|\p{L}n['’]t)\s+(?:(?:yet|publicly|directly|specifically)\s+)?$/u;
/** Before "called": a comma or bracket (a name given: "His group, called X"), "so", "what he" or "as X" (a judgement the writer borrows). */
const CALL_NOT_JUDGING_BEFORE = /(?:[,(]|(?:^|[^\p{L}])(?:so|what\s+[\p{L}'’.-]+|as\s+(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+))\s*$/u;
/** A form of "be" or "get" (and an adverb) right before a verb: a passive. */
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Verbs whose object alone is the content ("called for a ceasefire", "urged restraint"). */
const OBJECT_BASES = new Set(['urge', 'call for']);

/**
 * Verbs of saying whose object alone may be the content when no clause follows. Not verbs of making known
 * ("announced a series of new rules", "revealed the figures"), whose object is news, not a position.
 */
const SPEECH_ACT_OBJECT_BASES = new Set(['propose', 'demand', 'deny', 'acknowledge', 'admit', 'predict', 'mention']);
/** Verbs of taking a stance whose object is the stance's content: a name may head it ("endorsed Hillary Clinton"). */
const OBJECT_STANCE_BASES: ReadonlySet<string> = new Set(OBJECT_STANCE_VERB_FORMS.values());

/**
 * Where the content begins in `rest` (the text after the cue) for a verb of promising or appealing, or
 * null: "to" plus a verb for promises; an object then "to"/"of" for appeals; a noun phrase of three or
 * more words for demands (contentSpan enforces the length).
 */
const APPEAL_OBJECT = new Map<string, RegExp>();
/**
 * An addressee of one to eight words, then the linking word and a lower-case verb or noun. A negation is no
 * addressee: "who asked not to be named" asks nothing of anyone and reports no statement.
 */
function appealObject(link: string): RegExp {
  let re = APPEAL_OBJECT.get(link);
  if (!re) {
    re = new RegExp(String.raw`^(?!to\b|that\b|for\b|on\b|in\b|at\b|by\b|with\b|it\b|about\b|not\b|never\b)(?:[^\s,;.:]+\s+){1,8}?${link}\s+\p{Ll}`, 'u');
    APPEAL_OBJECT.set(link, re);
  }
  return re;
}

function complementStart(base: string, rest: string): number | null {
  const lead = rest.length - rest.trimStart().length;
  const r = rest.slice(lead);
  if (INFINITIVE_BASES.has(base)) return /^to\s+\p{Ll}/u.test(r) ? lead : null;
  // "agreed to lend ...", not "agreed to a 30-minute interview" (an object, not an undertaking);
  // "declined to say whether ...", "declined to comment": a refusal to speak reports no position.
  if (AGREEMENT_BASES.has(base) && /^to\s+(?!(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|some|any|all|such|say|comment|elaborate|speculate)\s|be\s+(?:named|identified)\b)\p{Ll}/u.test(r)) return lead;
  if (QUESTION_BASES.has(base)) {
    // "asked (the senator) whether ...": the question, without its addressee, is what was asked.
    const q = /^(?:(?!to\b|that\b|for\b|about\b)[^\s,;.:]+\s+){0,7}?(?=(?:whether|if|why|how|what|who|when|where)\s+\p{Ll})/u.exec(r);
    if (q) return lead + q[0].length;
  }
  // An order or appeal is its addressee and a "to" clause ("told aides to ...", "urged voters to ..."); only an accusation takes "of".
  if (APPEAL_BASES.has(base) && appealObject(base === 'accuse' ? 'of' : base === 'urge' || base === 'call on' ? '(?:to|of)' : 'to').test(r)) return lead;
  if (OBJECT_BASES.has(base) && /^(?:a|an|the|more|new|greater|further|immediate|an?\s+end|\p{Ll}+(?:ed|al|ing)?\s+\p{Ll}+)\b/u.test(r) && !/^(?:to|that|for|on|in|at|by|with|it|him|her|them|us|me)\b/.test(r)) return lead;
  // "proposed a tax credit", "denied any involvement", "acknowledged their uphill battle": a speech act whose object
  // is what was proposed, denied or owned up to; only when no clause follows ("acknowledged the plan was late" is one).
  if (SPEECH_ACT_OBJECT_BASES.has(base) && /^(?:a|an|the|any|his|her|their|its|our|new|more|\p{Ll}+(?:ed|al|ing)\s+\p{Ll}+)\b/u.test(r) && !finiteNearStart(r)) return lead;
  // "called climate change a hoax": the judged object and the judgement (the cue pattern checked their shape).
  if (base === 'call') return lead;
  // "cited the audit as the reason", "endorsed Hillary Clinton for president", "criticized Obama for ...", "questioned whether ...".
  if (OBJECT_STANCE_BASES.has(base) && /^(?:(?:a|an|the|any|his|her|their|its|our|this|these|those|what|whether|why|how|new|more)\b|\p{Lu}|\p{Ll}+(?:ed|al|ing)\s+\p{Ll}+)/u.test(r) && !/^(?:as|by|for|in|on|at|to|it|him|her|them|us|me)\b/.test(r)) return lead;
  return null;
}

/**
 * "Ms. Vale's view is that A", "his position remains that A": a position named by a noun, its owner the possessor,
 * and the clause after the copula and "that" what it holds.
 */
const COPULAR_POSITION_RE =
  /(?<![\p{L}])(?<owner>[Hh]is|[Hh]er|[Tt]heir|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[a-z]+\s+)??(?<noun>view|position|argument|belief|contention|assessment|message|point|hope|fear|concern|worry|stance|conclusion|expectation|complaint|case|answer|response|reply|explanation)\s+(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?that\s+/gu;
const COPULAR_POSITION_PREFILTER = /\s(?:is|was|remains|remained|been)\s+(?:\p{Ll}+ly\s+)?that\s/u;
/**
 * "Mr. Ode is convinced that A", "officials were confident that A", "she remained adamant that A": an adjective of
 * conviction, hope or worry with "that" reports the clause as its subject's position (only with "that": "confident the
 * talks" is ambiguous with a noun phrase).
 */
const CONVICTION_RE =
  /(?<![\p{L}])(?:is|are|was|were|been|remains?|remained)\s+(?:(?:\p{Ll}+ly|still|also|now)\s+)?(?<adj>convinced|confident|adamant|certain|hopeful|optimistic|pessimistic|worried|concerned|skeptical|sceptical|insistent)\s+that\s+/gu;
const CONVICTION_PREFILTER = /\b(?:convinced|confident|adamant|certain|hopeful|optimistic|pessimistic|worried|concerned|skeptical|sceptical|insistent)\s+that\s/;

/** "In Ms. Vale's view, A", "In the opinion of Sylvanian officials, A": an opening that attributes the whole sentence as "according to" does. */
const IN_VIEW_LEAD =
  /^[\s"“‘(]*(?:(?:But|And|Yet|Still)\s*,?\s+)?[Ii]n\s+(?:(?<owner>[Hh]is|[Hh]er|[Tt]heir|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:own\s+)?(?<noun>view|opinion|estimation|judgm?ent|assessment)|the\s+(?<noun2>view|opinion|estimation|judgm?ent|assessment)\s+of\s+(?<holder>[^,;:“”"]{2,60}?))\s*,\s+/u;

function positionClauses(ctx: Context): FoundQuote[] {
  const { text, sentences, stretches } = ctx;
  const out: FoundQuote[] = [];
  for (const sent of sentences) {
    if (sent.zone !== 'body' && sent.zone !== 'caption') continue;
    const str = text.slice(sent.start, sent.end);
    const copular = COPULAR_POSITION_PREFILTER.test(str);
    const conviction = CONVICTION_PREFILTER.test(str);
    const inView = IN_VIEW_LEAD.exec(str);
    if (!copular && !conviction && !inView) continue;
    const found: { at: number; cueEnd: number; contentFrom: number; source: Span | null }[] = [];
    if (inView) {
      const g = inView.groups!;
      const lead = inView[0];
      const holderText = g.owner ? g.owner.replace(/['’]s?$/, '') : g.holder!;
      const holderAt = sent.start + lead.indexOf(holderText, lead.search(/[Ii]n\s/) + 2);
      const cueAt = sent.start + lead.search(/[Ii]n\s/);
      found.push({ at: cueAt, cueEnd: sent.start + lead.replace(/\s*,\s+$/, '').length, contentFrom: sent.start + lead.length, source: trimSpan(text, holderAt, holderAt + holderText.length) });
    }
    if (copular) {
      COPULAR_POSITION_RE.lastIndex = 0;
      for (let m = COPULAR_POSITION_RE.exec(str); m; m = COPULAR_POSITION_RE.exec(str)) {
        const at = sent.start + m.index;
        const owner = m.groups!.owner!.replace(/['’]s?$/, '');
        const nounAt = at + m[0].indexOf(m.groups!.noun!, m.groups!.owner!.length);
        found.push({ at, cueEnd: nounAt + m.groups!.noun!.length, contentFrom: at + m[0].length, source: { start: at, end: at + owner.length } });
      }
    }
    if (conviction) {
      CONVICTION_RE.lastIndex = 0;
      for (let m = CONVICTION_RE.exec(str); m; m = CONVICTION_RE.exec(str)) {
        const at = sent.start + m.index;
        const adjAt = at + m[0].lastIndexOf(m.groups!.adj!);
        found.push({ at: adjAt, cueEnd: adjAt + m.groups!.adj!.length, contentFrom: at + m[0].length, source: subjectBefore(text, sent.start, at) });
      }
    }
    for (const f of found) {
      // "It is certain that ...", "There was hope that ...": an empty subject holds nothing.
      if (!f.source || /^(?:it|there|this|that)$/i.test(text.slice(f.source.start, f.source.end)) || stretches.some((q) => f.at >= q.open && f.at < (q.close ?? q.end))) continue;
      const content = contentSpan(text, f.contentFrom, sent.end);
      if (!content || blockedByQuoteIn(text, stretches, content) || !finiteNearStart(text.slice(content.start, content.end))) continue;
      out.push({ kind: 'indirect', span: content, cue: trimSpan(text, f.at, f.cueEnd), source: f.source, rule: 'indirect:position', confidence: 0.6, paragraph: sent.paragraph, inherit: null, carry: 'none' });
      break;
    }
  }
  return out;
}

/** "Rubio: Trump can't be trusted", "IG report: State was inaccurate": a short named head, a colon, then a clause. */
const COLON_HEAD = /^(\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s)?|report|poll|survey|study|statement|spokesman|spokeswoman|campaign|aides?|sources?|officials?)){0,3}):[ \t]+(?=[\p{Lu}\d])/u;
/** A capitalised function word in a colon head: a headline's own title ("Stealth Over Health: ..."), not a name. */
const HEAD_FUNCTION_WORD = /(?:^|\s)(?:Over|Of|In|On|For|And|With|About|To|At|By|From|Vs|Under|After|Before|Is|Are|Was)(?=\s|$)/;
/** Most words capitalised, as in a headline. */
const TITLE_CASE = /^(?:\p{Lu}\S*\s+(?:(?:a|an|the|of|to|in|on|at|for|and|or|by|with|from)\s+)*){2,}/u;
/** Heads that label a paragraph rather than name who speaks. */
const NOT_A_SPEAKER_HEAD = /^(?:\p{Lu}|Q|A|So|Then|Now|Look|Watch|Update|Updated|Breaking|Note|Editor['’]s\s+note|Photos?|Video|Related|Read|More|See|Source|Sources|Correction|Clarification|Disclosure|Warning|Spoiler|Exclusive|Analysis|Opinion|Editorial|Background|Bottom\s+line|Why|What|How|When|Where|Who|Here|Also|Plus|Bonus|Answer|Question|Example|Summary|Key|Fact|Facts|Yes|No|Chart|Map|Graphic|Full|Transcript|Live|Day|Part|Step|Chapter|Rule|Lesson|Tip|Title|Subject|Date|Time|Location|Tags?|Topics?|Category|Image|Credit|Caption|WATCH|UPDATE|BREAKING)$/iu;

/**
 * Reported speech headed by its speaker and a colon, as headlines and digests write it ("Graham: Trump's
 * rhetoric is hateful"). Only the paragraph's first sentence, with no quotation mark: quoted text after a
 * colon is a direct quote found elsewhere.
 */
function colonHeadedReports(ctx: Context): FoundQuote[] {
  const { text, sentences, paragraphs, stretches } = ctx;
  const out: FoundQuote[] = [];
  for (const sent of sentences) {
    if ((sent.zone !== 'body' && sent.zone !== 'caption') || paragraphs[sent.paragraph]?.start !== sent.start) continue;
    // Prefilter: the colon must come within the first few words.
    const colon = text.indexOf(':', sent.start);
    if (colon < 0 || colon - sent.start > 60 || colon >= sent.end) continue;
    const m = COLON_HEAD.exec(text.slice(sent.start, sent.end));
    if (!m || NOT_A_SPEAKER_HEAD.test(m[1]!) || /^The\s/.test(m[1]!) || /\p{Lu}{2,}(?![\p{L}.])/u.test(m[1]!.replace(/^(?:AP|US|U\.S\.|UN|EU|NATO|IG|GOP|CNN|NBC|ABC|CBS|NPR|BBC|WSJ)\b/, '')) || (m[1]!.match(/\s/g) ?? []).length > 2) continue;
    const contentFrom = sent.start + m[0].length;
    // A quoted fragment inside the clause is the speaker's wording ("Rubio: Trump 'can't be trusted' on trade"); a
    // quotation opening it is a direct quote found elsewhere.
    if (stretches.some((q) => q.open < contentFrom + 2 && (q.close ?? q.end) > sent.start)) continue;
    const content = contentSpan(text, contentFrom, sent.end);
    // A clause, not a list of names or a label: a finite verb early on and few commas (read in lower case, as a
    // headline writes every word capitalised: "Voters Worried About ...").
    const body = content ? text.slice(content.start, content.end) : '';
    if (!content || blockedByQuoteIn(text, stretches, content) || !(finiteNearStart(body) || (TITLE_CASE.test(body) && !HEAD_FUNCTION_WORD.test(m[1]!) && finiteNearStart(body.toLowerCase()))) || (body.match(/,/g) ?? []).length > 3) continue;
    const head = trimSpan(text, sent.start, sent.start + m[1]!.length);
    const source = /['’]s$/.test(m[1]!) ? { start: head.start, end: head.end - 2 } : head;
    const cue = { start: sent.start + m[1]!.length, end: sent.start + m[1]!.length + 1 };
    out.push({ kind: 'indirect', span: content, cue, source, rule: 'indirect:colon-head', confidence: 0.5, paragraph: sent.paragraph, inherit: null, carry: 'none' });
  }
  return out;
}

/** Nouns of saying whose "that" clause (or, for promises and threats, "to" clause) is what was said. */
const REPORT_NOUN_RE =
  /(?<![\p{L}])(?:(?<made>(?:make|makes|made|making)\s+(?:the|a|his|her|their|its)\s+case\s+)|(?:(?<owner>his|her|their|its|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)|a|an|the)\s+(?:[a-z]+\s+)??(?<noun>claim|argument|assertion|warning|promise|pledge|statement|suggestion|allegation|accusation|insistence|contention|assurance|admission|vow|threat|case|agreement|commitment|refusal|concerns?|worry|worries|fears?)\s+)(?<link>that|to(?=\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b|that\b)\p{Ll}))\s+/gu;
const REPORT_NOUN_PREFILTER = /\b(?:claim|argument|assertion|warning|promise|pledge|statement|suggestion|allegation|accusation|insistence|contention|assurance|admission|vow|threat|case|agreement|commitment|refusal|concerns?|worry|worries|fears?)\s+(?:that|to)\b/;

/**
 * Reported speech carried by a noun of saying, undertaking or fearing: "his insistence that A", "Smith's warning
 * that A", "made the case that A", "her promise to A", "signed an agreement to A", "the union's concern that A". The speaker is the possessor, or the clause's subject for "made the case"
 * and for an unpossessed noun ("stirred controversy with an assertion that A").
 */
function reportNounClauses(ctx: Context): FoundQuote[] {
  const { text, sentences, stretches } = ctx;
  const out: FoundQuote[] = [];
  for (const sent of sentences) {
    if (sent.zone !== 'body' && sent.zone !== 'caption') continue;
    const str = text.slice(sent.start, sent.end);
    if (!REPORT_NOUN_PREFILTER.test(str)) continue;
    REPORT_NOUN_RE.lastIndex = 0;
    for (let m = REPORT_NOUN_RE.exec(str); m; m = REPORT_NOUN_RE.exec(str)) {
      const g = m.groups!;
      const noun = g.made ? 'case' : g.noun;
      if (!noun) continue;
      // "an agreement to set goals", "his refusal to testify": an undertaking (or its refusal) is reported by its "to" clause as a promise is.
      const promise = /^(?:promise|pledge|vow|threat|warning|agreement|commitment|refusal)$/.test(noun);
      if (g.link === 'to' && !(promise || noun === 'case')) continue;
      // "raised concerns that ...", "fueling worries that ...": an unowned concern or fear is nobody's in particular; "her
      // fear that A", "the union's concern that A" is its owner's.
      const feeling = /^(?:concerns?|worry|worries|fears?)$/.test(noun);
      if (feeling && (g.link !== 'that' || !g.owner)) continue;
      if (g.link === 'that' && noun === 'case' && !g.made && !g.owner) continue;
      const at = sent.start + m.index;
      if (stretches.some((q) => at >= q.start && at < q.end)) continue;
      const contentFrom = sent.start + m.index + m[0].length - (g.link === 'to' ? 3 : 0);
      const content = contentSpan(text, contentFrom, sent.end);
      if (!content || blockedByQuoteIn(text, stretches, content)) continue;
      if (g.link === 'that' && !finiteNearStart(text.slice(content.start, content.end))) continue;
      let source: Span | null = null;
      if (g.owner) {
        const ownerStart = at;
        const ownerText = g.owner.replace(/['’]s?$/, '');
        source = { start: ownerStart, end: ownerStart + ownerText.length };
      } else {
        source = subjectBefore(text, sent.start, at);
      }
      if (!source) continue;
      const cueEnd = sent.start + m.index + m[0].length - (g.link === 'to' ? 3 : 0);
      out.push({ kind: 'indirect', span: content, cue: trimSpan(text, at, cueEnd), source, rule: 'indirect:report-noun', confidence: 0.5, paragraph: sent.paragraph, inherit: null, carry: 'none' });
      break;
    }
  }
  return out;
}

/** A Title Case headline "Name Says Claim" / "Name Warns Claim": a capitalised speaker of up to six words, then the verb. */
const HEADLINE_REPORT = /^((?:\p{Lu}[\p{L}\p{N}.'’-]*\s+){0,5}\p{Lu}[\p{L}\p{N}.'’-]*)\s+(?:Says|Said|Tells|Told|Warns|Warned|Claims|Insists|Argues|Admits|Predicts|Vows|Denies|Thinks|Believes|Suggests|Urges)\s+(?=\p{Lu})/u;
/** The inverted headline "Claim, Name Says": a clause, a comma, a capitalised speaker of up to six words and the verb closing it. */
const HEADLINE_INVERTED = /^(.{12,}?),\s+((?:\p{Lu}[\p{L}\p{N}.'’-]*\s+){0,5}\p{Lu}[\p{L}\p{N}.'’-]*)\s+(Says|Said|Warns|Claims|Insists|Argues|Predicts)\s*[.!]?\s*$/u;
/** Headline labels that are not speakers. */
const HEADLINE_LABEL = /^(?:The\s+Latest|Watch|Video|Update|Breaking|Exclusive|Report|Poll|Analysis|Opinion)$/i;

/**
 * Headlines that report speech in Title Case ("Mayor Says Harbor Will Reopen"), where every word is
 * capitalised so the lower-case cue lexicon does not see the verb. Only a sentence that is its own
 * paragraph and mostly capitalised qualifies; the speaker is the capitalised run before the verb.
 */
function headlineReports(ctx: Context): FoundQuote[] {
  const { text, sentences, paragraphs, stretches } = ctx;
  const out: FoundQuote[] = [];
  for (const sent of sentences) {
    if (sent.zone !== 'body' && sent.zone !== 'caption' && sent.zone !== 'title') continue;
    const para = paragraphs[sent.paragraph];
    if (!para || para.start !== sent.start || sent.end < para.end - 1) continue;
    const str = text.slice(sent.start, sent.end);
    if (!/\s(?:Says|Said|Tells|Told|Warns|Warned|Claims|Insists|Argues|Admits|Predicts|Vows|Denies|Thinks|Believes|Suggests|Urges)(?:\s|[.!]?\s*$)/.test(str)) continue;
    const words = str.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
    if (words.length < 3 || words.filter((w) => /^\p{Lu}/u.test(w)).length < 0.8 * words.length) continue;
    const inv = HEADLINE_INVERTED.exec(str);
    if (inv && !HEADLINE_LABEL.test(inv[2]!)) {
      // "Harbor Will Reopen, Mayor Says": the claim first, the speaker and verb closing the headline.
      const content = contentSpan(text, sent.start, sent.start + inv[1]!.length);
      if (!content || blockedByQuoteIn(text, stretches, content)) continue;
      const sourceStart = sent.start + inv[0].indexOf(inv[2]!, inv[1]!.length);
      const source = trimSpan(text, sourceStart, sourceStart + inv[2]!.length);
      const cueStart = sent.start + inv[0].indexOf(inv[3]!, source.end - sent.start);
      out.push({ kind: 'indirect', span: content, cue: { start: cueStart, end: cueStart + inv[3]!.length }, source, rule: 'indirect:headline', confidence: 0.5, paragraph: sent.paragraph, inherit: null, carry: 'none' });
      continue;
    }
    const m = HEADLINE_REPORT.exec(str);
    if (!m || HEADLINE_LABEL.test(m[1]!)) continue;
    const content = contentSpan(text, sent.start + m[0].length, sent.end);
    if (!content || blockedByQuoteIn(text, stretches, content)) continue;
    const source = trimSpan(text, sent.start, sent.start + m[1]!.length);
    const cue = trimSpan(text, source.end, sent.start + m[0].length);
    out.push({ kind: 'indirect', span: content, cue, source, rule: 'indirect:headline', confidence: 0.5, paragraph: sent.paragraph, inherit: null, carry: 'none' });
  }
  return out;
}

/**
 * "As X (has) said, CONTENT", "CONTENT, as X noted.", "A, as X pointed out, B": an "as" clause of saying
 * attributes the sentence it is set off in. "as" must open the sentence or follow a comma, a bracket, a dash
 * or a connective ("such as", "just as he said" are not read), and the verb must close its clause, alone or
 * with a short time or place phrase ("As he said goodbye, ..." reports nothing).
 */
const AS_CLAUSE_AT =
  /as\s+(?<subject>(?:[\p{L}\p{N}@'’.&-]+\s+){0,7}?[\p{L}\p{N}@'’.&-]+)(?:,\s+including\s+[^,;:]{1,50},)?\s+(?:(?:has|have|had)\s+)?(?:(?:also|often|long|repeatedly|previously|rightly|correctly|recently|once|already)\s+)?(?<verb>said|says|noted|notes|pointed\s+out|points\s+out|argued|argues|reported|reports|suggested|suggests|explained|explains|wrote|writes|warned|warns|predicted|predicts|acknowledged|acknowledges|claimed|claims|stated|states|observed|observes|insisted|insists|conceded|concedes|admitted|admits|testified|testifies|disclosed|revealed|announced|confirmed|confirms|told\s+[\p{L}.'’-]+)(?<tail>(?:\s+(?:on|in|at|with|last|this|earlier|before|recently|to)\b[^,;:.“”"]{0,40})?)\s*(?=[,.;)—–]|$)/iuy;
/** What may come right before the "as": the sentence's start, a comma, a bracket, a dash or a connective. */
const AS_OPENER_BEFORE = /(?:^|[,(—–]\s*|(?<![\p{L}])(?:and|but|so|because)\s+)$/iu;

/** The first "as" clause of saying in a sentence, read only where "as" opens one (a plain scan finds the word). */
function asClauseIn(str: string): RegExpExecArray | null {
  // A capital "As" opens the sentence (or follows a bracket or a dash); elsewhere the word is in lower case.
  let first = str.indexOf('As ');
  if (first > 3 && !/[(—–]\s*$/.test(str.slice(first - 3, first))) first = -1;
  for (let i = first >= 0 ? first : str.indexOf('as '); i >= 0; i = str.indexOf('as ', i + 3)) {
    // "was ", "has ", "ideas ": the scan finds the letters inside words; only a space or a mark may come before "as".
    if (i > 0 && !/[\s,(—–"“]/.test(str[i - 1]!)) continue;
    if (!AS_OPENER_BEFORE.test(str.slice(Math.max(0, i - 10), i))) continue;
    AS_CLAUSE_AT.lastIndex = i;
    const m = AS_CLAUSE_AT.exec(str);
    if (m) return m;
  }
  return null;
}
/** What an "as" clause's subject cannot be: "as soon as", "as well", "as expected", "as many as". */
const AS_NOT_SUBJECT = /^(?:soon|well|long|far|(?:much|many|few|little)\s+as|expected|usual|such|if|though|a\s+result|part|of|for|to|in|on|at|with|by)\b/i;
/** A connective that may open the sentence before a leading "as" clause. */
const AS_LEAD = /^\s*(?:(?:and|but|so|yet|still|indeed|now)\s*,?\s*)?$/i;

function asClauseReports(ctx: Context): FoundQuote[] {
  const { text, sentences, stretches } = ctx;
  const out: FoundQuote[] = [];
  for (const sent of sentences) {
    if (sent.zone !== 'body' && sent.zone !== 'caption') continue;
    const str = text.slice(sent.start, sent.end);
    if (/\?\s*$/.test(str)) continue;
    const m = asClauseIn(str);
    if (!m) continue;
    const g = m.groups!;
    const asStart = sent.start + m.index;
    const subjectStart = asStart + 2 + (text.slice(asStart + 2).length - text.slice(asStart + 2).trimStart().length);
    const source = trimSpan(text, subjectStart, subjectStart + g.subject!.length);
    if (AS_NOT_SUBJECT.test(g.subject!) || stretches.some((q) => asStart >= q.open && asStart < (q.close ?? q.end))) continue;
    const verbStart = sent.start + m.index + m[0].lastIndexOf(g.verb!, m[0].length - g.tail!.length);
    const cue = { start: verbStart, end: verbStart + g.verb!.length };
    const attrEnd = sent.start + m.index + m[0].length;
    const before = text.slice(sent.start, asStart).replace(/[\s,(—–]+$/, '');
    const afterLead = /^[\s,)—–]*/.exec(text.slice(attrEnd, sent.end))![0].length;
    const after = text.slice(attrEnd + afterLead, sent.end);
    let content: Span | null = null;
    if (AS_LEAD.test(before)) {
      content = contentSpan(text, attrEnd + afterLead, sent.end);
    } else if (/^[\s.!]*$/.test(after)) {
      content = contentSpan(text, sent.start, sent.start + before.length);
    } else if (wordCount(before) >= 1 && !finiteNearStart(before) && /^\p{Lu}/u.test(before.trimStart()) && RESUMED_PREDICATE.test(after)) {
      // "Hawaii, as one adviser pointed out, rarely gets ...": the clause is set off inside its subject and predicate.
      const tail = contentSpan(text, attrEnd + afterLead, sent.end);
      content = tail ? trimSpan(text, sent.start, tail.end) : null;
    }
    if (!content) continue;
    const body = text.slice(content.start, content.end);
    if (!(finiteNearStart(body) || FINITE_LATE.test(body)) || blockedByQuoteIn(text, stretches, content)) continue;
    out.push({ kind: 'indirect', span: content, cue, source, rule: 'indirect:as-clause', confidence: 0.6, paragraph: sent.paragraph, inherit: null, carry: 'none' });
  }
  return out;
}

/** Nouns of records and measurements that report findings ("the poll", "FEC filings", "exit polls"). */
const EVIDENCE_HEAD = /^(?:polls?|surveys?|data|records?|figures|numbers|results|stud(?:y|ies)|reports?|filings?|documents?|analys[ie]s|tall(?:y|ies)|counts?|estimates?|e-?mails|research|returns|statistics|census|polling|averages?|projections?|models?|forecasts?|audits?|reviews?|tracker|index|indexes|memos?|transcripts?|slides?|videos?|footage|recordings?|tapes?|charts?|graphs?)$/i;
/** A verb of showing, in any finite form, after its subject ("polls show", "the survey found", "data have shown"). */
const EVIDENCE_VERB_RE = /(?<![\p{L}'’-])(?:(?:has|have|had)\s+(?:also\s+)?)?(?:show|shows|showed|shown|found|finds|suggests|suggested|indicates|indicated)(?![\p{L}'’-])/gu;
/** What may follow a record noun inside its noun phrase: a participle of making it public, or a preposition. */
const EVIDENCE_POSTMODIFIER = /^(?:of|by|from|in|on|for|at|released|conducted|taken|published|commissioned|issued|carried|compiled)$/i;
/** Words that end a noun phrase when reading back from its verb: clause openers, conjunctions, prepositions of time. */
const NP_BREAK = /^(?:after|before|that|which|who|whom|as|when|while|because|since|if|but|and|or|although|though|than|where|whether|until|unless|once|so|is|are|was|were|be|been|has|have|had|will|would|says|said|say|while|also|even|just|only)$/i;

/**
 * Findings attributed to a record or a poll ("the latest poll showed Trump leading", "..., FEC filings
 * show."): a verb of showing whose subject is headed by a record noun. The content is its object or
 * clause; the source is the record's noun phrase.
 */
function evidenceReports(ctx: Context): FoundQuote[] {
  const { text, sentences, stretches } = ctx;
  const out: FoundQuote[] = [];
  for (const sent of sentences) {
    if (sent.zone !== 'body' && sent.zone !== 'caption') continue;
    const str = text.slice(sent.start, sent.end);
    EVIDENCE_VERB_RE.lastIndex = 0;
    for (let m = EVIDENCE_VERB_RE.exec(str); m; m = EVIDENCE_VERB_RE.exec(str)) {
      const verb = { start: sent.start + m.index, end: sent.start + m.index + m[0].length };
      if (stretches.some((q) => verb.start >= q.open && verb.start < (q.close ?? q.end))) continue;
      // The subject: tokens read back from the verb to a clause boundary, headed by a record noun.
      const back = text.slice(sent.start, verb.start);
      const boundary = Math.max(back.lastIndexOf(','), back.lastIndexOf(';'), back.lastIndexOf(':'), back.lastIndexOf('('), back.lastIndexOf(')'), back.lastIndexOf('—'), back.lastIndexOf('–'), back.lastIndexOf('“'), back.lastIndexOf('”'), back.lastIndexOf('"'));
      const toks = tokens(text, sent.start + boundary + 1, verb.start);
      let first = toks.length;
      while (first > 0 && !NP_BREAK.test(toks[first - 1]!.word) && toks.length - first < 16) first--;
      const np = toks.slice(first);
      // "if the emails show ...": a condition, not a finding; "a voter who answered the poll found ...": a relative clause's object, not the subject.
      // "The transcript of the debate shows ...": the head may come before an "of" phrase.
      const ofAt = np.findIndex((t, k) => k > 0 && t.word === 'of');
      let head = ofAt > 0 && !EVIDENCE_HEAD.test(np.at(-1)?.word ?? '') && np.length - ofAt <= 5 ? np[ofAt - 1]! : np.at(-1);
      // "The latest opinion poll released Friday shows", "A 2014 study by a law professor found", "The average of polls
      // taken over two weeks shows": a record noun and its post-modifier (a participle or a preposition) make the subject.
      if (head && !EVIDENCE_HEAD.test(head.word)) head = np.find((t, k) => k > 0 && EVIDENCE_HEAD.test(t.word) && EVIDENCE_POSTMODIFIER.test(np[k + 1]?.word ?? '')) ?? head;
      if (np.length === 0 || !head || !EVIDENCE_HEAD.test(head.word) || np.length > 15 || /^(?:if|whether|unless|who|whom)$/i.test(toks[first - 1]?.word ?? '')) continue;
      const source = trimSpan(text, np[0]!.start, np.at(-1)!.end);
      const tail = text.slice(verb.end, sent.end);
      let content: Span | null = null;
      if (/^[\s.!]*$/.test(tail) && boundary >= 0 && /,\s*$/.test(back.slice(0, boundary + 1)) && first === 0) {
        // Inverted: "CONTENT, new fundraising reports show."
        content = contentSpan(text, sent.start, sent.start + boundary);
      } else if (/^\s+\S/.test(tail) && !/^\s+(?:up|out|off|in|on|to|no|little|nothing|itself|themselves)\b/i.test(tail)) {
        const that = /^\s+that\s+/.exec(tail);
        content = contentSpan(text, verb.end + (that ? that[0].length : 0), sent.end);
      }
      if (!content || blockedByQuoteIn(text, stretches, content)) continue;
      out.push({ kind: 'indirect', span: content, cue: verb, source, rule: 'indirect:evidence', confidence: 0.6, paragraph: sent.paragraph, inherit: null, carry: 'none' });
      break;
    }
  }
  return out;
}

/** A reported clause may hold embedded quoted fragments but may not open with a quotation or cut through one. */
function blockedByQuoteIn(text: string, stretches: readonly QuotedStretch[], sp: Span): boolean {
  return stretches.some((q) => {
    const qEnd = q.close ?? q.end;
    if (q.open >= sp.end || qEnd < sp.start) return false;
    return !(q.open > sp.start && q.start > sp.start && q.end <= sp.end + 2 && wordCount(text.slice(sp.start, q.open)) >= 2);
  });
}

/**
 * A lower-case word right after a verb that is neither a preposition, a time word, an adverb nor an addressee
 * (a pronoun, "the Harbour Observer"): the verb's object ("mentioned climate change"), so the verb does not close an inverted report.
 */
const OBJECT_AFTER_VERB = /^\s+(?!(?:on|in|at|late|early|last|this|today|yesterday|tonight|recently|earlier|later|again|too|also|afterwards?|then|now|before|during|after|via|through|from|to|with|by|of|for|about|over|when|while|as|if|me|us|him|her|them|you|and|but|so|or)\b)(?!\p{Ll}+ly\b|the\s+\p{Lu})\p{Ll}/u;
/** An adverb or auxiliary between an interrupting attribution's subject and its verb ("..., he has often said, ..."). */
const ATTRIBUTION_VERB_LEAD = /(?<=\S)(?:\s+(?:has|have|had|also|often|later|again|once|repeatedly|long|since|\p{Ll}+ly))+\s*$/u;
/** The words between an interrupting attribution and the comma that resumes the sentence ("he told me on Friday, "). */
const ATTRIBUTION_RESUMES = /^(?:\s+(?:on|in|at|late|early|last|this)?\s*[\p{L}\d]+){0,3}?\s*,\s*/u;
/** What resumes a reported clause after the attribution: a subordinate part of it ("..., he said, until it went bankrupt"). */
const RESUMED_SUBORDINATE = /^(?:until|because|unless|if|so\s+that|than|since|once)\s/;
/** A predicate with no subject of its own: what follows an interrupting attribution after a bare subject ("The plan, he said, would fail"). */
const RESUMED_PREDICATE = /^(?:(?:also|still|now|never|not|only|already|often|usually|probably|likely|\p{Ll}+ly)\s+)*(?:is|are|was|were|will|would|could|can|cannot|may|might|must|should|has|have|had|did|does|do|remains?|[a-z]{3,}ed|told|said|made|took|gave|got|went|came|saw|knew|left|kept|held|brought|sent|spent|built|paid|met|ran|became|began|fell|felt|led|meant|sold|stood|won|lost|[a-z]{3,}s(?<![su]s)(?!\s+(?:is|are|was|were|have|has|had|will|would|can|could|should|must|may|might|do|did)\b)|(?:is|are|was|were|has|have|had|does|do|did|would|could|should|can|must)n['’]t|won['’]t)\b/u;
/** A lone sentence adverb before the attribution ("Still, he said, ..."): no subject. */
const SENTENCE_ADVERB = /^(?:\p{L}+ly|still|yet|now|then|so|instead|however|meanwhile|later|today|indeed|moreover|also|again|otherwise|first|second|third|finally|next|besides|nonetheless|nevertheless|overall|ultimately|there|here)$/iu;
/** A comma and a coordinator inside the lead before an attribution: a new clause begins after it. */
const LEAD_COORDINATOR = /,\s+(?:but|and|yet)\s+/g;
/** A lead ending where a clause must follow ("That’s why", "This is how"). */
const LEAD_WANTS_CLAUSE = /\b(?:why|how)\s*$/i;
/** An infinitive of purpose opening the sentence ("To understand the ruling, ..."). */
const INFINITIVE_LEAD = /^\s*To\s+\p{Ll}/u;
/** A gerund subject and its verb within a few words ("replacing her would be ..."). */
const GERUND_SUBJECT = /^[a-z]{3,}ing\s+(?:[^\s,;]+\s+){0,4}?(?:would|will|could|can|might|may|should|must|is|was|has|had)\b/;
/** A subordinate clause opening the sentence ("If this argument fails, ...", "Though the move was legal, ..."): part of what was said. */
const SUBORDINATE_OPENING = /^\s*(?:if|unless|though|although|even\s+though|because|since|once|while|whereas)\s/i;

/**
 * The extent of a reported sentence an attribution interrupts ("A, X said, B"), or null when the pieces are
 * not one sentence's parts: a clause then a subordinate part of it, a bare subject then its predicate, or a
 * subordinate clause then the main clause. A short adverbial lead ("In the end, he said, B") stays out of it,
 * and so does a second clause coordinated after the attribution ("A, he said, and B").
 */
function interruptedWhole(text: string, sent: Sentence, comma: number, attrEnd: number, leadIsClause: boolean, leadIsAdverbial: boolean): Span | null {
  const resume = ATTRIBUTION_RESUMES.exec(text.slice(attrEnd, sent.end));
  if (!resume) return null;
  const restFrom = attrEnd + resume[0].length;
  const rest = text.slice(restFrom, sent.end);
  // "A, but B, he said, C": the report is the last coordinated clause before the attribution and what completes it.
  let leadFrom = sent.start;
  LEAD_COORDINATOR.lastIndex = 0;
  for (let m = LEAD_COORDINATOR.exec(text.slice(sent.start, sent.start + comma)); m; m = LEAD_COORDINATOR.exec(text.slice(sent.start, sent.start + comma))) leadFrom = sent.start + m.index + m[0].length;
  const lead = trimSpan(text, leadFrom, sent.start + comma);
  const leadText = text.slice(lead.start, lead.end);
  let fits = false;
  // The main clause after the attribution, its subject perhaps a gerund ("..., he said, replacing her would be harder").
  const mainClause = (INTERRUPTED_CLAUSE.test(rest) || GERUND_SUBJECT.test(rest)) && finiteNearStart(rest);
  // "That’s why, he argued, the party ...", "To understand the case, she said, one should ...", "... had become so bad,
  // he noted, that ...": a lead that cannot stand alone, completed by the clause after the attribution.
  if (LEAD_WANTS_CLAUSE.test(leadText) || (INFINITIVE_LEAD.test(leadText) && wordCount(leadText) >= 3)) fits = mainClause;
  else if (leadIsClause && !leadIsAdverbial) fits = RESUMED_SUBORDINATE.test(rest) || (/^that\s/.test(rest) && /\b(?:so|such)\b/i.test(leadText));
  else if (!leadIsClause && !leadIsAdverbial && !SENTENCE_ADVERB.test(leadText) && /^(?:\p{Lu}|\d)/u.test(leadText) && wordCount(leadText) <= 12 && !/[,;:]/.test(leadText)) fits = RESUMED_PREDICATE.test(rest);
  // A subordinator and a few words are a clause whatever its verb ("If this argument fails to persuade").
  else if (SUBORDINATE_OPENING.test(leadText) && wordCount(leadText) >= 4) fits = mainClause;
  if (!fits) return null;
  const tail = contentSpan(text, restFrom, sent.end);
  return tail ? trimSpan(text, lead.start, tail.end) : null;
}

/** Verbs that may name whom they address before their "that" clause. */
const ADDRESSEE_BASES = new Set(['tell', 'inform', 'warn', 'assure', 'remind', 'caution', 'notify', 'advise', 'convince', 'persuade']);
/** What joins a second attribution to a first report: a coordinator, a concession ("..., though she acknowledged it ..."), or a time ("cited the 2000 vote, when the state claimed that ..."). */
const SECOND_ATTRIBUTION_LINK = /^[\s,]*(?:and|but|while|whereas|(?:even\s+)?though|although|when)\s+/;

/** Reported speech without quotation marks. */
function reportedSpeech(ctx: Context): FoundQuote[] {
  const { text, sentences, stretches } = ctx;
  const out: FoundQuote[] = [];
  // A reported clause may hold short quoted fragments (“said India’s ‘aggression’ had ...”) but may not open
  // with a quotation (that is a direct quote with its own cue) or cut through one.
  const blockedByQuote = (sp: Span) =>
    stretches.some((q) => {
      const qEnd = q.close ?? q.end;
      if (q.open >= sp.end || qEnd < sp.start) return false;
      const embedded = q.open > sp.start && q.start > sp.start && q.end <= sp.end + 2 && wordCount(text.slice(sp.start, q.open)) >= 2;
      return !embedded;
    });
  for (const sent of sentences) {
    if (sent.zone !== 'body' && sent.zone !== 'caption') continue;
    const cues = sentenceFinalAttributionFirst(text, sent, cuesIn(text, sent.start, sent.end, stretches, true));
    let taken = false;
    let coveredTo = sent.start;
    // The speaker of the last report of this sentence, and whether its verb sat in a relative clause (", which had threatened to ...").
    let lastSrc: Span | null = null;
    let takenInRelative = false;
    // "according to X, CONTENT" / "CONTENT, according to X."
    for (const cue of cues.filter((c) => c.according && /^according/i.test(c.form))) {
      // The whole object up to the next comma or the sentence's end ("according to early results of exit polls
      // conducted by X for Y"): a document, count or poll is named by a long phrase with no capital head.
      const object = accordingObject(text, cue.end, sent.end);
      const src = phraseAfter(text, cue.end, sent.end) ?? object;
      if (!src) continue;
      const afterSrc = text.slice(src.end, sent.end);
      const afterObject = object ? text.slice(object.end, sent.end) : null;
      // "A — or B — according to X": a dash sets the attribution off as a comma does.
      const commaBefore = /(?:,|\s[—–])\s*$/.test(text.slice(sent.start, cue.start));
      let content: Span | null = null;
      const lead = text.slice(sent.start, cue.start);
      // A bracket, a connective ("And", "In addition,") or a clause closed by a colon may come before a leading "according to".
      if (lead.trim() === '' || ACCORDING_LEAD.test(lead)) {
        const comma = afterSrc.indexOf(',');
        if (comma >= 0) {
          // A reporting verb coordinated later in the sentence ("..., and said that ...") reports a clause of its own.
          const coordinated = cues.find((c) => !c.according && c.start > src.end && COORDINATED_BEFORE.test(text.slice(Math.max(sent.start, c.start - 12), c.start)));
          const limit = coordinated ? text.slice(0, coordinated.start).search(/,?\s*(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$/) : -1;
          content = contentSpan(text, src.end + comma + 1, limit > src.end ? limit : sent.end);
        }
      } else if (commaBefore && (/^(?:\s+(?:in|at|from|with|familiar|close|of|briefed|who)\b[^,.;]{0,40})?[\s.]*$/.test(afterSrc) || (afterObject !== null && (/^[\s.!)]*$/.test(afterObject) || closingAppositive(afterObject))))) {
        // "..., according to Crowdpac, a crowdfunding website." An appositive may close the sentence; a clause closed by a colon is the writer's.
        const colonM = /^(?:.*[^\d\s]|)(:)\s/s.exec(text.slice(sent.start, cue.start));
        const colon = colonM ? sent.start + colonM[0].length - 2 : -1;
        content = contentSpan(text, colon >= sent.start && !stretches.some((q) => colon > q.open && colon < (q.close ?? q.end)) ? colon + 1 : sent.start, cue.start);
      } else if (commaBefore && object !== null && afterObject !== null && wordCount(lead) <= 8 && !finiteNearStart(lead) && /^\s*,\s*\S/.test(afterObject) && !closingAppositive(afterObject)) {
        // "Over the long term, according to the budget office, the deficit will grow": an adverbial lead, then the report.
        const after = object.end + afterObject.indexOf(',') + 1;
        const rest = text.slice(after, sent.end).trimStart();
        if (INTERRUPTED_CLAUSE.test(rest) && finiteNearStart(rest)) content = contentSpan(text, after, sent.end);
      } else if (commaBefore && afterObject !== null && /^\s*,\s*(?:but|and|while|though|although|whereas|as|so|even\s+as|even\s+though)\s/.test(afterObject) && finiteNearStart(text.slice(sent.start, cue.start))) {
        // "CONTENT, according to a tally, but ...": the attribution closes the first of two coordinated clauses.
        content = contentSpan(text, sent.start, cue.start);
      }
      if (content && !blockedByQuote(content)) {
        out.push(indirect(content, cue, withoutWitness(text, src)!, 'indirect:according-to', sent));
        taken = true;
        coveredTo = content.end;
      }
    }
    for (const cue of cues) {
      if (cue.according) continue;
      // After a reported clause, only a verb of its own predicate reports another: "and said ...", "..., adding that ...".
      const ownPredicate = COORDINATED_BEFORE.test(text.slice(Math.max(sent.start, cue.start - 12), cue.start)) || (isParticiple(cue.form) && /,\s*$/.test(text.slice(Math.max(sent.start, cue.start - 3), cue.start)));
      // "A said X, while B said Y": a second attribution with its own subject after the first content was cut.
      const secondAttribution = cue.start >= coveredTo && SECOND_ATTRIBUTION_LINK.test(text.slice(coveredTo, cue.start));
      // "France, which had threatened to block any deal, said it now backed ...": the main verb after a relative clause reports too.
      const afterRelative = takenInRelative && cue.start >= coveredTo && /^[\s,]*$/.test(text.slice(coveredTo, cue.start));
      if (taken && (cue.start < coveredTo || !(ownPredicate || secondAttribution || afterRelative))) continue;
      const participle = isParticiple(cue.form);
      // Inverted: "CONTENT, X told reporters." / "CONTENT, said X, an economist." / "CONTENT, he said, and ...".
      const rest = text.slice(cue.tailEnd, sent.end);
      const beforeCue = text.slice(sent.start, cue.start);
      const comma = beforeCue.lastIndexOf(',');
      if (!taken && !participle && comma > 0 && !/^\s+that\b/.test(rest) && !OBJECT_STANCE_BASES.has(cue.base) && !AGREEMENT_BASES.has(cue.base) && cue.base !== 'call') {
        const subjectFrom = sent.start + comma + 1;
        // A few words of time or place, or a named addressee ("told The Coastal Daily Times", "... on Thursday"), then the end or a semicolon.
        const endsSentence = (from: number) =>
          /^(?:(?:\s+(?:on|in|at|late|early|last|this)?\s*[\p{L}\d]+){0,3}|(?:\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*){1,6}(?:\s+(?:on|late|early|last|this)\s+[\p{L}\d]+(?:\s+(?:morning|afternoon|evening|night))?)?)\s*(?:[.!]|;.*)?\s*$/u.test(text.slice(from, sent.end));
        // "..., he said, and the mediators would ...": the attribution sits between two clauses.
        // "..., a spokesman said on Monday, five months after ...", "..., sources told the Sahel Observer, contradicting
        // ...": a few words of time or a named addressee may come before that comma.
        const opensNext = (from: number) => /^(?:(?:\s+(?:on|in|at|late|early|last|this)?\s*[\p{L}\d]+){0,3}?|(?:\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*){1,6})\s*[,;–—]/u.test(text.slice(from, sent.end));
        // A quotation right after the attribution is what it introduces; the words before it are reported too only
        // when they form a main clause ("As boos erupt, the host says, “...”" reports only the quotation).
        const quoteFollows = (from: number) => /^\s*[,;:–—]\s*(?:[“"‘«]|'')/.test(text.slice(from, sent.end));
        const leadIsAdverbial = /^\s*(?:for|in|on|at|with|by|from|of|about|among|after|before|during|as|when|while|if|although|though|because|since|unless|until|once|asked|speaking)\b/i.test(text.slice(sent.start, sent.start + comma));
        // "..., Mr. Obama often says, ...", "..., he has said, ...": an adverb or auxiliary between the subject and its verb.
        // Read on the last few words only: an end-anchored pattern is tried at every position of what it is given.
        const verbLead = ATTRIBUTION_VERB_LEAD.exec(text.slice(Math.max(subjectFrom, cue.start - 30), cue.start));
        let src = subjectJustBefore(text, subjectFrom, cue.start - (verbLead ? verbLead[0].length : 0));
        let midSentence = false;
        // "Campaigning in 2012, he barely mentioned climate change.": a verb with an object of its own reports nothing before it.
        if (src && OBJECT_AFTER_VERB.test(text.slice(cue.tailEnd, Math.min(sent.end, cue.tailEnd + 40)))) src = null;
        if (src) {
          if (!endsSentence(cue.tailEnd)) {
            midSentence = opensNext(cue.tailEnd);
            if (!midSentence) src = null;
          }
        } else if (text.slice(subjectFrom, cue.start).trim() === '') {
          src = phraseAfter(text, cue.tailEnd, sent.end);
          // "..., said the firm's chief executive, Tom Reddy.": an appositive closing the sentence.
          // "..., said one source in the room." / "..., said a person familiar with the talks.": a place or a relation closing the sentence.
          const appositiveEnds = src !== null && (/^\s*,\s*(?:\p{Lu}|(?:the|a|an|who)\s)[^,;]{1,60}?[.!]?\s*$/u.test(text.slice(src.end, sent.end)) || /^\s+(?:in|at|with|from|of|on|inside|close\s+to|familiar\s+with|briefed\s+on)\s+[^,;:“”"]{1,50}?[.!]?\s*$/u.test(text.slice(src.end, sent.end)));
          if (src && !endsSentence(cue.tailEnd) && !appositiveEnds) {
            midSentence = opensNext(src.end);
            if (!midSentence) src = null;
          }
        }
        // "Asked if he was bullied, the candidate said no.": a participial lead is the question, not what was said.
        const participialLead = /^(?:when\s+|if\s+|after\s+being\s+)?(?:asked|pressed|questioned|speaking|responding|interviewed|reached|contacted)\b/i.test(text.slice(sent.start, sent.start + comma).trimStart());
        const content = src && !participialLead ? contentSpan(text, sent.start, sent.start + comma) : null;
        // In mid-sentence the stretch before the attribution must itself be a clause ("Particularly in the south, he said, ..." is not).
        // "..., which, Tompkins said, is ...": a lead ending in a relative pronoun or a conjunction is no clause of its own.
        const clauseLike = content !== null && !(midSentence && /(?:^|\s)(?:which|who|whom|whose|that|where|when|and|but|or|because|if)\s*$/i.test(text.slice(content.start, content.end))) && (!midSentence || finiteNearStart(text.slice(content.start, content.end)) || FINITE_LATE.test(text.slice(content.start, content.end))) && !(midSentence && leadIsAdverbial && quoteFollows(Math.max(src?.end ?? 0, cue.tailEnd)));
        const splitByQuote = stretches.some((q) => q.open < sent.start + comma && (q.close ?? q.end) >= sent.start + comma);
        // "The museum, he said, would ...", "Lenox thrived, he said, until ...", "If A fails, she argues, B ...": the
        // attribution interrupts one reported sentence, whose content is both pieces; as in PolNeAR, where such a
        // discontinuous content is one attribution, the span is their extent (the attribution inside it stays
        // its cue and source).
        const whole = src && midSentence && !participialLead && !splitByQuote ? interruptedWhole(text, sent, comma, Math.max(src.end, cue.tailEnd), content !== null && clauseLike, leadIsAdverbial) : null;
        if (src && whole && !blockedByQuote(whole)) {
          out.push(indirect(whole, cue, src, 'indirect:interrupted-whole', sent));
          break;
        }
        if (src && content && clauseLike && !blockedByQuote(content) && !splitByQuote) {
          out.push(indirect(content, cue, src, 'indirect:inverted', sent));
          break;
        }
        // "In the end, he said, voters come home": the piece before the attribution is only an adverbial, so the
        // reported clause is the one after it.
        if (src && midSentence && !clauseLike) {
          const attrEnd = Math.max(src.end, cue.tailEnd);
          const lead = /^(?:\s+(?:on|in|at|late|early|last|this)?\s*[\p{L}\d]+){0,3}?\s*,\s*/u.exec(text.slice(attrEnd, sent.end));
          const after = lead ? contentSpan(text, attrEnd + lead[0].length, sent.end) : null;
          if (after && INTERRUPTED_CLAUSE.test(text.slice(after.start, after.end)) && finiteNearStart(text.slice(after.start, after.end)) && !blockedByQuote(after)) {
            out.push(indirect(after, cue, src, 'indirect:interrupted', sent));
            break;
          }
        }
      }
      // Normal order: "X said (on Wednesday) (that) CONTENT".
      let after = cue.tailEnd;
      // Not past a clause the addressee's pronoun opens ("told the Commission it will not approve any deal that ...").
      // Verbs of telling or warning someone take an addressee before "that" ("warned voters that ...", "told MSNBC's “Morning Joe” that ...").
      const tellObject = ADDRESSEE_BASES.has(cue.base) ? /^\s+(?:(?!(?:he|she|they|we|I|it)\s)[\p{L}.'’“”"-]+\s+){0,10}?(?=that\b)/u.exec(text.slice(after, sent.end)) : null;
      // "told The Daily Planet he would ...": an addressee, then a clause opened by a pronoun (not past a question word: "told him how he ...").
      const tellPronoun = !tellObject && /^(?:tell|inform)$/.test(cue.base) ? /^\s+(?:(?!(?:how|why|what|whether|if|when|where|who)\b)[\p{L}.'’-]+\s+){1,6}?(?=(?:he|she|they|we|I|it)\b)/u.exec(text.slice(after, sent.end)) : null;
      if (tellObject) after += tellObject[0].length;
      else if (tellPronoun && PRONOUN_CLAUSE.test(text.slice(after + tellPronoun[0].length, sent.end))) after += tellPronoun[0].length;
      const adv = LEAD_ADVERBIAL.exec(text.slice(after, sent.end).replace(/^\s+/, ''));
      let gapStart = after + (text.slice(after, sent.end).length - text.slice(after, sent.end).replace(/^\s+/, '').length);
      // A bare time phrase before a zero-"that" clause; the wider adverbial pattern is for phrases before "that".
      const time = TIME_LEAD.exec(text.slice(gapStart, sent.end));
      const advBeforeThat = adv !== null && /^\s*,?\s*that\b/.test(text.slice(gapStart + adv[0].length, sent.end));
      if (time && !advBeforeThat) gapStart += time[0].length;
      else if (adv) gapStart += adv[0].length;
      // "said after the convention he would not ...": a short time phrase, then the clause its pronoun opens.
      const whenPhrase = TIME_PHRASE_BEFORE_PRONOUN.exec(text.slice(gapStart, sent.end));
      if (whenPhrase && PRONOUN_CLAUSE.test(text.slice(gapStart + whenPhrase[0].length, sent.end))) gapStart += whenPhrase[0].length;
      // A parenthetical between the verb and "that" ("repeatedly stating – including on Thursday – that").
      const paren = /^[\s,]*[–—(][^–—()]{0,60}[–—)]\s*/.exec(text.slice(gapStart, sent.end));
      if (paren) gapStart += paren[0].length;
      // "said, in a statement on Monday, that ...", "continues to insist, most recently in an interview, that ...": a
      // phrase set off by commas between the verb and "that".
      else {
        const commaParen = /^\s*,\s*[^,;:“”"()]{3,90}?,\s*(?=that\s)/.exec(text.slice(gapStart, sent.end));
        if (commaParen) gapStart += commaParen[0].length;
      }
      // "rejected that argument": after a verb of stance on an object, "that" is a determiner.
      let thatM = OBJECT_STANCE_BASES.has(cue.base) ? null : /^\s*,?\s*that\b/.exec(text.slice(gapStart, sent.end));
      // "said in an interview with a local paper last week that ...": a longer prepositional phrase before "that".
      if (!thatM && !thatOnlyForm(cue)) {
        const pp = PP_BEFORE_THAT.exec(text.slice(gapStart, sent.end));
        if (pp && CLAUSE_START_OK.test(text.slice(gapStart + pp[0].length, sent.end))) {
          gapStart += pp[0].lastIndexOf('that');
          thatM = /^\s*that\b/.exec(text.slice(gapStart, sent.end));
        }
      }
      const thatOnly = !SPEECH_VERB_FORMS.has(cue.form);
      // "..., saying the deal was dead": a participle after a comma hangs a reported clause on the subject as "said" does.
      const participleClause = participle && /,\s*$/.test(text.slice(Math.max(sent.start, cue.start - 3), cue.start));
      // A weak verb ("announced", "reported", "confirmed") takes a zero-"that" clause only when a personal pronoun
      // and its verb open it ("announced he is suspending ..."): a noun after it is its object.
      const weakZeroThat = WEAK_ZERO_THAT_BASES.has(cue.base) && !participle && PRONOUN_CLAUSE.test(text.slice(gapStart, sent.end).trimStart());
      const clauseText = text.slice(gapStart, sent.end).trimStart();
      // "Economists believe this provides ...": a belief reported without "that", opened by a subject (never "in", "about", "so").
      const beliefZeroThat = /^(?:believes?|believed|thinks?|thought|hopes?|hoped)$/i.test(cue.form) && (CLAUSE_START_OK.test(clauseText) || LOWER_CLAUSE_START.test(clauseText)) && !/^(?:so|it\s+(?:is|was)\s+(?:time|important))\b/i.test(clauseText);
      const zeroThatOk = ((!thatOnly && (!participle || participleClause) && ((!WEAK_SPEECH_BASES.has(cue.base) && cue.base !== 'tell') || weakZeroThat))) || beliefZeroThat;
      // (A form read as a noun, "insulting remarks he had made", opens no zero-"that" clause; "to say he would" does.)
      let contentStart: number;
      let complement = thatM ? null : complementStart(cue.base, text.slice(gapStart, sent.end));
      // "isn't saying if the foundation broke any laws", "have not said when they would vote": what someone would not
      // say is an open question reported as theirs (an unnegated "said when ..." tells when it was said).
      if (complement === null && !thatM && cue.base === 'say' && NEGATION_BEFORE.test(text.slice(Math.max(sent.start, cue.start - 24), cue.start)) && /^(?:whether|if|why|how|when)\s+[\p{L}\d]/u.test(clauseText)) complement = sent.end - gapStart - clauseText.length;
      // "Christie said that was natural", "I think that is his intent": "that" followed by a verb is the clause's subject.
      const thatSubject = thatM !== null && /^(?:\s+(?:is|was|has|had|will|would|could|can|might|may|should|must)\b|['’]s\b)/.test(text.slice(gapStart + thatM[0].length, sent.end));
      // After a verb that reports only with its "that" clause, "that" before a verb is a relative pronoun ("emission
      // rules that could close plants").
      if (thatSubject && thatOnly) continue;
      if (thatM) contentStart = gapStart + thatM[0].length - (thatSubject ? 4 : 0);
      else if (complement !== null) contentStart = gapStart + complement;
      else if (zeroThatOk && (CLAUSE_START_OK.test(clauseText) || LOWER_CLAUSE_START.test(clauseText) || (cue.base === 'say' && (CONDITIONAL_CLAUSE.test(clauseText) || LOWER_CLAUSE_START_LONG.test(clauseText) || PRESENT_WITH_OBJECT.test(clauseText)))) && !/^\s*(?:to|of|for|about(?!\s+\d)|with|in|on|at|by|from|so|and|or|but|nor|it\s+was\s+(?:time|important))\b/i.test(text.slice(gapStart, sent.end)) && !SAID_WHEN.test(clauseText) && !(cue.nominal && NOUN_HOMOGRAPHS.has(cue.form)))
        contentStart = gapStart;
      else continue;
      // The subject is read after the last quotation inside the sentence, never from inside a quote.
      const lastStretch = stretches.filter((q) => (q.close ?? q.end) < cue.start && (q.close ?? q.end) >= sent.start).at(-1);
      const secondFrom = secondAttribution ? coveredTo + SECOND_ATTRIBUTION_LINK.exec(text.slice(coveredTo, cue.start))![0].length : -1;
      const clauseStart = Math.max(secondFrom, lastStretch ? (lastStretch.close ?? lastStretch.end) + 1 : sent.start);
      let src: Span | null = participle ? subjectBefore(text, clauseStart, cue.start) : (relativeClauseSubject(text, clauseStart, cue.start) ?? phraseEndingAt(text, clauseStart, cue.start) ?? subjectBefore(text, clauseStart, cue.start));
      // "... called it X and said ...": the coordinated verb shares the sentence's subject.
      if (!src && !participle && COORDINATED_BEFORE.test(text.slice(Math.max(sent.start, cue.start - 12), cue.start))) src = subjectBefore(text, sent.start, cue.start);
      // "He said A while the army kept bombing, and accused ...": a verb coordinated after a report shares the reporter.
      else if (lastSrc && !participle && /,\s*and\s+$/.test(text.slice(Math.max(sent.start, cue.start - 12), cue.start))) src = lastSrc;
      // "Halvorsen, which had insisted that ...": a relative pronoun stands for the name set off before it.
      if (src && /^(?:which|who)$/i.test(text.slice(src.start, src.end)) && /,\s*$/.test(text.slice(sent.start, src.start))) {
        const comma: number = sent.start + text.slice(sent.start, src.start).lastIndexOf(',');
        src = phraseEndingAt(text, sent.start, comma) ?? subjectBefore(text, sent.start, comma) ?? src;
      }
      // "Officials aren't saying whether ...": a negated auxiliary before a participle ends the clause, not the subject.
      const auxTail = src ? AUXILIARY_TAIL.exec(text.slice(src.start, src.end)) : null;
      if (src && auxTail && auxTail.index > 0) src = trimSpan(text, src.start, src.start + auxTail.index);
      if (!src) continue;
      // "It is worth noting that ...", "It goes without saying that ...": the writer's own aside, no one's report.
      if (participle && /(?:^|[^\p{L}])(?:worth|without)\s+$/u.test(text.slice(Math.max(sent.start, cue.start - 10), cue.start))) continue;
      let contentEnd = sent.end;
      // "While X said that A, B ...": the report sits in a subordinate clause; the main clause after its comma is the writer's.
      if (SUBORDINATE_LEAD.test(text.slice(sent.start, cue.start))) {
        const mainClause = /,\s+(?=(?:he|she|they|it|we|I|the|a|an|his|her|their|its|\p{Lu}\p{Ll})[\p{L}'’]*\s)/u.exec(text.slice(contentStart, sent.end));
        if (mainClause) contentEnd = contentStart + mainClause.index;
      }
      if (complement !== null) {
        const stop = COMPLEMENT_STOP.exec(text.slice(contentStart, sent.end));
        if (stop) contentEnd = contentStart + stop.index;
        const relative = OBJECT_STANCE_BASES.has(cue.base) ? RELATIVE_AFTER_OBJECT.exec(text.slice(contentStart, contentEnd)) : null;
        if (relative) contentEnd = contentStart + relative.index;
        const adjunct = OBJECT_STANCE_BASES.has(cue.base) ? OBJECT_ADJUNCT.exec(text.slice(contentStart, contentEnd)) : null;
        if (adjunct) contentEnd = contentStart + adjunct.index;
      }
      // The object of a stance or a demand may be two words when a name or a possessive makes it specific ("called for his
      // dismissal", "endorsed Hillary Clinton"); "rejected the offer" says too little to report.
      const shortObject = complement !== null && (OBJECT_STANCE_BASES.has(cue.base) || OBJECT_BASES.has(cue.base)) && !/^\s*(?:a|an|the)\s/i.test(text.slice(contentStart, contentEnd));
      const whole = contentSpan(text, contentStart, contentEnd, shortObject ? 2 : 3);
      if (!whole) continue;
      // Zero-"that" clauses must look like a clause: a verb-ish word within the first words.
      const wholeText = text.slice(whole.start, whole.end);
      if (!thatM && complement === null && !finiteNearStart(wholeText) && !(cue.base === 'say' && (FINITE_LATE.test(wholeText) || CONDITIONAL_CLAUSE.test(wholeText) || PLURAL_SUBJECT_PRESENT.test(wholeText) || PRESENT_WITH_OBJECT.test(wholeText)))) continue;
      // "the group that has claimed the kidnapping in a video released in May": "claim" with an object (a deed,
      // responsibility, victory) reports nothing.
      if (!thatM && complement === null && cue.base === 'claim' && CLAIMED_DEED.test(wholeText)) continue;
      const rule = complement !== null ? 'indirect:complement' : participle ? 'indirect:participle-that' : thatM ? 'indirect:that' : 'indirect:zero-that';
      // "X said that A and that B" is one report (PolNeAR and news gold keep it whole); it is split only when a
      // part holds a quotation, which the quoted-speech pass reports as a quote of its own (a quotation closing
      // the whole report after words of its own is a fragment at its end, which leaves it whole). "X said A but that B" sets two claims
      // against each other: always two reports.
      const holdsQuote = (part: Span, closing: boolean) =>
        stretches.some((q) => q.open < part.end && (q.close ?? q.end) > part.start && !(closing && (q.close ?? q.end) >= part.end - 1 && wordCount(text.slice(part.start, q.open)) >= 3));
      const parts = coordinatedThatClauses(text, whole, stretches, 'but').flatMap((contrasted) => {
        const split = coordinatedThatClauses(text, contrasted, stretches);
        return split.length > 1 && !split.some((part, k) => holdsQuote(part, k === split.length - 1)) ? [contrasted] : split;
      });
      let emitted = false;
      for (const part of parts) {
        if (blockedByQuote(part)) continue;
        out.push(indirect(part, cue, src, rule, sent));
        emitted = true;
        coveredTo = Math.max(coveredTo, part.end);
      }
      if (emitted) {
        lastSrc = src;
        takenInRelative = /,\s*(?:which|who)\s[^,]*$/i.test(text.slice(sent.start, cue.start));
      }
      const conjunct = emitted ? modalConjunct(text, parts.at(-1)!, sent.end) : null;
      if (conjunct && !blockedByQuote(conjunct)) {
        out.push(indirect(conjunct, cue, src, 'indirect:conjunct', sent));
        coveredTo = Math.max(coveredTo, conjunct.end);
      }
      // "X conceded that A, but said B": a later coordinated verb may still report a clause of its own.
      if (emitted) taken = true;
    }
  }
  return out;
}

/** "..., he said." / "..., Kallio told reporters on Monday.": a short subject and its cue closing the sentence. */
const CLOSING_ATTRIBUTION_LEAD = /,\s*(?:he|she|they|we|I|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u;
const CLOSING_ATTRIBUTION_TAIL = /^(?:\s+(?:on|in|at|late|early|last|this)?\s*[\p{L}\d]+){0,3}\s*[.!]?\s*$/u;

/** Verbs whose clause is an appeal or a promise ("ask members to ...", "vowed to ..."): an act reported, not a report. */
const APPEAL_OR_PROMISE_BASES = new Set(['ask', 'urge', 'call on', 'call for', 'vow', 'pledge', 'promise', 'threaten']);

/**
 * "The board will ask members to renew the mandate, he said.": an attribution closing the sentence reports
 * everything before it, so its cue is read first when the verbs before it only appeal, promise or judge
 * ("ask", "urge", "finds that"): those are part of what was said, not reports of their own. A report by
 * another verb of saying ("X said A, CNN reported") keeps its own speaker: the nested report is the one
 * that says who holds the position.
 */
function sentenceFinalAttributionFirst(text: string, sent: Sentence, cues: Cue[]): Cue[] {
  const last = cues.at(-1);
  if (!last || last.according || cues.length < 2 || isParticiple(last.form) || !SPEECH_VERB_FORMS.has(last.form)) return cues;
  if (cues.slice(0, -1).some((c) => c.according || (SPEECH_VERB_FORMS.has(c.form) && !APPEAL_OR_PROMISE_BASES.has(c.base)))) return cues;
  if (!CLOSING_ATTRIBUTION_LEAD.test(text.slice(sent.start, last.start)) || !CLOSING_ATTRIBUTION_TAIL.test(text.slice(last.tailEnd, sent.end))) return cues;
  return [last, ...cues.slice(0, -1)];
}

/** What "claim" takes as an object, not a clause: a deed, responsibility, a win ("claimed the attack", unless "the attack was ..."). */
const CLAIMED_DEED = /^(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+)?(?:responsibility|credit|victory|win|title|seats?|kidnappings?|abductions?|attacks?|bombings?|killings?|assassinations?|seizures?|capture|hijackings?|shootings?|raids?|ambush(?:es)?|ownership|sovereignty|asylum|lives)\b(?!\s+(?:is|was|were|are|had|has|have|would|will|could|did|does)\b)/u;

/** A conjunct with no subject of its own opened by a negated modal ("... but would not accept C"). */
const MODAL_CONJUNCT = /^[\s,”"’»']*(?:but|and|yet)\s+(?:(?:also|still|then)\s+)?(?=(?:(?:would|could|might|should|must|will|can|may)\s+(?:not|never)|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|cannot)\b)/u;

/**
 * "X said A was open to B but would not accept C": when the content was cut before a subjectless conjunct
 * opened by a negated modal, that refusal is a position of its own and is reported too. A conjunct that goes
 * on in the same direction ("..., but would eventually add $84 billion") stays with the first (PolNeAR keeps
 * it whole, so it is not repeated), and a plain past tense ("but declined to ...") is the writer's narration.
 */
function modalConjunct(text: string, content: Span, sentEnd: number): Span | null {
  const m = MODAL_CONJUNCT.exec(text.slice(content.end, sentEnd));
  return m ? contentSpan(text, content.end + m[0].length, sentEnd) : null;
}

/**
 * "X said that A and that B", "X said A but that B": two reported contents. Split at top-level ", and that" / " and that"
 * (or " but that")
 * (outside quotation marks), keeping parts of at least three words.
 */
function coordinatedThatClauses(text: string, content: Span, stretches: readonly QuotedStretch[], conjunction: 'and' | 'but' = 'and'): Span[] {
  const re = conjunction === 'and' ? /,?\s+and\s+that\s+/g : /,?\s+but\s+that\s+/g;
  const str = text.slice(content.start, content.end);
  const parts: Span[] = [];
  let from = content.start;
  for (let m = re.exec(str); m; m = re.exec(str)) {
    const at = content.start + m.index;
    if (stretches.some((q) => q.open < at && (q.close ?? q.end) > at)) continue;
    const head = trimSpan(text, from, at);
    if (wordCount(text.slice(head.start, head.end)) < 3) continue;
    parts.push(head);
    from = at + m[0].length;
  }
  if (parts.length === 0) return [content];
  const tail = trimSpan(text, from, content.end);
  if (wordCount(text.slice(tail.start, tail.end)) >= 3) parts.push(tail);
  else parts[parts.length - 1] = { start: parts[parts.length - 1]!.start, end: content.end };
  return parts;
}

function indirect(content: Span, cue: Cue, src: Span, rule: string, sent: Sentence): FoundQuote {
  return {
    kind: 'indirect',
    span: content,
    cue: { start: cue.start, end: cue.according ? cue.end : cue.tailEnd },
    source: src,
    rule,
    confidence: rule === 'indirect:zero-that' ? 0.6 : 0.7,
    paragraph: sent.paragraph,
    inherit: null,
    carry: 'none',
  };
}

/** Irregular past tenses that end a quote's attribution as "-ed" verbs do ("..., Trump shot back"). */
const IRREGULAR_PAST = /^(?:shot|spoke|began|went|broke|threw|sang|swore|bit|struck|drew|hit)$/;
/** Verbs of a text speaking ("..., the statement read", "..., reads the letter") and of mocking or wondering, outside the cue lexicon because elsewhere they rarely report. */
const TEXT_VERB_AFTER = /^(?:reads?|begins|mocks|wonders)$/;
const NOT_A_VERB_AFTER = /^(?:need|based|used|supposed|related|called|named|titled|dubbed|entitled|labeled|labelled|scheduled|alleged|so-called)$/;

/**
 * The speaker and verb of an attribution after a closing mark when the verb is outside the cue lexicon
 * (English news writes "barked", "beamed", "chimed in" as freely as "said"): a short noun phrase then a
 * past-tense verb, or a past-tense verb then a name, with at most a few words after. Hand-written: the
 * construction is a fixed slot after a quotation, no tagger is needed to read it.
 */
function verbAfterQuote(text: string, from: number, to: number): { cue: Span; source: Span } | null {
  const toks = tokens(text, from, to);
  if (toks.length === 0 || /[.!?:;(]/.test(text.slice(from, toks[0]!.start).replace(/^[\s”"’»',–—-]*/, ''))) return null;
  // Past a few words the verb is likelier the next clause's, except in the inverted order (“...!” beamed Ann Lee of Madison, who ...).
  if (toks.length > 16 && !/^[a-z]{3,}ed$/.test(toks[0]!.word)) return null;
  const isPast = (w: string) => (/^[a-z]{3,}ed$/.test(w) && !NOT_A_VERB_AFTER.test(w)) || IRREGULAR_PAST.test(w) || TEXT_VERB_AFTER.test(w);
  // Inverted: “...,” beamed Ann Lee of Madison. / “...,” reads a letter from the union.
  if (isPast(toks[0]!.word)) {
    const textVerb = TEXT_VERB_AFTER.test(toks[0]!.word);
    const source = phraseAfter(text, toks[0]!.end, to, textVerb);
    return source && (/^\p{Lu}/u.test(text.slice(source.start, source.end)) || textVerb) ? { cue: { start: toks[0]!.start, end: toks[0]!.end }, source } : null;
  }
  const k = toks.findIndex((t) => isPast(t.word));
  if (k < 1 || k > 6 || toks.length - k - 1 > 10) return null;
  const verb = toks[k]!;
  const source = subjectJustBefore(text, from, verb.start);
  return source && source.start === toks[0]!.start ? { cue: { start: verb.start, end: verb.end }, source } : null;
}

/**
 * The speaker of a quote introduced by a colon with no reporting verb: the subject of the clause before
 * the colon ("Cruz called them on it:"), or a bare name as in digests and panels ("Philip Bump:").
 */
function colonLeadSource(text: string, from: number, colon: number): Span | null {
  if (colon < from || wordCount(text.slice(from, colon)) > 25) return null;
  // "..., with Trump reportedly yelling: “...”": the subject of the participle just before the colon.
  const participle = /(?<![\p{L}])(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\s*$/u.exec(text.slice(from, colon));
  const absolute = participle ? absoluteSubject(text, from, from + participle.index) : null;
  if (absolute) return absolute;
  const subject = speakerSubject(text, from, colon);
  if (subject) return subject;
  // "Article 33 affirms:", "A footnote in the report makes that clear:": the phrase before the clause's first verb.
  const words = tokens(text, from, colon);
  const verb = words.findIndex((t, k) => k > 0 && k <= 7 && ((/^[a-z]{3,}(?:s|ed)$/.test(t.word) && !/(?:ss|us|is|ics)$/.test(t.word)) || IRREGULAR_PAST.test(t.word) || SPEECH_VERB_FORMS.has(t.word)));
  const before = verb > 0 ? subjectBefore(text, from, words[verb]!.start) : null;
  // The phrase must open the clause and end at the verb, and the verb close it within a few words.
  const opensClause = before !== null && before.start === words[0]!.start && before.end === words[verb - 1]!.end;
  if (opensClause && tokens(text, before.start, before.end).length <= 6 && words.length - verb <= 5 && isSpeakerLike(text, before)) return before;
  const lead = text.slice(from, colon);
  const last = Math.max(lead.lastIndexOf(' - '), lead.lastIndexOf(' – '), lead.lastIndexOf(' — '));
  const nameFrom = last >= 0 ? from + last + 3 : from;
  const toks = tokens(text, nameFrom, colon);
  if (toks.length === 0 || toks.length > 5 || !toks.every((t) => /^\p{Lu}/u.test(t.word) || /^(?:and|of)$/.test(t.word))) return null;
  return trimSpan(text, toks[0]!.start, toks.at(-1)!.end);
}

/**
 * The rest of a lead-in after its verb, up to the colon, when it only says what the words are about or
 * when they were spoken ("said about the draft platform:", "wrote after the hearing:"): no verb of its own.
 */
function leadInGap(gap: string): boolean {
  const g = gap.trim();
  return /:$/.test(g) && /^(?:about|on|of|regarding|in|at|during|after|before|when|while|to|from|via|with)\s/i.test(g) && wordCount(g) <= 25 && !/[“”"«»]/.test(g) && !FINITE_NEAR_START.test(g.replace(/^\S+\s+/, ''));
}

/** "As Breitbart’s Joel Pollak reported after ...:" — the subject of an "as" clause with a reporting verb in a lead-in sentence. */
function asClauseSource(text: string, from: number, cues: readonly Cue[]): Span | null {
  for (const cue of cues) {
    if (cue.nominal || cue.according) continue;
    const lead = text.slice(from, cue.start);
    const as = /(?:^|[\s,(—–-])[Aa]s\s+((?:[^\s,;:.]+\s+){1,7})$/u.exec(lead);
    if (!as) continue;
    const subject = phraseEndingAt(text, from + as.index + as[0].length - as[1]!.length, cue.start);
    if (subject && isSpeakerLike(text, subject)) return subject;
  }
  return null;
}

/** "Peskov continued:" paragraphs with no quote of their own: speakers for the next paragraph's quote. */
function leadIns(ctx: Context): FoundQuote[] {
  const { text, paragraphs, stretches } = ctx;
  const out: FoundQuote[] = [];
  for (const p of paragraphs) {
    if (!/:\s*$/.test(text.slice(p.start, p.end))) continue;
    if (stretches.some((s) => s.paragraph === p.index && s.close !== null && s.close >= p.end - 2)) continue;
    const from = sentenceStartBefore(text, p.end, p.start);
    const cues = cuesIn(text, from, p.end, stretches);
    // "As X observed, the biggest victor was the stage itself:": the lead-in's "as" clause names who is quoted next.
    const asSource = stretches.some((s) => s.paragraph === p.index && s.open >= from) ? null : asClauseSource(text, from, cues);
    if (asSource) {
      out.push({ kind: 'direct', span: { start: p.end, end: p.end }, cue: null, source: asSource, rule: 'lead-in', confidence: 0, paragraph: p.index, inherit: null, carry: 'none', leadIn: true });
      continue;
    }
    const cue = cues.at(-1);
    if (!cue || !(lightGap(text.slice(cue.tailEnd, p.end), cue) || leadInGap(text.slice(cue.tailEnd, p.end)))) {
      // "17-year-old Jared Potts echoed:", "As the foundation's website notes:": any verb before the colon.
      const source = stretches.some((s) => s.paragraph === p.index && s.open >= from) ? null : colonLeadSource(text, from, text.lastIndexOf(':', p.end));
      if (source) out.push({ kind: 'direct', span: { start: p.end, end: p.end }, cue: null, source, rule: 'lead-in', confidence: 0, paragraph: p.index, inherit: null, carry: 'none', leadIn: true });
      continue;
    }
    const source = sourceForCue(ctx, cue, from, p.end);
    if (!source) continue;
    out.push({ kind: 'direct', span: { start: p.end, end: p.end }, cue: { start: cue.start, end: cue.tailEnd }, source, rule: 'lead-in', confidence: 0, paragraph: p.index, inherit: null, carry: 'none', leadIn: true });
  }
  return out;
}

const RELATIVE_SOURCE = /^(?:who|which|that)$/i;

/** A name, a pronoun, or a determined noun phrase ("the report", "A footnote in the report"), never a stray capitalised word ("Wait", "Ever since"). */
function isSpeakerLike(text: string, s: Span): boolean {
  const first = tokens(text, s.start, s.end)[0]?.word ?? '';
  return isSpeakerPhrase(text, s) || /^(?:the|a|an|this|that|his|her|their|its)$/i.test(first) || /['’]s$/.test(first);
}

/** Fills `inherit` for quotes that take their speaker from an earlier one. */
/** How many quotations back one may go on from: far more than any report's run of quotations in two paragraphs. */
const CARRY_LOOKBACK = 64;

function linkCarries(text: string, found: FoundQuote[]): void {
  found.forEach((q, i) => {
    if (q.carry === 'none' || q.source) return;
    let relative: number | null = null;
    // (A quotation goes on from one a few before it: the walk back stops after `CARRY_LOOKBACK`, or a paragraph
    // of thousands of marks, a JSON dump, costs the square of their number.)
    for (let j = i - 1; j >= 0 && j >= i - CARRY_LOOKBACK; j--) {
      const p = found[j]!;
      if (p.rule.startsWith('scare') || p.rule === 'unattributed') continue;
      const maxGap = q.carry === 'same-sentence' ? 0 : 2;
      if (q.paragraph - p.paragraph > maxGap) break;
      // ‘“A,” said Ann Lee, who noted that prices had “cratered.” “B.”’: B goes on with the quotation the
      // relative clause hangs on, when the paragraph has one, not with the relative clause.
      if (p.source && RELATIVE_SOURCE.test(text.slice(p.source.start, p.source.end))) {
        relative ??= j;
        continue;
      }
      if ((p.source || p.inherit !== null) && (relative === null || p.paragraph === found[relative]!.paragraph)) {
        q.inherit = p.inherit !== null && !p.source ? p.inherit : j;
        return;
      }
      if (relative !== null) break;
    }
    if (relative !== null) q.inherit = relative;
  });
}

/** A document as a quote's source: it speaks for whoever filed, issued or sent it. */
const DOCUMENT_SOURCE = /^(?:(?:a|an|the|its|his|her|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|document|letter|filing|release|memo|e-?mail|complaint|lawsuit|motion|brief|readout|communiqu[eé])$/iu;
const ISSUED_BY_AFTER = /^\s+(?:filed|issued|released|signed|written|sent|published|posted|submitted)\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+)?by\s+(?=\S)/u;
const ISSUER_VERB_BEFORE = /(?<![\p{L}])(?:(?:later|also|then|quickly|swiftly|jointly)\s+)?(?:issued|issues|released|releases|put\s+out|published|sent|filed|posted)\s+$/u;

/**
 * "according to a court document filed by state attorney X", "Trump and Ryan issued a statement describing
 * ...": the issuer named next to a document is the source; the span grows to cover a "by" issuer after it,
 * and moves to the subject that issued it before it.
 */
function documentIssuer(text: string, source: Span, sentenceStart: number): Span | null {
  if (!DOCUMENT_SOURCE.test(text.slice(source.start, source.end))) return null;
  const after = ISSUED_BY_AFTER.exec(text.slice(source.end, source.end + 60));
  if (after) {
    // A few lower-case title words, then a name ("state attorney Dave Aronberg", "the Justice Department").
    const by = /^(?:[\p{Ll}-]+\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*/u.exec(text.slice(source.end + after[0].length, source.end + after[0].length + 120));
    if (by) return { start: source.start, end: source.end + after[0].length + by[0].length };
  }
  const from = Math.max(sentenceStart, source.start - 120);
  const verb = ISSUER_VERB_BEFORE.exec(text.slice(from, source.start));
  return verb ? phraseEndingAt(text, from, from + verb.index) : null;
}

/** "It was ... that X said", "This is why X cried": a cleft's subject clause, read up to where its own subject begins. */
const CLEFT_LEAD = /^(?:It|This)\s+(?:was|is)\s+(?:[^\s.;:“”"]+\s+){0,12}?(?:that|when|why|how)\s+(?=\S)/u;
const CLEFT_POSSESSOR = /^It\s+(?:was|is)\s+(?=\p{Lu}[\p{L}.'’ -]{0,40}['’]s\s)/u;

/**
 * A source that is only the expletive or demonstrative of a cleft ("It was with that grit that Ms. Lee
 * answered ...", "This is why voters cry ...", "It was Mr. Dorn's rejection of “...”") stands for the
 * subject the cleft focuses: the name or pronoun after "that"/"why", or the possessor right after "It was".
 */
function cleftSubject(text: string, source: Span, limit: number): Span | null {
  if (!/^(?:It|This)$/.test(text.slice(source.start, source.end))) return null;
  const rest = text.slice(source.start, limit);
  const possessor = CLEFT_POSSESSOR.exec(rest);
  const starts = possessor ? [possessor[0].length] : [];
  // "It was with that same grit that X ...": the focus may hold a "that" of its own; the clause starts at the first one a subject follows.
  if (CLEFT_LEAD.test(rest)) for (const m of rest.slice(0, 160).matchAll(/\s(?:that|when|why|how)\s+(?=\S)/g)) starts.push(m.index + m[0].length);
  for (const at of starts) {
    const subject = phraseAfter(text, source.start + at, limit);
    if (subject && isSpeakerPhrase(text, subject)) return subject;
  }
  return null;
}

/** Every quote of the text (direct, partial, indirect) with its cue and source, in text order. */
export function extractQuotes(text: string, sentences: readonly Sentence[]): FoundQuote[] {
  const paragraphs = paragraphsOf(text);
  const stretches = findQuotedStretches(text, paragraphs);
  const ctx: Context = { text, paragraphs, stretches, sentences };
  const reported = reportedSpeech(ctx);
  // A noun of saying inside a clause already reported by a verb adds nothing.
  const overlapsReported = (q: FoundQuote) => reported.some((r) => r.span.start < q.span.end && q.span.start < r.span.end);
  const nounReports = [...reportNounClauses(ctx), ...positionClauses(ctx), ...evidenceReports(ctx), ...headlineReports(ctx), ...asClauseReports(ctx)].filter((q) => !overlapsReported(q));
  const found = [...quotedSpeech(ctx), ...reported, ...nounReports, ...colonHeadedReports(ctx), ...leadIns(ctx)].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (const q of found) {
    if (!q.source) continue;
    const sentence = sentences[sentenceIndexAt(sentences, q.source.start)];
    const issuer = documentIssuer(text, q.source, sentence && sentence.start <= q.source.start ? sentence.start : Math.max(0, q.source.start - 120));
    if (issuer) q.source = issuer;
    const cleft = cleftSubject(text, q.source, Math.max(q.source.end, q.span.start));
    if (cleft) q.source = cleft;
  }
  linkCarries(text, found);
  return found;
}

export { sentenceIndexAt, tokens };
