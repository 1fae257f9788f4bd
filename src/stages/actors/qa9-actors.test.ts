/**
 * Actor defects found on reports about negotiations no pack covers (QA pass 9), each rebuilt with invented
 * names: a country's adjective opening a union's name, a portfolio read as a party, a lower-case portfolio
 * between a possessor and its minister, a delegation's leader, a government spokesman in a capital's
 * dateline, a full name after a title, a role with a complement of place before a name in apposition, and a
 * dateline set alone on its line.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from './testing.js';

const kb = new KnowledgeBase([
  PackSchema.parse({
    id: 'fiction-qa9',
    name: 'Fiction QA9',
    actors: [
      { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville'] },
      { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'], metonyms: ['Sylvan City'] },
      // A party named by a word that is also a ministry's portfolio, as Labour is.
      { id: 'marren-islands', name: 'Marren Islands', type: 'organization', aliases: ['the Marren Islands', 'the Marrens'], demonyms: ['Marrenese'] },
      { id: 'labour-party-fiction', name: 'Labour Party', type: 'group', aliases: ['the Labour Party', 'Labour'], demonyms: ['Labour'] },
    ],
  }),
]);

function analyse(text: string) {
  const r = analyseActors(text, kb, '2027-05-01');
  const byName = (name: string) => r.entities.find((e) => e.name === name);
  return { r, byName, names: r.entities.map((e) => e.name) };
}

describe("a country's adjective opening a civil body's name", () => {
  it('stays in the name of a union or an association ("Freedonian Air Crew Pilots\' Association")', () => {
    const { names } = analyse("Tarvo Air and the Freedonian Air Crew Pilots' Association (FACPA) reached a tentative agreement on Monday.");
    expect(names).toContain("Freedonian Air Crew Pilots' Association");
    expect(names).not.toContain("Air Crew Pilots' Association");
  });

  it("stays through a singular possessive, and in a church's name (\"Freedonian Fishermen's Association\")", () => {
    expect(analyse("The Freedonian Fishermen's Association criticised the transfer.").names).toContain("Freedonian Fishermen's Association");
    expect(analyse('The Freedonian Fishermen’s Association criticised the transfer.').names).toContain('Freedonian Fishermen’s Association');
    expect(analyse('The Sylvanian Orthodox Church said it would pray for peace.').names).toContain('Sylvanian Orthodox Church');
  });

  it('still says which side "the minister" near it is on', () => {
    const { r } = analyse("Freedonian minister Ana Pell met Sylvanian minister Ivo Rask. The Freedonian Fishermen's Association welcomed the minister's line.");
    const minister = r.mentions.find((m) => m.text === 'the minister');
    expect(minister && r.entities[minister.entity]!.name).toBe('Ana Pell');
  });

  it("still makes a state organ the country's (\"the Freedonian Defence Ministry\")", () => {
    const { names } = analyse('The Freedonian Defence Ministry said the drills were over.');
    expect(names).not.toContain('Freedonian Defence Ministry');
  });
});

describe('a portfolio spelt as a party', () => {
  it('"Labour Minister" names the ministry, not the Labour party; a capital\'s dateline gives the side', () => {
    const { r, byName } = analyse('Deal reached\n\nFREDVILLE, March 6, 2028 (Reuters) - Labour Minister Otto Haavisto welcomed the deal on Monday.');
    expect(byName('Otto Haavisto')?.party).toBe('freedonia');
    expect(r.entities.some((e) => e.packId === 'labour-party-fiction')).toBe(false);
  });

  it('a party\'s member is still the party\'s ("Labour leader")', () => {
    const { byName } = analyse('Labour leader Otto Haavisto rejected the budget on Monday.');
    expect(byName('Otto Haavisto')?.party).toBe('labour-party-fiction');
  });
});

describe("a lower-case portfolio between a country's possessive and its minister", () => {
  it('keeps the possessor as the side ("Freedonia\'s fisheries minister, Daniel Marsh,")', () => {
    const { byName } = analyse("Freedonia's fisheries minister, Daniel Marsh, said the quota was too high.");
    expect(byName('Daniel Marsh')?.party).toBe('freedonia');
  });
});

describe("a delegation's leader", () => {
  it('speaks for the country whose delegation they lead, and keeps the whole name after the title', () => {
    const { byName, names } = analyse("Sylvania's delegation, led by Foreign Minister Sidi Ahmed Ould Taleb, called on both sides to respect the truce.");
    expect(names).toContain('Sidi Ahmed Ould Taleb');
    expect(byName('Sidi Ahmed Ould Taleb')?.party).toBe('sylvania');
  });

  it('still starts a name at its given name after a non-name word ("Petty Officer ...")', () => {
    const { names } = analyse('Chief Petty Officer Lyle Brandt said the ship was safe.');
    expect(names).toContain('Lyle Brandt');
  });
});

describe("a government spokesman in a report filed from a capital", () => {
  it("is that capital's government's", () => {
    const { byName } = analyse('Denial\n\nSYLVAN CITY, Nov 11, 2027 (Example Press Agency) - Government spokesman Karim Tahiri said no offer had been made.');
    expect(byName('Karim Tahiri')?.party).toBe('sylvania');
  });
});

describe('a role with a complement of place before a name in apposition', () => {
  it('makes the name a person with the role ("the Front\'s representative in Europe, Amina Lahbiri, said")', () => {
    const { byName } = analyse("The Sylvanian Liberation Front rejected the plan. The Front's representative in Europe, Amina Lahbiri, said the plan was dead.");
    const p = byName('Amina Lahbiri');
    expect(p?.type).toBe('person');
    expect(p?.roles.join(' ')).toMatch(/representative/);
  });

  it('reads a plural\'s possessive and a capitalised complement ("the Marren Islands\' Minister of Fisheries, X,")', () => {
    const { byName } = analyse("The Marren Islands' Minister of Fisheries, Jogvan Petersen, called the threat blackmail.");
    expect(byName('Jogvan Petersen')?.type).toBe('person');
    expect(byName('Jogvan Petersen')?.party).toBe('marren-islands');
  });

  it('does not take a town\'s state for a person ("a radio host in Port Ellis, Nova Terra,")', () => {
    const { byName } = analyse('Ray Tull, a radio host in Port Ellis, Nova Terra, has set up a website.');
    expect(byName('Nova Terra')?.type).not.toBe('person');
  });
});

describe('a dateline set alone on its line (an HTML paragraph of its own)', () => {
  it('is no organization (a short city name in capitals reads like an acronym)', () => {
    const { names } = analyse('Rebels soften stance\n\nBy Samir Tolan\n\nVARDEN, Jan 21, 2028 (Example Post) -\n\nThe Sylvanian Liberation Front said on Friday it was ready to talk.');
    expect(names).not.toContain('VARDEN');
  });
});
