/**
 * QA pass 14: two unions named as one subject of a demand are allies against the employer, not the two sides of the
 * talks; two parties named as the subject of an agreement still are. Invented bodies.
 */
import { describe, expect, it } from 'vitest';
import { negotiationSides } from './propositions.js';

function mentionsOf(text: string, surfaces: readonly (readonly string[])[]): { entity: number; start: number; end: number }[] {
  const out: { entity: number; start: number; end: number }[] = [];
  surfaces.forEach((forms, entity) => {
    for (const form of forms) for (const m of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) out.push({ entity, start: m.index, end: m.index + form.length });
  });
  return out.sort((a, b) => a.start - b.start);
}

describe('a pair named as one subject', () => {
  const entities = [
    { type: 'organization', name: 'Vesk Rail', packId: null, party: null },
    { type: 'organization', name: 'Track Workers Union', packId: null, party: null },
    { type: 'organization', name: 'Drivers Federation', packId: null, party: null },
  ];
  const surfaces = [['Vesk Rail'], ['Track Workers Union'], ['Drivers Federation']];

  it('is allied when it demands, the side it demands of being the other side', () => {
    const text = [
      'The Track Workers Union and the Drivers Federation first demanded a 9 percent raise in March.',
      'The Track Workers Union and the Drivers Federation rejected the offer on Monday.',
      'Vesk Rail offered 4 percent and said it would not go higher.',
      'The Drivers Federation said it would strike on Friday.',
    ].join(' ');
    const sides = negotiationSides(text, entities, mentionsOf(text, surfaces)) ?? [];
    expect(sides).toContain('vesk-rail');
  });

  it('is still the two sides when it agrees', () => {
    const text = ['Vesk Rail and the Track Workers Union agreed a new contract on Monday.', 'Vesk Rail and the Track Workers Union signed it on Tuesday.', 'The Drivers Federation said it would study the deal.'].join(' ');
    expect(negotiationSides(text, entities, mentionsOf(text, surfaces))).toEqual(['track-workers-union', 'vesk-rail']);
  });
});
