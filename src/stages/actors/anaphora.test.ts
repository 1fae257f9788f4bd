import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { fictionalKb, analyseActors } from './testing.js';

const kb = fictionalKb();
function described(text: string): [string, string][] {
  const r = analyseActors(text, kb, '2025-05-01');
  return r.mentions.filter((m) => m.provenance.rule === 'body-description').map((m) => [m.text, r.entities[m.entity]!.name]);
}

describe('definite descriptions of a body named before', () => {
  it('links "the union", "the ministry" and "the company" to the body just named', () => {
    expect(described('The Harbour Pilots Union said on Monday it would strike. The union said talks had failed.')).toEqual([['The union', 'Harbour Pilots Union']]);
    expect(described('Dorvex Corp. said it would appeal the fine. The embattled company said the ruling was unfair.')).toEqual([['The embattled company', 'Dorvex Corp']]);
    const ministry = described('The Freedonian Foreign Ministry rejected the ruling. The ministry said the court had no jurisdiction.');
    expect(ministry.map(([t]) => t)).toEqual(['The ministry']);
  });

  it('links "the chain" to a company and "their union" to the union named before', () => {
    expect(described('Talks between Harwell Foods and the Allied Bakers Union broke down. Bakers will vote after their union reached a deal with the chain.')).toEqual([
      ['their union', 'Allied Bakers Union'],
      ['the chain', 'Harwell Foods'],
    ]);
  });

  it('knows a company by the industry word its name ends in, and a union by the workers it names', () => {
    expect(described('Talks between Harwell Foods and the dockers resumed. The company said it would not raise its offer.')).toEqual([['The company', 'Harwell Foods']]);
    expect(described('The Allied Textile and Garment Workers Local 44 voted to strike. The union said talks had failed.')).toEqual([['The union', 'Allied Textile and Garment Workers Local 44']]);
    expect(described('The Allied Textile and Garment Workers of Ostrava voted to strike. The union said talks had failed.')).toEqual([['The union', 'Allied Textile and Garment Workers of Ostrava']]);
  });

  it('takes the nearest fitting body, and none when none fits or it was named too long ago', () => {
    expect(described('The Harbour Pilots Union and the Dock Workers Union met. The Dock Workers Union walked out. The union said it was insulted.')).toEqual([['The union', 'Dock Workers Union']]);
    // No company named: "the company" is nobody.
    expect(described('The Harbour Pilots Union said it would strike. The company said it would not negotiate.')).toEqual([]);
    const far = ['The Harbour Pilots Union said it would strike.', 'Talks resumed.', 'Nothing moved.', 'Ships waited.', 'Prices rose.', 'Markets fell.', 'The union said it was ready.'];
    expect(described(far.join(' '))).toEqual([]);
  });

  it('reads "the other union", "the rival company" as a different body', () => {
    expect(described('The Harbour Pilots Union said it would strike. The other union said it would not.')).toEqual([]);
    expect(described('Dorvex Corp. said it would appeal. The rival company said nothing.')).toEqual([]);
  });

  it('links every description in a long document full of them (one sweep: a quadratic scan would time out here)', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `The Harbour Pilots Union ${i} met. The union said no.`).join(' ');
    expect(described(text).length).toBeGreaterThan(100);
  });

  it('leaves names and people alone: "the Union of ...", "the union leaders"', () => {
    expect(described('The Harbour Pilots Union said it would strike. The union leaders said talks had failed.')).toEqual([]);
    expect(described('The Harbour Pilots Union said it would strike. The Union of Freedonian Ports disagreed.')).toEqual([]);
  });
});

describe('a description between a body and a body of its own', () => {
  it('is the body the noun heads ("the league"), and "the union" a players\' association', () => {
    const text = 'The Northern Hockey League Players Association rejected the latest offer from the Northern Hockey League in the contract talks.\nThe league offered players 45% of revenue.\nThe union countered with a demand for 52%.';
    const got = described(text);
    expect(got).toContainEqual(['The league', 'Northern Hockey League']);
    expect(got).toContainEqual(['The union', 'Northern Hockey League Players Association']);
  });
});

