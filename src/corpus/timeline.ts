/**
 * The timeline of the talks: dated events (one entry per claim, with every independent report) and stance
 * changes (a holder's stance on a proposition moving from one value to another), in date order. Every
 * summary is assembled from extracted fields only: actor names, event type and mode, target names,
 * location span, proposition label.
 *
 * Human corrections are applied as everywhere else (see `corrections.ts`): reviews, merges (a merged actor
 * is its canonical one, so its stances change together) and detaches (a detached person's stances and the
 * events naming them are the detached actor's).
 */
import { dayNumber } from '../core/dates.js';
import type { StanceValue } from '../core/model.js';
import type { Store } from '../store/store.js';
import { EVENT_DATE_WINDOW_DAYS, periodsOverlap } from './claims.js';
import { actorDetaches, actorMerges, eventActors, stanceReviewKey, stanceReviews, type ServedEventActors } from './corrections.js';
import { sideNamer } from './positions.js';
import { discoveredInfo } from './propositions.js';
import { EVIDENCE_TO_READ, readingOf, stanceRelation, type StanceRelation } from './stance-relations.js';
import { storedTalksMerge, talksKey } from './talks.js';

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
  /** Events: reported as happening and as not. Stance changes: `relation` is `contradiction`. */
  contradiction: boolean;
  /**
   * Stance changes: how the two readings relate (`stanceRelation`): `change` (a later moment, the same outlet's
   * update, or a stance the report tells as past), `contradiction` (independent outlets, the same moment), or
   * `undated` (one report has no date: neither can be told).
   */
  relation?: StanceRelation;
  sources: TimelineSource[];
  /** `text` when the article gives the date ("on Thursday"), `published` when it is the report's date. */
  dateOrigin?: 'text' | 'published';
  /** Independent sources (syndicated/spun copies count once). */
  independentSources?: number;
  /** The trigger words of the first report (events), for display. */
  trigger?: { start: number; end: number; text: string } | null;
  location?: string | null;
  /**
   * `month` when the article names only the month ("in October", "last month"): `date` is then that month's
   * first day, which is no day anything happened on, and is shown as the month.
   */
  datePrecision?: 'day' | 'month';
}

export interface TimelineFilter {
  actor?: string;
  proposition?: string;
  since?: string;
  until?: string;
  limit?: number;
  /** Entries to skip before the page (with `limit`: paging through a long timeline). */
  offset?: number;
  /** Proposition labels by id (e.g. from the knowledge packs), when the store has none. */
  labels?: ReadonlyMap<string, string>;
  /** Only events with an actor (about a third of events name none: "talks resumed", "a strike began"). */
  attributed?: boolean;
}

/**
 * Compact rows (arrays, read with `raw()`): the timeline reads every event and stance, so each row is a
 * few values, with the fields that repeat across rows (type, actors, holder, proposition, stance) packed
 * into one JSON "shape" parsed once per distinct value. Texts and ids are read for the page only.
 */
/** `doc` and `root` are document sequence numbers (a copy's root is its original's): integers compare and hash cheaply. */
type EventRow = [rowid: number, claimId: number | null, date: string | null, shape: string, doc: number, root: number, evidenceStart: number];
/**
 * Read in ingest order (document sequence, then position): one document's rows are consecutive. `doc` is the
 * document's id, or its sequence number when nothing needs the id (no review or detach to look up). `hadText`:
 * the evidence, only when it may be pluperfect. The span and entity are read only when a review or a
 * correction needs them.
 */
type StanceRow = [rowid: number, date: string | null, shape: string, doc: string | number, hadText: string | null, evidenceStart?: number, evidenceEnd?: number, actorEntity?: number];
type EventShape = [type: string, mode: string | null, negated: number, modality: string, actorsJson: string, targetsJson: string];
/** `partyHeld`: 1 when the holder is the stance's party (a party keeps its stances whatever a detach moves). */
type StanceShape = [holder: string | null, actorId: string | null, proposition: string, stance: StanceValue, partyHeld: number];

/** What a source shows, read only for the entries returned (the texts are most of the bytes). */
interface SourceDetail {
  rowid: number;
  doc_id: string;
  name: string;
  outlet: string | null;
  published: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
}
interface EventDetail extends SourceDetail {
  id: string;
  date: string | null;
  root: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  location_text: string | null;
  date_text: string | null;
}
interface StanceDetail extends SourceDetail {
  id: string;
  date: string | null;
  duplicate_of: string | null;
}


/**
 * An entry before its texts are read: everything ordering, filtering and contradiction need. The
 * timeline sorts and pages these, then builds full entries for the page only.
 */
interface EventDraft {
  kind: 'event';
  /** The claim id, or null for an event no claim holds (its id is read with its texts). */
  claim: number | null;
  date: string | null;
  event: EventKind;
  /** Row ids of every report of the event (one claim), the first report first. */
  group: number[];
  /** The independent-source root document of each report in `group` (a copy's is its original). */
  root: number;
  /** Every report's root, once there is more than one report (`root` alone until then: one array less per event). */
  roots: number[] | null;
  /** Read in an original, not only in a syndicated or spun copy of one. */
  inOriginal: boolean;
  contradiction: boolean;
}
interface StanceChangeDraft {
  kind: 'stance-change';
  date: string | null;
  holder: string;
  proposition: string;
  prev: { rowid: number; stance: StanceValue; past: boolean };
  cur: { rowid: number; stance: StanceValue; past: boolean };
}
type Draft = EventDraft | StanceChangeDraft;
/** What every report with one shape shares. */
interface EventKind {
  shape: EventShape;
  actors: string[];
  targets: string[];
  /** Reports that can contradict each other share this key (type, modality, actor names); null without actors. */
  bucket: string | null;
}

