/**
 * "The airline", "the company" in a report on a union and an employer stand for the employer: a workers' body
 * is never the company across the table. Synthetic reports about fictional bodies.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Kestrel Pilots Union', type: 'organization', party: 'kestrel-pilots-union', packId: 'kestrel-pilots-union', surfaces: [['Kestrel Pilots Union', 'name']] },
  { name: 'Kestrel Air', type: 'organization', party: 'kestrel-air', packId: 'kestrel-air', surfaces: [['Kestrel Air', 'name']] },
];

const LEAD = 'The Kestrel Pilots Union and Kestrel Air resumed contract talks on Monday. ';

function stancesOf(body: string) {
  return fixtureStances(LEAD + body, ACTORS, kb)
    .filter((s) => s.end > LEAD.length)
    .map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}

describe('an employer described by its kind', () => {
  it('is the body across the table from the union', () => {
    expect(stancesOf('The airline rejected a profit-sharing scheme.')).toContainEqual({ actor: 'Kestrel Air', proposition: 'auto:profit-sharing-scheme', stance: 'oppose' });
    expect(stancesOf('The company rejected a profit-sharing scheme.')).toContainEqual({ actor: 'Kestrel Air', proposition: 'auto:profit-sharing-scheme', stance: 'oppose' });
  });

  it('is never the union', () => {
    expect(stancesOf('The company rejected a profit-sharing scheme.').some((s) => s.actor === 'Kestrel Pilots Union')).toBe(false);
  });
});

describe('"management" as a subject', () => {
  it('is the employer', () => {
    expect(stancesOf('The union wants a profit-sharing scheme, which management has flatly refused.')).toContainEqual({ actor: 'Kestrel Air', proposition: 'auto:profit-sharing-scheme', stance: 'oppose' });
  });
});

describe('a limit', () => {
  it('is a thing on the table however short its name', () => {
    expect(stancesOf('The airline accepted the cap.')).toContainEqual({ actor: 'Kestrel Air', proposition: 'auto:cap', stance: 'support' });
  });
});

describe('"the board" as a subject', () => {
  it('is never the union named just before', () => {
    const union: FixtureActor[] = [{ name: 'Kestrel Pilots Union', type: 'organization', party: 'kestrel-pilots-union', packId: 'kestrel-pilots-union', surfaces: [['Kestrel Pilots Union', 'name']] }];
    const got = fixtureStances('The Kestrel Pilots Union wants a profit-sharing scheme. The board would not approve a profit-sharing scheme.', union, kb);
    expect(got.filter((s) => s.actor === 'Kestrel Pilots Union').map((s) => s.stance)).toEqual(['support']);
  });
});
