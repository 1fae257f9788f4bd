/**
 * Mechanisms found on unseen reports (invented names throughout): collective possessives and party
 * adjectives opening a body's name, a body after a plural role noun, bank words, officers who speak for the
 * body their role names, works councils, the opposition, full names after a title, waterworks and newspapers.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from './testing.js';

const kb = new KnowledgeBase([
  PackSchema.parse({
    id: 'fiction-unseen',
    name: 'Fiction unseen',
    actors: [
      { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville'] },
      { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'], metonyms: ['Sylvan City'] },
      { id: 'progress-party', name: 'Progress Party', type: 'group', aliases: ['the Progress Party'], demonyms: ['Progressive'] },
      { id: 'civic-front', name: 'Civic Front', type: 'organization', aliases: ['the Civic Front'] },
    ],
  }),
]);

function analyse(text: string) {
  const r = analyseActors(text, kb, '2027-05-01');
  const byName = (name: string) => r.entities.find((e) => e.name === name);
  return { r, byName, names: r.entities.map((e) => e.name) };
}

describe("a collective's possessive opening a body's name", () => {
  it('stays in the name ("People\'s Dawn Movement", "Women\'s Equality League")', () => {
    expect(analyse("The People's Dawn Movement is the main opposition party.").names).toEqual(["People's Dawn Movement"]);
    expect(analyse("The Women's Equality League said no.").names).toEqual(["Women's Equality League"]);
  });

  it('keeps a plural possessive before several capitalised words ("Dockers\' Radical Party")', () => {
    expect(analyse("The Farmers' Radical Harvest Party said no.").names).toEqual(["Farmers' Radical Harvest Party"]);
  });
});

describe("a party's adjective opening another body's name", () => {
  it('belongs to that name, not to the party ("Progressive Unity Party")', () => {
    const { names } = analyse('The Progressive Unity Party said no.');
    expect(names).toEqual(['Progressive Unity Party']);
  });

  it('still names the party before a role ("Progressive Senator ...")', () => {
    const { byName } = analyse('Progressive Senator Lena Moor said no.');
    expect(byName('Lena Moor')?.party).toBe('progress-party');
  });
});

describe('a body after a plural role noun and "of the"', () => {
  it('is still detected ("Commanders of the Ridge Front met")', () => {
    expect(analyse('Commanders of the Hollow Vale Front met on Friday.').names).toContain('Hollow Vale Front');
  });
});

describe('bank words and the officers of a body', () => {
  it('make a company of "<given name> Banca" and its short form', () => {
    const { r, byName } = analyse("Freedonia's Serena Banca raised its stake on Monday. Serena said it would not go higher.");
    expect(byName('Serena Banca')?.type).toBe('organization');
    expect(r.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(byName('Serena Banca')!.mentions.map((m) => r.mentions[m]!.text)).toEqual(['Serena Banca', 'Serena']);
  });

  it('make an officer speak for the body the role names ("Orsola Sparkasse Chief Executive ...")', () => {
    const { byName } = analyse('Orsola Sparkasse raised its stake on Monday. Orsola Sparkasse Chief Executive Tomas Verin said the bid was too low.');
    expect(byName('Orsola Sparkasse')?.type).toBe('organization');
    expect(byName('Tomas Verin')?.party).toBe('orsola-sparkasse');
    expect(byName('Orsola Sparkasse')?.party).toBe('orsola-sparkasse');
  });

  it('do not make a body a side through one shared word of a role ("House Minority Leader" and a House committee)', () => {
    const { byName } = analyse('The House Fisheries and Oceans Committee met on Monday. House Minority Leader Tomas Verin said the bid was too low.');
    expect(byName('Tomas Verin')?.party ?? null).not.toBe('house-fisheries-and-oceans-committee');
  });

  it('leave a newsroom no side, whoever works there', () => {
    const { byName } = analyse('The Fredville Gazette editor Tomas Verin said the bid was too low.');
    expect(byName('Tomas Verin')?.party ?? null).toBeNull();
  });
});

describe('a works council', () => {
  it("is a body of its own, not the company, and its chief speaks for it", () => {
    const text = "Korlan Kreditbank rejected the bid. Korlan's works council demanded a job guarantee. Works council chief Ivo Stahl said staff would fight.";
    const { r, byName } = analyse(text);
    const council = r.entities.find((e) => /works council/.test(e.name));
    expect(council?.type).toBe('organization');
    expect(byName('Ivo Stahl')?.party).toBe(council?.party);
    expect(council?.party).toBeTruthy();
    // The possessor is part of the council's name: no mention of the company there.
    const bank = byName('Korlan Kreditbank')!;
    expect(bank.mentions.map((m) => r.mentions[m]!.text)).not.toContain('Korlan');
  });
});

describe('the opposition', () => {
  it('is the body the report calls so, for an "Opposition negotiator"', () => {
    const text = "Freedonia's government and the opposition Civic Front agreed on Tuesday to meet again. Opposition negotiator Mara Lind said the talks would go on.";
    const { byName } = analyse(text);
    expect(byName('Mara Lind')?.party).toBe('civic-front');
  });
});

describe('a full name after a title', () => {
  it('keeps its first word when a given name stands inside it ("Irrigation Minister Omer Hassan Abdelrahim")', () => {
    const { byName } = analyse('Sylvanian Irrigation Minister Obrek Hassan Oumarou said Sylvania wanted a binding deal.');
    expect(byName('Obrek Hassan Oumarou')?.party).toBe('sylvania');
  });
});

describe('places and newspapers', () => {
  it('a river before "dam" is no actor', () => {
    expect(analyse("Freedonia walked out of talks on Sylvania's giant Varda dam on Thursday.").names).toEqual(['Freedonia', 'Sylvania']);
  });

  it("a capital opening a newspaper's name is not its country", () => {
    const text = 'Sylvania walks out of talks\n\nThe Fredville Ledger | October 15, 2027 | Wire\n\nSylvania said on Thursday the talks would resume.';
    expect(analyse(text).names).toEqual(['Sylvania']);
  });
});

describe('a company in a list of companies', () => {
  it('"Bros" and "Brothers" are company words, even after a given name ("Harold Bros Pictura")', () => {
    const { byName } = analyse('The alliance bargains for Kelvane, Harold Bros Pictura and Dunmore Brothers on pay.');
    expect(byName('Harold Bros Pictura')?.type).toBe('organization');
    expect(byName('Dunmore Brothers')?.type).toBe('organization');
  });
});

describe('an officer of a body named by a possessive or a kind', () => {
  it('"the guild\'s chief negotiator, X" speaks for the guild named before', () => {
    const text = 'The Harbour Scribes Guild met the producers on Monday. The guild\'s chief negotiator, Ilse Varga, told members that talks would go on.';
    const { byName } = analyse(text);
    expect(byName('Ilse Varga')?.party).toBeTruthy();
    expect(byName('Ilse Varga')?.party).toBe(byName('Harbour Scribes Guild')?.party);
  });

  it('"Its president, X" speaks for the body named last before', () => {
    const text = 'Farmer Tobias Renn spoke first. The Coalition of Orchard and Vineyard Growers welcomed the vote. Its president, Nadia Holm, said payments would begin in May.';
    const { byName } = analyse(text);
    expect(byName('Nadia Holm')?.party).toBe(byName('Coalition of Orchard and Vineyard Growers')?.party);
    expect(byName('Nadia Holm')?.party).toBeTruthy();
  });

  it('"Its leader, X" after a party holding seats speaks for that party', () => {
    const text = 'The Silver Fen Party holds nine seats. Its leader, Oskar Brenn, said every one of its lawmakers would back the ban.';
    expect(analyse(text).byName('Oskar Brenn')?.party).toBe('silver-fen-party');
  });

  it('"Studio negotiator X" speaks for the one producers\' body of the report', () => {
    const text = 'The Federation of Film and Television Producers said it was pleased. Studio negotiator Rolf Amsel said the studios had refused the proposal.';
    const { byName } = analyse(text);
    expect(byName('Rolf Amsel')?.party).toBeTruthy();
    expect(byName('Rolf Amsel')?.party).toBe(byName('Federation of Film and Television Producers')?.party ?? 'federation-of-film-and-television-producers');
  });
});

describe('a labelled photo credit', () => {
  it('names no actor ("Photo: Harbour Wire/Lena Osk" closing a caption)', () => {
    const text = 'Sylvania said on Thursday the talks would resume.\n\nSylvanian soldiers patrol near the border, March 16, 2027. Photo: Harbour Wire/Lena Osk\n\nFreedonia said it would reply.';
    expect(analyse(text).names).toEqual(['Sylvania', 'Freedonia']);
  });
});

describe('a name in apposition after a role whose complement is a region', () => {
  it('"The party district chairman in the Lakeland region, X, said" names a person', () => {
    const r = analyseActors('Some local officials want a minority government. The Progress Party district chairman in the Lakeland region, Torvald Gebhartz, said a coalition would split the party.', kb);
    expect(r.entities.find((e) => e.name === 'Torvald Gebhartz')?.type).toBe('person');
    // A town and its region after "a", with no name closing the apposition, stays a place.
    const town = analyseActors('A farmer in the Lakeland region, Upper Marsh, said the harvest was poor.', kb);
    expect(town.entities.some((e) => e.name === 'Upper Marsh' && e.type === 'person')).toBe(false);
  });
});

describe('a full name in apposition to a role', () => {
  it('keeps an unlisted first given name ("its leader, Tor Arne Emberlin")', () => {
    const r = analyseActors('The Freedonian Trawlermen\'s Association welcomed the line. "No more boats," said its leader, Tor Arne Emberlin.', kb);
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Tor Arne Emberlin']);
  });
});
