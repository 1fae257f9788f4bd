/**
 * Worker thread for `PreparePool`: runs `prepareDocument` (every analysis stage) on documents posted
 * to it with their zones and metadata. The stages are pure, so the answer is the same as on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../core/model.js';
import { asParleyError } from '../core/errors.js';
import { KnowledgeBase } from '../packs/load.js';
import type { Pack } from '../packs/schema.js';
import type { StageTimings } from '../stages/pipeline.js';
import { prepareDocument, prepareDocuments, type DocumentDescription } from './ingest.js';
import type { PreparedReply } from './parallel.js';

const data = workerData as { packs: Pack[]; timed: boolean };
const kb = new KnowledgeBase(data.packs);

type Posted = { id: number; raw: RawDocument; described: DocumentDescription };

/**
 * Documents prepared together, stage by stage (`prepareDocuments`): the pool posts up to 64 ahead, so a
 * worker that finishes a batch finds the next waiting. Larger batches gained little more on the benchmark.
 */
const BATCH = 16;
/** Documents posted and not yet prepared, in order. */
const waiting: Posted[] = [];
let scheduled = false;

parentPort!.on('message', (posted: Posted) => {
  waiting.push(posted);
  // Prepared once the messages already posted have arrived, so that they join the batch.
  if (!scheduled) {
    scheduled = true;
    setImmediate(prepareWaiting);
  }
});

function prepareWaiting(): void {
  const batch = waiting.splice(0, BATCH);
  const timings = batch.map((): StageTimings | undefined => (data.timed ? {} : undefined));
  let answers: ReturnType<typeof prepareDocuments> | null = null;
  try {
    // The posting thread described the document and computes its MinHash: it has time to spare, this
    // thread has not (see `PreparePool.prepare`).
    answers = prepareDocuments(batch.map(({ raw, described }, i) => ({ raw, described, timings: timings[i] })), kb, new Date(), false);
  } catch {
    // (Each document on its own then, so that only the one at fault fails.)
  }
  batch.forEach(({ id, raw, described }, i) => {
    try {
      const answer = answers ? answers[i]! : prepareDocument(raw, kb, new Date(), (timings[i] = data.timed ? {} : undefined), described, false);
      if ('error' in answer) throw answer.error;
      // The posting thread already holds the text (`raw.text`) and puts it back (`PreparePool`): cloning
      // it again cost more than any other part of the reply.
      const { text: _posted, ...document } = answer.document;
      // Sentences found by the posting thread stay there too (`PreparePool.prepare` puts them back).
      const analysis = described.sentences ? { ...answer.analysis, sentences: [] } : answer.analysis;
      const reply: PreparedReply = { ...answer, analysis, document };
      parentPort!.postMessage({ id, prepared: reply, timings: timings[i] });
    } catch (e) {
      const error = asParleyError(e, raw.source);
      parentPort!.postMessage({ id, error: { code: error.code, input: error.input, reason: error.reason, status: error.status }, timings: timings[i] });
    }
  });
  if (waiting.length) setImmediate(prepareWaiting);
  else scheduled = false;
}
