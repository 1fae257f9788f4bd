import { createHash } from 'node:crypto';
import type { DocumentAnalysis, DocumentMetadata, RawDocument, StoredDocument, Zone } from '../core/model.js';
import { asParleyError, ParleyError } from '../core/errors.js';
import { resolveEntities, withResolvedSides } from '../corpus/actors/resolve.js';
import { syncPropositions } from '../corpus/positions.js';
import { updateCorpusViews } from '../corpus/views.js';
import type { KnowledgeBase } from '../packs/load.js';
import { analyseDocument, analyseDocuments, DEFAULT_STAGES, stagesNotRun, type StageTimings } from '../stages/pipeline.js';
import { sentenceStage } from '../stages/sentences/index.js';
import type { Store } from '../store/store.js';
import { estimateSimilarity, minhash, nearDuplicateThreshold } from './dedupe.js';
import { inferMetadata } from './metadata.js';
import { ingestStream, type IngestItem } from './parallel.js';
import { readInputs, type ReadOptions } from './readers/index.js';
import { detectZones } from './zones.js';

export type IngestOutcome =
  | { status: 'stored'; input: string; id: string; name: string; duplicateOf: string | null; notRun?: string[]; language?: string | null }
  | { status: 'unchanged'; input: string; id: string; name: string }
  | { status: 'failed'; input: string; error: ParleyError }
  | { status: 'note'; input: string; message: string };

