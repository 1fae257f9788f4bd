import type { Command } from 'commander';
import { createWriteStream, realpathSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ParleyError } from '../../core/errors.js';
import { exportJsonChunks } from '../../export/export.js';
import { addDbOption, fail, openExisting, type CommandContext } from '../shared.js';
import { exportCsvChunks, exportJsonlChunks } from '../../export/formats.js';

/**
 * Writes chunks to `<out>.tmp-PID` and renames it over `out`, so readers never see half a file. Any
 * failure (missing directory, disk full, no permission) removes the temp file and becomes one E_WRITE
 * line naming the output file.
 */
export async function writeAtomically(out: string, chunks: Iterable<string>): Promise<void> {
  const tmp = `${out}.tmp-${process.pid}`;
  let done = false;
  const stream = createWriteStream(tmp);
  try {
    // Without a listener, an open error (e.g. ENOENT for a missing directory) is an uncaught 'error' event.
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    failed.catch(() => undefined);
    for (const c of chunks) {
      if (!stream.write(c)) await Promise.race([new Promise<void>((r) => stream.once('drain', () => r())), failed]);
    }
    await Promise.race([new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve()))), failed]);
    await rename(tmp, out);
    done = true;
  } catch (e) {
    // Only file-system errors are about the output file; anything else (e.g. a database error) stays as it is.
    if (!(e instanceof Error) || !('code' in e) || e instanceof ParleyError) throw e;
    const reason = e.message.split('\n')[0]!.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
    throw new ParleyError('E_WRITE', out, `cannot write the export: ${reason}`, 400, { cause: e });
  } finally {
    if (!done) {
      // Wait for the descriptor to close: a stream destroyed before it opened would create the file after rm.
      if (!stream.closed) await new Promise<void>((resolve) => stream.once('close', () => resolve()).destroy());
      await rm(tmp, { force: true });
    }
  }
}

/** A path with its folder's symbolic links resolved (and the file's own, when it exists), for comparing two paths. */
function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Refuses an output file that is the database itself or one of its WAL/journal files: the rename would replace it. */
export function assertOutIsNotDb(out: string, db: string): void {
  const target = canonicalPath(out);
  const file = canonicalPath(db);
  if ([file, `${file}-wal`, `${file}-shm`, `${file}-journal`].includes(target)) {
    fail('E_USAGE', '--out', `${out} is the database being exported (${db}); writing the export there would replace the database`);
  }
}

export function registerExport(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('export')
    .description('write the stored corpus and every annotation as parley/export@1 JSON, JSON Lines or CSV')
    .option('--format <format>', 'json | jsonl | csv (one row per mention, quote, event and stance, with its review)', 'json')
    .option('--out <file>', 'write to a file instead of standard output (written atomically)')
    .addHelpText('after', '\nExample:\n  $ parley export --db talks.db --format json > talks.json\n  $ parley export --db talks.db --format csv --out annotations.csv');
  addDbOption(cmd);
  cmd.action(async (opts: { db: string; format: string; out?: string }) => {
    const chunks = opts.format === 'json' ? exportJsonChunks : opts.format === 'jsonl' ? exportJsonlChunks : opts.format === 'csv' ? exportCsvChunks : null;
    if (!chunks) fail('E_USAGE', opts.format, 'unknown format (use json, jsonl or csv)');
    if (opts.out !== undefined && opts.out.trim() === '') fail('E_USAGE', '--out', 'expected a file name, got an empty value (leave --out out to write to standard output)');
    if (opts.out) assertOutIsNotDb(opts.out, opts.db);
    const store = openExisting(opts.db);
    try {
      if (!opts.out) {
        for (const c of chunks(store)) ctx.io.out(c);
        return;
      }
      await writeAtomically(opts.out, chunks(store));
      ctx.io.err(`wrote ${opts.out}\n`);
    } finally {
      store.close();
    }
  });
}
