/**
 * Who wished for a thing, told after it ("exemptions for night workers, as Norland had demanded", "a quota swap, a point
 * on which Norland had insisted", "the five-year term the company had sought"), and who objected to a thing an
 * agentless passive undid ("The quota swap was dropped after objections from Norland"). Invented sentences about
 * fictional talks.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Harwell Foods', type: 'organization', party: 'harwell-foods', surfaces: [['Harwell Foods', 'name'], ['the company', 'title']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('a wish told after its object', () => {
  it.each([
    'The deal includes a quota swap, as Norland had demanded.',
    'The deal includes a quota swap, just as Norland had long sought.',
    'The deal sets a quota swap, a point on which Norland had insisted.',
  ])('%s', (sentence) => {
    expect(stancesOf(sentence)).toContain('Norland:support:auto:quota-exchange');
  });

  it('reads no wish for an object the clause does not follow, nor a verb with an object of its own', () => {
    expect(stancesOf('The quota swap includes exemptions for night workers, as Norland had demanded.')).toEqual([]);
    expect(stancesOf('The deal includes a quota swap, as Norland had demanded a review.')).toEqual([]);
  });

  it('reads a contact clause whose subject is a description of a body', () => {
    expect(stancesOf('Sudmark rejected the quota swap the company had sought.')).toContain('Harwell Foods:support:auto:quota-exchange');
  });
});

describe('an objection an agentless passive answered', () => {
  it.each([
    'The quota swap has been dropped after opposition from Norland.',
    'The quota swap was struck from the text after objections from Norland.',
    'The quota swap, championed by the fisheries minister, has been shelved following strong objections from Norland.',
  ])('%s', (sentence) => {
    expect(stancesOf(sentence)).toEqual(['Norland:oppose:auto:quota-exchange']);
  });

  it('reads those who pressed for a thing kept or added as for it', () => {
    expect(stancesOf('The quota swap was kept in the text after pressure from Norland.')).toEqual(['Norland:support:auto:quota-exchange']);
  });

  it('reads nothing when the passive names its agent', () => {
    expect(stancesOf('The quota swap was dropped by Sudmark after objections from Norland.')).toEqual(expect.not.arrayContaining(['Norland:support:auto:quota-exchange']));
  });
});
