import { describe, expect, it } from 'vitest';
import { findNegotiatedObjects, negotiationSides } from './propositions.js';

/** Mentions of each entity's surface forms in `text`, in text order. */
function mentionsOf(text: string, surfaces: readonly (readonly string[])[]): { entity: number; start: number; end: number }[] {
  const out: { entity: number; start: number; end: number }[] = [];
  surfaces.forEach((forms, entity) => {
    for (const form of forms) for (const m of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) out.push({ entity, start: m.index, end: m.index + form.length });
  });
  return out.sort((a, b) => a.start - b.start);
}

describe('QA 11: a creditors\' body whose name goes on after "of" bargains', () => {
  // An invented debt restructuring: the island and its creditors bargain, a lender sets conditions and is named often.
  const entities = [
    { type: 'country', name: 'Marovia', packId: null, party: 'marovia' },
    { type: 'organization', name: 'Steering Committee', packId: null, party: null },
    { type: 'organization', name: 'Global Lending Facility', packId: null, party: null },
  ];
  const surfaces = [['Marovia'], ['Steering Committee'], ['Global Lending Facility', 'GLF']];

  it('takes "the Steering Committee of Marovia Noteholders, which says it holds ..., rejected" as a side', () => {
    const text = [
      'Marovia on Tuesday offered its creditors a 35 percent cut in principal.',
      'The Steering Committee of Marovia Noteholders, which says it represents investors holding about 60 percent of the $900 million in notes, rejected the proposal.',
      'The Global Lending Facility, which is preparing a $200 million loan for Marovia, said relief had to be deep.',
      'A GLF official said the GLF would approve the loan only if Marovia ran a surplus. GLF staff will visit next month.',
    ].join(' ');
    expect(negotiationSides(text, entities, mentionsOf(text, surfaces))).toEqual(['marovia', 'steering-committee']);
  });

  it('takes a bargaining act told in a relative clause on the name ("which had rejected the first offer")', () => {
    const text = [
      'Holders of 80 percent of Marovia bonds voted to accept the revised offer.',
      'The Steering Committee of Marovia Noteholders, which had rejected the first offer, said it now supported the deal.',
      'Marovia said the vote gave it room to breathe.',
      'The GLF had agreed to ease its targets, and the Global Lending Facility said its board would meet in June. GLF staff welcomed the vote.',
      'The Harbour Holdout Fund refused to tender its bonds.',
    ].join(' ');
    const withHoldout = [...entities, { type: 'organization', name: 'Harbour Holdout Fund', packId: null, party: null }];
    // The committee holds the report's stance on the deal (holder index 1).
    const sides = negotiationSides(text, withHoldout, mentionsOf(text, [...surfaces, ['Harbour Holdout Fund']]), [1]);
    expect(sides).toContain('steering-committee');
  });
});

describe('QA 11: the terms of a debt restructuring and of pay rules are objects', () => {
  const ids = (t: string) => findNegotiatedObjects(t, 0, t.length).map((m) => m.id);
  it('names a haircut, a keyed restructuring and a keyed floor', () => {
    expect(ids('The creditors said they would not accept a haircut of that size.')).toEqual(['auto:haircut']);
    expect(ids('Marovia opened talks on a debt restructuring.')).toEqual(['auto:debt-restructuring']);
    expect(ids('The council proposed a pay floor for couriers.')).toEqual(['auto:wage-floor']);
  });
  it('leaves a bare restructuring or floor alone', () => {
    expect(ids('The company announced a restructuring.')).toEqual([]);
    expect(ids('The floor of the chamber was full.')).toEqual([]);
  });
});
