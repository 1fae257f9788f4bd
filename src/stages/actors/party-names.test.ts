/**
 * Parties and bodies named by a bare capitalised name the packs do not know (invented names throughout): the
 * text treats them as bodies, not as people or places.
 */
import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb } from './testing.js';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';

const kb = fictionalKb();

function analyse(text: string) {
  const r = analyseActors(text, kb, '2027-05-01');
  const typeOf = (name: string) => r.entities.find((e) => e.name === name)?.type;
  return { r, typeOf, names: r.entities.map((e) => e.name) };
}

describe('a recurring agent named after "from"', () => {
  it('is still a body when "from" gives the source of an objection ("opposition from Tarvik")', () => {
    const { typeOf } = analyse(
      'The plan was dropped after opposition from Tarvik and the greens. The pension reform will go ahead, as Tarvik had demanded. ' +
        'Ministers said Tarvik had rejected the first draft.',
    );
    expect(typeOf('Tarvik')).toBe('organization');
  });

  it('is a place when it comes from there ("returned from Tarvik")', () => {
    const { typeOf } = analyse('The minister returned from Tarvik on Monday. Talks in Tarvik had stalled, officials said. Tarvik had no comment.');
    expect(typeOf('Tarvik')).not.toBe('organization');
  });
});

describe('acronyms a name reader would miss', () => {
  it('reads a courtesy title in capitals with no name after it as a body ("the DR accepts")', () => {
    const { typeOf } = analyse('The liberals of the DR refuse any new tax. DR chairman Tomas Verlo said the DR would not sign.');
    expect(typeOf('DR')).toBe('organization');
    expect(typeOf('Tomas Verlo')).toBe('person');
  });

  it('reads capitals joined by hyphens as one body ("Prime Minister Ana Brel (S-PQ)")', () => {
    const { typeOf } = analyse('The proposal of Prime Minister Ana Brel (S-PQ) was rejected. Even the LVP-DSK is not enthusiastic.');
    expect(typeOf('S-PQ')).toBe('organization');
    expect(typeOf('LVP-DSK')).toBe('organization');
  });
});

describe('names the sentence treats as bodies', () => {
  it('reads the subject of a plural verb as a body, though a given name opens it ("Les Solidaires take")', () => {
    const { typeOf } = analyse('Les Solidaires take a position in the middle. The greens and Les Solidaires support the plan.');
    expect(typeOf('Les Solidaires')).toBe('organization');
  });

  it('reads a name with a relative clause in the plural as a body ("X, who fear ...")', () => {
    const { typeOf } = analyse('The tax was rejected by Alma Nova, who fear for the purchasing power. Alma Nova said no.');
    expect(typeOf('Alma Nova')).toBe('organization');
  });

  it('keeps a person whose verb agrees in the singular ("Alma Novak takes")', () => {
    const { typeOf } = analyse('Alma Novak takes a position in the middle, her aides said.');
    expect(typeOf('Alma Novak')).toBe('person');
  });

  it('reads a name after "the" and a political leaning as a party ("the far-right Volksfront Ost")', () => {
    const { typeOf } = analyse('The opposition was scathing, while the far-right Volksfront Ost said it would vote against the budget.');
    expect(typeOf('Volksfront Ost')).toBe('organization');
  });

  it('reads "the <given name> <acronym>" as the acronym\'s body ("the Christian KSV")', () => {
    const { typeOf, names } = analyse('The socialist union FGTL and the Christian KSV said the strike would go ahead.');
    expect(typeOf('KSV')).toBe('organization');
    expect(names).not.toContain('Christian KSV');
  });

  it('reads the name in parentheses or after "of" right after a person\'s as their employer ("(Hanze Tilburg)", "of Hanze Tilburg said")', () => {
    const a = analyse('Economist Piet Moons (Hanze Tilburg) expects a compromise.');
    expect(a.typeOf('Hanze Tilburg')).toBe('organization');
    const b = analyse('Economist Piet Moons of Hanze Tilburg said the deal followed the script.');
    expect(b.typeOf('Hanze Tilburg')).toBe('organization');
    expect(b.typeOf('Piet Moons')).toBe('person');
  });
});

describe('a label in parentheses after a person', () => {
  it('is no body ("Sen. Ana Brel (D-Fre.)", "(R)")', () => {
    const { names } = analyse('Sen. Ana Brel (D-Fre.) and Sen. Tom Vale (R) said they would back the bill. Brel said it was fair.');
    expect(names.filter((n) => /^[DR]\b/.test(n))).toEqual([]);
  });
});

describe('a place described by its owner\'s role', () => {
  it('is no person ("at the Valmont, the prime minister\'s residence,")', () => {
    const { names } = analyse("The coalition reached a deal after a marathon session at the Valmont, the prime minister's residence, on Friday.");
    expect(names).not.toContain('Valmont');
  });
});

describe('a plural verb after a place', () => {
  it('agrees with the subject before the place ("Members on the picket line in Renfield were blunter")', () => {
    const { typeOf } = analyse('Members on the picket line in Renfield were blunter. Workers in Renfield said the offer was poor, Renfield officials said.');
    expect(typeOf('Renfield')).not.toBe('organization');
  });
});

describe('a common plural noun before a plural verb', () => {
  it('is no body ("Members are voting")', () => {
    const { names } = analyse('Members are voting on the offer this week. The members said the vote would close on Friday.');
    expect(names).not.toContain('Members');
  });
});

describe('a community described as a side', () => {
  it('is a party to the talks ("the Sylvanian Freedonian side")', () => {
    const { r } = analyse('At the talks, the Sylvanian Freedonian side again insisted on two states.');
    const side = r.entities.find((e) => e.name.includes('Sylvanian Freedonian'));
    expect(side?.type).toBe('group');
  });
});

