/**
 * The timeline of the talks: dated events (one entry per claim, with every independent report) and stance
 * changes (a holder's stance on a proposition moving from one value to another), in date order. Every
 * summary is assembled from extracted fields only: actor names, event type and mode, target names,
 * location span, proposition label.
 */
import type { StanceValue } from '../core/model.js';
import type { Store } from '../store/store.js';
import { EVENT_DATE_WINDOW_DAYS, periodsOverlap, stancesContradict } from './claims.js';

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
  /** `text` when the article gives the date ("on Thursday"), `published` when it is the report's date. */
  dateOrigin?: 'text' | 'published';
  /** Independent sources (syndicated/spun copies count once). */
  independentSources?: number;
  /** The trigger words of the first report (events), for display. */
  trigger?: { start: number; end: number; text: string } | null;
  location?: string | null;
}

export interface TimelineFilter {
  actor?: string;
  proposition?: string;
  since?: string;
  until?: string;
  limit?: number;
  /** Proposition labels by id (e.g. from the knowledge packs), when the store has none. */
  labels?: ReadonlyMap<string, string>;
}

interface EventRow {
  id: string;
  doc_id: string;
  type: string;
  mode: string | null;
  actors_json: string;
  targets_json: string;
  negated: number;
  modality: string;
  date: string | null;
  location_text: string | null;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  name: string;
  outlet: string | null;
  published: string | null;
  duplicate_of: string | null;
  claim_id: number | null;
}

interface StanceRow {
  id: string;
  doc_id: string;
  actor_id: string | null;
  party_id: string | null;
  proposition: string;
  stance: StanceValue;
  date: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  name: string;
  outlet: string | null;
  published: string | null;
  duplicate_of: string | null;
}

function inRange(date: string | null, f: TimelineFilter): boolean {
  if (!f.since && !f.until) return true;
  if (!date) return false;
  return (!f.since || date >= f.since) && (!f.until || date <= f.until);
}

export function eventSummary(e: { actors: string[]; type: string; mode: string | null; targets: string[]; negated: boolean; modality: string | null; location?: string | null }): string {
  const who = e.actors.length ? e.actors.join(' and ') : 'Unattributed';
  const what = `${e.negated ? 'NOT ' : ''}${e.type}${e.mode ? `:${e.mode}` : ''}`;
  const whom = e.targets.length ? ` → ${e.targets.join(', ')}` : '';
  const where = e.location ? ` in ${e.location}` : '';
  const how = e.modality && e.modality !== 'asserted' ? ` [${e.modality}]` : '';
  return `${who} ${what}${whom}${where}${how}`;
}