function inRange(date: string | null, f: TimelineFilter): boolean {
  if (!f.since && !f.until) return true;
  if (!date) return false;
  return (!f.since || date >= f.since) && (!f.until || date <= f.until);
}

/**
 * An event type and mode in words: [past tense, base form, word before a target]. The PLOVER code stays
 * beside it in the summary, so a reader who knows the ontology loses nothing.
 */
const EVENT_WORDS: Record<string, readonly [string, string, string]> = {
  AGREE: ['agreed', 'agree', 'with'],
  CONSULT: ['held talks', 'hold talks', 'with'],
  'CONSULT:phone': ['spoke by phone', 'speak by phone', 'with'],
  'CONSULT:visit': ['visited', 'visit', ''],
  'CONSULT:third-party': ['held mediated talks', 'hold mediated talks', 'with'],
  SUPPORT: ['voiced support', 'voice support', 'for'],
  CONCEDE: ['made a concession', 'make a concession', 'to'],
  COOPERATE: ['cooperated', 'cooperate', 'with'],
  'COOPERATE:intelligence': ['shared intelligence', 'share intelligence', 'with'],
  'COOPERATE:legal': ['cooperated on legal matters', 'cooperate on legal matters', 'with'],
  'COOPERATE:military': ['cooperated militarily', 'cooperate militarily', 'with'],
  AID: ['gave aid', 'give aid', 'to'],
  'AID:economic': ['gave economic aid', 'give economic aid', 'to'],
  'AID:humanitarian': ['gave humanitarian aid', 'give humanitarian aid', 'to'],
  'AID:intelligence': ['shared intelligence', 'share intelligence', 'with'],
  'AID:military': ['gave military aid', 'give military aid', 'to'],
  RETREAT: ['pulled back', 'pull back', 'from'],
  'RETREAT:access': ['allowed access', 'allow access', 'to'],
  'RETREAT:ceasefire': ['held fire', 'hold fire', 'against'],
  'RETREAT:disarm': ['disarmed', 'disarm', ''],
  'RETREAT:ease': ['eased restrictions', 'ease restrictions', 'on'],
  'RETREAT:release': ['released people', 'release people', 'to'],
  'RETREAT:withdraw': ['withdrew', 'withdraw', 'from'],
  REQUEST: ['made a request', 'make a request', 'of'],
  REJECT: ['rejected a proposal', 'reject a proposal', 'from'],
  ACCUSE: ['accused', 'accuse', ''],
  'ACCUSE:allege': ['accused', 'accuse', ''],
  'ACCUSE:disapprove': ['criticised', 'criticise', ''],
  'ACCUSE:investigate': ['investigated', 'investigate', ''],
  THREATEN: ['threatened', 'threaten', ''],
  'THREATEN:restrict': ['threatened restrictions', 'threaten restrictions', 'on'],
  'THREATEN:violence': ['threatened force', 'threaten force', 'against'],
  PROTEST: ['protested', 'protest', 'against'],
  'PROTEST:boycott': ['struck or boycotted', 'strike or boycott', 'against'],
  'PROTEST:demo': ['demonstrated', 'demonstrate', 'against'],
  'PROTEST:hunger': ['went on hunger strike', 'go on hunger strike', 'against'],
  'PROTEST:obstruct': ['blocked access', 'block access', 'against'],
  'PROTEST:riot': ['rioted', 'riot', 'against'],
  SANCTION: ['imposed sanctions', 'impose sanctions', 'on'],
  'SANCTION:discontinue': ['cut ties or aid', 'cut ties or aid', 'with'],
  'SANCTION:expel': ['expelled people', 'expel people', 'of'],
  'SANCTION:withdraw': ['withdrew from an agreement', 'withdraw from an agreement', 'with'],
  MOBILIZE: ['mobilised', 'mobilise', 'against'],
  'MOBILIZE:police': ['deployed police', 'deploy police', 'against'],
  'MOBILIZE:troops': ['deployed troops', 'deploy troops', 'against'],
  COERCE: ['used coercion', 'use coercion', 'against'],
  'COERCE:arrest': ['arrested people', 'arrest people', 'of'],
  'COERCE:deport': ['deported people', 'deport people', 'of'],
  'COERCE:restrict': ['imposed restrictions', 'impose restrictions', 'on'],
  'COERCE:seize': ['seized territory or property', 'seize territory or property', 'of'],
  ASSAULT: ['attacked', 'attack', ''],
  'ASSAULT:abduct': ['abducted people', 'abduct people', 'of'],
  'ASSAULT:assassinate': ['killed', 'kill', ''],
  'ASSAULT:cleansing': ['drove out people', 'drive out people', 'of'],
  'ASSAULT:firearms': ['opened fire', 'open fire', 'on'],
  'ASSAULT:heavy-weapons': ['shelled or bombed', 'shell or bomb', ''],
  'ASSAULT:massacre': ['massacred people', 'massacre people', 'of'],
  STATEMENT: ['made a statement', 'make a statement', 'on'],
  APPEAL: ['appealed', 'appeal', 'to'],
};

