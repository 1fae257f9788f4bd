import type { Command } from 'commander';
import { ingestInputs, type IngestOutcome } from '../../ingest/ingest.js';
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Store } from '../../store/store.js';
import { addDbOption, addPackOption, assertWritableDb, fail, knowledge, oneLine, positiveInt, type CommandContext } from '../shared.js';

export function describeOutcome(o: IngestOutcome): string {
  switch (o.status) {
    case 'stored':
      return `stored  ${o.name} (${o.id})${o.duplicateOf ? ` — copy of ${o.duplicateOf}` : ''}${o.notRun?.length ? ` — in '${o.language}': no ${o.notRun.join(', ')} (their rules read English)` : ''}`;
    case 'unchanged':
      // The input as given: its text is already stored, perhaps under another document's name.
      return `same    ${o.input}: already stored as ${o.name} (${o.id})`;
    case 'failed':
      return `error   ${oneLine(o.error.line())}`;
    case 'note':
      return `note    ${o.input}: ${o.message}`;
  }
}

/** Directories among the inputs that yielded no article at all (not even a failed one). */
export function emptyDirectories(inputs: readonly string[], outcomes: readonly IngestOutcome[]): string[] {
  const read = outcomes.filter((o) => o.status !== 'note').map((o) => resolve(o.input));
  return inputs.filter((input) => {
    if (input === '-' || /^https?:\/\//i.test(input)) return false;
    try {
      if (!statSync(input).isDirectory()) return false;
    } catch {
      return false;
    }
    const dir = resolve(input);
    return !read.some((p) => p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep));
  });
}

export function registerIngest(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('ingest')
    .description('read articles (files, directories, HTML, RSS/Atom, JSON Lines, any of them .gz, URLs, - for stdin) and run the whole pipeline')
    .argument('<inputs...>', 'paths, directories, http(s) URLs, or - for standard input')
    .option('--allow-private', 'allow URLs on private or loopback addresses', false)
    .option('--timeout <ms>', 'per-URL timeout in milliseconds', positiveInt('--timeout'), 15000)
    .option('--max-bytes <n>', 'largest input accepted, in bytes', positiveInt('--max-bytes'), 50 * 1024 * 1024)
    .option('--quiet', 'print only the summary and errors', false)
    .addHelpText(
      'after',
      '\nDirectories are read recursively; hidden entries and binary files (PDF, images) met there are skipped\n' +
        'with a note. A binary file named on the command line is an error.\n' +
        '\nJSON Lines (.jsonl, or .json holding records): one record per line, {"text" or "html", "id", "url", "title",\n' +
        '"published", "outlet"}. A record\'s id is its document\'s name; an id that an earlier record of the same\n' +
        'ingest gave to other text is an E_JSONL error naming the file, line and id (that record is not stored).\n' +
        '\nExit codes: 0 every input was read (a directory holding no articles is reported as a note, not an error),\n' +
        '1 some input could not be read or stored, 2 usage error.\n' +
        '\nExample:\n  $ parley ingest test/fixtures/seeds --db talks.db\n  $ cat story.txt | parley ingest - --db talks.db',
    );
  addDbOption(cmd);
  addPackOption(cmd);
  cmd.action(async (inputs: string[], opts: { db: string; allowPrivate: boolean; timeout: number; maxBytes: number; quiet: boolean; pack: string[] }) => {
    if (inputs.filter((i) => i === '-').length > 1) fail('E_USAGE', '-', 'standard input can be read once: give - only once');
    // Before reading any input: a read-only database would otherwise fail once per article, blaming it.
    assertWritableDb(opts.db);
    const kb = knowledge(opts);
    const store = Store.open(opts.db);
    try {
      const summary = await ingestInputs(store, inputs, kb, {
        allowPrivate: opts.allowPrivate,
        timeoutMs: opts.timeout,
        maxBytes: opts.maxBytes,
        stdin: ctx.io.stdin,
        // `parley ingest .` where the database lives: its own files are no articles.
        skipFiles: ['', '-wal', '-shm', '-journal'].map((suffix) => resolve(opts.db + suffix)),
        onOutcome: (o) => {
          if (o.status === 'failed') ctx.io.err(`${describeOutcome(o)}\n`);
          else if (!opts.quiet) ctx.io.out(`${describeOutcome(o)}\n`);
        },
      });
      for (const dir of emptyDirectories(inputs, summary.outcomes)) ctx.io.err(`note    no articles found in ${dir}\n`);
      ctx.io.out(`ingested: ${summary.stored} stored, ${summary.unchanged} already stored, ${summary.failed} failed — ${opts.db}\n`);
      if (summary.failed > 0) ctx.exitCode = 1;
    } finally {
      store.close();
    }
  });
}
