/**
 * Finding the speaker's local mention (the quote's `source`) from the words around a cue: the subject
 * before a reporting verb ("Kremlin spokesman Dmitry Peskov said"), the noun phrase after an inverted
 * verb ("said Alexander Dynkin, an expert"), or a pronoun ("he noted").
 *
 * Hand-written: no maintained npm parser gives noun-phrase chunks with exact offsets at this speed
 * (compromise's offsets are per term and it is slow on long texts); news attribution needs only a
 * narrow grammar of names, titles and pronouns.
 */
import { trimSpan, type Span } from '../../core/span.js';
import { SOURCE_NOUNS, SOURCE_PRONOUNS, SPEECH_VERB_FORMS } from './cues.js';
import { isUsState } from './places.js';
import { COMMON_WORDS } from '../actors/data/common-words.js';

const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’]|-(?=[\p{L}\p{N}]))*|-[\p{L}]+|\p{Lu}\./gu;

interface Token extends Span {
  word: string;
}

export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const sub = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sub); m; m = TOKEN_RE.exec(sub)) {
    let word = m[0];
    let start = from + m.index;
    // A single capital followed by a period is an initial ("Alexander A. Dynkin").
    if (/^\p{Lu}$/u.test(word) && sub[m.index + 1] === '.') {
      word += '.';
      TOKEN_RE.lastIndex++;
    }
    if (word.startsWith('-')) {
      word = word.slice(1);
      start++;
    }
    out.push({ start, end: start + word.length, word });
  }
  return out;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'two', 'three', 'some', 'several', 'many', 'other', 'his', 'her', 'their', 'its', 'our', 'both', 'senior', 'top', 'former', 'unnamed', 'anonymous']);
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'da', 'del', 'van', 'von', 'bin', 'al', 'and', 'to']);
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/i;
const MODIFIERS = new Set([
  'senior', 'former', 'deputy', 'foreign', 'press', 'national', 'security', 'special', 'chief', 'top', 'state', 'defense',
  'defence', 'prime', 'vice', 'assistant', 'presidential', 'military', 'economic', 'political', 'international', 'global',
  'affairs', 'secretary', 'general', 'campaign', 'government', 'white', 'house', 'administration', 'party', 'senior-level',
  'high-ranking', 'russian', 'ukrainian', 'american', 'european', 'western', 'us', 'u.s.', 'kremlin', 'intelligence',
  'regional', 'local', 'federal', 'executive', 'managing', 'lead', 'head', 'acting', 'interim', 'retired', 'veteran',
  'independent', 'military-political', 'defense-industry', 'ministry', 'foreign-policy', 'policy', 'news', 'agency',
]);
const NON_SUBJECT_START = /^(?:given|ever\s+since|in|on|at|for|after|before|during|following|despite|since|when|while|as|if|although|though|because|whether|with|without|from|by|to|of|under|over|amid|among|about|against|who|which|that|where|whose|whom|what|citing|according|asked|speaking|writing|responding|referring|including|instead|unlike|like|than|there|here|even|only|not|then|so|thus)\b/i;
const LEADING_FILLER = /^(?:(?:and|but|or|so|yet|even|however|meanwhile|still|also|now|then|later|previously|earlier|additionally|nevertheless|nonetheless|moreover|furthermore|instead|indeed|separately|finally|first|second|in\s+turn|in\s+response|in\s+reply|for\s+his\s+part|for\s+her\s+part|for\s+their\s+part|for\s+its\s+part|for\s+example|at\s+the\s+same\s+time)\b[\s,]*)+/i;
const TRAILING_FILLER = /(?:\s+(?:has|have|had|also|additionally|further|previously|repeatedly|later|then|reportedly|again|once|would|will|did|does|do|may|might|could|can|should|must|not|never|just|already|initially|first|earlier|recently|publicly|privately|separately|himself|herself|themselves|itself|[a-z]+ly))+$/;
const RAISING_TAIL = /\s+(?:continues?|continued|appears?|appeared|seems?|seemed|began|begins?|tried|tries|wants?|wanted|went\s+on|has\s+gone\s+on)\s+to$/;
const WEEKDAY_OR_TIME = /^(?:(?:on|last|this|next|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|evening|afternoon|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** A piece that only places the sentence in time ("Hours later", "Two days ago", "Moments afterwards"). */
const TIME_ADVERBIAL = /^(?:\S+\s+){0,3}(?:later|earlier|ago|afterwards|afterward|before)$/i;
const TIME_PIECE =
  /^(?:(?:early|late|earlier|later|just|only)\s+)?(?:(?:on|last|this|next|one|that|the\s+next|the\s+following|the\s+previous|the\s+same|a)\s+)?(?:(?:early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|afternoon|day|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const FINITE_HINT = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|do|be|been|being)$/;

/**
 * A wire dateline opening a sentence ("WASHINGTON, Aug. 24 (UPI) — ", "KYIV, Ukraine (AP) - ", "(CNN) — "):
 * its capitalised place is never the speaker.
 */
const DATELINE_LEAD =
  /^\s*(?:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}\s*\([\p{Lu}][^()\n]{0,20}\)|\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,40}\))?|\([^()\n]{1,40}\))\s*(?:[—–]|--?)\s+/u;

