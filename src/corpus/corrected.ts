/**
 * Corpus views with every human correction applied (see `corrections.ts`): what the API, `parley
 * positions` and `parley brief` serve, so a person's correction reads the same everywhere. The timeline
 * applies corrections itself (`timeline.ts`).
 */
import type { StanceValue } from '../core/model.js';
import type { Store } from '../store/store.js';
import type { Contradiction } from './claims.js';
import { correctionIndex, type ActorMerges, type CorrectionIndex } from './corrections.js';
import { positionsMatrix, type PositionCell, type PositionsMatrix } from './positions.js';
import { anyContradiction, readingOf, stanceRelation, toldAsPast, type TimedStance } from './stance-relations.js';
import { storedTalksMerge } from './talks.js';

/** Whether a cell's citations contradict (`stanceRelation`): for cells rebuilt from citations by a merge or a detach. */
function citationsContradict(cs: PositionCell['citations']): boolean {
  // A citation's date is its stance's moment; whether the text gave it is no longer known, so it counts as the report's.
  return anyContradiction(
    cs
      .filter((c) => c.review !== 'rejected')
      .map((c): TimedStance => ({ stance: c.stance, date: c.date, published: c.date, outlet: c.outlet, root: c.docId, past: toldAsPast(c.evidence.text) })),
  );
}

/** The positions matrix with reviews overlaid, detached persons on rows of their own and merged actors as one row. */
export function correctedPositions(store: Store, options: { since?: string; until?: string } = {}, fix: CorrectionIndex = correctionIndex(store)): PositionsMatrix {
  const m = positionsMatrix(store, options);
  const merges = fix.merges;
  // Reviews are overlaid here as well, so the UI shows them even where the positions code has not read them.
  for (const cell of m.cells)
    for (const c of cell.citations) {
      if (c.review !== 'machine') continue;
      c.review = fix.stanceReview(c.docId, c.evidence.start, c.evidence.end, c.proposition ?? cell.proposition).review;
    }
  const detached = detachPositions(store, fix, m);
  if (merges.size === 0) return detached;
  return mergePositions(store, fix.merges, detached);
}

/**
 * Moves the citations of stances held by a detached entity from a person row to the detached actor's
 * own row. Approximate: the matrix keeps a few citations per cell, so the moved cell counts the
 * independent outlets among the citations it got, and the cell it left loses as many sources.
 */
