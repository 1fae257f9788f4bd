import type { StanceValue } from '../core/model.js';
import type { KnowledgeBase } from '../packs/load.js';
import type { Store } from '../store/store.js';
import { stanceReviewKey, stanceReviews } from './corrections.js';
import { anyContradiction, EVIDENCE_TO_READ, readingOf, type TimedStance } from './stance-relations.js';
import { corpusPropositions, discoveredInfo, DISCOVERY_MIN, splitQualified, type PropositionInfo } from './propositions.js';
import { storedTalksMerge, talksKey, talksMerge } from './talks.js';

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
  /** The stance's stored proposition, when the cell shows it as its multilateral talks' (`talks.ts`). */
  proposition?: string;
}

export interface PositionCell {
  rowId: string;
  proposition: string;
  /**
   * Latest stance: ordered by the stance's date (the date its sentence gives, else its document's
   * published date); an undated one counts as of the latest date of the documents ingested before it;
   * ties by ingest order.
   */
  stance: StanceValue;
  /** `steady`, `hardening` (towards oppose), `softening` (towards support), `mixed`, or `new`. */
  trend: 'steady' | 'hardening' | 'softening' | 'mixed' | 'new';
  /** Independent sources (syndicated/spun copies count once). */
  sources: number;
  /** Opposing stances of the same moment from independent outlets (`stanceRelation` in `stance-relations.ts`). */
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

/** Citations kept per cell (newest first); the cell's counts use every stance. */
export const CITATIONS_PER_CELL = 5;

const SCORE: Record<StanceValue, number> = { oppose: -1, neutral: 0, conditional: 0.5, support: 1 };

/** Names of the sides in qualified discovered ids (`auto:ceasefire@hamas+israel`), from the actors table. */
export function sideNamer(db: Store['db']): (side: string) => string | undefined {
  const get = db.prepare(`SELECT name FROM actors WHERE id = ?`);
  // A side written as a report spelled it ("eln"), not as the actor it resolved to, is named by that actor.
  const byKey = db.prepare(`SELECT DISTINCT a.name AS name FROM actor_keys k JOIN actors a ON a.id = k.actor_id WHERE k.key IN (?, ?)`);
  return (side) => {
    const own = (get.get(side) as { name: string } | undefined)?.name;
    if (own !== undefined) return own;
    const name = side.replace(/-/g, ' ');
    const hits = byKey.all(`o:${name}`, name) as { name: string }[];
    return hits.length === 1 ? hits[0]!.name : undefined;
  };
}

/** A discovered side's actor id: itself when it is one, else the actor whose name or alias it is ("eln"). */
export function sideActorIdOf(db: Store['db']): (side: string) => string {
  const isActor = db.prepare(`SELECT 1 FROM actors WHERE id = ?`);
  const byKey = db.prepare(`SELECT DISTINCT actor_id AS id FROM actor_keys WHERE key IN (?, ?)`);
  const memo = new Map<string, string>();
  return (side) => {
    let id = memo.get(side);
    if (id === undefined) {
      const name = side.replace(/-/g, ' ');
      const hits = isActor.get(side) ? [] : (byKey.all(`o:${name}`, name) as { id: string }[]);
      id = hits.length === 1 ? hits[0]!.id : side;
      memo.set(side, id);
    }
    return id;
  };
}

/**
 * Writes the pack propositions and the discovered ones that stances reach often enough into the
 * `propositions` table. Ingest calls it after writing documents; `positionsMatrix` reads the table.
 */
export function syncPropositions(store: Store, kb: KnowledgeBase): PropositionInfo[] {
  const stats = store.db
    // A syndicated or spun copy is its original's report again: it does not make an object recur.
    .prepare(
      `SELECT s.proposition AS id, count(DISTINCT coalesce(d.duplicate_of, s.doc_id)) AS docs, sum(d.duplicate_of IS NULL) AS stances
       FROM stances s JOIN documents d ON d.id = s.doc_id WHERE s.proposition LIKE 'auto:%' GROUP BY s.proposition`,
    )
    .all() as { id: string; docs: number; stances: number }[];
  // An object of talks reported with fewer parties counts towards the multilateral talks it is shown as (a
  // report gives its object one negotiation, so the documents add up).
  const merge = talksMerge(stats.map((s) => s.id));
  const shown = new Map<string, { id: string; docs: number; stances: number }>();
  for (const s of stats) {
    const id = merge.shownAs(s.id);
    const acc = shown.get(id);
    if (acc) (acc.docs += s.docs), (acc.stances += s.stances);
    else shown.set(id, { ...s, id });
  }
  const props = corpusPropositions(kb, [...shown.values()], sideNamer(store.db));
  const upsert = store.db.prepare(
    `INSERT INTO propositions (id, label, statement, origin) VALUES (@id, @label, @statement, @origin)
     ON CONFLICT(id) DO UPDATE SET label = excluded.label, statement = excluded.statement, origin = excluded.origin`,
  );
  store.db.transaction(() => {
    for (const p of props) upsert.run(p);
  })();
  return props;
}

/**
 * One stance, compact: the fields that repeat across stances (holder, proposition, value, actor type) are
 * one shared `StanceShape`, and the independent-source root is the root document's `seq` (a number).
 */
interface CompactRow {
  rowid: number;
  shape: StanceShape;
  date: string | null;
  seq: number;
  idx: number;
  docId: string;
  /** The root document's seq; its id when the original is not stored. Copies share their original's. */
  source: number | string;
  evStart: number;
  evEnd: number;
  published: string | null;
  outlet: string | null;
  /** Told in the pluperfect ("had rejected"): a position held before the report. */
  past: boolean;
  /** Told as a relative clause's background ("X, which had rejected it, ..."): no reading of the report's own. */
  background: boolean;
}

interface StanceShape {
  actorId: string | null;
  partyId: string | null;
  /** As the corpus shows it: a discovered object of talks reported with fewer parties is the multilateral talks' (`talks.ts`). */
  proposition: string;
  /** As stored (what a review is keyed by). */
  storedProposition: string;
  stance: StanceValue;
  actorType: string | null;
  /** Where the stance counts: the cell keys it adds to (person row, party row). */
  cells: CellAcc[];
  /** The row kind a person holder's row takes (with its party), once per shape rather than once per stance. */
  personKind?: { kind: 'person'; party: string | null };
}

interface CellAcc {
  rowId: string;
  proposition: string;
  items: CompactRow[];
}

/**
 * Trend over reports in order. One report (one document) is one reading however many stances it holds
 * ("could back it after a safeguard" and "can support it" in one article are no softening); a report
 * changes the position only when it shares no stance value with the report before it.
 */
function trendOf(reports: readonly { seq: number; past?: boolean; shape: { stance: StanceValue } }[]): PositionCell['trend'] {
  const readings: StanceValue[][] = [];
  let last: string | null = null;
  // What a report tells as past ("had rejected ... now accepts") is a reading of its own, before the report's.
  for (const r of reports) {
    const key = `${r.seq}:${r.past === true}`;
    if (key !== last) readings.push([]);
    readings.at(-1)!.push(r.shape.stance);
    last = key;
  }
  if (readings.length === 1) return 'new';
  const mean = (vs: StanceValue[]) => vs.reduce((t, v) => t + SCORE[v], 0) / vs.length;
  let up = false;
  let down = false;
  for (let i = 1; i < readings.length; i++) {
    if (readings[i]!.some((v) => readings[i - 1]!.includes(v))) continue;
    const d = mean(readings[i]!) - mean(readings[i - 1]!);
    if (d > 0) up = true;
    if (d < 0) down = true;
  }
  if (up && down) return 'mixed';
  if (up) return 'softening';
  if (down) return 'hardening';
  return 'steady';
}

/**
 * Whether a cell's stances contradict: two opposite stances of the same moment from independent outlets
 * (`stanceRelation`, the one rule). A stance's `source` is its independent root.
 */
export function contradicts(items: readonly { date: string | null; published?: string | null; outlet?: string | null; past?: boolean; source: number | string; shape: { stance: StanceValue } }[]): boolean {
  return anyContradiction(items.map((r): TimedStance => ({ stance: r.shape.stance, date: r.date, published: r.published ?? null, outlet: r.outlet ?? null, root: r.source, past: r.past ?? false })));
}

/**
 * A cell's reports without the background a report tells only in passing ("X, which had rejected it, now
 * ..." read without its main clause): that is what X held before, not the report's reading of X. A past
 * stance a report tells as its news ("officials said X had rejected it") stays. Nothing is dropped from a
 * cell that would be left empty.
 */
function presentReadings<T extends { seq: number; past: boolean; background: boolean }>(reports: readonly T[]): T[] {
  const current = new Set(reports.filter((r) => !r.past).map((r) => r.seq));
  const kept = reports.filter((r) => !r.background || current.has(r.seq));
  return kept.length ? kept : [...reports];
}

/**
 * The actor × proposition matrix. Rows are parties (the countries and organizations stance holders
 * speak for, or that hold stances themselves) and the persons who hold stances; a party row aggregates
 * its persons. One compact query reads every stance in the period (documents through their covering
 * index, repeated fields as one shared shape), cells are grouped in memory, and a second query fetches
 * the few citations each cell shows.
 */
export function positionsMatrix(store: Store, options: { since?: string; until?: string } = {}): PositionsMatrix {
  const db = store.db;
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (options.since) {
    where.push(`COALESCE(s.date, d.published) >= @since`);
    params.since = options.since;
  }
  if (options.until) {
    where.push(`COALESCE(s.date, d.published) <= @until`);
    params.until = options.until;
  }
  // Documents come from their covering index (a document row holds its whole text); the root is the
  // original's seq, so counting independent sources compares numbers.
  const raw = db
    .prepare(
      `SELECT s.rowid, json_array(s.actor_id, s.party_id, s.proposition, s.stance, a.type), COALESCE(s.date, d.published), d.seq, s.idx, s.doc_id,
              CASE WHEN d.duplicate_of IS NULL THEN d.seq
                   ELSE COALESCE((SELECT r.seq FROM documents r INDEXED BY documents_timeline WHERE r.id = d.duplicate_of), d.duplicate_of) END,
              s.evidence_start, s.evidence_end, d.outlet, d.published,
              ${EVIDENCE_TO_READ}
       FROM stances s JOIN documents d INDEXED BY documents_timeline ON d.id = s.doc_id LEFT JOIN actors a ON a.id = s.actor_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY s.rowid`,
    )
    .raw()
    .all(params) as [number, string, string | null, number, number, string, number | string, number, number, string | null, string | null, string | null][];
  // Human review: a rejected stance leaves the matrix; a confirmed one is marked so; a stance a person set
  // replaces the machine's reading.
  const review = stanceReviews(db);
  const keyOf = (docId: string, evStart: number, evEnd: number, proposition: string) => stanceReviewKey(docId, evStart, evEnd, proposition);
  const shapes = new Map<string, StanceShape>();
  const reviews = new Map<CompactRow, 'confirmed' | 'rejected'>();
  const talks = storedTalksMerge(db);
  const rows: CompactRow[] = raw.map(([rowid, json, date, seq, idx, docId, source, evStart, evEnd, outlet, published, hadText]) => {
    let shape = shapes.get(json);
    if (!shape) {
      const [actorId, partyId, proposition, stance, actorType] = JSON.parse(json) as [string | null, string | null, string, StanceValue, string | null];
      shapes.set(json, (shape = { actorId, partyId, proposition: talks.shownAs(proposition), storedProposition: proposition, stance, actorType, cells: [] }));
    }
    // A holder revising its own offer is offering new terms (`readingOf`), whatever the stance stage read.
    const reading = readingOf(shape.stance, hadText);
    if (reading.stance !== shape.stance) {
      const set = JSON.stringify([shape.actorId, shape.partyId, shape.storedProposition, reading.stance, shape.actorType]);
      shape = shapes.get(set) ?? shapes.set(set, { ...shape, stance: reading.stance, cells: [] }).get(set)!;
    }
    const rv = review.size ? review.get(keyOf(docId, evStart, evEnd, shape.storedProposition)) : undefined;
    if (rv?.stance && rv.stance !== shape.stance) {
      const set = JSON.stringify([shape.actorId, shape.partyId, shape.storedProposition, rv.stance, shape.actorType]);
      shape = shapes.get(set) ?? shapes.set(set, { ...shape, stance: rv.stance, cells: [] }).get(set)!;
    }
    const row = { rowid, shape, date, seq, idx, docId, source, evStart, evEnd, outlet, published, past: reading.past, background: reading.background };
    if (rv) reviews.set(row, rv.review as 'confirmed' | 'rejected');
    return row;
  });
  const reviewOf = (r: CompactRow) => reviews.get(r) ?? 'machine';

  const cells = new Map<string, CellAcc>();
  const rowKinds = new Map<string, { kind: 'party' | 'person'; party: string | null }>();
  const cellOf = (rowId: string, proposition: string) => {
    const key = `${rowId}\u0000${proposition}`;
    let acc = cells.get(key);
    if (!acc) cells.set(key, (acc = { rowId, proposition, items: [] }));
    return acc;
  };
  const person = new Map<string, { kind: 'person'; party: string | null }>();
  const partyKind = { kind: 'party' as const, party: null };
  for (const r of rows) {
    if (reviewOf(r) === 'rejected') continue;
    const shape = r.shape;
    const { actorId, partyId, actorType } = shape;
    const party = partyId ?? (actorType && actorType !== 'person' ? actorId : null);
    // The cells a shape adds to are found on its first counted stance, in the order rows are met (their items
    // are added below, in date order).
    if (!shape.cells.length) {
      if (actorId && actorType === 'person') shape.cells.push(cellOf(actorId, shape.proposition));
      if (party) shape.cells.push(cellOf(party, shape.proposition));
      else if (actorId && actorType !== 'person') shape.cells.push(cellOf(actorId, shape.proposition));
    }
    if (actorId && actorType === 'person') {
      let kind = shape.personKind;
      if (!kind) {
        const key = `${actorId}\u0000${party}`;
        kind = person.get(key);
        if (!kind) person.set(key, (kind = { kind: 'person', party }));
        shape.personKind = kind;
      }
      rowKinds.set(actorId, kind);
    }
    if (party) {
      if (rowKinds.get(party)?.kind !== 'person') rowKinds.set(party, partyKind);
    } else if (actorId && actorType !== 'person') {
      rowKinds.set(actorId, partyKind);
    }
  }

  // ISO dates (all the pipeline writes) order the same by code unit as by locale, and far faster.
  const iso = /^\d{4}(-\d{2}){0,2}$/;
  const byCodeUnit = rows.every((r) => r.date === null || iso.test(r.date));
  const dateOrder = byCodeUnit
    ? (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1)
    : (a: string, b: string) => a.localeCompare(b);
  // An undated stance (no date in its sentence and no published date on its document) is not older than
  // everything: it sorts as of the latest date among documents of the same talks ingested before it, then by
  // ingest order, so a report that arrives later, with no date, counts as news, not as the oldest report.
  // Another negotiation's dates are no guide to it (as `inReportOrder` in the timeline).
  // Every row's place in that order (by its sort date, then ingest order) is found once for the whole matrix:
  // rows are grouped by sort date in ingest order and the few distinct dates sorted, so each cell's items
  // arrive in order instead of each cell sorting its own with a comparator that looked the dates up (a fifth
  // of the view's CPU).
  const byDate = new Map<string, CompactRow[]>();
  const carried = new Map<string, string>();
  const talksOf = new Map<StanceShape, string>();
  const bySeq = [...rows].sort((a, b) => a.seq - b.seq || a.idx - b.idx);
  for (let i = 0; i < bySeq.length; ) {
    let j = i;
    while (j < bySeq.length && bySeq[j]!.seq === bySeq[i]!.seq) j++;
    for (let k = i; k < j; k++) {
      const r = bySeq[k]!;
      let talks = talksOf.get(r.shape);
      if (talks === undefined) talksOf.set(r.shape, (talks = talksKey(r.shape.proposition)));
      const key = r.date ?? carried.get(talks) ?? '';
      const list = byDate.get(key);
      if (list) list.push(r);
      else byDate.set(key, [r]);
    }
    for (let k = i; k < j; k++) {
      const d = bySeq[k]!.date;
      if (d === null) continue;
      const talks = talksOf.get(bySeq[k]!.shape)!;
      const before = carried.get(talks);
      if (before === undefined || dateOrder(d, before) > 0) carried.set(talks, d);
    }
    i = j;
  }
  const dates = [...byDate.keys()].sort(dateOrder);
  for (let i = 0; i < dates.length; ) {
    // Distinct texts a locale comparison finds equal are one date: their rows interleave by ingest order.
    let j = i + 1;
    while (j < dates.length && dateOrder(dates[i]!, dates[j]!) === 0) j++;
    const inOrder = j === i + 1 ? byDate.get(dates[i]!)! : dates.slice(i, j).flatMap((d) => byDate.get(d)!).sort((a, b) => a.seq - b.seq || a.idx - b.idx);
    for (const r of inOrder) {
      if (reviewOf(r) === 'rejected') continue;
      for (const acc of r.shape.cells) acc.items.push(r);
    }
    i = j;
  }
  // A syndicated or spun copy repeats its original: it counts toward the cell's sources, but arriving later
  // never makes it the news, a change of position or a citation while the original's report is there.
  const isCopy = (r: CompactRow) => r.source !== r.seq;
  const out: PositionCell[] = [];
  const citeIds = new Set<number>();
  const cellCites = new Map<PositionCell, CompactRow[]>();
  for (const acc of cells.values()) {
    const items = acc.items;
    const originals = items.filter((r) => !isCopy(r));
    // A cell only copies hold is a spun copy's rewording of its original's actor ("GCO" for "WTO" in
    // "any one of the GCO's members"): the original, stored and read too, says who took which position.
    if (!originals.length) continue;
    // What a report tells as past ("had rejected") leads to its present reading, never is the latest one.
    const reports = presentReadings(originals);
    // A report's past readings come first in it (the stance stage stores them so): its last is its present one.
    const latest = reports.at(-1)!;
    const sources = new Set(items.map((r) => r.source)).size;
    const cell: PositionCell = {
      rowId: acc.rowId,
      proposition: acc.proposition,
      stance: latest.shape.stance,
      trend: trendOf(reports),
      sources,
      contradiction: contradicts(reports),
      citations: [],
    };
    // One citation per cited span: a party's row holds the same sentence through its spokesman and itself,
    // and a clause read twice ("had dropped its demand for a full ban" inside the whole sentence) is one reading.
    const cites: CompactRow[] = [];
    for (let k = reports.length - 1; k >= 0 && cites.length < CITATIONS_PER_CELL; k--) {
      const r = reports[k]!;
      const same = cites.findIndex((c) => c.docId === r.docId && c.shape.stance === r.shape.stance && c.evStart < r.evEnd && r.evStart < c.evEnd && ((c.evStart <= r.evStart && r.evEnd <= c.evEnd) || (r.evStart <= c.evStart && c.evEnd <= r.evEnd)));
      if (same < 0) cites.push(r);
      // The shorter span is the clause that says it.
      else if (r.evEnd - r.evStart < cites[same]!.evEnd - cites[same]!.evStart) cites[same] = r;
    }
    for (const c of cites) citeIds.add(c.rowid);
    cellCites.set(cell, cites);
    out.push(cell);
  }

  const details = new Map<number, { docName: string; outlet: string | null; condText: string | null; evText: string; confidence: number; id: string }>();
  if (citeIds.size) {
    for (const d of db
      .prepare(
        `SELECT s.rowid AS rowid, s.id AS id, d.name AS docName, d.outlet AS outlet, s.cond_text AS condText, s.evidence_text AS evText, s.confidence AS confidence
         FROM stances s JOIN documents d ON d.id = s.doc_id WHERE s.rowid IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...citeIds])) as { rowid: number; id: string; docName: string; outlet: string | null; condText: string | null; evText: string; confidence: number }[]) {
      details.set(d.rowid, d);
    }
  }
  for (const [cell, cites] of cellCites) {
    cell.citations = cites.map((r) => {
      const d = details.get(r.rowid)!;
      const rv = reviewOf(r);
      return {
        stanceId: d.id,
        docId: r.docId,
        docName: d.docName,
        outlet: d.outlet,
        date: r.date,
        stance: r.shape.stance,
        condition: d.condText,
        evidence: { start: r.evStart, end: r.evEnd, text: d.evText },
        actorId: r.shape.actorId,
        confidence: d.confidence,
        review: rv === 'rejected' ? 'machine' : rv,
        ...(r.shape.storedProposition !== r.shape.proposition ? { proposition: r.shape.storedProposition } : {}),
      };
    });
  }

  // Rows: names and types from the actors table (one query for all).
  const rowIds = [...rowKinds.keys()];
  const actorInfo = new Map<string, { name: string; type: string }>();
  if (rowIds.length) {
    for (const a of db.prepare(`SELECT id, name, type FROM actors WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(rowIds)) as { id: string; name: string; type: string }[]) {
      actorInfo.set(a.id, a);
    }
  }
  const rowCount = new Map<string, number>();
  for (const c of out) rowCount.set(c.rowId, (rowCount.get(c.rowId) ?? 0) + c.sources);
  const positionRows: PositionRow[] = rowIds
    .map((id) => ({ id, name: actorInfo.get(id)?.name ?? id, type: actorInfo.get(id)?.type ?? 'country', kind: rowKinds.get(id)!.kind, party: rowKinds.get(id)!.party }))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'party' ? -1 : 1) || (rowCount.get(b.id) ?? 0) - (rowCount.get(a.id) ?? 0) || a.name.localeCompare(b.name));

  // Propositions: the stored list, plus discovered ones that are common enough, in the order rows use them.
  const stored = db.prepare(`SELECT id, label, statement, origin FROM propositions`).all() as PropositionInfo[];
  const known = new Map(stored.map((p) => [p.id, p]));
  const used = new Map<string, { docs: Set<number | string>; n: number }>();
  for (const r of rows) {
    const id = r.shape.proposition;
    let u = used.get(id);
    if (!u) used.set(id, (u = { docs: new Set(), n: 0 }));
    u.docs.add(r.source);
    if (!isCopy(r)) u.n++;
  }
  // One negotiation's propositions together (a discovered id names its sides, a pack's are one negotiation),
  // negotiations by their busiest proposition: several talks in one store do not interleave.
  const negotiationOf = (id: string) => {
    const { sides } = splitQualified(id);
    return sides.length ? `sides:${sides.join('+')}` : `origin:${known.get(id)?.origin ?? ''}`;
  };
  const busiest = new Map<string, number>();
  for (const [id, u] of used) busiest.set(negotiationOf(id), Math.max(busiest.get(negotiationOf(id)) ?? 0, u.n));
  const propositions: PropositionInfo[] = [];
  const ranked = [...used].sort((a, b) => {
    const na = negotiationOf(a[0]);
    const nb = negotiationOf(b[0]);
    return busiest.get(nb)! - busiest.get(na)! || (na < nb ? -1 : na > nb ? 1 : 0) || b[1].n - a[1].n || a[0].localeCompare(b[0]);
  });
  const common = (u: { docs: Set<number | string>; n: number }) => u.docs.size >= DISCOVERY_MIN.docs || u.n >= DISCOVERY_MIN.stances;
  // Read only when some discovered object is not common (a scan of every row otherwise costs each request).
  let heldBySide: Set<string> | null = null;
  const heldBySideOf = (): Set<string> => {
    if (heldBySide) return heldBySide;
    heldBySide = new Set<string>();
    // A side spelled as one report wrote it ("eln") is the actor it resolved to.
    const sideIdOf = sideActorIdOf(db);
    const sidesOf = new Map<string, string[]>();
    // A third party's objects, by negotiation and party: one that takes stances on two objects of the talks
    // (Sudan beside Egypt and Ethiopia, Washington's sanctions beside a government and its opposition) is a
    // party to them, not a bystander quoted once.
    const thirdParty = new Map<string, Set<string>>();
    for (const r of rows) {
      const prop = r.shape.proposition;
      if (heldBySide.has(prop) || !prop.includes('@')) continue;
      let sides = sidesOf.get(prop);
      if (!sides) sidesOf.set(prop, (sides = splitQualified(prop).sides.map(sideIdOf)));
      const holderSide = r.shape.partyId ?? (r.shape.actorType !== 'person' ? r.shape.actorId : null);
      if (!holderSide || reviewOf(r) === 'rejected') continue;
      if (sides.includes(holderSide)) heldBySide.add(prop);
      else if (!isCopy(r)) {
        const key = `${negotiationOf(prop)}|${holderSide}`;
        const props = thirdParty.get(key) ?? new Set<string>();
        thirdParty.set(key, props.add(prop));
      }
    }
    for (const props of thirdParty.values()) if (props.size >= 2) for (const prop of props) heldBySide.add(prop);
    return heldBySide;
  };
  // An object one of its own sides takes a stance on is that side's demand ("the SPD has demanded the finance
  // ministry"), shown even beside the talks' common objects: reported once is still reported.
  // An object only copies take a stance on is a spun copy's rewording of its original's ("lift penalties" for
  // "lift sanctions"): the original, stored and read too, says what was reported.
  const admitted = (id: string, u: { docs: Set<number | string>; n: number }) => u.n > 0 && (common(u) || heldBySideOf().has(id));
  for (const [id, u] of ranked) {
    const p = known.get(id) ?? (id.startsWith('auto:') ? (admitted(id, u) ? discoveredInfo(id, sideNamer(db)) : null) : { id, label: id, statement: id, origin: 'unknown' });
    if (p) propositions.push(p);
  }
  const shown = new Set(propositions.map((p) => p.id));
  const cellsShown = out.filter((c) => shown.has(c.proposition));
  const shownRows = new Set(cellsShown.map((c) => c.rowId));
  // Rows follow the columns' negotiations: a store of several talks lists each talks' parties together (the
  // debt talks' creditors beside the debtor, not a drivers' union between them), busiest first within each.
  const groupAt = new Map<string, number>();
  for (const p of propositions) if (!groupAt.has(negotiationOf(p.id))) groupAt.set(negotiationOf(p.id), groupAt.size);
  const propGroup = new Map(propositions.map((p) => [p.id, groupAt.get(negotiationOf(p.id))!]));
  const firstGroup = new Map<string, number>();
  const partyOfRow = new Map(positionRows.map((r) => [r.id, r.kind === 'person' ? r.party : null]));
  for (const c of cellsShown) {
    const g = propGroup.get(c.proposition)!;
    for (const id of [c.rowId, partyOfRow.get(c.rowId)]) if (id && g < (firstGroup.get(id) ?? 1e9)) firstGroup.set(id, g);
  }
  const rowsShown = positionRows
    .filter((r) => shownRows.has(r.id))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'party' ? -1 : 1) || (firstGroup.get(a.id) ?? 1e9) - (firstGroup.get(b.id) ?? 1e9));
  return { rows: rowsShown, propositions, cells: cellsShown };
}
