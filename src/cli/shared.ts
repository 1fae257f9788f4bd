import type { Command } from 'commander';
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