function detachPositions(store: Store, fix: CorrectionIndex, m: PositionsMatrix): PositionsMatrix {
  const detaches = fix.detaches;
  if (detaches.list.length === 0) return m;
  const moved = store.db.prepare(`SELECT id, doc_id, actor_entity FROM stances WHERE (doc_id || '|' || actor_entity) IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(detaches.moved()),
  ) as { id: string; doc_id: string; actor_entity: number }[];
  const movedTo = new Map(moved.map((r) => [r.id, detaches.entity(r.doc_id, r.actor_entity)!]));
  const personRows = new Set(m.rows.filter((r) => r.kind === 'person').map((r) => r.id));
  const cells: PositionCell[] = [];
  const added = new Map<string, PositionCell>();
  const outlets = (cs: PositionCell['citations']) => new Set(cs.map((c) => c.outlet ?? c.docId)).size;
  for (const cell of m.cells) {
    const out = personRows.has(cell.rowId) ? cell.citations.filter((c) => movedTo.has(c.stanceId)) : [];
    if (out.length === 0) {
      cells.push(cell);
      continue;
    }
    const stay = cell.citations.filter((c) => !movedTo.has(c.stanceId));
    const lost = outlets(out);
    if (stay.length > 0 && cell.sources > lost) {
      const latest = [...stay].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).reverse().find((c) => c.review !== 'rejected');
      cells.push({ ...cell, stance: latest?.stance ?? cell.stance, sources: cell.sources - lost, citations: stay });
    }
    for (const c of out) {
      const rowId = movedTo.get(c.stanceId)!;
      const key = `${rowId}\u0000${cell.proposition}`;
      const prev = added.get(key) ?? { rowId, proposition: cell.proposition, stance: c.stance, trend: 'new' as const, sources: 0, contradiction: false, citations: [] };
      prev.citations.push({ ...c, actorId: rowId });
      prev.citations.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const latest = [...prev.citations].reverse().find((x) => x.review !== 'rejected');
      prev.stance = latest?.stance ?? prev.stance;
      prev.sources = outlets(prev.citations);
      prev.contradiction = citationsContradict(prev.citations);
      added.set(key, prev);
    }
  }
  const rows = [...m.rows];
  for (const cell of added.values()) {
    if (rows.some((r) => r.id === cell.rowId)) continue;
    const source = detaches.detached(cell.rowId);
    rows.push({ id: cell.rowId, name: source?.label ?? cell.rowId, type: store.get(source?.actor ?? '')?.type ?? 'person', kind: 'person', party: null });
  }
  return { ...m, rows, cells: [...cells, ...added.values()] };
}

function mergePositions(store: Store, merges: ActorMerges, m: PositionsMatrix): PositionsMatrix {
  // One row per canonical actor, named after it even when only a merged-away member held stances.
  const rows: PositionsMatrix['rows'] = [];
  for (const r of m.rows) {
    const id = merges.canonical(r.id);
    if (rows.some((x) => x.id === id)) continue;
    const party = r.party === null ? null : merges.canonical(r.party);
    rows.push(id === r.id ? { ...r, party } : { ...r, id, name: store.get(id)?.name ?? r.name, party });
  }
  const cells = new Map<string, PositionCell>();
  for (const cell of m.cells) {
    const rowId = merges.canonical(cell.rowId);
    const key = `${rowId}\u0000${cell.proposition}`;
    const prev = cells.get(key);
    if (!prev) {
      cells.set(key, { ...cell, rowId, citations: [...cell.citations] });
      continue;
    }
    const citations = [...prev.citations, ...cell.citations].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const latest = [...citations].reverse().find((c) => c.review !== 'rejected');
    cells.set(key, {
      ...prev,
      stance: latest?.stance ?? prev.stance,
      trend: prev.stance === cell.stance ? prev.trend : 'mixed',
      sources: prev.sources + cell.sources,
      // Two merged names' different latest stances are a change or a contradiction as their reports' moments say.
      contradiction: prev.contradiction || cell.contradiction || citationsContradict(citations),
      citations,
    });
  }
  return { ...m, rows, cells: [...cells.values()] };
}


interface ContradictionRow {
  id: string;
  doc_id: string;
  actor_entity: number;
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

/**
 * Pairs of opposing stances by the same actor or party from independent sources that contradict
 * (`stanceRelation`), over the served stances: a rejected stance takes no side, a stance a person set
 * counts as set, and holders are served actors (a detached person's stance is theirs, not the actor's it was
 * taken from; merged actors are one holder). With no corrections, the stored stances as they are.
 */
export function correctedContradictions(store: Store, filter: { proposition?: string } = {}, fix: CorrectionIndex = correctionIndex(store)): Contradiction[] {
  return correctedOpposites(store, filter, fix).contradictions;
}

/**
 * Opposite stances of one holder on one proposition from independent reports, as `stanceRelation` tells
 * them: `contradictions` (the same moment, different outlets) and `undated` (one of the two has no date, so
 * neither a change nor a contradiction can be told). Changes of position are the timeline's.
 */
export function correctedOpposites(store: Store, filter: { proposition?: string } = {}, fix: CorrectionIndex = correctionIndex(store)): { contradictions: Contradiction[]; undated: Contradiction[] } {
  // Talks reported with fewer parties are the multilateral talks they belong to (`talks.ts`): one holder's
  // stances on the same object of the same talks are compared however many parties each report named.
  const talks = storedTalksMerge(store.db);
  const wanted = filter.proposition === undefined ? null : JSON.stringify(talks.members(filter.proposition));
  const raw = store.db
    .prepare(
      `SELECT s.id, s.doc_id, s.actor_entity, s.actor_id, s.party_id, s.proposition, s.stance, s.date, s.evidence_start, s.evidence_end, s.evidence_text,
              d.name, d.outlet, d.published, d.duplicate_of
       FROM stances s JOIN documents d ON d.id = s.doc_id
       WHERE (? IS NULL OR s.proposition IN (SELECT value FROM json_each(?)))
       ORDER BY d.seq, s.idx`,
    )
    .all(wanted, wanted) as ContradictionRow[];
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    if (!names.has(id)) names.set(id, fix.detaches.detached(id)?.label ?? store.get(id)?.name ?? id);
    return names.get(id)!;
  };
  const rows: (ContradictionRow & { past: boolean; actor: string | null; party: string | null })[] = [];
  for (const r of raw) {
    // A syndicated or spun copy says again what its original (stored and read too) says: a stance only the
    // copy holds is its rewording's artefact ("handouts" read as the deal), never a second source against.
    if (r.duplicate_of !== null) continue;
    const review = fix.stanceReview(r.doc_id, r.evidence_start, r.evidence_end, r.proposition);
    if (review.review === 'rejected') continue;
    const reading = readingOf(r.stance, r.evidence_text);
    const stance = review.stance ?? reading.stance;
    if (stance !== 'support' && stance !== 'oppose') continue;
    const actor = r.actor_id === null ? null : fix.entityActor(r.doc_id, r.actor_entity, r.actor_id);
    rows.push({ ...r, proposition: talks.shownAs(r.proposition), stance, past: reading.past, actor, party: r.party_id === null ? null : fix.merges.canonical(r.party_id) });
  }
  const cite = (r: (typeof rows)[number]): Contradiction['support'] => ({
    stanceId: r.id,
    docId: r.doc_id,
    docName: r.name,
    outlet: r.outlet,
    date: r.date ?? r.published,
    stance: r.stance,
    actorId: r.actor,
    actorName: r.actor === null ? null : nameOf(r.actor),
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
  });
  const out: Contradiction[] = [];
  const undated: Contradiction[] = [];
  const seen = new Set<string>();
  for (const level of ['actor', 'party'] as const) {
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      const holder = level === 'actor' ? r.actor : r.party;
      if (!holder) continue;
      const key = `${holder}\u0000${r.proposition}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
    }
    for (const [key, group] of groups) {
      const holder = key.split('\u0000')[0]!;
      const fact = (r: (typeof rows)[number]): TimedStance => ({ stance: r.stance, date: r.date ?? r.published, published: r.published, outlet: r.outlet, root: r.duplicate_of ?? r.doc_id, past: r.past });
      for (const s of group.filter((r) => r.stance === 'support')) {
        for (const o of group.filter((r) => r.stance === 'oppose')) {
          const relation = stanceRelation(fact(s), fact(o));
          if (relation !== 'contradiction' && relation !== 'undated') continue;
          const pairKey = `${s.id}|${o.id}`;
          if (seen.has(pairKey)) continue; // reported once, at the most specific level
          seen.add(pairKey);
          (relation === 'contradiction' ? out : undated).push({ level, holder, holderName: nameOf(holder), proposition: s.proposition, support: cite(s), oppose: cite(o) });
        }
      }
    }
  }
  return { contradictions: out, undated };
}
