/**
 * Former office holders in the bundled `world` pack: a surname written after the full name resolves to
 * the pack person with their canonical name, and their side follows the publication date.
 */
import { describe, expect, it } from 'vitest';
import { analyseActors } from '../stages/actors/testing.js';
import { loadKnowledge } from './load.js';

const kb = loadKnowledge();

/** [pack id, the title written before the name, how the name is first written, how it is written next]. */
const CASES: [string, string, string, string][] = [
  ['angela-merkel', 'former Chancellor', 'Angela Merkel', 'Merkel'],
  ['john-kerry', 'former Secretary of State', 'John F. Kerry', 'Kerry'],
  ['boris-johnson', 'former Prime Minister', 'Boris Johnson', 'Johnson'],
  ['ban-ki-moon', 'former U.N. Secretary-General', 'Ban Ki-moon', 'Ban'],
  ['jake-sullivan', 'former national security adviser', 'Jake Sullivan', 'Sullivan'],
  ['mohammad-javad-zarif', 'former Foreign Minister', 'Mohammad Javad Zarif', 'Zarif'],
  ['petro-poroshenko', 'former President', 'Petro Poroshenko', 'Poroshenko'],
  ['shinzo-abe', 'former Prime Minister', 'Shinzo Abe', 'Abe'],
];

describe('former office holders in the world pack', () => {
  it.each(CASES)('%s: full name then surname make one entity with the canonical name', (id, title, written, last) => {
    const actor = kb.actors.get(id)!;
    expect(actor, id).toBeDefined();
    const text = `The talks drew sharp comment on Tuesday from ${title} ${written}. ${last} said the negotiators were rushing into a bad deal.`;
    const { entities, mentions } = analyseActors(text, kb, '2025-03-14');
    const e = entities.find((x) => x.packId === id);
    expect(e, `${id} in: ${text}`).toBeDefined();
    expect([actor.name, ...actor.aliases]).toContain(e!.name);
    expect(e!.mentions.map((m) => mentions[m]!.text)).toEqual([written, last]);
    // Out of office on the date: an independent voice.
    expect(e!.party).toBeNull();
    // In office: the side of the office held then.
    const first = actor.roles.find((r) => r.from && r.to)!;
    const during = analyseActors(text, kb, first.from!).entities.find((x) => x.packId === id);
    expect(during?.party).toBe(kb.partyOf(first.of!) ?? first.of);
  });

  it('every former office holder has a dated role, and every role names its side', () => {
    const former = [...kb.actors.values()].filter((a) => a.type === 'person' && a.roles.length > 0 && a.roles.every((r) => r.to && r.to < '2025'));
    expect(former.length).toBeGreaterThan(200);
    expect(former.filter((a) => a.roles.some((r) => !r.of || !r.from)).map((a) => a.id)).toEqual([]);
  });
});
