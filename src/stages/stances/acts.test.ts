/**
 * Acts as objects: a noun of striving or asking after a stance verb ("denounced the council's efforts to
 * privatise the docks") stands for the act its infinitive names; a gerund ("laments hosting the barges") and
 * a name's own thing ("welcomed the council's roster overhaul") are objects on first mention.
 * Synthetic sentences about a fictional port dispute (no seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances, PORT_LEAD } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Harbor Workers Union', type: 'organization', party: 'harbor-workers-union', surfaces: [['Harbor Workers Union', 'name']] },
  { name: 'Port Owners Council', type: 'organization', party: 'port-owners-council', surfaces: [['Port Owners Council', 'name'], ['POC', 'name']] },
  { name: 'Mira Olsen', type: 'person', party: 'harbor-workers-union', surfaces: [['Mira Olsen', 'name'], ['Olsen', 'name']] },
  { name: 'Tom Reyes', type: 'person', party: 'port-owners-council', surfaces: [['Tom Reyes', 'name'], ['Reyes', 'name']] },
];

const LEAD = PORT_LEAD;

function stancesOf(body: string) {
  return fixtureStances(LEAD + body, ACTORS, kb)
    .filter((s) => s.end > LEAD.length)
    .map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}

describe('an act named by a noun of striving and its infinitive', () => {
  it('takes the act after "efforts to" as the object, past a name that owns the efforts', () => {
    expect(stancesOf('Mira Olsen denounced POC efforts to privatise the docks.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:privatise-docks', stance: 'oppose' });
    expect(stancesOf('Mira Olsen denounced the Port Owners Council’s attempts to privatise the docks.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:privatise-docks', stance: 'oppose' });
  });

  it('takes the act after a request or measures the holder is open to', () => {
    expect(stancesOf('Tom Reyes accepted the union’s request to extend the night shift.')).toContainEqual({ actor: 'Tom Reyes', proposition: 'auto:extend-shift', stance: 'support' });
    expect(stancesOf('Tom Reyes would be open to other measures to shorten the queues.')).toContainEqual({ actor: 'Tom Reyes', proposition: 'auto:shorten-queues', stance: 'support' });
  });

  it('takes no act when no verb follows the noun', () => {
    expect(stancesOf('Tom Reyes welcomed the efforts of the mediators.').some((s) => s.proposition.startsWith('auto:of') || s.proposition.includes('efforts'))).toBe(false);
  });
});

describe('objects on first mention', () => {
  it('takes a gerund phrase after a stance verb', () => {
    expect(stancesOf('Mira Olsen laments hosting the foreign barges at the quay.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:hosting-barges', stance: 'oppose' });
  });

  it('takes a name’s own proposal-like thing after a stance verb', () => {
    expect(stancesOf('Mira Olsen welcomed the Port Owners Council’s roster overhaul.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:roster-overhaul', stance: 'support' });
  });

  it('takes a thing owned by a name that is consumed as a determiner ("Rivia’s participation")', () => {
    expect(stancesOf('Tom Reyes would welcome the Port Owners Council’s participation in the dredging board.')).toContainEqual({ actor: 'Tom Reyes', proposition: 'auto:participation', stance: 'support' });
  });

  it('takes a plain noun phrase named once as the object of a verdict on it', () => {
    expect(stancesOf('Mira Olsen welcomed the roster overhaul.')).toContainEqual(expect.objectContaining({ actor: 'Mira Olsen', proposition: 'auto:roster-overhaul', stance: 'support' }));
  });
});

describe('presenting a plan, and participles before a noun', () => {
  it('reads unveiling or rolling out a plan as backing it', () => {
    expect(stancesOf('Mira Olsen unveiled a plan for longer night shifts.').some((s) => s.actor === 'Mira Olsen' && s.stance === 'support')).toBe(true);
    expect(stancesOf('Mira Olsen unveiled a new mural at the quay.')).toEqual([]);
  });

  it('takes a participle that modifies the noun after it as part of the object', () => {
    expect(stancesOf('Tom Reyes voiced support for expanded patrols. The patrols of the channel are costly.')).toContainEqual({ actor: 'Tom Reyes', proposition: 'auto:expanded-patrols', stance: 'support' });
  });
});

describe('undoing verbs after a noun of asking', () => {
  it('makes no act of "to stop <x>", and reads "calls to lift the sanctions" as about the sanctions', () => {
    expect(stancesOf('Olsen rejected demands to stop enriching uranium.').some((s) => s.proposition.startsWith('auto:stop'))).toBe(false);
    expect(stancesOf('Olsen rejected calls to lift the sanctions.').filter((s) => s.actor === 'Mira Olsen').map((s) => [s.proposition, s.stance])).toEqual([['auto:sanctions', 'support']]);
  });
});
