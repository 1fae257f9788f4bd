import type { StanceValue } from '../core/model.js';
import type { Store } from '../store/store.js';

/** One piece of evidence behind a matrix cell: a stance read from one article, citable to its span. */
export interface StanceCitation {
  stanceId: string;
  docId: string;
  docName: string;
  outlet: string | null;
  date: string | null;
  stance: StanceValue;
  condition: string | null;
  evidence: { start: number; end: number; text: string };
  /** Actor who held it (may be a person whose party is the row). */
  actorId: string | null;
  confidence: number;
  /** `machine`, or `confirmed` / `rejected` once a person has reviewed it. */
  review: 'machine' | 'confirmed' | 'rejected';
}

export interface PositionCell {
  rowId: string;
  proposition: string;
  /** Latest stance (by date, then ingest order). */
  stance: StanceValue;
  /** `steady`, `hardening` (towards oppose), `softening` (towards support), `mixed`, or `new`. */
  trend: 'steady' | 'hardening' | 'softening' | 'mixed' | 'new';
  /** Independent sources (syndicated/spun copies count once). */
  sources: number;
  /** Opposing stances in overlapping periods. */
  contradiction: boolean;
  citations: StanceCitation[];
}

export interface PositionRow {
  id: string;
  name: string;
  type: string;
  /** `party` (a country/organization side) or `person` (a key person, with their party). */
  kind: 'party' | 'person';
  party: string | null;
}

export interface PositionsMatrix {
  rows: PositionRow[];
  propositions: { id: string; label: string; statement: string; origin: string }[];
  cells: PositionCell[];
}

/** The actor × proposition matrix. Placeholder until the negotiation-map issue lands. */
export function positionsMatrix(_store: Store, _options: { since?: string; until?: string } = {}): PositionsMatrix {
  return { rows: [], propositions: [], cells: [] };
}