/** Words before the base form for a modality other than "asserted". */
const MODALITY_WORDS: Record<string, string> = { future: 'will', hypothetical: 'might' };

/**
 * One line for an event, assembled from its fields only: "Freedonia held talks with Sylvania in Vienna
 * (CONSULT)", "Sylvania did not agree (AGREE)", "Freedonia will withdraw from Sylvania (RETREAT:withdraw) [future]".
 */
export function eventSummary(e: { actors: string[]; type: string; mode: string | null; targets: string[]; negated: boolean; modality: string | null; location?: string | null }): string {
  const who = e.actors.length ? e.actors.join(' and ') : 'Unattributed:';
  // The words say "did not" for a negated act; the code beside them stays the act's own.
  const code = `${e.type}${e.mode ? `:${e.mode}` : ''}`;
  const words = EVENT_WORDS[`${e.type}:${e.mode}`] ?? EVENT_WORDS[e.type];
  const modal = e.modality && e.modality !== 'asserted' ? (MODALITY_WORDS[e.modality] ?? null) : null;
  const verb = !words ? null : modal ? `${modal}${e.negated ? ' not' : ''} ${words[1]}` : e.negated ? `did not ${words[1]}` : words[0];
  const whom = e.targets.length ? (words?.[2] ? ` ${words[2]} ` : ' ') + e.targets.join(', ') : '';
  // "Putin visited Kursk": a visit's place is its object when no one is visited.
  const where = !e.location ? '' : words && !words[2] && !e.targets.length ? ` ${e.location}` : ` in ${e.location}`;
  const how = e.modality && e.modality !== 'asserted' ? ` [${e.modality}]` : '';
  return verb ? `${who} ${verb}${whom}${where} (${code})${how}` : `${who} ${e.negated ? 'NOT ' : ''}${code}${e.targets.length ? ` → ${e.targets.join(', ')}` : ''}${where}${how}`;
}

// Day numbers are for the candidate search only: every candidate pair is confirmed with `periodsOverlap`, the one definition.

/** Whether two entries have reports from different independent sources (a copy counts as its original). */
function independentReports(a: EventDraft, b: EventDraft): boolean {
  if (!a.roots && !b.roots) return a.root !== b.root;
  for (const r of a.roots ?? [a.root]) for (const s of b.roots ?? [b.root]) if (r !== s) return true;
  return false;
}

/**
 * Marks events reported both as happening and as not happening (same type, modality and actors) within
 * the claim date window, by independent sources: one article saying an actor "could not accept" one thing
 * and "would agree to" another is two acts, not sources contradicting each other. Each side is sorted by
 * day and searched by window: O(n log n), not all pairs.
 */
function markEventContradictions(events: readonly EventDraft[]): void {
  const buckets = new Map<string, [EventDraft[], EventDraft[]]>();
  for (const e of events) {
    const key = e.event.bucket;
    if (key === null) continue;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = [[], []]));
    b[e.event.shape[2] === 1 ? 1 : 0].push(e);
  }
  for (const sides of buckets.values()) {
    if (!sides[0].length || !sides[1].length) continue;
    const prepared = sides.map((side) => ({
      undated: side.some((e) => !e.date),
      dated: side
        .filter((e) => e.date)
        .map((e) => ({ e, day: dayNumber(e.date) }))
        .filter((x): x is { e: EventDraft; day: number } => x.day !== null)
        .sort((a, b) => a.day - b.day),
    }));
    for (const s of [0, 1] as const) {
      const other = prepared[1 - s]!;
      for (const e of sides[s]) {
        if (e.contradiction) continue;
        // An undated report overlaps every period.
        const against = sides[1 - s]!;
        if (!e.date ? against.some((o) => independentReports(e, o)) : other.undated && against.some((o) => !o.date && independentReports(e, o))) {
          e.contradiction = true;
          continue;
        }
        if (!e.date) continue;
        const day = dayNumber(e.date);
        if (day === null) continue;
        // One day of slack on each side so a rounding difference never hides a candidate.
        for (let k = lowerBound(other.dated, day - EVENT_DATE_WINDOW_DAYS - 1); k < other.dated.length && other.dated[k]!.day <= day + EVENT_DATE_WINDOW_DAYS + 1; k++) {
          const o = other.dated[k]!.e;
          if (periodsOverlap(e.date, o.date, EVENT_DATE_WINDOW_DAYS) && independentReports(e, o)) {
            e.contradiction = o.contradiction = true;
            break;
          }
        }
      }
    }
  }
}

