import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVAL_TASKS, formatEval, runEval, type EvalResult } from '../../src/eval/index.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/readers/index.js';
import { Store } from '../../src/store/store.js';
import { defaultKnowledge } from './seeds.js';

/** Floors per task and metric name, as `parley eval` prints them. */
export type Floors = Record<string, Record<string, number>>;

/** Where a set's articles live and which of its gold files count, when not the default layout. */
export interface EvalSetSource {
  /**
   * Article files to ingest instead of `<dir>/articles` — for texts read from a shared copy outside the
   * project (PolNeAR), which must not be vendored.
   */
  articles?: readonly string[];
  /** Score only the gold files whose `split` field equals this ("dev", "test"); others are ignored. */
  split?: string;
}

/**
 * Ingests `<dir>/articles` (or `source.articles`) through the real readers and pipeline in memory, scores
 * it against `<dir>/gold` (only `source.split` when given), and checks every listed figure stays at or
 * above its floor (a regression test, not a bar). `PARLEY_EVAL_PRINT=1` prints the full report with misses.
 */
export function describeEvalSet(title: string, dir: string, articleCount: number, floors: Floors, source: EvalSetSource = {}): void {
  const articleDir = join(dir, 'articles');
  const inputs = source.articles ? [...source.articles] : [articleDir];
  const goldDir = join(dir, 'gold');
  let result: EvalResult;

  beforeAll(async () => {
    const kb = defaultKnowledge();
    const store = Store.open(':memory:');
    for await (const r of readInputs(inputs)) {
      if (r.kind === 'error') throw r.error;
      if (r.kind !== 'document') continue;
      const outcome = ingestDocument(store, r.doc, kb);
      if (outcome.status !== 'stored') throw new Error(`${r.doc.name} not stored: ${JSON.stringify(outcome)}`);
    }
    result = runEval(goldDir, store, EVAL_TASKS, { split: source.split });
    store.close();
    if (process.env.PARLEY_EVAL_PRINT) process.stdout.write(`${title}\n${formatEval(result, { misses: true })}`);
  }, 60_000);

  describe(title, () => {
    it('ingests every article under the names the gold uses', () => {
      if (source.articles) {
        expect(source.articles).toHaveLength(articleCount);
        expect(source.articles.filter((a) => !existsSync(a))).toEqual([]);
      } else {
        expect(readdirSync(articleDir)).toHaveLength(articleCount);
      }
      expect(result.missingDocs).toEqual([]);
      expect(result.reports.flatMap((r) => r.metrics).length).toBeGreaterThan(0);
    });

    for (const [task, taskFloors] of Object.entries(floors)) {
      it(`${task}: every figure stays at or above its floor`, () => {
        const report = result.reports.find((r) => r.task === task);
        expect(report, `eval task ${task}`).toBeDefined();
        const below: string[] = [];
        for (const [name, floor] of Object.entries(taskFloors)) {
          const metric = report!.metrics.find((m) => m.name === name);
          expect(metric, `${task} metric "${name}"`).toBeDefined();
          if (metric!.value < floor) below.push(`${name} ${metric!.value.toFixed(3)} < floor ${floor} (${metric!.detail ?? ''})`);
        }
        expect(below, below.join('\n')).toEqual([]);
      });
    }
  });
}
