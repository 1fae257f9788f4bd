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
import { prepareDocument, type DocumentDescription } from './ingest.js';
import type { PreparedReply } from './parallel.js';

const data = workerData as { packs: Pack[]; timed: boolean };
const kb = new KnowledgeBase(data.packs);

parentPort!.on('message', ({ id, raw, described }: { id: number; raw: RawDocument; described: DocumentDescription }) => {
  const timings: StageTimings | undefined = data.timed ? {} : undefined;
  try {
    // The posting thread described the document and computes its MinHash: it has time to spare, this
    // thread has not (see `PreparePool.prepare`).
    const prepared = prepareDocument(raw, kb, new Date(), timings, described, false);
    // The posting thread already holds the text (`raw.text`) and puts it back (`PreparePool`): cloning
    // it again cost more than any other part of the reply.
    const { text: _posted, ...document } = prepared.document;
    // Sentences found by the posting thread stay there too (`PreparePool.prepare` puts them back).
    const analysis = described.sentences ? { ...prepared.analysis, sentences: [] } : prepared.analysis;
    const reply: PreparedReply = { ...prepared, analysis, document };
    parentPort!.postMessage({ id, prepared: reply, timings });
  } catch (e) {
    const error = asParleyError(e, raw.source);
    parentPort!.postMessage({ id, error: { code: error.code, input: error.input, reason: error.reason, status: error.status }, timings });
  }
});
