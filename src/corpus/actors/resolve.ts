/**
 * Cross-article actor resolution, incremental: each new document's local entities are looked up
 * through blocking keys (pack id, normalised full name, double-metaphone codes, transliteration prefix
 * and consonant skeleton of the surname) and scored with Jaro-Winkler, given-name agreement and
 * party/role agreement. Cost per entity is bounded by its key buckets, never by the corpus size.
 */
import { doubleMetaphone } from 'double-metaphone';
import type { DocumentAnalysis, LocalEntity } from '../../core/model.js';
import type { KnowledgeBase } from '../../packs/load.js';
import { gazetteerFor, matchPackPerson } from '../../stages/actors/gazetteer.js';
import { GIVEN_NAMES } from '../../stages/actors/data/given-names.js';
import { fold } from '../../core/text.js';
import { actorSlug, compoundSurnames, consonantSkeleton, fullNameKey, givenNameAgreement, jaroWinkler, nameParts, surnameCore, surnameKey, surnameKeySimilarity, translitKey, usualName, type NameParts } from '../../stages/actors/names.js';
import type { ActorDirectory, ActorRecord, EntityResolution } from './types.js';
import { qualifyProposition, sideOf, splitQualified } from '../propositions.js';

const slug = actorSlug;

/** Keys under which a person with this surname (and full name) is found again. */
export function personKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    const p = nameParts(n);
    if (!p.surname) continue;
    if (p.given) keys.add(`n:${fullNameKey(n)}`);
    for (const surname of [p.surname, ...compoundSurnames(n, p)]) {
      const t = surnameKey(surname);
      if (t.length >= 2) keys.add(`k:${t.slice(0, 3)}`);
      const sk = consonantSkeleton(surname);
      if (sk.length >= 2) keys.add(`sk:${sk}`);
      for (const code of doubleMetaphone(fold(surnameCore(surname)))) if (code) keys.add(`m:${code}`);
      // "Van Hecke" and "Vanhecke": a particle written apart or fused is one surname.
      keys.add(`j:${joinedKey(surname)}`);
    }
  }
  return [...keys];
}

function otherKeys(type: string, names: readonly string[]): string[] {
  // "Machinists Guild, Local 12" and "Machinists Guild Local 12", "U.S. Navy" and "US Navy": punctuation is a report's house style, not another name.
  return [...new Set(names.map((n) => `${type[0]}:${fold(n).replace(/^the\s+/, '').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim()}`))];
}

/**
 * The name and acronym keys of a stored body, by its type and names: each document compares its bodies with
 * the same stored ones, whose keys (folded names, initials) were most of that comparison. Bounded.
 */
const storedKeysByNames = new Map<string, readonly string[]>();
const STORED_KEYS = 20_000;

function storedKeys(actor: ActorRecord): readonly string[] {
  const key = `${actor.type}\u0000${actor.name}\u0000${actor.aliases.join('\u0000')}`;
  let keys = storedKeysByNames.get(key);
  if (!keys) {
    if (storedKeysByNames.size >= STORED_KEYS) storedKeysByNames.clear();
    const names = [actor.name, ...actor.aliases];
    storedKeysByNames.set(key, (keys = [...otherKeys(actor.type, names), ...acronymKeys(actor.type, names).own]));
  }
  return keys;
}

// Linking words an acronym skips ("National Institute for Health and Care Excellence" is NICE, "Ejército de
// Liberación Nacional" is ELN).
const ACRONYM_SKIPS = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'la', 'el', 'des', 'du', 'y', 'et', '&']);

/**
 * Keys that tie an acronym to its expansion ("NHS", "National Health Service"): `own` are a name's (stored),
 * `partner` the ones it looks up. An expansion meets only a bare acronym, never another expansion with the
 * same initials ("Associated Press" is not "Arab Parliament"). No entity-linking library reads acronyms of
 * unseen bodies without a knowledge base, hence by hand.
 */
