/**
 * How a side received an offer, in the idiom of wire copy, found missing by a battery of invented sentences
 * (no seed, held-out or PolNeAR text): mocking it, being against it with no verb of opposing, a cool or warm
 * reaction, joining or declining to join a deal, having no intention of an act, bowing (or not) to pressure,
 * weighing an offer on stated terms, and a naming verb whose object has a generic head before the judgement.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { LAKE_TREATY, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const stancesOf = (text: string) => fixtureStances(text, LAKE_TREATY, kb).map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
const held = (text: string, proposition: string) => stancesOf(text).filter((s) => s.actor === 'Lakeland' && s.proposition === proposition).map((s) => s.stance);

describe('receptions of an offer', () => {
  it('reads mocking an offer as rejecting it', () => {
    expect(held('Lakeland scoffed at the ceasefire proposal from Rivia.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland derided the ceasefire proposal.', 'auto:ceasefire')).toEqual(['oppose']);
  });

  it('reads being against a thing as opposing it, with or without an adverb', () => {
    expect(held('Lakeland is firmly against a ceasefire.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland remains against the sanctions.', 'auto:sanctions')).toEqual(['oppose']);
  });

  it('reads a cool reaction as opposing and a warm one as backing', () => {
    expect(held('Lakeland reacted coolly to the ceasefire proposal.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland responded positively to the ceasefire proposal.', 'auto:ceasefire')).toEqual(['support']);
  });

  it('reads joining a deal as backing it and declining to join as refusing it, but not joining talks', () => {
    expect(held('Lakeland joined the ceasefire on Monday.', 'auto:ceasefire')).toEqual(['support']);
    expect(held('Lakeland declined to join the ceasefire.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(stancesOf('Lakeland joined the talks on Monday.')).toEqual([]);
  });

  it('reads "no intention of" an act as refusing it', () => {
    expect(held('Lakeland has no intention of signing the water treaty.', 'auto:water-treaty')).toEqual(['oppose']);
  });

  it('reads refusing to bow to pressure to lift sanctions as keeping them, and bowing to it as lifting them', () => {
    expect(held('Lakeland will not bow to pressure to lift sanctions on Rivia.', 'auto:sanctions')).toEqual(['support']);
    expect(held('Lakeland bowed to pressure to lift sanctions on Rivia.', 'auto:sanctions')).toEqual(['oppose']);
  });

  it('reads weighing an offer on stated terms as a conditional opening', () => {
    expect(held('Lakeland will consider the ceasefire proposal as long as its security concerns are addressed.', 'auto:ceasefire')).toEqual(['conditional']);
    expect(held('Lakeland will consider the ceasefire proposal.', 'auto:ceasefire')).toEqual(['neutral']);
  });

  it('judges an object by what a naming verb calls it past its generic head', () => {
    expect(held('Lakeland called the ceasefire proposal “unacceptable”.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland called the ceasefire proposal "constructive".', 'auto:ceasefire')).toEqual(['support']);
    expect(held('Lakeland said the ceasefire proposal was "unacceptable".', 'auto:ceasefire')).toEqual(['oppose']);
  });
});