/** Where the words of a sentence begin once any leading dateline is skipped. */
export function afterDateline(text: string, from: number, to: number): number {
  const m = DATELINE_LEAD.exec(text.slice(from, Math.min(to, from + 80)));
  return m && from + m[0].length < to ? from + m[0].length : from;
}

/** Cuts a range into comma, dash, bracket and quotation-mark delimited pieces. */
function segments(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  from = afterDateline(text, from, to);
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = text[i];
    const boundary =
      i === to || (c === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) || c === ';' || c === '(' || c === ')' || c === '–' || c === '—' || c === '“' || c === '”' || c === '"' || c === '«' || c === '»' || c === '„' ||
      (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ');
    if (!boundary) continue;
    const s = trimSpan(text, start, i);
    if (s.end > s.start) out.push(s);
    start = i + 1;
  }
  return out;
}

/** Removes leading connectives and trailing auxiliaries/adverbs from a piece; null when nothing is left. */
function core(text: string, s: Span): Span | null {
  let str = text.slice(s.start, s.end);
  const lead = LEADING_FILLER.exec(str);
  let start = s.start + (lead ? lead[0].length : 0);
  str = text.slice(start, s.end);
  const trail = TRAILING_FILLER.exec(str);
  let end = s.end - (trail ? trail[0].length : 0);
  const raising = RAISING_TAIL.exec(text.slice(start, end));
  if (raising) end -= raising[0].length;
  const t = trimSpan(text, start, end);
  start = t.start;
  return t.end > t.start ? { start, end: t.end } : null;
}

// Arabic and Dutch-style surnames keep a lower-case particle glued to the capital ("al-Hayya", "el-Sisi").
const isCap = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:al|el|ad|ash|as|at|az|abu|bin|ibn|bint)-\p{Lu}/u.test(w);
const isPronoun = (w: string) => SOURCE_PRONOUNS.has(w.toLowerCase());

/**
 * The longest noun-phrase prefix of the tokens: determiners, capitalised words, role words and the
 * connectors between them ("the Secretary of State", "Kremlin’s press -secretary Dmitry Peskov").
 */
/** Plural nouns for groups of states, bodies or people that an adjective opening a sentence may qualify. */
const GROUP_PLURALS = /^(?:countries|nations|states|economies|governments|members|parties|groups|producers|exporters|importers|blocs|allies|neighbou?rs|powers|donors|lenders|creditors|debtors|democracies|members|unions|workers|employers|companies|firms|lawmakers|legislators|leaders|officials|delegates|delegations|negotiators|ministers|diplomats|nations)$/;

function chunk(toks: readonly Token[], requireHead: boolean): Span | null {
  if (toks.length === 0) return null;
  if (isPronoun(toks[0]!.word) && !/^(?:it|you)$/i.test(toks[0]!.word)) return { start: toks[0]!.start, end: toks[0]!.end };
  let end = -1;
  let headSeen = false;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.word;
    const lw = w.toLowerCase();
    const next = toks[i + 1]?.word;
    if (TIME_WORD.test(w)) break;
    if (isCap(w) && !(i > 0 && DETERMINERS.has(lw) && !headSeen)) {
      if (i === 0 && DETERMINERS.has(lw)) continue;
      headSeen = true;
      end = toks[i]!.end;
      // "Developing countries", "Small island states": a common word capitalised only as the first of its
      // sentence, before lower-case words ending in a plural, is an adjective of that noun phrase, not a name.
      if (i === 0 && COMMON_WORDS.has(lw)) {
        let j = 1;
        while (j < 3 && j < toks.length - 1 && /^\p{Ll}+$/u.test(toks[j]!.word) && COMMON_WORDS.has(toks[j]!.word) && !/s$/.test(toks[j]!.word)) j++;
        if (j < toks.length && GROUP_PLURALS.test(toks[j]!.word)) {
          end = toks[j]!.end;
          i = j;
          continue;
        }
      }
    } else if (SOURCE_NOUNS.has(lw.replace(/['’]s$/, ''))) {
      // "the party's environment spokeswoman Claire Holis": a body's possessive, its officer's title, then the officer's name.
      const named = /['’]s$/.test(lw) ? toks.findIndex((t, j) => j > i + 1 && j <= i + 4 && isCap(t.word)) : -1;
      if (named > 0 && toks.slice(i + 1, named).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.word)) && SOURCE_NOUNS.has(toks[named - 1]!.word.toLowerCase())) {
        i = named - 1;
        continue;
      }
      headSeen = true;
      end = toks[i]!.end;
    } else if (DETERMINERS.has(lw) && !headSeen) {
      continue;
    } else if (MODIFIERS.has(lw)) {
      continue;
    } else if (CONNECTORS.has(lw) && headSeen && next !== undefined && (isCap(next) || SOURCE_NOUNS.has(next.toLowerCase()) || MODIFIERS.has(next.toLowerCase()) || next.toLowerCase() === 'the')) {
      continue;
    } else if (headSeen && (isCap(toks[i - 1]!.word) || MODIFIERS.has(toks[i - 1]!.word.toLowerCase()))) {
      const named = titleBridge(toks, i);
      if (named < 0) break;
      i = named - 1;
    } else break;
  }
  if (end < 0 || (requireHead && !headSeen)) return null;
  return { start: toks[0]!.start, end };
}

/**
 * "Post White House bureau chief Juliet Eilperin", "Fox News anchor Bret Baier": after a capitalised
 * qualifier, up to three plain lower-case title words lead to the name they qualify. The index of that
 * name's first word, or -1.
 */
function titleBridge(toks: readonly Token[], from: number): number {
  for (let j = from; j < toks.length && j - from < 3; j++) {
    const w = toks[j]!.word;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || w.length < 3 || TIME_WORD.test(w) || verbLike(w) || DETERMINERS.has(w) || CONNECTORS.has(w) || FUNCTION_CAPS.has(w) || DESCRIPTION_END.test(w) || NON_SUBJECT_START.test(w)) return -1;
    const next = toks[j + 1]?.word;
    if (next !== undefined && /^\p{Lu}/u.test(next) && !FUNCTION_CAPS.has(next.toLowerCase()) && !DETERMINERS.has(next.toLowerCase()) && !TIME_WORD.test(next)) return j + 1;
  }
  return -1;
}