export interface IngestSummary {
  outcomes: IngestOutcome[];
  stored: number;
  unchanged: number;
  failed: number;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * What the analysis of a document starts from: its hash, zones and metadata, and with `withSentences` its
 * sentences (the first stage, as `analyseDocument` runs it). Pure. A caller that hashed the text already
 * passes the hash (`contentHash(raw.text)`).
 */
export function describeDocument(raw: RawDocument, kb: KnowledgeBase, timings?: StageTimings, withSentences = false, knownHash?: string) {
  const t0 = timings ? performance.now() : 0;
  const hash = knownHash ?? contentHash(raw.text);
  const zones = detectZones(raw.text, raw.format);
  const metadata = inferMetadata(raw, zones, kb);
  if (timings) lap(timings, 'zones+meta', t0);
  const sentences = withSentences ? analyseDocument(documentView(raw, zones, metadata), kb, SENTENCE_STAGES, timings).sentences : null;
  return { hash, zones, metadata, sentences };
}

export type DocumentDescription = ReturnType<typeof describeDocument>;

const SENTENCE_STAGES = [sentenceStage] as Parameters<typeof analyseDocument>[2];

/** The document as the stages read it. */
function documentView(raw: RawDocument, zones: Zone[], metadata: DocumentMetadata) {
  return { text: raw.text, zones, published: metadata.published.value, language: metadata.language.value, languageConfidence: metadata.language.confidence };
}

/**
 * Everything that can be computed for a new document without touching the store. Pure. A caller that
 * described the document already passes that; one that computes the MinHash elsewhere passes
 * `withMinhash` false (the answer's `minhash` is then null, to be filled in).
 */
export function prepareDocument(raw: RawDocument, kb: KnowledgeBase, now = new Date(), timings?: StageTimings, described?: DocumentDescription, withMinhash = true) {
  const description = described ?? describeDocument(raw, kb, timings);
  const view = documentView(raw, description.zones, description.metadata);
  const analysis = analyseDocument(view, kb, DEFAULT_STAGES, timings, description.sentences ? { sentences: description.sentences } : undefined);
  return prepared(raw, description, view, analysis, now, timings, withMinhash);
}

/**
 * `prepareDocument` for several documents described already, the stages run over them all one stage at a
 * time (`analyseDocuments`: the same analyses for less CPU). A document whose analysis threw gets its error.
 */
export function prepareDocuments(
  items: readonly { raw: RawDocument; described: DocumentDescription; timings?: StageTimings }[],
  kb: KnowledgeBase,
  now = new Date(),
  withMinhash = true,
): (PreparedDocument | { error: unknown })[] {
  const views = items.map(({ raw, described }) => documentView(raw, described.zones, described.metadata));
  const done = items.map(({ described }) => (described.sentences ? { sentences: described.sentences } : undefined));
  const analyses = analyseDocuments(views, kb, DEFAULT_STAGES, items.map((item) => item.timings), done);
  return items.map((item, i) => {
    const analysis = analyses[i]!;
    return 'error' in analysis ? analysis : prepared(item.raw, item.described, views[i]!, analysis, now, item.timings, withMinhash);
  });
}

function prepared(raw: RawDocument, { hash, zones, metadata }: DocumentDescription, view: ReturnType<typeof documentView>, analysis: DocumentAnalysis, now: Date, timings: StageTimings | undefined, withMinhash: boolean) {
  const notRun = stagesNotRun(view);
  const document: StoredDocument = {
    id: hash.slice(0, 16),
    name: raw.name,
    source: raw.source,
    url: raw.url,
    format: raw.format,
    encoding: raw.encoding,
    text: raw.text,
    contentHash: hash,
    zones,
    metadata,
    duplicateOf: null,
    duplicateSimilarity: null,
    ingestedAt: now.toISOString(),
  };
  const signature = withMinhash ? timedMinhash(raw.text, timings) : null;
  return { document, analysis, minhash: signature, notRun };
}

/** The document's MinHash signature (near-duplicate detection), timed as the `minhash` step. */
export function timedMinhash(text: string, timings?: StageTimings): ReturnType<typeof minhash> {
  const t0 = timings ? performance.now() : 0;
  const signature = minhash(text);
  if (timings) lap(timings, 'minhash', t0);
  return signature;
}

/** Adds the time since `t0` to `timings[step]`; returns now. */
function lap(timings: StageTimings, step: string, t0: number): number {
  const now = performance.now();
  timings[step] = (timings[step] ?? 0) + now - t0;
  return now;
}

/**
 * Stores one decoded document with every stage's annotations and its actor resolution, in one
 * transaction. Returns `unchanged` when identical content is already stored.
 */
export function ingestDocument(store: Store, raw: RawDocument, kb: KnowledgeBase, timings?: StageTimings): IngestOutcome {
  const input = raw.source;
  try {
    if (!raw.text.trim()) throw new ParleyError('E_EMPTY', input, 'empty document (no text)');
    const hash = contentHash(raw.text);
    const existing = store.findByHash(hash);
    if (existing) return { status: 'unchanged', input, id: existing.id, name: existing.name };
    return storePrepared(store, input, prepareDocument(raw, kb, new Date(), timings, describeDocument(raw, kb, timings, false, hash)), kb, timings);
  } catch (e) {
    return { status: 'failed', input, error: asParleyError(e, input) };
  }
}

/**
 * A spun or rewritten copy comes out within days of its original. Below this similarity (a copy with a third of its
 * words changed scores 0.23-0.40), two reports dated more than `COPY_WITHIN_DAYS` apart are a follow-up reusing
 * background paragraphs, not a copy (QA 13: a report 16 days later, another outlet, scored 0.145).
 */
const CLEAR_COPY_SIMILARITY = 0.5;
const COPY_WITHIN_DAYS = 7;

function datedApart(published: string | null, store: Store, otherId: string): boolean {
  if (!published) return false;
  const other = store.db.prepare('SELECT published FROM documents WHERE id = ?').pluck().get(otherId) as string | null | undefined;
  if (!other) return false;
  return Math.abs(Date.parse(published) - Date.parse(other)) > COPY_WITHIN_DAYS * 86_400_000;
}

/** What `prepareDocument` returns: everything about a new document that needs no store. */
export type PreparedDocument = ReturnType<typeof prepareDocument>;

/** The store half of `ingestDocument`: near-duplicate check, actor resolution, write, corpus views. */
export function storePrepared(store: Store, input: string, prepared: PreparedDocument, kb: KnowledgeBase, timings?: StageTimings): IngestOutcome {
  try {
    let t0 = timings ? performance.now() : 0;
    const { document, analysis } = prepared;
    if (prepared.minhash) {
      let best: { docId: string; similarity: number } | null = null;
      const threshold = nearDuplicateThreshold(prepared.minhash.shingles);
      for (const c of store.nearDuplicateCandidates(prepared.minhash.bandKeys)) {
        const similarity = estimateSimilarity(prepared.minhash.signature, c.signature);
        if (similarity < threshold || (best && similarity <= best.similarity)) continue;
        if (similarity < CLEAR_COPY_SIMILARITY && datedApart(document.metadata.published.value, store, c.docId)) continue;
        best = { docId: c.docId, similarity };
      }
      if (best) {
        document.duplicateOf = best.docId;
        document.duplicateSimilarity = Math.round(best.similarity * 1000) / 1000;
      }
    }
    if (timings) t0 = lap(timings, 'near-dup', t0);
    store.db.transaction(() => {
      const resolution = resolveEntities(analysis, store, kb);
      if (timings) t0 = lap(timings, 'resolution', t0);
      const written = store.writeDocumentUnsafe({ document, analysis: withResolvedSides(analysis, resolution.actorIds), resolution, minhash: prepared.minhash });
      if (timings) t0 = lap(timings, 'write', t0);
      updateCorpusViews(store, [document.id], kb, new Map([[document.id, written]]));
      if (timings) t0 = lap(timings, 'corpus views', t0);
    })();
    if (timings) lap(timings, 'commit', t0);
    const outcome: IngestOutcome = { status: 'stored', input, id: document.id, name: document.name, duplicateOf: document.duplicateOf };
    if (prepared.notRun.length) Object.assign(outcome, { notRun: prepared.notRun, language: document.metadata.language.value });
    return outcome;
  } catch (e) {
    return { status: 'failed', input, error: asParleyError(e, input) };
  }
}

/**
 * Documents per commit, and the longest a batch stays open (it holds the database's write lock). A bulk
 * ingest dirties the same index pages document after document: at 1.5 s per batch instead of 0.5 s the
 * commit cost per article halved (pipeline bench 72 → 79 articles/s), and at 3 s instead of 1.5 s it fell
 * by another third (76 → 83 articles/s, two interleaved runs each at 4,000 articles). Another writer (a
 * correction through `parley serve`, a second ingest) waits at most about that long, well under the
 * store's 10 s busy timeout (`BUSY_TIMEOUT_MS`); a slow source commits at once (see `ingestStream`).
 */
const BATCH_DOCS = 512;
const BATCH_MS = 3000;

/**
 * Ingests documents in shared transactions: one commit (and one WAL append of every page touched) per
 * batch instead of per document, which is most of the write cost. Each document is still written in its
 * own savepoint (`ingestDocument`'s transaction nests), so a failing one leaves nothing and the others
 * stay. Documents of an uncommitted batch are lost if the process dies; ingesting again adds them
 * (content-hash dedup makes ingest idempotent). Call `commit()` when done.
 */
export class CommitBatch {
  private open = false;
  private docs = 0;
  private openedAt = 0;

