/**
 * Sides told by another's stance: the holder of a call or an objection that an act answers or defies ("imposed
 * the levy despite objections from Norland", "dropped the levy under pressure from Norland"), and a side taking
 * another's part with nothing else as the object ("Sudmark backed Norland", "sided with him", "echoed that
 * position"). Invented sentences about fictional talks between Norland and Sudmark (the levy is a tariff).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Westria', type: 'country', party: 'westria', packId: 'westria', surfaces: [['Westria', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('the holder of a call or an objection an act answers or defies', () => {
  it('reads an objection the act defies as against what the act does', () => {
    expect(stancesOf('Sudmark imposed the levy despite objections from Norland.')).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf('Sudmark imposed the levy over the objections of Norland.')).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf('Sudmark scrapped the levy despite strong opposition from Norland.')).toContain('Norland:support:auto:tariffs');
  });

  it('reads a call the act answers as wanting what the act does, and one it defies as wanting the reverse', () => {
    expect(stancesOf('Sudmark dropped the levy after pressure from Norland.')).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf('Sudmark dropped the levy at the request of Norland.')).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf('Sudmark refused to lift the levy despite repeated calls from Norland and Westria.')).toEqual(
      expect.arrayContaining(['Sudmark:support:auto:tariffs', 'Norland:oppose:auto:tariffs', 'Westria:oppose:auto:tariffs']),
    );
  });

  it('takes nothing from a noun of asking with no act in the sentence, or from "at" before a noun that is no request', () => {
    expect(stancesOf('Calls from Norland went unanswered.')).toEqual([]);
    expect(stancesOf('Sudmark imposed the levy at the pressure of Norland.').filter((x) => x.startsWith('Norland'))).toEqual([]);
  });
});

describe("taking another side's part", () => {
  it('gives the backer the stance last told of the side it backs', () => {
    expect(stancesOf('Norland rejected the levy. Sudmark backed Norland.')).toContain('Sudmark:oppose:auto:tariffs');
    expect(stancesOf('Norland rejected the levy, and Sudmark sided with Norland.')).toContain('Sudmark:oppose:auto:tariffs');
    expect(stancesOf("Norland rejected the levy. Sudmark backed Norland's position on Monday.")).toContain('Sudmark:oppose:auto:tariffs');
  });

  it('reads a pronoun or "that position" as the side whose stance was told last, for every name joined before the verb', () => {
    expect(stancesOf('Norland rejected the levy. Sudmark and Westria echoed that position.')).toEqual(
      expect.arrayContaining(['Sudmark:oppose:auto:tariffs', 'Westria:oppose:auto:tariffs']),
    );
  });

  it('leaves a backed name with an object of its own to the object', () => {
    expect(stancesOf("Norland rejected the levy. Sudmark backed Norland's proposal for talks.")).not.toContain('Sudmark:oppose:auto:tariffs');
    expect(stancesOf('Sudmark backed Norland.')).toEqual([]);
  });
});

describe('an appositive demand on the phrase before it, and the side its relative clause names', () => {
  it('reads the phrase before the comma as the demand, and who "had long resisted" it as against it', () => {
    const r = stancesOf('Norland and Sudmark met for talks on a fishing deal. The deal includes a cap on trawler licences, a key Norland demand that Sudmark had long resisted.');
    expect(r).toContain('Norland:support:auto:cap-licences');
    expect(r).toContain('Sudmark:oppose:auto:cap-licences');
  });

  it('keeps an object that ends at the comma', () => {
    expect(stancesOf('Sudmark accepted the levy, a central demand of Norland.')).toEqual(['Sudmark:support:auto:tariffs', 'Norland:support:auto:tariffs']);
  });
});

describe('an appositive demand of a body named by its kind', () => {
  const LABOUR: FixtureActor[] = [
    { name: 'Harbour Pilots Union', type: 'organization', party: 'harbour-pilots-union', surfaces: [['Harbour Pilots Union', 'name']] },
    { name: 'Dorvex Airlines', type: 'organization', party: 'dorvex-airlines', surfaces: [['Dorvex Airlines', 'name']] },
  ];
  const labourStances = (text: string) => fixtureStances(text, LABOUR, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

  it('reads "a key union demand that management had long resisted" as the union for it and the employer against it', () => {
    const r = labourStances('The Harbour Pilots Union met Dorvex Airlines on Monday. The deal includes a cap on outsourcing, a key union demand that management had long resisted.');
    expect(r).toContain('Harbour Pilots Union:support:auto:cap-outsourcing');
    expect(r).toContain('Dorvex Airlines:oppose:auto:cap-outsourcing');
  });
});

describe('the holder of a call or an objection named as a possessive', () => {
  it('reads "at Norland\'s request" and "over Norland\'s strong objections"', () => {
    expect(stancesOf("Sudmark dropped the levy at Norland's request.")).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf("Sudmark imposed the levy over Norland's strong objections.")).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf('Sudmark dropped the levy, responding to pressure from Norland.')).toContain('Norland:oppose:auto:tariffs');
  });
});

describe('a thing falling short of what a side wants, and "said it was" a judgement', () => {
  it('reads the side whose demands a thing falls short of as against it', () => {
    expect(stancesOf("Sudmark proposed a levy. The offer falls short of Norland's demands.")).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf('Sudmark proposed a levy. The offer fell well short of what Norland had asked for.')).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf("Sudmark's levy fell short of the expectations of Norland.")).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf("Sudmark's levy fell short of expectations.")).toEqual([]);
  });

  it('reads "said it was <judgement>" as a judgement of the thing under discussion, not of a clause put after "it"', () => {
    expect(stancesOf('Sudmark proposed a levy. Norland says it is a non-starter.')).toContain('Norland:oppose:auto:tariffs');
    expect(stancesOf('Sudmark proposed a levy. Norland said it was a good basis for talks.')).toContain('Norland:support:auto:tariffs');
    expect(stancesOf('Sudmark proposed a levy. Norland said it was ready to talk.')).not.toContain('Norland:support:auto:tariffs');
  });
});

describe('a participle after a comma, and going back to the talks', () => {
  it('does not compose "ended the round" with ", agreeing to swap prisoners"', () => {
    const r = stancesOf('Norland and Sudmark ended the round, agreeing to swap more prisoners of war.');
    expect(r.filter((x) => x.includes(':oppose:'))).toEqual([]);
    expect(r).toContain('Norland:support:auto:prisoner-exchange');
  });

  it('reads "ready to get back to negotiations" and "ready to return to talks" as for the talks', () => {
    expect(stancesOf('Norland said it was ready to get back to negotiations.')).toEqual(['Norland:support:auto:talks']);
    expect(stancesOf('Norland said it was ready to return to talks.')).toEqual(['Norland:support:auto:talks']);
    expect(stancesOf('Norland refused to go back to the talks.')).toEqual(['Norland:oppose:auto:talks']);
  });
});

describe('a stance after "but" following a non-committal clause', () => {
  it('keeps "described the levy as insufficient" after "has yet to respond, but"', () => {
    expect(stancesOf('Norland has offered a levy. Sudmark has yet to respond, but officials in Sudmark described the levy as insufficient.')).toContain('Sudmark:oppose:auto:tariffs');
  });
});

describe('talks as the object of a stance verb', () => {
  it('reads "offered to host the next round of talks" as for the talks, a venue that hosted them as nothing', () => {
    expect(stancesOf('Norland offered to host the next round of talks.')).toEqual(['Norland:support:auto:talks']);
    expect(stancesOf('Norland hosted the talks.')).toEqual([]);
  });
});

describe('endorsing a person', () => {
  it('is backing a candidate, not taking up their stance', () => {
    expect(stancesOf('Norland rejected the levy. Sudmark endorsed Norland.')).not.toContain('Sudmark:oppose:auto:tariffs');
  });
});
