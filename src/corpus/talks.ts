/**
 * Which talks a discovered object belongs to, across the corpus. A report names the parties of multilateral
 * talks it sees ("talks between Norway, the EU, the UK, Iceland and the Faroe Islands"), another report on the
 * same talks names only the two that clash ("Iceland and Norway"): the same object then carries two
 * negotiations (`auto:deal@iceland+norway`, `auto:deal@european-union+faroe-islands+iceland+norway+united-kingdom`).
 * The corpus views show a negotiation whose sides all belong to a multilateral one, and that shares an object
 * with it, as that multilateral one, so positions and changes of position line up.
 *
 * Computed when read, from the set of qualified ids alone: stored stances keep the ids their reports gave
 * (nothing stored is rewritten, and ingest stays incremental), and the answer does not depend on the order
 * in which reports arrived.
 */
import type { Store } from '../store/store.js';
import { objectHead, splitQualified } from './propositions.js';

/** A discovered id's talks: every id maps to itself unless it is shown as a multilateral negotiation's. */
export interface TalksMerge {
  /** The id the corpus views show `id` as (itself when no merge applies). */
  shownAs(id: string): string;
  /** The stored ids shown as `id`'s talks' id (with that id), e.g. for a filter on a proposition as shown. */
  members(id: string): string[];
  /** Number of ids shown as another. */
  readonly size: number;
}

/** No merge at all. */
export const NO_TALKS_MERGE: TalksMerge = { shownAs: (id) => id, members: (id) => [id], size: 0 };

/**
 * The negotiation (sides key, `a+b+c`) each negotiation is shown as: a key whose sides are all sides of
 * multilateral keys (three sides or more) that share an object (by head word) with it is shown as the largest of them; when
 * those keys are no chain (two different multilateral talks contain it, neither containing the other) it is
 * ambiguous and stays itself. Pure.
 */
export function talksOfKeys(objectsByKey: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string> {
  const sidesOf = new Map<string, string[]>();
  for (const key of objectsByKey.keys()) sidesOf.set(key, key.split('+'));
  // Multilateral keys by side: the candidates for a key are those under its first side (a superset holds it).
  const multiBySide = new Map<string, string[]>();
  for (const [key, sides] of sidesOf) {
    if (sides.length < 3) continue;
    for (const s of sides) multiBySide.set(s, [...(multiBySide.get(s) ?? []), key]);
  }
  const out = new Map<string, string>();
  if (!multiBySide.size) return out;
  for (const [key, sides] of sidesOf) {
    const objects = objectsByKey.get(key)!;
    const supersets = (multiBySide.get(sides[0]!) ?? []).filter((m) => {
      const ms = sidesOf.get(m)!;
      if (m === key || ms.length <= sides.length || !sides.every((s) => ms.includes(s))) return false;
      // One object in common: the same talks, not two negotiations that happen to share parties.
      for (const o of objectsByKey.get(m)!) if (objects.has(o)) return true;
      return false;
    });
    if (!supersets.length) continue;
    const largest = supersets.reduce((a, b) => (sidesOf.get(b)!.length > sidesOf.get(a)!.length || (sidesOf.get(b)!.length === sidesOf.get(a)!.length && b < a) ? b : a));
    const top = sidesOf.get(largest)!;
    if (supersets.every((m) => sidesOf.get(m)!.every((s) => top.includes(s)))) out.set(key, largest);
  }
  // Talks shown as talks that are themselves shown as larger ones are shown as those (each step is strictly
  // larger, so this ends).
  for (const [key, to] of out) {
    let end = to;
    while (out.has(end)) end = out.get(end)!;
    out.set(key, end);
  }
  return out;
}

/** The merge over a set of stored discovered ids (`auto:deal@a+b`; others are ignored). Pure. */
export function talksMerge(ids: Iterable<string>): TalksMerge {
  const objectsByKey = new Map<string, Set<string>>();
  const all: string[] = [];
  for (const id of ids) {
    if (!id.startsWith('auto:')) continue;
    const at = id.indexOf('@');
    if (at < 0) continue;
    all.push(id);
    const key = id.slice(at + 1);
    let objects = objectsByKey.get(key);
    if (!objects) objectsByKey.set(key, (objects = new Set()));
    // By head: "herring deal" in one report and "the deal" in another are one object of the talks.
    objects.add(objectHead(id.slice(0, at)));
  }
  const keyTo = talksOfKeys(objectsByKey);
  if (!keyTo.size) return NO_TALKS_MERGE;
  const shown = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const id of all) {
    const { base } = splitQualified(id);
    const to = keyTo.get(id.slice(id.indexOf('@') + 1));
    if (!to) continue;
    const target = `${base}@${to}`;
    shown.set(id, target);
    members.set(target, [...(members.get(target) ?? [target]), id]);
  }
  return {
    shownAs: (id) => shown.get(id) ?? id,
    members: (id) => {
      const to = shown.get(id) ?? id;
      return members.get(to) ?? [to];
    },
    size: shown.size,
  };
}

/** Discovered ids of the stored stances, whose sides name a negotiation. */
const QUALIFIED_IDS = `SELECT DISTINCT proposition AS id FROM stances WHERE proposition LIKE 'auto:%@%'`;

/** The merge over the whole store (every period and filter sees the same talks). */
export function storedTalksMerge(db: Store['db']): TalksMerge {
  return talksMerge((db.prepare(QUALIFIED_IDS).pluck().all() as string[]));
}

/**
 * The talks a proposition belongs to, for borrowing dates: a discovered object's sides (`auto:deal@a+b`), or
 * '' for a pack's propositions (a pack describes one negotiation).
 */
export function talksKey(proposition: string | undefined): string {
  const at = proposition ? proposition.indexOf('@') : -1;
  return at < 0 ? '' : proposition!.slice(at + 1);
}