describe('descriptions of a government, an armed group, a bloc and a carrier', () => {
  it('links "the government" and "the State" to the one country named as governed', () => {
    const text = 'Freedonia\'s government and the Popular Liberation Front met in Fredville. The government said the truce would hold. The State will not pay anyone, an aide added. The rebels disagreed.';
    const got = described(text);
    expect(got).toContainEqual(['The government', 'Freedonia']);
    expect(got).toContainEqual(['The State', 'Freedonia']);
    expect(got).toContainEqual(['The rebels', 'Popular Liberation Front']);
  });

  it('leaves "the government" alone when no country is named as governing, and "the state" in a federation', () => {
    expect(described('Freedonia and Sylvania met in Fredville. The government said nothing.')).toEqual([]);
    const region = 'The Sylvanian state of Lower Marsh votes in May. Freedonia\'s government is watching. The state has a debt problem.';
    expect(described(region).map(([t]) => t)).not.toContain('The state');
  });

  it('links "the guerrilla" and "the insurgent group" to an armed group, not "the working group" nor a company', () => {
    const text = 'The Popular Liberation Front and Dorvex Corp. both wrote to Freedonia\'s government. The insurgent group said it wanted talks. The guerrilla will answer on Monday. The working group met later.';
    const got = described(text);
    expect(got).toContainEqual(['The insurgent group', 'Popular Liberation Front']);
    expect(got).toContainEqual(['The guerrilla', 'Popular Liberation Front']);
    expect(got.map(([t]) => t)).not.toContain('The working group');
  });

  it('links "the bloc" to a union of states, and "the Example-based carrier" to a company', () => {
    expect(described('The Pax League wants more fish. Freedonia refuses to raise the bloc\'s share.')).toEqual([['the bloc', 'Pax League']]);
    expect(described('Skyward Airlines rejected the offer. The Lakeside-based carrier said it had offered enough.')).toEqual([['The Lakeside-based carrier', 'Skyward Airlines']]);
  });

  it('keeps the one company a report keeps returning to as "the company" beyond the usual four sentences', () => {
    const gap = ['Talks resumed.', 'Nothing moved.', 'Ships waited.', 'Prices rose.', 'Markets fell.'];
    const far = ['Dorvex Corp. said it would not pay more.', 'The company wants a longer contract.', ...gap, 'The company said it was ready.'];
    expect(described(far.join(' '))).toEqual([['The company', 'Dorvex Corp'], ['The company', 'Dorvex Corp']]);
    // With two companies named, the far description stays unresolved.
    const two = ['Dorvex Corp. and Skyward Airlines said they would not pay more.', 'Dorvex Corp. wants a longer contract.', ...gap, 'The company said it was ready.'];
    expect(described(two.join(' '))).toEqual([]);
    // So is the one union a labour report keeps returning to, and not with a second union named.
    const union = ['The Harbour Pilots Union said it would strike.', 'The union wants more pay.', ...gap, 'The union said it was ready.'];
    expect(described(union.join(' '))).toEqual([['The union', 'Harbour Pilots Union'], ['The union', 'Harbour Pilots Union']]);
    const unions = ['The Harbour Pilots Union and the Dock Workers Union said they would strike.', 'The Harbour Pilots Union wants more pay.', ...gap, 'The union said it was ready.'];
    expect(described(unions.join(' '))).toEqual([]);
  });
});

describe('an employer named by what it is', () => {
  it('reads "management" as the company a labour report names, but not "waste management" or "management fees"', () => {
    const text = 'Pilots at Dorvex Airlines rejected the offer. They want a pension plan, which management has refused. Talks between the pilots and management resumed. Waste management was not discussed, nor were management fees.';
    expect(described(text)).toEqual([['management', 'Dorvex Airlines'], ['management', 'Dorvex Airlines']]);
    expect(described('The Harbour Pilots Union said management had refused.')).toEqual([]);
    expect(described('Pilots at Dorvex Airlines rejected the offer, which included cuts to management pay.')).toEqual([]);
  });
});

