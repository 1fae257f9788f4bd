/**
 * Stances whose object is not named where they are taken: "it" for an object a side took a position on in the
 * sentence before, "X is against." with nothing after, "opposed to it"; and the things every kind of talks bargains
 * over that no suffix marks abstract ("the budget", "the target"). Invented sentences about fictional parties.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Ostland', type: 'country', party: 'ostland', packId: 'ostland', surfaces: [['Ostland', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('"it" for an object a side took a position on just before', () => {
  it('names an object no listed head names', () => {
    expect(stancesOf('Norland wants a wealth tax. Sudmark rejected it.')).toContain('Sudmark:oppose:auto:wealth-tax');
    expect(stancesOf('Norland wants a wealth tax. Sudmark said it would veto it.')).toContain('Sudmark:oppose:auto:wealth-tax');
  });

  it('not three sentences on, and not a judged "it" in a quote', () => {
    expect(stancesOf('Norland wants a wealth tax. Talks resumed. Ships waited. Prices rose. Sudmark rejected it.').some((s) => s.startsWith('Sudmark'))).toBe(false);
    const quoted = stancesOf('Norland wants a wealth tax. "It was offensive," said Sudmark\'s minister.');
    expect(quoted.some((s) => s.startsWith('Sudmark'))).toBe(false);
  });

  it('takes "it" after a preposition the stance word governs', () => {
    expect(stancesOf('Norland wants a fishing moratorium. Sudmark is opposed to it.')).toContain('Sudmark:oppose:auto:moratorium');
  });
});

describe('"against" with nothing after it', () => {
  it('is against the object under discussion', () => {
    expect(stancesOf('Norland wants a fishing moratorium. Sudmark is against.')).toContain('Sudmark:oppose:auto:moratorium');
    const both = stancesOf('Norland wants a fishing moratorium. Sudmark and Ostland are firmly against.');
    expect(both).toContain('Sudmark:oppose:auto:moratorium');
    expect(both).toContain('Ostland:oppose:auto:moratorium');
  });
});

describe('things on the table no suffix marks', () => {
  it.each([
    ['Sudmark voted against the budget.', 'Sudmark:oppose:auto:budget'],
    ['Sudmark backed the target.', 'Sudmark:support:auto:target'],
    ['Sudmark rejected the reforms.', 'Sudmark:oppose:auto:reforms'],
  ])('%s', (sentence, stance) => {
    expect(stancesOf(sentence)).toContain(stance);
  });
});

describe('news idioms of keeping, staying, siding and paying', () => {
  it('reads upholding a measure as keeping it', () => {
    expect(stancesOf('Sudmark upheld the ban on trawling.')).toContain('Sudmark:support:auto:ban');
  });

  it('reads staying at the table as backing the talks, on its terms', () => {
    expect(stancesOf('Sudmark would remain in the negotiation, but only if Norland kept its promises.')).toContain('Sudmark:conditional:auto:negotiation');
  });

  it('reads siding with a party on a question as backing what it wants there', () => {
    const got = stancesOf('Sudmark and Ostland have sided with Norland on broadening the donor base.');
    expect(got).toContain('Sudmark:support:auto:broadening-base');
    expect(got).toContain('Ostland:support:auto:broadening-base');
  });

  it('reads paying for a thing as backing it, but not a fund named as a noun', () => {
    expect(stancesOf('Sudmark agreed to fund the monitoring mission.')).toContain('Sudmark:support:auto:fund-mission');
    expect(stancesOf('A relief fund the donors set up will pay for the mission, Sudmark said.').some((s) => s.includes('fund'))).toBe(false);
  });
});

describe('"absent" as a condition', () => {
  it('holds a stance to what is absent, and is no condition when it means away', () => {
    expect(stancesOf('Sudmark will not lift the sanctions absent a deal on fishing.')).toContain('Sudmark:conditional:auto:sanctions');
    expect(stancesOf('Sudmark will not lift the sanctions, although its envoy was absent from the talks.')).not.toContain('Sudmark:conditional:auto:sanctions');
  });
});

describe('a thing a side wanted undone, named again by "it" or by nothing', () => {
  it('is the undoing: against it is for the thing', () => {
    expect(stancesOf('Norland wants to scrap the wealth tax. The wealth tax costs billions. Sudmark rejected it.')).toContain('Sudmark:support:auto:wealth-tax');
    expect(stancesOf('The mortgage interest deduction costs billions. Norland wants to phase out the mortgage interest deduction. Sudmark is against.')).toContain('Sudmark:support:auto:interest-deduction');
  });

  it('is the thing itself when it was wanted as it is', () => {
    expect(stancesOf('Norland wants a wealth tax. Sudmark rejected it.')).toContain('Sudmark:oppose:auto:wealth-tax');
  });
});
