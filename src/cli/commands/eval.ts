import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { EVAL_TASKS, formatEval, runEval } from '../../eval/index.js';
import { addDbOption, fail, nonEmpty, openExisting, type CommandContext } from '../shared.js';

export function registerEval(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('eval')
    .description('score the stored corpus against a folder of gold files (precision, recall, F1 per task)')
    .argument('<gold-dir>', 'folder of <article>.gold.json files')
    .option('--misses', 'print every miss, for error analysis', false)
    .option('--json', 'print the figures as JSON', false)
    .option('--split <name>', 'only the gold files whose "split" is this (e.g. dev, test)', nonEmpty('--split'))
    .addHelpText('after', '\nExample:\n  $ parley ingest test/fixtures/seeds --db seeds.db && parley eval test/fixtures/seeds-gold --db seeds.db --misses');
  addDbOption(cmd);
  cmd.action((goldDir: string, opts: { db: string; misses: boolean; json: boolean; split?: string }) => {
    let isDir = false;
    try {
      isDir = statSync(goldDir).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      fail('E_GOLD', goldDir, code === 'ENOENT' ? 'no such directory' : `cannot read the gold directory (${code ?? 'unknown error'})`);
    }
    if (!isDir) fail('E_GOLD', goldDir, 'is not a directory (give the folder holding the *.gold.json files)');
    const store = openExisting(opts.db);
    try {
      const result = runEval(goldDir, store, EVAL_TASKS, { split: opts.split });
      ctx.io.out(opts.json ? JSON.stringify(result, null, 2) + '\n' : formatEval(result, { misses: opts.misses }));
    } finally {
      store.close();
    }
  });
}
