/**
 * News idioms of backing and opposing, possessed stance nouns, negations that open a clause ("the last thing X
 * wants", "far from"), a conditioned future with "once", and a need stated as what happens without it. Invented
 * sentences about fictional talks between Norland and Sudmark.
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

describe('idioms of backing and opposing', () => {
  it.each([
    ['Norland put its weight behind the fishing moratorium.', 'support'],
    ['Norland spoke up for the fishing moratorium at the summit.', 'support'],
    ['Norland was the driving force behind the fishing moratorium.', 'support'],
    ['Norland sent envoys to shore up the fishing moratorium.', 'support'],
    ['Norland dragged its feet on the fishing moratorium for months.', 'oppose'],
    ['Norland threw cold water on the fishing moratorium.', 'oppose'],
    ['Norland poured scorn on the fishing moratorium.', 'oppose'],
    ['Norland washed its hands of the fishing moratorium.', 'oppose'],
    ['Norland has been fiercely critical of the fishing moratorium.', 'oppose'],
    ['Norland cautioned Sudmark against accepting the fishing moratorium.', 'oppose'],
    ['Norland advised against the fishing moratorium.', 'oppose'],
    ['Norland warned Sudmark against rejecting the fishing moratorium.', 'support'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, 'auto:moratorium')).toEqual([stance]);
  });
});

describe('possessed stance nouns', () => {
  it('reads "Norland\'s refusal to ratify X" as against and "insistence on keeping X" as for', () => {
    expect(stanceOf("Norland's refusal to ratify the fishing moratorium angered Sudmark.", 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf("Norland's insistence on keeping the grain tariffs has stalled the talks.", 'auto:grain-tariffs')).toEqual(['support']);
  });
});

describe('negations that open a clause, conditions and needs', () => {
  it('reads "the last thing X wants is" as against', () => {
    expect(stanceOf('The last thing Norland wants is a fishing moratorium, a diplomat said.', 'auto:moratorium')).toEqual(['oppose']);
  });

  it('reads "could live with X as long as" and "X could go ahead once" as conditional', () => {
    expect(stanceOf('Norland said it could live with the grain tariffs as long as they were phased out.', 'auto:grain-tariffs')).toEqual(['conditional']);
    expect(stanceOf('Norland said the fishing moratorium could go ahead once the surveys were done.', 'auto:moratorium')).toEqual(['conditional']);
  });

  it('reads "without X, Y would be wiped out" as needing X', () => {
    expect(stanceOf('Norland warned that without the fishing moratorium the cod stocks would be wiped out.', 'auto:moratorium')).toEqual(['support']);
  });
});

describe('judgements with a purpose, fighting a measure, and those who speak for "it"', () => {
  it('reads "X was the only way to stop ..." as for X, despite the verb of its purpose', () => {
    expect(stanceOf('Norland said the fishing moratorium was the only way to stop the cod stocks from collapsing.', 'auto:moratorium')).toEqual(['support']);
  });

  it('reads "would fight X" and "vowed to challenge X" as against X', () => {
    expect(stanceOf('Norland said it would fight the fishing moratorium in court.', 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf('Norland vowed to challenge the fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
  });

  it('gives "Its members voted for X" to the body named before, but not an appositive "its chief negotiator"', () => {
    const text = 'Norland called a vote on Sunday. Its members voted overwhelmingly for the fishing moratorium.';
    expect(stanceOf(text, 'auto:moratorium')).toEqual(['support']);
    const appositive = fixtureStances('Sudmark met on Monday. Norland, the host and its chief negotiator, hailed the fishing moratorium.', ACTORS, kb);
    expect(appositive.filter((s) => s.proposition === 'auto:moratorium').map((s) => s.actor)).toEqual(['Norland']);
  });
});

describe('judging those who act on an object', () => {
  it('gives the accuser the reverse of the charge, and the charged the charge', () => {
    const r = fixtureStances('Norland accused Sudmark of sabotaging the fishing moratorium.', ACTORS, kb).filter((s) => s.proposition === 'auto:moratorium');
    expect(r.map((s) => `${s.actor}:${s.stance}`).sort()).toEqual(['Norland:support', 'Sudmark:oppose']);
  });

  it('reads praise of those who blocked X as against X and blame of those who delayed X as for X', () => {
    expect(stanceOf('Norland heaped praise on the countries that blocked the fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf('Norland lashed out at the countries that delayed the fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
    expect(stanceOf('Norland scolded the countries that walked out of the climate accord.', 'auto:climate-deal')).toEqual(['support']);
  });
});

describe('judgements a ministry voices', () => {
  it('reads "described the grain tariffs as a step backwards" and "branded the naval blockade collective punishment" through "X\'s ministry"', () => {
    expect(stanceOf("Norland's trade ministry described the grain tariffs as a step backwards.", 'auto:grain-tariffs')).toEqual(['oppose']);
    expect(stanceOf("Norland's foreign ministry branded the naval blockade an act of collective punishment.", 'auto:naval-blockade')).toEqual(['oppose']);
  });

  it('judges by the noun before a relative clause ("a relic that should have ...") and names a loan deal', () => {
    expect(stanceOf("Norland's economy ministry said the fishing moratorium was a relic that should have disappeared years ago.", 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf("Norland's finance ministry said the loan deal was the lifeline the economy had been waiting for.", 'auto:loan-deal')).toEqual(['support']);
  });
});

describe('more ways a side says it', () => {
  it('reads "would vote for them" for a plural object named before, "drew up X", "counting the days until X"', () => {
    expect(stanceOf('Norland said the grain tariffs were overdue and that it would vote for them.', 'auto:grain-tariffs')).toEqual(['support']);
    expect(stanceOf('Norland drew up the fishing moratorium last year.', 'auto:moratorium')).toEqual(['support']);
    expect(stanceOf('Norland said its fishermen were "counting the days" until the fishing moratorium ends.', 'auto:moratorium')).toContain('support');
  });

  it('reads "X should be imposed without delay" as for X ("without delay" is no undoing)', () => {
    expect(stanceOf('Norland said the arms embargo should be imposed without delay.', 'auto:arms-embargo')).toEqual(['support']);
  });

  it('reads "would hold fire on condition that" as a conditional ceasefire and "would shatter" as harm', () => {
    expect(stanceOf('Norland said its troops would hold fire on condition that no weapons were brought in.', 'auto:ceasefire')).toEqual(['conditional']);
    expect(stanceOf("Norland said the export ban would shatter the country's reputation.", 'auto:export-ban')).toEqual(['oppose']);
  });
});

describe('doubt and deployments', () => {
  it('reads "cast doubt on X" and "played down the prospect of X" as against X', () => {
    expect(stanceOf('Norland cast doubt on the proposed fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf('Norland played down the prospect of a fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
  });

  it('names "the deployment of foreign troops" a troop deployment, and of peacekeepers the peacekeepers', () => {
    expect(stanceOf('Norland expressed opposition to the deployment of foreign troops.', 'auto:troop-deployment')).toEqual(['oppose']);
    expect(stanceOf('Norland backed the deployment of peacekeepers.', 'auto:peacekeepers')).toEqual(['support']);
  });
});

describe('"nothing but", "anything but" and blame for an end', () => {
  it('reads "had been nothing but good" as praise and "anything but" as its reverse', () => {
    expect(stanceOf('Norland said the fishing moratorium had been nothing but good for its fishermen.', 'auto:moratorium')).toEqual(['support']);
  });

  it('reads "blamed Sudmark for the collapse of X" as the blamer wanting X', () => {
    expect(stanceOf('Norland blamed Sudmark for the collapse of the fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
  });
});

/** Session 19's cases: one side, Norland, and what it says of the levy (a tariff) or a ceasefire. */
const kb19 = loadKnowledge();
const ACTORS19: FixtureActor[] = [{ name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] }];
const of = (text: string) => fixtureStances(text, ACTORS19, kb19).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('taking back support, bristling, holding out and preconditions (session 19)', () => {
  it('reads "pulled its backing for" and "walked back its support for" as against', () => {
    expect(of('Norland pulled its backing for the levy.')).toEqual(['Norland:oppose:auto:tariffs']);
    expect(of('Norland walked back its support for the levy.')).toEqual(['Norland:oppose:auto:tariffs']);
  });

  it('reads "bristled at" and "took issue with" as against, "holding out for" and "made X a precondition" as for', () => {
    expect(of('Norland bristled at the suggestion of a ceasefire.')).toEqual(['Norland:oppose:auto:ceasefire']);
    expect(of('Norland took issue with the levy.')).toEqual(['Norland:oppose:auto:tariffs']);
    expect(of('Norland is holding out for a ceasefire.')).toEqual(['Norland:support:auto:ceasefire']);
    expect(of('Norland has made the ceasefire a precondition for any talks.')).toEqual(['Norland:support:auto:ceasefire']);
  });

  it('takes no blessing for an object', () => {
    expect(of('Norland gave its blessing to the ceasefire.')).toEqual(['Norland:support:auto:ceasefire']);
  });
});

