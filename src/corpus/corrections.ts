/**
 * Human corrections: a person's review of an extracted fact, stored in the `corrections` table (migration 2)
 * and applied when facts are served. Corrections are keyed by WHAT the fact is (`target_key`), never by row
 * ids alone, so they survive `reanalyseAll` and restarts. The latest correction for a target wins.
 *
 * Table semantics (other modules, e.g. positions, read the table directly and must follow these):
 * - `target_kind='stance'`, `target_key` = stableKey({doc, start, end, proposition}) where start/end is the
 *   stance's evidence span; `action` `confirm` | `reject` | `set-stance` (value_json `{"stance": "oppose"}`:
 *   the person's reading replaces the machine's). A rejected stance is left out of positions and the timeline.
 * - `target_kind='quote'`, `target_key` = stableKey({doc, start, end}) of the quote span; `action`
 *   `set-speaker` (value_json `{"actor": id}`), `confirm` (speaker is right) or `reject` (speaker is wrong:
 *   served as unattributed).
 * - `target_kind='actor'`, `target_key` = stableKey({actors: [a, b]}) with a, b sorted; `action` `merge`
 *   (value_json `{"into": a}`: b is served as a) or `split` (undoes the merge of that pair).
 * - `target_kind='actor'`, `target_key` = stableKey({actor, name, doc}) (name lower-cased and trimmed, doc
 *   null for every document): `action` `detach` (value_json `{"as": "<actor>~<slug of name>", "name": as written}`) or
 *   `reattach` (undoes it). A detach says the resolver wrongly put the person seen under `name` into the
 *   (served, i.e. post-merge) actor `actor`: every within-document entity of that actor with a name, metonym
 *   or title mention spelled `name` (in `doc` only, when given) is served as the new actor `as`, with its
 *   mentions, the quotes it speaks, the stances it holds (its party keeps party-level stances) and the
 *   events that name it (`eventActors`: events store actor ids, so the entity is found through the
 *   document). The API (`src/server/queries.ts`), the timeline, the brief and `correctedPositions` apply
 *   it; code reading stances by actor id should use `actorDetaches` to follow it.
 * Merges, detaches and event actors are cached per store until its data changes (`servedState`).
 */
import { ParleyError } from '../core/errors.js';
import type { StanceValue } from '../core/model.js';
import type { Store } from '../store/store.js';

export type CorrectionKind = 'stance' | 'quote' | 'actor';
export type CorrectionAction = 'confirm' | 'reject' | 'set-speaker' | 'merge' | 'split' | 'set-stance' | 'detach' | 'reattach';

export interface Correction {
  id: number;
  kind: CorrectionKind;
  targetId: string;
  targetKey: string;
  /** `targetKey` parsed: what the export's `targetKey` holds (the API kept the string when this was added). */
  target: Record<string, unknown>;
  action: CorrectionAction;
  value: unknown;
  note: string | null;
  author: string;
  createdAt: string;
}

export type Review = 'machine' | 'confirmed' | 'rejected';

export const STANCE_VALUES: readonly StanceValue[] = ['support', 'oppose', 'conditional', 'neutral'];

/** A person's review of one stance: whether it stands, and the stance they read there if they changed it. */
export interface StanceReview {
  review: Review;
  /** Set when a person replaced the machine's stance ('set-stance'). */
  stance: StanceValue | null;
}

/** How a correction row reviews a stance. */
function stanceReviewOf(action: string, valueJson: string): StanceReview {
  if (action === 'reject') return { review: 'rejected', stance: null };
  if (action === 'set-stance') {
    const v = JSON.parse(valueJson) as { stance?: StanceValue };
    return { review: 'confirmed', stance: v.stance && STANCE_VALUES.includes(v.stance) ? v.stance : null };
  }
  return { review: 'confirmed', stance: null };
}

/**
 * The latest review of every reviewed stance, keyed `doc|start|end|proposition` (evidence span): what the
 * positions matrix and the timeline apply. Cheap: one pass over the stance corrections.
 */