/** Dated events and stance changes in order. */
export function timeline(store: Store, filter: TimelineFilter = {}): TimelineEntry[] {
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    if (!names.has(id)) names.set(id, store.get(id)?.name ?? id);
    return names.get(id)!;
  };
  const labelOf = (() => {
    const rows = store.db.prepare('SELECT id, label FROM propositions').all() as { id: string; label: string }[];
    const table = new Map(rows.map((r) => [r.id, r.label]));
    return (id: string) => table.get(id) ?? filter.labels?.get(id) ?? id;
  })();
  const actorWanted = (ids: readonly string[]) => {
    if (!filter.actor) return true;
    const needle = filter.actor.toLowerCase();
    return ids.some((id) => id.toLowerCase() === needle || nameOf(id).toLowerCase().includes(needle));
  };

  const entries: TimelineEntry[] = [];
  if (!filter.proposition) {
    const rows = store.db
      .prepare(
        `SELECT e.id, e.doc_id, e.type, e.mode, e.actors_json, e.targets_json, e.negated, e.modality, e.date, e.location_text,
                e.trigger_start, e.trigger_end, e.trigger_text, e.evidence_start, e.evidence_end, e.evidence_text,
                d.name, d.outlet, d.published, d.duplicate_of, m.claim_id
         FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN claim_members m ON m.item_id = e.id
         WHERE e.type <> 'STATEMENT'
         ORDER BY coalesce(e.date, d.published), d.seq, e.idx`,
      )
      .all() as EventRow[];
    const byClaim = new Map<string, EventRow[]>();
    for (const r of rows) {
      const key = r.claim_id !== null ? `claim:${r.claim_id}` : r.id;
      (byClaim.get(key) ?? byClaim.set(key, []).get(key)!).push(r);
    }
    for (const [id, group] of byClaim) {
      const first = group[0]!;
      const actorIds = (JSON.parse(first.actors_json) as (string | null)[]).filter((a): a is string => a !== null);
      const targetIds = (JSON.parse(first.targets_json) as (string | null)[]).filter((a): a is string => a !== null && !actorIds.includes(a));
      if (!actorWanted([...actorIds, ...targetIds])) continue;
      const date = first.date ?? first.published;
      if (!inRange(date, filter)) continue;
      const actors = [...new Set(actorIds)].map(nameOf);
      const targets = [...new Set(targetIds)].map(nameOf);
      const fields = { actors, type: first.type, mode: first.mode, targets, negated: first.negated === 1, modality: first.modality, location: first.location_text };
      entries.push({
        kind: 'event',
        id,
        date,
        summary: eventSummary(fields),
        type: first.type,
        mode: first.mode,
        actors,
        targets,
        proposition: null,
        from: null,
        to: null,
        negated: first.negated === 1,
        modality: first.modality,
        contradiction: false,
        dateOrigin: first.date ? 'text' : 'published',
        independentSources: new Set(group.map((r) => r.duplicate_of ?? r.doc_id)).size,
        trigger: { start: first.trigger_start, end: first.trigger_end, text: first.trigger_text },
        location: first.location_text,
        sources: group.map((r) => ({
          docId: r.doc_id,
          docName: r.name,
          outlet: r.outlet,
          published: r.published,
          evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
        })),
      });
    }
    // The same act reported as happening and as not happening, within the claim date window.
    const events = entries.filter((e) => e.kind === 'event' && e.actors.length);
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        const a = events[i]!;
        const b = events[j]!;
        if (a.type !== b.type || a.negated === b.negated || a.modality !== b.modality) continue;
        if (a.actors.join('|') !== b.actors.join('|') || !periodsOverlap(a.date, b.date, EVENT_DATE_WINDOW_DAYS)) continue;
        a.contradiction = b.contradiction = true;
      }
    }
  }

  const stances = store.db
    .prepare(
      `SELECT s.id, s.doc_id, s.actor_id, s.party_id, s.proposition, s.stance, s.date, s.evidence_start, s.evidence_end, s.evidence_text,
              d.name, d.outlet, d.published, d.duplicate_of
       FROM stances s JOIN documents d ON d.id = s.doc_id
       WHERE s.stance <> 'neutral' AND (? IS NULL OR s.proposition = ?)
       ORDER BY coalesce(s.date, d.published), d.seq, s.idx`,
    )
    .all(filter.proposition ?? null, filter.proposition ?? null) as StanceRow[];
  const holders = new Map<string, StanceRow[]>();
  for (const s of stances) {
    const holder = s.party_id ?? s.actor_id;
    if (!holder) continue;
    const key = `${holder}\u0000${s.proposition}`;
    (holders.get(key) ?? holders.set(key, []).get(key)!).push(s);
  }
  for (const [key, group] of holders) {
    const holder = key.split('\u0000')[0]!;
    if (!actorWanted([holder, ...group.map((g) => g.actor_id).filter((a): a is string => !!a)])) continue;
    for (let i = 1; i < group.length; i++) {
      const prev = group[i - 1]!;
      const cur = group[i]!;
      if (prev.stance === cur.stance) continue;
      const date = cur.date ?? cur.published;
      if (!inRange(date, filter)) continue;
      const fact = (r: StanceRow) => ({ holder, proposition: r.proposition, stance: r.stance, date: r.date ?? r.published, root: r.duplicate_of ?? r.doc_id });
      const holderName = nameOf(holder);
      const label = labelOf(cur.proposition);
      const source = (r: StanceRow): TimelineSource => ({
        docId: r.doc_id,
        docName: r.name,
        outlet: r.outlet,
        published: r.published,
        evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
      });
      entries.push({
        kind: 'stance-change',
        id: `${prev.id}>${cur.id}`,
        date,
        summary: `${holderName} on ${label}: ${prev.stance} → ${cur.stance}`,
        type: null,
        mode: null,
        actors: [holderName],
        targets: [],
        proposition: cur.proposition,
        from: prev.stance,
        to: cur.stance,
        negated: false,
        modality: null,
        contradiction: stancesContradict(fact(prev), fact(cur)),
        dateOrigin: cur.date ? 'text' : 'published',
        sources: [source(cur), source(prev)],
      });
    }
  }

  entries.sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    return a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1;
  });
  return filter.limit ? entries.slice(0, filter.limit) : entries;
}
