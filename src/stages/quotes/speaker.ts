/**
 * Links a quote's local source to a document entity: through an actors-stage mention overlapping the
 * source; for a pronoun or a title, through the most recent compatible entity; and for quotes with no
 * cue of their own, through the quote they continue.
 */
import type { LocalEntity, Mention } from '../../core/model.js';
import { overlaps, type Span } from '../../core/span.js';
import type { FoundQuote } from './extract.js';

const KIND_RANK: Record<Mention['kind'], number> = { name: 4, title: 3, pronoun: 2, metonym: 1, demonym: 0 };
const SINGULAR_PERSON = /^(?:he|she|him|her)$/i;
const SINGULAR_TITLE = /^the\s+(?:\p{Lu}[\p{L}-]*(?:\s+(?:of|for|\p{Lu}[\p{L}-]*))*|(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|minister|president|secretary|envoy|ambassador|adviser|advisor|aide|official|diplomat|chairman|chairwoman|chief|leader|senator|governor|mayor|general))$/u;
const PLURAL = /^(?:they|we|them)$/i;

function bestOverlapping(source: Span, mentions: readonly Mention[], entities: readonly LocalEntity[]): number | null {
  let best: Mention | null = null;
  let bestScore = -Infinity;
  for (const m of mentions) {
    if (!overlaps(m, source)) continue;
    const e = entities[m.entity];
    if (!e) continue;
    // The head of "Kremlin spokesman Dmitry Peskov" is the person, named last.
    const score = (e.type === 'person' ? 10 : 0) + KIND_RANK[m.kind] + m.end / 1e9;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best ? best.entity : null;
}

/** The entity of the most recent mention before `pos` that satisfies `accept`, within a window. */
function mostRecent(pos: number, mentions: readonly Mention[], entities: readonly LocalEntity[], accept: (e: LocalEntity) => boolean, window = 1500): number | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.end > pos || pos - m.end > window) continue;
    const e = entities[m.entity];
    if (!e || !accept(e)) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best ? best.entity : null;
}

function byName(sourceText: string, entities: readonly LocalEntity[]): number | null {
  const s = sourceText.toLowerCase();
  let hit: number | null = null;
  entities.forEach((e, i) => {
    const last = e.name.split(/\s+/).at(-1)!.toLowerCase();
    if (hit === null && e.name && (s.includes(e.name.toLowerCase()) || (last.length > 2 && new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(s)))) hit = i;
  });
  return hit;
}

function byRole(sourceText: string, entities: readonly LocalEntity[]): number | null {
  const s = sourceText.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  if (s.length < 4) return null;
  const i = entities.findIndex((e) => e.roles.some((r) => r.toLowerCase().includes(s) || s.includes(r.toLowerCase())));
  return i >= 0 ? i : null;
}

/** Speaker entity per found quote (null when unattributed). */
export function linkSpeakers(text: string, found: readonly FoundQuote[], entities: readonly LocalEntity[], mentions: readonly Mention[]): (number | null)[] {
  const speakers: (number | null)[] = new Array(found.length).fill(null);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const previousPersonSpeaker = (i: number): number | null => {
    for (let j = i - 1; j >= 0; j--) {
      if (found[i]!.paragraph - found[j]!.paragraph > 2) break;
      const sp = speakers[j];
      if (sp !== null && sp !== undefined && entities[sp]?.type === 'person') return sp;
    }
    return null;
  };
  found.forEach((q, i) => {
    if (q.source) {
      const src = q.source;
      const srcText = text.slice(src.start, src.end);
      let e = bestOverlapping(src, sorted, entities);
      if (e === null && SINGULAR_PERSON.test(srcText)) {
        // The previous quote's speaker, if a person; else the most recent person mentioned.
        e = previousPersonSpeaker(i) ?? mostRecent(src.start, sorted, entities, (x) => x.type === 'person');
      } else if (e === null && PLURAL.test(srcText)) {
        e = mostRecent(src.start, sorted, entities, (x) => x.type !== 'person');
      } else if (e === null) {
        e = byRole(srcText, entities) ?? byName(srcText, entities);
        // "the Secretary of State", "the spokesman": a title refers back to the person just quoted or named.
        if (e === null && SINGULAR_TITLE.test(srcText)) e = previousPersonSpeaker(i) ?? mostRecent(src.start, sorted, entities, (x) => x.type === 'person');
      }
      speakers[i] = e;
    } else if (q.inherit !== null) {
      speakers[i] = speakers[q.inherit] ?? null;
    }
  });
  return speakers;
}
