import type { Store, WrittenItems } from '../store/store.js';
import type { KnowledgeBase } from '../packs/load.js';
import { updateClaimsForDocument } from './claims.js';

/**
 * Brings the corpus-level views up to date after new documents were written, inside the ingest
 * transaction. Incremental: each new document's quotes and events are matched against candidate claims
 * found through indexed blocking keys, so the cost does not grow with the corpus. Contradictions and
 * positions are computed by query from the stances table and need no update here. `written` holds what
 * `Store.writeAnalysisUnsafe` returned for documents written in this transaction.
 */
export function updateCorpusViews(store: Store, newDocIds: readonly string[], _kb: KnowledgeBase, written?: ReadonlyMap<string, WrittenItems>): void {
  for (const id of newDocIds) updateClaimsForDocument(store, id, written?.get(id));
}