describe('a tax written in capitals', () => {
  it('is no body ("a VAT hike")', () => {
    const { names } = analyse('The proposal to raise VAT from 6% to 12% was dropped, and the VAT hike was shelved.');
    expect(names).not.toContain('VAT');
  });
});

describe('a body named for its field of study', () => {
  it('is a body, not a study ("the Centre for Harbour and Coastal Studies")', () => {
    const { typeOf } = analyse('Ana Brel, an economist at the Centre for Harbour and Coastal Studies, said both sides had erred.');
    expect(typeOf('Centre for Harbour and Coastal Studies')).toBe('organization');
  });

  it('leaves the name of a survey alone ("the National Household Survey")', () => {
    const { names } = analyse('The National Household Survey found that wages rose.');
    expect(names).toEqual([]);
  });
});

describe('a delegate named by a demonym', () => {
  it('is a mention of the country ("A Sylvanian delegate told the plenary")', () => {
    const { r } = analyse('A Sylvanian delegate told the plenary that the kingdom would oppose the text.');
    const m = r.mentions.find((x) => x.start === 2);
    expect(m && r.entities[m.entity]!.name).toBe('Sylvania');
  });
});

describe('the people of a body opening a sentence', () => {
  it('are not part of its name ("Members of X voted")', () => {
    expect(analyse('Members of Harbour Pilots Union Local 9 voted to strike.').names).toEqual(['Harbour Pilots Union Local 9']);
    expect(analyse('Leaders of the Harbour Pilots Union met the minister.').names).toEqual(['Harbour Pilots Union']);
  });

  it('leaves a name whose first word is no such people alone', () => {
    expect(analyse('Sisters of Mercy Hospital opened a new ward.').names).toEqual(['Sisters of Mercy Hospital']);
  });
});

describe('a short name in parentheses built from the name', () => {
  it('is an alias of the body ("Northern Export-Import Bank (Norteximbank)")', () => {
    const { names, r } = analyse('The ministry asked the Northern Export-Import Bank (Norteximbank) for relief. Norteximbank rejected the request.');
    expect(names).toEqual(['Northern Export-Import Bank']);
    expect(r.mentions.filter((m) => m.text === 'Norteximbank').length).toBeGreaterThan(0);
  });

  it('is not a word that skips one of the name\'s words', () => {
    const { names } = analyse('The ministry asked the Northern Export-Import Bank (Norexbank) for relief. Norexbank rejected the request.');
    expect(names).toContain('Norexbank');
  });
});

describe('two brand-spelt words or acronyms joined by a hyphen', () => {
  it('are one body\'s name ("RoodWit-VdB"), not a person\'s double surname', () => {
    const { typeOf, names } = analyse('Talks between RoodWit-VdB and the VVD stalled. RoodWit-VdB wants a higher tax on fortunes, said Lena Marsh-Day.');
    expect(typeOf('RoodWit-VdB')).toBe('organization');
    expect(typeOf('Lena Marsh-Day')).toBe('person');
    expect(names.filter((n) => n === 'RoodWit-VdB')).toHaveLength(1);
  });

  it('not a patronymic spelling ("Anna MacArthur-Smith")', () => {
    const { typeOf } = analyse('Anna MacArthur-Smith said the talks had stalled.');
    expect(typeOf('Anna MacArthur-Smith')).toBe('person');
  });
});

describe('a pack party\'s name inside a longer capitalised name', () => {
  const packKb = new KnowledgeBase([
    PackSchema.parse({
      id: 'longer-names',
      name: 'Longer names',
      actors: [
        { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian'] },
        { id: 'unity-party', name: 'Unity Party', type: 'group', aliases: ['the Unity Party'] },
      ],
    }),
  ]);
  const bodies = (text: string) => {
    const r = analyseActors(text, packKb, '2027-05-01');
    return r.mentions.map((m) => [m.text, r.entities[m.entity]!.packId ?? r.entities[m.entity]!.name]);
  };

  it('is another body ("the opposition Freedonian Social Unity Party"), not the pack\'s', () => {
    expect(bodies('Lawmaker Tor Example of the opposition Freedonian Social Unity Party said the budget was unfair.')).toContainEqual(['Freedonian Social Unity Party', 'Freedonian Social Unity Party']);
    expect(bodies('The Unity Party said the budget was unfair.')).toEqual([['The Unity Party', 'unity-party']]);
    expect(bodies('Leaders of the Freedonian Unity Party met.')).toContainEqual(['Unity Party', 'unity-party']);
  });
});

describe('a name whose second word a translation leaves in lower case', () => {
  it('is a body when the word is no English word and only ever follows the same capitalised word ("Nova brana")', () => {
    const { r, typeOf } = analyse('Nova brana, the biggest party of the north, will take part. Vice-president of Nova brana Dara Kell said the party wants guarantees.');
    expect(typeOf('Nova brana')).toBe('organization');
    expect(typeOf('Dara Kell')).toBe('person');
    expect(r.mentions.filter((m) => r.entities[m.entity]!.name === 'Nova brana').map((m) => m.text)).toEqual(['Nova brana', 'the biggest party', 'Nova brana', 'the party']);
  });

  it('not an English word after a name ("Tarvik officials"), nor a word seen once', () => {
    const { names } = analyse('Tarvik officials met. Tarvik officials left. Nova brana said no.');
    expect(names).not.toContain('Tarvik officials');
    expect(names).not.toContain('Nova brana');
  });
});
