import type { Command } from 'commander';
import { accessSync, constants, existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isCalendarDate } from '../core/dates.js';
import { ParleyError } from '../core/errors.js';
import { loadKnowledge, type KnowledgeBase } from '../packs/load.js';
import { Store } from '../store/store.js';

export const DEFAULT_DB = 'parley.db';

/** Where commands write; injectable so tests can run the CLI in process. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  stdin: NodeJS.ReadableStream;
}

export interface CommandContext {
  io: CliIO;
  /** Set by a command to the exit code it wants (0 when everything it was asked to do worked). */
  exitCode: number;
}

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <file>', 'the Parley database file', dbFile('--db'), DEFAULT_DB);
}

export function addPackOption(cmd: Command): Command {
  return cmd.option('--pack <pack...>', 'extra knowledge pack: a built-in name or a .yaml/.json file (repeatable)', []);
}

const mayWrite = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether this process can write the database `file`: the file itself, and (WAL mode) its `-wal`/`-shm`
 * files or the folder that would hold them. A missing file counts as writable when its folder is.
 */
export function isWritableDb(file: string): boolean {
  if (file === ':memory:') return true;
  const folder = dirname(file);
  if (!existsSync(file)) return mayWrite(folder);
  if (!mayWrite(file)) return false;
  if (mayWrite(folder)) return true;
  return [`${file}-wal`, `${file}-shm`].every((f) => existsSync(f) && mayWrite(f));
}

/**
 * Opens an existing database for reading; a missing file is an error, not a new empty store. A database
 * this process cannot write is opened read-only (`store.db.readonly`), so reading it needs no write.
 */
export function openExisting(file: string): Store {
  const readonly = !isWritableDb(file);
  try {
    return Store.open(file, { create: false, readonly });
  } catch (e) {
    // SQLite reads a WAL database only with its -shm file, which it cannot create in a folder it may not
    // write (and better-sqlite3 takes no `immutable` URI): say what to do instead of "attempt to write".
    if (readonly && e instanceof ParleyError && e.code === 'E_DB' && /readonly database/i.test(e.reason)) {
      throw new ParleyError('E_DB', file, `database is read-only and so is its folder: SQLite cannot read it without creating ${basename(file)}-shm there (copy the database somewhere writable)`, 400, { cause: e });
    }
    throw e;
  }
}

/** One E_DB line for a database a command must write but cannot. */
export function assertWritableDb(file: string): void {
  if (isWritableDb(file)) return;
  if (!existsSync(file)) throw new ParleyError('E_DB', file, `cannot create the database: no permission to write in ${dirname(file)}`);
  throw new ParleyError('E_DB', file, 'database is read-only');
}

/** Opens (or creates) a database a command writes to; a read-only one is one E_DB line before any work. */
export function openForWriting(file: string, options: { create?: boolean } = {}): Store {
  // A missing file the command will not create is Store.open's E_NOT_FOUND, not a permission problem.
  if (options.create !== false || existsSync(file)) assertWritableDb(file);
  return Store.open(file, options);
}

/**
 * Runs an optional write that keeps a derived table current (e.g. `syncPropositions`) unless the database
 * is read-only: read commands then answer from what is stored instead of failing.
 */
export function refreshUnlessReadOnly(store: Store, write: () => void): void {
  if (store.db.readonly) return;
  try {
    write();
  } catch (e) {
    // A database read-only for a reason the file mode does not show (a read-only mount, a lock by the OS).
    if (!(typeof (e as { code?: unknown }).code === 'string' && (e as { code: string }).code.startsWith('SQLITE_READONLY'))) throw e;
  }
}

/**
 * Runs a read of many statements in one read transaction (one snapshot): an ingest by another process
 * committing meanwhile is in none of it, instead of in the statements after its commit. As the export does.
 */
export function inOneRead<T>(store: Store, read: () => T): T {
  return store.db.transaction(read)();
}

export function knowledge(opts: { pack?: string[] }): KnowledgeBase {
  const envPacks = (process.env.PARLEY_PACKS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return loadKnowledge([...envPacks, ...(opts.pack ?? [])]);
}

/** A message on one line: a reason that spans lines (a JSON error quoting its input) keeps its end and its [CODE]. */
export const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function fail(code: ParleyError['code'], input: string | null, reason: string): never {
  throw new ParleyError(code, input, reason);
}

// --- option parsers ----------------------------------------------------------------------------------
// Commander hands options over as strings; these turn them into checked values or one E_USAGE line.
// Hand-written: commander's InvalidArgumentError would exit with its own message format, not ParleyError.

function wholeNumber(option: string, raw: string, min: number): number {
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new ParleyError('E_USAGE', option, `expected a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

/** A database file name: not empty (SQLite would open a throwaway temporary database) nor an option-like `-x`. */
export const dbFile = (option: string) => (raw: string): string => {
  if (raw.trim() === '') throw new ParleyError('E_USAGE', option, 'expected a database file name, got an empty value');
  if (raw.startsWith('-')) throw new ParleyError('E_USAGE', option, `expected a database file name, got "${raw}" (an option?)`);
  return raw;
};

/** A filter value that is not empty: `--actor ''` (an unset shell variable) would otherwise filter nothing out. */
export const nonEmpty = (option: string) => (raw: string): string => {
  if (raw.trim() === '') throw new ParleyError('E_USAGE', option, 'expected a value, got an empty one');
  return raw;
};

/** An integer ≥ 0 (e.g. a byte or millisecond count where 0 is meaningful). */
export const nonNegativeInt = (option: string) => (raw: string): number => wholeNumber(option, raw, 0);

/** An integer ≥ 1 (counts, limits, sizes). */
export const positiveInt = (option: string) => (raw: string): number => wholeNumber(option, raw, 1);

/** A TCP port, 0–65535 (0 lets the system pick a free one). */
export const port = (option: string) => (raw: string): number => {
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n > 65535) throw new ParleyError('E_USAGE', option, `expected a port 0–65535, got "${raw}"`);
  return n;
};

/** A period whose start is after its end matches nothing whatever is stored: one E_USAGE line instead of an empty answer. */
export function assertPeriod(opts: { since?: string; until?: string }): void {
  if (opts.since !== undefined && opts.until !== undefined && opts.since > opts.until) fail('E_USAGE', '--since', `${opts.since} is after --until ${opts.until}`);
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 and 2025-13-45 are refused). */
export const calendarDate = (option: string) => (raw: string): string => {
  if (!isCalendarDate(raw)) throw new ParleyError('E_USAGE', option, `expected a real date as YYYY-MM-DD, got "${raw}"`);
  return raw;
};