describe('ignoring or defying a thing, and lobbying others to act (session 19)', () => {
  it('reads "vowed to ignore" and "defied" as against, "ignored calls to lift" as for what was to be lifted', () => {
    expect(of('Norland has vowed to ignore the ceasefire.')).toEqual(['Norland:oppose:auto:ceasefire']);
    expect(of('Norland defied the embargo.')).toEqual(['Norland:oppose:auto:embargo']);
    expect(of('Norland ignored calls to lift the levy.')).toEqual(['Norland:support:auto:tariffs']);
  });

  it('reads "lobbied its allies to back" as wanting the thing backed', () => {
    expect(of('Norland lobbied its allies to back the ceasefire.')).toEqual(['Norland:support:auto:ceasefire']);
  });
});

describe('"no plans to" negates the plan (session 19)', () => {
  it('reads "has no plans to sign" as against and "no plans to lift" as keeping', () => {
    expect(of('Norland has no plans to sign the ceasefire.')).toEqual(['Norland:oppose:auto:ceasefire']);
    expect(of('Norland said it had no plans to lift the levy.')).toEqual(['Norland:support:auto:tariffs']);
    expect(of('Norland raised no objection to the levy.')).toEqual(['Norland:support:auto:tariffs']);
  });

  it('reads "threatened to reimpose" as for the measure', () => {
    expect(of('Norland threatened to reimpose the levy.')).toEqual(['Norland:support:auto:tariffs']);
  });
});

describe('pressing another to lower a thing (session 19)', () => {
  it('reads "persuaded Sudmark to lower the levy" and "urged Sudmark to lower fishing quotas" as against', () => {
    expect(of('Norland persuaded Sudmark to lower the levy.')).toEqual(['Norland:oppose:auto:tariffs']);
    expect(of('Norland urged Sudmark to lower fishing quotas.')).toEqual(['Norland:oppose:auto:quotas']);
  });
});
