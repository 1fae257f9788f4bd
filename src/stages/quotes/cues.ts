/**
 * The reporting-cue lexicon, as data. Verbs are listed by base form with their irregular forms; regular
 * inflections are generated. Spun and machine-translated copies swap the usual speech verbs for near
 * synonyms (verbs of mentioning, informing, considering), so the list is wide; verbs that only report speech when followed by
 * "that" (think, believe, consider) are kept apart so they never cue a quotation-mark quote on their own.
 */

interface VerbEntry {
  base: string;
  /** Irregular or doubled forms; regular -s/-ed/-ing forms are generated when absent. */
  forms?: string[];
}

/** Verbs that introduce direct quotes and reported clauses. */
const SPEECH_VERBS: VerbEntry[] = [
  { base: 'say', forms: ['says', 'said', 'saying'] },
  { base: 'tell', forms: ['tells', 'told', 'telling'] },
  { base: 'write', forms: ['writes', 'wrote', 'written', 'writing'] },
  { base: 'add' },
  { base: 'note' },
  { base: 'state' },
  { base: 'claim' },
  { base: 'argue' },
  { base: 'insist' },
  { base: 'warn' },
  { base: 'stress' },
  { base: 'emphasise' },
  { base: 'emphasize' },
  { base: 'explain' },
  { base: 'acknowledge' },
  { base: 'admit', forms: ['admits', 'admitted', 'admitting'] },
  { base: 'confirm' },
  { base: 'deny', forms: ['denies', 'denied', 'denying'] },
  { base: 'announce' },
  { base: 'declare' },
  { base: 'urge' },
  { base: 'suggest' },
  { base: 'indicate' },
  { base: 'report' },
  { base: 'tweet' },
  { base: 'post' },
  { base: 'comment' },
  { base: 'remark' },
  { base: 'reiterate' },
  // "he repeated that the isolation must end", '"...," she repeated': saying again, as translated and spun copy write "reiterated".
  { base: 'repeat' },
  { base: 'assert' },
  { base: 'affirm' },
  { base: 'reaffirm' },
  { base: 'maintain' },
  { base: 'predict' },
  { base: 'mention' },
  { base: 'inform' },
  { base: 'continue' },
  { base: 'reply', forms: ['replies', 'replied', 'replying'] },
  { base: 'respond' },
  { base: 'answer' },
  { base: 'recall' },
  { base: 'observe' },
  { base: 'conclude' },
  { base: 'concede' },
  { base: 'contend' },
  { base: 'counter' },
  { base: 'complain' },
  { base: 'lament' },
  { base: 'caution' },
  { base: 'vow' },
  { base: 'promise' },
  { base: 'pledge' },
  { base: 'ask' },
  { base: 'quip', forms: ['quips', 'quipped', 'quipping'] },
  { base: 'boast' },
  { base: 'allege' },
  { base: 'testify', forms: ['testifies', 'testified', 'testifying'] },
  { base: 'specify', forms: ['specifies', 'specified', 'specifying'] },
  { base: 'clarify', forms: ['clarifies', 'clarified', 'clarifying'] },
  { base: 'underline' },
  { base: 'underscore' },
  { base: 'highlight' },
  { base: 'signal', forms: ['signals', 'signaled', 'signalled', 'signaling', 'signalling'] },
  { base: 'hint' },
  { base: 'threaten' },
  { base: 'demand' },
  { base: 'propose' },
  { base: 'reveal' },
  { base: 'disclose' },
  { base: 'estimate' },
  { base: 'forecast', forms: ['forecasts', 'forecast', 'forecasted', 'forecasting'] },
  { base: 'accuse' },
  { base: 'joke' },
  { base: 'recount' },
  { base: 'shout' },
  { base: 'exclaim' },
  { base: 'agree' },
  // "As one analyst put it, “...”": a fixed phrase of quoting.
  { base: 'put it', forms: ['put it', 'puts it', 'putting it'] },
];

