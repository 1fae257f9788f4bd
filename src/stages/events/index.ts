/**
 * PLOVER event coding: trigger lexicon → event type and mode, then the actors (subject), targets
 * (object, "with X"), negation, modality, date and location read from the trigger's sentence.
 *
 * Event types follow the PLOVER ontology (Open Event Data Alliance, CC BY-SA 4.0). A hand-written
 * pattern coder rather than a library: no maintained npm package codes political events; the
 * lexicon is data (`lexicon.ts`) a user can read and extend.
 */
import { CONTENT_ZONES, type DocumentAnalysis, type EventAnnotation, type LocalEntity, type Mention, type Quote, type Sentence } from '../../core/model.js';
import { textSpan, type Span, type TextSpan } from '../../core/span.js';
import { SpanIndex } from '../../core/span-index.js';
import type { KnowledgeBase } from '../../packs/load.js';
import type { DocView, Stage } from '../types.js';
import { mayHoldDate, resolveDates, type DateMention, type Tense } from './dates.js';
import { TRIGGERS, type TriggerEntry } from './lexicon.js';
import { topLevelBranches } from '../regex-openings.js';
import { PairDispatch } from '../regex-pairs.js';

const DEFAULT_CONFIDENCE = 0.75;
/** Triggers below this are only used when the sentence has no stronger one ("must", a bare "deal"). */
const WEAK = 0.6;

// One alternation of every trigger: leftmost match, first entry wins. `(?=[A-Z])` ("phoned Putin", not
// "phoned in") cannot work under the `i` flag (Node 20 has no inline modifiers), so it is removed here and
// checked after the match instead.
const CAPITAL_NEXT = '(?=[A-Z])';
/**
 * The trigger patterns as searched. "t(?:ook|ake|aken|akes)" is written out as "(?:took|take|taken|takes)", the same
 * alternatives in the same order, so that the pattern's literal openings can be read and it is tried only at them
 * (unread, it was tried at every word whose first two letters any of its alternatives opens with: "to", "of", "in"...;
 * trigger search 0.131 → 0.119 ms CPU per bench article, interleaved A/B).
 */
const SEARCHED_PATTERNS = TRIGGERS.map((t) => t.pattern.split(CAPITAL_NEXT).join('').split('t(?:ook|ake|aken|akes)').join('(?:took|take|taken|takes)'));
/**
 * Searched as that one alternation would be, but at each word start only the triggers that can open with
 * its first two letters are tried: a single pass of the whole alternation tried every trigger at every
 * position, the largest cost of the stage (and dispatching on the first letter alone still tried a dozen).
 */
const ALL_TRIGGERS = new PairDispatch(SEARCHED_PATTERNS, 'i', combinedAlternation);
/**
 * "(?:\w+-day|open-ended|...) strikes": an alternative that can open any word put its pattern into the bucket
 * of every word. A sentence with no "-day" in it cannot match it: there the same search runs without it, which
 * matches the same (trigger search 0.145 → 0.118 ms CPU per bench article, interleaved A/B).
 */
const ANY_WORD_DAY = String.raw`(?:\w+-day|`;
const TRIGGER_SEARCH_NO_DAY = new PairDispatch(
  SEARCHED_PATTERNS.map((p) => p.split(ANY_WORD_DAY).join('(?:')),
  'i',
  combinedAlternation,
);
const DAY_SUFFIX = /-day/i;

/**
 * One capturing group per pattern, in order. Consecutive patterns that open with `\b` share one `\b`
 * (`\b(?:(a)|(b))`): the engine then tests the boundary once per position instead of once per pattern,
 * which made the pass about a third faster; the order of alternatives, and so which entry wins, is unchanged.
 */
export function combinedAlternation(patterns: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) parts.push(`\\b(?:${run.join('|')})`);
    run = [];
  };
  for (const p of patterns) {
    // Only when every top-level branch opens with \b: "\bA|B" would otherwise make B need one too.
    if (topLevelBranches(p).every((b) => b.startsWith('\\b'))) run.push(`(${p.slice(2)})`);
    else {
      flush();
      parts.push(`(${p})`);
    }
  }
  flush();
  return parts.join('|');
}

