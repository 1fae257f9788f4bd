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

describe('receptions named by what they drew, going back on a word, and how a side sees a thing', () => {
  it('takes the holder after "from" or "of" for a reception the object drew or won', () => {
    expect(held('The ceasefire plan drew sharp criticism from Lakeland.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('The ceasefire plan won the backing of Lakeland.', 'auto:ceasefire')).toEqual(['support']);
  });

  it('reads going back on a commitment as turning against what it committed to', () => {
    expect(held('Lakeland backtracked on its commitment to the ceasefire.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland reneged on the ceasefire.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland has distanced itself from the ceasefire plan.', 'auto:ceasefire')).toEqual(['oppose']);
  });

  it('does not read a violation someone is accused of as their stance', () => {
    expect(stancesOf('Rivia accused Lakeland of violating the ceasefire.').filter((s) => s.actor === 'Lakeland')).toEqual([]);
  });

  it('judges an object by how a side sees it, but not by a guess at how it might', () => {
    expect(held('Lakeland sees the ceasefire as a trap.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland regards the ceasefire proposal as a delaying tactic.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland may view the ceasefire proposal as a trap.', 'auto:ceasefire')).toEqual([]);
    expect(held('Lakeland sees no point in a ceasefire.', 'auto:ceasefire')).toEqual(['oppose']);
  });

  it('reads interest and eagerness as wanting, and "no hurry" or a negated readiness as not', () => {
    expect(held('Lakeland is interested in a ceasefire.', 'auto:ceasefire')).toEqual(['support']);
    expect(held('Lakeland is not interested in a ceasefire.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland is eager for a ceasefire.', 'auto:ceasefire')).toEqual(['support']);
    expect(held('Lakeland is in no hurry to sign the water treaty.', 'auto:water-treaty')).toEqual(['oppose']);
    expect(held('Lakeland is not ready to accept a ceasefire.', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland will not be bound by the water treaty.', 'auto:water-treaty')).toEqual(['oppose']);
  });

  it('reads an insufficiency judgement reported of the object', () => {
    expect(held('Lakeland said the ceasefire proposal "does not go far enough".', 'auto:ceasefire')).toEqual(['oppose']);
    expect(held('Lakeland said the ceasefire proposal falls short.', 'auto:ceasefire')).toEqual(['oppose']);
  });
});

describe('refusals and terms in an official\'s words', () => {
  it('reads "there can be no X" as the speaker refusing X', () => {
    expect(held('Lakeland said there can be no ceasefire.', 'auto:ceasefire')).toEqual(['oppose']);
  });

  it('reads "under certain conditions" as a condition', () => {
    expect(held('Lakeland said it could accept the ceasefire under certain conditions.', 'auto:ceasefire')).toEqual(['conditional']);
  });

  it('reads an obligation that a deal be respected as backing it', () => {
    expect(held('Lakeland said the ceasefire must be respected.', 'auto:ceasefire')).toEqual(['support']);
  });

  it('finds a passive agent after a title', () => {
    const cast = [...LAKE_TREATY, { name: 'Ilse Varga', type: 'person' as const, party: 'lakeland', surfaces: [['Ilse Varga', 'name']] as [string, 'name'][] }];
    const found = fixtureStances('The ceasefire plan was rejected by Foreign Minister Ilse Varga on Monday.', cast, kb);
    expect(found.filter((s) => s.actor === 'Ilse Varga').map((s) => s.stance)).toEqual(['oppose']);
  });
});

describe('what is wanted done to the object', () => {
  it('reads "wants X lifted" as against X and "wants X tightened" as for it', () => {
    expect(held('Lakeland wants the sanctions lifted.', 'auto:sanctions')).toEqual(['oppose']);
    expect(held('Lakeland wants the tariffs removed immediately.', 'auto:tariffs')).toEqual(['oppose']);
    expect(held('Lakeland wants the sanctions tightened.', 'auto:sanctions')).toEqual(['support']);
  });
});

describe('split phrasal verbs, renewals and identifying relative clauses', () => {
  it('reads a phrasal refusal split by its object', () => {
    expect(held('Lakeland said it would turn the aid package down.', 'auto:aid')).toEqual(['oppose']);
  });

  it('reads renewing an accord as backing it', () => {
    expect(held('Lakeland said it would renew its fishing agreement with Rivia.', 'auto:fishing-deal')).toEqual(['support']);
  });

  it('reads refusing an offer a named side made as plain opposition, not a conditional one', () => {
    expect(held('Lakeland said it would not back a contract offer that Rivia made to the workers.', 'auto:contract-offer')).toEqual(['oppose']);
  });
});

describe('"as soon as possible" is haste, not a condition', () => {
  it('keeps a readiness to sign as soon as possible a plain support', () => {
    expect(held('Lakeland said it was ready to sign the water treaty as soon as possible.', 'auto:water-treaty')).toEqual(['support']);
    expect(held('Lakeland said it was ready to sign the water treaty as soon as Rivia withdrew its troops.', 'auto:water-treaty')).toEqual(['conditional']);
  });
});

describe('a readiness whose object is long', () => {
  it('keeps an if-clause after a long object as the readiness condition', () => {
    expect(held('Lakeland would be willing to consider a proposal from Rivia to share the dry-season flow of the border river if the provincial government agrees.', 'auto:proposal')).toEqual(['conditional']);
  });
});

describe('a partial quote closing inside a cue', () => {
  it('reads "“fully committed” to" as a commitment', () => {
    expect(held('Lakeland said it was “fully committed” to the water treaty.', 'auto:water-treaty')).toEqual(['support']);
  });
});

describe('what any such object must be', () => {
  it('reads "any X must include Y" as a conditional stance on X', () => {
    expect(held('Lakeland said any ceasefire must include international monitors.', 'auto:ceasefire')).toEqual(['conditional']);
    expect(held('Lakeland said any water treaty would have to be approved by parliament.', 'auto:water-treaty')).toEqual(['conditional']);
  });

  it('keeps an obligation on the object itself a plain stance', () => {
    expect(held('Lakeland said the ceasefire must hold.', 'auto:ceasefire')).toEqual(['support']);
  });
});

describe('"any" after a preposition', () => {
  it('does not read "the goal of any X should ..." as terms for X', () => {
    expect(held('Lakeland said the goal of any water treaty should be lasting peace.', 'auto:water-treaty')).not.toContain('conditional');
  });
});

describe('joining calls', () => {
  it('reads joining the calls for X as calling for X', () => {
    expect(held('Lakeland joined the calls for a ceasefire.', 'auto:ceasefire')).toEqual(['support']);
    expect(held('Lakeland joined the chorus of demands for sanctions on Rivia.', 'auto:sanctions')).toEqual(['support']);
  });
});

describe('boards, votes and planned actions', () => {
  it('reads a vote with a tally and a day before its object', () => {
    expect(held('Lakeland voted 9-4 on Wednesday to approve the water treaty.', 'auto:water-treaty')).toEqual(['support']);
    expect(held('Lakeland voted 14-9 against the water treaty.', 'auto:water-treaty')).toEqual(['oppose']);
  });

  it('reads pressing ahead with an action as backing it', () => {
    expect(held('Lakeland said it would press ahead with the sanctions on Rivia.', 'auto:sanctions')).toEqual(['support']);
  });

  it('reads not opposing something on stated terms as a conditional opening', () => {
    expect(held('Lakeland said it would not oppose the water treaty as long as fishing rights were protected.', 'auto:water-treaty')).toEqual(['conditional']);
  });

  it('judges an object past a "by" phrase before its copula', () => {
    expect(held('Lakeland said the planned strike by dockworkers was "unnecessary and irresponsible".', 'auto:strike')).toEqual(['oppose']);
  });

  it('reads corporate deals as negotiated objects', () => {
    expect(held('Lakeland rejected the proposed merger of the two state airlines.', 'auto:merger')).toEqual(['oppose']);
    expect(held('Lakeland rebuffed a takeover bid from Rivia.', 'auto:takeover')).toEqual(['oppose']);
  });
});

describe('the body that decides for a side', () => {
  it('gives a board\'s or members\' decision to the side they belong to', () => {
    expect(held("Lakeland's board has unanimously endorsed the water treaty.", 'auto:water-treaty')).toEqual(['support']);
    expect(held('The board of Lakeland has voted to reject the water treaty.', 'auto:water-treaty')).toEqual(['oppose']);
  });
});

describe('hoping a deal is reached', () => {
  it('reads hope or confidence that a deal will be reached, or a truce hold, as wanting it', () => {
    expect(held('Lakeland said it hoped a ceasefire could be agreed within days.', 'auto:ceasefire')).toEqual(['support']);
    expect(held('Lakeland has expressed hope that the ceasefire will hold.', 'auto:ceasefire')).toEqual(['support']);
    expect(held('Lakeland said it hoped the sanctions would be lifted.', 'auto:sanctions')).not.toContain('support');
  });
});

describe('a side\'s named demand', () => {
  it('reads "X\'s main demand is Y" as X wanting Y', () => {
    expect(held("Lakeland's main demand is the release of all prisoners.", 'auto:prisoner-release')).toEqual(['support']);
    expect(held("Lakeland's first condition remains an end to the sanctions.", 'auto:sanctions')).toEqual(['oppose']);
  });
});

describe('"possible, but only if"', () => {
  it('reads a possibility with a "but only after" condition as conditional', () => {
    expect(held('Lakeland said a ceasefire was possible but only after the troops withdraw.', 'auto:ceasefire')).toEqual(['conditional']);
  });
});

describe('fearing a thing, or fearing it fails', () => {
  it('reads fearing what a deal would do as opposing it, and fearing it will fail as wanting it', () => {
    expect(held('Lakeland fears the water treaty would ruin its farmers.', 'auto:water-treaty')).toEqual(['oppose']);
    expect(held('Lakeland fears the ceasefire will collapse.', 'auto:ceasefire')).toEqual(['support']);
    expect(held('Lakeland is concerned that the truce may not hold.', 'auto:ceasefire')).toEqual(['support']);
  });
});

describe('polarity traps: weakening, undoing and feelings about an outcome', () => {
  it('reads weakening or undoing verbs as against the measure', () => {
    expect(held('Lakeland pushed to water down the sanctions on Rivia.', 'auto:sanctions')).toEqual(['oppose']);
    expect(held('Lakeland lobbied against repealing the sanctions on Rivia.', 'auto:sanctions')).toEqual(['support']);
    expect(held('Lakeland stood firm against lifting the sanctions on Rivia.', 'auto:sanctions')).toEqual(['support']);
  });

  it('reads dismay at an undoing as backing the thing, and satisfaction at its end as opposing it', () => {
    expect(held('Lakeland expressed dismay at the scrapping of the water treaty.', 'auto:water-treaty')).toEqual(['support']);
    expect(held('Lakeland celebrated the collapse of the water treaty.', 'auto:water-treaty')).toEqual(['oppose']);
  });

  it('reads a demand that a measure be undone as against it', () => {
    expect(held('Lakeland demanded that the sanctions be dismantled.', 'auto:sanctions')).toEqual(['oppose']);
    expect(held('Lakeland argued that the sanctions should have been lifted years ago.', 'auto:sanctions')).toEqual(['oppose']);
  });
});
