/**
 * Stances said as what will or will not happen: "there won't be a hearing", "This person will not be confirmed",
 * a mandate "to act on" an issue, and a demand on what any deal must hold ("insisted that any bill include X"). Invented nomination fight and port dispute (no seed, held-out or dev text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances, PORT_DISPUTE, PORT_LEAD } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const NOMINATION: FixtureActor[] = [
  { name: 'State Senate', type: 'organization', party: 'state-senate', surfaces: [['State Senate', 'name']] },
  { name: 'Carla Diaz', type: 'person', party: 'state-senate', surfaces: [['Carla Diaz', 'name'], ['Diaz', 'name']] },
  { name: 'Tom Reyes', type: 'person', party: 'state-senate', surfaces: [['Tom Reyes', 'name'], ['Reyes', 'name']] },
];
const NOMINATION_LEAD = 'Senate leaders stall judge pick\nThe governor named Judge Elena Park to the high court in March. Her backers have asked the State Senate for a hearing on the pick. ';

function stancesAfter(lead: string, body: string, actors: FixtureActor[], quotes: { text: string; speaker: string; kind: 'direct' }[] = []) {
  return fixtureStances(lead + body, actors, kb, { quotes }).filter((s) => s.end > lead.length);
}

describe('an event ruled out', () => {
  it('reads "there won\'t be a <thing>" as the speaker refusing it', () => {
    const r = stancesAfter(NOMINATION_LEAD, "Carla Diaz met the judge on Tuesday. But she reiterated that there won't be a hearing.", NOMINATION);
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Carla Diaz', stance: 'oppose', proposition: 'auto:hearing' }));
  });

  it('takes no stance when nothing the report names follows', () => {
    expect(stancesAfter(NOMINATION_LEAD, "Carla Diaz said there won't be enough time before the recess.", NOMINATION)).toEqual([]);
    expect(stancesAfter(NOMINATION_LEAD, 'Carla Diaz said there will be a hearing.', NOMINATION).some((s) => s.stance === 'oppose')).toBe(false);
  });
});

describe('a confirmation ruled out', () => {
  it('reads "<X> will not be confirmed" in a quote as its speaker opposing the confirmation', () => {
    const quote = 'This person will not be confirmed.';
    const r = stancesAfter('Judge pick stalls\nThe governor named a new judge in March. ', `As Tom Reyes put it: "${quote}"`, NOMINATION, [{ text: quote, speaker: 'Tom Reyes', kind: 'direct' }]);
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Tom Reyes', stance: 'oppose', proposition: 'auto:confirmation' }));
  });

  it('reads the positive future as support, and a reporter\'s "could not be confirmed" as nothing', () => {
    expect(stancesAfter('Judge pick stalls\nThe governor named a new judge in March. ', 'Tom Reyes said the nominee will be confirmed.', NOMINATION)).toContainEqual(
      expect.objectContaining({ actor: 'Tom Reyes', stance: 'support' }),
    );
    expect(stancesAfter('Judge pick stalls\nThe governor named a new judge in March. ', 'Tom Reyes made the claim, which could not be confirmed.', NOMINATION)).toEqual([]);
  });
});

describe('acting on an issue', () => {
  it('reads "a mandate to act on <X>" as wanting X, and "refused to act on <X>" as against it', () => {
    const r = stancesAfter(PORT_LEAD, 'Mira Olsen said: "There is a clear mandate to act on the wage freeze."', PORT_DISPUTE);
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Mira Olsen', stance: 'support', proposition: 'auto:wage-freeze' }));
    const refused = stancesAfter(PORT_LEAD, 'The Port Owners Council refused to act on the wage freeze.', PORT_DISPUTE);
    expect(refused).toContainEqual(expect.objectContaining({ actor: 'Port Owners Council', stance: 'oppose', proposition: 'auto:wage-freeze' }));
  });

  it('does not give a third party\'s act to the one who reports it', () => {
    const r = stancesAfter(PORT_LEAD, 'Tom Reyes said the committee acted on the wage freeze on Friday.', PORT_DISPUTE);
    expect(r.some((s) => s.proposition === 'auto:wage-freeze')).toBe(false);
  });
});

describe('what a demanded package must hold', () => {
  it('reads "insisted that any <X> include <Y>" as X on condition, and Y wanted', () => {
    const r = stancesAfter(PORT_LEAD, 'Mira Olsen insisted that any contract include a wage freeze.', PORT_DISPUTE);
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Mira Olsen', stance: 'conditional', proposition: 'auto:contract', condition: 'include a wage freeze' }));
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Mira Olsen', stance: 'support', proposition: 'auto:wage-freeze' }));
  });

  it('names a held thing no head list knows by its own head', () => {
    const r = stancesAfter(PORT_LEAD, 'The Harbor Workers Union insisted that any contract include a three-year grace period, so that jobs are kept.', PORT_DISPUTE);
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Harbor Workers Union', stance: 'support', proposition: 'auto:grace-period' }));
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Harbor Workers Union', stance: 'conditional', proposition: 'auto:contract' }));
  });

  it('leaves a plain report of what a deal contains alone', () => {
    expect(stancesAfter(PORT_LEAD, 'The contract would include a wage freeze, Tom Reyes said.', PORT_DISPUTE).some((s) => s.stance === 'conditional')).toBe(false);
  });
});
