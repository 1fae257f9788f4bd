import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { DocumentAnalysis, DocumentMetadata, InputFormat, StoredDocument, Zone, ZoneKind } from '../core/model.js';
import { ParleyError } from '../core/errors.js';
import type { ActorDirectory, ActorRecord, EntityResolution } from '../corpus/actors/types.js';
import { MIGRATIONS, TIMELINE_BACKFILL } from './migrations.js';
import { ActorCache } from './actor-cache.js';
import { BandIndex, compareRows, parseKeys, sortBandRows } from './band-index.js';

export type Db = Database.Database;

/** The `parley_meta` key set while `Store.compact` has yet to rebuild what a VACUUM may renumber. */
const REBUILD_AFTER_VACUUM = 'rebuild_after_vacuum';

interface DocumentRow {
  seq: number;
  id: string;
  name: string;
  source: string;
  url: string | null;
  format: string;
  encoding: string;
  text: string;
  content_hash: string;
  metadata_json: string;
  duplicate_of: string | null;
  duplicate_similarity: number | null;
  ingested_at: string;
}

export interface ActorRow {
  id: string;
  name: string;
  type: string;
  pack_id: string | null;
  party: string | null;
  roles_json: string;
  aliases_json: string;
  mention_count: number;
  doc_count: number;
}

/**
 * Parsed `roles_json` / `aliases_json` texts: actor resolution reads the same few hundred actors' rows for
 * every document, and parsing their alias lists each time was most of reading them. Callers get a copy.
 */
const parsedLists = new Map<string, readonly string[]>();
const PARSED_LISTS = 20_000;

function parseList(json: string): string[] {
  return frozenList(json).slice();
}

/** The parsed list, shared and frozen (for records handed out more than once, `Store.recordOf`). */
function frozenList(json: string): readonly string[] {
  let list = parsedLists.get(json);
  if (!list) {
    if (parsedLists.size >= PARSED_LISTS) parsedLists.clear();
    parsedLists.set(json, (list = Object.freeze(JSON.parse(json) as string[])));
  }
  return list;
}

export function actorFromRow(row: ActorRow): ActorRecord {
  return {
    id: row.id,
    name: row.name,
    type: row.type as ActorRecord['type'],
    packId: row.pack_id,
    party: row.party,
    roles: parseList(row.roles_json),
    aliases: parseList(row.aliases_json),
    mentionCount: row.mention_count,
    docCount: row.doc_count,
  };
}

/** The quotes and events just written for a document, as the claims update reads them back. */
export interface WrittenItems {
  quotes: { id: string; text: string; speaker_actor: string | null }[];
  events: { id: string; type: string; negated: number; modality: string; actors: (string | null)[]; date: string | null; evidence_text: string }[];
  /** Set when the document row itself was written in this transaction (so it has no claim memberships yet). */
  document?: { published: string | null; duplicateOf: string | null };
}

/** Everything written for one new document, in one transaction. */
export interface DocumentWrite {
  document: StoredDocument;
  analysis: DocumentAnalysis;
  resolution: EntityResolution;
  minhash: { signature: Uint32Array; bandKeys: string[] } | null;
}

/**
 * How long a statement waits for another connection's write lock. An ingest holds it for a batch (up to
 * `BATCH_MS`, 3 s, plus one document), so two ingests, or an ingest and a correction through `parley
 * serve`, take turns instead of failing; a lock held longer than this is reported as E_DB_LOCKED.
 */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * The Parley database: a SQLite file (WAL) holding documents, their zones and annotations, and the
 * corpus-level actors. Every document is written in one transaction, so a failure leaves nothing behind.
 */
export class Store implements ActorDirectory {
  private constructor(readonly db: Db, readonly file: string) {}

  /** Prepared statements by SQL text: preparing costs more than running most of the small ones here. */
  private readonly statements = new Map<string, Database.Statement>();

