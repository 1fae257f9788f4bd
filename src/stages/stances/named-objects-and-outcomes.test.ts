/**
 * Objects a stance is about, named the way reports name them: "rejects any extraterritorial arrangement" is a
 * kind ruled out (its modifier and head name it), "insists on what it calls "unimpeded" passage" names the object
 * in the side's own words, scare quotes and all. Invented sentences about Norland and Sudmark.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];
const LEAD = 'Norland and Sudmark resume talks on a transit route\nNorland and Sudmark held talks on Monday on a transit route through the valley. ';
const stancesOf = (text: string, actor = 'Norland') =>
  fixtureStances(LEAD + text, ACTORS, kb).filter((s) => s.actor === actor).map((s) => `${s.stance} ${s.proposition}`);

describe('any one of a kind', () => {
  it('names the kind a side rules out, beside other objects in the paragraph', () => {
    const text = 'Norland rejects any extraterritorial arrangement. Sudmark has offered a plan to open all transport links in the region.';
    expect(stancesOf(text)).toEqual(['oppose auto:extraterritorial-arrangement']);
  });

  it('leaves "any final agreement" to be the deal under discussion', () => {
    expect(stancesOf('Norland rejects any final agreement on the transit route.')).not.toContain('oppose auto:final-agreement');
  });
});

describe('an object named the side\'s own way', () => {
  // (An open phrase is an object only when its head recurs in the report, hence the second sentence.)
  it.each([
    ['Norland insists on what it calls "unimpeded" passage, meaning its cargo would not be checked. Sudmark wants every passage inspected.', 'support auto:unimpeded-passage'],
    ['Norland insists on "unimpeded" passage. Sudmark wants every passage inspected.', 'support auto:unimpeded-passage'],
    ['Norland is pushing for what it describes as duty-free transit.', 'support auto:duty-free-transit'],
  ])('%s', (text, expected) => {
    expect(stancesOf(text)).toContain(expected);
  });
});

describe('an outcome told after the object', () => {
  const UNION: FixtureActor[] = [
    { name: 'Riverton Machinists Guild', type: 'organization', party: 'riverton-machinists-guild', packId: null, surfaces: [['Riverton Machinists Guild', 'name']] },
    { name: 'Halvard Aero', type: 'organization', party: 'halvard-aero', packId: null, surfaces: [['Halvard Aero', 'name']] },
  ];
  const lead = 'Riverton Machinists Guild and Halvard Aero reach contract deal\nThe Riverton Machinists Guild and Halvard Aero negotiated a new contract this week. ';
  const of = (text: string) => fixtureStances(lead + text, UNION, kb).filter((s) => s.actor === 'Riverton Machinists Guild').map((s) => `${s.stance} ${s.proposition}`);

  it('does not read "accepted the offer, ending the strike" as support for the strike', () => {
    const found = of('The Riverton Machinists Guild accepted the offer on Monday, ending a seven-week strike.');
    // ("the offer" is the contract named in the sentence before: the strike after it is named later, and is pressure.)
    expect(found.some((s) => s.startsWith('support') && /contract|proposal/.test(s))).toBe(true);
    expect(found.filter((s) => s.endsWith('auto:strike'))).toEqual([]);
  });
});

describe('"the union" for a guild', () => {
  const BODIES: FixtureActor[] = [
    { name: 'Riverton Machinists Guild', type: 'organization', party: 'riverton-machinists-guild', packId: null, surfaces: [['Riverton Machinists Guild', 'name']] },
    { name: 'Halvard Aero', type: 'organization', party: 'halvard-aero', packId: null, surfaces: [['Halvard Aero', 'name']] },
  ];
  it('holds the guild, not the company named last, when no body is called a union', () => {
    const text = 'Guild members back contract\nMembers of the Riverton Machinists Guild met on Sunday. Halvard Aero said production would restart within weeks, and Halvard Aero thanked its staff. Its chief called the vote historic. The union had decided to recommend the offer because another round would not produce a better contract.';
    const holders = fixtureStances(text, BODIES, kb).filter((s) => /proposal|contract/.test(s.proposition) && s.stance === 'support').map((s) => s.actor);
    expect(holders).toContain('Riverton Machinists Guild');
    expect(holders).not.toContain('Halvard Aero');
  });
});
