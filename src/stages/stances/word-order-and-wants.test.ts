/**
 * Readings that depend on what stands between a verb and its object, or after what is wanted: an adverb or a manner
 * put between ("signed also the declaration", the word order of translated news), a place and a time after an
 * objectless "agreed", and what a side wants to stand ("to apply", "to hold") or to end. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('between the verb and its object', () => {
  it('skips an adverb or "with <manner>"', () => {
    expect(stancesOf('Sudmark supported with enthusiasm the summit in Geneva. The summit in Geneva opens in May.')).toContain('Sudmark:support:auto:summit');
    expect(stancesOf('Norland and Sudmark signed also the ceasefire.')).toContain('Sudmark:support:auto:ceasefire');
  });

  it('takes a place, a time and a reporter after an objectless "agreed"', () => {
    const got = stancesOf('The ceasefire would start on Monday. Norland and Sudmark agreed in Geneva late tonight, the mediators said.');
    expect(got).toEqual(expect.arrayContaining(['Norland:support:auto:ceasefire', 'Sudmark:support:auto:ceasefire']));
  });

  it('reads "move quickly on" as getting a thing done', () => {
    expect(stancesOf('Norland urged Sudmark to move quickly on the ceasefire.')).toContain('Norland:support:auto:ceasefire');
  });
});

describe('what a side wants done to a thing', () => {
  it('wants it when it is to stand or apply', () => {
    expect(stancesOf('Norland wants the standard contracts to apply to all manufacturers.')).toContain('Norland:support:auto:standard-contracts');
    expect(stancesOf('Norland wants the ceasefire to hold.')).toContain('Norland:support:auto:ceasefire');
  });

  it('is against it when it is to end, and asks nothing of a side it wants to act', () => {
    expect(stancesOf('Norland wants the sanctions to end.')).toEqual(['Norland:oppose:auto:sanctions']);
    expect(stancesOf('Norland wants the tariffs to go by March.')).toEqual(['Norland:oppose:auto:tariffs']);
    expect(stancesOf('Norland wants the talks to end in a deal.')).not.toContain('Norland:oppose:auto:talks');
    expect(stancesOf('Norland wants the mediators to pay.')).toEqual([]);
  });
});

describe('what a speaker says will stay', () => {
  it('is kept, whether quoted or reported', () => {
    const quote = 'The sanctions will remain in place,';
    const quoted = fixtureStances(`"${quote}" Norland said.`, ACTORS, kb, { quotes: [{ text: quote, speaker: 'Norland', kind: 'direct' }] });
    expect(quoted.map((s) => `${s.actor}:${s.stance}:${s.proposition}`)).toContain('Norland:support:auto:sanctions');
    expect(stancesOf('Norland said the sanctions would stay.')).toContain('Norland:support:auto:sanctions');
  });

  it('not a state the thing stays in', () => {
    expect(stancesOf('Norland said the border crossing would stay closed.')).toEqual([]);
    expect(stancesOf('Norland said the sanctions would remain unclear.')).toEqual([]);
  });
});

describe('amounts and measures after a verb of wanting or undoing', () => {
  it('reads a bounded amount as part of the object', () => {
    expect(stancesOf('Norland wants at least four asset sales this year. The sales would raise money.')).toContain('Norland:support:auto:asset-sales');
  });

  it('reads phasing out a tax break as undoing a measure', () => {
    expect(stancesOf('Norland wants to phase out the mortgage interest deduction. The deduction costs billions.')).toContain('Norland:oppose:auto:interest-deduction');
  });
});

describe('a relative clause with no "that"', () => {
  it('takes the noun right before its named subject', () => {
    expect(stancesOf('The settlement stops short of the exemption Sudmark had demanded.')).toContain('Sudmark:support:auto:exemption');
    expect(stancesOf('The deal includes the exemption Sudmark had demanded.')).toContain('Sudmark:support:auto:exemption');
  });
});

describe('a quoted idiom of backing', () => {
  it('reads "could \\"live with\\"" as "could live with"', () => {
    expect(stancesOf('Norland said it could "live with" the ceasefire.')).toContain('Norland:support:auto:ceasefire');
  });
});

describe('a vote\'s answer campaigned for', () => {
  it('is that answer on the deal put to the vote', () => {
    const lead = 'Norland and Sudmark reached a tentative agreement on Monday. ';
    expect(stancesOf(`${lead}Norland said it would campaign for a No vote.`)).toContain('Norland:oppose:auto:deal');
    expect(stancesOf(`${lead}Sudmark recommended a Yes vote, its leader said.`)).toContain('Sudmark:support:auto:deal');
    // Urging one is the same: never support for the deal because "urged" wants something.
    expect(stancesOf('Norland has urged a No vote on the deal. The deal goes to members on Friday.')).toEqual(['Norland:oppose:auto:deal']);
  });
});
