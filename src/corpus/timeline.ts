import type { Store } from '../store/store.js';

export interface TimelineSource {
  docId: string;
  docName: string;
  outlet: string | null;
  published: string | null;
  evidence: { start: number; end: number; text: string };
}

export interface TimelineEntry {
  /** `event` (a coded PLOVER event) or `stance-change` (an actor's stance on a proposition changed). */
  kind: 'event' | 'stance-change';
  id: string;
  date: string | null;
  /** One line, assembled from extracted fields only. */
  summary: string;
  type: string | null;
  mode: string | null;
  actors: string[];
  targets: string[];
  proposition: string | null;
  from: string | null;
  to: string | null;
  negated: boolean;
  modality: string | null;
  contradiction: boolean;
  sources: TimelineSource[];
}

export interface TimelineFilter {
  actor?: string;
  proposition?: string;
  since?: string;
  until?: string;
  limit?: number;
}

/** Dated events and stance changes in order. Placeholder until the negotiation-map issue lands. */
export function timeline(_store: Store, _filter: TimelineFilter = {}): TimelineEntry[] {
  return [];
}
