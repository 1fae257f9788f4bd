/**
 * Actors stage throughput over the PolNeAR texts (mentions/s, ms per 5 KB), and incremental
 * cross-article resolution of the whole corpus into an in-memory directory, timed in halves to show
 * that resolving the second half costs about what the first did (not quadratic).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocumentAnalysis } from '../src/core/model.js';
import { resolveEntities } from '../src/corpus/actors/resolve.js';
import { MemoryActorDirectory } from '../src/corpus/actors/types.js';
import { detectZones } from '../src/ingest/zones.js';
import { loadKnowledge } from '../src/packs/load.js';
import { actorStage } from '../src/stages/actors/index.js';
import { splitSentences } from '../src/stages/sentences/index.js';
import type { BenchFigure } from './run.js';
import { EXTERNAL_DIR } from '../src/core/paths.js';

const POLNEAR = join(EXTERNAL_DIR, 'polnear');

export async function run(): Promise<BenchFigure[]> {
  const texts: string[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(POLNEAR, split, 'text');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  const kb = loadKnowledge();
  const prepared = texts.map((text) => {
    const zones = detectZones(text, 'text');
    return { view: { text, zones, published: null, language: 'en' }, sentences: splitSentences(text, zones) };
  });
  // Two passes: the first includes building the gazetteer and the JIT's warm-up (what a short ingest pays),
  // the second is the steady cost a long ingest runs at.
  const analyses: Pick<DocumentAnalysis, 'entities' | 'mentions'>[] = [];
  let mentions = 0;
  let chars = 0;
  const pass = () => {
    const t = performance.now();
    for (const p of prepared) {
      const r = actorStage.run(p.view, { sentences: p.sentences } as DocumentAnalysis, kb);
      if (analyses.length < prepared.length) {
        analyses.push(r);
        mentions += r.mentions.length;
        chars += p.view.text.length;
      }
    }
    return performance.now() - t;
  };
  const firstPassMs = pass();
  const stageMs = pass();

  const dir = new MemoryActorDirectory();
  const half = Math.floor(analyses.length / 2);
  const timeRange = (from: number, to: number) => {
    const t = performance.now();
    for (let i = from; i < to; i++) dir.apply(resolveEntities(analyses[i]!, dir, kb));
    return performance.now() - t;
  };
  const first = timeRange(0, half);
  const second = timeRange(half, analyses.length);

  return [
    { bench: 'actors', name: `articles (${texts.length})`, value: texts.length, unit: 'docs' },
    { bench: 'actors', name: 'mentions detected', value: mentions, unit: 'mentions' },
    { bench: 'actors', name: 'actors stage throughput', value: mentions / (stageMs / 1000), unit: 'mentions/s' },
    { bench: 'actors', name: 'actors stage time per 5 KB article, first pass (cold)', value: (firstPassMs / chars) * 5000, unit: 'ms' },
    { bench: 'actors', name: 'actors stage time per 5 KB article', value: (stageMs / chars) * 5000, unit: 'ms', target: { op: '<=', value: 2 } },
    { bench: 'actors', name: 'resolve corpus incrementally (total)', value: first + second, unit: 'ms' },
    { bench: 'actors', name: 'resolve first half', value: first, unit: 'ms' },
    { bench: 'actors', name: 'resolve second half', value: second, unit: 'ms' },
    { bench: 'actors', name: 'second half / first half (≈1 when linear)', value: second / first, unit: 'ratio', target: { op: '<=', value: 2 } },
    { bench: 'actors', name: 'corpus actors', value: dir.actors.size, unit: 'actors' },
  ];
}
