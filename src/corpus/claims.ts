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
import type { Statement } from 'better-sqlite3';
import type { Store, WrittenItems } from '../store/store.js';
import type { StanceCitation } from './positions.js';

export const QUOTE_DICE_THRESHOLD = 0.6;
export const EVENT_DATE_WINDOW_DAYS = 2;
/**
 * Reports of one moment: the same statement is reported by other outlets within a day or two (time zones,
 * next-day papers). Opposite readings further apart are a change of position over time (the timeline's
 * stance changes), not sources contradicting each other: a union that drops a demand eleven days into a
 * strike has changed its position, no outlet misreported it.
 */
export const CONTRADICTION_WINDOW_DAYS = 3;
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
  const plain = plainTokens(text);
  if (plain) return plain;
  // Not `fold` (src/core/text.ts): this strips every combining mark and two apostrophes only, and its tokens
  // are stored as claim keys, so a change would split old claims from new reports of the same statement.
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '');
  const out = new Set<string>();
  for (const t of folded.split(/[^\p{L}\p{N}]+/u)) if (t.length > 1 && !STOPWORDS.has(t)) out.add(t);
  return [...out];
}

/**
 * `normaliseTokens` of a text of ASCII and common typographic punctuation, read in one pass (null for any
 * other text): for these characters NFKD and mark stripping change nothing, and the Unicode regexes and
 * the copies of the text were most of tokenising the quotes of every ingested document.
 */
function plainTokens(text: string): string[] | null {
  const out = new Set<string>();
  let start = -1;
  let token = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const wordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (wordChar) {
      if (start < 0) start = i;
      continue;
    }
    if (c === 0x27 || c === 0x2019) {
      // An apostrophe is dropped, joining what surrounds it ("don't" -> "dont").
      if (start >= 0) token += text.slice(start, i);
      start = -1;
      continue;
    }
    if (c >= 0x80 && !TYPOGRAPHIC_SEPARATORS.has(c)) return null;
    if (start >= 0) token += text.slice(start, i);
    start = -1;
    if (token.length > 1) {
      const lower = token.toLowerCase();
      if (!STOPWORDS.has(lower)) out.add(lower);
    }
    token = '';
  }
  return [...out];
}

/** Non-ASCII characters that are neither letters nor numbers and that NFKD maps to none: ‘ “ ” – — and no-break space. */
const TYPOGRAPHIC_SEPARATORS = new Set([0x2018, 0x201c, 0x201d, 0x2013, 0x2014, 0xa0]);

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
// Contradictions (the rule itself is `stanceRelation` in stance-relations.ts)
// ---------------------------------------------------------------------------------------------

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


// ---------------------------------------------------------------------------------------------
// Incremental claim update
// ---------------------------------------------------------------------------------------------

/**
 * The document every copy of this one descends from (itself when it is original). `duplicateOf`, when
 * given, is the document's own `duplicate_of` (so it is not read again).
 */
export function rootDocument(store: Store, docId: string, duplicateOf?: string | null): string {
  const stmt = store.statement('SELECT duplicate_of FROM documents WHERE id = ?');
  let current = docId;
  for (let hops = 0; hops < 8; hops++) {
    const next = hops === 0 && duplicateOf !== undefined ? duplicateOf : (stmt.get(current) as { duplicate_of: string | null } | undefined)?.duplicate_of;
    if (!next || next === current) break;
    current = next;
  }
  return current;
}

function eventBlockKey(type: string, negated: number, modality: string, actorIds: readonly string[]): string {
  return `${type}|${negated}|${modality}|${[...new Set(actorIds)].sort().join(',')}`;
}

/**
 * Adds the quotes and events of one stored document to the claims, touching only candidate claims.
 * `written` (what `Store.writeAnalysisUnsafe` returned for it in this transaction) saves reading them back.
 */
