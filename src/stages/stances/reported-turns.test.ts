/**
 * Holders and objects QA found read wrongly on unseen reports: a reversal told in one sentence, a verb after
 * a relative clause on its subject, "<X>'s delegation said it would ...", "the army" for the army named
 * before, a name modifying a plural noun ("<Place> nurses reach a deal"), "that proposal" after a conditioned
 * offer, a gerund naming an object by its verb, and evidence cut inside a quotation. Invented places, bodies
 * and people (no seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

// The army first: the fixture gives a span to the first actor whose surface form matches it.
const ACTORS: FixtureActor[] = [
  { name: 'Norland army', type: 'organization', party: 'norland', packId: null, surfaces: [["Norland's army", 'name']] },
  { name: 'Norland', type: 'country', party: 'norland', packId: null, surfaces: [['Norland', 'name']] },
  { name: 'Sudria', type: 'country', party: 'sudria', packId: null, surfaces: [['Sudria', 'name']] },
  { name: 'Vesta', type: 'country', party: 'vesta', packId: null, surfaces: [['Vesta', 'name']] },
  { name: 'Free Hills Brigades', type: 'group', party: 'free-hills-brigades', packId: null, surfaces: [['Free Hills Brigades', 'name'], ['FHB', 'name']] },
  { name: 'Harbor Nurses Union', type: 'organization', party: 'harbor-nurses-union', surfaces: [['Harbor Nurses Union', 'name']] },
  { name: 'Lakeland Medical Center', type: 'organization', party: 'lakeland', surfaces: [['Lakeland Medical Center', 'name'], ['Lakeland', 'name']] },
  { name: 'Tom Reyes', type: 'person', party: 'lakeland', surfaces: [['Tom Reyes', 'name'], ['Reyes', 'name']] },
  { name: 'Anna Berg', type: 'person', party: 'vesta', surfaces: [['Anna Berg', 'name']] },
];

function stances(text: string) {
  return fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance, evidence, rule }) => ({ actor, proposition, stance, evidence, rule }));
}
const of = (text: string) => stances(text).map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));

describe('holders', () => {
  it('gives a reversal told in one sentence its later stance ("had rejected X, ..., but later accepted")', () => {
    const found = of('Norland and Sudria agreed to a ceasefire on Monday. Norland had initially rejected third-party mediation, insisting on direct talks, but later accepted an offer of mediation from Vesta.');
    expect(found).toContainEqual({ actor: 'Norland', proposition: 'auto:mediation', stance: 'oppose' });
    expect(found).toContainEqual({ actor: 'Norland', proposition: 'auto:mediation', stance: 'support' });
    // Two stances of one holder on one object in a sentence need a turn between them.
    expect(of('Norland rejected the ceasefire and refused the ceasefire again.').filter((s) => s.actor === 'Norland')).toHaveLength(1);
  });

  it('gives the verb after a relative clause on the subject to that subject, not to the last name inside the clause', () => {
    const found = of("Norland's army and the Free Hills Brigades agreed on Saturday to a truce, Vesta said. The army, which last week insisted there could be no ceasefire until the FHB left the city, accepted the truce without that condition.");
    expect(found).toContainEqual({ actor: 'Norland army', proposition: 'auto:ceasefire', stance: 'support' });
    expect(found.filter((s) => s.actor === 'Free Hills Brigades' && s.proposition === 'auto:ceasefire')).toEqual([{ actor: 'Free Hills Brigades', proposition: 'auto:ceasefire', stance: 'support' }]);
  });

  it('reads "<X>\'s delegation said it would ..." as X\'s, and "the army" as the army named before', () => {
    const found = of("Norland's army and the Free Hills Brigades (FHB) signed a declaration but failed to agree on a ceasefire. The army's delegation said it would accept a truce only if the FHB withdrew its fighters from the capital.");
    expect(found).toContainEqual({ actor: 'Norland army', proposition: 'auto:ceasefire', stance: 'conditional' });
    expect(found.some((s) => s.actor === 'Free Hills Brigades' && s.stance === 'conditional')).toBe(false);
  });

  it('takes no army for "the army" when no army is named', () => {
    const found = of('The Free Hills Brigades met Vesta on Monday. The army rejected the truce.');
    expect(found.some((s) => s.actor === 'Free Hills Brigades')).toBe(false);
  });

  it('reads "<Name> <plural noun> <verb>" as the plural noun\'s act, not the name\'s', () => {
    const found = of('Lakeland nurses reach tentative deal, end 11-day strike\nThe Harbor Nurses Union and Lakeland Medical Center met on Saturday.');
    expect(found.some((s) => s.actor === 'Lakeland Medical Center' && s.proposition === 'auto:strike')).toBe(false);
    // Those who speak for a name hold its stance, and a verb in -s is no plural noun.
    expect(of('Lakeland officials reject the strike\nThe Harbor Nurses Union met on the strike.')).toContainEqual({ actor: 'Lakeland Medical Center', proposition: 'auto:strike', stance: 'oppose' });
    expect(of('Lakeland rejects the strike\nThe Harbor Nurses Union met on the strike.')).toContainEqual({ actor: 'Lakeland Medical Center', proposition: 'auto:strike', stance: 'oppose' });
  });
});

describe('objects', () => {
  it('reads "that proposal" after a conditioned offer as the object offered, not the one asked in return', () => {
    const found = of('The Harbor Nurses Union and Lakeland Medical Center are bargaining over a new contract. Reyes said the hospital would agree to a staffing committee with union members only if the union dropped its demand for mandatory ratios. The Harbor Nurses Union has rejected that proposal, calling it "a committee with no teeth."');
    const union = found.filter((s) => s.actor === 'Harbor Nurses Union');
    expect(union).toEqual([{ actor: 'Harbor Nurses Union', proposition: 'auto:staffing-committee', stance: 'oppose' }]);
  });

  it('reads a gerund as the object its noun of action names in the report ("stop enriching uranium")', () => {
    expect(of('Vesta and Sudria held talks on uranium enrichment. Anna Berg dismissed a Sudrian demand that Vesta stop enriching uranium.')).toContainEqual({ actor: 'Anna Berg', proposition: 'auto:uranium-enrichment', stance: 'support' });
    // A gerund with another object is not the keyed object.
    expect(of('Vesta and Sudria held talks on uranium enrichment. Anna Berg said Vesta would keep enriching plutonium.').some((s) => s.actor === 'Anna Berg')).toBe(false);
  });
});

describe('conditions', () => {
  it('reads going back to the table as the talks, conditioned by a "provided that" clause', () => {
    const found = stances('The Harbor Nurses Union and Lakeland Medical Center are bargaining over a new contract. The Harbor Nurses Union said it was ready to return to the bargaining table, provided that management brought a real offer.');
    expect(found.map(({ actor, proposition, stance }) => ({ actor, proposition, stance }))).toContainEqual({ actor: 'Harbor Nurses Union', proposition: 'auto:talks', stance: 'conditional' });
  });

  it('keeps a quoted condition whole, through its closing mark', () => {
    const found = fixtureStances('The Harbor Nurses Union and Lakeland Medical Center are bargaining over a new contract. The Harbor Nurses Union said it was ready to resume talks at any time, provided that management brought "a real offer on staffing."', ACTORS, kb);
    expect(found.find((s) => s.stance === 'conditional')?.condition).toBe('provided that management brought "a real offer on staffing."');
  });
});

describe('evidence', () => {
  it('runs an evidence span that opens a quotation on to its closing mark', () => {
    const straight = stances('Norland and Sudria signed a peace treaty. Anna Berg called it "a historic opportunity for lasting peace," adding that more was needed.').find((s) => s.actor === 'Anna Berg');
    expect(straight?.evidence).toBe('Anna Berg called it "a historic opportunity for lasting peace,"');
    const curly = stances('Norland and Sudria signed a peace treaty. Anna Berg called the treaty “a win for every family in this region.”').find((s) => s.actor === 'Anna Berg');
    expect(curly?.evidence).toBe('Anna Berg called the treaty “a win for every family in this region.”');
  });
});
