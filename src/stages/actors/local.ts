/**
 * Within-article resolution: clusters candidate mentions into local entities. Pack actors cluster by
 * pack id; persons by surname and compatible given names (so "Peskov" joins "Dmitry Peskov" and "Yuri
 * Ushak" joins "Yuri Ushakov"); title mentions join the person who holds that role; organizations by
 * name and by the acronym written after their name.
 */
import type { ActorType, LocalEntity, Mention } from '../../core/model.js';
import type { KnowledgeBase } from '../../packs/load.js';
import type { Candidate, RolePhrase } from './detect.js';
import { fold, givenNameAgreement, isTruncation, nameParts, surnameSimilarity, translitKey } from './names.js';

interface Cluster {
  type: ActorType;
  packId: string | null;
  key: string;
  members: Candidate[];
  forms: { given: string | null; surname: string }[];
  roles: RolePhrase[];
  /** Role words known for the entity (from the text and from its pack roles), for title mentions. */
  roleWords: Set<string>[];
  first: number;
}

export interface LocalResolution {
  entities: LocalEntity[];
  mentions: Mention[];
}

function packRoleWords(kb: KnowledgeBase, packId: string, date: string | null): Set<string>[] {
  const actor = kb.actors.get(packId);
  if (!actor) return [];
  return actor.roles
    .filter((r) => !date || ((!r.from || r.from <= date) && (!r.to || r.to >= date.slice(0, r.to.length))))
    .map((r) => new Set(fold(r.title).split(/[^a-z]+/).filter(Boolean).map((w) => (w === 'spokeswoman' || w === 'spokesperson' ? 'spokesman' : w === 'advisor' ? 'adviser' : w))));
}

function samePerson(c: Cluster, given: string | null, surname: string, strict: boolean): boolean {
  for (const f of c.forms) {
    const sim = surnameSimilarity(surname, f.surname);
    const trunc = isTruncation(surname, f.surname);
    if (sim < (strict ? 0.92 : 0.95) && !trunc) continue;
    const agreement = givenNameAgreement(given, f.given);
    if (agreement === 'different') continue;
    if (agreement === 'near' && sim < 1) continue;
    if (Math.abs(translitKey(surname).length - translitKey(f.surname).length) > 3) continue;
    return true;
  }
  return false;
}

export function resolveLocal(candidates: readonly Candidate[], kb: KnowledgeBase, published: string | null): LocalResolution {
  const clusters: Cluster[] = [];
  const assigned = new Map<Candidate, Cluster>();
  const byKey = new Map<string, Cluster>();
  const open = (c: Candidate, key: string): Cluster => {
    let cl = byKey.get(key);
    if (!cl) {
      cl = { type: c.type, packId: c.packId, key, members: [], forms: [], roles: [], roleWords: [], first: c.start };
      if (c.packId) {
        cl.roleWords.push(...packRoleWords(kb, c.packId, published));
        const actor = kb.actors.get(c.packId);
        if (actor && actor.type === 'person') for (const n of [actor.name, ...actor.aliases]) cl.forms.push(nameParts(n));
      }
      byKey.set(key, cl);
      clusters.push(cl);
    }
    return cl;
  };
  const join = (cl: Cluster, c: Candidate) => {
    cl.members.push(c);
    assigned.set(c, cl);
    cl.first = Math.min(cl.first, c.start);
    if (c.surname && c.given) cl.forms.push({ given: c.given, surname: c.surname });
    for (const r of c.roles) {
      cl.roles.push(r);
      cl.roleWords.push(new Set(r.words));
    }
  };

  // 1. Pack actors and organizations/countries by name.
  const acronymOf = new Map<string, Cluster>();
  for (const c of candidates) {
    if (c.kind === 'title') continue;
    if (c.packId) {
      join(open(c, `pack:${c.packId}`), c);
    } else if (c.type !== 'person') {
      const key = `${c.type}:${fold(c.text).replace(/^the\s+/, '')}`;
      const viaAcronym = acronymOf.get(fold(c.text));
      join(viaAcronym ?? open(c, key), c);
    }
    const cl = assigned.get(c);
    if (cl && c.acronym) acronymOf.set(fold(c.acronym), cl);
  }
  // An acronym seen before its expansion in the text still joins it.
  for (const c of candidates) {
    const cl = assigned.get(c);
    if (!cl || cl.packId || c.type === 'person') continue;
    const target = acronymOf.get(fold(c.text));
    if (target && target !== cl) moveMembers(cl, target, assigned);
  }

  // 2. Persons with a given name and a surname: join a person with the same surname and a compatible given name.
  for (const c of candidates) {
    if (c.type !== 'person' || c.kind === 'title' || assigned.has(c) || !c.given || !c.surname) continue;
    const match = clusters.find((cl) => cl.type === 'person' && samePerson(cl, c.given, c.surname!, true));
    join(match ?? open(c, `person:${translitKey(c.given)}|${translitKey(c.surname)}`), c);
  }

  // 3. Surname-only mentions: the nearest earlier person with that surname, else a later one.
  for (const c of candidates) {
    if (c.type !== 'person' || c.kind === 'title' || assigned.has(c) || !c.surname) continue;
    const alike = clusters.filter((cl) => cl.type === 'person' && cl.members.length > 0 && samePerson(cl, null, c.surname!, false));
    if (alike.length > 0) {
      const before = alike.filter((cl) => cl.first < c.start).sort((a, b) => b.first - a.first);
      join(before[0] ?? alike.sort((a, b) => a.first - b.first)[0]!, c);
    } else if (!c.tentative) {
      join(open(c, `person:|${translitKey(c.surname)}`), c);
    }
  }

  // 4. Title mentions: the person who holds that role, nearest before, else the only one.
  for (const c of candidates) {
    if (c.kind !== 'title' || !c.title) continue;
    const title = c.title;
    const want = title.words.filter((w) => w !== title.head);
    const holders = clusters.filter(
      (cl) =>
        cl.type === 'person' &&
        cl.members.length > 0 &&
        (!title.party || !cl.packId || kb.partyOf(cl.packId) === title.party || cl.roles.some((r) => r.party === title.party)) &&
        cl.roleWords.some((ws) => ws.has(title.head) && want.every((w) => ws.has(w))),
    );
    if (holders.length === 0) continue;
    const before = holders.filter((cl) => cl.first < c.start).sort((a, b) => lastBefore(b, c.start) - lastBefore(a, c.start));
    const pick = before[0] ?? (holders.length === 1 ? holders[0] : undefined);
    if (pick) join(pick, c);
  }

  return build(clusters.filter((cl) => cl.members.length > 0), kb);
}

