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
  'army', 'military', 'navy', 'guild', 'league', 'syndicate', 'confederation', 'front', 'brotherhood',
  // "the publishers" after the News Publishers' Association: members named by the word the body's name gives them.
  'publishers', 'broadcasters', 'farmers', 'growers', 'producers', 'exporters', 'importers', 'employers', 'bondholders', 'creditors',
]);
/** Heads that describe a company, whatever its name. */
const COMPANY_HEADS = new Set(['company', 'firm', 'corporation', 'carmaker', 'automaker', 'drugmaker', 'retailer', 'airline', 'insurer', 'lender', 'planemaker', 'manufacturer', 'employer', 'operator', 'shipbuilder', 'steelmaker', 'chipmaker', 'miner', 'utility', 'conglomerate']);
const CORPORATE_NAME = /\b(?:inc|corp|corporation|co|company|plc|llc|ltd|group|holdings|platforms|airlines?|motors?|pharmaceuticals?|bank|aircraft|aerospace|steel|securities|industries|technologies|systems|shipping|mining|automotive|electronics)\b\.?$/i;
/** Rules that found a company by the text's own evidence (see detect.ts). */
const COMPANY_RULES = new Set(['corporate-cue', 'recurring-agent']);
/** How far back the body must have been named: a description refers to what the reader has just read. */
const WINDOW_SENTENCES = 4;

/** "the ministry", "the striking union": not "the union of X" (a name) nor "the party leader" (a person). */
const DESCRIPTION = new RegExp(
  String.raw`\b[Tt]he\s+(?:[a-z][a-z-]+\s+)?(${[...NAMED_HEADS, ...COMPANY_HEADS].join('|')})\b(?!\s+of\s+\p{Lu})(?![-\s]+(?:leaders?|chief|chairman|chairwoman|president|spokes\w*|officials?|members?|head|boss|secretary)\b)`,
  'gu',
);

/**
 * Modifiers that set the described body apart from the one just named ("the other party", "the rival union",
 * "the central bank" after a commercial bank): the description is then someone else.
 */
const OTHER_BODY = /^(?:other|another|rival|opposition|opposing|central|former|new|foreign|federal|national|world|ruling|governing|main|largest|biggest|smaller|second|first|third|next|previous|local|regional|international|global|state|two|both|each|either|neither|same)$/;

interface Description {
  start: number;
  end: number;
  head: string;
  sentence: number;
}

/** Words for a state's armed forces: "the army" after "Myanmar's military" is that military. */
const STATE_FORCE_HEADS = new Set(['army', 'military']);

/** Heads of workers' bodies a report may go on to call "the union". */
const LABOUR_HEADS = ['association', 'guild', 'federation', 'brotherhood', 'confederation', 'syndicate', 'teamsters'];

export function withBodyDescriptions(text: string, sentences: readonly Sentence[], local: LocalResolution): LocalResolution {
  const { entities, mentions } = local;
  const descriptions: Description[] = [];
  sentences.forEach((s, si) => {
    if (!CONTENT_ZONES.has(s.zone)) return;
    const body = text.slice(s.start, s.end);
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(body); m; m = DESCRIPTION.exec(body)) {
      const modifier = /^\S+\s+(\S+)\s+\S+$/.exec(m[0])?.[1]?.toLowerCase();
      if (modifier && OTHER_BODY.test(modifier)) continue;
      descriptions.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, head: m[1]!, sentence: si });
    }
  });
  if (descriptions.length === 0) return local;

  // One sweep in text order: for each body, where it was last named and what its names so far say it is.
  const seen = new Map<number, { last: number; sentence: number; words: Set<string>; heads: Set<string>; company: boolean; opened?: number }>();
  const sentenceAt = sentenceIndex(sentences);
  const added: Mention[] = [];
  let next = 0;
  for (const d of descriptions) {
    for (; next < mentions.length && mentions[next]!.end <= d.start; next++) {
      const x = mentions[next]!;
      const e = entities[x.entity];
      if (!e || e.type === 'person') continue;
      const state = seen.get(x.entity) ?? { last: 0, sentence: 0, words: new Set<string>(), heads: new Set<string>(), company: false };
      state.last = x.start;
      state.sentence = sentenceAt(x.start);
      const words = x.text.toLowerCase().match(/\p{L}+/gu) ?? [];
      for (const w of words) state.words.add(w);
      if (words.length) state.heads.add(words[words.length - 1]!);
      state.company ||= e.type === 'organization' && (CORPORATE_NAME.test(x.text) || COMPANY_RULES.has(x.provenance.rule));
      // The sentence this body opens as its subject ("Meta said ... on Facebook and Instagram"): a later description means it.
      const st = sentences[state.sentence];
      if (st && /^[\s"“‘']*(?:\p{L}+\s+){0,2}$/u.test(text.slice(st.start, x.start))) state.opened = state.sentence;
      seen.set(x.entity, state);
    }
    // Mentions before `next` end before the description; of the rest, one starting inside it overlaps it.
    if (next < mentions.length && mentions[next]!.start < d.end) continue;
    const company = COMPANY_HEADS.has(d.head);
    let best: { entity: number; last: number; sentence: number; opens: boolean } | null = null;
    // "the league" with a league and its players' association named: the body whose name the noun heads comes first.
    const headed = !company && [...seen.values()].some((state) => state.heads.has(d.head));
    // "the union" for a players' association or a guild, when no body named so far is called a union.
    const labour = !company && d.head === 'union' && ![...seen.values()].some((state) => state.words.has('union'));
    for (const [entity, state] of seen) {
      const fits = company ? state.company : headed ? state.heads.has(d.head) : labour ? LABOUR_HEADS.some((h) => state.words.has(h)) : state.words.has(d.head);
      if (!fits && !(STATE_FORCE_HEADS.has(d.head) && entities[entity]!.type !== 'group' && [...STATE_FORCE_HEADS].some((h) => state.words.has(h)))) continue;
      // "the army" is a state's army: a rebel group whose own name ends in "Army" is "the group" to the writer.
      if (STATE_FORCE_HEADS.has(d.head) && entities[entity]!.type === 'group') continue;
      const opens = state.opened === state.sentence;
      if (!best || state.sentence > best.sentence || (state.sentence === best.sentence && (opens && !best.opens || (opens === best.opens && state.last > best.last)))) best = { entity, last: state.last, sentence: state.sentence, opens };
    }
    if (!best || d.sentence - best.sentence > WINDOW_SENTENCES) continue;
    added.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), entity: best.entity, kind: 'title', provenance: { stage: 'actors', rule: 'body-description', confidence: 0.7 } });
    // A description keeps its body in the reader's mind as a name does: "the army ... the army ... the army".
    const state = seen.get(best.entity)!;
    state.last = d.start;
    state.sentence = d.sentence;
  }
  if (added.length === 0) return local;
  // Mentions stay in text order; entities keep pointing at theirs.
  const all = [...mentions, ...added].sort((a, b) => a.start - b.start);
  const outEntities: LocalEntity[] = entities.map((e) => ({ ...e, mentions: [] }));
  all.forEach((x, i) => outEntities[x.entity]!.mentions.push(i));
  return { entities: outEntities, mentions: all };
}

/** The index of the sentence holding a text position (binary search over the sentence starts). */
function sentenceIndex(sentences: readonly Sentence[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
