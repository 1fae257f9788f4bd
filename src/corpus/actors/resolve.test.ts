import { describe, expect, it } from 'vitest';
import type { LocalEntity, Mention } from '../../core/model.js';
import { fictionalKb } from '../../stages/actors/testing.js';
import { resolveEntities } from './resolve.js';
import { MemoryActorDirectory } from './types.js';

const kb = fictionalKb();

/** One document with one person entity, mentioned by the given names. */
function doc(names: string[], extra: Partial<LocalEntity> = {}) {
  const mentions: Mention[] = names.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text, entity: 0, kind: 'name', provenance: { stage: 'actors', rule: 't', confidence: 1 } }));
  const entities: LocalEntity[] = [{ type: 'person', name: names[0]!, packId: null, party: null, roles: [], mentions: names.map((_, i) => i), ...extra }];
  return { entities, mentions };
}

function resolveAll(docs: ReturnType<typeof doc>[]) {
  const dir = new MemoryActorDirectory();
  const ids: string[] = [];
  for (const d of docs) {
    const r = resolveEntities(d, dir, kb);
    dir.apply(r);
    ids.push(r.actorIds[0]!);
  }
  return { ids, dir };
}

describe('cross-article resolution', () => {
  it('merges misspellings and transliterations of one person', () => {
    const { ids, dir } = resolveAll([doc(['Bertram Holloway']), doc(['Bertram Hollowey']), doc(['Bertram Holoway', 'Holoway']), doc(['Bert Holloway'])]);
    expect(new Set(ids).size).toBe(1);
    expect(dir.get(ids[0]!)!.aliases).toContain('Bertram Hollowey');
  });

  it('keeps two people who share a surname apart when their given names disagree', () => {
    const { ids } = resolveAll([doc(['Anna Petrenko']), doc(['Oleg Petrenko'])]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('keeps them apart when the second is also called by the bare surname', () => {
    const { ids } = resolveAll([doc(['Anna Petrenko', 'Petrenko']), doc(['Oleg Petrenko', 'Petrenko'])]);
    expect(ids[0]).not.toBe(ids[1]);
    // A bare surname alone still joins the one person of that name.
    expect(resolveAll([doc(['Anna Petrenko']), doc(['Petrenko'])]).ids).toEqual([ids[0], ids[0]]);
  });

  it('keeps look-alike names of different parties apart', () => {
    const { ids } = resolveAll([doc(['Ivan Sorokin'], { party: 'freedonia' }), doc(['Ivan Sorokin'], { party: 'sylvania' })]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[1]).toMatch(/^ivan-sorokin-\d$/);
  });

  it('resolves a misspelt pack person to the pack actor with its canonical name', () => {
    const { ids, dir } = resolveAll([doc(['Nikolay Trentinov']), doc(['Nikolaj Trentinow'])]);
    expect(ids).toEqual(['nikolai-trentinov', 'nikolai-trentinov']);
    expect(dir.get('nikolai-trentinov')!.name).toBe('Nikolai Trentinov');
  });

  it('names a non-pack actor by the spelling most of its variants agree with', () => {
    const { ids, dir } = resolveAll([doc(['Gregor Malinowsky']), doc(['Gregor Malinowski']), doc(['Gregor Malinowski']), doc(['Gregor Malinowsky'])]);
    expect(new Set(ids).size).toBe(1);
    expect(dir.get(ids[0]!)!.name).toMatch(/^Gregor Malinowsk[iy]$/);
  });

  it('attaches a surname-only mention to the known person with that surname', () => {
    const { ids } = resolveAll([doc(['Helga Brandqvist']), doc(['Brandqvist'])]);
    expect(ids[1]).toBe(ids[0]);
  });

  it('looks candidates up by blocking keys only, and keeps namesakes apart', () => {
    const given = ['Anna', 'Boris', 'Carl', 'Edith', 'Fatima', 'Gordon', 'Hassan', 'Ingrid', 'Jonathan', 'Kenji', 'Lydia', 'Omar', 'Pablo', 'Rachel', 'Sven', 'Tamara', 'Ulrich', 'Vikram', 'Wendy', 'Yusuf'];
    const dir = new MemoryActorDirectory();
    let asked = 0;
    const spy = { get: (id: string) => dir.get(id), candidates: (keys: readonly string[]) => (asked++, dir.candidates(keys)) };
    const ids = given.map((g) => {
      const r = resolveEntities(doc([`${g} Zedmark`]), spy, kb);
      dir.apply(r);
      return r.actorIds[0]!;
    });
    expect(asked).toBe(given.length);
    expect(new Set(ids).size).toBe(given.length);
    expect(dir.candidates(['k:qqq'])).toEqual([]);
  });
});

describe('cross-article resolution of organisations', () => {
  it('takes an organisation written with and without a comma or full stops for one actor', () => {
    const orgDoc = (name: string) => doc([name], { type: 'organization' });
    const { ids } = resolveAll([orgDoc('Riverside Fitters Guild, Local 88'), orgDoc('Riverside Fitters Guild Local 88'), orgDoc('Riverside Fitters Guild Local 89')]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });
});

describe('cross-article resolution of a person whose side is named by its body', () => {
  /** One report: a company (named as written) and its chief, whose side is the company's slug in that report. */
  function companyDoc(company: string[], side: string) {
    const mentions: Mention[] = [...company, 'Maren Solberg'].map((text, i) => ({
      start: i * 100,
      end: i * 100 + text.length,
      text,
      entity: i < company.length ? 0 : 1,
      kind: 'name',
      provenance: { stage: 'actors', rule: 't', confidence: 1 },
    }));
    const entities: LocalEntity[] = [
      { type: 'person', name: 'Maren Solberg', packId: null, party: side, roles: ['chief executive'], mentions: [company.length] },
      { type: 'organization', name: company[0]!, packId: null, party: side, roles: [], mentions: company.map((_, i) => i) },
    ];
    return { entities, mentions };
  }

  it('takes the chief of "Kestrel" and of "Kestrel Biotech" for one person when both are one company', () => {
    const dir = new MemoryActorDirectory();
    const first = resolveEntities(companyDoc(['Kestrel Biotech', 'Kestrel'], 'kestrel-biotech'), dir, kb);
    dir.apply(first);
    const second = resolveEntities(companyDoc(['Kestrel'], 'kestrel'), dir, kb);
    expect(second.actorIds[1]).toBe(first.actorIds[1]);
    expect(second.actorIds[0]).toBe(first.actorIds[0]);
    expect(new Set(second.upserts.filter((u) => u.actor.type === 'person').map((u) => u.actor.id))).toEqual(new Set([first.actorIds[0]]));
  });

  it('still keeps namesakes of two different companies apart', () => {
    const dir = new MemoryActorDirectory();
    const first = resolveEntities(companyDoc(['Kestrel Biotech'], 'kestrel-biotech'), dir, kb);
    dir.apply(first);
    const second = resolveEntities(companyDoc(['Osprey Freight'], 'osprey-freight'), dir, kb);
    expect(second.actorIds[0]).not.toBe(first.actorIds[0]);
  });
});

describe('cross-article resolution of an acronym and its expansion', () => {
  const orgDoc = (names: string[]) => doc(names, { type: 'organization', name: names[0]! });

  it('takes "FPA" and "Freedonian Ports Authority" for one body, in either order', () => {
    expect(new Set(resolveAll([orgDoc(['Freedonian Ports Authority']), orgDoc(['FPA'])]).ids).size).toBe(1);
    expect(new Set(resolveAll([orgDoc(['FPA']), orgDoc(['the Freedonian Ports Authority'])]).ids).size).toBe(1);
    expect(new Set(resolveAll([orgDoc(['Frente de Liberación Sylvano']), orgDoc(['FLS'])]).ids).size).toBe(1);
  });

  it('takes a body’s full name read as a person in one report (a title pinned on it) for that body', () => {
    const bank = doc(['Osk Kreditbank', 'Osk'], { type: 'organization' });
    const misread = doc(['Osk Kreditbank'], { roles: ['senior coalition official'] });
    const { ids, dir } = resolveAll([bank, misread]);
    expect(ids[1]).toBe(ids[0]);
    expect(dir.get(ids[0]!)?.type).toBe('organization');
    // A person who shares no full name with a body stays a person of their own.
    expect(resolveAll([bank, doc(['Ilse Osk'])]).ids[1]).not.toBe(ids[0]);
  });

  it('keeps two expansions with the same initials apart', () => {
    const { ids } = resolveAll([orgDoc(['Freedonian Ports Authority']), orgDoc(['Federal Pension Agency'])]);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('withResolvedSides', () => {
  it('names a discovered object\'s sides by the actors they resolved to, and leaves unresolved sides as they are', async () => {
    const { withResolvedSides } = await import('./resolve.js');
    const stance = (proposition: string) => ({ actor: 0, proposition, stance: 'support' as const, condition: null, date: null, evidence: { start: 0, end: 3, text: 'ELN' }, quote: null, provenance: { stage: 'stances', rule: 'test', confidence: 1 } });
    const analysis = {
      entities: [
        { name: 'ELN', type: 'organization', packId: null, party: 'eln', roles: [], mentions: [] },
        { name: 'Peru', type: 'country', packId: 'peru', party: 'peru', roles: [], mentions: [] },
      ],
      mentions: [],
      quotes: [],
      events: [],
      stances: [stance('auto:ceasefire@eln+peru'), stance('auto:talks@peru+qatar'), stance('ceasefire')],
    } as unknown as Parameters<typeof withResolvedSides>[0];
    const out = withResolvedSides(analysis, ['national-liberation-army', 'peru']);
    expect(out.stances.map((s) => s.proposition)).toEqual(['auto:ceasefire@national-liberation-army+peru', 'auto:talks@peru+qatar', 'ceasefire']);
    expect(analysis.stances[0]!.proposition).toBe('auto:ceasefire@eln+peru');
  });
});

describe('a person named by a given name alone after the full name', () => {
  const person = (name: string, party: string | null = null): LocalEntity => ({ type: 'person', name, packId: null, party, roles: [], mentions: [] });
  const mention = (text: string, entity: number, start: number): Mention => ({ start, end: start + text.length, text, entity, kind: 'name', provenance: { stage: 'actors', rule: 't', confidence: 1 } });

  it('is the full name\'s person ("Somsak Wongsawat ... Somsak said")', () => {
    const analysis = {
      entities: [person('Somsak Wongsawat', 'freedonia'), person('Ann Alyst'), person('Somsak')],
      mentions: [mention('Somsak Wongsawat', 0, 0), mention('Ann Alyst', 1, 40), mention('Somsak', 2, 80)],
    };
    const r = resolveEntities(analysis, new MemoryActorDirectory(), kb);
    expect(r.actorIds[2]).toBe(r.actorIds[0]);
    expect(r.upserts.find((u) => u.actor.id === r.actorIds[0])!.actor.aliases).toContain('Somsak');
    expect(r.upserts.some((u) => u.actor.name === 'Somsak')).toBe(false);
  });

  it('is the full name\'s person when the word is its first surname ("Mateo Quiroga Salas ... Quiroga said")', () => {
    const analysis = {
      entities: [person('Mateo Quiroga Salas'), person('Ann Alyst'), person('Quiroga')],
      mentions: [mention('Mateo Quiroga Salas', 0, 0), mention('Ann Alyst', 1, 40), mention('Quiroga', 2, 80)],
    };
    const r = resolveEntities(analysis, new MemoryActorDirectory(), kb);
    expect(r.actorIds[2]).toBe(r.actorIds[0]);
    expect(r.upserts.some((u) => u.actor.name === 'Quiroga')).toBe(false);
    // Two long names holding the word: nobody can tell which one is meant.
    const two = { entities: [person('Mateo Quiroga Salas'), person('Lucia Quiroga Paz'), person('Quiroga')], mentions: [mention('Mateo Quiroga Salas', 0, 0), mention('Lucia Quiroga Paz', 1, 40), mention('Quiroga', 2, 80)] };
    expect(new Set(resolveEntities(two, new MemoryActorDirectory(), kb).actorIds).size).toBe(3);
  });

  it('stays apart when the word also ends another person\'s name, or starts two', () => {
    const ends = { entities: [person('Thomas Greer'), person('Ann Thomas'), person('Thomas')], mentions: [mention('Thomas Greer', 0, 0), mention('Ann Thomas', 1, 40), mention('Thomas', 2, 80)] };
    const r1 = resolveEntities(ends, new MemoryActorDirectory(), kb);
    expect(r1.actorIds[2]).not.toBe(r1.actorIds[0]);
    const two = { entities: [person('Somsak Wongsawat'), person('Somsak Chai'), person('Somsak')], mentions: [mention('Somsak Wongsawat', 0, 0), mention('Somsak Chai', 1, 40), mention('Somsak', 2, 80)] };
    const r2 = resolveEntities(two, new MemoryActorDirectory(), kb);
    expect(new Set(r2.actorIds).size).toBe(3);
  });
});

describe('a surname particle written apart or fused', () => {
  it('merges "Peter Van Hecke" with "Pieter Vanhecke", and keeps "Anna Vandermeer" apart from "Anna Meer"', () => {
    expect(new Set(resolveAll([doc(['Pieter Vanhecke', 'Vanhecke']), doc(['Peter Van Hecke'])]).ids).size).toBe(1);
    expect(new Set(resolveAll([doc(['Anna Vandermeer']), doc(['Anna Meer'])]).ids).size).toBe(2);
  });
});
