import type { Command } from 'commander';
import { DEMO_DIR } from '../../core/paths.js';
import { ingestInputs } from '../../ingest/ingest.js';
import { Store } from '../../store/store.js';
import { addPackOption, knowledge, type CommandContext } from '../shared.js';

export function registerDemo(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('demo')
    .description('ingest the bundled demo corpus (five real March 2025 articles) and show the map of the talks')
    .option('--db <file>', 'the database to create or reuse', 'parley-demo.db')
    .addHelpText('after', '\nExample:\n  $ parley demo --db demo.db');
  addPackOption(cmd);
  cmd.action(async (opts: { db: string; pack: string[] }) => {
    const kb = knowledge(opts);
    const store = Store.open(opts.db);
    try {
      const summary = await ingestInputs(store, [DEMO_DIR], kb);
      ctx.io.out(`Ingested the demo corpus into ${opts.db}: ${summary.stored} new, ${summary.unchanged} already stored, ${summary.failed} failed.\n\n`);
      if (summary.failed > 0) ctx.exitCode = 1;
      ctx.io.out(`${store.documentCount()} articles, ${store.listActors().length} actors.\n`);
      ctx.io.out(`\nNext: parley actors --db ${opts.db} · parley quotes --db ${opts.db} · parley positions --db ${opts.db} · parley serve --db ${opts.db}\n`);
    } finally {
      store.close();
    }
  });
}
