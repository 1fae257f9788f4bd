import { describe, expect, it } from 'vitest';
import { readingOf, revisesOffer, stanceRelation, toldAsPast, type TimedStance } from './stance-relations.js';

const at = (date: string | null, more: Partial<TimedStance> = {}): TimedStance => ({ stance: 'support', date, published: date, outlet: 'Harbor Times', root: 'a', past: false, ...more });

describe('stanceRelation: a change of position or a contradiction', () => {
  it('independent outlets, same moment, opposite stances: a contradiction', () => {
    expect(stanceRelation(at('2025-06-02'), at('2025-06-02', { stance: 'oppose', outlet: 'Coastal Herald', root: 'b' }))).toBe('contradiction');
  });
  it('a later moment is a change, by the statement date when the text gives one', () => {
    expect(stanceRelation(at('2025-06-02'), at('2025-06-05', { stance: 'oppose', outlet: 'Coastal Herald', root: 'b' }))).toBe('change');
    // Published three days apart, but both statements dated the same day by their texts: one moment.
    expect(stanceRelation(at('2025-06-02', { published: '2025-06-02' }), at('2025-06-02', { stance: 'oppose', published: '2025-06-05', outlet: 'Coastal Herald', root: 'b' }))).toBe('contradiction');
    // Text dates a day apart are two moments; publication dates a day apart may be one (next-day papers).
    expect(stanceRelation(at('2025-06-02', { published: '2025-06-04' }), at('2025-06-03', { stance: 'oppose', published: '2025-06-04', outlet: 'Coastal Herald', root: 'b' }))).toBe('change');
    expect(stanceRelation(at('2025-06-02'), at('2025-06-03', { stance: 'oppose', outlet: 'Coastal Herald', root: 'b' }))).toBe('contradiction');
  });
  it('one outlet or a copy never contradicts itself; an undated report has no moment; a past stance is a change', () => {
    expect(stanceRelation(at('2025-06-02'), at('2025-06-02', { stance: 'oppose', outlet: 'harbor times ', root: 'b' }))).toBe('change');
    expect(stanceRelation(at('2025-06-02'), at('2025-06-02', { stance: 'oppose', outlet: 'Coastal Herald' }))).toBeNull();
    expect(stanceRelation(at(null), at('2025-06-02', { stance: 'oppose', outlet: 'Coastal Herald', root: 'b' }))).toBe('undated');
    expect(stanceRelation(at('2025-06-02', { past: true }), at('2025-06-02', { stance: 'oppose', outlet: 'Coastal Herald', root: 'b' }))).toBe('change');
    expect(stanceRelation(at('2025-06-02', { past: true }), at('2025-06-02', { stance: 'oppose' }))).toBe('change');
    expect(stanceRelation(at('2025-06-02'), at('2025-06-02', { stance: 'conditional', outlet: 'Coastal Herald', root: 'b' }))).toBeNull();
  });
});

describe('what a stance\'s evidence tells', () => {
  it('the pluperfect is past unless the evidence turns to the present after it', () => {
    expect(toldAsPast('Marlovia had opposed the river compact')).toBe(true);
    expect(toldAsPast('Marlovia had earlier said it would reject the river compact')).toBe(true);
    expect(toldAsPast('Marlovia, which had rejected the compact, now backs it')).toBe(false);
    expect(toldAsPast('Marlovia rejected the river compact')).toBe(false);
    expect(readingOf('oppose', 'Marlovia, which had rejected the compact')).toEqual({ stance: 'oppose', past: true, background: true });
  });
  it('a holder revising its own offer offers new terms; another side rejecting a revised offer still rejects', () => {
    expect(readingOf('oppose', 'Tessaly lowered its proposal to $35 million').stance).toBe('support');
    expect(readingOf('oppose', 'Marlovia rejected the revised offer').stance).toBe('oppose');
    expect(revisesOffer('Marlovia rejected the revised offer')).toBe(true);
    expect(revisesOffer('Tessaly sweetened their bid')).toBe(true);
    expect(revisesOffer('Tessaly offered to pay $50 million')).toBe(false);
    expect(readingOf('oppose', 'Tessaly dropped its demand for a ban').stance).toBe('oppose');
  });
});
