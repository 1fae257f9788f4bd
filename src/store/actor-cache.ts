import type { Statement } from 'better-sqlite3';
import { CacheEpoch, type ActorRow, type Store } from './store.js';

/** Actor rows and blocking keys held in memory past this many are read again as needed. */
const MAX_ROWS = 200_000;
const MAX_KEYS = 500_000;

/**
 * The `actors` rows and `actor_keys` buckets actor resolution has read, kept per store: every document
 * looks up a few dozen keys and actors, most of them the same few hundred, and those reads (and rewriting
 * unchanged actor rows) were most of resolution. Written through by `Store`; a `CacheEpoch` empties it when
 * a rollback, a write from elsewhere or another connection may have made it stale.
 */
export class ActorCache {
  /** Rows by id; null when the actor is known not to exist. */
  private readonly rows = new Map<string, ActorRow | null>();
  /** Actor ids by key, for every key read (an empty set when none has it). */
  private readonly keyActors = new Map<string, Set<string>>();
  /** Keys known to index an actor though their bucket was not read (a pack actor's keys are never looked up). */
  private readonly written = new Map<string, Set<string>>();
  private readonly epoch: CacheEpoch;
  private readonly rowById: Statement;
  private readonly rowsById: Statement;
  private readonly keysIn: Statement;

  constructor(store: Store) {
    this.epoch = new CacheEpoch(store, 'actors');
    this.rowById = store.db.prepare('SELECT * FROM actors WHERE id = ?');
    this.rowsById = store.db.prepare('SELECT * FROM actors WHERE id IN (SELECT value FROM json_each(?))');
    this.keysIn = store.db.prepare('SELECT key, actor_id FROM actor_keys WHERE key IN (SELECT value FROM json_each(?))').raw();
  }

  /** Empties the cache unless nothing it cannot see has happened since it last changed. */
  revalidate(): void {
    if (this.epoch.valid() && this.rows.size < MAX_ROWS && this.keyActors.size + this.written.size < MAX_KEYS) return;
    this.rows.clear();
    this.keyActors.clear();
    this.written.clear();
    this.epoch.stamp();
  }

  /** The actor's row (read on first use), or undefined when there is none. */
  row(id: string): ActorRow | undefined {
    let row = this.rows.get(id);
    if (row === undefined) this.rows.set(id, (row = (this.rowById.get(id) as ActorRow | undefined) ?? null));
    return row ?? undefined;
  }

  /** What the cache holds for the actor without reading: a row, null (no such actor) or undefined (not read). */
  peek(id: string): ActorRow | null | undefined {
    return this.rows.get(id);
  }

  /** True when every one of `keys` is known to index `id`. */
  hasKeys(id: string, keys: readonly string[]): boolean {
    const written = this.written.get(id);
    return keys.every((k) => this.keyActors.get(k)?.has(id) || written?.has(k));
  }

  /** The actors under any of `keys`, in id order (as `Store.candidates` reads them: SQLite's BINARY order). */
  candidates(keys: readonly string[]): ActorRow[] {
    const unread = [...new Set(keys.filter((k) => !this.keyActors.has(k)))];
    if (unread.length) {
      for (const k of unread) this.keyActors.set(k, new Set());
      for (const [key, id] of this.keysIn.all(JSON.stringify(unread)) as [string, string][]) this.keyActors.get(key)!.add(id);
    }
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.keyActors.get(k)!) ids.add(id);
    const missing = [...ids].filter((id) => this.rows.get(id) === undefined);
    if (missing.length) {
      for (const id of missing) this.rows.set(id, null);
      for (const row of this.rowsById.all(JSON.stringify(missing)) as ActorRow[]) this.rows.set(row.id, row);
    }
    const out: ActorRow[] = [];
    const sorted = [...ids];
    // Tested once per list rather than in each comparison: the two regexes per comparison were most of the sort.
    sorted.sort(sorted.some((id) => ABOVE_D7FF.test(id)) ? compareBytes : compareUnits);
    for (const id of sorted) {
      const row = this.rows.get(id);
      if (row) out.push(row);
    }
    return out;
  }

  /** Call after writing actors or keys and before recording the writes with `update`/`count`. */
  wrote(): void {
    this.epoch.stamp();
  }

  /** Records an upsert: the row as now stored (null: unknown, read again when needed) and keys added. */
  update(id: string, row: ActorRow | null, keys: readonly string[] | null): void {
    if (row) this.rows.set(id, row);
    else this.rows.delete(id);
    if (!keys) return;
    let written = this.written.get(id);
    if (!written) this.written.set(id, (written = new Set()));
    for (const k of keys) {
      this.keyActors.get(k)?.add(id);
      written.add(k);
    }
  }

  /** Records `mention_count += mentions, doc_count += 1`. */
  count(id: string, mentions: number): void {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, mention_count: row.mention_count + mentions, doc_count: row.doc_count + 1 });
  }
}

/** Characters whose UTF-16 order differs from their UTF-8 byte order (SQLite's BINARY collation). */
const ABOVE_D7FF = /[\ud800-\uffff]/;

/** SQLite's BINARY collation: UTF-8 byte order, which is code point order (UTF-16 order differs above U+D7FF). */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** BINARY order for strings with no character above U+D7FF, where it is UTF-16 order. */
function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