function lowerBound(sorted: readonly { day: number }[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows by rowid, read in one query for the given ids. */
function byRowid<T extends { rowid: number }>(store: Store, sql: string, rowids: number[]): Map<number, T> {
  const out = new Map<number, T>();
  if (!rowids.length) return out;
  for (const r of store.db.prepare(sql).all(JSON.stringify(rowids)) as T[]) out.set(r.rowid, r);
  return out;
}

/**
 * The shapes of the timeline's stored rows (migration 9) by number, or null when the database has no such rows
 * (opened read-only before that migration).
 */
function timelineShapes(store: Store): string[] | null {
  if (store.schemaVersion() < 9) return null;
  const out: string[] = [];
  for (const [id, shape] of store.db.prepare('SELECT id, shape FROM timeline_shapes').raw().all() as [number, string][]) out[id] = shape;
  return out;
}

/** `JSON.parse` once per distinct text: shapes and actor lists repeat across thousands of rows. */
function parseCache<T>(): (json: string) => T {
  const cache = new Map<string, T>();
  return (json) => {
    let v = cache.get(json);
    if (v === undefined) cache.set(json, (v = JSON.parse(json) as T));
    return v;
  };
}

/**
 * Dated events and stance changes in order. Ordering, filters and event contradictions use compact rows
 * (documents come from their covering index); ids, texts, documents and stance contradictions are read
 * and computed afterwards, for the entries returned only.
 */
/**
 * A proposition as a person may name it: its id, or its label as the matrix shows it ("30-day ceasefire",
 * "tariffs (China–United States)", or "tariffs" when only one proposition is labelled so). Unknown or
 * ambiguous names are returned as given (the caller's notice then says nothing matches).
 */
export function resolveProposition(store: Store, ref: string, labels: ReadonlyMap<string, string> = new Map()): string {
  if (store.db.prepare('SELECT 1 FROM stances WHERE proposition = ? LIMIT 1').get(ref) !== undefined) return ref;
  const known = store.db.prepare('SELECT 1 FROM propositions WHERE id = ?').get(ref) !== undefined || labels.has(ref);
  const ids = propositionsNamed(store, ref, labels);
  // A pack's id no stance uses ("ceasefire" of another negotiation's pack) yields to the one label stored
  // stances carry ("ceasefire (Hamas–Israel)"): that is the proposition the matrix shows under that name.
  if (ids.length === 1 && (!known || store.db.prepare('SELECT 1 FROM stances WHERE proposition = ? LIMIT 1').get(ids[0]) !== undefined)) return ids[0]!;
  return ref;
}

/**
 * An event's date for the timeline: its own, else its report's. An act told as done ("warned that they were
 * prepared to lock out players when the agreement expires on May 31") cannot postdate the report telling it:
 * a later date is the date of something else in the sentence, so the report's date stands in (marked ~).
 */
export const EVENT_DATE = `CASE WHEN e.date IS NOT NULL AND e.modality = 'asserted' AND d.published IS NOT NULL AND e.date > d.published
  AND substr(d.published, 1, length(e.date)) <> e.date THEN d.published ELSE coalesce(e.date, d.published) END`;

/**
 * The propositions a person may mean by a name: those labelled exactly so, else those whose label is the
 * name and a negotiation ("tariffs (China–United States)"). More than one: the name is ambiguous.
 */
export function propositionsNamed(store: Store, ref: string, labels: ReadonlyMap<string, string> = new Map()): string[] {
  const needle = ref.trim().toLowerCase();
  const all = [...(store.db.prepare('SELECT id, label FROM propositions').all() as { id: string; label: string | null }[]), ...[...labels].map(([id, label]) => ({ id, label }))];
  // An object of talks reported with fewer parties is the multilateral talks' (`talks.ts`): one proposition.
  const talks = storedTalksMerge(store.db);
  const named = (list: readonly { id: string; label: string | null }[]): string[] => {
    for (const fits of [(l: string) => l === needle, (l: string) => l.startsWith(`${needle} (`)]) {
      const ids = [...new Set(list.filter((p) => p.label && fits(p.label.toLowerCase())).map((p) => talks.shownAs(p.id)))];
      if (ids.length) return ids;
    }
    return [];
  };
  const found = named(all);
  if (found.length) return found;
  // A discovered object the matrix shows but the table does not hold (one only its own sides take a stance
  // on): named as the matrix names it.
  const unstored = store.db.prepare(`SELECT DISTINCT proposition AS id FROM stances WHERE proposition LIKE 'auto:%' AND proposition NOT IN (SELECT id FROM propositions)`).all() as { id: string }[];
  const nameOf = sideNamer(store.db);
  return named(unstored.map(({ id }) => ({ id, label: discoveredInfo(id, nameOf).label })));
}

export function timeline(store: Store, filter: TimelineFilter = {}): TimelineEntry[] {
  return timelinePage(store, filter).items;
}

/** One page of the timeline (`offset`, `limit`) and how many entries the whole filtered timeline has. */
export function timelinePage(store: Store, filter: TimelineFilter = {}): { items: TimelineEntry[]; total: number } {
  const merges = actorMerges(store);
  const detaches = actorDetaches(store, merges);
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    let name = names.get(id);
    if (name === undefined) names.set(id, (name = detaches.detached(id)?.label ?? store.get(id)?.name ?? id));
    return name;
  };
  const labelOf = (() => {
    const rows = store.db.prepare('SELECT id, label FROM propositions').all() as { id: string; label: string }[];
    const table = new Map(rows.map((r) => [r.id, r.label]));
    // Multilateral talks an object is shown as may be no stored proposition yet: named as the matrix names it.
    return (id: string) => table.get(id) ?? filter.labels?.get(id) ?? (id.startsWith('auto:') && id.includes('@') ? discoveredInfo(id, sideNamer(store.db)).label : id);
  })();
  // Talks reported with fewer parties are the multilateral talks they belong to (`talks.ts`); a filter on
  // either finds both.
  const talks = storedTalksMerge(store.db);
  const wantedProps = filter.proposition ? JSON.stringify(talks.members(filter.proposition)) : null;
  const needle = filter.actor?.toLowerCase();
  // "--actor AMPTP": a stored alias (an acronym, a short form) names the actor as well as its name does.
  const aliased = new Set<string>();
  if (needle !== undefined) {
    for (const row of store.db.prepare('SELECT id, aliases_json FROM actors').all() as { id: string; aliases_json: string | null }[]) {
      if ((JSON.parse(row.aliases_json ?? '[]') as string[]).some((a) => a.toLowerCase() === needle)) aliased.add(row.id);
    }
  }
  const wanted = new Map<string, boolean>();
  const actorWanted = (ids: readonly string[]) => {
    if (needle === undefined) return true;
    return ids.some((id) => {
      let w = wanted.get(id);
      // Ids are served ids: asking for any actor merged into one finds it.
      if (w === undefined) wanted.set(id, (w = merges.members(id).some((m) => m.toLowerCase() === needle || aliased.has(m) || nameOf(m).toLowerCase().includes(needle))));
      return w;
    });
  };

  const drafts: Draft[] = [];
  // The rows kept current on write (migration 9), with each shape a number into `shapes`; a database opened
  // read-only before that migration is read the long way.
  const shapes = timelineShapes(store);
  if (!filter.proposition) {
    const rows = (
      shapes
        ? store.db.prepare(`SELECT event, claim, date, shape, seq, root, evidence_start FROM timeline_events INDEXED BY timeline_events_order ORDER BY date, seq, idx`)
        : store.db.prepare(
            `SELECT e.rowid, m.claim_id, ${EVENT_DATE}, json_array(e.type, e.mode, e.negated, e.modality, e.actors_json, e.targets_json),
                    d.seq, CASE WHEN d.duplicate_of IS NULL THEN d.seq ELSE (SELECT o.seq FROM documents o WHERE o.id = d.duplicate_of) END, e.evidence_start
             FROM events e JOIN documents d INDEXED BY documents_timeline ON d.id = e.doc_id LEFT JOIN claim_members m ON m.item_id = e.id
             WHERE e.type <> 'STATEMENT'
             ORDER BY ${EVENT_DATE}, d.seq, e.idx`,
          )
    )
      .raw()
      .all() as EventRow[];
    if (shapes) for (const r of rows) r[3] = shapes[r[3] as unknown as number]!;
    // What a shape implies (names, the actor filter, the contradiction bucket) is worked out once per shape.
    const kinds = new Map<string, EventKind | null>();
    const kindOf = (json: string): EventKind | null => {
      let k = kinds.get(json);
      if (k !== undefined) return k;
      const shape = JSON.parse(json) as EventShape;
      const actorIds = (JSON.parse(shape[4]) as (string | null)[]).filter((a): a is string => a !== null).map(merges.canonical);
      const targetIds = (JSON.parse(shape[5]) as (string | null)[]).filter((a): a is string => a !== null).map(merges.canonical).filter((a) => !actorIds.includes(a));
      if ((!actorWanted(actorIds) && !actorWanted(targetIds)) || (filter.attributed && actorIds.length === 0)) k = null;
      else {
        const actors = [...new Set(actorIds)].map(nameOf);
        k = { shape, actors, targets: [...new Set(targetIds)].map(nameOf), bucket: actors.length ? JSON.stringify([shape[0], shape[3], actors.join('|')]) : null };
      }
      kinds.set(json, k);
      return k;
    };
    // One entry per claim (its first report decides date and filters), or per event outside claims.
    const claims = new Map<number | string, EventDraft | null>();
    const events: EventDraft[] = [];
    // Events naming a detached person: their served ids replace the stored ones in the shape.
    const moved = detaches.list.length ? eventActors(store, merges, detaches).byRowid : null;
    // Events no claim holds (those without an actor): one entry per act of one sentence, and none from a
    // syndicated or spun copy, which is its original's report again (the original's entry stands for it).
    // Rows come by date, document and position, so one sentence's acts are consecutive: its entries are kept
    // only while its rows last (a corpus-wide map keyed by long strings cost a third of the view).
    // One map emptied for each sentence, not a new one: a corpus has about as many sentences as events.
    const sentence = new Map<string, EventDraft | null>();
    let sentenceDoc = -1;
    let sentenceStart = -1;
    let sentenceDate: string | null = null;
    for (const [rowid, claim, date, stored, docId, root, evStart] of rows) {
      const served = moved?.get(rowid);
      const json = served ? servedShape(stored, served) : stored;
      if (claim === null && root !== docId) continue;
      if (claim === null && (docId !== sentenceDoc || evStart !== sentenceStart || date !== sentenceDate)) {
        sentence.clear();
        sentenceDoc = docId;
        sentenceStart = evStart;
        sentenceDate = date;
      }
      const entries: Map<number | string, EventDraft | null> = claim === null ? sentence : claims;
      const key = claim ?? json;
      const seen = entries.get(key);
      if (seen !== undefined) {
        seen?.group.push(rowid);
        if (seen) (seen.roots ??= [seen.root]).push(root);
        // A copy can carry a wrong date of its own (a photo caption's, a reprint's): the original's stands,
        // and its report leads the entry (its date's origin and trigger).
        if (seen && root === docId && !seen.inOriginal && inRange(date, filter)) {
          seen.date = date;
          seen.group.unshift(seen.group.pop()!);
        }
        if (seen && root === docId) seen.inOriginal = true;
        continue;
      }
      const kind = inRange(date, filter) ? kindOf(json) : null;
      const draft: EventDraft | null = kind ? { kind: 'event', claim, date, event: kind, group: [rowid], root, roots: null, inOriginal: root === docId, contradiction: false } : null;
      entries.set(key, draft);
      if (draft) {
        events.push(draft);
        drafts.push(draft);
      }
    }
    // An act read only in a stored original's copy (a spun copy's reworded sentence read with another actor)
    // is the original's report read again, not news: the original's own entries stand for it.
    let kept = 0;
    for (const d of drafts) if (d.kind !== 'event' || d.inOriginal) drafts[kept++] = d;
    drafts.length = kept;
    kept = 0;
    for (const e of events) if (e.inOriginal) events[kept++] = e;
    events.length = kept;
    markEventContradictions(events);
  }

  // A syndicated or spun copy repeats its original's stances: they change no position (copies are left out).
  // Who holds a stance as served needs its entity and whether a party holds it only under merges or
  // detaches: without them the narrower rows (sorted in a temporary B-tree) keep the view a fifth faster.
  // With no review either, a row is five values, its document a number: the view reads every original's
  // stance, and each value better-sqlite3 makes costs about as much as SQLite's reading it.
  const corrected = merges.size > 0 || detaches.list.length > 0;
  // A person's review: a rejected stance is no change of position; a stance they set replaces the machine's.
  const reviews = stanceReviews(store.db);
  const plain = !corrected && reviews.size === 0;
  const stances = (
    shapes
      ? store.db.prepare(
          `SELECT t.stance, t.date, t.shape, ${plain ? 't.seq' : 's.doc_id'}, t.had_text${plain ? '' : `, s.evidence_start, s.evidence_end${corrected ? ', s.actor_entity' : ''}`}
           FROM timeline_stances t${plain ? '' : ' JOIN stances s ON s.rowid = t.stance'}
           WHERE ? IS NULL OR t.proposition IN (SELECT value FROM json_each(?))
           ORDER BY t.seq, t.idx, t.stance`,
        )
      : store.db.prepare(
          `SELECT s.rowid, coalesce(s.date, d.published),
                  json_array(coalesce(s.party_id, s.actor_id), s.actor_id, s.proposition, s.stance, s.party_id IS NOT NULL),
                  ${plain ? 'd.seq' : 's.doc_id'}, ${EVIDENCE_TO_READ}${plain ? '' : `, s.evidence_start, s.evidence_end${corrected ? ', s.actor_entity' : ''}`}
           FROM stances s JOIN documents d INDEXED BY documents_timeline ON d.id = s.doc_id
           WHERE (? IS NULL OR s.proposition IN (SELECT value FROM json_each(?))) AND d.duplicate_of IS NULL
           ORDER BY d.seq, s.idx`,
        )
  )
    .raw()
    .all(wantedProps, wantedProps) as StanceRow[];
  if (shapes) for (const r of stances) r[2] = shapes[r[2] as unknown as number]!;
  const stanceShapeOf = parseCache<StanceShape>();
  const holders = new Map<string, { holder: string; proposition: string; group: StanceSeen[] }>();
  for (const [rowid, date, json, docId, hadText, evStart, evEnd, actorEntity] of inReportOrder(stances, (r) => talksKey(talks.shownAs(stanceShapeOf(r[2])[2])))) {
    let shape = stanceShapeOf(json);
    // A holder revising its own offer is offering new terms (`readingOf`); a pluperfect stance is a past reading.
    const reading = readingOf(shape[3], hadText);
    if (reading.stance !== shape[3]) shape = [shape[0], shape[1], shape[2], reading.stance, shape[4]];
    if (corrected) shape = servedStance(shape, detaches.list.length ? detaches.entity(docId as string, actorEntity!) : null, merges.canonical);
    const rv = reviews.size ? reviews.get(stanceReviewKey(docId as string, evStart!, evEnd!, shape[2])) : undefined;
    if (rv?.review === 'rejected') continue;
    if (rv?.stance) shape = [shape[0], shape[1], shape[2], rv.stance, shape[4]];
    // Neutral is no position to change from or to (filtered after the review: a person may set one).
    if (shape[3] === 'neutral') continue;
    const holder = shape[0];
    if (!holder) continue;
    const proposition = talks.shownAs(shape[2]);
    const key = `${holder}\u0000${proposition}`;
    const h = holders.get(key);
    const { past, background } = reading;
    if (h) h.group.push({ rowid, date, shape, docId, past, background });
    else holders.set(key, { holder, proposition, group: [{ rowid, date, shape, docId, past, background }] });
  }
  for (const { holder, proposition, group } of holders.values()) {
    if (!actorWanted([holder]) && !actorWanted(group.map((g) => g.shape[1]).filter((a): a is string => !!a))) continue;
    for (const { prev, cur } of positionChanges(group)) {
      if (!inRange(cur.date, filter)) continue;
      drafts.push({ kind: 'stance-change', date: cur.date, holder, proposition, prev: { rowid: prev.rowid, stance: prev.shape[3], past: prev.past === true }, cur: { rowid: cur.rowid, stance: cur.shape[3], past: cur.past === true } });
    }
  }

  drafts.sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    return a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1;
  });
  const from = filter.offset ?? 0;
  const page = filter.limit ? drafts.slice(from, from + filter.limit) : drafts.slice(from);
  return { items: hydrate(store, page, nameOf, labelOf), total: drafts.length };
}

