/**
 * Analysis CPU per article and stage on one thread, with no store and no worker: `prepareDocument` over 2,000
 * bench articles (see `pipeline.ts`), the first 500 a warm-up for the JIT. Threads, commits and other load on the
 * machine blur the pipeline figures; this one compares two versions' stage costs (interleave runs of both).
 */
import { performance } from 'node:perf_hooks';
import { prepareDocument } from '../src/ingest/ingest.js';
import { loadKnowledge } from '../src/packs/load.js';
import type { StageTimings } from '../src/stages/pipeline.js';
import { baseTexts, variant } from './pipeline.js';
import type { BenchFigure } from './run.js';

const ARTICLES = Number(process.env.PARLEY_BENCH_STAGE_ARTICLES ?? 2_000);
const WARM_UP = Math.min(500, Math.floor(ARTICLES / 4));

export async function run(): Promise<BenchFigure[]> {
  const kb = loadKnowledge();
  const texts = baseTexts();
  let timings: StageTimings = {};
  let started = 0;
  for (let i = 0; i < ARTICLES; i++) {
    if (i === WARM_UP) {
      timings = {};
      started = performance.now();
    }
    prepareDocument(variant(texts, i), kb, new Date(), timings);
  }
  const measured = ARTICLES - WARM_UP;
  const total = performance.now() - started;
  return [
    { bench: 'stages', name: `analysis on one thread (${measured} articles after ${WARM_UP} warm-up)`, value: total / measured, unit: 'ms/article' },
    ...Object.entries(timings).map(([stage, ms]) => ({ bench: 'stages', name: `time per article: ${stage}`, value: ms / measured, unit: 'ms' })),
  ];
}
