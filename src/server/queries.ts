/**
 * Read queries behind the JSON API. Every fact is served with its span and its document, and with the
 * human corrections in force applied (reviews, speaker overrides, actor merges and detaches, events included).
 */
import type { ActorRecord } from '../corpus/actors/types.js';
import { actorDetaches, correctionIndex, type CorrectionIndex } from '../corpus/corrections.js';
import { correctedPositions } from '../corpus/corrected.js';
import { isOutletActor, storedOutlets } from '../corpus/outlets.js';
import { discoveredInfo } from '../corpus/propositions.js';
import { storedTalksMerge, type TalksMerge } from '../corpus/talks.js';
import type { PositionsMatrix } from '../corpus/positions.js';
import { timeline, timelinePage, type TimelineEntry, type TimelineFilter } from '../corpus/timeline.js';
import { ParleyError } from '../core/errors.js';
import { actorFromRow, type Store } from '../store/store.js';

type Row = Record<string, unknown>;
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
export interface Paging {
  limit: number;
  offset: number;
}

const span = (r: Row, prefix: string) =>
  r[`${prefix}_start`] === null || r[`${prefix}_start`] === undefined
    ? null
    : { start: r[`${prefix}_start`] as number, end: r[`${prefix}_end`] as number, text: r[`${prefix}_text`] as string };

/**
 * Quote `c` (of a copy) repeats quote `o` (of the copy's original): the same words from the same stored speaker,
 * or the same source phrase when no speaker was resolved (the CLI's quotes listing folds copies the same way).
 */
const repeats = (c: string) => `o.text = ${c}.text AND coalesce(o.speaker_actor, o.source_text, '') = coalesce(${c}.speaker_actor, ${c}.source_text, '')`;

/** Turns free text into a safe FTS5 query: every word quoted (AND), the last one as a prefix. */
export function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Why a timeline filter can match no entry at all: its actor names no stored actor (by id, or within a
 * name, as the timeline matches) or its proposition is neither stored nor `known` (e.g. from the packs).
 * One line, or null when both name something: then an empty timeline just means no entry passed.
 */
export function timelineFilterNotice(store: Store, f: { actor?: string; proposition?: string }, known: Iterable<string> = []): string | null {
  const notices: string[] = [];
  if (f.actor !== undefined) {
    const needle = f.actor.toLowerCase();
    const actors = store.db.prepare('SELECT id, name FROM actors').all() as { id: string; name: string }[];
    const detached = actorDetaches(store).list.map((d) => ({ id: d.as, name: d.label }));
    if (![...actors, ...detached].some((a) => a.id.toLowerCase() === needle || a.name.toLowerCase().includes(needle))) notices.push(`no actor matches '${f.actor}'`);
  }
  if (f.proposition !== undefined && !new Set(known).has(f.proposition)) {
    const stored = store.db.prepare('SELECT 1 FROM propositions WHERE id = ? UNION ALL SELECT 1 FROM stances WHERE proposition = ? LIMIT 1').get(f.proposition, f.proposition);
    if (stored === undefined) notices.push(`no proposition matches '${f.proposition}'`);
  }
  return notices.length ? notices.join('; ') : null;
}

/** Per-request view of the store with corrections applied. */
/** Actors named only in copies of other reports (a spun copy's rewording of an original's name). */
// Read from the copies' mentions only (few), each checked against the actor's other mentions by its index: a scan of
// every mention per request cost the search endpoint about 60 ms at 10,000 articles. CROSS JOIN keeps that order: left
// to the planner, it read every mention with an actor (mentions_actor) and looked each one's document up, the same scan.
const COPIES_ONLY_ACTORS = `SELECT a FROM (SELECT DISTINCT m.actor_id AS a FROM documents d CROSS JOIN mentions m ON m.doc_id = d.id
    WHERE d.duplicate_of IS NOT NULL AND m.actor_id IS NOT NULL)
  WHERE NOT EXISTS (SELECT 1 FROM mentions o JOIN documents od ON od.id = o.doc_id WHERE o.actor_id = a AND od.duplicate_of IS NULL)`;

/** Per database: the copies-only actors and the state of the store they were read at. */
const COPIES_ONLY_CACHE = new WeakMap<object, { key: string; ids: Set<string> }>();

export class ApiQueries {
  readonly fix: CorrectionIndex;
  private readonly actorNames = new Map<string, string | null>();
  private readonly propositionLabels = new Map<string, string>();
  /** Which talks a stored proposition is shown under, read once per request. */
  private talks: TalksMerge | undefined;

  constructor(readonly store: Store) {
    this.fix = correctionIndex(store);
  }

  private get db() {
    return this.store.db;
  }

