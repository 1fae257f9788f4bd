/**
 * Objects named once: a side's verdict on a thing the report names only there ("backs a binding global
 * target", "opposes voting") is a stance, with guards against what is no object — a verb after bare "to", a
 * clause after "that", a vague head ("a condition"), the subject of a relative clause on a thing ("a quarrel
 * that threatened to sink the talks") — and "the creation of a fund" reaching on to the fund. Also: "could
 * accept X if Y" is conditional. Synthetic sentences about fictional countries (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Ilse Varga', type: 'person', party: 'norland', packId: 'ilse-varga', surfaces: [['Ilse Varga', 'name'], ['Varga', 'name']] },
  { name: 'Paldborg', type: 'organization', party: null, packId: null, surfaces: [['Paldborg', 'name']] },
];

const LEAD = 'Norland and Sudmark resumed talks on a fisheries treaty on Monday. ';

function stancesOf(body: string, quotes: { text: string; speaker: string; kind: 'direct' }[] = []) {
  return fixtureStances(LEAD + body, ACTORS, kb, { quotes })
    .filter((s) => s.end > LEAD.length)
    .map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}

describe('an object named once', () => {
  it('is the object of an explicit verdict on it', () => {
    expect(stancesOf('Sudmark backs a binding global target.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:global-target', stance: 'support' });
    expect(stancesOf('Norland resisted a hard cap.')).toContainEqual({ actor: 'Norland', proposition: 'auto:hard-cap', stance: 'oppose' });
  });

  it('is left open, neutrally, by not ruling it out', () => {
    expect(stancesOf('Varga has not ruled out borrowing "for clearly defined investments."')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:borrowing', stance: 'neutral' });
    expect(stancesOf('Sudmark did not rule out a wealth tax.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:wealth-tax', stance: 'neutral' });
  });

  it('may be a gerund alone', () => {
    expect(stancesOf('Norland opposes voting, and Sudmark wants a quick end.')).toContainEqual({ actor: 'Norland', proposition: 'auto:voting', stance: 'oppose' });
  });

  it('is not a verb after bare "to", nor a clause after "that"', () => {
    expect(stancesOf('Norland refused to signal flexibility.').some((s) => /signal/.test(s.proposition))).toBe(false);
    expect(stancesOf('Sudmark rejected the demand that management resign.').some((s) => /management/.test(s.proposition))).toBe(false);
  });

  it('ends at a preposition or a second determiner ("any frozen conflict along the front line")', () => {
    const r = stancesOf('Norland ruled out any frozen conflict along the front line.');
    expect(r.some((s) => /along|the$/.test(s.proposition))).toBe(false);
  });

  it('is not a vague head', () => {
    expect(stancesOf('Norland did not rule out a possibility of talks.').some((s) => /possibility/.test(s.proposition))).toBe(false);
    expect(stancesOf('Norland did not accept a condition.').some((s) => /condition/.test(s.proposition))).toBe(false);
    expect(stancesOf('Sudmark welcomed the new wording.').some((s) => /wording/.test(s.proposition))).toBe(false);
  });

  it('gives no side the verdict of a thing’s relative clause', () => {
    const r = stancesOf('Norland and Sudmark settled a quarrel that had threatened to sink the exploratory discussions.');
    expect(r.some((s) => /discussions/.test(s.proposition) && s.stance === 'oppose')).toBe(false);
  });

  it('reaches past an act on a thing to the thing ("the creation of a fund")', () => {
    expect(stancesOf('Sudmark hailed the creation of a regional fund.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:creation-fund', stance: 'support' });
    expect(stancesOf('Sudmark hailed the creation of a condition.').some((s) => /creation/.test(s.proposition))).toBe(false);
  });

  it('ends a verb in an aside at the reporting verb after the aside’s own object', () => {
    const r = stancesOf('Norland, usually wary of consolidation, said the catch limit would help its fleets.');
    expect(r).toContainEqual({ actor: 'Norland', proposition: 'auto:consolidation', stance: 'oppose' });
    expect(r.some((s) => /limit/.test(s.proposition) && s.stance === 'oppose')).toBe(false);
  });
});

describe('a relative clause on a noun phrase', () => {
  it('makes the phrase the object of the clause’s verb when a side is its subject', () => {
    expect(stancesOf('The joint review of the cod stock, which Sudmark had demanded, will go ahead in the spring.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:joint-review', stance: 'support' });
    expect(stancesOf('Norland wants a crew rotation scheme, which Sudmark has flatly refused.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:rotation-scheme', stance: 'oppose' });
  });

  it('reads "<time> ago" after the clause’s verb as no object', () => {
    const r = stancesOf('Varga defended a crew rotation scheme, which Sudmark opposed two weeks ago.');
    expect(r).toContainEqual({ actor: 'Sudmark', proposition: 'auto:rotation-scheme', stance: 'oppose' });
    expect(r.some((s) => /weeks|ago/.test(s.proposition))).toBe(false);
  });

  it('needs a side as the clause’s subject', () => {
    expect(stancesOf('The joint review, which the scientists had demanded, will go ahead.').some((s) => /review/.test(s.proposition))).toBe(false);
  });

  it('reads "a demand that X had resisted" as no object after the noun', () => {
    expect(stancesOf('It caps night sailings, a key Norland demand that management had long resisted.').some((s) => /management/.test(s.proposition))).toBe(false);
  });
});

describe('"could accept X if Y"', () => {
  it('is an offer on terms: conditional', () => {
    const r = fixtureStances(`${LEAD}Varga said Norland could accept a phased quota increase if Sudmark also agreed to a joint review.`, ACTORS, kb).filter((s) => s.end > LEAD.length);
    const offer = r.find((s) => /increase/.test(s.proposition));
    expect(offer?.stance).toBe('conditional');
    expect(offer?.condition).toBe('if Sudmark also agreed to a joint review');
  });

  it('leaves a guess about events alone', () => {
    const r = stancesOf('Varga said the talks could collapse if Sudmark walked out.');
    expect(r.some((s) => s.stance === 'conditional')).toBe(false);
  });
});

describe('a noun phrase a speaker judges', () => {
  it('is an object when the judgement is clear, held by the speaker', () => {
    expect(stancesOf('Varga said a meeting between the two ministers was the only way to break the deadlock.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:meeting', stance: 'support' });
    expect(stancesOf('Varga said such a fund would be a reward for smugglers.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:fund', stance: 'oppose' });
    expect(stancesOf('Varga told reporters that a joint patrol scheme was unacceptable.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:patrol-scheme', stance: 'oppose' });
  });

  it('is not a group of people, nor a feeling, nor a weak judgement', () => {
    expect(stancesOf('Varga said the guarantors were deeply concerned about the risk.').some((s) => /guarantors/.test(s.proposition))).toBe(false);
    expect(stancesOf('Varga said the harbour survey was due in May.').some((s) => /survey/.test(s.proposition))).toBe(false);
  });
});


describe('what a side wants or seeks', () => {
  it('is its demand when a thing on the table is named', () => {
    expect(stancesOf('Sudmark wants a binding catch limit.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:catch-limit', stance: 'support' });
    expect(stancesOf('Norland is seeking a joint patrol scheme.')).toContainEqual({ actor: 'Norland', proposition: 'auto:patrol-scheme', stance: 'support' });
    expect(stancesOf('Norland does not want a permanent observer mission.')).toContainEqual({ actor: 'Norland', proposition: 'auto:observer-mission', stance: 'oppose' });
  });

  it('is no stance when what is wanted is no thing on the table, or when the want is a need or a hope', () => {
    expect(stancesOf('Sudmark wants answers.')).toEqual([]);
    expect(stancesOf('Varga is seeking reelection.')).toEqual([]);
    expect(stancesOf('Norland needs a stronger economy.')).toEqual([]);
    expect(stancesOf('Sudmark wants Norland to withdraw.').some((s) => /norland/i.test(s.proposition))).toBe(false);
  });
});

describe('a restriction', () => {
  it('names its object through "on" or "over"', () => {
    expect(stancesOf('Sudmark demanded a cap on trawler licences.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:cap-licences', stance: 'support' });
    expect(stancesOf('Norland wants strict limits on how much fishing can be leased.')).toContainEqual({ actor: 'Norland', proposition: 'auto:limits-fishing', stance: 'support' });
    expect(stancesOf('Norland rejected new curbs on bottom trawling.')).toContainEqual({ actor: 'Norland', proposition: 'auto:curbs-trawling', stance: 'oppose' });
  });

  it('does not reach through "on" to a vague or generic thing', () => {
    expect(stancesOf('Sudmark demanded a cap on the numbers.').some((s) => /numbers/.test(s.proposition))).toBe(false);
  });
});

describe('a wish noun with "for"', () => {
  it('has what it is for as the object', () => {
    expect(stancesOf('Sudmark rejected the demand for a donor fund.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:donor-fund', stance: 'oppose' });
    expect(stancesOf('Norland backed calls for a joint patrol scheme.')).toContainEqual({ actor: 'Norland', proposition: 'auto:patrol-scheme', stance: 'support' });
  });

  it('is left alone when what follows "for" names no thing', () => {
    expect(stancesOf('Sudmark rejected the demand for more.')).toEqual([]);
    expect(stancesOf('Sudmark has rejected the demand for years.').some((s) => /years/.test(s.proposition))).toBe(false);
  });
});

describe('a thing a side regards as clearly good or bad', () => {
  it('is an object of the side, with the judgement as the stance', () => {
    expect(stancesOf('Norland saw the five-year term as "a non-starter."')).toContainEqual({ actor: 'Norland', proposition: 'auto:five-year-term', stance: 'oppose' });
    expect(stancesOf('Sudmark described the joint patrol scheme last week as a breakthrough.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:patrol-scheme', stance: 'support' });
    expect(stancesOf('Varga called the observer mission a betrayal.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:observer-mission', stance: 'oppose' });
  });

  it('is no object when the judgement is weak or the phrase names people', () => {
    expect(stancesOf('Norland saw the five-year term as a second step.').some((s) => /term/.test(s.proposition))).toBe(false);
    expect(stancesOf('Sudmark regarded the negotiators as traitors.').some((s) => /negotiators/.test(s.proposition))).toBe(false);
  });
});

describe('an act refused or taken up with "to"', () => {
  it('is opposed when refused, past a possessor before its noun', () => {
    expect(stancesOf('Norland refused to raise the cod allocation.')).toContainEqual({ actor: 'Norland', proposition: 'auto:raise-allocation', stance: 'oppose' });
    expect(stancesOf('The talks stalled, with Norland refusing to raise the bloc’s share.')).toContainEqual({ actor: 'Norland', proposition: 'auto:raise-share', stance: 'oppose' });
  });

  it('reads translated "accepted to" as "agreed to"', () => {
    expect(stancesOf('Sudmark accepted to suspend the seizures of trawlers.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:suspend-seizures', stance: 'support' });
  });

  it('refuses nothing on the table when what is refused is vague', () => {
    expect(stancesOf('Sudmark declined to give details.')).toEqual([]);
  });
});

describe('an -ing word after a possessive', () => {
  it('modifies a noun and takes no stance ("the pilots’ negotiating committee")', () => {
    const r = stancesOf('Norland’s negotiating committee saw the five-year term as "a non-starter."');
    expect(r).toContainEqual({ actor: 'Norland', proposition: 'auto:five-year-term', stance: 'oppose' });
    expect(r.some((s) => s.stance === 'support')).toBe(false);
  });
});

describe('an act with no object of its own', () => {
  it('urged on others is wanted by the one who urges it', () => {
    expect(stancesOf('Varga urged both sides to sign without delay.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:deal', stance: 'support' });
  });

  it('is a vote against the object under discussion when it is "voted no"', () => {
    expect(stancesOf('"I voted no," said Varga.', [{ text: 'I voted no,', speaker: 'Ilse Varga', kind: 'direct' }])).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:deal', stance: 'oppose' });
    expect(stancesOf('Varga said she voted no.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:deal', stance: 'oppose' });
  });

  it('is nobody’s when passive ("before anything has been agreed")', () => {
    expect(stancesOf('"They want us to disarm before anything has been agreed," Varga said.', [{ text: 'They want us to disarm before anything has been agreed,', speaker: 'Ilse Varga', kind: 'direct' }]).some((s) => s.stance === 'support')).toBe(false);
  });
});

describe('a thing said not to be negotiable', () => {
  it('is insisted on by the speaker, past what it is of', () => {
    expect(stancesOf('"The withdrawal of the K9 brigade is not negotiable," said Varga.', [{ text: 'The withdrawal of the K9 brigade is not negotiable,', speaker: 'Ilse Varga', kind: 'direct' }])).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:withdrawal', stance: 'support' });
  });
});

describe('a leave to act and a bare judged noun', () => {
  it('names the act a side wants leave for ("wants freedom to install automated cranes")', () => {
    expect(stancesOf('Sudmark wants freedom to install new scanners.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:install-scanners', stance: 'support' });
  });

  it('reads a quotation opening on a bare abstract noun judged "not optional", before its condition', () => {
    const quote = 'Modernization is not optional if we want these jobs to exist in 20 years,';
    expect(stancesOf(`"${quote}" said Varga.`, [{ text: quote, speaker: 'Ilse Varga', kind: 'direct' }])).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:modernization', stance: 'support' });
  });
});

describe('an act refused in one of two clauses joined by "and"', () => {
  it('ends at the second clause’s subject', () => {
    expect(stancesOf('The talks failed, with Norland refusing to raise the licence fee and Sudmark warning it could seek arbitration.')).toContainEqual({ actor: 'Norland', proposition: 'auto:raise-fee', stance: 'oppose' });
  });
});

describe('acts pressed for and resisted', () => {
  it('reads "stepped up pressure on X to <act>" as wanting the act, "under pressure" as nothing of the kind', () => {
    expect(stancesOf('Norland stepped up pressure on Sudmark to rein in its trawler fleet.')).toContainEqual({ actor: 'Norland', proposition: 'auto:rein-fleet', stance: 'support' });
    expect(stancesOf('Sudmark came under pressure from Norland to rein in its trawler fleet.').some((s) => s.actor === 'Sudmark' && s.stance === 'support')).toBe(false);
  });

  it('reads "urged X to <act>" as wanting the act', () => {
    expect(stancesOf('Varga urged Sudmark to free the detained skippers.')).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:free-skippers', stance: 'support' });
  });

  it('takes a gerund’s object even when it names a group ("resistance to arming the rebels")', () => {
    expect(stancesOf('Norland has deepened its resistance to arming the rebels.')).toContainEqual({ actor: 'Norland', proposition: 'auto:arming-rebels', stance: 'oppose' });
  });

  it('gives no stance to the subject of a passive judgement', () => {
    expect(stancesOf('Sudmark was criticized for licensing foreign trawlers.').some((s) => s.actor === 'Sudmark')).toBe(false);
  });
});

describe('a participle of judging after an act taken up', () => {
  it('has its own act: the verb before reaches no further', () => {
    const r = stancesOf('Norland agreed to clear the boats, calling the blockade "illegal and reckless."');
    expect(r).toContainEqual({ actor: 'Norland', proposition: 'auto:clear-boats', stance: 'support' });
    expect(r.some((s) => /blockade/.test(s.proposition) && s.stance === 'support')).toBe(false);
  });
});

describe('no room, no role', () => {
  it('refuses the thing there is no room or role for, held by the quotation’s speaker', () => {
    const quote = 'There is no room for more foreign trawlers up there,';
    expect(stancesOf(`"${quote}" said Varga.`, [{ text: quote, speaker: 'Ilse Varga', kind: 'direct' }])).toContainEqual({ actor: 'Ilse Varga', proposition: 'auto:foreign-trawlers', stance: 'oppose' });
    expect(stancesOf('Norland does not see a role for arbitration.')).toContainEqual({ actor: 'Norland', proposition: 'auto:arbitration', stance: 'oppose' });
  });
});

describe('a concrete act named once', () => {
  it('may stand alone as the object ("criticised the transfer")', () => {
    expect(stancesOf('Sudmark criticised the transfer.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:transfer', stance: 'oppose' });
    expect(stancesOf('Sudmark criticised the leader.').some((s) => /leader/.test(s.proposition))).toBe(false);
  });
});

describe('a name inside a relative aside on the subject', () => {
  it('is not the subject of the verb after the aside', () => {
    const r = stancesOf('Sudmark, whose envoy Ilse Varga had urged both sides to keep talking, welcomed the quota swap.');
    expect(r.some((s) => s.actor === 'Sudmark' && s.stance === 'support')).toBe(true);
    expect(r.some((s) => s.actor === 'Ilse Varga' && /swap|deal|quota/.test(s.proposition))).toBe(false);
  });
});

describe('amounts and measures', () => {
  it('reads an amount before the noun as its modifier and a measure alone as the object', () => {
    expect(stancesOf('Sudmark wants a 9% increase.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:increase', stance: 'support' });
    expect(stancesOf('Norland would not accept any increase.')).toContainEqual({ actor: 'Norland', proposition: 'auto:increase', stance: 'oppose' });
  });

  it('gives no urging to a place the urgers are in', () => {
    expect(stancesOf('Some crew members in Paldborg urged colleagues to vote no.').some((s) => s.actor === 'Paldborg')).toBe(false);
  });

  it('reaches through "the use of" to what a restriction is on', () => {
    expect(stancesOf('Sudmark wants a cap on the use of agency crews.')).toContainEqual({ actor: 'Sudmark', proposition: 'auto:cap-crews', stance: 'support' });
  });
});

describe('objects joined by "and"', () => {
  it('are both objects of the verb', () => {
    const r = stancesOf('Sudmark wants a 9% increase and a cap on the use of agency crews.');
    expect(r).toContainEqual({ actor: 'Sudmark', proposition: 'auto:increase', stance: 'support' });
    expect(r).toContainEqual({ actor: 'Sudmark', proposition: 'auto:cap-crews', stance: 'support' });
  });

  it('stop where "and" opens a clause of its own', () => {
    expect(stancesOf('Norland rejected the licence fees and the ferry timetables changed.').some((s) => /timetables/.test(s.proposition))).toBe(false);
  });
});
