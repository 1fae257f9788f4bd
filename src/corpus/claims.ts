/**
 * Claims across sources: the same statement (a quote) or event reported by several outlets is one claim
 * with all its reports and a count of independent sources. Syndicated or spun copies
 * (`documents.duplicate_of`) share their original's root document and so count once.
 *
 * Matching: quotes by Dice similarity of normalised content tokens (≥ 0.6) with the same speaker (or an
 * unknown one); events by type, negation, modality and actor set, with dates within two days (undated
 * ones: with Dice ≥ 0.5 on their evidence). Updates are
 * incremental: quote candidates come from blocking keys (speaker + prefix tokens under a fixed global token
 * order — the prefix-filtering principle guarantees every pair above the threshold shares a key), event
 * candidates from an index on (block key, date).
 */
import { dayNumber, shiftDate } from '../core/dates.js';
import type { StanceValue } from '../core/model.js';
import type { Statement } from 'better-sqlite3';
import type { Store } from '../store/store.js';
import type { StanceCitation } from './positions.js';

export const QUOTE_DICE_THRESHOLD = 0.6;
export const EVENT_DATE_WINDOW_DAYS = 2;
export const CONTRADICTION_WINDOW_DAYS = 14;
/** Token Dice two undated event reports need to be one event (dated ones match on the date instead). */
export const UNDATED_EVENT_DICE = 0.5;
/** Candidates checked per quote: bounds the work of one update however common its words are. */
const MAX_CANDIDATES = 200;

const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'he she they we you i me him her them us our your their his my not no so do does did has have had will would can could ' +
    'should may might must shall there here what which who whom whose when where why how all any some than then also just ' +
    'about into over after before more most very said says say told').split(' '),
);

/** Lower-cased, accent-free content tokens of a text, deduplicated. */
export function normaliseTokens(text: string): string[] {
  // Not `fold` (src/core/text.ts): this strips every combining mark and two apostrophes only, and its tokens
  // are stored as claim keys, so a change would split old claims from new reports of the same statement.
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '');
  const out = new Set<string>();
  for (const t of folded.split(/[^\p{L}\p{N}]+/u)) if (t.length > 1 && !STOPWORDS.has(t)) out.add(t);
  return [...out];
}

// Set Dice, not the evaluation's multiset one (src/eval/text.ts): claim tokens are deduplicated, and the
// matcher builds one side's set once per quote (`diceWithSet`) because it is the ingest hot path.
export function dice(a: readonly string[], b: readonly string[]): number {
  return diceWithSet(new Set(a), a.length, b);
}

/** `dice(a, b)` with `a`'s set built once by the caller (it is compared with many candidates). */
function diceWithSet(set: ReadonlySet<string>, aLength: number, b: readonly string[]): number {
  if (aLength === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const t of b) if (set.has(t)) shared++;
  return (2 * shared) / (aLength + b.length);
}

/**
 * The prefix of a token set under a fixed global order (longer tokens first, as a proxy for rarer ones)
 * that any set with Dice ≥ threshold must share a token with.
 */
export function prefixTokens(tokens: readonly string[], threshold = QUOTE_DICE_THRESHOLD): string[] {
  const jaccard = threshold / (2 - threshold);
  const sorted = [...tokens].sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
  const keep = sorted.length - Math.ceil(jaccard * sorted.length) + 1;
  return sorted.slice(0, Math.max(1, Math.min(sorted.length, keep)));
}

/** True when two dates are within `days` of each other, or either is unknown (an unreadable one overlaps nothing). */
export function periodsOverlap(a: string | null, b: string | null, days = CONTRADICTION_WINDOW_DAYS): boolean {
  if (!a || !b) return true;
  const da = dayNumber(a);
  const db = dayNumber(b);
  return da !== null && db !== null && Math.abs(da - db) <= days;
}

// ---------------------------------------------------------------------------------------------
// Contradictions (one definition for the whole project)
// ---------------------------------------------------------------------------------------------

/** What the contradiction predicate needs to know about a stance. */
export interface StanceFact {
  /** The holder: a corpus actor id or a party id. */
  holder: string;
  proposition: string;
  stance: StanceValue;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /** The independent-source root of the document it was read from (duplicate copies share their original's). */
  root: string;
}

/**
 * Two stances contradict when the same holder takes opposite sides (support vs oppose) of the same
 * proposition, in reports from independent sources, in overlapping periods (within 14 days, or undated).
 */
