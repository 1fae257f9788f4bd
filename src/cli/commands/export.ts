import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { exportJsonChunks } from '../../export/export.js';
import { addDbOption, fail, openExisting, type CommandContext } from '../shared.js';
import { exportCsvChunks, exportJsonlChunks } from '../../export/formats.js';

export function registerExport(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('export')
    .description('write the stored corpus and every annotation as parley/export@1 JSON, JSON Lines or CSV')
    .option('--format <format>', 'json | jsonl | csv', 'json')
    .option('--out <file>', 'write to a file instead of standard output (written atomically)')
    .addHelpText('after', '\nExample:\n  $ parley export --db talks.db --format json > talks.json\n  $ parley export --db talks.db --format csv --out quotes.csv');
  addDbOption(cmd);
  cmd.action(async (opts: { db: string; format: string; out?: string }) => {
    const chunks = opts.format === 'json' ? exportJsonChunks : opts.format === 'jsonl' ? exportJsonlChunks : opts.format === 'csv' ? exportCsvChunks : null;
    if (!chunks) fail('E_USAGE', opts.format, 'unknown format (use json, jsonl or csv)');
    const store = openExisting(opts.db);
    try {
      if (!opts.out) {
        for (const c of chunks(store)) ctx.io.out(c);
        return;
      }
      const tmp = `${opts.out}.tmp-${process.pid}`;
      const stream = createWriteStream(tmp);
      for (const c of chunks(store)) if (!stream.write(c)) await new Promise<void>((r) => stream.once('drain', () => r()));
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
      await rename(tmp, opts.out);
      ctx.io.err(`wrote ${opts.out}\n`);
    } finally {
      store.close();
    }
  });
}
