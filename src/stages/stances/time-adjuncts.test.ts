/**
 * A time after a verb's object dates the act; what it names ("hours before a strike", "shortly after the vote")
 * is no second object of the verb. Synthetic sentences about fictional sides (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Dorvex Airlines', type: 'organization', party: null, packId: null, surfaces: [['Dorvex Airlines', 'name']] },
  { name: 'Harbour Pilots Union', type: 'organization', party: null, packId: null, surfaces: [['Harbour Pilots Union', 'name']] },
];

const LEAD = 'The Harbour Pilots Union has threatened a strike over pay, and Dorvex Airlines has offered a new contract. ';

function stancesOf(body: string): string[] {
  return fixtureStances(LEAD + body, ACTORS, kb)
    .filter((s) => s.end > LEAD.length)
    .map((s) => `${s.actor} ${s.stance} ${s.proposition}`);
}

describe('a time after the object', () => {
  it('names no second object', () => {
    const found = stancesOf('Dorvex Airlines accepted the contract early Thursday, hours before a strike.');
    expect(found).toContain('Dorvex Airlines support auto:contract');
    expect(found.some((x) => x.endsWith('auto:strike'))).toBe(false);
    expect(stancesOf('Dorvex Airlines accepted the contract shortly after the strike.').some((x) => x.endsWith('auto:strike'))).toBe(false);
  });

  it('leaves a second object joined by "and" an object', () => {
    expect(stancesOf('The Harbour Pilots Union rejected the contract and the strike.')).toEqual(expect.arrayContaining(['Harbour Pilots Union oppose auto:contract', 'Harbour Pilots Union oppose auto:strike']));
  });
});
