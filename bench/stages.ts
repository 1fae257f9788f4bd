/**
 * Analysis CPU per article and stage on one thread, with no store and no worker: `prepareDocument` over 2,000
 * bench articles (see `pipeline.ts`), the first 500 a warm-up for the JIT. Threads, commits and other load on the
 * machine blur the pipeline figures; this one compares two versions' stage costs (interleave runs of both).
 */
import { performance } from 'node:perf_hooks';
import { describeDocument, prepareDocument, prepareDocuments } from '../src/ingest/ingest.js';
import { loadKnowledge } from '../src/packs/load.js';
import type { StageTimings } from '../src/stages/pipeline.js';
import { baseTexts, variant } from './pipeline.js';
import type { BenchFigure } from './run.js';

const ARTICLES = Number(process.env.PARLEY_BENCH_STAGE_ARTICLES ?? 2_000);
const WARM_UP = Math.min(500, Math.floor(ARTICLES / 4));
/**
 * `PARLEY_BENCH_STAGE_BATCH=16`: the articles prepared as the ingest worker does, in batches stage by stage
 * (`prepareDocuments`); per-article figures as above. Unset (1): one article at a time through every stage.
 */
const BATCH = Math.max(1, Number(process.env.PARLEY_BENCH_STAGE_BATCH ?? 1));

export async function run(): Promise<BenchFigure[]> {
  const kb = loadKnowledge();
  const texts = baseTexts();
  let timings: StageTimings = {};
  let started = 0;
  for (let i = 0; i < ARTICLES; ) {
    if (i >= WARM_UP && !started) {
      timings = {};
      started = performance.now();
    }
    if (BATCH === 1) {
      prepareDocument(variant(texts, i++), kb, new Date(), timings);
      continue;
    }
    const items = [];
    for (const end = Math.min(ARTICLES, i + BATCH, i < WARM_UP ? WARM_UP : ARTICLES); i < end; i++) {
      const raw = variant(texts, i);
      items.push({ raw, described: describeDocument(raw, kb, timings), timings });
    }
    prepareDocuments(items, kb);
  }
  const measured = ARTICLES - WARM_UP;
  const total = performance.now() - started;
  return [
    { bench: 'stages', name: `analysis on one thread (${measured} articles after ${WARM_UP} warm-up${BATCH > 1 ? `, batches of ${BATCH}` : ''})`, value: total / measured, unit: 'ms/article' },
    ...Object.entries(timings).map(([stage, ms]) => ({ bench: 'stages', name: `time per article: ${stage}`, value: ms / measured, unit: 'ms' })),
  ];
}
