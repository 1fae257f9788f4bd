/**
 * "the offer", "the proposal" point back: in their own sentence only to an object named before them, or to
 * one in the clause right after that says what they hold. Synthetic sentences (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];

function stancesOf(text: string): string[] {
  return fixtureStances(text, ACTORS, kb).map((s) => `${s.actor} ${s.stance} ${s.proposition.replace(/@.*$/, '')}`);
}

describe('an anaphor in a sentence', () => {
  it('is not an object named after it in a condition', () => {
    const found = stancesOf('Norland and Sudmark held talks on fishing quotas. Norland accepted the offer only after Sudmark agreed to drop its threat of arbitration.');
    expect(found).toContain('Norland conditional auto:quotas');
    expect(found).not.toContain('Norland conditional auto:arbitration');
  });

  it('is the object in the clause right after it that says what it holds', () => {
    expect(stancesOf('Norland and Sudmark held talks on Monday. Norland rejected a provision that would extend the fishing quotas.')).toContain('Norland oppose auto:quotas');
  });
});
