/**
 * What a verb of undoing names ("wants to scrap the device tax", "curb their complaints"): an object on the
 * table that no head word lists, opposed by the side that would undo it — when the report names it again.
 * "suspended the session" said once, an object after a preposition ("paused for talks") and "without" name
 * none, nor does a verb that only acts on a thing ("cut interest rates") unless it does away with a measure. Synthetic sentences about fictional countries (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Paldborg Union', type: 'organization', party: null, packId: null, surfaces: [['Paldborg Union', 'name']] },
];

const LEAD = 'Norland and Sudmark resumed talks on the harbour levy and the device tax on Monday. ';

function stancesOf(body: string) {
  return fixtureStances(LEAD + body, ACTORS, kb)
    .filter((s) => s.end > LEAD.length)
    .map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}

describe('the object of a verb of undoing', () => {
  it('is opposed by the side that would undo it', () => {
    expect(stancesOf('The Paldborg Union wants to scrap the device tax.')).toContainEqual({ actor: 'Paldborg Union', proposition: 'auto:device-tax', stance: 'oppose' });
    expect(stancesOf('Sudmark aims to repeal the device tax.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:device-tax', stance: 'oppose' });
    expect(stancesOf('Norland will vote to delay the device tax.')).toContainEqual({ actor: 'Norland', proposition: 'auto:device-tax', stance: 'oppose' });
  });

  it('is no position when the verb only acts on a thing that is no measure', () => {
    expect(stancesOf('Sudmark cut interest rates on Thursday. Interest rates had been high.')).toEqual([]);
    expect(stancesOf('Norland cut the device tax.')).toContainEqual({ actor: 'Norland', proposition: 'auto:device-tax', stance: 'oppose' });
  });

  it('names nothing when the report does not name it again, after a preposition, or after "without"', () => {
    expect(stancesOf('Sudmark suspended the session.')).toEqual([]);
    expect(stancesOf('Norland paused for the device tax.').filter((s) => s.actor === 'Norland' && s.proposition === 'auto:device-tax')).toEqual([]);
    expect(stancesOf('Sudmark said the levy would pass without the device tax.').filter((s) => s.actor === 'Sudmark' && s.proposition === 'auto:device-tax')).toEqual([]);
  });
});
