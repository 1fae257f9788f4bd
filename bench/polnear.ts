/**
 * The quotes stage on PolNeAR dev (real 2016 election coverage with attribution annotations): quoted
 * content F1, source accuracy, paraphrase recall/precision, quotes per second and the quote stage's
 * share of analysis time. Scoring is defined in src/eval/polnear.ts.
 */
import type { BenchFigure } from './run.js';
import { loadKnowledge } from '../src/packs/load.js';
import { loadPolnear, scorePolnear } from '../src/eval/polnear.js';

export async function run(): Promise<BenchFigure[]> {
  const articles = loadPolnear('dev');
  if (articles.length === 0) return [];
  const s = scorePolnear(articles, loadKnowledge(), { maxMisses: Number(process.env.POLNEAR_MISSES ?? 0) });
  for (const m of s.misses) process.stderr.write(`  ${m}\n`);
  const b = 'polnear';
  return [
    { bench: b, name: 'dev articles', value: s.articles, unit: '' },
    { bench: b, name: 'quoted content precision', value: s.contentPrecision, unit: '' },
    { bench: b, name: 'quoted content recall', value: s.contentRecall, unit: '' },
    { bench: b, name: 'quoted content F1', value: s.contentF1, unit: '', target: { op: '>=', value: 0.9 } },
    { bench: b, name: 'source accuracy (matched quoted)', value: s.sourceAccuracy, unit: '', target: { op: '>=', value: 0.8 } },
    { bench: b, name: 'paraphrase (indirect) recall', value: s.indirectRecall, unit: '' },
    { bench: b, name: 'paraphrase (indirect) precision', value: s.indirectPrecision, unit: '' },
    { bench: b, name: 'quotes extracted per second (quote stage)', value: s.quotesExtracted / (s.quoteStageMs / 1000), unit: 'quotes/s' },
    { bench: b, name: 'quote stage share of analysis time', value: (100 * s.quoteStageMs) / s.analysisMs, unit: '%' },
  ];
}
