/**
 * Zones and metadata against the gold: line-level precision/recall/F1 of non-body detection per kind
 * group, outlet accuracy and publication-day accuracy.
 */
import type { StoredDocument, ZoneKind } from '../core/model.js';
import { lineKinds } from '../ingest/zones.js';
import type { GoldFile } from './gold.js';
import { prf, type EvalTask, type Metric } from './types.js';

type Group = 'boilerplate' | 'captions' | 'headings';

/** Which gold list each predicted zone kind answers to (body, dateline: none). */
const GROUP_OF: Partial<Record<ZoneKind, Group>> = {
  boilerplate: 'boilerplate',
  signature: 'boilerplate',
  subscription: 'boilerplate',
  byline: 'boilerplate',
  caption: 'captions',
  credit: 'captions',
  heading: 'headings',
  title: 'headings',
};

/** The gold group of each line of the document (captions are given as a prefix of their line). */
function goldGroups(gold: GoldFile, lines: readonly string[]): (Group | null)[] {
  return lines.map((line) => {
    const t = line.trim();
    if (gold.boilerplate.some((g) => g.trim() === t)) return 'boilerplate';
    if (gold.captions.some((g) => t.startsWith(g.trim()))) return 'captions';
    if (gold.headings.some((g) => g.trim() === t)) return 'headings';
    return null;
  });
}

const normOutlet = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^www\./, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

export const zonesTask: EvalTask = ({ pairs }) => {
  const groups: Group[] = ['boilerplate', 'captions', 'headings'];
  const counts = Object.fromEntries(groups.map((g) => [g, { tp: 0, fp: 0, fn: 0 }])) as Record<Group, { tp: number; fp: number; fn: number }>;
  const any = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  let outletRight = 0;
  let outletTotal = 0;
  let dateRight = 0;
  let dateTotal = 0;

  for (const { gold, doc } of pairs) {
    const kinds = lineKinds(doc.text, doc.zones);
    const lines = kinds.map((k) => doc.text.slice(k.start, k.end));
    const expected = goldGroups(gold, lines);
    kinds.forEach((k, i) => {
      const predicted = GROUP_OF[k.kind] ?? null;
      const want = expected[i] ?? null;
      const show = `${doc.name} line ${i + 1}: ${JSON.stringify(lines[i]!.trim().slice(0, 70))}`;
      if (predicted && want) any.tp++;
      else if (predicted) any.fp++;
      else if (want) any.fn++;
      for (const g of groups) {
        if (predicted === g && want === g) counts[g].tp++;
        else if (predicted === g) counts[g].fp++;
        else if (want === g) counts[g].fn++;
      }
      if (predicted !== want) misses.push(`${show} predicted ${predicted ?? 'body'} (${k.kind}), gold ${want ?? 'body'}`);
    });

    if (gold.outlet) {
      outletTotal++;
      const got = doc.metadata.outlet.value;
      if (got && normOutlet(got) === normOutlet(gold.outlet)) outletRight++;
      else misses.push(`${doc.name}: outlet ${JSON.stringify(got)} (${doc.metadata.outlet.origin}), gold ${JSON.stringify(gold.outlet)}`);
    }
    if (gold.published) {
      dateTotal++;
      const got = doc.metadata.published.value;
      if (got === gold.published) dateRight++;
      else misses.push(`${doc.name}: published ${JSON.stringify(got)} (${doc.metadata.published.origin}), gold ${gold.published}`);
    }
  }

  const metrics: Metric[] = [];
  const all = prf(any.tp, any.fp, any.fn);
  metrics.push({ name: 'non-body lines F1', value: all.f1, bar: 0.9, detail: `P=${all.precision.toFixed(2)} R=${all.recall.toFixed(2)} tp=${any.tp} fp=${any.fp} fn=${any.fn}` });
  for (const g of groups) {
    const c = counts[g];
    const r = prf(c.tp, c.fp, c.fn);
    metrics.push({ name: `${g} lines F1`, value: r.f1, detail: `P=${r.precision.toFixed(2)} R=${r.recall.toFixed(2)} tp=${c.tp} fp=${c.fp} fn=${c.fn}` });
  }
  metrics.push({ name: 'outlet accuracy', value: outletTotal ? outletRight / outletTotal : 1, detail: `${outletRight}/${outletTotal} gold outlets` });
  // No bar: most seed texts carry no date at all, only given metadata (HTML, feeds) can supply it.
  metrics.push({ name: 'published-date accuracy', value: dateTotal ? dateRight / dateTotal : 1, detail: `${dateRight}/${dateTotal} gold dates` });
  return { task: 'zones', metrics, misses };
};

/** For tests: the predicted group of each line of a stored document. */
export function predictedGroups(doc: Pick<StoredDocument, 'text' | 'zones'>): (Group | null)[] {
  return lineKinds(doc.text, doc.zones).map((k) => GROUP_OF[k.kind] ?? null);
}
