/**
 * What a speaker says an object would do judges it: harm to the speaker's own people or to everyone opposes it,
 * a benefit supports it, "would only benefit <them>" opposes it, and harm to a named other party (often the point
 * of a measure) says nothing. Invented sentences about fictional talks between Norland and Sudmark.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];
const stanceOf = (text: string, proposition: string) => fixtureStances(text, ACTORS, kb).filter((s) => s.actor === 'Norland' && s.proposition === proposition).map((s) => s.stance);

describe('a consequence judges the object', () => {
  it('reads harm to its own people as against and a benefit as for', () => {
    expect(stanceOf('Norland warned that the grain tariffs would hurt its farmers.', 'auto:grain-tariffs')).toEqual(['oppose']);
    expect(stanceOf('Norland said the trade deal would create jobs on both sides of the border.', 'auto:trade-deal')).toEqual(['support']);
  });

  it('reads "would only benefit" as against', () => {
    expect(stanceOf('Norland said a ceasefire now would only benefit Sudmark.', 'auto:ceasefire')).toEqual(['oppose']);
  });

  it('says nothing of harm to a named other party, and needs a speaker', () => {
    expect(stanceOf('Norland said the sanctions would hurt Sudmark.', 'auto:sanctions')).toEqual([]);
    expect(stanceOf('The grain tariffs would hurt farmers in the north.', 'auto:grain-tariffs')).toEqual([]);
  });
});
