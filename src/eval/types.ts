import type { StoredDocument } from '../core/model.js';
import type { Store } from '../store/store.js';
import type { GoldFile } from './gold.js';

export interface Metric {
  name: string;
  value: number;
  /** The quality bar the project has committed to, if any. */
  bar?: number;
  /** Counts behind the figure, e.g. "tp=12 fp=1 fn=0". */
  detail?: string;
}

export interface TaskReport {
  task: string;
  metrics: Metric[];
  /** Human-readable misses (false positives, false negatives, wrong attributions), for error analysis. */
  misses: string[];
}

export interface EvalPair {
  gold: GoldFile;
  doc: StoredDocument;
}

export interface EvalInput {
  pairs: EvalPair[];
  store: Store;
}

export type EvalTask = (input: EvalInput) => TaskReport;

export function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
