/**
 * Ingest throughput on the PolNeAR texts (924 real news articles) in three shapes: plain text files,
 * generated HTML pages (the paragraphs inside a page with navigation, sidebar and footer boilerplate,
 * Open Graph and JSON-LD metadata), and one JSON Lines file. Reports documents/s and MB/s for the
 * readers alone and for the whole `ingestInputs` pipeline into a temporary database, plus peak RSS and
 * RSS after 1x and 3x the corpus (streaming should keep it flat). The pipeline part can be limited
 * with BENCH_INGEST_DOCS=<n>; BENCH_INGEST_3X=1 adds a whole-pipeline run over 3x the corpus.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure } from './run.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import { readInputs } from '../src/ingest/readers/index.js';
import { loadKnowledge } from '../src/packs/load.js';
import { Store } from '../src/store/store.js';
import { EXTERNAL_DIR } from '../src/core/paths.js';

const POLNEAR = join(EXTERNAL_DIR, 'polnear');

function corpus(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(POLNEAR, split, 'text');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) out.push({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(name: string, text: string, i: number): string {
  const paras = text.split(/\r?\n/).filter((l) => l.trim());
  const title = paras[0] ?? name;
  const nav = ['World', 'Politics', 'Business', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Video'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const mostRead = Array.from({ length: 8 }, (_, k) => `<li><a href="/story/${(i * 31 + k) % 997}">Most read headline number ${k + 1} about something else entirely</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title.slice(0, 90))} | Example Times</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Example Times">
<meta property="og:title" content="${escape(title.slice(0, 90))}"><meta property="article:published_time" content="2016-0${(i % 9) + 1}-1${i % 10}T08:00:00Z">
<link rel="stylesheet" href="/static/site.css"><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title.slice(0, 90))},"datePublished":"2016-01-01T00:00:00Z","publisher":{"@type":"Organization","name":"Example Times"},"author":{"@type":"Person","name":"Staff Reporter"}}</script>
</head><body>
<header class="site-header"><a class="logo" href="/">Example Times</a><nav class="main-nav"><ul>${nav}</ul></nav>
<form class="search"><input type="search" placeholder="Search"><button>Go</button></form></header>
<div class="ad-slot" id="ad-top">Advertisement</div>
<main><article class="story"><h1>${escape(title)}</h1><div class="byline">By Staff Reporter · ${i % 12 + 1} min read</div>
<div class="story-body">${paras.slice(1).map((p) => `<p>${escape(p)}</p>`).join('\n')}</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div></article>
<aside class="sidebar"><h2>Most read</h2><ol>${mostRead}</ol><div class="newsletter">Sign up for our morning newsletter. <a href="/subscribe">Subscribe</a></div></aside></main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact</a></li></ul>
<p>© 2016 Example Times Media Group. All rights reserved.</p></footer></body></html>`;
}

function rssMb(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function readerOnly(inputs: string[]): Promise<{ docs: number; seconds: number }> {
  const start = performance.now();
  let docs = 0;
  for await (const r of readInputs(inputs)) if (r.kind === 'document') docs++;
  return { docs, seconds: (performance.now() - start) / 1000 };
}

async function fullIngest(inputs: string[], db: string, sampleAt: number[] = []): Promise<{ stored: number; seconds: number; samples: Map<number, number> }> {
  const store = Store.open(db);
  const kb = loadKnowledge();
  const samples = new Map<number, number>();
  let seen = 0;
  const start = performance.now();
  try {
    const summary = await ingestInputs(store, inputs, kb, {
      onOutcome: () => {
        seen++;
        if (sampleAt.includes(seen)) {
          gc();
          samples.set(seen, rssMb());
        }
      },
    });
    return { stored: summary.stored + summary.unchanged, seconds: (performance.now() - start) / 1000, samples };
  } finally {
    store.close();
  }
}

export async function run(): Promise<BenchFigure[]> {
  const docs = corpus();
  const work = mkdtempSync(join(tmpdir(), 'parley-bench-ingest-'));
  const figures: BenchFigure[] = [];
  let peak = rssMb();
  const track = () => (peak = Math.max(peak, rssMb()));
  const timer = setInterval(track, 50);
  try {
    const textDir = join(work, 'text');
    const htmlDir = join(work, 'html');
    mkdirSync(textDir);
    mkdirSync(htmlDir);
    docs.forEach((d, i) => {
      writeFileSync(join(textDir, `${d.name}.txt`), d.text);
      writeFileSync(join(htmlDir, `${d.name}.html`), page(d.name, d.text, i));
    });
    const jsonl = join(work, 'corpus.jsonl');
    writeFileSync(jsonl, docs.map((d) => JSON.stringify({ id: d.name, text: d.text, outlet: d.name.split('_')[0] })).join('\n') + '\n');
    // 3x the corpus, each copy distinct (a marker paragraph) so none is skipped as already stored.
    const jsonl3 = join(work, 'corpus3.jsonl');
    writeFileSync(jsonl3, [0, 1, 2].flatMap((k) => docs.map((d) => JSON.stringify({ id: `${d.name}~${k}`, text: `${d.text}\nCopy ${k}.` }))).join('\n') + '\n');

    const dirBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const sizes = { text: dirBytes(textDir), html: dirBytes(htmlDir), jsonl: statSync(jsonl).size };
    const inputs = { text: [textDir], html: [htmlDir], jsonl: [jsonl] };

    for (const kind of ['text', 'html', 'jsonl'] as const) {
      const r = await readerOnly(inputs[kind]);
      figures.push({ bench: 'ingest', name: `reader only, ${kind} (${r.docs} docs)`, value: r.docs / r.seconds, unit: 'docs/s' });
      figures.push({ bench: 'ingest', name: `reader only, ${kind}`, value: sizes[kind] / (1024 * 1024) / r.seconds, unit: 'MB/s' });
    }
    // Reader memory over 3x the corpus: RSS after the first third and at the end should match.
    const readerSamples = new Map<number, number>();
    let read = 0;
    for await (const r of readInputs([jsonl3])) {
      if (r.kind !== 'document') continue;
      read++;
      if (read === docs.length || read === 3 * docs.length) {
        gc();
        readerSamples.set(read, rssMb());
      }
    }
    figures.push({ bench: 'ingest', name: `reader only, RSS after 1x corpus (${docs.length} docs)`, value: readerSamples.get(docs.length) ?? Number.NaN, unit: 'MB' });
    figures.push({ bench: 'ingest', name: `reader only, RSS after 3x corpus (${3 * docs.length} docs)`, value: readerSamples.get(3 * docs.length) ?? Number.NaN, unit: 'MB' });

    // The whole pipeline is much slower than the readers; BENCH_INGEST_DOCS limits how many documents it gets.
    const limit = Math.min(docs.length, Number(process.env.BENCH_INGEST_DOCS) || docs.length);
    const subset = (dir: string, ext: string) => {
      const sub = `${dir}-subset`;
      mkdirSync(sub);
      docs.slice(0, limit).forEach((d) => writeFileSync(join(sub, `${d.name}.${ext}`), readFileSync(join(dir, `${d.name}.${ext}`))));
      return sub;
    };
    const jsonlSubset = join(work, 'subset.jsonl');
    writeFileSync(jsonlSubset, readFileSync(jsonl, 'utf8').split('\n').slice(0, limit).join('\n') + '\n');
    const full = { text: [subset(textDir, 'txt')], html: [subset(htmlDir, 'html')], jsonl: [jsonlSubset] };
    const fullSizes = { text: dirBytes(full.text[0]!), html: dirBytes(full.html[0]!), jsonl: statSync(jsonlSubset).size };
    const targets = { text: 1000, html: 50, jsonl: 1000 };
    for (const kind of ['text', 'html', 'jsonl'] as const) {
      const third = Math.floor(limit / 3);
      const r = await fullIngest(full[kind], join(work, `${kind}.db`), kind === 'jsonl' ? [third, limit] : []);
      figures.push({ bench: 'ingest', name: `full ingest, ${kind} (${r.stored} docs)`, value: r.stored / r.seconds, unit: 'docs/s', target: { op: '>=', value: targets[kind] } });
      figures.push({ bench: 'ingest', name: `full ingest, ${kind}`, value: fullSizes[kind] / (1024 * 1024) / r.seconds, unit: 'MB/s' });
      if (kind === 'jsonl') {
        figures.push({ bench: 'ingest', name: `full ingest, RSS after ${third} docs`, value: r.samples.get(third) ?? Number.NaN, unit: 'MB' });
        figures.push({ bench: 'ingest', name: `full ingest, RSS after ${limit} docs`, value: r.samples.get(limit) ?? Number.NaN, unit: 'MB' });
      }
    }
    if (process.env.BENCH_INGEST_3X) {
      const n = docs.length;
      const mem = await fullIngest([jsonl3], join(work, 'memory.db'), [n, 3 * n]);
      figures.push({ bench: 'ingest', name: `full ingest, RSS after 1x corpus (${n} docs)`, value: mem.samples.get(n) ?? Number.NaN, unit: 'MB' });
      figures.push({ bench: 'ingest', name: `full ingest, RSS after 3x corpus (${3 * n} docs)`, value: mem.samples.get(3 * n) ?? Number.NaN, unit: 'MB' });
    }
    track();
    figures.push({ bench: 'ingest', name: 'peak RSS during the ingest bench', value: peak, unit: 'MB' });
  } finally {
    clearInterval(timer);
    rmSync(work, { recursive: true, force: true });
  }
  return figures;
}
