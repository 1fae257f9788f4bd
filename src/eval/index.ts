import { ParleyError } from '../core/errors.js';
import { personsTask } from './persons.js';
import type { Store } from '../store/store.js';
import { annotates, loadGoldDir, type GoldSection } from './gold.js';
import type { EvalPair, EvalTask, TaskReport } from './types.js';
import { zonesTask } from './zones.js';
import { quotesTask } from './quotes.js';
import { stanceEval } from './stances.js';

/** Every evaluation task, in print order. Issues add theirs here. */
export const EVAL_TASKS: readonly EvalTask[] = [zonesTask, quotesTask, stanceEval, personsTask];

/** The gold section each task scores: a task sees only the gold files that annotate it. */
const TASK_SECTION = new Map<EvalTask, GoldSection>([
  [zonesTask, 'zones'],
  [quotesTask, 'quotes'],
  [stanceEval, 'stances'],
  [personsTask, 'actors'],
]);

/** Runs each task over the pairs whose gold annotates its section; a task with none is left out. */
export function runTasks(pairs: readonly EvalPair[], store: Store, tasks: readonly EvalTask[] = EVAL_TASKS): TaskReport[] {
  const reports: TaskReport[] = [];
  for (const task of tasks) {
    const section = TASK_SECTION.get(task);
    const scored = section ? pairs.filter((p) => annotates(p.gold, section)) : [...pairs];
    if (scored.length > 0) reports.push(task({ pairs: scored, store }));
  }
  return reports;
}

export interface EvalResult {
  reports: TaskReport[];
  missingDocs: string[];
  /** True when every metric with a bar meets it. */
  passed: boolean;
}

/** Scores the stored corpus against a gold folder; with `split`, only the gold files of that split. */
export function runEval(goldDir: string, store: Store, tasks: readonly EvalTask[] = EVAL_TASKS, options: { split?: string } = {}): EvalResult {
  const all = loadGoldDir(goldDir);
  const golds = all.filter((g) => options.split === undefined || g.split === options.split);
  if (golds.length === 0) {
    const splits = [...new Set(all.flatMap((g) => (g.split === undefined ? [] : [g.split])))].sort();
    throw new ParleyError('E_GOLD', goldDir, `no gold file has "split": "${options.split}" (${splits.length ? `the splits there are: ${splits.join(', ')}` : 'no gold file names a split'})`);
  }
  const pairs: EvalPair[] = [];
  const missingDocs: string[] = [];
  for (const gold of golds) {
    const doc = store.findDocument(gold.document);
    if (doc) pairs.push({ gold, doc });
    else missingDocs.push(gold.document);
  }
  if (pairs.length === 0) {
    const which = options.split === undefined ? '' : ` of split "${options.split}"`;
    throw new ParleyError('E_GOLD', goldDir, `none of the ${golds.length} gold documents${which} is in the database (ingest them first)`);
  }
  const reports = runTasks(pairs, store, tasks);
  const passed = reports.every((r) => r.metrics.every((m) => m.bar === undefined || m.value >= m.bar));
  return { reports, missingDocs, passed };
}

export function formatEval(result: EvalResult, options: { misses?: boolean } = {}): string {
  const lines: string[] = [];
  for (const name of result.missingDocs) lines.push(`warning: ${name} is not in the database; skipped`);
  for (const r of result.reports) {
    lines.push(`${r.task}`);
    for (const m of r.metrics) {
      const bar = m.bar === undefined ? '' : `  (bar ${m.bar.toFixed(2)} ${m.value >= m.bar ? 'met' : 'NOT MET'})`;
      lines.push(`  ${m.name.padEnd(34)} ${m.value.toFixed(3)}${m.detail ? `  ${m.detail}` : ''}${bar}`);
    }
    if (options.misses && r.misses.length) {
      lines.push('  misses:');
      for (const miss of r.misses) lines.push(`    - ${miss}`);
    }
  }
  const all = result.reports.flatMap((r) => r.metrics.filter((m) => m.bar !== undefined));
  const met = all.filter((m) => m.value >= m.bar!).length;
  lines.push(`summary: ${result.reports.length} tasks, ${met}/${all.length} quality bars met${result.passed ? '' : ' — see NOT MET above'}`);
  return lines.join('\n') + '\n';
}
