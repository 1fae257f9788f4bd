import type { Store } from '../store/store.js';
import type { KnowledgeBase } from '../packs/load.js';

/**
 * Brings the corpus-level views (claims, corroboration, contradictions, positions) up to date after new
 * documents were written. Must be incremental: it touches what the new documents affect, not the corpus.
 * Placeholder until the negotiation-map issue lands.
 */
export function updateCorpusViews(_store: Store, _newDocIds: readonly string[], _kb: KnowledgeBase): void {}
