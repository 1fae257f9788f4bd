/**
 * Ingest with the per-document analysis on worker threads: while this thread stores document n (near-
 * duplicate check, actor resolution, write, corpus views — all of which need the store and must run in
 * order), workers analyse documents n+1, n+2, ... Outcomes and stored data are the same as ingesting one
 * document after another with `ingestDocument`: the analysis is pure, and every store step still runs
 * in input order on this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../core/model.js';
import { ParleyError, type ErrorCode } from '../core/errors.js';
import type { KnowledgeBase } from '../packs/load.js';
import type { StageTimings } from '../stages/pipeline.js';
import type { Store } from '../store/store.js';
import { CommitBatch, contentHash, describeDocument, ingestDocument, storePrepared, timedMinhash, type DocumentDescription, type IngestOutcome, type PreparedDocument } from './ingest.js';

const WORKER_URL = new URL('./prepare-worker.js', import.meta.url);
const START_WORKERS_AT = 4;
const SLOW_INPUT_MS = 50;
/**
 * Documents posted to each worker ahead of the one being stored. With 2 + 2 (the earlier depth) a worker
 * ran dry whenever this thread committed a batch and sat idle 0.5-0.6 ms per article, while it is the
 * bottleneck; at 16 ahead 0.30, at 32 0.13, at 64 none (pipeline, 3,000 articles, worker event-loop idle).
 */
const DOCS_AHEAD_PER_WORKER = 64;
/**
 * A worker's young generation (V8's default is 48 MB: 16 MB semi-spaces). An analysis allocates a few MB of
 * objects that die with the document, and at the default the scavenges that copied the live ones out were
 * the worker's largest single cost. At 96 MB the worker's GC time fell from 1.8 to 0.85 ms per article (CPU profiles
 * of the worker, seeds + 1,500 bench articles, interleaved runs: two at the default, three at 96 MB); 192 MB
 * took it to 0.75 (one run) for twice the memory.
 */
const WORKER_YOUNG_GENERATION_MB = 96;
/**
 * WAL pages (4 KB) between automatic checkpoints during a stream ingest: 256 MB. A batch of 512 documents
 * appends ~30,000 frames at 8,000 stored, so at 64 MB every commit also checkpointed, copying each hot page
 * once per batch and blocking this thread on the copy and its fsync; at 256 MB a checkpoint comes every
 * two or three batches and copies a page dirtied in several of them once (commit step 1.7 → 1.1 ms/article,
 * two interleaved runs at 8,000 stored). The WAL file grows to about that size while the ingest runs.
 */
const BULK_CHECKPOINT_PAGES = 65_536;

/** Workers need the compiled worker module (under vitest, from TypeScript sources, there is none). */
export function canPrepareInWorkers(): boolean {
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(WORKER_URL));
}

/** A prepared document as a worker posts it: without the text, which the posting thread holds. */
export type PreparedReply = Omit<PreparedDocument, 'document'> & { document: Omit<PreparedDocument['document'], 'text'> };

interface PrepareReply {
  id: number;
  prepared?: PreparedReply;
  error?: { code: ErrorCode; input: string | null; reason: string; status: number };
  timings?: StageTimings;
}