/** Prepositions that are also conjunctions: before a name and its verb they open a clause ("after Norland refused"). */
const CLAUSE_CONJUNCTIONS = new Set(['after', 'before', 'since']);
/** A subordinate clause opening a sentence, up to its comma ("When Sudmark shelled the port, ..."): its names are not the main clause's subject. */
const LEADING_CLAUSE = /^\s*(?:when|as|while|once|if|after|before|because|since|although|though|until|unless)\b[^,;]{1,120},/i;
const PREPOSITIONS = new Set([
  'in', 'of', 'at', 'from', 'to', 'with', 'for', 'by', 'on', 'against', 'near', 'into', 'over', 'about', 'toward', 'towards',
  'between', 'under', 'across', 'through', 'within', 'outside', 'inside', 'behind', 'among', 'than', 'like',
  'alongside', 'besides', 'beside', 'including', 'via', 'per', 'after', 'before', 'since', 'during',
]);
/** A preposition and the words that may stand between it and a name it governs ("on southern Israel"). */
const GOVERNED = /\b(?:in|of|at|from|to|with|for|by|on|against|near|into|over|about|toward|towards|between|under|across|through|within|among|alongside|including)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|occupied|neighbouring|neighboring|rival|fellow)\s+)$/i;
const CLAUSE_BREAK = /[;:—–]|,\s|\b(?:that|but|while|whereas|which|who|although|though)\b/gi;
const NEGATION = /\b(?:not|never|no|nobody|nothing|no\s+one|neither|nor|without|refrain(?:ed|s)?\s+from|refus(?:e|es|ed)\s+to|fail(?:s|ed)?\s+to|declin(?:e|es|ed)\s+to|ha(?:s|ve)\s+yet\s+to|cannot)\s+(?:[\w'’-]+\s+){0,3}$|n['’]t\s+(?:[\w'’-]+\s+){0,2}$|\bzero\s+$/i;
const HYPOTHETICAL = /\b(?:if|unless|could|would|may|might|must|ought\s+to|ha(?:ve|s)\s+to|needs?\s+to|possibl[ey]|perhaps|whether|should|potential(?:ly)?|propos(?:ed|al|es|e)|hop(?:e|es|ed|ing)\s+to|want(?:s|ed)?\s+to|seek(?:s|ing)?\s+to|sought\s+to|tr(?:y|ies|ied|ying)\s+to|aim(?:s|ed)?\s+(?:to|at)|ready\s+to|willing\s+to)\b/i;
const FUTURE = /\b(?:will|shall|plans?\s+to|planning\s+to|planned|(?:is|are|was|were)\s+(?:scheduled|expected|due|set|going|poised)\s+to|intends?\s+to|next\s+(?:week|month|year)|tomorrow|upcoming|later\s+this)\b|['’]ll\b/i;
/**
 * A preposition ("after", "an end to the"), then only lower-case words or a date (no name that could be a
 * clause's subject), right before a trigger.
 */
const NOMINAL_IN_PHRASE = new RegExp(
  String.raw`(?:(?:\b(?:after|of|during|amid|following|despite|over|against|without)\s+|\b(?:end|halt|stop|path|road)\s+to\s+(?:the|a|an|its|their|his|her)\s+)` +
    String.raw`(?:(?:[\p{Ll}\d][\p{Ll}\d'’-]*|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?=\s+\d))\s+){0,4}` +
    // After a determiner only a noun phrase can follow: "after the Pahalgam attack", "of the Sylvanian offensive".
    String.raw`|\b(?:after|of|during|amid|following|despite|over|against|without)\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{L}\d][\p{L}\d'’-]*\s+){0,3})$`,
  'u',
);

const DENIED_THAT = /\bden(?:y|ies|ied|ying)\s+(?:(?:on\s+\p{L}+|\p{L}+ly)\s+)?(?:reports?\s+|claims?\s+|suggestions?\s+)?that\s*$/iu;

/** A determiner (and at most one modifier) right before a trigger: the trigger is a noun. */
const NOUN_BEFORE_TRIGGER = /\b(?:a|an|the|this|that|last|latest|new|fresh|another)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** A noun that opens a clause after a conjunction ("if the fighting continued"): the main clause's subject did not do it. */
const CLAUSE_NOUN = /\b(?:if|when|unless|until|while|because|whether|once)\s+(?:the|a|an|this|that)\s+(?:(?!(?:had|has|have|was|were|is|are|will|would|could|did|does|do|can|may|might|should)\s)[\p{Ll}\d][\p{Ll}\d'’-]*\s+)?$/u;

/** Between a verb of refusing and the act it refuses ("refused to accept", "declined to formally sign"). */
const REFUSAL_COMPLEMENT = /^\s+to\s+(?:\p{Ll}+ly\s+)?$/u;
/**
 * A verb of demanding or proposing ("demanded on Monday"), "that" and the subject of its clause (up to six words, an adverb or modal
 * after): the verb that follows is in the mandative subjunctive ("insisted that the rebels first disarm").
 */
const MANDATED = /\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?|requir(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|stipulat(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for)(?:\s+(?:on\s+\p{L}+|again|\p{L}+ly))?\s+that\s+(?:(?!(?:that|and|but|while|who|which)\s)[\p{L}'’.-]+\s+){1,6}?(?:(?:first|immediately|also|fully|should|must|shall)\s+)?$/iu;
/** A verb's base form ("withdraw", "pull back"), not its -s, past or -ing form, nor a noun ("withdrawal"). */
const BASE_FORM = /^\p{Ll}+(?<!(?:[^s]s|ed|ing|al|ion|ment))(?:\s+\p{Ll}+)*$/u;

/** A caption's event dated more than this many days before the article is taken for a file photo's. */
const FILE_PHOTO_DAYS = 30;

/** Verbs and prepositions whose object may be a gerund naming an act not (yet) done: standard English, no article's wording. */
const GERUND_TAKERS = /\b(?:reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|resist(?:s|ed|ing)?|den(?:y|ies|ied|ying)|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|avoid(?:s|ed|ing)?|fear(?:s|ed|ing)?|demand(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out|(?:talk|think)(?:s|ed|ing)?\s+(?:about|of)|open\s+to|against|instead\s+of|without)\s+$/i;
// Modal scope runs across "that" ("said that it will"), unlike negation.
/** A modal, its own (non-auxiliary) verb and its object, then "and" right before the trigger. */
const COORDINATED_AFTER_MODAL = /\b(?:would|could|might|may|must|should)\s+(?:not\s+|no\s+longer\s+|never\s+)?(?!(?:be|have|been|get|need|want|seek|try)\b)\p{Ll}+\b[^,;]*\s+and\s+(?:\p{Ll}+ly\s+)?$/u;
const MODAL_BREAK = /[;:—–]|,\s|\b(?:but|while|whereas|which|who|although|though)\b/gi;
const PASSIVE = /\b(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+ly\s+)?$/i;
// No preposition inside a word joined by an apostrophe or hyphen: "Jama'at Nusrat" names a group, not a place.
const LOCATION = /(?<![\w'’-])(?:in|at|near|outside)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+)?(?:city|capital|town|port|resort|region|province|kingdom|state)\s+of\s+)?([A-Z][\w'’.-]*[\w](?:\s+[A-Z][\w'’-]*[\w])?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*[\w](?:\s+[A-Z][\w'’-]*[\w])?)?)/g;
const NOT_PLACES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'This', 'That', 'A', 'An', 'His', 'Her',
  'Their', 'Its', 'Our', 'My', 'Mr', 'Ms', 'Mrs', 'Dr', 'President', 'Minister', 'Secretary', 'General', 'Prime', 'I', 'We', 'He',
  'She', 'They', 'It', 'Reuters', 'AP', 'Associated', 'English', 'Russian', 'Ukrainian', 'American', 'October',
]);

/** The start of the clause that holds `at`: the last clause break before it in the sentence. */
function clauseStart(text: string, sentence: Span, at: number, breaks: RegExp = CLAUSE_BREAK): number {
  const slice = text.slice(sentence.start, at);
  let start = sentence.start;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(slice); m; m = breaks.exec(slice)) start = sentence.start + m.index + m[0].length;
  return start;
}

function precedingWord(text: string, from: number, at: number): string | null {
  const m = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(from, at - 16), at));
  return m ? m[1]!.toLowerCase() : null;
}

/** A mention and the mentions coordinated with it ("the US and Ukraine", "Rubio, Waltz and ..."). */
function coordinated(text: string, ms: readonly Mention[], i: number, direction: -1 | 1): Mention[] {
  const group = [ms[i]!];
  for (let j = i + direction; j >= 0 && j < ms.length; j += direction) {
    const [left, right] = direction < 0 ? [ms[j]!, group[0]!] : [group[group.length - 1]!, ms[j]!];
    // "Nikol Pashinyan and Azerbaijani President Ilham Aliyev": a title may stand between "and" and a person's name.
    const gap = text.slice(left.end, right.start);
    // "Norway, the European Union, the United Kingdom and Iceland": a list item may open with "the".
    if (!/^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/i.test(gap) && !(/^\s*(?:and|&|,\s*and)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u.test(gap) && /^\p{Lu}/u.test(right.text) && right.kind === 'name')) break;
    // "Robert Mercer, the party's mega-donor": "the" after a bare comma opens an apposition when a noun follows the name.
    if (/^\s*,\s*the\s+$/i.test(gap) && /^(?:['’]s?)?\s+(?!(?:and|or)\b)\p{Ll}/u.test(text.slice(right.end, right.end + 20))) break;
    // "Russia, Armenia's traditional ally, said": a possessor after a comma opens an apposition, not a list;
    // "in Doha, Kinshasa and the rebels": nor is a place after a preposition one of the subjects.
    const added = ms[j]!;
    if (/^['’]s?\b/.test(text.slice(right.end, right.end + 2)) && /,\s*$/.test(text.slice(left.end, right.start))) break;
    if (direction < 0 && /\b(?:in|at|from|near|to)\s+$/i.test(text.slice(Math.max(0, added.start - 6), added.start))) break;
    if (direction < 0) group.unshift(ms[j]!);
    else group.push(ms[j]!);
  }
  return group;
}

function entitiesOf(ms: readonly Mention[]): number[] {
  return [...new Set(ms.map((m) => m.entity))];
}

// The verb of a relative clause ("Kursk, which was occupied by ...") has the noun before the comma as its
// subject: when that noun is no actor, an earlier actor of the sentence is not the subject either.
const RELATIVE_CLAUSE = /,\s*(?:(in|of|by|during|after|at|under|through|from)\s+)?(?:which|who|whom)\b[^,;:]*$/i;

/**
 * People named by their work, and the bodies that speak for them: in a labour dispute "the company's pilots" or
 * "the union" is the other side from the company. Standard English nouns, no article's wording.
 */
const WORKFORCE_NOUN = String.raw`pilots|workers|employees|staff|crews?|nurses|doctors|teachers|drivers|miners|dockworkers|machinists|controllers|attendants|mechanics|journalists|farmers|fishermen|truckers|strikers|unions?`;
const WORKFORCE_SUBJECT = new RegExp(
  String.raw`(?:(?:^\s*|[,;:]\s+|\b(?:the|its|their|and|or)\s+|&\s+|['’]s?\s+)(?:(?!(?:and|or)\s)[\p{Ll}-]+\s+)?|\p{Lu}[\p{L}'’-]*\s+|\b(?:said|says|added|announced|stated)\s+(?:that\s+)?)(${WORKFORCE_NOUN})\s+` +
    String.raw`(?:(?:have|has|had|were|are|is|was|will|would|did|do|does|also|now|then|again|still|not|\p{Ll}+ly)\s+)*$`,
  'du',
);
/** A name and the workforce it premodifies or possesses ("Halcyon machinists", "Finnair's pilots"). */
const WORKFORCE_AFTER_NAME = new RegExp(String.raw`^(?:['’]s?\s+(?:(?!(?:and|or)\s)[\p{Ll}-]+\s+)?|\s+)(?:${WORKFORCE_NOUN})\b`, 'u');
/** A labour body's name: a union's word, or a workforce ("United Dockworkers", "Pilots' Association"). */
const LABOUR_BODY = new RegExp(String.raw`\b(?:unions?|guilds?|brotherhood|teamsters|${WORKFORCE_NOUN})\b`, 'i');
/** A body's name that may be a union's ("Education Association") when no name says so more plainly. */
const ORGANISED_LABOUR = /\b(?:unions?|associations?|guilds?|federations?|confederations?|syndicates?|brotherhood)\b/i;

/**
 * The actors of a trigger whose subject is a workforce noun ("Finnair pilots reject", "their union said it would
 * seek"): the one organisation of the document named for that work (the pilots' association, the only union), or
 * nobody when none or several are; with the names coordinated before it ("Finnair and pilots reach"). Null when the
 * subject is no such noun.
 */
function workforceSubject(text: string, clause: number, trigger: Span, mentions: readonly Mention[], entities: readonly LocalEntity[], subject: readonly Mention[]): number[] | null {
  // Only the words right before the trigger can hold its subject noun: a window keeps the end-anchored search
  // short, and a non-space opening keeps "^" from matching mid-clause.
  const from = Math.max(clause, trigger.start - 80);
  const m = WORKFORCE_SUBJECT.exec(`${from > clause ? '\u0001' : ''}${text.slice(from, trigger.start)}`);
  const shift = from - (from > clause ? 1 : 0);
  let noun: string;
  let coordinatedWith: number[] = [];
  if (m?.indices?.[1]) {
    const nounStart = shift + m.indices[1][0];
    const nounEnd = shift + m.indices[1][1];
    if (mentions.some((x) => x.start < nounEnd && nounStart < x.end)) return null;
    // "the union's pilots": a union's own members act for it.
    const possessor = mentions.findLast((x) => x.end <= nounStart && /^['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(x.end, nounStart)));
    if (possessor && ORGANISED_LABOUR.test(entities[possessor.entity]?.name ?? '')) return [possessor.entity];
    // "Finnair and pilots reach", "Verizon, striking unions reach": the names listed with the noun act with it.
    const listedWith = (x: Mention) => /^\s*(?:,|,?\s*(?:and|or|&))\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(x.end, nounStart));
    if (subject.length && listedWith(subject[subject.length - 1]!)) coordinatedWith = entitiesOf(subject);
    noun = m[1]!.toLowerCase();
  } else {
    // "Halcyon machinists accept the offer, ending the strike": the name the participle's subject came from heads no subject.
    const head = subject.length === 1 ? WORKFORCE_AFTER_NAME.exec(text.slice(subject[0]!.end, trigger.start)) : null;
    if (!head || ORGANISED_LABOUR.test(entities[subject[0]!.entity]?.name ?? '')) return null;
    noun = /(\p{Ll}+)$/u.exec(head[0])![1]!.toLowerCase();
  }
  return [...new Set([...coordinatedWith, ...organisationNamed(entities, noun)])];
}

function organisationNamed(entities: readonly LocalEntity[], noun: string): number[] {
  const bodies = entities.flatMap((e, i) => (e.type === 'organization' || e.type === 'group' ? [i] : []));
  const pick = (pattern: RegExp) => bodies.filter((i) => pattern.test(entities[i]!.name));
  if (/^unions?$/.test(noun)) {
    // "the union": the body whose name says it is one, else the only association or federation.
    const plain = pick(LABOUR_BODY);
    const found = plain.length ? plain : pick(ORGANISED_LABOUR);
    return found.length === 1 ? found : [];
  }
  const found = pick(new RegExp(String.raw`\b${noun.replace(/s$/, '')}`, 'i'));
  return found.length === 1 ? found : [];
}

/** A conjunction that opens a clause with a subject of its own. */
const CLAUSE_OPENER = /\b(?:if|unless|when|whenever|because|until|once|whether|provid(?:ed|ing)\s+that|as\s+long\s+as|so\s+long\s+as)\s+/gi;
/** "Meta threatens to pull news as New Zealand publishers seek arbitration": "as", then a plural common noun (names only modifying it) as the clause's subject. */
const AS_PLURAL_SUBJECT = /\bas\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Ll}+[^s\W]s\s+$/u;
/** Cheap per-sentence checks, so the searches they guard run only where they can match. */
const CLAUSE_OPENER_CUE = /\b(?:if|unless|when|whenever|because|until|once|whether|provid(?:ed|ing)|as\s+long|so\s+long)\b/i;
const AGENDA_CUE = /\b(?:focus|concentrat|cent(?:re|er)|discuss|debat|address|tackl|talks|negotiations|consultations|agenda|issues|topics|questions)/i;
/**
 * A noun phrase a clause may open with that names nobody ("those countries", "the rebels", "the territory's
 * future"). A singular "the" ("if the businessman turned politician") more often names someone already named.
 */
const UNNAMED_SUBJECT = /^(?:(?:those|these|such|other|some|any|all|both|each|either|neither|no|most|many|several|few)\s+(?:[\p{L}-]+\s+){0,3}|the\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+[^s\W]s\s+(?:\p{Ll}+\s+)?|the\s+\p{Ll}+['’]s?\s+(?:[\p{Ll}-]+\s+){1,2}(?:\p{Ll}+\s+)?)$/iu;

/**
 * Whether the trigger's subject is an unnamed noun phrase opening a subordinate clause ("the EU was ready to impose
 * a ban if those countries set unilateral quotas"): the name the subject search found before it is not who acted.
 */
function unnamedClauseSubject(text: string, sentence: Span, mentions: readonly Mention[], trigger: Span, subject: readonly Mention[]): boolean {
  const before = text.slice(sentence.start, trigger.start);
  let openerEnd = -1;
  CLAUSE_OPENER.lastIndex = 0;
  for (let m = CLAUSE_OPENER.exec(before); m; m = CLAUSE_OPENER.exec(before)) openerEnd = sentence.start + m.index + m[0].length;
  if (openerEnd < 0 || subject.some((m) => m.start >= openerEnd)) return false;
  if (mentions.some((m) => m.start >= openerEnd && m.end <= trigger.start)) return false;
  return UNNAMED_SUBJECT.test(text.slice(openerEnd, trigger.start));
}

/** Between the items of a list of names: commas, "and", "the", other capitalised names, nouns; no preposition or verb. */
const LIST_GAP = /^(?:\s|,|&|\band\b|\bthe\b|\bof\b|\p{Lu}[\p{L}'’.-]*|\b(?!(?:on|over|in|at|to|for|about|from|with|by|that|which|who|whose|after|before|since|under|during|ended|began|broke|collapsed|resumed|stalled|were|was|are|is|has|have|had|will|would|could|should|may|might)\b)\p{Ll}+)*$/u;

/** The names listed right after a trigger ("talks between Norway, the European Union, ... and Iceland"). */
function listAfter(text: string, mentions: readonly Mention[], trigger: Span, sentence: Span): Mention[] {
  const listed: Mention[] = [];
  let cursor = trigger.end;
  for (const m of mentions) {
    if (m.start < cursor || m.end > sentence.end) continue;
    const gap = text.slice(cursor, m.start);
    if (gap.length > 60 || !LIST_GAP.test(gap)) break;
    listed.push(m);
    cursor = m.end;
  }
  return listed;
}

/** A single past participle: after a plain plural noun it may open a passive relative clause ("people jailed in"). */
const REDUCED_PASSIVE = /^\p{Ll}+ed$/u;

/** "the soldiers it captured": a pronoun subject right after a noun opens a relative clause without "that". */
const CONTACT_RELATIVE = /^\s+(it|they|he|she)\s+(?:(?:had|has|have)\s+)?(?:\p{Ll}+ly\s+)?$/u;

/** The name a relative clause without "that" describes when the trigger is that clause's verb, and the clause's pronoun. */
function contactRelative(text: string, before: readonly Mention[], trigger: Span): { head: Mention; pronoun: string } | null {
  const head = before[before.length - 1];
  if (!head || head.kind === 'pronoun') return null;
  const m = CONTACT_RELATIVE.exec(text.slice(head.end, trigger.start));
  return m ? { head, pronoun: m[1]!.toLowerCase() } : null;
}

/** A possessive right before the trigger ("its annexation"): a noun whose possessor the subject search stands for. */
const POSSESSIVE_BEFORE = /\b(?:its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/u;
/** A possessor's noun that names an act ("ISIS's targeting of ... in the Orlando attack"): the possessor is its actor. */
const ACT_HEAD = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:\p{Ll}+(?:ing|tion|sion|ment|al)|attacks?|invasion|offensive|assault|raids?|war|campaign|strikes?)\s/u;
/** Words before a possessor that leave it at the head of its clause ("Meanwhile Russia's army in the east ..."). */
/** Verbs whose first object is a recipient ("give Zambia a stake", "asked Norland to"). */
const OBJECT_TAKERS = /^(?:giv(?:e|es|en|ing)|gave|hand(?:s|ed|ing)?|grant(?:s|ed|ing)?|offer(?:s|ed|ing)?|pa(?:y|ys|id|ying)|sen(?:d|ds|t|ding)|allow(?:s|ed|ing)?|let|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|award(?:s|ed|ing)?|s(?:ell|ells|old|elling)|len(?:d|ds|t|ding)|promis(?:e|es|ed|ing)|guarantee(?:s|d)?|told|tell(?:s|ing)?)$/i;
const NOT_A_GOVERNING_VERB = /^(?:and|or|but|that|while|as|so|then|now|also|meanwhile|however|still|today|yesterday|tomorrow|earlier|later|the|a|an|this|these|those|of|\p{L}+ly|\p{L}+day)$/u;

function subjectOf(text: string, sentence: Span, ms: readonly Mention[], trigger: Span, entities?: readonly LocalEntity[]): Mention[] {
  const before = ms.filter((m) => m.end <= trigger.start);
  // "the Polisario freed the Moroccan soldiers it captured": the pronoun, not the soldiers' country, did it; it
  // stands for the subject of the clause the described noun sits in, when that subject agrees with it.
  const contact = contactRelative(text, before, trigger);
  if (contact) {
    const antecedent = subjectOf(text, sentence, before, { start: contact.head.start, end: contact.head.start }, entities);
    const person = (m: Mention) => entities?.[m.entity]?.type === 'person';
    const agrees = contact.pronoun === 'they' || (entities !== undefined && antecedent.length === 1 && (contact.pronoun === 'it' ? !person(antecedent[0]!) : person(antecedent[0]!)));
    return agrees ? antecedent : [];
  }
  // "Venezuela agreed to lift the ban on Elena Bracho, reversing its refusal": a participle after a comma is the
  // main clause's act, whoever is named in between.
  if (/^\p{L}+ing\b/u.test(text.slice(trigger.start, trigger.end)) && /,\s*(?:\p{L}+ly\s+)?$/u.test(text.slice(sentence.start, trigger.start))) {
    const leading = LEADING_CLAUSE.exec(text.slice(sentence.start, trigger.start));
    const mainFrom = sentence.start + (leading ? leading[0].length : 0);
    const main = before.findIndex((m) => m.start >= mainFrom && !PREPOSITIONS.has(precedingWord(text, sentence.start, m.start) ?? '') && !GOVERNED.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)));
    if (main >= 0) return coordinated(text, before, main, 1).filter((m) => m.end <= trigger.start);
  }
  const relative = RELATIVE_CLAUSE.exec(text.slice(Math.max(sentence.start, trigger.start - 120), trigger.start));
  const comma = relative ? trigger.start - (relative.input.length - relative.index) : -1;
  // "Kursk, which Ukrainian troops occupied": an actor inside the clause is its subject.
  if (relative && !before.some((m) => m.start > comma)) {
    // "the attack, in which 26 people were killed": after a preposition the noun before is no subject.
    if (relative[1]) return [];
    const i = before.findLastIndex((m) => m.end <= comma);
    // "Sen. Maria Lopez (D-Ore.), who is seeking ...": a parenthesis may sit between the name and the comma.
    return i >= 0 && /^(?:\s*\([^()]{0,30}\))?[\s"”’']*$/.test(text.slice(before[i]!.end, comma)) ? coordinated(text, before, i, -1) : [];
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const word = precedingWord(text, sentence.start, before[i]!.start);
    // "stalled after Saudi Arabia, backed by others, refused": a conjunction that is also a preposition opens a
    // clause whose subject the name is, when the verb follows it at once.
    const opensClause = !!word && CLAUSE_CONJUNCTIONS.has(word) && /^(?:\s*,[^,;]{1,60},|\s+and\s+(?:other|several|some|many|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s)?\s*(?:\p{Ll}+ly\s+)?(?:(?:had|has|have|had\s+not|did\s+not|would|will)\s+)?$/u.test(text.slice(before[i]!.end, trigger.start));
    if (word && PREPOSITIONS.has(word) && !opensClause) continue;
    if (GOVERNED.test(text.slice(Math.max(sentence.start, before[i]!.start - 40), before[i]!.start))) continue;
    // "ready to discuss Morocco's plan at the next round of talks": a possessor whose noun phrase a preposition or
    // verb follows is inside an object, not the subject.
    if (word && !NOT_A_GOVERNING_VERB.test(word) && !POSSESSIVE_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)) && !ACT_HEAD.test(text.slice(before[i]!.end, trigger.start)) && /^['’]s?\s+(?:(?!(?:said|says|told|had|has|have|was|were|is|are|would|will|could|did)\s)[\p{Ll}-]+\s+){1,3}(?:at|in|on|for|of|with|from|during|under|after|before)\s/u.test(text.slice(before[i]!.end, trigger.start))) continue;
    // "it would no longer oppose Kyrgyzstan's dam and offered to ...": a possessor in the first verb's object is not
    // the subject of the verb coordinated after it.
    if (word && /^\p{Ll}+$/u.test(word) && !NOT_A_GOVERNING_VERB.test(word) && /^['’]s?\s+(?:[\p{L}\p{N}-]+\s+){1,4}and\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(before[i]!.end, trigger.start))) continue;
    // "agreed to give Zambia a stake and withdrew its claim": the object of a verb of giving is not the subject of
    // the verb coordinated after it.
    if (word && OBJECT_TAKERS.test(word) && /\band\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(before[i]!.end, trigger.start))) continue;
    // "Russia, Armenia's traditional ally, said": the possessor inside an apposition is not the subject.
    if (i > 0 && /^['’]s?\s[^,]{1,40},/u.test(text.slice(before[i]!.end, trigger.start)) && /,\s*(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(text.slice(before[i - 1]!.end, before[i]!.start))) continue;
    // "The deal, witnessed by Marco Rubio, is meant to end fighting": a name inside a participle's
    // parenthesis is not the subject of what follows it.
    if (/,\s*(?:[\p{Ll}-]+\s+){0,2}(?:\p{Ll}+ed|made|led|brokered|held|signed|seen|written|chaired|hosted)\s+by\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.test(text.slice(Math.max(sentence.start, before[i]!.start - 80), before[i]!.start))
      && /^[^,]{0,40},/.test(text.slice(before[i]!.end, trigger.start))) return [];
    // "Meta's director for Australia and New Zealand, Craig Dunmore, said": a name set off by commas right after
    // another names the one the title before it describes, not one more of a list.
    if (i > 0 && /^\s*,\s*$/.test(text.slice(before[i - 1]!.end, before[i]!.start)) && /^\s*,/.test(text.slice(before[i]!.end, trigger.start))) return [before[i]!];
    // A possessor ("Zelensky's office") is not the subject when a later mention heads the phrase.
    return coordinated(text, before, i, -1);
  }
  return [];
}

function objectOf(text: string, sentence: Span, ms: readonly Mention[], trigger: Span, exclude: ReadonlySet<number>): Mention[] {
  const clauseEnd = (() => {
    const rest = text.slice(trigger.end, sentence.end);
    // The end of a quotation ("... accept the ceasefire," Zelensky said) ends the clause too.
    // So does a second verb of saying ("welcomed the deal and said Egypt ...").
    // So do an attribution ("..., Malaysian Prime Minister Anwar Ibrahim said"), a contrast (", but ...") and a
    // condition ("ready to move on the sanctions if Putin kept stalling": Putin is not acted on).
    const m = /[;:—–]|,\s*(?:said|says|according|officials|the\s+\w+\s+said)|,\s*(?:[\p{L}.'’-]+\s+){1,6}(?:said|says|told|added)\b|,\s*(?:but|while|whereas|although|though)\b|\s(?:and|but)\s+(?:said|says|added|adds|told|tells|noted|notes|stressed|warned|warns)\b|\s(?:if|unless|once|provided|as\s+long\s+as|but)\s|\.\s|[,.!?]["”»]|\s(?:focus(?:es|ed|ing)?|concentrat(?:e|es|ed|ing)|cent(?:re|er)(?:s|d|ed)?)\s+on\b|,\s*(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:shift|move|step|change|reversal|turn|decision)\s+(?:that|which)\b/u.exec(rest);
    return m ? trigger.end + m.index : sentence.end;
  })();
  const after = ms.filter((m) => m.start >= trigger.end && m.end <= clauseEnd && !exclude.has(m.entity));
  for (let i = 0; i < after.length; i++) {
    // "in the capital of the United Arab Emirates": the word before the article governs the name; in
    // "during Russia-Ukraine conflicts" the word before the compound governs both names.
    let from = after[i]!.start;
    for (let joined = ms.find((x) => x.end === from - 1); joined && text[from - 1] === '-'; joined = ms.find((x) => x.end === from - 1)) from = joined.start;
    const m = /([A-Za-z]+)\s+(?:(?:the|a|an)\s+)?$/.exec(text.slice(Math.max(trigger.end, from - 24), from));
    const word = m ? m[1]!.toLowerCase() : null;
    if (word && ['in', 'at', 'near', 'from', 'by', 'of', 'than', 'after', 'before', 'since', 'during', 'amid', 'throughout', 'despite'].includes(word)) continue;
    // "asked Australia's Kestrel Copper to ...": the name a possessor qualifies is the one acted on.
    const possessed = after[i + 1];
    if (possessed && /^['’]s?\s+$/.test(text.slice(after[i]!.end, possessed.start))) return coordinated(text, after, i + 1, 1);
    return coordinated(text, after, i, 1);
  }
  return [];
}

function agentAfterBy(text: string, ms: readonly Mention[], trigger: Span, sentence: Span, preposition = 'by'): Mention[] {
  const after = ms.filter((m) => m.start >= trigger.end);
  for (let i = 0; i < after.length; i++) {
    if (precedingWord(text, trigger.end, after[i]!.start) === preposition) return coordinated(text, after, i, 1);
  }
  void sentence;
  return [];
}

/** Every demonym of the knowledge base ("Icelandic", "Faroese"), built once per knowledge base. */
const DEMONYMS = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
function demonymsOf(kb: KnowledgeBase | undefined): ReadonlySet<string> {
  if (!kb) return new Set();
  let set = DEMONYMS.get(kb);
  if (!set) DEMONYMS.set(kb, (set = new Set([...kb.actors.values()].flatMap((a) => a.demonyms))));
  return set;
}
/** The ending of most demonyms a pack may not list ("Congolese", "Ukrainian", "Kurdish"; not "-i": "the Benghazi attacks"). */
const DEMONYM_ENDING = /(?:ic|ese|ian|ean|ish)$/;
const PLACE_NOUN = /^(?:capital|city|cities|town|towns|port|ports|border|coast|waters|territory|region|province|village|villages|airspace|soil)$/;
/** A plural noun after a capitalised word ("waters", "camps"), not a verb ("was", "says"). */
const PLURAL_NOUN = /^(?!(?:was|has|is|does|says|goes|takes|gives|makes|remains|seems)$)\p{Ll}+[^s\W]s$/u;

const OTHER_CLAUSE_BETWEEN = /\b(?:since|until|till|which|who|because|whereas)\b/i;

function findLocation(text: string, sentence: Span, trigger: Span, ms: readonly Mention[], notPlaces: ReadonlySet<number>, demonyms: ReadonlySet<string>): TextSpan | null {
  const slice = text.slice(sentence.start, sentence.end);
  const found: Span[] = [];
  LOCATION.lastIndex = 0;
  for (let m = LOCATION.exec(slice); m; m = LOCATION.exec(slice)) {
    let name = m[2]!;
    const firstWord = name.split(/\s+/)[0]!.replace(/[’']s$/, '');
    if (NOT_PLACES.has(firstWord)) continue;
    // "in Israeli jails", "in Sahrawi camps": an adjective of a people before a noun is no place; with a noun of
    // place ("in the South African capital", "in Icelandic waters") the two name one, less exactly.
    const lastWord = name.split(/\s+/).at(-1)!;
    const next = /^\s+(\p{Ll}+)/u.exec(slice.slice(m.index + m[0].length));
    const adjective = demonyms.has(name) || (!!next && PLURAL_NOUN.test(next[1]!) && DEMONYM_ENDING.test(lastWord));
    if (adjective && !(next && PLACE_NOUN.test(next[1]!))) continue;
    if (adjective) name = `${name}${next![0]}`;
    name = name.replace(/[’']s$/, '');
    const nameStart = sentence.start + m.index + m[0].length - m[2]!.length;
    const start = m[1] ? nameStart - m[1].length : nameStart;
    const span = { start, end: nameStart + name.length };
    if (span.end <= span.start) continue;
    // A person's or a body's name ("in the Communist Party's daily"), or a demonym ("in Israeli jails"), is not
    // a place; a seat named for its body ("in the Kremlin") is.
    if (ms.some((mn) => ((notPlaces.has(mn.entity) && mn.kind === 'name') || mn.kind === 'demonym') && mn.start < span.end && span.start < mn.end)) continue;
    if (span.start < trigger.end && trigger.start < span.end) continue;
    found.push(span);
  }
  if (found.length === 0) return null;
  const after = found.find((s) => s.start >= trigger.end);
  // "talks in X, reopens the routes that have been closed since the fighting began": a place before a clause of
  // time or a relative clause holding the trigger is that other clause's.
  const before = found.filter((s) => s.end <= trigger.start && !OTHER_CLAUSE_BETWEEN.test(text.slice(s.end, trigger.start)));
  const best = after ?? before[before.length - 1];
  if (!best) return null;
  return textSpan(text, best.start, best.end);
}

interface SentenceContext {
  sentence: Sentence;
  mentions: Mention[];
}

function sentenceContexts(sentences: readonly Sentence[], mentions: readonly Mention[]): SentenceContext[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SentenceContext[] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < sorted.length && sorted[k]!.start < sentence.start) k++;
    const ms: Mention[] = [];
    for (let j = k; j < sorted.length && sorted[j]!.start < sentence.end; j++) {
      const m = sorted[j]!;
      // Nested mentions ("Russian" inside "Russian President Vladimir Putin") — keep the outer one.
      if (ms.length && m.start < ms[ms.length - 1]!.end) continue;
      if (m.end <= sentence.end) ms.push(m);
    }
    out.push({ sentence, mentions: ms });
  }
  return out;
}

// A "strike" is a walkout in a labour dispute and an attack in a war: the document's vocabulary tells which.
// (Words of diplomacy too, such as "contracts", "bargaining" or "ratify", are no sign of one.)
const LABOUR = /\b(?:unions?|guilds?|dockworkers|workers|employees|employers|wages?|pay\s+(?:rise|raise|increase)|collective\s+bargaining|contract\s+talks|pickets?|walkouts?|strikers|residuals|salar(?:y|ies)|overtime|staffing|lockouts?|rank-and-file)\b/gi;
const MILITARY = /\b(?:military|troops|soldiers|army|armed\s+forces|missiles?|drones?|artillery|shelling|air\s?strikes?|warplanes?|militants?|militias?|rebels?|insurgents?|terror\w*|bomb(?:s|ed|ing)?|war|wars|warfare|ceasefire|cease-fire|truce|invasion|weapons|killed|gunmen|police)\b/gi;
function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
function isLabourDispute(text: string, militaryWords: number): boolean {
  const labour = countMatches(LABOUR, text);
  return labour >= 2 && labour > 2 * militaryWords;
}
const FIGURATIVE_MIN_LENGTH = 1500;
const FIGURATIVE_VIOLENCE = /^(?:fight(?:s|ing)?|fought|battl\w*|captur\w*|tortur\w*|assault\w*|clash\w*|attack\w*|offensive|raid\w*|struck|strik\w*)$/i;

// "the invasion of August last year", "talks, which began in May": a date that modifies another noun or sits
// in a relative clause dates that, not the trigger.
const NOUN_DATE = /(?<!\bas\s)\bof\s+(?:the\s+)?$/i;
// "the first talks since fighting erupted on April 15": a date in a clause of time dates that clause's verb.
// "Striking nurses will return to work on Monday": a date after a modal verb group dates that verb.
// "agreed to the caps it had refused two weeks ago": a pronoun and its verb after a noun open a relative clause.
const RELATIVE_BETWEEN = /[,(]\s*(?:which|who|whose|where)\b|\b[a-z]{3,}\s+(?:it|they|he|she|we)\s+(?:had|has|have)\s+[a-z]+ed\b|\b(?:that|which|who)\s+(?:had|has|have|was|were)\b|\b(?:since|until|till|while|whereas)\s|\b(?:will|would|shall|could|can|may|might|must|won['’]t)\s+(?:\w+ly\s+)?(?:not\s+)?\w+/i;
// "rejected the contract agreed with the carrier last month": a participle after a noun opens a clause of its own.
const REDUCED_RELATIVE_BETWEEN = /\b(?:the|a|an|its|their|this|that)\s+(?:[\p{L}-]+\s+){1,3}?\p{Ll}+ed\s+(?:with|by|in|at|on|to|for|from|between|last|earlier)\b/u;
// "expects a settlement this week, but everyone has agreed": a date before a contrast dates the clause before it.
const CONTRAST_BETWEEN = /,\s*(?:but|while|whereas|although|though|yet)\b|[;—–]/;
// "In a change from Thursday, India said it would accept": the date of what changed, not of the act.
const CHANGE_FROM_DATE = /\b(?:change|shift|departure|reversal|retreat|turnaround|u-turn|climbdown|move)\s+(?:from|since)\s+(?:(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:position|stance)\s+(?:on|of|in)\s+)?$/i;
/** Whether the date at `start`..`end` dates the trigger. */
function dateOfThisAct(text: string, trigger: TextSpan, start: number, end: number): boolean {
  if (NOUN_DATE.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (CHANGE_FROM_DATE.test(text.slice(Math.max(0, start - 30), start))) return false;
  if (start < trigger.end) return end > trigger.start || !CONTRAST_BETWEEN.test(text.slice(end, trigger.start));
  const between = text.slice(trigger.end, start);
  return !RELATIVE_BETWEEN.test(between) && !REDUCED_RELATIVE_BETWEEN.test(between);
}

export function extractEvents(doc: DocView, soFar: Pick<DocumentAnalysis, 'sentences' | 'entities' | 'mentions' | 'quotes'>, _kb?: KnowledgeBase): EventAnnotation[] {
  const text = doc.text;
  const events: EventAnnotation[] = [];
  const notPlaces = new Set<number>();
  soFar.entities.forEach((e, i) => {
    if (e.type !== 'country') notPlaces.add(i);
  });
  const demonyms = demonymsOf(_kb);
  const contexts = sentenceContexts(soFar.sentences.filter((s) => CONTENT_ZONES.has(s.zone)), soFar.mentions);
  let quoteIndex: SpanIndex<Quote> | null = null;
  let labourDispute: boolean | null = null;
  let militaryWords: number | null = null;
  for (const { sentence, mentions } of contexts) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const matches: { start: number; end: number; entry: TriggerEntry; index: number }[] = [];
    const TRIGGER_SEARCH = DAY_SUFFIX.test(sentenceText) ? ALL_TRIGGERS : TRIGGER_SEARCH_NO_DAY;
    for (let m = TRIGGER_SEARCH.exec(sentenceText, 0); m; ) {
      if (m.text.length === 0) {
        m = TRIGGER_SEARCH.exec(sentenceText, m.index + 1);
        continue;
      }
      const index = m.pattern;
      const entry = TRIGGERS[index]!;
      const startsAt = sentence.start + m.index;
      const endsAt = startsAt + m.text.length;
      const capitalOk = !/\s$/.test(m.text) || !entry.pattern.includes(CAPITAL_NEXT) || /[A-Z]/.test(text[endsAt] ?? '');
      // "long-threatened", "Israeli-occupied": part of a compound adjective, not a verb. A capitalised
      // trigger mid-sentence is part of a name ("Economic Cooperation", "Peace Agreement").
      const inCompound = text[startsAt - 1] === '-';
      const inName = /^[A-Z]/.test(m.text) && /[\p{L}\p{N},]\s*$/u.test(text.slice(sentence.start, startsAt));
      if (!capitalOk || inCompound || inName) {
        m = TRIGGER_SEARCH.exec(sentenceText, m.index + 1);
        continue;
      }
      // Trim trailing spaces a lookahead-terminated pattern may include.
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m.text.trimEnd().length };
      matches.push({ ...span, entry, index });
      m = TRIGGER_SEARCH.exec(sentenceText, m.index + m.text.length);
    }
    if (matches.length === 0) continue;
    const strong = matches.filter((m) => (m.entry.confidence ?? DEFAULT_CONFIDENCE) >= WEAK && m.entry.type !== 'STATEMENT');
    const kept = strong.length ? strong : [matches.filter((m) => m.entry.type !== 'STATEMENT')[0] ?? matches[0]!];
    const question = /\?\s*["”’']?\s*$/.test(sentenceText);
    // A condition's clause is not something that happened ("provided that Berlin dropped its opposition").
    const hasIf = (at: number) => /\b(?:if|unless|whether|provid(?:ed|ing)\s+that|as\s+long\s+as|so\s+long\s+as|on\s+(?:the\s+)?condition)\b/i.test(text.slice(sentence.start, at));
    const dates = doc.published && mayHoldDate(sentenceText) ? sentenceText : null;
    // chrono is the slow part: parse the sentence once per tense, not once per trigger.
    const datesByTense = new Map<Tense, DateMention[]>();
    // Once per sentence, so the per-trigger searches below only run where they can match.
    const mayHaveAgenda = AGENDA_CUE.test(sentenceText);
    const mayOpenClause = CLAUSE_OPENER_CUE.test(sentenceText);

    for (const match of kept) {
      const trigger = textSpan(text, match.start, match.end);
      // "called it “a surrender to Hamas”", "described the deal as a capitulation": a word that characterises
      // something is the speaker's judgement of it, not an act.
      if (CHARACTERISED.test(text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start))) continue;
      // "rejected the accusation", "denied the allegations": an accusation named to be denied is the denier's topic, not an act.
      if (match.entry.type === 'ACCUSE' && /^(?:accusations?|allegations?)$/i.test(trigger.text) && DENIED_NOUN.test(text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start))) continue;
      // "averting a strike", "prevented an attack": what was averted did not happen.
      // "failed to prevent a massacre": unless the averting itself is denied.
      const averted = AVERTED.exec(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start));
      if (averted && !NOT_AVERTED.test(text.slice(Math.max(sentence.start, trigger.start - 60 - 30), trigger.start - averted[0].length))) continue;
      // "talks would focus on the ceasefire, the mandate of the mission and the release of detainees": a noun on
      // an agenda names a subject of the talks, not an act.
      if (mayHaveAgenda && NOUN_BEFORE_TRIGGER.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)) && onAgenda(text.slice(sentence.start, trigger.start))) continue;
      // "refused to accept the caps": what is refused is the refusal's content, which the REJECT already codes.
      if (match.entry.type !== 'REJECT' && kept.some((k) => k.entry.type === 'REJECT' && k.end <= trigger.start && REFUSAL_COMPLEMENT.test(text.slice(k.end, trigger.start)) && /^(?:refus|declin)/i.test(text.slice(k.start, k.end)))) continue;
      // "demands that Norland first withdraw its troops": a base-form verb after a verb of demanding is the act
      // asked for (the mandative subjunctive), not one done; the demand codes it when it is itself an event.
      const mandated = MANDATED.test(text.slice(Math.max(sentence.start, trigger.start - 100), trigger.start)) && BASE_FORM.test(trigger.text);
      if (mandated && kept.some((k) => (k.entry.type === 'REQUEST' || k.entry.type === 'APPEAL') && k.end <= trigger.start)) continue;
      // "Relatives of kidnapped engineer Jonas Albrecht", "Freed hostage X steps off a plane": a participle before a
      // noun and a name describes the person (a photo's caption), it reports no act of the sentence.
      const attributive = /^\p{L}+ed(?:\s+\p{Ll}+)?$/u.exec(trigger.text);
      if (attributive && (/\s/.test(trigger.text) ? /^\s+\p{Lu}/u : /^\s+\p{Ll}+\s+\p{Lu}/u).test(text.slice(trigger.end, trigger.end + 40)) && /(?:^|:|\b(?:of|for|the|a|an|with|by|to|and|from|as))\s*$/iu.test(text.slice(sentence.start, trigger.start))) continue;
      const clause = clauseStart(text, sentence, trigger.start);
      const window = text.slice(clause, trigger.start);
      // "Kurti denied that Kosovo had agreed": a denied act did not happen, by the denier's account.
      const negated = NEGATION.test(window) || DENIED_THAT.test(text.slice(sentence.start, clause));
      let modalWindow = text.slice(clauseStart(text, sentence, trigger.start, MODAL_BREAK), trigger.start);
      // "said Kyrgyzstan would go ahead with the dam and rejected any veto": a past-tense verb joined by "and"
      // after the modal's own verb is a second predicate the modal does not reach.
      if (/^\p{L}+ed\b/u.test(trigger.text) && COORDINATED_AFTER_MODAL.test(modalWindow)) modalWindow = '';
      const futureAfter = /^[^,;]*?\b(?:next\s+(?:week|month|year)|tomorrow)\b/i.test(text.slice(trigger.end, sentence.end));
      let modality: EventAnnotation['modality'] = 'asserted';
      // An infinitive complement ("talks to stop the fire", "a plan to withdraw") names an aim, not an act.
      const infinitive = /\bto\s+$/i.test(text.slice(Math.max(sentence.start, trigger.start - 4), trigger.start));
      // A gerund that is the object of another verb ("rejects ceding territory", "considered withdrawing") is
      // what that verb is about, not something that happened.
      const complement = /ing$/i.test(trigger.text) && GERUND_TAKERS.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start));
      // "provided that the Polisario freed the soldiers it captured in 2024": a relative clause in a condition
      // describes the noun, and its past tense is no condition.
      const describedPast = /ed$/i.test(trigger.text) && !!contactRelative(text, mentions.filter((m) => m.end <= trigger.start), trigger);
      if (question || (hasIf(trigger.start) && !describedPast) || HYPOTHETICAL.test(modalWindow)) modality = 'hypothetical';
      else if (FUTURE.test(modalWindow) || futureAfter) modality = 'future';
      else if (infinitive || complement || mandated) modality = 'hypothetical';
      else if (actNoun(trigger.text, match.entry.type) && (PROSPECT.test(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start)) || (STOPPAGE.test(trigger.text) && NOUN_MODIFIER.test(text.slice(trigger.end, trigger.end + 24))))) modality = 'hypothetical';

      // "said it would no longer oppose the dam": reported "would" with "no longer" states a decision, not a supposition.
      if (modality === 'hypothetical' && /^no\s+longer\b/i.test(trigger.text) && /\bwould\s+$/i.test(modalWindow) && !question && !hasIf(trigger.start)) modality = 'future';

      let date: string | null = null;
      let dateText: TextSpan | null = null;
      if (dates) {
        // "a strike remained possible if ... on Wednesday": a conditional act looks ahead when its sentence does.
        const tense: Tense = modality === 'future' || (modality === 'hypothetical' && /\b(?:will|would|could|might|possible|possibly|threaten\w*)\b/i.test(sentenceText)) ? 'future' : 'past';
        const resolvedIn = (t: Tense) => {
          let resolved = datesByTense.get(t);
          if (!resolved) datesByTense.set(t, (resolved = resolveDates(dates, doc.published!, t)));
          return resolved;
        };
        let bestDistance = Infinity;
        for (let r of resolvedIn(tense)) {
          const start = sentence.start + r.index;
          const end = start + r.text.length;
          // "Morocco agreed on Thursday to release 40 detainees": a date before an infinitive is the governing
          // verb's, read in that verb's tense (the Thursday just past), whatever the act it governs looks to.
          if (infinitive && tense === 'future' && end <= trigger.start && !FUTURE.test(text.slice(clause, start))) r = resolvedIn('past').find((p) => p.index === r.index) ?? r;
          // "agreed on Saturday": a date whose "on" the trigger took is still the act's own date, right next to it.
          const sharedOn = start >= trigger.start && start < trigger.end && /^on\s/i.test(r.text) && /\son$/i.test(trigger.text);
          if (start < trigger.end && trigger.start < end && !sharedOn) continue;
          if (!dateOfThisAct(text, trigger, start, end)) continue;
          const distance = sharedOn ? 0 : start >= trigger.end ? start - trigger.end : trigger.start - end;
          if (distance < bestDistance) {
            bestDistance = distance;
            date = r.date;
            dateText = textSpan(text, start, end);
          }
        }
        if (date && dateText && modality === 'asserted' && date > doc.published! && !/\d/.test(dateText.text)) modality = 'future';
      }

      // A caption dated long before the report is a file photo's ("... meet at the G20 summit in Osaka,
      // June 28, 2019"): what it shows is not news of these talks.
      if (sentence.zone === 'caption' && date && doc.published && Date.parse(doc.published) - Date.parse(date) > FILE_PHOTO_DAYS * 86_400_000) continue;

      let actorMentions: Mention[];
      let targetMentions: Mention[];
      let premodified: Mention | null;
      // "was attacked" is passive; "was seeking" is not.
      if (PASSIVE.test(window) && !/^[\w-]+ing\b/i.test(trigger.text)) {
        actorMentions = agentAfterBy(text, mentions, trigger, sentence);
        targetMentions = subjectOf(text, sentence, mentions, trigger);
      } else if (/ed$/i.test(trigger.text) && /,\s*$/.test(text.slice(sentence.start, trigger.start)) && /^\s+by\s/i.test(text.slice(trigger.end, trigger.end + 4)) && agentAfterBy(text, mentions, trigger, sentence).length) {
        // "France, backed by Denmark and the Netherlands, said": a participle set off after a name is done to that
        // name by the agent after "by".
        actorMentions = agentAfterBy(text, mentions, trigger, sentence);
        const named = mentions.findLast((m) => m.end <= trigger.start && m.start >= sentence.start);
        targetMentions = named ? [named] : [];
      } else if (NOUN_BEFORE_TRIGGER.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)) && /^\s+by\s/i.test(text.slice(trigger.end, trigger.end + 4)) && agentAfterBy(text, mentions, trigger, sentence).length) {
        // "an attack by Azerbaijan on Friday": a noun's agent follows it after "by".
        actorMentions = agentAfterBy(text, mentions, trigger, sentence);
        targetMentions = [];
      } else if (/^pressure$/i.test(trigger.text) && /\bunder\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))) {
        // "Russia is under pressure from Washington": the subject is pressed, the one after "from" presses.
        actorMentions = agentAfterBy(text, mentions, trigger, sentence, 'from');
        targetMentions = subjectOf(text, sentence, mentions, trigger);
      } else if (
        NOMINAL_IN_PHRASE.test(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start)) ||
        (CLAUSE_NOUN.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)) && !/(?:ed|to)$/i.test(trigger.text))
      ) {
        // "welcomed the truce after four days of cross-border strikes": a noun in a prepositional phrase
        // names something that happened, not an act of the sentence's subject; a name right before the noun
        // ("after the Sylvanian strikes", "of Freedonia's offensive") is its actor.
        const premodifier = mentions.findLast((m) => m.end <= trigger.start && /^(?:['’]s)?\s+$/.test(text.slice(m.end, trigger.start)));
        actorMentions = premodifier && premodifier.kind !== 'pronoun' ? [premodifier] : [];
        targetMentions = [];
      } else if (/^(?:withdrawal|pull-?out|retreat|departure|exit|disengagement|redeployment)s?$/i.test(trigger.text) && mentions.some((m) => m.start >= trigger.end && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(trigger.end, m.start)))) {
        // "the withdrawal of the M23": who withdraws follows the noun after "of".
        actorMentions = coordinated(text, mentions, mentions.findIndex((m) => m.start >= trigger.end && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(trigger.end, m.start))), 1);
        targetMentions = [];
      } else if (match.entry.type !== 'REQUEST' && (/^[\p{Ll} -]+(?:al|ion|ment|out|fire|truce|exchange|swap)s?$/u.test(trigger.text) || /^releases?\s+of\b/i.test(trigger.text)) && ASKED_FOR.test(text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start))) {
        // "Kyiv demanded a withdrawal", "urged a ceasefire": the act asked for is someone else's to do.
        // "seeks release of three hostages": and it has not been done.
        if (modality === 'asserted' && /^releases?\s/i.test(trigger.text)) modality = 'hypothetical';
        actorMentions = [];
        targetMentions = [];
      } else if ((match.entry.type === 'PROTEST' || match.entry.type === 'COERCE') && actNoun(trigger.text, match.entry.type) && !nounPremodifier(text, mentions, trigger, sentence) && NAMED_ACT_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start))) {
        // "ordered police to clear the road blockade", "ruling that the protest had become unlawful": a protest
        // named as a verb's object or a clause's subject is not the act of the sentence's subject.
        actorMentions = [];
        targetMentions = [];
      } else if ((premodified = nounPremodifier(text, mentions, trigger, sentence))) {
        // "called the Russian demands an ultimatum", "rejected Freedonia's offer": a noun's own actor is the
        // name that qualifies it, not the subject talking about it.
        actorMentions = [premodified];
        targetMentions = [];
      } else if (REDUCED_PASSIVE.test(trigger.text) && /\b(?:\p{Ll}+[^s\W]s|people|men|women|children)\s+$/u.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)) && !mentions.some((m) => m.end <= trigger.start && /^\s+\p{Ll}+\s+$/u.test(text.slice(m.end, trigger.start))) && /^\s+(?:in|by|since|at|during|for|over|after|under|on|from)\b/.test(text.slice(trigger.end, trigger.end + 10))) {
        // "people jailed in Morocco had been convicted": a participle after a plain noun describes those it was
        // done to; its doer is the agent after "by", if named, not the sentence's subject.
        actorMentions = /^\s+by\s/i.test(text.slice(trigger.end, trigger.end + 5)) ? agentAfterBy(text, mentions, trigger, sentence) : [];
        targetMentions = [];
      } else {
        actorMentions = subjectOf(text, sentence, mentions, trigger, soFar.entities);
        targetMentions = [];
      }
      let actors = entitiesOf(actorMentions);
      // "Finnair's pilots have rejected", "union seeks": a common noun right before the verb is its subject, not
      // the name before it; it is the organisation of the document whose name holds that noun, if there is one.
      const workforce = workforceSubject(text, clause, trigger, mentions, soFar.entities, actorMentions);
      // "Amegah said the release followed talks between A and B and thanked both": a verb coordinated right after a
      // report's content is the reporter's act.
      const reportBefore = /\band\s+$/.test(text.slice(Math.max(sentence.start, trigger.start - 5), trigger.start))
        ? soFar.quotes.find((q) => q.speaker !== null && q.kind === 'indirect' && q.start >= sentence.start && q.end <= trigger.start && /^[\s,]*and\s+$/.test(text.slice(q.end, trigger.start)))
        : undefined;
      if (workforce) actors = workforce;
      else if (reportBefore) actors = [reportBefore.speaker!];
      else if (actors.length && mayOpenClause && unnamedClauseSubject(text, sentence, mentions, trigger, actorMentions)) actors = [];
      else if (actors.length && AS_PLURAL_SUBJECT.test(text.slice(Math.max(sentence.start, trigger.start - 80), trigger.start)) && !actorMentions.some((m) => m.start > text.lastIndexOf(' as ', trigger.start))) actors = [];
      // "talks between Norway, the EU and Iceland": everyone in the list takes part; none is acted on.
      const participants = /\bbetween$/i.test(trigger.text) ? entitiesOf(listAfter(text, mentions, trigger, sentence)) : [];
      // With one name found the list holds names no mention covers: the subject may be the other party.
      if (participants.length) actors = participants.length > 1 ? participants : [...new Set([...actors, ...participants])];
      if (actors.length === 0) {
        // A first-person trigger inside an attributed quote ("we agreed") is the speaker's act.
        quoteIndex ??= new SpanIndex(soFar.quotes);
        const quote = quoteIndex.firstContaining(trigger.start, trigger.end, (q) => q.speaker !== null);
        // Only when "we" or "I" is its subject: "watch the bombing resume" is no act of the speaker's.
        if (quote && /\b(?:we|i)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(text.slice(Math.max(quote.start, clause), trigger.start))) actors = [quote.speaker!];
      }
      // "Trump warned that Washington would ...": an actor's own side is not what it acts on.
      // "The Kremlin rules out a Putin-Zelensky summit": nor is a person of the actor's own side.
      const ownSides = new Set(actors.flatMap((a) => [soFar.entities[a]?.party, soFar.entities[a]?.packId]).filter((p): p is string => !!p));
      const ownSide = (t: number) => ownSides.has(soFar.entities[t]?.packId ?? '') || ownSides.has(soFar.entities[t]?.party ?? '');
      if (targetMentions.length === 0) {
        // Filled in place: an array per entity (flatMap) for every trigger was most of what this line allocated.
        const notTargets = new Set(actors);
        if (ownSides.size) for (let k = 0; k < soFar.entities.length; k++) if (ownSide(k)) notTargets.add(k);
        targetMentions = objectOf(text, sentence, mentions, trigger, notTargets);
      }
      const targets = participants.length ? [] : entitiesOf(targetMentions).filter((t) => !actors.includes(t) && !ownSide(t));

      const location = findLocation(text, sentence, trigger, mentions, notPlaces, demonyms);
      const base = match.entry.confidence ?? DEFAULT_CONFIDENCE;
      let { type, mode } = match.entry;
      if (type === 'RETREAT' && mode === 'ceasefire' && /\bstrikes?$/i.test(trigger.text)) {
        // "legislation to end a strike": in a labour dispute the strike ended is a walkout, and ending it concedes.
        militaryWords ??= countMatches(MILITARY, text);
        labourDispute ??= isLabourDispute(text, militaryWords);
        if (labourDispute && !countMatches(MILITARY, sentenceText)) [type, mode] = ['CONCEDE', null];
      }
      if (type === 'ASSAULT' && mode === null) {
        // "all the more striking", "a striking result": an adjective.
        if (/^striking$/i.test(trigger.text) && /\b(?:more|most|very|so|as|is|was|a|an)\s+$/i.test(text.slice(Math.max(sentence.start, trigger.start - 6), trigger.start))) continue;
        militaryWords ??= countMatches(MILITARY, text);
        if (/^(?:strikes?|striking)$/i.test(trigger.text)) {
          labourDispute ??= isLabourDispute(text, militaryWords);
          if (labourDispute && !countMatches(MILITARY, sentenceText)) [type, mode] = ['PROTEST', 'boycott'];
        }
        // Without a word of war in a whole report, "the fight over automation", "a tortured relationship",
        // "captured by a philosophy" are figures of speech. A short text is too little to tell.
        if (type === 'ASSAULT' && militaryWords === 0 && text.length >= FIGURATIVE_MIN_LENGTH && FIGURATIVE_VIOLENCE.test(trigger.text)) continue;
      }
      events.push({
        type,
        mode,
        actors,
        targets,
        negated,
        modality,
        date,
        dateText,
        location,
        trigger,
        evidence: textSpan(text, sentence.start, sentence.end),
        provenance: {
          stage: 'events',
          rule: `lexicon:${match.entry.type}${match.entry.mode ? `:${match.entry.mode}` : ''}#${match.index}`,
          confidence: Math.round(base * (actors.length ? 1 : 0.8) * 100) / 100,
        },
      });
    }
  }
  return events;
}

export const eventStage: Stage<'events'> = {
  name: 'events',
  languages: ['en'],
  requires: ['sentences', 'entities', 'mentions', 'quotes'],
  assigns: ['events'],
  run: (doc, soFar, kb) => ({ events: extractEvents(doc, soFar, kb) }),
};

/** A verb of averting right before a noun (with its determiner and modifiers): the noun's act did not happen. */
const AVERTED = /\b(?:avert(?:s|ed|ing)?|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|stav(?:e|es|ed|ing)\s+off|head(?:s|ed|ing)?\s+off|forestall(?:s|ed|ing)?|ward(?:s|ed|ing)?\s+off)\s+(?:(?:a|an|the|any|further|possible|threatened|planned|looming|imminent|new|another|renewed|full-scale|all-out|costly|damaging|crippling)\s+){0,3}$/i;

const NOT_AVERTED = /\b(?:fail(?:s|ed|ure|ing)?\s+to|not|never|unable\s+to|no\s+longer)\s+(?:\p{Ll}+ly\s+)?$|n['’]t\s+$/iu;

/**
 * A noun of prospect ("raising the prospect of a strike") or a verb of authorising or planning ("voted to authorise
 * a strike") right before an act noun: the act is in view, not done.
 */
const PROSPECT = /\b(?:(?:(?:prospect|threat|risk|possibility|danger|spectre|specter|fears?|likelihood|chance|option)\s+of|authori[sz](?:e|es|ing))\s+(?:(?:a|an|the|its|their|further|new|renewed|possible|another|more)\s+){0,2}|(?:prepar(?:e|es|ed|ing)\s+for|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\s+(?:a|an|the|its|their|further|new|renewed|possible|another|more)\s+(?:(?:further|new|renewed|possible|another|more)\s+)?|(?<![\w-])(?:planned|threatened|proposed|possible|potential)\s+)(?:[\p{Ll}\d-]+\s+)?$/iu;
/** An act noun that modifies another ("a strike mandate", "strike preparations"): it names the act in view. */
const NOUN_MODIFIER = /^\s+(?:mandate|vote|ballot|notice|authori[sz]ation|deadline|threat|plans|preparations?|fund|warning)s?\b/i;
/** A stoppage or an attack named by a bare noun, which may modify another ("strike mandate"). */
const STOPPAGE = /^(?:strikes?|walkouts?|stoppages?|boycotts?|attacks?|offensive)$/i;
/** A trigger that is a noun naming an act ("strike", "phone conversation"), not a verb, a modal or a statement. */
function actNoun(trigger: string, type: EventAnnotation['type']): boolean {
  return type !== 'REQUEST' && type !== 'APPEAL' && type !== 'STATEMENT' && /^[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$/u.test(trigger) && !/(?:ed|ing|\bto|\bon|\bwith)$/.test(trigger);
}

/** A verb or noun of what talks are about; what follows it is a subject of the talks. */
const AGENDA_GOVERNOR = /\b(?:focus(?:es|ed|ing|sed|ses|sing)?\s+on|concentrat(?:e|es|ed|ing)\s+on|cent(?:re|er)(?:s|d|ed)?\s+on|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|address(?:es|ed|ing)?|tackl(?:e|es|ed|ing)|(?:talks|negotiations|discussions|consultations|agenda|issues|topics|questions)\s+(?:on|about|over|of|such\s+as|including|like)|on\s+the\s+agenda|agenda\s+(?:includes?|included|covers?|covered))\s+/gi;
/** Between the agenda's verb and a later item of its list: no new clause. */
const NEW_CLAUSE = /[;:—–.!?]|\b(?:said|says|but|while|after|before|when|because|although|though|whereas)\b|\band\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}+(?:ed|s)\s+(?:the|a|an|its|their)\b|\band\s+\p{Ll}+\s+(?:from|to|with|on|that)\b/u;

/**
 * Whether a trigger after `before` (its sentence up to the trigger) is a noun on an agenda: right after a verb of
 * discussing ("focus on the release of") or a later item of that verb's list (", the mandate ... and the release of").
 */
function onAgenda(before: string): boolean {
  const noun = /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+)?$/u.exec(before);
  if (!noun) return false;
  let governorEnd = -1;
  AGENDA_GOVERNOR.lastIndex = 0;
  for (let m = AGENDA_GOVERNOR.exec(before); m; m = AGENDA_GOVERNOR.exec(before)) governorEnd = m.index + m[0].length;
  if (governorEnd < 0 || governorEnd > noun.index) return false;
  if (governorEnd === noun.index) return true;
  const listed = /(?:,|\b(?:and|or))\s*$/.exec(before.slice(0, noun.index));
  return !!listed && !NEW_CLAUSE.test(before.slice(governorEnd, listed.index));
}

/** An infinitive's verb or "that", then "the" and a modifier, right before a noun. */
const NAMED_ACT_BEFORE = /\b(?:to\s+\p{Ll}+|that)\s+the\s+(?:[\p{Ll}-]+\s+)?$/u;

/** A verb of rejecting or denying and its determiner right before a noun. */
const DENIED_NOUN = /\b(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\s+(?:(?:the|these|those|such|an?|any|all|his|her|its|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** A verb of calling or describing and its object right before a noun that characterises it. */
const CHARACTERISED = /(?<!\bthere\s+)\b(?:is|was|were|are|been|being|amounts?\s+to|amounted\s+to)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$|\b(?:call(?:s|ed|ing)?|dubb?(?:s|ed|ing)?|brand(?:s|ed|ing)?|label+(?:s|ed|ing)?|term(?:s|ed|ing)?)\s+(?:it|them|this|that|(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:["“‘'](?:(?:a|an|the)\s+)?|(?:a|an)\s+)(?:[\p{Ll}-]+\s+)?$|\bdescrib(?:e|es|ed|ing)\s+(?:it|them|this|that|(?:the|his|her|their|its)\s+[\p{L}-]+)\s+as\s+["“‘']?(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+)?$/iu;

/** A verb of asking right before a noun: what it names is asked of another. */
const ASKED_FOR = /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|insist(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?\s+for)\s+(?:(?:a|an|the|an?\s+immediate|full|complete|unconditional|total|swift|rapid|its|their|further)\s+){0,3}$/i;

/**
 * The name right before a noun trigger that makes it that name's act: "the Russian demands", "Freedonia's
 * offer". A determiner before the name, or the possessive after it, shows the trigger is a noun.
 */
function nounPremodifier(text: string, mentions: readonly Mention[], trigger: Span, sentence: Sentence): Mention | null {
  // "the Russian demands" read whole as a mention of Russia (a demonym and an act noun).
  const whole = mentions.find((x) => x.start < trigger.start && x.end === trigger.end && x.kind !== 'pronoun');
  if (whole) return whole;
  const m = mentions.findLast((x) => x.end <= trigger.start && x.start >= sentence.start);
  if (!m || m.kind === 'pronoun') return null;
  const gap = text.slice(m.end, trigger.start);
  if (/^['’]s?\s+$/.test(gap)) return m;
  if (!/^\s+$/.test(gap) || !/\b(?:the|a|an|this|that|these|those)\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 8), m.start))) return null;
  return /^\p{Ll}+s?$/u.test(text.slice(trigger.start, trigger.end)) ? m : null;
}