  /**
   * The prepared statement for `sql`, compiled once per Store. Only for `run`/`get`/`all` (a cached
   * statement must not be iterated while in use, nor switched to `pluck`/`raw` mode).
   */
  statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
  }

  /** Rows per multi-row INSERT: one statement step instead of one per row, below SQLite's parameter limit. */
  private static readonly INSERT_CHUNK = 32;

  /**
   * Inserts `rows` (each a value per column) in order, up to `INSERT_CHUNK` rows per statement, so rowids
   * and triggers are as with one INSERT per row. A document writes a few hundred rows, and a statement
   * step per row was much of the write.
   */
  insertRows(
    table: string,
    columns: string,
    width: number,
    rows: readonly unknown[][],
    verb: 'INSERT' | 'INSERT OR REPLACE' | 'INSERT OR IGNORE' = 'INSERT',
    chunk = Store.INSERT_CHUNK,
  ): void {
    for (let at = 0; at < rows.length; at += chunk) {
      const n = Math.min(chunk, rows.length - at);
      const params: unknown[] = new Array(n * width);
      let k = 0;
      for (let r = at; r < at + n; r++) {
        const row = rows[r]!;
        for (let c = 0; c < width; c++) params[k++] = row[c];
      }
      this.insertStatement(verb, table, columns, width, n).run(params);
    }
  }

  /**
   * The INSERT of `n` rows, by its parts rather than its SQL text: building and hashing a statement of up
   * to 32 × 24 placeholders for every chunk cost more than a small document's rows.
   */
  private insertStatement(verb: string, table: string, columns: string, width: number, n: number): Database.Statement {
    let byColumns = this.inserts.get(table);
    if (!byColumns) this.inserts.set(table, (byColumns = new Map()));
    const key = verb === 'INSERT' ? columns : `${verb} ${columns}`;
    let byCount = byColumns.get(key);
    if (!byCount) byColumns.set(key, (byCount = []));
    let stmt = byCount[n];
    if (!stmt) {
      const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`;
      stmt = byCount[n] = this.statement(`${verb} INTO ${table} (${columns}) VALUES ${Array.from({ length: n }, () => tuple).join(', ')}`);
    }
    return stmt;
  }

  private readonly inserts = new Map<string, Map<string, Database.Statement[]>>();

  static open(file: string, options: { create?: boolean; readonly?: boolean } = {}): Store {
    const create = options.create ?? true;
    if (file !== ':memory:' && !create && !existsSync(file)) {
      throw new ParleyError('E_NOT_FOUND', file, 'no such database (run `parley ingest` first)');
    }
    // Two processes creating one database at once can meet a lock SQLite reports at once, without waiting
    // out the busy timeout (switching a new file to WAL, or a read upgraded to a write): such a first
    // contact is tried again until the busy timeout has passed.
    const started = Date.now();
    for (;;) {
      try {
        return Store.openOnce(file, create, options.readonly ?? false);
      } catch (e) {
        if (!(e instanceof ParleyError && e.code === 'E_DB_LOCKED') || Date.now() - started > BUSY_TIMEOUT_MS) throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      }
    }
  }

  private static openOnce(file: string, create: boolean, readonly: boolean): Store {
    const options = { readonly };
    let db: Db;
    try {
      db = new Database(file, { readonly, fileMustExist: !create, timeout: BUSY_TIMEOUT_MS });
    } catch (e) {
      throw new ParleyError('E_DB', file, `cannot open database: ${(e as Error).message}`);
    }
    try {
      const store = new Store(db, file);
      // Check before any pragma that writes, so a foreign database is left exactly as it was.
      store.checkIsParley(create);
      if (!options.readonly) db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
      // 64 MB of page cache (default 2 MB): every document adds rows at ~300 random places in the band,
      // claim-key and FTS indexes, so with the default most inserts read a page back and the commit
      // rewrites it; a cache holding those indexes' hot pages halves ingest time at 10,000 documents.
      db.pragma('cache_size = -65536');
      if (!options.readonly) store.migrate();
      if (!options.readonly) store.finishCompaction();
      if (!options.readonly) {
        db.exec(CACHE_EPOCH_SQL);
        store.cacheEpochs = { epochOf: db.prepare('SELECT n FROM temp.parley_cache_epoch WHERE name = ?').pluck(), dataVersion: db.prepare('PRAGMA data_version').pluck() };
      }
      // Take and release the write lock once, so a database another process holds fails here with one
      // clear E_DB_LOCKED instead of a "database is locked" per document after each busy timeout.
      if (!options.readonly) db.exec('BEGIN IMMEDIATE; COMMIT');
      return store;
    } catch (e) {
      db.close();
      if (e instanceof ParleyError) throw e;
      const msg = (e as Error).message;
      if (/locked|busy/i.test(msg)) throw new ParleyError('E_DB_LOCKED', file, 'database is locked by another process; try again when it finishes');
      if (/not a database|malformed/i.test(msg)) throw new ParleyError('E_DB_NOT_PARLEY', file, 'not a Parley database (not an SQLite file)');
      throw new ParleyError('E_DB', file, msg);
    }
  }

  private subJournalsInMemory = false;

  /**
   * Keeps savepoint and statement journals in memory (`temp_store = MEMORY`), for a batched ingest: each
   * document is written in its own savepoint inside the batch, whose journal keeps a copy of every page
   * the document changes (a few hundred: band, claim-key and index leaves). Past 64 KB SQLite spills it
   * to a temporary file, and writing that was most of ingest's system time (store side 4.76 → 4.43 CPU
   * ms/article). Not the default: a statement over a whole table (re-analysis deletes every annotation)
   * journals the table, which belongs on disk. Outside a transaction only; changing the setting drops
   * this connection's TEMP objects, so the cache epochs are made again (the caches start over).
   */
  keepSubJournalsInMemory(): void {
    if (this.subJournalsInMemory || this.db.inTransaction) return;
    this.db.pragma('temp_store = MEMORY');
    if (this.cacheEpochs) this.db.exec(CACHE_EPOCH_SQL);
    this.subJournalsInMemory = true;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private checkIsParley(create: boolean): void {
    const tables = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    if (tables.length === 0) {
      // A new, empty database: only a command that creates databases makes it a Parley one (a read
      // command given a 0-byte file would otherwise turn it into an empty Parley database and answer "nothing").
      if (create) return;
      throw new ParleyError('E_DB_NOT_PARLEY', this.file, 'empty file, not a Parley database (run `parley ingest` first)');
    }
    if (!tables.some((t) => t.name === 'parley_meta')) {
      throw new ParleyError('E_DB_NOT_PARLEY', this.file, 'not a Parley database (it has other tables)');
    }
    const version = this.db.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    if (version > latest) {
      throw new ParleyError('E_DB', this.file, `database schema ${version} is newer than this Parley (${latest}); upgrade Parley`);
    }
  }

  private migrate(): void {
    for (const m of MIGRATIONS) {
      if (m.version <= this.schemaVersion()) continue;
      // Under the write lock, and checked again there: two processes opening a new database at once would
      // otherwise both run the first migration ("table parley_meta already exists").
      this.db.transaction(() => {
        if (m.version <= this.schemaVersion()) return;
        this.db.exec(m.sql);
        this.db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
  }

  /**
   * Gives the space of deleted rows back to the file system (SQLite's VACUUM), then rebuilds what is keyed by
   * rowids, which SQLite documents that VACUUM may renumber in a table without an INTEGER PRIMARY KEY: the
   * quotes' full-text index and the timeline's rows. Returns the bytes freed.
   */
  compact(): number {
    if (this.db.inTransaction) throw new ParleyError('E_DB', this.file, 'cannot compact inside a transaction');
    const size = () => (this.db.pragma('page_count', { simple: true }) as number) * (this.db.pragma('page_size', { simple: true }) as number);
    const before = size();
    // VACUUM commits on its own: a flag committed first makes the next open finish the rebuild if this one dies between.
    this.db.prepare(`INSERT OR REPLACE INTO parley_meta (key, value) VALUES ('${REBUILD_AFTER_VACUUM}', '1')`).run();
    try {
      this.db.exec('VACUUM');
    } catch (e) {
      if (/locked|busy/i.test((e as Error).message)) throw new ParleyError('E_DB_LOCKED', this.file, 'cannot compact while another process reads or writes the database');
      throw new ParleyError('E_DB', this.file, `cannot compact: ${(e as Error).message}`);
    } finally {
      this.rebuildRowidKeyedRows();
    }
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return Math.max(0, before - size());
  }

  /** The quotes' full-text index and the timeline rows made again from their tables, in one transaction. */
  private rebuildRowidKeyedRows(): void {
    this.db.transaction(() => {
      this.db.exec(`INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')`);
      this.db.exec(`DELETE FROM timeline_events; DELETE FROM timeline_stances; ${TIMELINE_BACKFILL}`);
      this.db.prepare(`DELETE FROM parley_meta WHERE key = '${REBUILD_AFTER_VACUUM}'`).run();
    }).immediate();
  }

  /** After an interrupted `compact`: the rebuild it did not finish. */
  private finishCompaction(): void {
    if (this.db.prepare(`SELECT 1 FROM parley_meta WHERE key = '${REBUILD_AFTER_VACUUM}'`).get()) this.rebuildRowidKeyedRows();
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  // ------------------------------------------------------------------------------------------
  // Documents
  // ------------------------------------------------------------------------------------------

  findByHash(contentHash: string): { id: string; name: string } | undefined {
    return this.statement('SELECT id, name FROM documents WHERE content_hash = ?').get(contentHash) as { id: string; name: string } | undefined;
  }

  hasDocumentId(id: string): boolean {
    return this.statement('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
  }

  documentCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  /**
   * MinHash signatures by document id, kept after the first read: near-duplicate lookups read about a
   * thousand candidate signatures per document at 10,000 stored, which was most of the ingest time.
   * Signatures never change once written; bounded so memory stays flat on large stores.
   */
  private readonly signatures = new Map<string, Uint32Array>();
  private static readonly SIGNATURE_CACHE = 50_000;
  /** Candidates compared per new document, best first. */
  static readonly NEAR_DUPLICATE_CANDIDATES = 200;

  /** Documents whose MinHash bands share a bucket with the given keys, with their signatures. */
  nearDuplicateCandidates(bandKeys: readonly string[]): { docId: string; signature: Uint32Array }[] {
    if (bandKeys.length === 0) return [];
    // As `nearDuplicateIds`, keeping the band index's slots to find the signatures by.
    const index = this.bandIndexForLookup();
    const slots = index?.candidateSlots(bandKeys, Store.NEAR_DUPLICATE_CANDIDATES) ?? null;
    const order = slots ? slots.map((slot) => index!.idAt(slot)) : this.nearDuplicateIdsBySql(bandKeys);
    const found: (Uint32Array | undefined)[] = new Array(order.length);
    const missing = new Map<string, number>();
    for (let i = 0; i < order.length; i++) {
      const id = order[i]!;
      const cached = (slots && index!.signatureAt(slots[i]!)) || this.signatures.get(id);
      if (cached) {
        found[i] = cached;
        if (slots) index!.setSignature(slots[i]!, cached);
      } else missing.set(id, i);
    }
    if (missing.size) {
      const rows = this.statement(`SELECT doc_id AS docId, signature FROM minhash_signatures WHERE doc_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...missing.keys()])) as { docId: string; signature: Buffer }[];
      for (const r of rows) {
        const signature = new Uint32Array(r.signature.buffer.slice(r.signature.byteOffset, r.signature.byteOffset + r.signature.byteLength));
        const i = missing.get(r.docId)!;
        found[i] = signature;
        if (slots) index!.setSignature(slots[i]!, signature);
        this.cacheSignature(r.docId, signature);
      }
    }
    const out: { docId: string; signature: Uint32Array }[] = [];
    for (let i = 0; i < order.length; i++) if (found[i]) out.push({ docId: order[i]!, signature: found[i]! });
    return out;
  }

  private cacheSignature(docId: string, signature: Uint32Array): void {
    if (this.signatures.size >= Store.SIGNATURE_CACHE) this.signatures.delete(this.signatures.keys().next().value!);
    this.signatures.set(docId, signature);
  }

  /** The ids of the documents sharing a band with `bandKeys`, as `nearDuplicateIdsBySql` orders them. */
  nearDuplicateIds(bandKeys: readonly string[]): string[] {
    return this.bandIndexForLookup()?.candidates(bandKeys, Store.NEAR_DUPLICATE_CANDIDATES) ?? this.nearDuplicateIdsBySql(bandKeys);
  }

  /**
   * The ids of the documents sharing a band with `bandKeys`, as `nearDuplicateCandidates` orders them. Most
   * shared bands first: a true copy shares many bands, an unrelated article at most one or two, so the top
   * candidates always include the copy while the lookup stays bounded on a large store.
   */
  nearDuplicateIdsBySql(bandKeys: readonly string[]): string[] {
    this.flushDeferredRows(true, 'minhash_bands');
    const ids = this.statement(
      `SELECT g.doc_id AS docId FROM (SELECT doc_id, count(*) AS shared FROM minhash_bands WHERE band_key IN (SELECT value FROM json_each(?)) GROUP BY doc_id) g
       JOIN documents d ON d.id = g.doc_id ORDER BY g.shared DESC, d.seq LIMIT ${Store.NEAR_DUPLICATE_CANDIDATES}`,
    ).all(JSON.stringify(bandKeys)) as { docId: string }[];
    return ids.map((r) => r.docId);
  }

  private bandIndex: BandIndex | null = null;
  /** `PRAGMA data_version` when the band index was read: another connection's commit since makes it stale. */
  private bandIndexVersion = -1;
  private bandLookups = 0;
  private documentsAtFirstLookup = -1;
  /** Set when the stored band keys are not all of the form the index holds: this store looks up in SQL. */
  private bandIndexUnusable = false;

  /**
   * The in-memory band index (`BandIndex`), up to date with this connection's transaction, or null while the
   * lookup is to be done in SQL. Read once enough documents have been looked up to pay for reading every band
   * (a lookup in SQL costs ~1.5 ms at 3,000 stored, reading the index ~0.1 ms per stored document), so adding a
   * few documents to a large store does not read it at all.
   */
  private bandIndexForLookup(): BandIndex | null {
    const checks = this.cacheEpochs;
    if (!checks || this.bandIndexUnusable) return null;
    const version = checks.dataVersion.get() as number;
    if (version !== this.bandIndexVersion) {
      // Another connection has committed (it may have added documents): read the bands again, once enough
      // lookups have paid for it since, so two processes ingesting by turns do not read them every turn.
      this.bandIndex = null;
      this.bandIndexVersion = version;
      this.bandLookups = 0;
      this.documentsAtFirstLookup = -1;
    }
    if (this.bandIndex) {
      // A rollback (of a document's savepoint or of a batch) hands its seqs out again: forget its documents.
      const seq = this.documentSequence();
      if (seq < this.bandIndex.highestSeq) this.bandIndex.truncate(seq);
      return this.bandIndex;
    }
    if (this.documentsAtFirstLookup < 0) this.documentsAtFirstLookup = this.documentCount();
    if (++this.bandLookups < Math.max(Store.BAND_INDEX_AFTER_LOOKUPS, this.documentsAtFirstLookup / 16)) return null;
    this.bandIndex = this.readBandIndex();
    return this.bandIndex;
  }

  /** Lookups in SQL before the band index is read (at least; more on a large store, see `bandIndexForLookup`). */
  static readonly BAND_INDEX_AFTER_LOOKUPS = 32;

  /**
   * Rows of an open batch (`deferRows`) not yet written, each list with the AUTOINCREMENT id it hangs on
   * (null when rows are written as they come): `minhash_bands` rows with their document's seq, and
   * `claim_keys` rows with their claim's id. Each lands at scattered places of its table's key order (a
   * document's 128 band rows on 128 pages), so written one document at a time they dirtied and journaled
   * (in the document's savepoint) a page per row; sorted and written once per batch, neighbours share pages
   * (store CPU at 8,000 stored 8.5 → 6.7 ms/article for the bands alone).
   */
  private pendingBands: { docId: string; seq: number; bandKeys: readonly string[] }[] | null = null;
  private pendingClaimKeys: { claimId: number; keys: readonly string[] }[] | null = null;
  /**
   * `pendingClaimKeys` by key range (`claimKeyGroup`), for `waitingClaimKeys`: the claims matcher reads the
   * keys of a token it has not held before for almost every document, and flushing the batch's keys for
   * each such read wrote them a document at a time after all (store steps 7.8 → 7.3 ms CPU per article,
   * medians of three interleaved replays of 2,000 prepared bench articles).
   */
  private pendingClaimKeyGroups: Map<string, { key: string; claimId: number }[]> | null = null;

  /** From now until `flushDeferredRows`, band and claim-key rows wait in memory (for a batch whose commit flushes them). */
  deferRows(): void {
    this.pendingBands ??= [];
    this.pendingClaimKeys ??= [];
    this.pendingClaimKeyGroups ??= new Map();
  }

  /**
   * Writes the rows waiting since `deferRows`, but for those of rolled-back documents and claims (found by
   * their ids: a rollback hands its AUTOINCREMENT ids out again); then, unless `keepDeferring`, writes rows
   * as they come again. `only` names the one table about to be read (the other's rows go on waiting).
   */
  flushDeferredRows(keepDeferring = false, only?: 'minhash_bands' | 'claim_keys'): void {
    const bands = only === 'claim_keys' ? null : this.pendingBands;
    const claimKeys = only === 'minhash_bands' ? null : this.pendingClaimKeys;
    if (bands) this.pendingBands = keepDeferring ? [] : null;
    if (claimKeys) {
      this.pendingClaimKeys = keepDeferring ? [] : null;
      this.pendingClaimKeyGroups = keepDeferring ? new Map() : null;
    }
    if (bands?.length) {
      const seq = this.documentSequence();
      const rows: [string, string][] = [];
      for (const p of bands) if (p.seq <= seq) for (const key of p.bandKeys) rows.push([key, p.docId]);
      sortBandRows(rows);
      this.insertSortedPairs('minhash_bands (band_key, doc_id)', rows, true);
    }
    if (claimKeys?.length) {
      const seq = this.claimSequence();
      const rows: [string, number][] = [];
      for (const p of claimKeys) if (p.claimId <= seq) for (const key of p.keys) rows.push([key, p.claimId]);
      this.insertSortedPairs('claim_keys (key, claim_id)', rows);
    }
  }

  /** Rows per statement of `insertSortedPairs` (two parameters each, well below SQLite's 32,766). */
  private static readonly PAIR_CHUNK = 512;

  /**
   * `INSERT OR IGNORE` of [key, value] rows in key order, `PAIR_CHUNK` rows per statement. Bound as
   * parameters rather than passed as one JSON array read back by `json_each`: a batch flushes ~85,000
   * rows, and stringifying, parsing and extracting each of them again cost about as much as the inserts.
   * `sorted`: the caller has sorted them so already.
   */
  private insertSortedPairs(into: string, rows: [string, string | number][], sorted = false): void {
    if (!rows.length) return;
    if (!sorted) rows.sort(compareRows);
    const [table, columns] = into.split(' (') as [string, string];
    // Whole chunks, then the rest in the usual smaller ones: a statement per remainder size would be
    // prepared again for almost every batch.
    const whole = rows.length - (rows.length % Store.PAIR_CHUNK);
    this.insertRows(table, columns.slice(0, -1), 2, rows.slice(0, whole), 'INSERT OR IGNORE', Store.PAIR_CHUNK);
    this.insertRows(table, columns.slice(0, -1), 2, rows.slice(whole), 'INSERT OR IGNORE');
  }

  /** Forgets the rows waiting for a batch that SQLite rolled back. */
  dropDeferredRows(): void {
    this.pendingBands = null;
    this.pendingClaimKeys = null;
    this.pendingClaimKeyGroups = null;
  }

  /**
   * Writes a new claim's keys (`INSERT OR IGNORE INTO claim_keys`), or keeps them for the batch's flush.
   * `claimId` must be the claim just created (the highest id yet).
   */
  writeClaimKeys(claimId: number, keys: readonly string[]): void {
    const pending = this.pendingClaimKeys;
    if (!pending) {
      this.insertRows('claim_keys', 'key, claim_id', 2, keys.map((k) => [k, claimId]), 'INSERT OR IGNORE');
      return;
    }
    const groups = this.pendingClaimKeyGroups!;
    // Keys of a claim at this id or above were rolled back (the id is handed out again). A group lists its
    // keys by ascending claim id, so a rolled-back claim's are at its groups' ends.
    while (pending.length && pending[pending.length - 1]!.claimId >= claimId) {
      for (const key of pending.pop()!.keys) groups.get(claimKeyGroup(key))!.pop();
    }
    pending.push({ claimId, keys });
    for (const key of keys) {
      const group = claimKeyGroup(key);
      let list = groups.get(group);
      if (!list) groups.set(group, (list = []));
      list.push({ key, claimId });
    }
  }

  /**
   * The claim keys starting with `prefix` (a whole `claimKeyGroup`, such as 'q:<token>:') that wait for
   * the batch's flush, but for those of rolled-back claims; by ascending claim id. A reader of `claim_keys`
   * adds these to what it reads instead of flushing them.
   */
  waitingClaimKeys(prefix: string): { key: string; claimId: number }[] {
    const list = this.pendingClaimKeyGroups?.get(prefix);
    if (!list?.length) return [];
    const seq = this.claimSequence();
    return list[list.length - 1]!.claimId <= seq ? list : list.filter((k) => k.claimId <= seq);
  }

  /** The highest claim id handed out (`sqlite_sequence`; a rollback takes it back). */
  private claimSequence(): number {
    return (this.statement(`SELECT seq FROM sqlite_sequence WHERE name = 'claims'`).get() as { seq: number } | undefined)?.seq ?? 0;
  }

  /** The highest document seq handed out (`sqlite_sequence`; a rollback takes it back). */
  private documentSequence(): number {
    return (this.statement(`SELECT seq FROM sqlite_sequence WHERE name = 'documents'`).get() as { seq: number } | undefined)?.seq ?? 0;
  }

  private readBandIndex(): BandIndex | null {
    this.flushDeferredRows(true, 'minhash_bands');
    const byDoc = new Map<string, number[]>();
    for (const [key, docId] of this.db.prepare('SELECT band_key, doc_id FROM minhash_bands').raw().iterate() as Iterable<[string, string]>) {
      const parsed = parseKeys([key]);
      if (!parsed) {
        this.bandIndexUnusable = true;
        return null;
      }
      let pairs = byDoc.get(docId);
      if (!pairs) byDoc.set(docId, (pairs = []));
      pairs.push(parsed[0]!, parsed[1]!);
    }
    const index = new BandIndex();
    for (const [seq, id] of this.db.prepare('SELECT seq, id FROM documents ORDER BY seq').raw().iterate() as Iterable<[number, string]>) {
      const pairs = byDoc.get(id);
      if (pairs) index.addParsed(id, seq, pairs);
    }
    return index;
  }

  getDocument(id: string): StoredDocument | undefined {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    return row ? this.documentFromRow(row) : undefined;
  }

  findDocument(idOrName: string): StoredDocument | undefined {
    const row = (this.db.prepare('SELECT * FROM documents WHERE id = ?').get(idOrName) ??
      this.db.prepare('SELECT * FROM documents WHERE name = ? ORDER BY seq LIMIT 1').get(idOrName)) as DocumentRow | undefined;
    return row ? this.documentFromRow(row) : undefined;
  }

  /** All documents in ingest order, one at a time (memory stays flat on large stores). */
  *iterateDocuments(): Generator<StoredDocument> {
    for (const row of this.db.prepare('SELECT * FROM documents ORDER BY seq').iterate() as Iterable<DocumentRow>) {
      yield this.documentFromRow(row);
    }
  }

  private documentFromRow(row: DocumentRow): StoredDocument {
    const zones = this.statement('SELECT kind, start, "end", rule FROM zones WHERE doc_id = ? ORDER BY start').all(row.id) as Zone[];
    return {
      id: row.id,
      name: row.name,
      source: row.source,
      url: row.url,
      format: row.format as InputFormat,
      encoding: row.encoding,
      text: row.text,
      contentHash: row.content_hash,
      zones: zones.map((z) => ({ ...z, kind: z.kind as ZoneKind })),
      metadata: JSON.parse(row.metadata_json) as DocumentMetadata,
      duplicateOf: row.duplicate_of,
      duplicateSimilarity: row.duplicate_similarity,
      ingestedAt: row.ingested_at,
    };
  }

  /** Writes a document, its zones, its annotations and its actor resolution atomically. */
  writeDocument(w: DocumentWrite): WrittenItems {
    return this.db.transaction(() => this.writeDocumentUnsafe(w))();
  }

  /** The body of `writeDocument`, for callers that already hold a transaction. */
  writeDocumentUnsafe({ document: d, analysis: a, resolution: r, minhash }: DocumentWrite): WrittenItems {
    const db = this;
    const m = d.metadata;
    const { lastInsertRowid: seq } = db.statement(
      `INSERT INTO documents (id, name, source, url, format, encoding, text, content_hash, title, outlet, published, language,
         metadata_json, duplicate_of, duplicate_similarity, ingested_at)
       VALUES (@id, @name, @source, @url, @format, @encoding, @text, @contentHash, @title, @outlet, @published, @language,
         @metadata, @duplicateOf, @duplicateSimilarity, @ingestedAt)`,
    ).run({
      id: d.id,
      name: d.name,
      source: d.source,
      url: d.url,
      format: d.format,
      encoding: d.encoding,
      text: d.text,
      contentHash: d.contentHash,
      title: m.title.value,
      outlet: m.outlet.value,
      published: m.published.value,
      language: m.language.value,
      metadata: JSON.stringify(m),
      duplicateOf: d.duplicateOf,
      duplicateSimilarity: d.duplicateSimilarity,
      ingestedAt: d.ingestedAt,
    });
    this.insertRows('zones', 'doc_id, kind, start, "end", rule', 5, d.zones.map((z) => [d.id, z.kind, z.start, z.end, z.rule]));
    if (minhash) {
      db.statement('INSERT INTO minhash_signatures (doc_id, signature) VALUES (?, ?)').run(d.id, Buffer.from(minhash.signature.buffer, minhash.signature.byteOffset, minhash.signature.byteLength));
      // One statement for all bands; a document's bands are distinct (each key names its band).
      if (this.pendingBands) {
        // Rows of a document at this seq or above were rolled back (the seq is handed out again).
        while (this.pendingBands.length && this.pendingBands[this.pendingBands.length - 1]!.seq >= Number(seq)) this.pendingBands.pop();
        this.pendingBands.push({ docId: d.id, seq: Number(seq), bandKeys: minhash.bandKeys });
      } else {
        db.statement('INSERT OR IGNORE INTO minhash_bands (band_key, doc_id) SELECT value, ? FROM json_each(?)').run(d.id, JSON.stringify(minhash.bandKeys));
      }
      // The next documents compare with this one: read back from the table, its signature was most of the lookup
      // once the band index held the bands. Kept even if this write is rolled back: a document's id is its
      // content's hash, and its signature a function of the content, so the entry is only ever answered right.
      const signature = minhash.signature.slice();
      this.cacheSignature(d.id, signature);
      if (this.bandIndex) {
        // Any document held at this seq or above was rolled back (the seq is handed out again).
        this.bandIndex.truncate(Number(seq) - 1);
        if (!this.bandIndex.add(d.id, Number(seq), minhash.bandKeys, signature)) (this.bandIndex = null), (this.bandIndexUnusable = true);
      }
    }
    const written = this.writeAnalysisUnsafe(d.id, a, r);
    written.document = { published: m.published.value, duplicateOf: d.duplicateOf };
    return written;
  }

  /**
   * Writes a stored document's annotations and actor resolution (caller holds the transaction). Returns
   * its quotes and events as written, so the claims update need not read them back.
   */
  writeAnalysisUnsafe(docId: string, a: DocumentAnalysis, r: EntityResolution): WrittenItems {
    const written: WrittenItems = { quotes: [], events: [] };
    const db = this;
    const d = { id: docId };
    this.insertRows('sentences', 'doc_id, idx, start, "end", paragraph, zone', 6, a.sentences.map((s, i) => [d.id, i, s.start, s.end, s.paragraph, s.zone]));

    this.applyResolution(r);
    this.insertRows(
      'entities', 'doc_id, idx, actor_id, type, name, pack_id, party, roles_json', 8,
      a.entities.map((e, i) => [d.id, i, r.actorIds[i] ?? null, e.type, e.name, e.packId, e.party, JSON.stringify(e.roles)]),
    );
    const perActor = new Map<string, number>();
    this.insertRows(
      'mentions', 'doc_id, idx, entity_idx, actor_id, start, "end", text, kind, rule, confidence', 10,
      a.mentions.map((mn, i) => {
        const actorId = r.actorIds[mn.entity] ?? null;
        if (actorId) perActor.set(actorId, (perActor.get(actorId) ?? 0) + 1);
        return [d.id, i, mn.entity, actorId, mn.start, mn.end, mn.text, mn.kind, mn.provenance.rule, mn.provenance.confidence];
      }),
    );
    const cache = this.actorCache(); // checked before the update below, which clears its epoch
    // One statement for every actor of the document rather than one each.
    if (perActor.size) {
      db.statement(
        `UPDATE actors SET mention_count = mention_count + c.value, doc_count = doc_count + 1 FROM json_each(?) c WHERE actors.id = c.key`,
      ).run(JSON.stringify(Object.fromEntries(perActor)));
    }
    if (cache && perActor.size) {
      cache.wrote();
      for (const [actorId, n] of perActor) cache.count(actorId, n);
    }

    this.insertRows(
      'quotes',
      `id, doc_id, idx, kind, start, "end", text, cue_start, cue_end, cue_text, source_start, source_end, source_text,
         speaker_entity, speaker_actor, rule, confidence`,
      17,
      a.quotes.map((q, i) => [
        quoteId(d.id, i), d.id, i, q.kind, q.start, q.end, q.text,
        q.cue?.start ?? null, q.cue?.end ?? null, q.cue?.text ?? null,
        q.source?.start ?? null, q.source?.end ?? null, q.source?.text ?? null,
        q.speaker, q.speaker === null ? null : (r.actorIds[q.speaker] ?? null), q.provenance.rule, q.provenance.confidence,
      ]),
    );
    a.quotes.forEach((q, i) => written.quotes.push({ id: quoteId(d.id, i), text: q.text, speaker_actor: q.speaker === null ? null : (r.actorIds[q.speaker] ?? null) }));
    const actorOf = (e: number) => r.actorIds[e] ?? null;
    this.insertRows(
      'events',
      `id, doc_id, idx, type, mode, actors_json, targets_json, negated, modality, date, date_start, date_end, date_text,
         location_start, location_end, location_text, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, rule, confidence`,
      24,
      a.events.map((e, i) => {
        const actors = e.actors.map(actorOf);
        written.events.push({ id: eventId(d.id, i), type: e.type, negated: e.negated ? 1 : 0, modality: e.modality, actors, date: e.date, evidence_text: e.evidence.text });
        return [
        eventId(d.id, i), d.id, i, e.type, e.mode, JSON.stringify(actors), JSON.stringify(e.targets.map(actorOf)),
        e.negated ? 1 : 0, e.modality, e.date, e.dateText?.start ?? null, e.dateText?.end ?? null, e.dateText?.text ?? null,
        e.location?.start ?? null, e.location?.end ?? null, e.location?.text ?? null,
        e.trigger.start, e.trigger.end, e.trigger.text, e.evidence.start, e.evidence.end, e.evidence.text,
        e.provenance.rule, e.provenance.confidence,
      ];
      }),
    );
    this.insertRows(
      'stances',
      `id, doc_id, idx, actor_entity, actor_id, party_id, proposition, stance, cond_start, cond_end, cond_text, date,
         evidence_start, evidence_end, evidence_text, quote_id, rule, confidence`,
      18,
      a.stances.map((s, i) => {
        const actorId = actorOf(s.actor);
        const entity = a.entities[s.actor];
        // A pack person's side follows the document's date (the actors stage decided it: a former office
        // holder speaks for no side); anyone else takes the corpus actor's side.
        const party = entity?.type === 'person' && entity.packId ? entity.party : ((actorId && this.partyOf(actorId)) ?? entity?.party ?? null);
        return [
          stanceId(d.id, i), d.id, i, s.actor, actorId, party, s.proposition, s.stance,
          s.condition?.start ?? null, s.condition?.end ?? null, s.condition?.text ?? null, s.date,
          s.evidence.start, s.evidence.end, s.evidence.text, s.quote === null ? null : quoteId(d.id, s.quote),
          s.provenance.rule, s.provenance.confidence,
        ];
      }),
    );
    return written;
  }

  /** `CacheEpoch`'s checks (in pluck mode, so not through `statement`); null on a read-only store, which has no epochs. */
  cacheEpochs: { epochOf: Database.Statement; dataVersion: Database.Statement } | null = null;

  /** Bumped when this connection deletes the analysis tables: caches of their rows start over. */
  analysisGeneration = 0;

  /** Tables derived from documents by the analysis stages; emptied by re-analysis, in dependency order. */
  static readonly ANALYSIS_TABLES = ['claim_keys', 'claim_members', 'claims', 'stances', 'events', 'quotes', 'mentions', 'entities', 'sentences', 'actor_keys', 'actors'] as const;

  /** Deletes every analysis annotation and actor (documents, zones, metadata and corrections stay). */
  clearAnalysisUnsafe(): void {
    for (const t of Store.ANALYSIS_TABLES) this.db.exec(`DELETE FROM ${t}`);
    // Their claims are gone (and keep their ids: AUTOINCREMENT), so their waiting keys must not be written.
    if (this.pendingClaimKeys) this.pendingClaimKeys = [];
    if (this.pendingClaimKeyGroups) this.pendingClaimKeyGroups = new Map();
    this.analysisGeneration++;
  }

  // ------------------------------------------------------------------------------------------
  // Actors (the store is the ActorDirectory the resolver reads)
  // ------------------------------------------------------------------------------------------

  get(id: string): ActorRecord | undefined {
    const cache = this.actorCache();
    if (cache) {
      const row = cache.row(id);
      return row ? this.recordOf(row) : undefined;
    }
    const row = this.statement('SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
    return row ? actorFromRow(row) : undefined;
  }

  /**
   * The record of a cached actor row, built once per row: resolution reads the same few hundred actors for
   * every document, and building their records (alias lists copied) was most of reading them. A cached row
   * is never changed (the cache replaces it), so its record stays right; frozen, as records handed out more
   * than once, so a caller that changed one would fail rather than change another caller's.
   */
  private recordOf(row: ActorRow): ActorRecord {
    let record = this.records.get(row);
    if (!record) {
      // The lists are shared too: a row is replaced whenever its counts change, and its lists seldom do.
      record = Object.freeze({
        id: row.id,
        name: row.name,
        type: row.type as ActorRecord['type'],
        packId: row.pack_id,
        party: row.party,
        roles: frozenList(row.roles_json) as string[],
        aliases: frozenList(row.aliases_json) as string[],
        mentionCount: row.mention_count,
        docCount: row.doc_count,
      });
      this.records.set(row, record);
    }
    return record;
  }

  private readonly records = new WeakMap<ActorRow, ActorRecord>();

  /** An actor's party (`undefined` when there is no such actor), without reading the whole record. */
  private partyOf(id: string): string | null | undefined {
    const cache = this.actorCache();
    if (cache) return cache.row(id)?.party;
    return (this.statement('SELECT party FROM actors WHERE id = ?').get(id) as { party: string | null } | undefined)?.party;
  }

  candidates(keys: readonly string[]): ActorRecord[] {
    if (keys.length === 0) return [];
    const cache = this.actorCache();
    if (cache) return cache.candidates(keys).map((row) => this.recordOf(row));
    const rows = this
      .statement(`SELECT a.* FROM actors a WHERE a.id IN (SELECT actor_id FROM actor_keys WHERE key IN (SELECT value FROM json_each(?)))`)
      .all(JSON.stringify(keys)) as ActorRow[];
    return rows.map(actorFromRow);
  }

  private actors: ActorCache | null = null;

  /** The actor cache (none on a read-only store), emptied first when it may be stale. */
  private actorCache(): ActorCache | null {
    if (!this.cacheEpochs) return null;
    const cache = (this.actors ??= new ActorCache(this));
    cache.revalidate();
    return cache;
  }

  private applyResolution(r: EntityResolution): void {
    const upsert = this.statement(
      `INSERT INTO actors (id, name, type, pack_id, party, roles_json, aliases_json) VALUES (@id, @name, @type, @packId, @party, @roles, @aliases)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, pack_id = excluded.pack_id, party = excluded.party,
         roles_json = excluded.roles_json, aliases_json = excluded.aliases_json`,
    );
    // All of an actor's keys in one statement: most already exist, and a statement step per key cost more than the lookups.
    const keyRows = this.statement('INSERT OR IGNORE INTO actor_keys (key, actor_id) SELECT value, ? FROM json_each(?)');
    const cache = this.actorCache();
    const updates: { row: ActorRow | null; id: string; keys: readonly string[] | null }[] = [];
    for (const { actor, keys } of r.upserts) {
      const row = {
        id: actor.id, name: actor.name, type: actor.type, pack_id: actor.packId, party: actor.party,
        roles_json: JSON.stringify(actor.roles), aliases_json: JSON.stringify(actor.aliases), mention_count: 0, doc_count: 0,
      };
      // Most documents name actors already stored exactly so: the upsert would rewrite the same row and
      // every key already exists, so both are skipped when the cache says so.
      const held = cache?.peek(actor.id);
      const same = !!held && held.name === row.name && held.type === row.type && held.pack_id === row.pack_id && held.party === row.party &&
        held.roles_json === row.roles_json && held.aliases_json === row.aliases_json;
      const keysHeld = !keys.length || !!cache?.hasKeys(actor.id, keys);
      if (!same) upsert.run({ id: row.id, name: row.name, type: row.type, packId: row.pack_id, party: row.party, roles: row.roles_json, aliases: row.aliases_json });
      if (!keysHeld) keyRows.run(actor.id, JSON.stringify(keys));
      if (!same || !keysHeld) {
        // A row read before keeps its counts (the upsert leaves them); one not read yet is read again when needed.
        const next = same ? held! : held ? { ...row, mention_count: held.mention_count, doc_count: held.doc_count } : held === null ? row : null;
        updates.push({ row: next, id: actor.id, keys: keysHeld ? null : keys });
      }
    }
    if (cache && updates.length) {
      cache.wrote();
      for (const u of updates) cache.update(u.id, u.row, u.keys);
    }
  }

  listActors(filter: { type?: string } = {}): ActorRecord[] {
    const rows = filter.type
      ? (this.db.prepare('SELECT * FROM actors WHERE type = ? ORDER BY mention_count DESC, name').all(filter.type) as ActorRow[])
      : (this.db.prepare('SELECT * FROM actors ORDER BY mention_count DESC, name').all() as ActorRow[]);
    return rows.map(actorFromRow);
  }
}

/**
 * The range of claim keys a key belongs to: its text up to its second ':' ('q:<token>:' of a quote claim's
 * 'q:<token>:<speaker>', the range `claimKeyRange` in claims.ts reads; tokens hold no ':').
 */
function claimKeyGroup(key: string): string {
  return key.slice(0, key.indexOf(':', 2) + 1);
}

export const quoteId = (docId: string, i: number) => `${docId}:q${i}`;
export const eventId = (docId: string, i: number) => `${docId}:e${i}`;
export const stanceId = (docId: string, i: number) => `${docId}:s${i}`;

/** Tokens are never handed out twice in a process, so an epoch reverted by a rollback never matches again. */
let lastEpochToken = 0;

/**
 * Tells an in-memory cache of store rows whether it may still be trusted. The cache `stamp`s a fresh token
 * into a TEMP table row before it takes in rows (read or written) and checks the row before each use. A
 * rollback of the transaction or savepoint it was stamped in reverts the token; temp triggers clear it on a
 * write to the cached tables from anywhere else on this connection; `PRAGMA data_version` moves when another
 * connection commits; `Store.analysisGeneration` when this one clears the analysis. Temp tables are per
 * connection and never reach the database file. On a read-only store the check always fails (no caching).
 */
export class CacheEpoch {
  private token = -1;
  private version = -1;
  private generation = -1;
  private seen = { version: -1, generation: -1 };

  constructor(
    private readonly store: Store,
    private readonly name: string,
  ) {}

  valid(): boolean {
    const checks = this.store.cacheEpochs;
    if (!checks) return false;
    const n = checks.epochOf.get(this.name) as number | null | undefined;
    const version = checks.dataVersion.get() as number;
    this.seen = { version, generation: this.store.analysisGeneration };
    return n === this.token && version === this.version && this.store.analysisGeneration === this.generation;
  }

  /** Marks what the cache holds from now on as valid as of this state (call `valid` first). */
  stamp(): void {
    if (!this.store.cacheEpochs) return;
    this.token = ++lastEpochToken;
    this.store.statement('UPDATE temp.parley_cache_epoch SET n = ? WHERE name = ?').run(this.token, this.name);
    this.version = this.seen.version;
    this.generation = this.seen.generation;
  }
}

/** Per connection: the epoch rows `CacheEpoch` checks, and triggers that clear them on foreign writes. */
const CACHE_EPOCH_SQL = `
CREATE TEMP TABLE IF NOT EXISTS parley_cache_epoch (name TEXT PRIMARY KEY, n INTEGER);
INSERT OR IGNORE INTO temp.parley_cache_epoch (name, n) VALUES ('actors', NULL);
${['INSERT', 'UPDATE', 'DELETE']
  .flatMap((op) => [
    ['actors', 'actors', op],
    ['actor_keys', 'actors', op],
  ])
  .map(([table, name, op]) => `CREATE TEMP TRIGGER IF NOT EXISTS parley_epoch_${table}_${op!.split(' ')[0]!.toLowerCase()} AFTER ${op} ON main.${table} BEGIN UPDATE parley_cache_epoch SET n = NULL WHERE name = '${name}'; END;`)
  .join('\n')}
`;
