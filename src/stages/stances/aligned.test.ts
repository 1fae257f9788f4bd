/**
 * A side that takes another's position holds its stances ("Japan backed the Swiss position", "has taken a similar
 * line", "a position that X echoed"). Invented sentences; Switzerland and Japan are real countries so that the
 * demonym comes from the world pack.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Switzerland', type: 'country', party: 'switzerland', packId: 'switzerland', surfaces: [['Switzerland', 'name']] },
  { name: 'Japan', type: 'country', party: 'japan', packId: 'japan', surfaces: [['Japan', 'name']] },
  { name: 'Canada', type: 'country', party: 'canada', packId: 'canada', surfaces: [['Canada', 'name']] },
  { name: 'Mara Lind', type: 'person', party: 'canada', packId: null, surfaces: [['Mara Lind', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('taking another side\'s position', () => {
  it('by its demonym: "backed the Swiss position"', () => {
    expect(stancesOf('Switzerland rejected the fishing moratorium. Japan backed the Swiss position.')).toContain('Japan:oppose:auto:moratorium');
    expect(stancesOf('Switzerland rejected the fishing moratorium. Japan and Canada shared the Swiss position.')).toEqual(
      expect.arrayContaining(['Japan:oppose:auto:moratorium', 'Canada:oppose:auto:moratorium']),
    );
  });

  it('as "a similar line" after the side that took one', () => {
    expect(stancesOf('Switzerland is pressing for a fishing moratorium. Japan has taken a similar line, diplomats said.')).toContain('Japan:support:auto:moratorium');
  });

  it('as "a position that X echoed", conditions and all', () => {
    const got = fixtureStances('Switzerland said the sanctions could not be eased until the fleet left, a position that Mara Lind, the Canadian envoy, echoed.', ACTORS, kb);
    const lind = got.find((s) => s.actor === 'Mara Lind');
    expect(lind?.stance).toBe('conditional');
  });

  it('not when the position is refused, nor with nothing told before', () => {
    expect(stancesOf('Switzerland rejected the fishing moratorium. Japan did not back the Swiss position.').some((s) => s.startsWith('Japan'))).toBe(false);
    expect(stancesOf('Japan backed the Swiss position.')).toEqual([]);
  });
});

describe('a group counted ("all four countries")', () => {
  it('is the last enumeration of that many sides', () => {
    const four: FixtureActor[] = [
      ...ACTORS.slice(0, 3),
      { name: 'Norway', type: 'country', party: 'norway', packId: 'norway', surfaces: [['Norway', 'name']] },
    ];
    const text = 'Switzerland, Japan, Canada and Norway met in Oslo on the fishing moratorium. All four countries backed the fishing moratorium.';
    const holders = fixtureStances(text, four, kb).filter((s) => s.evidence.startsWith('All four')).map((s) => s.actor).sort();
    expect(holders).toEqual(['Canada', 'Japan', 'Norway', 'Switzerland']);
    // Three named, four counted: no one.
    const three = 'Switzerland, Japan and Canada met in Oslo. All four countries backed the fishing moratorium.';
    expect(fixtureStances(three, four, kb).filter((s) => s.evidence.startsWith('All four'))).toEqual([]);
  });
});

describe('an appositive on the subject', () => {
  it('is no subject itself: "Switzerland and Japan, a pair of donors backed by Canada, want ..."', () => {
    const got = stancesOf('Switzerland and Japan, a pair of donors close to Canada, want a fishing moratorium.');
    expect(got).toEqual(expect.arrayContaining(['Switzerland:support:auto:moratorium', 'Japan:support:auto:moratorium']));
    expect(got.some((s) => s.startsWith('Canada'))).toBe(false);
  });
});