/** Verbs that report a thought or a judgement: a cue only when a "that" clause follows. */
const THAT_ONLY_VERBS: VerbEntry[] = [
  { base: 'consider' },
  { base: 'believe' },
  { base: 'think', forms: ['thinks', 'thought', 'thinking'] },
  { base: 'feel', forms: ['feels', 'felt', 'feeling'] },
  { base: 'find', forms: ['finds', 'found', 'finding'] },
  { base: 'learn', forms: ['learns', 'learned', 'learnt', 'learning'] },
  // "Trump charges that ...": as a verb of accusing it reports only with its clause ("charged him with fraud" is law).
  { base: 'charge' },
  // "The court ruled that ...": a decision reported as its finding.
  { base: 'rule' },
  { base: 'point out', forms: ['points out', 'pointed out', 'pointing out'] },
  { base: 'make clear', forms: ['makes clear', 'made clear', 'making clear'] },
  { base: 'make it clear', forms: ['makes it clear', 'made it clear', 'making it clear'] },
  { base: 'expect' },
  { base: 'hope' },
  { base: 'fear' },
  { base: 'worry', forms: ['worries', 'worried', 'worrying'] },
  { base: 'assume' },
  { base: 'understand', forms: ['understands', 'understood', 'understanding'] },
];

/**
 * Verbs of taking a stance on a thing, whose object is the position reported ("cited the audit as the reason",
 * "endorsed Hillary Clinton", "rejected a media request to ..."): cues of reported speech with an object only,
 * never of a clause or a quotation (the judgement verbs that attribute quoted words are JUDGEMENT_VERB_RE's).
 */
const OBJECT_STANCE_VERBS: VerbEntry[] = [
  { base: 'cite' },
  { base: 'endorse' },
  { base: 'praise' },
  { base: 'criticize' },
  { base: 'criticise' },
  { base: 'reject' },
  { base: 'condemn' },
  { base: 'denounce' },
  // "questioned the health of", "questioned whether ...": doubt cast on a thing or a claim.
  { base: 'question' },
  // Attacking, defending, backing and describing a thing, or taking it up for discussion or promotion: PolNeAR, like
  // news readers, takes the object as the position the subject holds ("attacked Machado", "is defending his tweets").
  { base: 'describe' },
  { base: 'blast' },
  { base: 'slam', forms: ['slams', 'slammed', 'slamming'] },
  { base: 'tout' },
  { base: 'lambaste' },
  { base: 'lambast' },
  { base: 'hail' },
  { base: 'attack' },
  { base: 'defend' },
  { base: 'support' },
  { base: 'oppose' },
  // (Not the bare form: "beat back a challenge", "pressure to back him".)
  { base: 'back', forms: ['backs', 'backed', 'backing'] },
  { base: 'blame' },
  { base: 'mock' },
  { base: 'embrace' },
  { base: 'champion' },
  { base: 'dispute' },
  { base: 'discuss', forms: ['discusses', 'discussed', 'discussing'] },
  { base: 'promote' },
];

/** Verbs of refusing whose "to" clause is what was refused ("refused to release his tax returns"): cues with that clause only. */
const REFUSAL_VERBS: VerbEntry[] = [{ base: 'refuse' }, { base: 'decline' }];

/**
 * Verbs of intending whose "to" clause is the position held ("wants to triple the program", "sought to block the
 * merger"): like a refusal, a cue with that clause only ("wants a deal" names a goal, not a stated position).
 */
const INTENTION_VERBS: VerbEntry[] = [
  { base: 'want' },
  { base: 'plan', forms: ['plans', 'planned', 'planning'] },
  { base: 'seek', forms: ['seeks', 'sought', 'seeking'] },
  { base: 'intend' },
  { base: 'aim' },
  // (With "that" these report a belief: THAT_ONLY_VERBS.)
  { base: 'hope' },
  { base: 'expect' },
];

function regularForms(base: string): string[] {
  const [head, ...rest] = base.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const h = head!;
  const stem = h.endsWith('e') ? h.slice(0, -1) : h;
  const s = /(?:s|sh|ch|x|z)$/.test(h) ? `${h}es` : `${h}s`;
  const ed = h.endsWith('e') ? `${h}d` : `${h}ed`;
  const ing = `${stem}ing`;
  return [h, s, ed, ing].map((f) => f + tail);
}

function expand(entries: VerbEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    const forms = new Set([e.base, ...(e.forms ?? regularForms(e.base))]);
    for (const f of forms) out.set(f, e.base);
  }
  return out;
}

/** Every inflected speech-verb form -> its base. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, string> = expand(SPEECH_VERBS);
/** Every inflected that-only verb form -> its base. */
export const THAT_VERB_FORMS: ReadonlyMap<string, string> = expand(THAT_ONLY_VERBS);
/** Every inflected stance-on-an-object verb form -> its base. */
export const OBJECT_STANCE_VERB_FORMS: ReadonlyMap<string, string> = expand(OBJECT_STANCE_VERBS);
/** Every inflected refusal verb form -> its base. */
export const REFUSAL_VERB_FORMS: ReadonlyMap<string, string> = expand(REFUSAL_VERBS);
/** Every inflected intention verb form -> its base. */
export const INTENTION_VERB_FORMS: ReadonlyMap<string, string> = expand(INTENTION_VERBS);

