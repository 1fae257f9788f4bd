/**
 * Stances missed or misread on unseen negotiations: a headline's second coordinated predicate, conditioned
 * futures whose verb is no verb of position ("would send X ..., provided that"), a first-person promise
 * whose "it" is the if-clause's subject, a saying noun as object, and a zero relative ("a charge X rejects").
 * Synthetic sentences about a fictional water dispute between Lakeland and Rivia and a fictional port
 * dispute (no seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances, LAKE_TREATY } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  ...LAKE_TREATY,
  { name: 'Ana Berg', type: 'person', party: 'lakeland', surfaces: [['Ana Berg', 'name'], ['Berg', 'name']] },
  { name: 'Jon Voss', type: 'person', party: 'rivia', surfaces: [['Jon Voss', 'name'], ['Voss', 'name']] },
  { name: 'Harbor Workers Union', type: 'organization', party: 'harbor-workers-union', surfaces: [['Harbor Workers Union', 'name']] },
  { name: 'Port Authority', type: 'organization', party: 'port-authority', surfaces: [['Port Authority', 'name']] },
  { name: 'Tom Reyes', type: 'person', party: 'port-authority', surfaces: [['Tom Reyes', 'name'], ['Reyes', 'name']] },
];

const LEAD = 'Lakeland and Rivia resume talks on water charter\nLakeland and Rivia met on Monday to discuss a water charter and a joint water council for the border lakes. ';

function stancesOf(body: string, lead = LEAD) {
  return fixtureStances(lead + body, ACTORS, kb)
    .filter((s) => s.end > lead.length)
    .map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}

describe('conditioned acts and their objects', () => {
  it('reads a headline’s second coordinated predicate on its own', () => {
    const found = stancesOf('Rivia drops demand over dam funds, agrees to table water charter\nThe charter was drafted last year.', 'Water talks\nLakeland and Rivia met on Monday to discuss a water charter. ');
    expect(found).toContainEqual({ actor: 'Rivia', proposition: 'auto:water-charter', stance: 'support' });
    expect(found).not.toContainEqual({ actor: 'Rivia', proposition: 'auto:water-charter', stance: 'oppose' });
  });

  it('makes a conditioned future of making a named object conditional, for the speaker and the side that would act', () => {
    const found = stancesOf('Jon Voss said Rivia would establish the water council only if it respected Rivia’s borders.');
    expect(found).toContainEqual({ actor: 'Rivia', proposition: 'auto:water-council', stance: 'conditional' });
    expect(found).toContainEqual({ actor: 'Jon Voss', proposition: 'auto:water-council', stance: 'conditional' });
  });

  it('takes a long object of a conditioned future', () => {
    expect(stancesOf('Jon Voss said Rivia would send a draft water charter for the border lakes to its high court, provided that Lakeland first released the funds it froze in 2023.')).toContainEqual({ actor: 'Rivia', proposition: 'auto:water-charter', stance: 'conditional' });
    expect(stancesOf('Voss said his government would send a draft water charter to the high court, provided that Lakeland first released the funds.')).toContainEqual({ actor: 'Jon Voss', proposition: 'auto:water-charter', stance: 'conditional' });
    expect(stancesOf('Tom Reyes said the Port Authority would install safety rails on every pier by the end of the year only if the Harbor Workers Union agreed to a new overtime policy.', 'Port talks\nThe Harbor Workers Union and the Port Authority met over safety rails on the piers. ')).toContainEqual({ actor: 'Port Authority', proposition: 'auto:safety-rails', stance: 'conditional' });
  });

  it('takes no condition from a fronted if-clause before a forecast about others or a counterfactual', () => {
    expect(stancesOf('But if that happens, Rivia will almost certainly end up backing a different water charter.').filter((s) => s.stance === 'conditional')).toEqual([]);
    expect(stancesOf('"If we were to touch it, Rivia would say that we were undermining the water charter," Ana Berg said.').filter((s) => s.stance === 'conditional')).toEqual([]);
  });

  it('gives a promise on "it" the object of the if-clause before it', () => {
    const found = stancesOf('"If the water charter gives the towns real powers, we will support it," Lakeland President Ana Berg told reporters.');
    expect(found.some((s) => s.proposition === 'auto:water-charter' && s.stance === 'conditional' && (s.actor === 'Ana Berg' || s.actor === 'Lakeland'))).toBe(true);
  });

  it('reads "ready to sign this month, provided that ..." as a conditional acceptance of the deal under discussion', () => {
    const lead = 'Lakeland and Rivia near water deal\nLakeland and Rivia are within days of concluding a water deal, officials said. ';
    expect(stancesOf('Jon Voss said Rivia was ready to sign this month, provided that Lakeland did not attach new conditions on fishing.', lead)).toContainEqual({ actor: 'Rivia', proposition: 'auto:water-deal', stance: 'conditional' });
  });

  it('makes a welcome with judgement reserved ("but said it would judge the text") conditional', () => {
    const found = stancesOf('Rivia welcomed the water charter but said it would judge the text on its content.');
    expect(found).toContainEqual({ actor: 'Rivia', proposition: 'auto:water-charter', stance: 'conditional' });
    expect(stancesOf('Rivia welcomed the water charter but said it would sign it next week.')).toContainEqual({ actor: 'Rivia', proposition: 'auto:water-charter', stance: 'support' });
  });

  it('takes what a side’s own demand names as an object on the table, named once', () => {
    const lead = 'Port deal\nDockers will return to work after the Harbor Workers Union and the Port Authority reached a contract. ';
    // (A demand given up is read as one no longer insisted on: against the thing, as every development set's gold has it.)
    expect(stancesOf('The Port Authority dropped its demand for a new attendance policy and agreed to add cranes.', lead)).toContainEqual({ actor: 'Port Authority', proposition: 'auto:attendance-policy', stance: 'oppose' });
  });

  it('takes no stance on what someone said ("stood by X’s description")', () => {
    expect(stancesOf('A Rivia spokesman said Rivia stood by Berg’s description of the talks. The description was disputed.').filter((s) => /description/.test(s.proposition))).toEqual([]);
  });

  it('gives a verb in a zero relative ("a charge X rejects") the noun before, not the object under discussion', () => {
    expect(stancesOf('Rivia has long accused Lakeland of polluting the lakes, a charge Lakeland rejects.').filter((s) => s.actor === 'Lakeland')).toEqual([]);
  });
});
