import type { DocumentAnalysis, Zone } from '../core/model.js';
import type { KnowledgeBase } from '../packs/load.js';

/** What every per-document stage may read about the document. */
export interface DocView {
  text: string;
  zones: readonly Zone[];
  /** Publication date YYYY-MM-DD, or null when unknown. */
  published: string | null;
  language: string | null;
  /** How sure the language is (0–1); absent when given by the caller and taken as certain. */
  languageConfidence?: number;
}

/**
 * A stage is a pure function from the document and the annotations of the stages before it to its own
 * annotations. `requires` and `assigns` let the pipeline check its order when built.
 */
export interface Stage<K extends keyof DocumentAnalysis> {
  name: string;
  requires: readonly (keyof DocumentAnalysis)[];
  assigns: readonly K[];
  /** ISO 639-1 codes of the languages the stage's rules are written for; absent when it reads any text. */
  languages?: readonly string[];
  run(doc: DocView, soFar: Readonly<DocumentAnalysis>, kb: KnowledgeBase): Pick<DocumentAnalysis, K>;
}