/** Participles that hang a second statement on the main clause's subject ("..., adding that"). */
export function isParticiple(form: string): boolean {
  return /ing$/.test(form.split(' ')[0]!);
}

/**
 * Verbs too common in other senses to cue reported speech without "that" or a quotation mark next to
 * them ("he continued the talks", "post a letter", "report to"), and "ask" (a question, not a claim).
 */
export const WEAK_SPEECH_BASES: ReadonlySet<string> = new Set([
  'continue', 'post', 'report', 'maintain', 'counter', 'answer', 'ask', 'promise', 'pledge', 'threaten', 'demand', 'propose',
  'accuse', 'agree', 'signal', 'hint', 'highlight', 'estimate', 'forecast', 'recall', 'observe', 'comment', 'vow', 'urge',
  'inform', 'tell', 'reveal', 'underline', 'underscore', 'disclose', 'respond', 'reply', 'confirm', 'deny', 'announce', 'predict',
  'put it', 'affirm', 'reaffirm',
  // ("repeated calls", "repeated the offer": a clause of its own only with "that".)
  'repeat',
]);

/** One regex source matching any cue verb form as a whole word (longest forms first). */
function alternation(forms: Iterable<string>): string {
  return [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+')).join('|');
}

export const SPEECH_VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternation(SPEECH_VERB_FORMS.keys())})(?![\\p{L}\\p{N}'’-])`, 'giu');
/** "call on"/"call for": an appeal or a demand whose object is the content; cues reported speech only. */
export const APPEAL_VERB_RE = /(?<![\p{L}\p{N}'’-])call(?:s|ed|ing)?\s+(?:on|upon|for)(?![\p{L}\p{N}'’-])/giu;
/** Verbs of belief and hope, which report a clause without "that" too ("officials believe the plan will fail", "she hoped voters would"). */
export const BELIEF_VERB_RE = /(?<![\p{L}\p{N}'’-])(?:believes?|believed|thinks?|thought|hopes?|hoped)(?!\s+that\b)(?![\p{L}\p{N}'’-])/giu;
/** A stance verb with its object, never in the passive ("has been criticized for", "is cited on"): checked where it is found. */
export const OBJECT_STANCE_VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternation(OBJECT_STANCE_VERB_FORMS.keys())})(?=\\s+[\\p{L}\\d])`, 'giu');
/**
 * "called climate change a hoax", "called the charges unsubstantiated": "call" with an object and a predicate
 * judging it (an indefinite noun phrase not after a preposition, or an adjective closing the clause). Not "call
 * for/on/off", not "called the board to an emergency meeting", and not a name given ("a group called X" has no such predicate).
 */
export const JUDGEMENT_CALL_RE =
  /(?<![\p{L}\p{N}'’-])call(?:s|ed|ing)?(?=\s+(?!(?:for|on|upon|to|in|off|out|up|back|it\s+quits)\b)(?:[\p{L}\p{N}'’-]+\s+){1,8}?(?:(?<!(?:^|\s)(?:to|into|for|with|at|on|in|by|from|of|about|as)\s)(?:a|an)\s+\p{Ll}|\p{Ll}+(?:ed|ous|ful|able|ible|ive|ic|less|ant|ent)(?=\s*(?:[.,;]|and\s))))/giu;
/** A verb of refusing or intending before its "to" and a verb. */
export const REFUSAL_VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternation([...REFUSAL_VERB_FORMS.keys(), ...INTENTION_VERB_FORMS.keys()])})(?=\\s+to\\s+\\p{Ll})`, 'giu');
export const THAT_VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternation(THAT_VERB_FORMS.keys())})(?=\\s+that\\b)`, 'giu');

/**
 * What may follow a verb inside the cue ("told reporters", "said in a statement", "wrote in a post on
 * X"); the cue span grows to cover it. Whole words only: "said the mediators" keeps "the mediators" in the clause.
 */
export const CUE_TAIL_RE =
  /^(?:\s+(?:reporters|journalists|the\s+press|the\s+media|media|a\s+(?:news\s+)?(?:briefing|conference)|the\s+(?:briefing|conference))|\s+in\s+(?:a|an|the|his|her|their)\s+(?:joint\s+)?(?:statement|interview|post|tweet|email|e-mail|letter|op-ed|speech|briefing|press\s+release|video|message|analysis|note|report|television\s+interview|radio\s+interview)(?:\s+(?:on|to|with)\s+(?:X|Twitter|Telegram|Facebook|Truth\s+Social|Instagram|reporters|journalists))?|\s+on\s+(?:X|Twitter|Telegram|Truth\s+Social|Facebook))(?![\p{L}\p{N}'’-])/iu;

/** Multiword cues that are not a verb ("according to X", "quoted as saying", "in an interview with"). */
export const ACCORDING_TO_RE = /(?<![\p{L}])(?:according\s+to|quoted\s+as\s+saying|in\s+(?:an|the)\s+interview\s+with|as\s+(?:stated|noted|said|reported)\s+by|cited\s+by|citing)(?![\p{L}])/giu;

/** Words before a short quoted stretch that mark it as a name, nickname or term, not speech. */
export const TERM_CUE_RE = /(?:\b(?:so-called|so\s+called|dubbed|called|calling|calls|known\s+as|referred\s+to\s+as|nicknamed|labell?ed|branded|termed|titled|entitled|the\s+word|the\s+term|the\s+phrase|the\s+slogan|as)\s*)$/i;

/**
 * Words before a short quoted stretch that only name a thing ("the so-called “X”", "known as “X”"): a
 * term even when the sentence reports someone's speech. "called", "branded" and "as" are judgements
 * whose author is the clause's subject when it has one ("what <subject> called a “<label>” <noun>").
 */
export const NAMING_CUE_RE = /(?:\b(?:so-called|so\s+called|dubbed|known\s+as|referred\s+to\s+as|nicknamed|titled|entitled|the\s+word|the\s+term|the\s+phrase|the\s+slogan|the\s+hashtag)\s*)$/i;

/**
 * Verbs of judging or describing that attribute the quoted words of their object to their subject
 * ("X called it “<judgement>”", "X hailed <object> as a “<label>”"); a verb of defending or presenting only with
 * its "as" a few words on ("X defends it as “<label>”": without "as" it judges nothing).
 */
export const JUDGEMENT_VERB_RE =
  /(?<![\p{L}])(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|hail(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|term(?:s|ed)|brand(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?|prais(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|slam(?:s|med|ming)?|characteri[sz](?:e|es|ed|ing)|decr(?:y|ies|ied)|reject(?:s|ed|ing)?|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|(?:defend(?:s|ed|ing)?|present(?:s|ed|ing)?|portray(?:s|ed|ing)?|justif(?:y|ies|ied|ying)|fram(?:e|es|ed|ing))(?=\s+(?:[\p{L}'’-]+\s+){1,4}as\s))(?![\p{L}])/giu;

/** Nouns that name a speaker when no proper name does ("a source", "officials", "the spokesman"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'analyst', 'analysts',
  'expert', 'experts', 'diplomat', 'diplomats', 'minister', 'ministers', 'president', 'secretary', 'aide', 'aides', 'adviser',
  'advisers', 'advisor', 'advisors', 'officer', 'officers', 'lawmaker', 'lawmakers', 'senator', 'senators', 'congressman',
  'congresswoman', 'governor', 'mayor', 'ambassador', 'envoy', 'envoys', 'negotiator', 'negotiators', 'leader', 'leaders',
  'statement', 'report', 'reports', 'campaign', 'ministry', 'government', 'kremlin', 'spokesmen', 'representative',
  'representatives', 'chief', 'head', 'director', 'commander', 'general', 'observers', 'observer', 'critics', 'critic',
  'supporters', 'witnesses', 'witness', 'residents', 'people', 'person', 'counterpart', 'agency', 'newspaper', 'outlet',
  'media', 'chairman', 'chairwoman', 'strategist', 'economist', 'economists', 'researcher', 'researchers', 'professor',
  'scholar', 'dean', 'academic', 'analysis', 'poll', 'survey', 'study', 'data', 'figures', 'document', 'documents', 'memo',
  'administration', 'office', 'team', 'staff', 'committee', 'council', 'delegation', 'side', 'party', 'military', 'army',
  'army', 'police', 'prosecutors', 'prosecutor', 'judge', 'court', 'investigators', 'authorities', 'voters', 'insiders',
  'allies', 'partners', 'democrats', 'republicans', 'member', 'members', 'candidate', 'nominee', 'king', 'queen', 'pope',
  'premier', 'chancellor', 'union', 'unions', 'guild', 'group', 'groups', 'federation', 'association', 'forum', 'coalition', 'movement',
  'organization', 'organisation', 'company', 'wing', 'department', 'commission', 'authority', 'institute', 'embassy',
]);

/** Personal pronouns that can be a quote's source. */
export const SOURCE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
