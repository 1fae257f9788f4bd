/**
 * Bringing a measure forward as backing it: "a proposal that X pushed three years ago", "the bill, which X
 * introduced last year" (a relative clause whose verb has no object of its own), "X pushed a compromise";
 * not "pushed back against", which opposes. Opposition stated with no object ("came out in opposition on
 * Tuesday, potentially dooming ...") opposes what the report is about. Synthetic sentences about fictional sides (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { TALKS_ID, withAnaphors } from '../../corpus/propositions.js';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Ilse Varga', type: 'person', party: 'norland', packId: 'ilse-varga', surfaces: [['Senator Ilse Varga', 'name'], ['Ilse Varga', 'name'], ['Varga', 'name']] },
];

const LEAD = 'Norland senators resumed talks on harbour levies on Monday. ';

function stancesOf(body: string) {
  return fixtureStances(LEAD + body, ACTORS, kb)
    .filter((s) => s.end > LEAD.length)
    .map(({ actor, stance }) => ({ actor, stance }));
}

describe('bringing a measure forward', () => {
  it('backs it, in a relative clause too', () => {
    expect(stancesOf('They debated a proposal that Senator Ilse Varga pushed three years ago.')).toContainEqual({ actor: 'Ilse Varga', stance: 'support' });
    expect(stancesOf('They debated the bill, which Senator Ilse Varga introduced last year.')).toContainEqual({ actor: 'Ilse Varga', stance: 'support' });
    expect(stancesOf('Senator Ilse Varga pushed a compromise on harbour levies.')).toContainEqual({ actor: 'Ilse Varga', stance: 'support' });
  });

  it('is not pushing back against it', () => {
    expect(stancesOf('Senator Ilse Varga pushed back against the plan.')).not.toContainEqual({ actor: 'Ilse Varga', stance: 'support' });
    expect(stancesOf('Senator Ilse Varga pushed the plan back to May.')).not.toContainEqual({ actor: 'Ilse Varga', stance: 'support' });
    expect(stancesOf("Senator Ilse Varga pushed the levy plan's sponsors to drop the levy.")).not.toContainEqual({ actor: 'Ilse Varga', stance: 'support' });
  });

  it('is opposed by opposition stated with no object, before another clause too', () => {
    expect(stancesOf('A compromise on harbour levies was unveiled. Senator Ilse Varga came out in opposition on Tuesday, potentially dooming the compromise.')).toContainEqual({ actor: 'Ilse Varga', stance: 'oppose' });
    expect(stancesOf('A compromise on harbour levies was unveiled. Senator Ilse Varga expressed strong opposition, and others stayed quiet.')).toContainEqual({ actor: 'Ilse Varga', stance: 'oppose' });
  });

  it('reads "the process" a side backs as the talks, not a process something happens during', () => {
    const on = (body: string) => fixtureStances(LEAD + body, ACTORS, kb).filter((s) => s.end > LEAD.length).map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
    expect(on('The talks resumed. Senator Ilse Varga said she supported the process.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:talks', stance: 'support' });
    expect(on('Senator Ilse Varga backed the peace process.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:talks', stance: 'support' });
    const talksIn = (sentence: string) => withAnaphors(sentence, 0, sentence.length, [], null, new Map(), { talks: true }).filter((p) => p.id === TALKS_ID).map((p) => sentence.slice(p.start, p.end));
    expect(talksIn('A levy fund would be paid during the peace process.')).toEqual([]);
    expect(talksIn('The rebels pulled out of the peace process.')).toEqual(['the peace process']);
    expect(talksIn('Varga has lost faith in the process of the talks.')).toEqual(['the talks']);
    expect(talksIn('The talks resumed. Varga has lost faith in the process.')).toEqual(['The talks', 'the process']);
    // In a report about no talks, or about another kind of process, "the process" is not the talks.
    expect(talksIn('Varga defended the process.')).toEqual([]);
    expect(talksIn('The talks resumed. The asylum process is slow. Varga defended the process.')).toEqual(['The talks']);
  });
});
