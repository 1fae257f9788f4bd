/**
 * Persons across articles: pairwise clustering F1 over gold mention occurrences, and whether each gold
 * person's actor carries the gold canonical name. Also the detection recall of countries and organizations.
 */
import { CONTENT_ZONES } from '../core/model.js';
import { sameFullName, translitKey } from '../stages/actors/names.js';
import type { Store } from '../store/store.js';
import { prf, type EvalInput, type EvalTask, type TaskReport } from './types.js';

interface StoredMention {
  start: number;
  end: number;
  text: string;
  actorId: string | null;
  type: string;
}

interface Occurrence {
  doc: string;
  gold: string;
  text: string;
  start: number;
  end: number;
  actor: string | null;
  /** The stored mention it matched, for the misses list. */
  via: string | null;
}

function storedMentions(store: Store, docId: string): StoredMention[] {
  return store.db
    .prepare(
      `SELECT m.start AS start, m."end" AS "end", m.text AS text, m.actor_id AS actorId, e.type AS type
       FROM mentions m JOIN entities e ON e.doc_id = m.doc_id AND e.idx = m.entity_idx WHERE m.doc_id = ? ORDER BY m.start`,
    )
    .all(docId) as StoredMention[];
}

/** Every word-bounded occurrence of a string in the text's content zones. */
function occurrencesOf(text: string, s: string, inContent: (pos: number) => boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + s.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    if (!inContent(i)) continue;
    out.push({ start: i, end: i + s.length });
  }
  return out;
}

/**
 * The stored mention a gold occurrence refers to: one with the same span, else the one of the wanted
 * type with the largest overlap (gold strings may include a role: "Kremlin spokesman Dmitry Peskov").
 */
function matchMention(mentions: readonly StoredMention[], start: number, end: number, types: readonly string[]): StoredMention | null {
  let best: StoredMention | null = null;
  let bestOverlap = 0;
  for (const m of mentions) {
    if (m.start >= end) break;
    if (m.end <= start || !types.includes(m.type)) continue;
    if (m.start === start && m.end === end) return m;
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best;
}

function goldOccurrences(input: EvalInput, types: readonly string[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const { gold, doc } of input.pairs) {
    const zones = doc.zones;
    const inContent = (pos: number) => {
      const z = zones.find((z) => z.start <= pos && pos < z.end);
      return !z || CONTENT_ZONES.has(z.kind) || z.kind === 'heading';
    };
    const mentions = storedMentions(input.store, doc.id);
    const taken: { start: number; end: number }[] = [];
    for (const actor of gold.actors) {
      if (!types.includes(actor.type)) continue;
      // Longest strings first, so "Putin" inside "Vladimir Putin" is not counted twice.
      const strings = [...new Set(actor.mentions)].sort((a, b) => b.length - a.length);
      for (const s of strings) {
        for (const o of occurrencesOf(doc.text, s, inContent)) {
          if (taken.some((t) => t.start <= o.start && o.end <= t.end)) continue;
          taken.push(o);
          const m = matchMention(mentions, o.start, o.end, types);
          occurrences.push({ doc: doc.name, gold: actor.name, text: s, start: o.start, end: o.end, actor: m?.actorId ?? null, via: m ? m.text : null });
        }
      }
    }
  }
  return occurrences;
}

export const personsTask: EvalTask = (input: EvalInput): TaskReport => {
  const occ = goldOccurrences(input, ['person']);
  const misses: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const pred = occ.map((o, i) => o.actor ?? `\u0000unmatched-${i}`);
  for (let i = 0; i < occ.length; i++) {
    for (let j = i + 1; j < occ.length; j++) {
      const sameGold = occ[i]!.gold === occ[j]!.gold;
      const samePred = pred[i] === pred[j];
      if (sameGold && samePred) tp++;
      else if (samePred) fp++;
      else if (sameGold) fn++;
    }
  }
  const { precision, recall, f1 } = prf(tp, fp, fn);

  // The actor each gold person mostly landed in.
  const byGold = new Map<string, Occurrence[]>();
  for (const o of occ) byGold.set(o.gold, [...(byGold.get(o.gold) ?? []), o]);
  let correct = 0;
  let exact = 0;
  for (const [goldName, os] of byGold) {
    const votes = new Map<string, number>();
    for (const o of os) if (o.actor) votes.set(o.actor, (votes.get(o.actor) ?? 0) + 1);
    const top = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    const actor = top ? input.store.get(top[0]) : undefined;
    // A known variant of the given name is the same name ("Benjamin Cardin" for gold "Ben Cardin").
    const ok = !!actor && (actor.name === goldName || translitKey(actor.name) === translitKey(goldName) || sameFullName(actor.name, goldName));
    if (ok) correct++;
    if (actor?.name === goldName) exact++;
    if (!ok) misses.push(`canonical: gold "${goldName}" → ${actor ? `actor ${actor.id} named "${actor.name}"` : 'no actor'}`);
    for (const o of os) {
      if (!o.actor) misses.push(`unmatched: "${o.text}" (${goldName}) in ${o.doc} @${o.start}`);
      else if (top && o.actor !== top[0]) misses.push(`split: "${o.text}" (${goldName}) in ${o.doc} → ${o.actor} (via "${o.via}"), majority ${top[0]}`);
    }
  }
  // Different gold persons that share an actor.
  const goldsOf = new Map<string, Set<string>>();
  for (const o of occ) if (o.actor) goldsOf.set(o.actor, (goldsOf.get(o.actor) ?? new Set()).add(o.gold));
  for (const [actorId, golds] of goldsOf) if (golds.size > 1) misses.push(`merged: actor ${actorId} holds ${[...golds].map((g) => `"${g}"`).join(', ')}`);

  const others = goldOccurrences(input, ['country', 'organization', 'group']);
  const found = others.filter((o) => o.actor !== null).length;
  for (const o of others) if (!o.actor) misses.push(`actors: "${o.text}" (${o.gold}) not detected in ${o.doc} @${o.start}`);
  const persons = byGold.size;
  return {
    task: 'persons',
    metrics: [
      { name: 'pairwise F1 (person mentions)', value: f1, bar: 0.95, detail: `P=${precision.toFixed(3)} R=${recall.toFixed(3)} tp=${tp} fp=${fp} fn=${fn} over ${occ.length} mentions` },
      { name: 'canonical name accuracy', value: persons ? correct / persons : 1, bar: 0.9, detail: `${correct}/${persons} (${exact} spelled exactly as gold)` },
      { name: 'actors: country/org mention recall', value: others.length ? found / others.length : 1, detail: `${found}/${others.length}` },
    ],
    misses,
  };
};