/** A holder's stance on a proposition as one report gives it. */
interface StanceSeen {
  rowid: number;
  date: string | null;
  shape: StanceShape;
  /** The document's id or sequence number (`StanceRow`): only compared. */
  docId: string | number;
  /** Told in the pluperfect ("had rejected"): a reading from before its report. */
  past?: boolean;
  /** Told as a relative clause's background ("X, which had rejected it, ..."). */
  background?: boolean;
}

/**
 * Stance rows (read in ingest order) in the order the matrix reads them (`positionsMatrix`): by date, an
 * undated one as of the latest date among the documents of the same talks (`talksOf`, see `talksKey`)
 * ingested before it, then by ingest order. An undated report is not older than every dated one: sorted
 * first, a later report with no date would turn into the holder's earliest position and make a change of
 * position run backwards. Another negotiation's reports are no guide: an undated wire story on one talks,
 * ingested after a dated report on other talks, would take a date weeks after its own.
 */
export function inReportOrder(rows: readonly StanceRow[], talksOf: (row: StanceRow) => string = () => ''): StanceRow[] {
  // Rows grouped by sort date in ingest order, then the few distinct dates sorted: linear in the rows (a
  // comparison sort of tens of thousands of rows was a fifth of the view).
  const byDate = new Map<string, StanceRow[]>();
  const carried = new Map<string, string>();
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j]![3] === rows[i]![3]) j++;
    for (let k = i; k < j; k++) {
      const key = rows[k]![1] ?? carried.get(talksOf(rows[k]!)) ?? '';
      const list = byDate.get(key);
      if (list) list.push(rows[k]!);
      else byDate.set(key, [rows[k]!]);
    }
    for (let k = i; k < j; k++) {
      const d = rows[k]![1];
      if (d === null) continue;
      const talks = talksOf(rows[k]!);
      if (d > (carried.get(talks) ?? '')) carried.set(talks, d);
    }
    i = j;
  }
  const out: StanceRow[] = [];
  for (const key of [...byDate.keys()].sort()) for (const r of byDate.get(key)!) out.push(r);
  return out;
}