  actorName(id: string | null): string | null {
    if (!id) return null;
    const detached = this.fix.detaches.detached(id);
    if (detached) return detached.label;
    if (!this.actorNames.has(id)) this.actorNames.set(id, (this.db.prepare('SELECT name FROM actors WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null);
    return this.actorNames.get(id)!;
  }

  /** A proposition's label as the matrix shows it: the stored one, else a discovered id's own reading, else the id. */
  propositionLabel(id: string): string {
    let label = this.propositionLabels.get(id);
    if (label === undefined) {
      label =
        (this.db.prepare('SELECT label FROM propositions WHERE id = ?').get(id) as { label: string } | undefined)?.label ??
        (id.startsWith('auto:') ? discoveredInfo(id, (side) => this.actorName(side) ?? undefined).label : id);
      this.propositionLabels.set(id, label);
    }
    return label;
  }

  private actorRef(id: string | null) {
    if (!id) return null;
    const canonical = this.fix.merges.canonical(id);
    return { id: canonical, name: this.actorName(canonical) };
  }

  /** The served actor of a within-document entity (merges and detaches applied). */
  private entityRef(doc: string, idx: number | null | undefined, id: string | null) {
    const served = this.fix.entityActor(doc, idx, id);
    return served ? { id: served, name: this.actorName(served) } : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Documents
  // ---------------------------------------------------------------------------------------------

  listDocuments(f: { outlet?: string; since?: string; until?: string; q?: string } & Paging): Page<Row> {
    const where: string[] = [];
    const p: Row = { limit: f.limit, offset: f.offset };
    if (f.outlet) (where.push('d.outlet = @outlet COLLATE NOCASE'), (p.outlet = f.outlet));
    if (f.since) (where.push('d.published >= @since'), (p.since = f.since));
    if (f.until) (where.push('d.published <= @until'), (p.until = f.until));
    if (f.q) (where.push(`(d.title LIKE @q ESCAPE '\\' OR d.name LIKE @q ESCAPE '\\')`), (p.q = likePattern(f.q)));
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM documents d ${w}`).get(p) as { n: number }).n;
    const items = this.db
      .prepare(
        `SELECT d.id, d.name, d.title, d.outlet, d.published, d.url, d.format, d.duplicate_of AS duplicateOf, d.ingested_at AS ingestedAt,
           (SELECT coalesce(o.outlet, o.title, o.name) FROM documents o WHERE o.id = d.duplicate_of) AS copyOfSource,
           (SELECT o.name FROM documents o WHERE o.id = d.duplicate_of) AS copyOfName,
           (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes,
           (SELECT count(*) FROM stances s WHERE s.doc_id = d.id) AS stances,
           (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events
         FROM documents d ${w} ORDER BY d.published IS NULL, d.published DESC, d.seq DESC LIMIT @limit OFFSET @offset`,
      )
      .all(p) as Row[];
    return { items, total, limit: f.limit, offset: f.offset };
  }

  document(id: string) {
    const d = this.store.getDocument(id);
    if (!d) throw new ParleyError('E_NOT_FOUND', id, 'no such document', 404);
    const entities = (this.db.prepare('SELECT idx, actor_id, type, name, party, roles_json FROM entities WHERE doc_id = ? ORDER BY idx').all(id) as Row[]).map((e) => ({
      index: e.idx,
      actor: this.entityRef(id, e.idx as number, e.actor_id as string | null),
      type: e.type,
      name: e.name,
      party: e.party,
      roles: JSON.parse(e.roles_json as string) as string[],
    }));
    const mentions = (this.db.prepare('SELECT * FROM mentions WHERE doc_id = ? ORDER BY start').all(id) as Row[]).map((m) => ({
      id: `${id}:m${m.idx as number}`,
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind,
      entity: m.entity_idx,
      actor: this.entityRef(id, m.entity_idx as number, m.actor_id as string | null),
      rule: m.rule,
      confidence: m.confidence,
    }));
    return {
      id: d.id,
      name: d.name,
      source: d.source,
      url: d.url,
      format: d.format,
      title: d.metadata.title.value,
      outlet: d.metadata.outlet.value,
      published: d.metadata.published.value,
      language: d.metadata.language.value,
      byline: d.metadata.byline.value,
      metadata: d.metadata,
      duplicateOf: d.duplicateOf,
      // Which stored report it copies, by name: the copy's own outlet line often names the same wire.
      copyOfName: d.duplicateOf ? ((this.db.prepare('SELECT name FROM documents WHERE id = ?').pluck().get(d.duplicateOf) as string | undefined) ?? null) : null,
      duplicateSimilarity: d.duplicateSimilarity,
      ingestedAt: d.ingestedAt,
      text: d.text,
      zones: d.zones.map((z) => ({ kind: z.kind, start: z.start, end: z.end, rule: z.rule })),
      entities,
      mentions,
      quotes: this.listQuotes({ doc: id, limit: 10_000, offset: 0 }).items,
      stances: this.listStances({ doc: id, limit: 10_000, offset: 0 }).items,
      events: this.listEvents({ doc: id, limit: 10_000, offset: 0 }).items,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Quotes
  // ---------------------------------------------------------------------------------------------

  /** Quote ids whose speaker a correction changed, split into those now spoken by `members` and the rest. */
  private speakerOverrides(members: readonly string[]) {
    const to: string[] = [];
    const away: string[] = [];
    // Quotes a correction touched, and quotes spoken by an entity a detach moved to another actor.
    const detachedEntities = JSON.stringify(this.fix.detaches.moved());
    const rows = this.db
      .prepare(
        `SELECT q.id, q.doc_id, q.start, q."end", q.speaker_actor, q.speaker_entity FROM corrections c
         JOIN quotes q ON q.doc_id = json_extract(c.target_key, '$.doc') AND q.start = json_extract(c.target_key, '$.start') AND q."end" = json_extract(c.target_key, '$.end')
         WHERE c.target_kind = 'quote'
         UNION
         SELECT q.id, q.doc_id, q.start, q."end", q.speaker_actor, q.speaker_entity FROM quotes q
         WHERE q.speaker_entity IS NOT NULL AND (q.doc_id || '|' || q.speaker_entity) IN (SELECT value FROM json_each(@detached))`,
      )
      .all({ detached: detachedEntities }) as Row[];
    const set = new Set(members);
    for (const r of rows) {
      const served = this.fix.quoteSpeaker(r.doc_id as string, r.start as number, r.end as number, r.speaker_actor as string | null, r.speaker_entity as number | null).speaker;
      if (served && set.has(served)) to.push(r.id as string);
      else away.push(r.id as string);
    }
    return { to, away };
  }

  /**
   * `copies: 'fold'` lists a quote a syndicated or spun copy repeats (same text, same stored speaker or source
   * as in its stored original) once, on the original, which names the copies in `alsoIn` (as the CLI does).
   */
  listQuotes(f: { speaker?: string; outlet?: string; since?: string; until?: string; q?: string; doc?: string; copies?: 'all' | 'fold'; statements?: boolean } & Paging): Page<Row> {
    const where: string[] = [];
    const p: Row = { limit: f.limit, offset: f.offset };
    let from = 'quotes q JOIN documents d ON d.id = q.doc_id';
    if (f.q) {
      const fts = ftsQuery(f.q);
      if (!fts) return { items: [], total: 0, limit: f.limit, offset: f.offset };
      from += ' JOIN quotes_fts ON quotes_fts.rowid = q.rowid';
      where.push('quotes_fts MATCH @fts');
      p.fts = fts;
    }
    if (f.speaker) {
      const detached = this.fix.detaches.detached(f.speaker);
      const canonical = detached ? f.speaker : this.fix.merges.canonical(f.speaker);
      const { to, away } = this.speakerOverrides([canonical]);
      const members = detached ? [] : this.fix.merges.members(canonical);
      p.members = JSON.stringify(members);
      p.to = JSON.stringify(to);
      p.away = JSON.stringify(away);
      where.push(
        `((q.speaker_actor IN (SELECT value FROM json_each(@members)) AND q.id NOT IN (SELECT value FROM json_each(@away))) OR q.id IN (SELECT value FROM json_each(@to)))`,
      );
    }
    if (f.doc) (where.push('q.doc_id = @doc'), (p.doc = f.doc));
    if (f.outlet) (where.push('d.outlet = @outlet COLLATE NOCASE'), (p.outlet = f.outlet));
    if (f.since) (where.push('d.published >= @since'), (p.since = f.since));
    if (f.until) (where.push('d.published <= @until'), (p.until = f.until));
    if (f.copies === 'fold') where.push(`NOT EXISTS (SELECT 1 FROM quotes o WHERE o.doc_id = d.duplicate_of AND ${repeats('q')})`);
    // Statements as the CLI lists them: no scare quote ('"reset" talks', under 0.5), and no phrase quoted inside
    // the same speaker's longer quote ('the scheme would be "capped and time-limited"') listed a second time.
    if (f.statements)
      where.push(
        `q.confidence >= 0.5 AND NOT EXISTS (SELECT 1 FROM quotes o WHERE o.doc_id = q.doc_id AND o.id <> q.id AND coalesce(o.speaker_actor, o.source_text, '') = coalesce(q.speaker_actor, q.source_text, '')
           AND o.start <= q.start AND q."end" <= o."end" AND o."end" - o.start > q."end" - q.start)`,
      );
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = f.doc ? 'q.start' : 'd.published IS NULL, d.published DESC, d.seq DESC, q.idx';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM ${from} ${w}`).get(p) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT q.*, d.name AS doc_name, d.title AS doc_title, d.outlet, d.published, d.duplicate_of AS copy_of, (SELECT o.name FROM documents o WHERE o.id = d.duplicate_of) AS copy_of_name
         FROM ${from} ${w} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      )
      .all(p) as Row[];
    const also = this.copiesRepeating(rows.filter((r) => r.copy_of === null).map((r) => r.id as string));
    return { items: rows.map((r) => ({ ...this.quoteOut(r), alsoIn: also.get(r.id as string) ?? [] })), total, limit: f.limit, offset: f.offset };
  }

  /** For each original quote id, the stored copies of its document that repeat it (one query for a page). */
  private copiesRepeating(ids: string[]): Map<string, { id: string; name: string }[]> {
    const out = new Map<string, { id: string; name: string }[]>();
    if (ids.length === 0) return out;
    const rows = this.db
      .prepare(
        `SELECT o.id AS quote, cd.id, cd.name FROM quotes o
         JOIN documents cd ON cd.duplicate_of = o.doc_id
         JOIN quotes c ON c.doc_id = cd.id AND ${repeats('c')}
         WHERE o.id IN (SELECT value FROM json_each(@ids)) GROUP BY o.id, cd.id ORDER BY cd.seq`,
      )
      .all({ ids: JSON.stringify(ids) }) as { quote: string; id: string; name: string }[];
    for (const r of rows) (out.get(r.quote) ?? out.set(r.quote, []).get(r.quote)!).push({ id: r.id, name: r.name });
    return out;
  }

  private quoteOut(r: Row) {
    const machine = r.speaker_actor as string | null;
    const fixed = this.fix.quoteSpeaker(r.doc_id as string, r.start as number, r.end as number, machine, r.speaker_entity as number | null);
    return {
      id: r.id,
      doc: { id: r.doc_id, name: r.doc_name, title: r.doc_title, outlet: r.outlet, published: r.published, copyOf: r.copy_of ? { id: r.copy_of, name: r.copy_of_name ?? null } : null },
      kind: r.kind,
      start: r.start,
      end: r.end,
      text: r.text,
      cue: span(r, 'cue'),
      source: span(r, 'source'),
      speaker: fixed.speaker ? { id: fixed.speaker, name: this.actorName(fixed.speaker) } : null,
      machineSpeaker: machine ? { id: machine, name: this.actorName(machine) } : null,
      review: fixed.review,
      correction: fixed.correction,
      rule: r.rule,
      confidence: r.confidence,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Stances and events
  // ---------------------------------------------------------------------------------------------

  /**
   * `copies: 'fold'` leaves out a stance a syndicated or spun copy repeats (same holder, object and stance as
   * one of its original's): an actor's page listed each of a wire story's stances twice, the copy's unmarked.
   */
  listStances(f: { actor?: string; proposition?: string; doc?: string; since?: string; until?: string; review?: string; copies?: 'all' | 'fold' } & Paging): Page<Row> {
    const where: string[] = [];
    const p: Row = {};
    if (f.copies === 'fold')
      where.push(
        `NOT EXISTS (SELECT 1 FROM stances o WHERE o.doc_id = d.duplicate_of AND coalesce(o.actor_id, '') = coalesce(s.actor_id, '') AND o.proposition = s.proposition AND o.stance = s.stance)`,
      );
    if (f.actor && this.fix.detaches.detached(f.actor)) {
      p.entities = JSON.stringify(this.fix.detaches.entitiesOf(f.actor));
      where.push(`(s.doc_id || '|' || s.actor_entity) IN (SELECT value FROM json_each(@entities))`);
    } else if (f.actor) {
      const canonical = this.fix.merges.canonical(f.actor);
      p.members = JSON.stringify(this.fix.merges.members(canonical));
      // A stance held by an entity a detach moved away is no longer this actor's (its party keeps it).
      p.moved = JSON.stringify(this.fix.detaches.movedFrom(canonical));
      where.push(
        `((s.actor_id IN (SELECT value FROM json_each(@members)) AND (s.doc_id || '|' || s.actor_entity) NOT IN (SELECT value FROM json_each(@moved)))
          OR s.party_id IN (SELECT value FROM json_each(@members)))`,
      );
    }
    // A proposition as the corpus views show it: talks reported with fewer parties are the multilateral talks' (`talks.ts`).
    if (f.proposition) (where.push('s.proposition IN (SELECT value FROM json_each(@proposition))'), (p.proposition = JSON.stringify(storedTalksMerge(this.db).members(f.proposition))));
    if (f.doc) (where.push('s.doc_id = @doc'), (p.doc = f.doc));
    if (f.since) (where.push('coalesce(s.date, d.published) >= @since'), (p.since = f.since));
    if (f.until) (where.push('coalesce(s.date, d.published) <= @until'), (p.until = f.until));
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = f.doc ? 's.evidence_start' : 'coalesce(s.date, d.published) IS NULL, coalesce(s.date, d.published) DESC, d.seq DESC, s.idx';
    const select = `SELECT s.*, d.name AS doc_name, d.title AS doc_title, d.outlet, d.published FROM stances s JOIN documents d ON d.id = s.doc_id ${w} ORDER BY ${order}`;
    if (!f.review) {
      const total = (this.db.prepare(`SELECT count(*) AS n FROM stances s JOIN documents d ON d.id = s.doc_id ${w}`).get(p) as { n: number }).n;
      const items = (this.db.prepare(`${select} LIMIT @limit OFFSET @offset`).all({ ...p, limit: f.limit, offset: f.offset }) as Row[]).map((r) => this.stanceOut(r));
      return { items, total, limit: f.limit, offset: f.offset };
    }
    // Review lives in the corrections table, so that filter is applied after the join.
    const rows = (this.db.prepare(select).all(p) as Row[]).map((r) => this.stanceOut(r)).filter((r) => r.review === f.review);
    return { items: rows.slice(f.offset, f.offset + f.limit), total: rows.length, limit: f.limit, offset: f.offset };
  }

  private stanceOut(r: Row) {
    const rev = this.fix.stanceReview(r.doc_id as string, r.evidence_start as number, r.evidence_end as number, r.proposition as string);
    const shownAs = (this.talks ??= storedTalksMerge(this.db)).shownAs(r.proposition as string);
    return {
      id: r.id as string,
      doc: { id: r.doc_id, name: r.doc_name, title: r.doc_title, outlet: r.outlet, published: r.published },
      actor: this.entityRef(r.doc_id as string, r.actor_entity as number, r.actor_id as string | null),
      party: this.actorRef(r.party_id as string | null),
      proposition: r.proposition,
      propositionLabel: this.propositionLabel(r.proposition as string),
      ...(shownAs !== r.proposition ? { shownAs, shownAsLabel: this.propositionLabel(shownAs) } : {}),
      stance: rev.stance ?? r.stance,
      machineStance: r.stance,
      condition: span(r, 'cond'),
      date: r.date,
      evidence: span(r, 'evidence'),
      quote: r.quote_id,
      review: rev.review,
      correction: rev.correction,
      rule: r.rule,
      confidence: r.confidence,
    };
  }

  /** `copies: 'fold'`: an event a copy repeats (same type, actors, targets and negation as one of its original's) is left out. */
  listEvents(f: { type?: string; actor?: string; doc?: string; since?: string; until?: string; copies?: 'all' | 'fold' } & Paging): Page<Row> {
    const where: string[] = [];
    const p: Row = { limit: f.limit, offset: f.offset };
    if (f.copies === 'fold')
      where.push(
        `NOT EXISTS (SELECT 1 FROM events o WHERE o.doc_id = d.duplicate_of AND o.type = e.type AND o.actors_json = e.actors_json AND o.targets_json = e.targets_json AND o.negated = e.negated)`,
      );
    if (f.type) (where.push('e.type = @type'), (p.type = f.type.toUpperCase()));
    if (f.actor) {
      // Stored ids are matched through the merge group; events a detach changed are decided by their served ids.
      const detached = this.fix.detaches.detached(f.actor);
      const served = detached ? f.actor : this.fix.merges.canonical(f.actor);
      const to: string[] = [];
      const away: string[] = [];
      for (const [id, e] of this.fix.events().changed) (e.actors.includes(served) || e.targets.includes(served) ? to : away).push(id);
      p.members = JSON.stringify(detached ? [] : this.fix.merges.members(served));
      p.to = JSON.stringify(to);
      p.away = JSON.stringify(away);
      where.push(
        `(((EXISTS (SELECT 1 FROM json_each(e.actors_json) a WHERE a.value IN (SELECT value FROM json_each(@members)))
            OR EXISTS (SELECT 1 FROM json_each(e.targets_json) t WHERE t.value IN (SELECT value FROM json_each(@members))))
           AND e.id NOT IN (SELECT value FROM json_each(@away)))
          OR e.id IN (SELECT value FROM json_each(@to)))`,
      );
    }
    if (f.doc) (where.push('e.doc_id = @doc'), (p.doc = f.doc));
    if (f.since) (where.push('coalesce(e.date, d.published) >= @since'), (p.since = f.since));
    if (f.until) (where.push('coalesce(e.date, d.published) <= @until'), (p.until = f.until));
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = f.doc ? 'e.evidence_start' : 'coalesce(e.date, d.published) IS NULL, coalesce(e.date, d.published) DESC, d.seq DESC, e.idx';
    const from = 'events e JOIN documents d ON d.id = e.doc_id';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM ${from} ${w}`).get(p) as { n: number }).n;
    const rows = this.db.prepare(`SELECT e.*, d.name AS doc_name, d.title AS doc_title, d.outlet, d.published FROM ${from} ${w} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(p) as Row[];
    return { items: rows.map((r) => this.eventOut(r)), total, limit: f.limit, offset: f.offset };
  }

  private eventOut(r: Row) {
    const served = this.fix.events().served(r.id as string, JSON.parse(r.actors_json as string) as (string | null)[], JSON.parse(r.targets_json as string) as (string | null)[]);
    const refs = (ids: (string | null)[]) => ids.map((id) => (id ? { id, name: this.actorName(id) } : null));
    return {
      id: r.id,
      doc: { id: r.doc_id, name: r.doc_name, title: r.doc_title, outlet: r.outlet, published: r.published },
      type: r.type,
      mode: r.mode,
      actors: refs(served.actors),
      targets: refs(served.targets),
      negated: r.negated === 1,
      modality: r.modality,
      date: r.date,
      dateText: span(r, 'date'),
      location: span(r, 'location'),
      trigger: span(r, 'trigger'),
      evidence: span(r, 'evidence'),
      rule: r.rule,
      confidence: r.confidence,
    };
  }

  /** Who acts on whom: one edge per (actor, target, event type), counted over non-negated events. */
  graph(f: { types?: string[] }) {
    const edges = new Map<string, { source: string; target: string; type: string; count: number }>();
    const rows = this.db.prepare('SELECT id, type, actors_json, targets_json FROM events WHERE negated = 0').all() as Row[];
    const events = this.fix.events();
    const wanted = f.types?.length ? new Set(f.types.map((t) => t.toUpperCase())) : null;
    for (const r of rows) {
      if (wanted && !wanted.has(r.type as string)) continue;
      const served = events.served(r.id as string, JSON.parse(r.actors_json as string) as (string | null)[], JSON.parse(r.targets_json as string) as (string | null)[]);
      const as = served.actors.filter((x): x is string => !!x);
      const ts = served.targets.filter((x): x is string => !!x);
      for (const a of new Set(as))
        for (const t of new Set(ts)) {
          if (a === t) continue;
          const key = `${a}\u0000${t}\u0000${r.type as string}`;
          const e = edges.get(key) ?? { source: a, target: t, type: r.type as string, count: 0 };
          e.count++;
          edges.set(key, e);
        }
    }
    const list = [...edges.values()].sort((x, y) => y.count - x.count);
    const ids = [...new Set(list.flatMap((e) => [e.source, e.target]))];
    const nodes = ids.map((id) => {
      const detached = this.fix.detaches.detached(id);
      const a = this.store.get(detached ? detached.actor : id);
      if (detached) return { id, name: detached.label, type: a?.type ?? 'person', party: null };
      return { id, name: a?.name ?? id, type: a?.type ?? null, party: a?.party ?? null };
    });
    return { nodes, edges: list };
  }

  // ---------------------------------------------------------------------------------------------
  // Actors
  // ---------------------------------------------------------------------------------------------

  listActors(f: { type?: string; q?: string } & Paging): Page<Row> {
    const merges = this.fix.merges;
    let all = this.store.listActors(f.type ? { type: f.type } : {});
    if (merges.size > 0) {
      const byId = new Map(all.map((a) => [a.id, a]));
      all = all
        .filter((a) => !merges.merged.has(a.id))
        .map((a) => {
          const members = merges.members(a.id).map((id) => byId.get(id) ?? this.store.get(id)).filter((x): x is ActorRecord => !!x);
          return members.length < 2 ? a : this.combine(a, members);
        });
    }
    if (this.fix.detaches.list.length > 0) {
      const detached = new Map<string, ActorRecord>();
      for (const d of this.fix.detaches.list) if (!detached.has(d.as)) detached.set(d.as, this.detachedRecord(d.as)!);
      all = all.map((a) => this.withoutDetached(a)).concat([...detached.values()].filter((a) => !f.type || a.type === f.type));
    }
    if (f.q) {
      const q = f.q.toLocaleLowerCase();
      all = all.filter((a) => a.name.toLocaleLowerCase().includes(q) || a.aliases.some((x) => x.toLocaleLowerCase().includes(q)));
    }
    // A name only copies of other reports give ("Safety Secretariat" in a spun copy of "Security Secretariat")
    // is the copy's rewording: no actor to list or filter by (its page still answers by id).
    const copiesOnly = this.copiesOnlyActors();
    if (copiesOnly.size) all = all.filter((a) => !copiesOnly.has(a.id) || merges.members(a.id).some((id) => id !== a.id && !copiesOnly.has(id)));
    all.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    // A body named after a stored report's outlet ("told Reuters") is a source, not a party: the app sets it apart.
    const outlets = storedOutlets(this.db);
    const items = all.slice(f.offset, f.offset + f.limit).map((a) => ({ ...a, partyName: this.actorName(a.party), mergedFrom: merges.members(a.id).filter((id) => id !== a.id), outlet: isOutletActor(a, outlets) }));
    return { items, total: all.length, limit: f.limit, offset: f.offset };
  }

  /** `COPIES_ONLY_ACTORS`, read again only when mentions or copies were added since (it scans every copy's mentions). */
  private copiesOnlyActors(): Set<string> {
    const key = this.db.prepare(`SELECT (SELECT coalesce(max(rowid), 0) FROM mentions) || ':' || (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL)`).pluck().get() as string;
    const cached = COPIES_ONLY_CACHE.get(this.db);
    if (cached?.key === key) return cached.ids;
    const ids = new Set(this.db.prepare(COPIES_ONLY_ACTORS).pluck().all() as string[]);
    COPIES_ONLY_CACHE.set(this.db, { key, ids });
    return ids;
  }

  private combine(head: ActorRecord, members: ActorRecord[]): ActorRecord {
    return {
      ...head,
      roles: [...new Set(members.flatMap((m) => m.roles))],
      aliases: [...new Set(members.flatMap((m) => [m.name, ...m.aliases]))],
      mentionCount: members.reduce((n, m) => n + m.mentionCount, 0),
      docCount: members.reduce((n, m) => n + m.docCount, 0),
    };
  }

  /** Mentions and documents of the entities listed as `doc|idx`. */
  private entityCounts(entities: string[]): { mentions: number; docs: number } {
    const r = this.db
      .prepare(`SELECT count(*) AS mentions, count(DISTINCT doc_id) AS docs FROM mentions WHERE (doc_id || '|' || entity_idx) IN (SELECT value FROM json_each(?))`)
      .get(JSON.stringify(entities)) as { mentions: number; docs: number };
    return r;
  }

  /** A served actor less the mentions a detach moved away from it. */
  private withoutDetached(a: ActorRecord): ActorRecord {
    const moved = this.fix.detaches.movedFrom(a.id);
    if (moved.length === 0) return a;
    return { ...a, mentionCount: Math.max(0, a.mentionCount - this.entityCounts(moved).mentions) };
  }

  /** The record of an actor made by detaching a name, or undefined when `id` is not one. */
  private detachedRecord(id: string): ActorRecord | undefined {
    const d = this.fix.detaches.detached(id);
    if (!d) return undefined;
    const source = this.store.get(d.actor);
    const counts = this.entityCounts(this.fix.detaches.entitiesOf(id));
    return { id, name: d.label, type: source?.type ?? 'person', packId: null, party: null, roles: [], aliases: [d.label], mentionCount: counts.mentions, docCount: counts.docs };
  }

  /** Names (name, metonym and title mentions) seen for the given entities or actors, most frequent first. */
  private namesSeen(where: string, params: Row): { name: string; count: number; docs: { id: string; title: string; outlet: string | null; published: string | null }[] }[] {
    const names = this.db
      .prepare(`SELECT text AS name, count(*) AS count FROM mentions WHERE ${where} AND kind IN ('name', 'metonym', 'title') GROUP BY text ORDER BY count DESC LIMIT 50`)
      .all(params) as { name: string; count: number }[];
    if (names.length === 0) return [];
    // The documents each name is seen in (the newest 30), so a person can detach it in one document only:
    // one query for every name, not one per name.
    const rows = this.db
      .prepare(
        `SELECT name, id, title, outlet, published FROM (
           SELECT m.text AS name, d.id, coalesce(d.title, d.name) AS title, d.outlet AS outlet, d.published AS published,
                  row_number() OVER (PARTITION BY m.text ORDER BY d.published IS NULL, d.published DESC) AS n
           FROM (SELECT DISTINCT text, doc_id FROM mentions
                 WHERE ${where} AND kind IN ('name', 'metonym', 'title') AND text IN (SELECT value FROM json_each(@names))) m
           JOIN documents d ON d.id = m.doc_id)
         WHERE n <= 30 ORDER BY name, n`,
      )
      .all({ ...params, names: JSON.stringify(names.map((n) => n.name)) }) as { name: string; id: string; title: string; outlet: string | null; published: string | null }[];
    // Outlet and date tell apart a report and its syndicated copy, which share a title.
    const docs = new Map<string, { id: string; title: string; outlet: string | null; published: string | null }[]>();
    for (const r of rows) (docs.get(r.name) ?? docs.set(r.name, []).get(r.name)!).push({ id: r.id, title: r.title, outlet: r.outlet, published: r.published });
    return names.map((n) => ({ ...n, docs: docs.get(n.name) ?? [] }));
  }

  actor(id: string) {
    const all = { limit: 500, offset: 0 };
    const detachedRecord = this.detachedRecord(id);
    if (detachedRecord) {
      const d = this.fix.detaches.detached(id)!;
      return {
        ...detachedRecord,
        requested: id,
        mergedFrom: [] as string[],
        partyName: null,
        detachedFrom: { id: d.actor, name: this.actorName(d.actor) },
        detached: this.fix.detaches.list.filter((x) => x.as === id).map((x) => ({ actor: x.actor, name: x.label, doc: x.doc, as: x.as, correction: x.correction })),
        namesSeen: this.namesSeen(`(doc_id || '|' || entity_idx) IN (SELECT value FROM json_each(@entities))`, { entities: JSON.stringify(this.fix.detaches.entitiesOf(id)) }),
        stances: this.listStances({ actor: id, copies: 'fold', ...all }).items,
        quotes: this.listQuotes({ speaker: id, copies: 'fold', ...all }).items,
        events: this.listEvents({ actor: id, copies: 'fold', ...all }).items,
      };
    }
    const canonical = this.fix.merges.canonical(id);
    const row = this.db.prepare('SELECT * FROM actors WHERE id = ?').get(canonical) as Parameters<typeof actorFromRow>[0] | undefined;
    if (!row) throw new ParleyError('E_NOT_FOUND', id, 'no such actor', 404);
    const memberIds = this.fix.merges.members(canonical);
    const members = memberIds.map((m) => this.store.get(m)).filter((x): x is ActorRecord => !!x);
    const record = this.withoutDetached(members.length > 1 ? this.combine(actorFromRow(row), members) : actorFromRow(row));
    const names = this.namesSeen(
      `actor_id IN (SELECT value FROM json_each(@members)) AND (doc_id || '|' || entity_idx) NOT IN (SELECT value FROM json_each(@moved))`,
      { members: JSON.stringify(memberIds), moved: JSON.stringify(this.fix.detaches.movedFrom(canonical)) },
    );
    return {
      ...record,
      requested: id,
      mergedFrom: memberIds.filter((m) => m !== canonical),
      partyName: record.party ? this.actorName(record.party) : null,
      detachedFrom: null,
      /** Names a person detached from this actor, each served as its own actor (`as`). */
      detached: this.fix.detaches.list.filter((d) => d.actor === canonical).map((d) => ({ actor: d.actor, name: d.label, doc: d.doc, as: d.as, correction: d.correction })),
      namesSeen: names,
      stances: this.listStances({ actor: canonical, copies: 'fold', ...all }).items,
      quotes: this.listQuotes({ speaker: canonical, copies: 'fold', ...all }).items,
      events: this.listEvents({ actor: canonical, copies: 'fold', ...all }).items,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Corpus views
  // ---------------------------------------------------------------------------------------------

  /** The matrix with reviews, detaches and merges applied (the CLI and the brief read the same). */
  positions(f: { since?: string; until?: string }): PositionsMatrix {
    return correctedPositions(this.store, f, this.fix);
  }

  /** The timeline applies reviews, merges and detaches itself (the CLI and the brief read the same). */
  timeline(f: TimelineFilter): TimelineEntry[] {
    return timeline(this.store, f);
  }

  timelinePage(f: TimelineFilter): { items: TimelineEntry[]; total: number } {
    return timelinePage(this.store, f);
  }

  search(q: string, limit: number) {
    const quotes = this.listQuotes({ q, limit, offset: 0 });
    const documents = this.db
      .prepare(
        `SELECT id, name, title, outlet, published FROM documents WHERE title LIKE @q ESCAPE '\\' OR name LIKE @q ESCAPE '\\'
         ORDER BY published IS NULL, published DESC, seq DESC LIMIT @limit`,
      )
      .all({ q: likePattern(q), limit }) as Row[];
    const actors = this.listActors({ q, limit: Math.min(limit, 10), offset: 0 }).items.map((a) => ({ id: a.id, name: a.name, type: a.type }));
    return { q, quotes: { items: quotes.items, total: quotes.total }, documents, actors };
  }

  /**
   * The propositions a filter may choose: those some stored stance is about (a default pack's propositions on
   * other talks are no choice), each once as the corpus views show it (`talks.ts`).
   */
  private filterPropositions(): { id: string; label: string; statement: string }[] {
    const stored = new Set(this.db.prepare('SELECT DISTINCT proposition FROM stances').pluck().all() as string[]);
    const talks = storedTalksMerge(this.db);
    const rows = this.db.prepare('SELECT id, label, statement FROM propositions ORDER BY id').all() as { id: string; label: string; statement: string }[];
    return rows.filter((p) => talks.shownAs(p.id) === p.id && talks.members(p.id).some((id) => stored.has(id)));
  }

  stats() {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      // A syndicated or spun copy is one more article, not one more source.
      independentDocuments: n('SELECT count(DISTINCT coalesce(duplicate_of, id)) AS n FROM documents'),
      // The actors the Actors view lists: not those only copies of other reports name.
      actors: n(`SELECT count(*) AS n FROM actors WHERE id NOT IN (${COPIES_ONLY_ACTORS})`),
      quotes: n('SELECT count(*) AS n FROM quotes'),
      // The quotes the Quotes view lists: a quote a copy repeats counts once, on its original.
      quotesFolded: n(`SELECT count(*) AS n FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE NOT EXISTS (SELECT 1 FROM quotes o WHERE o.doc_id = d.duplicate_of AND ${repeats('q')})`),
      stances: n('SELECT count(*) AS n FROM stances'),
      events: n('SELECT count(*) AS n FROM events'),
      corrections: n('SELECT count(*) AS n FROM corrections'),
      outlets: (this.db.prepare(`SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet`).all() as { outlet: string }[]).map((r) => r.outlet),
      // Only propositions some stored stance is about: a default pack's propositions on other talks are no filter choice.
      propositions: this.filterPropositions(),
    };
  }
}
