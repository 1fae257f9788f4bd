import type { Command } from 'commander';
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
  return cmd.option('--db <file>', 'the Parley database file', DEFAULT_DB);
}

export function addPackOption(cmd: Command): Command {
  return cmd.option('--pack <pack...>', 'extra knowledge pack: a built-in name or a .yaml/.json file (repeatable)', []);
}

/** Opens an existing database for reading; a missing file is an error, not a new empty store. */
export function openExisting(file: string): Store {
  return Store.open(file, { create: false });
}

export function knowledge(opts: { pack?: string[] }): KnowledgeBase {
  const envPacks = (process.env.PARLEY_PACKS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return loadKnowledge([...envPacks, ...(opts.pack ?? [])]);
}

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

/** A real calendar date written YYYY-MM-DD (2025-02-30 and 2025-13-45 are refused). */
export const calendarDate = (option: string) => (raw: string): string => {
  if (!isCalendarDate(raw)) throw new ParleyError('E_USAGE', option, `expected a real date as YYYY-MM-DD, got "${raw}"`);
  return raw;
};
