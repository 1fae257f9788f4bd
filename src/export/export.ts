import type { Store } from '../store/store.js';

export const EXPORT_SCHEMA_ID = 'parley/export@1';

interface Row {
  [k: string]: unknown;
}

const spanOf = (r: Row, prefix: string) =>
  r[`${prefix}_start`] === null || r[`${prefix}_start`] === undefined
    ? null
    : { start: r[`${prefix}_start`] as number, end: r[`${prefix}_end`] as number, text: r[`${prefix}_text`] as string };

/**
 * The `parley/export@1` document, streamed section by section so a large store never sits in memory
 * whole. A public contract: fields may be added, never renamed or dropped (see schema/export.schema.json).
 */
export function* exportJsonChunks(store: Store): Generator<string> {
  const db = store.db;
  yield `{"schema":${JSON.stringify(EXPORT_SCHEMA_ID)},"generator":{"name":"parley","schemaVersion":${store.schemaVersion()}},\n"documents":[`;
  let first = true;
  for (const d of store.iterateDocuments()) {
    const m = d.metadata;
    const doc = {
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
    yield (first ? '\n' : ',\n') + JSON.stringify(doc);
    first = false;
  }
  yield '],\n"actors":[';
  first = true;
  for (const a of store.listActors()) {
    yield (first ? '\n' : ',\n') +
      JSON.stringify({ id: a.id, name: a.name, type: a.type, aliases: a.aliases, party: a.party, roles: a.roles, packId: a.packId, mentionCount: a.mentionCount, docCount: a.docCount });
    first = false;
  }
  yield '],\n"mentions":[';
  yield* rows(db.prepare('SELECT * FROM mentions ORDER BY doc_id, idx').iterate() as Iterable<Row>, (r) => ({
    actor: r.actor_id,
    doc: r.doc_id,
    start: r.start,
    end: r.end,
    text: r.text,
    kind: r.kind,
    confidence: r.confidence,
  }));
  yield '],\n"quotes":[';
  yield* rows(db.prepare('SELECT * FROM quotes ORDER BY doc_id, idx').iterate() as Iterable<Row>, (r) => ({
    id: r.id,
    doc: r.doc_id,
    kind: r.kind,
    start: r.start,
    end: r.end,
    text: r.text,
    speaker: r.speaker_actor,
    source: spanOf(r, 'source'),
    cue: spanOf(r, 'cue'),
    confidence: r.confidence,
    rule: r.rule,
  }));
  yield '],\n"events":[';
  yield* rows(db.prepare('SELECT * FROM events ORDER BY doc_id, idx').iterate() as Iterable<Row>, (r) => ({
    id: r.id,
    doc: r.doc_id,
    type: r.type,
    mode: r.mode,
    actors: JSON.parse(r.actors_json as string),
    targets: JSON.parse(r.targets_json as string),
    date: r.date,
    negated: r.negated === 1,
    modality: r.modality,
    evidence: spanOf(r, 'evidence'),
    trigger: spanOf(r, 'trigger'),
    dateText: spanOf(r, 'date'),
    location: spanOf(r, 'location'),
    confidence: r.confidence,
  }));
  yield '],\n"stances":[';
  yield* rows(db.prepare('SELECT * FROM stances ORDER BY doc_id, idx').iterate() as Iterable<Row>, (r) => ({
    id: r.id,
    doc: r.doc_id,
    actor: r.actor_id,
    party: r.party_id,
    proposition: r.proposition,
    stance: r.stance,
    condition: spanOf(r, 'cond'),
    date: r.date,
    evidence: spanOf(r, 'evidence'),
    confidence: r.confidence,
    quote: r.quote_id,
  }));
  yield ']}\n';
}

function* rows(iter: Iterable<Row>, map: (r: Row) => unknown): Generator<string> {
  let first = true;
  for (const r of iter) {
    yield (first ? '\n' : ',\n') + JSON.stringify(map(r));
    first = false;
  }
}
