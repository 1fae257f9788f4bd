/**
 * Links a quote's local source to a document entity: through an actors-stage mention overlapping the
 * source; for a pronoun or a title, through the most recent compatible entity; and for quotes with no
 * cue of their own, through the quote they continue.
 */
import type { ActorType, LocalEntity, Mention, Sentence } from '../../core/model.js';
import { overlaps, type Span } from '../../core/span.js';
import { firstStartingAtLeast, SpanIndex } from '../../core/span-index.js';
import type { FoundQuote } from './extract.js';

const KIND_RANK: Record<Mention['kind'], number> = { name: 4, title: 3, pronoun: 2, metonym: 1, demonym: 0 };
// "He's telling allies ...": a pronoun keeps its clitic when the source is cut at the verb after it.
const SINGULAR_PERSON = /^(?:he|she|him|her|his)(?:['’](?:s|d|ll))?$/i;
const SINGULAR_TITLE = /^the\s+(?:\p{Lu}[\p{L}-]*(?:\s+(?:of|for|\p{Lu}[\p{L}-]*))*|(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|minister|president|secretary|envoy|ambassador|adviser|advisor|aide|official|diplomat|chairman|chairwoman|chief|leader|senator|governor|mayor|general))$/u;
const PLURAL = /^(?:they|we|them|their)(?:['’](?:re|d|ll|ve))?$/i;
const PERSONS_PEOPLE = /^(?:his|her)\s+(?:(?:senior|top|close|chief|former)\s+)?(?:aides?|advisers?|advisors?|spokes(?:man|woman|person)|office|lawyers?|attorneys?|staff|team|camp|allies|associates|representatives?|negotiators?|envoys?|deputies|deputy|press\s+secretary)$/i;
const INDEFINITE_SPOKESPERSON = /^an?\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:man|woman|person)|representative)$/u;

/**
 * An index of a mention list ordered by start, built once per list: every lookup below is per quote, and a
 * scan of all mentions per quote made long documents quadratic.
 */
const mentionIndexes = new WeakMap<readonly Mention[], SpanIndex<Mention>>();
function indexOf(sorted: readonly Mention[]): SpanIndex<Mention> {
  let index = mentionIndexes.get(sorted);
  if (!index) mentionIndexes.set(sorted, (index = new SpanIndex(sorted)));
  return index;
}

const sentenceIndexes = new WeakMap<readonly Sentence[], SpanIndex<Sentence>>();
/** Position in `sentences` of the first sentence holding the character at `pos`, or -1. */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let index = sentenceIndexes.get(sentences);
  if (!index) sentenceIndexes.set(sentences, (index = new SpanIndex(sentences)));
  return index.containing(pos, pos + 1)[0] ?? -1;
}

function bestOverlapping(source: Span, sorted: readonly Mention[], entities: readonly LocalEntity[]): number | null {
  let best: Mention | null = null;
  let bestScore = -Infinity;
  for (const k of indexOf(sorted).overlapping(source.start, source.end)) {
    const m = sorted[k]!;
    if (!overlaps(m, source)) continue;
    const e = entities[m.entity];
    if (!e) continue;
    // The head of "Kremlin spokesman Dmitry Peskov" is the person, named last; of "the Ministry of Foreign
    // Affairs of Pakistan", the body, whatever country qualifies it.
    const score = (e.type === 'person' ? 10 : e.type === 'organization' || e.type === 'group' ? 5 : 0) + KIND_RANK[m.kind] + m.end / 1e9;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best ? best.entity : null;
}

/** The entity of the most recent mention before `pos` that satisfies `accept`, within a window (`sorted`: ordered by start). */
function mostRecent(pos: number, sorted: readonly Mention[], entities: readonly LocalEntity[], accept: (e: LocalEntity) => boolean, window = 1500): number | null {
  let best: Mention | null = null;
  for (const k of indexOf(sorted).overlapping(pos - window - 1, pos + 1)) {
    const m = sorted[k]!;
    if (m.end > pos || pos - m.end > window) continue;
    const e = entities[m.entity];
    if (!e || !accept(e)) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best ? best.entity : null;
}

const LETTER = /\p{L}/u;

const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;
/** Between an antecedent and its relative: nothing but a comma, a head noun or two ("the AP report, which"), or an appositive without a verb. */
const RELATIVE_GAP = /^(?:(?:\s+\p{Ll}+){0,2}\s*,?\s*|\s*,[^,;:.“”"«»()]{1,110},\s*)$/u;
const VERB_IN_GAP = /(?<![\p{L}])(?:\p{Ll}{2,}ed|is|are|was|were|has|have|had|says|said)(?![\p{L}])/u;

/**
 * The antecedent of a relative pronoun: the latest mention before it, with nothing but a comma, a short
 * head noun or a verbless appositive between ("Alfonso Aguilar, the director of ..., who"). "who" prefers a
 * person so that an organisation named in the appositive is skipped; "which" and "that" never take one.
 */
function relativeAntecedent(pos: number, who: boolean, sorted: readonly Mention[], entities: readonly LocalEntity[], text: string): number | null {
  let fallback: number | null = null;
  for (let k = firstStartingAtLeast(sorted, pos) - 1; k >= 0; k--) {
    const m = sorted[k]!;
    if (m.end > pos) continue;
    if (pos - m.end > 130) break;
    const gap = text.slice(m.end, pos);
    if (!RELATIVE_GAP.test(gap) || (/,.*,/.test(gap) && VERB_IN_GAP.test(gap))) continue;
    const e = entities[m.entity];
    if (!e || (!who && e.type === 'person')) continue;
    if (!who || e.type === 'person') return m.entity;
    fallback ??= m.entity;
  }
  return fallback;
}

/** `x` occurs in `s` as whole words: "the Qatari premier" does not name Qatar. (indexOf, not a regex per entity: this runs per quote.) */
function holdsWord(s: string, x: string): boolean {
  if (!x) return false;
  for (let k = s.indexOf(x); k >= 0; k = s.indexOf(x, k + 1)) {
    if (!LETTER.test(s[k - 1] ?? '') && !LETTER.test(s[k + x.length] ?? '')) return true;
  }
  return false;
}

/** Entities' names, surnames and roles in lower case, once per document rather than once per quote. */
const lowered = new WeakMap<readonly LocalEntity[], { name: string; last: string; roles: string[] }[]>();
function loweredNames(entities: readonly LocalEntity[]) {
  let names = lowered.get(entities);
  if (!names) {
    names = entities.map((e) => ({ name: e.name.toLowerCase(), last: e.name.split(/\s+/).at(-1)!.toLowerCase(), roles: e.roles.map((r) => r.toLowerCase()) }));
    lowered.set(entities, names);
  }
  return names;
}

function byName(sourceText: string, entities: readonly LocalEntity[]): number | null {
  const s = sourceText.toLowerCase();
  const names = loweredNames(entities);
  for (let i = 0; i < names.length; i++) {
    const { name, last } = names[i]!;
    if (name && (holdsWord(s, name) || (last.length > 2 && holdsWord(s, last)))) return i;
  }
  return null;
}

function byRole(sourceText: string, entities: readonly LocalEntity[]): number | null {
  const s = sourceText.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  if (s.length < 4) return null;
  // "the union" is the body, not its "union president": a description headed by an organisation noun names
  // a person only by a whole role.
  const body = ORG_HEADS.has(headOf(s)) && !PERSON_TITLE_HEAD.test(headOf(s));
  const i = loweredNames(entities).findIndex((e) => e.roles.some((r) => (!body && r.includes(s)) || s.includes(r)));
  return i >= 0 ? i : null;
}

/** Heads of a definite description of an organisation, and the actor types each may refer back to. */
const ORG_HEADS: ReadonlyMap<string, readonly ActorType[]> = new Map<string, readonly ActorType[]>([
  ...['ministry', 'government', 'office', 'cabinet', 'administration', 'department', 'embassy', 'presidency', 'kremlin'].map((h) => [h, ['organization', 'country']] as const),
  ...['group', 'movement', 'militants', 'faction'].map((h) => [h, ['group', 'organization']] as const),
  ...['military', 'army', 'wing', 'forces'].map((h) => [h, ['organization', 'group', 'country']] as const),
  ...['union', 'council', 'federation', 'association', 'forum', 'coalition', 'company', 'firm', 'committee', 'institute', 'commission', 'authority', 'agency', 'party', 'organization', 'organisation', 'body', 'bank', 'court', 'campaign', 'delegation', 'side', 'team'].map(
    (h) => [h, ['organization', 'group']] as const,
  ),
]);
/** Words in a body's own name that a generic head refers back to ("the union" → "… Machinists Guild"). */
const HEAD_NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ['union', 'union|guild|brotherhood|federation|confederation|teamsters|\\p{L}*workers|employees'],
]);
/** Heads naming a written statement: its speaker is whoever issued the latest one. */
const STATEMENT_HEAD = /^(?:statement|readout|communiqu[eé]|release|declaration|notice|announcement)$/;
/** The subject (a name of up to four words, or a pronoun) and an issuing verb right before "a statement". */
const ISSUED_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|\b(?:he|she|they|it))(?:\s+(?:later|also|then|quickly|swiftly))?\s+(?:issued|released|put\s+out|published|sent|posted|read\s+out)\s+$/u;
/** Heads that make a description a person ("the Qatari premier", "the foreign minister"). */
const PERSON_TITLE_HEAD = /^(?:spokes(?:man|woman|person)|minister|premier|president|secretary|envoy|ambassador|adviser|advisor|aide|official|diplomat|chairman|chairwoman|chief|leader|senator|governor|mayor|general|negotiator|chancellor|director|commander|representative)$/;
const SPOKESPERSON_FOR = /\bspokes(?:man|woman|person)\s+(?:for|of)\s+/i;

const headOf = (srcText: string) => (srcText.toLowerCase().match(/[\p{L}]+(?:['’]s)?/gu) ?? []).at(-1)?.replace(/['’]s$/, '') ?? '';

/** "its chairman", "their spokeswoman", "its chief executive": an officer or the members of a body named by the body's possessive. */
const OFFICER_OF_BODY = /^(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:secretariat|leadership|chairman|chairwoman|chair|chairperson|spokes(?:man|woman|person)|leaders?|president|executive|ceo|secretary-general|general|director|members?|negotiators?|representatives?|officials?|head|chief|boss)$/u;

/**
 * "A senior coalition official said ... “...,” the official told Bloomberg": a definite title that takes up an
 * unnamed person introduced by an indefinite description ("a/an ... official" with no name after it) and no
 * named person since. Returns the body or country the introduction names (its own mention), null when it
 * names none, undefined when there is no such introduction.
 */
function unnamedIntroduction(pos: number, head: string, sorted: readonly Mention[], entities: readonly LocalEntity[], text: string): number | null | undefined {
  const from = Math.max(0, pos - 1500);
  const re = new RegExp(String.raw`(?<![\p{L}])[Aa]n?\s+(?:[\p{L}'’-]+\s+){0,5}${head}(?![\p{L}])(?!\s*,?\s*\p{Lu})`, 'gu');
  const before = text.slice(from, pos);
  let intro: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) intro = m;
  if (!intro) return undefined;
  const start = from + intro.index;
  const end = start + intro[0].length;
  let body: number | null = null;
  for (let k = firstStartingAtLeast(sorted, start); k < sorted.length && sorted[k]!.start < pos; k++) {
    const m = sorted[k]!;
    const e = entities[m.entity];
    if (!e) continue;
    // A person named since the introduction may be the one the title means: leave it to the usual reading.
    if (m.start >= end && e.type === 'person') return undefined;
    if (m.end <= end && e.type !== 'person') body ??= m.entity;
  }
  return body;
}

/**
 * The person a singular pronoun or definite title refers back to: the person opening its own sentence, else
 * the subject of a recent sentence when a person mention opens it after the previous quote (a new speaker was introduced: "Vice Premier He
 * Lifeng ... He said"), else the previous quote's speaker, else the latest person mentioned.
 */
function personAntecedent(
  pos: number,
  previous: { entity: number; end: number } | null,
  sorted: readonly Mention[],
  entities: readonly LocalEntity[],
  sentences: readonly Sentence[],
  text: string,
): number | null {
  // The subject opening the pronoun's own sentence ("Trump has hailed the vote, telling reporters that he
  // thinks ...") is who "he" is, whoever spoke before.
  const own = sentences[sentenceAt(sentences, pos)];
  if (own) {
    // The first person named, after at most a few title words ("Army chief General X has refused ..., and his aides").
    let opener: Mention | undefined;
    for (let k = firstStartingAtLeast(sorted, own.start); k < sorted.length && sorted[k]!.start <= pos && !opener; k++) {
      const m = sorted[k]!;
      if (m.end <= pos && m.kind !== 'pronoun' && entities[m.entity]?.type === 'person' && !insideFrontedPhrase(text.slice(own.start, m.start))) opener = m;
    }
    if (opener && opensSentence(text.slice(own.start, opener.start))) return opener.entity;
  }
  const after = previous ? previous.end : -Infinity;
  // Mentions starting after `pos` also end after it: start the walk back at the last one starting at or before it.
  for (let k = firstStartingAtLeast(sorted, pos + 1) - 1; k >= 0; k--) {
    const m = sorted[k]!;
    if (m.end > pos) continue;
    if (m.start < after || pos - m.end > 1500) break;
    if (entities[m.entity]?.type !== 'person' || m.kind === 'pronoun') continue;
    const sent = sentences[sentenceAt(sentences, m.start)];
    if (!sent || sent.end > pos + 1 && sent.start <= pos) continue;
    const lead = text.slice(sent.start, m.start);
    if (opensSentence(lead) || opensClause(lead) || HOLDER_LEAD.test(lead)) return m.entity;
  }
  return previous?.entity ?? mostRecent(pos, sorted, entities, (x) => x.type === 'person');
}

/**
 * "For the analyst X, of the Y institute, the truce is fragile", "According to X, ...": a sentence that gives
 * the view of the person its fronted phrase names; a pronoun after it is that person.
 */
const HOLDER_LEAD = /^[\s"“‘']*(?:for|according\s+to|in\s+the\s+(?:view|words|opinion)\s+of)\s+(?:(?:the|an?)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/iu;
/** Where a coordinated clause begins: ", but", "; and", ", while". */
const CLAUSE_BREAK = /(?:,\s*(?:but|and|while|whereas|yet)|;\s*(?:but|and)?)\s+/giu;

/** Whether a mention after `lead` is the subject of a clause coordinated after the first ("..., but EU negotiator X signalled"). */
function opensClause(lead: string): boolean {
  let last = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(lead); m; m = CLAUSE_BREAK.exec(lead)) last = m.index + m[0].length;
  return last > 0 && opensSentence(lead.slice(last));
}

/** A phrase fronted before a sentence's subject and set off by a comma ("With Merrick Garland, ", "When the talks ended, "). */
const FRONTED_PHRASE = /^(?:with|in|on|at|for|after|before|during|despite|since|following|amid|under|over|from|by|as|when|while|although|though|because|if|unlike|like)\b[^,;:“”"‘’«»]{0,100},\s*/i;
const PREPOSITION_LEAD = /^(?:with|in|on|at|for|after|before|during|despite|since|following|amid|under|over|from|by|as|when|while|although|though|because|if|unlike|like)\b/i;

const VERB_IN_LEAD = /(?<![\p{L}-])(?:\p{Ll}{2,}ed|is|are|was|were|has|have|had|will|would|said|says|told|met|made|took|gave)(?![\p{L}-])/u;

/** "An Egyptian foreign ministry spokesman, " (or "representative in Europe, ") before a name in apposition: the description and the name are one subject. */
const ROLE_APPOSITION = /^(?:(?:an?|the)\s+)?(?:[\p{L}'’-]+\s+){0,5}(?:spokes(?:man|woman|person)|minister|secretary|envoy|ambassador|adviser|advisor|aide|official|diplomat|chairman|chairwoman|chief|leader|negotiator|director|commander|representative|president|executive|lawmaker|senator|mediator)(?:\s+(?:(?:in|to|for|at|of)\s+(?:the\s+)?)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*,\s*$/iu;

/** The text before a mention opens a phrase that has not closed yet: the mention is inside it ("With Merrick Garland"). */
function insideFrontedPhrase(lead: string): boolean {
  return PREPOSITION_LEAD.test(lead) && !FRONTED_PHRASE.test(lead);
}

/**
 * Whether a mention after `lead` (the text from its sentence's start) is the sentence's subject: at most a
 * fronted phrase and a few title words before it, no other comma, quotation mark or clause.
 */
function opensSentence(lead: string): boolean {
  const rest = lead.replace(FRONTED_PHRASE, '').replace(ROLE_APPOSITION, '');
  // "Valastro praised Christie’s leadership": a verb before the mention makes it an object, whoever the subject is.
  return !PREPOSITION_LEAD.test(rest) && !/[,;:“”"‘’«»]/.test(rest) && !VERB_IN_LEAD.test(rest) && (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 5;
}

const GOVERNMENT_HEAD = /^(?:ministry|government|office|cabinet|administration|department|embassy|presidency|kremlin)$/;

/**
 * What "the ministry", "the group", "the union" refers back to: an organisation whose name holds the
 * head noun, else the subject opening the description's own sentence or the one before, else the latest
 * mention of the first compatible type (a government body may be its country, or an organisation whose
 * name says it is one).
 */
function organisationAntecedent(
  src: Span,
  head: string,
  types: readonly ActorType[],
  mentions: readonly Mention[],
  entities: readonly LocalEntity[],
  sentences: readonly Sentence[],
  text: string,
): number | null {
  const compatible = (x: LocalEntity) =>
    types.includes(x.type) && (x.type !== 'organization' || !GOVERNMENT_HEAD.test(head) || /ministry|office|department|government|cabinet|administration|embassy|kremlin|house/i.test(x.name));
  const named = mostRecent(src.start, mentions, entities, (x) => compatible(x) && new RegExp(`\\b(?:${HEAD_NAME_WORDS.get(head) ?? head})`, 'iu').test(x.name));
  if (named !== null) return named;
  const own = sentenceAt(sentences, src.start);
  // The first mention from `from` on that ends by `to` and is compatible (`mentions` is ordered by start).
  const firstWithin = (from: number, to: number): Mention | undefined => {
    for (let k = firstStartingAtLeast(mentions, from); k < mentions.length && mentions[k]!.start <= to; k++) {
      const m = mentions[k]!;
      if (m.end <= to && entities[m.entity] && compatible(entities[m.entity]!)) return m;
    }
    return undefined;
  };
  for (const st of own >= 0 ? [sentences[own]!, sentences[own - 1]].filter((x) => x !== undefined) : []) {
    const opener = firstWithin(st.start, Math.min(src.start, st.end));
    const lead = text.slice(st.start, opener?.start ?? st.start);
    if (opener && !/[,;:“”"‘’]/.test(lead) && (lead.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 6) return opener.entity;
  }
  for (const t of types) {
    const e = mostRecent(src.start, mentions, entities, (x) => x.type === t && compatible(x));
    if (e !== null) return e;
  }
  // A report's lead may name the body only in the next sentence ("The union representing 38,000 dockworkers
  // said ... . The United Dockworkers of the Atlantic broke off talks ..."): the body opening that sentence.
  const next = own >= 0 ? sentences[own + 1] : undefined;
  if (next) {
    const opener = firstWithin(next.start, next.end);
    const lead = text.slice(next.start, opener?.start ?? next.start);
    if (opener && !/[,;:“”"‘’]/.test(lead) && (lead.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 2) return opener.entity;
  }
  return null;
}

/** The person named right after a source, set off by commas ("its leader, Jane Roe," / "its leader, Jane Roe."), or null. */
function appositivePerson(src: Span, sorted: readonly Mention[], entities: readonly LocalEntity[], text: string): number | null {
  const comma = /^\s*,\s*/.exec(text.slice(src.end, src.end + 4));
  if (!comma) return null;
  const at = src.end + comma[0].length;
  const k = firstStartingAtLeast(sorted, at);
  const m = sorted[k];
  if (!m || m.start !== at || m.kind !== 'name' || entities[m.entity]?.type !== 'person') return null;
  return /^\s*(?:[,.;:]|["”’]|$)/.test(text.slice(m.end, m.end + 2)) ? m.entity : null;
}

/** The organisation or group named right after a source, set off by commas ("a rank-and-file group, Example Workers United,"), or null. */
function appositiveBody(src: Span, sorted: readonly Mention[], entities: readonly LocalEntity[], text: string): number | null {
  const comma = /^\s*,\s*/.exec(text.slice(src.end, src.end + 4));
  if (!comma) return null;
  const at = src.end + comma[0].length;
  const m = sorted[firstStartingAtLeast(sorted, at)];
  const type = m ? entities[m.entity]?.type : undefined;
  if (!m || m.start !== at || m.kind !== 'name' || (type !== 'organization' && type !== 'group')) return null;
  return /^\s*(?:[,;]|\()/.test(text.slice(m.end, m.end + 2)) ? m.entity : null;
}

/** How many quotations back "he" may find the person last quoted: far more than two paragraphs of a report hold. */
const PERSON_LOOKBACK = 64;

/** Speaker entity per found quote (null when unattributed). */
export function linkSpeakers(
  text: string,
  found: readonly FoundQuote[],
  entities: readonly LocalEntity[],
  mentions: readonly Mention[],
  sentences: readonly Sentence[] = [],
): (number | null)[] {
  const speakers: (number | null)[] = new Array(found.length).fill(null);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // (At most `PERSON_LOOKBACK` quotations back: a paragraph of thousands of unattributed marks made this quadratic.)
  const previousPersonSpeaker = (i: number): { entity: number; end: number } | null => {
    for (let j = i - 1; j >= 0 && j >= i - PERSON_LOOKBACK; j--) {
      if (found[i]!.paragraph - found[j]!.paragraph > 2) break;
      const sp = speakers[j];
      if (sp !== null && sp !== undefined && entities[sp]?.type === 'person') return { entity: sp, end: found[j]!.span.end };
    }
    return null;
  };
  const person = (i: number, pos: number) => personAntecedent(pos, previousPersonSpeaker(i), sorted, entities, sentences, text);
  // Whoever issued the latest statement: a quote whose cue or source names one, within two paragraphs.
  const statementIssuer = (i: number): number | null => {
    for (let j = i - 1; j >= 0; j--) {
      const p = found[j]!;
      if (found[i]!.paragraph - p.paragraph > 2) break;
      const said = `${p.cue ? text.slice(p.cue.start, p.cue.end) : ''} ${p.source ? text.slice(p.source.start, p.source.end) : ''}`;
      if (speakers[j] !== null && /\b(?:statement|readout|communiqu)/i.test(said)) return speakers[j]!;
    }
    return null;
  };
  const outsideQuote = (q: FoundQuote) => sorted.filter((m) => m.end <= q.span.start || m.start >= q.span.end);
  // "she issued a statement calling on ...": a statement's speaker is the subject that issued it, just before.
  const issuerBefore = (i: number, src: Span): number | null => {
    const lead = ISSUED_BEFORE.exec(text.slice(Math.max(0, src.start - 80), src.start));
    if (!lead) return null;
    const subjectEnd = src.start - lead[0].length + lead[1]!.length;
    const subjectStart = subjectEnd - lead[1]!.trimStart().length;
    const subject = text.slice(subjectStart, subjectEnd);
    if (SINGULAR_PERSON.test(subject)) return person(i, subjectStart);
    return bestOverlapping({ start: subjectStart, end: subjectEnd }, sorted, entities);
  };
  found.forEach((q, i) => {
    if (q.source) {
      const src = q.source;
      const srcText = text.slice(src.start, src.end);
      const head = headOf(srcText);
      // "the minister of Communication": a title's head comes before its "of"/"for" complement.
      const titleHead = headOf(srcText.replace(/\s+(?:of|for)\s+.*$/isu, ''));
      let e = bestOverlapping(src, sorted, entities);
      // "Governor X, whose office said ...": the office, spokesman or aides of whom the relative names speak for X.
      const whose = e === null ? /,\s*whose\s+$/.exec(text.slice(Math.max(0, src.start - 12), src.start)) : null;
      if (whose) {
        const comma = src.start - whose[0].length;
        e = mostRecent(comma + 1, sorted, entities, () => true, 200);
      }
      // "Sanders, who says ...", "the AP report, which notes ...": a relative pronoun speaks for its antecedent.
      if (e === null && RELATIVE_PRONOUN.test(srcText)) e = relativeAntecedent(src.start, /^who$/i.test(srcText), sorted, entities, text);
      // "Ann Lee, head of the group Civic Watch, who had warned that ...": a source read as the body in the
      // appositive before "who" is the person the appositive describes.
      const whoAfter = e !== null && entities[e]?.type !== 'person' ? /^\s*,\s*who\b/i.exec(text.slice(src.end, src.end + 12)) : null;
      if (whoAfter) {
        const pos = src.end + whoAfter[0].length - 3;
        const antecedent = relativeAntecedent(pos, true, sorted, entities, text);
        if (antecedent !== null && entities[antecedent]?.type === 'person') e = antecedent;
      }
      // "the Qatari premier": a definite title is a person even when a demonym or place overlaps it.
      if (e !== null && entities[e]?.type !== 'person' && /^the\s/i.test(srcText) && PERSON_TITLE_HEAD.test(head) && !SPOKESPERSON_FOR.test(srcText)) {
        const role = byRole(srcText, entities);
        e = (role !== null && entities[role]?.type === 'person' ? role : null) ?? person(i, src.start) ?? e;
      } else if (e === null && (SINGULAR_PERSON.test(srcText) || PERSONS_PEOPLE.test(srcText))) {
        // "he", and "his aides", "her spokesman": the people of a person speak for that person.
        e = person(i, src.start);
      } else if (e === null && PLURAL.test(srcText)) {
        e = mostRecent(src.start, sorted, entities, (x) => x.type !== 'person');
      } else if (e === null && OFFICER_OF_BODY.test(srcText)) {
        // "its chairman said", "their negotiators told ...": the officer of the body the passage is about, not a person named before.
        e = organisationAntecedent(src, head, ['organization', 'group', 'country'], outsideQuote(q), entities, sentences, text);
      } else if (e === null && /^the\s/i.test(srcText) && PERSON_TITLE_HEAD.test(head) && unnamedIntroduction(src.start, head, sorted, entities, text) !== undefined) {
        // "a senior coalition official said ... the official told Bloomberg": the unnamed person introduced
        // before; they speak for the body that introduction names, if any, and never for another person.
        e = unnamedIntroduction(src.start, head, sorted, entities, text)!;
      } else if (e === null && /^the\s/i.test(srcText) && (PERSON_TITLE_HEAD.test(head) || PERSON_TITLE_HEAD.test(titleHead))) {
        // "the Qatari premier", "the foreign secretary": a person named earlier, never a country whose name the title contains.
        const role = byRole(srcText, entities);
        e = (role !== null && entities[role]?.type === 'person' ? role : null) ?? person(i, src.start) ?? byName(srcText, entities);
      } else if (e === null) {
        e = byRole(srcText, entities) ?? byName(srcText, entities);
        // "the Secretary of State", "the spokesman": a title refers back to the person just quoted or named.
        if (e === null && SINGULAR_TITLE.test(srcText)) e = person(i, src.start);
        // "a spokesperson said": an unnamed spokesperson speaks for the body the passage is about, not for a person.
        if (e === null && INDEFINITE_SPOKESPERSON.test(srcText)) e = organisationAntecedent(src, 'spokesperson', ['organization', 'country'], outsideQuote(q), entities, sentences, text);
        // "the statement said": the issuer of the latest statement; "the ministry", "the group": the latest
        // organisation of a compatible kind mentioned before (outside the quote itself).
        if (e === null && STATEMENT_HEAD.test(head)) e = issuerBefore(i, src) ?? statementIssuer(i) ?? mostRecent(src.start, outsideQuote(q), entities, (x) => x.type === 'organization' || x.type === 'country');
        const types = ORG_HEADS.get(head);
        if (e === null && types && /^(?:the|its|their|this)\s/i.test(srcText)) e = organisationAntecedent(src, head, types, outsideQuote(q), entities, sentences, text);
      }
      // "said its leader, Tor Example", "The chief of the delegation, Ana Roe, said": a person named in
      // apposition to the source is who speaks, not the body the description names.
      if (e === null || entities[e]?.type !== 'person') e = appositivePerson(src, sorted, entities, text) ?? e;
      // "A rank-and-file group, Example Workers United, urged ...": a body named in apposition to a description headed by a body's noun.
      if (e === null && ORG_HEADS.has(head)) e = appositiveBody(src, sorted, entities, text);
      speakers[i] = e;
    } else if (q.inherit !== null) {
      speakers[i] = speakers[q.inherit] ?? null;
    } else if (q.rule === 'direct:carry' && !found.some((p) => p.paragraph === q.paragraph - 1 && p.confidence > 0 && !p.rule.startsWith('scare'))) {
      speakers[i] = paragraphSubject(q.paragraph - 1, sorted, entities, sentences, text);
    }
  });
  return speakers;
}

/**
 * "Valastro praised Christie’s leadership ... ¶ “We need someone who’s going to ...”": a paragraph that is
 * only a quotation, with no speaker to continue, is the person the paragraph before is about: the person
 * opening its latest sentence that a person opens.
 */
function paragraphSubject(paragraph: number, sorted: readonly Mention[], entities: readonly LocalEntity[], sentences: readonly Sentence[], text: string): number | null {
  const inParagraph = sentences.filter((st) => st.paragraph === paragraph);
  for (let k = inParagraph.length - 1; k >= 0; k--) {
    const st = inParagraph[k]!;
    let opener: Mention | undefined;
    for (let k = firstStartingAtLeast(sorted, st.start); k < sorted.length && sorted[k]!.start <= st.end && !opener; k++) {
      const m = sorted[k]!;
      if (m.end <= st.end && m.kind !== 'pronoun' && !insideFrontedPhrase(text.slice(st.start, m.start))) opener = m;
    }
    if (opener && entities[opener.entity]?.type === 'person' && opensSentence(text.slice(st.start, opener.start))) return opener.entity;
  }
  return null;
}
