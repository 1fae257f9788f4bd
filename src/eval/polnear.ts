/**
 * PolNeAR adapter: scores the quotes stage against the PolNeAR attribution corpus (brat standoff; see
 * /work/shared/external/polnear/README.md). One annotator file per article: the first in sorted order.
 *
 * Scoring, precisely:
 * - Quoted attributions are gold attributions whose Content text contains a double quotation mark;
 *   the rest are paraphrased. Two apostrophes ('') count as a double mark: the New York Times texts
 *   (a seventh of the corpus) are typed that way, and until this was counted every NYT quotation was
 *   scored as paraphrase and every NYT quote the stage found as a false quote.
 * - A predicted direct/partial quote (confidence >= 0.5) matches a quoted gold attribution when their
 *   token Dice is >= 0.6, or when the predicted span lies inside the gold Content's extent (first start
 *   to last end: PolNeAR content often wraps the quotation with "that ..." or two quoted stretches).
 *   Precision = predicted quotes matching some quoted gold / predicted quotes; recall = quoted golds
 *   matched by some prediction / quoted golds (many-to-many, since one content may hold several
 *   stretches).
 * - Source accuracy, over matched quoted golds that have a Source: the best-matching prediction's
 *   `source` span overlaps the gold Source; a prediction with no local source (a continuation) counts
 *   as right when the source of the quote it continues (`carriedFrom`) overlaps, or, lacking that, when
 *   a mention of its resolved speaker overlaps the gold Source.
 * - Paraphrased attributions: indirect recall = paraphrased golds with a predicted indirect quote at
 *   Dice >= 0.6; indirect precision = predicted indirect quotes at Dice >= 0.6 with any gold content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentAnalysis, Zone } from '../core/model.js';
import { overlaps, type Span } from '../core/span.js';
import type { KnowledgeBase } from '../packs/load.js';
import { analyseDocument, DEFAULT_STAGES } from '../stages/pipeline.js';
import { MATCH_DICE, MIN_SCORED_CONFIDENCE } from './quotes.js';
import { dice, wordTokens } from './text.js';
import { EXTERNAL_DIR } from '../core/paths.js';

export const POLNEAR_DIR = join(EXTERNAL_DIR, 'polnear');

export interface GoldAttribution {
  content: Span;
  contentText: string;
  source: Span | null;
  quoted: boolean;
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Converts code-point offsets to UTF-16 offsets when the file's offsets are code points. */
function offsetMapper(text: string, sample: { start: number; end: number; text: string }[]): (i: number) => number {
  const utf16Ok = sample.every((t) => text.slice(t.start, t.end) === t.text);
  if (utf16Ok) return (i) => i;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (i) => map[Math.min(i, map.length - 1)]!;
}

/** A double quotation mark, typographic or typed as two apostrophes. */
const DOUBLE_MARK = /[“”"«»]|''/;

export function parseAnn(text: string, ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; ranges: [number, number][]; text: string }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split(/\r?\n/)) {
    if (line.startsWith('T')) {
      const [id, mid, t] = line.split('\t');
      if (!id || !mid) continue;
      const [label, ...rest] = mid.split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
      spans.set(id, { label: label!, ranges, text: t ?? '' });
    } else if (line.startsWith('E')) {
      const roles: Record<string, string> = {};
      for (const part of (line.split('\t')[1] ?? '').split(/\s+/)) {
        const [role, ref] = part.split(':');
        if (role && ref) roles[role] = ref;
      }
      events.push(roles);
    }
  }
  const sample = [...spans.values()].filter((s) => s.ranges.length === 1).slice(0, 20).map((s) => ({ start: s.ranges[0]![0], end: s.ranges[0]![1], text: s.text }));
  const at = offsetMapper(text, sample);
  const extent = (id: string | undefined): Span | null => {
    const s = id ? spans.get(id) : undefined;
    if (!s || s.ranges.some((r) => r.length !== 2 || r.some((n) => !Number.isFinite(n)))) return null;
    return { start: at(Math.min(...s.ranges.map((r) => r[0]))), end: at(Math.max(...s.ranges.map((r) => r[1]))) };
  };
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const content = extent(e.Content);
    if (!content) continue;
    const contentText = text.slice(content.start, content.end);
    out.push({ content, contentText, source: extent(e.Source), quoted: DOUBLE_MARK.test(contentText) });
  }
  return out;
}

/** The articles of a split, one annotator file each (the first in sorted order). */
export function loadPolnear(split: 'dev' | 'train', dir = POLNEAR_DIR): PolnearArticle[] {
  const base = join(dir, split);
  if (!existsSync(base)) return [];
  const annFiles = readdirSync(join(base, 'attributions')).sort();
  return readdirSync(join(base, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -4);
      const ann = annFiles.find((a) => a.startsWith(`${name}_`) && a.endsWith('.ann'));
      if (!ann) return [];
      const text = readFileSync(join(base, 'text', f), 'utf8');
      return [{ name, text, attributions: parseAnn(text, readFileSync(join(base, 'attributions', ann), 'utf8')) }];
    });
}

/** Every non-blank line as body: PolNeAR texts are clean article bodies. */
export function bodyZones(text: string): Zone[] {
  const zones: Zone[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) zones.push({ kind: 'body', start: m.index, end: m.index + m[0].length, rule: 'polnear' });
  return zones;
}