/** Worker threads that each hold the knowledge base and prepare the documents posted to them. */
export class PreparePool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: PrepareReply) => void; reject: (e: unknown) => void }>();
  private seq = 0;
  private dead = false;

  constructor(private readonly kb: KnowledgeBase, size = Math.max(1, availableParallelism() - 1), timed = false) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_URL, { workerData: { packs: kb.packs, timed }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.on('message', (reply: PrepareReply) => {
        const waiter = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        waiter?.resolve(reply);
      });
      worker.on('error', (e) => this.failAll(e));
      worker.on('exit', () => this.failAll(new Error('prepare worker exited')));
      return worker;
    });
  }

  /**
   * Zones, metadata and sentences are found here, and the answer has no MinHash (`ingestStream` computes
   * it): the workers are the bottleneck and this thread idles, so the cheap per-document steps that need
   * no other analysis run here, ~0.5 ms per article fewer on the worker for zones and metadata. The
   * sentences go to the worker and are not posted back.
   */
  prepare(raw: RawDocument, timings?: StageTimings, hash?: string): Promise<PrepareReply> {
    if (this.dead) return Promise.reject(new Error('prepare worker stopped'));
    const id = this.seq++;
    let described: DocumentDescription;
    try {
      described = describeDocument(raw, this.kb, timings, true, hash);
    } catch (e) {
      // `ingestStream` then ingests the document here, which reports the error as its outcome.
      return Promise.reject(e);
    }
    const sentences = described.sentences!;
    return new Promise((resolve, reject) => {
      const withSentences = (reply: PrepareReply) => {
        if (reply.prepared) reply.prepared.analysis.sentences = sentences;
        resolve(reply);
      };
      this.waiting.set(id, { resolve: withSentences, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, raw, described });
    });
  }

  async close(): Promise<void> {
    this.dead = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(e: unknown): void {
    this.dead = true;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}

/** A document to ingest, or an outcome already known (a reader's error or note) to pass on in order. */
export type IngestItem = { kind: 'doc'; doc: RawDocument } | { kind: 'outcome'; outcome: IngestOutcome };

/** A document's `hash` is its text's `contentHash`, found once on arrival (SHA-256 of the whole text). */
type Pending = { kind: 'outcome'; outcome: IngestOutcome } | { kind: 'doc'; raw: RawDocument; hash: string; reply: Promise<PrepareReply | null> };

function addTimings(into: StageTimings | undefined, from: StageTimings | undefined): void {
  if (!into || !from) return;
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/**
 * Ingests a stream of documents, analysing ahead on worker threads when they are available and
 * committing in batches (`CommitBatch`); yields one outcome per item, in input order.
 */
export async function* ingestStream(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  kb: KnowledgeBase,
  options: { timings?: StageTimings; workers?: number } = {},
): AsyncGenerator<IngestOutcome> {
  const { timings } = options;
  const batch = new CommitBatch(store);
  const workers = options.workers ?? Math.max(1, availableParallelism() - 1);
  const useWorkers = workers > 0 && canPrepareInWorkers();
  // Started on the few-th document: starting workers costs more than analysing a handful of documents.
  let pool: PreparePool | null = null;
  let docs = 0;
  // Enough documents in flight to keep every worker busy while this thread commits a batch (a few hundred
  // ms, every few seconds); few enough to bound memory (each waiting document is ~0.1-0.2 MB).
  const depth = DOCS_AHEAD_PER_WORKER * workers + 2;
  const pending: Pending[] = [];

  const enqueue = (item: IngestItem): void => {
    if (item.kind === 'outcome') {
      pending.push(item);
      return;
    }
    const raw = item.doc;
    if (!pool && useWorkers && ++docs >= START_WORKERS_AT) pool = new PreparePool(kb, workers, !!timings);
    const hash = contentHash(raw.text);
    // Empty or already stored: `ingestDocument` answers at once, without analysis.
    if (!pool || !raw.text.trim() || store.findByHash(hash)) {
      pending.push({ kind: 'doc', raw, hash, reply: Promise.resolve(null) });
      return;
    }
    pending.push({ kind: 'doc', raw, hash, reply: pool.prepare(raw, timings, hash).catch(() => null) });
  };

  const settle = async (entry: Pending): Promise<IngestOutcome> => {
    if (entry.kind === 'outcome') return entry.outcome;
    const { raw } = entry;
    // How long this thread idles for the workers' analysis: when it is most of its time, the workers are
    // the bottleneck, and making the store steps faster cannot raise throughput.
    const t0 = timings ? performance.now() : 0;
    const reply = await entry.reply;
    if (timings) timings['(main thread waits for analysis)'] = (timings['(main thread waits for analysis)'] ?? 0) + performance.now() - t0;
    // No worker answer (none started, or one failed): the whole ingest here, as without workers.
    if (!reply) return batch.run(() => ingestDocument(store, raw, kb, timings), timings);
    addTimings(timings, reply.timings);
    if (reply.error) {
      const e = reply.error;
      return { status: 'failed', input: raw.source, error: new ParleyError(e.code, e.input, e.reason, e.status) };
    }
    // An identical document earlier in this stream may have been stored since it was queued.
    const existing = store.findByHash(entry.hash);
    if (existing) return { status: 'unchanged', input: raw.source, id: existing.id, name: existing.name };
    const posted = reply.prepared!;
    const prepared: PreparedDocument = { ...posted, minhash: timedMinhash(raw.text, timings), document: { ...posted.document, text: raw.text } };
    return batch.run(() => storePrepared(store, raw.source, prepared, kb, timings), timings);
  };

  // Outcomes are held back until their batch is committed, so "stored" is only ever said of a document
  // that is durably stored; if SQLite rolls the batch back, its documents are reported as failed.
  const held: IngestOutcome[] = [];
  const release = (outcome: IngestOutcome | null): IngestOutcome[] => {
    if (outcome) held.push(outcome);
    if (batch.lostBatch()) {
      for (let i = 0; i < held.length; i++) {
        const o = held[i]!;
        if (o.status === 'stored') held[i] = { status: 'failed', input: o.input, error: new ParleyError('E_DB', o.input, 'lost: the database rolled back the batch it was written in') };
      }
    }
    return batch.pending ? [] : held.splice(0);
  };

  // A bulk ingest dirties the same index pages batch after batch; at the default checkpoint interval (1,000
  // WAL pages) they were copied back into the database file, with an fsync, every few batches. A longer
  // WAL is as crash-safe (a commit is durable once in the WAL) and writes each hot page back once per
  // interval. Per connection, so restored when the stream ends.
  const checkpointPages = store.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  if (checkpointPages > 0 && checkpointPages < BULK_CHECKPOINT_PAGES) store.db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
  try {
    let waitFrom = performance.now();
    for await (const item of items) {
      // A slow source (a URL, a feed) gains nothing from batching: store what is queued and commit, rather
      // than hold the database's write lock while waiting for the next document.
      const slow = performance.now() - waitFrom > SLOW_INPUT_MS;
      enqueue(item);
      if (slow) {
        while (pending.length) yield* release(await settle(pending.shift()!));
        batch.commit();
        yield* release(null);
      }
      while (pending.length >= depth) yield* release(await settle(pending.shift()!));
      waitFrom = performance.now();
    }
    while (pending.length) yield* release(await settle(pending.shift()!));
    batch.commit();
    yield* release(null);
  } finally {
    // A source that throws still gets the documents read before it stored (as one-by-one ingest would).
    try {
      while (pending.length) await settle(pending.shift()!);
    } finally {
      batch.commit();
      if (checkpointPages > 0 && checkpointPages < BULK_CHECKPOINT_PAGES && store.db.open) store.db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
      await (pool as PreparePool | null)?.close();
    }
  }
}
