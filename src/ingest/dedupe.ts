/** Near-duplicate detection by MinHash/LSH. Placeholder: no signatures. */
export interface MinHash {
  signature: Uint32Array;
  bandKeys: string[];
}

export function minhash(_text: string): MinHash | null {
  return null;
}

export function estimateSimilarity(_a: Uint32Array, _b: Uint32Array): number {
  return 0;
}

/** Estimated Jaccard similarity above which a document is stored as a copy of an earlier one. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
