/**
 * Stances on objects no head list names: a stance verb's own noun-phrase object ("defended the crane
 * roster") when the report names it again, "it" and "the provision" pointing back to the object named
 * before, names coordinated with home-state tags, and the bargaining of legislatures counting as
 * negotiation. Synthetic sentences about a fictional port dispute (no seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { findNegotiatedObjects, reportsNegotiation } from '../../corpus/propositions.js';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances, PORT_DISPUTE, PORT_LEAD } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  ...PORT_DISPUTE,
  { name: 'Carla Diaz', type: 'person', party: null, surfaces: [['Carla Diaz', 'name'], ['Diaz', 'name']] },
];

const LEAD = PORT_LEAD;

function stancesOf(body: string, lead = LEAD) {
  return fixtureStances(lead + body, ACTORS, kb)
    .filter((s) => s.end > lead.length)
    .map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}

describe('a stance verb’s own object', () => {
  it('takes a noun phrase no head list names when the report names it again', () => {
    const r = stancesOf('Mira Olsen defended the crane roster on Tuesday. Tom Reyes said the roster had to change before any vote.');
    expect(r).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:crane-roster', stance: 'support' });
  });

  it('keeps the polarity of the verb: blocking and opposing are against', () => {
    const r = stancesOf('Tom Reyes blocked the night shift rotation. The rotation is a sore point for dockers.');
    expect(r).toContainEqual({ actor: 'Tom Reyes', proposition: 'auto:rotation', stance: 'oppose' });
  });

  it('gives no one a stance on an act asked of someone else', () => {
    const r = stancesOf('“Let the council advise other ports to accept the fees,” Tom Reyes said. The fees are high.');
    expect(r.some((s) => s.proposition.includes('fees'))).toBe(false);
    // The same act as the speaker's own is a stance.
    expect(stancesOf('Tom Reyes refused to accept the fees. The fees are high.')).toContainEqual({ actor: 'Tom Reyes', proposition: 'auto:fees', stance: 'oppose' });
  });

  it('takes an object named only once after a verdict on it, and none after a verb of wanting', () => {
    expect(stancesOf('Mira Olsen defended the crane roster on Tuesday.')).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:crane-roster', stance: 'support' });
    expect(stancesOf('Tom Reyes wants the crane roster changed. The roster is old.').some((s) => s.proposition.includes('roster'))).toBe(false);
  });

  it('reads no pronoun or generic noun as the object ("anything having", "greater use")', () => {
    const r = stancesOf('Tom Reyes refused to discuss anything having to do with pensions. Anything having a cost was refused. Mira Olsen pushed for greater use of the cranes, and the use of cranes rose.');
    expect(r.some((s) => /anything|having|use/.test(s.proposition))).toBe(false);
  });

  it('reads no infinitive, weekday or stance noun as the object', () => {
    const r = stancesOf('Tom Reyes agreed on Monday to extend the hours. Mira Olsen condemned the council’s rejection of the contract.');
    expect(r.some((s) => /monday|rejection/.test(s.proposition))).toBe(false);
    expect(r).toContainEqual({ actor: 'Mira Olsen', proposition: 'auto:contract', stance: 'support' });
  });

  it('finds an open object after a side-taking verb in the proposition finder, as a candidate only', () => {
    expect(findNegotiatedObjects('The council defended the device tax.', 0, 36).map((m) => [m.id, !!m.lone])).toEqual([['auto:device-tax', true]]);
    expect(findNegotiatedObjects('The rebels resisted talks until May.', 0, 36).map((m) => m.id)).toEqual([]);
  });

  it('names a deal by a hyphenated name after a word that names nothing', () => {
    expect(findNegotiatedObjects('They doubted the proposed Lakeland-Rivia deal.', 0, 46).map((m) => m.id)).toEqual(['auto:lakeland-rivia-deal']);
  });
});

describe('gerunds and possessive pronouns', () => {
  it('takes the act a gerund names after a stance noun, held by the name "their" points back to', () => {
    const r = stancesOf('Carla Diaz hopes the Port Owners Council will reconsider their opposition to granting Olsen a hearing. The hearing was set for May.');
    expect(r).toContainEqual({ actor: 'Port Owners Council', proposition: 'auto:granting-hearing', stance: 'oppose' });
    expect(r.some((s) => s.actor === 'Carla Diaz' && s.proposition === 'auto:granting-hearing' && s.stance === 'oppose')).toBe(false);
  });
});

describe('pointing back', () => {
  it('reads "the provision" and "the idea" as the object named before', () => {
    const r = stancesOf('The council tabled a wage freeze on Tuesday. Tom Reyes voted in favor of the provision. Carla Diaz supported the idea.');
    expect(r).toContainEqual({ actor: 'Tom Reyes', proposition: 'auto:wage-freeze', stance: 'support' });
    expect(r).toContainEqual({ actor: 'Carla Diaz', proposition: 'auto:wage-freeze', stance: 'support' });
  });
});

describe('a bare bill', () => {
  it('reads "legislation" with no determiner after a stance verb as the bill under discussion', () => {
    const r = stancesOf('Lawmakers drafted a harbor dredging bill on Tuesday. Carla Diaz vowed to veto legislation that would raise port fees.');
    expect(r.some((s) => s.actor === 'Carla Diaz' && s.stance === 'oppose')).toBe(true);
    expect(stancesOf('Carla Diaz said new legislation would come.').some((s) => s.actor === 'Carla Diaz')).toBe(false);
  });
});

describe('coordinated holders', () => {
  it('shares a stance among names with home-state tags, and gives none to the places', () => {
    const r = stancesOf('Mira Olsen of Portland, Tom Reyes of Dover and Carla Diaz of Bristol all voted against the contract.');
    for (const actor of ['Mira Olsen', 'Tom Reyes', 'Carla Diaz']) expect(r).toContainEqual({ actor, proposition: 'auto:contract', stance: 'oppose' });
  });
});

describe('a legislature’s bargaining', () => {
  it('counts amendments, filibusters and overrides as signs of negotiation, and a recipe as none', () => {
    const sentences = (lines: string[]) => {
      const text = lines.join(' ');
      let at = 0;
      return { text, spans: lines.map((l) => ({ start: (at = text.indexOf(l, at)), end: at + l.length })) };
    };
    const bill = sentences(['The House met.', 'Two amendments were added to the bill.', 'A filibuster loomed.', 'Senators voted against the measure.', 'An override is unlikely.', 'Legislation stalled.', 'The chamber adjourned.']);
    expect(reportsNegotiation(bill.text, bill.spans)).toBe(true);
    const recipe = sentences(['Heat the oven.', 'Mix the flour.', 'Add two eggs.', 'Stir well.', 'Bake for an hour.', 'Serve warm.', 'Enjoy the cake.']);
    expect(reportsNegotiation(recipe.text, recipe.spans)).toBe(false);
  });

  it('counts a city ordinance, a moratorium, a council vote and a threat to leave as signs of a council\'s bargaining', () => {
    const lines = ['The city council proposed a pay rule for drivers.', 'The firm threatened to leave the city.', 'Drivers opposed the licence moratorium.', 'The mayor has not said whether he would sign the ordinance.', 'A council vote is expected in March.', 'The weather was mild.', 'The chamber adjourned.'];
    const text = lines.join(' ');
    let at = 0;
    const spans = lines.map((l) => ({ start: (at = text.indexOf(l, at)), end: at + l.length }));
    expect(reportsNegotiation(text, spans)).toBe(true);
  });

  it('counts gaps narrowed, sides far apart, the table and conditions set as signs of negotiation', () => {
    const lines = ['The leaders met in Lakeport.', 'The envoy said they had narrowed some gaps.', 'They remained far apart on the charter.', 'Rivia would sign only if the charter changed.', 'Lakeland will return to the table next month.', 'Snow fell.', 'The city was quiet.'];
    const text = lines.join(' ');
    let at = 0;
    const spans = lines.map((l) => ({ start: (at = text.indexOf(l, at)), end: at + l.length }));
    expect(reportsNegotiation(text, spans)).toBe(true);
  });
});
