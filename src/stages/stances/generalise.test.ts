/**
 * Stances in a negotiation no pack describes, while the russia-ukraine pack is loaded: pack scope, the
 * document's main object behind "the deal" and "it", judgements in quotes, conditions and holders.
 * Synthetic sentences about a fictional round of Armenia–Azerbaijan talks (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { analysisFor, type FixtureActor } from '../../../test/helpers/stance-fixture.js';
import { extractStances } from './index.js';

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
  const a = analysisFor(text, ACTORS, quotes);
  return extractStances({ text, zones: [], published: '2025-06-10', language: 'en' }, a, kb).map((s) => ({
    actor: ACTORS[s.actor]!.name,
    proposition: s.proposition,
    stance: s.stance,
    condition: s.condition?.text ?? null,
  }));
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
    const u = stancesOf(`${HEADLINE}Yerevan will not accept the border treaty until Baku releases its prisoners.`);
    expect(u.find((s) => s.actor === 'Armenia')?.stance).toBe('conditional');
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
