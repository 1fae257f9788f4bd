/**
 * How two opposite readings of one holder's stance on one proposition relate: a change of position over
 * time, or sources contradicting each other about the same moment. The one rule the matrix, the timeline,
 * the brief and the API share.
 *
 * - A stance's moment is its own date (the statement's, when the text gives one), else its report's
 *   publication date. Opposite stances of the same moment from independent outlets contradict; a later
 *   moment is a change.
 * - A report dated only by its publication can tell the day before ("said on Monday" in Tuesday's paper
 *   with the day lost), so two such dates one day apart are still one moment; text dates must match.
 * - One outlet's reports (and a copy and its original) never contradict each other: a later one is that
 *   outlet's update.
 * - An undated stance has no moment: it contradicts nothing by date and is shown as `undated`.
 * - A stance the text tells as past ("had rejected", "had earlier said it would") is older than its report:
 *   against it the other reading is a change, never a contradiction.
 */
import { dayNumber } from '../core/dates.js';
import type { StanceValue } from '../core/model.js';

export type StanceRelation = 'change' | 'contradiction' | 'undated';

export interface TimedStance {
  stance: StanceValue;
  /** The stance's own date, else its report's (`coalesce(stances.date, documents.published)`). */
  date: string | null;
  /** The report's publication date: a `date` equal to it is no date the text gave. */
  published: string | null;
  /** The report's outlet (null when unknown: then only `root` tells sources apart). */
  outlet: string | null;
  /** The independent-source root document (a copy's is its original). */
  root: string | number;
  /** Told in the pluperfect: a position held before the report. */
  past: boolean;
}

/** Two publication dates this many days apart or closer can be one moment (next-day papers). */
export const PUBLICATION_SLACK_DAYS = 1;

// Hand-written: no npm library tags English tense on an arbitrary span cheaply enough for every stance;
// the pluperfect "had" + participle is a closed, regular form.
/** "had rejected", "had earlier said it would", "had long opposed", "had been opposed to". */
const PLUPERFECT = /\bhad\s+(?:(?:earlier|previously|initially|once|first|already|long|also|repeatedly|publicly|originally|always|until\s+now|so\s+far)\s+)*(?:been\s+)?\p{L}+(?:ed|en|ne|wn|ld|id|ot|ught|un|ood)\b/iu;
/** After the pluperfect, the report's own present reading: "had rejected the plan but now accepts it". */
const REVERSAL_AFTER = /\b(?:now|since\s+then|has\s+since|have\s+since|no\s+longer|currently|today|however|but\s+(?:is|are|has|have|will|would))\b/i;

/** Whether a stance's evidence tells it as past: a pluperfect with no present reading after it. */
export function toldAsPast(evidence: string | null | undefined): boolean {
  if (!evidence) return false;
  const m = PLUPERFECT.exec(evidence);
  if (!m) return false;
  return !REVERSAL_AFTER.test(evidence.slice(m.index + m[0].length));
}

/** The pluperfect as background in a relative clause ("Valdoria, which had rejected the zone, now ..."): the report's news is elsewhere. */
const BACKGROUND_PAST = /(?:^|,)\s*(?:which|who)\s+had\b/i;

const sameOutlet = (a: TimedStance, b: TimedStance) => !!a.outlet && !!b.outlet && a.outlet.trim().toLowerCase() === b.outlet.trim().toLowerCase();
/** The date is one the text gave, not only the report's. */
const textDated = (s: TimedStance) => s.date !== null && s.date !== s.published;

/**
 * How two stances of one holder on one proposition relate; null when they are not opposite (support
 * against oppose) or come from one report (a report's own nuance).
 */
export function stanceRelation(a: TimedStance, b: TimedStance): StanceRelation | null {
  const pair = new Set([a.stance, b.stance]);
  if (!(pair.has('support') && pair.has('oppose'))) return null;
  if (a.root === b.root) return a.past !== b.past ? 'change' : null;
  if (a.past || b.past) return 'change';
  if (sameOutlet(a, b)) return a.date === null || b.date === null ? 'undated' : 'change';
  if (a.date === null || b.date === null) return 'undated';
  const da = dayNumber(a.date);
  const db = dayNumber(b.date);
  if (da === null || db === null) return 'undated';
  const gap = Math.abs(da - db);
  if (gap === 0) return 'contradiction';
  return gap <= PUBLICATION_SLACK_DAYS && !textDated(a) && !textDated(b) ? 'contradiction' : 'change';
}

