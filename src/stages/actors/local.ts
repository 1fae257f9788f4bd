/**
 * Within-article resolution: clusters candidate mentions into local entities. Pack actors cluster by
 * pack id; persons by surname and compatible given names (so "Peskov" joins "Dmitry Peskov" and "Yuri
 * Ushak" joins "Yuri Ushakov"); title mentions join the person who holds that role; organizations by
 * name and by the acronym written after their name.
 */
import type { ActorType, LocalEntity, Mention } from '../../core/model.js';
import type { KnowledgeBase } from '../../packs/load.js';
import type { Candidate, RolePhrase } from './detect.js';
import { CORPORATE_TAILS, INDEPENDENT_ROLES, ORG_WORDS, ROLE_HEADS } from './data/lexicon.js';
import { fold } from '../../core/text.js';
import { actorSlug, compoundSurnames, givenNameAgreement, jaroWinkler, nameParts, surnameKey, translitKey, usualName } from './names.js';

interface NameForm {
  given: string | null;
  surname: string;
  /** surnameKey(surname), kept for the pairwise comparisons. */
  key: string;
}

interface Cluster {
  type: ActorType;
  packId: string | null;
  key: string;
  members: Candidate[];
  forms: NameForm[];
  roles: RolePhrase[];
  /** Role words known for the entity (from the text and from its pack roles), for title mentions. */
  roleWords: Set<string>[];
  /**
   * Keys of the forms and role-word sets already held: only `some` is ever asked of them, so a repeat adds
   * nothing, and a person named hundreds of times (a long transcript) made every comparison hundreds long.
   */
  held: Set<string>;
  /** Position in the resolution's cluster list (clusters are only appended until it is built). */
  at: number;
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

/** Whether a name (its given name and `surnameKey`) fits one of the cluster's name forms. */
function samePerson(c: Cluster, given: string | null, ka: string, strict: boolean): boolean {
  return c.forms.some((f) => formFits(f, given, ka, strict));
}

/** Whether a name (its given name and `surnameKey`) fits a name form. */
function formFits(f: NameForm, given: string | null, ka: string, strict: boolean): boolean {
  const kb = f.key;
  if (Math.abs(ka.length - kb.length) > 3) return false;
  // Jaro-Winkler without `surnameKeySimilarity`'s shared-skeleton rule: the 0.9 that rule gives is below both
  // thresholds here and, like any similarity short of 1, fails a 'near' given name all the same.
  const sim = !ka || !kb ? 0 : jaroWinkler(ka, kb);
  if (sim < (strict ? 0.92 : 0.95)) {
    const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
    if (!(short.length >= 4 && long.startsWith(short))) return false;
  }
  const agreement = givenNameAgreement(given, f.given);
  if (agreement === 'different') return false;
  if (agreement === 'near' && sim < 1) return false;
  return true;
}

/** Adds a name form the cluster does not hold yet; returns it, or null when it was held. */
function addForm(cl: Cluster, given: string | null, surname: string): NameForm | null {
  const held = `f\u0000${given ?? '\u0001'}\u0000${surname}`;
  if (cl.held.has(held)) return null;
  cl.held.add(held);
  const f = { given, surname, key: surnameKey(surname) };
  cl.forms.push(f);
  return f;
}

function addRoleWords(cl: Cluster, words: Set<string>): void {
  const held = `r\u0000${[...words].sort().join('\u0000')}`;
  if (cl.held.has(held)) return;
  cl.held.add(held);
  cl.roleWords.push(words);
}

/**
 * A bare surname matched to a pack person stands for that person only when the text backs it: the
 * person's full name, their country, or a role of theirs is written; and no person of the text with
 * that surname claims it ("Ortega" in a labour story is the union's Luis Ortega, not Nicaragua's).
 */
function demoteUnbackedSurnames(candidates: readonly Candidate[], kb: KnowledgeBase): Candidate[] {
  const countries = new Set<string>();
  const fullNamed = new Set<string>();
  const localSurnames = new Set<string>();
  for (const c of candidates) {
    if (c.type === 'country' && c.packId) countries.add(c.packId);
    else if (c.type === 'person' && c.kind === 'name') {
      if (c.packId && c.rule !== 'pack-surname') fullNamed.add(c.packId);
      else if (!c.packId && c.given && c.surname) localSurnames.add(surnameKey(c.surname));
    }
  }
  return candidates.map((c) => {
    if (c.rule !== 'pack-surname' || !c.packId || fullNamed.has(c.packId)) return c;
    const party = kb.partyOf(c.packId);
    const backed = !localSurnames.has(surnameKey(c.surname ?? '')) && ((party && countries.has(party)) || c.roles.some((r) => r.party && r.party === party));
    if (backed) return c;
    const cued = c.roles.some((r) => r.head !== '');
    return { ...c, packId: null, rule: 'surname-link', confidence: 0.6, tentative: !cued };
  });
}

/** Rank words a title must share with a role to name its holder ("the prime minister" is not the deputy prime minister). */
const RANK_WORDS = ['deputy', 'vice', 'assistant', 'under', 'associate', 'former', 'ex', 'co'];

/**
 * The general word news uses again for the holder of a specific post ("the special envoy ..., affirmed the
 * diplomat", "Senator ... the lawmaker"): a role holding the post holds the general word too. One way only:
 * "the envoy" is not any diplomat. Not "representative" (a trade or union representative is no lawmaker), nor
 * "leader" for a president or chairman: on an unseen set that joined
 * "the ... leader" to the president of another body.
 */
const GENERAL_ROLE_WORDS: readonly [string, readonly string[]][] = [
  ['diplomat', ['envoy', 'ambassador', 'consul', 'emissary', 'diplomat']],
  ['lawmaker', ['senator', 'congressman', 'congresswoman', 'congressmember', 'mp', 'mep', 'legislator', 'assemblyman', 'assemblywoman', 'assemblymember']],
  ['legislator', ['senator', 'congressman', 'congresswoman', 'congressmember', 'mp', 'mep', 'lawmaker', 'assemblyman', 'assemblywoman', 'assemblymember']],
  ['cleric', ['ayatollah', 'imam', 'rabbi', 'pastor', 'bishop', 'archbishop', 'cardinal', 'patriarch', 'mufti']],
];

/** Role words with "premier" and "prime minister" made one, and the general words for the post added. */
function normaliseRoleWords(ws: Iterable<string>): Set<string> {
  const set = new Set(ws);
  for (const [general, posts] of GENERAL_ROLE_WORDS) if (!set.has(general) && posts.some((w) => set.has(w))) set.add(general);
  if (set.has('prime') && set.has('minister')) set.add('premier');
  if (set.has('premier')) {
    set.add('prime');
    set.add('minister');
  }
  return set;
}

/** Normalised role words by the set or list they came from (neither is changed once made): a title is fitted to every role of every person. */
const normalised = new WeakMap<object, Set<string>>();
function normalisedOnce(words: ReadonlySet<string> | readonly string[]): Set<string> {
  let set = normalised.get(words);
  if (!set) normalised.set(words, (set = normaliseRoleWords(words)));
  return set;
}

/** Whether a title phrase names the holder of a role: its head and words all in the role, and the same rank. */
export function titleFits(title: RolePhrase, role: ReadonlySet<string>): boolean {
  const ws = normalisedOnce(role);
  const tw = normalisedOnce(title.words);
  if (!ws.has(title.head)) return false;
  for (const w of title.words) if (!ws.has(w)) return false;
  return RANK_WORDS.every((r) => ws.has(r) === tw.has(r));
}

/** A role phrase's word groups: "Deputy Prime Minister and Foreign Minister" is two roles. */
function roleWordSets(r: RolePhrase): Set<string>[] {
  const sets: Set<string>[] = [new Set()];
  for (const w of r.words) {
    if (w === '|') sets.push(new Set());
    else sets[sets.length - 1]!.add(w);
  }
  return sets.filter((x) => x.size > 0);
}

export function resolveLocal(input: readonly Candidate[], kb: KnowledgeBase, published: string | null): LocalResolution {
  const candidates = demoteUnbackedSurnames(input, kb);
  const clusters: Cluster[] = [];
  // Every name form in the order added, with its cluster's position: a name asked about again (step 2)
  // reads only the forms added since, not every form of every cluster (quadratic in a long document).
  const formLog: { at: number; cl: Cluster; form: NameForm }[] = [];
  const logForm = (cl: Cluster, form: NameForm | null) => {
    if (form) formLog.push({ at: cl.at, cl, form });
  };
  const assigned = new Map<Candidate, Cluster>();
  const byKey = new Map<string, Cluster>();
  const open = (c: Candidate, key: string): Cluster => {
    let cl = byKey.get(key);
    if (!cl) {
      cl = { type: c.type, packId: c.packId, key, members: [], forms: [], roles: [], roleWords: [], held: new Set(), at: clusters.length, first: c.start };
      if (c.packId) {
        for (const ws of packRoleWords(kb, c.packId, published)) addRoleWords(cl, ws);
        const actor = kb.actors.get(c.packId);
        if (actor && actor.type === 'person') for (const n of [actor.name, ...actor.aliases]) {
          const p = nameParts(n);
          logForm(cl, addForm(cl, p.given, p.surname));
        }
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
    if (c.surname && c.given) {
      logForm(cl, addForm(cl, c.given, c.surname));
      // "Lunde said" after "Marit Solberg-Lunde": either half of a hyphened surname names her again.
      if (/[-‐]/.test(c.surname)) for (const half of compoundSurnames(c.surname, { given: null, surname: c.surname })) logForm(cl, addForm(cl, c.given, half));
    }
    for (const r of c.roles) {
      cl.roles.push(r);
      for (const ws of roleWordSets(r)) addRoleWords(cl, ws);
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
  // "CUPW" where the report named the Canadian Union of Postal Workers without giving it in parentheses: an acronym
  // of three letters or more that spells the initials of one body named in full is that body.
  const byInitials = new Map<string, Cluster | null>();
  for (const c of candidates) {
    const cl = assigned.get(c);
    if (!cl || c.type !== 'organization' || !/\s/.test(c.text)) continue;
    const initials = c.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== 'The').map((w) => w[0]).join('');
    if (initials.length < 3) continue;
    const seen = byInitials.get(initials);
    byInitials.set(initials, seen === undefined || seen === cl ? cl : null);
  }
  for (const [initials, cl] of byInitials) if (cl && !acronymOf.has(fold(initials))) acronymOf.set(fold(initials), cl);
  // An acronym seen before its expansion in the text still joins it.
  for (const c of candidates) {
    const cl = assigned.get(c);
    if (!cl || cl.packId || c.type === 'person') continue;
    const target = acronymOf.get(fold(c.text));
    if (target && target !== cl) moveMembers(cl, target, assigned);
  }

  // A company's short form joins its full name ("Marrow" and "Marrow Partners", "Vantrex" and "Vantrex Corp").
  const orgByKey = new Map<string, Cluster>();
  for (const cl of clusters) if (!cl.packId && cl.type === 'organization' && cl.members.length > 0) orgByKey.set(cl.key, cl);
  for (const cl of [...orgByKey.values()]) {
    const words = cl.key.slice('organization:'.length).split(' ');
    let k = words.length;
    while (k > 1 && CORPORATE_TAILS.has(words[k - 1]!.replace(/\.$/, ''))) k--;
    const short = k < words.length ? orgByKey.get(`organization:${words.slice(0, k).join(' ')}`) : undefined;
    if (short && short !== cl && short.members.length > 0) moveMembers(short, cl, assigned);
  }
  // A body named in full and by its leading words is one body ("Riverside Medical Center" ... "Riverside
  // agreed"; a headline may use the short form first), as a person named in full and by surname is one
  // person; two bodies that share those words leave the short form unresolved.
  // Pushed onto a literal, not made by filter/map: the array \`map\` returns takes another hidden class when empty,
  // and each switch deoptimised \`resolveLocal\` (one of the costliest functions to recompile).
  const fullNames: { cl: Cluster; words: string[] }[] = [];
  for (const cl of orgByKey.values()) if (cl.members.length > 0) fullNames.push({ cl, words: cl.key.slice('organization:'.length).split(' ') });
  for (const short of fullNames) {
    if (short.cl.members.length === 0) continue;
    // "Gannett and GateHouse Media", "SLS at Michoud": a name that joins two names is no long form of its first.
    // "Atlantic Premier League" and "Atlantic Premier League Players Association": a body's name followed by another body's head is that other body, one of its own.
    const bodyOfItsOwn = (f: { words: string[] }) => ORG_WORDS.has(short.words[short.words.length - 1]!) && ORG_WORDS.has(f.words[f.words.length - 1]!);
    const longer = fullNames.filter((f) => f.cl !== short.cl && f.cl.members.length > 0 && f.words.length > short.words.length && short.words.every((w, i) => f.words[i] === w) && !JOINED_NAMES.test(f.words.slice(short.words.length).join(' ')) && !bodyOfItsOwn(f));
    if (longer.length === 1) moveMembers(short.cl, longer[0]!.cl, assigned);
  }
  // ... and that body by its own trailing words is it ("the Players Association"), when no other body ends so.
  for (const short of fullNames) {
    if (short.cl.members.length === 0 || short.words.length < 2 || !ORG_WORDS.has(short.words[short.words.length - 1]!)) continue;
    const longer = fullNames.filter((f) => f.cl !== short.cl && f.cl.members.length > 0 && f.words.length > short.words.length && short.words.every((w, i) => f.words[f.words.length - short.words.length + i] === w));
    if (longer.length === 1) moveMembers(short.cl, longer[0]!.cl, assigned);
  }
  // "Local 4410" for "Riverton Machinists Guild, Local 4410": a union branch by its number is the union.
  for (const short of fullNames) {
    if (short.cl.members.length === 0 || short.words.length !== 2 || !/^(?:local|lodge|district|chapter|branch)$/.test(short.words[0]!) || !/^\d+$/.test(short.words[1]!)) continue;
    const longer = fullNames.filter((f) => f.cl !== short.cl && f.cl.members.length > 0 && f.words.length > 2 && f.words.slice(-2).join(' ').replace(/,/g, '') === short.words.join(' '));
    if (longer.length === 1) moveMembers(short.cl, longer[0]!.cl, assigned);
  }

  // The first cluster (in `clusters` order) of a person with a form the name fits: as `clusters.find` over
  // `samePerson`, since forms are only ever added and each is in the log with its cluster's position.
  const asked = new Map<string, { at: number; read: number }>();
  const firstSamePerson = (given: string | null, key: string): Cluster | undefined => {
    const name = `${given ?? '\u0001'}\u0000${key}`;
    let memo = asked.get(name);
    if (!memo) asked.set(name, (memo = { at: Infinity, read: 0 }));
    for (; memo.read < formLog.length; memo.read++) {
      const { at, cl, form } = formLog[memo.read]!;
      if (at < memo.at && cl.type === 'person' && formFits(form, given, key, true)) memo.at = at;
    }
    return memo.at === Infinity ? undefined : clusters[memo.at];
  };
  // "Meta Platforms ... Meta said": a lone word that opens a company's name before its corporate tail is that
  // company, not a person named by a surname.
  const companyByLead = new Map<string, Cluster>();
  for (const cl of clusters) {
    if (cl.type !== 'organization') continue;
    for (const m of cl.members) {
      const words = fold(m.text).split(' ');
      if (words.length >= 2 && words.slice(1).every((w) => CORPORATE_TAILS.has(w.replace(/\.$/, '')))) companyByLead.set(words[0]!, cl);
    }
  }
  if (companyByLead.size) {
    for (const c of candidates) {
      if (c.type !== 'person' || c.kind !== 'name' || c.given || c.packId || assigned.has(c) || /\s/.test(c.text)) continue;
      const company = companyByLead.get(fold(c.text));
      if (company) join(company, c);
    }
    // ... and a lone word read as a body of its own joins the pack company it opens ("Meta" and "Meta Platforms").
    for (const cl of clusters) {
      if (cl.packId || cl.type !== 'organization' || cl.members.length === 0 || !cl.members.every((m) => !/\s/.test(m.text))) continue;
      const company = companyByLead.get(fold(cl.members[0]!.text));
      if (company && company !== cl && company.packId) moveMembers(cl, company, assigned);
    }
  }
  // 2. Persons with a given name and a surname: join a person with the same surname and a compatible given name.
  for (const c of candidates) {
    if (c.type !== 'person' || c.kind === 'title' || assigned.has(c) || !c.given || !c.surname) continue;
    const key = surnameKey(c.surname);
    const match = firstSamePerson(c.given, key);
    join(match ?? open(c, `person:${translitKey(c.given)}|${surnameKey(c.surname)}`), c);
  }

  // 3. Surname-only mentions: the nearest earlier person with that surname, else a later one.
  const alikeBySurname = new Map<string, Cluster[]>();
  // Likewise the people a lone given name fits: a cluster opened here has no name form to fit.
  const byGivenName = new Map<string, Cluster[]>();
  for (const c of candidates) {
    if (c.type !== 'person' || c.kind === 'title' || assigned.has(c) || !c.surname) continue;
    // No step here adds a name form to a cluster, so the clusters alike to a surname stay the same: remember them.
    const sk = surnameKey(c.surname);
    let alike = alikeBySurname.get(sk);
    if (!alike) alikeBySurname.set(sk, (alike = clusters.filter((cl) => cl.type === 'person' && cl.members.length > 0 && samePerson(cl, null, sk, false))));
    if (alike.length > 0) {
      const before = alike.filter((cl) => cl.first < c.start).sort((a, b) => b.first - a.first);
      join(before[0] ?? [...alike].sort((a, b) => a.first - b.first)[0]!, c);
    } else {
      // A lone given name ("Ray", "Sheikh Mohammed"): the one person of the text with that given name.
      const given = c.surname!;
      let byGiven = c.givenLink ? byGivenName.get(given) : [];
      if (!byGiven) byGivenName.set(given, (byGiven = clusters.filter((cl) => cl.type === 'person' && cl.members.length > 0 && cl.forms.some((f) => ['same', 'variant'].includes(givenNameAgreement(given, f.given))))));
      // "Pongsak" after "Pongsak Watanachai", "Sok" after "Sok Vannarith": a word no list knows as a given name that opens
      // exactly one full name of the text is that person (Thai reports use the given name, Khmer and Chinese names
      // open on the family name).
      if (!c.givenLink && byGiven.length === 0) {
        const opening = clusters.filter((cl) => cl.type === 'person' && cl.members.length > 0 && cl.forms.some((f) => !!f.given && f.given === given));
        if (opening.length === 1) byGiven = opening;
      }
      if (byGiven.length === 1) join(byGiven[0]!, c);
      else if (!c.tentative) join(open(c, `person:|${surnameKey(c.surname)}`), c);
    }
  }

  // 4. Title mentions: the person who holds that role, nearest before, else the only one.
  const namedAt = new Map<number, Candidate>();
  for (const c of candidates) if (c.type === 'person' && c.kind === 'name') namedAt.set(c.start, c);
  for (const c of candidates) {
    if (c.kind !== 'title' || !c.title) continue;
    const title = c.title;
    // "The special envoy of Norway, Sigrun Dahle, ...": a title set before a name in apposition is that person's
    // role, so that "the diplomat" later finds her. Not a mention of its own: the name is one, and the country
    // inside the title keeps its mention.
    const apposed = c.apposedAt === undefined ? undefined : assigned.get(namedAt.get(c.apposedAt)!);
    if (apposed) {
      apposed.roles.push(title);
      for (const ws of roleWordSets(title)) addRoleWords(apposed, ws);
      continue;
    }
    const holders = clusters.filter(
      (cl) =>
        cl.type === 'person' &&
        cl.members.length > 0 &&
        // "Italy's foreign minister" is not the Togolese foreign minister named before: a person off the packs
        // whose roles name another party does not hold it.
        (!title.party || (!cl.packId && !cl.roles.some((r) => r.party)) || (!!cl.packId && kb.partyOf(cl.packId) === title.party) || cl.roles.some((r) => r.party === title.party)) &&
        cl.roleWords.some((ws) => titleFits(title, ws)),
    );
    if (holders.length === 0) continue;
    let before = holders.filter((cl) => cl.first < c.start).sort((a, b) => lastBefore(b, c.start) - lastBefore(a, c.start));
    // "Spanish minister Q ... The Norwegian association welcomed the minister's line": of several holders, the
    // one whose country the sentence names is meant, over the one named last.
    const near = c.nearCountries ?? [];
    if (before.length > 1 && near.length > 0) {
      const partyOf = (cl: Cluster) => (cl.packId ? kb.partyOf(cl.packId, published) : null) ?? cl.roles.find((r) => r.party)?.party ?? null;
      const sided = before.filter((cl) => near.includes(partyOf(cl) ?? ''));
      if (sided.length > 0 && sided.length < before.length) before = sided;
    }
    const pick = before[0] ?? (holders.length === 1 ? holders[0] : undefined);
    if (pick) join(pick, c);
  }

  return build(clusters.filter((cl) => cl.members.length > 0), kb, published);
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

function build(clusters: Cluster[], kb: KnowledgeBase, published: string | null): LocalResolution {
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
  const bodies: { cl: Cluster; entity: LocalEntity }[] = [];
  const states: { cl: Cluster; entity: LocalEntity }[] = [];
  clusters.forEach((cl, e) => {
    if (perEntity[e]!.length === 0) return;
    renumber.set(e, entities.length);
    const ms = perEntity[e]!.map((i) => mentions[i]!);
    const name = bestName(cl, ms, kb);
    const entity: LocalEntity = {
      type: cl.type,
      name,
      packId: cl.packId,
      party: partyOf(cl, kb, name, published),
      roles: [...new Set(cl.roles.map((r) => r.text))],
      mentions: perEntity[e]!,
    };
    if (cl.type === 'organization' || cl.type === 'group') bodies.push({ cl, entity });
    else if (cl.type === 'country') states.push({ cl, entity });
    entities.push(entity);
  });
  // A person with no side of their own speaks for the body their role names, when that body is a side ("UDA president").
  clusters.forEach((cl, e) => {
    const at = renumber.get(e);
    if (at === undefined || cl.type !== 'person' || entities[at]!.party) return;
    entities[at]!.party = affiliation(cl, bodies) ?? possessedBy(cl, bodies, kb, states);
  });
  for (const m of mentions) m.entity = renumber.get(m.entity)!;
  return { entities, mentions };
}

/** Words that join two names into one run ("X and Y Media", "X at Y Facility", "X of Y"): after them comes another name. */
const JOINED_NAMES = /^(?:and|&|at|in|with|from|to|or|vs\.?|versus)\b/i;

/** Bodies that comment on talks rather than take part: research, finance, press, mediation. */
// A body of members named for their trade ("News Publishers' Association", "Media Workers Union") bargains for them.
const ONLOOKER_BODY_RE = /^(?![\s\S]*\b(?:association|union|guild|federation|confederation)$)[\s\S]*\b(?:institute|institution|university|college|school|bank|advisory|advisors|consulting|capital|research|studies|foundation|(?<!medical |health )cent(?:er|re)|think|news|times|post|journal|daily|weekly|herald|gazette|tribune|press|media|television|radio|agency|mediation|conciliation|arbitration|court|service)\b/i;

function partyOf(cl: Cluster, kb: KnowledgeBase, name: string, published: string | null): string | null {
  if (cl.packId) {
    // A pack person speaks for a side only while in office on the publication date (see KnowledgeBase.partyOf).
    // A pack group with no patron stands for itself, as a country does.
    return kb.partyOf(cl.packId, published) ?? (cl.type === 'group' ? cl.packId : null);
  }
  if (cl.type === 'organization' || cl.type === 'group') {
    // A body qualified by a country ("Russian Ministry of ...") belongs to that country.
    for (const m of cl.members) if (m.ownerCountry) return m.ownerCountry;
    // A body named as one of those bargaining (not a newsroom, think tank or mediator) is a side of its own.
    const news = cl.members.every((m) => m.rule === 'gazetteer');
    const side = !news && cl.members.some((m) => m.sideCue) && !ONLOOKER_BODY_RE.test(name);
    return side ? actorSlug(name) : null;
  }
  if (cl.type !== 'person') return null;
  for (const r of cl.roles) if (r.party) return r.party;
  return null;
}

/** Lower-case nouns in a role that point to a body named in the text ("council spokeswoman"). */
const BODY_NOUNS = new Set(['council', 'assembly', 'union', 'ministry', 'committee', 'federation', 'association', 'party', 'company', 'group', 'movement', 'coalition', 'alliance', 'league', 'army', 'military', 'navy']);

/** Titles of a body's elected members, by the body they sit on ("Alderwoman X" sits on the city council). */
const MEMBER_OF: Readonly<Record<string, string>> = Object.fromEntries([
  ...'alderman alderwoman alderperson councilman councilwoman councillor councilor councilmember councilperson'.split(' ').map((t) => [t, 'council']),
  ...'assemblyman assemblywoman assemblymember'.split(' ').map((t) => [t, 'assembly']),
]);

/**
 * The side of the body a person's role names: by its acronym, its capitalised name words, or its kind ("the
 * council"). A body that is no side yet becomes one when one of its officers speaks for it ("Aurelia Banca
 * Chief Executive Federico Marchetti", "Works council chief ..."): the bodies that are sides are tried first.
 */
function affiliation(cl: Cluster, bodies: readonly { cl: Cluster; entity: LocalEntity }[]): string | null {
  const found = affiliationAmong(cl, bodies.filter((b) => b.entity.party));
  if (found) return found.entity.party;
  // Newsrooms, think tanks and mediators speak for no side, whoever works there.
  // A pack body keeps the pack's word on its side unless the report calls it the opposition.
  const acting = bodies.filter((b) => !b.entity.party && !ONLOOKER_BODY_RE.test(b.entity.name) && (!b.cl.packId || b.cl.members.some((m) => m.opposition)));
  const body = affiliationAmong(cl, acting, true);
  if (!body) return null;
  body.entity.party = body.cl.packId ?? actorSlug(body.entity.name);
  return body.entity.party;
}

/** A body's name without its closing organisation word ("Aurelia Banca" → Aurelia; "Harlow Steelworkers Union" → Harlow, Steelworkers). */
function nameCore(name: string): string[] {
  const parts = name.split(/\s+/);
  return ORG_WORDS.has(parts[parts.length - 1]!.toLowerCase()) && parts.length > 1 ? parts.slice(0, -1) : parts;
}

function affiliationAmong(cl: Cluster, sides: readonly { cl: Cluster; entity: LocalEntity }[], promoting = false): { cl: Cluster; entity: LocalEntity } | null {
  if (sides.length === 0) return null;
  for (const r of cl.roles) {
    if (INDEPENDENT_ROLES.has(r.head)) continue;
    // "Riverside chief executive ...", "Dorvex's spokeswoman ...": a body named right before the role owns it.
    const owner = sides.find((b) => b.cl.members.some((m) => m.end < r.start && r.start - m.end <= 3 && m.sentence === cl.members.find((x) => x.roles.includes(r))?.sentence));
    if (owner) return owner;
    const words = r.text.split(/[^\p{L}\p{N}&]+/u).filter(Boolean);
    const hits = new Set<{ cl: Cluster; entity: LocalEntity }>();
    for (const w of words) {
      const lower = w.toLowerCase();
      for (const b of sides) {
        const texts = b.cl.members.map((m) => m.text);
        if (/^\p{Lu}[\p{Lu}&]+$/u.test(w) && texts.some((t) => t === w || b.cl.members.some((m) => m.acronym === w))) hits.add(b);
        else if (BODY_NOUNS.has(MEMBER_OF[lower] ?? lower) && b.entity.name.toLowerCase().split(/\s+/).includes(MEMBER_OF[lower] ?? lower)) hits.add(b);
        // A body that is no side yet is made one only by a role holding its whole name ("Aurelia Banca Chief Executive"),
        // not by a shared word ("House Minority Leader" and the "House Ways and Means Committee").
        else if (/^\p{Lu}\p{Ll}/u.test(w) && !ROLE_HEADS.has(lower) && b.entity.name.split(/\s+/).includes(w) && (!promoting || nameCore(b.entity.name).every((n) => words.includes(n)))) hits.add(b);
      }
    }
    if (hits.size === 1) return [...hits][0]!;
    // "League commissioner" with a league and its players' association in the report: the body the noun heads.
    const headed = [...hits].filter((b) => words.some((w) => BODY_NOUNS.has(w.toLowerCase()) && b.entity.name.toLowerCase().endsWith(` ${w.toLowerCase()}`)));
    if (headed.length === 1) return headed[0]!;
    // "union president Dara Hume", "chief executive Mara Quill": a role naming a kind of body (or an
    // office only a company has) speaks for the one body of that kind in the report.
    const kinds = words.map((w) => w.toLowerCase());
    // "Opposition negotiator Gerardo Blanco": the one body the report calls the opposition ("the opposition Unitary Platform").
    if (kinds.includes('opposition')) {
      const opposition = sides.filter((b) => b.cl.members.some((m) => m.opposition));
      if (opposition.length === 1) return opposition[0]!;
    }
    const kind = kinds.includes('union') ? LABOUR_BODY : kinds.includes('company') || COMPANY_OFFICE.test(r.text) ? COMPANY_BODY : null;
    // A company the text shows acting as one ("Kestrel rejected ...", "Dorvex said") counts though its name has no corporate tail.
    const ofKind = kind ? sides.filter((b) => kind.test(b.entity.name) || (kind === COMPANY_BODY && b.cl.type === 'organization' && b.cl.members.some((m) => COMPANY_EVIDENCE_RULES.has(m.rule)))) : [];
    if (ofKind.length === 1) return ofKind[0]!;
    // "Kestrel rejected the demand. Chief executive X said ...": of several, the one named last, in this sentence or the one before.
    const at = cl.members.find((x) => x.roles.includes(r));
    if (ofKind.length > 1 && at) {
      let best: { b: (typeof ofKind)[number]; end: number } | null = null;
      for (const b of ofKind) for (const m of b.cl.members) if (m.end <= r.start && m.sentence >= at.sentence - 1 && (!best || m.end > best.end)) best = { b, end: m.end };
      if (best) return best.b;
    }
  }
  return null;
}

/** Nouns any body answers to ("the group's commander"). */
const GENERIC_BODY_NOUNS = new Set(['group', 'organisation', 'organization', 'bloc']);

/** Bodies of a kind a description or a role may name by a common noun ("the guild's", "studio negotiator"). */
const BODY_KINDS: Record<string, RegExp> = {
  union: /\b(?:unions?|guild|workers|teamsters|brotherhood|federation|association|employees)\b/i,
  guild: /\b(?:guild|unions?)\b/i,
  studio: /\b(?:studios?|producers|pictures|films?)\b/i,
  studios: /\b(?:studios?|producers|pictures|films?)\b/i,
  party: /\bparty\b/i,
  // "the group's commander", "the organisation's director": any body, whatever its name calls it (a brigade, a watch, a firm).
  group: /[\s\S]/,
  organisation: /[\s\S]/,
  organization: /[\s\S]/,
  bloc: /[\s\S]/,
};

/**
 * The side of a person whose role is said of a body by a possessive or a kind: "Its president, X" (the body
 * named last, in this sentence or the one before), "the guild's chief negotiator, X" (the body the noun
 * describes, named last before), "Studio negotiator X" (the one body of that kind in the report). Pack bodies
 * count here: their officer speaks for the body's side, as "AMPTP spokesman" does (see makeRole).
 */
/** Where the bodies' and states' mentions end, by the arrays that hold them: read once per document, not per member. */
const bodyEndsOf = new WeakMap<readonly unknown[], Set<number>>();
function bodyEnds(bodies: readonly { cl: Cluster }[], states: readonly { cl: Cluster }[]): Set<number> {
  let ends = bodyEndsOf.get(bodies);
  if (!ends) {
    ends = new Set<number>();
    for (const b of [...bodies, ...states]) for (const x of b.cl.members) ends.add(x.end);
    bodyEndsOf.set(bodies, ends);
  }
  return ends;
}

function possessedBy(cl: Cluster, bodies: readonly { cl: Cluster; entity: LocalEntity }[], kb: KnowledgeBase, states: readonly { cl: Cluster; entity: LocalEntity }[] = []): string | null {
  // What a body is, its head says, not its complement ("Alliance of ... Television Producers" is no broadcaster).
  const acting = bodies.filter((b) => !ONLOOKER_BODY_RE.test(b.entity.name.split(/\s+of\s+/)[0]!));
  for (const r of cl.roles) {
    const at = cl.members.find((m) => m.roles.includes(r));
    if (!at || INDEPENDENT_ROLES.has(r.head)) continue;
    // "ALPA's Northwind master executive council ... Its chair": a name right after another's possessive only qualifies what the possessor owns.
    const ends = bodyEnds(bodies, states);
    const possessed = (m: { start: number }) => ends.has(m.start - 3) || ends.has(m.start - 2);
    const lastNamed = (among: typeof acting, sentences: number) => {
      let best: { b: (typeof acting)[number]; end: number } | null = null;
      for (const b of among) for (const m of b.cl.members) if (m.end <= r.start && m.sentence >= at.sentence - sentences && (!best || m.end > best.end) && !possessed(m)) best = { b, end: m.end };
      return best?.b ?? null;
    };
    const fits = (noun: string) => acting.filter((b) => b.entity.name.toLowerCase().split(/\s+/).includes(noun) || !!BODY_KINDS[noun]?.test(b.entity.name));
    let body: (typeof acting)[number] | null = null;
    // "Clinics Together, a patient group, backed the deal at Mercy Hospitals ... the group's director": a noun
    // any body answers to names the body the latest such sentence opens with, its subject, not the last one named.
    const subjectOfLatest = (among: typeof acting) => {
      let best: { b: (typeof acting)[number]; sentence: number; start: number } | null = null;
      for (const b of among) {
        for (const m of b.cl.members) {
          if (m.end > r.start || m.sentence < at.sentence - 2) continue;
          if (!best || m.sentence > best.sentence || (m.sentence === best.sentence && m.start < best.start)) best = { b, sentence: m.sentence, start: m.start };
        }
      }
      return best?.b ?? null;
    };
    // "China's Foreign Ministry said its special envoy, X": a state named last owns "its" as a body does.
    if (r.possessor === 'its') body = lastNamed([...acting, ...states], 1);
    else if (r.possessor && GENERIC_BODY_NOUNS.has(r.possessor)) body = subjectOfLatest(fits(r.possessor)) ?? lastNamed(fits(r.possessor), Infinity);
    else if (r.possessor) body = lastNamed(fits(r.possessor), Infinity);
    else {
      const kind = r.words.find((w) => w in BODY_KINDS);
      const ofKind = kind ? fits(kind) : [];
      if (ofKind.length === 1) body = ofKind[0]!;
    }
    if (!body) continue;
    if (body.entity.party) return body.entity.party;
    if (body.cl.packId) return kb.partyOf(body.cl.packId) ?? body.cl.packId;
    body.entity.party = actorSlug(body.entity.name);
    return body.entity.party;
  }
  return null;
}

/** Names of workers' bodies, and of companies, for a role that names only the kind ("union president"). */
const LABOUR_BODY = /\b(?:unions?|guild|local|workers|teamsters|brotherhood|federation|association|employees|machinists|nurses|drivers|dockworkers)\b/i;
const COMPANY_BODY = new RegExp(String.raw`\b(?:${[...CORPORATE_TAILS].join('|')}|airlines|airways|aircraft|aerospace|air|wings|airline|aviation)\.?$`, 'i');
/** Rules that found a company by the text's own evidence (see detect.ts). */
const COMPANY_EVIDENCE_RULES = new Set(['corporate-cue', 'recurring-agent']);
/** Offices only a company has. */
const COMPANY_OFFICE = /\b(?:chief\s+executive|ceo|chief\s+operating\s+officer|chief\s+financial\s+officer|chairman|chairwoman)\b/i;

function bestName(cl: Cluster, mentions: Mention[], kb: KnowledgeBase): string {
  const pack = cl.packId ? kb.actors.get(cl.packId) : undefined;
  if (cl.type === 'country' && pack) return pack.name;
  const names = mentions.filter((m) => m.kind === 'name').map((m) => m.text);
  if (names.length === 0) return pack?.name ?? mentions[0]!.text;
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const words = (s: string) => s.split(/\s+/).length;
  const target = pack ? translitKey(pack.name) : '';
  const best = [...count.keys()].sort((a, b) => {
    const byWords = Math.min(words(b), 3) - Math.min(words(a), 3);
    if (byWords) return byWords;
    if (target) {
      const d = Number(translitKey(b) === target) - Number(translitKey(a) === target);
      if (d) return d;
    }
    return count.get(b)! - count.get(a)!;
  })[0]!;
  return cl.type === 'person' && !pack ? usualName(best) : best;
}
