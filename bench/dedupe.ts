/**
 * Near-duplicate detection on PolNeAR (real news): estimated similarity of syndicated copies, synonym-
 * spun copies and different articles, how many copies the threshold links, and signatures per second
 * on 5 KB texts. The figures behind NEAR_DUPLICATE_THRESHOLD.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchFigure } from './run.js';
import { estimateSimilarity, minhash, NEAR_DUPLICATE_THRESHOLD } from '../src/ingest/dedupe.js';
import { EXTERNAL_DIR } from '../src/core/paths.js';

export const POLNEAR_DIR = join(EXTERNAL_DIR, 'polnear');

/** A stand-in synonym that never collides with a real word: the same word always maps alike. */
const synonym = (w: string) => `${[...w].reverse().join('')}q`;

function spin(text: string, every: number | null, share: number, seed = 1): string {
  let i = 0;
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return text.replace(/\p{L}+/gu, (w) => ((every ? ++i % every === 0 : rnd() < share) ? synonym(w) : w));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const fig = (name: string, value: number, unit: string, target?: BenchFigure['target']) =>
    figures.push({ bench: 'dedupe', name, value, unit, ...(target ? { target } : {}) });
  if (!existsSync(POLNEAR_DIR)) {
    process.stderr.write(`dedupe: ${POLNEAR_DIR} not found; skipped\n`);
    return figures;
  }
  const texts: string[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(POLNEAR_DIR, split, 'text');
    for (const f of readdirSync(dir).sort()) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  const sample = texts.filter((t) => t.length > 2000).slice(0, 200);
  const chrome = 'Skip to content\nHome | World | Politics\nSubscribe to our newsletter for daily updates!\n';
  const footer = '\nShare this article\nCopyright 2025 Example Media Group. All rights reserved.\nFollow us on Facebook and Telegram';
  const variants: [string, (t: string) => string][] = [
    ['syndicated copy + chrome', (t) => chrome + t + footer],
    ['every 3rd word spun', (t) => spin(t, 3, 0)],
    ['30% of words spun', (t) => spin(t, null, 0.3)],
    ['40% of words spun', (t) => spin(t, null, 0.4)],
    ['50% of words spun', (t) => spin(t, null, 0.5)],
  ];
  for (const [name, make] of variants) {
    const sims: number[] = [];
    let linked = 0;
    for (const t of sample) {
      const a = minhash(t)!;
      const b = minhash(make(t))!;
      const sim = estimateSimilarity(a.signature, b.signature);
      sims.push(sim);
      if (sim >= NEAR_DUPLICATE_THRESHOLD && a.bandKeys.some((k) => b.bandKeys.includes(k))) linked++;
    }
    fig(`${name}: median similarity`, median(sims), 'J');
    fig(`${name}: linked`, linked / sample.length, 'share');
  }
  // Different articles: every pair of the corpus (same publishers, same campaign, same weeks).
  const sigs = texts.map((t) => minhash(t)).filter((s): s is NonNullable<typeof s> => s !== null);
  const sims: number[] = [];
  for (let i = 0; i < sigs.length; i++) for (let j = i + 1; j < sigs.length; j++) sims.push(estimateSimilarity(sigs[i]!.signature, sigs[j]!.signature));
  sims.sort((a, b) => b - a);
  fig('different-article pairs: 99.99th percentile', sims[Math.floor(sims.length * 0.0001)]!, 'J');
  fig('different-article pairs at/above threshold', sims.filter((s) => s >= NEAR_DUPLICATE_THRESHOLD).length, `of ${sims.length}`);
  fig('  of them re-posted/updated same article (≥ 0.5)', sims.filter((s) => s >= 0.5).length, 'pairs');

  const five = texts.filter((t) => t.length >= 5000).map((t) => t.slice(0, 5000)).slice(0, 100);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) for (const t of five) (minhash(t), n++);
  fig('signatures per second (5 KB texts)', n / ((performance.now() - t0) / 1000), 'sig/s', { op: '>=', value: 2000 });
  return figures;
}