export function stancesContradict(a: StanceFact, b: StanceFact, days = CONTRADICTION_WINDOW_DAYS): boolean {
  if (a.holder !== b.holder || a.proposition !== b.proposition || a.root === b.root) return false;
  const pair = new Set([a.stance, b.stance]);
  if (!(pair.has('support') && pair.has('oppose'))) return false;
  return periodsOverlap(a.date, b.date, days);
}

/** A stance cited in a contradiction: the matrix's citation fields plus the holder's name. */
export interface ClaimCitation extends Pick<StanceCitation, 'stanceId' | 'docId' | 'docName' | 'outlet' | 'date' | 'stance' | 'actorId' | 'evidence'> {
  actorName: string | null;
}

export interface Contradiction {
  /** `actor` when the same actor took both sides, `party` when two people of one side did. */
  level: 'actor' | 'party';
  holder: string;
  holderName: string;
  proposition: string;
  support: ClaimCitation;
  oppose: ClaimCitation;
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
  actor_name: string | null;
}

/** Pairs of opposing stances by the same actor or party from independent sources in overlapping periods. */
export function contradictions(store: Store, filter: { proposition?: string; holder?: string } = {}): Contradiction[] {
  const rows = store.db
    .prepare(
      `SELECT s.id, s.doc_id, s.actor_id, s.party_id, s.proposition, s.stance, s.date, s.evidence_start, s.evidence_end, s.evidence_text,
              d.name, d.outlet, d.published, d.duplicate_of, a.name AS actor_name
       FROM stances s JOIN documents d ON d.id = s.doc_id LEFT JOIN actors a ON a.id = s.actor_id
       WHERE s.stance IN ('support', 'oppose') AND (? IS NULL OR s.proposition = ?)
       ORDER BY d.seq, s.idx`,
    )
    .all(filter.proposition ?? null, filter.proposition ?? null) as StanceRow[];
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    if (!names.has(id)) names.set(id, store.get(id)?.name ?? id);
    return names.get(id)!;
  };
  const cite = (r: StanceRow): ClaimCitation => ({
    stanceId: r.id,
    docId: r.doc_id,
    docName: r.name,
    outlet: r.outlet,
    date: r.date ?? r.published,
    stance: r.stance,
    actorId: r.actor_id,
    actorName: r.actor_name,
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
  });
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (const level of ['actor', 'party'] as const) {
    const groups = new Map<string, StanceRow[]>();
    for (const r of rows) {
      const holder = level === 'actor' ? r.actor_id : r.party_id;
      if (!holder || (filter.holder && holder !== filter.holder)) continue;
      const key = `${holder}\u0000${r.proposition}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
    }
    for (const [key, group] of groups) {
      const holder = key.split('\u0000')[0]!;
      const fact = (r: StanceRow): StanceFact => ({ holder, proposition: r.proposition, stance: r.stance, date: r.date ?? r.published, root: r.duplicate_of ?? r.doc_id });
      for (const s of group.filter((r) => r.stance === 'support')) {
        for (const o of group.filter((r) => r.stance === 'oppose')) {
          if (!stancesContradict(fact(s), fact(o))) continue;
          const pairKey = `${s.id}|${o.id}`;
          if (seen.has(pairKey)) continue; // reported once, at the most specific level
          seen.add(pairKey);
          out.push({ level, holder, holderName: nameOf(holder), proposition: s.proposition, support: cite(s), oppose: cite(o) });
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Incremental claim update
// ---------------------------------------------------------------------------------------------

/** The document every copy of this one descends from (itself when it is original). */
export function rootDocument(store: Store, docId: string): string {
  const stmt = store.statement('SELECT duplicate_of FROM documents WHERE id = ?');
  let current = docId;
  for (let hops = 0; hops < 8; hops++) {
    const row = stmt.get(current) as { duplicate_of: string | null } | undefined;
    if (!row?.duplicate_of || row.duplicate_of === current) break;
    current = row.duplicate_of;
  }
  return current;
}

function eventBlockKey(type: string, negated: number, modality: string, actorIds: readonly string[]): string {
  return `${type}|${negated}|${modality}|${[...new Set(actorIds)].sort().join(',')}`;
}

/** Adds the quotes and events of one stored document to the claims, touching only candidate claims. */
export function updateClaimsForDocument(store: Store, docId: string): void {
  const doc = store.statement('SELECT published FROM documents WHERE id = ?').get(docId) as { published: string | null } | undefined;
  if (!doc) return;
  const root = rootDocument(store, docId);

  // Re-analysis writes a document's annotations again: drop its old memberships first.
  const old = store.statement('SELECT DISTINCT claim_id FROM claim_members WHERE doc_id = ?').all(docId) as { claim_id: number }[];
  if (old.length) {
    store.statement('DELETE FROM claim_members WHERE doc_id = ?').run(docId);
    for (const { claim_id } of old) recount(store, claim_id);
  }

  const insertMember = store.statement('INSERT OR REPLACE INTO claim_members (item_id, claim_id, doc_id, root_doc, similarity) VALUES (?, ?, ?, ?, ?)');
  const insertKeys = store.statement('INSERT OR IGNORE INTO claim_keys (key, claim_id) SELECT value, ? FROM json_each(?)');
  const newClaim = store.statement(
    `INSERT INTO claims (kind, block_key, speaker_actor, event_type, date, tokens, first_item, first_doc, reports, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
  );

  // Quotes.
  const claimCache = quoteClaimCache(store);
  const quotes = store.statement('SELECT id, text, speaker_actor FROM quotes WHERE doc_id = ? ORDER BY idx').all(docId) as { id: string; text: string; speaker_actor: string | null }[];
  for (const q of quotes) {
    const tokens = normaliseTokens(q.text);
    if (tokens.length < 3) continue; // too short to tell one statement from another
    const prefix = prefixTokens(tokens);
    // A known speaker's quote is compared with that speaker's claims and unattributed ones; an unattributed
    // quote with every claim sharing a prefix token (the key range of the token).
    const candidates = q.speaker_actor
      ? claimCache.candidates(prefix.flatMap((t) => [claimKey(t, q.speaker_actor), claimKey(t, null)]))
      : claimCache.candidatesOfTokens(prefix);
    let best: { id: number; score: number } | null = null;
    const tokenSet = new Set(tokens);
    for (const c of candidates) {
      if (q.speaker_actor && c.speaker && c.speaker !== q.speaker_actor) continue;
      const other = c.tokens;
      // Dice is at most 2·min(a, b)/(a + b): a candidate that cannot beat the threshold or the best so far needs no count.
      const bound = (2 * Math.min(tokens.length, other.length)) / (tokens.length + other.length);
      if (bound < QUOTE_DICE_THRESHOLD || (best && bound <= best.score)) continue;
      const score = diceWithSet(tokenSet, tokens.length, other);
      if (score >= QUOTE_DICE_THRESHOLD && (!best || score > best.score)) best = { id: c.id, score };
    }
    let claimId: number;
    if (best) {
      claimId = best.id;
      insertMember.run(q.id, claimId, docId, root, Math.round(best.score * 1000) / 1000);
      recount(store, claimId);
    } else {
      // A new claim has this one report: counted on insert rather than by `recount`.
      claimId = Number(newClaim.run('quote', null, q.speaker_actor, null, doc.published, tokens.join(' '), q.id, docId).lastInsertRowid);
      insertKeys.run(claimId, JSON.stringify(prefix.map((t) => claimKey(t, q.speaker_actor))));
      claimCache.remember(claimId, { speaker: q.speaker_actor, tokens });
      insertMember.run(q.id, claimId, docId, root, 1);
    }
  }

  // Events with at least one resolved actor (an actorless event cannot be told apart from others).
  const events = store
    .statement('SELECT id, type, negated, modality, actors_json, date, evidence_text FROM events WHERE doc_id = ? ORDER BY idx')
    .all(docId) as { id: string; type: string; negated: number; modality: string; actors_json: string; date: string | null; evidence_text: string }[];
  for (const e of events) {
    if (e.type === 'STATEMENT') continue;
    const actors = (JSON.parse(e.actors_json) as (string | null)[]).filter((a): a is string => a !== null);
    if (actors.length === 0) continue;
    const key = eventBlockKey(e.type, e.negated, e.modality, actors);
    const date = e.date ?? doc.published;
    const tokens = normaliseTokens(e.evidence_text);
    const candidates = date
      ? (store
          .statement(`SELECT id, date, tokens FROM claims WHERE block_key = ? AND date BETWEEN ? AND ? ORDER BY id DESC LIMIT ${MAX_CANDIDATES}`)
          .all(key, shiftDate(date, -EVENT_DATE_WINDOW_DAYS), shiftDate(date, EVENT_DATE_WINDOW_DAYS)) as { id: number; date: string; tokens: string | null }[])
      : (store.statement(`SELECT id, date, tokens FROM claims WHERE block_key = ? AND date IS NULL ORDER BY id DESC LIMIT ${MAX_CANDIDATES}`).all(key) as {
          id: number;
          date: null;
          tokens: string | null;
        }[]);
    let best: { id: number; gap: number } | null = null;
    for (const c of candidates) {
      // With no date on either side, type and actors alone ("the United States agreed") join unrelated
      // events: undated reports are one event only when they tell it in largely the same words.
      if (!date && dice(tokens, c.tokens ? c.tokens.split(' ') : []) < UNDATED_EVENT_DICE) continue;
      const gap = date && c.date ? Math.abs((dayNumber(date) ?? NaN) - (dayNumber(c.date) ?? NaN)) : 0;
      if (!best || gap < best.gap) best = { id: c.id, gap };
    }
    const claimId = best ? best.id : Number(newClaim.run('event', key, null, e.type, date, tokens.join(' '), e.id, docId).lastInsertRowid);
    insertMember.run(e.id, claimId, docId, root, 1);
    if (best) recount(store, claimId);
  }
}

/**
 * The blocking key of a quote claim under one of its prefix tokens: token first, so every claim with that
 * token is one key range (`claimKeyRange`) whatever its speaker, and a claim needs one key per token.
 * Tokens never contain ':' (`normaliseTokens` splits on non-letters), so the range holds that token only.
 */
export function claimKey(token: string, speaker: string | null): string {
  return `q:${token}:${speaker ?? '-'}`;
}

/** Bounds of the keys of every claim with `token`, whatever its speaker (exclusive: ';' follows ':'). */
function claimKeyRange(token: string): [string, string] {
  return [`q:${token}:`, `q:${token};`];
}

/** What the quote matcher compares of a candidate claim; both are fixed when the claim is created. */
interface QuoteClaim {
  id: number;
  speaker: string | null;
  tokens: readonly string[];
}

const QUOTE_CLAIM_CACHE = 100_000;

/**
 * Candidate quote claims with their speaker and split tokens, kept per store: every quote is compared
 * with up to 200 candidates, and reading those rows and splitting their tokens each time was most of the
 * claims update. A claim's speaker and tokens never change once written and AUTOINCREMENT never reuses an
 * id, except after a rollback (which also rolls `sqlite_sequence` back): `revalidate` runs before each
 * use, so an id handed to another claim is never answered from memory.
 */
class QuoteClaimCache {
  private readonly claims = new Map<number, Omit<QuoteClaim, 'id'>>();
  private highest = 0;
  private readonly ids: Statement;
  private readonly idsOfTokens: Statement;
  private readonly row: Statement;
  private readonly sequence: Statement;
  private readonly dataVersion: Statement;
  private version = -1;

  constructor(store: Store) {
    // The newest 200 claims sharing a key, from the key table alone (its foreign key guarantees the claim
    // row); rows come from memory where they can.
    this.ids = store.db
      .prepare(`SELECT DISTINCT claim_id FROM claim_keys WHERE key IN (SELECT value FROM json_each(?)) ORDER BY claim_id DESC LIMIT ${MAX_CANDIDATES}`)
      .pluck();
    this.idsOfTokens = store.db
      .prepare(
        `SELECT DISTINCT k.claim_id FROM json_each(?) r CROSS JOIN claim_keys k ON k.key > r.value ->> 0 AND k.key < r.value ->> 1
         ORDER BY k.claim_id DESC LIMIT ${MAX_CANDIDATES}`,
      )
      .pluck();
    this.row = store.db.prepare('SELECT speaker_actor AS speaker, tokens FROM claims WHERE id = ?');
    this.sequence = store.db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'claims'`).pluck();
    this.dataVersion = store.db.prepare('PRAGMA data_version').pluck();
  }

  /**
   * Forgets claims a rollback removed (their ids will be handed out again), and everything when another
   * connection has committed since (it may have reused such an id before this check could see it).
   */
  revalidate(): void {
    const version = this.dataVersion.get() as number;
    if (version !== this.version) {
      this.claims.clear();
      this.highest = 0;
      this.version = version;
    }
    const seq = (this.sequence.get() as number | undefined) ?? 0;
    if (seq >= this.highest) return;
    for (const id of this.claims.keys()) if (id > seq) this.claims.delete(id);
    this.highest = seq;
  }

  /** The newest candidate claims with any of `keys`. */
  candidates(keys: readonly string[]): QuoteClaim[] {
    return this.claimsById(this.ids.all(JSON.stringify(keys)) as number[]);
  }

  /** The newest candidate claims with any of `tokens` as a prefix token, whatever their speaker. */
  candidatesOfTokens(tokens: readonly string[]): QuoteClaim[] {
    return this.claimsById(this.idsOfTokens.all(JSON.stringify(tokens.map(claimKeyRange))) as number[]);
  }

  private claimsById(ids: readonly number[]): QuoteClaim[] {
    const out: QuoteClaim[] = [];
    for (const id of ids) {
      let claim = this.claims.get(id);
      if (!claim) {
        const row = this.row.get(id) as { speaker: string | null; tokens: string | null } | undefined;
        if (!row) continue;
        claim = { speaker: row.speaker, tokens: row.tokens ? row.tokens.split(' ') : [] };
        this.remember(id, claim);
      }
      out.push({ id, ...claim });
    }
    return out;
  }

  remember(id: number, claim: Omit<QuoteClaim, 'id'>): void {
    if (this.claims.size >= QUOTE_CLAIM_CACHE) this.claims.delete(this.claims.keys().next().value!);
    this.claims.set(id, claim);
    if (id > this.highest) this.highest = id;
  }
}

const quoteClaimCaches = new WeakMap<Store, QuoteClaimCache>();

/** The store's quote-claim cache, checked against rollbacks since its last use. */
function quoteClaimCache(store: Store): QuoteClaimCache {
  let cache = quoteClaimCaches.get(store);
  if (!cache) quoteClaimCaches.set(store, (cache = new QuoteClaimCache(store)));
  cache.revalidate();
  return cache;
}

function recount(store: Store, claimId: number): void {
  store
    .statement(
      `UPDATE claims SET reports = (SELECT count(*) FROM claim_members WHERE claim_id = @id),
         sources = (SELECT count(DISTINCT root_doc) FROM claim_members WHERE claim_id = @id) WHERE id = @id`,
    )
    .run({ id: claimId });
}

// ---------------------------------------------------------------------------------------------
// Reading claims
// ---------------------------------------------------------------------------------------------

export interface ClaimReport {
  itemId: string;
  docId: string;
  docName: string;
  outlet: string | null;
  published: string | null;
  /** The independent-source root; copies share their original's. */
  root: string;
  evidence: { start: number; end: number; text: string };
}

export interface Claim {
  id: number;
  kind: 'quote' | 'event';
  /** Independent sources. */
  sources: number;
  reports: ClaimReport[];
}

/** The claim an annotation (quote or event id) belongs to, with every report of it. */
export function claimOf(store: Store, itemId: string): Claim | undefined {
  const row = store.db.prepare('SELECT claim_id FROM claim_members WHERE item_id = ?').get(itemId) as { claim_id: number } | undefined;
  return row ? claimById(store, row.claim_id) : undefined;
}

export function claimById(store: Store, id: number): Claim | undefined {
  const c = store.db.prepare('SELECT id, kind, sources FROM claims WHERE id = ?').get(id) as { id: number; kind: 'quote' | 'event'; sources: number } | undefined;
  if (!c) return undefined;
  const members = store.db
    .prepare(
      `SELECT m.item_id, m.doc_id, m.root_doc, d.name, d.outlet, d.published,
              coalesce(q.start, e.evidence_start) AS start, coalesce(q."end", e.evidence_end) AS "end", coalesce(q.text, e.evidence_text) AS text
       FROM claim_members m JOIN documents d ON d.id = m.doc_id
       LEFT JOIN quotes q ON q.id = m.item_id LEFT JOIN events e ON e.id = m.item_id
       WHERE m.claim_id = ? ORDER BY d.published, d.seq`,
    )
    .all(id) as { item_id: string; doc_id: string; root_doc: string; name: string; outlet: string | null; published: string | null; start: number; end: number; text: string }[];
  return {
    id: c.id,
    kind: c.kind,
    sources: c.sources,
    reports: members.map((m) => ({
      itemId: m.item_id,
      docId: m.doc_id,
      docName: m.name,
      outlet: m.outlet,
      published: m.published,
      root: m.root_doc,
      evidence: { start: m.start, end: m.end, text: m.text },
    })),
  };
}

/** Claims reported by more than one independent source, most corroborated first. */
export function corroboratedClaims(store: Store, options: { kind?: 'quote' | 'event'; minSources?: number; limit?: number } = {}): Claim[] {
  const ids = store.db
    .prepare(`SELECT id FROM claims WHERE sources >= ? AND (? IS NULL OR kind = ?) ORDER BY sources DESC, id LIMIT ?`)
    .all(options.minSources ?? 2, options.kind ?? null, options.kind ?? null, options.limit ?? 50) as { id: number }[];
  return ids.map((r) => claimById(store, r.id)!).filter(Boolean);
}
