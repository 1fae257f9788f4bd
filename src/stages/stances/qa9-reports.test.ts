/**
 * Stance defects found reading reports on negotiations no pack covers (session 11 QA: a territorial dispute, fish
 * quotas, an airline pilots' union), pinned with invented sentences about fictional talks between Norland and
 * Sudmark: a pronoun after a sentence that took no stance, a proposal's proposer kept out of another side's terms,
 * an agenda, an act that is only the content of a measure not pursued, an object inside a time clause, and "any
 * agreement acceptable to" someone.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Ana Brenner', type: 'person', party: null, surfaces: [['Ana Brenner', 'name'], ['Brenner', 'name']] },
  { name: 'Tomas Lind', type: 'person', party: 'norland', surfaces: [['Tomas Lind', 'name'], ['Lind', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('session 11 QA stance defects', () => {
  it('reads "He" after a sentence that took no stance as that sentence\'s subject', () => {
    const r = stancesOf('Ana Brenner backed the fishing moratorium on Monday. Tomas Lind said the fishing moratorium was discussed at length. He rejected any referendum on independence.');
    expect(r).toContain('Tomas Lind:oppose:auto:referendum');
    expect(r.filter((x) => x.startsWith('Ana Brenner') && x.includes('referendum'))).toEqual([]);
  });

  it("keeps a proposal its proposer's support when another side sets terms for discussing it", () => {
    const r = stancesOf("Sudmark said it was ready to discuss Norland's autonomy plan, as long as a referendum was held first.");
    expect(r).toContain('Sudmark:conditional:auto:autonomy');
    expect(r).toContain('Norland:support:auto:autonomy');
    expect(r).not.toContain('Norland:conditional:auto:autonomy');
  });

  it('reads an agenda of the talks as no stance of the one who announces it', () => {
    expect(stancesOf('Ana Brenner said the two days of talks in Geneva would focus on restoring the ceasefire and the release of detainees.')).toEqual([]);
  });

  it('reads an act that is only the content of a measure not being considered as no stance', () => {
    expect(stancesOf('Tomas Lind said the government was not considering legislation to end a strike.')).toEqual([]);
    expect(stancesOf('Tomas Lind said the government would pass legislation to end the strike.')).toContain('Tomas Lind:oppose:auto:strike');
  });

  it('reads an object inside a time clause with its own subject as not the verb\'s object', () => {
    expect(stancesOf('Tomas Lind said Norland would no longer insist that Sudmark monitor human rights before it returned to the ceasefire, dropping a demand it had made in November.').filter((x) => x.includes('ceasefire'))).toEqual([]);
  });

  it('reads "any agreement acceptable to" a people as no particular deal', () => {
    expect(stancesOf('Sudmark signed the ceasefire on Monday. Norland said it supported any agreement acceptable to the islanders.').filter((x) => x.startsWith('Norland'))).toEqual([]);
  });
});

describe('a counter-offer', () => {
  it('names an indefinite counter-offer as its own object, not the last one named', () => {
    const r = stancesOf('Sudmark threatened a ban on landings. Norland rejected the offer and put forward a counter-offer on Thursday.');
    expect(r).toContain('Norland:support:auto:counter-offer');
    expect(r).not.toContain('Norland:support:auto:ban');
  });
});

describe('a keyed proposal', () => {
  it('reads "the district\'s salary proposal" as the wage offer, and a bare "proposal" as the generic one', () => {
    expect(stancesOf("Norland will not accept the district's salary proposal.")).toEqual(['Norland:oppose:auto:wage-offer']);
    expect(stancesOf('Norland rejected the proposal.')).toEqual(['Norland:oppose:auto:proposal']);
  });
});

describe('a judgement followed by a second predicate', () => {
  it('reads "had been nothing but good ... and should be deepened" as for it', () => {
    expect(stancesOf('Norland said the trade agreement had been nothing but good for its farmers and should be deepened.')).toEqual(['Norland:support:auto:trade-deal']);
  });
});

describe('a name before a verb in -s', () => {
  it('reads "Norland stands ready to" as Norland, not as "Norland stands"', () => {
    expect(stancesOf('Norland stands ready to resume talks on a ceasefire.')).toEqual(['Norland:support:auto:ceasefire']);
    expect(stancesOf('Norland remains opposed to the fishing moratorium.')).toEqual(['Norland:oppose:auto:moratorium']);
  });
});

describe('questions that answer themselves', () => {
  it('reads "What is the alternative to X?" as for X, and "Who but Y would gain from X" as against it', () => {
    const quotes = [{ text: 'What is the alternative to the truce, more funerals?', speaker: 'Norland', kind: 'direct' as const }];
    const r = fixtureStances('"What is the alternative to the truce, more funerals?" Norland asked.', ACTORS, kb, { quotes }).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);
    expect(r).toEqual(['Norland:support:auto:ceasefire']);
    expect(stancesOf("Who but the smugglers would gain from a blockade of the ports, Norland's oil minister asked.")).toEqual(['Norland:oppose:auto:blockade']);
  });

  it('still reads an open question as no stance', () => {
    expect(stancesOf('Will Norland accept the truce?')).toEqual([]);
  });
});

describe('session 11 QA 10 stance defects', () => {
  it('reads dropping a threat to expel troops as for their staying', () => {
    expect(stancesOf('Norland also dropped its threat to expel Sudmark troops from the peacekeeping mission.')).toContain('Norland:support:auto:peacekeepers');
  });

  it('reads talks that ended without an agreement as no stance on it', () => {
    expect(stancesOf('Norland and Sudmark ended a first round of talks on Tuesday without an agreement over the port plan.')).toEqual([]);
  });

  it('reads what any member may do under the rules as no one\'s stance', () => {
    expect(stancesOf('Because the body works by consensus, any one of its 164 members can block a deal.')).toEqual([]);
  });

  it('reads "the district\'s offer" after a threatened strike as an offer, not the strike', () => {
    const r = stancesOf('Norland would hold off on a strike as long as Sudmark returned with a serious offer. Tomas Lind said the district\'s offer was fair.');
    expect(r.filter((x) => x.startsWith('Tomas Lind'))).toEqual(['Tomas Lind:support:auto:proposal']);
  });

  it('keeps "the ceasefire proposal" the ceasefire', () => {
    expect(stancesOf('Norland derided the ceasefire proposal.')).toEqual(['Norland:oppose:auto:ceasefire']);
  });
});

describe('"would do so only if"', () => {
  it('holds the act of the stance taken before to the condition', () => {
    const r = stancesOf('Norland said it would accept the fishing moratorium. But Tomas Lind said it would do so only if Sudmark paid compensation.');
    expect(r).toContain('Tomas Lind:conditional:auto:moratorium');
  });
});

describe('a quoted act held to a fronted condition, said of its object', () => {
  it('reads \'"If they release the prisoners, we will sign," X said of the agreement\' as conditional support for it', () => {
    const text = '"If they release the prisoners, we will sign," Norland said of the agreement.';
    const quotes = [{ text: 'If they release the prisoners, we will sign,', speaker: 'Norland', kind: 'direct' as const }];
    const r = fixtureStances(text, ACTORS, kb, { quotes }).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);
    expect(r).toContain('Norland:conditional:auto:deal');
  });

  it('does not read "no longer welcome" closing a quote as welcoming anything', () => {
    const text = 'Sudmark signed the deal. "You are no longer welcome," Norland said.';
    const quotes = [{ text: 'You are no longer welcome,', speaker: 'Norland', kind: 'direct' as const }];
    expect(fixtureStances(text, ACTORS, kb, { quotes }).filter((x) => x.actor === 'Norland')).toEqual([]);
  });
});

describe('a campaign named by a verb, and what a thing would do to a number of people', () => {
  it('reads "X of A with B would leave 40,000 people ..., according to <campaign>" as the campaign against X', () => {
    const actors: FixtureActor[] = [...ACTORS, { name: 'Keep Tarnby Open', type: 'organization', party: 'keep-tarnby-open', surfaces: [['Keep Tarnby Open', 'name']] }];
    const r = fixtureStances('The proposed merger of Tarnby Hospital with Vale General would leave 40,000 people far from an emergency department, according to Keep Tarnby Open, which has gathered signatures.', actors, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);
    expect(r).toEqual(['Keep Tarnby Open:oppose:auto:merger']);
  });
});

describe('session 11 QA 11 stance defects', () => {
  it('reads no cue in the second part of a hyphenated word ("ride-hailing", "Saudi-sponsored")', () => {
    expect(stancesOf('Norland set rules for ride-hailing drivers and the fishing moratorium stayed.')).toEqual([]);
  });

  it('names a possessed counter-offer as the counter-offer, not a measure named before it', () => {
    const r = stancesOf('Sudmark threatened a ban on landings. Norland backed Sudmark\'s counter-offer.');
    expect(r).toContain('Norland:support:auto:counter-offer');
    expect(r).not.toContain('Norland:support:auto:ban');
  });
});

describe('stances told as already past', () => {
  it('puts a pluperfect stance before the report\'s current ones, so readers take the current one as latest', () => {
    const r = stancesOf('Norland rejected the fishing moratorium on Friday. Norland, which had backed the fishing moratorium in March, said it would seek new terms.').filter((x) => x.includes('moratorium'));
    expect(r).toEqual(['Norland:support:auto:moratorium', 'Norland:oppose:auto:moratorium']);
  });
});

describe('dev3 wire-copy passages', () => {
  it('reads cancelling or terminating a thing as against it', () => {
    expect(stancesOf('Norland has cancelled a mining contract awarded to a foreign firm.')).toContain('Norland:oppose:auto:contract');
    expect(stancesOf('Norland terminated the fishing moratorium on Friday.')).toContain('Norland:oppose:auto:moratorium');
  });

  it('reads what sanctions are "over" as the grievance, not a second object', () => {
    const r = stancesOf('Norland will not impose sanctions on Sudmark over its new export levies on lithium.');
    expect(r).toContain('Norland:oppose:auto:sanctions');
    expect(r.filter((x) => x.includes('levies') || x.includes('tariff'))).toEqual([]);
  });

  it('stops a verb at a participle clause after a comma', () => {
    const r = stancesOf('Norland urged police to clear the boats, calling the blockade "illegal and reckless."');
    expect(r).toContain('Norland:oppose:auto:blockade');
    expect(r).not.toContain('Norland:support:auto:blockade');
  });

  it('reads "has agreed a deal" (no "to") as agreeing to it', () => {
    expect(stancesOf('Norland has agreed a five-year fishing deal with Sudmark.').some((x) => x.startsWith('Norland:support:'))).toBe(true);
  });

  it('reads a condition set off in commas between the modal and its verb', () => {
    expect(stancesOf('Norland would, provided the mediators guarantee safe passage for its fighters, accept the 30-day truce.')).toEqual(['Norland:conditional:auto:ceasefire']);
  });

  it('reads setting conditions for a thing as conditional support, and the conditions named as wanted', () => {
    const r = stancesOf('Norland set conditions for a ceasefire, including the withdrawal of troops.');
    expect(r).toContain('Norland:conditional:auto:ceasefire');
    expect(r).toContain('Norland:support:auto:troop-withdrawal');
  });

  it('reads "a gift to the aggressor" as a judgement against, whatever "gift" rates', () => {
    expect(stancesOf('Norland said the truce now is a gift to the aggressor.')).toEqual(['Norland:oppose:auto:ceasefire']);
  });

  it('reads pulling out of an arrangement or a truce as against it', () => {
    expect(stancesOf('Norland said on Thursday it was pulling out of the truce arrangement.')).toContain('Norland:oppose:auto:ceasefire');
  });

  it('reads "a step the government in <capital> has long resisted" as that country\'s opposition', () => {
    const actors: FixtureActor[] = [...ACTORS, { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Nordstad', 'metonym']] }];
    const r = fixtureStances('Sudmark is weighing a 25% tariff on grain, a step the government in Nordstad has long resisted.', actors, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);
    expect(r).toContain('Norland:oppose:auto:tariffs');
  });

  it('reads a measure said to do nothing for its aim as judged against', () => {
    expect(stancesOf('Norland said the fishing moratorium was "symbolic politics" that would do nothing for fish stocks.')).toEqual(['Norland:oppose:auto:moratorium']);
  });

  it('reads a deal that "sacrifices" the speaker\'s own as against it', () => {
    expect(stancesOf('Norland said the water agreement sacrifices its farmers to keep the peace.')).toContain('Norland:oppose:auto:water-deal');
  });
});