/**
 * Changes of position in one holder's stances on one proposition (in report order). One report (a document,
 * on one date) is one reading of the holder: stances it gives on that date that differ ("support" in one
 * sentence, "conditional" in the next) are the report's nuance, not a change. A change is a report that
 * shares no stance value with the report before it; it runs from that report's last stance to its first.
 */
export function positionChanges<T extends { date: string | null; docId: string | number; shape: StanceShape; past?: boolean; background?: boolean }>(group: readonly T[]): { prev: T; cur: T }[] {
  const reports: T[][] = [];
  // What a report tells as past ("had rejected ... now accepts") is a reading before the report's own. Told
  // only as a relative clause's background ("X, which had rejected it, ...") it is no reading of the report's.
  const current = new Set(group.filter((g) => !g.past).map((g) => g.docId));
  // A report's past readings come right before its present ones: the stance stage stores them first.
  for (const g of group) {
    if (g.background && !current.has(g.docId)) continue;
    const last = reports.at(-1);
    if (last && last[0]!.docId === g.docId && last[0]!.date === g.date && (last[0]!.past === true) === (g.past === true)) last.push(g);
    else reports.push([g]);
  }
  const out: { prev: T; cur: T }[] = [];
  for (let i = 1; i < reports.length; i++) {
    const before = reports[i - 1]!;
    const now = reports[i]!;
    const held = new Set(before.map((g) => g.shape[3]));
    if (now.some((g) => held.has(g.shape[3]))) continue;
    // A report's last word is its reading, as the matrix takes a cell's latest stance ("could back it if …"
    // then "can support it": the change is to support).
    out.push({ prev: before.at(-1)!, cur: now.at(-1)! });
  }
  return out;
}

