/**
 * A side that takes another's position holds its stances: "Japan backed the Swiss position", "The Netherlands has
 * taken a similar line", "a position that Kallas echoed in Brussels". The positions taken are the other side's
 * stances told just before; each is copied to the side that takes it, with the sentence that says so as evidence.
 * Hand-written: no library reads alignment between parties in news prose.
 */
import type { LocalEntity, Mention, Sentence, StanceAnnotation } from '../../core/model.js';
import { textSpan } from '../../core/span.js';
import type { KnowledgeBase } from '../../packs/load.js';
import { NEGATION } from './lexicon.js';

const TAKING = String.raw`(?:back(?:s|ed)?|support(?:s|ed)?|endors(?:e|es|ed)|shar(?:e|es|ed)|echo(?:es|ed)?|second(?:s|ed)?|join(?:s|ed)?|(?:sid(?:e|es|ed)|align(?:s|ed)?(?:\s+(?:itself|themselves))?)\s+with)`;
const POSITION = String.raw`(?:position|stance|line|view|approach)`;
/** "backed the Swiss position", "supported Germany's stance": the owner (group 1) named between. */
const OWNED_POSITION = new RegExp(String.raw`\b${TAKING}\s+(?:the\s+)?([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})(?:['’]s?)?\s+${POSITION}\b`, 'gu');
/** "has taken a similar line", "took the same position": the owner is whoever took one just before. */
const SAME_LINE = new RegExp(String.raw`\b(?:(?:has|have|had)\s+)?(?:tak(?:e|es|en|ing)|took|adopt(?:s|ed)?|follow(?:s|ed)?|struck|strikes|to(?:e|es|ed))\s+(?:a|the)\s+(?:similar|same|like)\s+(?:line|position|stance|approach|view|tack)\b`, 'gu');
/** "..., a position that Kallas echoed": the one named in the relative clause (group 1) takes the position just told. */
const ECHOED_POSITION = new RegExp(String.raw`,\s+(?:a|the)\s+${POSITION}\s+(?:that|which)\s+([^;.]{1,80}?)\s+${TAKING}\b`, 'gu');
const NEGATED = new RegExp(String.raw`${NEGATION}[^,;.]{0,20}$`, 'iu');

/** How many sentences back the position taken may have been told. */
const WINDOW = 3;

export function alignedStances(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], entities: readonly LocalEntity[], stances: readonly StanceAnnotation[], kb: KnowledgeBase): StanceAnnotation[] {
  if (!stances.length) return [];
  const out: StanceAnnotation[] = [];
  const sentenceOf = (pos: number) => sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const held = new Set(stances.map((st) => `${st.actor}\u0000${st.proposition}`));
  let byDemonym: Map<string, number> | undefined;
  const copy = (holder: number, owner: number, si: number, before: number, evidenceStart: number, evidenceEnd: number) => {
    if (holder === owner) return;
    // The owner's stances in the nearest sentence before that has any, within the window.
    const earlier = stances.filter((st) => st.actor === owner && st.evidence.start < before && si - sentenceOf(st.evidence.start) <= WINDOW);
    if (!earlier.length) return;
    const last = sentenceOf(earlier[earlier.length - 1]!.evidence.start);
    for (const st of earlier.filter((x) => sentenceOf(x.evidence.start) === last)) {
      const key = `${holder}\u0000${st.proposition}`;
      if (held.has(key)) continue;
      held.add(key);
      out.push({ actor: holder, proposition: st.proposition, stance: st.stance, condition: st.condition, date: st.date, evidence: textSpan(text, evidenceStart, evidenceEnd), quote: null, provenance: { stage: 'stances', rule: 'aligned-with', confidence: 0.55 } });
    }
  };
  sentences.forEach((s, si) => {
    const body = text.slice(s.start, s.end);
    if (!/\b(?:position|stance|line|view|approach|tack)\b/.test(body)) return;
    const here = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const subjects = (verbAt: number) => subjectsBefore(text, s.start, here, verbAt);
    for (const m of body.matchAll(OWNED_POSITION)) {
      const at = s.start + m.index;
      if (NEGATED.test(text.slice(Math.max(s.start, at - 30), at))) continue;
      const ownerStart = at + m[0].indexOf(m[1]!);
      const owner = here.find((x) => x.start >= ownerStart && x.end <= ownerStart + m[1]!.length + 2)?.entity ?? (byDemonym ??= entitiesByDemonym(entities, kb)).get(m[1]!);
      if (owner === undefined) continue;
      const holders = subjects(at);
      for (const h of holders) copy(h.entity, owner, si, at, h.start, at + m[0].length);
    }
    for (const m of body.matchAll(SAME_LINE)) {
      const at = s.start + m.index;
      if (NEGATED.test(text.slice(Math.max(s.start, at - 30), at))) continue;
      const holders = subjects(at);
      if (!holders.length) continue;
      // The one who took the line just before: the holder of the last stance told before this sentence, not one of these.
      const mine = new Set(holders.map((h) => h.entity));
      const previous = [...stances].reverse().find((st) => st.evidence.start < s.start && !mine.has(st.actor) && si - sentenceOf(st.evidence.start) <= WINDOW);
      if (!previous) continue;
      for (const h of holders) copy(h.entity, previous.actor, si, s.start, h.start, at + m[0].length);
    }
    for (const m of body.matchAll(ECHOED_POSITION)) {
      const at = s.start + m.index;
      const relStart = at + m[0].indexOf(m[1]!, m[0].search(/\b(?:that|which)\b/));
      const holder = here.find((x) => x.start >= relStart && x.end <= relStart + m[1]!.length && x.kind !== 'pronoun');
      if (!holder) continue;
      // The position is the one told in this sentence before the comma: its holders' stances there.
      const told = stances.filter((st) => st.evidence.start >= s.start && st.evidence.start < at);
      const owners = [...new Set(told.map((st) => st.actor))];
      for (const owner of owners) copy(holder.entity, owner, si, at, at + m[0].lastIndexOf(m[1]!), at + m[0].length);
    }
  });
  return out;
}

/** The subject mentions before a verb: the first name of the clause and those joined to it by "and" ("Japan and Canada backed"). */
function subjectsBefore(text: string, sentenceStart: number, here: readonly Mention[], verbAt: number): Mention[] {
  const before = here.filter((m) => m.end <= verbAt);
  if (!before.length) return [];
  // The clause the verb is in opens after the last comma before the verb that no appositive closes ("Japan, a donor, backed").
  const first = before[0]!;
  if (!/^[\s"“‘']*(?:(?:the|The|[\p{Ll}]+ly)\s+)?$/u.test(text.slice(sentenceStart, first.start))) return [];
  const out = [first];
  for (const m of before.slice(1)) {
    const gap = text.slice(out[out.length - 1]!.end, m.start);
    if (/^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?$/i.test(gap)) out.push(m);
    else break;
  }
  // What lies between the last subject and the verb is an appositive or adverbs, not another clause.
  const rest = text.slice(out[out.length - 1]!.end, verbAt);
  if (/[;:]|\b(?:said|says|that|which|who)\b/i.test(rest)) return [];
  return out;
}

/** The report's entities by their pack demonyms ("Swiss" → Switzerland's entity), the first of each. */
export function entitiesByDemonym(entities: readonly LocalEntity[], kb: KnowledgeBase): Map<string, number> {
  const byDemonym = new Map<string, number>();
  entities.forEach((e, i) => {
    for (const d of (e.packId ? kb.actors.get(e.packId)?.demonyms : undefined) ?? []) if (!byDemonym.has(d)) byDemonym.set(d, i);
  });
  return byDemonym;
}