export function updateClaimsForDocument(store: Store, docId: string, written?: WrittenItems): void {
  // A document just written in this transaction: its date and copy link are known, and it has no memberships.
  const fresh = written?.document;
  const doc = fresh ?? (store.statement('SELECT published FROM documents WHERE id = ?').get(docId) as { published: string | null } | undefined);
  if (!doc) return;
  const root = rootDocument(store, docId, fresh?.duplicateOf);

  // Re-analysis writes a document's annotations again: drop its old memberships first.
  const old = fresh ? [] : (store.statement('SELECT DISTINCT claim_id FROM claim_members WHERE doc_id = ?').all(docId) as { claim_id: number }[]);
  if (old.length) {
    store.statement('DELETE FROM claim_members WHERE doc_id = ?').run(docId);
  }
  // Memberships are written, and the claims they join counted, once at the end: matching reads neither
  // (only claims and their keys), and a count is a function of the final memberships.
  const members: unknown[][] = [];
  const toRecount = new Set<number>(old.map((o) => o.claim_id));
  const newClaim = store.statement(
    `INSERT INTO claims (kind, block_key, speaker_actor, event_type, date, tokens, first_item, first_doc, reports, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
  );

  // Quotes.
  const claimCache = quoteClaimCache(store);
  const quotes = written?.quotes ?? (store.statement('SELECT id, text, speaker_actor FROM quotes WHERE doc_id = ? ORDER BY idx').all(docId) as WrittenItems['quotes']);
  for (const q of quotes) {
    const tokens = normaliseTokens(q.text);
    if (tokens.length < 3) continue; // too short to tell one statement from another
    const prefix = prefixTokens(tokens);
    // A known speaker's quote is compared with that speaker's claims and unattributed ones; an unattributed
    // quote with every claim sharing a prefix token (the key range of the token).
    const candidates = q.speaker_actor
      ? claimCache.candidatesOfSpeaker(prefix, q.speaker_actor)
      : claimCache.candidatesOfTokens(prefix);
    let best: { id: number; score: number } | null = null;
    const shared = claimCache.sharedCounter(tokens);
    for (const c of candidates) {
      const otherLength = claimCache.tokenCount(c);
      // Dice is at most 2·min(a, b)/(a + b): a candidate that cannot beat the threshold or the best so far needs no count.
      const bound = (2 * Math.min(tokens.length, otherLength)) / (tokens.length + otherLength);
      if (bound < QUOTE_DICE_THRESHOLD || (best && bound <= best.score)) continue;
      const speaker = claimCache.speakerOf(c);
      if (q.speaker_actor && speaker && speaker !== q.speaker_actor) continue;
      // `diceWithSet(new Set(tokens), tokens.length, claim tokens)`, counted on interned token numbers.
      const score = (2 * shared(c)) / (tokens.length + otherLength);
      if (score >= QUOTE_DICE_THRESHOLD && (!best || score > best.score)) best = { id: claimCache.idOf(c), score };
    }
    let claimId: number;
    if (best) {
      claimId = best.id;
      members.push([q.id, claimId, docId, root, Math.round(best.score * 1000) / 1000]);
      toRecount.add(claimId);
    } else {
      // A new claim has this one report: counted on insert rather than by `recount`.
      claimId = Number(newClaim.run('quote', null, q.speaker_actor, null, doc.published, tokens.join(' '), q.id, docId).lastInsertRowid);
      store.writeClaimKeys(claimId, prefix.map((t) => claimKey(t, q.speaker_actor)));
      claimCache.created(claimId, q.speaker_actor, tokens, prefix);
      members.push([q.id, claimId, docId, root, 1]);
    }
  }

  // Events with at least one resolved actor (an actorless event cannot be told apart from others).
  const events =
    written?.events ??
    (store.statement('SELECT id, type, negated, modality, actors_json, date, evidence_text FROM events WHERE doc_id = ? ORDER BY idx').all(docId) as ({ actors_json: string } & Omit<WrittenItems['events'][number], 'actors'>)[]).map(
      ({ actors_json, ...e }) => ({ ...e, actors: JSON.parse(actors_json) as (string | null)[] }),
    );
  for (const e of events) {
    if (e.type === 'STATEMENT') continue;
    const actors = e.actors.filter((a): a is string => a !== null);
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
    members.push([e.id, claimId, docId, root, 1]);
    if (best) toRecount.add(claimId);
  }
  store.insertRows('claim_members', 'item_id, claim_id, doc_id, root_doc, similarity', 5, members, 'INSERT OR REPLACE');
  if (toRecount.size) recount(store, [...toRecount]);
}

/**
 * The blocking key of a quote claim under one of its prefix tokens: token first, so every claim with that
 * token is one key range (`claimKeyRange`) whatever its speaker, and a claim needs one key per token.
 * Tokens never contain ':' (`normaliseTokens` splits on non-letters), so the range holds that token only.
 */
export function claimKey(token: string, speaker: string | null): string {
  return `q:${token}:${speakerKey(speaker)}`;
}

/** Bounds of the keys of every claim with `token`, whatever its speaker (exclusive: ';' follows ':'). */
function claimKeyRange(token: string): [string, string] {
  return [`q:${token}:`, `q:${token};`];
}

/**
 * A claim held by the cache, as its slot number: its id, speaker and tokens (fixed when the claim is
 * created) are in the cache's slot arrays.
 */
type QuoteClaim = number;

/** Quote-claim keys and claims held in memory (about 4 keys per claim); past either, all are read again as needed. */
const QUOTE_KEY_CACHE = 1_000_000;
const QUOTE_CLAIM_CACHE = 250_000;
/** Distinct claim tokens numbered (`QuoteClaimCache.vocabulary`) past which numbering starts over. */
const VOCABULARY_CACHE = 1_000_000;

/** The claims keyed under one prefix token, by ascending id: all of them, and by speaker ('-' for none). */
interface TokenClaims {
  all: ClaimList<QuoteClaim>;
  bySpeaker: Map<string, ClaimList<QuoteClaim>>;
}

/**
 * Claims by ascending id, with their ids alongside: merging lists reads ids only, and from a packed array
 * of numbers rather than from each claim object, which was most of the merge's time (cache misses).
 */
export interface ClaimList<C> {
  items: C[];
  ids: number[];
}

/**
 * The quote-claim keys of each prefix token read so far, with their claims' speaker and split tokens,
 * kept per store: every quote is compared with up to 200 candidates, and the candidate query (a DISTINCT
 * ... ORDER BY claim_id DESC over every key of the quote's tokens), reading those rows and splitting their
 * tokens each time were most of the claims update. Keys are only ever written with a new claim, whose
 * AUTOINCREMENT id is the highest yet, so the lists stay sorted by appending; and a claim's speaker and
 * tokens never change once written. Ids are only handed out again after a rollback (which also rolls
 * `sqlite_sequence` back): `revalidate` runs before each use, so a rolled-back claim is never answered.
 */
class QuoteClaimCache {
  private readonly tokens = new Map<string, TokenClaims>();
  /** The slot of every claim held, by id, so a claim read under several tokens is held once. */
  private readonly claims = new Map<number, QuoteClaim>();
  /**
   * Per slot: the claim's id and speaker, and where its token numbers are in `pool`. Packed arrays rather
   * than an object per claim: the matcher reads these for ~80 candidates per quote, and following a
   * pointer per claim, then one per claim's token array, to scattered heap objects (cache misses) was most
   * of its time.
   */
  private slotIds: number[] = [];
  private slotSpeakers: (string | null)[] = [];
  private slotStarts: Int32Array = new Int32Array(1024);
  private slotLengths: Int32Array = new Int32Array(1024);
  /** Token numbers of every slot's claim, one after the other. */
  private pool: Int32Array = new Int32Array(16384);
  private pooled = 0;
  /**
   * Numbers of the tokens of the claims held: comparing a quote with 200 candidates looked each of their
   * tokens up in a set of strings, most of the matcher's time; `sharedCounter` marks the quote's numbers.
   */
  private readonly vocabulary = new Map<string, number>();
  private marks = new Int32Array(1024);
  private mark = 0;
  private entries = 0;
  private highest = 0;
  private generation = -1;
  private readonly keysInRange: Statement;
  private readonly sequence: Statement;
  private readonly claimRow: Statement;
  private readonly dataVersion: Statement;
  private version = -1;

  constructor(private readonly store: Store) {
    // The key table's foreign key guarantees the claim row.
    this.keysInRange = store.db
      .prepare('SELECT k.key, c.id, c.speaker_actor, c.tokens FROM claim_keys k JOIN claims c ON c.id = k.claim_id WHERE k.key > ? AND k.key < ?')
      .raw();
    this.sequence = store.db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'claims'`).pluck();
    this.claimRow = store.db.prepare('SELECT speaker_actor, tokens FROM claims WHERE id = ?');
    this.dataVersion = store.db.prepare('PRAGMA data_version').pluck();
  }

  /**
   * Forgets claims a rollback removed (their ids will be handed out again), and everything when another
   * connection has committed since (it may have reused such an id before this check could see it) or this
   * one deleted the claims (`Store.clearAnalysisUnsafe`).
   */
  revalidate(): void {
    const version = this.dataVersion.get() as number;
    // Numbers change only here, between documents: claims read earlier in an update keep theirs.
    if (this.vocabulary.size > VOCABULARY_CACHE) {
      this.forget();
      this.vocabulary.clear();
      this.marks.fill(0);
    }
    if (version !== this.version || this.store.analysisGeneration !== this.generation) {
      this.forget();
      this.version = version;
      this.generation = this.store.analysisGeneration;
    }
    const seq = (this.sequence.get() as number | undefined) ?? 0;
    if (seq >= this.highest) return;
    const truncate = (list: ClaimList<QuoteClaim>) => {
      while (list.ids.length && list.ids[list.ids.length - 1]! > seq) list.items.pop(), list.ids.pop();
    };
    for (const { all, bySpeaker } of this.tokens.values()) {
      this.entries -= all.ids.length;
      truncate(all);
      this.entries += all.ids.length;
      for (const list of bySpeaker.values()) truncate(list);
    }
    // Their slots stay (unreferenced) until the cache starts over.
    for (const id of this.claims.keys()) if (id > seq) this.claims.delete(id);
    this.highest = seq;
  }

  private forget(): void {
    this.tokens.clear();
    this.claims.clear();
    this.slotIds = [];
    this.slotSpeakers = [];
    this.pooled = 0;
    this.entries = 0;
    this.highest = 0;
  }

  /** A new slot for a claim: its token numbers are appended to the pool. */
  private hold(id: number, speaker: string | null, tokens: readonly string[]): QuoteClaim {
    const slot = this.slotIds.length;
    this.slotIds.push(id);
    this.slotSpeakers.push(speaker);
    if (slot >= this.slotStarts.length) {
      this.slotStarts = grown(this.slotStarts, slot + 1);
      this.slotLengths = grown(this.slotLengths, slot + 1);
    }
    if (this.pooled + tokens.length > this.pool.length) this.pool = grown(this.pool, this.pooled + tokens.length);
    this.slotStarts[slot] = this.pooled;
    this.slotLengths[slot] = tokens.length;
    for (const token of tokens) {
      let n = this.vocabulary.get(token);
      if (n === undefined) this.vocabulary.set(token, (n = this.vocabulary.size));
      this.pool[this.pooled++] = n;
    }
    this.claims.set(id, slot);
    return slot;
  }

  idOf(claim: QuoteClaim): number {
    return this.slotIds[claim]!;
  }

  speakerOf(claim: QuoteClaim): string | null {
    return this.slotSpeakers[claim]!;
  }

  tokenCount(claim: QuoteClaim): number {
    return this.slotLengths[claim]!;
  }

  /** The claims keyed under `token`, read from `claim_keys` on first use. */
  private claimsOf(token: string): TokenClaims {
    let held = this.tokens.get(token);
    if (held) return held;
    if (this.entries >= QUOTE_KEY_CACHE || this.claims.size >= QUOTE_CLAIM_CACHE) this.forget();
    const [from, to] = claimKeyRange(token);
    const rows = this.keysInRange.all(from, to) as [string, number, string | null, string | null][];
    // Keys the open batch has not written yet: their claims are written (only the keys wait), and most of
    // them are held already, having been created by this cache.
    for (const { key, claimId } of this.store.waitingClaimKeys(from)) {
      const claim = this.claims.has(claimId) ? null : (this.claimRow.get(claimId) as { speaker_actor: string | null; tokens: string | null } | undefined);
      rows.push([key, claimId, claim?.speaker_actor ?? null, claim?.tokens ?? null]);
    }
    rows.sort((a, b) => a[1] - b[1]);
    held = { all: { items: [], ids: [] }, bySpeaker: new Map() };
    for (const [key, id, speaker, tokens] of rows) {
      const claim = this.claims.get(id) ?? this.hold(id, speaker, tokens ? tokens.split(' ') : []);
      if (id > this.highest) this.highest = id;
      add(held, key.slice(from.length), claim, id);
    }
    this.entries += rows.length;
    this.tokens.set(token, held);
    return held;
  }

  private newest(lists: readonly (ClaimList<QuoteClaim> | undefined)[]): QuoteClaim[] {
    return newestClaims(lists, MAX_CANDIDATES);
  }

  /** The newest candidate claims with any of `tokens` as a prefix token and `speaker` or no speaker. */
  candidatesOfSpeaker(tokens: readonly string[], speaker: string): QuoteClaim[] {
    const key = speakerKey(speaker);
    return this.newest(tokens.flatMap((t) => {
      const { bySpeaker } = this.claimsOf(t);
      return [bySpeaker.get(key), bySpeaker.get(speakerKey(null))];
    }));
  }

  /** The newest candidate claims with any of `tokens` as a prefix token, whatever their speaker. */
  candidatesOfTokens(tokens: readonly string[]): QuoteClaim[] {
    return this.newest(tokens.map((t) => this.claimsOf(t).all));
  }

  /**
   * Counts how many of a claim's tokens are among `tokens` (a quote's, distinct), as
   * `diceWithSet(new Set(tokens), ...)` does; valid until the next call, for claims read before it.
   */
  sharedCounter(tokens: readonly string[]): (claim: QuoteClaim) => number {
    if (this.marks.length < this.vocabulary.size) {
      const marks = new Int32Array(Math.max(this.vocabulary.size, this.marks.length * 2));
      marks.set(this.marks);
      this.marks = marks;
    }
    if (this.mark === 0x7fffffff) {
      this.marks.fill(0);
      this.mark = 0;
    }
    const mark = ++this.mark;
    const marks = this.marks;
    // A token no claim held has no number, and no claim to share it with.
    for (const token of tokens) {
      const n = this.vocabulary.get(token);
      if (n !== undefined) marks[n] = mark;
    }
    const { pool, slotStarts, slotLengths } = this;
    return (claim) => {
      let shared = 0;
      const end = slotStarts[claim]! + slotLengths[claim]!;
      for (let i = slotStarts[claim]!; i < end; i++) if (marks[pool[i]!] === mark) shared++;
      return shared;
    };
  }

  /** Records a new claim (its id is the highest yet) just written with a key for each of `keyTokens`. */
  created(id: number, speaker: string | null, tokens: readonly string[], keyTokens: readonly string[]): void {
    if (this.claims.size >= QUOTE_CLAIM_CACHE) this.forget();
    const claim = this.hold(id, speaker, tokens);
    if (id > this.highest) this.highest = id;
    for (const token of keyTokens) {
      const held = this.tokens.get(token);
      if (!held) continue; // read with the new key on first use
      add(held, speakerKey(speaker), claim, id);
      this.entries++;
    }
  }
}