function lastBefore(cl: Cluster, pos: number): number {
  let best = -1;
  for (const m of cl.members) if (m.start < pos && m.start > best) best = m.start;
  return best;
}

function moveMembers(from: Cluster, to: Cluster, assigned: Map<Candidate, Cluster>): void {
  for (const m of from.members) {
    to.members.push(m);
    assigned.set(m, to);
  }
  to.first = Math.min(to.first, from.first);
  from.members = [];
}

function build(clusters: Cluster[], kb: KnowledgeBase): LocalResolution {
  clusters.sort((a, b) => a.first - b.first);
  // Overlapping candidates: keep the longer (a name inside an organization's name is not a mention).
  const all: { c: Candidate; e: number }[] = [];
  clusters.forEach((cl, e) => cl.members.forEach((c) => all.push({ c, e })));
  all.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end);
  const kept: { c: Candidate; e: number }[] = [];
  for (const x of all) {
    const prev = kept[kept.length - 1];
    if (prev && x.c.start < prev.c.end) continue;
    kept.push(x);
  }
  const mentions: Mention[] = [];
  const perEntity: number[][] = clusters.map(() => []);
  for (const { c, e } of kept) {
    perEntity[e]!.push(mentions.length);
    mentions.push({ start: c.start, end: c.end, text: c.text, entity: e, kind: c.kind, provenance: { stage: 'actors', rule: c.rule, confidence: c.confidence } });
  }
  // Renumber entities that lost all their mentions to overlap.
  const entities: LocalEntity[] = [];
  const renumber = new Map<number, number>();
  clusters.forEach((cl, e) => {
    if (perEntity[e]!.length === 0) return;
    renumber.set(e, entities.length);
    const ms = perEntity[e]!.map((i) => mentions[i]!);
    entities.push({
      type: cl.type,
      name: bestName(cl, ms, kb),
      packId: cl.packId,
      party: partyOf(cl, kb),
      roles: [...new Set(cl.roles.map((r) => r.text))],
      mentions: perEntity[e]!,
    });
  });
  for (const m of mentions) m.entity = renumber.get(m.entity)!;
  return { entities, mentions };
}

function partyOf(cl: Cluster, kb: KnowledgeBase): string | null {
  if (cl.packId) return kb.partyOf(cl.packId);
  if (cl.type !== 'person') return null;
  for (const r of cl.roles) if (r.party) return r.party;
  return null;
}

function bestName(cl: Cluster, mentions: Mention[], kb: KnowledgeBase): string {
  const pack = cl.packId ? kb.actors.get(cl.packId) : undefined;
  if (cl.type === 'country' && pack) return pack.name;
  const names = mentions.filter((m) => m.kind === 'name').map((m) => m.text);
  if (names.length === 0) return pack?.name ?? mentions[0]!.text;
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const words = (s: string) => s.split(/\s+/).length;
  const target = pack ? translitKey(pack.name) : '';
  return [...count.keys()].sort((a, b) => {
    const byWords = Math.min(words(b), 3) - Math.min(words(a), 3);
    if (byWords) return byWords;
    if (target) {
      const d = Number(translitKey(b) === target) - Number(translitKey(a) === target);
      if (d) return d;
    }
    return count.get(b)! - count.get(a)!;
  })[0]!;
}
