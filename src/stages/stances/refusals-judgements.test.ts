/**
 * Two stances in one sentence, refusals to hand something over, qualified readiness, judgements with no stance
 * verb and documents as holders: "would never recognise X, though it might accept Y", "We will never give any
 * state a corridor", "ready to discuss a release “case by case”", "This is an important moment after 30 years
 * of war", "The memorandum also demands that ...". Synthetic sentences about a fictional lake dispute between
 * Lakeland and Rivia and the shared port dispute (no seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances, PORT_DISPUTE } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  ...PORT_DISPUTE,
  { name: 'Lakeland', type: 'country', party: 'lakeland', packId: null, surfaces: [['Lakeland', 'name'], ['Lakeport', 'metonym']] },
  { name: 'Rivia', type: 'country', party: 'rivia', packId: null, surfaces: [['Rivia', 'name'], ['Rivtown', 'metonym']] },
  { name: 'Ana Vell', type: 'person', party: 'rivia', packId: null, surfaces: [['Ana Vell', 'name'], ['Vell', 'name']] },
];

const LEAD = 'Lakeland and Rivia resume lake treaty talks\nLakeland and Rivia met on Monday to negotiate the Lake Treaty. ';

type QuoteSpec = { text: string; speaker: string; kind: 'direct' | 'partial' | 'indirect' };

function held(body: string, actor: string, quotes: QuoteSpec[] = []) {
  return fixtureStances(LEAD + body, ACTORS, kb, { quotes })
    .filter((s) => s.end > LEAD.length && s.actor === actor)
    .map(({ actor, proposition, stance, condition }) => ({ actor, proposition, stance, condition }));
}

const direct = (text: string, speaker: string): QuoteSpec[] => [{ text, speaker, kind: 'direct' }];

describe('refusing to hand something over', () => {
  it('reads "will never give <someone> <X>" as against giving X, held by the quote’s speaker', () => {
    const text = '"We will never give any state a harbour on our shore," Vell told parliament.';
    expect(held(text, 'Ana Vell', direct('We will never give any state a harbour on our shore,', 'Ana Vell'))).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:give-harbour' }));
  });

  it('reads "will not give away our <X>" and "would never recognise <X> as ..." as against the act', () => {
    const text = '"We will not give away our islands," Vell said.';
    expect(held(text, 'Ana Vell', direct('We will not give away our islands,', 'Ana Vell'))).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:give-islands' }));
    expect(held('Ana Vell said Rivia would never recognise the flooded villages as Lakeland’s.', 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:recognise-villages' }));
  });

  it('takes no act from a plain giving, nor from a refusal of a sequence ("and then ...")', () => {
    expect(held('Ana Vell said Rivia would give the fishermen new boats.', 'Rivia').some((s) => s.proposition === 'auto:give-boats')).toBe(false);
    expect(held('Ana Vell said Rivia never gave the fishermen new boats.', 'Rivia').some((s) => s.proposition === 'auto:give-boats')).toBe(false);
    const text = '"We will not hand over our prisoners and then watch the shelling resume," Vell said.';
    expect(held(text, 'Ana Vell', direct('We will not hand over our prisoners and then watch the shelling resume,', 'Ana Vell')).some((s) => s.proposition === 'auto:hand-prisoners')).toBe(false);
  });

  it('refuses an act negated after the verb that governs it ("must never give")', () => {
    expect(held('Ana Vell said Rivia must never give an unelected board the power over the dams.', 'Ana Vell')).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:give-power' }));
  });
});

describe('two stances in one sentence', () => {
  it('keeps a refusal and reads a possibility conceded after it ("though it might accept") as conditional', () => {
    const found = held('Ana Vell said Rivia would never recognise the flooded villages as Lakeland’s, though it might accept a ceasefire along the shore.', 'Ana Vell');
    expect(found).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:recognise-villages' }));
    expect(found.filter((s) => /ceasefire/.test(s.proposition)).map((s) => s.stance)).toEqual(['conditional']);
  });

  it('leaves a plain "might accept" with no refusal before it as it was', () => {
    expect(held('Ana Vell said Rivia might accept a ceasefire along the shore.', 'Ana Vell').filter((s) => /ceasefire/.test(s.proposition)).map((s) => s.stance)).not.toContain('conditional');
  });

  it('reads a readiness qualified by its terms as conditional, and the refusal after "but" as its own stance', () => {
    const found = held('Lakeport is ready to discuss a release "case by case" but refuses a general amnesty.', 'Lakeland');
    expect(found).toContainEqual(expect.objectContaining({ stance: 'conditional', proposition: 'auto:release', condition: '"case by case"' }));
    expect(found).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:amnesty' }));
  });

  it('takes the gerund after "open to" as the act offered, conditional on "the basis" it names', () => {
    const found = held('Ana Vell said Rivia was open to restoring ferry links "on the basis of sovereignty," but would not accept any arrangement under which another country runs the ferries.', 'Rivia');
    expect(found).toContainEqual(expect.objectContaining({ stance: 'conditional', proposition: 'auto:restoring-links' }));
  });
});

describe('judgements with no stance verb', () => {
  it('judges a quoted "This is <noun phrase>" by its head, not by the adjunct after it', () => {
    const text = '"This is an important moment after 30 years of war," Vell said at the ceremony.';
    expect(held(text, 'Ana Vell', direct('This is an important moment after 30 years of war,', 'Ana Vell'))).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:lake-treaty' }));
  });

  it('keeps the first judgement when a clause after "but" judges nothing, and takes no truth claim or alternative as one', () => {
    const text = '"This is a first step on a long road, but it is a step that many thought impossible," Vell said.';
    expect(held(text, 'Ana Vell', direct('This is a first step on a long road, but it is a step that many thought impossible,', 'Ana Vell'))).toContainEqual(expect.objectContaining({ stance: 'support' }));
    expect(held('"That is true all over the lake," Vell said.', 'Ana Vell', direct('That is true all over the lake,', 'Ana Vell'))).toEqual([]);
    expect(held('"It was either this or a collapse of the fisheries," Vell said.', 'Ana Vell', direct('It was either this or a collapse of the fisheries,', 'Ana Vell'))).toEqual([]);
  });

  it('reads a turn to a negative second judgement as the speaker’s last word', () => {
    const text = '"It is a good start, but it is a disaster for the fishermen," Vell said.';
    expect(held(text, 'Ana Vell', direct('It is a good start, but it is a disaster for the fishermen,', 'Ana Vell'))).toContainEqual(expect.objectContaining({ stance: 'oppose' }));
  });
});

describe('insisting and refusing without a stance verb', () => {
  it('reads "the non-negotiable <X>" as the reporting speaker insisting on X ("affirmed" reports too)', () => {
    expect(held('Ana Vell affirmed that the text respects the red lines of Rivia, notably the non-negotiable withdrawal of Lakeland troops from the islands.', 'Ana Vell')).toContainEqual(
      expect.objectContaining({ stance: 'support', proposition: 'auto:troop-withdrawal' }),
    );
  });

  it('judges what a thing is called by its modifiers, not by the noun for the thing itself', () => {
    expect(held('Ana Vell called it "a peace without justice" that rewards aggression.', 'Ana Vell')).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:lake-treaty' }));
    expect(held('Ana Vell called it "a just and lasting peace".', 'Ana Vell')).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:lake-treaty' }));
  });

  it('reads a quoted flat refusal ("Not a chance") as against the object under discussion', () => {
    const text = '"Ten percent after five years of nothing? Not a chance," said Ana Vell.';
    expect(held(text, 'Ana Vell', direct('Ten percent after five years of nothing? Not a chance,', 'Ana Vell'))).toContainEqual(expect.objectContaining({ stance: 'oppose', proposition: 'auto:lake-treaty' }));
    const longer = '"Not a chance that the fishermen will be paid on time," said Ana Vell.';
    expect(held(longer, 'Ana Vell', direct('Not a chance that the fishermen will be paid on time,', 'Ana Vell')).some((s) => s.stance === 'oppose')).toBe(false);
  });
});

describe('a document as holder', () => {
  it('gives a document’s demand to the side that handed it over', () => {
    const text = 'Ana Vell said Rivtown had handed over a memorandum setting out its terms. The memorandum also demands that Lakeland renounce its claim to the islands.';
    expect(held(text, 'Rivia')).toContainEqual(expect.objectContaining({ stance: 'support', proposition: 'auto:renounce-claim' }));
  });

  it('gives no author when none is named, or when both sides handed one in', () => {
    expect(held('The memorandum also demands that Lakeland renounce its claim to the islands.', 'Rivia')).toEqual([]);
    const both = 'Rivtown had handed over a memorandum. Lakeport had handed over a memorandum too. The memorandum also demands that Lakeland renounce its claim to the islands.';
    expect(held(both, 'Rivia').some((s) => s.proposition === 'auto:renounce-claim')).toBe(false);
  });
});