function acronymKeys(type: string, names: readonly string[]): { own: string[]; partner: string[] } {
  const own: string[] = [];
  const partner: string[] = [];
  for (const n of names) {
    const t = n.replace(/^the\s+/i, '').trim();
    if (/^\p{Lu}{2,6}$/u.test(t)) {
      own.push(`${type[0]}:acronym:${fold(t)}`);
      partner.push(`${type[0]}:expansion:${fold(t)}`);
      continue;
    }
    const words = t.split(/\s+/);
    if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || ACRONYM_SKIPS.has(w.toLowerCase()))) continue;
    const initials = fold(words.filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase())).map((w) => w[0]!).join(''));
    if (initials.length < 2 || initials.length > 6) continue;
    own.push(`${type[0]}:expansion:${initials}`);
    partner.push(`${type[0]}:acronym:${initials}`);
  }
  return { own: [...new Set(own)], partner: [...new Set(partner)] };
}

// A surname's particle capitalised at the start of a sentence ("Von der Leyen called the deal ...") is read
// as a given name; "von" never is one, and "De"/"Van" are one only when no other particle follows.
const LEADING_PARTICLE = /^(?:von|vom|zu|de|di|da|du|del|della|dos|das|van|ter|ten)$/i;
const INNER_PARTICLE = /^(?:der|den|de|la|le|los|las|del|dos|das|van|von)\s/i;

function personForms(names: readonly string[]): NameParts[] {
  return names
    .map(nameParts)
    .filter((p) => p.surname)
    .map((p) =>
      p.given && !/\s/.test(p.given) && LEADING_PARTICLE.test(p.given) && (/^vo[nm]$/i.test(p.given) || INNER_PARTICLE.test(p.surname))
        ? { ...p, given: null, surname: `${p.given.toLowerCase()} ${p.surname}` }
        : p,
    );
}


/** A person's name form with its surname key (`surnameKey`), which the scoring compares. */
interface KeyedForm extends NameParts {
  key: string;
  /** The whole surname, particles and all, written as one word ("vanhecke"). */
  joined: string;
}