/**
 * The newest `max` distinct claims (by id, newest first) in any of `lists`, each sorted by ascending id with
 * a claim at most once. Merged from the lists' ends rather than by sorting each list's last `max`: a quote
 * has a dozen lists or more, and the sort was most of the matcher's time. On equal ids the claim of the
 * earliest list is taken (as a stable sort of the lists' concatenation would).
 */
export function newestClaims<C>(lists: readonly (ClaimList<C> | undefined)[], max: number): C[] {
  const held = lists.filter((list): list is ClaimList<C> => !!list && list.ids.length > 0);
  const at = held.map((list) => list.ids.length - 1);
  // A binary heap of list numbers by their current id (highest, then earliest list, on top): a quote's two
  // dozen lists made a scan of every list per pick most of candidate finding. Hand-written because it is
  // a dozen lines over two arrays the merge already has.
  const heap = held.map((_, i) => i);
  const head = held.map((list) => list.ids[list.ids.length - 1]!);
  const above = (a: number, b: number) => head[a]! > head[b]! || (head[a] === head[b] && a < b);
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) return;
      const child = l + 1 < heap.length && above(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (!above(heap[child]!, heap[i]!)) return;
      [heap[i], heap[child]] = [heap[child]!, heap[i]!];
      i = child;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  const out: C[] = [];
  let lastId = NaN;
  while (out.length < max && heap.length) {
    const pick = heap[0]!;
    const id = head[pick]!;
    if (id !== lastId) out.push(held[pick]!.items[at[pick]!]!);
    lastId = id;
    if (--at[pick]! < 0) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    } else head[pick] = held[pick]!.ids[at[pick]!]!;
    down(0);
  }
  return out;
}