export interface PolnearScore {
  articles: number;
  quotedGold: number;
  quotedFound: number;
  predictedQuotes: number;
  predictedCorrect: number;
  contentPrecision: number;
  contentRecall: number;
  contentF1: number;
  sourceChecked: number;
  sourceRight: number;
  sourceAccuracy: number;
  paraphrasedGold: number;
  paraphrasedFound: number;
  indirectPredicted: number;
  indirectCorrect: number;
  indirectRecall: number;
  indirectPrecision: number;
  quotesExtracted: number;
  /** Milliseconds in the quotes stage and in the whole analysis. */
  quoteStageMs: number;
  analysisMs: number;
  misses: string[];
}

function timedStages(times: Map<string, number>) {
  return DEFAULT_STAGES.map((s) => ({
    ...s,
    run: (...args: Parameters<typeof s.run>) => {
      const t0 = performance.now();
      const out = s.run(...args);
      times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - t0);
      return out;
    },
  }));
}

export function scorePolnear(articles: readonly PolnearArticle[], kb: KnowledgeBase, options: { maxMisses?: number } = {}): PolnearScore {
  const times = new Map<string, number>();
  const stages = timedStages(times);
  const s = {
    quotedGold: 0, quotedFound: 0, predictedQuotes: 0, predictedCorrect: 0, sourceChecked: 0, sourceRight: 0,
    paraphrasedGold: 0, paraphrasedFound: 0, indirectPredicted: 0, indirectCorrect: 0, quotesExtracted: 0,
  };
  const misses: string[] = [];
  const miss = (m: string) => misses.length < (options.maxMisses ?? 200) && misses.push(m);
  const t0 = performance.now();
  for (const art of articles) {
    const a: DocumentAnalysis = analyseDocument({ text: art.text, zones: bodyZones(art.text), published: null, language: 'en' }, kb, stages);
    s.quotesExtracted += a.quotes.length;
    const preds = a.quotes.filter((q) => q.kind !== 'indirect' && q.provenance.confidence >= MIN_SCORED_CONFIDENCE);
    const indirect = a.quotes.filter((q) => q.kind === 'indirect');
    const quoted = art.attributions.filter((g) => g.quoted);
    const matches = (p: Span & { text: string }, g: GoldAttribution) =>
      (p.start >= g.content.start && p.end <= g.content.end) || dice(wordTokens(p.text), wordTokens(g.contentText)) >= MATCH_DICE;
    s.predictedQuotes += preds.length;
    for (const p of preds) {
      if (quoted.some((g) => matches(p, g))) s.predictedCorrect++;
      else miss(`${art.name}: false quote "${p.text.slice(0, 80)}" (${p.provenance.rule})`);
    }
    for (const g of quoted) {
      s.quotedGold++;
      const hits = preds.filter((p) => matches(p, g));
      if (hits.length === 0) {
        miss(`${art.name}: missed quoted "${g.contentText.slice(0, 80)}"`);
        continue;
      }
      s.quotedFound++;
      if (!g.source) continue;
      s.sourceChecked++;
      const best = hits.sort((x, y) => dice(wordTokens(y.text), wordTokens(g.contentText)) - dice(wordTokens(x.text), wordTokens(g.contentText)))[0]!;
      const speakerMentionHits = best.speaker !== null && a.mentions.some((m) => m.entity === best.speaker && overlaps(m, g.source!));
      const carried = best.carriedFrom !== undefined && best.carriedFrom !== null ? a.quotes[best.carriedFrom]?.source ?? null : null;
      const source = best.source ?? carried;
      if ((source && overlaps(source, g.source)) || (!source && speakerMentionHits)) s.sourceRight++;
      else miss(`${art.name}: wrong source "${best.source?.text ?? ''}" for "${best.text.slice(0, 60)}", gold "${art.text.slice(g.source.start, g.source.end)}"`);
    }
    for (const g of art.attributions.filter((x) => !x.quoted)) {
      s.paraphrasedGold++;
      if (indirect.some((p) => dice(wordTokens(p.text), wordTokens(g.contentText)) >= MATCH_DICE)) s.paraphrasedFound++;
    }
    s.indirectPredicted += indirect.length;
    for (const p of indirect) if (art.attributions.some((g) => dice(wordTokens(p.text), wordTokens(g.contentText)) >= MATCH_DICE)) s.indirectCorrect++;
  }
  const analysisMs = performance.now() - t0;
  const precision = s.predictedQuotes ? s.predictedCorrect / s.predictedQuotes : 1;
  const recall = s.quotedGold ? s.quotedFound / s.quotedGold : 1;
  return {
    articles: articles.length,
    ...s,
    contentPrecision: precision,
    contentRecall: recall,
    contentF1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    sourceAccuracy: s.sourceChecked ? s.sourceRight / s.sourceChecked : 1,
    indirectRecall: s.paraphrasedGold ? s.paraphrasedFound / s.paraphrasedGold : 1,
    indirectPrecision: s.indirectPredicted ? s.indirectCorrect / s.indirectPredicted : 1,
    quoteStageMs: times.get('quotes') ?? 0,
    analysisMs,
    misses,
  };
}