export function stanceReviews(db: Store['db']): Map<string, StanceReview> {
  const out = new Map<string, StanceReview>();
  const rows = db.prepare(`SELECT target_key, action, value_json FROM corrections WHERE target_kind = 'stance' ORDER BY id`).all() as { target_key: string; action: string; value_json: string }[];
  for (const c of rows) {
    try {
      const k = JSON.parse(c.target_key) as { doc: string; start: number; end: number; proposition: string };
      out.set(stanceReviewKey(k.doc, k.start, k.end, k.proposition), stanceReviewOf(c.action, c.value_json));
    } catch {
      // A malformed key or value cannot match a stance; it is ignored rather than breaking the views.
    }
  }
  return out;
}

export const stanceReviewKey = (doc: string, start: number, end: number, proposition: string) => `${doc}|${start}|${end}|${proposition}`;

/** JSON with keys in a fixed (sorted) order, so the same fact always gets the same key. */
export function stableKey(value: Record<string, unknown>): string {
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) sorted[k] = value[k];
  return JSON.stringify(sorted);
}

export const stanceKey = (doc: string, start: number, end: number, proposition: string) => stableKey({ doc, start, end, proposition });
export const quoteKey = (doc: string, start: number, end: number) => stableKey({ doc, start, end });
export const actorPairKey = (a: string, b: string) => stableKey({ actors: [a, b].sort() });
export const detachName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
export const detachKey = (actor: string, name: string, doc: string | null) => stableKey({ actor, name: detachName(name), doc });
/** A URL- and id-safe slug; a one-liner, so no slug library. */
export const nameSlug = (name: string) => detachName(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'name';
/** The stable id a detached name is served under. */
// One id per actor and name, whatever the document: the same name detached from one actor in two articles
// is taken to be the same other person (detach it elsewhere under another name to keep them apart).
export const detachedActorId = (actor: string, name: string) => `${actor}~${nameSlug(name)}`;

interface CorrectionRow {
  id: number;
  target_kind: string;
  target_id: string;
  target_key: string;
  action: string;
  value_json: string;
  note: string | null;
  author: string;
  created_at: string;
}

/** A stored target key as an object; a malformed one (edited by hand) as none rather than an error. */
function parsedKey(key: string): Record<string, unknown> {
  try {
    const v = JSON.parse(key) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const fromRow = (r: CorrectionRow): Correction => ({
  id: r.id,
  kind: r.target_kind as CorrectionKind,
  targetId: r.target_id,
  targetKey: r.target_key,
  target: parsedKey(r.target_key),
  action: r.action as CorrectionAction,
  value: JSON.parse(r.value_json) as unknown,
  note: r.note,
  author: r.author,
  createdAt: r.created_at,
});

/** What a client asks to record; the target is named by its current id and resolved to a stable key here. */
export type CorrectionRequest =
  | { kind: 'stance'; action: 'confirm' | 'reject'; stanceId: string; note?: string; author?: string }
  | { kind: 'stance'; action: 'set-stance'; stanceId: string; stance: StanceValue; note?: string; author?: string }
  | { kind: 'quote'; action: 'confirm' | 'reject'; quoteId: string; note?: string; author?: string }
  | { kind: 'quote'; action: 'set-speaker'; quoteId: string; speaker: string; note?: string; author?: string }
  | { kind: 'actor'; action: 'merge' | 'split'; actors: [string, string]; note?: string; author?: string }
  | { kind: 'actor'; action: 'detach' | 'reattach'; actor: string; name: string; doc?: string; note?: string; author?: string };

/** Records a correction (after checking its target exists) and returns it as stored. */
export function recordCorrection(store: Store, req: CorrectionRequest, now = new Date()): Correction {
  const db = store.db;
  let targetId: string;
  let targetKey: string;
  let value: unknown = null;
  switch (req.kind) {
    case 'stance': {
      const s = db.prepare('SELECT doc_id, evidence_start, evidence_end, proposition FROM stances WHERE id = ?').get(req.stanceId) as
        | { doc_id: string; evidence_start: number; evidence_end: number; proposition: string }
        | undefined;
      if (!s) throw new ParleyError('E_NOT_FOUND', req.stanceId, 'no such stance', 404);
      targetId = req.stanceId;
      targetKey = stanceKey(s.doc_id, s.evidence_start, s.evidence_end, s.proposition);
      if (req.action === 'set-stance') {
        if (!STANCE_VALUES.includes(req.stance)) throw new ParleyError('E_VALIDATION', req.stance, `a stance is one of ${STANCE_VALUES.join(', ')}`, 400);
        value = { stance: req.stance };
      }
      break;
    }
    case 'quote': {
      const q = db.prepare('SELECT doc_id, start, "end" FROM quotes WHERE id = ?').get(req.quoteId) as { doc_id: string; start: number; end: number } | undefined;
      if (!q) throw new ParleyError('E_NOT_FOUND', req.quoteId, 'no such quote', 404);
      targetId = req.quoteId;
      targetKey = quoteKey(q.doc_id, q.start, q.end);
      if (req.action === 'set-speaker') {
        if (!store.get(req.speaker) && !actorDetaches(store).detached(req.speaker)) throw new ParleyError('E_NOT_FOUND', req.speaker, 'no such actor', 404);
        value = { actor: req.speaker };
      }
      break;
    }
    case 'actor': {
      if (!('actors' in req)) {
        ({ targetId, targetKey, value } = detachTarget(store, req));
        break;
      }
      const [a, b] = req.actors;
      if (a === b) throw new ParleyError('E_VALIDATION', a, 'cannot merge an actor with itself', 400);
      for (const id of req.actors) if (!store.get(id)) throw new ParleyError('E_NOT_FOUND', id, 'no such actor', 404);
      targetId = `${a}+${b}`;
      targetKey = actorPairKey(a, b);
      if (req.action === 'merge') {
        const current = actorMerges(store);
        if (current.canonical(b) === current.canonical(a)) throw new ParleyError('E_VALIDATION', targetId, 'these actors are already merged', 409);
        value = { into: a };
      } else if (!activeMerges(store).some((m) => m.key === targetKey)) {
        throw new ParleyError('E_VALIDATION', targetId, 'these actors were not merged', 409);
      }
      break;
    }
  }
  const info = db
    .prepare('INSERT INTO corrections (target_kind, target_id, target_key, action, value_json, note, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(req.kind, targetId, targetKey, req.action, JSON.stringify(value), req.note ?? null, req.author?.trim() || 'user', now.toISOString());
  return fromRow(db.prepare('SELECT * FROM corrections WHERE id = ?').get(info.lastInsertRowid) as CorrectionRow);
}

/** Checks a detach/reattach request against what is served now and names its target. */
function detachTarget(store: Store, req: { action: 'detach' | 'reattach'; actor: string; name: string; doc?: string }): { targetId: string; targetKey: string; value: unknown } {
  const merges = actorMerges(store);
  const actor = merges.canonical(req.actor);
  if (!store.get(actor)) throw new ParleyError('E_NOT_FOUND', req.actor, 'no such actor', 404);
  const doc = req.doc ?? null;
  if (doc && !store.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(doc)) throw new ParleyError('E_NOT_FOUND', doc, 'no such document', 404);
  const targetId = `${actor}~${req.name}${doc ? `@${doc}` : ''}`;
  const targetKey = detachKey(actor, req.name, doc);
  const entities = nameEntities(store.db, merges.members(actor), req.name, doc);
  if (entities.length === 0) throw new ParleyError('E_NOT_FOUND', req.name, `no mention of this name on ${actor}${doc ? ' in that document' : ''}`, 404);
  const current = actorDetaches(store, merges);
  if (req.action === 'reattach') {
    if (!current.list.some((d) => d.key === targetKey)) throw new ParleyError('E_VALIDATION', targetId, 'this name was not detached', 409);
    return { targetId, targetKey, value: null };
  }
  if (entities.every((e) => current.entity(e.doc, e.idx) !== null)) throw new ParleyError('E_VALIDATION', targetId, 'nothing to detach: this name is already detached', 409);
  return { targetId, targetKey, value: { as: detachedActorId(actor, req.name), name: req.name.trim().replace(/\s+/g, ' ') } };
}

/** Within-document entities of `members` seen under `name` (a name, metonym or title mention), in `doc` if given. */
function nameEntities(db: Store['db'], members: readonly string[], name: string, doc: string | null): { doc: string; idx: number }[] {
  const wanted = detachName(name);
  const seen = new Set<string>();
  const out: { doc: string; idx: number }[] = [];
  for (const m of spelledMentions(db, members)) {
    if ((doc !== null && m.doc !== doc) || detachName(m.text) !== wanted) continue;
    const k = `${m.doc}|${m.idx}`;
    if (!seen.has(k)) (seen.add(k), out.push({ doc: m.doc, idx: m.idx }));
  }
  return out;
}

/**
 * The distinct spellings under which entities of `actors` are named, in one query. Names are compared in
 * JavaScript (`detachName`): SQLite's lower() folds ASCII only, so "Łukasz" would never match "łukasz".
 */
function spelledMentions(db: Store['db'], actors: readonly string[]): { actor: string; doc: string; idx: number; text: string }[] {
  if (actors.length === 0) return [];
  return db
    .prepare(
      `SELECT DISTINCT actor_id AS actor, doc_id AS doc, entity_idx AS idx, text FROM mentions
       WHERE actor_id IN (SELECT value FROM json_each(?)) AND kind IN ('name', 'metonym', 'title')`,
    )
    .all(JSON.stringify([...new Set(actors)])) as { actor: string; doc: string; idx: number; text: string }[];
}

/** One detach in force. */
export interface ActorDetach {
  key: string;
  /** The served actor the name was taken from. */
  actor: string;
  name: string;
  /** The name as the person wrote it (for display). */
  label: string;
  doc: string | null;
  /** The actor id the detached entities are served as. */
  as: string;
  correction: Correction;
}

/** Detaches in force, resolved to the within-document entities they move. */
export interface ActorDetaches {
  list: ActorDetach[];
  /** The actor id an entity is served as when a detach moved it, else null. */
  entity(doc: string, idx: number): string | null;
  /** `doc|idx` of every entity served as `as`. */
  entitiesOf(as: string): string[];
  /** `doc|idx` of every entity moved away from the served actor `actor`. */
  movedFrom(actor: string): string[];
  /** The detach that created a detached id, if `id` is one. */
  detached(id: string): ActorDetach | undefined;
  /** `doc|idx` of every entity a detach moved. */
  moved(): readonly string[];
  /** Documents holding an entity a detach moved. */
  docs(): string[];
}

export function actorDetaches(store: Store, merges: ActorMerges = actorMerges(store)): ActorDetaches {
  const state = servedState(store);
  if (state && state.merges === merges) return (state.detaches ??= resolveDetaches(store, merges));
  return resolveDetaches(store, merges);
}

/** Reads the detaches in force and the entities they move: one query over mentions for all of them. */
function resolveDetaches(store: Store, merges: ActorMerges): ActorDetaches {
  const list: ActorDetach[] = [];
  for (const [key, c] of latestByKey(store, 'actor')) {
    if (c.action !== 'detach') continue;
    try {
      const k = JSON.parse(key) as { actor: string; name: string; doc: string | null };
      const v = c.value as { as: string; name?: string };
      list.push({ key, actor: k.actor, name: k.name, label: v.name ?? k.name, doc: k.doc, as: v.as, correction: c });
    } catch {
      // A malformed key cannot match an entity; ignored rather than breaking every view.
    }
  }
  list.sort((x, y) => x.correction.id - y.correction.id);
  // Entities by (machine actor, spelling): every detach is then a few map look-ups.
  const spelled = new Map<string, { doc: string; idx: number }[]>();
  for (const m of spelledMentions(store.db, list.flatMap((d) => merges.members(d.actor)))) {
    const k = `${m.actor}\u0000${detachName(m.text)}`;
    (spelled.get(k) ?? spelled.set(k, []).get(k)!).push({ doc: m.doc, idx: m.idx });
  }
  const byEntity = new Map<string, string>();
  for (const d of list)
    for (const member of merges.members(d.actor))
      for (const e of spelled.get(`${member}\u0000${detachName(d.name)}`) ?? []) {
        if (d.doc !== null && e.doc !== d.doc) continue;
        if (!byEntity.has(`${e.doc}|${e.idx}`)) byEntity.set(`${e.doc}|${e.idx}`, d.as);
      }
  const from = new Map(list.map((d) => [d.as, d.actor]));
  const byAs = new Map<string, string[]>();
  for (const [k, as] of byEntity) byAs.set(as, [...(byAs.get(as) ?? []), k]);
  const byId = new Map<string, ActorDetach>();
  for (const d of list) if (!byId.has(d.as)) byId.set(d.as, d);
  const moved = [...byEntity.keys()];
  return {
    list,
    entity: (doc, idx) => byEntity.get(`${doc}|${idx}`) ?? null,
    entitiesOf: (as) => byAs.get(as) ?? [],
    movedFrom: (actor) => [...byAs].filter(([as]) => from.get(as) === actor).flatMap(([, keys]) => keys),
    detached: (id) => byId.get(id),
    moved: () => moved,
    docs: () => [...new Set(moved.map((k) => k.slice(0, k.lastIndexOf('|'))))],
  };
}

export function listCorrections(store: Store, filter: { kind?: CorrectionKind; limit?: number; offset?: number } = {}): { items: Correction[]; total: number } {
  const where = filter.kind ? 'WHERE target_kind = @kind' : '';
  const params = { kind: filter.kind ?? null, limit: filter.limit ?? 100, offset: filter.offset ?? 0 };
  const rows = store.db.prepare(`SELECT * FROM corrections ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as CorrectionRow[];
  const total = (store.db.prepare(`SELECT count(*) AS n FROM corrections ${where}`).get(params) as { n: number }).n;
  return { items: rows.map(fromRow), total };
}

/** The latest correction per target of one kind (later ids win). */
function latestByKey(store: Store, kind: CorrectionKind): Map<string, Correction> {
  const out = new Map<string, Correction>();
  const rows = store.db.prepare('SELECT * FROM corrections WHERE target_kind = ? ORDER BY id').all(kind) as CorrectionRow[];
  for (const r of rows) out.set(r.target_key, fromRow(r));
  return out;
}

/** The corrections in force, indexed for serving. Cheap to build; build one per request. */
export interface CorrectionIndex {
  stanceReview(doc: string, start: number, end: number, proposition: string): StanceReview & { correction: Correction | null };
  quoteSpeaker(doc: string, start: number, end: number, machineSpeaker: string | null, speakerEntity?: number | null): { speaker: string | null; review: Review; correction: Correction | null };
  /** The actor an entity's machine-resolved actor is served as: merges, then detaches. */
  entityActor(doc: string, idx: number | null | undefined, machineActor: string | null): string | null;
  merges: ActorMerges;
  detaches: ActorDetaches;
  /** Served event actors and targets (read on first use). */
  events(): EventActors;
}

export function correctionIndex(store: Store): CorrectionIndex {
  const stances = latestByKey(store, 'stance');
  const quotes = latestByKey(store, 'quote');
  const merges = actorMerges(store);
  const detaches = actorDetaches(store, merges);
  const entityActor = (doc: string, idx: number | null | undefined, machineActor: string | null) =>
    machineActor === null ? null : ((idx === null || idx === undefined ? null : detaches.entity(doc, idx)) ?? merges.canonical(machineActor));
  let events: EventActors | undefined;
  return {
    merges,
    detaches,
    entityActor,
    events: () => (events ??= eventActors(store, merges, detaches)),
    stanceReview(doc, start, end, proposition) {
      const c = stances.get(stanceKey(doc, start, end, proposition)) ?? null;
      if (!c) return { review: 'machine', stance: null, correction: null };
      return { ...stanceReviewOf(c.action, JSON.stringify(c.value)), correction: c };
    },
    quoteSpeaker(doc, start, end, machineSpeaker, speakerEntity) {
      const c = quotes.get(quoteKey(doc, start, end)) ?? null;
      if (!c) return { speaker: entityActor(doc, speakerEntity, machineSpeaker), review: 'machine', correction: null };
      if (c.action === 'set-speaker') return { speaker: merges.canonical((c.value as { actor: string }).actor), review: 'confirmed', correction: c };
      if (c.action === 'reject') return { speaker: null, review: 'rejected', correction: c };
      return { speaker: entityActor(doc, speakerEntity, machineSpeaker), review: 'confirmed', correction: c };
    },
  };
}

/** Merged actors: every id maps to the canonical id its merge group is served as. */
export interface ActorMerges {
  canonical(id: string): string;
  /** Every id served as `id` (itself included). */
  members(id: string): string[];
  /** Ids that are served as another actor. */
  readonly merged: ReadonlySet<string>;
  size: number;
}

function activeMerges(store: Store): { key: string; into: string; other: string; correction: Correction }[] {
  const out: { key: string; into: string; other: string; correction: Correction }[] = [];
  for (const [key, c] of latestByKey(store, 'actor')) {
    if (c.action !== 'merge') continue;
    const [a, b] = (JSON.parse(key) as { actors: [string, string] }).actors;
    const into = (c.value as { into: string }).into;
    out.push({ key, into, other: into === a ? b : a, correction: c });
  }
  return out.sort((x, y) => x.correction.id - y.correction.id);
}

export function actorMerges(store: Store): ActorMerges {
  const state = servedState(store);
  if (state) return (state.merges ??= resolveMerges(store));
  return resolveMerges(store);
}

function resolveMerges(store: Store): ActorMerges {
  // A small union-find keyed by the first-merged-into id, applied in the order the merges were made.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let cur = id;
    while (parent.has(cur)) cur = parent.get(cur)!;
    return cur;
  };
  for (const m of activeMerges(store)) {
    const ra = find(m.into);
    const rb = find(m.other);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const g = groups.get(root) ?? [root];
    g.push(id);
    groups.set(root, g);
  }
  return {
    canonical: find,
    members: (id) => groups.get(find(id)) ?? [id],
    merged: new Set(parent.keys()),
    size: parent.size,
  };
}

/**
 * Served actor views (merges, detaches, event actors) kept per store while its data is unchanged, so a
 * request costs no scan of mentions. `data_version` moves when another connection commits;
 * `total_changes()` when this one writes (corrections, ingest).
 */
interface ServedState {
  version: string;
  merges?: ActorMerges;
  detaches?: ActorDetaches;
  events?: { detaches: ActorDetaches; value: EventActors };
}
const servedStates = new WeakMap<Store, ServedState>();

function servedState(store: Store): ServedState | null {
  const db = store.db;
  // Inside a transaction a view may see rows a rollback then removes, which no counter would reveal.
  if (db.inTransaction) return null;
  const v = store.statement('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version').get() as { changes: number; version: number };
  const version = `${v.version}:${v.changes}`;
  let state = servedStates.get(store);
  if (!state || state.version !== version) servedStates.set(store, (state = { version }));
  return state;
}

/** What one event names, as served. */
export interface ServedEventActors {
  actors: (string | null)[];
  targets: (string | null)[];
}

/**
 * Events store actor ids, not entity indices, so an event names a detached person only through its
 * document: its actor id `a` in a document where a detach moved some entities of `a` is served as the
 * detached actor when every entity of `a` there was moved to it; when only some were, the entity of `a`
 * with a mention nearest the trigger inside the event's sentence decides; otherwise `a` stays.
 */
export interface EventActors {
  /** The served actors and targets of an event from its stored ids (merges, then detaches). */
  served(eventId: string, actors: readonly (string | null)[], targets: readonly (string | null)[]): ServedEventActors;
  /** Events a detach changed, by id. */
  changed: ReadonlyMap<string, ServedEventActors & { rowid: number }>;
  /** The same, by events rowid. */
  byRowid: ReadonlyMap<number, ServedEventActors>;
}

export function eventActors(store: Store, merges: ActorMerges = actorMerges(store), detaches: ActorDetaches = actorDetaches(store, merges)): EventActors {
  const state = servedState(store);
  if (state && state.merges === merges) {
    if (state.events?.detaches !== detaches) state.events = { detaches, value: resolveEventActors(store, merges, detaches) };
    return state.events.value;
  }
  return resolveEventActors(store, merges, detaches);
}

function resolveEventActors(store: Store, merges: ActorMerges, detaches: ActorDetaches): EventActors {
  const changed = new Map<string, ServedEventActors & { rowid: number }>();
  const byRowid = new Map<number, ServedEventActors>();
  const docs = detaches.docs();
  if (docs.length) {
    const db = store.db;
    const json = JSON.stringify(docs);
    const entities = db.prepare(`SELECT doc_id AS doc, idx, actor_id AS actor FROM entities WHERE doc_id IN (SELECT value FROM json_each(?)) AND actor_id IS NOT NULL`).all(json) as {
      doc: string;
      idx: number;
      actor: string;
    }[];
    const mentions = db.prepare(`SELECT doc_id AS doc, entity_idx AS idx, start, "end" FROM mentions WHERE doc_id IN (SELECT value FROM json_each(?))`).all(json) as {
      doc: string;
      idx: number;
      start: number;
      end: number;
    }[];
    const events = db
      .prepare(
        `SELECT rowid, id, doc_id AS doc, actors_json, targets_json, evidence_start, evidence_end, trigger_start, trigger_end
         FROM events WHERE doc_id IN (SELECT value FROM json_each(?))`,
      )
      .all(json) as { rowid: number; id: string; doc: string; actors_json: string; targets_json: string; evidence_start: number; evidence_end: number; trigger_start: number; trigger_end: number }[];
    const ofActor = new Map<string, number[]>();
    for (const e of entities) {
      const k = `${e.doc}|${e.actor}`;
      (ofActor.get(k) ?? ofActor.set(k, []).get(k)!).push(e.idx);
    }
    const spans = new Map<string, { start: number; end: number }[]>();
    for (const m of mentions) {
      const k = `${m.doc}|${m.idx}`;
      (spans.get(k) ?? spans.set(k, []).get(k)!).push(m);
    }
    for (const ev of events) {
      const serve = (id: string | null): string | null => {
        if (id === null) return null;
        const canonical = merges.canonical(id);
        const idxs = ofActor.get(`${ev.doc}|${id}`) ?? [];
        const servedAs = idxs.map((i) => detaches.entity(ev.doc, i) ?? canonical);
        if (servedAs.length === 0 || servedAs.every((x) => x === canonical)) return canonical;
        if (servedAs.every((x) => x === servedAs[0])) return servedAs[0]!;
        // Entities of this actor in the event's sentence, the one nearest the trigger first.
        let best: { served: string; distance: number } | null = null;
        idxs.forEach((i, k) => {
          for (const m of spans.get(`${ev.doc}|${i}`) ?? []) {
            if (m.start < ev.evidence_start || m.end > ev.evidence_end) continue;
            const distance = m.end <= ev.trigger_start ? ev.trigger_start - m.end : m.start >= ev.trigger_end ? m.start - ev.trigger_end : 0;
            if (!best || distance < best.distance) best = { served: servedAs[k]!, distance };
          }
        });
        return (best as { served: string } | null)?.served ?? canonical;
      };
      const machineActors = JSON.parse(ev.actors_json) as (string | null)[];
      const machineTargets = JSON.parse(ev.targets_json) as (string | null)[];
      const actors = machineActors.map(serve);
      const targets = machineTargets.map(serve);
      const plain = (ids: (string | null)[], served: (string | null)[]) => ids.every((id, i) => (id === null ? null : merges.canonical(id)) === served[i]);
      if (plain(machineActors, actors) && plain(machineTargets, targets)) continue;
      changed.set(ev.id, { rowid: ev.rowid, actors, targets });
      byRowid.set(ev.rowid, { actors, targets });
    }
  }
  return {
    changed,
    byRowid,
    served: (eventId, actors, targets) =>
      changed.get(eventId) ?? { actors: actors.map((a) => (a === null ? null : merges.canonical(a))), targets: targets.map((a) => (a === null ? null : merges.canonical(a))) },
  };
}
