import type { Command } from 'commander';
import { reanalyseAll } from '../../ingest/reanalyse.js';
import { addDbOption, addPackOption, knowledge, openForWriting, type CommandContext } from '../shared.js';

export function registerReanalyze(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('reanalyze')
    .description('re-run every analysis stage and actor resolution over the stored articles (after editing a pack)')
    .addHelpText('after', '\nDocument text, zones and metadata are kept; human corrections apply again.\n\nExample:\n  $ parley reanalyze --db talks.db --pack my-talks.yaml');
  addDbOption(cmd);
  addPackOption(cmd);
  cmd.action((opts: { db: string; pack: string[] }) => {
    const kb = knowledge(opts);
    const store = openForWriting(opts.db, { create: false });
    try {
      const n = reanalyseAll(store, kb);
      ctx.io.out(`re-analysed ${n} articles — ${opts.db}\n`);
    } finally {
      store.close();
    }
  });
}
