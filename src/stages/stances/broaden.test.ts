/**
 * General stance mechanisms beyond verb + object: stance nouns with possessors, naming and reporting verbs
 * with a judgement, first-person judgements in quotes, readiness with an if-clause, wider object discovery,
 * and mentions that never hold a stance (datelines, a country name used as a given name).
 * Synthetic sentences about a fictional Armenia–Azerbaijan round and a fictional labour dispute.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';
import { evaluate } from './evaluative.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Armenia', type: 'country', party: 'armenia', packId: 'armenia', surfaces: [['Armenia', 'name'], ['Yerevan', 'metonym'], ['YEREVAN', 'metonym']] },
  { name: 'Azerbaijan', type: 'country', party: 'azerbaijan', packId: 'azerbaijan', surfaces: [['Azerbaijan', 'name'], ['Baku', 'metonym']] },
  { name: 'Lena Marsh', type: 'person', party: 'armenia', surfaces: [['Lena Marsh', 'name'], ['Marsh', 'name']] },
  { name: 'the union', type: 'organization', party: 'union', surfaces: [['The union', 'name'], ['the union', 'name']] },
];
const HEADLINE = 'Armenia and Azerbaijan hold ceasefire talks\n';

type QuoteSpec = { text: string; speaker: string; kind: 'direct' };
function stancesOf(body: string, quotes: QuoteSpec[] = []) {
  return fixtureStances(HEADLINE + body, ACTORS, kb, { quotes })
    .filter((s) => s.start >= HEADLINE.length)
    .map(({ actor, proposition, stance, condition }) => ({ actor, proposition, stance, condition }));
}
const quoted = (body: string, speaker = 'Lena Marsh'): [string, QuoteSpec[]] => [body, [{ text: /^"[^"]*"/.exec(body)![0], speaker, kind: 'direct' }]];

describe('stance nouns', () => {
  it('gives a possessed stance noun to its possessor', () => {
    expect(stancesOf('Armenia announced its approval of the truce on Monday.')).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:ceasefire', stance: 'support' }));
    expect(stancesOf("Armenia's opposition to the deal hardened.")).toContainEqual(expect.objectContaining({ actor: 'Armenia', stance: 'oppose' }));
    expect(stancesOf('Baku reiterated its rejection of the plan.')).toContainEqual(expect.objectContaining({ actor: 'Azerbaijan', stance: 'oppose' }));
  });
  it('keeps the possessor’s own stance when another actor judges it', () => {
    const r = stancesOf("Azerbaijan condemned Armenia's rejection of the truce.");
    expect(r).toContainEqual({ actor: 'Armenia', proposition: 'auto:ceasefire', stance: 'oppose', condition: null });
    expect(r).toContainEqual({ actor: 'Azerbaijan', proposition: 'auto:ceasefire', stance: 'support', condition: null });
  });
});

describe('naming and reporting verbs with a judgement', () => {
  it('scores the judgement after called/described/branded', () => {
    expect(stancesOf('Marsh described the offer as insulting.')).toContainEqual(expect.objectContaining({ actor: 'Lena Marsh', stance: 'oppose' }));
    expect(stancesOf('Marsh branded the plan a non-starter.')).toContainEqual(expect.objectContaining({ actor: 'Lena Marsh', stance: 'oppose' }));
    expect(stancesOf('Marsh called the pay offer an insult.')).toContainEqual(expect.objectContaining({ actor: 'Lena Marsh', proposition: 'auto:wage-offer', stance: 'oppose' }));
  });
  it('reads "said <object> was <judgement>" as the speaker’s stance', () => {
    expect(stancesOf('Marsh said the proposal was a good basis for talks.')).toContainEqual(expect.objectContaining({ actor: 'Lena Marsh', stance: 'support' }));
    expect(stancesOf('Marsh said the truce was a step forward.')).toContainEqual(expect.objectContaining({ actor: 'Lena Marsh', proposition: 'auto:ceasefire', stance: 'support' }));
    expect(stancesOf('Marsh said the truce was signed in May.')).toEqual([]);
  });
  it('rates multi-word judgements AFINN cannot', () => {
    expect(evaluate('a step in the right direction')).toBeGreaterThan(0);
    expect(evaluate('a dead end')).toBeLessThan(0);
    expect(evaluate('it falls short')).toBeLessThan(0);
  });
});

describe('first-person judgements in quotes', () => {
  it('holds "<object> is unacceptable" and "is a step forward" for the speaker', () => {
    expect(stancesOf(...quoted('"This proposal is unacceptable," Marsh said.'))).toContainEqual(expect.objectContaining({ actor: 'Lena Marsh', stance: 'oppose' }));
    expect(stancesOf(...quoted('"The ceasefire is a step forward," Marsh said.'))).toContainEqual(expect.objectContaining({ actor: 'Lena Marsh', proposition: 'auto:ceasefire', stance: 'support' }));
    expect(stancesOf(...quoted('"We will not accept any ceasefire that freezes the front," Marsh said.'))).toContainEqual(expect.objectContaining({ actor: 'Lena Marsh', stance: 'oppose' }));
  });
});

describe('readiness with a condition', () => {
  it('makes "willing to <X> if <Y>" conditional on Y', () => {
    expect(stancesOf('Azerbaijan is willing to sign the truce if Armenia withdraws its troops.')).toContainEqual({ actor: 'Azerbaijan', proposition: 'auto:ceasefire', stance: 'conditional', condition: 'if Armenia withdraws its troops' });
  });
  it('still reads an exit threat as opposition', () => {
    expect(stancesOf('Armenia said it would resign if parliament approved the truce.')).toContainEqual(expect.objectContaining({ actor: 'Armenia', stance: 'oppose' }));
  });
});

describe('object discovery', () => {
  it('finds more negotiated heads', () => {
    expect(stancesOf('The union rejected the new staffing ratios.')).toContainEqual(expect.objectContaining({ actor: 'the union', proposition: 'auto:staffing-ratios', stance: 'oppose' }));
    expect(stancesOf('Azerbaijan rejected the uranium enrichment limits.')).toContainEqual(expect.objectContaining({ proposition: 'auto:uranium-enrichment', stance: 'oppose' }));
    expect(stancesOf('Armenia supported the peace plan.')).toContainEqual(expect.objectContaining({ proposition: 'auto:peace-plan', stance: 'support' }));
  });
  it('keeps descriptions, reports and claims out', () => {
    expect(stancesOf('Armenia rejected the description of events.')).toEqual([]);
    expect(stancesOf('Armenia rejected the characterization of the talks.')).toEqual([]);
    expect(stancesOf('Armenia rejected the claims.')).toEqual([]);
  });
});

describe('mentions that are not holders', () => {
  it('never takes a dateline for the subject', () => {
    const r = stancesOf('YEREVAN, June 9 - Officials rejected the plan.');
    expect(r.some((s) => s.actor === 'Armenia')).toBe(false);
  });
  it('never takes a country used as a given name for the subject', () => {
    const r = stancesOf('Armenia Smith rejected the truce.');
    expect(r.some((s) => s.actor === 'Armenia')).toBe(false);
  });
});
