/**
 * How a committed or asked-for act is named: past a time between the verb and its object ("liberate in the next
 * days all the hostages"), through a noun of bringing a thing about to the thing ("avoid a return to
 * hostilities", "study the creation of a fund"), and by the thing alone after a verb of weighing it. Synthetic
 * sentences about fictional countries (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];

const LEAD = 'Norland and Sudmark resumed talks on the harbour levy on Monday. ';

function propositionsOf(body: string): string[] {
  return fixtureStances(LEAD + body, ACTORS, kb)
    .filter((s) => s.end > LEAD.length)
    .map((s) => `${s.actor} ${s.stance} ${s.proposition}`);
}

describe('the name of a committed act', () => {
  it('passes over a time between the verb and its object', () => {
    expect(propositionsOf('Sudmark committed to free in the next days all the detained fishermen.')).toContain('Sudmark support auto:free-fishermen');
    expect(propositionsOf('Sudmark committed to free within two weeks the detained fishermen.')).toContain('Sudmark support auto:free-fishermen');
  });

  it('is the thing a noun of bringing about is of or to', () => {
    expect(propositionsOf('Norland called on Sudmark to avoid a return to hostilities.')).toContain('Norland support auto:avoid-hostilities');
    const inspections = propositionsOf('Norland called on Sudmark to allow the resumption of inspections.');
    expect(inspections).toContain('Norland support auto:inspections');
    expect(inspections.join()).not.toMatch(/resumption/);
    // A noun that names a thing of its own keeps its name.
    const corridor = propositionsOf('Norland called on Sudmark to restore a corridor to the port.');
    expect(corridor).toContain('Norland support auto:corridor');
    expect(corridor.join()).not.toMatch(/auto:port/);
  });

  it('is the thing alone after a verb of weighing it', () => {
    expect(propositionsOf('Sudmark agreed to study the creation of a fund.')).toContain('Sudmark support auto:fund');
    expect(propositionsOf('Sudmark agreed to consider a joint mechanism.')).toContain('Sudmark support auto:joint-mechanism');
  });
});
