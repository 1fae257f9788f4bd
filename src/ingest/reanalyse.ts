import { resolveEntities, withResolvedSides } from '../corpus/actors/resolve.js';
import { syncPropositions } from '../corpus/positions.js';
import { updateCorpusViews } from '../corpus/views.js';
import type { KnowledgeBase } from '../packs/load.js';
import { analyseDocument } from '../stages/pipeline.js';
import type { Store } from '../store/store.js';

/**
 * Re-runs every analysis stage and the cross-article resolution over the stored documents, in ingest
 * order, in one transaction (after a pack or stage changes). Document text, zones and metadata are kept
 * as ingested; human corrections are keyed by what a fact is, so they apply again to the new annotations.
 */
export function reanalyseAll(store: Store, kb: KnowledgeBase, onProgress?: (done: number, total: number) => void): number {
  const ids = store.db.prepare('SELECT id FROM documents ORDER BY seq').pluck().all() as string[];
  store.db.transaction(() => {
    store.clearAnalysisUnsafe();
    ids.forEach((id, i) => {
      const doc = store.getDocument(id)!;
      const analysis = analyseDocument(
        {
          text: doc.text,
          zones: doc.zones,
          published: doc.metadata.published.value,
          language: doc.metadata.language.value,
          languageConfidence: doc.metadata.language.confidence,
        },
        kb,
      );
      const resolution = resolveEntities(analysis, store, kb);
      store.writeAnalysisUnsafe(id, withResolvedSides(analysis, resolution.actorIds), resolution);
      updateCorpusViews(store, [id], kb);
      onProgress?.(i + 1, ids.length);
    });
  })();
  syncPropositions(store, kb);
  return ids.length;
}
