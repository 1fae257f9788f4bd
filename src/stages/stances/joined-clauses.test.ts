/**
 * A clause joined after a comma whose subject is people the report does not name ("..., and one group of pilots
 * urged ...") is theirs: no name from the clause before holds it. Unnamed people who speak for a side ("and a
 * spokesman urged") still speak for the side named before. Synthetic sentences (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];

const LEAD = 'Norland and Sudmark signed a fishing accord on Monday. ';

function stancesOf(body: string): string[] {
  return fixtureStances(LEAD + body, ACTORS, kb)
    .filter((s) => s.end > LEAD.length)
    .map((s) => `${s.actor} ${s.stance} ${s.proposition}`);
}

describe('a clause joined after a comma', () => {
  it('with an unnamed subject is not held by a name from the clause before', () => {
    const text = 'Canada and Norway signed a fishing accord on Monday. The accord must still be ratified. Not all skippers were convinced. In an online forum, some skippers said the accord still left them behind U.S. colleagues, and one group of skippers based in Porto urged colleagues to vote no.';
    const actors: FixtureActor[] = [
      { name: 'Canada', type: 'country', party: 'canada', packId: 'canada', surfaces: [['Canada', 'name']] },
      { name: 'Norway', type: 'country', party: 'norway', packId: 'norway', surfaces: [['Norway', 'name']] },
      { name: 'United States', type: 'country', party: 'united-states', packId: 'united-states', surfaces: [['U.S.', 'name']] },
    ];
    const found = fixtureStances(text, actors, kb).map((s) => s.actor);
    expect(found).toContain('Canada');
    expect(found).not.toContain('United States');
  });

  it('with people who speak for a side is still that side\'s', () => {
    expect(stancesOf('Sudmark welcomed the signing, and a spokesman urged parliament to ratify the accord.')).toContain('Sudmark support auto:fishing-deal');
  });
});