function add(held: TokenClaims, speaker: string, claim: QuoteClaim, id: number): void {
  held.all.items.push(claim);
  held.all.ids.push(id);
  const list = held.bySpeaker.get(speaker);
  if (list) list.items.push(claim), list.ids.push(id);
  else held.bySpeaker.set(speaker, { items: [claim], ids: [id] });
}

/** A copy of `array` with room for at least `size` elements (doubling, so appends stay amortised O(1)). */
function grown(array: Int32Array, size: number): Int32Array {
  const out = new Int32Array(Math.max(size, array.length * 2));
  out.set(array);
  return out;
}

/** The speaker part of a quote-claim key (`claimKey`). */
function speakerKey(speaker: string | null): string {
  return speaker ?? '-';
}

const quoteClaimCaches = new WeakMap<Store, QuoteClaimCache>();

/** The store's quote-claim cache, checked against rollbacks since its last use. */
function quoteClaimCache(store: Store): QuoteClaimCache {
  let cache = quoteClaimCaches.get(store);
  if (!cache) quoteClaimCaches.set(store, (cache = new QuoteClaimCache(store)));
  cache.revalidate();
  return cache;
}

function recount(store: Store, claimIds: readonly number[]): void {
  store
    .statement(
      `UPDATE claims SET reports = (SELECT count(*) FROM claim_members WHERE claim_id = claims.id),
         sources = (SELECT count(DISTINCT root_doc) FROM claim_members WHERE claim_id = claims.id) WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .run(JSON.stringify(claimIds));
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
