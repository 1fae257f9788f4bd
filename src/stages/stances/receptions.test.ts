/**
 * Polarity told through a reception, a blame or a credit, a flat answer or a rhetorical question: "Norland's response
 * to X was anything but warm", "gave X a frosty reception", "blamed X for the closures", "credited X with saving
 * jobs", "Asked whether Norland would sign X, its minister said: Never", "Who could object to X?", "X is not a
 * solution", weakening as a noun, vote tallies, "cheered", "tendered its shares into". Invented sentences about Norland.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Ilse Varn', type: 'person', party: 'norland', packId: 'ilse-varn', surfaces: [['Ilse Varn', 'name'], ['Varn', 'name']] },
];
const stanceOf = (text: string, proposition: string, actor = 'Norland') =>
  fixtureStances(text, ACTORS, kb).filter((s) => s.actor === actor && s.proposition === proposition).map((s) => s.stance);

describe('a reception told by its tone', () => {
  it.each([
    ["Norland's response to the fishing moratorium was anything but warm, officials said.", 'oppose'],
    ["Norland's reaction to the fishing moratorium was hostile.", 'oppose'],
    ["Norland's reaction to the fishing moratorium proposal has been broadly positive.", 'support'],
    ['Norland gave the fishing moratorium a frosty reception.', 'oppose'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, 'auto:moratorium')).toEqual([stance]);
  });

  it('says nothing of a cold tone denied', () => {
    expect(stanceOf("Norland's initial response to the fishing moratorium was far from hostile.", 'auto:moratorium')).toEqual([]);
  });
});

describe('blame and credit', () => {
  it.each([
    ['Norland blamed the fishing moratorium for the closure of three canneries.', 'oppose'],
    ['Norland credited the fishing moratorium with saving the cod stocks.', 'support'],
    ['Fishermen in Norland, which blames the fishing moratorium for the loss of 200 jobs, held a protest.', 'oppose'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, 'auto:moratorium')).toEqual([stance]);
  });
});

describe('answers and questions', () => {
  it('takes a flat answer to an "asked whether" question as the stance on its act', () => {
    expect(stanceOf('Asked whether Norland would accept the fishing moratorium, Ilse Varn said: "Never."', 'auto:moratorium', 'Ilse Varn')).toEqual(['oppose']);
    expect(stanceOf('Asked if Norland would sign the fishing moratorium, Ilse Varn replied: "Absolutely."', 'auto:moratorium', 'Ilse Varn')).toEqual(['support']);
  });

  it('reads "who could object to X?" as backing X', () => {
    const text = '"Who could possibly object to a fishing moratorium?" asked Ilse Varn at the launch of the report.';
    const quotes = [{ text: 'Who could possibly object to a fishing moratorium?', speaker: 'Ilse Varn', kind: 'direct' as const }];
    expect(fixtureStances(text, ACTORS, kb, { quotes }).filter((s) => s.actor === 'Ilse Varn' && s.proposition === 'auto:moratorium').map((s) => s.stance)).toEqual(['support']);
  });
});

describe('judgements, nouns of weakening, tallies', () => {
  it.each([
    ['The fishing moratorium is not a solution, Norland said.', 'oppose'],
    ['Norland said the fishing moratorium was the way forward.', 'support'],
    ['Norland said it would "never accept" any weakening of the fishing moratorium.', 'support'],
    ['Norland is hardly enthusiastic about the fishing moratorium.', 'oppose'],
    ['Norland saw little merit in the fishing moratorium.', 'oppose'],
    ['Norland said its fleets had "nothing to fear" from the fishing moratorium.', 'support'],
    ['Norland cheered the fishing moratorium.', 'support'],
    ["Norland's foreign minister said the fishing moratorium was weak and demanded that the quotas be tightened.", 'support'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text, text.includes('quotas') ? 'auto:quotas' : 'auto:moratorium')).toContain(stance);
  });

  it('reads a tally between "voted" and its verb', () => {
    expect(stanceOf('Delegates of Norland voted 18 to 2 to reject the fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf('Delegates of Norland voted two-to-one against the fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
  });

  it('does not read "ended up" as ending, nor "calling for" as a naming verb', () => {
    expect(stanceOf('Norland, which had been expected to abstain, ended up co-sponsoring the resolution calling for a fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
  });

  it('reads "insisted that X should be scrapped" as against X', () => {
    expect(stanceOf('Norland insisted that the fishing moratorium should be scrapped.', 'auto:moratorium')).toEqual(['oppose']);
  });

  it('maps "they" in "demanded that they be lifted" to the plural object before', () => {
    expect(stanceOf('Norland said the tariffs were hurting farmers and demanded that they be lifted.', 'auto:tariffs')).toEqual(['oppose']);
  });

  it('reads "far from rejecting" as no rejection', () => {
    expect(stanceOf('Far from rejecting the fishing moratorium, Norland voted on Thursday to recommend it.', 'auto:moratorium')).toEqual(['support']);
  });
});

describe('more objects, demands refused, harms to oneself', () => {
  it('reads an election date as an object', () => {
    expect(stanceOf('Norland vowed to fight the proposed June 9 election date.', 'auto:election-date')).toEqual(['oppose']);
  });

  it('keeps what a side resists pressure to loosen', () => {
    expect(stanceOf('Norland said it would resist pressure from carmakers to loosen the fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
  });

  it('reads "called it" with the object named in the clause when the report has no main object', () => {
    const stances = fixtureStances('While Sudmark hailed the fishing moratorium as a model, Norland called it a betrayal of its fleets.', ACTORS, kb);
    expect(stances.filter((s) => s.actor === 'Norland' && s.proposition === 'auto:moratorium').map((s) => s.stance)).toEqual(['oppose']);
  });

  it('reads a harm the speaker says a thing has done to itself', () => {
    expect(stanceOf('The fishing moratorium has cost Norland $400m in lost catches, Norland said.', 'auto:moratorium')).toEqual(['oppose']);
  });

  it('reads "no objection whatsoever to"', () => {
    expect(stanceOf('Norland has no objection whatsoever to the fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
  });
});

describe('counter-offers and exclusions', () => {
  it('reads a counter-offer to a proposal as not accepting it, and the proposal as its proposer\'s', () => {
    const stances = fixtureStances("Norland on Wednesday offered a counter-offer to Sudmark's proposal on fishing rights.", ACTORS, kb).filter((s) => s.proposition === 'auto:proposal');
    expect(stances.filter((s) => s.actor === 'Norland').map((s) => s.stance)).toEqual(['oppose']);
    expect(stances.filter((s) => s.actor === 'Sudmark').map((s) => s.stance)).toEqual(['support']);
  });

  it('reads an alternative proposed to a deal as against it, but "no alternative to" as for it', () => {
    expect(stanceOf('Norland proposed an alternative to the fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf('Norland sees no alternative to the fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
  });

  it('takes no stance on a package a side wants something kept out of', () => {
    expect(stanceOf('Norland wants its salmon farms kept out of the fishing moratorium.', 'auto:moratorium')).toEqual([]);
  });
});

describe('demands given up, the two sides', () => {
  it('reads a demand dropped, or an insistence deserted, as one no longer insisted on: against the thing', () => {
    expect(stanceOf('Norland said it had dropped its demand for a fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf('Norland quietly deserted its insistence on a fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
    expect(stanceOf('Norland did not drop its demand for a fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
    expect(stanceOf('Norland withdrew its objection to the fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
    expect(stanceOf('Norland withdrew its support for the fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
  });

  it('takes "both sides" as the pair the report names most, not the last pair joined by "and"', () => {
    const actors: FixtureActor[] = [
      ...ACTORS,
      { name: 'Westria', type: 'country', party: 'westria', packId: 'westria', surfaces: [['Westria', 'name']] },
      { name: 'Ostland', type: 'country', party: 'ostland', packId: 'ostland', surfaces: [['Ostland', 'name']] },
    ];
    const text = 'Norland and Sudmark resumed talks on fishing rights. Norland wants quotas and Sudmark wants access. Norland, backed by Westria and Ostland, wants more. Both sides aim to announce a fishing moratorium in May.';
    const holders = fixtureStances(text, actors, kb).filter((s) => s.proposition === 'auto:moratorium').map((s) => s.actor).sort();
    expect(holders).toEqual(['Norland', 'Sudmark']);
  });
});

describe('"as" clauses and leaving the talks', () => {
  it('gives the subject of an "as" clause its own stance', () => {
    const stances = fixtureStances('Sudmark walked out of the talks as Norland demanded a fishing moratorium.', ACTORS, kb);
    expect(stances.filter((s) => s.proposition === 'auto:moratorium').map((s) => `${s.actor}:${s.stance}`)).toEqual(['Norland:support']);
    expect(stances.filter((s) => s.proposition === 'auto:talks').map((s) => `${s.actor}:${s.stance}`)).toEqual(['Sudmark:oppose']);
  });

  it('keeps "such as" and "as well as" as objects', () => {
    expect(stanceOf('Norland backed the fishing moratorium as well as Sudmark.', 'auto:moratorium')).toEqual(['support']);
  });
});

describe('asides, past roles, clearing, gratitude, past effects', () => {
  it('ends a verb in an aside at the reporting verb after it', () => {
    expect(stanceOf('Norland, usually wary of consolidation, said the fishing moratorium would help its fleets, and urged regulators to clear it.', 'auto:moratorium')).toEqual(['support']);
  });

  it('takes no stance from a role the holder once had', () => {
    expect(stanceOf('Norland, once the fiercest critic of the fishing moratorium, now says the moratorium has "helped our fleets" and asked Sudmark to extend it.', 'auto:moratorium')).toEqual(['support']);
  });

  it('reads gratitude for a thing as welcoming it', () => {
    expect(stanceOf('Norland expresses its full appreciation of the fishing moratorium.', 'auto:moratorium')).toEqual(['support']);
  });

  it('does not read "made clear" as clearing, nor a participle with a time as an effect', () => {
    expect(stanceOf('Norland made clear the fishing moratorium was dead.', 'auto:moratorium')).not.toContain('support');
    expect(stanceOf('Norland said the fishing moratorium created in 2015 was still in force.', 'auto:moratorium')).not.toContain('support');
  });
});

describe('talks that fail', () => {
  it('takes no stance from a failure to agree', () => {
    expect(fixtureStances('Norland and Sudmark failed to reach a deal on the fishing moratorium.', ACTORS, kb).filter((s) => s.stance === 'oppose')).toEqual([]);
    expect(fixtureStances('Norland and Sudmark fail to agree on a fishing moratorium', ACTORS, kb).filter((s) => s.stance === 'oppose')).toEqual([]);
    expect(stanceOf('Norland refused to sign the fishing moratorium.', 'auto:moratorium')).toEqual(['oppose']);
  });
});

describe('revising one\'s own offer', () => {
  it('reads lowering one\'s own offer as no stance against it, lowering a measure as against it', () => {
    expect(stanceOf('Norland lowered its offer to $35 per boat.', 'auto:proposal')).toEqual([]);
    expect(stanceOf('Norland lowered its fishing tariffs.', 'auto:tariffs')).toEqual(['oppose']);
  });
});

describe('headline verbs, a day before "to", works as objects', () => {
  it('reads "agrees <object>" in a headline, "agreed on Tuesday to <act>" and a dam opposed', () => {
    expect(stanceOf('Norland agrees summer water release for Sudmark farms', 'auto:water-release')).toEqual(['support']);
    expect(stanceOf('Norland agreed on Tuesday to release water to Sudmark farms.', 'auto:release-water')).toEqual(['support']);
    expect(stanceOf('Norland still opposed building the dam on the Vesk river.', 'auto:dam')).toEqual(['oppose']);
  });
});

describe('who is asked', () => {
  it('reads the act asked of "the <Name> operator", not "operator" as its verb', () => {
    expect(fixtureStances('Norland has demanded that the Sudmark operator pay higher fees.', ACTORS, kb).map((s) => s.proposition)).toContain('auto:pay-fees');
  });
});

describe('threatening and filing for a measure', () => {
  it('reads a measure threatened or filed for as wanted', () => {
    expect(stanceOf('Norland threatens arbitration over the fishing rights.', 'auto:arbitration')).toEqual(['support']);
    expect(stanceOf('Norland has filed for arbitration.', 'auto:arbitration')).toEqual(['support']);
  });
});

describe('harms told as what a thing forced', () => {
  it('reads "had forced it to cancel" as a harm, after a plural possessive too', () => {
    expect(stanceOf("Norland said the dockers' strike had forced it to cancel 400 sailings.", 'auto:strike')).toEqual(['oppose']);
  });
});

describe('asking for a thing to be examined', () => {
  it('takes no stance on a thing a side wants examined, and still reads one it wants extended', () => {
    expect(stanceOf('Norland asked for the fishing moratorium to be examined on public interest grounds.', 'auto:moratorium')).toEqual([]);
    expect(stanceOf('Norland asked for the fishing moratorium to be extended.', 'auto:moratorium')).toEqual(['support']);
  });
});

describe('"pressed for it to be ..."', () => {
  it('reads "it" and "them" after "for" as the object named before', () => {
    expect(stanceOf('Norland said the fishing moratorium was vital and pressed for it to be extended by five years.', 'auto:moratorium')).toEqual(['support']);
    expect(stanceOf('Norland said the tariffs were unfair and lobbied for them to be lifted.', 'auto:tariffs')).toEqual(['oppose']);
  });
});

