/**
 * Actor defects behind stance misses in wire-copy passages (session 11), rebuilt with invented names: a
 * company named in apposition to its kind or right after a kind of body, a company whose name ends in an
 * airline's word, a country's name opening a civil body's name, a survey named with a body word, and an
 * officer of "the group" speaking for the body the passage is about.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from './testing.js';

const kb = new KnowledgeBase([
  PackSchema.parse({
    id: 'fiction-qa11-actors',
    name: 'Fiction QA11 actors',
    actors: [
      { id: 'freedonia', name: 'Freedonia', type: 'country', aliases: ['Fredonland'], demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville'] },
      { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'], metonyms: ['Sylvan City'] },
    ],
  }),
]);

function entities(text: string) {
  const r = analyseActors(text, kb);
  return r.entities.map((e) => ({ ...e, texts: e.mentions.map((i) => r.mentions[i]!.text) }));
}
const typeOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.type ?? null;

describe('a company named by one bare word', () => {
  it('is read from its kind in apposition before it ("the largest cement maker, X,")', () => {
    expect(typeOf("FREDVILLE (Reuters) - Freedonia's largest cement maker, Quarvel, surprised campaigners on Monday by backing the cap.", 'Quarvel')).toBe('organization');
    expect(typeOf('Sylvania\'s biggest steelmaker, Dornholt, said it would cut output.', 'Dornholt')).toBe('organization');
  });

  it('is read from a kind of business or body written right before it', () => {
    expect(typeOf('Streaming service Zephyro Sport has agreed a five-year deal for the rights.', 'Zephyro Sport')).toBe('organization');
    expect(typeOf('Retailers\' group Vapenor said the ban would push young people to the black market.', 'Vapenor')).toBe('organization');
    // A surname's ending ("-ian") reads no person when the first word is no given name.
    const text = 'The deal is a blow to incumbent broadcaster Tarnel Meridian. Tarnel Meridian declined to comment.';
    expect(typeOf(text, 'Tarnel Meridian')).toBe('organization');
  });
});

describe('a name ending in a word of an airline or a watchdog', () => {
  it('is a body even when its first word is a given name', () => {
    const text = 'The union will fight the merger of Aurelia Air with rival Linden Wings, a memo said. Aurelia Air\'s chief executive has said the deal would secure both carriers.';
    expect(typeOf(text, 'Aurelia Air')).toBe('organization');
    expect(typeOf(text, 'Linden Wings')).toBe('organization');
    expect(typeOf('That was the verdict of Mara Quint, head of the monitoring group Civic Ballot Watch.', 'Civic Ballot Watch')).toBe('organization');
  });
});

describe("a country's name opening a civil body's name", () => {
  it('stays part of the name ("Fredonland Paediatric Society"), as a demonym does', () => {
    const es = entities('The Fredonland Paediatric Society, which has campaigned for the ban since 2019, said it could not come soon enough.');
    expect(es.find((e) => e.type === 'organization')?.name).toBe('Fredonland Paediatric Society');
    expect(es.some((e) => e.type === 'country')).toBe(false);
  });

  it('still owns a state body ("Freedonia Health Ministry" is no civil body)', () => {
    expect(entities('The Freedonia Health Ministry said the ban would start in May.').some((e) => e.packId === 'freedonia')).toBe(true);
  });
});

describe('a body word inside a name', () => {
  it('makes a body of a community of states, not of a survey or an index', () => {
    expect(typeOf('The Southern Andean Trade Community will not impose sanctions, the bloc said.', 'Southern Andean Trade Community')).toBe('organization');
    const es = entities('Data from the 2014 Freedonian Community Survey show that poverty fell. The Global Harbour Index rose.');
    expect(es.filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('an officer of "the group"', () => {
  it('speaks for the body the passage named last, whatever its name calls it', () => {
    const text =
      'The Kessar Highland Brigade, which last week welcomed a truce, said on Thursday it was pulling out of the arrangement. "The truce is dead," the group\'s commander, Omar Ghadda, said in a video posted online.';
    const es = entities(text);
    expect(es.find((e) => e.name === 'Omar Ghadda')?.party).toBe('kessar-highland-brigade');
  });
});

describe('an officer of "the group" after two bodies in one sentence', () => {
  it("speaks for the sentence's subject, not the body named last", () => {
    const text = 'Clinics Together, a patient advocacy group, backed the nurses\' contract deal at Harwell Valley Hospitals on Tuesday. "This is good news," the group\'s director, Tamsin Roe, said.';
    expect(entities(text).find((e) => e.name === 'Tamsin Roe')?.party).toBe('clinics-together');
  });
});

describe('a company known by its name without a generic tail', () => {
  it('takes a bare given-name head as the company, so "the company" finds it', () => {
    const es = entities('Regulators are reviewing a bid by Lyra Telecom for rival carrier Skyvane. Lyra\'s chief executive flew to the capital this week.');
    const lyra = es.find((e) => e.name === 'Lyra Telecom');
    expect(lyra?.texts).toEqual(['Lyra Telecom', 'Lyra']);
    expect(typeOf('Regulators are reviewing a bid by Lyra Telecom for rival carrier Skyvane.', 'Skyvane')).toBe('organization');
  });
});

describe('a body named in apposition to its kind', () => {
  it('is read whole, lower-case joiners and all, after or before the kind', () => {
    expect(typeOf('Families for Safe Streets, a group representing parents in the district, came out against the strike.', 'Families for Safe Streets')).toBe('organization');
    expect(typeOf('Clinics Together, a patient advocacy group, backed the deal on Tuesday.', 'Clinics Together')).toBe('organization');
    const text = 'The main opposition coalition said it would accept the date. The coalition, Union for a New Sylvania, boycotted the last vote.';
    expect(typeOf(text, 'Union for a New Sylvania')).toBe('organization');
  });

  it('is read from a source of "according to" that "which" continues', () => {
    const text = 'The merger would leave 40,000 people an hour from an emergency department, according to Save Dunmore Ward, which has gathered 12,000 signatures.';
    expect(typeOf(text, 'Save Dunmore Ward')).toBe('organization');
    expect(entities('Prices rose, according to Marta Quint, who has studied the market.').find((e) => e.name === 'Marta Quint')?.type).toBe('person');
  });

  it('is no body when the apposition describes a person ("X, a member of the group,")', () => {
    expect(entities('Mara Quint, a member of the group, said the strike would go ahead.').find((e) => e.name === 'Mara Quint')?.type).toBe('person');
    expect(entities('Okonkwo, a commander of the group, said the truce was dead.').some((e) => e.type === 'organization')).toBe(false);
  });
});
