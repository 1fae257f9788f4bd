/**
 * Event typing measured on the PLOVER gold standard records (PLOVER_GSR_CAMEO.json, Open Event Data
 * Alliance, CC BY-SA 4.0 — read from /work/shared, never copied into this repository). The records use
 * PLOVER 0.5b1 labels; they are mapped to current labels through the CAMEO root each 0.5b1 label stood
 * for and the CAMEO→PLOVER 2021 table. Pure: callers read the files.
 */
import { emptyAnalysis, type EventAnnotation, type EventType } from '../../core/model.js';
import { splitSentences } from '../sentences/index.js';
import { extractEvents } from './index.js';

/** The CAMEO root each PLOVER 0.5b1 label that was later renamed or merged stood for. */
const V05_LABEL_TO_CAMEO_ROOT: Record<string, string> = { INVESTIGATE: '09', DEMAND: '10', DISAPPROVE: '11', FIGHT: '19' };

/** CAMEO root ("09") → current PLOVER label, from the root lines ("09: ACCUSE") of CAMEO2PLOVER-2021.txt. */
export function cameoRoots(cameo2plover: string): Map<string, string> {
  const roots = new Map<string, string>();
  for (const line of cameo2plover.split('\n')) {
    const m = /^(\d{2}):\s*([A-Z]+)\s*$/.exec(line.trim());
    if (m && !roots.has(m[1]!)) roots.set(m[1]!, m[2]!);
  }
  return roots;
}

const COOPERATIVE = new Set<EventType>(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);
const HOSTILE = new Set<EventType>(['SANCTION', 'COERCE', 'ASSAULT', 'PROTEST', 'MOBILIZE']);

/**
 * The PLOVER code of a Parley event. Parley keeps the act and marks negation and modality; PLOVER
 * codes an announced or conditional cooperative act as AGREE ("express intent to ..."), an announced
 * hostile act as THREATEN, and a refused cooperative act as REJECT.
 */
export function ploverCode(e: Pick<EventAnnotation, 'type' | 'negated' | 'modality'>): EventType | null {
  if (e.type === 'STATEMENT') return null;
  const type: EventType = e.type === 'APPEAL' ? 'REQUEST' : e.type;
  if (e.negated) return COOPERATIVE.has(type) ? 'REJECT' : null;
  if (e.modality !== 'asserted') {
    if (COOPERATIVE.has(type)) return 'AGREE';
    if (HOSTILE.has(type)) return 'THREATEN';
  }
  return type;
}

export interface GsrRecord {
  id: string;
  event: string;
  text?: string;
  date?: string;
}

export interface PloverEvalResult {
  sentences: number;
  withEvent: number;
  correct: number;
  /** Correct / sentences where Parley emitted an event. */
  accuracy: number;
  /** Sentences where Parley emitted an event / all sentences. */
  coverage: number;
  confusion: Record<string, Record<string, number>>;
  misses: { id: string; gold: string; got: string | null; text: string }[];
}

/**
 * APPEAL is Parley's name for the appeals PLOVER folds into REQUEST; a sentence is scored on its first
 * coded event (STATEMENT is not a PLOVER type and counts as no event).
 */
export function evaluatePlover(records: readonly GsrRecord[], cameo2plover: string): PloverEvalResult {
  const roots = cameoRoots(cameo2plover);
  const label = (v05: string) => {
    const root = V05_LABEL_TO_CAMEO_ROOT[v05];
    return root ? (roots.get(root) ?? v05) : v05;
  };
  const result: PloverEvalResult = { sentences: 0, withEvent: 0, correct: 0, accuracy: 0, coverage: 0, confusion: {}, misses: [] };
  for (const r of records) {
    if (!r.text || r.event === 'DOCUMENT') continue;
    result.sentences++;
    const gold = label(r.event);
    const text = r.text;
    const zones = [{ start: 0, end: text.length, kind: 'body' as const, rule: 'eval' }];
    const analysis = { ...emptyAnalysis(), sentences: splitSentences(text, zones) };
    const events = extractEvents({ text, zones, published: r.date ?? null, language: 'en' }, analysis);
    const got = events.map(ploverCode).find((c) => c !== null) ?? null;
    if (got) result.withEvent++;
    if (got === gold) result.correct++;
    const row = (result.confusion[gold] ??= {});
    row[got ?? '-'] = (row[got ?? '-'] ?? 0) + 1;
    if (got !== gold) result.misses.push({ id: r.id, gold, got, text });
  }
  result.accuracy = result.withEvent ? result.correct / result.withEvent : 0;
  result.coverage = result.sentences ? result.withEvent / result.sentences : 0;
  return result;
}
