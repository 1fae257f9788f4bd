import { createHash } from 'node:crypto';
import type { RawDocument, StoredDocument } from '../core/model.js';
import { asParleyError, ParleyError } from '../core/errors.js';
import { resolveEntities } from '../corpus/actors/resolve.js';
import { syncPropositions } from '../corpus/positions.js';
import { updateCorpusViews } from '../corpus/views.js';
import type { KnowledgeBase } from '../packs/load.js';
import { analyseDocument } from '../stages/pipeline.js';
import type { Store } from '../store/store.js';
import { estimateSimilarity, minhash, NEAR_DUPLICATE_THRESHOLD } from './dedupe.js';
import { inferMetadata } from './metadata.js';
import { readInputs, type ReadOptions } from './readers/index.js';
import { detectZones } from './zones.js';

export type IngestOutcome =
  | { status: 'stored'; input: string; id: string; name: string; duplicateOf: string | null }
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

/** Everything that can be computed for a new document without touching the store. Pure. */
export function prepareDocument(raw: RawDocument, kb: KnowledgeBase, now = new Date()) {
  const hash = contentHash(raw.text);
  const zones = detectZones(raw.text, raw.format);
  const metadata = inferMetadata(raw, zones);
  const analysis = analyseDocument({ text: raw.text, zones, published: metadata.published.value, language: metadata.language.value }, kb);
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
  return { document, analysis, minhash: minhash(raw.text) };
}

/**
 * Stores one decoded document with every stage's annotations and its actor resolution, in one
 * transaction. Returns `unchanged` when identical content is already stored.
 */
export function ingestDocument(store: Store, raw: RawDocument, kb: KnowledgeBase): IngestOutcome {
  const input = raw.source;
  try {
    if (!raw.text.trim()) throw new ParleyError('E_EMPTY', input, 'empty document (no text)');
    const existing = store.findByHash(contentHash(raw.text));
    if (existing) return { status: 'unchanged', input, id: existing.id, name: existing.name };
    const prepared = prepareDocument(raw, kb);
    const { document, analysis } = prepared;
    if (prepared.minhash) {
      let best: { docId: string; similarity: number } | null = null;
      for (const c of store.nearDuplicateCandidates(prepared.minhash.bandKeys)) {
        const similarity = estimateSimilarity(prepared.minhash.signature, c.signature);
        if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { docId: c.docId, similarity };
      }
      if (best) {
        document.duplicateOf = best.docId;
        document.duplicateSimilarity = Math.round(best.similarity * 1000) / 1000;
      }
    }
    store.db.transaction(() => {
      const resolution = resolveEntities(analysis, store, kb);
      store.writeDocumentUnsafe({ document, analysis, resolution, minhash: prepared.minhash });
      updateCorpusViews(store, [document.id], kb);
    })();
    return { status: 'stored', input, id: document.id, name: document.name, duplicateOf: document.duplicateOf };
  } catch (e) {
    return { status: 'failed', input, error: asParleyError(e, input) };
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
  for await (const r of readInputs(inputs, options)) {
    if (r.kind === 'error') record({ status: 'failed', input: r.error.input ?? '?', error: r.error });
    else if (r.kind === 'note') record({ status: 'note', input: r.input, message: r.message });
    else record(ingestDocument(store, r.doc, kb));
  }
  // Once per batch: the proposition list depends on how often discovered objects recur across documents.
  if (summary.stored > 0) syncPropositions(store, kb);
  return summary;
}
