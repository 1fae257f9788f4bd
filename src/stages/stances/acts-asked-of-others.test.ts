/**
 * The act a side asks of another: wanted ("wants Sudmark to reinstate the drivers"), pushed for, insisted on in a
 * "that" clause whose subject is an unnamed plural ("insisted that manufacturers set aside ..."), or held as what
 * a thing "must have". Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Fund', type: 'organization', party: null, packId: null, surfaces: [['Fund', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('an act wanted or pushed for of another side', () => {
  it('reads "wants X to <act>" and "pushed for X to <act>" as support for the act', () => {
    expect(stancesOf('Talks resumed. Norland wants Sudmark to reinstate the sacked drivers.')).toContain('Norland:support:auto:reinstate-drivers');
    expect(stancesOf('Talks resumed. Norland pushed for Sudmark to reinstate the sacked drivers.')).toContain('Norland:support:auto:reinstate-drivers');
    expect(stancesOf('Talks resumed. Norland is demanding that Sudmark reinstate the 40 sacked drivers.')).toContain('Norland:support:auto:reinstate-drivers');
  });

  it('takes the noun after a comma between adjectives', () => {
    expect(stancesOf('Talks resumed. Norland wants producers to obtain explicit, informed consent for every new use.')).toContain('Norland:support:auto:obtain-consent');
  });

  it('asks nothing on the table with a light verb', () => {
    expect(stancesOf('Talks resumed. Norland wants Sudmark to become more like its neighbours.')).toEqual([]);
    expect(stancesOf('Talks resumed. Norland pushed for Sudmark to take a big step.')).toEqual([]);
  });
});

describe('a "that" clause with an unnamed subject, and what a thing must have', () => {
  it('reads "insisted that manufacturers set aside 20 percent of their production" as the production set aside', () => {
    expect(stancesOf('Talks resumed. Norland insisted that manufacturers set aside 20 percent of their real-time production.')).toContain('Norland:support:auto:set-production');
  });

  it('reads "insisting the body must have executive powers" as a demand for the powers', () => {
    expect(stancesOf('Talks resumed in Geneva, with Norland insisting the body must have executive powers.')).toContain('Norland:support:auto:executive-powers');
  });
});

describe('a body\'s staff', () => {
  it('speak for it when no workers\' body is named', () => {
    expect(stancesOf('Talks resumed. Fund staff have privately pushed for the army to give up majority ownership of the firms.')).toContain('Fund:support:auto:give-ownership');
  });
});

describe('what a side wins in talks', () => {
  it('reads a tax, a change or a timetable it secured or agreed as wanted', () => {
    expect(stancesOf('Budget talks resumed. Norland also secured a 100 percent tax on home purchases by non-residents.')).toContain('Norland:support:auto:tax-purchases');
    expect(stancesOf('Budget talks resumed. Sudmark agreed a timetable for the transfer. The timetable runs to June.')).toContain('Sudmark:support:auto:timetable');
  });

  it('reads no stance into an election won', () => {
    expect(stancesOf('Budget talks resumed. Norland won the election in May.')).toEqual([]);
  });
});

describe('an amount joined to its unit by a hyphen', () => {
  it('qualifies the noun wanted ("a 25-year transition period")', () => {
    expect(stancesOf('Talks resumed. Norland wants a 25-year transition period for its fleets.')).toContain('Norland:support:auto:transition-period');
  });

  it('names back what a side wants as "the demand", with the amount repeated', () => {
    const got = stancesOf('Talks resumed. Norland wants a 25-year transition period for its fleets. Sudmark has rejected the 25-year demand.');
    expect(got).toContain('Sudmark:oppose:auto:transition-period');
  });
});

describe('those backing a side in an aside', () => {
  it('hold its stance ("X, backed by Y, wants ...")', () => {
    const got = stancesOf('Talks resumed. Norland, backed by Sudmark, wants a 25-year transition period for its fleets.');
    expect(got).toEqual(expect.arrayContaining(['Norland:support:auto:transition-period', 'Sudmark:support:auto:transition-period']));
  });
});

describe('"he" after a sentence that opens on a person', () => {
  const PEOPLE: FixtureActor[] = [
    ...ACTORS,
    { name: 'Karl Brandvold', type: 'person', party: 'norland', surfaces: [['Karl Brandvold', 'name']] },
    { name: 'Ana Silva', type: 'person', party: 'sudmark', surfaces: [['Ana Silva', 'name']] },
  ];
  it('is that person, though another person held the last stance', () => {
    const text = "Ana Silva said the rebels fully backed the declaration. Norland's communications minister, Karl Brandvold, said schools would reopen in the coming weeks. He rejected calls for an international monitoring force.";
    const got = fixtureStances(text, PEOPLE, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);
    expect(got).toContain('Karl Brandvold:oppose:auto:monitoring-force');
    expect(got).not.toContain('Ana Silva:oppose:auto:monitoring-force');
  });
});

describe('a short head that names an act', () => {
  it('is an object all the same ("dropped its objection to the cut")', () => {
    const got = stancesOf('Talks resumed. Norland proposed a 20 percent cut in the catch. Sudmark dropped its objection to the cut.');
    expect(got).toContain('Sudmark:support:auto:cut');
  });
});