/** An event shape with the served actor and target ids in place of the stored ones. */
function servedShape(json: string, served: ServedEventActors): string {
  const shape = JSON.parse(json) as EventShape;
  return JSON.stringify([shape[0], shape[1], shape[2], shape[3], JSON.stringify(served.actors), JSON.stringify(served.targets)]);
}

/**
 * A stance shape as served: its actor is the detached one when a detach moved its entity, else its
 * canonical (merged) actor; the holder is its (canonical) party when it has one, else that actor.
 */
function servedStance(shape: StanceShape, detachedAs: string | null, canonical: (id: string) => string): StanceShape {
  const actor = detachedAs ?? (shape[1] === null ? null : canonical(shape[1]));
  const holder = shape[4] ? canonical(shape[0]!) : actor;
  return holder === shape[0] && actor === shape[1] ? shape : [holder, actor, shape[2], shape[3], shape[4]];
}

/** One citation per cited span: two events of one sentence ("visits ... for a meeting") share their evidence. */
function distinctSources(sources: TimelineSource[]): TimelineSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.docId}:${s.evidence.start}:${s.evidence.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The reports an entry cites: a syndicated or spun copy repeats its original, so it is cited only when its
 * original is not among the reports (it still counts in `independentSources`, as one source with it).
 */
function reportsCited(reports: readonly EventDetail[]): EventDetail[] {
  const docs = new Set(reports.map((r) => r.doc_id));
  return reports.filter((r) => r.root === r.doc_id || !docs.has(r.root));
}

/** A date the article gives as a month only ("in October", "last month", "early March 2027"). */
const MONTH_ONLY = /^(?:(?:in|during|since|by|until|from|early|mid|late|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:last|next|this)\s+month)[\s,.;]*$/i;

/** The date as the timeline shows it: a month-only date as `YYYY-MM`. */
export function shownDate(e: Pick<TimelineEntry, 'date' | 'datePrecision'>): string | null {
  return e.date && e.datePrecision === 'month' ? e.date.slice(0, 7) : e.date;
}

/** Full entries for the drafts returned: their ids, texts and documents, read in one query per table. */
function hydrate(store: Store, page: readonly Draft[], nameOf: (id: string) => string, labelOf: (id: string) => string): TimelineEntry[] {
  const eventDetails = byRowid<EventDetail>(
    store,
    `SELECT e.rowid, e.id, e.doc_id, e.date, d.name, d.outlet, d.published, COALESCE(d.duplicate_of, d.id) AS root,
            e.evidence_start, e.evidence_end, e.evidence_text, e.trigger_start, e.trigger_end, e.trigger_text, e.location_text, e.date_text
     FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.rowid IN (SELECT value FROM json_each(?))`,
    page.flatMap((d) => (d.kind === 'event' ? d.group : [])),
  );
  const stanceDetails = byRowid<StanceDetail>(
    store,
    `SELECT s.rowid, s.id, s.doc_id, s.date, d.name, d.outlet, d.published, d.duplicate_of, s.evidence_start, s.evidence_end, s.evidence_text
     FROM stances s JOIN documents d ON d.id = s.doc_id WHERE s.rowid IN (SELECT value FROM json_each(?))`,
    page.flatMap((d) => (d.kind === 'stance-change' ? [d.prev.rowid, d.cur.rowid] : [])),
  );
  const source = (r: SourceDetail): TimelineSource => ({
    docId: r.doc_id,
    docName: r.name,
    outlet: r.outlet,
    published: r.published,
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
  });

  return page.map((d): TimelineEntry => {
    if (d.kind === 'event') {
      const first = eventDetails.get(d.group[0]!)!;
      const [type, mode, negatedFlag, modality] = d.event.shape;
      const { actors, targets } = d.event;
      const negated = negatedFlag === 1;
      return {
        kind: 'event',
        id: d.claim !== null ? `claim:${d.claim}` : first.id,
        date: d.date,
        summary: eventSummary({ actors, type, mode, targets, negated, modality, location: first.location_text }),
        type,
        mode,
        // Copies: entries sharing a shape must not share arrays a caller may change.
        actors: [...actors],
        targets: [...targets],
        proposition: null,
        from: null,
        to: null,
        negated,
        modality,
        contradiction: d.contradiction,
        dateOrigin: first.date && first.date === d.date ? 'text' : 'published',
        ...(first.date && first.date === d.date && MONTH_ONLY.test(first.date_text ?? '') ? { datePrecision: 'month' as const } : {}),
        independentSources: new Set(d.group.map((id) => eventDetails.get(id)!.root)).size,
        trigger: { start: first.trigger_start, end: first.trigger_end, text: first.trigger_text },
        location: first.location_text,
        sources: distinctSources(reportsCited(d.group.map((id) => eventDetails.get(id)!)).map(source)),
      };
    }
    const prev = stanceDetails.get(d.prev.rowid)!;
    const cur = stanceDetails.get(d.cur.rowid)!;
    const fact = (r: StanceDetail, stance: StanceValue, past: boolean) => ({ stance, date: r.date ?? r.published, published: r.published, outlet: r.outlet, root: r.duplicate_of ?? r.doc_id, past });
    const holderName = nameOf(d.holder);
    // Readings that are not support against oppose ("support" then "conditional") are a change whatever their dates.
    const relation = stanceRelation(fact(prev, d.prev.stance, d.prev.past), fact(cur, d.cur.stance, d.cur.past)) ?? 'change';
    const label = labelOf(d.proposition);
    const summary =
      relation === 'contradiction'
        ? `${holderName} on ${label}: sources disagree, ${d.prev.stance} vs ${d.cur.stance} (same moment, different outlets)`
        : relation === 'undated'
          ? `${holderName} on ${label}: ${d.prev.stance} vs ${d.cur.stance}, one report undated (neither a change nor a contradiction can be told)`
          : `${holderName} on ${label}: ${d.prev.stance} → ${d.cur.stance}${d.prev.past && prev.doc_id === cur.doc_id ? ' (the report tells the earlier stance as past)' : ''}`;
    return {
      kind: 'stance-change',
      id: `${prev.id}>${cur.id}`,
      date: d.date,
      summary,
      type: null,
      mode: null,
      actors: [holderName],
      targets: [],
      proposition: d.proposition,
      from: d.prev.stance,
      to: d.cur.stance,
      negated: false,
      modality: null,
      contradiction: relation === 'contradiction',
      relation,
      dateOrigin: cur.date ? 'text' : 'published',
      sources: [source(cur), source(prev)],
    };
  });
}