describe('one person speaking for a body named by what it is', () => {
  it('makes the head word a mention of the body ("a union spokesperson", "a company official")', () => {
    expect(described('The Harbour Pilots Association said on Monday it would strike. A union spokesperson said members would vote.')).toEqual([['union', 'Harbour Pilots Association']]);
    expect(described('Dorvex Corp. said it would appeal the fine. "We are disappointed," a company official said.')).toEqual([['company', 'Dorvex Corp']]);
    // Whatever the white space, the mention is the head word; a description that covers it already is the only one.
    expect(described('The Harbour Pilots Association said on Monday it would strike. A union  spokesperson said members would vote.')).toEqual([['union', 'Harbour Pilots Association']]);
    expect(described('The Harbour Pilots Association said on Monday it would strike. The union negotiator said members would vote.')).toEqual([['The union', 'Harbour Pilots Association']]);
    // Leaders are people of their own; a body never named is nobody.
    expect(described('The Harbour Pilots Association said it would strike. The union leaders met.')).toEqual([]);
    expect(described('A union spokesperson said members would vote.')).toEqual([]);
  });
});

describe('a proper short name of a pack body whose side the report names', () => {
  const packKb = new KnowledgeBase([
    PackSchema.parse({
      id: 'fiction-bodies',
      name: 'Fiction bodies',
      actors: [
        { id: 'pax-league', name: 'Pax League', type: 'organization', aliases: ['the League'] },
        { id: 'pax-commission', name: 'Pax League Commission', type: 'organization', party: 'pax-league' },
        { id: 'pax-council', name: 'Pax Council', type: 'organization', party: 'pax-league' },
        { id: 'pax-assembly', name: 'Pax Assembly', type: 'organization', party: 'pax-league' },
        { id: 'ocean-assembly', name: 'Ocean Assembly', type: 'organization', party: 'ocean-union' },
        { id: 'ocean-union', name: 'Ocean Union', type: 'organization' },
        { id: 'freedonia', name: 'Freedonia', type: 'country' },
      ],
    }),
  ]);
  const shortNamed = (text: string) => {
    const r = analyseActors(text, packKb, '2025-05-01');
    return r.mentions.filter((m) => m.provenance.rule === 'body-short-name').map((m) => [m.text, r.entities[m.entity]!.name, r.entities[m.entity]!.party]);
  };

  it('reads "the Commission" as the pack body of that name belonging to a side named before', () => {
    expect(shortNamed('Freedonia and the Pax League agreed on a quota. The Commission no longer insists on an increase.')).toEqual([['The Commission', 'Pax League Commission', 'pax-league']]);
    expect(shortNamed('The Pax League met Freedonia. Talks went on. Later the Council said it would review the quota.')).toEqual([['the Council', 'Pax Council', 'pax-league']]);
  });

  it('leaves it alone with no side of it named, two bodies of that name, a lower-case noun or a longer name', () => {
    expect(shortNamed('Freedonia agreed on a quota. The Commission no longer insists on an increase.')).toEqual([]);
    expect(shortNamed('The Pax League and the Ocean Union met. The Assembly said it would vote.')).toEqual([]);
    expect(shortNamed('The Pax League met Freedonia. The commission said it would review the quota.')).toEqual([]);
    expect(shortNamed('The Pax League met Freedonia. The Commission on Fisheries said it would review the quota.')).toEqual([]);
    // Placed elsewhere, or a body the report named by a longer name of its own.
    expect(shortNamed('Freedonia asked the Pax League for aid. The Council in Fredville voted to extend the decree.')).toEqual([]);
    expect(shortNamed('Freedonia met the Pax League. The Assembly of the northern regions met. Later the Assembly said it would vote.')).toEqual([]);
  });
});
