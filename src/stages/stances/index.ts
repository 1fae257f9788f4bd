/**
 * Stances: who supports, opposes or conditionally accepts which proposition, read from quotes, reported
 * speech and narrative sentences. Rules over the sentence's words (no parser is available in Node that
 * is small and reliable enough on news text): a stance cue from the lexicon governs the proposition
 * cues that follow it in its clause; cues compose ("agreed to resume aid" = + × +; "called for ...
 * ditching its NATO aspirations" = + × −); the holder is the grammatical subject found by walking back
 * over mentions, the reporting speaker for pronouns and obligations, the quote's speaker inside quotes,
 * or the `by` agent of a passive.
 *
 * Which propositions: a pack's only in reports about its negotiation (`packsInScope`), discovered objects
 * elsewhere; "the deal", "the agreement" and an object "it" stand for the document's main agreement, "the
 * treaty" for the last treaty named; a discovered object's id is qualified by the document's two principal
 * sides (`auto:ceasefire@a+b`, see `negotiationSides`). Judgements without a stance verb ("<object> is <judgement>"
 * inside a quote, "calling it <judgement>") are scored with the AFINN word list (`evaluative.ts`).
 *
 * Beyond verb + object: "the proposal", "their terms", "the bill" point back to the object last named (see
 * `withAnaphors`); "the talks" is negotiating itself, taken only as a verb's direct object; an acceptance
 * verb with no object ("would agree only if ...") and an object as subject of a conditioned future ("<X>
 * would be signed only if ...") take the object under discussion; "<X>, which Y rejected" gives the verb
 * the noun before; holders reach back across sentences ("It said", "The union said": `antecedent`,
 * `withDescriptions`), forward to a trailing attribution (", X said.": `attributedSpeaker`), and through
 * "a spokesman for X", relative pronouns and participles; coordinated names ("A, B and Senators C (tag)")
 * share a stance and its evidence. Frames fix polarity whatever the verb: an object the holder calls wrong
 * ("the unfair practice of X") is opposed, a complement judgement ("that X is unacceptable") decides, a
 * refusal or a keeping "until" Y is no conditional acceptance (`holdsUntil`), and an attitude noun nobody
 * voices ("a move that may trigger opposition to X") is no one's stance. Membership questions ("leave the
 * EU" / "remain in the bloc") are one object with two answers (`stays` reverses the stance); an advice's
 * obligation belongs to its owner and its backers (`adviceHolders`); partners share what they set out to do
 * (`partnersFor`); a plural group's stance goes to the members named after "including" (`includedMembers`);
 * a quoted judgement of "it" goes to the object under discussion (`pronounJudgement`). Role nouns ("<X>, a
 * critic of <Y>") belong to the name they are said of (`roleHolders`); a participle of making followed by
 * its agent ("the pact brokered by A and B") gives the noun right before it to every agent; "both sides"
 * stands for the pair named together before (`pairDescriptions`); "accused Y of blocking" charges Y; a
 * negation stops at the clause it is in (`negatedBefore`), a denial is no stance, and questions take none.
 * Objects no head list names: a side-taking verb's own noun phrase or gerund ("defended the device tax",
 * "opposition to granting X a hearing") when the report names its head again (`openObjects`); "their
 * opposition" belongs to the name "their" fits; "it" after a stance verb is the object named last.
 * A gerund is the object its action noun names ("stop enriching uranium": `gerundObjects`), going back to
 * the table is the talks, and "that proposal" after a conditioned offer is what was offered. A verb after a
 * relative clause on the subject is the subject's (`relativeClauseAntecedent`), "<X>'s delegation said it"
 * is X's, "the army" is the army named before, "<Name> nurses reach ..." is not the name's act, and a
 * reversal in one sentence ("rejected X ..., but later accepted it") keeps both stances. Evidence and
 * conditions that open a quotation run to its closing mark (`throughQuotation`). A fronted if-clause ("If X, we
 * will support it") conditions its main clause (`FRONTED_IF`), a welcome "but said it would judge the text" is
 * conditional (`RESERVATION`), a comma then a finite verb is a second predicate, not a nested one ("drops demand,
 * agrees to table X"), and "a charge X rejects" gives the verb the noun before (`ZERO_RELATIVE`). "Once", "as soon
 * as" after a future or a readiness, "when ..., not before" and "while <X> stands" are conditions; a readiness or
 * acceptance under a hard condition offers its own noun phrase (`cueOffer`); a commitment, "must" or "demand that
 * <X>" takes the act its verb names (`committedActs`); refusing "a <kind> that ..." and "did not rule out ... if"
 * are conditional. Refusing to hand over or recognise something opposes that act (`refusedActs`); a possibility
 * conceded after a refusal ("though it might accept") and a readiness qualified by its terms ("case by case", "on the
 * basis of") are conditional; a quoted "This is <judgement>" is judged by its predicate's head, a flat refusal ("Not a
 * chance") opposes the object under discussion, "non-negotiable <X>" insists on X, and a document as subject ("The
 * memorandum demands") holds for the side named as handing it over (`withDocumentAuthors`). "Insisted that any <X>
 * include <Y>" accepts X on that condition and wants Y (`MUST_HOLD`, `heldPhrase`); "<X> will not be confirmed" with no
 * object under discussion is about the confirmation itself (`CONFIRMATION_ID`).
 */
import * as chrono from 'chrono-node';
import { CONTENT_ZONES, type DocumentAnalysis, type Mention, type Quote, type Sentence, type StanceAnnotation, type StanceValue } from '../../core/model.js';
import { textSpan, trimSpan } from '../../core/span.js';
import { autoId, BARE_HEADS, findPropositions, TALKS_ID, isAgreeable, negotiationSides, newsOutlets, reportsNegotiation, qualifyProposition, objectHead, packsInScope, prominentObject, withAnaphors, type PropositionMatch } from '../../corpus/propositions.js';
import type { KnowledgeBase } from '../../packs/load.js';
import { LABOUR_HEADS } from '../actors/anaphora.js';
import type { DocView, Stage } from '../types.js';
import { alignedStances, entitiesByDemonym } from './aligned.js';
import { calledEvaluation, evaluate, headEvaluation } from './evaluative.js';
import { addWord, isAsciiLower, letterTrie, literalPrefixes, markEveryWalk, markRuns, OpeningPositions, requiredSubstrings } from '../openings.js';
import { wordOccurrences } from '../words.js';
import { CONDITION_MARKERS, EXIT_THREATS, HEDGES, NEGATION, OBJECT_PREPOSITIONS, REPORTING_VERBS, STANCE_CUES, type StanceCue } from './lexicon.js';

interface CueHit {
  cue: StanceCue;
  start: number;
  end: number;
}

// The word-start check is done in code, not as a leading lookbehind: a pattern that opens with literal
// words lets the regex engine skip ahead to them, which a lookbehind at every position prevents.
// `strict` openings came first; a cue that had none got its openings from the wider rule (optional groups,
// lookarounds), and only those cues run whatever the words on a sentence with a long s ("ſ", which the
// case-insensitive pattern reads as "s" but lower-casing leaves alone), so every sentence is read as before.
const CUE_RES = STANCE_CUES.map((cue) => {
  const strict = literalPrefixes(cue.re, false);
  const triggers = strict ?? literalPrefixes(cue.re);
  const source = String.raw`(?:${cue.re})(?![\p{L}\p{N}])`;
  return { cue, re: new RegExp(source, 'giu'), at: new RegExp(source, 'yiu'), triggers, folds: !strict, contains: triggers ? null : requiredSubstrings(cue.re), requires: triggers ? requiredSubstrings(cue.re) : null };
});
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Cue openings (at a word's start) and required runs (anywhere), each end naming the cues it lets run. The runs
 * of a cue with no openings (`contains`) are marked with its index; so that one pass finds both, the runs one of
 * which every match of a cue with openings holds (`requires`) are marked with `CUE_RES.length` + its index: many
 * openings are common words ("is", "in", "to" of "in support of", "is yet to"), and a cue whose rarer words are
 * not in the sentence is not tried.
 */
const OPENING_TRIE = letterTrie();
const RUN_TRIE = letterTrie();
CUE_RES.forEach((c, i) => {
  for (const t of c.triggers ?? []) addWord(OPENING_TRIE, t, i);
  for (const t of c.contains ?? []) addWord(RUN_TRIE, t, i);
  for (const t of c.requires ?? []) addWord(RUN_TRIE, t, CUE_RES.length + i);
});
const CONTAINING = CUE_RES.flatMap((c, i) => (c.contains ? [i] : []));
const REQUIRING = CUE_RES.flatMap((c, i) => (c.requires ? [i] : []));
/** The runs found in the sentence at hand (marks as in `RUN_TRIE`). */
const RUN_FOUND = new Uint8Array(2 * CUE_RES.length);
/** Which cues `findCues` tries on the sentence at hand: one array, cleared per sentence, not one allocated each time. */
const ENABLED = new Uint8Array(CUE_RES.length);
/** Where each cue's openings are at a word's start in the sentence at hand. */
const OPENING_AT = new OpeningPositions(CUE_RES.length);
/** Cues with neither openings nor runs: tried on every sentence. */
const UNFILTERED = CUE_RES.flatMap((c, i) => (c.triggers || c.contains ? [] : [i]));
/** Cues whose filter came from the wider rule: tried on every sentence with a long s. */
const FOLDING = CUE_RES.flatMap((c, i) => (c.folds ? [i] : []));

const NEGATION_RE = new RegExp(NEGATION, 'i');
const HEDGE_RE = new RegExp(HEDGES, 'i');
const CONDITION_RE = new RegExp(CONDITION_MARKERS, 'gi');
/** Words every match of `CONDITION_RE` holds ("only if", "provided", "unless", "until", "subject to", "on condition", "as part of"). */
const CONDITION_WORDS = /\b(?:only|provid|long\s+as|condition|unless|absent|except|until|subject|contingent|part\s+of|framework\s+of|context\s+of|tie[sd]?\s|tying|link)/i;
const REPORTING_RE = new RegExp(REPORTING_VERBS, 'gi');
const REPORTING_TEST = new RegExp(REPORTING_VERBS, 'i');
/** A reporting verb inside a clause: lower case only, so "the United States" is no "states". */
const REPORTING_IN_CLAUSE = new RegExp(REPORTING_VERBS);
const REPORTING_WORD = new RegExp(`^(?:${REPORTING_VERBS})$`, 'i');
// "(I-Vt.)", "(I-Maine)": the party tag of an independent is no first-person pronoun.
const PRONOUN_RE = /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|(?<!\()I(?![-–]))\b/g;

const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|this|that)\s+$/i;
/** A determiner, then modifiers or an opening quote, right before a word: that word is a noun ("a two-year “pause”"). */
const NOUN_BEFORE = /\b(?:the|a|an|its|their|this|that)\s+(?:(?:[\p{L}\d]+-(?:years?|months?|weeks?|days?|hours?)(?:-long)?|[\p{L}\d]+-long|temporary|brief|partial|full|short|long|new|further|similar|proposed|planned)\s+)*(?:["“‘']\s*)?$/iu;

function findCues(text: string, s: Sentence, props: readonly PropositionMatch[]): CueHit[] {
  const slice = text.slice(s.start, s.end);
  // Which cues can match: one of its openings begins a word (a run of a-z in the lower-cased text), or one
  // of its required runs is somewhere in it; a cue with neither kind of letters is always tried.
  const enabled = ENABLED.fill(0);
  for (const i of UNFILTERED) enabled[i] = 1;
  const lower = slice.toLowerCase();
  const openings = OPENING_AT;
  openings.clear();
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 97 || code > 122) continue;
    if (i === 0 || !isAsciiLower(lower.charCodeAt(i - 1))) markEveryWalk(OPENING_TRIE, lower, i, openings);
  }
  for (let ci = 0; ci < CUE_RES.length; ci++) if (openings.first[ci]! >= 0) enabled[ci] = 1;
  const found = RUN_FOUND.fill(0);
  markRuns(RUN_TRIE, lower, found);
  for (const i of CONTAINING) if (found[i]) enabled[i] = 1;
  const longS = slice.includes('ſ');
  if (longS) for (const i of FOLDING) enabled[i] = 1;
  // Lower-casing keeps every letter a pattern reads as a-z (the Kelvin sign becomes "k"), but for the long s.
  else for (const i of REQUIRING) if (!found[CUE_RES.length + i]) enabled[i] = 0;
  // A cue's match opens with one of its openings (strict or from the wider rule, which steps over optional
  // groups and lookarounds: the same openings that enable it), and a match that does not open a word is
  // passed over below: so a match that is kept starts at one of its openings at a word's start, and the
  // pattern is tried there only (a search of the whole sentence tried it at every position). Not when
  // lower-casing moved the positions, nor with a long s (which the pattern reads as "s" and the walk does not).
  const atOpenings = !longS && lower.length === slice.length;
  const hits: CueHit[] = [];
  for (let ci = 0; ci < CUE_RES.length; ci++) {
    if (!enabled[ci]) continue;
    const { cue, re, at } = CUE_RES[ci]!;
    const stepping = atOpenings && openings.first[ci]! >= 0;
    let entry = openings.first[ci]!;
    let from = 0;
    re.lastIndex = 0;
    for (;;) {
      let m: RegExpExecArray | null = null;
      if (stepping) {
        for (; entry >= 0 && !m; entry = openings.next[entry]!) {
          const p = openings.at[entry]!;
          // (Nor the second part of a hyphenated word: "ride-hailing" hails nothing.)
          if (p < from || (p > 0 && (WORD_CHAR.test(slice[p - 1]!) || (slice[p - 1] === '-' && p > 1 && /\p{L}/u.test(slice[p - 2]!))))) continue;
          at.lastIndex = p;
          m = at.exec(slice);
        }
        if (!m) break;
        from = m.index + Math.max(1, m[0].length);
      } else {
        m = re.exec(slice);
        if (!m) break;
        if (m.index > 0 && (WORD_CHAR.test(slice[m.index - 1]!) || (slice[m.index - 1] === '-' && m.index > 1 && /\p{L}/u.test(slice[m.index - 2]!)))) {
          re.lastIndex = m.index + 1;
          continue;
        }
        if (m[0].length === 0) re.lastIndex++;
      }
      const start = s.start + m.index;
      let end = start + m[0].length;
      // Earlier lexicon entries win (non-committal before the verbs they contain), then longer matches.
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      // "insisted that any package ...": an object read as "that <noun>" shares the cue's "that"; the verb keeps the rest.
      const sharesThat = props.find((p) => p.start < end && start < p.end);
      if (sharesThat && /\bthat$/i.test(m[0]) && sharesThat.start === end - 4 && /^that\s/i.test(text.slice(sharesThat.start, sharesThat.end)) && start < end - 5) end = sharesThat.start - 1;
      if (props.some((p) => p.start < end && start < p.end)) continue;
      // "the end of", "a halt to": after a determiner an action word is a noun, not a verb taking a stance.
      // "a two-year “pause” in the tax", "the long freeze": a modifier or scare quotes between do not make it a verb.
      // "warned that without the quota ...": a preposition is never that noun.
      // "the countries that delayed the agreement": a relative "that" before a verb with its own object is no determiner.
      const relativeThat = /\b(?:those|(?:the|all|any|other)\s+(?:[\p{L}-]+\s+){0,2}?(?:countries|nations|states|governments|lawmakers|legislators|members|parties|groups|companies|firms|unions|others|rebels|leaders|officials|senators|delegates|ministers|allies|neighbou?rs|critics|opponents|supporters|backers|sponsors|people))\s+that\s+$/iu.test(text.slice(Math.max(s.start, start - 50), start)) && /^\s+(?:the|a|an|its|their|this|these|those|any|all|it|them)\b/i.test(text.slice(end, end + 8));
      if (cue.kind === 'object' && !relativeThat && !/^without$/i.test(m[0]) && (DETERMINER_BEFORE.test(text.slice(Math.max(s.start, start - 8), start)) || NOUN_BEFORE.test(text.slice(Math.max(s.start, start - 40), start)))) continue;
      // "the pilots' negotiating committee", "Russia's continuing strikes": after a possessive the -ing word modifies a noun.
      if (cue.kind === 'object' && /ing$/i.test(m[0]) && /['’]s?\s+$/.test(text.slice(Math.max(s.start, start - 4), start)) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
      // "the talks ended with a deal", "ended in failure": the verb with no object of its own ends nothing.
      if (cue.kind === 'object' && /^end(?:s|ed|ing)?$/i.test(m[0]) && /^\s+(?:with|in|without|on|after|before|when)\b/i.test(text.slice(end, end + 9))) continue;
      // "give Egypt a veto over", "a freeze": a verb's bare form after an article is its noun, no one's act.
      // ("promised a veto", "cast a veto" still take the stance the noun carries.)
      if (cue.kind === 'agentive' && /^\p{L}+$/u.test(m[0]) && !/(?:ed|ing)$/i.test(m[0]) && /\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(s.start, start - 5), start)) && !/\b(?:promis|threat|vow|pledg|issu|cast|us|wield|exercis)\p{L}*\s+(?:a|an|the)\s+$/iu.test(text.slice(Math.max(s.start, start - 30), start))) continue;
      // "accused critics of trying to kill the moratorium": the "of" is the charge's, not the role's.
      if (cue.role && ACCUSE_BEFORE.test(text.slice(Math.max(s.start, start - 40), start)) && /^\s+(?:\p{L}+ly\s+)?\p{L}+ing\b/u.test(text.slice(end, end + 30))) continue;
      // "the proposed deal", "the rejected offer": a participle after a determiner is an adjective, no one's act.
      if (/ed$/i.test(m[0]) && !/\s/.test(m[0]) && !relativeThat && DETERMINER_BEFORE.test(text.slice(Math.max(s.start, start - 8), start)) && !/^\s+by\b/i.test(text.slice(end, end + 4))) continue;
      hits.push({ cue, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

interface Condition {
  start: number;
  end: number;
  /** A plain if-clause after a future verb: it makes a stance conditional, but what it contains is still read. */
  soft?: boolean;
  /** "If X, we will support it": an if-clause before its main clause, which it conditions (the main clause is no hypothetical). */
  fronted?: boolean;
  /** "in exchange for X": what is offered holds only for X, and X is what the offering side asks for. */
  exchange?: boolean;
}

/** "a deal to exchange prisoners", "a plan to withdraw troops": the act is what the noun holds, not anyone's own word. */
const CONTENT_OF_NOUN = /\b(?:deal|agreement|accord|pact|plan|proposal|offer|bid|effort|push|attempt|talks|call|demand|order|decision|move|commitment|pledge|promise|threat|framework|memorandum|negotiat\p{L}*|mission|legislation|law|bill|measure|decree|motion|resolution)s?\s+(?:(?:between|with|among|by)\s+[^,;]{1,40}?\s+)?to\s+$/iu;
/** A cheap test first: most sentences hold no "echoed by", and the pattern below is costlier. */
const ECHO_HINT = /\b(?:echoed|shared|seconded|repeated|reiterated|taken\s+up)\s+by\b/i;
/** ", a call echoed by", ", a position shared by": a stance told just before, then who else takes it up (group 1 the noun). */
const ECHOED_BY = /,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(call|position|stance|view|demand|request|proposal|plea|appeal|sentiment|line|criticism|rejection|objection|concern)s?\s+(?:(?:that|which)\s+(?:was|has\s+been|had\s+been)\s+)?(?:(?:later|also|quickly|swiftly|since|widely|promptly)\s+)?(?:echoed|shared|seconded|repeated|reiterated|taken\s+up)\s+by\s+(?:the\s+)?/giu;
/** A stance told earlier, as the object of one that takes it up at `hit` (it names the object no more than by pointing back). */
function toldAt(told: StanceAnnotation, hit: CueHit): PropositionMatch {
  return { id: told.proposition, start: hit.start, end: hit.end, origin: told.proposition.startsWith('auto:') ? 'auto' : 'pack' };
}

const AS_WISHED_HINT = /\b(?:as|which)\s/i;
/** Between an object and the one who wished for it: ", as", ", just as", ", a point on which", ", a demand for which". */
const AS_WISHED_OPENING = /[^\s,]\s*(?:\([^()]{0,40}\))?\s*,\s*(?:(?:just\s+|exactly\s+)?as|(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){1,2}?(?:on|upon|for)\s+which)\s+(?:the\s+)?$/u;
/** The wish, with no object of its own after it ("had demanded.", "had insisted,", "had long sought in the talks"). */
const AS_WISHED_VERB = /^\s+(?:(?:had|has|have|long|repeatedly|originally|initially|first|also|always)\s+)*(?:demanded|wanted|asked\s+for|requested|sought|insisted(?:\s+on)?|proposed|called\s+for|pushed\s+for|pressed\s+for|urged|argued\s+for|fought\s+for|campaigned\s+for)(?=\s*(?:[,.;:!?"”)]|$)|\s+(?:in|at|during|since|for\s+(?:months|weeks|years)|throughout)\b)/iu;

const AGREED_WITH_HINT = /\bwith\s/;
/** A deal made: reached, signed, struck, concluded, sealed. */
const MADE_AGREEMENT = /\b(?:reach(?:es|ed|ing)?|sign(?:s|ed|ing)?|str(?:ike|ikes|uck|iking)|conclud(?:e|es|ed|ing)|seal(?:s|ed|ing)?|clinch(?:es|ed|ing)?|finali[sz](?:e|es|ed|ing))\b/i;
/** Right after the deal: "with (the) <partner>", past a few words of its own ("a deal on wages with"). */
const AGREED_WITH = /^(?:\s+(?!with\b)[\p{L}\d'’-]+){0,4}?\s+with\s+(?:the\s+)?/u;

/**
 * A bare title of one who speaks for a body, before the name or in the speaker's span ("spokesperson Priya Raman", "a
 * spokesman, Ole Berg,"); not one a name before it qualifies ("White House spokeswoman"), nor "spokesman for X".
 */
const SPOKESPERSON_TITLE = /(?<!\p{Lu}[\p{L}.'’-]*\s)\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress\s+secretary|[Cc]ommunications\s+director)\b(?!\s+(?:for|of|at)\b)/u;

/** A passive verb of undoing or of keeping, with no agent: "has been dropped", "was struck from the text", "were kept in". */
const PASSIVE_FATE = /\b(?:is|are|was|were|be|been)\s+(?:\p{Ll}+ly\s+)?(?:(dropped|removed|struck|scrapped|withdrawn|deleted|shelved|abandoned|cut|pulled|taken\s+out|watered\s+down|rejected|blocked|vetoed)|(added|included|inserted|approved|adopted|kept|retained|restored|reinstated|accepted))\b(?![^,;:]*\bby\b)/giu;

/**
 * What an agentless passive before `at` did to the object it is told of ("A proposed quota swap has been dropped"):
 * its object (the last one before the verb) and -1 for undoing it, 1 for keeping it.
 */
function passiveFate(text: string, from: number, at: number, props: readonly PropositionMatch[]): { prop: PropositionMatch; polarity: 1 | -1 } | null {
  let found: { prop: PropositionMatch; polarity: 1 | -1 } | null = null;
  for (const m of text.slice(from, at).matchAll(PASSIVE_FATE)) {
    const verbAt = from + m.index;
    // The verb's subject: the object right before it, or the one the sentence opens with ("The proposal to raise VAT
    // ..., championed by the minister, has been dropped").
    const prop = [...props].reverse().find((p) => p.end <= verbAt && verbAt - p.end <= 40 && !p.direct) ?? props.find((p) => p.start >= from && p.start - from <= 30 && p.end <= verbAt && !p.direct);
    if (prop) found = { prop, polarity: m[1] ? -1 : 1 };
  }
  return found;
}

/** "was joined by", "were also joined by": the side named before it is joined in what it did. */
const JOINED_BY = /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|quickly\s+)?joined\s+by\s+(?:the\s+)?/giu;
const JOINED_HINT = /\bjoined\s+by\b/i;
const JOINED_HINT_ACTIVE = /\bjoin(?:s|ed|ing)?\s+(?:the|a|this|that|those|these)\b/i;
/** "joined the calls.", "has joined the chorus of criticism": a movement named with nothing after it to say what for (group 1 its noun). */
const JOINED_THE = /\bjoin(?:s|ed|ing)?\s+(?:the|a|this|that|those|these)\s+(?:(?:growing|chorus\s+of|mounting|widening|international|global)\s+)*(calls?|push|campaign|efforts?|demands?|appeals?|pleas?|criticism|opposition|protests?|condemnation|objections?)(?=\s*(?:[,;.!?"”]|$|\s+(?:on|in|at|last|this|after|when|as|by)\b))/giu;
/** A noun of asking or objecting with its holder after it: "despite objections from", "under pressure from", "at the request of". */
const PRESSED_HINT = /\b(?:objections?|opposition|protests?|criticism|resistance|complaints?|calls?|pressure|demands?|requests?|urging|appeals?|pleas?|insistence|behest|lobbying)\b/i;
/** Group 1 the preposition, group 2 a noun of objecting, group 3 a noun of asking; the holder follows. */
const PRESSED_BY = /\b(despite|in\s+spite\s+of|notwithstanding|ignoring|defying|over|amid|after|following|in\s+response\s+to|responding\s+to|under|at|bowing\s+to|heeding)\s+(?:the\s+|a\s+)?(?:(?:repeated|strong|vocal|fierce|growing|mounting|intense|heavy|renewed|loud|sustained|strenuous|vehement|persistent|public)\s+)*(?:(objections?|opposition|protests?|criticism|resistance|complaints?)|(calls?|pressure|demands?|requests?|urging|appeals?|pleas?|insistence|behest|lobbying))\s+(?:of|from|by)\s+(?:the\s+)?/giu;
/** Prepositions after which an act is what the holder of a call asked for ("after pressure from X"), or objected to the undoing of ("following objections from X"). */
const RESPONDING = /^(?:after|following|in\s+response\s+to|responding\s+to|under|at|bowing\s+to|heeding)$/i;
/** The same with the holder as a possessive before the noun: "at Mr. Obama's request", "over Norland's objections" (group 1 the preposition; the holder ends right before group 2's "'s"). */
const PRESSED_BY_OWNER = /\b(despite|in\s+spite\s+of|notwithstanding|ignoring|defying|over|amid|after|following|in\s+response\s+to|responding\s+to|under|at|bowing\s+to|heeding)\s+(?:the\s+)?(?=[\p{Lu}])[^,;:.!?]{1,50}?(['’]s?\s+(?:(?:repeated|strong|vocal|fierce|growing|mounting|intense|heavy|renewed|loud|sustained|strenuous|vehement|persistent|public)\s+)*(?:(objections?|opposition|protests?|criticism|resistance|complaints?)|(calls?|pressure|demands?|requests?|urging|appeals?|pleas?|insistence|behest|lobbying)))\b/gdu;
/** Prepositions of an act done against what its holder asked ("despite calls from X"). */
const CONCESSIVE = /^(?:despite|in\s+spite\s+of|notwithstanding|ignoring|defying)$/i;
/** "falls (well) short of": what follows names whose wishes were not met. */
const FELL_SHORT = /\bf(?:all|alls|ell|alling|allen)\s+(?:(?:well|far|way|just|significantly|considerably|a\s+long\s+way)\s+)?short\s+of\s+/giu;
/** After the holder in "what X (had) wanted": a verb of wishing. */
const WISHED_AFTER = /^\s+(?:(?:had|has|have|originally|initially|first|long)\s+)*(?:wanted|asked\s+for|demanded|sought|expected|requested|hoped\s+for|needed|proposed|called\s+for|pushed\s+for|insisted\s+on)\b/i;
/** A subject that points back to the thing under discussion: "The offer falls short", "It fell short". */
const SHORT_SUBJECT = /^\s*(?:["“]?\s*)?(?:(?:the|this|that|its|their|his|her)\s+(?:\p{Ll}+\s+){0,2}?(?:offer|proposal|deal|plan|package|agreement|draft|text|accord|compromise|counter-?offer|terms)|it|this)\s+(?:\p{Ll}+ly\s+)?(?:also\s+)?$/iu;
/** A verb of taking another's side: "Sudmark backed Norland", "Iran sided with him", "Kuwait echoed that position". */
// (Not "endorsed her": endorsing a person is backing a candidate, not taking up a stance.)
const BACKED_HINT = /\b(?:back(?:s|ed)|support(?:s|ed)|sided\s+with|sides\s+with|st(?:ood|ands?)\s+(?:by|with)|echo(?:es|ed)|agreed\s+with|agrees\s+with)\s/i;
/** Group 1 the verb; what is taken follows: a name, a pronoun or "that position". */
const BACKED_SIDE = /\b(back(?:s|ed)|support(?:s|ed)|sided\s+with|sides\s+with|st(?:ood|ands?)\s+(?:by|with)|echo(?:es|ed)|agreed\s+with|agrees\s+with)(?:\s+(him|her|them)|\s+(?:that|this|the\s+same|his|her|its|their)\s+(?:position|view|stance|line|call|demand|objection|criticism|rejection|opposition))?(?=\s*(?:[,;.!?"”]|$|\s+(?:on|in|at|last|this|after|when|as|too|also)\b)|\s+\p{Lu})/gu;
/** How far back (characters) the stance one is joined in may be told: a few paragraphs. */
const JOINED_REACH = 2_500;
/** A sentence opening on a subordinate clause ("After Ukraine rejected ...,"). */
const FRONTED_CLAUSE = /^[\s"“]*(?:After|Before|When|Whenever|If|Although|Though|Because|As|While|Since|Once|Until|Unless|Whereas)\b/;
/** After an appositive: a second one and the verb its noun phrase is the subject of (", the withdrawal of troops, was dropped"). */
const SUBJECT_APPOSITIVE_AFTER = /^[^,;.]*,\s*(?:the|a|an|its|their)\s+[^,;.]{1,60},\s*(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|\p{Ll}+ed)\b/u;
const DEMAND_HINT = /\b(?:demands?|requests?|priorit(?:y|ies))\b/i;
/**
 * ", a central demand of the SPD", ", another high priority for Democrats" (group 1: the owner follows) or ", a key Hamas demand" (the owner is a name inside
 * the phrase): an appositive naming what comes before it as a side's demand.
 */
const APPOSITIVE_DEMAND = /,\s*(?:(?:which|that)\s+(?:was|is|has\s+been|had\s+been)\s+)?(?:a|an|one|the|another)\s+(?:(?:key|central|core|main|major|long-?standing|long-?held|longtime|top|high|chief|principal|crucial|basic|fundamental|repeated|persistent|original|initial|primary|stated|explicit|union|government|company|management|employers|rebels|guerrillas|opposition|\p{Lu}[\p{L}'’.-]*)\s+){0,3}(?:demand|request|priority)(?:(\s+(?:of|from|by)\s+(?:the\s+)?|(?<=priority)\s+for\s+(?:the\s+)?)|(?=\s*(?:[,;.]|$|\s+(?:that|which|and)\b)))/gu;
/** Between an anaphor and an object in the clause that says what it holds: "a provision that allows the governor to cut the". */
const CONTENT_AFTER_ANAPHOR = /^\s+(?:that|which|to|for|on|of|under\s+which|whereby)\b[^,;:.!?]*$/i;
/** A verb that undoes or holds down the object right after it, at the end of an anaphor's content clause ("... that allows the governor to cut the"). */
const UNDONE_IN_CONTENT = /\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze|repeal(?:s|ed|ing)?|weaken(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|roll(?:s|ed|ing)?\s+back|phas(?:e|es|ed|ing)\s+out|end(?:s|ed|ing)?|curb(?:s|ed|ing)?)\s+(?:(?:the|a|an|its|their|his|her|all|any)\s+)?$/iu;
/** A time after a verb's object, up to a noun phrase's first words: ", hours before a", " shortly after the", " ahead of the". */
const TIME_ADJUNCT_GAP = /^[^,;:]*?(?:,\s*|\s+)(?:(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+)?(?:hours?|days?|weeks?|months?|minutes?)\s+|shortly\s+|just\s+|only\s+|soon\s+|long\s+)?(?:before|after|ahead\s+of|following|amid|until|since)\s+(?:(?:a|an|the|their|its|this|that|any)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;
/** A time clause with its own verb after the main clause: ", a day after the talks ended with ...". */
const LATER_TIME_CLAUSE = /,\s*(?:\S+\s+){0,3}?(?:after|before|when|since|because|while|as)\s+(?:[^,;:]{0,80}?\s)?\p{Ll}{3,}ed\s/u;
/** A sentence opening on the document whose terms it goes on to state ("Under the first, ...", "Under the plan, ..."). */
const UNDER_TERMS = /^\s*Under\s+(?:the|a|an|its|their|this|that|each|both)\b[^,;]{0,60},/;
/** "a ceasefire that would see hostages freed in exchange for prisoners": the trade is the object's content, not a term of accepting it. */
const CONTENT_CLAUSE = /\b(?:that|which|who|whereby|under\s+which)\b/i;
/** An offer, a proposal or a future: what a side puts forward rather than what it has agreed. */
const OFFERED = /\b(?:would|will|could|might|offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|ready|willing|prepared|open\s+to|wants?|wanted|seek(?:s|ing)?|sought)\b/i;
/** Verbs of putting something on the table: propose, offer, demand, request, ask for, seek, suggest. */
const PUT_FORWARD = /^(?:propos|offer|demand|request|ask|sought|seek|suggest|table)/i;
/** A past or perfect negation right before a verb ("had not", "did not", "never"): not a refusal, a denial of the act. */
const PAST_NEGATION = /(?:\b(?:had|has|have|did)\s+(?:not|never)|\b(?:hadn|hasn|haven|didn)['’]t|\bnever)\s+(?:\p{L}+ly\s+)?(?:formally\s+|yet\s+|even\s+)?$/iu;
/** Stance verbs that also go without an object ("talks stall", "the deal sank"). */
const INTRANSITIVE_CUE = /^(?:stall|sink|sank|derail)/i;
/** How a condition opens, up to what it asks. */
const TERM_OPENER = /^["“]?\s*(?:(?:only\s+|even\s+)?(?:if|unless|until|once|when)|provided(?:\s+that)?|providing(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|on\s+(?:the\s+)?condition\s+that|in\s+(?:exchange|return)\s+for)\s+/i;
/** Heads in a condition that name a side, a time or a circumstance, never a term: "if the other side agrees", "when the time comes". */
const TERM_NO_THING = /^(?:side|party|country|nation|state|government|group|union|company|leader|president|minister|same|time|moment|week|month|year|ground|case|event|need|weather)$/;
/** A determiner that opens a noun phrase inside a condition. */
const TERM_DETERMINER = /(?<![\p{L}'’])(?:a|an|the|any|its|their|his|her|our|new|further|more)\s+/giu;

/**
 * The thing a condition asks for when no listed or discovered object is named in it: "only if a review clause
 * committed parties ...", "in exchange for a review clause", "unless it got a binding timetable". The first
 * lower-case noun phrase (up to three words, past names and pronouns) whose head may name a thing on the table.
 * Hand-written: no part-of-speech tagger small enough for the stage is available.
 */
function termObject(text: string, cond: Condition, mentions: readonly Mention[]): PropositionMatch | null {
  const window = text.slice(cond.start, cond.end);
  const opener = TERM_OPENER.exec(window);
  if (!opener) return null;
  // "in exchange for prisoners": a bare plural right after "for" is what is asked.
  const starts = /\bfor\s+$/i.test(opener[0]) ? [opener[0].length] : [];
  for (const m of window.slice(opener[0].length).matchAll(TERM_DETERMINER)) starts.push(opener[0].length + m.index + m[0].length);
  for (const at of starts) {
    const taken = phraseWords(window, at);
    while (taken.length && endsLikeModifier(taken[taken.length - 1]!.word)) taken.pop();
    const head = taken[taken.length - 1]?.word;
    if (!head || head.length < 4 || namesNoThing(head) || LONE_VAGUE.test(head) || PEOPLE_HEAD.test(head) || TERM_NO_THING.test(head) || /ing$/.test(head)) continue;
    if (taken.length === 1 && !standsAlone(head)) continue;
    // "provided the mediators guarantee safe passage": a people noun then a verb is a clause's subject, not a thing.
    // ("unless the company cancels": a side's noun then a verb is a clause too.)
    if (taken.slice(0, -1).some((t) => (/s$/.test(t.word) && PEOPLE_HEAD.test(t.word)) || TERM_NO_THING.test(t.word))) continue;
    const first = window.slice(at).search(/\S/);
    const start = cond.start + at + Math.max(0, first);
    const end = cond.start + taken[taken.length - 1]!.end;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    return { id: autoId(taken.slice(-2).map((t) => t.word).join(' ')), start, end, origin: 'auto' };
  }
  return null;
}

/** A negation inside a condition before what it names: "if it did not include", "unless Moscow no longer insists on". */
const NEGATED_TERM = /\b(?:not|never|no\s+longer)\b|n['’]t\b/i;
/** A trade: the thing offered before it, the thing asked after. */
const EXCHANGE_FOR = /\bin\s+(?:exchange|return)\s+for\b/gi;

/**
 * Where a marked condition ends: a comma, semicolon, colon or dash, but not the comma between two modifiers of one
 * noun ("provided that the union agreed to a longer, five-year contract").
 */
const CONDITION_STOP = /[;:]|\s[–—]\s|,(?!(?<=\b(?:a|an|the|its|their|his|her)\s+[\p{Ll}\d-]+,)\s+(?:[\p{Ll}\d]+-[\p{Ll}\d-]+|\p{Ll}{3,}(?:al|ive|ous|ful|ic|able|ible|er|ed|ing))\s+\p{Ll})/u;

function findConditions(text: string, s: Sentence): Condition[] {
  const out: Condition[] = [];
  const slice = text.slice(s.start, s.end);
  // The expression's one look-behind alternative is tried at every position: test for its keywords first.
  for (const m of CONDITION_WORDS.test(slice) ? slice.matchAll(CONDITION_RE) : []) {
    const start = s.start + m.index;
    // "talked past each other for years until the rupture": "until" after a plain past is a time, not a
    // condition; it conditions only what is refused, promised or foreseen ("will not agree until", "would stay until").
    if (/^until/i.test(m[0]) && !UNTIL_GOVERNOR.test(text.slice(Math.max(s.start, start - 80, text.lastIndexOf(';', start) + 1), start))) continue;
    const rest = text.slice(start + m[0].length, s.end);
    const stop = rest.search(CONDITION_STOP);
    const raw = stop < 0 ? s.end : start + m[0].length + stop;
    const span = trimSpan(text, start, raw);
    const end = conditionEnd(text, span.start, span.end);
    // "under certain conditions" is its own condition: it names terms without spelling them out.
    if (end > start + m[0].length) out.push({ start, end });
    else if (/^under\s/i.test(m[0])) out.push({ start, end: start + m[0].length });
  }
  // "is willing to <X> if ...", "ready to <X> if ...": an if-clause after a stated readiness conditions it.
  // "would restore its curbs if shipments did not resume", "will sign if ...": a future or conditional verb
  // whose if-clause follows holds only on that condition (a threat or an offer, not a plain stance).
  // Each expression below needs its keyword: most sentences have none, and a scan costs more than the test.
  const hasIf = /\bif\b/i.test(slice);
  for (const [re, soft] of [[READY_IF, false], [WOULD_IF, true], [COULD_ACCEPT_IF, true]] as const) {
    if (!hasIf) break;
    for (const m of slice.matchAll(re)) {
      const ifAt = s.start + m.index + m[0].length - 2;
      if (out.some((c) => c.start <= ifAt && ifAt < c.end)) continue;
      const rest = text.slice(ifAt, s.end);
      // (A closing quotation mark ends what was said: ", ... if the parties make progress," she said.)
      const stop = rest.search(/[;:]|\s[–—]\s|,["”’]|["”],|,\s+(?:and|but|while|adding|saying|he|she|they|it)\b/);
      const span = trimSpan(text, ifAt, stop < 0 ? s.end : ifAt + stop);
      const end = conditionEnd(text, span.start, span.end);
      if (end > ifAt + 3) out.push(soft ? { start: ifAt, end, soft } : { start: ifAt, end });
    }
  }
  for (const re of [WOULD_ONCE, WHEN_NOT_BEFORE, WHILE_STANDS]) {
    if (!(re === WOULD_ONCE ? /\bonce\b|\bas\s+soon\s+as\b|\bwhen\b/i : re === WHEN_NOT_BEFORE ? /\bnot\s+(?:before|until|a\s+day)\b/i : /\bwhile\b/i).test(slice)) continue;
    for (const m of slice.matchAll(re)) {
      const at = re === WOULD_ONCE ? s.start + m.index + m[0].length - /(?:once|as\s+soon\s+as|when)$/iu.exec(m[0])![0].length : s.start + m.index + m[0].search(/\b(?:when|while)\b/i);
      if (out.some((c) => c.start <= at && at < c.end)) continue;
      const rest = text.slice(at, s.end);
      const stop = re === WOULD_ONCE ? rest.search(/[;:]|\s[–—]\s|,["”’]|,\s+(?:and|but|while|adding|saying|he|she|they|it|a|an|the)\b/) : m[0].length - (m.index !== undefined ? at - s.start - m.index : 0);
      const span = trimSpan(text, at, stop < 0 ? s.end : at + stop);
      const end = conditionEnd(text, span.start, span.end);
      if (end > at + 4) out.push({ start: at, end });
    }
  }
  // "If the draft gives them real powers, we will support it", "said that if X, Y would back it": an if-clause
  // opening a statement, then a future or conditional main clause, states the condition of what that clause says.
  const fronted = hasIf ? FRONTED_IF.exec(slice) : null;
  if (fronted) {
    const [ifStart, ifEnd] = fronted.indices![1]!;
    const span = trimSpan(text, s.start + ifStart, s.start + ifEnd);
    if (!out.some((c) => c.start < span.end && span.start < c.end)) out.push({ start: span.start, end: span.end, fronted: true });
  }
  // "would only agree to <X> ... if ...": "only" before the verb makes the later if-clause its condition.
  const split = /\bonly\s+(?:[\p{L}'’-]+\s+){0,14}?(?:if|when|after|once)\b/giu;
  for (const m of /\bonly\b/i.test(slice) ? slice.matchAll(split) : []) {
    const ifAt = s.start + m.index + m[0].length - /\p{L}+$/u.exec(m[0])![0].length;
    // "would only hand back territory if": the future's if-clause, read as soft above, is a hard condition with "only".
    const soft = out.find((c) => c.soft && c.start === ifAt);
    if (soft && !/[,;]/.test(m[0])) delete soft.soft;
    if (out.some((c) => c.start <= ifAt && ifAt < c.end) || /[,;]/.test(m[0])) continue;
    const rest = text.slice(ifAt, s.end);
    const stop = rest.search(/[;:]|\s[–—]\s|,["”’]|["”],|,\s+(?:and|but|while|adding|saying)\b/);
    const span = trimSpan(text, ifAt, stop < 0 ? s.end : ifAt + stop);
    const end = conditionEnd(text, span.start, span.end);
    if (end > ifAt + 3) out.push({ start: ifAt, end });
  }
  for (const m of /\bin\s+(?:exchange|return)\s/i.test(slice) ? slice.matchAll(EXCHANGE_FOR) : []) {
    const at = s.start + m.index;
    if (out.some((c) => c.start <= at && at < c.end)) continue;
    const rest = text.slice(at + m[0].length, s.end);
    const stop = rest.search(/[;:]|\s[–—]\s|,["”’]|["”],|,\s+(?:and|but|while|adding|saying|he|she|they|it|a|an|the)\b/);
    const span = trimSpan(text, at, stop < 0 ? s.end : at + m[0].length + stop);
    const end = conditionEnd(text, span.start, span.end);
    if (end > at + m[0].length) out.push({ start: at, end, exchange: true });
  }
  return out;
}

/** A condition's end before the sentence's closing marks, unless it quotes: then through the closing quotation mark. */
function conditionEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[.!?"”’)]/.test(text[e - 1]!)) e--;
  return throughQuotation(text, start, e, end);
}

/** Before "until": a future, modal, negation or commitment that an until-clause can condition. */
const UNTIL_GOVERNOR = /\b(?:will|would|shall|should|must|can|could|may|might|not|never|no|refus\p{L}*|vow\p{L}*|pledg\p{L}*|promis\p{L}*|insist\p{L}*|threat\p{L}*|keep|keeps|kept|remain\p{L}*|stay\p{L}*|hold\p{L}*|suspend\p{L}*|delay\p{L}*|postpon\p{L}*|wait\p{L}*)\b|n['’]t\b/iu;
const WOULD_IF = /\b(?:would|will|['’]d|['’]ll)\s+(?:(?:only|then|also|still|\p{L}+ly)\s+)?(?:not\s+)?\p{L}[\p{L}-]*\s+[^.;:?!]{1,80}?[,\s]["“]?(?<!\beven\s|\bas\s)if\b/giu;
/** An if-clause opening a statement (group 1: its words), then its main clause's subject and modal (group 2). */
// The main clause's subject is a pronoun, the speaker's side ("we will support it", "it would back it"): with a
// name or a noun ("Congress will end up passing ...") the clause is as often a forecast about others.
// "If we were to ...", "if it had ...": a counterfactual states no condition anyone set.
const FRONTED_IF = /(?:^[\s"“‘]*|[:;]\s*["“‘]?|\bthat\s+|\b(?:said|says|told\s+\p{L}+)\s*,?\s+)(?:but\s+|and\s+)?(if\s+(?![^,;:.!?]*\b(?:were\s+to|had)\b)[^,;:.!?]{3,160}?),\s*(?:(?:we|I|they|he|she|it)\s+(?:\p{Ll}+ly\s+)?(?:will|would|shall|can|could)\b|(?:we|they|he|she|I|it)['’](?:ll|d)\b)(?!\s+(?:\p{L}+\s+)?(?:say|said|claim|argue|think|believe|see)\b)/diu;
/** "could accept a phased increase if ...": a side's "could" before a verb of agreeing is an offer on terms, not a guess. */
const COULD_ACCEPT_IF = /\b(?:could|can)\s+(?:(?:only|also|still|then|\p{L}+ly)\s+)?(?:accept|agree|support|back|sign|endorse|approve|consider|live\s+with|go\s+along\s+with)\b[^.;:?!]{1,100}?[,\s]["“]?(?<!\beven\s|\bas\s)if\b/giu;
const READY_IF = /\b(?:ready|willing|prepared|open|happy)\s+to\s+[^.;:?!]{1,120}?[,\s]["“]?if\b/giu;
/**
 * "would lift its measures once the threat is dealt with", "ready to sign as soon as the obstacles are removed":
 * after a future or a stated readiness, "once" and "as soon as" set the moment the offer holds from — a condition.
 * ("once again", "once more" and "once a week" are no clause.)
 */
const WOULD_ONCE = /\b(?:ready|willing|prepared|open|happy|would|will|could|['’]d|['’]ll)\s+[^.;:?!]{1,80}?[,\s](?:once(?!\s+(?:again|more|and|or|before|a\s+(?:day|week|month|year)|in\s+a\b))|as\s+soon\s+as(?!\s+(?:possible|practicable|feasible|practical)\b)|when(?=\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:stops?|stopped|ends?|ended|withdraws?|withdrew|halts?|halted|lifts?|lifted|ceases?|ceased|releases?|released|pulls?\s+(?:back|out)|recogni[sz]es?|guarantees?|drops?|dropped|meets?\s+(?:its|their|our|all)\s+(?:demands|conditions|terms))\b))(?=\s+\p{L})/giu;
/** "We go back to the table when X, not before": a when-clause closed by "not before" is the only time the act holds. */
const WHEN_NOT_BEFORE = /\bwhen\s+[^.;:?!]{3,120}?,?\s+(?:and\s+)?not\s+(?:before|until\s+then|a\s+day\s+sooner)\b/giu;
/** "will not sign any treaty while the claim stands": a state that lasts, set against a refusal, is what the refusal hangs on. */
const WHILE_STANDS = /\bwhile\s+(?:the|this|that|its|their|his|her|our|such|these|those)\s+(?:[\p{L}-]+\s+){0,2}?(?:stands?|remains?|persists?|continues?|exists?|lasts?|(?:is|are)\s+(?:in\s+(?:place|force|effect)|still\s+in\s+\p{L}+))\b/giu;

// A sentence with several stances asks for its date once per stance: keep the last sentence's parse.
let lastParse: { text: string; published: string; results: chrono.ParsedResult[] } | null = null;

/**
 * Whether any of chrono's patterns matches somewhere in a text: one expression joining every parser's pattern
 * (their common opening, a non-word character or the start, read once). chrono finds nothing where none of its
 * patterns matches, so a sentence this rules out is not parsed (most sentences that take a stance name no date,
 * and a parse, all its patterns and refiners, costs several times this). Null, and every sentence parsed,
 * should a chrono version bring a pattern this cannot join (other flags, a back-reference).
 */
const CHRONO_MAY_MATCH = ((): RegExp | null => {
  try {
    const opened: string[] = [];
    const other: string[] = [];
    // (Within a parse, a pattern may depend on the options: both the default and `forwardDate`'s are joined.)
    for (const option of [{}, { forwardDate: true }]) {
      const context = new chrono.ParsingContext('', new Date(0), option);
      for (const parser of chrono.casual.parsers) {
        const { source, flags } = parser.pattern(context);
        if (flags !== 'i' || /\\(?:[1-9]|k<)/.test(source)) return null;
        if (source.startsWith(String.raw`(\W|^)`)) opened.push(`(?:${source.slice(6)})`);
        else other.push(`(?:${source})`);
      }
    }
    return new RegExp([String.raw`(?:\W|^)(?:${[...new Set(opened)].join('|')})`, ...new Set(other)].join('|'), 'i');
  } catch {
    return null;
  }
})();

function chronoParse(text: string, published: string, ref: Date): chrono.ParsedResult[] {
  if (lastParse?.text === text && lastParse.published === published) return lastParse.results;
  const results = CHRONO_MAY_MATCH && !CHRONO_MAY_MATCH.test(text) ? [] : chrono.parse(text, ref);
  lastParse = { text, published, results };
  return results;
}

/** Words that open a subordinate clause: a date after one dates that clause's event, not the stance. */
const CLAUSE_OPENERS = /[;:–—]|\b(?:that|which|who|whom|whose|where|because|after|before|when|while|since|until|if|although|though|once|as|than)\b/i;
/** A future or conditional verb group: what it states is the report's own, whatever date its clause names. */
const FUTURE_BEFORE = /\b(?:will|would|shall|won['’]t|wouldn['’]t|['’]ll|(?:is|are)\s+going\s+to|(?:plans?|intends?|aims?|expects?)\s+to)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * The date a sentence gives for the statement, resolved against publication: only a date phrase that
 * governs the stance's own clause, that is one attached to the stance verb or to the reporting verb that
 * carries it ("In <month>, X stated ...", "X said on <weekday> ...", "X on <weekday> rejected ..."). A date
 * inside an object or relative clause dates that clause's event ("..., imposed in <month>"), and a
 * future or conditional stance ("X will lower ...") keeps the report's date unless the reporting verb
 * is dated. `anchors` are sentence-relative spans of the stance verb (first) and the reporting verb(s).
 */
export function statementDate(sentenceText: string, anchors: readonly { start: number; end: number; reporting: boolean }[], published: string | null): string | null {
  if (!published) return null;
  const ref = new Date(`${published}T12:00:00`);
  if (Number.isNaN(ref.getTime())) return null;
  const future = (a: { start: number; end: number }) => FUTURE_BEFORE.test(sentenceText.slice(Math.max(0, a.start - 40), a.start)) || /^(?:will|would|shall|won['’]t|wouldn['’]t)\b/i.test(sentenceText.slice(a.start, a.end));
  const usable = anchors.filter((a) => a.reporting || !future(a));
  if (!usable.length) return null;
  let best: string | null = null;
  for (const r of chronoParse(sentenceText, published, ref)) {
    if (!(r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month'))) continue;
    if (/^\d+[-\s]?(?:day|week|month|year)/i.test(r.text)) continue;
    const rStart = r.index;
    const rEnd = r.index + r.text.replace(/[\s,.;:]+$/, '').length;
    if (!usable.some((a) => governs(sentenceText, rStart, rEnd, a))) continue;
    const d = r.start.date();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    if (iso > published) continue; // a statement cannot postdate its report
    best ??= iso;
  }
  return best;
}

/** Does the date phrase at [rStart, rEnd) modify the verb at `verb` (see `statementDate`)? */
function governs(text: string, rStart: number, rEnd: number, verb: { start: number; end: number }): boolean {
  if (rEnd <= verb.start) {
    const between = text.slice(rEnd, verb.start);
    // "X on <weekday> rejected", "X, on <weekday>, said"
    if (/^[\s,]*$/.test(between)) return true;
    // "In <month>, X stated ...": a clause-initial adjunct dates the main clause, up to its first subordinate clause.
    const lead = text.slice(0, rStart);
    return /^[\s"“'‘(]*(?:\p{L}+\s+){0,2}$/u.test(lead) && !CLAUSE_OPENERS.test(between) && between.split(/\s+/).filter(Boolean).length <= 12;
  }
  if (rStart >= verb.end) {
    // "said on <weekday>", "said in a statement on <weekday>", "rejected the plan on <weekday>"
    const between = text.slice(verb.end, rStart);
    return !/[,;:()–—]/.test(between) && !CLAUSE_OPENERS.test(between) && between.split(/\s+/).filter(Boolean).length <= 6;
  }
  return false;
}

/** The verbs a stance's date may attach to: its own cue, the reporting verb before it, one just after it. */
function dateAnchors(text: string, s: Sentence, cue: { start: number; end: number }): { start: number; end: number; reporting: boolean }[] {
  const out = [{ start: cue.start - s.start, end: cue.end - s.start, reporting: false }];
  let before: RegExpMatchArray | null = null;
  let after: RegExpMatchArray | null = null;
  for (const m of text.slice(s.start, s.end).matchAll(REPORTING_RE)) {
    if (m.index! + m[0].length <= cue.start - s.start) before = m;
    else if (m.index! >= cue.end - s.start && !after) after = m;
  }
  for (const m of [before, after]) if (m) out.push({ start: m.index!, end: m.index! + m[0].length, reporting: true });
  return out;
}

interface Holder {
  entity: number;
  /** The span in this sentence that names the holder, when it is here. */
  at: { start: number; end: number } | null;
  rule: string;
  confidence: number;
  /** The holder takes the reverse of the act's stance: "X accused Y of blocking Z", "X scolded those who walked out of Z" (X is for Z). */
  reverse?: boolean;
}

interface Context {
  text: string;
  s: Sentence;
  mentions: Mention[];
  quotes: readonly Quote[];
  props: PropositionMatch[];
  entities: DocumentAnalysis['entities'];
  /** The last holder in this paragraph, for pronouns with no speaker in their sentence. */
  lastHolder: Holder | null;
  /** Subjects of the last few sentences, most recent first: antecedents for a pronoun ("It said ..."). */
  recentSubjects: readonly number[];
  /** Every actor named in the last sentences, most recent first: antecedents when no subject fits. */
  recentEntities: readonly number[];
  /** The subject of the sentence just before, when it had one: "he" or "she" opening this one is most often that person. */
  previousSubject?: number;
  /** The sentence's stance cues, once found. */
  cues?: readonly CueHit[];
}

/**
 * The actor a pronoun with no speaker in its sentence points back to: the last holder, else the latest
 * subject of the sentences before, of a kind the pronoun can name ("he" a person, "it" a country or body).
 */
function antecedent(ctx: Context, at: { start: number; end: number }): Holder | null {
  const p = ctx.text.slice(at.start, at.end).toLowerCase();
  const fits = (entity: number) => {
    const type = ctx.entities[entity]?.type;
    if (p === 'he' || p === 'she') return type === 'person';
    if (p === 'it') return type !== 'person';
    return p !== 'i';
  };
  // "While <X> has ..., he has ...": the subject of the sentence's first clause, when it fits.
  const first = ctx.mentions.find((m) => m.end <= at.start && m.kind !== 'pronoun' && !isObject(ctx, m.start) && !/^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 3)));
  if (first && fits(first.entity) && /,/.test(ctx.text.slice(first.end, at.start))) return { entity: first.entity, at: null, rule: 'sentence-subject', confidence: 0.6 };
  // "<X>, the minister, said ... He rejected ...": the person the sentence before opened on, though another held the last stance.
  if ((p === 'he' || p === 'she') && ctx.previousSubject !== undefined && fits(ctx.previousSubject) && ctx.lastHolder?.entity !== ctx.previousSubject) return { entity: ctx.previousSubject, at: null, rule: 'previous-subject', confidence: 0.55 };
  if (ctx.lastHolder && fits(ctx.lastHolder.entity)) return ctx.lastHolder;
  const e = ctx.recentSubjects.find(fits) ?? ctx.recentEntities.find(fits);
  return e === undefined ? null : { entity: e, at: null, rule: 'previous-subject', confidence: 0.55 };
}

function quoteAt(ctx: Context, pos: number): Quote | undefined {
  return ctx.quotes.find((q) => q.speaker !== null && q.start <= pos && pos < q.end);
}

function isObject(ctx: Context, start: number): boolean {
  const before = ctx.text.slice(Math.max(ctx.s.start, start - 20), start);
  if (!OBJECT_PREPOSITIONS.test(before)) {
    // "Talks between Russia and Ukraine resumed": the last of the names "between" joins is its object too. (Not
    // after other prepositions: in "pressure from the Teamsters and X" or "with Kern and Lund, all of whom" the
    // name after "and" may open a clause of its own.)
    if (!/\band\s+(?:the\s+)?$/i.test(before)) return false;
    return BETWEEN_AND.test(ctx.text.slice(Math.max(ctx.s.start, start - 80), start));
  }
  // "walked out as Peru demanded a ceasefire", "as New Zealand publishers seek arbitration": "as" opening a clause
  // whose subject the name is (or modifies), not "such as Peru" or "as a mediator".
  if (/\bas\s+(?:the\s+)?$/i.test(before) && !/\b(?:such|so|as\s+well)\s+as\s+(?:the\s+)?$/i.test(before)) {
    // (Without mentions, as for a sentence's first subject, the name stays an object: "..., as Politico reported" is no subject.)
    const m = ctx.mentions?.find((x) => x.start === start);
    if (m && AS_CLAUSE_SUBJECT.test(ctx.text.slice(m.end, Math.min(ctx.s.end, m.end + 40)))) return false;
  }
  return true;
}
/**
 * "between <the first of a pair> and (the) " right before a name: "between" needs two, so the name closes the pair.
 * The words between may not hold a verb ("Relations between the countries soured and Russia rejected ...").
 */
const BETWEEN_AND = /\b(?:between|among)\s+(?:(?!(?:\p{Ll}{2,}ed|is|are|was|were|has|have|had|said|says|grew|fell|rose|broke|began|became|went|came|remain|remains|stalled|collapsed)\b)[\p{L}\p{N}.'’-]+\s+){1,6}?and\s+(?:the\s+)?$/iu;
/** After a name opening an "as" clause: its verb, maybe after a plural noun the name modifies ("as Peru demanded", "as Kenyan farmers protest"). */
const AS_CLAUSE_SUBJECT = /^(?:['’]s\s+(?:\p{Ll}+\s+)?\p{Ll}+)?\s+(?:\p{Ll}+s\s+)?(?:\p{Ll}+ly\s+)?(?:has|have|had|is|was|were|are|will|would|could|did|does|do|\p{Ll}{2,}ed|\p{Ll}{2,}s|seek|say|want|demand|push|press|call|threaten|warn|vow|refuse|reject|accept)\b/u;

/** Heads of an anaphor that name a proposal, whose possessor made it ("Sudria's offer", "their counterproposal"). */
const PROPOSAL_ANAPHOR = /(?:proposals?|plans?|offers?|initiatives?|blueprints?|terms|demands?|counter-?(?:proposals?|offers?))$/i;

/** Are two entities one side: the same, or one's party the other's party or pack id (a minister and her country)? */
function sameSide(ctx: Context, a: number, b: number): boolean {
  if (a === b) return true;
  const ea = ctx.entities[a];
  const eb = ctx.entities[b];
  if (!ea || !eb) return false;
  return (ea.party !== null && (ea.party === eb.party || ea.party === eb.packId)) || (eb.party !== null && eb.party === ea.packId);
}

/** The named possessor of a proposal-like object ("<X>'s proposal"): the one who proposed it. */
function proposerOf(ctx: Context, prop: PropositionMatch): Holder | null {
  if (!PROPOSAL_ANAPHOR.test(ctx.text.slice(prop.start, prop.end))) return null;
  const m = [...ctx.mentions].reverse().find((mn) => mn.end <= prop.start && mn.kind !== 'pronoun' && /^['’]s?\s+$/u.test(ctx.text.slice(mn.end, prop.start)));
  return m ? { entity: m.entity, at: m, rule: 'proposer', confidence: 0.6 } : null;
}

/** The possessor right before a stance noun ("Armenia's acceptance of"), as its holder. */
function possessorOf(ctx: Context, hit: CueHit): Holder | null {
  const m = [...ctx.mentions].reverse().find((mn) => mn.end <= hit.start && mn.kind !== 'pronoun' && /^['’]s?\s+(?:\p{L}+\s+)?$/u.test(ctx.text.slice(mn.end, hit.start)));
  return m ? { entity: m.entity, at: m, rule: 'possessive-holder', confidence: 0.7 } : null;
}

/**
 * Mentions that cannot hold a stance whatever their place: a dateline ("PORT SUDAN (Reuters) -", "MARLOW,
 * England —") and a country name used as a given name before a surname ("Jordan Smith", "Israel Katz").
 */
function notAHolder(ctx: Context, m: Mention): boolean {
  const surface = ctx.text.slice(m.start, m.end);
  // "a London-based think tank", "Iran-related legislation": a name inside a compound that only qualifies a noun.
  if (/^-(?:based|related|linked|style|born|made|owned|focused|specific|wide|centric|friendly|bound|area)\b/.test(ctx.text.slice(m.end, m.end + 9))) return true;
  // "NEW YORK —": the line opens with capitals up to the mention.
  const lineStart = m.start === 0 || m.start === ctx.s.start || /(?:^|\n)[\p{Lu}\s.,]*$/u.test(ctx.text.slice(Math.max(0, m.start - 30), m.start));
  if (lineStart && surface === surface.toUpperCase() && /\p{Lu}{2}/u.test(surface) && /^\s*(?:,|\(|[-–—]|\/)/.test(ctx.text.slice(m.end, m.end + 3))) return true;
  const e = ctx.entities[m.entity];
  if (e?.type === 'country' && m.kind === 'name') {
    const next = /^ (\p{Lu}\p{Ll}+)\b(?!\s*(?:[-–—,(]|said|says|told))/u.exec(ctx.text.slice(m.end, m.end + 24));
    if (next && !ctx.mentions.some((o) => o.start === m.end + 1) && !TITLE_WORDS.test(next[1]!)) return true;
  }
  return false;
}
/** People who speak for the body named after them: "a spokeswoman for", "officials in", "negotiators from". */
const SPEAKER_FOR = /\b(?:(?:staff|workers|employees|members|drivers|pilots|nurses|teachers|doctors|dockers|miners)\s+represented\s+by|(?:owners|executive|spokes(?:man|woman|person|people)|officials?|representatives?|negotiators?|envoys?|diplomats?|sources?|delegat(?:es?|ion)|leaders?|leadership|members?|ministers?|lawyers?|aides?|advisers?|advisors?|staff|board|directors|management|shareholders|government|authorities|administration|regime|leaders?hip)\s+(?:for|from|of|in|at|with))\s+(?:the\s+)?$/i;
/** After a possessor, before the verb: the body that decides for it ("X's board has unanimously endorsed", "X's members voted"). */
const DECIDING_BODY_OF = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:board(?:\s+of\s+directors)?|leadership|executive(?:\s+(?:board|committee|council))?|members(?:hip)?|directors|management|shareholders|(?:bargaining|negotiating)\s+(?:committee|team))\s+(?:(?:has|have|had|was|were|is|are|will|would|also|then|\p{Ll}+ly)\s+)*$/u;
const TITLE_WORDS = /^(?:President|Prime|Foreign|Defen[cs]e|Deputy|Minister|Secretary|Ambassador|Envoy|Army|Navy|Government|Parliament|Senate|Congress|Embassy|Ministry|Today|Times|Post|News|Radio|Television|State|National|Security|General)$/;

/**
 * A definite description that names a body without its name ("the union", "the ministry", "the militant
 * group", "the government"), with the kinds of actor it can stand for; bare "management" as a subject is the
 * employer. Group 1 or 2: the head noun.
 */
const DESCRIPTION = /\b([Mm]anagement)(?=\s+(?:has|had|have|is|was|were|said|says|would|will|did|does|could|can|agreed|refused|rejected|offered|proposed|accepted|resisted|insisted|wants|wanted|\p{Ll}+ly)\b)|[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(union|ministry|group|movement|militants|rebels|guerrillas|insurgents|company|firm|government|council|bloc|alliance|agency|party|organi[sz]ation|committee|federation|association|coalition|administration|cabinet|employers|carrier|airline|insurer|automaker|legislature|parliament|senate|assembly|commission|delegation|side|team|guild|confederation|league|board|authority|army|military|navy|junta|militia|police|society|institute|foundation|trust|chamber|cooperative|brigade|network|forum)(?![\p{L}\p{N}-])|(?<=\b(?:a|an|another|one)\s+(?:(?:key|central|core|main|major|long-?standing|long-?held|top|chief|principal|crucial|basic|fundamental|persistent|original|primary)\s+){0,2})(union|government|company|management|employers|rebels|guerrillas|opposition)(?=\s+(?:demand|request|priority)\b)/gu;
/** `DESCRIPTION` read only where it starts (sticky). */
const DESCRIPTION_AT = new RegExp(DESCRIPTION.source, 'uy');
/** The literal words every match of `DESCRIPTION` opens with (it is case-sensitive): where it is tried. */
const DESCRIPTION_OPENING = /[Mm]anagement|[Tt]he|union|government|company|employers|rebels|guerrillas|opposition/g;

/**
 * `text.matchAll(DESCRIPTION)`, the pattern tried only where one of its opening words begins: the same matches
 * (every match opens with one, and the next is sought from the end of the last), in half the time, as the
 * lookbehind of its last alternative kept the whole-text search from skipping ahead (50 -> 27 µs per report).
 */
function descriptionMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  DESCRIPTION_OPENING.lastIndex = 0;
  for (let o = DESCRIPTION_OPENING.exec(text); o; o = DESCRIPTION_OPENING.exec(text)) {
    const at = o.index;
    DESCRIPTION_OPENING.lastIndex = at + 1;
    if (at < after) continue;
    DESCRIPTION_AT.lastIndex = at;
    const m = DESCRIPTION_AT.exec(text);
    if (!m) continue;
    out.push(m);
    after = at + m[0].length;
  }
  return out;
}
/** Words in a workers' body's name that "the union" refers back to. */
const LABOUR_NAME = new RegExp(`\\b(?:${LABOUR_HEADS.join('|')})\\b`, 'i');
/** Heads that stand only for a body whose name carries them: "the army" is no other group named lately. */
const NAMED_ONLY = new Set(['army', 'military', 'navy', 'junta', 'militia', 'police', 'society', 'institute', 'foundation', 'trust', 'chamber', 'cooperative', 'brigade', 'network', 'forum']);
/** Heads that stand for an employer, never for the union across the table from it ("the board would not approve a deal": a school or company board). */
const EMPLOYER_HEADS = new Set(['company', 'firm', 'carrier', 'airline', 'insurer', 'automaker', 'employers', 'management', 'board']);
/** A workers' body by its name ("... Pilots Union", "... Workers Association"). */
function isWorkersBody(name: string): boolean {
  return /\bunions?\b/i.test(name) || LABOUR_NAME.test(name);
}
const DESCRIPTION_TYPES: Record<string, readonly string[]> = { government: ['country'], administration: ['country', 'organization'], cabinet: ['country', 'organization'], side: ['country', 'group', 'organization'], delegation: ['country', 'group', 'organization'], team: ['country', 'group', 'organization'], group: ['group', 'organization'], movement: ['group', 'organization'], militants: ['group'], rebels: ['group', 'organization'], guerrillas: ['group', 'organization'], insurgents: ['group', 'organization'] };

/**
 * The mentions with definite descriptions added ("The union said ..." → the union last named): the
 * actors stage names bodies by their names, and a report names them once, then by their kind.
 * Hand-written: no coreference library for Node resolves "the union" to "the Pacific Dockworkers Union".
 */
function withDescriptions(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], entities: DocumentAnalysis['entities']): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const added: Mention[] = [];
  const content = sentences.filter((s) => CONTENT_ZONES.has(s.zone));
  // Per head noun, built once: the entities whose names carry it ("... Union").
  const heads = new Map<string, { carriers: Set<number> }>();
  const headInfo = (head: string) => {
    let h = heads.get(head);
    if (!h) {
      const re = new RegExp(`\\b${head.replace(/s$/, '')}`, 'i');
      let carriers = new Set(entities.flatMap((e, i) => (re.test(e.name) ? [i] : [])));
      // "the union" for a guild or an association, when no body named is called a union.
      if (head === 'union' && !carriers.size) carriers = new Set(entities.flatMap((e, i) => (LABOUR_NAME.test(e.name) ? [i] : [])));
      h = { carriers };
      heads.set(head, h);
    }
    return h;
  };
  let sentenceAt = 0;
  let mentionAt = 0;
  for (const m of descriptionMatches(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Matches come in text order: sweep the content sentences and mentions alongside them.
    while (sentenceAt < content.length && content[sentenceAt]!.end < end) sentenceAt++;
    const inContent = sentenceAt < content.length && content[sentenceAt]!.start <= start;
    if ((start > 0 && WORD_CHAR.test(text[start - 1]!)) || !inContent) continue;
    while (mentionAt < sorted.length && sorted[mentionAt]!.end <= start) mentionAt++;
    if (mentionAt < sorted.length && sorted[mentionAt]!.start < end) continue;
    const head = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
    const types = (Object.hasOwn(DESCRIPTION_TYPES, head) ? DESCRIPTION_TYPES[head] : undefined) ?? ['organization', 'group'];
    const { carriers } = headInfo(head);
    // The latest named body of a fitting kind in the last ~600 characters, preferring one whose name has the head ("... Union").
    // "a deal reached in Qatar": a country named as a place is no government the report goes on to quote.
    const before = sorted.slice(0, mentionAt).filter((x) => x.kind !== 'pronoun' && types.includes(entities[x.entity]?.type ?? '') && !(head === 'government' && /\b(?:in|at|to|from|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.start - 12), x.start))));
    // "Colombia's government ... The government offered": the country whose government the report has named is it,
    // however many countries (a mediator's) were named since.
    const carried = before.filter((x) => carriers.has(x.entity));
    // "The league offered ..." with a league and its players' association named: the body the noun heads.
    const headRe = head === 'union' && !carried.some((x) => /\bunion/i.test(entities[x.entity]!.name)) ? LABOUR_NAME : new RegExp(`\\b${head.replace(/s$/, '')}s?$`, 'i');
    const headed = carried.filter((x) => headRe.test(entities[x.entity]!.name));
    const named = head === 'government' ? before.filter((x) => entities[x.entity]?.type === 'country' && (/\bgovernment\b/i.test(x.text ?? text.slice(x.start, x.end)) || /^(?:['’]s)?\s+government\b/i.test(text.slice(x.end, x.end + 14)))) : headed.length ? headed : carried;
    if (!named.length && NAMED_ONLY.has(head)) continue;
    // A body whose name lacks the head stands for it only when it is the one such body named lately.
    // "The airline", "the company" in a report on a union and an employer: a workers' body is never the employer.
    const employer = EMPLOYER_HEADS.has(head);
    const window = named.length
      ? named
      : before.filter((x) => x.start >= start - 600 && !(employer && isWorkersBody(entities[x.entity]!.name)) && ![...carriers].some((i) => i !== x.entity && types.includes(entities[i]!.type)));
    const pick = window[window.length - 1];
    if (!pick) continue;
    // Only one fitting body, or the head names it: "the group" between two groups is left alone.
    if (!named.length && new Set(window.map((x) => x.entity)).size > 1) continue;
    added.push({ ...textSpan(text, start, end), entity: pick.entity, kind: 'title', provenance: { stage: 'stances', rule: 'description', confidence: 0.6 } });
  }
  added.push(...pairDescriptions(text, content, sorted, entities), ...groupDescriptions(text, content, sorted, entities));
  return added.length ? [...sorted, ...added].sort((a, b) => a.start - b.start) : sorted;
}

/** Nouns for a written position a side hands over: what it says, its author says. */
const DOCUMENT_NOUN = String.raw`(?:memorandum|memoranda|document|draft|proposal|blueprint|text|letter|road\s*map|peace\s+plan|counter-?proposal|position\s+paper)`;
/** "Moscow's memorandum", "the Russian document": a document with its author named before it (group 1: a demonym). */
const AUTHORED_DOCUMENT = new RegExp(String.raw`(?:['’]s?|\b(?:the|a|an|its|their)\s+(\p{Lu}\p{Ll}+))\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?${DOCUMENT_NOUN}\b`, 'gu');
/** "Moscow had handed over a memorandum": a document its author gave in. */
const HANDED_DOCUMENT = new RegExp(String.raw`\b(?:(?:has|have|had)\s+)?(?:handed\s+over|handed\s+in|submitted|presented|delivered|sent|tabled|put\s+forward|drafted|circulated|unveiled)\s+(?:a|an|its|their|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?${DOCUMENT_NOUN}\b`, 'gu');
/** "The memorandum also demands ...": a document, with no author named, as the subject of a stance verb. */
const DOCUMENT_SUBJECT = new RegExp(String.raw`\b[Tt]he\s+(?:(?:\p{Ll}[\p{Ll}-]*|\d+-\p{Ll}+)\s+){0,2}?${DOCUMENT_NOUN}(?=\s+(?:(?:also|further|still|now|then|explicitly|reportedly|effectively)\s+)?(?:demands?|calls?\s+(?:for|on)|insists?|requires?|proposes?|offers?|rejects?|seeks?|asks?|urges?|envisages?|foresees?|rules?\s+out|excludes?|refuses?)\b)`, 'gu');

/**
 * A document's author for a document as a holder: "The memorandum also demands that Kyiv renounce ..." is the
 * demand of the side that handed it over, when the report names that side with a document before ("Moscow had
 * handed over a memorandum", "the Russian document"), within the last ~1,500 characters.
 */
function withDocumentAuthors(text: string, sorted: Mention[], entities: DocumentAnalysis['entities'], kb: KnowledgeBase): Mention[] {
  if (!DOCUMENT_SUBJECT.test(text)) return sorted;
  DOCUMENT_SUBJECT.lastIndex = 0;
  const byDemonym = entitiesByDemonym(entities, kb);
  const authored: { at: number; entity: number }[] = [];
  for (const m of text.matchAll(AUTHORED_DOCUMENT)) {
    const entity = m[1] ? byDemonym.get(m[1]) : [...sorted].reverse().find((x) => x.kind !== 'pronoun' && x.end === m.index)?.entity;
    if (entity !== undefined) authored.push({ at: m.index, entity });
  }
  for (const m of text.matchAll(HANDED_DOCUMENT)) {
    // The giver is the name right before the verb ("Moscow had handed over"), not one further back.
    const giver = [...sorted].reverse().find((x) => x.kind !== 'pronoun' && x.end <= m.index && /^\s*$/.test(text.slice(x.end, m.index)));
    if (giver) authored.push({ at: m.index, entity: giver.entity });
  }
  const added: Mention[] = [];
  for (const m of text.matchAll(DOCUMENT_SUBJECT)) {
    const end = m.index + m[0].length;
    if (sorted.some((x) => x.start < end && m.index < x.end)) continue;
    const authors = authored.filter((a) => a.at < m.index && a.at > m.index - 1500);
    const last = authors[authors.length - 1];
    // Two sides' documents in the window ("rival memoranda"): the one named last, unless another side's comes between.
    if (!last || authors.some((a) => a.entity !== last.entity && a.at > m.index - 600)) continue;
    added.push({ ...textSpan(text, m.index, end), entity: last.entity, kind: 'title', provenance: { stage: 'stances', rule: 'document-author', confidence: 0.6 } });
  }
  return added.length ? [...sorted, ...added].sort((a, b) => a.start - b.start) : sorted;
}

/** An object that is a whole deal or offer, whose terms come with it. */
const AGREEMENT_PROP = /\b(?:agreements?|deals?|offers?|contracts?|proposals?|package|settlement|accord|pact)\s*$/i;
/** Between a subject and its verb inside a quotation: auxiliaries and verbs of deciding only ("decided to", "has now agreed to"). */
const QUOTED_SUBJECT_GAP = /^\s+(?:(?:has|have|had|is|was|will|would|could|can|did|does|do|also|now|then|finally|already|\p{Ll}+ly)\s+)*(?:(?:decided|decides|chose|chooses|wants|wanted|voted|votes|tried|tries|agreed|agrees|refused|refuses|promised|promises|vowed|vows|threatened|threatens)\s+to\s+)?$/u;
/**
 * The name opens a subordinate clause of the quotation ("because Britain decided to leave"): what it does there is
 * background to the speaker's point, not the speaker's stance. In a main clause ('"Ukraine is ready to stop
 * shooting," Rubio said') the speaker asserts it and holds it, as the seeds' gold reads it.
 */
function isSubjectPosition(text: string, quoteStart: number, at: number): boolean {
  return /\b(?:because|since|as|when|after|before|while|although|though|unless|until|once)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(quoteStart, at - 24), at));
}

/** "what the government calls": another party's name for a thing (a side's own, "what it calls", is its object). */
const OTHERS_NAME_FOR = /\bwhat\s+(?!(?:it|we|they|he|she|I)\s)(?:[\p{L}'’.-]+\s+){1,3}(?:calls?|called|terms?|termed|describes?\s+as|described\s+as|labels?|labell?ed|brands?|branded)\s+["“]?$/iu;
/** "the fund", "this cap": a definite noun; group 1 the noun. */
const DEFINITE_NOUN = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(\p{Ll}[\p{Ll}-]{2,})\b/gu;
/** Adds "the <head>" for each keyed object named before with that head, where no object is read there yet. */
function definiteHeads(text: string, s: Sentence, props: PropositionMatch[], keyedByHead: ReadonlyMap<string, string>): void {
  const slice = text.slice(s.start, s.end);
  let added = false;
  for (const m of slice.matchAll(DEFINITE_NOUN)) {
    const word = m[1]!;
    const id = keyedByHead.get(word) ?? keyedByHead.get(word.replace(/s$/, ''));
    if (!id) continue;
    const start = s.start + m.index;
    const end = start + m[0].length;
    // ("the fund's managers": a possessive names something of the fund's, not the fund.)
    if (/^['’]/.test(text.slice(end, end + 1))) continue;
    if (props.some((p) => p.start < end && start < p.end)) continue;
    props.push({ id, start, end, origin: 'auto' });
    added = true;
  }
  if (added) props.sort((a, b) => a.start - b.start);
}

/** "(did not) want the talks to fail": what is wanted is the thing's failure. */
// ("wants the sanctions to end", "wants the tariffs to go": the thing's ending wanted, as "wants them lifted".)
const WANTED_TO_FAIL = /^\s+to\s+(?:fail|collapse|break\s+down|fall\s+apart|founder|be\s+derailed|end\s+in\s+failure|end|stop|go|expire|lapse|disappear|be\s+phased\s+out)(?=\s*[,.;:!?"”)]|\s+(?:now|soon|immediately|at\s+once|by|before|within|after|and|or|but)\b|\s*$)/i;
/** Between a refused indefinite object and a verb: a relative clause saying what it lacks ("any text that did not at least"). */
const LACKING_BEFORE = /\b(?:any|every|an?)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:that|which)\s+(?:did|does|do|would|will|could|can)\s*(?:not|n['’]t)\s+(?:at\s+least\s+|even\s+|also\s+|explicitly\s+)?$/iu;
/** After a verb: its own noun-phrase object, then a reporting participle ("the criticism, saying"). */
const OWN_OBJECT_THEN_SAYING = /^\s+(?:the|a|an|this|that|these|those|its|their|his|her|such)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,\s*(?:\p{Ll}+ly\s+)?(?:saying|arguing|adding|insisting|noting|stressing|explaining|claiming|warning|pointing\s+out)\b/iu;
/** An aside on a subject naming those with it ("Saudi Arabia, backed by Kuwait, Iran and"): before a name inside it. */
/** Right after a subject, up to its verb: an aside naming who backs it (group 1), then the verb's adverbs. */
const BACKED_ASIDE = /^\s*,\s*(?:backed|supported|joined|flanked)\s+by\s+([^,;:()]{2,80}?)\s*,\s*(?:(?:has|have|had|also|still|now|\p{Ll}+ly)\s+)*$/u;
const BACKERS_ASIDE = /,\s*(?:(?:backed|supported|joined|flanked|accompanied|egged\s+on)\s+by|along\s+with|together\s+with|like|as\s+well\s+as|with\s+the\s+support\s+of)\s+(?:[^,;:]{0,40}?(?:,\s*|\s+and\s+|\s+or\s+)){0,5}(?:the\s+)?$/iu;
/** After a comma, a participle of judging or calling, with an act of its own ("..., calling the blockade illegal"). */
const JUDGING_PARTICIPLE = /,\s*(?:calling|describing|branding|labell?ing|dubbing|terming|denouncing|condemning|critici[sz]ing|praising|hailing|welcoming|rejecting|accusing|blaming|dismissing)\s/;
/** After a comma, a participle of what an act brought about ("ending the strike", "paving the way for"). */
const OUTCOME_PARTICIPLE = /,\s*(?:\p{Ll}+ly\s+)?(?:ending|halting|stopping|concluding|closing|averting|paving|clearing|triggering|sparking|prompting|lifting|leaving|bringing|allowing|forcing|ensuring|securing|marking|capping|setting|putting)\s/u;
/** Workers a labour body bargains for, as a report names them by their employer. */
const WORKFORCE = String.raw`(?:pilots|workers|employees|machinists|nurses|teachers|doctors|drivers|dock(?:workers|ers)|miners|staff|crews|flight\s+attendants|mechanics|engineers|actors|writers|players)`;
/** "Pilots at Northwind", "workers of the carrier": the workforce before its employer's name (group 1). */
const WORKFORCE_AT = new RegExp(String.raw`(?<![\p{L}])(${WORKFORCE})\s+(?:at|of|for|from)\s+(?:the\s+)?$`, 'iu');
/** "Northwind's striking pilots", "Northwind pilots": the workforce after its employer's name (group 1). */
const WORKFORCE_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:(?:striking|unionised|unionized|locked-out|rank-and-file|unhappy|angry|\d[\d,]*)\s+)?(${WORKFORCE})(?![\p{L}])`, 'iu');
/** A workers' body by its name. */
const LABOUR_BODY = /\b(?:union|guild|brotherhood|syndicate|teamsters|workers|employees|pilots|nurses|teachers|machinists|dockworkers|miners)\b/i;

/**
 * "Pilots at Northwind Airlines have rejected the offer", "Halcyon's striking machinists voted": a workforce named
 * by its employer is the labour body that speaks for it, not the employer. The body is the one whose name holds
 * the workers' noun ("Air Line Pilots Association"), else the one workers' body the report names; with none, the
 * employer's name there holds nothing. Hand-written: no coreference library maps a workforce to its union.
 */
function withWorkforces(text: string, sorted: Mention[], entities: DocumentAnalysis['entities']): Mention[] {
  const labour = entities.flatMap((e, i) => (e.type === 'organization' && LABOUR_BODY.test(e.name) ? [i] : []));
  const dropped = new Set<Mention>();
  const added: Mention[] = [];
  for (const m of sorted) {
    const e = entities[m.entity];
    if (!e || e.type !== 'organization' || m.kind === 'pronoun' || labour.includes(m.entity)) continue;
    const before = WORKFORCE_AT.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const after = before ? null : WORKFORCE_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!before && !after) continue;
    const noun = (before ?? after)![1]!.toLowerCase().split(/\s+/)[0]!.replace(/s$/, '');
    const named = labour.filter((i) => new RegExp(`\\b${noun}`, 'i').test(entities[i]!.name));
    const body = named.length === 1 ? named[0] : labour.length === 1 ? labour[0] : undefined;
    // "IMF staff have pushed for": with no workers' body in the report, a body's staff are its officials, speaking for it.
    if (body === undefined && noun === 'staff') continue;
    dropped.add(m);
    if (body === undefined) continue;
    const start = before ? m.start - before[0].length : m.start;
    // "workers at X's seven Toronto hotels have rejected": the workplaces are part of the subject.
    const sites = before ? WORKPLACES_AFTER.exec(text.slice(m.end, m.end + 60)) : null;
    const end = after ? m.end + after[0].length : m.end + (sites?.[0].length ?? 0);
    added.push({ ...textSpan(text, start, end), entity: body, kind: 'title', provenance: { stage: 'stances', rule: 'workforce', confidence: 0.6 } });
  }
  // "The strike began after members rejected the offer": bare members, where one workers' body is named, are its members.
  if (labour.length === 1) {
    for (const m of text.matchAll(BARE_MEMBERS)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = m.index + m[0].length;
      if (sorted.some((x) => x.start < end && start < x.end)) continue;
      added.push({ ...textSpan(text, start, end), entity: labour[0]!, kind: 'title', provenance: { stage: 'stances', rule: 'workforce', confidence: 0.5 } });
    }
  }
  if (!dropped.size && !added.length) return sorted;
  return [...sorted.filter((m) => !dropped.has(m)), ...added].sort((a, b) => a.start - b.start);
}
/** After the employer of a workforce: its workplaces ("'s seven Toronto hotels", "'s two beef plants"). */
const WORKPLACES_AFTER = /^['’]s?\s+(?:[\p{L}\d,.-]+\s+){0,3}?(?:hotels?|plants?|factories|factory|mines?|sites?|ports?|terminals?|stores?|warehouses?|facilities|facility|offices|operations|locations|hospitals?|schools|mills?|refineries|refinery|yards?|depots?|airports?|bases|stations|branches|outlets|restaurants|casinos)(?![\p{L}])/u;
/** Members named on their own as a clause's subject (group 1): at a sentence or clause start, or after "the"/"union". */
const BARE_MEMBERS = /(?:^|[.!?"“]\s+|\b(?:after|when|as|and|but|because|since|while|before|until|that|where)\s+|,\s*)((?:[Tt]he\s+|[Uu]nion\s+|[Tt]he\s+union['’]s\s+)?[Mm]embers)\b(?!\s+of\b|['’])/gm;

/** "both sides", "the two countries": the pair of parties a report is about, named together before. */
const PAIR_DESCRIPTION = /\b(?:[Bb]oth|[Tt]he\s+two)\s+(sides|countries|nations|governments|delegations|parties|companies|camps|leaders|presidents|(?:prime\s+|foreign\s+)?ministers|negotiators|envoys)\b/g;
/** "the two leaders", "both presidents": a pair of people, named together before. */
const PERSON_PAIR_NOUN = /^(?:leaders|presidents|(?:prime\s+|foreign\s+)?ministers|negotiators|envoys)$/;
/** Between two people named as a pair: "A and B", "A and Swedish Prime Minister B". */
const PERSON_PAIR_JOIN = /^\s*(?:,\s*(?:the\s+)?[^,;:.!?]{1,50},\s*)?(?:and|&)\s+(?:(?:the\s+)?[\p{L}'’.-]+\s+){0,5}$/u;
/** Between the two names of a pair: "A and B", "A and the B", "A-B", "A's government and B". */
const PAIR_JOIN = /^(?:['’]s?\s+(?:government|delegation|negotiators|negotiating\s+team|team|leaders?|leadership|administration|authorities|management))?\s*(?:and|&|[-–—\/])\s*(?:the\s+)?$/i;

/**
 * Two mentions (one span, two entities) for each "both sides" / "the two countries": the last pair of
 * bodies named together ("India and Pakistan") before it, of a kind the noun fits. Hand-written: plural
 * coreference of this kind is beyond the Node NLP libraries.
 */
function pairDescriptions(text: string, content: readonly Sentence[], sorted: readonly Mention[], entities: DocumentAnalysis['entities']): Mention[] {
  if (!/\b(?:both|two)\s+(?:sides|countries|nations|governments|delegations|parties|companies|camps|leaders|presidents|(?:prime\s+|foreign\s+)?ministers|negotiators|envoys)\b/i.test(text)) return [];
  const out: Mention[] = [];
  let pair: [Mention, Mention] | null = null;
  let people: [Mention, Mention] | null = null;
  // "France, backed by Denmark and the Netherlands, ... Both sides aim to": the pair most named in the report is the
  // two sides, not the last pair joined by "and" (its weaker member's mentions decide; a tie goes to the later pair).
  const named = (p: [Mention, Mention]) => Math.min(entities[p[0].entity]?.mentions.length ?? 0, entities[p[1].entity]?.mentions.length ?? 0);
  let at = 0;
  let sentenceAt = 0;
  for (const m of text.matchAll(PAIR_DESCRIPTION)) {
    const start = m.index;
    const end = start + m[0].length;
    while (sentenceAt < content.length && content[sentenceAt]!.end < end) sentenceAt++;
    if (!(sentenceAt < content.length && content[sentenceAt]!.start <= start)) continue;
    // The pairs named before this phrase, swept in text order.
    for (; at + 1 < sorted.length && sorted[at + 1]!.end <= start; at++) {
      const a = sorted[at]!;
      const b = sorted[at + 1]!;
      if (a.kind === 'pronoun' || b.kind === 'pronoun' || a.entity === b.entity) continue;
      const persons = (entities[a.entity]?.type === 'person' ? 1 : 0) + (entities[b.entity]?.type === 'person' ? 1 : 0);
      // ("Norwegian Prime Minister A and Swedish Prime Minister B met": the leaders' pair, titles between them.)
      if (persons === 2 && PERSON_PAIR_JOIN.test(text.slice(a.end, b.start))) people = [a, b];
      if (persons) continue;
      if (PAIR_JOIN.test(text.slice(a.end, b.start)) && (!pair || named([a, b]) >= named(pair))) pair = [a, b];
    }
    const noun = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    if (PERSON_PAIR_NOUN.test(noun)) {
      if (people && !sorted.some((x) => x.start < end && start < x.end)) for (const p of people) out.push({ ...textSpan(text, start, end), entity: p.entity, kind: 'title', provenance: { stage: 'stances', rule: 'pair-description', confidence: 0.55 } });
      continue;
    }
    if (!pair || sorted.some((x) => x.start < end && start < x.end)) continue;
    const fits = (e: number) => (noun === 'countries' || noun === 'nations' || noun === 'governments' ? entities[e]?.type === 'country' : noun === 'companies' ? entities[e]?.type === 'organization' : true);
    if (!fits(pair[0].entity) || !fits(pair[1].entity)) continue;
    for (const p of pair) out.push({ ...textSpan(text, start, end), entity: p.entity, kind: 'title', provenance: { stage: 'stances', rule: 'pair-description', confidence: 0.55 } });
  }
  return out;
}

/** "all four parties", "the three coalition parties", "all five possible partners": a group counted (group 1), named together before. */
const GROUP_DESCRIPTION = /\b(?:[Aa]ll\s+(?:the\s+)?|[Tt]he\s+)(three|four|five|six|seven)\s+(?:(?:possible|potential|prospective|coalition|negotiating|governing|remaining|main|sponsoring|mediating)\s+){0,2}(?:parties|sides|countries|nations|governments|delegations|partners|groups|unions)\b/g;
const COUNT: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** Between two names of an enumeration: "A, B, C and D". */
const LIST_JOIN = /^\s*(?:,|,?\s+(?:and|&))\s*(?:the\s+)?$/;
/** "four parties", "the three main sides": a count of bodies somewhere in the text (the test before `GROUP_DESCRIPTION`). */
const GROUP_OF_BODIES = /\b(?:three|four|five|six|seven)\s+(?:\p{L}+\s+){0,2}(?:parties|sides|countries|nations|governments|delegations|partners|groups|unions)\b/iu;
const GROUP_OF_BODIES_AT = new RegExp(GROUP_OF_BODIES.source, 'iuy');
/** The counts `GROUP_OF_BODIES` opens with, as plain letters: a fast scan (no "u"), so it cannot match the long s ("ſix"). */
const GROUP_COUNT = /three|four|five|six|seven/gi;

/**
 * `GROUP_OF_BODIES.test(text)`, tried only where a count word starts: the whole-text search with "iu" and a
 * leading `\b` could not skip ahead and cost 5-10 times the scan. A text with a long s is searched as before.
 */
function namesGroupOfBodies(text: string): boolean {
  if (text.includes('ſ')) return GROUP_OF_BODIES.test(text);
  GROUP_COUNT.lastIndex = 0;
  for (let m = GROUP_COUNT.exec(text); m; m = GROUP_COUNT.exec(text)) {
    GROUP_OF_BODIES_AT.lastIndex = m.index;
    if (GROUP_OF_BODIES_AT.test(text)) return true;
    GROUP_COUNT.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * One mention per member for "all four parties", "the three coalition parties": the last enumeration of exactly that
 * many bodies or countries ("D66, CDA, VVD and JA21") before the phrase. Hand-written, as `pairDescriptions`.
 */
function groupDescriptions(text: string, content: readonly Sentence[], sorted: readonly Mention[], entities: DocumentAnalysis['entities']): Mention[] {
  if (!namesGroupOfBodies(text)) return [];
  const out: Mention[] = [];
  // Enumerations in text order: runs of names of bodies or countries joined by commas and "and".
  const lists: { end: number; members: number[] }[] = [];
  let run: Mention[] = [];
  const close = () => {
    const members = [...new Set(run.map((m) => m.entity))];
    if (members.length >= 3) lists.push({ end: run[run.length - 1]!.end, members });
    run = [];
  };
  for (const m of sorted) {
    const type = entities[m.entity]?.type;
    if (m.kind === 'pronoun' || type === 'person' || type === undefined) {
      close();
      continue;
    }
    if (run.length && !LIST_JOIN.test(text.slice(run[run.length - 1]!.end, m.start))) close();
    run.push(m);
  }
  close();
  for (const m of text.matchAll(GROUP_DESCRIPTION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!content.some((s) => s.start <= start && end <= s.end) || sorted.some((x) => x.start < end && start < x.end)) continue;
    const n = COUNT[m[1]!.toLowerCase()]!;
    const list = [...lists].reverse().find((l) => l.end <= start && l.members.length === n);
    if (!list) continue;
    for (const e of list.members) out.push({ ...textSpan(text, start, end), entity: e, kind: 'title', provenance: { stage: 'stances', rule: 'group-description', confidence: 0.5 } });
  }
  return out;
}

/** A verb whose object is someone told or asked (group: the verb), and an honorific before the name. */
const ADDRESSEE_BEFORE = /\b(?:told|tells|tell|telling|informed|assured|briefed|reminded|urged|urges|urging|asked|pressed|wants?|wanted|wanting|would\s+like|called\s+on|calls\s+on|pushed|pushing|persuad\p{L}+|pressur\p{L}+)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|President|Prime\s+Minister|Chancellor|Secretary)\.?\s+)?$/iu;

/** Nearest subject-like mention or pronoun before `pos`, walking back inside the sentence. */
/** A plural noun right after a name, then only auxiliaries before the verb: the noun is the subject the name modifies. */
const PLURAL_NOUN_SUBJECT = /^\s+(\p{Ll}{2,}[^s\W]s)\s+(?:(?:have|are|were|will|would|could|can|may|might|must|should|do|did|had|also|still|now|all|both|\p{Ll}+ly)\s+)*/u;
/** Verbs that follow a plural subject in its bare form ("nurses reach", "workers end", "farmers vow"). */
const PLURAL_VERB = /^(?:reach|end|agree|accept|reject|vote|return|walk|win|approve|back|call|demand|seek|say|warn|launch|stage|begin|hold|join|rally|protest|march|vow|refuse|threaten|sign|resume|go|stay)\b/;
/** ", and one group of pilots based in Vancouver ": a clause joined after a comma, opening on an unnamed subject (group 1) up to its verb. */
const UNNAMED_JOINED_SUBJECT = /[,;]\s*(?:and|but|while|whereas)\s+((?:one|some|many|several|other|others|most|few|a|an|\d+)\b[^,;:"“”]*)$/i;
/** Unnamed people who speak for a body named before ("and a spokesman urged", "and some officials said"). */
const SPEAKS_FOR_UNNAMED = /\b(?:spokes\w*|officials?|negotiators?|envoys?|ministers?|delegat\w*|representatives?|aides?|diplomats?|leaders?|sources?|executives?|lawyers?|advisers?|advisors?)\b/i;
/** ", and some days later agreed", ", and most recently said": a time opening the joined clause, whose subject is still the one before. */
const JOINED_TIME = /\b(?:later|earlier|ago|recently|again|afterwards|then|minutes?|hours?|days?|weeks?|months?|years?|times?)\b/i;
/** Plural nouns of the people who speak or act for the name before them ("Hamas officials", "Kremlin negotiators"). */
const SPEAKS_FOR_NAME = /^(?:officials|leaders|negotiators|diplomats|envoys|ministers|executives|spokes(?:men|women|people)|representatives|delegates|delegations|authorities|forces|troops|mediators|aides|advisers|advisors|lawyers|commanders|generals|managers|owners|bosses)$/;
/** Verbs in -s that take another verb after them ("Kyiv keeps rejecting", "Iran needs to"): no plural nouns. */
const NOT_A_PLURAL_NOUN = /^(?:keeps|continues|seems|appears|tends|needs|wants|hopes|plans|intends|expects|helps|means|tries|says|does|has|is|was|lets|makes|goes|comes|stands|remains|looks|sounds|feels|gets|grows|turns|insists|refuses|agrees|rejects|accepts|backs|opposes|supports|wishes|urges|calls|pushes|presses|vows|pledges|promises|threatens|warns|fears|believes|thinks|knows|sees|finds|views|regards|considers|favours|favors|prefers|demands|seeks|asks)$/;
/** "Its members", "their negotiators": people who speak for the body "its" or "their" stands for. */
const POSSESSED_SPEAKERS = /\b(?:[Ii]ts|[Tt]heir)\s+(?=(?:members|leaders?|leadership|chair(?:man|woman|person)?|president|spokes(?:man|woman|person|people)|chief(?:\s+executive)?|head|secretary-general|general\s+secretary|director|negotiators?|officials?|board|executives?|representatives?|delegates?|delegation|lawmakers|deputies|envoys?|commanders?|fighters)\b)/g;

/** Those through whom a possessor speaks ("<X>'s spokesman", "<X>'s delegation", "<X>'s government"). */
const SPEAKING_FOR = String.raw`spokes(?:man|woman|person|people)|delegation|delegates|negotiators?|officials?|envoys?|representatives?|leaders?|leadership|ministry|office|team|aides?|advisers?|advisors?|command|government|cabinet|administration`;
/** "'s government " right before the verb: the possessor's body as the subject ("Venezuela's government agreed"). */
/** The office-holders a possessor speaks through ("Poland's foreign minister demanded"), beside those who speak for it. */
const SPEAKING_AS = String.raw`${SPEAKING_FOR}|ministers?|president|prime\s+minister|premier|chancellor|ambassador|diplomats?|secretary`;
const POSSESSOR_SPEAKS = new RegExp(String.raw`^['’]s?\s+(?:\p{Ll}+\s+){0,2}?(?:${SPEAKING_AS})\s+(?:(?:has|have|had|also|then|later|now|on\s+\p{Lu}\p{Ll}+|\p{Ll}+ly|did|does|do|would|will|could|can|is|was|were|are|not|never|still|n['’]t)\s+)*$`, 'u');
/** The same possessor opening a clause whose verb follows ("Venezuela's government agreed ..., reversing ..."). */
const POSSESSOR_SPEAKS_AS_SUBJECT = new RegExp(String.raw`^['’]s?\s+(?:\p{Ll}+\s+){0,2}?(?:${SPEAKING_AS})\s+(?:(?:has|have|had|also|then|later|now)\s+)*\p{Ll}+(?:ed|s)\b`, 'u');

/** Where the list of names holding `m` opens ("Kuwait, Iran and Russia": Kuwait's start for each of them). */
function listHeadOf(ctx: Context, m: Mention): number {
  let head = m;
  for (let i = ctx.mentions.indexOf(m) - 1; i >= 0; i--) {
    const prev = ctx.mentions[i]!;
    if (prev.kind === 'pronoun' || prev.end > head.start) continue;
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/.test(ctx.text.slice(prev.end, head.start))) break;
    head = prev;
  }
  return head.start;
}

function subjectBefore(ctx: Context, pos: number, allowPossessive: boolean): { mention: Mention | null; pronoun: { start: number; end: number } | null } | null {
  const { text, s } = ctx;
  type Cand = { start: number; end: number; mention: Mention | null };
  const cands: Cand[] = [];
  for (const m of ctx.mentions) if (m.end <= pos && m.kind !== 'pronoun') cands.push({ start: m.start, end: m.end, mention: m });
  for (const m of ctx.mentions) if (m.end <= pos && m.kind === 'pronoun') cands.push({ start: m.start, end: m.end, mention: m });
  for (const m of text.slice(s.start, pos).matchAll(PRONOUN_RE)) {
    const start = s.start + m.index;
    if (!cands.some((c) => c.start <= start && start < c.end)) cands.push({ start, end: start + m[0].length, mention: null });
  }
  // "Its members voted for the strike", "their negotiators rejected it": those who speak for "it" stand for it (the "It" is the pronoun).
  for (const m of text.slice(s.start, pos).matchAll(POSSESSED_SPEAKERS)) {
    const start = s.start + m.index;
    // Only as a clause's subject: "X, the head of Hamas and its chief negotiator, hailed" is X.
    if (!/(?:^|[;:"“]\s*|[;,]\s*(?:and|but|while)\s+|^\s*(?:(?:but|and|yet|so|then|now|however|later|meanwhile),?\s+)?(?:(?:on|by|late|early|last|this|next|later|in)\s+(?:[\p{L}\d]+(?:\s+|,\s*)){1,3}?)?)$/iu.test(text.slice(s.start, start))) continue;
    if (!cands.some((c) => c.start <= start && start < c.end)) cands.push({ start, end: start + (m[0][0] === 'I' || m[0][0] === 'i' ? 2 : 5), mention: null });
  }
  cands.sort((a, b) => b.start - a.start);
  for (const c of cands) {
    // A document standing for its author ("The memorandum demands") holds even where "the memorandum" also names an object.
    if (ctx.props.some((p) => p.start <= c.start && c.end <= p.end) && c.mention?.provenance.rule !== 'document-author') continue;
    if (c.mention && notAHolder(ctx, c.mention)) continue;
    // "Saudi Arabia, backed by Kuwait and Russia, has blocked ...": names in an aside on the subject are not the subject.
    if (BACKERS_ASIDE.test(text.slice(Math.max(s.start, c.start - 80), c.start)) && /^[^,;:]*,/.test(text.slice(c.end, pos))) continue;
    // "The SPD, whose chairwoman X had urged ..., welcomed the deal": a name inside a relative aside is not the subject.
    // "Saudi Arabia, speaking for a group that also includes Kuwait, Iran and Russia, has blocked": nor is a name in
    // a participle's aside, or any name of a list in one.
    const listHead = c.mention ? listHeadOf(ctx, c.mention) : c.start;
    // ("Several lawmakers, including X and Y, criticized": the names that the unnamed subject includes do hold it.)
    if (/,\s*(?:whose|who|which|(?!including\b)\p{Ll}{2,}ing)\b[^,;:]*$/iu.test(text.slice(Math.max(s.start, listHead - 120), listHead)) && /^[^;:]*,["”’]?\s*(?:(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|also|then|now)\s+){0,2}(?:\p{Ll}+ly\s+)?$/u.test(text.slice(c.end, pos))) continue;
    // "The Africa Group, a coalition of some 50 developing countries, want": a name inside an appositive on the name
    // before it is not the subject.
    const appositive = /,\s*(?:a|an|the)\s+[^,;:"“”]*$/iu.exec(text.slice(Math.max(s.start, listHead - 100), listHead));
    if (appositive && /^[^,;:]*,["”’]?\s*(?:(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|also|then|now)\s+){0,2}(?:\p{Ll}+ly\s+)?$/u.test(text.slice(c.end, pos))) {
      const commaAt = Math.max(s.start, listHead - 100) + appositive.index;
      if (ctx.mentions.some((o) => o.kind !== 'pronoun' && o.end <= commaAt && /^["”’]?\s*$/.test(text.slice(o.end, commaAt)))) continue;
    }
    // "ALPA's Northwind master executive council voted": a name inside a possessed phrase only qualifies it.
    if (c.mention && /['’]s\s+$/.test(text.slice(Math.max(s.start, c.start - 3), c.start)) && ctx.mentions.some((o) => o !== c.mention && o.end >= c.start - 3 && o.end <= c.start - 2)) continue;
    // "the Act, under consideration by the Senate on Monday, would impose ...": an agent set off by a comma belongs to its own participle.
    if (/\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, c.start - 8), c.start)) && /,/.test(text.slice(c.end, pos))) continue;
    // "the fund demanded by African states had been watered down": the agent of a participle right before is not the next verb's subject.
    if (c.mention && /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){1,4}?\p{Ll}{3,}(?:ed|en)\s+by\s+(?:the\s+)?$/u.test(text.slice(Math.max(s.start, listHead - 60), listHead))) continue;
    // "said X had called Y and that both sides had agreed": a second reported clause has its own subject,
    // never a name from the clause before it; with no name after "that" the reporting speaker holds it.
    if (/\b(?:and|but)\s+that\b/i.test(text.slice(c.end, pos))) break;
    // "... left them behind U.S. colleagues, and one group of pilots based in Vancouver urged": a clause joined
    // after a comma whose subject is people the report does not name is theirs, not a name's from the clause before.
    const joined = UNNAMED_JOINED_SUBJECT.exec(text.slice(c.end, pos));
    if (joined && !SPEAKS_FOR_UNNAMED.test(joined[1]!) && !JOINED_TIME.test(joined[1]!)) break;
    // "with X opposing ...": a name right before the verb is its subject even after a preposition.
    const adjacent = /^\s*(?:\p{L}+ly\s+)?$/u.test(text.slice(c.end, pos));
    // ... but only after "with"/"without": in "<people> from <place> to <place> said" no place said it.
    // ... and after the people who speak for it: "a spokesman for <X> said", "officials in <capital> said".
    if (isObject(ctx, c.start) && !(adjacent && /\b(?:with|without)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, c.start - 20), c.start))) && !SPEAKER_FOR.test(text.slice(Math.max(s.start, c.start - 40), c.start))) continue;
    // "has told <officials> that ...", "urged Mr. <X> to", "wants <X> to": the addressee of a telling or a wish is not the subject.
    if (!adjacent && ADDRESSEE_BEFORE.test(text.slice(Math.max(s.start, c.start - 40), c.start))) continue;
    // "<country> hawks": a name before a noun for people who are not its government modifies it.
    if (/^\s+(?:hawks|doves|critics|hardliners|hard-liners|opponents|skeptics|sceptics|lawmakers|watchers|experts|analysts|bulls|bears)\b/i.test(text.slice(c.end, c.end + 14))) continue;
    // "Riverside nurses reach a deal": a name before a plural noun whose own verb follows names some of its
    // people, not itself, and the noun is the subject; those who speak for it ("Kremlin officials reject") do
    // hold its stance, and a demonym's plural ("Russian officials", "European countries") is read as before.
    const group = PLURAL_NOUN_SUBJECT.exec(text.slice(c.end, Math.min(s.end, c.end + 60)));
    const verbAt = group ? c.end + group[0].length : -1;
    if (group && c.mention?.kind === 'name' && verbAt <= pos && (verbAt === pos || ctx.cues?.some((h) => h.start === verbAt) || PLURAL_VERB.test(text.slice(verbAt, verbAt + 12))) && !ctx.cues?.some((h) => h.start === c.end + group[0].indexOf(group[1]!)) && !SPEAKS_FOR_NAME.test(group[1]!) && !NOT_A_PLURAL_NOUN.test(group[1]!) && !REPORTING_WORD.test(group[1]!)) return null;
    const after = text.slice(c.end, c.end + 3);
    if (c.mention && c.mention.kind !== 'pronoun' && DECIDING_BODY_OF.test(text.slice(c.end, pos))) return { mention: c.mention, pronoun: null };
    // "Venezuela's government agreed": a possessor whose government or delegation is the subject speaks through it.
    if (!allowPossessive && /^['’]s?\b/.test(after) && !(c.mention && POSSESSOR_SPEAKS.test(text.slice(c.end, pos)))) continue;
    // A name that modifies a following name ("US Secretary of State Rubio") is not the subject: skip it
    // when another candidate starts right after it.
    if (cands.some((o) => o !== c && o.start > c.end && o.start - c.end <= 2 && o.end <= pos)) continue;
    if (c.mention && c.mention.kind !== 'pronoun') return { mention: c.mention, pronoun: null };
    return { mention: null, pronoun: { start: c.start, end: c.end } };
  }
  return null;
}

/**
 * "X told reporters the two men had agreed to ...": a reported clause whose subject is people the report
 * does not name is theirs, not the reporter's; with no name for them the stance has no holder. ("The sides
 * had agreed", told by one side's negotiator, includes the teller: it stays theirs.)
 */
function unnamedReportedSubject(ctx: Context, pos: number): boolean {
  const { text, s } = ctx;
  const before = text.slice(s.start, pos);
  let verb: RegExpExecArray | null = null;
  for (const m of before.matchAll(REPORTING_RE)) verb = m as RegExpExecArray;
  if (!verb) return false;
  const from = s.start + verb.index + verb[0].length;
  const m = UNNAMED_CLAUSE_SUBJECT.exec(text.slice(from, pos));
  return !!m && !ctx.mentions.some((x) => x.start >= from && x.end <= pos);
}
const UNNAMED_CLAUSE_SUBJECT = /^\s+(?:(?:reporters|journalists|the\s+press|lawmakers|parliament|the\s+council|him|her|them|us)\s+)?(?:that\s+)?(?:the|both|all|these|those)\s+(?:two\s+|three\s+|rival\s+|opposing\s+|warring\s+)?(?:men|women|leaders|presidents|rivals|communities)\s+(?:had|have|has|would|will|could|were|are|also\s+)?/i;

/** The speaker of a reporting verb before `pos` in the sentence ("Rubio said ..."), or of the quote there. */
/** After a possessor, before a reporting verb: the people or office speaking for it ("'s delegation", "'s chief negotiator"). */
const SPEAKERS_OF = new RegExp(String.raw`^['’]s?\s+(?:\p{Ll}+\s+)?(?:${SPEAKING_FOR})\s+(?:\p{Ll}+ly\s+)?$`, 'u');
function reportingSpeaker(ctx: Context, pos: number): Holder | null {
  const q = quoteAt(ctx, pos);
  if (q && q.speaker !== null) return { entity: q.speaker, at: q.source && q.source.start >= ctx.s.start && q.source.end <= ctx.s.end ? q.source : null, rule: `quote-${q.kind}`, confidence: 0.8 };
  let verb: RegExpMatchArray | null = null;
  for (const m of ctx.text.slice(ctx.s.start, pos).matchAll(REPORTING_RE)) verb = m;
  if (!verb) return null;
  const vStart = ctx.s.start + verb.index!;
  if (/^according\s+to/i.test(verb[0])) {
    const m = ctx.mentions.find((mn) => mn.start >= vStart + verb![0].length && mn.start - (vStart + verb![0].length) < 12);
    return m ? { entity: m.entity, at: m, rule: 'according-to', confidence: 0.7 } : null;
  }
  // "The army's delegation said", "Hamas's negotiators told reporters": those who speak for the possessor.
  const owner = [...ctx.mentions].reverse().find((m) => m.end <= vStart && m.kind !== 'pronoun' && SPEAKERS_OF.test(ctx.text.slice(m.end, vStart)));
  if (owner) return { entity: owner.entity, at: owner, rule: 'reporting-possessor', confidence: 0.7 };
  const subj = subjectBefore(ctx, vStart, false);
  if (subj?.mention) return { entity: subj.mention.entity, at: subj.mention, rule: 'reporting-verb', confidence: 0.75 };
  // "..., Peskov said." — the speaker follows the verb.
  const afterVerb = ctx.mentions.find((m) => m.start >= vStart + verb![0].length && m.start - (vStart + verb![0].length) < 4);
  if (afterVerb) return { entity: afterVerb.entity, at: afterVerb, rule: 'reporting-verb', confidence: 0.7 };
  const previous = subj?.pronoun ? antecedent(ctx, subj.pronoun) : null;
  if (previous) return { ...previous, at: null, rule: 'reporting-pronoun', confidence: 0.55 };
  return null;
}

/**
 * The speaker a clause is attributed to after it: "..., X said.", "..., said X.", "..., according to X.",
 * or a parenthetical "<clause>, X said, <clause>". Only when the clause from `pos` has no reporting verb
 * before it (that one is `reportingSpeaker`'s).
 */
function attributedSpeaker(ctx: Context, pos: number): Holder | null {
  const rest = ctx.text.slice(pos, ctx.s.end);
  const m = ATTRIBUTION.exec(rest);
  if (!m) return null;
  const from = pos + m.index;
  const to = from + m[0].length;
  // ("Nigeria's oil minister said": a possessor speaks through its minister or government.)
  const named = ctx.mentions.find((mn) => mn.start >= from && mn.end <= to && mn.kind !== 'pronoun' && (!/^\s*['’]s\b/.test(ctx.text.slice(mn.end, mn.end + 3)) || SPOKEN_FOR_AFTER.test(ctx.text.slice(mn.end, to))));
  if (named) return { entity: named.entity, at: named, rule: 'attribution', confidence: 0.7 };
  const pronoun = /\b(?:he|she|they|it|we)\b/i.exec(m[0]);
  if (!pronoun) return null;
  const at = { start: from + pronoun.index, end: from + pronoun.index + pronoun[0].length };
  const previous = antecedent(ctx, at);
  return previous ? { ...previous, at: null, rule: 'attribution-pronoun', confidence: 0.55 } : null;
}
/** After a possessor in an attribution: the minister, government or envoy it speaks through, then the verb. */
const SPOKEN_FOR_AFTER = new RegExp(String.raw`^['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:${SPEAKING_FOR}|ministers?|president|prime\s+minister|chancellor|ambassador|chief|head)\s+(?:said|says|added|noted|argued|insisted|warned|asked|told)\b`, 'u');
/** ", X said," / ", X said." / ", said X." / ", according to X." with X of at most six words. */
const ATTRIBUTION = /,\s*(?:(?:[^,;:.!?"“”]{1,60}?)\s+(?:said|says|added|noted|argued|insisted|warned|asked|told\s+[^,;.]{1,40}?)\s*(?:on\s+\p{L}+\s*)?[,.;]|(?:said|says|added|according\s+to)\s+[^,;.]{1,60}?\s*(?:[.;]\s*$|,))/u;

/**
 * What may stand between two coordinated names: a comma, "and" or "nor", then up to two capitalised words of
 * title ("and Senators", ", Gov."), after an optional parenthetical tag on the name before ("(D-N.Y.)").
 */
const COORDINATION_BEFORE = /(?:,|\band|\bnor)\s*(?:the\s+)?(?:\p{Lu}[\p{L}]*\.?\s+){0,2}$/u;
// ... or a relative clause or appositive set off by commas ("A (R), who is seeking reelection, and B").
// A home-state tag counts as one ("Senators A of Texas, B of Ohio and C").
const TAG_AFTER = /^\s*(?:\([^()]{1,30}\)|\s+of\s+(?:\p{Lu}[\p{L}.]*\s*){1,3})?\s*(?:,\s*(?:who|whose|the|a|an)\s+[^,;:()"“”]{1,60},\s*)?$/u;
/** A name after "of" is a tag of the name before it ("Senator A of Ohio"), never a coordinated holder. */
const OF_BEFORE = /\bof\s+$/;
/** "the Government of Colombia": a state named through its government is the state itself. */
const GOVERNMENT_OF = /\b(?:[Gg]overnment|[Rr]epublic|[Kk]ingdom|[Ss]tate|[Aa]dministration|[Pp]resident|[Pp]rime\s+[Mm]inister)\s+of\s+(?:the\s+)?$/;

/** Adds the names coordinated with a subject ("he and Ukrainian officials", "A, B and Senators C and D"). */
function coordinated(ctx: Context, first: { start: number; end: number }, found: Holder[]): void {
  let left = first.start;
  // "the Government and the National Liberation Army (ELN) signed": an acronym in brackets stands where its full name does.
  if (/\(\s*$/.test(ctx.text.slice(Math.max(0, left - 3), left))) {
    const full = [...ctx.mentions].reverse().find((m) => m.end <= left && /^\s*\(\s*$/.test(ctx.text.slice(m.end, left)));
    if (full) left = full.start;
  }
  for (let k = 0; k < 6; k++) {
    const before = ctx.text.slice(Math.max(ctx.s.start, left - 40), left);
    const conj = COORDINATION_BEFORE.exec(before);
    if (!conj) return;
    const end = left - conj[0].length;
    // The name (or pronoun) right before the conjunction, a party tag between them allowed.
    const m = [...ctx.mentions].reverse().find((mn) => mn.end <= end && (!OF_BEFORE.test(ctx.text.slice(Math.max(0, mn.start - 4), mn.start)) || GOVERNMENT_OF.test(ctx.text.slice(Math.max(0, mn.start - 24), mn.start))) && TAG_AFTER.test(ctx.text.slice(mn.end, end)));
    if (m && !ctx.props.some((p) => p.start <= m.start && m.end <= p.end) && !notAHolder(ctx, m) && (!isObject(ctx, m.start) || /\bincluding\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(ctx.s.start, m.start - 16), m.start)) || GOVERNMENT_OF.test(ctx.text.slice(Math.max(0, m.start - 24), m.start)))) {
      if (m.kind !== 'pronoun') found.push({ entity: m.entity, at: m, rule: 'coordinated-subject', confidence: 0.7 });
      else {
        const sp = reportingSpeaker(ctx, m.start);
        if (sp) found.push({ ...sp, rule: 'coordinated-pronoun', confidence: 0.65 });
      }
      left = m.start;
      continue;
    }
    // A bare pronoun the actors stage did not mark ("he and Ukrainian officials").
    const prev = subjectBefore(ctx, end, false);
    if (!prev?.pronoun || end - prev.pronoun.end > 1) return;
    const sp = reportingSpeaker(ctx, prev.pronoun.start);
    if (sp) found.push({ ...sp, rule: 'coordinated-pronoun', confidence: 0.65 });
    left = prev.pronoun.start;
  }
}

/** Names coordinated after `first` ("by X, Y and Speaker Z (R-Wis.)"): each shares what `first` holds. */
function coordinatedAfter(ctx: Context, first: Mention): Holder[] {
  const out: Holder[] = [];
  let last = first;
  for (const m of ctx.mentions) {
    if (m.start < last.end || m.kind === 'pronoun') continue;
    if (!COORDINATION_AFTER.test(ctx.text.slice(last.end, m.start))) break;
    if (m.entity !== first.entity && !out.some((h) => h.entity === m.entity)) out.push({ entity: m.entity, at: m, rule: 'coordinated-agent', confidence: 0.7 });
    // "and X" closes the list.
    if (/\band\b/.test(ctx.text.slice(last.end, m.start))) break;
    last = m;
  }
  return out;
}
/** Between two coordinated names after the first: a party tag, a comma or "and", then up to two words of title. */
const COORDINATION_AFTER = /^\s*(?:\([^()]{1,30}\))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}]*\.?\s+){0,2}$/u;

/** After a name, before a role noun: an appositive (", a longtime critic of"). */
const ROLE_APPOSITIVE = /^\s*(?:\([^()]{1,30}\))?\s*,\s*(?:(?:a|an|another|the|one|also\s+a|himself\s+a|herself\s+a|itself\s+a|both|all)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/** After a name, before a role noun: a copula ("has long been a supporter of"), a parenthetical allowed first. */
const ROLE_COPULA = /^\s*(?:\([^()]{1,30}\))?\s*(?:,[^,;]{1,60},\s*)?(?:(?:has|have|had)\s+(?:long\s+|always\s+)?been|is|was|are|were|remains?|remained|became|becomes|(?:is|was)\s+(?:also|now|still))\s+(?:(?:a|an|one\s+of\s+the|among\s+the|the|also\s+a)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** Words that end an appositive or open another clause: no role noun after them is said of the name before. */
const ROLE_BREAK = /\b(?:and|or|but|that|who|which|whom|said|says|say|told|of|to|for|with|against|from|by)\b/i;

/**
 * The holder of a role noun ("<X>, a fierce critic of <object>", "<X> has been a supporter of"): the name
 * it is said of by an appositive or a copula, or the antecedent of a pronoun subject; nobody otherwise
 * ("critics of the pact say ..." names no one).
 */
function roleHolders(ctx: Context, hit: CueHit): Holder[] {
  const before = ctx.text.slice(ctx.s.start, hit.start);
  // "Turkey accused the sponsors of the embargo of siding with terrorists": who judges a thing's backers or critics
  // holds their stance, or its reverse when blaming them.
  const judged = ROLE_JUDGED.exec(before.slice(-60));
  if (judged) {
    const judge = subjectBefore(ctx, hit.start - Math.min(before.length, 60) + judged.index, false)?.mention;
    if (judge) return [{ entity: judge.entity, at: judge, rule: judged[1] ? 'praised-role' : 'blamed-role', confidence: 0.55, reverse: !judged[1] }];
  }
  const m = [...ctx.mentions].reverse().find((mn) => mn.end <= hit.start);
  if (m && m.kind !== 'pronoun' && hit.start - m.end <= 90 && !notAHolder(ctx, m)) {
    const gap = ctx.text.slice(m.end, hit.start);
    const words = gap.replace(/\([^()]*\)/g, '');
    // "X, once the fiercest critic of the ban, now says ...": a role the holder had is not its stance now.
    if (/\b(?:once|formerly|previously|onetime|one-time|erstwhile|then)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(gap)) return [];
    if (ROLE_APPOSITIVE.test(gap) && !ROLE_BREAK.test(words) && !REPORTING_TEST.test(words)) return [{ entity: m.entity, at: m, rule: 'role-appositive', confidence: 0.7 }];
    if (ROLE_COPULA.test(gap) && !REPORTING_TEST.test(words.replace(/,[^,;]{1,60},/, ''))) return [{ entity: m.entity, at: m, rule: 'role-copula', confidence: 0.7 }];
  }
  const pronoun = /(?:^|[\s,"“])(he|she|they|it|we|i)\s+((?:has|have|had)\s+(?:long\s+|always\s+)?been|is|was|are|were|am|remains?|remained|became)\s+(?:(?:a|an|one\s+of\s+the|among\s+the|the|also\s+a)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.exec(before);
  if (pronoun && !ROLE_BREAK.test(pronoun[0].slice(pronoun[0].indexOf(pronoun[2]!) + pronoun[2]!.length))) {
    const at = { start: ctx.s.start + pronoun.index + pronoun[0].indexOf(pronoun[1]!), end: 0 };
    at.end = at.start + pronoun[1]!.length;
    const q = quoteAt(ctx, at.start);
    if (q && q.kind !== 'indirect' && /^(?:i|we)$/i.test(pronoun[1]!)) return [{ entity: q.speaker!, at: null, rule: 'role-quote', confidence: 0.7 }];
    if (/^(?:i|we)$/i.test(pronoun[1]!)) return [];
    // "X said he was a supporter of": the reporting speaker; else the pronoun's antecedent.
    const previous = reportingSpeaker(ctx, at.start) ?? antecedent(ctx, at);
    return previous ? [{ ...previous, at: null, rule: 'role-pronoun', confidence: 0.55 }] : [];
  }
  return [];
}

/** "accused <Y> of", "blamed <Y> for" right before an -ing stance verb (group 1: Y). */
/** A verb of praise (group 1) or blame (group 2) whose object is unnamed agents of the act that follows ("applauded the lawmakers who voted down"). */
/** Verbs of praise (group 1) and of blame (group 2) for those judged, shared by `AGENTS_JUDGED` and `ROLE_JUDGED`. */
const PRAISE_OR_BLAME = String.raw`((?:prais|hail|applaud|commend|laud|thank|salut)\p{L}*|heap(?:s|ed|ing)?\s+praise\s+on)|((?:blam|scold|criticis|criticiz|condemn|denounc|rebuk|attack|slam|castigat|chastis|berat)\p{L}*|lash(?:es|ed|ing)?\s+out\s+at|turn(?:s|ed|ing)?\s+on)`;
const AGENTS_JUDGED = new RegExp(String.raw`\b(?:${PRAISE_OR_BLAME})\s+(?:the|those|all|any)\s+(?:[\p{L}-]+\s+){0,3}?(?:who|that|which)\s+(?:(?:had|have|has|would|helped\s+to|helped|tried\s+to)\s+)?(?:\p{L}+ly\s+)?$`, 'iu');
const ACCUSED = /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|fault(?:s|ed|ing)?)\s+([^,;.!?]{1,60}?)\s+(?:of|for)\s+(?:\p{L}+ly\s+)?(?:(?:trying|attempting|seeking|plotting|scheming|conspiring|working|wanting|threatening)\s+to\s+(?:\p{L}+ly\s+)?)?$/iu;
/** An accusing verb and its object's determiner right before a noun ("accused the", "blamed"). */
const ACCUSE_BEFORE = /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:(?:the|its|their|those|all)\s+)?$/i;
/** A verb of praise (group 1) or blame (group 2) right before a role noun: "accused the sponsors of the embargo of ...", "thanked supporters of the deal". */
const ROLE_JUDGED = new RegExp(String.raw`\b(?:${PRAISE_OR_BLAME}|((?:accus|mock|derid|ridicul)\p{L}*))\s+(?:(?:the|those|all|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?$`, 'iu');

/** Right before a stance verb in a quote: a third-person subject ("they want", "he would accept"), group 1 the pronoun. */
const QUOTED_THIRD_PERSON = /(?:^|[\s"“,;])(they|he|she)\s+(?:(?:would|will|could|might|may|can|do|does|did|really|also|still|now|just|all)\s+){0,2}$/i;

/** Talks as the subject of an agenda verb, right before an act: "the talks would focus on (restoring)". */
const AGENDA_BEFORE = /\b(?:talks|meetings?|negotiations|discussions|sessions?|summit|agenda|round|conference)(?:\s+(?:in|at)\s+(?:\p{Lu}[\p{L}-]*\s*){1,3})?\s+(?:(?:would|will|should|could|is|are|was|were|expected|set|due|to|also|mainly|largely)\s+){0,3}(?:focus|centre|center|concentrate|turn|address|cover)\p{L}*\s+(?:on\s+)?$/iu;
/** A time or reason clause with a subject of its own opening between a verb and an object ("... before it returned to the"). */
const TIME_CLAUSE_GAP = /\s(?:before|after|until|till|since|while|whereas|because)\s+(?:it|they|he|she|we|I|you|the\s+[\p{L}-]+|\p{Lu}[\p{L}-]+)\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|do|\p{Ll}+ed|\p{Ll}+s)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/** Right before a cue: the pluperfect, of the act itself ("had recommended") or of the saying that reports it ("had earlier said it would"). */
const PLUPERFECT_BEFORE = /\bhad\s+(?:(?:earlier|previously|initially|once|first|already|long|also|repeatedly|publicly|originally)\s+)*(?:(?:said|stated|told\s+\p{L}+|insisted|argued|warned|indicated|signall?ed)\b[^.;:!?]*?)?$/iu;
/** A meeting's end in the clause before "without": "ended a first round of talks ... without". */
const FAILED_TO_BEFORE = /\b(?:fail(?:s|ed|ing)?|failure)\s+(?:again\s+|once\s+again\s+)?to\s+$/i;
const FAILED_OUTCOME = /^(?:reach|agree|strike|struck|clinch|seal|conclude|finali[sz]e|secure|produce|bridge|hammer|nail|break\s+through|make\s+(?:a\s+)?breakthrough|sign)/i;
const ENDED_BEFORE = /\b(?:end(?:s|ed)?|conclud(?:e|es|ed)|broke\s+up|break\s+up|wrapped\s+up|adjourn(?:s|ed)?|finish(?:es|ed)?|closed|wound\s+up)\b[^,;:]*$/i;
/** A quantified subject and a modal of ability right before a cue: "any one of its members can", "every party may". */
const GENERIC_ABILITY_BEFORE = /\b(?:any|every|each)\s+(?:single\s+)?(?:one\s+)?(?:of\s+)?(?:(?:its|the|their|our|these)\s+)?(?:\d[\d,]*\s+)?(?:one|members?|countries|nations|states|parties|governments|delegations?|sides?|party|country|state)?\s*(?:can|could|may|might)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** The comma that closes a fronted participle clause, right before the main clause's subject. */
const FRONTED_CLAUSE_END = /,["”’]?\s+(?:the\s+)?$/i;
/** A finite verb right after a subject. */
const MAIN_VERB_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|has|have|had|is|was|were|are|will|would|on|\p{Ll}+ed|\p{Ll}+s)\b/u;
/** Who holds a stance whose chain starts at `hit`. */
/** Before a cue: a wish or expectation about what another party will do ("hoped Russia would", "wants Kyiv to"). */
const WISHED_OF_OTHER = /(?<![\p{L}])(?:hope[sd]?|hoping|wants?|wanted|wish(?:es|ed)?|expects?|expected|expecting)\s+(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:would|will|could|might|to)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * "The idea was welcomed cautiously in Baku", "the plan was rejected in Kyiv": a passive whose only agent is the
 * capital (or country) it happened in is that side's reception.
 */
const RECEPTION_VERB = /^(?:welcom|reject|dismiss|critici|condemn|denounc|greet|hail|prais|slam|blast|decr|rebuff|spurn|mock|derid|ridicul|oppos|resist|lambast|deplor)/i;
function passiveIn(ctx: Context, hit: CueHit): Mention | null {
  // Only a reception: "was signed in Geneva" names a venue.
  if (!hit.cue.passive || !RECEPTION_VERB.test(ctx.text.slice(hit.start, hit.end)) || !/\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(ctx.text.slice(Math.max(ctx.s.start, hit.start - 20), hit.start))) return null;
  const at = /^\s+(?:\p{Ll}+ly\s+)?in\s+/u.exec(ctx.text.slice(hit.end, hit.end + 24));
  if (!at) return null;
  const m = ctx.mentions.find((mm) => mm.start === hit.end + at[0].length);
  const type = m ? ctx.entities[m.entity]?.type : undefined;
  return m && (m.kind === 'metonym' || type === 'country') && /^\s*[.,;]/.test(ctx.text.slice(m.end, m.end + 2)) ? m : null;
}

function holdersFor(ctx: Context, hit: CueHit): Holder[] {
  if (hit.cue.role) return roleHolders(ctx, hit);
  // "Rejecting the referendum as a distraction, the association said ...": a participle opening the sentence has the main clause's subject.
  if (/^[\s"“‘]*$/.test(ctx.text.slice(ctx.s.start, hit.start)) && /^\p{L}+ing\b/u.test(ctx.text.slice(hit.start, hit.end))) {
    const main = ctx.mentions.find((m) => m.start > hit.end && m.end <= ctx.s.end && m.kind !== 'pronoun' && FRONTED_CLAUSE_END.test(ctx.text.slice(Math.max(hit.end, m.start - 8), m.start)) && MAIN_VERB_AFTER.test(ctx.text.slice(m.end, m.end + 30)));
    if (main && !notAHolder(ctx, main)) return [{ entity: main.entity, at: main, rule: 'fronted-participle', confidence: 0.65 }];
  }
  // "X accused Y of blocking <object>": the stance is the one charged to Y, never the accuser's.
  if (hit.cue.kind !== 'noun' && hit.cue.kind !== 'deontic' && (/^\p{L}+ing\b/u.test(ctx.text.slice(hit.start, hit.end)) || /\p{L}ing\s+to\s+(?:\p{L}+ly\s+)?$/u.test(ctx.text.slice(Math.max(ctx.s.start, hit.start - 30), hit.start)))) {
    const before = ctx.text.slice(Math.max(ctx.s.start, hit.start - 90), hit.start);
    const accused = ACCUSED.exec(before);
    if (accused) {
      const from = hit.start - before.length + accused.index + accused[0].indexOf(accused[1]!, accused[0].search(/\s/));
      const to = from + accused[1]!.length;
      const charged = [...ctx.mentions].reverse().find((m) => m.start >= from && m.end <= to && !/^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 3)));
      // ... and the accuser wants the reverse of what they charge ("Turkey accused Greece of sabotaging the agreement": Turkey is for it).
      const accuserAt = hit.start - before.length + accused.index;
      const accuser = subjectBefore(ctx, accuserAt, false)?.mention;
      const accuserHolder: Holder[] = accuser && accuser.entity !== charged?.entity ? [{ entity: accuser.entity, at: accuser, rule: 'accuser', confidence: 0.55, reverse: true }] : [];
      return charged ? [{ entity: charged.entity, at: charged, rule: 'accused', confidence: 0.6 }, ...accuserHolder] : accuserHolder;
    }
  }
  // "Ghana praised the countries that blocked the ban", "Sweden scolded those who walked out of the accord": the
  // one who judges the unnamed agents holds their act's stance, or its reverse when blaming them.
  const judged = AGENTS_JUDGED.exec(ctx.text.slice(Math.max(ctx.s.start, hit.start - 90), hit.start));
  if (judged && hit.cue.kind !== 'noun' && hit.cue.kind !== 'deontic') {
    const judgeAt = hit.start - Math.min(hit.start - ctx.s.start, 90) + judged.index;
    const judge = subjectBefore(ctx, judgeAt, false)?.mention;
    if (judge) return [{ entity: judge.entity, at: judge, rule: judged[1] ? 'praised-agents' : 'blamed-agents', confidence: 0.55, reverse: !judged[1] }];
  }
  const q = quoteAt(ctx, hit.start);
  // "Trump said he hoped Russia would agree to the ceasefire": a wish about another party is the wisher's.
  if (q && q.kind === 'indirect' && q.speaker !== null && WISHED_OF_OTHER.test(ctx.text.slice(Math.max(q.start, hit.start - 90), hit.start))) {
    return [{ entity: q.speaker, at: null, rule: 'wished', confidence: 0.6 }];
  }
  if (q && q.kind !== 'indirect' && q.speaker !== null) {
    // "“They want a deal more than I do,” X said": a third person the speaker talks about holds it, not the speaker.
    const third = QUOTED_THIRD_PERSON.exec(ctx.text.slice(Math.max(q.start, hit.start - 30), hit.start));
    if (third) {
      // '"Both delegations have told us they want ..."': "they" is the pair the speaker has just named.
      const pair = third[1]!.toLowerCase() === 'they' ? ctx.mentions.filter((m) => m.provenance.rule === 'pair-description' && m.start >= q.start && m.end <= hit.start) : [];
      if (pair.length) {
        const last = pair[pair.length - 1]!;
        return pair.filter((m) => m.start === last.start).map((m) => ({ entity: m.entity, at: m, rule: 'quote-pair', confidence: 0.55 }));
      }
      // The latest body named before ("they") or person ("he", "she") other than the speaker.
      const other = ctx.recentEntities.find((e) => e !== q.speaker && (third[1]!.toLowerCase() === 'they' ? ctx.entities[e]?.type !== 'person' : ctx.entities[e]?.type === 'person'));
      return other === undefined ? [] : [{ entity: other, at: null, rule: 'quote-third-person', confidence: 0.5 }];
    }
    // '"... because Britain decided to leave the EU," X said': a party the speaker names as a subordinate clause's subject holds it.
    const named = [...ctx.mentions].reverse().find((m) => m.end <= hit.start && m.start >= q.start);
    if (named && hit.cue.kind !== 'deontic' && named.kind === 'name' && named.entity !== q.speaker && QUOTED_SUBJECT_GAP.test(ctx.text.slice(named.end, hit.start)) && !/['’]s?$/.test(ctx.text.slice(named.start, named.end)) && !notAHolder(ctx, named) && isSubjectPosition(ctx.text, q.start, named.start)) {
      const found: Holder[] = [{ entity: named.entity, at: named, rule: 'quoted-subject', confidence: 0.6 }];
      coordinated(ctx, named, found);
      return found;
    }
    return [{ entity: q.speaker, at: null, rule: `quote-${q.kind}`, confidence: 0.8 }];
  }

  const inCapital = passiveIn(ctx, hit);
  if (inCapital) return [{ entity: inCapital.entity, at: inCapital, rule: 'passive-in-capital', confidence: 0.6 }];
  if (hit.cue.passive) {
    const by = (hit.cue.agentFrom ? /^\s+(?:by|from|of)\s+(?:the\s+)?/i : /^\s+by\s+(?:the\s+)?/i).exec(ctx.text.slice(hit.end, hit.end + 12));
    if (by) {
      // Room for a title before the name: "rejected by Foreign Minister Maria Lopez".
      const agent = ctx.mentions.find((m) => m.start >= hit.end && m.start <= hit.end + by[0].length + 30);
      if (agent) return [{ entity: agent.entity, at: agent, rule: 'passive-agent', confidence: 0.75 }, ...coordinatedAfter(ctx, agent)];
    }
  }
  const possessive = [...ctx.mentions].reverse().find((m) => m.end <= hit.start && /^['’]s?\s+$/.test(ctx.text.slice(m.end, hit.start)));
  if (possessive) return [{ entity: possessive.entity, at: possessive, rule: 'possessive-holder', confidence: 0.75 }];
  if (hit.cue.kind === 'noun') {
    const near = [...ctx.mentions].reverse().find((m) => m.end <= hit.start && hit.start - m.end <= 4 && m.kind !== 'pronoun');
    if (near) return [{ entity: near.entity, at: near, rule: 'noun-holder', confidence: 0.7 }];
    // "forces Republicans to reconsider their knee-jerk opposition to X": a possessive pronoun's noun belongs to
    // the nearest name before it that the pronoun fits (a person for "his"/"her", a body or group for "their"/"its").
    const owner = POSSESSIVE_PRONOUN_BEFORE.exec(ctx.text.slice(Math.max(ctx.s.start, hit.start - 40), hit.start));
    if (owner) {
      const at = hit.start - owner[0].length;
      const person = /^(?:his|her)$/i.test(owner[1]!);
      const fits = [...ctx.mentions].reverse().find((m) => m.end <= at && m.kind !== 'pronoun' && !notAHolder(ctx, m) && (ctx.entities[m.entity]?.type === 'person') === person);
      if (fits) return [{ entity: fits.entity, at: fits, rule: 'possessive-pronoun', confidence: 0.6 }];
    }
    // "a move that may trigger fresh opposition to X": an attitude noun nobody voices is no one's stance.
    // A noun of striving ("an effort to", "a bid to") is the subject's own whatever verb leads to it.
    if (!STRIVING_NOUN.test(ctx.text.slice(hit.start, hit.end)) && !VOICED_NOUN.test(ctx.text.slice(Math.max(ctx.s.start, hit.start - 50), hit.start))) return [];
  }
  if (hit.cue.kind === 'deontic') {
    // "Why should Peru sign ...?": the one the rhetorical question is about answers it.
    if (/\bwhy\s+$/i.test(ctx.text.slice(Math.max(ctx.s.start, hit.start - 8), hit.start))) {
      const asked = ctx.mentions.find((m) => m.start > hit.end && m.start - hit.end <= 2 && m.kind !== 'pronoun');
      if (asked) return [{ entity: asked.entity, at: asked, rule: 'rhetorical-subject', confidence: 0.6 }];
    }
    const sp = reportingSpeaker(ctx, hit.start);
    return sp ? [{ ...sp, rule: `deontic-${sp.rule}` }] : adviceHolders(ctx, hit);
  }
  // "X said ..., pushing back against ... and ruling out ...": a participle after a comma has the main clause's subject.
  if (/^\p{L}+ing\b/u.test(ctx.text.slice(hit.start, hit.end))) {
    const before = ctx.text.slice(ctx.s.start, hit.start);
    if (/,\s*(?:while\s+|also\s+|\p{L}+ly\s+)?$/u.test(before) || (/\band\s+(?:also\s+)?$/.test(before) && /,\s*(?:\p{L}+ly\s+)?\p{L}+ing\b/u.test(before))) {
      const first = clauseSubject(ctx, hit.start);
      if (first) return [{ entity: first.entity, at: first, rule: 'participle-subject', confidence: 0.65 }];
    }
  }
  // "the issues that sank ...": a relative pronoun right before the verb is its subject, standing for the noun before it.
  const relative = /(\S+)\s*,?\s+(?:that|which|who)\s+(?:(?:has|have|had|would|will|could|also|\p{L}+ly)\s+){0,2}$/u.exec(ctx.text.slice(Math.max(ctx.s.start, hit.start - 60), hit.start));
  // ("X said that ...": "that" after a reporting verb opens its complement, not a relative clause.)
  if (relative && !REPORTING_WORD.test(relative[1]!)) {
    const relStart = hit.start - relative[0].length;
    const noun = [...ctx.mentions].reverse().find((m) => m.end <= relStart + relative[1]!.length + 1 && m.end >= relStart && m.kind !== 'pronoun');
    if (!noun) return [];
    return [{ entity: noun.entity, at: noun, rule: 'relative-subject', confidence: 0.7 }];
  }
  // "X met Y ..., and pressed him to ...": a verb right after ", and" shares the clause's subject.
  if (/,\s*and\s+(?:then\s+|also\s+|later\s+)?$/i.test(ctx.text.slice(Math.max(ctx.s.start, hit.start - 16), hit.start))) {
    const first = clauseSubject(ctx, hit.start);
    if (first) return [{ entity: first.entity, at: first, rule: 'coordinated-predicate', confidence: 0.65 }];
  }
  // "thousands of <people> protesting against ...": a participle right after a name (no comma) is what that name does.
  if (/^\p{L}+ing\b/u.test(ctx.text.slice(hit.start, hit.end))) {
    const next = [...ctx.mentions].reverse().find((m) => m.end <= hit.start);
    if (next && next.kind !== 'pronoun' && /^ +$/.test(ctx.text.slice(next.end, hit.start)) && isObject(ctx, next.start) && !notAHolder(ctx, next)) return [{ entity: next.entity, at: next, rule: 'participle-noun', confidence: 0.6 }];
  }
  const antecedentOfRelative = relativeClauseAntecedent(ctx, hit.start);
  if (antecedentOfRelative) return [{ entity: antecedentOfRelative.entity, at: antecedentOfRelative, rule: 'relative-antecedent', confidence: 0.7 }, ...coordinatedAfter(ctx, antecedentOfRelative)];
  const partners = partnersFor(ctx, hit);
  if (partners.length) return partners;
  if (unnamedReportedSubject(ctx, hit.start)) return [];
  let subj = subjectBefore(ctx, hit.start, hit.cue.kind === 'noun');
  // "X met Y and criticized ...": a name right before "and <verb>" that follows a verb is that verb's
  // object; the second verb shares the clause's subject.
  if (subj?.mention && /^\s+and\s+(?:(?:also|then|later|\p{L}+ly)\s+)?$/u.test(ctx.text.slice(subj.mention.end, hit.start))) {
    const first = clauseSubject(ctx, subj.mention.start);
    if (first && first.entity !== subj.mention.entity && /^\s+\p{Ll}+\s+(?:the\s+)?$/u.test(ctx.text.slice(first.end, subj.mention.start))) subj = { mention: first, pronoun: null };
  }
  if (!subj) {
    const sp = reportingSpeaker(ctx, hit.start) ?? attributedSpeaker(ctx, hit.start);
    return sp ? [sp] : includedMembers(ctx, hit);
  }
  const found: Holder[] = [];
  if (subj.mention) found.push({ entity: subj.mention.entity, at: subj.mention, rule: 'subject', confidence: 0.75 });
  else {
    const sp = reportingSpeaker(ctx, subj.pronoun!.start);
    if (sp) {
      found.push({ ...sp, rule: `pronoun-${sp.rule}`, confidence: Math.min(sp.confidence, 0.7) });
      // "A and B said they had agreed": a plural pronoun covers every coordinated speaker.
      if (/^(?:they|we)$/i.test(ctx.text.slice(subj.pronoun!.start, subj.pronoun!.end)) && sp.at && sp.at.start >= ctx.s.start) {
        coordinated(ctx, sp.at, found);
        // "Greece and Britain, the other two guarantor powers, said they ...": the quote's source holds the coordination.
        for (const m of ctx.mentions) {
          if (m.start < sp.at.start || m.end > sp.at.end || m.kind === 'pronoun' || m.entity === sp.entity || found.some((f) => f.entity === m.entity)) continue;
          if (/^\s*(?:,\s*)?(?:and|&)\s/.test(ctx.text.slice(m.end, m.end + 6))) found.push({ entity: m.entity, at: m, rule: 'coordinated-subject', confidence: 0.65 });
        }
      }
    } else {
      const previous = antecedent(ctx, subj.pronoun!);
      if (previous) found.push({ ...previous, at: null, rule: 'pronoun-previous', confidence: 0.5 });
    }
  }
  // "both sides agreed": the other party of the pair shares the span.
  const pairOf = (subj.mention?.provenance.rule === 'pair-description' || subj.mention?.provenance.rule === 'group-description') ? subj.mention : null;
  for (const m of pairOf ? ctx.mentions : []) if (m !== pairOf && m.start === pairOf!.start && m.end === pairOf!.end && m.entity !== pairOf!.entity) found.push({ entity: m.entity, at: m, rule: 'pair-subject', confidence: 0.6 });
  // "X and Y, which wants ...": a relative pronoun takes the nearest noun, not the coordination.
  const subjAt = subj.mention ?? subj.pronoun!;
  if (!/^\s*,?\s*(?:which|who|that)\b/i.test(ctx.text.slice(subjAt.end, hit.start))) coordinated(ctx, subjAt, found);
  // "India, backed by Indonesia and several African members, wants ...": those backing the subject in an aside hold its stance.
  const backing = subj.mention ? BACKED_ASIDE.exec(ctx.text.slice(subj.mention.end, hit.start)) : null;
  if (backing) {
    const from = subj.mention!.end + backing[0].indexOf(backing[1]!);
    const to = from + backing[1]!.length;
    for (const m of ctx.mentions) if (m.start >= from && m.end <= to && m.kind !== 'pronoun' && !found.some((f) => f.entity === m.entity)) found.push({ entity: m.entity, at: m, rule: 'backer-aside', confidence: 0.6 });
  }
  // "<person> said the union would agree ...": a spokesperson stating their own side's position holds it too.
  if (subj.mention) {
    const e = ctx.entities[subj.mention.entity];
    const sp = e && e.type !== 'person' ? reportingSpeaker(ctx, subj.mention.start) : null;
    const spe = sp ? ctx.entities[sp.entity] : undefined;
    // ("In a statement, spokesperson Priya Raman said the chain had ...": a spokesperson of no side named speaks for the body she reports on.)
    const unattached = !!sp?.at && spe?.party === null && SPOKESPERSON_TITLE.test(ctx.text.slice(Math.max(ctx.s.start, sp.at.start - 40), sp.at.end));
    if (sp && spe && spe.type === 'person' && sp.entity !== subj.mention.entity && ((spe.party !== null && (spe.party === e!.party || spe.party === e!.packId)) || unattached)) found.push({ ...sp, rule: 'spokesperson-of-subject', confidence: 0.6 });
  }
  return found;
}

/** "<X>'s advice that <Y> should ...": a content noun whose clause an obligation sits in, before it (group 1: the noun). */
const ADVICE_THAT = /(?:\b(?:advice|view|argument|plea|position|insistence|suggestion|recommendation|message|assessment|belief|case|warning)\s+that\s+)[^;:()]{0,80}$/u;

/**
 * Who holds an obligation in the content clause of an advice noun: the noun's possessor ("Obama's advice that
 * Britain should stay") and whoever backs the advice by a supporting verb just before it ("threw her weight
 * behind ...", "endorsed ..."). Rejecting the advice is not counted: its holder's stance is not the clause's.
 */
function adviceHolders(ctx: Context, hit: CueHit): Holder[] {
  const before = ctx.text.slice(ctx.s.start, hit.start);
  const m = ADVICE_THAT.exec(before);
  if (!m) return [];
  const nounAt = ctx.s.start + m.index;
  const out: Holder[] = [];
  const owner = [...ctx.mentions].reverse().find((mn) => mn.end <= nounAt && mn.kind !== 'pronoun' && /^['’]s?\s+(?:\p{L}+\s+)?$/u.test(ctx.text.slice(mn.end, nounAt)));
  if (owner) out.push({ entity: owner.entity, at: owner, rule: 'advice-owner', confidence: 0.65 });
  const backer = [...(ctx.cues ?? [])].reverse().find((c) => c.end <= (owner?.start ?? nounAt) && c.cue.polarity > 0 && c.cue.kind === 'agentive' && /^\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(ctx.text.slice(c.end, owner?.start ?? nounAt)));
  if (backer) for (const h of holdersFor(ctx, backer)) if (!out.some((o) => o.entity === h.entity)) out.push({ ...h, rule: `advice-backer-${h.rule}`, confidence: Math.min(h.confidence, 0.65) });
  return out;
}

/** Between a body's name and a person's: one title-like word, no verb ("hopeful", "aide", "envoy"; not "met", "urged"). */
const DESCRIBES_NEXT = /^\s+(?:(?!(?:and|or|but|nor|to|with|from|met|told|said|sent|saw|gave|took|made|let|kept|left|won|beat|hit|put|set|cut|led|urged|asked|called|says|tells|meets|urges)\b)\p{Ll}+(?<!ed)\s+)?$/u;

/** A plural group as subject before a verb: "Key Democratic lawmakers have", "Several senators". */
const GROUP_SUBJECT = /^[\s"“]*(?:[\p{L}-]+\s+){0,3}\p{Ll}{3,}s\s+(?:(?:have|has|had|were|are|also|all|both|\p{Ll}+ly)\s+){0,3}$/u;
const INCLUDING = /,\s*(?:including|among\s+them|notably|such\s+as)\s+/giu;

/**
 * "Key lawmakers have given the deal their approval, including <A> and <B>.": with a plural group as the
 * only subject, the members named after "including" hold the stance.
 */
function includedMembers(ctx: Context, hit: CueHit): Holder[] {
  if (!GROUP_SUBJECT.test(ctx.text.slice(ctx.s.start, hit.start))) return [];
  const rest = ctx.text.slice(hit.end, ctx.s.end);
  INCLUDING.lastIndex = 0;
  const m = INCLUDING.exec(rest);
  if (!m) return [];
  let from = hit.end + m.index + m[0].length;
  const out: Holder[] = [];
  for (const mn of ctx.mentions) {
    if (mn.start < from || mn.kind === 'pronoun') continue;
    // Each member follows the last with only a comma, "and" and a title between.
    if (!/^(?:\s*(?:,|\band\b)?\s*(?:\p{Lu}[\p{L}]*\.?\s+){0,2})?$/u.test(ctx.text.slice(from, mn.start))) break;
    if (!out.some((h) => h.entity === mn.entity)) out.push({ entity: mn.entity, at: mn, rule: 'included-member', confidence: 0.6 });
    from = mn.end + (/^\s*\([^()]{1,30}\)/.exec(ctx.text.slice(mn.end, mn.end + 32))?.[0].length ?? 0);
  }
  return out;
}

/** "<X> teamed up with <Y> (and <Z>) to <verb>", "<X> joined <Y> in <verb>ing": group 1 names the partners. */
const PARTNERED = /\b(?:team(?:s|ed|ing)?\s+up\s+with|join(?:s|ed|ing)?(?:\s+forces\s+with)?|partner(?:s|ed|ing)?\s+with|(?:work(?:s|ed|ing)?|allied|sid(?:e|es|ed|ing))\s+with)\s+([^;:!?]{1,160}?)\s*,?\s+(?:to|in)\s+(?:\p{L}+ly\s+)?$/u;

/**
 * Partners in a stance: the subject of a partnering verb and the partners it names both hold what the
 * following verb says ("A teamed up with B and C to introduce the bill": A, B and C back the bill).
 */
function partnersFor(ctx: Context, hit: CueHit): Holder[] {
  if (hit.cue.kind === 'noun' || hit.cue.kind === 'deontic') return [];
  const before = ctx.text.slice(ctx.s.start, hit.start);
  const m = PARTNERED.exec(before);
  if (!m) return [];
  const verbAt = ctx.s.start + m.index;
  const groupFrom = verbAt + m[0].indexOf(m[1]!);
  const groupTo = groupFrom + m[1]!.length;
  const subj = subjectBefore(ctx, verbAt, false);
  if (!subj?.mention) return [];
  const out: Holder[] = [{ entity: subj.mention.entity, at: subj.mention, rule: 'partner-subject', confidence: 0.7 }];
  for (const mn of ctx.mentions) {
    if (mn.start < groupFrom || mn.end > groupTo || mn.kind === 'pronoun' || /^['’]s?\b/.test(ctx.text.slice(mn.end, mn.end + 3))) continue;
    // "with B, who opposed ...": a relative clause inside the group is about B, and names no partner.
    if (/\b(?:who|which|whom|that)\b/i.test(ctx.text.slice(groupFrom, mn.start))) break;
    if (!out.some((h) => h.entity === mn.entity)) out.push({ entity: mn.entity, at: mn, rule: 'partner', confidence: 0.65 });
  }
  return out.length > 1 ? out : [];
}

/** The subject of the clause `pos` is in: its first name that is not after a preposition or a telling verb. */
/** A relative clause set off by commas right after a name: ", which last week insisted that ... ,". */
const RELATIVE_OPENER = /^\s*,\s*(?:which|who)\s/i;

/**
 * "The army, which last week insisted there could be no truce until the RSF left, accepted the truce": a verb
 * right after the comma that closes a relative clause opened on the sentence's subject is that subject's,
 * not the last name inside the clause. Only for the clause's first subject, with nothing but the clause between.
 */
function relativeClauseAntecedent(ctx: Context, pos: number): Mention | null {
  const { text, s } = ctx;
  if (!/,\s*(?:\p{Ll}+ly\s+|then\s+|also\s+|later\s+)?$/u.test(text.slice(Math.max(s.start, pos - 16), pos))) return null;
  const subject = clauseSubject(ctx, pos);
  if (!subject || subject.kind === 'pronoun') return null;
  // "Norway and Cuba, which act as guarantors, called ...": the clause may be on names joined to the subject.
  const joined = coordinatedAfter(ctx, subject);
  const lastJoined = joined.length ? joined[joined.length - 1]!.at : null;
  const end = lastJoined && lastJoined.end < pos ? lastJoined.end : subject.end;
  const opener = RELATIVE_OPENER.exec(text.slice(end, pos));
  if (!opener) return null;
  // The clause runs to the comma before the verb; a dash, semicolon or a second relative pronoun leaves it unclear.
  const clause = text.slice(end + opener[0].length, pos);
  if (/[;:–—]|,\s*(?:which|who|and|but)\b/i.test(clause) || clause.length > 200) return null;
  return subject;
}

function clauseSubject(ctx: Context, pos: number): Mention | null {
  const from = clauseOpening(ctx.text, ctx.s.start, pos);
  for (const m of ctx.mentions) {
    if (m.start < from || m.end > pos) continue;
    if (m.kind === 'pronoun' || isObject(ctx, m.start)) continue;
    if (/^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 3))) {
      if (POSSESSOR_SPEAKS_AS_SUBJECT.test(ctx.text.slice(m.end, Math.min(pos, m.end + 40)))) return m;
      continue;
    }
    // "White House hopeful <person>", "Kremlin aide <person>": a name that describes the person named next.
    const next = ctx.entities[m.entity]?.type !== 'person' ? ctx.mentions.find((o) => o.start > m.end && o.end <= pos && o.kind === 'name' && ctx.entities[o.entity]?.type === 'person') : undefined;
    if (next && DESCRIBES_NEXT.test(ctx.text.slice(m.end, next.start))) return next;
    return m;
  }
  return null;
}

/** Where the clause holding `pos` opens: after the last semicolon between the sentence's start and `pos` (searched in the sentence only, not back through the text). */
function clauseOpening(text: string, sentenceStart: number, pos: number): number {
  const semi = text.slice(sentenceStart, pos).lastIndexOf(';');
  return semi < 0 ? sentenceStart : sentenceStart + semi + 1;
}

/** True when one of the proposition's cues starts with the verb's stem ("give up territory" for "giving up"). */
function namesProposition(kb: KnowledgeBase, propositionId: string, verb: string): boolean {
  const p = kb.propositions.get(propositionId);
  if (!p) return false;
  const stem = verb.toLowerCase().slice(0, 4);
  return p.cues.some((c) => c.toLowerCase().startsWith(stem) && c.includes(' '));
}

function valueOf(polarity: number): StanceValue {
  return polarity > 0 ? 'support' : polarity < 0 ? 'oppose' : 'neutral';
}

/**
 * A word that opens a new clause: a negation before it is about another verb ("did not say whether it would
 * accept", "did not object but accepted"). Not "and"/"or" (one negation covers "would not accept or sign")
 * nor "that" ("does not think that X will accept" denies the acceptance).
 */
// "did not give them what they needed": a free relative ("what") is a clause of its own, out of the negation's reach.
const CLAUSE_OPENER = /\b(?:whether|if|which|who|what|because|when|where|while|although|though|since|after|before|unless|until|but)\b(?![\s\S]*\b(?:whether|if|which|who|what|because|when|where|while|although|though|since|after|before|unless|until|but)\b)/i;
/** Denying reverses whatever clause it governs ("denied that it had rejected"): no clause opener stops it. */
/** Between two opposite stances of one holder in a sentence: a turn in time or a contrast ("but later", "before eventually"). */
const REVERSAL = /\b(?:but|yet|before|only\s+to)\s+(?:\p{L}+\s+){0,2}?(?:later|then|eventually|subsequently|ultimately|finally|since|now)\b/iu;
const DENIAL = /\bden(?:y|ies|ied|ying)\b/i;

/** A coordinated verb with its own object or auxiliary ("and has acknowledged", "and noted the"). */
const TIME_CLAUSE = /\b(?:after|before|when|since|because|while)\s+(?:[^,;:]{0,80}?\s)?\p{Ll}{3,}ed\s/u;
const SECOND_PREDICATE = /\b(?:and|but)\s+(?:(?:has|have|had)\s+(?:also\s+|since\s+|now\s+|already\s+)?\p{Ll}{3,}(?:ed|en|wn)|(?:also\s+)?\p{Ll}{3,}ed\s+(?:the|a|an|that|its|their|his|her)|(?:will|would|is\s+to|are\s+to|plans?\s+to|intends?\s+to)\s+(?:now\s+|also\s+|then\s+)?(?:hold|call|stage|put|take|ask|seek|meet|vote|decide|consider|launch|begin|start|resume|return)\s)/u;

/** Is a cue at `to` negated by the words from `from`: a negation in its own clause. */
const TALKS_ON_CUE = STANCE_CUES.find((c) => c.re.startsWith('(?:negotiations|talks)'));

/** Before "without": a negation in the same clause, so the thing after it is a necessity. */
const NECESSITY_BEFORE = /\b(?:no|not|never|cannot|can['’]t|won['’]t|wouldn['’]t|impossible)\b[^,;:.]*$/i;

/** After "without <object>": a main clause saying nothing can happen then ("there will be no ...", "we cannot ..."). */
const NECESSITY_AFTER = /^\s+[^,;:.!?]{1,50}?,?\s+(?:there\s+(?:will|would|can|could)\s+be\s+no|there\s+(?:is|are)\s+no|(?:we|they|you|I|he|she|it|nobody|no\s+one)\s+(?:(?:will|would|can|could|shall)\s+(?:not|never)|cannot|can['’]t|won['’]t|wouldn['’]t|couldn['’]t)|(?:nothing|no\s+\p{L}+)\s+(?:will|would|can|could)\b|(?:[\p{L}'’-]+\s+){0,4}(?:would|will|could)\s+(?:soon\s+|quickly\s+|simply\s+)?(?:be\s+)?(?:wiped\s+out|destroyed|ruined|lost|collaps(?:e|ed)|die|perish|starve|disappear|go\s+bankrupt|go\s+under)\b)/iu;

/**
 * Whether `pos` sits in a question that is part of a sentence ('"Will they sign?" she asked', "Why should we sign a
 * deal that ..., the minister asked"): 'rhetorical' for "why should/would/must ...", 'open' for any other.
 */
function questionAround(text: string, s: Sentence, pos: number): 'open' | 'rhetorical' | null {
  // Searched within the sentence only: a search of the whole text per cue is quadratic in a long document.
  const rest = text.slice(pos, s.end);
  const mark = rest.indexOf('?');
  const after = mark < 0 ? -1 : pos + mark;
  const asking = after >= 0;
  const head = text.slice(s.start, pos);
  const opening = head.slice(Math.max(head.lastIndexOf('"'), head.lastIndexOf('“')) + 1);
  if (RHETORICAL_WHY.test(opening) && (asking || ASKED_AFTER.test(rest))) return 'rhetorical';
  // Only a question the cue is in: a quotation or a new clause opening between them ('welcomed it, though X asked: "Will it hold?"') is another.
  return asking && !/[.!;:"“”]/.test(text.slice(pos, after)) ? 'open' : null;
}
/** A question that answers itself ("What is the alternative to X?", "Who but X would gain from Y?"): a statement, not an open question. */
const SELF_ANSWERING = /\b(?:what|where)\s+(?:else\s+)?(?:is|would\s+be|['’]s)\s+the\s+(?:real\s+|possible\s+)?alternative\s+to\b|\bwho\s+(?:but|other\s+than|except|besides)\s|\bwho\s+(?:could|would|can|will)\s+(?:possibly\s+|really\s+|seriously\s+)?(?:object\s+to|oppose|argue\s+against|be\s+against|say\s+no\s+to)\b/i;
/** Cues that are themselves a question answering itself (see the lexicon): read as stated, not skipped as open. */
const ANSWERED_QUESTION = /^(?:what|where|who)\s/i;
const RHETORICAL_WHY = /(?:^|[-–—:;"“(]\s*)\s*(?:and\s+|but\s+|so\s+)?why\s+(?:on\s+earth\s+)?(?:should|would|must|shall)\b/i;
const ASKED_AFTER = /,\s*(?:[\p{L}.'’-]+\s+){1,6}asked(?:\s+[\p{L}'’-]+){0,3}\s*\.?\s*$/u;

/** A negation of will, not of fact: "will not", "would never", "refused to", "vowed not to". */
const VOLITIONAL_NEGATION = /\b(?:will|would|shall)\s+(?:not|never)\s+(?:\p{L}+\s+)?$|\bnot\s+to\s+$|\b(?:won['’]t|wouldn['’]t|never|cannot|can['’]t)\s+(?:\p{L}+\s+)?$|\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|vow(?:s|ed)?\s+not|pledg(?:e|es|ed)\s+not|promis(?:e|es|ed)\s+not|no\s+(?:intention|plans?|desire|wish|reason))\s+to\s+$|\bno\s+(?:intention|question)\s+of\s+$/iu;

const BARE_HEAD_AT_END = /(?:^|\s)(\p{L}+?)s?$/u;
const BARE_HEAD_AFTER = /^\s+(\p{L}+?)s?\b/u;

/** A verb that asks for its object ("demanded guarantees in exchange for a ceasefire"): the object is what is asked. */
const DEMAND_CUE = /^(?:demand|ask|seek|sought|insist|call|press|push|request)/i;
/** Cues of wanting or demanding a thing: what they name is what "the demand" names next. */
const WANTED_CUE = /^(?:demand|ask|seek|sought|insist|call|press|push|request|want)/i;

/** An extraposed judgement that the act after it is unwise ("it would be a grave mistake to", "it was madness to"). */
const UNWISE_TO = /\b(?:it|that)\s+(?:would|will|could|might)?\s*(?:be|is|was|['’]s)\s+(?:(?:a|an|the)\s+)?(?:\p{L}+\s+){0,2}?(?:mistake|madness|folly|error|blunder|wrong|irresponsible|reckless|unwise|foolish|absurd|crazy|insane|suicidal|suicide|unthinkable|premature|dangerous|self-defeating|short-sighted|naive)\s+(?:for\s+(?:[\p{L}'’-]+\s+){1,3})?to\s+$/iu;

/** Negative cues whose negation is consent, not a shrug ("not opposed to", "would not block", "not stand in the way of"); a negated rejection or ruling-out stays non-committal. */
// ("did not back away from its pledge", "never abandoned the demand", "urged it not to walk away": what is not given up is kept.)
const ACQUIESCENCE = /^(?:oppos|against|object|block|veto|obstruct|resist|refus|lukewarm|cool|cold|frosty|sceptical|skeptical|wary|hostile|dismissive|unenthusiastic|stand\s+in\s+the\s+way|stood\s+in\s+the\s+way|standing\s+in\s+the\s+way|back(?:s|ed|ing)?\s+(?:away|down)\s+from|retreat|walk(?:s|ed|ing)?\s+back|row(?:s|ed|ing)?\s+back|abandon|renounc|ditch|g(?:ive|ave|iven|ives|iving)\s+up|drop|walk(?:s|ed|ing)?\s+(?:away|out)|pull(?:s|ed|ing)?\s+out)/i;

function negatedBefore(text: string, from: number, to: number): boolean {
  // "anything but" negates; its "but" opens no clause.
  // "X isn't the only candidate ready to ...": others share what X does; X still does it.
  const before = text.slice(from, to).replace(/\bnot\s+only\b|(?:\bnot|\Bn['’]t)\s+the\s+only\b/gi, '').replace(/\banything\s+but\b/gi, 'not');
  const opener = CLAUSE_OPENER.exec(before);
  const own = opener ? before.slice(opener.index + opener[0].length) : before;
  return NEGATION_RE.test(own);
}

/** ", he said," between a verb and its object: an aside, not another statement. */
const PARENTHETICAL_ATTRIBUTION = /,\s*(?:[\p{L}.'’-]+\s+){1,4}(?:said|says|added|argued|insisted|stressed)\s*,/gu;

/**
 * Does this stretch between a verb and a later object hold a reporting verb with a subject of its own
 * ("…,'' Mr. X said at", "as officials warn that", "she thinks")? Then the object is in another statement.
 * A reporting verb coordinated with the first ("and has acknowledged") shares its subject and is not counted.
 */
function opensOtherStatement(gap: string): boolean {
  const verb = REPORTING_IN_CLAUSE.exec(gap);
  if (!verb) return false;
  const before = gap.slice(0, verb.index);
  const closesQuote = /["”]|''/.test(before) && !/[“]|(?:^|\s)["']/.test(before.slice(0, before.search(/["”]|''/)));
  return closesQuote || /(?:\b(?:he|she|they|it|we|I|who)|\p{Lu}[\p{L}.'’-]*|\b\p{Ll}{3,}s)\s+(?:(?:has|have|had|also|continue(?:s|d)?\s+to|would|will|still|now|\p{Ll}+ly)\s+){0,3}$/u.test(before);
}

/**
 * "It is not everything we asked for, but it is a contract we can stand behind", "This is not the agreement we wanted,
 * it is the agreement that was possible": what the speaker's side wanted is the noun before the verb, and the
 * negation is the copula's; the clause after names what the thing is instead.
 */
const NOT_THIS_BUT_THAT = /\b(?:it|this|that)\s+(?:is|was)\s+not\s+(?:everything|all|what|exactly|quite|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?)[^,;:.!?]{0,60},\s*(?:but\s+)?(?:it|this|that)(?:\s+(?:is|was)|['’]s)\s+(?:(?:still|also)\s+)?(?:a|an|the)?\s*$/iu;

/** ", and we are prepared to ...": a coordinated clause with a subject of its own. */
const COORDINATED_CLAUSE = /[,;]\s*(?:and|but)\s+(?:we|they|I|he|she|it|the\s+\p{Ll}+|\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+\s+){0,2}?(?:am|are|is|was|were|will|would|could|can|shall|should|must|have|has|had|remains?|remained|\p{Ll}{3,}ed)\b/u;

/** Right before an object a refusal reaches: "any <noun> other than", "anything except", "all but". */
const EXCEPTED_BEFORE = /\b(?:any|anything|every|everything|all)\b[^,;:.!?]{0,30}?\b(?:other\s+than|except(?:\s+for)?|apart\s+from|save\s+for|besides)\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?["“]?$/iu;

/** Is `pos` inside an if/whether clause that starts after `from`? */
function inHypothetical(text: string, from: number, pos: number): boolean {
  const before = text.slice(from, pos);
  return (/\b(?:if|whether)\b(?![^,;]*\bthen\b)[^;]*$/i.test(before) && !/\bonly\s+if\b[^;]*$/i.test(before)) || DOUBTED_FRAME.test(before) || COUNTERFACTUAL_HAD.test(before);
}
/** "Observers doubt that Russia will accept", "few expect Moscow to agree": an act doubted or not expected is no one's stance. */
const DOUBTED_FRAME = /\b(?:doubts?|doubted|doubting|(?:few|nobody|no\s+one)\s+(?:\p{Ll}+\s+)?expects?)\b[^;]*$/iu;
/** "Had Russia accepted the truce, ...": a counterfactual opening states no act. */
const COUNTERFACTUAL_HAD = /^[\s"“]*Had\s+(?!(?:been|to)\b)[^,;]*$/;

// The two lists of recent entities are rebuilt every sentence (the last ones stay with the sentences that read
// them): built in one array each, not through spreads, filters and a set.

/** `subject`, then the entities of `before` other than it: at most `max`. */
function subjectFirst(subject: number, before: readonly number[], max: number): number[] {
  const out = [subject];
  for (let k = 0; k < before.length && out.length < max; k++) if (before[k] !== subject) out.push(before[k]!);
  return out;
}

/** The entities the sentence names (not by a pronoun), the last named first, then those of `before` it does not name: at most `max`. */
function namedLastFirst(mentions: readonly Mention[], before: readonly number[], max: number): number[] {
  const out: number[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.kind !== 'pronoun' && !out.includes(m.entity)) out.push(m.entity);
  }
  const named = out.length;
  for (let k = 0; k < before.length && out.length < max; k++) {
    const e = before[k]!;
    let isNamed = false;
    for (let j = 0; j < named && !isNamed; j++) isNamed = out[j] === e;
    if (!isNamed) out.push(e);
  }
  if (out.length > max) out.length = max;
  return out;
}

export function extractStances(doc: DocView, analysis: Readonly<DocumentAnalysis>, kb: KnowledgeBase): StanceAnnotation[] {
  const { text } = doc;
  let out: StanceAnnotation[] = [];
  // Stances told in the pluperfect ("who had recommended the deal", "had earlier said it would sign only if"): older than the report's others.
  const toldAsPast = new Set<StanceAnnotation>();
  let lastHolder: Holder | null = null;
  // The object of the last stance taken, for "would do so only if ..." in a later sentence.
  let lastActObject: string | null = null;
  let lastParagraph = -1;
  const mentionsSorted = withDocumentAuthors(text, withWorkforces(text, withDescriptions(text, analysis.sentences, analysis.mentions, analysis.entities), analysis.entities), analysis.entities, kb);
  // Subjects of the sentences before, most recent first (antecedents of "it", "they", "he").
  let recentSubjects: number[] = [];
  let subjectSentence = -1;
  let recentEntities: number[] = [];
  let mentionAt = 0;
  // Where the text has a head an anaphor or "the talks" could end in: one scan instead of one per sentence.
  const anaphorHeads = [...text.matchAll(ANAPHORIC_HEAD)].map((m) => m.index);
  let anaphorAt = 0;
  // Objects named in the last sentences, for "the proposal" and "the deal" with no main object.
  const recentObjects: { sentence: number; id: string; agreeable: boolean; conditional?: boolean; start: number }[] = [];
  // The last object a side took a position on that no listed head names ("D66 wants a wealth tax. The VVD rejected
  // it."): "it" right after a stance verb in the next sentences. (Not a judged "it" in a quote, "It was offensive":
  // that is as often the speaker's whole point as this object.)
  // (A thing a side wanted undone, "wants to phase out the deduction", is named by "it" as the undoing: "The VVD is
  // against it" is for the deduction.)
  let lastOpenObject: { sentence: number; id: string; undone: boolean } | null = null;
  // A pack's questions apply only to reports about its negotiation; elsewhere discovered objects do.
  const packs = packsInScope(kb, analysis.entities);
  const content = analysis.sentences.filter((s) => CONTENT_ZONES.has(s.zone));
  const countOf = contentWordCounter(text, content);
  const nameHeads = nameMentionsByStart(analysis.mentions, analysis.entities);
  // A line of headlines ("<story> | <story> | <story>") is a page's navigation, not the report: no stance is read from it.
  const baseProps = content.map((s) => (NAVIGATION_LINE.test(text.slice(s.start, s.end)) ? [] : withoutNamedObjects(text, nameHeads, withoutLoneObjects(text, countOf, findPropositions(text, s.start, s.end, kb, { packs })))));
  const topic = documentTopic(content, baseProps);
  let objectsByHead: Map<string, string[]> | null = null;
  // The last object named with each head, for "the treaty" after "the <Name> Treaty".
  const named = new Map<string, string>();
  // Keyed objects by their head word ("investment fund" under "fund"), for "the fund" later.
  const keyedByHead = new Map<string, string>();
  // The quotes overlapping each sentence, kept by a sweep over quote starts (a filter per sentence is
  // quadratic in long documents); indexes into `analysis.quotes`, in its order.
  const quoteOrder = analysis.quotes.map((_, i) => i).sort((a, b) => analysis.quotes[a]!.start - analysis.quotes[b]!.start);
  let quoteAt = 0;
  let sentenceQuotes: number[] = [];
  for (const [si, s] of content.entries()) {
    while (quoteAt < quoteOrder.length && analysis.quotes[quoteOrder[quoteAt]!]!.start < s.end) sentenceQuotes.push(quoteOrder[quoteAt++]!);
    sentenceQuotes = sentenceQuotes.filter((i) => analysis.quotes[i]!.end > s.start).sort((a, b) => a - b);
    // A new paragraph keeps the last holder only for a pronoun that fits it (see `antecedent`).
    const held = lastHolder as Holder | null;
    if (s.paragraph !== lastParagraph && held) lastHolder = { ...held, confidence: Math.min(held.confidence, 0.5) };
    lastParagraph = s.paragraph;
    for (const p of baseProps[si]!) if (p.origin === 'auto' && isAgreeable(p.id)) named.set(objectHead(p.id), p.id);
    // "a takeover bid" ... "the bid": the head a keyed object was named with, in or right after its span.
    for (const p of baseProps[si]!) {
      if (p.origin !== 'auto') continue;
      // ("a ban on wheat exports" opens with its head.)
      for (const head of [BARE_HEAD_AT_END.exec(text.slice(p.start, p.end))?.[1], BARE_HEAD_AFTER.exec(text.slice(p.end, Math.min(s.end, p.end + 10)))?.[1], /^(\p{L}+?)s?\s+on\s/u.exec(text.slice(p.start, p.end))?.[1]]) {
        const h = head?.toLowerCase();
        if (h && BARE_HEADS.has(h) && p.id !== autoId(h)) named.set(h, p.id);
      }
    }
    while (recentObjects.length && recentObjects[0]!.sentence < si - 2) recentObjects.shift();
    // "would agree to X only if the union dropped its demand for Y": X is what is on offer, what "that proposal" names next.
    // Read once per sentence (up to three places ask; nothing changes the list it returns).
    let conditionsHere: Condition[] | undefined;
    const sentenceConditions = () => (conditionsHere ??= findConditions(text, s));
    const offered = baseProps[si]!.length ? sentenceConditions().filter((c) => !c.soft) : [];
    const inOffer = (p: PropositionMatch) => offered.some((c) => c.start <= p.start && p.end <= c.end + 1);
    for (const p of [...baseProps[si]!.filter(inOffer), ...baseProps[si]!.filter((p) => !inOffer(p))]) recentObjects.push({ sentence: si, id: p.id, agreeable: isAgreeable(p.id), conditional: inOffer(p), start: p.start });
    const recent = recentObjects[recentObjects.length - 1]?.id ?? null;
    const recentAgreeable = [...recentObjects].reverse().find((o) => o.agreeable)?.id ?? null;
    while (anaphorAt < anaphorHeads.length && anaphorHeads[anaphorAt]! < s.start) anaphorAt++;
    const mayRefer = anaphorAt < anaphorHeads.length && anaphorHeads[anaphorAt]! < s.end;
    // An anaphor points back: of this sentence's objects, only those named before it, or in a clause right after it
    // that says what it holds ("a provision that allows the governor to cut the minimum wage").
    const recentBefore = (start: number, end: number) => {
      const before = recentObjects.filter((o) => o.sentence < si || o.start < start || (o.start >= end && CONTENT_AFTER_ANAPHOR.test(text.slice(end, o.start))));
      const last = before[before.length - 1];
      const recentUndone = !!last && last.start >= end && UNDONE_IN_CONTENT.test(text.slice(end, last.start));
      return { recent: last?.id ?? null, recentAgreeable: [...before].reverse().find((o) => o.agreeable)?.id ?? null, recentUndone };
    };
    const props = mayRefer ? withAnaphors(text, s.start, s.end, baseProps[si]!, topic, named, { recent, recentAgreeable, recentBefore, headFallback: true, talks: true }) : [...baseProps[si]!];
    // "a special investment fund ... The BSW backs the fund": a definite noun names back the keyed object it heads.
    if (keyedByHead.size) definiteHeads(text, s, props, keyedByHead);
    for (const p of baseProps[si]!) if (p.origin === 'auto' && p.id.includes('-') && !/^auto:(?:talks|deal|proposal|contract|bill|ceasefire)$/.test(p.id)) keyedByHead.set(objectHead(p.id), p.id);
    for (const p of props) if (p.id !== TALKS_ID && !baseProps[si]!.includes(p)) recentObjects.push({ sentence: si, id: p.id, agreeable: isAgreeable(p.id), conditional: inOffer(p), start: p.start });
    // "a new bill" introduced as an object of its own: "the bill" after it is that bill, not the deal under discussion.
    for (const p of props) if (p.id === 'auto:bill' && !named.has('bill')) named.set('bill', p.id);
    const contextObject = topic ?? recentAgreeable ?? recent;
    let cues: CueHit[] | null = null;
    // ("called it a betrayal" with no main object: the one named lately.)
    const callObject = contextObject ?? props.find((p) => p.id !== TALKS_ID)?.id;
    if (callObject) addPronounObjects(text, s, props, callObject);
    // "promised to veto it": with no main object, "it" after a stance verb is the object named just before.
    const openIt = lastOpenObject && si - lastOpenObject.sentence <= 2 ? lastOpenObject : null;
    const itObject = topic ?? (recentObjects.length ? contextObject : null) ?? openIt?.id ?? null;
    if (itObject) {
      if (/\b(?:it|one|them|they)\b/i.test(text.slice(s.start, s.end))) {
        cues = findCues(text, s, props);
        if (addCueObjects(text, s, cues, props, itObject, itObject === openIt?.id && openIt.undone)) props.sort((a, b) => a.start - b.start);
      }
    }
    while (mentionAt < mentionsSorted.length && mentionsSorted[mentionAt]!.start < s.start) mentionAt++;
    const mentions: Mention[] = [];
    for (let k = mentionAt; k < mentionsSorted.length && mentionsSorted[k]!.start < s.end; k++) if (mentionsSorted[k]!.end <= s.end) mentions.push(mentionsSorted[k]!);
    // ("The Ethiopian government's communications minister, Legesse Tulu, said": a possessor is not the subject when a name follows.)
    const subjects = mentions.filter((m) => m.kind !== 'pronoun' && !isObject({ text, s } as Context, m.start));
    const sentenceSubject = (/^['’]s?\s/.test(text.slice(subjects[0]?.end ?? 0, (subjects[0]?.end ?? 0) + 3)) ? subjects.find((m) => m.start >= subjects[0]!.end && /^[^.;:!?]*,\s*$/.test(text.slice(subjects[0]!.end, m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3))) : undefined) ?? subjects[0];
    const previousSubject = subjectSentence === si - 1 ? recentSubjects[0] : undefined;
    // (Only a subject that opens its clause: not after a pronoun subject, "He criticized Clinton's record", nor a possessor.)
    if (sentenceSubject && !/^['’]s?\s/.test(text.slice(sentenceSubject.end, sentenceSubject.end + 3)) && !/\b(?:he|she|it|they|we|i)\b/i.test(text.slice(s.start, sentenceSubject.start))) subjectSentence = si;
    const subjectsBefore = recentSubjects;
    const entitiesBefore = recentEntities;
    if (sentenceSubject) recentSubjects = subjectFirst(sentenceSubject.entity, recentSubjects, 4);
    recentEntities = namedLastFirst(mentions, recentEntities, 6);
    // "X defended the device tax": a stance verb's own noun-phrase object is a candidate object when no listed head names it.
    if (!NAVIGATION_LINE.test(text.slice(s.start, s.end))) {
      cues ??= findCues(text, s, props);
      const open = openObjects(text, s, cues, props, mentions, countOf, named.get('bill') ?? contextObject ?? 'auto:bill');
      if (open.length) {
        props.push(...open);
        props.sort((a, b) => a.start - b.start);
        // "efforts to <act>": the noun of striving is part of the object now, no stance of its own.
        cues = cues.filter((h) => h.cue.kind !== 'noun' || !open.some((p) => p.start <= h.start && h.end <= p.end));
        // "would agree to a staffing committee only if ...": an object on offer is one "that proposal" can name next.
        // So is one a side wants or demands: "wants a 25-year transition period. The EU has rejected the 25-year demand."
        // (Not one it wants undone, "wants to phase out the deduction": the undoing is what was asked; see `lastOpenObject`.)
        const hits = cues;
        const undoneAt = (p: PropositionMatch) => [...hits].reverse().find((h) => h.end <= p.start)?.cue;
        const demanded = hits.some((h) => h.cue.kind === 'agentive' && h.cue.polarity > 0 && WANTED_CUE.test(text.slice(h.start, h.end)));
        for (const p of open) {
          const undoer = undoneAt(p);
          if (!inOffer(p) && (offered.length || (demanded && !(undoer?.kind === 'object' && undoer.polarity < 0)))) recentObjects.push({ sentence: si, id: p.id, agreeable: isAgreeable(p.id), start: p.start });
        }
        const lastOpen = open[open.length - 1]!;
        const undoneBy = [...cues].reverse().find((h) => h.end <= lastOpen.start);
        lastOpenObject = { sentence: si, id: lastOpen.id, undone: !!undoneBy && undoneBy.cue.kind === 'object' && undoneBy.cue.polarity < 0 };
      }
    }
    // "agreed to exchange all wounded prisoners", "offered to host a meeting": the act a commitment's infinitive names.
    if (cues && /\b(?:to|must|should|that)\s/.test(text.slice(s.start, s.end))) {
      const acts = committedActs(text, s, cues, props, mentions);
      if (acts.length) {
        props.push(...acts);
        props.sort((a, b) => a.start - b.start);
        cues = cues.filter((h) => !acts.some((p) => p.start < h.end && h.start < p.end));
      }
    }
    // "We will never give any state a corridor", "would never recognise occupied land": refusing to hand something over.
    if (mayRefuse(text.slice(s.start, s.end))) {
      const refused = refusedActs(text, s, props, mentions);
      if (refused.length) {
        for (const r of refused) if (r.replaces) props.splice(props.indexOf(r.replaces), 1);
        props.push(...refused.map(({ replaces: _, ...p }) => p));
        props.sort((a, b) => a.start - b.start);
        cues = cues?.filter((h) => !refused.some((p) => p.start < h.end && h.start < p.end)) ?? null;
      }
    }
    // Objects named only inside a condition are what is asked in return: those offered stay the latest.
    if (offered.length) {
      const here = recentObjects.filter((o) => o.sentence === si);
      recentObjects.splice(recentObjects.length - here.length, here.length, ...here.filter((o) => o.conditional), ...here.filter((o) => !o.conditional));
    }
    // "stop enriching uranium": a gerund is the object its noun of action names elsewhere in the report.
    if (/ing\b/.test(text.slice(s.start, s.end))) {
      const gerunds = gerundObjects(text, s, props, (objectsByHead ??= headsOf(baseProps)));
      if (gerunds.length) {
        props.push(...gerunds);
        props.sort((a, b) => a.start - b.start);
        // As `findCues` does for every object: no cue inside one ("keep enriching" holds "keep", not "enriching").
        cues = cues?.filter((h) => !gerunds.some((p) => p.start < h.end && h.start < p.end)) ?? null;
      }
    }
    // "ready to return to the table": going back to the table is negotiating again, said with no word for talks.
    if (/\b(?:table|back\s+to|return(?:s|ed|ing)?\s+to)\b/.test(text.slice(s.start, s.end))) {
      for (const m of text.slice(s.start, s.end).matchAll(BACK_TO_TABLE)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        // ("get back to the talks": the talks named inside are the act's own object, read as the act.)
        if (props.some((p) => p.start < end && start < p.end && p.id !== TALKS_ID)) continue;
        for (let k = props.length - 1; k >= 0; k--) if (props[k]!.start < end && start < props[k]!.end) props.splice(k, 1);
        props.push({ id: TALKS_ID, start, end, origin: 'auto', verbal: true });
        props.sort((a, b) => a.start - b.start);
        cues = cues?.filter((h) => !(h.start < end && start < h.end)) ?? null;
      }
    }
    // "Witkoff said a meeting between the two leaders was the only way to break the deadlock": a noun phrase a
    // speaker judges is on the table even when no list names it.
    if (JUDGED_SUBJECT_HINT.test(text.slice(s.start, s.end))) {
      const judged = judgedSubjects(text, s, props, mentions);
      if (judged.length) {
        props.push(...judged);
        props.sort((a, b) => a.start - b.start);
      }
    }
    // "saw the five-year term as a non-starter": a noun phrase a side regards as something clearly good or bad.
    if (REGARDED_HINT.test(text.slice(s.start, s.end))) {
      const regarded = regardedObjects(text, s, props, mentions);
      if (regarded.length) {
        props.push(...regarded);
        props.sort((a, b) => a.start - b.start);
      }
    }
    // The quotes overlapping the sentence are all that can contain it (a scan of every quote per sentence was quadratic).
    const judgedPronoun = contextObject ? (pronounJudgement(text, s, sentenceQuotes.map((i) => analysis.quotes[i]!), props) ?? flatRefusal(text, s, sentenceQuotes.map((i) => analysis.quotes[i]!))) : null;
    // A hard condition may follow an offer whose object only its verb's noun phrase names (`conditionalOffer`).
    // "This person will not be confirmed.": with no object under discussion, being confirmed names its own act.
    // '"If they release the prisoners, we will sign," Lopez said of the agreement': what the words are said of is their object.
    const saidOf = props.find((p) => /\b(?:said|says|added|wrote|told\s+\S+)\s+of\s+$/i.test(text.slice(Math.max(s.start, p.start - 24), p.start)));
    // ("D66 wants to phase out the deduction. The VVD and JA21 are against.": with nothing named by a listed head, the
    // object a side took a position on in the sentence just before.)
    const openBefore = lastOpenObject && si - lastOpenObject.sentence === 1 ? lastOpenObject : null;
    const objectlessObject = saidOf?.id ?? contextObject ?? (CONFIRMED.test(text.slice(s.start, s.end)) ? CONFIRMATION_ID : null) ?? openBefore?.id ?? null;
    // ("X was joined by Y" names no object: Y takes X's last one, below.)
    if (props.length === 0 && !judgedPronoun && !(objectlessObject && mayBeObjectless(text.slice(s.start, s.end))) && !HARD_CONDITION.test(text.slice(s.start, s.end)) && !sentenceConditions().some((c) => !c.soft && !c.fronted) && !JOINED_HINT.test(text.slice(s.start, s.end)) && !JOINED_HINT_ACTIVE.test(text.slice(s.start, s.end)) && !BACKED_HINT.test(text.slice(s.start, s.end))) {
      if (sentenceSubject) lastHolder = { entity: sentenceSubject.entity, at: null, rule: 'previous', confidence: 0.5 };
      continue;
    }
    // A question asks rather than states ("Will Sudria accept the offer?", "Who could oppose a truce?"):
    // its polarity is nobody's plain view.
    // (A question quoted after a statement, 'X welcomed it, though Y asked: "Will it hold?"', leaves the statement: see `questionAround`.)
    if (/\?[\s"”’')\]]*$/.test(text.slice(s.start, s.end)) && !/[:"“]\s*[^:"“]*\?[\s"”’')\]]*$/.test(text.slice(s.start, s.end).replace(/^[\s"“]+/, '')) && !SELF_ANSWERING.test(text.slice(s.start, s.end))) {
      if (sentenceSubject) lastHolder = { entity: sentenceSubject.entity, at: null, rule: 'previous', confidence: 0.5 };
      continue;
    }
    const ctx: Context = { text, s, mentions, entities: analysis.entities, quotes: sentenceQuotes.map((i) => analysis.quotes[i]!), props, lastHolder, recentSubjects: subjectsBefore, recentEntities: entitiesBefore, previousSubject };
    cues ??= findCues(text, s, props);
    ctx.cues = cues;
    const conditions = sentenceConditions();
    const inCondition = (pos: number) => conditions.find((c) => !c.soft && c.start <= pos && pos < c.end);
    // One stance per holder and object in a sentence, and where it was taken: a reversal told in one sentence
    // ("had initially rejected X, ..., but later accepted it") gives the later, opposite stance too.
    const emitted = new Map<string, { stance: StanceValue; end: number }>();
    const actBefore = lastActObject;
    const sentenceText = text.slice(s.start, s.end);

    type Chain = { conceded?: boolean; condition?: Condition; holders: Holder[]; polarity: number; basePolarity: number; weight: number; first: CueHit; last: CueHit; rule: string; hedged: boolean; threat: boolean; emittedProp: boolean; owned?: { holder: Holder; polarity: number } };
    let chain: Chain | null = null;
    const events = [...cues.map((c) => ({ kind: 'cue' as const, pos: c.start, cue: c })), ...props.map((p) => ({ kind: 'prop' as const, pos: p.start, prop: p }))].sort((a, b) => a.pos - b.pos);
    let previousEnd = s.start;
    let unmadeEnd = -1;
    let overEnd = -1;

    const emit = (ch: Chain, prop: PropositionMatch) => {
      // "talks over uranium enrichment" back no enrichment; "talks on a ceasefire", "talks on restoring trade
      // links" do back the ceasefire, the restoring.
      // "would continue with or without a deal": indifference, no stance on the deal.
      if (/\bwith\s+or\s+without\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(text.slice(Math.max(s.start, prop.start - 40), prop.start))) return;
      // "Peru lowered its proposal to $35": revising one's own offer is a concession, no stance against the thing offered.
      if (ch.first === ch.last && ch.first.cue.kind === 'object' && ch.first.cue.polarity < 0 && /^\s+(?:its|their|his|her|our)\s+(?:own\s+)?$/i.test(text.slice(ch.first.end, prop.start) + (/^(?:its|their|his|her|our)\s/i.exec(text.slice(prop.start, prop.end))?.[0] ?? '')) && PROPOSAL_ANAPHOR.test(text.slice(prop.start, prop.end)) && REVISED.test(text.slice(ch.first.start, ch.first.end))) return;
      // "wants Gibraltar kept out of the package": what is wanted is the exclusion, not the package.
      if (ch.polarity > 0 && KEPT_OUT_OF.test(text.slice(Math.max(ch.first.end, prop.start - 40), prop.start))) return;
      // "offered a counter-offer to Brussels' proposal", "proposed an alternative to the deal": what is countered is not accepted.
      if (ch.polarity > 0 && ch.rule !== 'proposer' && ch.last.end <= prop.start && COUNTERED.test(text.slice(Math.max(ch.last.end, prop.start - 60), prop.start))) ch = { ...ch, polarity: -ch.polarity, rule: `${ch.rule}+countered` };
      // "resumed contract talks", "suspended ceasefire negotiations": an act on talks is on the talks, not on what they are about.
      if (ch.first === ch.last && ch.first.cue.kind === 'object' && /^\s+(?:talks|negotiations|discussions|bargaining)\b/i.test(text.slice(prop.end, prop.end + 16))) return;
      // "Leaders end UN-hosted talks": a round of talks ends; breaking them off, walking out or abandoning them is the stance.
      if (prop.id === TALKS_ID && /^end(?:s|ed|ing)?\b/i.test(text.slice(ch.last.start, ch.last.end))) return;
      const talks = ch.last.cue === TALKS_ON_CUE ? ch.last : ch.first.cue === TALKS_ON_CUE ? ch.first : null;
      if (talks && !isAgreeable(prop.id) && !/\p{L}ing\b/u.test(text.slice(talks.end, Math.min(prop.end, talks.end + 40)))) return;
      // A condition in a later reported clause ("..., and said that X would Y only if ...") is not this one's.
      // Nor is one after a coordinated clause with its own subject and object ("remain committed to the deal, and we are
      // prepared to review sanctions if ...": the condition is the review's).
      // (An aside naming the speaker, "..., he said, but only in exchange for ...", opens no other statement.)
      let cond = ch.condition ?? conditions.find((c) => c.start >= ch.first.start && c.start >= prop.end - 1 && !REPORTING_TEST.test(text.slice(prop.end, c.start).replace(PARENTHETICAL_ATTRIBUTION, ' ')) && !(c.exchange && CONTENT_CLAUSE.test(text.slice(prop.end, c.start))) && !(COORDINATED_CLAUSE.test(text.slice(prop.end, c.start)) && props.some((p) => p !== prop && p.start >= prop.end && p.end <= c.start)));
      // "set conditions for a ceasefire, including the withdrawal of troops": the conditions set are the stance's condition, or the setting itself when none is named.
      if (!cond && ch.polarity > 0 && /conditions\s+(?:for|on)$/i.test(text.slice(ch.first.start, ch.first.end)) && !/[,:;–—]/.test(text.slice(ch.first.end, prop.start))) {
        const named = /^\s*(?:,\s*(?:including|such\s+as|notably)|:|\s[–—]\s)\s*([^.;]+)/u.exec(text.slice(prop.end, s.end));
        const at = named ? prop.end + named[0].length - named[1]!.length : ch.first.start;
        const span = trimSpan(text, at, named ? prop.end + named[0].length : ch.first.end);
        cond = { start: span.start, end: span.end };
      }
      // "would, provided the mediators guarantee safe passage, accept the truce": a condition set off in commas between the modal and its verb.
      cond ??= conditions.find((c) => c.end <= ch.first.start && /^["”]?\s*,\s*$/.test(text.slice(c.end, ch.first.start)) && /\b(?:would|will|could|can|shall|might|may)\s*,\s*$/i.test(text.slice(Math.max(s.start, c.start - 12), c.start)));
      // "welcomed the move but said it would judge the text on its content": a welcome with judgement reserved
      // holds only if what is judged passes.
      // "would never agree to a truce that allowed Ukraine to rearm": refusing any object of a kind a relative
      // clause restricts refuses only that kind — the clause is what the refusal hangs on.
      const restricted = !cond && ch.polarity < 0 && ch.rule.includes('+neg') && INDEFINITE_BEFORE.test(text.slice(Math.max(s.start, prop.start - 30), prop.start)) ? RESTRICTIVE_AFTER.exec(text.slice(prop.end, s.end)) : null;
      if (restricted) {
        const at = prop.end + restricted[0].search(/\S/);
        const span = trimSpan(text, at, prop.end + restricted[0].length);
        cond = { start: span.start, end: conditionEnd(text, span.start, span.end) };
      }
      // "did not rule out a meeting after the signature", "did not rule out returning some children “whose parents
      // can be found”": leaving an act open on a stated circumstance is a conditional acceptance, not a shrug.
      const openOn = ch.polarity === 0 && NOT_RULED_OUT.test(text.slice(ch.first.start, ch.last.end)) ? (cond ? null : OPEN_ON.exec(text.slice(ch.last.end, s.end))) : null;
      if (openOn) {
        const at = ch.last.end + openOn[0].search(/\s["“]?(?:if|after|once|when|unless|provided|as\s+long\s+as|whose|under|on\s+condition)\s/i) + 1;
        const span = trimSpan(text, at, ch.last.end + openOn[0].length);
        cond = { start: span.start, end: conditionEnd(text, span.start, span.end) };
      }
      // "will consider the offer as long as ...", "would not oppose it as long as ...": a willingness to weigh something, or
      // to let it pass, on stated terms is a conditional opening too.
      const leftOpen = ch.polarity === 0 && !!cond && (NOT_RULED_OUT.test(text.slice(ch.first.start, ch.last.end)) || /\bconsider\b/i.test(text.slice(ch.first.start, ch.last.end)) || ch.rule.includes('+neg'));
      // "ready to discuss a release “case by case”", "open to restoring links “on the basis of sovereignty”": a
      // readiness qualified by the terms it holds on is a conditional offer, the terms its condition.
      const qualified = !cond && ch.polarity > 0 && READINESS.test(text.slice(ch.first.start, ch.first.end)) ? QUALIFYING_TERMS.exec(text.slice(prop.end, s.end)) : null;
      if (qualified) {
        const span = trimSpan(text, prop.end + qualified[0].search(/\S/), prop.end + qualified[0].length);
        cond = { start: span.start, end: span.end };
      }
      const reserved = !cond && ch.polarity > 0 ? RESERVATION.exec(text.slice(ch.last.end, s.end)) : null;
      if (reserved) {
        const at = ch.last.end + reserved.index + reserved[0].length - reserved[1]!.length;
        cond = { start: at, end: trimSpan(text, at, at + reserved[1]!.length).end };
      }
      // "wants the sanctions lifted": what is wanted is the object undone.
      // "fears the truce will collapse", "is worried the deal could fall apart": fearing a thing's failure is wanting it.
      const after = text.slice(prop.end, Math.min(s.end, prop.end + 90));
      const cueText = text.slice(ch.last.start, ch.last.end);
      const undone = (WANTING_CUE.test(cueText) && (UNDONE_AFTER.test(after) || WANTED_TO_FAIL.test(after))) || (FEARING_CUE.test(cueText) && FAILS_AFTER.test(after));
      // "asking for it to be examined": what is wanted is a scrutiny of the thing, no stance for or against it.
      if (WANTING_CUE.test(cueText) && SCRUTINISED_AFTER.test(after)) return;
      for (const h of ch.holders) {
        const key = `${h.entity}|${prop.id}`;
        // "remain in the EU" names the other answer to the exit question: the reverse stance on it.
        let stance = valueOf((prop.stays ? -ch.polarity : ch.polarity) * (undone ? -1 : 1) * (h.reverse ? -1 : 1));
        // A trade offered ("would free X in exchange for Y") holds only if Y comes; one agreed ("agreed to X in
        // exchange for Y") is a deal done, and a refusal of a trade is a refusal.
        const traded = cond?.exchange && stance === 'support';
        // A proposal is its proposer's whatever terms another side sets for discussing it.
        const plain = stance;
        if (ch.rule !== 'proposer' && cond && (cond.exchange ? traded && OFFERED.test(text.slice(Math.max(s.start, ch.first.start - 25), prop.start)) : stance !== 'neutral' || leftOpen) && !holdsUntil(text, cond, ch)) stance = 'conditional';
        if (ch.conceded && stance === 'support') stance = 'conditional';
        const earlier = emitted.get(key);
        // So does a main clause after a relative clause on its subject ("X, which insisted on ..., accepted ...").
        // "X, who is sponsoring a bill on <object>, said the Senate was ready to move on <object> if ...": a
        // statement reported after the relative clause is a stance of its own.
        // "has yet to sign the agreement, but a spokesperson said it had no objection": a non-committal first clause, then a stance after "but".
        if (earlier && !(earlier.stance !== stance && stance !== 'neutral' && earlier.end <= ch.first.start && (REVERSAL.test(text.slice(earlier.end, ch.first.start)) || h.rule === 'relative-antecedent' || REPORTING_IN_CLAUSE.test(text.slice(earlier.end, ch.first.start)) || (earlier.stance === 'neutral' && /\b(?:but|however|though|although)\b/i.test(text.slice(earlier.end, ch.first.start)))))) continue;
        emitted.set(key, { stance, end: ch.last.end });
        // Coordinated holders share one evidence span, from the first of them named before the verb.
        const lo = Math.min(ch.first.start, prop.start, stance === 'conditional' && cond && cond.start < ch.first.start && cond.start >= s.start ? cond.start : ch.first.start, ...ch.holders.map((x) => (x.at && x.at.start >= s.start && x.at.start < ch.first.start ? x.at.start : ch.first.start)));
        let hi = Math.max(prop.end, ch.last.end, stance === 'conditional' && cond ? cond.end : 0);
        // (A holder named after the act closes the evidence; a pronoun there would end it on "..., he".)
        if (h.at && !('kind' in h.at && h.at.kind === 'pronoun') && h.at.end <= s.end && h.at.start >= ch.first.end) hi = Math.max(hi, h.at.end);
        const span = trimSpan(text, lo, throughQuotation(text, lo, hi, s.end));
        let confidence = h.confidence * ch.weight;
        if (ch.hedged) confidence *= 0.8;
        const q = sentenceQuotes.find((i) => analysis.quotes[i]!.start <= ch.first.start && ch.first.start < analysis.quotes[i]!.end) ?? -1;
        const st: StanceAnnotation = {
          actor: h.entity,
          proposition: prop.id,
          stance,
          condition: stance === 'conditional' && cond ? textSpan(text, cond.start, cond.end) : null,
          date: statementDate(sentenceText, dateAnchors(text, s, ch.first), doc.published) ?? doc.published,
          evidence: textSpan(text, span.start, span.end),
          quote: q >= 0 ? q : null,
          provenance: { stage: 'stances', rule: `${ch.rule}${ch.threat ? '+threat' : ''}/${h.rule}${prop.origin === 'auto' ? '/auto' : ''}`, confidence: Math.round(Math.min(0.95, confidence) * 100) / 100 },
        };
        out.push(st);
        if (PLUPERFECT_BEFORE.test(text.slice(Math.max(s.start, ch.first.start - 80), ch.first.start))) toldAsPast.add(st);
        if (ch.rule !== 'proposer') ctx.lastHolder = lastHolder = h;
        lastActObject = prop.id;
        // "could accept X if Norway agreed to a review", "would not renew the truce unless the ELN stopped abducting": what a
        // side makes its stance hang on, it wants (or, for a refusal "if it included Y", does not want).
        // (After a stance for a thing, "unless" may name a deal-breaker or a threat's demand ("would impose tariffs unless the
        // company cancels"), and "until" a time ("supports it up until the due date"): neither is read.)
        const exception = !!cond && /^["“]?\s*(?:up\s+)?(?:unless|until)\b/i.test(text.slice(cond.start, cond.end));
        // ("would not back it until the due date" is a time: an "until" that asks something of a side names the side.)
        const timeOnly = !!cond && /^["“]?\s*(?:up\s+)?until\b/i.test(text.slice(cond.start, cond.end)) && !ctx.mentions.some((x) => x.start >= cond!.start && x.end <= cond!.end);
        if (stance === 'conditional' && cond && !cond.exchange && (plain === 'oppose' || (plain === 'support' && !exception)) && !timeOnly && ch.rule !== 'proposer') {
          terms.push({ condition: cond, holder: h, from: span.start, sign: ((plain === 'support' ? 1 : -1) * (exception ? -1 : 1)) as 1 | -1, main: prop.id });
        }
        if (cond?.exchange && (stance === 'conditional' || stance === 'support')) {
          // "demanded security guarantees in exchange for a ceasefire": what a demand governs is asked, and what is given for it is offered on that condition.
          const demanded = ch.polarity > 0 && DEMAND_CUE.test(text.slice(ch.last.start, ch.last.end)) && !/\bto\s/i.test(text.slice(ch.last.end, prop.start)) ? { start: prop.start, end: prop.end } : null;
          trades.push({ condition: cond, holder: h, from: span.start, asked: demanded });
        }
      }
    };
    const trades: { condition: Condition; holder: Holder; from: number; asked: { start: number; end: number } | null }[] = [];
    const terms: { condition: Condition; holder: Holder; from: number; sign: 1 | -1; main: string }[] = [];

    for (const ev of events) {
      if (ev.kind === 'prop') {
        if (inCondition(ev.prop.start)) continue;
        // "insisted that what the government calls kidnapping is ...": a thing named in another party's words is disputed, not taken.
        if (OTHERS_NAME_FOR.test(text.slice(Math.max(s.start, ev.prop.start - 50), ev.prop.start))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "behind the plan to cut tariffs": a proposal noun whose content is an act the chain goes on to is that act's frame, not its object.
        if (chain && !chain.emittedProp && PROPOSAL_ANAPHOR.test(text.slice(ev.prop.start, ev.prop.end)) && cues.some((c) => c.start > ev.prop.end && /^\s+to\s+$/.test(text.slice(ev.prop.end, c.start)))) continue;
        // "the talks" take a stance only as the verb's own object: "rejected the plan at the talks" is about the plan.
        if (ev.prop.direct && (!chain || chain.emittedProp || !DIRECT_GAP.test(text.slice(chain.last.end, ev.prop.start)))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "resume buying <goods> as part of a trade deal": after the verb's own object, "as part of" names the frame, not a second object.
        if (chain && !chain.emittedProp && /\S\s+as\s+part\s+of\s+(?:a|an|the|any|their|its)?\s*$/i.test(text.slice(chain.last.end, ev.prop.start)) && !/^\s*as\s+part/i.test(text.slice(chain.last.end, ev.prop.start))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "agreed to <X> ..., in a <N>-day truce": a prepositional adjunct after the object frames it.
        // "rejected the cuts in the budget bill": right after the object, "in/into <X>" is where it sits, not a second object.
        // "rejected an agreement with a 25% raise": what a deal comes with is its content, taken or refused with it.
        // "reached a tentative agreement early Thursday, hours before a strike": a time after the object dates it, it is no second object.
        // (A time adjunct is a few words: a longer gap is not tried, which also bounds the lazy pattern's cost.)
        if (chain?.emittedProp && ev.prop.start - previousEnd <= 120 && TIME_ADJUNCT_GAP.test(text.slice(previousEnd, ev.prop.start))) {
          previousEnd = ev.prop.end;
          continue;
        }
        if (chain?.emittedProp && (/,\s*(?:in|under|as\s+part\s+of|within)\s+(?:a|an|the|their|its)?\s*(?:[\p{L}\d-]+\s+){0,2}$/iu.test(text.slice(previousEnd, ev.prop.start)) || /^[\s"”’]*(?:[–—]\s*)?(?:in|into|within|inside)\s+(?:a|an|the|their|its|this|that)\s+(?:[\p{L}\d-]+\s+){0,2}$/iu.test(text.slice(previousEnd, ev.prop.start)) || (AGREEMENT_PROP.test(text.slice(Math.max(0, previousEnd - 20), previousEnd)) && /^\s+(?:with|including|containing|offering|that\s+(?:included|includes|offered|offers|would\s+have\s+given))\s+(?:a|an|the|its|their)?\s*(?:[\p{L}\d%.,-]+\s+){0,3}$/iu.test(text.slice(previousEnd, ev.prop.start))))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "it would go on strike": a negotiated action stated of a subject with no stance verb is its stance.
        // "The deal, witnessed by X, is meant to end fighting": what a thing is for is no one's act.
        // "Under the first (plan), Ukraine would pull its troops out": the terms of a text, not the side's own word.
        if (!chain && ev.prop.verbal && (/\b(?:is|are|was|were|be)\s+(?:meant|designed|intended|supposed)\s+to\s+$/i.test(text.slice(Math.max(s.start, ev.prop.start - 30), ev.prop.start)) || UNDER_TERMS.test(text.slice(s.start, ev.prop.start)) || CONTENT_OF_NOUN.test(text.slice(Math.max(s.start, ev.prop.start - 40), ev.prop.start)) || LATER_TIME_CLAUSE.test(text.slice(s.start, ev.prop.start)))) {
          previousEnd = ev.prop.end;
          continue;
        }
        if (!chain && ev.prop.verbal) {
          const hit: CueHit = { cue: { re: 'verbal', polarity: 1, kind: 'agentive', weight: 0.6 }, start: ev.prop.start, end: ev.prop.end };
          const negated = NEGATION_RE.test(text.slice(Math.max(s.start, hit.start - 20), hit.start));
          // With no stance verb the act is the holder's only in its own clause: "X met on Monday, after talks to halt the bombing" is not X's.
          const holders = inHypothetical(text, s.start, hit.start) ? [] : holdersFor(ctx, hit).filter((h) => !h.at || h.at.end > hit.start || h.at.start < s.start || !/[;:]|,(?!\d)/.test(text.slice(h.at.end, hit.start)));
          if (holders.length) emit({ holders, polarity: negated ? -1 : 1, basePolarity: 1, weight: 0.6, first: hit, last: hit, rule: `verbal${negated ? '+neg' : ''}`, hedged: HEDGE_RE.test(text.slice(Math.max(s.start, hit.start - 30), hit.start)), threat: false, emittedProp: true }, ev.prop);
          previousEnd = ev.prop.end;
          continue;
        }
        // "X, usually wary of consolidation, said the merger ...": a reporting verb after a comma ends the aside the verb was in.
        // So does it after the aside's own object ("wary of consolidation, said the merger").
        if (chain && /,\s*(?:\p{Ll}+ly\s+)?(?:said|says|told|added|argued|warned|insisted|stressed|noted)\b/u.test(text.slice(chain.last.end, ev.prop.start))) {
          chain = null;
          previousEnd = ev.prop.end;
          continue;
        }
        // "insist that X monitor rights before it returned to the ceasefire": an object in a time clause with its own subject is not the chain's.
        if (chain && !chain.emittedProp && TIME_CLAUSE_GAP.test(text.slice(chain.last.end, ev.prop.start))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "rejected the criticism, saying the cod would come from ...": once the verb has an object of its own, what the speaker goes on to say is another statement.
        if (chain && !chain.emittedProp && OWN_OBJECT_THEN_SAYING.test(text.slice(chain.last.end, ev.prop.start))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "urged police to clear the boats, calling the blockade ...": a participle clause after a comma has its own act; the verb before reaches no further.
        // So does one of outcome after the verb's own object ("accepted the offer, ending the strike": the strike ends, it is
        // not accepted); other participles there may still list what the object holds ("a ceasefire ..., inclduing Kyiv relinquishing").
        // ("agreed to clear the boats, calling the blockade ...": a participle of judging has its own act even after the verb's object.)
        if (chain && (!chain.emittedProp || OUTCOME_PARTICIPLE.test(text.slice(chain.last.end, ev.prop.start)) || JUDGING_PARTICIPLE.test(text.slice(chain.last.end, ev.prop.start))) && /,\s*(?:\p{Ll}+ly\s+)?(?!(?:including|involving|covering|concerning|regarding|excluding|notably|saying|stating|adding|insisting|arguing|warning|noting|claiming|telling|stressing|explaining|declaring|announcing|asserting|repeating|reiterating|signall?ing|suggesting|indicating|vowing|pledging|promising|threatening)\b)\p{Ll}{3,}ing\s/u.test(text.slice(chain.last.end, ev.prop.start))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "will not impose sanctions on Bolivia over its export levies": after the verb's object, what it is over is the grievance, not a second object.
        if (chain && chain.emittedProp && /^[^,;:]{0,40}?\s(?:over|because\s+of|in\s+(?:response|retaliation)\s+(?:to|for))\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+)?(?:[\p{L}-]+\s+){0,3}(?:(?:and|or)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2})?$/iu.test(text.slice(previousEnd, ev.prop.start))) {
          previousEnd = ev.prop.end;
          overEnd = ev.prop.end;
          continue;
        }
        // ("... over a scope cap and pensions": what is coordinated with the grievance is one too.)
        if (chain && overEnd === previousEnd && /^\s*,?\s*(?:and|or)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(previousEnd, ev.prop.start))) {
          previousEnd = ev.prop.end;
          overEnd = ev.prop.end;
          continue;
        }
        // "the demand since the strike", "the wages lost during the strike": a time adjunct names when, not what is wanted.
        // "to withdraw claims within a month of the treaty": a deadline counted from the object is no stance on it.
        if (chain && !chain.emittedProp && /\b(?:(?:since|during|throughout|amid|amidst|before|after)|within\s+(?:a|an|one|two|three|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:of|after))\s+(?:the|a|an|its|their|this|that|last\s+\p{L}+['’]s)?\s*$/iu.test(text.slice(chain.last.end, ev.prop.start))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "an effort to establish whether X withheld <object>": an indirect question states no one's stance on it.
        if (chain && /\bwhether\b/i.test(text.slice(chain.last.end, ev.prop.start))) {
          previousEnd = ev.prop.end;
          continue;
        }
        // "'X supports Y,' Z said at the opening of the dialogue", "..., as others warn that the deal ...": a
        // reporting verb between the verb and a later object opens another statement; the verb does not reach it.
        if (chain && opensOtherStatement(text.slice(chain.last.end, ev.prop.start).replace(PARENTHETICAL_ATTRIBUTION, (m) => ' '.repeat(m.length)))) {
          chain = null;
          previousEnd = ev.prop.end;
          continue;
        }
        // "abandoned support for X and has acknowledged the improbability of Y": once the verb has its object, a
        // second predicate opens another statement; so does a relative clause on what came before ("..., after which a treaty could be signed").
        // "poured cold water on X, a day after the talks ended with a deal to <Y>": a time clause with its own verb too.
        if ((chain && LATER_TIME_CLAUSE.test(text.slice(chain.last.end, ev.prop.start))) || (chain?.emittedProp && (SECOND_PREDICATE.test(text.slice(chain.last.end, ev.prop.start)) || TIME_CLAUSE.test(text.slice(chain.last.end, ev.prop.start)) || /,\s*(?:after|before|under|upon|with|by|in)\s+which\b/i.test(text.slice(chain.last.end, ev.prop.start))))) {
          chain = null;
          previousEnd = ev.prop.end;
          continue;
        }
        // "insisted that any package include a delay of X": the package is accepted on what it must hold (a condition),
        // and what it must hold is what is demanded — the chain goes on to the next object.
        const holds = chain && !chain.emittedProp && chain.polarity > 0 && DEMANDED_CONTENT_GAP.test(text.slice(chain.last.start, ev.prop.start) + (/^that\s+(?:(?:any|every|each|the|a|an|this|its|their)\s+)?/i.exec(text.slice(ev.prop.start, ev.prop.end))?.[0] ?? '')) ? MUST_HOLD.exec(text.slice(ev.prop.end, s.end)) : null;
        if (chain && holds) {
          const at = ev.prop.end + holds[0].length - holds[1]!.length;
          const condition = { start: at, end: clauseEnd(text, at, s.end) };
          emit({ ...chain, condition, rule: `${chain.rule}+must-hold` }, ev.prop);
          const held = props.find((p) => p.start >= at && p.start < condition.end && p.id !== ev.prop.id) ?? heldPhrase(text, at + holds[1]!.length - 1, condition.end);
          if (held) {
            emit({ ...chain, last: { ...chain.last, end: Math.max(chain.last.end, at) }, rule: `${chain.rule}+held` }, held);
            chain.emittedProp = true;
          }
          previousEnd = ev.prop.end;
          continue;
        }
        if (chain) {
          // "should not be a truce, but a lasting peace": the negation covers X, "but" turns to Y.
          // "We did not get everything we fought for, but we got a contract": a clause of its own after "but" turns it too.
          // So does one naming what it is instead ("It is not the deal we asked for, but it is a deal we can live with").
          const butTurn = chain.polarity < 0 && (/\bbut\s+(?:rather\s+)?(?:a|an|the)?\s*["“]?$/i.test(text.slice(Math.max(s.start, ev.prop.start - 20), ev.prop.start)) || (chain.rule.includes('+neg') && (/,\s*but\s+(?:we|they|I|he|she|it)\s+(?:still\s+|also\s+)?(?:got|won|secured|gained|obtained|achieved|have|has)\s+(?:a|an|the)?\s*$/.test(text.slice(chain.last.end, ev.prop.start)) || NOT_THIS_BUT_THAT.test(text.slice(Math.max(s.start, chain.first.start - 60), ev.prop.start)))));
          // "would not negotiate on any basis other than a federation", "rejected any plan except its own": the one
          // thing refusal leaves out is what the side wants.
          const onlyExcepted = chain.polarity < 0 && !butTurn && EXCEPTED_BEFORE.test(text.slice(Math.max(chain.last.end, ev.prop.start - 60), ev.prop.start));
          if (butTurn || onlyExcepted) chain.polarity = -chain.polarity;
          const framed = chain.emittedProp || chain.polarity === 0 ? 0 : framePolarity(text, s, chain.last.end, ev.prop);
          if (framed) {
            emit({ ...chain, polarity: framed, rule: `${chain.rule}+frame` }, ev.prop);
            chain.emittedProp = true;
            previousEnd = ev.prop.end;
            continue;
          }
          // "must never give <X> the power": an act negated after the verb that governs it is refused. So is a
          // listed object named by its act after "to" ("urged Ukraine not to join NATO").
          if ((ev.prop.verbal || /\bto\s+$/i.test(text.slice(chain.last.end, ev.prop.start))) && negatedBefore(text, chain.last.end, ev.prop.start)) {
            emit({ ...chain, polarity: -chain.polarity, rule: `${chain.rule}+neg-act` }, ev.prop);
            chain.emittedProp = true;
            previousEnd = ev.prop.end;
            continue;
          }
          // "agreed to lift the ban and to free 120 prisoners": a second infinitive is the governing verb's own act, not
          // the first act's ("lift") again.
          // So is a second gerund ("proposed cutting production and banning the chemicals").
          const secondGerund = /^\p{L}+ing\b/u.test(text.slice(ev.prop.start, ev.prop.end)) && /^\p{L}+ing\b/u.test(text.slice(chain.last.start, chain.last.end)) && /\s+and\s+(?:also\s+)?$/i.test(text.slice(chain.last.end, ev.prop.start));
          if ((ev.prop.verbal || secondGerund) && (chain.emittedProp || secondGerund) && chain.last !== chain.first && (secondGerund || /,?\s+and\s+(?:also\s+)?to\s+$/i.test(text.slice(previousEnd, ev.prop.start)))) {
            const governing = Math.sign(chain.basePolarity) || 1;
            emit({ ...chain, polarity: governing, last: chain.first, rule: `${chain.rule}+second-act` }, ev.prop);
            previousEnd = ev.prop.end;
            continue;
          }
          emit(chain, ev.prop);
          // "X welcomed Y's acceptance of <object>": Y's own stance is the noun's.
          if (chain.owned) emit({ ...chain, holders: [chain.owned.holder], polarity: chain.owned.polarity, rule: 'possessed-noun' }, ev.prop);
          // "Norland rejected Sudria's proposal": whatever anyone does with it, a proposal is its proposer's.
          const proposer = chain.polarity !== 0 ? proposerOf(ctx, ev.prop) : null;
          if (proposer && !chain.holders.some((h) => h.entity === proposer.entity)) emit({ ...chain, holders: [proposer], polarity: 1, rule: 'proposer' }, ev.prop);
          chain.emittedProp = true;
        }
        previousEnd = ev.prop.end;
        continue;
      }
      const hit = ev.cue;
      if (inCondition(hit.start)) continue;
      // "would reject any text that did not commit to a production target": what a refused kind lacks is wanted.
      const refusing = chain as Chain | null;
      if (refusing && refusing.polarity < 0 && hit.cue.polarity !== 0 && LACKING_BEFORE.test(text.slice(Math.max(s.start, hit.start - 80), hit.start))) {
        chain = { ...refusing, polarity: -refusing.polarity * hit.cue.polarity, last: hit, emittedProp: false, rule: `${refusing.rule}+lacking` };
        previousEnd = hit.end;
        continue;
      }
      // "without agreeing to extend the truce": a verb an unmade agreement governs was not done either.
      if (unmadeEnd >= 0 && /^\s+(?:to\s+|on\s+)?(?:\p{L}+ly\s+)?$/u.test(text.slice(unmadeEnd, hit.start))) {
        unmadeEnd = hit.end;
        previousEnd = hit.end;
        continue;
      }
      // "according to Keep Carrick Open", "the Stop the Cuts Coalition": a verb inside a name is no one's act.
      if (/^\p{Lu}/u.test(text.slice(hit.start, hit.start + 1)) && hit.start > s.start + 1 && mentions.some((m) => m.start <= hit.start && hit.end <= m.end)) continue;
      // A question inside the sentence ("\"Will they sign?\" he asked") asks rather than states; "Why should Peru
      // sign a deal that ..., its minister asked" is the rhetorical refusal of it.
      const questionKind = questionAround(text, s, hit.start);
      if (questionKind === 'open' && !ANSWERED_QUESTION.test(text.slice(hit.start, hit.end))) continue;
      // "was not considering legislation to end a strike": an act that is only the content of a measure not pursued is no one's aim.
      if (!chain && hit.cue.kind === 'object' && CONTENT_OF_NOUN.test(text.slice(Math.max(s.start, hit.start - 60), hit.start)) && negatedBefore(text, s.start, hit.start)) {
        previousEnd = hit.end;
        continue;
      }
      // "ended a first round of talks without an agreement": how a meeting ended is an outcome, no one's stance on the deal.
      // "any one of its 164 members can block a deal": what anyone may do under the rules is no one's stance.
      if ((/^without$/i.test(text.slice(hit.start, hit.end)) && ENDED_BEFORE.test(text.slice(s.start, hit.start))) || GENERIC_ABILITY_BEFORE.test(text.slice(Math.max(s.start, hit.start - 60), hit.start))) {
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      // "ended the talks without agreeing to extend the truce": what was not agreed is an outcome, no side's stance.
      if (hit.cue.polarity > 0 && /\bwithout\s+$/i.test(text.slice(Math.max(s.start, hit.start - 10), hit.start)) && /^\p{L}+ing\b/u.test(text.slice(hit.start, hit.end))) {
        unmadeEnd = hit.end;
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      // "failed to reach a deal", "fail to agree on reopening the crossing": an outcome of the talks, no side's stance.
      if (hit.cue.polarity > 0 && FAILED_TO_BEFORE.test(text.slice(Math.max(s.start, hit.start - 30), hit.start)) && FAILED_OUTCOME.test(text.slice(hit.start, hit.end))) {
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      // "the talks would focus on restoring the ceasefire": an agenda is what will be discussed, no one's stance on it.
      if (!chain && AGENDA_BEFORE.test(text.slice(Math.max(s.start, hit.start - 80), hit.start))) {
        previousEnd = hit.end;
        continue;
      }
      const gapFrom: number = chain ? chain.last.end : previousEnd;
      const gap = text.slice(gapFrom, hit.start);
      const propInGap = props.some((p) => p.start >= gapFrom && p.end <= hit.start);
      // A refusal right before ("refused to lift") is a cue of its own, already in the chain: not a negation too.
      // So is a negation the chain already took ("will not bow to pressure to lift", "is not ready to accept"): it reversed the verb before.
      // "as price talks stall", "the bill sank": a verb that may go without an object, right after the object as its subject, is what befell it.
      if (hit.cue.kind === 'agentive' && INTRANSITIVE_CUE.test(text.slice(hit.start, hit.end)) && props.some((p) => p.end <= hit.start && /^\s+$/.test(text.slice(p.end, hit.start)))) {
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      const refusalCue = chain !== null && (/^(?:refus|declin)/i.test(text.slice(chain.last.start, chain.last.end)) || ((hit.cue.kind === 'object' || /^\s*(?:to\s+)?$/.test(text.slice(chain.last.end, hit.start))) && chain.rule.includes('+neg')));
      // A negation before the chain's last cue was read with that cue ("refused to rule out extending"): a verb the
      // chain goes on to a few words later sees only what stands between them.
      // A coordinated verb shares the negation instead ("would not accept or sign").
      const nextInChain = chain !== null && !chain.emittedProp && /^\s*(?:\S+\s+){0,3}$/.test(gap) && !/[,;:]|\b(?:and|or|nor|but)\b/i.test(gap);
      const negated = negatedBefore(text, Math.max(s.start, hit.start - 28, refusalCue || nextInChain ? chain!.last.end : s.start), hit.start);
      let polarity = hit.cue.polarity * (negated ? -1 : 1) * (questionKind === 'rhetorical' ? -1 : 1);
      // "denied that it had endorsed ...": a denial says what the holder did not do, not what they want.
      if (DENIAL.test(text.slice(Math.max(s.start, hit.start - 28), hit.start))) polarity = 0;
      // "the league had not proposed a hard cap", "Kyiv never demanded it": that an offer or a demand was not made is a fact, no stance.
      if (negated && hit.cue.polarity > 0 && PUT_FORWARD.test(text.slice(hit.start, hit.end)) && PAST_NEGATION.test(text.slice(Math.max(s.start, hit.start - 24), hit.start))) polarity = 0;
      // "has offered zero concessions to end the war", "proposed no plan": an act whose object is nothing was not done.
      // ("wanted nothing more than a ceasefire", "wants nothing but a truce" want it all the more.)
      if (hit.cue.polarity > 0 && /^\s+(?:no|zero|nothing)\b(?!\s+(?:more|less)\s+than\b|\s+but\b|\s+short\s+of\b)/i.test(text.slice(hit.end, hit.end + 24))) polarity = 0;
      // A negated rejection ("does not reject") is a weak, non-committal signal, not support; refusing to undo
      // something ("will never give up enrichment", "refused to lift the sanctions") is keeping it.
      // Not standing in the way is letting it happen: "is not opposed to X", "would not block X", "would not refuse to sign X".
      if (negated && hit.cue.polarity < 0) polarity = (hit.cue.kind === 'object' && VOLITIONAL_NEGATION.test(text.slice(Math.max(s.start, hit.start - 28), hit.start))) || ACQUIESCENCE.test(text.slice(hit.start, hit.end)) ? 1 : 0;
      // "no peace without a treaty", "cannot end the war without guarantees": what nothing happens without is needed.
      // "without it there will be no sardines to catch", "without guarantees, we cannot sign": the negation may follow.
      // "it would be madness to walk away from the accord", "a mistake to lift the sanctions": the act judged unwise is the one not wanted.
      if (UNWISE_TO.test(text.slice(Math.max(s.start, hit.start - 60), hit.start))) polarity = -polarity;
      const necessity = /^without$/i.test(text.slice(hit.start, hit.end)) && (NECESSITY_BEFORE.test(text.slice(Math.max(s.start, hit.start - 50), hit.start)) || NECESSITY_AFTER.test(text.slice(hit.end, Math.min(s.end, hit.end + 90))));
      if (necessity) polarity = 1;
      // "will not agree to a ceasefire without security guarantees": after a refusal that took its object, what it
      // will not go without is wanted by the same side (the refusal's chain would otherwise run on to it).
      if (necessity && chain && chain.emittedProp && chain.polarity < 0) {
        chain = { ...chain, polarity: 1, basePolarity: 1, first: hit, last: hit, emittedProp: false, rule: 'needed-without' };
        previousEnd = hit.end;
        continue;
      }

      // "<clause with X>, a position <holder> has long rejected": a summarising appositive takes a stance on X.
      const appositive = hit.cue.kind === 'agentive' && APPOSITIVE.exec(text.slice(s.start, hit.start));
      if (appositive && !props.some((p) => p.start >= hit.end)) {
        const comma = s.start + appositive.index;
        // (The noun phrase right before the comma, even inside a condition: "tied the package to direct flights, a demand
        // rejected by X" rejects the flights.)
        const before = [...props].reverse().find((p) => p.end <= comma && comma - p.end <= 25 && !/[,;:]/.test(text.slice(p.end, comma))) ?? [...props].reverse().find((p) => p.end <= comma && !inCondition(p.start));
        const holders = before ? holdersFor(ctx, hit) : [];
        if (before && holders.length) emit({ holders, polarity, basePolarity: polarity, weight: hit.cue.weight * 0.9, first: hit, last: hit, rule: 'appositive', hedged: false, threat: false, emittedProp: true }, before);
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      // "tariffs should stay": an obligation whose subject is the object keeps (or ends) it, held by the speaker.
      const predicate = hit.cue.kind === 'deontic' ? KEEP_OR_END.exec(text.slice(hit.end, Math.min(s.end, hit.end + 30))) : null;
      const subjectProp = predicate ? [...props].reverse().find((p) => p.end <= hit.start && /^\s*$/.test(text.slice(p.end, hit.start))) : undefined;
      if (predicate && subjectProp) {
        const sp = reportingSpeaker(ctx, subjectProp.start);
        if (sp) {
          const end: CueHit = { ...hit, end: hit.end + predicate[0].length };
          emit({ holders: [sp], polarity: (predicate[1] ? 1 : -1) * (negated ? -1 : 1), basePolarity: 1, weight: 0.65, first: { ...end, start: subjectProp.start }, last: end, rule: 'deontic-predicate', hedged: false, threat: false, emittedProp: true }, subjectProp);
        }
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      // "said any ceasefire must include monitors", "any deal would have to be ratified": what any such object must be or
      // hold is the terms the speaker accepts it on — a conditional stance on the object, the obligation its condition.
      // Not "the goal of any settlement should ...": the subject is then the goal, not the object.
      const anySubject = hit.cue.kind === 'deontic' && hit.cue.polarity > 0 && !negated ? [...props].reverse().find((p) => p.end <= hit.start && /^\s*$/.test(text.slice(p.end, hit.start)) && (/^any\s/i.test(text.slice(p.start, p.end)) ? !OBJECT_PREPOSITIONS.test(text.slice(Math.max(s.start, p.start - 12), p.start)) : /(?<!\b(?:of|for|to|on|in|with|about)\s)\bany\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(s.start, p.start - 30), p.start)))) : undefined;
      if (anySubject) {
        const sp = reportingSpeaker(ctx, anySubject.start);
        if (sp) {
          const condition = { start: hit.start, end: clauseEnd(text, hit.start, s.end) };
          emit({ holders: [sp], polarity: 1, basePolarity: 1, weight: 0.6, first: { ...hit, start: anySubject.start }, last: hit, condition, rule: 'deontic-any', hedged: false, threat: false, emittedProp: true }, anySubject);
          chain = null;
          previousEnd = condition.end;
          continue;
        }
      }
      // "<object> is unacceptable": a judging predicate whose subject is the object, held by the speaker.
      // "<object>, as proposed by X, was off the table": a parenthetical may stand between the object and its predicate.
      const subjectOfCopula = /^(?:is|are|was|were)\b/i.test(text.slice(hit.start, hit.end)) ? [...props].reverse().find((p) => p.end <= hit.start && /^["”’]?\s*(?:,[^,;:()]{1,80},\s*)?$/.test(text.slice(p.end, hit.start))) : undefined;
      if (subjectOfCopula) {
        const sp = reportingSpeaker(ctx, subjectOfCopula.start);
        if (sp) emit({ holders: [sp], polarity, basePolarity: polarity, weight: hit.cue.weight, first: { ...hit, start: subjectOfCopula.start }, last: hit, rule: 'copula-judgement', hedged: false, threat: false, emittedProp: true }, subjectOfCopula);
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      // Passive agent after the cue ("... – a move condemned by Moscow"): it holds the propositions before it.
      const passiveBy = hit.cue.passive && ((hit.cue.agentFrom ? /^\s+(?:by|from|of)\s/i : /^\s+by\s/i).test(text.slice(hit.end, hit.end + 6)) || !!passiveIn(ctx, hit));
      if (passiveBy) {
        const holders = holdersFor(ctx, hit);
        // "the accord (that was) brokered by X": a participle right after its noun is about that noun alone.
        const adjacent = hit.cue.madeBy ? [...props].reverse().find((p) => p.end <= hit.start && MADE_BY_GAP.test(text.slice(p.end, hit.start))) : undefined;
        const before = hit.cue.madeBy ? (adjacent && !inCondition(adjacent.start) ? [adjacent] : []) : props.filter((p) => p.end <= hit.start && p.start >= (chain?.first.start ?? s.start) && !inCondition(p.start));
        const ch: Chain = { holders, polarity, basePolarity: polarity, weight: hit.cue.weight, first: hit, last: hit, rule: `passive:${hit.cue.re.slice(0, 12)}`, hedged: false, threat: false, emittedProp: true };
        for (const p of before) {
          // "<X>'s opposition to <object> was criticised by Y": Y judges the opposition, so the noun's polarity composes.
          const noun = cues.find((c) => c.cue.kind === 'noun' && !c.cue.role && c.cue.polarity !== 0 && c.end <= p.start && /^\s*(?:(?:the|a|an|its|their|any|further)\s+)?$/i.test(text.slice(c.end, p.start)));
          emit({ ...ch, polarity: noun ? polarity * noun.cue.polarity : polarity, first: { ...hit, start: noun ? noun.start : p.start } }, p);
        }
        chain = null;
        previousEnd = hit.end;
        continue;
      }

      // "rejected what it called a reckless bid to": a naming aside between a verb and its object adds no words to the gap.
      const bareGap = gap.replace(/\bwhat\s+(?:it|they|he|she|we|the\s+\p{L}+)\s+(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed|labell?ed)\s+(?:(?:a|an|the)\s+)?(?:\p{Ll}+\s+)?/iu, ' ');
      const words = bareGap.trim() ? bareGap.trim().split(/\s+/).length : 0;
      // A role noun ("critics of") names its own holder: it never composes with the verb before it.
      // "would not accept or sign": a coordinator between two verbs joins them, it does not nest one in the other.
      let composes = chain && !hit.cue.role && !/\b(?:and|or|nor|but)\b/i.test(gap) && !propInGap && !chain.emittedProp && words <= 3 && !/[;:]|\s[–—]\s/.test(gap) && !REPORTING_TEST.test(gap);
      const coordinator = /\b(and|but|or|while|yet|whereas)\s+(?:also\s+)?(?:\S+\s+)?$/i.exec(text.slice(Math.max(s.start, hit.start - 24), hit.start));
      // A participle coordinates with a participle ("pushing back ... and ruling out"), not with a finite verb in between.
      const participleOnly = hit.cue.kind !== 'object' && /^\p{L}+ing\b/u.test(text.slice(hit.start, hit.end)) && chain && !/^\p{L}+ing\b/u.test(text.slice(chain.first.start, chain.first.end));
      // "Kosovo drops demand over funds, agrees to table statute": a finite verb right after a comma is a second
      // predicate of the same subject (headlines and lists drop the "and"), not a verb nested in the first.
      const asyndetic = !!composes && !coordinator && /,\s*$/.test(gap) && hit.cue.kind !== 'noun' && !hit.cue.role && /^\p{L}+(?:s|ed)\b/u.test(text.slice(hit.start, hit.end));
      if (asyndetic) composes = false;
      // "ended the round, agreeing to swap prisoners": a participle after the verb's own object and a comma is a
      // second predicate of the subject, not a verb the first one governs.
      if (composes && !coordinator && /\S\s*,\s*$/.test(gap) && hit.cue.kind !== 'noun' && !hit.cue.role && /^\p{L}+ing\b/u.test(text.slice(hit.start, hit.end))) composes = false;
      const coordinates = chain && (coordinator || asyndetic) && !hit.cue.role && !participleOnly && !ctx.mentions.some((m) => m.start >= hit.start - (coordinator?.[0].length ?? 0) && m.end <= hit.start);
      // "and/while giving up ..." continues what the first verb governs; "but being open to ..." contrasts with it.
      const contrast = coordinator ? /^(?:but|yet|whereas)$/i.test(coordinator[1]!) : true;
      if (composes && chain) {
        // "have to give up territory": when the proposition itself is a giving-up, the verb names it.
        const next = props.find((p) => p.start >= hit.end);
        if (hit.cue.kind === 'object' && next && namesProposition(kb, next.id, text.slice(hit.start, hit.end))) {
          chain.last = hit;
          continue;
        }
        if (hit.cue.kind === 'noun') {
          const owner = possessorOf(ctx, hit);
          if (owner && !chain.holders.some((h) => h.entity === owner.entity)) chain.owned = { holder: owner, polarity };
        }
        // "dropped its demand for a 35 percent stake": a demand given up is read as "no longer insists on" is, against
        // the thing: the side's position no longer holds it (the convention of every development set's gold). The rule
        // says it was a concession. (One not given up, "did not drop its demand", is still made.)
        const droppedDemand = chain.last.cue.kind === 'object' && chain.last.cue.polarity < 0 && chain.polarity < 0 && polarity > 0 && DEMAND_CUE.test(text.slice(hit.start, hit.end));
        chain.polarity *= polarity === 0 ? 0 : Math.sign(polarity);
        if (droppedDemand) chain.rule = `${chain.rule}+dropped-demand`;
        chain.last = hit;
        chain.weight = Math.max(chain.weight, hit.cue.weight);
        continue;
      }
      if (coordinates && chain) {
        const base: number = Math.sign((chain as Chain).basePolarity) || 1;
        // Only an action verb continues the first verb's polarity; "and ruling out ..." is a stance of its own.
        chain = { ...(chain as Chain), polarity: contrast || hit.cue.kind !== 'object' ? polarity : base * polarity, weight: hit.cue.weight, first: hit, last: hit, emittedProp: false };
        continue;
      }
      // An action verb after a proposition describes it ("a truce to halt strikes"), it takes no stance.
      // "..., and <subject> will lower <object>": a new subject opens a new clause whose verb does take one.
      const newSubject = ctx.mentions.some((m) => m.kind !== 'pronoun' && m.start >= gapFrom && m.end <= hit.start && !isObject(ctx, m.start));
      // Its own object takes the composed reading: "reached a deal to end the strike" is against the strike.
      if (chain?.emittedProp && hit.cue.kind === 'object' && !/[;]/.test(gap) && !newSubject) {
        if (/\bto\s+$/i.test(gap)) {
          chain.polarity *= polarity === 0 ? 0 : Math.sign(polarity);
          chain.last = hit;
        }
        continue;
      }

      if (hit.cue.composeOnly) {
        // "Brazil blamed its neighbours for the collapse of the trade deal": who blames others for a thing's end wanted it.
        const blamed = ACCUSED.exec(text.slice(Math.max(s.start, hit.start - 80), hit.start));
        const ended = blamed ? props.find((p) => p.start >= hit.end && /^\s*(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(hit.end, p.start))) : undefined;
        const blamer = ended ? subjectBefore(ctx, hit.start - Math.min(hit.start - s.start, 80) + blamed!.index, false)?.mention : null;
        if (ended && blamer) emit({ holders: [{ entity: blamer.entity, at: blamer, rule: 'blamed-for-end', confidence: 0.55 }], polarity: 1, basePolarity: 1, weight: 0.6, first: { ...hit, start: blamer.start }, last: hit, rule: 'blamed-for-end', hedged: false, threat: false, emittedProp: true }, ended);
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      // "the task of striking a deal", "the odds of reaching one": an action named as a topic is no one's stance.
      // ("there is no question of ending it" rules the act out: a stance, not a topic.)
      if (TOPIC_OF.test(text.slice(Math.max(s.start, hit.start - 30), hit.start)) && !/\bno\s+question\s+of\s+$/i.test(text.slice(Math.max(s.start, hit.start - 30), hit.start)) && /^\p{L}+ing\b/u.test(text.slice(hit.start, hit.end))) {
        chain = null;
        previousEnd = hit.end;
        continue;
      }
      let holders = holdersFor(ctx, hit);
      // "Who but the smugglers would gain from a blockade, Nigeria's oil minister asked.": with no subject before, a closing attribution names the holder.
      if (!holders.length && hit.start - s.start < 8) {
        const closing = attributedSpeaker(ctx, hit.end);
        if (closing) holders = [closing];
      }
      let threat = false;
      const clauseFrom = holders[0]?.at && holders[0].at.start >= s.start ? holders[0].at.start : s.start;
      // The main clause after a fronted if-clause states what its holder would do on that condition.
      const fronted = conditions.find((c) => c.fronted && c.end <= hit.start && !/[;]/.test(text.slice(c.end, hit.start)));
      if (!fronted && inHypothetical(text, Math.max(s.start, clauseFrom - 30), hit.start)) {
        const ifPos = s.start + text.slice(s.start, hit.start).search(/\b(?:if|whether)\b(?![\s\S]*\b(?:if|whether)\b)/i);
        // "would resign if <body> approved <object>": threatening to leave if it passes opposes it.
        const exit = polarity > 0 ? lastMatch(EXIT_RE, text.slice(s.start, ifPos)) : null;
        if (exit) {
          const at = s.start + (exit.index ?? 0);
          const subj = subjectBefore(ctx, at, false);
          const holder: Holder | null = subj?.mention ? { entity: subj.mention.entity, at: subj.mention, rule: 'exit-threat', confidence: 0.65 } : reportingSpeaker(ctx, at);
          if (!holder) {
            chain = null;
            continue;
          }
          chain = { holders: [holder], polarity: -1, basePolarity: -1, weight: hit.cue.weight, first: hit, last: hit, rule: 'exit-threat', hedged: false, threat: true, emittedProp: false };
          continue;
        }
        // "... <costly> for X if it did not agree": warning of what refusal costs backs the proposition;
        // "whether it will reject" warns of nothing.
        if (polarity >= 0 || /^whether/i.test(text.slice(ifPos, ifPos + 7))) {
          chain = null;
          continue;
        }
        const sp = reportingSpeaker(ctx, ifPos);
        if (!sp) {
          chain = null;
          continue;
        }
        holders = [sp];
        polarity = 1;
        threat = true;
      }
      const hedged = HEDGE_RE.test(text.slice(Math.max(s.start, hit.start - 30), hit.start));
      // "would never recognise X, though it might accept Y": a possibility conceded after a refusal is an acceptance held open, not given.
      const conceded = polarity > 0 && hit.cue.kind === 'agentive' && CONCEDED_POSSIBILITY.test(text.slice(Math.max(s.start, hit.start - 40), hit.start)) && mayRefuse(text.slice(s.start, hit.start));
      chain = { holders, polarity, basePolarity: polarity, weight: hit.cue.weight, first: hit, last: hit, rule: `${hit.cue.kind}${negated ? '+neg' : ''}${conceded ? '+conceded' : ''}`, hedged, threat, emittedProp: false, ...(fronted ? { condition: fronted } : {}), ...(conceded ? { conceded } : {}) };
    }

    // "X said it would agree only if ...": an acceptance verb with no object names the object under discussion.
    if (objectlessObject && mayBeObjectless(sentenceText)) {
      for (const cueHit of cues) {
        // "ready to sign as soon as ...", "willing to sign “tomorrow”": a readiness to an objectless verb is that verb's.
        const readyVerb = READINESS.test(text.slice(cueHit.start, cueHit.end)) ? /^\s+(?=\p{Ll})/u.exec(text.slice(cueHit.end, cueHit.end + 3)) : null;
        const readyEnd = readyVerb ? cueHit.end + readyVerb[0].length + (/^\p{L}+/u.exec(text.slice(cueHit.end + readyVerb[0].length, s.end))?.[0].length ?? 0) : 0;
        const hit: CueHit = readyVerb && OBJECTLESS_VERB.test(text.slice(cueHit.end + readyVerb[0].length, readyEnd)) ? { ...cueHit, end: readyEnd } : cueHit;
        if (hit.cue.polarity === 0 || hit.cue.kind === 'noun' || inCondition(hit.start) || !OBJECTLESS_VERB.test(hit === cueHit ? text.slice(hit.start, hit.end) : text.slice(cueHit.end + readyVerb![0].length, hit.end))) continue;
        const after = text.slice(hit.end, s.end);
        // "<object>, which X rejected": the relative pronoun is the object (see `relativeObjects`).
        // ("The CDU, which campaigned on discipline, has been reluctant": a relative clause closed before the verb is not its object.)
        if (/\b(?:which|what|whom)\b[^,]*$/i.test(text.slice(Math.max(s.start, hit.start - 50), hit.start)) || APPOSITIVE.test(text.slice(s.start, hit.start))) continue;
        // "a charge Brussels rejects": a verb in a zero relative takes the noun before its subject, not the
        // object under discussion (unless that noun is the object: "the plan Moscow rejected").
        const zeroRelative = ZERO_RELATIVE.exec(text.slice(Math.max(s.start, hit.start - 80), hit.start));
        if (zeroRelative && !ANAPHORIC_HEAD_START.test(zeroRelative[1]!)) continue;
        // "concessions they might not otherwise have agreed to": a counterfactual states no stance.
        if (/\b(?:might|would|could)\s+(?:not\s+|never\s+)?(?:otherwise\s+)?have\s+$/i.test(text.slice(Math.max(s.start, hit.start - 40), hit.start))) continue;
        const tail = OBJECTLESS_TAIL.exec(after);
        if (!tail) continue;
        // "The swap that Norway proposed was rejected.": a past passive with no agent names no one who rejects. ("could
        // be approved only if ..." is an offer on terms: the one who would approve is the speaker.)
        if (/(?:ed|wn|en)$/i.test(text.slice(hit.start, hit.end)) && /\b(?:been|is|was|are|were)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(s.start, hit.start - 24), hit.start))) continue;
        const condAt = hit.end + tail[0].length;
        if (!tail[1] && !conditions.some((c) => c.start === condAt)) continue;
        // 'we will sign,"' closes a quote on a verb; 'you are no longer welcome,"' on an adjective: only after a modal.
        // ('"I voted no,"' and 'we signed,"' are verbs all the same.)
        // (A passive "has been agreed," is no one's act.)
        if (tail[1] && /^,["”’]$/.test(tail[1]) && !(/(?:ed|\sno|\syes)$/i.test(text.slice(hit.start, hit.end)) && !/\b(?:been|be|being|is|was|are|were|get|got)\s+$/i.test(text.slice(Math.max(s.start, hit.start - 8), hit.start))) && !/\b(?:will|would|shall|can|could|must|to|did|do|does|['’]ll)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(s.start, hit.start - 20), hit.start))) continue;
        // '"If they release the prisoners, we will sign," X said': the main clause after a fronted if-clause states what it holds on.
        const frontedCond = conditions.find((c) => c.fronted && c.end <= hit.start && !/[;]/.test(text.slice(c.end, hit.start)));
        if (!frontedCond && inHypothetical(text, s.start, hit.start)) continue;
        // A refusal right before ("refused to lift") is a cue of its own, already in the chain: not a negation too.
      const refusalCue = chain !== null && /^(?:refus|declin)/i.test(text.slice(chain.last.start, chain.last.end));
      const negated = negatedBefore(text, Math.max(s.start, hit.start - 28, refusalCue ? chain!.last.end : s.start), hit.start);
        // "urged both sides to sign without delay": the one who urges the act wants it done.
        const urger = cues.find((h) => h !== hit && h.end <= hit.start && h.cue.polarity !== 0 && URGING_CUE.test(text.slice(h.start, h.end)) && URGED_THEN_TO.test(text.slice(h.end, hit.start)));
        const polarity = hit.cue.polarity * (negated ? -1 : 1) * (urger ? urger.cue.polarity : 1);
        // ("Some crew members in Paldiski urged colleagues to vote no": a place the urgers are in is not one of them.)
        const holders = holdersFor(ctx, urger ?? hit).filter((h) => !urger || !h.at || !/\b(?:in|at|from|near)\s+$/i.test(text.slice(Math.max(s.start, h.at.start - 6), h.at.start)));
        if (!holders.length) continue;
        // "would do so only if": "so" is the act of the stance taken before, and its object.
        const object = /^do\s+so$/i.test(text.slice(hit.start, hit.end)) ? actBefore : saidOf?.id ?? contextObject ?? (/^be\s+confirmed$/i.test(text.slice(hit.start, hit.end)) ? CONFIRMATION_ID : objectlessObject);
        if (!object) continue;
        const undoneBefore = !saidOf && !contextObject && object === openBefore?.id && openBefore.undone;
        const prop: PropositionMatch = { id: object, start: hit.start, end: hit.end + /^\s*(?:to\s+)?(?:it|this|that|them)?/.exec(after)![0].trimEnd().length, origin: object.startsWith('auto:') ? 'auto' : 'pack', ...(undoneBefore ? { stays: true } : {}) };
        // (A refusal negated is no stance, unless it is a giving-up not done: "urged it not to walk away" wants it kept.)
        emit({ holders, polarity: negated && hit.cue.polarity < 0 && !ACQUIESCENCE.test(text.slice(hit.start, hit.end)) ? 0 : polarity, basePolarity: polarity, weight: hit.cue.weight * 0.85, first: hit, last: hit, rule: 'objectless', hedged: HEDGE_RE.test(text.slice(Math.max(s.start, hit.start - 30), hit.start)), threat: false, emittedProp: true, ...(frontedCond ? { condition: frontedCond } : {}) }, prop);
      }
    }

    // "<object> would be held only if ...", "<object> would come off only if ...": the object as subject of a
    // conditioned future, held by the reporting speaker.
    // "<object>, which X says will stay suspended until ...": the one who says it holds the condition.
    const conditioned = new Set<number>();
    for (const p of conditions.length ? props : []) {
      if (p.direct || inCondition(p.start)) continue;
      const m = CONDITIONED_FUTURE.exec(text.slice(p.end, Math.min(s.end, p.end + 90)));
      if (!m) continue;
      const condAt = p.end + m[0].length;
      const condition = conditions.find((c) => c.start === condAt);
      if (!condition) continue;
      const sayer = m[1] ? mentions.find((mn) => mn.kind !== 'pronoun' && mn.start >= p.end && mn.end <= p.end + m[1]!.length) : undefined;
      const sp = sayer ? { entity: sayer.entity, at: sayer, rule: 'relative-sayer', confidence: 0.65 } : reportingSpeaker(ctx, p.start);
      if (!sp) continue;
      const hit: CueHit = { cue: { re: 'conditioned-future', polarity: 1, kind: 'deontic', weight: 0.65 }, start: p.start, end: condAt };
      emit({ condition, holders: [sp], polarity: 1, basePolarity: 1, weight: 0.65, first: hit, last: hit, rule: 'conditioned-future', hedged: false, threat: false, emittedProp: true }, p);
      conditioned.add(condAt);
    }
    // Conditional offers the loop above cannot see: "<object> would stay, he said, and would come off only if
    // ..." (the sentence's subject is the object) and "<X> would speed up <noun phrase> only if ..." (the verb's
    // own object, named nowhere else). Only hard conditions ("only if", "provided that"): a plain "if" is a forecast.
    for (const c of conditions) {
      if (c.soft || conditioned.has(c.start) || /^until\b/i.test(text.slice(c.start, c.start + 6))) continue;
      const offer = conditionalOffer(ctx, c.start);
      if (!offer) continue;
      const hit: CueHit = { cue: { re: 'conditional-offer', polarity: 1, kind: 'deontic', weight: 0.6 }, start: offer.from, end: c.start };
      emit({ condition: c, holders: offer.holders, polarity: 1, basePolarity: 1, weight: 0.6, first: hit, last: hit, rule: 'conditional-offer', hedged: false, threat: false, emittedProp: true }, offer.prop);
    }

    // "was prepared to consider any mechanism provided that ...", "could accept simplified procedures, ..., as long
    // as ...": a readiness or an acceptance stated under a hard condition is a conditional offer of the verb's own
    // noun phrase when no rule above read one (the main loop needs an object it knows).
    for (const c of conditions) {
      if (c.soft || c.fronted || /^until\b/i.test(text.slice(c.start, c.start + 6))) continue;
      if (out.some((st) => st.condition?.start === c.start && st.evidence.start >= s.start)) continue;
      const offer = cueOffer(ctx, c, (h) => out.some((st) => st.evidence.start >= s.start && st.evidence.end <= s.end && st.evidence.start <= h.start && h.end <= st.evidence.end));
      if (!offer) continue;
      emit({ condition: c, holders: offer.holders, polarity: 1, basePolarity: 1, weight: 0.6, first: offer.hit, last: offer.hit, rule: 'conditioned-cue', hedged: false, threat: false, emittedProp: true }, offer.prop);
    }

    // "<object>, which X has long rejected": a relative clause whose verb has no object of its own takes the noun before.
    for (const last of /\b(?:which|that|whom)\b|\p{Ll}\s+(?:the\s+)?\p{Lu}|\p{Ll}\s+the\s+\p{Ll}+\s+(?:had|has|have|would|will|did|does|long|\p{Ll}+ed)\b/u.test(sentenceText) ? cues : []) {
      // "<object>, which X has vowed to ignore": an action verb governed by a stance verb right before it composes with it.
      const governor = last.cue.kind === 'object' ? cues.find((c) => c.cue.kind === 'agentive' && c.cue.polarity !== 0 && c.end <= last.start && /^\s*(?:to\s+)?$/.test(text.slice(c.end, last.start))) : undefined;
      const hit = governor ?? last;
      // ("the review, which the EU had demanded": a demand in the clause is its subject's wish for the noun before.)
      if (last.cue.polarity === 0 || hit.cue.polarity === 0 || (hit.cue.kind !== 'agentive' && (hit.cue.kind !== 'deontic' || governor)) || inCondition(hit.start)) continue;
      if (governor && !RELATIVE_NO_OBJECT.test(text.slice(last.end, Math.min(s.end, last.end + 20)))) continue;
      if ((!governor && !RELATIVE_NO_OBJECT.test(text.slice(hit.end, Math.min(s.end, hit.end + 20)))) || inHypothetical(text, s.start, hit.start)) continue;
      const prop = [...props].reverse().find((p) => p.end <= hit.start && !p.direct);
      if (!prop) continue;
      const between = text.slice(prop.end, hit.start);
      const rel = RELATIVE_CLAUSE.exec(between) ?? CONTACT_CLAUSE.exec(between);
      // The relative clause has a subject of its own: a name, or a personal pronoun ("which we have accepted").
      const ownSubject = mentions.some((m) => m.start >= prop.end && m.end <= hit.start) || /\b(?:which|that|whom)\s+(?:we|they|he|she|I)\s/.test(between);
      if (!rel || cues.some((c) => c !== hit && c.start >= prop.end && c.start < hit.start) || !ownSubject) continue;
      // A refusal right before ("refused to lift") is a cue of its own, already in the chain: not a negation too.
      const refusalCue = chain !== null && /^(?:refus|declin)/i.test(text.slice(chain.last.start, chain.last.end));
      const negated = negatedBefore(text, Math.max(s.start, hit.start - 28, refusalCue ? chain!.last.end : s.start), hit.start);
      const holders = holdersFor(ctx, hit);
      if (!holders.length) continue;
      const composed = hit.cue.polarity * (governor ? last.cue.polarity : 1);
      const polarity = negated ? (composed < 0 ? 0 : -1) : composed;
      emit({ holders, polarity, basePolarity: polarity, weight: hit.cue.weight * 0.85, first: { ...hit, start: prop.start }, last, rule: 'relative-object', hedged: false, threat: false, emittedProp: true }, prop);
    }

    // "X called for a ceasefire, a call echoed by Japan": the one who echoes or shares a stance told just before holds
    // it too. ("a demand rejected by Y" is a passive cue's agent already.)
    for (const m of ECHO_HINT.test(sentenceText) ? sentenceText.matchAll(ECHOED_BY) : []) {
      const at = s.start + m.index;
      const agent = mentions.find((x) => x.kind !== 'pronoun' && x.start >= at + m[0].length && x.start <= at + m[0].length + 40);
      // The stance the noun names: a call or a demand is for something, a rejection or a criticism against it.
      const wanted = /^(?:call|demand|request|proposal|plea|appeal)$/i.test(m[1]!) ? 'support' : /^(?:criticism|rejection|objection)$/i.test(m[1]!) ? 'oppose' : null;
      const told = [...out].reverse().find((st) => st.evidence.start >= s.start && st.evidence.end <= at + 1 && st.actor !== agent?.entity && st.stance !== 'neutral' && (!wanted || st.stance === wanted || (wanted === 'support' && st.stance === 'conditional')));
      const prop = told && props.find((p) => p.id === told.proposition);
      if (!agent || !told || !prop || notAHolder(ctx, agent)) continue;
      const polarity = told.stance === 'oppose' ? -1 : 1;
      const hit: CueHit = { cue: { re: 'echoed', polarity, kind: 'agentive', weight: 0.6 }, start: told.evidence.start, end: at + m[0].length };
      emit({ holders: [{ entity: agent.entity, at: agent, rule: 'echo-agent', confidence: 0.6 }, ...coordinatedAfter(ctx, agent)], polarity, basePolarity: polarity, weight: 0.6, first: hit, last: hit, rule: 'echoed', hedged: false, threat: false, emittedProp: true }, prop);
    }

    // "Tester voted against the bill ... Tester was joined by Manchin and Heitkamp": those who join a side in what it
    // just did take the same side (the side's last stance before, within a few paragraphs).
    for (const m of JOINED_HINT.test(sentenceText) ? sentenceText.matchAll(JOINED_BY) : []) {
      const at = s.start + m.index;
      const joined = [...mentions].reverse().find((x) => x.kind !== 'pronoun' && x.end <= at && /^\s*(?:\([^()]{1,30}\))?\s*$/.test(text.slice(x.end, at)));
      const agent = mentions.find((x) => x.kind !== 'pronoun' && x.start >= at + m[0].length && x.start <= at + m[0].length + 24 && /^(?:\s*(?:[A-Z][\p{L}.]*\s+){0,2})$/u.test(text.slice(at + m[0].length, x.start)));
      if (!joined || !agent || notAHolder(ctx, agent)) continue;
      const told = [...out].reverse().find((st) => st.actor === joined.entity && st.stance !== 'neutral' && st.stance !== 'conditional' && st.evidence.end <= at && at - st.evidence.end <= JOINED_REACH);
      if (!told) continue;
      const polarity = told.stance === 'oppose' ? -1 : 1;
      const hit: CueHit = { cue: { re: 'joined-by', polarity, kind: 'agentive', weight: 0.55 }, start: joined.start, end: at + m[0].length };
      const prop = toldAt(told, hit);
      emit({ holders: [{ entity: agent.entity, at: agent, rule: 'joined-agent', confidence: 0.55 }, ...coordinatedAfter(ctx, agent)], polarity, basePolarity: polarity, weight: 0.55, first: hit, last: hit, rule: 'joined-by', hedged: false, threat: false, emittedProp: false }, prop);
    }

    // "Republicans called for a repeal. Even Clinton has joined the calls.": joining the calls, the chorus of criticism
    // or the opposition with nothing after it takes the stance last told of that kind by another side.
    for (const m of JOINED_HINT_ACTIVE.test(sentenceText) ? sentenceText.matchAll(JOINED_THE) : []) {
      const at = s.start + m.index;
      const joiner = [...mentions].reverse().find((x) => x.kind !== 'pronoun' && x.end <= at && /^\s*(?:\([^()]{1,30}\))?\s*(?:(?:has|have|had|also|now|since|later|even|quickly)\s+)*$/.test(text.slice(x.end, at)));
      if (!joiner || notAHolder(ctx, joiner)) continue;
      // (A call may be for an end to a thing: whatever it asked is taken; criticism only opposes.)
      const critical = !/^(?:calls?|push|campaign|efforts?|demands?|appeals?|pleas?)$/i.test(m[1]!);
      const told = [...out].reverse().find((st) => st.actor !== joiner.entity && (critical ? st.stance === 'oppose' : st.stance === 'support' || st.stance === 'oppose') && st.evidence.end <= at && at - st.evidence.end <= JOINED_REACH);
      if (!told) continue;
      const polarity = told.stance === 'oppose' ? -1 : 1;
      const hit: CueHit = { cue: { re: 'joined-the', polarity, kind: 'agentive', weight: 0.55 }, start: at, end: at + m[0].length };
      const prop = toldAt(told, hit);
      emit({ holders: [{ entity: joiner.entity, at: joiner, rule: 'joiner', confidence: 0.55 }], polarity, basePolarity: polarity, weight: 0.55, first: { ...hit, start: joiner.start }, last: hit, rule: 'joined-the', hedged: false, threat: false, emittedProp: false }, prop);
    }

    // "Sudmark imposed the levy despite objections from Norland", "dropped the levy under pressure from Norland": the
    // holder of a call or an objection the act answers, or defies, takes a side on what the act is on.
    // Each as its preposition, its noun of asking (or none: one of objecting), and where its holder's name starts or ends.
    const pressed = PRESSED_HINT.test(sentenceText)
      ? [
          ...[...sentenceText.matchAll(PRESSED_BY)].map((m) => ({ at: s.start + m.index, preposition: m[1]!, asking: m[3], holderAt: s.start + m.index + m[0].length, owned: false })),
          ...[...sentenceText.matchAll(PRESSED_BY_OWNER)].map((m) => ({ at: s.start + m.index, preposition: m[1]!, asking: m[4], holderAt: s.start + m.indices![2]![0], owned: true })),
        ]
      : [];
    for (const { at, preposition, asking, holderAt, owned } of pressed) {
      if (/^at$/i.test(preposition) && !/^(?:request|urging|insistence|behest)/i.test(asking ?? '')) continue;
      const agent = owned ? mentions.find((x) => x.kind !== 'pronoun' && x.end === holderAt && x.start > at) : mentions.find((x) => x.kind !== 'pronoun' && x.start >= holderAt && x.start <= holderAt + 4);
      if (!agent || notAHolder(ctx, agent)) continue;
      const acts = out.filter((st) => st.evidence.start >= s.start && st.evidence.end <= s.end && st.actor !== agent.entity && (st.stance === 'support' || st.stance === 'oppose'));
      // The act the phrase is attached to: the one told before it, else the one after ("Despite objections from X, Y ...").
      const act = [...acts].reverse().find((st) => st.evidence.start < at) ?? acts[0];
      // "The quota swap was dropped after objections from X": an act told in the passive with no agent named.
      const fate = act ? null : passiveFate(text, s.start, at, props);
      if (!act && !fate) continue;
      const responding = RESPONDING.test(preposition);
      const concessive = CONCESSIVE.test(preposition);
      // A call the act answers asked for it, one it defies asked otherwise; an objection it defies was to the act, one it answers to what was undone.
      const same = asking ? !concessive : responding;
      const polarity = ((act ? (act.stance === 'support' ? 1 : -1) : fate!.polarity) * (same ? 1 : -1)) as 1 | -1;
      const hit: CueHit = { cue: { re: 'pressed-by', polarity, kind: 'agentive', weight: 0.55 }, start: fate ? fate.prop.start : at, end: agent.end };
      emit({ holders: [{ entity: agent.entity, at: agent, rule: 'pressing-agent', confidence: 0.55 }, ...coordinatedAfter(ctx, agent)], polarity, basePolarity: polarity, weight: 0.55, first: hit, last: hit, rule: 'pressed-by', hedged: false, threat: false, emittedProp: !!fate }, act ? toldAt(act, hit) : fate!.prop);
    }

    // "The union reached a tentative agreement with the chain": the other party to a deal made is for it too.
    for (const st of AGREED_WITH_HINT.test(sentenceText) ? out.filter((x) => x.evidence.start >= s.start && x.evidence.end <= s.end && x.stance === 'support' && isAgreeable(x.proposition)) : []) {
      if (!MADE_AGREEMENT.test(st.evidence.text)) continue;
      const withAt = AGREED_WITH.exec(text.slice(st.evidence.end, s.end));
      const at = withAt ? st.evidence.end + withAt[0].length : -1;
      // (A description's mention takes its article: "with the chain".)
      const partner = withAt ? mentions.find((x) => x.kind !== 'pronoun' && (x.start === at || (x.start === at - 4 && /^the\s$/i.test(text.slice(x.start, at)))) && x.entity !== st.actor) : undefined;
      if (!partner || notAHolder(ctx, partner) || out.some((x) => x.actor === partner.entity && x.proposition === st.proposition && x.evidence.start >= s.start)) continue;
      const hit: CueHit = { cue: { re: 'agreed-with', polarity: 1, kind: 'agentive', weight: 0.6 }, start: st.evidence.start, end: partner.end };
      const prop: PropositionMatch = { id: st.proposition, start: st.evidence.start, end: st.evidence.end, origin: st.proposition.startsWith('auto:') ? 'auto' : 'pack' };
      emit({ holders: [{ entity: partner.entity, at: partner, rule: 'deal-partner', confidence: 0.6 }], polarity: 1, basePolarity: 1, weight: 0.6, first: hit, last: hit, rule: 'agreed-with', hedged: false, threat: false, emittedProp: true }, prop);
    }

    // "Norway's proposal for a quota swap was discussed", "... was rejected by Sweden": a proposal is its proposer's,
    // whatever else the sentence does with it (the main loop reads it only as the object of a stance verb).
    for (const p of props) {
      if (p.id === TALKS_ID || inCondition(p.start)) continue;
      // Only a proposal whose content follows it ("proposal for a quota swap"): a bare "Trump's proposal" points back
      // at whatever was named last, too loosely to state a stance with no verb.
      if (!/^\s+(?:for|on|to)\s/i.test(text.slice(p.end, p.end + 5)) || !props.some((q) => q !== p && q.id === p.id && q.start >= p.end && q.start - p.end <= 40)) continue;
      const proposer = proposerOf(ctx, p);
      const named = proposer?.at ? mentions.find((m) => m.start === proposer.at!.start && m.end === proposer.at!.end) : undefined;
      if (!proposer?.at || !named || notAHolder(ctx, named)) continue;
      if (out.some((st) => st.actor === proposer.entity && st.proposition === p.id && st.evidence.start >= s.start && st.evidence.end <= s.end)) continue;
      const hit: CueHit = { cue: { re: 'proposer', polarity: 1, kind: 'agentive', weight: 0.6 }, start: proposer.at.start, end: p.end };
      emit({ holders: [proposer], polarity: 1, basePolarity: 1, weight: 0.6, first: hit, last: hit, rule: 'proposer', hedged: false, threat: false, emittedProp: true }, p);
    }

    // "The offer falls short of the union's demands", "fell well short of what Norland had asked for": the side whose
    // wishes a thing falls short of is against it.
    for (const m of /\bshort\s+of\b/i.test(sentenceText) ? sentenceText.matchAll(FELL_SHORT) : []) {
      const at = s.start + m.index;
      const after = at + m[0].length;
      const rest = text.slice(after, Math.min(s.end, after + 80));
      let holder: Mention | undefined;
      if (/^what\s/i.test(rest)) {
        const named = /^what\s+(?:the\s+)?/i.exec(rest)![0].length;
        holder = mentions.find((x) => x.kind !== 'pronoun' && x.start === after + named && WISHED_AFTER.test(text.slice(x.end, x.end + 40)));
      } else if (/^(?:the\s+)?(?:demands?|expectations?|requests?|needs?|hopes?|goals?|wishes)\s+of\s/i.test(rest)) {
        const of = /^(?:the\s+)?\p{L}+\s+of\s+(?:the\s+)?/iu.exec(rest)![0].length;
        holder = mentions.find((x) => x.kind !== 'pronoun' && x.start === after + of);
      } else {
        holder = mentions.find((x) => x.kind !== 'pronoun' && x.start >= after && x.start <= after + 4 && /^['’]s?\s+(?:(?:own|main|key|core|central|minimum|original|initial)\s+)*(?:demands?|expectations?|requests?|needs?|hopes?|goals?|wishes|asks?|terms)\b/i.test(text.slice(x.end, x.end + 40)));
      }
      if (!holder || notAHolder(ctx, holder)) continue;
      const subject = [...props].reverse().find((p) => p.end <= at && p.start >= s.start && !p.direct && p.id !== TALKS_ID && !inCondition(p.start));
      const id = subject?.id ?? (contextObject && SHORT_SUBJECT.test(text.slice(s.start, at)) ? contextObject : null);
      if (!id) continue;
      const hit: CueHit = { cue: { re: 'fell-short', polarity: -1, kind: 'agentive', weight: 0.6 }, start: subject?.start ?? at, end: holder.end };
      const prop: PropositionMatch = subject ?? { id, start: at, end: holder.end, origin: id.startsWith('auto:') ? 'auto' : 'pack' };
      emit({ holders: [{ entity: holder.entity, at: holder, rule: 'wisher', confidence: 0.6 }, ...coordinatedAfter(ctx, holder)], polarity: -1, basePolarity: -1, weight: 0.6, first: hit, last: hit, rule: 'fell-short', hedged: false, threat: false, emittedProp: true }, prop);
    }

    // "exemptions for night workers, as Vooruit had demanded", "a quota swap, a point on which Sweden had insisted":
    // a clause after an object that says who had wished for it.
    for (const holder of AS_WISHED_HINT.test(sentenceText) ? mentions : []) {
      if (holder.kind === 'pronoun' || notAHolder(ctx, holder)) continue;
      const opening = AS_WISHED_OPENING.exec(text.slice(Math.max(s.start, holder.start - 60), holder.start));
      const wish = opening && AS_WISHED_VERB.exec(text.slice(holder.end, Math.min(s.end, holder.end + 60)));
      if (!opening || !wish) continue;
      const at = holder.start - opening[0].length;
      // (After "as" the object ends right before the clause: "exemptions for night workers, as X had demanded" wishes for
      // no "deal" told earlier. "a point on which ..." sums up the clause before, as `APPOSITIVE` does.)
      const summing = !/^\S\s*(?:\([^()]*\))?\s*,\s*(?:just\s+|exactly\s+)?as\s/i.test(opening[0]);
      const object = [...props].reverse().find((p) => p.end <= at + 1 && (summing || p.end >= at - 2) && p.start >= s.start && !p.direct && p.id !== TALKS_ID && !inCondition(p.start) && !/[;:.!?]/.test(text.slice(p.end, at)));
      if (!object) continue;
      const hit: CueHit = { cue: { re: 'as-wished', polarity: 1, kind: 'agentive', weight: 0.6 }, start: object.start, end: holder.end + wish[0].length };
      emit({ holders: [{ entity: holder.entity, at: holder, rule: 'wisher', confidence: 0.6 }, ...coordinatedAfter(ctx, holder)], polarity: 1, basePolarity: 1, weight: 0.6, first: hit, last: hit, rule: 'as-wished', hedged: false, threat: false, emittedProp: true }, object);
    }

    // "Norland rejected the levy. Sudmark backed Norland.", "Kuwait and Iran backed him": taking a side's part, with
    // nothing else as the verb's object, takes its last stance (told within a few paragraphs).
    for (const m of BACKED_HINT.test(sentenceText) ? sentenceText.matchAll(BACKED_SIDE) : []) {
      const at = s.start + m.index;
      const after = at + m[0].length;
      const backer = [...mentions].reverse().find((x) => x.kind !== 'pronoun' && x.end <= at && /^\s*(?:\([^()]{1,30}\))?\s*(?:(?:has|have|had|also|quickly|promptly|immediately|publicly|firmly|strongly|later|swiftly|then|both)\s+)*$/.test(text.slice(x.end, at)));
      if (!backer || notAHolder(ctx, backer)) continue;
      const named = m[2] || /\S/.test(text.slice(at + m[1]!.length, after)) ? null : mentions.find((x) => x.kind !== 'pronoun' && x.start >= after && x.start <= after + 2);
      // A name after the verb must be the whole object: "backed Norland's proposal" has an object of its own.
      if (!m[2] && !/\S/.test(text.slice(at + m[1]!.length, after)) && (!named || !/^(?:['’]s?\s+(?:position|stance|view|line|objection|opposition|rejection|criticism|call|demand))?\s*(?:[,;.!?"”]|$|\s+(?:on|in|at|last|this|after|when|as|too|also)\b)/.test(text.slice(named.end, named.end + 24)))) continue;
      const backed = named ? named.entity : null;
      if (backed === backer.entity) continue;
      // ("him", "that position": the side whose stance was told last.)
      const told = [...out].reverse().find((st) => (backed === null ? st.actor !== backer.entity : st.actor === backed) && (st.stance === 'support' || st.stance === 'oppose') && st.evidence.end <= at && at - st.evidence.end <= JOINED_REACH);
      if (!told) continue;
      const polarity = told.stance === 'oppose' ? -1 : 1;
      const hit: CueHit = { cue: { re: 'backed-side', polarity, kind: 'agentive', weight: 0.55 }, start: at, end: named ? named.end : after };
      const holders: Holder[] = [{ entity: backer.entity, at: backer, rule: 'backer', confidence: 0.55 }];
      // "Kuwait and Iran backed him": names joined before the verb back it too.
      for (const x of [...mentions].reverse()) {
        const first = holders[holders.length - 1]!.at as Mention;
        if (x.kind === 'pronoun' || x.end > first.start) continue;
        if (!/^\s*(?:,|,?\s+and)\s*$/.test(text.slice(x.end, first.start))) break;
        if (!holders.some((h) => h.entity === x.entity) && x.entity !== backed) holders.push({ entity: x.entity, at: x, rule: 'backer', confidence: 0.55 });
      }
      emit({ holders, polarity, basePolarity: polarity, weight: 0.55, first: { ...hit, start: (holders[holders.length - 1]!.at as Mention).start }, last: hit, rule: 'backed-side', hedged: false, threat: false, emittedProp: false }, toldAt(told, hit));
    }

    // "accepted a fund for hospitals, a central demand of the SPD": an appositive that calls the object a side's demand
    // says that side wants it (the object is the last one named before the comma).
    for (const m of DEMAND_HINT.test(sentenceText) ? sentenceText.matchAll(APPOSITIVE_DEMAND) : []) {
      const at = s.start + m.index;
      const nounEnd = at + m[0].length;
      const owner = m[1]
        ? mentions.find((x) => x.kind !== 'pronoun' && x.start >= nounEnd && x.start <= nounEnd + 4)
        : mentions.find((x) => x.kind !== 'pronoun' && x.start > at && x.end <= nounEnd);
      let prop = [...props].reverse().find((p) => p.end <= at + 1 && p.start >= s.start && !p.direct && !inCondition(p.start));
      // "The deal includes a cap on regional flying, a key union demand": the phrase right before the comma, when no object ends there.
      // ("a pension fund for retired crews, a central demand": what the object is for or of is still the object.)
      if (!prop || (/\p{L}/u.test(text.slice(prop.end, at)) && !/^\s+(?:of|for|on|over|with|in|to)\s+[^,;:()]*$/.test(text.slice(prop.end, at)))) {
        const from = Math.max(s.start, at - 140);
        const before = PHRASE_BEFORE_COMMA.exec(text.slice(from, at + 1));
        const phrase = before ? antecedentPhrase(before, from) : null;
        // (An object inside the phrase is the same thing: "accepted a pension fund for retired crews".)
        if (phrase && !mentions.some((x) => x.start < phrase.end && phrase.start < x.end) && !(prop && prop.end > phrase.start)) prop = phrase;
      }
      if (!owner || !prop || notAHolder(ctx, owner)) continue;
      // "After Ukraine rejected the ceasefire, a key Russian demand, the withdrawal ..., was dropped": the comma closes a
      // fronted clause, and the appositive is on the next clause's subject.
      if (FRONTED_CLAUSE.test(text.slice(s.start, prop.start)) && !text.slice(s.start, at).includes(',')) continue;
      if (SUBJECT_APPOSITIVE_AFTER.test(text.slice(at + m[0].length, Math.min(s.end, at + m[0].length + 120)))) continue;
      const hit: CueHit = { cue: { re: 'appositive-demand', polarity: 1, kind: 'agentive', weight: 0.6 }, start: at + m[0].search(/\S/), end: m[1] ? owner.end : nounEnd };
      emit({ holders: [{ entity: owner.entity, at: owner, rule: 'appositive-owner', confidence: 0.6 }, ...coordinatedAfter(ctx, owner)], polarity: 1, basePolarity: 1, weight: 0.6, first: { ...hit, start: prop.start }, last: hit, rule: 'appositive-demand', hedged: false, threat: false, emittedProp: true }, prop);
      // "..., a key union demand that management had long resisted": the side the relative clause names takes the stance its verb says.
      const relative = !m[1] ? /^\s+(?:that|which)\s+(?:the\s+)?/.exec(text.slice(nounEnd, nounEnd + 16)) : null;
      const resister = relative ? mentions.find((x) => x.kind !== 'pronoun' && x.start === nounEnd + relative[0].length && x.entity !== owner.entity) : null;
      const verb = resister ? (cues ?? []).find((h) => h.start >= resister.end && h.start <= resister.end + 30 && h.cue.polarity !== 0 && h.cue.kind === 'agentive' && /^\s+(?:(?:had|has|have|would|will|did|does|do|long|also|already|repeatedly|so\s+far|\p{Ll}+ly|not|never|n['’]t)\s+)*$/u.test(text.slice(resister.end, h.start))) : null;
      if (resister && verb && !notAHolder(ctx, resister)) {
        const negated = /\b(?:not|never)\b|n['’]t\b/.test(text.slice(resister.end, verb.start));
        const polarity = (verb.cue.polarity * (negated ? -1 : 1)) as 1 | -1;
        emit({ holders: [{ entity: resister.entity, at: resister, rule: 'relative-agent', confidence: 0.6 }], polarity, basePolarity: polarity, weight: 0.6, first: { ...verb, start: prop.start }, last: verb, rule: 'appositive-relative', hedged: false, threat: false, emittedProp: true }, prop);
      }
    }

    // "I'm glad that it took place": a quoted judgement whose subject points back to the object under discussion.
    if (judgedPronoun && contextObject) {
      const hit: CueHit = { cue: { re: 'pronoun-judgement', polarity: judgedPronoun.polarity as 1 | -1, kind: 'agentive', weight: 0.55 }, start: judgedPronoun.start, end: judgedPronoun.end };
      const prop: PropositionMatch = { id: contextObject, start: judgedPronoun.start, end: judgedPronoun.end, origin: contextObject.startsWith('auto:') ? 'auto' : 'pack' };
      emit({ holders: [{ entity: judgedPronoun.speaker, at: null, rule: 'quote-direct', confidence: 0.7 }], polarity: judgedPronoun.polarity, basePolarity: judgedPronoun.polarity, weight: 0.55, first: hit, last: hit, rule: 'evaluative-pronoun', hedged: false, threat: false, emittedProp: false }, prop);
    }
    // Judgements with no stance verb: "<object> is <judgement>" inside a quote, "calling it <judgement>".
    for (const ev of evaluations(ctx, props, cues)) {
      const ch: Chain = { holders: ev.holders, polarity: ev.polarity, basePolarity: ev.polarity, weight: 0.7, first: ev.hit, last: ev.hit, rule: ev.rule, hedged: false, threat: false, emittedProp: false };
      emit(ch, ev.prop);
    }
    // "Asked whether Brazil would accept the truce, Alves said: \"Never.\"": the answer takes the question's act.
    const answer = askedAnswer(ctx, props, cues);
    if (answer) emit({ holders: [answer.holder], polarity: answer.polarity, basePolarity: answer.polarity, weight: 0.6, first: answer.hit, last: answer.hit, rule: 'asked-answer', hedged: false, threat: false, emittedProp: true }, answer.prop);
    // "would free the hostages in exchange for the release of prisoners": what a side asks for its offer, it wants.
    for (const t of trades) {
      const named = props.filter((p) => p.start >= t.condition.start && p.start < t.condition.end);
      const found = named.length ? null : termObject(text, t.condition, mentions);
      for (const p of found ? [found] : named) {
        if (p.start < t.condition.start || p.start >= t.condition.end) continue;
        const hit: CueHit = { cue: { re: 'asked-in-return', polarity: 1, kind: 'agentive', weight: 0.6 }, start: t.condition.start, end: p.start };
        const condition = t.asked ? { start: t.asked.start, end: t.asked.end } : undefined;
        emit({ holders: [t.holder], polarity: 1, basePolarity: 1, weight: 0.6, first: { ...hit, start: t.from }, last: hit, rule: t.asked ? 'offered-in-return' : 'asked-in-return', hedged: false, threat: false, emittedProp: true, ...(condition ? { condition } : {}) }, p);
      }
    }
    for (const t of terms) {
      // ("provided the mediators guarantee ...": a people noun opening a phrase is a clause's subject, not part of a thing.)
      const named = props.filter((p) => p.start >= t.condition.start && p.start < t.condition.end && p.id !== t.main && p.id !== TALKS_ID && !p.direct && !PEOPLE_HEAD.test(/^\p{Ll}+s(?=\s+\p{Ll})/u.exec(text.slice(p.start, p.end))?.[0] ?? ''));
      const found = named.length ? null : termObject(text, t.condition, mentions);
      for (const p of found ? [found] : named) {
        // The condition's own verb says what is asked of the thing: "if Norway agreed to a review" (+), "if Kyiv dropped its bid" (-).
        const verb = [...(cues ?? [])].reverse().find((h) => h.start >= t.condition.start && h.end <= p.start);
        if (verb && verb.cue.polarity === 0) continue;
        const negated = NEGATED_TERM.test(text.slice(t.condition.start, verb?.start ?? p.start));
        const polarity = (t.sign * (verb ? verb.cue.polarity : 1) * (negated ? -1 : 1)) as 1 | -1;
        const hit: CueHit = { cue: { re: 'wanted-as-condition', polarity, kind: 'agentive', weight: 0.55 }, start: t.condition.start, end: p.start };
        emit({ holders: [t.holder], polarity, basePolarity: polarity, weight: 0.55, first: { ...hit, start: t.from }, last: hit, rule: 'wanted-as-condition', hedged: false, threat: false, emittedProp: true }, p);
      }
    }
    // "X said the plan was the only basis. He rejected any referendum": a sentence that took no stance still names
    // whom the next one's pronoun means.
    if (!emitted.size && sentenceSubject) lastHolder = { entity: sentenceSubject.entity, at: null, rule: 'previous', confidence: 0.5 };
  }
  // "Japan backed the Swiss position": a side that takes another's position holds its stances told just before.
  out.push(...alignedStances(text, content, mentionsSorted, analysis.entities, out, kb));
  // A news organisation is the source of a report, never a party holding a position in it.
  const outlets = out.length ? newsOutlets(text, analysis.entities, analysis.mentions) : new Set<number>();
  // Objects discovered in a report that shows no bargaining (a product launch, a trial, a profile) are
  // nobody's negotiating position: "the deal" of an IPO, "the contract" of a manager. Leaving or staying in
  // a body is a question of its own, put to a vote rather than bargained.
  const negotiated = !out.some((st) => st.proposition.startsWith('auto:') && !isMembership(st.proposition)) || reportsNegotiation(text, content);
  if (outlets.size || !negotiated) out = out.filter((st) => !outlets.has(st.actor) && (negotiated || !st.proposition.startsWith('auto:') || isMembership(st.proposition)));
  // Discovered objects belong to this document's negotiation: qualify them by its two principal sides.
  if (out.some((st) => st.proposition.startsWith('auto:'))) {
    const sides = negotiationSides(text, analysis.entities, analysis.mentions, out.map((st) => st.actor));
    for (const st of out) st.proposition = qualifyProposition(st.proposition, sides);
  }
  // Readers take a report's last stance on a question as its latest: one told as already past goes first.
  if (toldAsPast.size) out = [...out.filter((st) => toldAsPast.has(st)), ...out.filter((st) => !toldAsPast.has(st))];
  return out;
}

/** Going (back) to the negotiating table: the talks, named by the place they are held. */
const BACK_TO_TABLE = /(?<![\p{L}])(?:return(?:s|ed|ing)?|(?:go|goes|went|going|come|comes|came|coming|get|gets|got|getting|head(?:s|ed|ing)?)\s+back|sit(?:s|ting)?\s+(?:back\s+)?down|sat\s+(?:back\s+)?down)\s+(?:to|at)\s+the\s+(?:negotiating\s+|bargaining\s+)?table(?![\p{L}])|(?<![\p{L}])(?:(?:get|gets|got|getting|go|goes|went|going|come|comes|came|coming|head(?:s|ed|ing)?)\s+back|return(?:s|ed|ing)?)\s+to\s+(?:the\s+)?(?:negotiations|talks|bargaining)(?![\p{L}])/giu;

/** Endings that make a verb's noun of action from its stem ("enrich" → "enrichment", "withdraw" → "withdrawal"). */
const ACTION_NOUN_ENDINGS = ['ment', 'al', 'ation', 'ion', 'e', ''];
const GERUND = /(?<![\p{L}-])(\p{Ll}{3,}?)ing(?:\s+(\p{Ll}{3,}))?(?![\p{L}-])/gu;

/** The discovered objects of a report by their head noun, for gerunds that name them by their verb. */
function headsOf(sentenceProps: readonly (readonly PropositionMatch[])[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const props of sentenceProps)
    for (const p of props) {
      if (p.origin !== 'auto') continue;
      const head = objectHead(p.id);
      const ids = out.get(head) ?? [];
      if (!ids.includes(p.id)) out.set(head, [...ids, p.id]);
    }
  return out;
}

/**
 * Gerunds naming an object the report names by its noun of action: "a demand that Tehran stop enriching
 * uranium" is about "uranium enrichment" when the report speaks of it. The gerund's own object picks the keyed
 * object ("enriching uranium" → `auto:uranium-enrichment`); without one that fits, the bare object is taken.
 * Hand-written: no npm library derives action nouns from verbs, and the report's own nouns decide.
 */
function gerundObjects(text: string, s: Sentence, props: readonly PropositionMatch[], byHead: ReadonlyMap<string, string[]>): PropositionMatch[] {
  const out: PropositionMatch[] = [];
  if (!byHead.size) return out;
  const slice = text.slice(s.start, s.end);
  for (const m of slice.matchAll(GERUND)) {
    const stem = m[1]!;
    const stems = /([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem, stem.slice(0, -1)] : [stem];
    let ids: string[] | undefined;
    for (const st of stems) for (const ending of ACTION_NOUN_ENDINGS) ids ??= byHead.get(st + ending);
    if (!ids) continue;
    const object = m[2];
    const keyed = object ? ids.find((id) => id.slice(5).split('-').slice(0, -1).includes(object)) : undefined;
    const bare = ids.find((id) => !id.slice(5).includes('-'));
    const id = keyed ?? bare;
    if (!id) continue;
    const start = s.start + m.index;
    const end = start + (keyed ? m[0].length : stem.length + 3);
    if (props.some((p) => p.start < end && start < p.end)) continue;
    out.push({ id, start, end, origin: 'auto' });
  }
  return out;
}

/** How far a closing quotation mark may lie past an evidence span's end for the span to run to it. */
const QUOTATION_REACH = 120;

/** A straight double quote opens a quotation when what is before it is a space or an opening bracket and a word follows. */
function opensQuotation(text: string, at: number): boolean {
  return (at === 0 || /[\s(\[{—–]/u.test(text[at - 1]!)) && at + 1 < text.length && /\S/u.test(text[at + 1]!);
}

/**
 * Where an evidence span ending at `end` should end: one that opens a quotation and stops inside it
 * ('called it "a historic opportunity') runs on to the closing mark when that is near and in the sentence,
 * since a cut quotation misquotes its speaker. Hand-written: a span edit over one sentence, no library does it.
 */
function throughQuotation(text: string, start: number, end: number, limit: number): number {
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '“') open = i;
    else if (c === '”') open = -1;
    else if (c === '"') open = open < 0 && opensQuotation(text, i) ? i : -1;
  }
  if (open < 0) return end;
  const stop = Math.min(limit, end + QUOTATION_REACH);
  for (let i = end; i < stop; i++) {
    const c = text[i]!;
    if (c === '”' || c === '"') return i + 1;
    if (c === '“') return end;
  }
  return end;
}

/**
 * A refusal or a keeping "until" something happens is no acceptance on a condition: "will not agree to X
 * until Y" opposes X now, "X should stay until Y" holds to it. Only a refusal by the verb itself counts:
 * "would not meet to approve X until Y" defers an approval, and stays conditional.
 */
function holdsUntil(text: string, cond: { start: number }, ch: { first: CueHit; last: CueHit; rule: string; polarity: number }): boolean {
  if (!/^until\b/i.test(text.slice(cond.start, cond.start + 6))) return false;
  // "pushed to delay the tariffs until after the election": "until" says how long the putting-off lasts.
  return (ch.polarity < 0 && (ch.first.cue.polarity < 0 || PUTTING_OFF.test(text.slice(ch.last.start, ch.last.end)))) || (ch.rule === 'deontic-predicate' && ch.polarity > 0);
}

const PUTTING_OFF = /^(?:delay|postpon|defer|suspend|freez|froze|paus|put\s+off|hold\s+off|held\s+off|shelv)/i;

const POSSESSIVE_PRONOUN_BEFORE = /(?<![\p{L}\p{N}])(their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Nouns that make the action after "of" a topic rather than a stance ("the task of", "the prospects of"). */
const TOPIC_OF = /\b(?:task|job|prospects?|possibility|chances?|process|business|costs?|risks?|difficult(?:y|ies)|challenges?|likelihood|odds|question|complexit(?:y|ies)|logistics|mechanics|timing)\s+of\s+$/i;
const STRIVING_NOUN = /^(?:determination|efforts?|bid|push|drive|attempts?|desire|eagerness|hopes?|campaign|quest)\b/i;
/** Before a stance noun: a verb that voices it ("expressed its support for", "renewed calls for"), or a possessive. */
const VOICED_NOUN = /\b(?:ha(?:s|d|ve|ving)(?![\p{L}])|express|voic|signal|reiterat|declar|announc|stat|show|register|lodg|rais|offer|giv|gave|lend|lent|pledg|mak|made|renew|affirm|reaffirm|repeat|restat|underlin|stress|emphasi|confirm|drop|withdr|issu|its|their|his|her|our|my)\p{L}*\s+(?:(?:its|their|his|her|our|the|a|an|strong|full|firm|fresh|new|renewed|continued|unwavering|public|vocal|fierce|stiff|growing|staunch|clear|formal|\p{L}+ly)\s+){0,3}$/iu;

/** "... the unfair practice of <X>", "the harmful use of <X>": a judgement of the frame around an object. */
const FRAME_OF = /\b(?:the|a|an|this|that|its|their|such)\s+((?:[\p{L}-]+\s+){1,3})of\s+(?:(?:the|its|their|such)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/iu;
/** "... that <X> is <judgement>": the object as subject of a complement clause. */
const COMPLEMENT_BEFORE = /\bthat\s+(?:the|this|these|those|its|their|such|any|a|an)?\s*(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * The polarity a frame around the object fixes, whatever the verb governing it (0: none). An object the
 * holder calls wrong ("correct the unfair practice of <X>") is opposed; in a complement clause, the
 * judgement of it decides ("urged them to make clear that <X> is unacceptable").
 */
function framePolarity(text: string, s: Sentence, from: number, prop: PropositionMatch): number {
  const gap = text.slice(Math.max(s.start, from, prop.start - 60), prop.start);
  const of = FRAME_OF.exec(gap);
  if (of && evaluate(of[1]!) <= -2) return -1;
  // "the red lines of X, notably the non-negotiable <object>": what is called non-negotiable is insisted on.
  if (NON_NEGOTIABLE_BEFORE.test(gap)) return 1;
  // An anaphor may open with the complementiser itself ("that this legislation").
  const lead = /^that\s+(?:the|this|these|those|its|their)\s/i.test(text.slice(prop.start, prop.end)) ? 'that ' : '';
  if (!COMPLEMENT_BEFORE.test(text.slice(Math.max(s.start, from), prop.start) + lead)) return 0;
  const rest = text.slice(prop.end, s.end);
  const cop = COPULA.exec(rest);
  if (!cop) return 0;
  const clauseEnd = rest.slice(cop[0].length).search(/[.;:!?,]|\s[–—]\s/);
  const score = evaluate(rest.slice(0, cop[0].length + (clauseEnd < 0 ? rest.length - cop[0].length : clauseEnd)));
  return Math.abs(score) >= 2 ? Math.sign(score) : 0;
}

const EXIT_RE = new RegExp(EXIT_THREATS, 'gi');
/** Between a noun and the participle that describes it: "the pact (, which was) brokered by". */
const MADE_BY_GAP = /^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+)?(?:(?:jointly|quietly|originally|initially|first|later|recently|\p{L}+ly)\s+)?$/iu;
/** After an object: a future or modal verb group of up to three words, then (checked) a condition. */
// Group 1: ", which <X> says", whose <X> holds the condition.
const CONDITIONED_FUTURE = /^(?:(\s*,\s*which\s+(?:[\p{L}.'’-]+\s+){1,4}?(?:says?|said|insists?|insisted|maintains?|maintained)\s+)|\s+(?:\p{L}+\s+){0,3}?)(?:(?:would|will|could|can|shall|might)\s+(?:only\s+)?(?:be\s+)?(?:[\p{L}-]+\s+){1,3}?|(?:is|was|are|were|would\s+be|will\s+be)\s+(?:only\s+)?(?:possible|acceptable|feasible|conceivable|realistic|thinkable|on\s+the\s+table)\s+)(?=(?:but\s+)?(?:only\s+if|only\s+when|only\s+after|only\s+once|once|provided|providing|as\s+long\s+as|so\s+long\s+as|on\s+(?:the\s+)?condition|unless|subject\s+to|conditional\s+on|contingent\s+on|until)\b)/iu;
/** Fear or concern whose object may be followed by its failing ("fears the truce will collapse"). */
const FEARING_CUE = /^(?:fear|concern|worr)/i;
const FAILS_AFTER = /^\s+(?:(?:\p{L}+|["”])\s+){0,2}?(?:will|would|may|might|could|can|is\s+going\s+to)\s+(?:soon\s+|eventually\s+)?(?:not\s+(?:hold|last|survive|work)|collapse|fail|fall\s+apart|break\s+down|unravel|be\s+violated|be\s+broken|be\s+abandoned)\b/iu;
/** A verb of wanting whose object may be followed by what is to be done to it ("wants the tariffs removed"). */
const WANTING_CUE = /^(?:want|wanted|wants|wanting|need|needs|needed|prefer|prefers|preferred|would\s+like|demand|insist|urge|press|call|push|ask|fight|fought|campaign|lobb|work|striv|strove|(?:do|does|did|doing)\s+(?:everything|all|whatever))/i;
/** "wants the tariffs removed", "demanded that the tariffs be dismantled", "pressed for the ban to be lifted". */
const SCRUTINISED_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:(?:(?:to|should|must|ought\s+to)\s+)?be\s+)(?:(?:properly|fully|carefully|independently|urgently|closely|thoroughly)\s+)?(?:examined|reviewed|investigated|scrutini[sz]ed|probed|referred|assessed|studied|checked|audited|looked\s+(?:at|into)|put\s+to\s+(?:a\s+)?(?:vote|ballot|referendum))\b/iu;
const UNDONE_AFTER = /^\s+(?:(?:against|on|for|of|over)\s+(?:[\p{L}\d'’-]+\s+){1,6}?(?=(?:(?:to|should|must|shall|ought\s+to)\s+)?be\s))?(?:(?:(?:to|should|must|shall|ought\s+to)\s+)?be\s+)?(?:(?:immediately|quickly|fully|completely|entirely|gradually|now)\s+)?(?:lifted|removed|scrapped|dropped|ended|eased|relaxed|cancell?ed|withdrawn|suspended|abolished|repealed|halted|stopped|reversed|rolled\s+back|phased\s+out|dismantled|watered\s+down)\b/iu;
/** Right after a welcome: "but said it would judge the text on its merits" (group 1: the reserved judgement). */
const RESERVATION = /^[^;:.!?]{0,40}?,?\s+but\s+(?:(?:said|says|added|stressed|insisted|warned|cautioned)\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:would|will)\s+(?:first\s+|still\s+)?|(?:would|will)\s+(?:first\s+|still\s+)?)((?:judge|study|examine|assess|review|scrutini[sz]e|weigh)\s+(?:the|its|any|each|a)\s+[^;:.!?]{1,80})/iu;
/** A condition that makes a future an offer rather than a forecast (cheap test before `conditionalOffer`). */
const HARD_CONDITION = /\b(?:only\s+(?:if|when|after|once)|provided|providing|as\s+long\s+as|so\s+long\s+as|on\s+(?:the\s+)?condition)\b/i;
/** Right before a hard condition: a modal verb group, coordinated ("and would come off") or with its own subject. */
const OFFER_BEFORE = /(?:^|[\s,])(and\s+)?(?:would|will|could|can|shall)\s+(?:only\s+|then\s+|also\s+)?([\p{Ll}-]+(?:\s+(?:up|down|off|out|back|in|on|away))?)((?:\s+[\p{L}'’-]+){0,4}?)\s+(?:but\s+)?$/u;

/** As `OFFER_BEFORE`, with the noun phrase followed by prepositional phrases (no comma but one before the condition). */
const OFFER_WITH_ADJUNCT = /(?:^|[\s,])()(?:would|will|could|can|shall)\s+(?:only\s+|then\s+|also\s+|first\s+)?([\p{Ll}-]+(?:\s+(?:up|down|off|out|back|in|on|away))?)((?:\s+[\p{L}'’-]+){1,4}?)\s+(?:to|for|on|in|at|by|within|before|from|into|across|over|under|with|of|inside|throughout)\s+[^,;:!?"“”]{1,100}?\s*,?\s+(?:but\s+)?$/u;
/** Verbs of making, presenting or putting in place: what they offer is their object itself. */
const MAKING_VERB = /^(?:establish|create|set\s+up|form|build|install|introduce|present|submit|table|send|draft|put|adopt|implement|deliver|open|launch|deploy|hand\s+over)\p{L}*$/iu;
/** "his government would ...": the side of the one who says it, as the subject of an offer. */
const OWN_SIDE_BEFORE = /\b(?:(?:his|her|their|our)\s+(?:government|administration|country|side|party|union|company|cabinet|team|ministry)|the\s+(?:rebels|rebellion|insurgents|fighters|movement|union|company|management|workers|employer|government|administration|delegation|alliance|coalition))\s+$/i;
/**
 * A conditional offer whose object no other rule finds, before the hard condition at `condAt`: a coordinated
 * predicate whose subject is the sentence's opening object ("The duty would stay, he said, and would come
 * off only if ..."), or a named subject's verb with a noun phrase of its own ("<X> would speed up licence
 * approvals only if ..."), held by the reporting speaker (else that subject).
 */
function conditionalOffer(ctx: Context, condAt: number): { holders: Holder[]; prop: PropositionMatch; from: number } | null {
  const { text, s } = ctx;
  let before = text.slice(Math.max(s.start, condAt - 90), condAt);
  let m = OFFER_BEFORE.exec(before);
  // "would send a draft statute to the court, provided that ...": the verb's noun phrase, then where, when or to whom.
  if (!m) {
    before = text.slice(Math.max(s.start, condAt - 200), condAt);
    m = OFFER_WITH_ADJUNCT.exec(before);
  }
  if (!m) return null;
  const verbAt = condAt - before.length + m.index + m[0].indexOf(m[2]!);
  if ((ctx.cues ?? []).some((h) => h.cue.kind !== 'object' && h.start >= verbAt && h.start < condAt)) return null;
  // An object already named after the verb ("would lift the tariffs only if"): the offer is about it.
  const named = ctx.props.find((p) => p.start >= verbAt && p.end <= condAt);
  if (m[1]) {
    // The opening object: the sentence's first object, with at most a determiner and two modifiers before it.
    const opening = ctx.props[0];
    if (!opening || opening.end > verbAt || !/^[\s"“]*(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\p{L}\d%$.-]+\s+){0,2}$/iu.test(text.slice(s.start, opening.start))) return null;
    const holder = reportingSpeaker(ctx, verbAt) ?? attributedSpeaker(ctx, opening.end);
    return holder ? { holders: [{ ...holder, rule: `offer-${holder.rule}` }], prop: opening, from: opening.start } : null;
  }
  const words = (m[3] ?? '').trim().split(/\s+/).filter(Boolean);
  if (!named && (!words.length || words.some((w) => !/^\p{Ll}[\p{Ll}-]*$/u.test(w) || (OPEN_STOP.has(w) && !OPEN_DETERMINER.test(w))))) return null;
  const nouns = words.filter((w) => !OPEN_DETERMINER.test(w));
  const head = nouns[nouns.length - 1];
  if (!named && (!head || head.length < 4 || /(?:ly|ed)$/.test(head))) return null;
  // The modal's own subject: a name right before it ("Beijing would ..."), or "his government" of the one who says it.
  const modalAt = condAt - before.length + m.index + (m[0].length - m[0].trimStart().length);
  const subject = [...ctx.mentions].reverse().find((mn) => mn.end <= modalAt && /^\s+$/.test(text.slice(mn.end, modalAt)) && mn.kind !== 'pronoun');
  const ownSide = subject ? null : OWN_SIDE_BEFORE.exec(text.slice(Math.max(s.start, modalAt - 40), modalAt));
  if (/^(?:be|been|have|get)$/i.test(m[2]!)) return null;
  // "talks with <X> would be held only if": a name after a preposition is no subject, and a passive's subject is its object.
  if (subject && isObject(ctx, subject.start)) return null;
  const subjectAt = subject?.start ?? modalAt - (ownSide?.[0].length ?? 0);
  const holder: Holder | null = subject ? (reportingSpeaker(ctx, subject.start) ?? { entity: subject.entity, at: subject, rule: 'subject', confidence: 0.6 }) : ownSide ? reportingSpeaker(ctx, subjectAt) : null;
  if (!holder) return null;
  const objectAt = condAt - before.length + m.index + m[0].indexOf(m[3]!) + (m[3]!.length - m[3]!.trimStart().length);
  const end = objectAt + m[3]!.trim().length;
  // "would establish the association", "would table a draft statute": making or presenting a thing offers the thing itself.
  const named2 = MAKING_VERB.test(m[2]!) ? nouns.slice(-2) : [m[2]!.split(/\s+/)[0]!, ...nouns.slice(-2)];
  // "Kurti said Kosovo would establish ...": the country or body that would act makes the offer its spokesman voices.
  const actor: Holder | null = subject && holder.entity !== subject.entity && ctx.entities[subject.entity]?.type !== 'person' ? { entity: subject.entity, at: subject, rule: 'subject', confidence: 0.6 } : null;
  return { holders: [holder, ...(actor ? [actor] : [])].map((h) => ({ ...h, rule: `offer-${h.rule}` })), prop: named ?? { id: autoId(named2.join(' ')), start: objectAt, end, origin: 'auto' }, from: subjectAt };
}
/** Cues of committing to an act: what their infinitive names is what the holder agreed, offered or promised to do. */
const WEEKDAY_OR_DATE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)`;
/** After "agreed on": a day, then the "to" of the act agreed ("agreed on Tuesday to release"). */
const DAY_THEN_TO = new RegExp(String.raw`^\s+${WEEKDAY_OR_DATE}\s+to(?=\s)`);
/** After a verb of commitment: its "to", maybe past a time or an adverb ("offered last week to", "agreed in principle to"). */
const ADJUNCT_THEN_TO = new RegExp(String.raw`^(?:\s+(?:on\s+${WEEKDAY_OR_DATE}|(?:last|this|next)\s+(?:week|month|year|${WEEKDAY_OR_DATE})|earlier|yesterday|today|finally|eventually|in\s+principle))?\s+to(?=\s)`);
// "refused to raise the quota" refuses the act as "agreed to" takes it up; "accepted to suspend" is translated English for "agreed to".
const COMMITMENT = /^(?:(?:(?:will|would|could|can|does|do|did)\s*(?:not|n['’]t)|won['’]t|cannot)\s+)?(?:agree|commit|offer|pledg|promis|vow|ready|readiness|prepared|willing|decid|undert|open\s+to|refus|declin|accept)/i;
const BACK_TO_TABLE_AT = new RegExp(`^(?:${BACK_TO_TABLE.source})`, 'iu');
/** After a verb of demanding: "that", then the one asked (a name or two, maybe "the"), then maybe a modal, before the act's verb. */
// ("that the Norwegian operator pay": a common noun the capitalised words modify is still the one asked, not the verb.)
/** After a verb of urging: the one urged, then "to" and the act ("urged the rebels to free ..."); ends on the space before the verb. */
const URGED_TO_ACT = /^\s+(?:on\s+|upon\s+)?(?:(?:the|both|all|other)\s+)?(?:[\p{L}.'’-]+\s+){1,3}?to\s(?=\p{Ll})/u;
const DEMANDED_OF = /^\s+that\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:\p{Ll}+(?:or|er|ors|ers|ion|ions|ment|ments|ity|ship|ance|ence|ist|ists|ant|ants)|company|firm|side|team|group|state|army|bank|board|military|authorities|forces|troops|rebels)\s+)?(?:(?:should|must|would|will|shall)\s+)?(?:\p{Ll}+ly\s+)?(?=\p{Ll})/u;
/**
 * "that manufacturers set aside", "that the company reinstate": a clause whose subject is an unnamed plural or a
 * body's common noun, then the verb asked of it (a modal may stand between).
 */
const DEMANDED_OF_UNNAMED = /^\s+that\s+(?:(?:the|all|every|any|each)\s+)?(?:\p{Ll}[\p{Ll}-]+\s+)?(?:\p{Ll}{3,}[^s\W]s|company|firm|employer|government|state|army|bank|board|military|management|union|side|authorities|police|regulator)\s+(?:(?:should|must|shall)\s+)?(?:\p{Ll}+ly\s+)?(?=\p{Ll})/u;
/** "wants Stagecoach to", "want producers to": the one an act is wanted of, up to its "to" (not "wants to": that act is the subject's own). */
const WANTED_OF = /^\s+(?!to\b)(?:(?:the|both|all|other|every|any)\s+)?(?:[\p{L}.'’-]+\s+){1,3}?to\s(?=\p{Ll})/u;
const ACT_DETERMINER = /^(?:the|a|an|its|their|his|her|our|all|any|some|more|other|new|further|both|each|every)$/i;

/**
 * The act a commitment's infinitive names when no object it knows is there: "agreed to exchange all seriously
 * wounded prisoners" (`auto:exchange-prisoners`), "offered to host a meeting of A and B" (`auto:host-meeting`),
 * "ready to meet <Name>" (`auto:meet`). Its verb and the last noun of its phrase, up to a preposition or a clause break.
 * Hand-written: no part-of-speech tagger small enough for the stage is available.
 */
function committedActs(text: string, s: Sentence, cues: readonly CueHit[], props: readonly PropositionMatch[], mentions: readonly Mention[]): PropositionMatch[] {
  const out: PropositionMatch[] = [];
  for (const c of cues) {
    const cueText = text.slice(c.start, c.end);
    let at = c.end;
    let wantedOfAnother = false;
    if (c.cue.kind === 'deontic' && c.cue.polarity > 0) {
      // "<X> must remove ...": an obligation's verb follows it (past an adverb: "must jointly ask").
      // Only "must": "should" and "has to" are as often advice or a forecast as a demand.
      if (!/^must$/i.test(cueText)) continue;
      at += /^(?:\s+(?:\p{Ll}+ly|first|also|still|now|then|again)(?=\s))?/u.exec(text.slice(at, at + 20))![0].length;
    } else if (c.cue.kind === 'agentive' && c.cue.polarity > 0 && /^(?:demand|insist|urg|encourag|requir)/i.test(cueText)) {
      // "demands that Kyiv renounce ...", "his demand that Armenia amend ...", "insisted that manufacturers set aside ...":
      // the act asked of the one named.
      // ("insisted that" is one cue: the clause's subject follows it at once.)
      const after = (/\bthat$/i.test(cueText) ? ' that' : '') + text.slice(at, Math.min(s.end, at + 60));
      if (/\bthat$/i.test(cueText)) at -= 5;
      const asked = DEMANDED_OF.exec(after) ?? DEMANDED_OF_UNNAMED.exec(after) ?? (/^(?:urg|encourag)/i.test(cueText) ? URGED_TO_ACT.exec(after) : null);
      if (!asked) continue;
      // (The pattern ends on the space before the verb.)
      at += asked[0].length - 1;
    } else if (c.cue.kind === 'agentive' && c.cue.polarity > 0 && /^want/i.test(cueText)) {
      wantedOfAnother = true;
      // "wants Stagecoach to reinstate the drivers", "want producers to obtain consent": the act wanted of another is asked of it.
      const asked = WANTED_OF.exec(text.slice(at, Math.min(s.end, at + 60)));
      if (!asked) continue;
      at += asked[0].length - 1;
    } else if (c.cue.kind === 'agentive' && c.cue.polarity > 0 && /^(?:press|pressur|push(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+(?:(?:up)?on|for))/i.test(cueText)) {
      wantedOfAnother = /^(?:push|call(?:s|ed|ing)?\s+for)/i.test(cueText);
      // "pressed Moscow to halt the strikes", "stepped up pressure on Russia to rein in its air strikes": the act pressed for.
      const asked = URGED_TO_ACT.exec(text.slice(at, Math.min(s.end, at + 60)));
      if (!asked) continue;
      at += asked[0].length - 1;
    } else {
      if (c.cue.polarity === 0 || c.cue.kind !== 'agentive' || !COMMITMENT.test(cueText)) continue;
      if (!/\bto$/i.test(cueText)) {
        // "agreed on Tuesday to release ...": a time between the verb and its "to" (read by the cue as "agreed on").
        const to = (/\bon$/i.test(cueText) ? DAY_THEN_TO : ADJUNCT_THEN_TO).exec(text.slice(at, at + 40));
        if (!to) continue;
        at += to[0].length;
      }
    }
    const verb = /^\s+["“]?(\p{Ll}{3,})(?![\p{L}'’-])/u.exec(text.slice(at, Math.min(s.end, at + 30)));
    // "open to restoring road links": after "open to" the act is a gerund.
    // "the body must have executive powers": what a thing must have is demanded as the thing itself.
    const mustHave = c.cue.kind === 'deontic' && verb?.[1] === 'have';
    if (!verb || (OPEN_STOP.has(verb[1]!) && !mustHave) || (/(?:ing|ed)$/.test(verb[1]!) && !(/ing$/.test(verb[1]!) && /\bopen\s+to$/i.test(cueText)))) continue;
    // "wants America to become more like ...", "called for all candidates to lay out specifics": a light verb wanted of
    // another names no act on the table.
    if (wantedOfAnother && LIGHT_WANTED_VERB.test(verb[1]!)) continue;
    const verbStart = at + verb[0].length - verb[1]!.length;
    // "stop enriching uranium" (a gerund object) and "return to the table" (the talks) are read by their own rules.
    if ((UNDOING_VERB.test(verb[1]!) && /^\s+\p{Ll}+ing\b/u.test(text.slice(verbStart + verb[1]!.length, s.end))) || BACK_TO_TABLE_AT.test(text.slice(verbStart, s.end))) continue;
    // A particle stays with its verb ("hand over the bodies"); "what it calls" quotes the object's name ("lift what it
    // calls its measures"); a preposition right after the verb opens the phrase that names the object ("remove from its constitution").
    // "liberate in the next days all the hostages": a time between the verb and its object is passed over.
    const afterVerb = verbStart + verb[1]!.length + (ACT_TIME.exec(text.slice(verbStart + verb[1]!.length, s.end))?.[0].length ?? 0);
    const particle = /^\s+(?:up|down|off|out|back|over|away|aside)\b(?:\s+what\s+(?:it|they|he|she|we)\s+(?:calls?|called|terms?|describes?\s+as))?|^\s+what\s+(?:it|they|he|she|we)\s+(?:calls?|called|terms?|describes?\s+as)\b|^\s+(?:from|to|on|in|into|with)(?=\s+(?:the|its|their|his|her|our|a|an)\s)/iu.exec(text.slice(afterVerb, s.end));
    let end = afterVerb + (particle?.[0].length ?? 0);
    let head: string | null = null;
    let before: string | null = null;
    let named = false;
    let lightened = false;
    const from = end;
    for (const w of text.slice(from, Math.min(s.end, from + 90)).matchAll(/\p{L}[\p{L}'’-]*|\d[\d.,%]*|[^\s\p{L}\d]/gu)) {
      const word = w[0];
      const wAt = from + w.index!;
      // 'a release "case by case"': a quoted phrase after the noun qualifies the act, it does not name it.
      if (head && /^["“]$/.test(word)) break;
      // "raise the bloc's share": a possessor before the noun stands as its determiner.
      if (ACT_DETERMINER.test(word) || /^\d/.test(word) || /^["“”]$/.test(word) || (!head && /^\p{Ll}+['’]s?$/u.test(word))) continue;
      if (/^\p{Lu}/u.test(word)) {
        // A name right after the verb is its object ("meet Putin"); after a noun it ends the phrase.
        if (head) break;
        if (mentions.some((m) => m.start <= wAt && wAt < m.end)) named = true;
        continue;
      }
      // "avoid a return to hostilities", "study the creation of a fund": a noun of bringing about names no thing; what follows it does.
      // ("set aside 20 percent of their production": a share names no thing either.)
      if (head && (LIGHT_ACT_NOUN.test(head) || (SHARE_NOUN.test(head) && word === 'of')) && /^(?:of|to)$/.test(word) && !lightened) {
        lightened = true;
        head = null;
        before = null;
        continue;
      }
      // "obtain explicit, informed consent": a comma between adjectives does not end the phrase.
      if (word === ',' && head && /(?:ic|it|ive|ous|ful|able|ible)$/.test(head) && /^,\s*\p{Ll}/u.test(text.slice(wAt, wAt + 3))) continue;
      if (named || !/^\p{Ll}[\p{Ll}-]*$/u.test(word) || (OPEN_STOP.has(word) && word !== 'and')) break;
      if (word === 'and' || /(?:ly|ed)$/.test(word)) continue;
      before = head;
      head = word;
      end = wAt + word.length;
    }
    if (!head && !named) continue;
    // "refused to signal flexibility", "declined to give details": a refusal of a vague thing refuses nothing on the table.
    if (c.cue.polarity < 0 && (!head || namesNoThing(head) || REFUSED_VAGUE.test(head))) continue;
    // An object the clause names itself ("agreeing to ditch its NATO aspirations") is what the verbs compose on.
    // ("refusing to raise the bloc's share and Brussels warning ...": "and" before a name opens a clause of its own.)
    const stop = text.slice(verbStart, s.end).search(/[,;:]|\s[–—]\s|\s(?:before|after|if|when|until|unless|while|because|once|so\s+that|but)\s|\sand\s+(?=\p{Lu})/u);
    const clauseEnd = stop < 0 ? s.end : verbStart + stop;
    if (props.some((p) => p.start < Math.max(end, clauseEnd) && verbStart < p.end) || out.some((p) => p.start < end && verbStart < p.end)) continue;
    // "ready to agree a filling schedule": agreeing to or signing a thing takes the thing itself, named by its phrase.
    // ("study the creation of a fund", "discuss a return to talks": a verb of weighing names the thing weighed, as accepting does.)
    const accepting = head && (ACCEPTING_VERB.test(verb[1]!) || WEIGHING_VERB.test(verb[1]!) || mustHave);
    const objectStart = from + (text.slice(from, end).search(/\S/) > 0 ? text.slice(from, end).search(/\S/) : 0);
    out.push({ id: autoId(accepting ? (before ? `${before} ${head}` : head!) : head ? `${verb[1]} ${head}` : verb[1]!), start: accepting ? objectStart : verbStart, end, origin: 'auto' });
  }
  return out;
}

/** What refusing to give or signal puts nothing on the table: "declined to give details", "refused to signal flexibility". */
const REFUSED_VAGUE = /^(?:flexibility|willingness|readiness|interest|intentions?|comments?|details?|questions?|interviews?|reporters|journalists|information|specifics|figures|names|answers?|reasons?|explanations?|assurances?)$/;

/** Verbs whose object is what is on the table, not a new act ("agree a filling schedule", "sign a water-sharing pact"). */
const ACCEPTING_VERB = /^(?:agree|accept|sign|approve|endorse|back|support|ratify|adopt)$/;
/** Verbs of weighing a thing before deciding on it. */
const WEIGHING_VERB = /^(?:study|consider|examine|explore|discuss|evaluate|assess|review|analy[sz]e|weigh)$/;
/** Nouns of bringing a thing about, stopping it or bringing it back ("the creation of", "a return to"): the thing is after them. */
/** Verbs too light to name an act wanted of another ("to become", "to take a step", "to lay out specifics"). */
const LIGHT_WANTED_VERB = /^(?:become|take|make|do|get|go|come|play|show|find|look|see|think|know|understand|reali[sz]e|learn|lay|focus|step|move|work|act|feel|try|start|begin)$/;
/** Nouns of a share of something ("20 percent of", "a third of"): the thing is after them. */
const SHARE_NOUN = /^(?:percent|cent|share|portion|proportion|fraction|part|quarter|third|half|majority|bulk)$/;
const LIGHT_ACT_NOUN = /^(?:creation|establishment|setting-up|return|resumption|restoration|reinstatement|introduction|imposition|extension|expansion|lifting|removal|suspension|release|renewal|continuation|implementation|adoption|signing)$/;
/** A time right after a verb, before its object: "in the next days", "within two weeks", "over the coming months". */
const ACT_TIME = /^\s+(?:in|within|during|over|by)\s+(?:the\s+)?(?:next|coming|following|few|two|three|four|five|six|several|\d+)\s+(?:\p{L}+\s+)?(?:days|weeks|months|hours|years)\b,?/u;

/** A concession turning from a refusal to a mere possibility: ", though it might", "but they could". */
const CONCEDED_POSSIBILITY = /\b(?:though|although|but|while|yet)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:might|may|could)\s+(?:\p{Ll}+ly\s+|still\s+|yet\s+)?$/iu;
/**
 * A refusal of will, then a verb of handing over or acknowledging in its base form: the act refused ("will never
 * give", "would not cede"); "never gave" and "never sells" state a fact or a habit, not a refusal.
 */
const REFUSED_HANDING = /\b(?:(?:will|would|shall|can|could)\s*(?:not|n['’]t)|won['’]t|cannot|never|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to)\s+(?:ever\s+|\p{Ll}+ly\s+)?(give|hand|cede|surrender|relinquish|yield|concede|trade|sell|recogni[sz]e|grant)(?![\p{L}-])/giu;
const REFUSAL_HINT = /\b(?:not|n['’]t|never|refus\p{L}*|declin\p{L}*)\s/iu;
/**
 * Runs every match of `REFUSAL_HINT` holds (no other character case-folds onto their letters): tested
 * first, as without `\b`, `\p` and the `u` flag it is several times faster and most sentences hold none.
 */
const REFUSAL_WORDS = /not|n['’]t|never|refu|declin/i;
const mayRefuse = (s: string) => REFUSAL_WORDS.test(s) && REFUSAL_HINT.test(s);
/** "give any state a corridor", "grant the rebels an amnesty": the one given to stands before what is given. */
const RECIPIENT = /^\s+(?:(?:any|a|an|the|this|that|another|no|every|each)\s+)?(?:[\p{Ll}-]+|\p{Lu}[\p{L}.'’-]*|us|them|him|her|it)\s+(?=(?:a|an|the|any|our|its|their|his|her|my|your)\s)/u;

/**
 * Refusing to hand over or acknowledge something is opposing that act: "We will not give away our land"
 * (`auto:give-land`), "would never recognise occupied land as Russian" (`auto:recognise-land`), "We will never give
 * any state a corridor" (the object "corridor" the stage already knows, now taken by the refusal). The act is a
 * verbal object: stated with its negation, it is its holder's stance. "give up" is left to the cue lexicon (an
 * undoing a refusal turns into keeping). Hand-written like `committedActs`: no tagger is small enough.
 */
function refusedActs(text: string, s: Sentence, props: readonly PropositionMatch[], mentions: readonly Mention[]): (PropositionMatch & { replaces?: PropositionMatch })[] {
  const out: (PropositionMatch & { replaces?: PropositionMatch })[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(REFUSED_HANDING)) {
    const verbStart = s.start + m.index + m[0].length - m[1]!.length;
    const lemma = m[1]!.toLowerCase().replace(/^recognize$/, 'recognise');
    let from = verbStart + m[1]!.length;
    // "give up" is a cue of its own (an undoing that a refusal turns into keeping).
    if (/^\s+up\b/i.test(text.slice(from, from + 4))) continue;
    const particle = /^\s+(?:away|over)\b/i.exec(text.slice(from, s.end));
    if (particle) from += particle[0].length;
    else if (/^(?:give|hand|grant|sell)$/.test(lemma)) from += RECIPIENT.exec(text.slice(from, Math.min(s.end, from + 40)))?.[0].length ?? 0;
    let head: string | null = null;
    let end = from;
    let known: PropositionMatch | undefined;
    for (const w of text.slice(from, Math.min(s.end, from + 80)).matchAll(/\p{L}[\p{L}'’-]*|\d[\d.,%]*|[^\s\p{L}\d]/gu)) {
      const word = w[0];
      const wAt = from + w.index!;
      // An object the stage knows, named in the phrase ("will not give away any territory"): the refusal is of it.
      known = props.find((p) => p.start <= wAt && wAt < p.end && !p.direct);
      if (known) break;
      if (ACT_DETERMINER.test(word) || /^["“”]$/.test(word)) continue;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || OPEN_STOP.has(word)) break;
      if (/(?:ly|ed)$/.test(word) && !head) continue;
      head = word;
      end = from + w.index! + word.length;
    }
    // "will not hand over our prisoners and then watch ...": what is refused is the sequence, not the act.
    if (/^[\s,]*(?:and\s+then|only\s+to|just\s+to)\b/i.test(text.slice(end, end + 16))) continue;
    if (known) {
      if (!out.some((p) => p.start < known!.end && verbStart < p.end)) out.push({ ...known, start: verbStart, verbal: true, replaces: known });
      continue;
    }
    if (!head || REFUSED_VAGUE.test(head) || mentions.some((mn) => mn.start < end && verbStart < mn.end)) continue;
    if (props.some((p) => p.start < end && verbStart < p.end) || out.some((p) => p.start < end && verbStart < p.end)) continue;
    out.push({ id: autoId(`${lemma} ${head}`), start: verbStart, end, origin: 'auto', verbal: true });
  }
  return out;
}

/** A cue that leaves an act open without taking it up ("did not rule out", "has not ruled out"). */
const NOT_RULED_OUT = /\b(?:rul(?:e|es|ed)\s+out|exclud(?:e|es|ed))$/i;
/** After the act left open: the circumstance it is left open on, to its clause's end. */
const OPEN_ON = /^[^,;:.!?]{0,60}?\s["“]?(?:if|after|once|when|unless|provided|as\s+long\s+as|whose|under|on\s+condition)\s[^;:–—]{3,160}?(?=[,;:.!?]|$)/iu;
/** Right before an object: an indefinite determiner, maybe with modifiers ("any treaty", "a permanent truce"). */
const INDEFINITE_BEFORE = /\b(?:a|an|any)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Right after an object: a restrictive relative clause ("that allowed X to rearm", "“which is violated every day”"), to its clause's end. */
// Not one that says whose the object is ("a contract offer that Codelco made to workers"): that names one offer, no kind of it.
const RESTRICTIVE_AFTER = /^\s*["“]?(?:that|which)\s+(?!(?:is|was|are|were)\s+(?:not\s+)?(?:the|a|an|its|their)\b)(?![^,;:–—]{0,50}?\b(?:made|proposed|offered|tabled|presented|submitted|put\s+forward|drafted|unveiled|sent|announced|brokered)\b)[^,;:–—]{6,160}/iu;
/** Right before a cue: a modal or a stated readiness that makes what follows an offer, in the same clause. */
const OFFER_MODAL_BEFORE = /\b(?:would|will|could|can|shall|might|may|ready|prepared|willing|open|happy)\b(?:\s+(?:only|then|also|still|not|never|\p{Ll}+ly|be|to))*\s+$/iu;
const READINESS = /^(?:ready|readiness|willing|willingness|prepared|open)\s+(?:to|for)$/i;
/** Right after what a readiness offers: the terms it is offered on ("case by case", "on the basis of ...", "under Armenian jurisdiction"). */
const QUALIFYING_TERMS = /^\s*["“]?(?:case[-\s]by[-\s]case|on\s+a\s+case[-\s]by[-\s]case\s+basis|on\s+the\s+basis\s+of|on\s+(?:its|their|our|his|her)\s+(?:own\s+)?terms|under\s+(?:[\p{L}-]+\s+){0,2}(?:jurisdiction|sovereignty|control|supervision|conditions?|terms)|within\s+the\s+framework\s+of)[^,;:.!?"”]*["”]?/iu;
/** Between a cue and its condition: no reporting verb, clause break or relative clause of its own. */
const OFFER_GAP_BREAK = /[;:]|\s[–—]\s|\b(?:that|which|who|whom|because|but|while|whether|if)\b/i;

/**
 * The stance cue a hard condition at `c` conditions, with the cue's own noun phrase as the object when no
 * proposition stands between them: "prepared to consider any mechanism provided that ..." (`auto:consider-mechanism`).
 * Only after a modal or a readiness ("would", "could", "ready to"): a plain past with a condition is a report.
 * `covered` says whether a stance was already read from the cue.
 */
function cueOffer(ctx: Context, c: Condition, covered: (h: CueHit) => boolean): { holders: Holder[]; prop: PropositionMatch; hit: CueHit } | null {
  const { text, s } = ctx;
  const h = [...(ctx.cues ?? [])].reverse().find((x) => x.end <= c.start && c.start - x.end <= 120);
  if (!h || h.cue.polarity === 0 || h.cue.role || h.cue.kind === 'noun' || h.cue.kind === 'deontic' || covered(h)) return null;
  const gap = text.slice(h.end, c.start);
  if (OFFER_GAP_BREAK.test(gap) || REPORTING_IN_CLAUSE.test(gap) || /["“”]/.test(gap)) return null;
  const readiness = READINESS.test(text.slice(h.start, h.end));
  const before = text.slice(Math.max(s.start, h.start - 40), h.start);
  if (!readiness && !OFFER_MODAL_BEFORE.test(before)) return null;
  if (NEGATION_RE.test(before.slice(-20))) return null;
  const named = ctx.props.find((p) => p.start >= h.end && p.end <= c.start);
  let prop: PropositionMatch | undefined = named;
  if (!prop) {
    // The noun phrase up to the first comma ("simplified procedures, such as ..."): its last two content words.
    const phrase = gap.split(',')[0]!;
    const words = [...phrase.matchAll(/\p{L}[\p{L}'’-]*/gu)];
    let k = 0;
    const verb = readiness && words[0] && /^\p{Ll}{3,}$/u.test(words[0][0]) && !OPEN_STOP.has(words[0][0]) ? words[k++]! : null;
    const np: RegExpMatchArray[] = [];
    for (; k < words.length; k++) {
      const w = words[k]![0];
      if (OPEN_DETERMINER.test(w) && !np.length) continue;
      if (!/^\p{Ll}[\p{Ll}-]+$/u.test(w) || OPEN_STOP.has(w)) break;
      np.push(words[k]!);
    }
    while (np.length && endsLikeModifier(np[np.length - 1]![0])) np.pop();
    const head = np[np.length - 1];
    if (!head || head[0].length < 4) return null;
    const first = verb ?? np[0]!;
    const start = h.end + first.index!;
    const end = h.end + head.index! + head[0].length;
    if (ctx.mentions.some((m) => m.start < end && start < m.end)) return null;
    const label = [...(verb ? [verb[0]] : []), ...np.slice(-2).map((w) => w[0])].join(' ').toLowerCase();
    prop = { id: autoId(label), start, end, origin: 'auto' };
  }
  const holders = holdersFor(ctx, h);
  return holders.length ? { holders: holders.map((x) => ({ ...x, rule: `offer-${x.rule}` })), prop, hit: h } : null;
}

/** Between an object and the verb of its relative clause: ", which <holder> has long ...". */
const RELATIVE_CLAUSE = /^[\s"”’]*,?\s*(?:which|that|whom)\s+[^,;:.!?]{1,60}$/i;
/** A contact clause opening on a name or "the <noun>" ("the quota swap Norway proposed", "the five years the company had sought"); its subject is checked to be a mention. */
const CONTACT_CLAUSE = /^\s+(?:(?:the\s+)?\p{Lu}|the\s+\p{Ll})[^,;:.!?]{0,40}$/u;
/** After a verb: nothing that could be its own object (the main clause's verb may follow: "the swap that Norway proposed was rejected"). */
const RELATIVE_NO_OBJECT = /^(?:\s*(?:[,.;:!?"”)]|$)|\s+(?:in|on|at|for|since|as|because|over|during|last|this|earlier|repeatedly|outright|flatly|publicly|before|after|until|and|but|while|was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|remains?|remained)\b|\s+(?:a|one|two|three|four|five|six|several|many|some|\d+)\s+(?:years?|months?|weeks?|days?)\s+ago\b)/i;
/** Between a stance verb and "the talks" it governs: a preposition and modifiers, nothing else. */
const DIRECT_GAP = /^\s*(?:(?:to|for|in|with|on|from|of|out\s+of|back\s+to|into)\s+)?(?:(?:the|any|further|new|more|a\s+new\s+round\s+of|(?:the|a|another)\s+(?:next\s+|new\s+|further\s+|fresh\s+|second\s+|third\s+|final\s+)?round\s+of|a\s+return\s+to)\s+)?(?:(?!(?:of|on|about|over|at|in|for|to|with|from|by|after|before|during|the|a|an)\b)[\p{L}-]+,?\s+(?:and\s+)?){0,3}$/iu;
const ANAPHORIC_HEAD = /\b(?:outcome|deal|agreement|accord|pact|proposal|idea|provision|amendment|framework|exchange|swap|arrangement|truce|cease-?fire|treaty|plan|offer|road\s*map|initiative|package|blueprint|terms|text|draft|bill|legislation|measure|trade|settlement|compromise|contract|memorandum|understanding|counter-?(?:proposal|offer)|talks|negotiat|process|(?:bid|ban|cap|quota|levy|subsidy|freeze|conditions?|preconditions?|demands?|requests?|moves?|steps?|options?)\b)/gi;
/** `ANAPHORIC_HEAD` at the start of a word run, compiled once. */
const ANAPHORIC_HEAD_START = new RegExp(`^(?:${ANAPHORIC_HEAD.source})`, 'i');
/** Cheap test that a sentence with no object could hold an objectless acceptance or refusal. */
const OBJECTLESS_CUE = /\b(?:agree|accept|reject|sign|vot|ratif|approv|endors|refus|back|support|oppos|welcom|compl|pull|walk|bow|be\s+confirm|do\s+so|reluctan|hesitan|against|campaign|recommend)\p{L}*(?:\s+(?:to\s+)?(?:it|this|that|them))?(?:\s+\p{L}+){0,4}?\s*(?:[.;!?"”]|,["”]|,\s*(?:but|and|while|whereas)\s|,\s*(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\s|,\s*(?:[\p{L}.-]+\s+){0,2}(?:said|says|added|told|stated)|,?\s*(?:only\s+(?:if|when)|provided|providing|as\s+long|so\s+long|as\s+soon\s+as|once|on\s+(?:the\s+)?condition|unless|subject\s+to|conditional\s+on)|$)/iu;
/** `OBJECTLESS_CUE` read only where it starts (sticky). */
const OBJECTLESS_CUE_AT = new RegExp(OBJECTLESS_CUE.source, 'iuy');
/** The verbs `OBJECTLESS_CUE` opens with, as plain letters: a fast scan (no "u"), which cannot match the long s or the Kelvin sign. */
const OBJECTLESS_OPENING = /agree|accept|reject|sign|vot|ratif|approv|endors|refus|back|support|oppos|welcom|compl|pull|walk|bow|be\s+confirm|do\s+so|reluctan|hesitan|against|campaign|recommend/gi;

/**
 * `OBJECTLESS_CUE.test(sentence)`, tried only where one of its verbs starts: the search with "iu" and a leading
 * `\b` could not skip ahead (1.6 -> 0.9 µs per sentence). A sentence with a letter that pattern folds onto
 * a-z ("ſ", the Kelvin sign) is searched as before.
 */
function mayBeObjectless(sentence: string): boolean {
  if (sentence.includes('ſ') || sentence.includes('\u212A')) return OBJECTLESS_CUE.test(sentence);
  OBJECTLESS_OPENING.lastIndex = 0;
  for (let m = OBJECTLESS_OPENING.exec(sentence); m; m = OBJECTLESS_OPENING.exec(sentence)) {
    OBJECTLESS_CUE_AT.lastIndex = m.index;
    if (OBJECTLESS_CUE_AT.test(sentence)) return true;
    OBJECTLESS_OPENING.lastIndex = m.index + 1;
  }
  return false;
}
/** A clause-initial noun phrase, then a name and its verb with no relative pronoun between: "…, a charge Brussels rejects". */
const ZERO_RELATIVE = /(?:^|[,;:(–—]\s*)(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{L}-]*)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:has|have|had|also|long|still|\p{Ll}+ly)\s+)*$/u;
/** Acceptance and refusal verbs that can stand without their object ("would agree only if", "Hamas accepted."). */
/** Where a clause that starts at `at` ends: its first comma, semicolon or dash, or the sentence's end. */
function clauseEnd(text: string, at: number, sentenceEnd: number): number {
  const stop = text.slice(at, sentenceEnd).search(/[,;:]|\s[–—]\s/);
  return conditionEnd(text, at, stop < 0 ? sentenceEnd : at + stop);
}
/**
 * The noun phrase a demanded package must hold, named by its head ("a two-year delay of X" → `auto:delay`, "better tax
 * breaks for Y" → `auto:tax-breaks`): modifiers with digits or hyphens are dropped, the phrase stops at a preposition.
 * Hand-written: no part-of-speech tagger small enough for the stage is available.
 */
function heldPhrase(text: string, from: number, to: number): PropositionMatch | null {
  const words: { word: string; start: number }[] = [];
  for (const w of text.slice(from, to).matchAll(/\S+/gu)) {
    const word = w[0].replace(/[,.;:"”’]+$/u, '');
    if (!words.length && /^(?:a|an|the|its|their|any|some|\S*\d\S*)$/i.test(word)) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || OPEN_STOP.has(word) || /^(?:of|for|in|on|to|by|with|from|that|which|so|and|or)$/.test(word)) {
      break;
    }
    words.push({ word, start: from + w.index! });
    if (word !== w[0]) break;
  }
  // "a two-year delay": a hyphenated modifier says how, not what.
  const kept = words.filter((w, i) => i === words.length - 1 || !w.word.includes('-')).slice(-2);
  if (!kept.length) return null;
  const last = kept[kept.length - 1]!;
  return { id: autoId(kept.map((w) => w.word).join(' ')), start: kept[0]!.start, end: last.start + last.word.length, origin: 'auto' };
}
/** From a verb of demanding to the subject of its that-clause: "insisted that any", "a demand, by X, that the". */
const DEMANDED_CONTENT_GAP = /^(?:insist|demand|requir|call|ask|press)[^.;:!?]{0,80}?\bthat\s+(?:any|every|each|the|a|an|this|its|their)?\s*(?:[\p{L}-]+\s+){0,2}$/iu;
/** The object as subject of what it must hold: "<package> include a two-year delay ...". */
const MUST_HOLD = /^\s+(?:(?:should|must|would|will|shall)\s+)?(?:also\s+)?((?:include|contain|incorporate)\s+\S)/iu;
/** A passive of confirming after a modal: the act is a nominee's confirmation (see the `be confirmed` cue). */
const CONFIRMED = /\bbe\s+confirmed\b/i;
const CONFIRMATION_ID = autoId('confirmation');
/** Cues of urging someone to act ("urged", "called on", "pressed", "asked"): see the objectless rule. */
const URGING_CUE = /^(?:urg|call|press|ask|appeal|encourag|implor|exhort|lobb|persuad|challeng|dar)/i;
/** Between an urging cue and the act it urges: the one urged, then "to". */
const URGED_THEN_TO = /^\s+(?:on\s+|upon\s+)?(?:[\p{L}'’.-]+\s+){1,4}to\s+$/u;
const OBJECTLESS_VERB = /^(?:agree|accept|reject|sign|vot|ratif|approv|endors|refus|back|support|oppos|welcom|compl|pull|walk|bow|reluctan|hesitan|do\s+so|(?:campaign|call|push|argu|lobb|recommend)[a-z]*\s+(?:for\s+)?a\s+["“]?(?:[Nn]o|[Yy]es)["”]?\s+vote|(?:is|are|was|were|remains?|remained|stays?|stayed|be|been)\s+(?:[a-z]+ly\s+|still\s+|also\s+)?against|go(?:es)?\s+along|went\s+along|be\s+confirmed|express|voic|signal|register|c(?:ame|ome|omes|oming)\s+out\s+in)/i;
/**
 * What may follow such a verb for it to have no object of its own: "to it"/"it" ("this month" is a date), adverbs, a date, then
 * the clause's end (group 1) or a condition (checked against the conditions found).
 */
const OBJECTLESS_TAIL = /^(?:\s+(?:to\s+)?(?:it|this|that|them)(?!\s+(?:week|month|year|weekend|morning|afternoon|evening|spring|summer|autumn|fall|winter|time)\b))?(?:\s+(?:in\s+principle|formally|publicly|unconditionally|immediately|fully|too|as\s+well|on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+|this\s+\p{Ll}+|(?:late|early)\s+(?:on\s+)?\p{L}+|tonight|overnight|yesterday|in\s+\p{Lu}[\p{L}-]+|["“]?(?:tomorrow|today|now|soon|quickly|right\s+away|at\s+once|without\s+(?:delay|conditions|preconditions))))*(?:\s*([.;!?"”’]{0,3}\s*$|[;!?]|\.\s*$|,["”’]|,\s*(?:(?:he|she|they|it|we|(?:the\s+)?\p{Lu}[\p{L}.-]*|(?:its|their|his|her)\s+\p{Ll}+)\s+)?(?:said|says|added|told|stated)|,\s*(?=(?:but|and|while|whereas)\s)|,\s*(?=(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\s))|\s*,?\s*)/iu;
/** ", a position <holder> has long ..." before a cue: the appositive sums up the clause before the comma. */
const APPOSITIVE = /,\s*(?:a|an|one)\s+(?:\p{L}+\s+)?(?:position|stance|demand|proposal|idea|step|move|plan|request|condition|suggestion|offer|notion|option)\s+(?:that\s+|which\s+)?[^,;]{1,40}$/iu;
/** After "should/must": keeping the subject (group 1) or ending it. */
const KEEP_OR_END = /^\s+(?:(stay|remain|continue|be\s+kept|be\s+maintained|be\s+extended|be\s+respected|be\s+honou?red|be\s+observed|be\s+upheld|be\s+implemented|be\s+imposed|be\s+introduced|be\s+enforced|be\s+tightened|be\s+renewed|hold)|go|end|(?:have\s+)?be(?:en)?\s+(?:lifted|removed|scrapped|dropped|ended|abolished|cut|reduced|eased|relaxed|dismantled|repealed))\b/i;

function lastMatch(re: RegExp, s: string): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  for (const m of s.matchAll(re)) last = m;
  return last;
}

/**
 * Drops objects found only as a verb's bare abstract object ("dialled back the temperature", `lone`) that
 * the document's content never names again: a thing on the table is talked about more than once.
 */
function withoutLoneObjects(text: string, countOf: (word: string) => number, props: PropositionMatch[]): PropositionMatch[] {
  if (!props.some((p) => p.lone)) return props;
  return props.filter((p) => {
    if (!p.lone) return true;
    const word = /[\p{L}\p{N}]+$/u.exec(text.slice(p.start, p.end))?.[0];
    return !!word && countOf(word) >= 2;
  });
}

/** Words that open no object noun phrase after a stance verb, or end one. */
const OPEN_STOP = new Set(
  `to for on in at by with from of and or but as than that which who whom whose what when where while if because since until unless
  is are was were be been being has have had do does did will would can could should may might must not no never also even only just
  still very more most much so too then there here it its itself this these those they them their he him his she her we us our you your i me my
  one ones some any all both each every other another such same own who how why whether about against into onto over under after before
  back out up down off away through again once now today yesterday tomorrow week year month time times way ways thing things lot part
  weeks years months days hours minutes ago along across around among amid despite without within toward towards beyond near via
  people person members leaders officials lawmakers senators side sides country countries state states government administration party
  anything something everything nothing none zero anyone someone everyone nobody having being doing making getting`.split(/\s+/),
);
const CALENDAR_WORD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const DIRECTED_BEFORE = /\b(?:advis|tell|told|ask|encourag|allow|let|forc|persuad|invit|expect)\p{L}*\s+(?:[\p{L}'’.-]+\s+){1,4}to\s+$/iu;
const WANTING = /^(?:want|need|seek|sought|requir|hope|aim|plan|prefer)/i;
/** After what a side wants: that it stand, apply or be made to ("to apply to all", "to hold", "to be binding"). */
const KEEPING_AFTER = /^\s+to\s+(?:apply|continue|stay|remain|cover|include|hold|last|go\s+ahead|take\s+effect|be\s+(?:(?:legally|fully|strictly)\s+)?(?:adopted|signed|approved|implemented|extended|included|respected|honou?red|enforced|kept|maintained|applied|ratified|binding|mandatory|compulsory|permanent))\b/i;
/** The verbs of wanting whose noun-phrase object is a side's demand (see `openObjects`). */
const WANT_OBJECT = /^(?:wants?|wanted|wanting|seeks?|seeking|sought)$/i;
/** What a side may want without it being a thing on the table: "wants answers", "is seeking clarity", "seeking reelection". */
const WANT_VAGUE = /^(?:time|answers?|clarity|clarification|information|details?|help|attention|respect|explanations?|guidance|advice|feedback|input|space|support|assurances?|reassurances?|meetings?|talks|dialogue|access|revenge|justice|comment|more|nominations?|re-?election|office|presidency|seats?|votes)$/;
/** Heads naming a limit whose object follows "on"/"over" ("a cap on", "limits on", "a ban on", "a say over"). */
const RESTRICTION_HEAD = /^(?:cap|caps|limits?|ban|bans|curbs?|freeze|moratorium|restrictions?|controls?|ceiling|tax|taxes|levy|levies|tariffs?|quotas?|veto|say)$/;
const RESTRICTED_ON = /^\s+(?:on|over)\s+(?:(?:the|a|an|any|all|its|their|new|further|more|how\s+much|how\s+many)\s+)*/;

const PHRASE_WORD = /\s*(\p{Ll}[\p{Ll}-]+)/uy;

/** Up to three lower-case words of a noun phrase in `window` from `at`, up to a function word or a determiner; each with its end. */
function phraseWords(window: string, at: number): { word: string; end: number }[] {
  const taken: { word: string; end: number }[] = [];
  while (taken.length < 3) {
    PHRASE_WORD.lastIndex = taken.length ? taken[taken.length - 1]!.end : at;
    const w = PHRASE_WORD.exec(window);
    if (!w || OPEN_STOP.has(w[1]!) || OPEN_DETERMINER.test(w[1]!)) break;
    taken.push({ word: w[1]!, end: PHRASE_WORD.lastIndex });
  }
  return taken;
}

const AND_THEN_PHRASE = /^\s*,?\s+(?:and|or)\s+(?:(?:a|an|the|any|its|their|new|more|further)\s+)*(?:[\d.,]+\s*(?:%|per\s+cent|percent)\s+)?/;

/**
 * The noun phrase joined by "and"/"or" right after an object (`from` is its end): up to three lower-case words ending
 * at a noun that may stand alone, a restriction reaching on to what it is on; none when the phrase opens a clause of
 * its own ("and the strike went on").
 */
function coordinatedObject(text: string, from: number, limit: number): PropositionMatch | null {
  const window = text.slice(from, Math.min(limit, from + 90));
  const joined = AND_THEN_PHRASE.exec(window);
  if (!joined) return null;
  const taken = phraseWords(window, joined[0].length);
  while (taken.length && endsLikeModifier(taken[taken.length - 1]!.word)) taken.pop();
  const head = taken[taken.length - 1]?.word;
  if (!head || head.length < 3 || namesNoThing(head) || LONE_VAGUE.test(head)) return null;
  let end = taken[taken.length - 1]!.end;
  let named = taken.slice(-2).map((t) => t.word);
  const restricted = RESTRICTION_HEAD.test(head) ? restrictedThing(window.slice(end)) : null;
  if (restricted) {
    end += restricted.length;
    named = [head, restricted.last];
  } else if (taken.length === 1 && !standsAlone(head)) return null;
  if (/^\s+(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|did|does|\p{Ll}+ed)\b/u.test(window.slice(end, end + 12))) return null;
  return { id: autoId(named.join(' ')), start: from + joined[0].length, end: from + end, origin: 'auto' };
}

/**
 * The thing a restriction is on: "on|over" and up to three lower-case words after it, up to a function word
 * ("limits on how much flying can be outsourced" restricts flying). Its length from `after`'s start and its
 * last word; null when it names no thing.
 */
function restrictedThing(after: string): { length: number; last: string } | null {
  const on = RESTRICTED_ON.exec(after);
  if (!on) return null;
  const taken = phraseWords(after, on[0].length);
  const length = taken.length ? taken[taken.length - 1]!.end : on[0].length;
  const last = taken.length ? taken[taken.length - 1]!.word : '';
  // "a cap on the use of agency crews": what is used is what the cap is on.
  if (last === 'use') {
    const of = /^\s+of\s+(?:(?:the|a|an|its|their|any)\s+)?(?:\p{Ll}[\p{Ll}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]{2,})\b/u.exec(after.slice(length));
    if (of) return namesNoThing(of[1]!) ? null : { length: length + of[0].length, last: of[1]! };
  }
  if (last.length < 3 || namesNoThing(last) || /(?:ly|ed)$/.test(last)) return null;
  return { length, last };
}
const OPEN_DETERMINER = /^(?:the|a|an|any|its|their|his|her|our|this|that|these|those|both|all|some|new|further|more|other|such)$/i;
/** Generic heads that point back to an object rather than name one (resolved by `withAnaphors`). */
const OPEN_GENERIC = /^(?:proposals?|plans?|ideas?|offers?|deals?|agreements?|talks|terms|conditions|requests?|demands?|steps?|moves?|measures?|efforts?|issues?|matters?|questions?|positions?|views?|decisions?|statements?|comments?|remarks?|approach|package|bill|legislation|act|stance|role|need|support|opposition|attempts?|bids?|calls?|pushe?s?|hopes?|uses?|things?|suggestions?|notions?|blessing|backing|endorsement)$/i;

/** "what it calls", "what the union describes as": an aside naming the object the side's own way. */
const CALLED_ASIDE = /^what\s+(?:it|they|he|she|we|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:calls?|called|terms?|termed|dubs?|dubbed|(?:describes?|described|refers?\s+to|referred\s+to)\s+as)\s+/u;

/** Heads that name what someone said or found ("stood by X's description"): words about the talks, nothing on the table. */
const SAYING_NOUN = /^(?:descriptions?|accounts?|assessments?|characteri[sz]ations?|interpretations?|analys[ie]s|findings?|testimony|words|allegations?|assertions?|accusations?|narratives?|explanations?|portrayals?|implications?|insinuations?)$/;
/**
 * The noun phrase right after a stance cue that no proposition covers ("defended the device tax", "their
 * support for background checks"): an object on the table when its head word recurs in the report (a
 * thing negotiated over is named more than once). Lowercase heads only; an infinitive after the cue is a
 * verb, not an object. Hand-written: no part-of-speech tagger small enough for the stage is available.
 */
function openObjects(text: string, s: Sentence, cues: readonly CueHit[], props: readonly PropositionMatch[], mentions: readonly Mention[], countOf: (word: string) => number, bill: string | null): PropositionMatch[] {
  const out: PropositionMatch[] = [];
  for (const c of cues) {
    // Only verbs and nouns of taking a side ("support", "oppose", "defend", "block"): wanting, needing or seeking something names no position on it.
    // "has not ruled out borrowing": leaving a thing open is a (neutral) position on it, whatever its object.
    const leftOpen = c.cue.polarity === 0 && RULED_OUT.test(text.slice(c.start, c.end));
    // "wants to scrap the device tax", "repealed the Cadillac tax": a verb that undoes a thing names it as its object.
    // ("without" composes with an object, it does not find one.)
    // Only verbs that do away with a measure count ("cut interest rates", "removed the army chief", "halted deliveries"
    // are acts, not positions), or any undoing verb when what it undoes is a measure ("cut the subsidy").
    const undoing = c.cue.kind === 'object' && c.cue.polarity < 0 && !c.cue.composeOnly && !/^without\b/i.test(text.slice(c.start, c.end));
    // "there can be no deal without a review clause": what nothing comes without is a thing on the table.
    const noneWithout = /^without\b/i.test(text.slice(c.start, c.end)) && /\bno\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(text.slice(Math.max(s.start, c.start - 40), c.start));
    if ((c.cue.polarity === 0 && !leftOpen) || c.cue.role || (c.cue.kind === 'object' && !undoing && !noneWithout) || (c.cue.weight < (undoing ? 0.65 : 0.7) && !leftOpen && !noneWithout)) continue;
    const rest = text.slice(c.end, Math.min(s.end, c.end + 80));
    // "the joint review, which the EU had demanded, will go ahead": a verb with no object of its own in a
    // relative clause whose subject is a side takes the noun phrase the clause is on.
    if (c.cue.madeBy && /^\s+by\s/.test(rest)) {
      const antecedent = participleAntecedent(text, s, c, mentions);
      if (antecedent && !props.some((p) => p.start < antecedent.end && antecedent.start < p.end) && !out.some((p) => p.start < antecedent.end && antecedent.start < p.end)) out.push(antecedent);
      continue;
    }
    if (NO_OBJECT_AFTER.test(rest) && !/\s|to$/i.test(text.slice(c.start, c.end))) {
      const antecedent = relativeAntecedent(text, s, c, mentions);
      if (antecedent) {
        if (!props.some((p) => p.start < antecedent.end && antecedent.start < p.end) && !out.some((p) => p.start < antecedent.end && antecedent.start < p.end)) out.push(antecedent);
        continue;
      }
    }
    // "The union wants strict limits on outsourcing", "is seeking a pay rise": in talks what a side wants or
    // seeks is its demand; needing, hoping, aiming or planning still names no position.
    const cueText = text.slice(c.start, c.end);
    const wanting = WANT_OBJECT.test(cueText);
    if (c.cue.kind === 'deontic' || (WANTING.test(cueText) && !wanting)) continue;
    // "advise other countries to accept the refugees": the act is asked of someone else, not the speaker's own.
    if (DIRECTED_BEFORE.test(text.slice(Math.max(s.start, c.start - 60), c.start))) continue;
    // "Reagan was criticized for trading ...": a passive verb's subject is the one judged, not the judge.
    // ("is opposed to", "was committed to" are the subject's own stance.)
    if (/^(?:critici|condemn|blam|prais|accus|attack|fault|hail|denounc|slam|lambast|rebuk|castigat)/i.test(cueText) && /\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/iu.test(text.slice(Math.max(s.start, c.start - 24), c.start))) continue;
    // An undoing verb's object follows it at once ("paused for talks", "ends, the fronts" have none).
    if (undoing && !/^\s+\p{L}/u.test(rest)) continue;
    const words = [...rest.matchAll(/[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu)];
    let k = 0;
    // "signed also the declaration", "supported with enthusiasm the meeting": an adverb, or a manner put as "with <noun>",
    // between the verb and its object (the word order of translated news) is skipped.
    const adverb = /^(?:also|finally|formally|jointly|then|now|\p{Ll}{3,}ly)$/u.test(words[0]?.[0] ?? '') ? 1 : /^with$/i.test(words[0]?.[0] ?? '') && /^(?:enthusiasm|reservations|relief|caution|interest|satisfaction|conditions)$/i.test(words[1]?.[0] ?? '') ? 2 : 0;
    if (adverb && /^(?:the|a|an|its|their|this|that|these|those)$/i.test(words[adverb]?.[0] ?? '')) k = adverb;
    // "voted with Democrats on background checks" is beyond reach: only what follows the cue at once, past its determiners.
    if (!k && words[0] && /^(?:to|for|on|against|of|with|about)$/i.test(words[0][0]) && !/(?:^|\s)(?:to|for|on|against|of|with|about)$/i.test(text.slice(c.start, c.end))) {
      if (undoing) continue;
      k++;
    }
    // "a key union demand that management had long resisted", "demanded that the board resign": "that" opens a clause, not a noun phrase.
    if (CLAUSE_AFTER.test(rest)) continue;
    let determiners = 0;
    // "insists on what it calls "unimpeded" passage": the side's own name for the object stands as its determiner.
    const called = CALLED_ASIDE.exec(rest.slice(words[k]?.index ?? rest.length));
    if (called) {
      const stop = words[k]!.index! + called[0].length;
      while (k < words.length && words[k]!.index! < stop) k++;
      determiners++;
    }
    // A name that owns or qualifies the phrase ("the EU's contribution", "GOP efforts to") stands as its determiner.
    let possessor = false;
    for (let guard = 0; guard < 3; guard++) {
      while (k < words.length && (OPEN_DETERMINER.test(words[k]![0]) || /['’]s?$/.test(words[k]![0]) || /^["“]$/.test(words[k]![0]))) {
        if (/^\p{Lu}.*['’]s?$/u.test(words[k]![0])) possessor = true;
        k++;
        determiners++;
      }
      const at = c.end + (words[k]?.index ?? rest.length);
      const owner = mentions.find((m) => m.start === at && m.kind !== 'pronoun');
      if (!owner) break;
      while (k < words.length && c.end + words[k]!.index! < owner.end) k++;
      if (/^['’]s?\b/.test(text.slice(owner.end, owner.end + 3))) {
        if (words[k] && /^['’]/.test(words[k]![0])) k++;
        possessor = true;
      } else if (!/^\s+\p{Ll}/u.test(text.slice(owner.end, owner.end + 3))) break;
      determiners++;
    }
    // "opposition to granting X a hearing", "resisted providing the rebels with arms": a gerund after the cue
    // names the act; its object (past names and determiners) says what the act is about.
    let gerund: RegExpMatchArray | null = null;
    const w0 = words[k]?.[0] ?? '';
    if (!determiners && /^\p{Ll}{3,}ing$/u.test(w0) && !OPEN_STOP.has(w0) && (/(?:^|\s)(?:to|for|against|on|about|of)$/i.test(text.slice(c.start, c.end)) || k > 0 || /(?:ed|s|\sout)$/i.test(text.slice(c.start, c.end)) || (!/ing$/i.test(text.slice(c.start, c.end)) && AFTER_MODAL.test(text.slice(Math.max(s.start, c.start - 24), c.start))))) {
      gerund = words[k]!;
      k++;
      for (let skip = 0; skip < 3 && k < words.length && (OPEN_DETERMINER.test(words[k]![0]) || /^\p{Lu}/u.test(words[k]![0]) || /^(?:him|her|them|us|it)$/i.test(words[k]![0])); skip++) k++;
      determiners++;
    }
    // An infinitive or a clause after the cue ("agreed to freeze", "insisted that") is no noun phrase.
    if (!determiners && /(?:^|\s)(?:to|that)$/i.test(text.slice(c.start, c.end))) continue;
    // "would sign the CEPA only if", "rejected the USMCA": an acronym after "the" that names no actor is the accord or
    // measure a report abbreviates (the actors stage takes those that name bodies: NATO, the EU).
    const acronym = determiners && !gerund && /^\p{Lu}{2,7}$/u.test(words[k]?.[0] ?? '') && /^the$/i.test(words[k - 1]?.[0] ?? '') && !/^\p{Lu}/u.test(words[k + 1]?.[0] ?? '') ? words[k]! : null;
    if (acronym) {
      const start = c.end + acronym.index!;
      const end = start + acronym[0].length;
      if (!mentions.some((m) => m.start < end && start < m.end) && ![...props, ...out].some((p) => p.start < end && start < p.end) && !cues.some((h) => h.start < end && start < h.end)) out.push({ id: autoId(acronym[0].toLowerCase()), start, end, origin: 'auto' });
      continue;
    }
    // "a 9% increase", "a 20 per cent pay rise": an amount before the noun qualifies it.
    // ("wants at least four transactions", "up to 20 monitors": a bound on the amount is part of it.)
    if (/^(?:at|up|more|fewer|less|no)$/i.test(words[k]?.[0] ?? '') && /^(?:least|most|to|than)$/i.test(words[k + 1]?.[0] ?? '') && /^(?:[\d.,%$€£]|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)$/i.test(words[k + 2]?.[0] ?? '')) k += 2;
    if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)$/i.test(words[k]?.[0] ?? '') && /^\p{Ll}/u.test(words[k + 1]?.[0] ?? '')) k++;
    for (let amount = false; k < words.length && (/^[\d.,%$€£]$/.test(words[k]![0]) || (amount && /^(?:per|cent|percent|pct)$/i.test(words[k]![0]))); k++) amount = true;
    // "a 25-year transition period": the hyphen after the number joins its unit, which qualifies the noun.
    if (k > 0 && /^\d$/.test(words[k - 1]![0]) && words[k]?.[0] === '-' && /^\p{Ll}/u.test(words[k + 1]?.[0] ?? '') && /^\p{Ll}/u.test(words[k + 2]?.[0] ?? '')) k += 2;
    const np: RegExpMatchArray[] = [];
    for (; k < words.length && np.length < 4; k++) {
      const w = words[k]![0];
      // Scare quotes inside the phrase ("unimpeded" passage) are part of how it is written, not its end.
      if (np.length && /^["“”]$/.test(w) && /^\p{Ll}/u.test(words[k + 1]?.[0] ?? '')) continue;
      if (!/^\p{Ll}[\p{Ll}-]+$/u.test(w) && !(np.length === 0 && /^\p{Lu}\p{Ll}{2,}$/u.test(w) && /^\p{Ll}/u.test(words[k + 1]?.[0] ?? ''))) break;
      // A participle may open the phrase as a modifier of a noun after it ("support for continued engagement").
      const modifier = /ed$/.test(w) && /^\p{Ll}[\p{Ll}-]+$/u.test(words[k + 1]?.[0] ?? '') && !OPEN_STOP.has(words[k + 1]![0]) && !/(?:ly|ed|ing)$/.test(words[k + 1]![0]);
      if (OPEN_STOP.has(w.toLowerCase()) || (np.length && /^(?:the|a|an)$/i.test(w)) || (/(?:ly|ing|ed)$/.test(w) && np.length === 0 && !determiners && !modifier)) break;
      np.push(words[k]!);
    }
    // The phrase ends at a noun: drop trailing words that cannot end one.
    // ("a hearing", "the approval" are nouns: -ing and -al stay.)
    while (np.length && endsLikeModifier(np[np.length - 1]![0])) np.pop();
    // "The group opposes voting, and ...": a gerund with nothing after it names the act itself.
    if (gerund && !np.length && GERUND_ALONE.test(text.slice(c.end + gerund.index! + gerund[0].length, s.end)) && !OPEN_STOP.has(gerund[0]) && !/^(?:being|having|doing|getting|making|going|nothing|something|anything|everything|morning|evening|meeting|building|spending|funding|thing)$/.test(gerund[0])) {
      const start = c.end + gerund.index!;
      const end = start + gerund[0].length;
      if (!props.some((p) => p.start < end && start < p.end) && !out.some((p) => p.start < end && start < p.end) && !cues.some((h) => h !== c && h.start < end && start < h.end)) out.push({ id: autoId(gerund[0].toLowerCase()), start, end, origin: 'auto' });
      continue;
    }
    if (!np.length || (/^\p{Lu}/u.test(np[0]![0]) && (np.length < 2 || CALENDAR_WORD.test(np[0]![0])))) continue;
    const head = np[np.length - 1]![0].toLowerCase();
    // "set to veto legislation that would ...": a bare bill with no determiner is the bill under discussion.
    if (!determiners && np.length === 1 && /^(?:legislation|bills)$/.test(head) && bill) {
      const start = c.end + np[0]!.index!;
      if (!props.some((p) => p.start < start + head.length && start < p.end)) out.push({ id: bill, start, end: start + head.length, origin: bill.startsWith('auto:') ? 'auto' : 'pack' });
      continue;
    }
    // "denounced GOP efforts to defund the group", "accepted the request to cooperate in a pilot program": a
    // noun of striving or asking names no object itself; the act its infinitive names is the object.
    if (ACT_NOUN.test(head)) {
      const headEnd = c.end + np[np.length - 1]!.index! + np[np.length - 1]![0].length;
      // "rejected the demand for a donor fund", "backed calls for a referendum": what the wish is for is the object.
      const act = infinitiveAct(text, headEnd, s.end) ?? (FOR_WISH.test(head) ? wishedThing(text, headEnd, s.end) : null);
      if (act && !props.some((p) => p.start < act.end && act.start < p.end) && !cues.some((h) => h !== c && h.start < act.end && act.start < h.end && h.cue.kind === 'agentive')) {
        out.push({ id: autoId(act.words.join(' ')), start: c.end + (gerund ?? np[0]!).index!, end: act.end, origin: 'auto' });
      }
      continue;
    }
    // A gerund names an act ("laments hosting the refugees") and a name's own thing is specific ("welcomed the
    // EU's contribution"): neither needs its head named again to be on the table.
    // "dropped its demand for a new attendance policy": what a side's own demand names is on the table.
    const ownDemand = c.cue.polarity > 0 && /^demands?$/i.test(text.slice(c.start, c.end)) && /\b(?:its|their|his|her|our)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(s.start, c.start - 20), c.start));
    let end = c.end + np[np.length - 1]!.index! + np[np.length - 1]![0].length;
    let named = gerund ? [gerund[0].toLowerCase(), head] : np.slice(-2).map((w) => w[0].toLowerCase());
    // "a cap on regional flying", "limits on outsourcing": a restriction's head names its object through "on"/"over".
    const restricted = !gerund && RESTRICTION_HEAD.test(head) ? restrictedThing(text.slice(end, Math.min(s.end, end + 60))) : null;
    if (restricted) {
      end += restricted.length;
      named = [head, restricted.last];
    } else if (OPEN_GENERIC.test(head) || SAYING_NOUN.test(head) || (head.length < (np.length > 1 ? 3 : 4) && !RESTRICTION_HEAD.test(head) && !ACT_HEAD.test(head))) continue;
    // "urged colleagues to vote no", "pressed the union to accept": the one urged is no object.
    if (URGING_CUE.test(cueText) && /^\s+to\s+\p{Ll}/u.test(text.slice(end, end + 12))) continue;
    // "wants the roster changed", "wants the EU to pay": what is wanted is done to the thing, not the thing.
    // ("want the standard contracts to apply to all manufacturers", "wants the truce to hold": what is wanted to stand or
    // apply is wanted itself; "wants the EU to pay" asks an act of a side, "wants the ban to end" the thing's undoing.)
    const wantedToStand = wanting && KEEPING_AFTER.test(text.slice(end, end + 40)) && !PEOPLE_HEAD.test(head);
    if (wanting && !wantedToStand && (WANT_VAGUE.test(head) || /^\s+(?:\p{Ll}+ed|done|gone|given|taken|withdrawn|rewritten|shown|to|back|out|off|away|by)\b/u.test(text.slice(end, end + 16)))) continue;
    // A one-word object must be abstract or plural ("the delay", "sanctions"); a bare concrete noun is too often no object.
    // (A limit is a thing on the table however short: "accepted the cap".)
    if (np.length === 1 && !gerund && !restricted && !RESTRICTION_HEAD.test(head) && !standsAlone(head) && !(ACT_ON.test(head) && /^\s+of\s/.test(text.slice(end, end + 5)))) continue;
    // "backed a binding global target", "opposes voting": a side's explicit verdict on a thing it names once is a
    // stance all the same; the thing is on the table because the side took a position on it.
    // What a verb undoes is on the table only when the report names it again ("suspended the session" names no object).
    if (undoing && ((countOf(head) < 2 && !restricted) || !(MEASURE_UNDOING.test(cueText) || MEASURE_HEAD.test(head)))) continue;
    if (countOf(head) < 2 && !gerund && !possessor && !ownDemand && !restricted) {
      const lone = loneObject(text, s, c, words, (words as RegExpMatchArray[]).indexOf(np[0]!), np, end);
      if (!lone) continue;
      end = lone.end;
      named = lone.named;
    }
    const start = c.end + (gerund ?? np[0]!).index!;
    if (props.some((p) => p.start < end && start < p.end) || out.some((p) => p.start < end && start < p.end)) continue;
    // "condemned Armenia's rejection of the truce": a stance noun is a cue that composes, not the object.
    const npStart = c.end + np[0]!.index!;
    // ("resistance to arming the rebels": a group a gerund acts on is part of the act, not the object's owner.)
    if ((!gerund && mentions.some((m) => m.start < end && npStart < m.end)) || cues.some((h) => h.start < end && start < h.end)) continue;
    out.push({ id: autoId(named.join(' ')), start, end, origin: 'auto' });
    // "wants a 9% increase and a cap on agency crews": a noun phrase joined by "and" is a second object of the verb.
    const second = coordinatedObject(text, end, s.end);
    if (second && ![...props, ...out].some((p) => p.start < second.end && second.start < p.end) && !mentions.some((m) => m.start < second.end && second.start < m.end) && !cues.some((h) => h.start < second.end && second.start < h.end)) out.push(second);
  }
  return out;
}

/** A modal or infinitive "to" right before a cue: a bare cue there is a verb ("would back restricting access"), not a noun. */
const AFTER_MODAL = /\b(?:would|will|could|can|might|may|should|must|to|not|n['’]t)\s+(?:\p{Ll}+ly\s+)?$/iu;

/** Heads that hold things rather than act on them ("a list of hazardous substances"). */
const HOLDER_HEAD = /^(?:list|package|set|slate)$/;
/** Heads that name an act on a thing ("the creation of a fund") or hold things: the thing after "of" is what it is about. */
const ACT_ON = /^(?:list|package|set|slate|creation|establishment|introduction|adoption|extension|prolongation|renewal|expansion|stationing|deployment|use|lifting|removal|suspension|release|return|inclusion|approval|ratification|signing|start|beginning|launch|resumption|continuation|opening|setting|imposition|abolition|reduction|increase|cut|cuts)$/;
/** Lone heads too vague to stand for a thing on the table ("did not accept a condition", "backed the idea"). */
const LONE_VAGUE = /^(?:conditions?|possibilit(?:y|ies)|chances?|prospects?|language|wording|formulations?|texts?|versions?|outcomes?|results?|compromises?|solutions?|options?|ways?|approaches|changes?|points?|elements?|aspects?|parts?|kinds?|types?|forms?|levels?|amounts?|numbers?|figures?|criticism|concerns?|questions?|principles?|goals?|aims?|objectives?|signals?|messages?|management|leadership|members?|situation|process|progress|line|reluctance|unwillingness|willingness|eagerness|hesitan(?:ce|cy)|hesitation)$/;

/** What may follow a gerund that is the whole object: the sentence's or clause's end. */
const GERUND_ALONE = /^\s*(?:[,;:.!?"”)]|\s(?:and|or|but|while|as|because|since|on|in|at)\s|$)/;

/** The non-committal cues of not ruling a thing out. */
const RULED_OUT = /\brul(?:e|es|ed|ing)\s+out$/i;
/** A copula a judged subject needs: most sentences have none, and the scan below costs more than this test. */
const JUDGED_SUBJECT_HINT = /\b(?:is|was|are|were|be|remains?|remained)\b/;
/** A speaker's clause or quotation opening on a noun phrase and a copula: "said (that) a meeting between A and B was". */
const JUDGED_SUBJECT = new RegExp(String.raw`(?:(?:${REPORTING_VERBS})(?:\s+(?:reporters|journalists|parliament|lawmakers|him|her|them|us|the\s+\p{Ll}+|\p{Lu}[\p{L}.'’-]+))?(?:\s+(?:on|in)\s+\p{L}+)?\s*,?\s+(?:that\s+)?|["“]\s*)((?:[Tt]he|[Aa]n?|[Aa]ny|[Ss]uch|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}-]{3,})((?:\s+(?:between|of|for|with|on|in)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}?[\p{L}\p{N}'’.-]+)?)\s+(?=(?:is|was|are|were|would\s+be|will\s+be|could\s+be|remains?|remained)\s)`, 'dgu');

/** A quotation opening on a bare abstract noun and a copula: '"Modernization is not optional," she said' (group 2, empty, keeps `JUDGED_SUBJECT`'s shape). */
const JUDGED_BARE_SUBJECT = /["“]\s*(\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ance|ence|ity|ism))()\s+(?=(?:is|was|are|were|would\s+be|will\s+be|remains?)\s)/dgu;

/** Concrete heads that name an act or a measure on their own ("criticised the transfer", "backed the fund"). */
// (And the things every kind of talks bargains over that no suffix marks abstract: "rejected the budget", "backed the
// target", "opposed the reforms", "wants a summit".)
const ACT_HEAD = /^(?:increase|release|cut|raise|rise|transfer|waiver|merger|handover|takeover|buyout|bailout|walkout|lockout|shutdown|rollback|crackdown|pullout|swap|fund|term|strike|truce|pact|levy|subsidy|loan|loans|grant|grants|bonus|amnesty|referendum|treaty|accord|zone|corridor|buffer|budget|budgets|target|targets|summit|deadline|timetable|schedule|reform|reforms|visas?|membership|statehood|index|consent|quota|quotas|linkage)$/;

/**
 * May the word alone be a thing on the table? Abstract or plural heads ("the delay", "sanctions") and concrete
 * heads of acts or measures; a bare concrete noun ("the boat", "the leader") is too often no object.
 */
function standsAlone(head: string): boolean {
  return ACT_HEAD.test(head) || /(?:tion|sion|ment|ance|ence|ity|ism|ure|al|ay|ts|ks|es|xes|ax|ing)$/.test(head);
}

/** A head that names no thing on the table: a generic or vague noun, a noun of saying, or an adjective or adverb. */
function namesNoThing(head: string): boolean {
  return OPEN_GENERIC.test(head) || LONE_VAGUE.test(head) || SAYING_NOUN.test(head) || endsLikeModifier(head);
}

/** Heads naming people or groups of them ("the guarantors", "the two sides"): judged subjects are things. */
const PEOPLE_HEAD = /(?:ors|ers|ists|ants|ents|ians|eers|men|women|people|ople|sides|parties|delegations|governments|countries|nations|states|members|staff|team|public|community)$/;
/** Predicates of feeling or expectation: they say how the subject stands, not how good a thing is. */
const FEELING = /^(?:(?:very|deeply|increasingly|extremely|quite|so|too|not|also|still|now|more|less)\s+)*(?:concerned|worried|happy|pleased|glad|satisfied|disappointed|frustrated|confident|optimistic|pessimistic|hopeful|angry|upset|afraid|sure|certain|aware|determined|ready|willing|eager|keen|unhappy|sad|proud|grateful|surprised|alarmed|dismayed|delighted)\b/i;

/**
 * Noun phrases a speaker passes judgement on ("a meeting between the leaders was the only way out", "such a
 * fund would be a reward for crime") as objects, when nothing else names them: the judgement itself is read by
 * `evaluations`, and only a clear one (AFINN or the negotiation list, |score| >= 2) makes the phrase an object.
 */
function judgedSubjects(text: string, s: Sentence, props: readonly PropositionMatch[], mentions: readonly Mention[]): PropositionMatch[] {
  const out: PropositionMatch[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const m of [...sentence.matchAll(JUDGED_SUBJECT), ...sentence.matchAll(JUDGED_BARE_SUBJECT)]) {
    const start = s.start + m.indices![1]![0];
    const end = s.start + m.indices![2]![1];
    if (props.some((p) => p.start < end && start < p.end) || mentions.some((x) => x.start >= start && x.end <= start + m[1]!.length)) continue;
    const words = m[1]!.split(/\s+/).filter((w) => !OPEN_STOP.has(w.toLowerCase()) && !OPEN_DETERMINER.test(w));
    const head = words[words.length - 1]?.toLowerCase();
    if (!head || namesNoThing(head) || PEOPLE_HEAD.test(head)) continue;
    const rest = text.slice(end, s.end);
    const predicate = /^\s+(?:is|was|are|were|would\s+be|will\s+be|could\s+be|remains?|remained)\s+([^.;:!?]{1,80})/.exec(rest);
    if (!predicate) continue;
    // "the only way to break the deadlock": what the way is for is not part of the judgement.
    const judgement = predicate[1]!.split(/\b(?:because|but|although|though|as|since|if|unless|when|once)\b|,|(?<=\b(?:way|option|solution|hope|path|answer|road|route|alternative|chance|step|means|tool))\s+(?:to|for)\s/)[0]!;
    // "were deeply concerned", "is optimistic": how the subject feels, not what it is worth.
    if (FEELING.test(judgement) || Math.abs(evaluate(judgement)) < 2) continue;
    out.push({ id: autoId(words.slice(-2).join(' ')), start, end, origin: 'auto' });
  }
  return out;
}

/** A verb of regarding then "as" later: most sentences have none, and the scan below costs more than this test. */
const REGARDED_HINT = /\b(?:(?:saw|sees|see|seeing|described|describes|describing|regarded|regards|regarding|viewed|views|viewing|considered|considers|branded|brands|labell?ed|dubbed|characteri[sz]ed|characteri[sz]es)\b[^.;:!?]{3,80}?\bas|(?:called|calls|calling|branded|brands|branding|labell?ed|dubbed)\s+(?:the|its|their|this|that|these|those)\s)/;
/** "called|branded <definite noun phrase> <a|an|the ...judgement>": group 1 the noun phrase, group 2 the judgement. */
const CALLED_NAMED = /\b(?:called|calls|calling|branded|brands|branding|labell?ed|dubbed)\s+((?:the|its|their|this|that|these|those)\s+(?:[\p{Ll}\d'’-]+\s+){0,3}?[\p{Ll}-]{3,})\s+["“‘']?((?:a|an|the)\s+(?:[\p{L}'’-]+\s*){1,5})/gdu;
/** "<verb of regarding> <noun phrase> [time] as <judgement>": group 1 the noun phrase, group 2 what it is regarded as. */
const REGARDED = /\b(?:saw|sees|see|seeing|described|describes|describing|regarded|regards|regarding|viewed|views|viewing|considered|considers|branded|brands|labell?ed|dubbed|characteri[sz]ed|characteri[sz]es)\s+((?:the|a|an|its|their|this|that|these|those|any)\s+(?:[\p{Ll}\d'’-]+\s+){0,3}?[\p{Ll}-]{3,})\s+(?:(?:last|this|on)\s+\p{L}+\s+|earlier\s+|again\s+|repeatedly\s+|privately\s+|publicly\s+)?as\s+["“‘']?\s*((?:[\p{L}'’-]+\s*){1,6})/gdu;

/**
 * Noun phrases a side regards as clearly good or bad ("saw the five-year term as a non-starter", "described
 * the package as the richest offer in the company's history") as objects, when nothing else names them: the
 * regarding is read by `evaluations` (the "call" rule), and only a clear judgement (|score| >= 2) makes the
 * phrase an object.
 */
function regardedObjects(text: string, s: Sentence, props: readonly PropositionMatch[], mentions: readonly Mention[]): PropositionMatch[] {
  const out: PropositionMatch[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const m of [...sentence.matchAll(REGARDED), ...sentence.matchAll(CALLED_NAMED)]) {
    const start = s.start + m.indices![1]![0];
    const end = s.start + m.indices![1]![1];
    if ([...props, ...out].some((p) => p.start < end && start < p.end) || mentions.some((x) => x.start < end && start < x.end)) continue;
    const words = m[1]!.split(/\s+/).filter((w) => !OPEN_STOP.has(w.toLowerCase()) && !OPEN_DETERMINER.test(w));
    const head = words[words.length - 1];
    if (!head || namesNoThing(head) || PEOPLE_HEAD.test(head)) continue;
    if (words.length === 1 && !standsAlone(head)) continue;
    if (Math.abs(calledEvaluation(m[2]!)) < 2) continue;
    out.push({ id: autoId(words.slice(-2).join(' ')), start, end, origin: 'auto' });
  }
  return out;
}

/** "that"/"which" then a subject and its verb: a clause after the cue ("demand that management had resisted"). */
const CLAUSE_AFTER = /^\s+(?:that|which)\s+(?:the\s+)?[\p{L}-]+\s+(?:had|has|have|would|will|is|was|were|are|should|must|could|can|may|did|does|do|not|\p{Ll}+ed)\b/u;
/** What follows a verb that has no object of its own: the clause's end, or a time or place. */
const NO_OBJECT_AFTER = /^(?:\s*[,.;:!?)"”]|\s*$|\s+(?:in|on|at|during|last|since|until|before|after|because|earlier|so\s+far|for\s+(?:years|months|weeks|days))\b|\s+(?:a|one|two|three|four|five|six|several|many|some|\d+)\s+(?:years?|months?|weeks?|days?)\s+ago\b)/;
/** "<noun phrase>[ of <phrase>], which|that <subject> [had|did not|long ...]" right before a verb. */
/** A noun phrase (group 1) and what it is of or for (group 2), up to where a clause or participle on it begins. */
const NOUN_PHRASE_ON = String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Aa]ny)\s+((?:(?!(?:the|an?|its|their|his|her|this|any)\s)[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]{3,})(\s+(?:of|for|on|over|with|in)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)?\s*,?\s+`;
/** "<noun phrase>[ of <phrase>]," right before an appositive's comma. */
const PHRASE_BEFORE_COMMA = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Aa]ny)\s+((?:(?!(?:the|an?|its|their|his|her|this|any)\s)[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]{3,})(\s+(?:of|for|on|over|with|in)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)?,$`, 'du');
const DETERMINER_WORD = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Aa]ny)\s/g;
const ZERO_RELATIVE_ON_PHRASE = new RegExp(String.raw`${NOUN_PHRASE_ON}((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+)(?:(?:had|has|have|did|does|do|would|will|could|can|not|never|long|also|already|so\s+far|\p{Ll}+ly|n['’]t)\s+)*$`, 'du');
const RELATIVE_ON_PHRASE = new RegExp(String.raw`${NOUN_PHRASE_ON}(?:which|that)\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){1,4}?)(?:(?:had|has|have|did|does|do|would|will|could|can|not|never|long|also|already|so\s+far|\p{Ll}+ly|n['’]t)\s+)*$`, 'du');

/**
 * The noun phrase a relative clause is on, as the object of the clause's verb when the clause's subject is a
 * named side ("a pension plan, which management has flatly refused"). Vague and generic heads are left to
 * the anaphor rules ("the proposal, which ..." is the proposal named before).
 */
function relativeAntecedent(text: string, s: Sentence, c: CueHit, mentions: readonly Mention[]): PropositionMatch | null {
  const from = Math.max(s.start, c.start - 140);
  const m = RELATIVE_ON_PHRASE.exec(text.slice(from, c.start));
  if (m) {
    const subjectStart = from + m.indices![3]![0];
    if (!mentions.some((x) => x.start >= subjectStart && x.start < c.start && x.kind !== 'pronoun')) return null;
    return antecedentPhrase(m, from);
  }
  // "the exemption Jakarta had demanded", "a clause the producers had refused": a relative with no "that", whose
  // subject is a named side right after the noun.
  // (The nearest noun phrase: "stops short of the exemption Jakarta had demanded" is on the exemption.)
  const before = text.slice(from, c.start);
  for (const d of [...before.matchAll(DETERMINER_WORD)].reverse()) {
    const z = ZERO_RELATIVE_ON_PHRASE.exec(before.slice(d.index));
    if (!z || z.index !== 0 || z[0].includes(',')) continue;
    const subjectStart = from + d.index + z.indices![3]![0];
    return mentions.some((x) => x.start === subjectStart && x.kind !== 'pronoun') ? antecedentPhrase(z, from + d.index) : null;
  }
  return null;
}

/** "<noun phrase>[ of <phrase>][, (which was)]" right before a participle of making or backing ("the fund demanded by"). */
const PARTICIPLE_ON_PHRASE = new RegExp(String.raw`${NOUN_PHRASE_ON}(?:(?:which|that)\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+)?(?:(?:first|\p{Ll}+ly)\s+)?$`, 'du');

/**
 * The noun phrase a participle of making or backing describes, as its object when a named side follows "by"
 * ("the dedicated fund demanded by African states", "the plan, first proposed by Cairo").
 */
function participleAntecedent(text: string, s: Sentence, c: CueHit, mentions: readonly Mention[]): PropositionMatch | null {
  const by = /^\s+by\s+(?:the\s+)?/i.exec(text.slice(c.end, c.end + 12));
  if (!by || !mentions.some((x) => x.start === c.end + by[0].length && x.kind !== 'pronoun')) return null;
  const from = Math.max(s.start, c.start - 140);
  const m = PARTICIPLE_ON_PHRASE.exec(text.slice(from, c.start));
  return m ? antecedentPhrase(m, from) : null;
}

function antecedentPhrase(m: RegExpExecArray, from: number): PropositionMatch | null {
  const words = m[1]!.split(/\s+/).filter((w) => !OPEN_STOP.has(w));
  const head = words[words.length - 1];
  if (!head || namesNoThing(head)) return null;
  // "a cap on outsourcing, which X had rejected": a lone head with what it is on or of names a thing by both.
  const complement = m[2]?.split(/\s+/).filter((w) => w && !OPEN_STOP.has(w) && !/^(?:of|for|on|over|with|in)$/.test(w)) ?? [];
  const last = complement[complement.length - 1];
  const completed = words.length === 1 && !standsAlone(head) && last && /^\p{Ll}/u.test(last) && !namesNoThing(last) ? last : null;
  if (words.length === 1 && !standsAlone(head) && !completed) return null;
  // The phrase runs through what it is of or for ("review of the cod stock"), so the clause follows it at once.
  const start = m.indices![1]![0];
  const end = (m.indices![2] ?? m.indices![1]!)[1];
  return { id: autoId(completed ? `${head} ${completed}` : words.slice(-2).join(' ')), start: from + start, end: from + end, origin: 'auto' };
}

/** A relative clause on a lower-case noun with no name between it and the cue ("a quarrel that had threatened to"). */
const THING_RELATIVE_BEFORE = /(?<![\p{Lu}][\p{L}'’-]*\s)\b\p{Ll}{3,}\s+(?:that|which)\s+(?:\p{Ll}+\s+){0,4}$/u;

/**
 * What a stance verb's object named only once in the report must look like to count: a noun phrase right after
 * the cue, not a verb after bare "to" ("refused to signal"), not a clause ("a demand that management ..."),
 * not a vague head; "the creation of a fund" reaches on to the thing acted on. Returns the phrase's end and the
 * words that name it, or null.
 */
function loneObject(text: string, s: Sentence, c: CueHit, words: RegExpMatchArray[], npAt: number, np: RegExpMatchArray[], end: number): { end: number; named: string[] } | null {
  // "a quarrel that had threatened to sink the talks": the verb's subject is a thing, not a side.
  if (THING_RELATIVE_BEFORE.test(text.slice(Math.max(s.start, c.start - 60), c.start))) return null;
  const first = words[0]?.[0] ?? '';
  if (/^(?:that|which|who|what|whether|if)$/i.test(first)) return null;
  // After a bare "to" a word that is not plural is an infinitive ("refused to signal"), not an object ("agreed to cuts").
  if (/^to$/i.test(first) && npAt === 1 && !/[^s]s$/.test(np[0]![0])) return null;
  const head = np[np.length - 1]![0].toLowerCase();
  // "tighter scope language", "the missile wording": a noun before a vague head says which one is meant.
  if (LONE_VAGUE.test(head) && !(np.length > 1 && namingModifier(np[np.length - 2]![0]))) return null;
  if (ACT_ON.test(head)) {
    const of = /^\s+of\s+(?:(?:the|a|an|its|their|any|new|further)\s+)*((?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]{2,})\b/u.exec(text.slice(end, Math.min(s.end, end + 60)));
    // "wants a 9% increase", "rejected the cut": an act with nothing after it is the measure itself.
    if (!of) return /^\s*(?:[,;:.!?"”)]|\s(?:and|or|but|over|in|for|from|by|to|on|at|as|with)\s|$)/.test(text.slice(end, Math.min(s.end, end + 8))) ? { end, named: np.slice(-2).map((w) => w[0].toLowerCase()) } : null;
    const objectWords = of[1]!.split(/\s+/).filter((w) => !OPEN_STOP.has(w));
    const last = objectWords[objectWords.length - 1];
    if (!last || LONE_VAGUE.test(last) || OPEN_GENERIC.test(last)) return null;
    // "a list of hazardous substances" is about the substances; "the extension of the truce" is the extension.
    return { end: end + of[0].length, named: HOLDER_HEAD.test(head) ? objectWords.slice(-2) : [head, last] };
  }
  return { end, named: np.slice(-2).map((w) => w[0].toLowerCase()) };
}

/** Adjectives with no adjective ending that often qualify a vague head ("strong language", "the same wording"). */
const PLAIN_ADJECTIVE = /^(?:strong|tough|clear|vague|firm|weak|soft|hard|broad|harsh|same|such|other|more|most|last|next|main|good|best|full|whole|high|long|short|fair|fresh|right|wrong|real|true|past|open|free|joint|much|many|some|both|each|every|first|only|very|even|tight|loose|blunt|plain|stark|mild|bold)$/;

/** A word before a noun that is itself a noun ("scope" in "scope language"), so names what the phrase is about. */
function namingModifier(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Ll}{4,}$/u.test(w) && !PLAIN_ADJECTIVE.test(w) && !OPEN_STOP.has(w) && !/(?:ly|ed|ive|ous|ful|ic|al|able|ible|er|est|ish|less|ing|ary|ant|ent)$/.test(w);
}

/** Verbs that do away with a measure, whatever it is called ("wants to scrap the device tax", "curb their complaints"). */
const MEASURE_UNDOING = /^(?:scrap|repeal|abolish|rescind|revok|delay|postpon|defer|shelv|curb|curtail|rein|water|overturn|ditch|abandon|gut|t(?:ear|ore|orn)|rip|dismantl|relax|loosen|unwind|unwound|kill|phas(?:e|es|ed|ing)\s+out)/i;
/** Heads that name a measure, which any undoing verb ("cut", "lift", "end") takes a position on. */
const MEASURE_HEAD = /^(?:tax|taxes|tariffs?|levy|levies|bans?|laws?|rules?|regulations?|sanctions|subsid(?:y|ies)|deductions?|allowances?|exemptions?|schemes?|programmes?|programs?|polic(?:y|ies)|mandates?|quotas?|caps?|dut(?:y|ies)|controls?|restrictions?|limits?|fees?|production|output|emissions|complaints?|patrols?|exercises?|construction|reclamation|blockade|embargo|requirements?|provisions?|measures?|checks?|benefits?|funding|aid|support|spending|cuts)$/;
const UNDOING_VERB = /^(?:stop|end|halt|cease|lift|scrap|abandon|drop|suspend|freeze|dismantle|remove|reverse|cancel|withdraw|abolish|eliminate|ease|pause|curb|ban|roll|scale|wind|phase)$/;

/** Heads that name a wish or a try, whose infinitive names what is wanted ("efforts to", "a request to"). */
// "want freedom to install automated cranes", "the right to strike": a leave to act names the act as its object.
const ACT_NOUN = /^(?:efforts?|attempts?|bids?|requests?|measures?|steps?|moves?|plans?|proposals?|calls?|demands?|offers?|push|pushes|drive|campaign|initiatives?|freedom|right|ability|permission|authority|power|leeway|licence|license)$/;

/** Nouns of wishing whose "for" names the thing wished ("a demand for", "calls for", "a request for"). */
const FOR_WISH = /^(?:requests?|calls?|demands?|push|pushes|drive|campaign|bids?|proposals?|plans?|offers?)$/;

/**
 * "for <noun phrase>" right after `from`, as the thing a wish is for: up to three lower-case words past
 * determiners, ending at a function word, with a head that names a thing (abstract or plural when alone).
 */
function wishedThing(text: string, from: number, limit: number): { start: number; end: number; words: string[] } | null {
  const m = /^\s+for\s+(?:(?:a|an|the|any|new|further|more|its|their)\s+)*/.exec(text.slice(from, Math.min(limit, from + 30)));
  if (!m) return null;
  const start = from + m[0].length;
  const taken = phraseWords(text.slice(start, Math.min(limit, start + 50)), 0);
  // The phrase ends at a noun ("a new and binding" ends nowhere).
  while (taken.length && endsLikeModifier(taken[taken.length - 1]!.word)) taken.pop();
  const words = taken.map((t) => t.word);
  const end = start + (taken[taken.length - 1]?.end ?? 0);
  const head = words[words.length - 1];
  if (!head || head.length < 4 || namesNoThing(head) || LONE_VAGUE.test(head) || /^(?:years|months|weeks|days|hours|decades|ages)$/.test(head)) return null;
  if (words.length === 1 && !standsAlone(head)) return null;
  return { start, end, words: words.slice(-2) };
}

/**
 * "to <verb> <object>" right after `from`: the verb and the last word of its object (up to four words, past
 * determiners and names) as the act's words. None when no lower-case verb follows "to".
 */
function infinitiveAct(text: string, from: number, limit: number): { start: number; end: number; words: string[] } | null {
  const m = /^\s+to\s+(\p{Ll}{3,})\b/u.exec(text.slice(from, Math.min(limit, from + 40)));
  if (!m || OPEN_STOP.has(m[1]!) || /(?:ing|ed)$/.test(m[1]!)) return null;
  // "demands to stop enriching uranium": an undoing verb names no act of its own ("stop uranium"); the
  // cues read it as against what follows.
  if (UNDOING_VERB.test(m[1]!)) return null;
  const verbEnd = from + m[0].length;
  let end = verbEnd;
  let last: string | null = null;
  const tail = text.slice(verbEnd, Math.min(limit, verbEnd + 60));
  for (const w of tail.matchAll(/\p{Lu}[\p{L}'’.-]*|\p{Ll}[\p{L}'’-]*|[^\s\p{L}]/gu)) {
    const word = w[0];
    if (/^(?:the|a|an|its|their|his|her|our|all|any|some|more|other|new)$/i.test(word) || /^\p{Lu}/u.test(word)) continue;
    // "obtain explicit, informed consent": a comma between adjectives does not end the phrase.
    if (word === ',' && last && /(?:ic|it|ive|ous|ful|able|ible)$/.test(last) && /^,\s*\p{Ll}/u.test(tail.slice(w.index!, w.index! + 3))) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || OPEN_STOP.has(word)) break;
    last = word;
    end = verbEnd + w.index! + word.length;
    if (/(?:tion|sion|ment|ance|ence|ity|s)$/.test(word)) break;
  }
  return { start: from, end, words: last ? [m[1]!, last] : [m[1]!] };
}

/**
 * Does the word end as an adjective or adverb does, so that it cannot end a noun phrase? Not the nouns of talks spelt
 * so ("a timetable", "the initiative", "an EU directive").
 */
function endsLikeModifier(word: string): boolean {
  return /(?:ly|ed|ive|ous|ful|ic|able|ible)$/.test(word) && !/^(?:timetable|initiative|incentive|directive|deliverable)$/.test(word);
}

/** Several " | " separators: a run of headlines or menu items. */
const NAVIGATION_LINE = /\s\|\s[^|]*\s\|\s/;

/** A membership question (`auto:european-union-exit`, `auto:brexit`): leaving a body, put to a vote rather than bargained. */
function isMembership(id: string): boolean {
  return /-exit(?:@|$)|^auto:brexit(?:@|$)/.test(id);
}

/** Heads of a named instrument: "the Affordable Care Act" is the law even when tagged as a body's name. */
const INSTRUMENT_HEAD = /(?:act|treaty|accord|agreement|convention|protocol|partnership|bill|charter)$/i;

/** Names of bodies and people by their start, for `withoutNamedObjects`. */
function nameMentionsByStart(mentions: readonly Mention[], entities: DocumentAnalysis['entities']): Mention[] {
  return mentions.filter((m) => m.kind === 'name' && entities[m.entity]?.type !== 'country').sort((a, b) => a.start - b.start);
}

/**
 * Drops discovered objects whose head word is part of a name ("Amnesty International", a magazine called
 * "The Real Deal"): a body is not the thing on the table. Named instruments ("... Act") stay.
 */
function withoutNamedObjects(text: string, names: readonly Mention[], props: PropositionMatch[]): PropositionMatch[] {
  if (!props.length || !names.length) return props;
  return props.filter((p) => {
    // A verb phrase ("remain in the European Union") names its object by doing it: the body is its complement.
    if (p.origin !== 'auto' || p.verbal) return true;
    const head = /[\p{L}\p{N}]+$/u.exec(text.slice(p.start, p.end));
    if (!head || INSTRUMENT_HEAD.test(head[0])) return true;
    const at = p.end - head[0].length;
    return !names.some((m) => m.start <= at && p.end <= m.end);
  });
}

/** How often each word (lower case) occurs in the content sentences: built once per document, when needed. */
/**
 * How often a word (lower-cased) is one of the words (runs of letters and digits) of the content
 * sentences, lower-cased. Counted per word asked, and kept: a report asks about a few words, and counting
 * every word of it into a map cost more than finding those few.
 */
function contentWordCounter(text: string, content: readonly Sentence[]): (word: string) => number {
  let lowered: string | null = null;
  const counts = new Map<string, number>();
  return (word) => {
    const w = word.toLowerCase();
    let n = counts.get(w);
    if (n === undefined) {
      // Sentences lower-cased one by one, as words never run from one into the next; a newline keeps them apart.
      lowered ??= content.map((s) => text.slice(s.start, s.end).toLowerCase()).join('\n');
      n = wordOccurrences(lowered, w);
      counts.set(w, n);
    }
    return n;
  };
}


/**
 * The document's main negotiated object, for "the deal" and "it": the proposition named most, with the
 * headline counting three times and the first two body paragraphs twice.
 */
function documentTopic(content: readonly Sentence[], props: readonly PropositionMatch[][]): string | null {
  const bodyParagraphs = [...new Set(content.filter((s) => s.zone === 'body').map((s) => s.paragraph))].sort((a, b) => a - b);
  const lead = new Set(bodyParagraphs.slice(0, 2));
  const weighted: { id: string; weight: number }[] = [];
  content.forEach((s, i) => {
    const weight = s.zone === 'title' ? 3 : s.zone === 'body' && lead.has(s.paragraph) ? 2 : 1;
    for (const p of props[i]!) weighted.push({ id: p.id, weight });
  });
  return prominentObject(weighted);
}

/** Words after "it" that make it a subject ("it is", "it would"), not the object of the verb before. */
const IT_SUBJECT = /^\s+it\s+(?:is|was|would|will|has|had|could|can|should|may|might|must|does|did|seems|appears|remains|wo|ca)\b|^\s+it['’]/i;

/**
 * "demanded that they be lifted", "insisted that they should be scrapped": a plural pronoun whose verb is a subjunctive
 * or a modal "be" ("it" is as often the holder itself: "demanded that it be consulted").
 */
const SUBJUNCTIVE_PRONOUN = /^\s+(?:that\s+)?(they)\s+(?:(?:should|must|shall)\s+)?be\s+(?:\p{Ll}+ly\s+)?(?=\p{Ll}+(?:ed|en|wn)\b)/du;

/** "would oppose it", "backed it": "it" right after a stance verb is the document's main object. */
function addCueObjects(text: string, s: Sentence, cues: readonly CueHit[], props: PropositionMatch[], topic: string, topicUndone = false): boolean {
  let added = false;
  for (const c of cues) {
    if (c.cue.kind === 'noun') continue;
    // "does not want one": "one" at the end of a clause stands for the kind of thing named before it in the sentence.
    // "demanded that they be tightened": the subject of a subjunctive after a stance verb is its object too.
    // (Only where the participle is itself an act on an object, "be lifted", not "demanded that it be consulted".)
    const subjunctive = SUBJUNCTIVE_PRONOUN.exec(text.slice(c.end, Math.min(s.end, c.end + 40)));
    const m = (subjunctive && c.cue.kind === 'agentive' && c.cue.polarity > 0 && cues.some((o) => o.cue.kind === 'object' && o.start === c.end + subjunctive[0].length) ? subjunctive : null) ?? /^\s+(?:(?:(?:for|to|against|about|with)\s+)?it\b|(?:(?:for|to|against|about|with)\s+)?them\b|one(?=\s*(?:[.,;:!?"”]|$|\s+(?:either|now|yet|soon|anyway|at\s+all)\b)))/i.exec(text.slice(c.end, Math.min(s.end, c.end + 20)));
    if (!m || (!m[1] && IT_SUBJECT.test(text.slice(c.end, Math.min(s.end, c.end + 20))))) continue;
    const word = m[1] ?? /\S+$/.exec(m[0])![0];
    const start = c.end + (m[1] ? m.indices![1]![0] : m[0].length - word.length);
    if (props.some((p) => p.start <= start && start < p.end)) continue;
    // "rejected that proposal, calling it ...": the object the clause is about, when it names one, is "it".
    const clauseFrom = m[1] ? clauseOpening(text, s.start, c.start) : clauseOpening(text, s.start, start);
    const inClause = props.filter((p) => p.start >= clauseFrom && p.end <= start && !p.direct);
    // "one" has no antecedent but the last object its clause names.
    const indefinite = word.toLowerCase() === 'one';
    // "would vote for them": only a plural object named before in the sentence, never people.
    const plural = /^(?:them|they)$/i.test(word);
    const own = indefinite || plural ? inClause.at(-1) : inClause[0];
    if ((indefinite || plural) && !own) continue;
    if (plural && (!/s$/i.test(text.slice(own!.start, own!.end)) || /(?:ss|us|is)$/i.test(text.slice(own!.start, own!.end)))) continue;
    const id = own?.id ?? topic;
    props.push({ id, start, end: start + word.length, origin: id.startsWith('auto:') ? 'auto' : 'pack', ...(!own && topicUndone ? { stays: true } : {}) });
    added = true;
  }
  return added;
}

/** "calling it “<judgement>”": "it" after a naming verb is the main object, judged by what follows. */
function addPronounObjects(text: string, s: Sentence, props: PropositionMatch[], topic: string): void {
  const sentence = text.slice(s.start, s.end);
  // ("said it was a mistake to walk away", "said it was clear that ...": an "it" put first for a clause after it is no object.)
  const said = SAID_IT_HINT.test(sentence) ? [...sentence.matchAll(SAID_IT)].filter((m) => !/^[^,;:.!?]*?\b(?:to\s+\p{Ll}+|that|whether|how|why|when|if)\b/u.test(sentence.slice(m.index + m[0].length))) : [];
  for (const m of [...sentence.matchAll(CALL_IT), ...said]) {
    const start = s.start + m.index + m[0].length - 2;
    if (props.some((p) => p.start <= start && start < p.end)) continue;
    // "rejected that proposal, calling it ...": the object the clause is about, when it names one, is "it".
    const clauseFrom = clauseOpening(text, s.start, start);
    const own = props.find((p) => p.start >= clauseFrom && p.end <= start && !p.direct);
    const id = own?.id ?? topic;
    props.push({ id, start, end: start + 2, origin: id.startsWith('auto:') ? 'auto' : 'pack' });
  }
  props.sort((a, b) => a.start - b.start);
}

/** Verbs that revise an amount ("lowered its offer", "cut its demand"): said of one's own offer, a concession. */
const REVISED = /^(?:lower|cut|reduc|slash|scal|eas|trim|halv|soften|rais|increas|hik|sweeten)/i;
/** Before an object: its exclusion from what follows ("kept out of the package"). */
const KEPT_OUT_OF = /\b(?:(?:kept|left|held|taken|carved)\s+out\s+of|excluded\s+from|exempted\s+from|removed\s+from)\s+(?:(?:the|a|an|any|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Before an object: a counter-offer or an alternative to it ("a counter-offer to Brussels' proposal"). */
const COUNTERED = /\b(?:counter-?(?:offers?|proposals?|bids?|plans?)|(?<!\bno\s)alternatives?|rival\s+(?:plans?|proposals?|bids?|offers?))\s+to\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu;

/** A reporting verb whose clause opens with the object: "said (that) <object> ...". */
const REPORTED_SUBJECT = new RegExp(`${REPORTING_VERBS}(?:\\s+(?:on|in)\\s+\\p{L}+)?\\s*,?\\s+(?:that\\s+)?(?:the|this|that|its|their|his|her|our|any|a|an)?\\s*(?:[\\p{L}\\d]+(?:['’]s?)?\\s+){0,3}$`, 'iu');
/** "Norland says it is a non-starter": "it" opening a reported judgement is the thing under discussion (the judgement decides, in `evaluations`). */
const SAID_IT_HINT = /\b(?:said|says|say|added|argued|insisted|warned|stressed|believes?|thinks?)\s+(?:that\s+)?it\s+(?:is|was|would\s+be|will\s+be|remains)\b/i;
const SAID_IT = /\b(?:said|says|say|added|argued|insisted|warned|stressed|believes?|thinks?)\s+(?:that\s+)?it(?=\s+(?:is|was|would\s+be|will\s+be|remains)\s+(?:a|an|the|not|simply|clearly|totally|completely|wholly|entirely|utterly|deeply|very|too|\p{Ll}+(?:able|ible|ous|ful|less|ive)\b|unacceptable|wrong|right|good|bad|dead))/giu;
const CALL_IT = /\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?)\s+it(?=\s)/gi;
/** What a naming verb calls its object: "called it “a trap”", "called the truce proposal “unacceptable”" (the object's generic head comes first). */
const CALLED = /^\s*(?:(?:proposals?|plans?|offers?|deals?|ideas?|terms|initiatives?|drafts?|packages?|frameworks?|demands?|requests?|process)\s+)?(?:(?:last|this|on)\s+\p{L}+\s+(?=as\s)|(?:earlier|again|repeatedly|privately|publicly)\s+(?=as\s))?(?:as\s+)?["“‘']?\s*((?:[\p{L}'’-]+\s*){1,6})/u;
/** A copula after an object, opening a judgement of it ("is <noun phrase>", "would be <adjective>", "cannot be <participle>"). */
const COPULA = /^\s*(?:(?:proposals?|plans?|offers?|deals?|ideas?|terms|initiatives?|drafts?|packages?|frameworks?|demands?|requests?|process)\s+)?(?:[-–—,(][^.;]{0,40}?[-–—,)]\s*)?(?:of\s+any\s+\p{L}+\s+)?(?:(?:in\s+principle|(?:at|with|between|on|for|over|by|from|of|in|reached|struck|signed)\s+(?!(?:is|are|was|were)\b)[^,.;:"“”]{1,30}?)\s+){0,2}(?:(?:now|then|alone|itself|at\s+this\s+(?:stage|point))\s+)?(?:is|are|was|were|remains?|seems?|(?:would|will|could|can|must|should|may|might)(?:\s+not|n['’]t)?\s+be|cannot\s+be|has\s+been|have\s+been|had\s+been(?!\s+\p{L}+ed\b)|is\s+not|isn['’]t|are\s+not|aren['’]t)\b|^\s*(?:(?:proposals?|plans?|offers?|deals?|ideas?|terms|initiatives?|drafts?|packages?|frameworks?|demands?|requests?|process)\s+)?(?=["“]?(?:does|do|did)(?:\s+not|n['’]t)\s+go\s+far\s+enough|["“]?f(?:alls?|ell|allen)\s+(?:far\s+|well\s+)?short|(?:has|have|had)\s+no\s+place\b)/iu;

/**
 * What an object would do, right after it: a modal, maybe "only" (group 1), an effect verb (group 2) and the start
 * of what it acts on (group 3): "would hurt its exporters", "will create jobs", "would only benefit the aggressor".
 */
const CONSEQUENCE = /^\s*(?:(?:proposals?|plans?|offers?|deals?|bids?|terms|packages?|frameworks?)\s+)?(?:(?:of|between|on|for)\s+[^,;.!?"“”]{1,70}?\s+(?=(?:would|will|could|might|may|can)\s))?(?:now\s+)?(?:(?:would|will|could|might|may|can|has|have|had)\s+)?(?:already\s+)?["“]?(?:(?:also|further|seriously|badly|severely|greatly|certainly|surely|simply|just|grossly|vastly|massively)\s+)?(only\s+)?((?:hurt|harm|damage|destroy|ruin|cripple|devastate|undermine|kill|cost|endanger|jeopardi[sz]e|weaken|wreck|hamper|punish|embolden|empty|bankrupt|impoverish|starve|shatter|stifle|strangle|choke|paraly[sz]e|sacrifice|betray|leave(?=s?\s+(?:[\d,.]+|thousands|millions|hundreds|many|most|families|people|patients|workers|farmers|children|residents|communities|towns|villages|households)\b)|undervalue|shortchange|stop(?=s?\s+(?:[\p{L}'’-]+\s+){1,4}?in\s+(?:its|their)\s+tracks)|(?:give|allow|enable|let)(?=s?\s+(?:us|our)\b)|(?:let|allow|help)(?=s?\s+(?:[\p{L}'’-]+\s+){1,3}?(?:to\s+)?(?:recover|thrive|rebuild|heal|survive|flourish|regenerate)\b)|force(?=(?:s|d)?\s+(?:it|us|them|him|her|(?:the|its|their|our|many|some|hundreds\s+of|thousands\s+of)\s+[\p{L}-]+)\s+to\s+(?:cancel|close|cut|lay\s+off|shut|halt|suspend|abandon|scrap|ground|idle|furlough|sell|leave|flee)\b)|(?:throw|plunge|push|drive|tip|force)(?=s?\s+(?:[\p{L}'’-]+\s+){1,4}?into\s+(?:poverty|chaos|ruin|turmoil|crisis|recession|bankruptcy|debt|unemployment|hunger|famine|destitution|despair)\b)|benefit|help|boost|create|strengthen|protect|save|secure|improve|stabili[sz]e|revive|spur)(?:s|ed|d)?)(?!["”]?\s+(?:in|by|on|at|after|before|during|under|with|for|to|from|last|this|earlier|under)\b)["”]?\s+((?:[\p{L}\d][\p{L}\d'’,-]*))/iu;
const GOOD_EFFECT = /^(?:benefit|help|boost|create|strengthen|protect|save|secure|improve|stabili|revive|spur|give|allow|enable|let)/i;

/** "it", "this" or "that" as a subject: "it took place", "it's a victory", "this is a good deal". */
const PRONOUN_SUBJECT = /(?<![\p{L}\p{N}])(?:[Ii]t|[Tt]his|[Tt]hat)(?:['’]s|\s+(?:is|was|has|had|will|would|took|happened|worked|came|marks|marked|represents|represented|means|meant|shows|showed|proves|proved|goes|went|does|did|falls|fell)\b)/u;
const TRUTH_JUDGEMENT = /^\s*(?:(?:also|not|so|absolutely|entirely|simply|just|quite|very)\s+)*(?:true|untrue|false|correct|incorrect|accurate|inaccurate)\b/i;
/** "does not go far enough", "goes nowhere near far enough": an insufficiency judgement with its own negation. */
const NOT_FAR_ENOUGH = /(?:\bnot|n['’]t|\bnowhere\s+near)\s+(?:go(?:es)?\s+|gone\s+)?far\s+enough\b/giu;

/**
 * A direct quote's sentence that judges "it" (or "this") with no object named: the judgement (AFINN, see
 * `evaluate`) of the object under discussion, held by the quote's speaker. Hypotheticals, questions and
 * negated judgements are left alone: their polarity is not the speaker's plain view.
 */
function pronounJudgement(text: string, s: Sentence, quotes: readonly Quote[], props: readonly PropositionMatch[]): { start: number; end: number; polarity: number; speaker: number } | null {
  // The quote opens the sentence; what follows it, if anything, is its attribution ('"...," Rubio said at the ceremony').
  const q = quotes.find((qq) => qq.speaker !== null && qq.kind === 'direct' && qq.start <= s.start + 3 && qq.end > s.start && (s.end - 3 <= qq.end || REPORTING_TEST.test(text.slice(qq.end, Math.min(s.end, qq.end + 60)))));
  if (!q) return null;
  const whole = text.slice(s.start, Math.min(s.end, q.end));
  // An object named in the quote is what it judges (read by `evaluations`); one in the attribution ("at the signing ceremony") is not.
  if (props.some((p) => p.start < s.start + whole.length)) return null;
  // A sentence-initial "But" turns from the sentence before; its own judgement stands. A concession ("While
  // it is a step forward, it falls short") grants the first clause and judges in the main one: read that one.
  const lead = /^[\s"“'‘]*(?:(?:But|Yet|However),?\s+)?(?:(?:While|Although|Though|Even\s+though)\b[^,;:?!]{1,120}?(?:,\s*|\s+(?=(?:it|this|that)\s)))?/.exec(whole)![0].length;
  const sentence = whole.slice(lead);
  const m = PRONOUN_SUBJECT.exec(sentence);
  if (!m) return null;
  // "This is a first step on a long road, but it is a step ...": a turn to a second judgement of the same thing;
  // the second is the speaker's last word when it judges at all, the first stands when the second is neutral.
  const turn = /,\s*(?:but|yet)\s+/i.exec(sentence);
  const first = turn ? sentence.slice(0, turn.index) : sentence;
  const second = turn ? sentence.slice(turn.index + turn[0].length) : '';
  // "not far enough" carries its own negation: it is the judgement, not a negated one.
  // "It was either this or a collapse": alternatives weighed, not a judgement; "That is true": a claim's truth, not an object's worth.
  if (/\b(?:if|whether|unless|suppose|imagine|while|although|though|but|yet|however|either)\b|\?/i.test(first) || TRUTH_JUDGEMENT.test(first.slice(m.index + m[0].length)) || /\b(?:if|whether|unless|suppose|imagine|but|yet|however)\b|\?/.test(second) || NEGATION_RE.test(first.replace(NOT_FAR_ENOUGH, ' '))) return null;
  // The head of the predicate judges ("an important moment after 30 years of war"); the whole clause when the head is neutral.
  const head = headEvaluation(first.slice(m.index + m[0].length));
  // A quote that shares its sentence with an attribution was left alone before this rule: only its head's judgement is taken.
  const attributed = q.end < s.end - 3;
  const firstScore = Math.abs(head) >= 2 || attributed ? head : evaluate(first.slice(0, m.index) + first.slice(m.index + m[0].length));
  let score = firstScore;
  if (turn) {
    const own = PRONOUN_SUBJECT.exec(second);
    const secondScore = own && own.index < 3 ? headEvaluation(second.slice(own.index + own[0].length)) : evaluate(second);
    if (Math.abs(secondScore) >= 2) score = secondScore;
    else if (NEGATION_RE.test(second.replace(NOT_FAR_ENOUGH, ' '))) return null;
  }
  if (Math.abs(score) < 2) return null;
  // The evidence is the whole judgement ("That is unacceptable"), not only its subject and verb.
  const end = s.start + lead + sentence.replace(/[\s.!…"“”'‘’»)]+$/u, '').length;
  return { start: s.start + lead + m.index, end: Math.max(end, s.start + lead + m.index + m[0].length), polarity: Math.sign(score), speaker: q.speaker! };
}

/** A quoted answer that is a refusal and nothing else: "Not a chance", "No way", "Absolutely not", "Forget it". */
const FLAT_REFUSAL = /^[\s"“‘]*(?:(?:but|and|so|well|oh),?\s+)?(?:not\s+a\s+(?:chance|hope)|no\s+(?:way|chance|deal)|absolutely\s+not|certainly\s+not|not\s+(?:on\s+your\s+life|happening|in\s+a\s+million\s+years)|forget\s+it|never)\s*[.!,]*\s*["”’]?\s*(?:[.!]|$|,?\s*(?:said|says|added|told)\b|[\p{L}.'’ -]{2,40}\s+(?:said|says|added)\b)/iu;

/**
 * "Twenty-five percent after ten years of nothing? Not a chance," said X: a quoted flat refusal, its sentence
 * nothing but the refusal and its attribution, opposes the object under discussion, held by the quote's speaker.
 */
function flatRefusal(text: string, s: Sentence, quotes: readonly Quote[]): { start: number; end: number; polarity: number; speaker: number } | null {
  const m = FLAT_REFUSAL.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const start = s.start + m[0].search(/[\p{L}]/u);
  const q = quotes.find((qq) => qq.speaker !== null && qq.kind === 'direct' && qq.start <= start && start < qq.end);
  if (!q) return null;
  const end = s.start + m[0].replace(/[\s.!,"”’]*(?:,?\s*(?:said|says|added|told)\b|[\p{L}.'’ -]{2,40}\s+(?:said|says|added)\b)?$/u, '').length;
  return { start, end: Math.max(end, start + 2), polarity: -1, speaker: q.speaker! };
}

/**
 * "Asked whether <S> would <act> <object>, X said: \"Never.\"": group 1 the question, group 2 who answers, then a
 * flat no (group 3) or yes (group 4).
 */
const ASKED_ANSWER = /^[\s"“]*(?:When\s+|Once\s+)?[Aa]sked\s+(?:(?:by\s+)?[\p{L}'’-]+\s+){0,3}?(?:whether|if)\s+([^;:"“”]{3,160}?),\s*([^,;:"“”]{2,80}?)\s+(?:said|says|replied|replies|answered|answers|responded|responds|told\s+[^,;:"“”]{1,40}?)\s*[:,]?\s*["“‘]?\s*(?:(never|no|nope|not\s+a\s+chance|absolutely\s+not|certainly\s+not|of\s+course\s+not|definitely\s+not|no\s+way)|(yes|absolutely|of\s+course|certainly|definitely))(?![\p{L}-])(?!\s+(?:one|longer|doubt|matter|more|less|sooner)\b)/diu;

/** The act a flat answer to an "asked whether" question takes a stance on, and who answered. */
function askedAnswer(ctx: Context, props: readonly PropositionMatch[], cues: readonly CueHit[]): { holder: Holder; polarity: number; prop: PropositionMatch; hit: CueHit } | null {
  const { text, s } = ctx;
  const m = ASKED_ANSWER.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const [qStart, qEnd] = m.indices![1]!.map((i) => s.start + i) as [number, number];
  const [aStart, aEnd] = m.indices![2]!.map((i) => s.start + i) as [number, number];
  // A negated question ("whether it would not sign") makes "no" ambiguous.
  if (NEGATION_RE.test(text.slice(qStart, qEnd))) return null;
  const cue = cues.find((c) => c.start >= qStart && c.end <= qEnd && c.cue.kind !== 'noun' && c.cue.polarity !== 0 && props.some((p) => p.start >= c.end && p.end <= qEnd));
  const prop = cue ? props.find((p) => p.start >= cue.end && p.end <= qEnd) : undefined;
  if (!cue || !prop) return null;
  const named = [...ctx.mentions].reverse().find((mm) => mm.start >= aStart && mm.end <= aEnd && mm.kind !== 'pronoun');
  const pronoun = named ? null : ctx.mentions.find((mm) => mm.start >= aStart && mm.end <= aEnd && mm.kind === 'pronoun');
  const holder: Holder | null = named ? { entity: named.entity, at: named, rule: 'asked-answer', confidence: 0.65 } : pronoun ? antecedent(ctx, pronoun) : null;
  if (!holder) return null;
  const polarity = cue.cue.polarity * (m[3] ? -1 : 1);
  const answerEnd = s.start + m.indices![m[3] ? 3 : 4]![1];
  return { holder, polarity, prop, hit: { cue: { re: 'asked-answer', polarity: polarity > 0 ? 1 : -1, kind: 'agentive', weight: 0.6 }, start: s.start + m.index + m[0].search(/\S/), end: answerEnd } };
}

interface Evaluation {
  holders: Holder[];
  polarity: number;
  prop: PropositionMatch;
  hit: CueHit;
  rule: string;
}

/** How a reception is told: warm, enthusiastic (group 1) or cool, hostile (group 2). */
const RECEPTION_TONE = String.raw`(warm|warmer|enthusiastic|positive|favou?rable|rapturous|glowing|welcoming|supportive|upbeat|receptive|friendly)|(cool|cold|frosty|chilly|icy|hostile|lukewarm|negative|dismissive|scathing|sceptical|skeptical|tepid|unenthusiastic|unfriendly|withering|critical)`;
/** "X's response to <object> was anything but warm": group 1 the negation, then the tone's groups. */
const RECEPTION_WAS = new RegExp(String.raw`^\s*(?:(?:proposals?|plans?|offers?|deals?|ideas?|terms|initiatives?|drafts?|packages?|frameworks?)\s+)?(?:from\s+[^,;.]{1,30}?\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been|remained|remains|proved|seemed)\s+)(?:(anything\s+but|far\s+from|not|hardly|less\s+than|scarcely)\s+)?(?:(?:decidedly|distinctly|markedly|openly|deeply|broadly|largely|generally|very|highly|extremely|notably|at\s+best)\s+)?(?:${RECEPTION_TONE})\b`, 'iu');
const RECEPTION_OF = /['’]s?\s+(?:\p{Ll}+\s+)?(?:response|reaction|reception|attitude)\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
/** "gave the proposal a frosty reception": group 1 the negation, then the tone's groups. */
const GAVE_RECEPTION = new RegExp(String.raw`^\s+(?:(no|anything\s+but|far\s+from)\s+)?(?:a|an)?\s*(?:\p{Ll}+ly\s+)?(?:${RECEPTION_TONE})\s+(?:reception|welcome|response|reaction|hearing)\b`, 'iu');
const GAVE_BEFORE = /\b(?:g[ai]ve|giv(?:es|ing)|offered|accorded|extended)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;

/**
 * How a party received an object: "X's reaction to the plan was hostile", "X gave the plan a warm welcome". The
 * tone is the stance; a negated warm tone ("anything but warm") is against it, a negated cold one says nothing.
 */
function receptionOf(ctx: Context, p: PropositionMatch): Evaluation | null {
  const { text, s } = ctx;
  const before = text.slice(Math.max(s.start, p.start - 60), p.start);
  const of = RECEPTION_OF.exec(before);
  if (of) {
    const was = RECEPTION_WAS.exec(text.slice(p.end, Math.min(s.end, p.end + 90)));
    const possessorEnd = p.start - before.length + of.index;
    const possessor = ctx.mentions.find((m) => m.end === possessorEnd && m.kind !== 'pronoun');
    if (!was || !possessor) return null;
    const polarity = (was[2] ? 1 : -1) * (was[1] ? -1 : 1);
    if (was[1] && !was[2]) return null;
    const hit: CueHit = { cue: { re: 'reception', polarity: polarity > 0 ? 1 : -1, kind: 'agentive', weight: 0.65 }, start: possessor.start, end: p.end + was[0].length };
    return { holders: [{ entity: possessor.entity, at: possessor, rule: 'possessor', confidence: 0.7 }], polarity, prop: p, hit, rule: 'reception' };
  }
  const gave = GAVE_BEFORE.exec(before);
  const tone = gave ? GAVE_RECEPTION.exec(text.slice(p.end, Math.min(s.end, p.end + 50))) : null;
  if (!gave || !tone || (tone[1] && !tone[2])) return null;
  const polarity = (tone[2] ? 1 : -1) * (tone[1] ? -1 : 1);
  const verbStart = p.start - before.length + gave.index;
  const hit: CueHit = { cue: { re: 'reception', polarity: polarity > 0 ? 1 : -1, kind: 'agentive', weight: 0.65 }, start: verbStart, end: p.end + tone[0].length };
  const holders = holdersFor(ctx, { ...hit, end: verbStart + gave[0].trimEnd().length });
  return holders.length ? { holders, polarity, prop: p, hit, rule: 'reception' } : null;
}

/** "blamed the quota for the loss of jobs" (group 1), "credited the aid package with keeping schools open" (group 2). */
const BLAME_OR_CREDIT_BEFORE = /\b(?:(blam(?:e|es|ed|ing))|(credit(?:s|ed|ing)?))\s+(?:(?:the|a|an|its|their|this|that|these|those|last\s+year['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;

/** What a side blames for a harm it opposes; what it credits with a good it backs. The subject of the verb holds it. */
function blamedOrCredited(ctx: Context, p: PropositionMatch): Evaluation | null {
  const { text, s } = ctx;
  const before = text.slice(Math.max(s.start, p.start - 50), p.start);
  const m = BLAME_OR_CREDIT_BEFORE.exec(before);
  if (!m) return null;
  const after = text.slice(p.end, Math.min(s.end, p.end + 40));
  if (!(m[1] ? /^\s+(?:(?:\p{L}+|["”])\s+){0,3}?for\s+\p{L}/u : /^\s+(?:(?:\p{L}+|["”])\s+){0,3}?with\s+\p{L}/u).test(after)) return null;
  const verbStart = p.start - before.length + m.index;
  const polarity = m[1] ? -1 : 1;
  const hit: CueHit = { cue: { re: 'blame-or-credit', polarity, kind: 'agentive', weight: 0.65 }, start: verbStart, end: p.end };
  const holders = holdersFor(ctx, { ...hit, end: verbStart + m[0].trimEnd().length });
  return holders.length ? { holders, polarity, prop: p, hit, rule: m[1] ? 'blamed-for' : 'credited-with' } : null;
}

const NON_NEGOTIABLE_BEFORE = /\bnon[-\s]?negotiable\s+$/i;
/** Right after an object: that it will stay as it is ("would stay", "will remain in place"; not "remain unclear", "stay closed"). */
const STAYING = /^\s+(?:would|will|must|shall|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:(?:still|also)\s+)?(?:stay|remain)(?:\s+in\s+(?:place|force|effect))?(?=\s*[,.;:!?"”)]|\s+(?:in|on|until|for|after|and|but|,)\b|\s*$)/i;
/** A gerund of undoing right before the judged object, as the subject's head ("scrapping the quota would be a mistake"). */
const UNDOING_SUBJECT = /(?<![\p{L}])(?:scrapping|lifting|ending|abandoning|dropping|removing|easing|relaxing|cutting|repealing|abolishing|suspending|weakening|watering\s+down|delaying|postponing|rolling\s+back)\s+(?:(?:the|a|an|its|their|this|that|these|those|our|any)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/iu;
function evaluations(ctx: Context, props: readonly PropositionMatch[], cues: readonly CueHit[]): Evaluation[] {
  const { text, s } = ctx;
  const out: Evaluation[] = [];
  const cueFree = (from: number, to: number) => !cues.some((c) => c.start >= from && c.start < to);
  for (const p of props) {
    const reception = receptionOf(ctx, p) ?? blamedOrCredited(ctx, p);
    if (reception) {
      out.push(reception);
      continue;
    }
    // "the non-negotiable withdrawal of X": an object its speaker calls non-negotiable is one they insist on.
    const attribute = NON_NEGOTIABLE_BEFORE.exec(text.slice(Math.max(s.start, p.start - 30), p.start));
    if (attribute) {
      const q = ctx.quotes.find((qq) => qq.speaker !== null && qq.kind !== 'indirect' && qq.start <= p.start && p.end <= qq.end);
      const holder: Holder | null = q ? { entity: q.speaker!, at: null, rule: `quote-${q.kind}`, confidence: 0.7 } : reportingSpeaker(ctx, p.start);
      const hitStart = p.start - attribute[0].length + attribute[0].search(/\S/);
      if (holder) out.push({ holders: [holder], polarity: 1, prop: p, hit: { cue: { re: 'non-negotiable', polarity: 1, kind: 'agentive', weight: 0.7 }, start: hitStart, end: p.end }, rule: 'evaluative-attribute' });
      continue;
    }
    // "calling it <adjective>" / "called it <noun phrase>"
    const call = /(?:call(?:s|ed|ing)?(?!\s+(?:for|on|off|in|up)\b)|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|dubb?(?:s|ed|ing)?|deem(?:s|ed|ing)?|consider(?:s|ed|ing)?|regard(?:s|ed|ing)?|view(?:s|ed|ing)?|sees?|saw|treat(?:s|ed)?)\s+(?:the|this|that|its|their|his|her|our|any|a|an)?\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/iu.exec(text.slice(Math.max(s.start, p.start - 40), p.start));
    // "Moscow may view the proposal as a trap": a guess at how someone might see a thing is no view they stated.
    if (call && HEDGE_RE.test(text.slice(Math.max(s.start, p.start - call[0].length - 12), p.start - call[0].length))) continue;
    if (call) {
      const after = CALLED.exec(text.slice(p.end, Math.min(s.end, p.end + 60)));
      const score = after ? calledEvaluation(after[1]!) : 0;
      if (Math.abs(score) >= 2) {
        const hitStart = p.start - call[0].length;
        const hit: CueHit = { cue: { re: 'call', polarity: score > 0 ? 1 : -1, kind: 'agentive', weight: 0.7 }, start: hitStart, end: p.end + after![0].length };
        const holders = holdersFor(ctx, { ...hit, end: hitStart + call[0].trimEnd().length });
        if (holders.length) out.push({ holders, polarity: Math.sign(score), prop: p, hit, rule: 'evaluative-call' });
      }
      continue;
    }
    // Inside a direct quote: "<object> is/would be <judgement>" held by the quote's speaker.
    const q = ctx.quotes.find((qq) => qq.speaker !== null && qq.kind !== 'indirect' && qq.start <= p.start && p.end <= qq.end);
    // Outside a quote: "X said (that) <object> was <judgement>", held by the reporting speaker.
    const reported = q ? null : REPORTED_SUBJECT.exec(text.slice(Math.max(s.start, p.start - 40), p.start));
    // "<object> is <judgement>, said X." / "<object>, X said, is <judgement>": attribution after the clause.
    const reporter = reported ? reportingSpeaker(ctx, p.start) : q ? null : attributedSpeaker(ctx, p.start);
    if (!q && !reporter) continue;
    const rest = text.slice(p.end, Math.min(s.end, q ? q.end : s.end));
    const cop = COPULA.exec(rest);
    // "Gashi said the deployment would stay", '"The sanctions will remain in place," she said': what a speaker says will
    // stay, they keep.
    const staying = cop ? null : STAYING.exec(rest);
    if (staying && cueFree(p.end, p.end + staying[0].length)) {
      const hit: CueHit = { cue: { re: 'staying', polarity: 1, kind: 'agentive', weight: 0.6 }, start: p.start, end: p.end + staying[0].length };
      const holder: Holder = q ? { entity: q.speaker!, at: null, rule: `quote-${q.kind}`, confidence: 0.65 } : { ...reporter!, confidence: Math.min(reporter!.confidence, 0.6) };
      out.push({ holders: [holder], polarity: 1, prop: p, hit, rule: q ? 'staying-quote' : 'staying-reported' });
      continue;
    }
    if (!cop) {
      // "the tariffs would hurt its exporters", "the agreement will create jobs": what the object would do to the
      // speaker's own people or to everyone judges it; harm to a named other party may be the point, so it says nothing.
      // "would cost less than a new ferry": a cost compared down is no harm.
      const consequence = ((c) => (c && /^cost/i.test(c[2]!) && /^(?:less|little|nothing|only|far\s+less|much\s+less)\b/i.test(c[3]!) ? null : c))(CONSEQUENCE.exec(rest));
      // The effect verb may be a cue of its own ("would stop the market in its tracks"): it is read here, as the effect.
      const effectAt = consequence ? p.end + consequence[0].lastIndexOf(consequence[2]!, consequence[0].length - consequence[3]!.length - 1) : 0;
      if (!consequence || !cues.every((c) => c.start < p.end || c.start >= p.end + consequence[0].length || c.start === effectAt)) continue;
      const good = GOOD_EFFECT.test(consequence[2]!);
      // "has cost Kestrel $400m, the company said": a harm named to the speaker itself is its own.
      const affectedAt = p.end + consequence[0].length - consequence[3]!.length;
      const affected = ctx.mentions.find((m) => m.start === affectedAt);
      const speaker = q ? q.speaker : reporter!.entity;
      // ("would hurt Norway's fishermen", said by a Norwegian minister: the speaker's own side is harmed.)
      const named = /^\p{Lu}/u.test(consequence[3]!) && !/^(?:Its|Their|Our|His|Her|My)\b/.test(consequence[3]!) && !(affected && speaker !== null && sameSide(ctx, affected.entity, speaker));
      const polarity = good && !consequence[1] ? 1 : -1;
      if (named && !(good && consequence[1])) continue;
      const clauseEnd = rest.slice(consequence[0].length).search(/[,.;:!?]|\s[–—]\s/);
      const hit: CueHit = { cue: { re: 'consequence', polarity: polarity > 0 ? 1 : -1, kind: 'agentive', weight: 0.6 }, start: p.start, end: p.end + consequence[0].length + (clauseEnd < 0 ? rest.length - consequence[0].length : clauseEnd) };
      const holder: Holder = q ? { entity: q.speaker!, at: null, rule: `quote-${q.kind}`, confidence: 0.7 } : { ...reporter!, confidence: Math.min(reporter!.confidence, 0.65) };
      out.push({ holders: [holder], polarity, prop: p, hit, rule: q ? 'consequence-quote' : 'consequence-reported' });
      continue;
    }
    const clauseEnd = rest.slice(cop[0].length).search(/[.;:!?]|\s[–—]\s/);
    const whole = rest.slice(0, cop[0].length + (clauseEnd < 0 ? rest.length - cop[0].length : clauseEnd));
    // "was the only way to stop prices falling": the purpose after the judgement's noun is what it is for, not a second verb on the object.
    // "was a relic that should have disappeared": a relative clause after the judging noun describes it.
    const purpose = /\s(?:to|for)\s+\p{L}/u.exec(whole.slice(cop[0].length));
    const relative = /^\s*(?:a|an|the)\s+(?:\p{L}+\s+){0,2}?\p{L}+(?=\s+(?:that|which|who)\s)/iu.exec(whole.slice(cop[0].length));
    const judged = purpose && /\b(?:way|option|solution|hope|path|answer|road|route|alternative|chance|step|means|tool)\s*$/i.test(whole.slice(0, cop[0].length + purpose.index)) ? whole.slice(0, cop[0].length + purpose.index) : relative ? whole.slice(0, cop[0].length + relative[0].length) : whole;
    // "had been nothing but good and should be deepened": a second predicate after "and" is a clause of its own.
    // "is not optional if we want these jobs to exist": a condition after the judgement is no part of it.
    const judgedFirst = judged.split(/\s+and\s+(?=(?:should|must|will|would|could|can|may|might|needs?)\b)|\s(?=(?:if|unless|when|once)\s)/)[0]!;
    if (!cueFree(p.end, p.end + judgedFirst.length)) continue;
    // ("nothing but good" keeps its "but": it is no contrast.)
    const score = evaluate(judgedFirst.split(/\b(?:because|(?<!\b(?:nothing|anything)\s+)but|although|though|as|since)\b/i)[0]!);
    if (Math.abs(score) < 2) continue;
    // "scrapping the quota would be a grave mistake": what is judged is the object's undoing.
    const undoing = UNDOING_SUBJECT.exec(text.slice(Math.max(s.start, q ? q.start : s.start, p.start - 40), p.start));
    const from = undoing ? p.start - undoing[0].length : p.start;
    const hit: CueHit = { cue: { re: 'judgement', polarity: score > 0 ? 1 : -1, kind: 'agentive', weight: 0.7 }, start: from, end: p.end + judgedFirst.length };
    const holder: Holder = q ? { entity: q.speaker!, at: null, rule: `quote-${q.kind}`, confidence: 0.75 } : { ...reporter!, confidence: Math.min(reporter!.confidence, 0.7) };
    out.push({ holders: [holder], polarity: Math.sign(score) * (undoing ? -1 : 1), prop: p, hit, rule: q ? 'evaluative-quote' : 'evaluative-reported' });
  }
  return out;
}

/** Actor stances on propositions. */
export const stanceStage: Stage<'stances'> = {
  name: 'stances',
  languages: ['en'],
  requires: ['sentences', 'entities', 'mentions', 'quotes'],
  assigns: ['stances'],
  run: (doc, soFar, kb) => ({ stances: extractStances(doc, soFar, kb) }),
};