/** Whether any two of a holder's stances on one proposition contradict (`stanceRelation`). */
export function anyContradiction(items: readonly TimedStance[]): boolean {
  const sup = items.filter((r) => r.stance === 'support' && !r.past && r.date !== null);
  if (!sup.length) return false;
  // Opposite readings only meet within a day or two: bucket supports by day so each opposition checks its neighbours.
  const byDay = new Map<number, TimedStance[]>();
  for (const s of sup) {
    const d = dayNumber(s.date!);
    if (d !== null) (byDay.get(d) ?? byDay.set(d, []).get(d)!).push(s);
  }
  for (const o of items) {
    if (o.stance !== 'oppose' || o.past || o.date === null) continue;
    const d = dayNumber(o.date);
    if (d === null) continue;
    for (let k = d - PUBLICATION_SLACK_DAYS; k <= d + PUBLICATION_SLACK_DAYS; k++) for (const s of byDay.get(k) ?? []) if (stanceRelation(s, o) === 'contradiction') return true;
  }
  return false;
}

/** Verbs of revising an offer, stems: "lowered", "raises", "cut", "revised", "sweetened", "improves". */
const REVISE_VERB = String.raw`(?:lower|rais|cut|reduc|increas|improv|revis|sweeten|amend|modif|updat|trimm?|halv|doubl)(?:e|es|ed|s|d|ing|ied|ies|y)?`;
const OFFER_NOUN = String.raw`(?:offer|proposal|bid|asking\s+price|price|demand)`;
/** The holder revising its own offer: "lowered its proposal to $35", "sweetened their bid". */
const REVISED_OWN_OFFER = new RegExp(String.raw`\b${REVISE_VERB}\s+(?:its|their|his|her)\s+(?:own\s+)?(?:(?:initial|original|earlier|previous|opening|cash|pay|price)\s+)?${OFFER_NOUN}\b`, 'i');
/** Any cue that an offer replaces an earlier one: the above, or "a revised offer", "a new proposal", "a counter-offer". */
const REVISED_OFFER = new RegExp(
  String.raw`${REVISED_OWN_OFFER.source}|\b(?:revised|new|fresh|improved|sweetened|updated|amended|second|lower|higher|counter)[\s-]+(?:offer|proposal|bid|plan)\b|\bcounter-?(?:offer|proposal)s?\b|\breplac(?:e|es|ed|ing)\s+(?:its|their|the)\s+(?:earlier\s+|previous\s+)?(?:offer|proposal|bid)\b`,
  'i',
);

/** Whether a stance's evidence presents it as a revision of an earlier offer ("lowered its proposal to $35", "a revised offer"). */
export function revisesOffer(evidence: string | null | undefined): boolean {
  return !!evidence && REVISED_OFFER.test(evidence);
}

/**
 * Evidence the views read (SQL, on `stances s`): only where it may be pluperfect or the holder's own revised
 * offer, so the views do not read every stance's text.
 */
// (The offer nouns, not the possessives, narrow the revised-offer test: "its" is in most evidence, an offer noun in few;
// instr, a plain byte search, is cheaper than LIKE over every stance's evidence. Lower case: "Had ..." opening a
// sentence is left unread.)
export const EVIDENCE_TO_READ = `CASE WHEN instr(s.evidence_text, 'had ') OR (s.stance = 'oppose' AND (instr(s.evidence_text, 'offer') OR instr(s.evidence_text, 'propos') OR instr(s.evidence_text, 'bid') OR instr(s.evidence_text, 'demand') OR instr(s.evidence_text, 'price'))) THEN s.evidence_text END`;

/**
 * A stored stance as the views read it: told as past or not (and as a relative clause's background: "X,
 * which had rejected it, ..." says what X held before, not what the report tells of X now), and a holder revising its own offer ("Peru
 * lowered its proposal to $35") read as against the object is the holder offering new terms, so support.
 */
export function readingOf(stance: StanceValue, evidence: string | null | undefined): { stance: StanceValue; past: boolean; background: boolean } {
  const revised = stance === 'oppose' && !!evidence && REVISED_OWN_OFFER.test(evidence);
  const past = toldAsPast(evidence);
  return { stance: revised ? 'support' : stance, past, background: past && BACKGROUND_PAST.test(evidence!) };
}
