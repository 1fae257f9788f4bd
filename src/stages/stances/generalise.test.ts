/**
 * Stances in a negotiation no pack describes, while the russia-ukraine pack is loaded: pack scope, the
 * document's main object behind "the deal" and "it", judgements in quotes, conditions and holders.
 * Synthetic sentences about a fictional round of Armenia–Azerbaijan talks (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { analysisFor, type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Armenia', type: 'country', party: 'armenia', packId: 'armenia', surfaces: [['Armenia', 'name'], ['Yerevan', 'metonym']] },
  { name: 'Azerbaijan', type: 'country', party: 'azerbaijan', packId: 'azerbaijan', surfaces: [['Azerbaijan', 'name'], ['Baku', 'metonym']] },
  { name: 'Nikol Pashinyan', type: 'person', party: 'armenia', surfaces: [['Nikol Pashinyan', 'name'], ['Pashinyan', 'name']] },
  { name: 'Lena Marsh', type: 'person', party: 'armenia', surfaces: [['Lena Marsh', 'name'], ['Marsh', 'name']] },
  { name: 'Russia', type: 'country', party: 'russia', packId: 'russia', surfaces: [['Russia', 'name'], ['Moscow', 'metonym']] },
  { name: 'Ukraine', type: 'country', party: 'ukraine', packId: 'ukraine', surfaces: [['Ukraine', 'name'], ['Kyiv', 'metonym']] },
  { name: 'Vladimir Putin', type: 'person', party: 'russia', surfaces: [['Vladimir Putin', 'name'], ['Putin', 'name']] },
];

const HEADLINE = 'Armenia and Azerbaijan sign ceasefire deal\n';

function stancesOf(text: string, quotes: Parameters<typeof analysisFor>[2] = []) {
  // Discovered ids carry the negotiation (`@armenia+azerbaijan`, tested below); the object is what these tests check.
  return fixtureStances(text, ACTORS, kb, { quotes }).map(({ actor, proposition, qualified, stance, condition }) => ({ actor, proposition, qualified, stance, condition }));
}
const has = (list: ReturnType<typeof stancesOf>, actor: string, proposition: string, stance: string) => list.some((s) => s.actor === actor && s.proposition === proposition && s.stance === stance);

describe('pack scope', () => {
  it('keeps the russia-ukraine questions out of a report about other talks', () => {
    const r = stancesOf(`${HEADLINE}Armenia and Azerbaijan agreed to a ceasefire along their border on Monday.`);
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((s) => s.proposition.startsWith('auto:'))).toBe(true);
    expect(has(r, 'Azerbaijan', 'auto:ceasefire', 'support')).toBe(true);
  });

  it('still applies the pack when the report is about its negotiation', () => {
    const r = stancesOf('Russia and Ukraine traded accusations. Moscow rejected a ceasefire along the front.');
    expect(has(r, 'Russia', 'ceasefire', 'support') || has(r, 'Russia', 'ceasefire', 'oppose')).toBe(true);
  });
});

describe('the deal, the agreement, it', () => {
  it('resolves them to the document’s main negotiated object', () => {
    const text = `${HEADLINE}Armenia and Azerbaijan reached a ceasefire agreement on Monday after talks in Geneva. Baku hailed the deal as a breakthrough. Pashinyan said he would defend it in parliament. Lena Marsh said she would oppose it.`;
    const r = stancesOf(text);
    expect(has(r, 'Azerbaijan', 'auto:ceasefire', 'support')).toBe(true);
    expect(has(r, 'Lena Marsh', 'auto:ceasefire', 'oppose')).toBe(true);
  });

  it('reads a threat to leave if it passes as opposition', () => {
    const text = `${HEADLINE}Lena Marsh said her party would quit the government if parliament approved the agreement.`;
    expect(has(stancesOf(text), 'Lena Marsh', 'auto:ceasefire', 'oppose')).toBe(true);
  });

  it('reads a judgement inside a quote for the quote’s speaker', () => {
    const text = `${HEADLINE}“The ceasefire is a disaster for our villages,” Lena Marsh said.`;
    const r = stancesOf(text, [{ text: 'The ceasefire is a disaster for our villages,', speaker: 'Lena Marsh', kind: 'direct' }]);
    expect(has(r, 'Lena Marsh', 'auto:ceasefire', 'oppose')).toBe(true);
  });

  it('reads “calling it <judgement>”', () => {
    const r = stancesOf(`${HEADLINE}Lena Marsh spoke about the ceasefire deal on Tuesday, calling it “a shameful surrender”.`);
    expect(has(r, 'Lena Marsh', 'auto:ceasefire', 'oppose')).toBe(true);
  });
});

describe('conditions', () => {
  it('does not read "in exchange for" as a condition', () => {
    const r = stancesOf(`${HEADLINE}Azerbaijan agreed to a prisoner exchange in exchange for the return of border villages.`);
    expect(r.some((s) => s.actor === 'Azerbaijan' && s.stance === 'support')).toBe(true);
    expect(r.some((s) => s.stance === 'conditional')).toBe(false);
  });

  it('reads "only ... if" split around the verb as a condition', () => {
    const r = stancesOf(`${HEADLINE}Armenia would only agree to a troop withdrawal from the disputed ridge if monitors were deployed first.`);
    const w = r.find((s) => s.actor === 'Armenia' && s.proposition === 'auto:troop-withdrawal');
    expect(w?.stance).toBe('conditional');
    expect(w?.condition).toBe('if monitors were deployed first');
  });

  it('reads "until" and "provided that" as conditions', () => {
    const r = stancesOf(`${HEADLINE}Baku would observe the ceasefire provided that Yerevan did the same.`);
    expect(has(r, 'Azerbaijan', 'auto:ceasefire', 'conditional')).toBe(true);
    // Deferring an approval until something happens is accepting on a condition ...
    const u = stancesOf(`${HEADLINE}Yerevan will hold off on ratifying the border treaty until Baku releases its prisoners.`);
    expect(u.find((s) => s.actor === 'Armenia')?.stance).toBe('conditional');
    // ... refusing it until then is opposing it now.
    const v = stancesOf(`${HEADLINE}Yerevan will not accept the border treaty until Baku releases its prisoners.`);
    expect(v.find((s) => s.actor === 'Armenia')?.stance).toBe('oppose');
  });
});

describe('holders', () => {
  it('gives a relative clause to the nearest noun, not to the whole coordination', () => {
    const r = stancesOf('The talks stalled over differences between Moscow and Kyiv, which demands security guarantees first.');
    expect(has(r, 'Ukraine', 'security-guarantees', 'support')).toBe(true);
    expect(r.some((s) => s.actor === 'Russia' && s.proposition === 'security-guarantees')).toBe(false);
  });

  it('lets a reversing verb after a long aside negate what the first verb governs', () => {
    const r = stancesOf('Putin has called for a truce that would amount to defeat for Kyiv, including, among other demands, Kyiv agreeing to abandon its NATO aspirations.');
    expect(has(r, 'Vladimir Putin', 'nato-membership', 'support')).toBe(false);
  });
});

describe('negotiated actions named by a verb phrase', () => {
  it('reads an action stated of a subject as its stance, and composes it with a stance verb', () => {
    const r = stancesOf(`${HEADLINE}Yerevan said on Friday it would walk off the job at the customs posts.`);
    expect(has(r, 'Armenia', 'auto:strike', 'support')).toBe(true);
    const c = stancesOf(`${HEADLINE}Baku will not agree to stop all firing along the ridge.`);
    expect(has(c, 'Azerbaijan', 'auto:ceasefire', 'oppose')).toBe(true);
    const m = stancesOf(`${HEADLINE}Baku ruled out any role for a third country in the dispute.`);
    expect(has(m, 'Azerbaijan', 'auto:mediation', 'oppose')).toBe(true);
  });

  it('reads a negated signing as opposition', () => {
    const r = stancesOf(`${HEADLINE}Pashinyan said Armenia will not sign the border treaty this year.`);
    expect(has(r, 'Armenia', 'auto:border-treaty', 'oppose')).toBe(true);
  });

  it('reads a reduction verb in a second clause with its own subject', () => {
    const r = stancesOf(`${HEADLINE}Yerevan will cut the fees it charges on transit trucks, and Baku will lower its tariffs on Armenian goods.`);
    expect(has(r, 'Azerbaijan', 'auto:tariffs', 'oppose')).toBe(true);
  });
});

describe('holders across clauses', () => {
  it('gives a verb after ", and" the clause’s subject, not the object before it', () => {
    const r = stancesOf(`${HEADLINE}Lena Marsh met Pashinyan in Yerevan on Sunday, and pressed him to close the deal before the summit.`);
    expect(has(r, 'Lena Marsh', 'auto:ceasefire', 'support')).toBe(true);
    expect(r.some((s) => s.actor === 'Nikol Pashinyan' || s.actor === 'Armenia')).toBe(false);
  });

  it('gives a plural pronoun after "A and B" to both', () => {
    const r = stancesOf(`${HEADLINE}Armenia and Azerbaijan said in a joint statement that they had agreed on a prisoner exchange.`);
    expect(has(r, 'Armenia', 'auto:prisoner-exchange', 'support')).toBe(true);
    expect(has(r, 'Azerbaijan', 'auto:prisoner-exchange', 'support')).toBe(true);
  });

  it('gives a second reported clause ("and that ...") to the speaker, not to a name in the first', () => {
    const r = stancesOf(`${HEADLINE}Pashinyan told reporters that Baku had been slow and that the government would demand a prisoner exchange.`);
    expect(has(r, 'Nikol Pashinyan', 'auto:prisoner-exchange', 'support')).toBe(true);
    expect(r.some((s) => s.actor === 'Azerbaijan')).toBe(false);
  });

  it('reads a summarising appositive as a stance on the clause before it', () => {
    const r = stancesOf(`${HEADLINE}Pashinyan said Armenia would welcome mediation by neighbouring states, a position Baku has long rejected.`);
    expect(has(r, 'Azerbaijan', 'auto:mediation', 'oppose')).toBe(true);
  });

  it('reads "<object> should stay" as the speaker keeping it', () => {
    const r = stancesOf(`${HEADLINE}Lena Marsh said that tariffs should stay in place.`);
    expect(has(r, 'Lena Marsh', 'auto:tariffs', 'support')).toBe(true);
  });
});

describe('negotiation context', () => {
  it('qualifies discovered objects by the document’s two principal sides', () => {
    const r = stancesOf(`${HEADLINE}Armenia and Azerbaijan agreed to a ceasefire along their border. Moscow welcomed the ceasefire.`);
    const q = r.find((s) => s.actor === 'Azerbaijan' && s.proposition === 'auto:ceasefire');
    expect(q?.qualified).toBe('auto:ceasefire@armenia+azerbaijan');
    // Pack propositions are never qualified.
    const p = stancesOf('Russia and Ukraine traded accusations. Moscow rejected a ceasefire along the front.');
    expect(p.every((s) => !s.qualified.includes('@'))).toBe(true);
  });
});

describe('names that only qualify a noun', () => {
  it('does not make "Armenia-related" or "Baku-based" the holder of the sentence', () => {
    const r = stancesOf(`${HEADLINE}Armenia-related legislation that could not win the support of the parliament was rejected. A Baku-based think tank backed the ceasefire.`);
    expect(r.some((s) => s.actor === 'Armenia' || s.actor === 'Azerbaijan')).toBe(false);
  });
});

describe('wishes about another party', () => {
  it('gives "X said he hoped Y would agree to Z" to X, not Y', () => {
    const text = `${HEADLINE}Nikol Pashinyan said he hoped Azerbaijan would agree to the ceasefire.`;
    const r = stancesOf(text, [{ text: 'he hoped Azerbaijan would agree to the ceasefire', speaker: 'Nikol Pashinyan', kind: 'indirect' }]);
    expect(r.some((s) => s.actor === 'Azerbaijan')).toBe(false);
    expect(r.some((s) => s.actor === 'Nikol Pashinyan' && s.stance === 'support')).toBe(true);
  });
});
