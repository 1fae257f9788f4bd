import type { StoredDocument } from '../core/model.js';
import type { Store } from '../store/store.js';
import { discoveredInfo } from '../corpus/propositions.js';
import { storedTalksMerge, type TalksMerge } from '../corpus/talks.js';

export const EXPORT_SCHEMA_ID = 'parley/export@1';

type Row = Record<string, unknown>;
type Rec = Record<string, unknown>;

export type ExportSection = 'documents' | 'actors' | 'propositions' | 'mentions' | 'quotes' | 'events' | 'stances' | 'corrections';

const spanOf = (r: Row, prefix: string) =>
  r[`${prefix}_start`] === null || r[`${prefix}_start`] === undefined
    ? null
    : { start: r[`${prefix}_start`] as number, end: r[`${prefix}_end`] as number, text: r[`${prefix}_text`] as string };

function* map<T>(items: Iterable<T>, f: (item: T) => Rec): Generator<Rec> {
  for (const item of items) yield f(item);
}

/** One stream after another, each read only when reached. */
function concat<T>(...parts: Iterable<T>[]): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      for (const p of parts) yield* p;
    },
  };
}

/** A negotiation side's name from the actors table (discovered ids are qualified by their sides). */
function sideName(store: Store): (side: string) => string | undefined {
  const get = store.db.prepare('SELECT name FROM actors WHERE id = ?');
  return (side) => (get.get(side) as { name: string } | undefined)?.name;
}

function documentRecord(d: StoredDocument): Rec {
  const m = d.metadata;
  return {
    id: d.id,
    name: d.name,
    source: d.source,
    url: d.url,
    title: m.title.value,
    outlet: m.outlet.value,
    published: m.published.value,
    language: m.language.value,
    text: d.text,
    zones: d.zones.map((z) => ({ kind: z.kind, start: z.start, end: z.end })),
    duplicateOf: d.duplicateOf,
    format: d.format,
    encoding: d.encoding,
    contentHash: d.contentHash,
    duplicateSimilarity: d.duplicateSimilarity,
    metadata: m,
  };
}

/**
 * The export's sections in order, each a lazy stream of records, shared by the JSON, JSON Lines and CSV
 * writers so a large store is never held in memory whole. A public contract: fields may be added, never
 * renamed or dropped (see schema/export.schema.json).
 */
