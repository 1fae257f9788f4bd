import type { Store } from '../store/store.js';
import { exportJsonChunks } from './export.js';

/**
 * JSON Lines: one record per line, `{"type": "document" | "actor" | ..., ...}` with the same fields as the
 * JSON export, so large corpora can be streamed by line-oriented tools.
 */
export function* exportJsonlChunks(store: Store): Generator<string> {
  const whole = JSON.parse([...exportJsonChunks(store)].join('')) as Record<string, unknown>;
  yield JSON.stringify({ type: 'header', schema: whole.schema }) + '\n';
  const sections: [string, string][] = [
    ['documents', 'document'],
    ['actors', 'actor'],
    ['mentions', 'mention'],
    ['quotes', 'quote'],
    ['events', 'event'],
    ['stances', 'stance'],
  ];
  for (const [key, type] of sections) {
    for (const item of whole[key] as object[]) yield JSON.stringify({ type, ...item }) + '\n';
  }
}

const CSV_COLUMNS = ['type', 'id', 'doc', 'start', 'end', 'text', 'actor', 'kind', 'proposition', 'date', 'confidence'] as const;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV: one row per cited annotation (mentions, quotes, events, stances), for spreadsheets. */
export function* exportCsvChunks(store: Store): Generator<string> {
  yield CSV_COLUMNS.join(',') + '\r\n';
  const whole = JSON.parse([...exportJsonChunks(store)].join('')) as Record<string, Record<string, unknown>[]>;
  const row = (r: Record<(typeof CSV_COLUMNS)[number], unknown>) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(',') + '\r\n';
  for (const m of whole.mentions!) yield row({ type: 'mention', id: '', doc: m.doc, start: m.start, end: m.end, text: m.text, actor: m.actor, kind: m.kind, proposition: '', date: '', confidence: m.confidence });
  for (const q of whole.quotes!) yield row({ type: 'quote', id: q.id, doc: q.doc, start: q.start, end: q.end, text: q.text, actor: q.speaker, kind: q.kind, proposition: '', date: '', confidence: q.confidence });
  for (const e of whole.events!) {
    const ev = e.evidence as { start: number; end: number; text: string };
    yield row({ type: 'event', id: e.id, doc: e.doc, start: ev.start, end: ev.end, text: ev.text, actor: (e.actors as string[]).join(' '), kind: e.mode ? `${e.type}:${e.mode}` : e.type, proposition: '', date: e.date, confidence: e.confidence });
  }
  for (const s of whole.stances!) {
    const ev = s.evidence as { start: number; end: number; text: string };
    yield row({ type: 'stance', id: s.id, doc: s.doc, start: ev.start, end: ev.end, text: ev.text, actor: s.actor, kind: s.stance, proposition: s.proposition, date: s.date, confidence: s.confidence });
  }
}
