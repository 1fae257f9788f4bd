/**
 * One long document: the real PolNeAR articles run together into single texts of 0.25, 1 and 3 MB (a
 * transcript, a dossier, a book-length report), each ingested with every stage into a fresh store. Prints
 * the seconds and the KB/s for each size: when KB/s falls as the size grows, some step is worse than
 * linear in the document's length (a per-quote scan of every mention was, until it became a lookup).
 * Also one 256 KB line with no sentence end (the same articles with their line breaks and full stops
 * taken out), which a stage reading each sentence whole would take in quadratic time; and one 512 KB line of
 * JSON (the articles as records on one line: thousands of quotation marks and sentence breaks in one
 * paragraph), which a per-mark scan of the paragraph took in quadratic time (an 800 KB dump: over 10 minutes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDocument } from '../src/ingest/ingest.js';
import { loadKnowledge } from '../src/packs/load.js';
import { Store } from '../src/store/store.js';
import { baseTexts } from './pipeline.js';
import type { BenchFigure } from './run.js';

const SIZES_KB = [256, 1024, 3072];

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const kb = loadKnowledge();
  const all = baseTexts().join('\n\n');
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-long-'));
  try {
    const shapes = [...SIZES_KB.map((size) => ({ size, text: all.slice(0, size * 1024), label: `one ${size} KB document` })), { size: 256, text: all.slice(0, 256 * 1024).replace(/[.!?]?\s*\n+\s*|[.!?](?=\s)/g, ' '), label: 'one 256 KB line with no sentence end' }, { size: 512, text: JSON.stringify(baseTexts().map((t, k) => ({ id: k, text: t }))).slice(0, 512 * 1024), label: 'one 512 KB line of JSON' }];
    for (const [i, { size, text, label }] of shapes.entries()) {
      const store = Store.open(join(dir, `long-${i}.db`));
      try {
        const t0 = performance.now();
        const outcome = ingestDocument(store, { name: `long-${size}.txt`, source: `long-${size}.txt`, url: null, text, format: 'text', encoding: 'utf-8', given: {} }, kb);
        const seconds = (performance.now() - t0) / 1000;
        if (outcome.status !== 'stored') throw new Error(`long document of ${size} KB was not stored: ${outcome.status}`);
        figures.push({ bench: 'long', name: `${label}, all stages`, value: seconds, unit: 's' });
        figures.push({ bench: 'long', name: `${label}, rate`, value: size / seconds, unit: 'KB/s' });
      } finally {
        store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
