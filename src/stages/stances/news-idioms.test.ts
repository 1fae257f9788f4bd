/**
 * Verbs of backing and refusing in the idiom of news reports ("warmed to", "advocated", "requested", "railed
 * against", "snubbed", "pulled out of the accord"), and "took aim at" as an attack, not an aim. Invented sentences
 * about fictional talks between Norland and Sudmark.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('idioms of backing', () => {
  it.each([
    'Norland warmed to the quota swap.',
    'Norland came round to the quota swap.',
    'Norland advocated the quota swap.',
    'Norland made the case for the quota swap.',
    'Norland okayed the quota swap.',
    'Norland said yes to the quota swap.',
    'Norland requested the quota swap.',
    'Norland settled on the quota swap.',
  ])('%s', (sentence) => {
    expect(stancesOf(sentence)).toEqual(['Norland:support:auto:quota-exchange']);
  });

  it('reads no request into "requested anonymity" or "requested that"', () => {
    expect(stancesOf('A Norland official, who requested anonymity, spoke to reporters.')).toEqual([]);
  });
});

describe('idioms of refusing', () => {
  it.each([
    'Norland railed against the quota swap.',
    'Norland hit out at the quota swap.',
    'Norland lashed out at the quota swap.',
    'Norland took aim at the quota swap.',
    'Norland frowned on the quota swap.',
    'Norland snubbed the quota swap.',
    'Norland shunned the quota swap.',
    'Norland nixed the quota swap.',
    'Norland quashed the quota swap.',
    'Norland killed off the quota swap.',
    'Norland thwarted the quota swap.',
    'Norland stonewalled the quota swap.',
    'Norland has cooled on the quota swap.',
    'Norland pulled out of the quota swap.',
  ])('%s', (sentence) => {
    expect(stancesOf(sentence)).toEqual(['Norland:oppose:auto:quota-exchange']);
  });

  it('still reads "aimed at" and "aims to" as wanting', () => {
    expect(stancesOf('Norland aims to conclude the quota swap.')).toEqual(['Norland:support:auto:quota-exchange']);
  });
});

describe('what a named-back measure undoes', () => {
  it('reverses a stance on a provision whose clause cuts or ends the object', () => {
    expect(stancesOf('Norland rejected a provision that would cut the minimum wage.')).toEqual(['Norland:support:auto:minimum-wage']);
    expect(stancesOf('Norland backed a provision that allows the governor to cut the minimum wage.')).toEqual(['Norland:oppose:auto:minimum-wage']);
  });

  it('keeps the stance when the clause does not undo the object', () => {
    expect(stancesOf('Norland backed a provision that would raise the minimum wage.')).toEqual(['Norland:support:auto:minimum-wage']);
  });
});

describe('feelings, distance and giving way', () => {
  it.each([
    ['Norland is unhappy with the quota swap.', 'oppose'],
    ['Norland is satisfied with the quota swap.', 'support'],
    ['Norland is not happy with the quota swap.', 'oppose'],
    ['Norland wants nothing to do with the quota swap.', 'oppose'],
    ['Norland said no to the quota swap.', 'oppose'],
    ['Norland has dug in its heels over the quota swap.', 'oppose'],
    ['Norland put the quota swap on hold.', 'oppose'],
    ['Norland kicked the quota swap into the long grass.', 'oppose'],
    ['Norland withheld its approval of the quota swap.', 'oppose'],
    ['Norland withheld support for the quota swap.', 'oppose'],
    ['Norland caved in on the quota swap.', 'support'],
    ['Norland relented on the quota swap.', 'support'],
    ['Norland is standing firm on the quota swap.', 'support'],
    ['Norland has bought into the quota swap.', 'support'],
    ['Norland sees merit in the quota swap.', 'support'],
    ['Norland sees no merit in the quota swap.', 'oppose'],
    ['Norland remains undecided on the quota swap.', 'neutral'],
    ['Norland has not taken a position on the quota swap.', 'neutral'],
    ['Norland has come under pressure to accept the quota swap.', 'neutral'],
  ])('%s', (sentence, stance) => {
    expect(stancesOf(sentence)).toEqual([`Norland:${stance}:auto:quota-exchange`]);
  });

  it('leaves the pressing side its reading when it is named', () => {
    expect(stancesOf('Norland is under pressure from Sudmark to accept the quota swap.')).toContain('Sudmark:support:auto:quota-exchange');
  });
});

describe('judgements in reported speech', () => {
  const HOLM: FixtureActor = { name: 'Lars Holm', type: 'person', party: 'norland', packId: null, surfaces: [['Lars Holm', 'name'], ['Holm', 'name']] };
  const withQuote = (sentence: string, quote: string) =>
    fixtureStances(sentence, [...ACTORS, HOLM], kb, {
      quotes: [{ text: quote, speaker: 'Lars Holm', kind: 'direct' }],
    }).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

  it('reads a measure "outside the mandate" as rejected', () => {
    expect(stancesOf('Norland said the production cap was "outside the mandate".')).toEqual(['Norland:oppose:auto:output-cap']);
  });

  it('reads a denied opposition as acceptance', () => {
    expect(withQuote('"We are not against a quota swap," Lars Holm said.', 'We are not against a quota swap')).toEqual(['Lars Holm:support:auto:quota-exchange']);
    expect(stancesOf('Norland has nothing against the quota swap.')).toEqual(['Norland:support:auto:quota-exchange']);
  });

  it("reads harm to the speaker's own side as a judgement, harm to the other side as none", () => {
    expect(stancesOf("Norland said the quota swap would hurt Norland's fishermen.")).toEqual(['Norland:oppose:auto:quota-exchange']);
    expect(stancesOf("Norland said the quota swap would hurt Sudmark's fishermen.")).toEqual([]);
    // A minister's own country is her side.
    const holm = fixtureStances("Lars Holm said the quota swap would hurt Norland's fishermen.", [...ACTORS, HOLM], kb).map(({ actor, stance }) => `${actor}:${stance}`);
    expect(holm).toEqual(['Lars Holm:oppose']);
  });
});

describe('acts doubted, not expected or counterfactual', () => {
  it.each([
    'Observers doubt that Norland will accept the quota swap.',
    'Few expect Norland to accept the quota swap.',
    'Had Norland accepted the quota swap, the dispute would be over.',
  ])('%s', (sentence) => {
    expect(stancesOf(sentence)).toEqual([]);
  });

  it('reads a challenge to act as asking for the act', () => {
    expect(stancesOf('Sudmark challenged Norland to accept the quota swap.')).toEqual(['Sudmark:support:auto:quota-exchange']);
  });
});

describe('fighting a thing', () => {
  it('reads "vowed to fight <noun>" and "fought against" as opposing, "fight for" as backing', () => {
    expect(stancesOf('Norland has vowed to fight the quota swap.')).toEqual(['Norland:oppose:auto:quota-exchange']);
    expect(stancesOf('Norland fought against the quota swap.')).toEqual(['Norland:oppose:auto:quota-exchange']);
    expect(stancesOf('Norland will fight hard for the quota swap.')).toEqual(['Norland:support:auto:quota-exchange']);
    expect(stancesOf('The fight continues over the quota swap.')).toEqual([]);
  });
});

describe('trade disputes: exemptions, threats, retaliation and complaints', () => {
  it.each([
    ['Norland sought an exemption from the tariffs.', 'oppose'],
    ['Norland is seeking a carve-out from the tariffs.', 'oppose'],
    ['Norland threatened retaliatory tariffs.', 'support'],
    ['Norland vowed to retaliate against any new tariffs.', 'oppose'],
    ['Norland is preparing countermeasures against the tariffs.', 'oppose'],
    ['Norland filed a complaint against the tariffs at the WTO.', 'oppose'],
  ])('%s', (sentence, stance) => {
    expect(stancesOf(sentence)).toEqual([`Norland:${stance}:auto:tariffs`]);
  });

  it('reads averting or wanting to avoid a measure as opposing it, and retaliation against goods as no stance on them', () => {
    expect(stancesOf('Norland averted a strike.')).toEqual(['Norland:oppose:auto:strike']);
    expect(stancesOf('Norland wants to avoid a strike.')).toEqual(['Norland:oppose:auto:strike']);
    expect(stancesOf('Norland retaliated against Sudmark cheese.')).toEqual([]);
  });
});

describe('forces offered and positions held back', () => {
  it('reads sending peacekeepers as backing the mission, not sending troops to a front', () => {
    expect(stancesOf('Norland would send peacekeepers to the buffer zone.').some((x) => x.startsWith('Norland:support:'))).toBe(true);
    expect(stancesOf('Norland sent more troops to the front.')).toEqual([]);
  });

  it('reads "noncommittal about" as neutral', () => {
    expect(stancesOf('Norland has been noncommittal about the quota swap.')).toEqual(['Norland:neutral:auto:quota-exchange']);
  });
});

describe('what a refusal will not go without', () => {
  it('reads the thing after "without" as wanted once the refusal has taken its object', () => {
    expect(stancesOf('Norland will not agree to a ceasefire without a prisoner exchange.')).toEqual(['Norland:oppose:auto:ceasefire', 'Norland:support:auto:prisoner-exchange']);
  });

  it('reads nothing after a plain "without"', () => {
    expect(stancesOf('Norland rejected the quota swap without explanation.')).toEqual(['Norland:oppose:auto:quota-exchange']);
  });
});

describe('a vote told in per cent', () => {
  it.each([
    ['Norland voted 94 per cent against the quota swap.', 'Norland:oppose:auto:quota-exchange'],
    ['Norland voted 70 percent in favour of the quota swap.', 'Norland:support:auto:quota-exchange'],
  ])('%s', (sentence, expected) => {
    expect(stancesOf(sentence)).toEqual([expected]);
  });
});

describe('laying a thing on the table, taking part, and accords by their acronym', () => {
  it.each([
    ['Norland put a quota swap on the table.', 'Norland:support:auto:quota-exchange'],
    ['The deal includes a quota swap, which Norland put on the table in the last hours of talks.', 'Norland:support:auto:quota-exchange'],
    ['Norland said it would take part in the talks.', 'Norland:support:auto:talks'],
    ['Norland rejected the NSFA.', 'Norland:oppose:auto:nsfa'],
  ])('%s', (sentence, expected) => {
    expect(stancesOf(sentence)).toContain(expected);
  });

  it('reads a condition on signing an accord named by its acronym', () => {
    expect(fixtureStances('Norland would sign the NSFA only if Sudmark accepted its certificate.', ACTORS, kb).map(({ actor, stance, proposition }) => `${actor}:${stance}:${proposition}`)).toContain('Norland:conditional:auto:nsfa');
  });
});
