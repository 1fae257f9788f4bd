/**
 * Definite descriptions of a body named shortly before: "The ministry said ...", "the union rejected ...",
 * "the company will appeal". News names a body once and then refers to it by what it is; without these
 * mentions a quote or stance of "the union" has no holder. Hand-written: coreference libraries for
 * JavaScript (compromise, wink-nlp) resolve pronouns at best, not descriptions to named bodies.
 */
import { CONTENT_ZONES, type LocalEntity, type Mention, type Sentence } from '../../core/model.js';
import type { LocalResolution } from './local.js';

/** Heads that describe a body by a word of its own name ("the ministry" for "China's Foreign Ministry"). */
const NAMED_HEADS = new Set([
  'ministry', 'department', 'agency', 'commission', 'committee', 'council', 'union', 'alliance', 'coalition', 'federation',
  'association', 'organization', 'organisation', 'bank', 'court', 'parliament', 'assembly', 'cabinet', 'senate', 'party', 'movement',
]);
/** Heads that describe a company, whatever its name. */
const COMPANY_HEADS = new Set(['company', 'firm', 'corporation', 'carmaker', 'automaker', 'drugmaker', 'retailer', 'airline', 'insurer', 'lender']);
const CORPORATE_NAME = /\b(?:inc|corp|corporation|co|company|plc|llc|ltd|group|holdings|airlines?|motors?|pharmaceuticals?|bank)\b\.?$/i;
/** Rules that found a company by the text's own evidence (see detect.ts). */
const COMPANY_RULES = new Set(['corporate-cue', 'recurring-agent']);
/** How far back the body must have been named: a description refers to what the reader has just read. */
const WINDOW_SENTENCES = 4;

const HEAD_IN_NAME = new Map([...NAMED_HEADS].map((h) => [h, new RegExp(String.raw`\b${h}\b`, 'i')]));

/** "the ministry", "the striking union": not "the union of X" (a name) nor "the party leader" (a person). */
const DESCRIPTION = new RegExp(
  String.raw`\b[Tt]he\s+(?:[a-z][a-z-]+\s+)?(${[...NAMED_HEADS, ...COMPANY_HEADS].join('|')})\b(?!\s+of\s+\p{Lu})(?![-\s]+(?:leaders?|chief|chairman|chairwoman|president|spokes\w*|officials?|members?|head|boss|secretary)\b)`,
  'gu',
);

export function withBodyDescriptions(text: string, sentences: readonly Sentence[], local: LocalResolution): LocalResolution {
  const { entities } = local;
  const added: Mention[] = [];
  const mentions = local.mentions;
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  sentences.forEach((s, si) => {
    if (!CONTENT_ZONES.has(s.zone)) return;
    const body = text.slice(s.start, s.end);
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(body); m; m = DESCRIPTION.exec(body)) {
      const head = m[1]!;
      const company = COMPANY_HEADS.has(head);
      if (!company && !NAMED_HEADS.has(head)) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => x.start < end && start < x.end) || added.some((x) => x.start < end && start < x.end)) continue;
      const antecedent = nearestBody(entities, mentions, start, (e, names) =>
        company
          ? e.type === 'organization' && names.some((n) => CORPORATE_NAME.test(n.text) || COMPANY_RULES.has(n.provenance.rule))
          : e.type !== 'person' && names.some((n) => HEAD_IN_NAME.get(head)!.test(n.text)),
      );
      if (antecedent === null) continue;
      const last = entities[antecedent]!.mentions.map((i) => mentions[i]!).filter((x) => x.end <= start).at(-1)!;
      if (si - sentenceOf(last.start) > WINDOW_SENTENCES) continue;
      added.push({ start, end, text: text.slice(start, end), entity: antecedent, kind: 'title', provenance: { stage: 'actors', rule: 'body-description', confidence: 0.7 } });
    }
  });
  if (added.length === 0) return local;
  // Mentions stay in text order; entities keep pointing at theirs.
  const all = [...mentions, ...added].map((x) => ({ x })).sort((a, b) => a.x.start - b.x.start);
  const outEntities: LocalEntity[] = entities.map((e) => ({ ...e, mentions: [] }));
  all.forEach(({ x }, i) => outEntities[x.entity]!.mentions.push(i));
  return { entities: outEntities, mentions: all.map(({ x }) => x) };
}

/** The entity named last before `pos` among those `fits` accepts (judged on its mentions before `pos`). */
function nearestBody(entities: readonly LocalEntity[], mentions: readonly Mention[], pos: number, fits: (e: LocalEntity, names: Mention[]) => boolean): number | null {
  let best: { entity: number; at: number } | null = null;
  entities.forEach((e, i) => {
    const before = e.mentions.map((k) => mentions[k]!).filter((x) => x.end <= pos && x.provenance.rule !== 'body-description');
    if (before.length === 0 || !fits(e, before)) return;
    const at = before.at(-1)!.start;
    if (!best || at > best.at) best = { entity: i, at };
  });
  return best ? (best as { entity: number }).entity : null;
}
