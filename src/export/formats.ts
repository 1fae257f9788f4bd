import type { Store } from '../store/store.js';
import { correctionIndex, type CorrectionIndex } from '../corpus/corrections.js';
import { EXPORT_SCHEMA_ID, exportSections, inOneSnapshot, type ExportSection } from './export.js';

const RECORD_TYPE: Record<ExportSection, string> = {
  documents: 'document',
  actors: 'actor',
  propositions: 'proposition',
  mentions: 'mention',
  quotes: 'quote',
  events: 'event',
  stances: 'stance',
  corrections: 'correction',
};

/**
 * JSON Lines: a header, then one record per line, `{"record": "document" | "actor" | ..., ...}` with the same
 * fields as the JSON export, so large corpora can be streamed by line-oriented tools.
 */
export function exportJsonlChunks(store: Store): Generator<string> {
  return inOneSnapshot(store, jsonlChunks(store));
}

function* jsonlChunks(store: Store): Generator<string> {
  yield JSON.stringify({ type: 'header', record: 'header', schema: EXPORT_SCHEMA_ID }) + '\n';
  for (const [section, records] of exportSections(store)) {
    // `record` always names the kind of line. `type` does too, except on actors and events, whose own
    // `type` (person, AGREE, ...) has always been kept there; `record` was added so no line is ambiguous.
    for (const r of records) yield JSON.stringify({ type: RECORD_TYPE[section], record: RECORD_TYPE[section], ...r }) + '\n';
  }
}

/**
 * Columns are only ever added at the end. `review` is what a person made of a quote or stance (machine,
 * confirmed, rejected) and `reviewed` what is served after it (the stance a person set, the speaker after a
 * correction or a merge), so a spreadsheet never shows a rejected stance as if it stood. `label` is a stance's
 * proposition as people read it ("peace treaty (Armenia–Azerbaijan)"): the CSV has no propositions section,
 * and a discovered id (`auto:peace-treaty@armenia+azerbaijan`) is no name for a spreadsheet reader. `copyOf`
 * is the original's document id on a row from a syndicated or spun copy: a spreadsheet that counts stances
 * would otherwise count a wire story once per outlet that reprinted it.
 */
const CSV_COLUMNS = ['type', 'id', 'doc', 'start', 'end', 'text', 'actor', 'kind', 'proposition', 'date', 'confidence', 'party', 'targets', 'negated', 'modality', 'condition', 'review', 'reviewed', 'label', 'copyOf'] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], unknown>;

/**
 * One CSV cell (RFC 4180 quoting). Text starting with = + - @, a tab or a carriage return is run as a
 * formula by spreadsheets (CSV injection, OWASP), so it gets a leading ' ; numbers are written as they are.
 * Only CSV is guarded: JSON and JSON Lines keep the exact stored text.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Span = { start: number; end: number; text: string };

type Row = Partial<CsvRow>;

const CSV_ROW: Partial<Record<ExportSection, (r: Record<string, unknown>, fix: CorrectionIndex, labels: ReadonlyMap<string, string>) => Row>> = {
  mentions: (m) => ({ type: 'mention', id: '', doc: m.doc, start: m.start, end: m.end, text: m.text, actor: m.actor, kind: m.kind, confidence: m.confidence }),
  quotes: (q, fix) => {
    const served = fix.quoteSpeaker(q.doc as string, q.start as number, q.end as number, (q.speaker as string | null) ?? null, null);
    return { type: 'quote', id: q.id, doc: q.doc, start: q.start, end: q.end, text: q.text, actor: q.speaker, kind: q.kind, confidence: q.confidence, review: served.review, reviewed: served.speaker };
  },
  events: (e) => {
    const ev = e.evidence as Span;
    return {
      type: 'event', id: e.id, doc: e.doc, start: ev.start, end: ev.end, text: ev.text, actor: (e.actors as string[]).join(' '), kind: e.mode ? `${e.type}:${e.mode}` : e.type,
      date: e.date, confidence: e.confidence, targets: (e.targets as string[]).join(' '), negated: e.negated ? 'true' : 'false', modality: e.modality,
    };
  },
  stances: (s, fix, labels) => {
    const ev = s.evidence as Span;
    const r = fix.stanceReview(s.doc as string, ev.start, ev.end, s.proposition as string);
    const reviewed = r.review === 'rejected' ? '' : (r.stance ?? s.stance);
    return {
      type: 'stance', id: s.id, doc: s.doc, start: ev.start, end: ev.end, text: ev.text, actor: s.actor, kind: s.stance, proposition: s.proposition, date: s.date,
      confidence: s.confidence, party: s.party, condition: (s.condition as Span | null)?.text ?? '', review: r.review, reviewed,
      label: labels.get(s.proposition as string) ?? '',
    };
  },
};

/** CSV: one row per cited annotation (mentions, quotes, events, stances), for spreadsheets. */
export function exportCsvChunks(store: Store): Generator<string> {
  return inOneSnapshot(store, csvChunks(store));
}

function* csvChunks(store: Store): Generator<string> {
  yield CSV_COLUMNS.join(',') + '\r\n';
  const fix = correctionIndex(store);
  // The propositions section comes before the stances: read for the labels, it writes no rows itself.
  const labels = new Map<string, string>();
  const copyOf = new Map(
    (store.db.prepare('SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL').raw().all() as [string, string][]).map(([id, original]) => [id, original]),
  );
  for (const [section, records] of exportSections(store)) {
    if (section === 'propositions') {
      for (const p of records) labels.set(p.id as string, p.label as string);
      continue;
    }
    const toRow = CSV_ROW[section];
    if (!toRow) continue;
    for (const r of records) {
      const row = { ...toRow(r, fix, labels), copyOf: copyOf.get(r.doc as string) ?? '' };
      yield CSV_COLUMNS.map((c) => csvCell(row[c])).join(',') + '\r\n';
    }
  }
}