/** Words opening a subordinate or relative clause whose own subject follows them ("while Comey said", "which Will claims"). */
const SUBORDINATOR = /^(?:while|when|whereas|although|though|as|because|since|after|before|once|until|unless|if|which|that|whom)\s+(?=\S)/i;

/**
 * A piece right before the verb that is itself the subject of an attribution set off by commas
 * ("Particularly in the south, he said, ..."; "Whatever the issue, Mr. Garin added, ..."): a personal
 * pronoun or a bare proper name. A piece led by a determiner or a description ("a former envoy",
 * "Obama's adviser") is an appositive instead, and the subject comes before it.
 */
function parentheticalSubject(text: string, segs: readonly Span[], verbStart: number): Span | null {
  const last = segs.at(-1);
  if (segs.length < 2 || !last || text.slice(last.end, verbStart).trim() !== '') return null;
  const c = core(text, last);
  if (!c) return null;
  const toks = tokens(text, c.start, c.end);
  if (toks.length === 1 && isPronoun(toks[0]!.word) && !/^(?:it|you)$/i.test(toks[0]!.word)) return c;
  if (toks.length === 0 || toks.length > 5 || toks.some((t) => /['’]s$/.test(t.word))) return null;
  const first = toks[0]!.word.toLowerCase();
  const properName = toks.every((t) => isCap(t.word) || CONNECTORS.has(t.word.toLowerCase())) && isCap(toks.at(-1)!.word);
  return properName && !DETERMINERS.has(first) && !FUNCTION_CAPS.has(first) && !NON_SUBJECT_START.test(toks[0]!.word) ? c : null;
}

const PRONOUN_CLITIC = /^(?:he|she|it|that|there|who|what|here|where)['’]s$/i;

/** A piece closing on a town after a preposition of place ("at a rally in Portsmouth"). */
const TOWN_BEFORE_STATE = /(?:^|\s)(?:in|at|near|outside|from|to|of)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*$/u;

const LEADING_ADVERB = /^\p{Lu}\p{Ll}{3,}ly\s+(?:after|before|since|following|upon|when|while|as|into|in|on|at|from|with|\p{Ll}{3,}ing)\s/u;

const ADVERBIAL_PREPOSITION = /^(?:in|on|at|after|before|during|from|since|with|to|into|for|over|under|through|throughout|about|across|around|last|this|ago)$/;

/**
 * A piece set off by a comma whose capital is only the sentence's ("Back in 1999,", "Smiling broadly,",
 * "Reflecting on the loss,"): an -ing or -ly word, or a word then a preposition, with no later capital.
 */
function sentenceAdverbial(toks: readonly Token[]): boolean {
  const [first, second] = toks;
  if (!first || !second || toks.slice(1).some((t) => /^\p{Lu}/u.test(t.word))) return false;
  return /^\p{Lu}\p{Ll}{3,}(?:ing|ly)$/u.test(first.word) || ADVERBIAL_PREPOSITION.test(second.word);
}

/** "While Comey said ...", "..., which Will claims": the piece next to the verb opens a clause whose own subject speaks. */
function subordinateSubject(text: string, segs: readonly Span[], verbStart: number): Span | null {
  const last = segs.at(-1);
  if (!last) return null;
  // "As John Cornyn, the No. 2 in the GOP leadership, put it": appositives between the subject and its verb.
  let k = segs.length - 1;
  while (k > 0 && appositivePiece(text, segs[k]!)) k--;
  const gap = text.slice(last.end, verbStart);
  if (k === segs.length - 1 ? gap.trim() !== '' : !/^\s*,\s*$/.test(gap)) return null;
  const c = core(text, segs[k]!);
  const sub = c ? SUBORDINATOR.exec(text.slice(c.start, c.end)) : null;
  if (!c || !sub) return null;
  const toks = tokens(text, c.start + sub[0].length, c.end);
  if (toks.length === 0 || toks.length > 6) return null;
  const ch = chunk(toks, true);
  return ch && ch.end === c.end ? ch : null;
}

/** A piece set off by commas that describes the name before it: a determiner and at most eight more words, no verb. */
function appositivePiece(text: string, seg: Span): boolean {
  const toks = tokens(text, seg.start, seg.end);
  return toks.length >= 2 && toks.length <= 9 && /^(?:the|a|an|his|her|their|its)$/i.test(toks[0]!.word) && !toks.slice(1).some((t) => FINITE_HINT.test(t.word) || SUBORDINATOR.test(`${t.word} x`) || (verbLike(t.word) && !isCap(t.word) && !SOURCE_NOUNS.has(t.word.toLowerCase())));
}

/**
 * A head noun's complement naming a place, a body or a portfolio in capitals ("in Europe", "to the UN", "of
 * the League", "of Fisheries"); after "of" without "the", only a one-word portfolio: "the mayor of
 * Alexandria, Virginia," is a town and its state.
 */
const HEAD_COMPLEMENT = /\s+(?:(?:in|to|for|at)\s+(?:the\s+)?|of\s+the\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$|\s+of\s+(?:Fisheries|Defen[cs]e|Finance|Labou?r|Agriculture|Health|Education|Justice|Energy|Transport|Trade|Interior|Foreign\s+Affairs)$/u;

/**
 * "The military's media wing, the ISPR, said": a description whose head is a common noun, followed right
 * before the verb by a proper-name appositive, names its speaker in the appositive; the span covers both.
 */
function withNameAppositive(text: string, subject: Span, next: Span | undefined, nextIsLast: boolean, verbStart: number): Span {
  if (!next || !nextIsLast || !/^[\s,]*$/.test(text.slice(next.end, verbStart)) || !/^\s*,\s*$/.test(text.slice(subject.end, next.start))) return subject;
  // "The movement's representative in Europe, Amina Lahbib, said", "the Islands' Minister of Fisheries, X,": the
  // head comes before a complement; a capitalised head is a common noun only when it names an office.
  const described = text.slice(subject.start, subject.end).replace(HEAD_COMPLEMENT, '');
  const head = tokens(text, subject.start, subject.start + described.length).at(-1)?.word ?? '';
  const complemented = described.length < subject.end - subject.start;
  if (!(/^\p{Ll}/u.test(head) || (complemented && SOURCE_NOUNS.has(head.toLowerCase()))) || isPronoun(head)) return subject;
  const toks = tokens(text, next.start, next.end).filter((t, i) => !(i === 0 && /^the$/i.test(t.word)));
  const name = toks.length > 0 && toks.length <= 5 && toks.every((t) => isCap(t.word) || CONNECTORS.has(t.word.toLowerCase()) || MODIFIERS.has(t.word.toLowerCase()) || SOURCE_NOUNS.has(t.word.toLowerCase())) && isCap(toks.at(-1)!.word);
  return name ? { start: subject.start, end: next.end } : subject;
}

/** Whether a token follows a word other than an auxiliary ("an earlier report"), which makes a noun of a speech-verb form. */
const followsNonAuxiliary = (toks: readonly Token[], t: Token) => {
  const k = toks.indexOf(t);
  return k > 0 && !FINITE_HINT.test(toks[k - 1]!.word);
};

/** "Sen. Elizabeth Warren (D-MA) said": where the subject ends, before a short parenthesis next to its verb. */
function beforeParenthesis(text: string, from: number, verbStart: number): number {
  const m = /\s*\([^()]{1,25}\)\s*$/.exec(text.slice(from, verbStart));
  return m && m.index > 0 ? from + m.index : verbStart;
}

/** The subject noun phrase of a clause, read from its start up to the reporting verb. */
export function subjectBefore(text: string, from: number, verbStart: number): Span | null {
  verbStart = beforeParenthesis(text, from, verbStart);
  const segs = segments(text, from, verbStart);
  const parenthetical = parentheticalSubject(text, segs, verbStart);
  if (parenthetical) return parenthetical;
  const subordinate = subordinateSubject(text, segs, verbStart);
  if (subordinate) return subordinate;
  for (const [k, seg] of segs.entries()) {
    const c = core(text, seg);
    if (!c) continue;
    const str = text.slice(c.start, c.end);
    if (NON_SUBJECT_START.test(str) || WEEKDAY_OR_TIME.test(str) || TIME_ADVERBIAL.test(text.slice(seg.start, seg.end)) || TIME_ADVERBIAL.test(str)) continue;
    // "At a rally in Portsmouth, N.H., on Tuesday, Senator X": the state after a town closes the place phrase before it.
    if (k > 0 && k < segs.length - 1 && isUsState(str) && TOWN_BEFORE_STATE.test(text.slice(segs[k - 1]!.start, segs[k - 1]!.end))) continue;
    // "Shortly after the call ended,", "Hastily politicizing the tragedy in Nice ―": a capitalised adverb opening a
    // piece before a preposition or a participle places the sentence, whatever capitals follow.
    if (k < segs.length - 1 && LEADING_ADVERB.test(str)) continue;
    // "Early one evening in June,", "Tuesday at the university,", "Likewise,": a piece set off before the subject that only places the sentence.
    if (k < segs.length - 1 && (TIME_PIECE.test(str) || /^(?:\p{Lu}\p{Ll}+ly|Likewise|Similarly|Instead|Otherwise|Again|Here|There|Today|Now|Nor)$/u.test(str))) continue;
    const toks = tokens(text, c.start, c.end);
    if (toks.length === 0) continue;
    if (/^[a-z]+(?:ing|ed)$/.test(toks[0]!.word)) continue;
    // "Reached by phone on Tuesday, Joyce said": a capitalised participle opening a piece set off by a comma.
    if (k < segs.length - 1 && toks.length >= 2 && /^\p{Lu}\p{Ll}{3,}(?:ing|ed)$/u.test(toks[0]!.word) && /^\p{Ll}/u.test(toks[1]!.word)) continue;
    if (k < segs.length - 1 && sentenceAdverbial(toks)) continue;
    // A piece holding a verb ("Anderson said", "Trump has") is a clause, not a noun phrase: chunk its head.
    // "An earlier report in a paper": a speech-verb form that is also a speaker noun is the noun here.
    const short = toks.length <= 8 && !toks.some((t) => FINITE_HINT.test(t.word) || IRREGULAR_FINITE.test(t.word) || (SPEECH_VERB_FORMS.has(t.word) && !(followsNonAuxiliary(toks, t) && SOURCE_NOUNS.has(t.word))) || (/^[a-z]+ed$/.test(t.word) && !MODIFIERS.has(t.word)));
    const determined = toks.length <= 4 && DETERMINERS.has(toks[0]!.word.toLowerCase());
    if (short && (determined || toks.some((t) => isCap(t.word) || SOURCE_NOUNS.has(t.word.toLowerCase())) || (toks.length === 1 && isPronoun(toks[0]!.word)))) {
      return withNameAppositive(text, c, segs[k + 1], k + 2 === segs.length, verbStart);
    }
    const ch = chunk(toks, true);
    // "Recalling, for some, Gov. X’s famous refrain in praise of ..., Y pledged": a possessor heading a longer
    // phrase set off before the clause is part of that phrase, not the subject.
    // A piece with a verb of its own ("Cruz’s lawyers relied on ...") is a clause, and its possessor may head the subject.
    if (ch && ch.end < c.end && k > 0 && k < segs.length - 1 && /^\p{Lu}[\p{L}.'’ -]*['’]s$/u.test(text.slice(ch.start, ch.end)) && !PRONOUN_CLITIC.test(text.slice(ch.start, ch.end)) && !toks.some((t) => FINITE_HINT.test(t.word) || IRREGULAR_FINITE.test(t.word) || /^[a-z]{3,}ed$/.test(t.word))) continue;
    // "Meta's director of public policy for Australia and New Zealand, Craig Dunmore, said": a title with a long
    // complement, then the name it describes.
    if (ch && ch.end < c.end && /^\s+(?:of|for|in|at)\s/.test(text.slice(ch.end, c.end)) && !toks.some((t) => verbLike(t.word) && !/^[A-Z]/.test(t.word))) {
      const next = segs[k + 1];
      const nameToks = next && k + 2 === segs.length && /^[\s,]*$/.test(text.slice(next.end, verbStart)) && /^\s*,\s*$/.test(text.slice(c.end, next.start)) ? tokens(text, next.start, next.end) : [];
      if (nameToks.length >= 2 && nameToks.length <= 4 && nameToks.every((t) => isCap(t.word))) return { start: c.start, end: next!.end };
    }
    if (ch) return ch.end === c.end ? withNameAppositive(text, ch, segs[k + 1], k + 2 === segs.length, verbStart) : ch;
    return describedSubject(toks);
  }
  return null;
}

const DESCRIPTION_DETERMINER = /^(?:the|a|an|his|her|their|its|our|another|this|one|two|three|several|some|many)$/i;
const DESCRIPTION_CONNECTOR = /^(?:of|for|at|in|to|and)$/;
const IRREGULAR_FINITE = /^(?:began|made|took|gave|got|went|came|said|told|wrote|left|kept|held|brought|sent|spent|met|ran|became|fell|felt|led|stood|sought|thought|knew|saw|won|lost|put|set|cut|let)$/;
/** A word that reads as the finite verb after a subject: an auxiliary, a past form, a speech verb or a third-person present ("hits", "calls"). */
const verbLike = (w: string) => FINITE_HINT.test(w) || IRREGULAR_FINITE.test(w) || SPEECH_VERB_FORMS.has(w) || (/^[a-z]{3,}(?:ed|s)$/.test(w) && !/(?:ss|us|is|ics|news)$/.test(w));

/**
 * A determined description opening a clause, read up to its verb ("The retired neurosurgeon has ...",
 * "The billionaire businessman began ...", "The Rove ad hits ..."): `chunk` keeps only names and known role
 * nouns, but news refers back to speakers with any epithet. At most six words, the last not a connector.
 */
function describedSubject(toks: readonly Token[]): Span | null {
  if (toks.length < 3 || !DESCRIPTION_DETERMINER.test(toks[0]!.word)) return null;
  for (let k = 2; k <= Math.min(6, toks.length - 1); k++) {
    const w = toks[k]!.word;
    const before = toks[k - 1]!.word.toLowerCase();
    if (verbLike(w) && !DESCRIPTION_CONNECTOR.test(before) && !DETERMINERS.has(before) && !/['’]s$/.test(before)) return { start: toks[0]!.start, end: toks[k - 1]!.end };
    if (!/^[\p{L}][\p{L}'’-]*$/u.test(w) || FINITE_HINT.test(w) || /^(?:who|which|that|whose|when|while|as|if|because|but|or|not)$/i.test(w)) return null;
  }
  return null;
}

/** The core of the last comma-separated piece of [from, verbStart), when it runs right up to the verb. */
function lastPieceBefore(text: string, from: number, verbStart: number): Span | null {
  const last = segments(text, from, verbStart).at(-1);
  if (!last || text.slice(last.end, verbStart).trim() !== '') return null;
  return core(text, last);
}

/**
 * The subject immediately before a verb at the end of a sentence ("..., Kremlin spokesman Dmitry
 * Peskov told reporters"): the last piece only, which must be a short noun phrase.
 */
export function subjectJustBefore(text: string, from: number, verbStart: number): Span | null {
  verbStart = beforeParenthesis(text, from, verbStart);
  const c = lastPieceBefore(text, from, verbStart);
  if (!c) return null;
  const toks = tokens(text, c.start, c.end);
  if (toks.length === 0 || toks.length > 8 || NON_SUBJECT_START.test(text.slice(c.start, c.end))) return null;
  // "a harbour official", "two senior diplomats": a determiner, a few words and a speaker noun.
  const first = toks[0]!.word.toLowerCase();
  if (toks.length <= 5 && (DETERMINERS.has(first) || /^(?:two|three|four|several|some|many|most)$/.test(first)) && SOURCE_NOUNS.has(toks.at(-1)!.word.toLowerCase())) return c;
  const last = toks.at(-1)!.word;
  // "..., law enforcement officials say.", "..., labor-policy experts say.": plain words before a plural speaker noun.
  if (toks.length >= 2 && toks.length <= 4 && SOURCE_NOUNS.has(last.toLowerCase()) && /s$/.test(last) && toks.every((t) => /^\p{L}+(?:-\p{L}+)*$/u.test(t.word) && !/(?:ly|ing)$/.test(t.word) && !FINITE_HINT.test(t.word))) return c;
  // "..., her cousin said.", "..., the charity said", "..., one slide says": a short determined phrase closing on a plain noun.
  if (toks.length >= 2 && toks.length <= 4 && /^(?:the|his|her|their|its|our|my|a|an|one|former)$/.test(first) && /^\p{Ll}{3,}$/u.test(last) && !/(?:ly|ing|ed)$/.test(last) && !FINITE_HINT.test(last)) return c;
  const ch = chunk(toks, true);
  return ch && ch.end === c.end ? ch : null;
}

/**
 * The noun phrase that ends right before a verb, read backwards ("... and The Ministry of Defense
 * claims"): only names, role nouns and pronouns; null when the word before the verb is anything else.
 */
export function phraseEndingAt(text: string, from: number, verbStart: number): Span | null {
  verbStart = beforeParenthesis(text, from, verbStart);
  const c = lastPieceBefore(text, from, verbStart);
  if (!c) return null;
  const toks = tokens(text, c.start, c.end);
  if (toks.length === 0 || toks.at(-1)!.end !== c.end) return null;
  const relative = relativeSubject(text, toks);
  if (relative) return relative;
  const lastWord = toks.at(-1)!.word;
  // "..., others argue that": a bare "others" is the verb's subject (not a speaker noun elsewhere: "..., others disagreed" after a quotation is a clause of its own).
  if (toks.length === 1 && /^others$/i.test(lastWord)) return { start: toks[0]!.start, end: c.end };
  // "... on Monday said": a time phrase before the verb is no subject.
  if (TIME_WORD.test(lastWord)) return null;
  if (toks.length >= 1 && isPronoun(lastWord) && !/^(?:it|you)$/i.test(lastWord)) {
    const prevWord = toks.at(-2)?.word.toLowerCase();
    return prevWord === undefined || /^(?:and|but|so|then|yet|that|as|because|which|who|whom|when|while|after|before|if|where|since|although|though|until|once|whenever|what|how|why)$/.test(prevWord) ? { start: toks.at(-1)!.start, end: c.end } : null;
  }
  if (!(isCap(lastWord) || SOURCE_NOUNS.has(lastWord.toLowerCase()))) return null;
  let i = toks.length - 1;
  while (i > 0) {
    const w = toks[i - 1]!.word;
    const lw = w.toLowerCase();
    if ((isCap(w) && !FUNCTION_CAPS.has(lw)) || SOURCE_NOUNS.has(lw) || MODIFIERS.has(lw) || (CONNECTORS.has(lw) && lw !== 'and') || DETERMINERS.has(lw)) i--;
    // "China's commerce ministry", "the campaign’s statement": up to two plain noun modifiers after a possessive.
    else {
      const k = [1, 2, 3].find((d) => /['’]s$/.test(toks[i - d]?.word ?? '') && toks.slice(i - d + 1, i).every((t) => /^\p{Ll}+$/u.test(t.word) && !FINITE_HINT.test(t.word)));
      if (k === undefined) break;
      i -= k;
    }
  }
  // "The union representing dockworkers at ports from Maine to Texas said": a phrase a preposition governs
  // is the tail of the subject, not the subject; the whole clause start is read instead.
  if (i > 1 && PREPOSITION_BEFORE_PHRASE.test(toks[i - 1]!.word) && /^\p{Ll}{3,}$/u.test(toks[i - 2]!.word) && !NUMBER_WORD.test(toks[i - 2]!.word)) return null;
  while (i < toks.length - 1 && CONNECTORS.has(toks[i]!.word.toLowerCase()) && toks[i]!.word.toLowerCase() !== 'the') i++;
  return { start: toks[i]!.start, end: c.end };
}

/** Auxiliaries and adverbs that may stand between a relative pronoun and its verb ("who has long said"). */
const RELATIVE_FILLER = /^(?:has|have|had|also|then|later|previously|once|often|still|repeatedly|recently|now|long|since|again|already|publicly|privately|\p{Ll}+ly)$/u;

/**
 * "Sanders, who says ...", "the report, which notes ...", "a message that said ...": a relative pronoun
 * opening the piece before the verb is the verb's subject; the speaker is its antecedent (speaker.ts).
 * "that" counts only right after a noun, never as the demonstrative opening a sentence ("That said, ...").
 */
function relativeSubject(text: string, toks: readonly Token[]): Span | null {
  const first = toks[0]!;
  const w = first.word.toLowerCase();
  if (!/^(?:who|which|that)$/.test(w) || !toks.slice(1).every((t) => RELATIVE_FILLER.test(t.word))) return null;
  if (w === 'that' && !/\p{Ll}{3,}\s+$/u.test(text.slice(Math.max(0, first.start - 20), first.start))) return null;
  return { start: first.start, end: first.end };
}

const PREPOSITION_BEFORE_PHRASE = /^(?:from|at|in|across|near|outside|inside|throughout|between|among|into|over|under|around|beyond|within)$/;
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|half|most|many|some|few)$/;

const FUNCTION_CAPS = new Set(['and', 'but', 'or', 'so', 'yet', 'however', 'meanwhile', 'while', 'when', 'after', 'before', 'as', 'if', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'since', 'although', 'though']);

/** The noun phrase right after an inverted verb ("said Alexander A. Dynkin, ..."), or null. */
export function phraseAfter(text: string, from: number, to: number, described = false): Span | null {
  const window = Math.min(to, from + 160);
  const toks = tokens(text, from, window);
  // Stop at the first comma, period or bracket: the phrase never crosses them.
  // "Mr.", "Gov.", "Dr." before a name are abbreviations, not the end of a sentence.
  const stop = text.slice(from, window).search(/[,;:()“”"«»]|\.(?=\s|$)(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Messrs|Dr|Gov|Sen|Sens|Rep|Reps|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Supt|Amb|Pres|Prof|Rev|Fr|Sr|Jr|St)\.)/u);
  const limit = stop < 0 ? window : from + stop;
  const inside = toks.filter((t) => t.end <= limit);
  if (inside.length === 0 || NON_SUBJECT_START.test(inside[0]!.word)) return null;
  // "said the party's environment spokeswoman, Claire Hollis.": an officer's title, then the officer's name in apposition.
  if (inside.length >= 2 && SOURCE_NOUNS.has(inside[inside.length - 1]!.word.toLowerCase()) && DETERMINERS.has(inside[0]!.word.toLowerCase())) {
    const apposed = APPOSED_NAME.exec(text.slice(limit, window));
    if (apposed) return { start: limit + apposed[0].indexOf(apposed[1]!), end: limit + apposed[0].indexOf(apposed[1]!) + apposed[1]!.length };
  }
  return chunk(inside, true) ?? (described ? describedAfter(inside) : null);
}
/** ", Claire Hollis." after a title: a name of two or three capitalised words closing the clause. */
const APPOSED_NAME = /^,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[.;,!?]|$))/u;

const DESCRIPTION_END = /^(?:who|which|that|whose|whom|when|while|as|because|after|before|on|in|at|during|last|this|to|told|said)$/i;
const TIME_HEAD = /^(?:day|days|week|weeks|month|months|year|years|morning|night|evening|afternoon|time|weekend|hour|hours|statement|interview)$/i;

/**
 * The subject after an inverted verb of saying when it is a description rather than a name ("..., said a
 * longtime adviser to Trump, who ..."; "..., says the ad’s narrator"): a determiner, then words up to a
 * relative or a preposition of time, place or channel; at most ten words, never a time phrase.
 */
function describedAfter(toks: readonly Token[]): Span | null {
  const first = toks[0]!.word;
  // "election lawyer Joe Birkenstock", "retired neurosurgeon Ben Carson": lower-case title words, then a name.
  const named = toks.findIndex((t) => isCap(t.word));
  if (named >= 1 && named <= 4 && toks.slice(0, named).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.word) && !verbLike(t.word) && !DESCRIPTION_END.test(t.word))) {
    let end = named;
    while (end + 1 < toks.length && (isCap(toks[end + 1]!.word) || (CONNECTORS.has(toks[end + 1]!.word) && isCap(toks[end + 2]?.word ?? '')))) end++;
    return { start: toks[0]!.start, end: toks[end]!.end };
  }
  if (!DESCRIPTION_DETERMINER.test(first) && !/^(?:one|two|three|several|some|many)$/i.test(first) && !/^\p{Lu}[\p{L}.-]*['’]s$/u.test(first)) return null;
  let end = 0;
  for (let k = 1; k < toks.length && k < 10; k++) {
    const w = toks[k]!.word;
    if (DESCRIPTION_END.test(w) || !/^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(w)) break;
    // "said the president was ...": a verb makes the phrase a clause's subject, not an inverted speaker.
    if (FINITE_HINT.test(w) || (k > 1 && verbLike(w) && !isCap(w) && !/s$/.test(w))) return null;
    end = k;
  }
  while (end > 0 && (DESCRIPTION_CONNECTOR.test(toks[end]!.word) || DETERMINERS.has(toks[end]!.word.toLowerCase()))) end--;
  if (end === 0 || TIME_HEAD.test(toks[end]!.word)) return null;
  return { start: toks[0]!.start, end: toks[end]!.end };
}

/**
 * The subject of the writer's clause that holds a quotation with no reporting verb ("Rubio also
 * bemoaned a climate in which people “hate each other”"; PolNeAR-style attribution through any verb
 * of saying, judging or describing). Only a personal pronoun, a name that is not merely the
 * capitalised first word of the sentence, or a speaker noun qualifies, and a verb must follow it.
 */
export function speakerSubject(text: string, sentenceStart: number, limit: number): Span | null {
  const c = subjectBefore(text, sentenceStart, limit);
  if (!c) return null;
  const toks = tokens(text, c.start, c.end);
  if (toks.length === 0 || toks.length > 8) return null;
  // "Trump, who has a commanding lead, mocked": the verb comes after an appositive or relative set off by commas.
  const aside = /^\s*,[^,;“”"«»]{1,100},\s+(?=[a-z])/.exec(text.slice(c.end, limit));
  const rest = tokens(text, c.end + (aside ? aside[0].length : 0), limit);
  if (rest.length === 0 || /^[\p{Lu}]/u.test(rest[0]!.word) || /^(?:of|and|or|to|for|in|on|at|with)$/i.test(rest[0]!.word)) return null;
  const pronoun = toks.length === 1 && isPronoun(toks[0]!.word) && !/^(?:it|you)$/i.test(toks[0]!.word);
  // A lone capitalised first word is a name only when a verb follows it ("Ortiz called", not "Minutes later").
  // "Rubio also bemoaned": an adverb may stand between the subject and its verb.
  const verbAt = /^(?:also|then|later|again|still|even|never|once|often|just|now|repeatedly|previously)$/.test(rest[0]!.word) && rest[1] ? rest[1].word : rest[0]!.word;
  const verbNext = /^(?:[a-z]+(?:ed|s|ly)|is|was|has|had|will|would|can|could|may|might|did|does)$/.test(verbAt) || SPEECH_VERB_FORMS.has(verbAt) || IRREGULAR_FINITE.test(verbAt);
  const named = toks.some((t, i) => isCap(t.word) && !FUNCTION_CAPS.has(t.word.toLowerCase()) && (i > 0 || t.start > sentenceStart || toks.length > 1 || verbNext));
  const noun = SOURCE_NOUNS.has(toks.at(-1)!.word.toLowerCase());
  return pronoun || named || noun ? c : null;
}

/** The leading subject of a sentence: the first piece that is not an adverbial ("When asked ..., Peskov urged"). */
export function sentenceSubject(text: string, sentenceStart: number, limit: number): Span | null {
  return subjectBefore(text, sentenceStart, limit);
}

/** A personal pronoun, or a phrase whose head (last word) is a name or a speaker noun: "Trump", "the union", "al-Hayya". */
export function isSpeakerPhrase(text: string, s: Span): boolean {
  const toks = tokens(text, s.start, s.end);
  const head = toks.at(-1)?.word ?? '';
  if (toks.length === 1 && isPronoun(head)) return !/^(?:it|you)$/i.test(head);
  return head !== '' && ((isCap(head) && !FUNCTION_CAPS.has(head.toLowerCase())) || SOURCE_NOUNS.has(head.toLowerCase()));
}

export function isPronounSpan(text: string, s: Span): boolean {
  return isPronoun(text.slice(s.start, s.end));
}
