/**
 * Offers and refusals under explicit conditions, commitments to an act, and negation scope: "was prepared to
 * consider any mechanism provided that ...", "would lift its curbs once ...", "will not sign any treaty while
 * the claim stands", "would never agree to a truce that allowed ...", "agreed to exchange all wounded
 * prisoners", "could not afford to reinstate", "did not get everything ..., but we got a contract". Synthetic
 * sentences about a fictional port dispute and a fictional lake treaty (no seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances, PORT_DISPUTE, LAKE_TREATY, PORT_LEAD } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  ...PORT_DISPUTE,
  ...LAKE_TREATY,
];

const LEAD = PORT_LEAD;

function stancesOf(body: string, quotes: { text: string; speaker: string; kind: 'direct' | 'partial' | 'indirect' }[] = []) {
  return fixtureStances(LEAD + body, ACTORS, kb, { quotes })
    .filter((s) => s.end > LEAD.length)
    .map(({ actor, proposition, stance, condition }) => ({ actor, proposition, stance, condition }));
}

const held = (body: string, actor: string, quotes: Parameters<typeof stancesOf>[1] = []) => stancesOf(body, quotes).filter((s) => s.actor === actor);

describe('conditions on a readiness or an offer', () => {
  it('reads "prepared to <verb> <noun phrase> provided that ..." as a conditional offer of that noun phrase', () => {
    const found = held('Tom Reyes said Rivia was prepared to consider any transit mechanism provided that it guaranteed free passage.', 'Rivia');
    expect(found).toContainEqual(expect.objectContaining({ stance: 'conditional', proposition: 'auto:transit-mechanism', condition: 'provided that it guaranteed free passage' }));
  });

  it('reads "could accept <noun phrase>, such as ..., as long as ..." up to the comma', () => {
    expect(held('Mira Olsen said the union could accept staggered shifts, such as a rota of night crews, as long as the night bonus is not touched.', 'Mira Olsen')).toContainEqual(
      expect.objectContaining({ stance: 'conditional', proposition: 'auto:staggered-shifts' }),
    );
  });

  it('takes "once" and "as soon as" after a future or a readiness as a condition, not "once again"', () => {
    expect(held('Tom Reyes said Rivia would lift its grain curbs once the dam dispute had been settled.', 'Tom Reyes')).toContainEqual(expect.objectContaining({ stance: 'conditional', condition: 'once the dam dispute had been settled' }));
    const quoted = '"We are ready to sign the lake treaty as soon as these obstacles are removed," Olsen said.';
    expect(held(quoted, 'Mira Olsen', [{ text: 'We are ready to sign the lake treaty as soon as these obstacles are removed,', speaker: 'Mira Olsen', kind: 'direct' }])).toContainEqual(
      expect.objectContaining({ stance: 'conditional', condition: 'as soon as these obstacles are removed' }),
    );
    expect(held('Tom Reyes said Rivia would sign the lake treaty once again.', 'Rivia').map((s) => s.stance)).not.toContain('conditional');
  });

  it('hardens "would only <verb> ... if" said of a side described, held by its speaker', () => {
    expect(held('Tom Reyes said the rebels would only hand back the islands if Lakeland addressed their grievances.', 'Tom Reyes')).toContainEqual(expect.objectContaining({ stance: 'conditional' }));
  });

  it('reads "when ..., not before" as the condition of going back to the table', () => {
    const text = '"We go back to the table when the council is ready to talk about pensions, not before," Olsen said.';
    expect(held(text, 'Mira Olsen', [{ text: 'We go back to the table when the council is ready to talk about pensions, not before,', speaker: 'Mira Olsen', kind: 'direct' }])).toContainEqual(
      expect.objectContaining({ stance: 'conditional', proposition: 'auto:talks' }),
    );
  });

  it('reads a refusal "while <a state> stands" as conditional, and a plain refusal as opposition', () => {
    expect(held('Rivia will not sign any treaty with Lakeland while the claim stands.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'conditional', condition: 'while the claim stands' }));
    expect(held('Rivia will not sign the lake treaty with Lakeland.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'oppose' }));
  });

  it('reads a refusal of "a <kind> that ..." as conditional on the restricting clause, not of "the <object>"', () => {
    expect(held('Rivia would never agree to a truce that allowed Lakeland to rearm.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'conditional', condition: 'that allowed Lakeland to rearm' }));
    expect(held('Rivia would never agree to the truce.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'oppose' }));
  });
});

describe('commitments to an act', () => {
  it('takes the act a commitment’s infinitive names as its object', () => {
    expect(held('Tom Reyes said Rivia had agreed to exchange all wounded prisoners.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:prisoner-exchange' }));
    expect(held('Lakeland offered to host a meeting of the two delegations.', 'Lakeland')).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:host-meeting' }));
    expect(held('Rivia commits to dismantle the checkpoints on the lake road.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:dismantle-checkpoints' }));
  });

  it('leaves a named object to the verbs that compose on it', () => {
    expect(held('Rivia agreed to ditch the Lake Treaty.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:lake-treaty' }));
    expect(held('Rivia would not agree to exchange the wounded prisoners.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'oppose' }));
  });

  it('reads recommending a deal as backing it', () => {
    expect(held('Mira Olsen had recommended the contract to members.', 'Mira Olsen')).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:contract' }));
  });
});

describe('negation scope', () => {
  it('reads "could not afford to reinstate <X>" as against X', () => {
    expect(held('Tom Reyes told staff in a memo that the council could not afford to reinstate the pension.', 'Tom Reyes')).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:pension' }));
  });

  it('turns the polarity for a clause of its own after "but"', () => {
    const text = '"We did not get everything we fought for, but we got a contract we can be proud of," Olsen said.';
    const found = held(text, 'Mira Olsen', [{ text: 'We did not get everything we fought for, but we got a contract we can be proud of,', speaker: 'Mira Olsen', kind: 'direct' }]);
    expect(found.filter((s) => s.proposition === 'auto:contract').map((s) => s.stance)).not.toContain('oppose');
  });

  it('takes no stance from what a thing is meant for, nor from a deadline counted from the object', () => {
    expect(held('The Lake Treaty, witnessed by Tom Reyes, is meant to end fighting on the shore.', 'Tom Reyes')).toEqual([]);
    expect(held('The Lake Treaty requires Rivia to withdraw from its claims within a month of the treaty.', 'Rivia').some((s) => s.proposition === 'auto:lake-treaty' && s.stance === 'oppose')).toBe(false);
  });

  it('takes no object from a time adjunct ("since the strike", "during the strike")', () => {
    expect(held('Mira Olsen said the union would keep its pension demand since the strike began.', 'Mira Olsen').some((s) => s.proposition === 'auto:strike')).toBe(false);
    expect(held('Tom Reyes said the council would not seek to recover the wages lost during the strike.', 'Tom Reyes').some((s) => s.proposition === 'auto:strike')).toBe(false);
  });
});

describe('objects left to the context', () => {
  const TREATY = 'Lakeland and Rivia finish Lake Treaty text\nLakeland and Rivia finished the text of the Lake Treaty on Thursday. ';
  const held = (body: string, actor: string) =>
    fixtureStances(body, ACTORS, kb)
      .filter((s) => s.actor === actor && s.start >= TREATY.length)
      .map(({ actor, proposition, stance, condition }) => ({ actor, proposition, stance, condition }));

  it('reads a readiness to an objectless verb as a stance on the object under discussion, with its condition', () => {
    expect(held(`${TREATY}Tom Reyes said Rivia was willing to sign "tomorrow."`, 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:lake-treaty' }));
    expect(held(`${TREATY}Tom Reyes said Rivia was ready to sign as soon as the obstacles are removed.`, 'Rivia')).toContainEqual(
      expect.objectContaining({ stance: 'conditional', proposition: 'auto:lake-treaty', condition: 'as soon as the obstacles are removed' }),
    );
  });

  it('reads "did not rule out <X> after/if ..." as conditional, and a bare "did not rule out <X>" as neutral', () => {
    expect(held(`${TREATY}Rivia did not rule out the Lake Treaty after the elections in Lakeland.`, 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'conditional', condition: 'after the elections in Lakeland' }));
    expect(held(`${TREATY}Rivia did not rule out the Lake Treaty.`, 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'neutral' }));
  });

  it('keeps a second, reported stance on the object after a relative clause on the holder', () => {
    const found = held(`${TREATY}Tom Reyes, who is sponsoring the Lake Treaty, said the senate was ready to move on the Lake Treaty if Lakeland kept stalling.`, 'Tom Reyes');
    expect(found.map((s) => s.stance)).toEqual(expect.arrayContaining(['support', 'conditional']));
  });
});

describe('demands and obligations', () => {
  it('takes the act an obligation or a demand names as its object', () => {
    const quoted = '"Lakeland must remove from its charter the claim on the islands," Reyes said.';
    expect(held(quoted, 'Tom Reyes', [{ text: 'Lakeland must remove from its charter the claim on the islands,', speaker: 'Tom Reyes', kind: 'direct' }])).toContainEqual(
      expect.objectContaining({ stance: 'support', proposition: 'auto:remove-claim' }),
    );
    expect(held('Tom Reyes repeated his demand that Lakeland amend its charter before any talks.', 'Tom Reyes')).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:amend-charter' }));
  });

  it('skips an adverb after "must", and takes no act from "should"', () => {
    expect(held('Tom Reyes said Lakeland must first receive the survey maps.', 'Tom Reyes')).toContainEqual(expect.objectContaining({ proposition: 'auto:receive-maps' }));
    expect(held('Tom Reyes said Lakeland should curb its complaints.', 'Tom Reyes').some((s) => s.proposition === 'auto:curb-complaints')).toBe(false);
  });
});


describe('a stance held within a wider settlement, or with the speaker named in an aside', () => {
  it('reads "in the framework of a solution" and "as part of a comprehensive settlement" as its condition', () => {
    const TREATY = 'Lakeland and Rivia resumed talks on the Lake Treaty. ';
    expect(held(`${TREATY}Rivia is ready to accept a quota swap, in the framework of a solution.`, 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'conditional', condition: 'in the framework of a solution' }));
    expect(held(`${TREATY}Rivia would accept a quota swap as part of a comprehensive settlement.`, 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'conditional', condition: 'as part of a comprehensive settlement' }));
  });

  it('keeps a condition after ", he said," with the stance before the aside', () => {
    const TREATY = 'Lakeland and Rivia resumed talks on the Lake Treaty. ';
    expect(held(`${TREATY}Rivia is ready to accept a quota swap, a Rivian negotiator said, but only in exchange for access to the lake.`, 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'conditional' }));
  });
});

describe('a readiness tied to something else', () => {
  const TREATY = 'Lakeland and Rivia resumed talks on the Lake Treaty. ';
  it('reads "ready to X but tied the package to Y" as conditional on Y, and a demand rejected in apposition as rejecting Y', () => {
    const found = stancesOf(`${TREATY}Rivia said it was ready to open the lake "tomorrow" but tied the package to a quota swap in the north, a demand that was rejected by Lakeland.`);
    expect(found).toContainEqual(expect.objectContaining({ actor: 'Rivia', stance: 'conditional', condition: 'to a quota swap in the north' }));
    expect(found).toContainEqual(expect.objectContaining({ actor: 'Lakeland', stance: 'oppose', proposition: 'auto:quota-exchange' }));
  });

  it('reads a reluctance set in quotation marks as one', () => {
    expect(held(`${TREATY}Rivia would be "very reluctant" to sign up to a quota swap.`, 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'oppose' }));
  });
});
