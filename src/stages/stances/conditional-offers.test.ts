/**
 * Conditional offers whose object no verb of position governs: "<object>, which X says will stay suspended
 * until ...", "<object> would stay, Y said, and would come off only if ...", "<X> would speed up <noun
 * phrase> only if ...". Synthetic sentences about a fictional port dispute and a fictional lake treaty (no
 * seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances, PORT_DISPUTE, LAKE_TREATY, PORT_LEAD } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  ...PORT_DISPUTE,
  ...LAKE_TREATY,
];

const LEAD = PORT_LEAD;

function stancesOf(body: string) {
  return fixtureStances(LEAD + body, ACTORS, kb)
    .filter((s) => s.end > LEAD.length)
    .map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}

describe('conditional offers', () => {
  it('gives the condition in "<object>, which X says will ... until ..." to X', () => {
    expect(stancesOf('The talks stalled over the Lake Treaty, which Rivia says will remain suspended until Lakeland drains the dam.')).toContainEqual({ actor: 'Rivia', proposition: 'auto:lake-treaty', stance: 'conditional' });
  });

  it('reads a coordinated conditioned predicate of the opening object, past a parenthetical attribution', () => {
    expect(stancesOf('The 15% levy on grain would stay in place, Tom Reyes said, and would come off only if the union ended its go-slow.')).toContainEqual({ actor: 'Tom Reyes', proposition: 'auto:tariffs', stance: 'conditional' });
  });

  it('takes the verb’s own noun phrase as the object of a conditioned offer, held by the reporting speaker', () => {
    expect(stancesOf('Mira Olsen said that the union would speed up cargo checks only if the council restored the night bonus.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:speed-cargo-checks', stance: 'conditional' });
  });

  it('takes no offer from a plain if-clause, a passive, or a name after a preposition', () => {
    expect(stancesOf('Tom Reyes said the port would close early if the storm hit.')).toEqual([]);
    expect(stancesOf('Officials said that any meeting with Rivia would be held only if it was about the dam.').some((s) => s.actor === 'Rivia')).toBe(false);
  });
});

describe('until', () => {
  it('reads "until" after a plain past as a time, not a condition on the stance', () => {
    expect(stancesOf('Mira Olsen backed the contract for years until the strike began.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:contract', stance: 'support' });
  });

  it('keeps "until" as a condition after a future or a refusal', () => {
    expect(stancesOf('Mira Olsen said the union would sign the contract until the council cut the bonus.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:contract', stance: 'conditional' });
    expect(stancesOf('Mira Olsen said the union will not accept the contract until the council pays the bonus.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:contract', stance: 'oppose' });
  });
});