/** A surname's transliteration key with its particles kept and spaces, hyphens and apostrophes dropped. */
function joinedKey(surname: string): string {
  return translitKey(surname.replace(/[\s'’-]+/g, ''));
}

function keyedForms(names: readonly string[]): KeyedForm[] {
  const forms: KeyedForm[] = [];
  const keyed = (given: string | null, surname: string): KeyedForm => ({ given, surname, key: surnameKey(surname), joined: joinedKey(surname) });
  for (const n of names) {
    for (const p of personForms([n])) {
      forms.push(keyed(p.given, p.surname));
      for (const other of compoundSurnames(n, p)) forms.push(keyed(p.given, other));
    }
  }
  return forms;
}

/**
 * `keyedForms` of a stored person's names, by the names: every document compares its persons with the same
 * few hundred stored ones, and splitting and keying their aliases again was most of the scoring. Bounded.
 */
const actorFormsByNames = new Map<string, KeyedForm[]>();
const ACTOR_FORMS = 20_000;

function actorForms(actor: ActorRecord): KeyedForm[] {
  const key = actor.aliases.length ? `${actor.name}\u0000${actor.aliases.join('\u0000')}` : actor.name;
  let forms = actorFormsByNames.get(key);
  if (!forms) {
    if (actorFormsByNames.size >= ACTOR_FORMS) actorFormsByNames.clear();
    actorFormsByNames.set(key, (forms = keyedForms([actor.name, ...actor.aliases])));
  }
  return forms;
}

/** How well an entity's written names fit a stored person; null when they cannot be one person. */
function personScore(entityForms: KeyedForm[], actor: ActorRecord, contextAgrees = false): number | null {
  const stored = actorForms(actor);
  let best: number | null = null;
  let conflict = false;
  // "Luis Rubio" (and his "Rubio") is not Marco Rubio: a full name whose given name differs rules the
  // person out, whatever the bare surname matches, unless another full name of the entity agrees.
  let givenConflict = false;
  let givenAgrees = false;
  for (const a of entityForms) {
    for (const b of stored) {
      const fused = a.joined === b.joined && a.joined.length >= 5;
      const gap = Math.abs(a.key.length - b.key.length);
      if (gap > 2 && !fused) continue;
      const sim = fused ? 1 : surnameKeySimilarity(a.key, b.key);
      if (sim < 0.88) continue;
      const agreement = givenNameAgreement(a.given, b.given);
      if (sim >= 0.97 && a.given && b.given) {
        if (agreement === 'same' || agreement === 'variant' || agreement === 'initial' || agreement === 'near') givenAgrees = true;
        else if (agreement !== 'unknown') givenConflict = true;
      }
      let score: number;
      if (agreement === 'same') score = sim + 0.1;
      else if (agreement === 'variant' || agreement === 'initial') score = sim + 0.05;
      else if (agreement === 'near') score = sim >= 0.93 ? sim : -1;
      else if (agreement === 'unknown') {
        // A bare surname spelt one way here and another there ("Hauglund" / "Haugland") is the same person only
        // when the report gives the same role or side; alone, 0.97 keeps "Hansen" from "Jansen".
        const spun = contextAgrees && sim >= 0.93 && a.key[0] === b.key[0] && a.key.length >= 6;
        score = sim >= 0.97 || spun ? sim - 0.02 : -1;
      }
      else {
        if (sim >= 0.97) conflict = true;
        score = -1;
      }
      if (score >= 0 && (best === null || score > best)) best = score;
    }
  }
  // Same surname, different given names, and no better form: two people.
  if (best === null && conflict) return null;
  if (givenConflict && !givenAgrees) return null;
  return best;
}

/**
 * `canonicalPersonName` results by alias list: a known person's aliases rarely change from one document to
 * the next, and the medoid costs a Jaro-Winkler per pair of spellings. Bounded; cleared when full.
 */
const canonicalNames = new Map<string, string>();
const CANONICAL_NAMES = 20_000;

function canonicalPersonName(aliases: readonly string[], fallback: string): string {
  const key = JSON.stringify([fallback, aliases]);
  let name = canonicalNames.get(key);
  if (name === undefined) {
    if (canonicalNames.size >= CANONICAL_NAMES) canonicalNames.clear();
    canonicalNames.set(key, (name = computeCanonicalPersonName(aliases, fallback)));
  }
  return name;
}

function computeCanonicalPersonName(aliases: readonly string[], fallback: string): string {
  const full = aliases.filter((a) => {
    const p = nameParts(a);
    return p.given && p.given.length > 1 && p.surname.length > 1 && /^\p{Lu}/u.test(p.given);
  });
  if (full.length === 0) return fallback;
  // The variant closest to all the others (a medoid) stands for the spellings seen; given names from the
  // lexicon win ties, then the earliest seen.
  let best = full[0]!;
  let bestScore = -Infinity;
  for (const a of full) {
    let s = 0;
    for (const b of full) s += jaroWinkler(translitKey(a), translitKey(b));
    if (GIVEN_NAMES.has(nameParts(a).given!.toLowerCase())) s += 0.01;
    if (s > bestScore + 1e-9) {
      best = a;
      bestScore = s;
    }
  }
  return usualName(best);
}

/**
 * Resolves a document's local entities to corpus actors: pack actors by pack id, others by blocking
 * keys and scoring. Returns the actor id of every entity and the records to write.
 */
export function resolveEntities(analysis: Pick<DocumentAnalysis, 'entities' | 'mentions'>, directory: ActorDirectory, kb: KnowledgeBase): EntityResolution {
  const g = gazetteerFor(kb);
  const actorIds: string[] = [];
  const upserts = new Map<string, { actor: ActorRecord; keys: Set<string> }>();
  const lookup = (id: string): ActorRecord | undefined => upserts.get(id)?.actor ?? directory.get(id);
  const candidatesFor = (keys: string[]): ActorRecord[] => {
    const found = new Map<string, ActorRecord>();
    for (const c of directory.candidates(keys)) found.set(c.id, upserts.get(c.id)?.actor ?? c);
    for (const { actor, keys: ks } of upserts.values()) if (keys.some((k) => ks.has(k))) found.set(actor.id, actor);
    return [...found.values()];
  };

  // Bodies first, so a person's side named by its body's slug in this report ("halvorsen" for "Halvorsen",
  // stored as "halvorsen-pharma") is compared as the body's actor id, not as a different side.
  const bodySide = new Map<string, string>();
  const givenOnly = givenNameReferences(analysis.entities);
  // Persons named by a given name alone come after the full names they point to.
  const rank = (i: number) => (analysis.entities[i]!.type === 'person' ? 1 : 0) + (givenOnly.has(i) ? 1 : 0);
  const order = analysis.entities.map((_, i) => i).sort((a, b) => rank(a) - rank(b));
  for (const index of order) {
    const entity = analysis.entities[index]!;
    const names = entityNames(entity, analysis);
    const fullIndex = givenOnly.get(index);
    if (fullIndex !== undefined && actorIds[fullIndex] !== undefined) {
      const entry = upserts.get(actorIds[fullIndex]!)!;
      for (const n of names) if (!entry.actor.aliases.includes(n)) entry.actor.aliases.push(n);
      actorIds[index] = actorIds[fullIndex]!;
      continue;
    }
    const side = entity.party ? (bodySide.get(entity.party) ?? entity.party) : null;
    let packId = entity.packId;
    if (!packId && entity.type === 'person') {
      for (const p of personForms(names)) {
        const m = matchPackPerson(g, p.given, p.surname);
        if (m && m.rule !== 'pack-surname') {
          packId = m.id;
          break;
        }
      }
    }
    const acronyms = entity.type === 'person' ? { own: [], partner: [] } : acronymKeys(entity.type, names);
    const keys = entity.type === 'person' ? personKeys(names) : [...otherKeys(entity.type, names), ...acronyms.own];
    let id: string | null = null;
    if (packId && kb.actors.has(packId)) {
      id = packId;
    } else if (entity.type === 'person') {
      const forms = keyedForms(names);
      let best: { actor: ActorRecord; score: number } | null = null;
      // "Hanse Kreditbank" read as a person in one report (a title pinned on it from an apposition: "a bid for
      // Hanse Kreditbank, a senior official said") is the bank other reports name: a body's full name of two
      // words or more, stored as that body, is no one's personal name. Looked up with the person's keys at once.
      const bodyKeys = /\s/.test(entity.name.trim()) ? [...otherKeys('organization', [entity.name]), ...otherKeys('group', [entity.name])] : [];
      const candidates = candidatesFor([...keys, ...bodyKeys]);
      let runnerUp = -1;
      for (const c of candidates) {
        if (c.type !== 'person') continue;
        if (side && c.party && side !== c.party) continue;
        const sameRole = entity.roles.length > 0 && c.roles.length > 0 && sharesRoleHead(entity.roles, c.roles);
        let score = personScore(forms, c, sameRole || (!!side && c.party === side));
        if (score === null) continue;
        if (sameRole) score += 0.03;
        score += Math.min(c.mentionCount, 50) / 10000;
        if (score < 0.9) continue;
        if (!best || score > best.score) {
          if (best) runnerUp = Math.max(runnerUp, best.score);
          best = { actor: c, score };
        } else runnerUp = Math.max(runnerUp, score);
      }
      // "Quiroga" when "Mateo Quiroga Salas" and "Lucia Quiroga Paz" are both known: a bare surname that fits two
      // people about equally well (within 0.02, below what a role or a given name adds) names neither of them.
      if (best && runnerUp >= best.score - 0.02 && forms.every((f) => !f.given)) best = null;
      if (best) id = best.actor.id;
      else if (bodyKeys.length) {
        const wanted = new Set(bodyKeys);
        id = candidates.find((c) => (c.type === 'organization' || c.type === 'group') && otherKeys(c.type, [c.name, ...c.aliases]).some((k) => wanted.has(k)))?.id ?? null;
      }
    } else {
      const wanted = new Set([...otherKeys(entity.type, names), ...acronyms.partner]);
      const hit = candidatesFor([...wanted]).find((c) => c.type === entity.type && storedKeys(c).some((k) => wanted.has(k)));
      if (hit) id = hit.id;
    }
    if (!id) id = uniqueId(slug(entity.name), lookup);

    const known = lookup(id);
    const pack = kb.actors.get(id);
    const actor: ActorRecord = known
      ? { ...known, aliases: [...known.aliases], roles: [...known.roles] }
      : {
          id,
          name: pack?.name ?? entity.name,
          type: pack?.type ?? entity.type,
          packId: pack ? id : null,
          party: pack ? packParty(kb, id) : entity.party,
          roles: [],
          aliases: [],
          mentionCount: 0,
          docCount: 0,
        };
    for (const n of names) if (!actor.aliases.includes(n)) actor.aliases.push(n);
    for (const r of entity.roles) if (!actor.roles.includes(r)) actor.roles.push(r);
    if (!actor.party && entity.party && !pack) actor.party = entity.party;
    if (!pack && actor.type === 'person') actor.name = canonicalPersonName(actor.aliases, actor.name);
    const entry = upserts.get(id) ?? { actor, keys: new Set<string>() };
    entry.actor = actor;
    for (const k of keys) entry.keys.add(k);
    if (pack) entry.keys.add(`p:${id}`);
    upserts.set(id, entry);
    actorIds[index] = id;
    if (entity.type !== 'person' && entity.party === slug(entity.name)) bodySide.set(entity.party, id);
  }
  // A body that is a side of its own is named by its slug in the document; point to its actor id.
  const bodyIds = new Map<string, string>();
  analysis.entities.forEach((e, i) => {
    if (e.type !== 'person' && e.party === slug(e.name)) bodyIds.set(e.party, actorIds[i]!);
  });
  for (const entry of upserts.values()) {
    const p = entry.actor.party;
    if (p && !entry.actor.packId && bodyIds.has(p)) entry.actor.party = bodyIds.get(p)!;
  }
  // A party is an actor in its own right (rows of the positions matrix, targets of roll-up): make sure
  // every party an actor points to is stored, even when this article never names it.
  for (const { actor } of [...upserts.values()]) {
    const partyId = actor.party;
    if (!partyId || lookup(partyId)) continue;
    const party = kb.actors.get(partyId);
    if (!party) continue;
    upserts.set(partyId, {
      actor: { id: partyId, name: party.name, type: party.type, packId: partyId, party: packParty(kb, partyId), roles: [], aliases: [], mentionCount: 0, docCount: 0 },
      keys: new Set([`p:${partyId}`]),
    });
  }
  return { actorIds, upserts: [...upserts.values()].map(({ actor, keys }) => ({ actor, keys: [...keys] })) };
}

/**
 * Persons a report names by a given name alone after the full name ("Thai Defence Minister Prasert Chaiyaporn
 * ... Prasert said", as Thai, Icelandic and Indonesian reports do), by entity index: the full name's entity,
 * when exactly one person's name starts with that word and no person's name ends with it; or by a first surname
 * alone ("Rafael Sandoval Ortiz ... Sandoval said"), when exactly one name of three words or more holds it inside.
 */
export function givenNameReferences(entities: readonly Pick<LocalEntity, 'type' | 'name' | 'packId'>[]): Map<number, number> {
  const out = new Map<number, number>();
  const words = (e: Pick<LocalEntity, 'name'>) => e.name.trim().split(/\s+/);
  entities.forEach((e, i) => {
    if (e.type !== 'person' || e.packId || !/^\p{Lu}[\p{L}'’-]+$/u.test(e.name.trim())) return;
    const word = e.name.trim().toLowerCase();
    const full = entities.map((f, j) => ({ f, j })).filter(({ f }) => f.type === 'person' && words(f).length >= 2);
    const starts = full.filter(({ f }) => words(f)[0]!.toLowerCase() === word);
    if (full.some(({ f }) => words(f).at(-1)!.toLowerCase() === word)) return;
    if (starts.length === 1) return void out.set(i, starts[0]!.j);
    // "Bishop Rafael Sandoval Ortiz ... Sandoval told": a Spanish or Portuguese name of three words or more is
    // called by its first surname, an inner word, so that word alone is the same person.
    const inner = full.filter(({ f }) => words(f).length >= 3 && words(f).slice(1, -1).some((w) => w.toLowerCase() === word));
    if (starts.length === 0 && inner.length === 1) out.set(i, inner[0]!.j);
  });
  return out;
}

/** A pack actor's side: its pack party, or itself for a group with none (an armed or political movement). */
function packParty(kb: KnowledgeBase, id: string): string | null {
  return kb.partyOf(id) ?? (kb.actors.get(id)?.type === 'group' ? id : null);
}

function entityNames(entity: LocalEntity, analysis: Pick<DocumentAnalysis, 'mentions'>): string[] {
  const names: string[] = [];
  for (const m of entity.mentions) {
    const mention = analysis.mentions[m]!;
    if (mention.kind === 'name' && !names.includes(mention.text)) names.push(mention.text);
  }
  if (names.length === 0) names.push(entity.name);
  return names;
}

function sharesRoleHead(a: readonly string[], b: readonly string[]): boolean {
  const heads = (rs: readonly string[]) => new Set(rs.flatMap((r) => fold(r).split(/[^a-z]+/)).filter((w) => w.length > 3));
  const ha = heads(a);
  for (const w of heads(b)) if (ha.has(w)) return true;
  return false;
}

function uniqueId(base: string, lookup: (id: string) => ActorRecord | undefined): string {
  if (!lookup(base)) return base;
  for (let n = 2; ; n++) if (!lookup(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A document's analysis with each discovered object's sides named by the corpus actors they resolved to
 * (`auto:ceasefire@eln+colombia` → `auto:ceasefire@colombia+national-liberation-army` when "ELN" resolved to
 * the National Liberation Army named in full elsewhere), so reports that spell a side differently give one id.
 * A side no body of the report stands for keeps its slug.
 */
export function withResolvedSides(analysis: DocumentAnalysis, actorIds: readonly string[]): DocumentAnalysis {
  if (!analysis.stances.some((s) => s.proposition.includes('@'))) return analysis;
  const actorOfSide = new Map<string, string>();
  analysis.entities.forEach((e, i) => {
    if (e.type === 'person' || !actorIds[i]) return;
    const side = sideOf(e);
    if (side && !actorOfSide.has(side)) actorOfSide.set(side, actorIds[i]!);
  });
  let changed = false;
  const stances = analysis.stances.map((s) => {
    const { base, sides } = splitQualified(s.proposition);
    if (sides.length < 2) return s;
    // Multilateral talks keep each party once: two spellings of one actor are one side.
    const resolved = [...new Set(sides.map((side) => actorOfSide.get(side) ?? side))];
    if (resolved.length < sides.length && resolved.length < 2) return s;
    if (resolved.length === sides.length && resolved.every((r, k) => r === sides[k])) return s;
    changed = true;
    return { ...s, proposition: qualifyProposition(base, resolved) };
  });
  return changed ? { ...analysis, stances } : analysis;
}
