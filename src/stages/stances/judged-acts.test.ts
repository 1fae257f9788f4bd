/**
 * Stances told through a judgement of an act or of the people behind it: an act called unwise ("it would be madness
 * to walk away from X"), those who back or fight a thing accused or praised, an attitude adjective ("anything but
 * lukewarm about X"), leaving the talks on a thing, what a thing "has no place in", what it would plunge people into,
 * and a signature held to a condition with its object named earlier. Invented sentences about Norland and Sudmark.
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

describe('an act judged unwise', () => {
  it.each([
    ['Norland said it would be madness to walk away from the fishing moratorium now.', 'support'],
    ['Norland said it would be a grave mistake to lift the fishing moratorium.', 'support'],
    ['Norland said it would be a mistake for the region to sign the fishing moratorium.', 'oppose'],
    ['Norland said it would be wise to sign the fishing moratorium.', 'support'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, 'auto:moratorium')).toEqual([stance]);
  });
});

describe('those behind a thing, judged', () => {
  it.each([
    ['Norland accused the sponsors of the fishing moratorium of siding with foreign fleets.', 'oppose'],
    ['Norland accused critics of trying to kill the fishing moratorium before it took effect.', 'support'],
    ['Norland thanked supporters of the fishing moratorium.', 'support'],
    ['Norland condemned opponents of the fishing moratorium.', 'support'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, 'auto:moratorium')).toEqual([stance]);
  });
});

describe('attitudes, leaving the talks, what a thing does', () => {
  it.each([
    ['Norland was anything but lukewarm about the fishing moratorium, pressing for it to start early.', 'support'],
    ['Norland has been sceptical of the fishing moratorium.', 'oppose'],
    ['Norland was enthusiastic about the fishing moratorium.', 'support'],
    ['Norland walked out of the talks on the fishing moratorium on Tuesday.', 'oppose'],
    ['Norland said the fishing moratorium had no place in a partnership of equals.', 'oppose'],
    ['Norland warned that the fishing moratorium would throw thousands of crews into poverty.', 'oppose'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, 'auto:moratorium')).toEqual([stance]);
  });

  it('reads "would sign only once ..." as conditional on the object named before', () => {
    expect(stanceOf('Norland has studied the fishing moratorium. Norland said it would sign only once its boats were compensated.', 'auto:moratorium')).toEqual(['conditional']);
  });
});

describe('what a thing does, said without a modal', () => {
  it.each([
    ['Norland said the takeover bid grossly undervalues its assets.', 'auto:takeover', 'oppose'],
    ['Norland said in a statement that the offer "grossly undervalues" the company.', 'auto:proposal', 'oppose'],
    ['Norland said the fishing moratorium would "stop the industry in its tracks".', 'auto:moratorium', 'oppose'],
  ])('%s', (text, proposition, stance) => {
    expect(stanceOf(text, proposition)).toEqual([stance]);
  });

  it('reads "this merger gives us the scale" in a quote as its speaker\'s support', () => {
    const text = '"This merger gives us the scale to compete," Norland said.';
    const quotes = [{ text: 'This merger gives us the scale to compete,', speaker: 'Norland', kind: 'direct' as const }];
    expect(fixtureStances(text, ACTORS, kb, { quotes }).filter((s) => s.actor === 'Norland' && s.proposition === 'auto:merger').map((s) => s.stance)).toEqual(['support']);
  });
});

describe('fronted participles, "rather than", proposal frames', () => {
  it.each([
    ['Rejecting the fishing moratorium as "a costly distraction," Norland said on Wednesday it would ask parliament to vote it down.', 'oppose'],
    ['Norland walked out of the meeting rather than accept the fishing moratorium.', 'oppose'],
    ['Norland will fight a proposed fishing moratorium with everything it has.', 'oppose'],
    ['Norland has thrown its weight behind the fishing moratorium.', 'support'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, 'auto:moratorium')).toEqual([stance]);
  });

  it('reads "behind the plan to cut X" as against X, not for it', () => {
    expect(stanceOf('Norland has put its weight behind the plan to cut tariffs on steel.', 'auto:tariffs')).toEqual(['oppose']);
  });
});

describe('regrets, and letting a thing run out', () => {
  it.each([
    ['Norland regretted the expiry of the fishing moratorium and urged its swift reinstatement.', 'support'],
    ['Norland deplored the fishing moratorium.', 'oppose'],
    ['Norland pleaded with negotiators not to let the fishing moratorium expire.', 'support'],
    ['Norland is ready to let the fishing moratorium lapse.', 'oppose'],
    ['Norland said there was no question of ending the fishing moratorium this season.', 'support'],
    ['Norland rejected what it called a reckless bid to scrap the fishing moratorium.', 'support'],
    ['Norland said the fishing moratorium would let stocks recover.', 'support'],
    ['Norland has made it plain that the fishing moratorium is dead as far as it is concerned.', 'oppose'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, 'auto:moratorium')).toEqual([stance]);
  });
});
