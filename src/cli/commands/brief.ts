import type { Command } from 'commander';
import { renderBrief, type BriefOptions } from '../../corpus/brief.js';
import type { Store } from '../../store/store.js';
import { syncPropositions } from '../../corpus/positions.js';
import { addDbOption, addPackOption, calendarDate, inOneRead, knowledge, openExisting, positiveInt, refreshUnlessReadOnly, type CommandContext } from '../shared.js';

/** The brief, read in one snapshot. */
export function briefText(store: Store, options: BriefOptions): string {
  return inOneRead(store, () => renderBrief(store, options));
}

export function registerBrief(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('brief')
    .description('a Markdown briefing on the state of the talks; every line cites its source span')
    .option('--since <date>', 'report what changed since this date (YYYY-MM-DD); default: 14 days before the newest report', calendarDate('--since'))
    .option('--max <n>', 'items per section', positiveInt('--max'), 8)
    .addHelpText('after', '\nExample:\n  $ parley brief --db talks.db --since 2025-03-10 > brief.md');
  addDbOption(cmd);
  addPackOption(cmd);
  cmd.action((opts: { db: string; since?: string; max: number; pack: string[] }) => {
    const maxItems = opts.max;
    const kb = knowledge(opts);
    const labels = new Map([...kb.propositions.values()].map((p) => [p.id, p.label]));
    const store = openExisting(opts.db);
    try {
      refreshUnlessReadOnly(store, () => syncPropositions(store, kb));
      ctx.io.out(briefText(store, { since: opts.since, maxItems, labels }));
    } finally {
      store.close();
    }
  });
}