export function exportSections(store: Store): [ExportSection, Iterable<Rec>][] {
  // Lazy: better-sqlite3 allows one open cursor per connection, so each section's query starts only when read.
  const query = (sql: string): Iterable<Row> => ({ [Symbol.iterator]: () => store.db.prepare(sql).iterate() as Iterator<Row> });
  // Which talks each stance is shown under (`talks.ts`): read once, before any section's cursor opens.
  let merge: TalksMerge | undefined;
  const talksMerge = () => (merge ??= storedTalksMerge(store.db));
  // The multilateral talks' ids the stances are shown under that no stance or table row holds, listed too so
  // every `shownAs` resolves.
  function* shownOnly(): Generator<Row> {
    const listed = new Set((store.db.prepare(`SELECT id FROM propositions UNION SELECT DISTINCT proposition FROM stances`).pluck().all() as string[]));
    const shown = new Set<string>();
    for (const id of listed) shown.add(talksMerge().shownAs(id));
    for (const id of [...shown].sort()) if (!listed.has(id)) yield { id, label: null, statement: null, origin: null };
  }
  return [
    ['documents', map({ [Symbol.iterator]: () => store.iterateDocuments() }, documentRecord)],
    [
      'actors',
      map(store.listActors(), (a) => ({
        id: a.id, name: a.name, type: a.type, aliases: a.aliases, party: a.party, roles: a.roles,
        packId: a.packId, mentionCount: a.mentionCount, docCount: a.docCount,
      })),
    ],
    [
      // What stances' `proposition` ids mean, including discovered `auto:*` ones (pack and corpus origins).
      // A discovered object too rare for the matrix is not in the table, but a stance still names it: it is
      // listed too (labelled as the matrix would), so every stance's proposition resolves.
      'propositions',
      map(
        concat(
          query(
            `SELECT id, label, statement, origin FROM propositions
           UNION ALL SELECT DISTINCT proposition, NULL, NULL, NULL FROM stances WHERE proposition NOT IN (SELECT id FROM propositions)
           ORDER BY 1`,
          ),
          { [Symbol.iterator]: shownOnly },
        ),
        (r) => {
          if (r.label !== null) return { id: r.id, label: r.label, statement: r.statement, origin: r.origin };
          const id = r.id as string;
          const p = id.startsWith('auto:') ? discoveredInfo(id, sideName(store)) : { id, label: id, statement: id, origin: 'unknown' };
          return { id: p.id, label: p.label, statement: p.statement, origin: p.origin };
        },
      ),
    ],
    [
      'mentions',
      map(query('SELECT * FROM mentions ORDER BY doc_id, idx'), (r) => ({
        actor: r.actor_id, doc: r.doc_id, start: r.start, end: r.end, text: r.text, kind: r.kind, confidence: r.confidence,
      })),
    ],
    [
      'quotes',
      map(query('SELECT * FROM quotes ORDER BY doc_id, idx'), (r) => ({
        id: r.id, doc: r.doc_id, kind: r.kind, start: r.start, end: r.end, text: r.text, speaker: r.speaker_actor,
        source: spanOf(r, 'source'), cue: spanOf(r, 'cue'), confidence: r.confidence, rule: r.rule,
      })),
    ],
    [
      'events',
      map(query('SELECT * FROM events ORDER BY doc_id, idx'), (r) => ({
        id: r.id, doc: r.doc_id, type: r.type, mode: r.mode,
        actors: JSON.parse(r.actors_json as string), targets: JSON.parse(r.targets_json as string),
        date: r.date, negated: r.negated === 1, modality: r.modality,
        evidence: spanOf(r, 'evidence'), trigger: spanOf(r, 'trigger'), dateText: spanOf(r, 'date'), location: spanOf(r, 'location'),
        confidence: r.confidence,
      })),
    ],
    [
      'stances',
      map(query('SELECT * FROM stances ORDER BY doc_id, idx'), (r) => ({
        id: r.id, doc: r.doc_id, actor: r.actor_id, party: r.party_id, proposition: r.proposition, shownAs: talksMerge().shownAs(r.proposition as string), stance: r.stance,
        condition: spanOf(r, 'cond'), date: r.date, evidence: spanOf(r, 'evidence'), confidence: r.confidence, quote: r.quote_id,
      })),
    ],
    [
      // Human reviews, so a consumer can tell machine output from what a person confirmed or rejected.
      'corrections',
      map(query('SELECT * FROM corrections ORDER BY id'), (r) => ({
        id: r.id, kind: r.target_kind, targetId: r.target_id, targetKey: JSON.parse(r.target_key as string), action: r.action,
        value: JSON.parse(r.value_json as string), note: r.note, author: r.author, createdAt: r.created_at,
      })),
    ],
  ];
}

/** The `parley/export@1` JSON document, streamed record by record. */
/**
 * Reads a whole export inside one read transaction. Each section is read by its own statement, so without it
 * an ingest by another process committing meanwhile could leave later sections (mentions, stances) naming
 * documents the first did not list. A caller already inside a transaction keeps its own.
 */
export function* inOneSnapshot<T>(store: Store, chunks: Iterable<T>): Generator<T> {
  const own = !store.db.inTransaction;
  if (own) store.db.exec('BEGIN');
  try {
    yield* chunks;
  } finally {
    if (own && store.db.inTransaction) store.db.exec('COMMIT');
  }
}

export function exportJsonChunks(store: Store): Generator<string> {
  return inOneSnapshot(store, jsonChunks(store));
}

function* jsonChunks(store: Store): Generator<string> {
  yield `{"schema":${JSON.stringify(EXPORT_SCHEMA_ID)},"generator":{"name":"parley","schemaVersion":${store.schemaVersion()}}`;
  for (const [section, records] of exportSections(store)) {
    yield `,\n${JSON.stringify(section)}:[`;
    let first = true;
    for (const r of records) {
      yield (first ? '\n' : ',\n') + JSON.stringify(r);
      first = false;
    }
    yield ']';
  }
  yield '}\n';
}
