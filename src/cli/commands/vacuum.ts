import type { Command } from 'commander';
import { addDbOption, openForWriting, type CommandContext } from '../shared.js';

export function registerVacuum(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('vacuum')
    .description('shrink the database file after deletions and rebuild the indexes keyed by row numbers')
    .addHelpText('after', "\nUse this rather than SQLite's own VACUUM, which may renumber rows the timeline and quote search point to.\n\nExample:\n  $ parley vacuum --db talks.db");
  addDbOption(cmd);
  cmd.action((opts: { db: string }) => {
    const store = openForWriting(opts.db, { create: false });
    try {
      const freed = store.compact();
      ctx.io.out(`compacted ${opts.db}: ${(freed / 1024 / 1024).toFixed(1)} MB freed\n`);
    } finally {
      store.close();
    }
  });
}
