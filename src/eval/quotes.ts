/**
 * Quote evaluation against the hand gold. A predicted quote matches a gold quote when their token
 * overlap (Dice) is at least 0.6, one-to-one, greedily by best Dice. Predictions under 0.5 confidence
 * (scare quotes, nicknames kept for display) are not scored. A prediction matching an `optional` gold
 * quote is ignored.
 */
import type { GoldFile } from './gold.js';
import { dice, wordTokens } from './text.js';
import { prf, type EvalTask, type Metric } from './types.js';

export const MATCH_DICE = 0.6;
export const MIN_SCORED_CONFIDENCE = 0.5;

/** One-to-one greedy matching by descending score; pairs under the threshold are never made. */
export function greedyMatch(scores: number[][], threshold: number): [number, number][] {
  const cells: [number, number, number][] = [];
  scores.forEach((row, i) => row.forEach((v, j) => v >= threshold && cells.push([v, i, j])));
  cells.sort((x, y) => y[0] - x[0]);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of cells) {
    if (usedI.has(i) || usedJ.has(j)) continue;
    usedI.add(i);
    usedJ.add(j);
    out.push([i, j]);
  }
  return out;
}

interface PredictedQuote {
  kind: string;
  text: string;
  confidence: number;
  source: string | null;
  speakerNames: string[];
}

function speakerRight(gold: GoldFile, goldSpeaker: string | null, pred: PredictedQuote): boolean {
  if (goldSpeaker === null) return pred.speakerNames.length === 0;
  const actor = gold.actors.find((a) => a.name === goldSpeaker);
  const accepted = new Set([goldSpeaker, ...(actor?.mentions ?? [])].map((s) => s.toLowerCase()));
  return pred.speakerNames.some((n) => accepted.has(n.toLowerCase()));
}

const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);

export const quotesTask: EvalTask = ({ pairs, store }) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let speakerOk = 0;
  let e2e = 0;
  let indirectGold = 0;
  let indirectFound = 0;
  let sourceNamed = 0;
  const misses: string[] = [];
  const rowsOf = store.db.prepare(
    `SELECT q.kind, q.text, q.confidence, q.source_text AS source, a.name AS actorName, a.aliases_json AS aliases
     FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor WHERE q.doc_id = ? ORDER BY q.idx`,
  );
  for (const { gold, doc } of pairs) {
    const rows = rowsOf.all(doc.id) as { kind: string; text: string; confidence: number; source: string | null; actorName: string | null; aliases: string | null }[];
    const preds: PredictedQuote[] = rows.map((r) => ({
      kind: r.kind,
      text: r.text,
      confidence: r.confidence,
      source: r.source,
      speakerNames: r.actorName ? [r.actorName, ...(JSON.parse(r.aliases ?? '[]') as string[])] : [],
    }));
    const scored = preds.filter((p) => p.kind !== 'indirect' && p.confidence >= MIN_SCORED_CONFIDENCE);
    const goldDP = gold.quotes.filter((q) => q.kind !== 'indirect');
    const scores = scored.map((p) => goldDP.map((g) => dice(wordTokens(p.text), wordTokens(g.text))));
    const matched = greedyMatch(scores, MATCH_DICE);
    const predMatched = new Set(matched.map(([i]) => i));
    const goldMatched = new Set(matched.map(([, j]) => j));
    for (const [i, j] of matched) {
      const g = goldDP[j]!;
      if (g.optional) continue;
      tp++;
      const p = scored[i]!;
      if (speakerRight(gold, g.speaker, p)) {
        speakerOk++;
        e2e++;
      } else {
        misses.push(`${gold.document}: wrong speaker for "${short(g.text)}": gold ${g.speaker}, predicted ${p.speakerNames[0] ?? 'none'} (source "${p.source ?? ''}")`);
      }
      const mentions = gold.actors.find((a) => a.name === g.speaker)?.mentions ?? [];
      if (p.source && [g.speaker ?? '', ...mentions].some((m) => m && p.source!.toLowerCase().includes(m.toLowerCase()))) sourceNamed++;
    }
    scored.forEach((p, i) => {
      if (!predMatched.has(i)) {
        fp++;
        misses.push(`${gold.document}: false ${p.kind} quote "${short(p.text)}"`);
      }
    });
    goldDP.forEach((g, j) => {
      if (!goldMatched.has(j) && !g.optional) {
        fn++;
        misses.push(`${gold.document}: missed ${g.kind} quote "${short(g.text)}" (${g.speaker ?? 'no speaker'})`);
      }
    });
    for (const g of gold.quotes.filter((q) => q.kind === 'indirect' && !q.optional)) {
      indirectGold++;
      const gt = wordTokens(g.text);
      if (preds.some((p) => dice(wordTokens(p.text), gt) >= MATCH_DICE)) indirectFound++;
      else misses.push(`${gold.document}: missed indirect "${short(g.text)}" (${g.speaker ?? 'no speaker'})`);
    }
  }
  const det = prf(tp, fp, fn);
  const e2ePrf = prf(e2e, fp + (tp - e2e), fn + (tp - e2e));
  const metrics: Metric[] = [
    { name: 'direct+partial precision', value: det.precision, detail: `tp=${tp} fp=${fp}` },
    { name: 'direct+partial recall', value: det.recall, detail: `tp=${tp} fn=${fn}` },
    { name: 'direct+partial F1', value: det.f1, bar: 0.95 },
    { name: 'speaker accuracy (matched)', value: tp ? speakerOk / tp : 0, bar: 0.9, detail: `${speakerOk}/${tp}` },
    { name: 'source names speaker (matched)', value: tp ? sourceNamed / tp : 0, detail: `${sourceNamed}/${tp} local source contains a gold mention` },
    { name: 'end-to-end F1 (found + attributed)', value: e2ePrf.f1 },
    { name: 'indirect recall', value: indirectGold ? indirectFound / indirectGold : 1, bar: 0.7, detail: `${indirectFound}/${indirectGold}` },
  ];
  return { task: 'quotes', metrics, misses };
};