  constructor(
    private readonly store: Store,
    private readonly maxDocs = BATCH_DOCS,
    private readonly maxMs = BATCH_MS,
  ) {}

  ingest(raw: RawDocument, kb: KnowledgeBase, timings?: StageTimings): IngestOutcome {
    return this.run(() => ingestDocument(this.store, raw, kb, timings), timings);
  }

  /** Runs one document's ingest (`ingestDocument` or `storePrepared`) inside the batch. */
  run(ingestOne: () => IngestOutcome, timings?: StageTimings): IngestOutcome {
    // Inside a caller's transaction the caller decides when to commit.
    if (!this.open && !this.store.db.inTransaction) {
      this.store.keepSubJournalsInMemory();
      try {
        this.store.db.exec('BEGIN IMMEDIATE');
        this.open = true;
        this.openedAt = performance.now();
        this.store.deferRows();
      } catch {
        // Locked by another process: ingest unbatched, which reports the lock on this document.
      }
    }
    const outcome = ingestOne();
    if (this.open && (++this.docs >= this.maxDocs || performance.now() - this.openedAt >= this.maxMs)) {
      const t0 = timings ? performance.now() : 0;
      this.commit();
      if (timings) lap(timings, 'commit', t0);
    }
    return outcome;
  }

  commit(): void {
    if (!this.open) return;
    this.open = false;
    this.docs = 0;
    if (this.store.db.inTransaction) {
      this.store.flushDeferredRows();
      this.store.db.exec('COMMIT');
    } else this.store.dropDeferredRows();
  }

  /** True while documents ingested into the batch are not yet durable. */
  get pending(): boolean {
    return this.open;
  }

  /**
   * True when SQLite itself rolled the open batch back (disk full, I/O error): every document reported
   * into it since the last commit is gone. The batch closes, so later documents start a new one.
   */
  lostBatch(): boolean {
    if (!this.open || this.store.db.inTransaction) return false;
    this.open = false;
    this.docs = 0;
    this.store.dropDeferredRows();
    return true;
  }
}

/** Reads every input and ingests each document as it arrives; failures are reported, never fatal. */
export async function ingestInputs(
  store: Store,
  inputs: readonly string[],
  kb: KnowledgeBase,
  options: ReadOptions & { onOutcome?: (o: IngestOutcome) => void } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { outcomes: [], stored: 0, unchanged: 0, failed: 0 };
  const record = (o: IngestOutcome) => {
    summary.outcomes.push(o);
    if (o.status === 'stored') summary.stored++;
    else if (o.status === 'unchanged') summary.unchanged++;
    else if (o.status === 'failed') summary.failed++;
    options.onOutcome?.(o);
  };
  async function* items(): AsyncGenerator<IngestItem> {
    for await (const r of readInputs(inputs, options)) {
      if (r.kind === 'error') yield { kind: 'outcome', outcome: { status: 'failed', input: r.error.input ?? '?', error: r.error } };
      else if (r.kind === 'note') yield { kind: 'outcome', outcome: { status: 'note', input: r.input, message: r.message } };
      else yield { kind: 'doc', doc: r.doc };
    }
  }
  for await (const o of ingestStream(store, items(), kb)) record(o);
  // Once per batch: the proposition list depends on how often discovered objects recur across documents.
  if (summary.stored > 0) syncPropositions(store, kb);
  return summary;
}
