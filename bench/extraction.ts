/**
 * HTML main-text extraction quality and speed on the article-extraction benchmark (181 real pages):
 * word 4-gram shingles with multiplicity, per-page precision and recall averaged, F1 of the averages
 * (the benchmark's own scoring). Scores the text Parley would store, metadata aside.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BenchFigure } from './run.js';
import { extractArticle } from '../src/ingest/readers/html.js';
import { decodeBytes } from '../src/ingest/readers/decode.js';
import { EXTERNAL_DIR } from '../src/core/paths.js';

export const BENCHMARK_DIR = join(EXTERNAL_DIR, 'article-extraction-benchmark');

/** The benchmark's tokenisation: words are runs of word characters. */
function shingles(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/\w+/gu) ?? [];
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  const n = Math.min(4, words.length);
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function precisionRecall(predicted: string, gold: string): { precision: number; recall: number } {
  const p = shingles(predicted);
  const g = shingles(gold);
  let shared = 0;
  let pTotal = 0;
  let gTotal = 0;
  for (const [k, c] of p) {
    pTotal += c;
    shared += Math.min(c, g.get(k) ?? 0);
  }
  for (const c of g.values()) gTotal += c;
  // The benchmark scores an empty prediction for an empty gold as perfect, and any other emptiness as zero.
  if (pTotal === 0 && gTotal === 0) return { precision: 1, recall: 1 };
  return { precision: pTotal ? shared / pTotal : 0, recall: gTotal ? shared / gTotal : 0 };
}

export async function run(): Promise<BenchFigure[]> {
  const gold = JSON.parse(readFileSync(join(BENCHMARK_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const files = readdirSync(join(BENCHMARK_DIR, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const pages = files.map((f) => ({ id: f.replace(/\.html\.gz$/, ''), bytes: gunzipSync(readFileSync(join(BENCHMARK_DIR, 'html', f))) }));
  let pSum = 0;
  let rSum = 0;
  let failures = 0;
  const start = performance.now();
  const predictions: string[] = [];
  for (const page of pages) {
    let text = '';
    try {
      const decoded = decodeBytes(page.bytes, page.id, { sniffDeclaration: true });
      text = extractArticle(decoded.text, page.id).text;
    } catch {
      failures++;
    }
    predictions.push(text);
  }
  const seconds = (performance.now() - start) / 1000;
  pages.forEach((page, i) => {
    const { precision, recall } = precisionRecall(predictions[i]!, gold[page.id]?.articleBody ?? '');
    pSum += precision;
    rSum += recall;
    if (process.env.BENCH_VERBOSE) process.stderr.write(`${page.id.slice(0, 12)} P=${precision.toFixed(2)} R=${recall.toFixed(2)}\n`);
  });
  const precision = pSum / pages.length;
  const recall = rSum / pages.length;
  const f1 = (2 * precision * recall) / (precision + recall);
  return [
    { bench: 'extraction', name: 'HTML main text F1 (4-gram shingles)', value: f1, unit: '', target: { op: '>=', value: 0.94 } },
    { bench: 'extraction', name: 'HTML main text precision', value: precision, unit: '' },
    { bench: 'extraction', name: 'HTML main text recall', value: recall, unit: '' },
    { bench: 'extraction', name: 'pages with no article found', value: failures, unit: 'pages' },
    { bench: 'extraction', name: 'decode + extract speed', value: pages.length / seconds, unit: 'pages/s' },
  ];
}
