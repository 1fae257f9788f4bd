import { describe, expect, it } from 'vitest';
import { negotiationSides, newsOutlets } from './propositions.js';

/** Mentions of each entity's surface forms in `text`, in text order. */
function mentionsOf(text: string, surfaces: readonly (readonly string[])[]): { entity: number; start: number; end: number }[] {
  const out: { entity: number; start: number; end: number }[] = [];
  surfaces.forEach((forms, entity) => {
    for (const form of forms) for (const m of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) out.push({ entity, start: m.index, end: m.index + form.length });
  });
  return out.sort((a, b) => a.start - b.start);
}

describe('the sides of a negotiation are the parties that bargain', () => {
  // An invented labour dispute: a government official comments often, the company and the union bargain.
  const entities = [
    { type: 'organization', name: 'Orvell Turbines', packId: null, party: null },
    { type: 'organization', name: 'Fitters Guild Local 88', packId: null, party: null },
    { type: 'country', name: 'Freedonia', packId: null, party: 'freedonia' },
    { type: 'person', name: 'Tilda Marsh', packId: null, party: 'freedonia' },
  ];
  const surfaces = [['Orvell Turbines', 'Orvell'], ['Fitters Guild Local 88'], ['Freedonia'], ['Tilda Marsh', 'Marsh']];
  const text = [
    'Fitters Guild Local 88 rejected the latest offer from Orvell Turbines on Sunday and went on strike.',
    'Orvell offered a 30% raise over four years.',
    'Freedonia Labor Secretary Tilda Marsh urged both sides to return to the bargaining table.',
    'Marsh said Freedonia was watching closely. Marsh said the strike hurt Freedonia exports, and Marsh said Freedonia would not intervene.',
    'Freedonia officials said Freedonia had no role in the talks.',
  ].join(' ');

  it('leaves out a government that only comments or urges both sides', () => {
    expect(negotiationSides(text, entities, mentionsOf(text, surfaces))).toEqual(['fitters-guild-local-88', 'orvell-turbines']);
  });

  it('leaves out an official who only comments, however often named, once two parties bargain', () => {
    const commenting = text.replace('Freedonia Labor Secretary Tilda Marsh urged both sides to return to the bargaining table.', 'Freedonia Labor Secretary Tilda Marsh said the dispute was costly.');
    expect(commenting).not.toContain('urged');
    expect(negotiationSides(commenting, entities, mentionsOf(commenting, surfaces))).toEqual(['fitters-guild-local-88', 'orvell-turbines']);
  });

  it('still takes a government that bargains itself', () => {
    const trade = [
      'Freedonia rejected the tariff offer from Orvell Turbines on Monday.',
      'Freedonia proposed a quota instead, and Orvell Turbines signed a framework with Freedonia.',
      'Fitters Guild Local 88 said it was watching.',
    ].join(' ');
    expect(negotiationSides(trade, entities, mentionsOf(trade, surfaces))).toEqual(['freedonia', 'orvell-turbines']);
  });
});

describe('a country named only as the place of the talks', () => {
  it('is no side of them', () => {
    const entities = [
      { type: 'organization', name: 'Red Dawn Movement', packId: null, party: 'red-dawn-movement' },
      { type: 'country', name: 'Peru', packId: 'peru', party: 'peru' },
      { type: 'country', name: 'Oman', packId: 'oman', party: 'oman' },
    ];
    const text = "Peru's Red Dawn Movement on Saturday denied that it had agreed to free 23 hostages, contradicting the government's account of a deal reached in Oman a day earlier.";
    expect(negotiationSides(text, entities, mentionsOf(text, [['Red Dawn Movement'], ['Peru'], ['Oman']]))).toEqual(['peru', 'red-dawn-movement']);
  });
});

describe('a country that ends a body\'s name', () => {
  it('is no side when the body is read apart from it ("Fitters Guild of Freedonia")', () => {
    const entities = [
      { type: 'organization', name: 'Fitters Guild', packId: null, party: null },
      { type: 'country', name: 'Freedonia', packId: 'freedonia', party: 'freedonia' },
      { type: 'organization', name: 'Orvell Turbines', packId: null, party: null },
    ];
    const text = 'The Fitters Guild of Freedonia rejected the offer from Orvell Turbines. Members of the Fitters Guild of Freedonia voted to strike, and Orvell Turbines proposed a 4% raise.';
    expect(negotiationSides(text, entities, mentionsOf(text, [['Fitters Guild'], ['Freedonia'], ['Orvell Turbines']]))).toEqual(['fitters-guild', 'orvell-turbines']);
  });
});

describe('a body named after a medium', () => {
  it('is no news outlet ("Guild of Radio and Television Producers"), while a broadcaster is', () => {
    const entities = [
      { type: 'organization', name: 'Guild of Radio and Television Producers', packId: null, party: null },
      { type: 'organization', name: 'Freedonia Television', packId: null, party: null },
    ];
    expect([...newsOutlets('', entities, [])]).toEqual([1]);
  });
});

describe('the last two names of a list', () => {
  it('are no pair named together ("Orvania, Ostria, Kestavia and Lunmark signed")', () => {
    const entities = [
      { type: 'country', name: 'Orvania', packId: null, party: 'orvania' },
      { type: 'country', name: 'Brelland', packId: null, party: 'brelland' },
      { type: 'country', name: 'Ostria', packId: null, party: 'ostria' },
      { type: 'country', name: 'Kestavia', packId: null, party: 'kestavia' },
      { type: 'country', name: 'Lunmark', packId: null, party: 'lunmark' },
    ];
    const text = 'Orvania rejected the offer from Brelland on the herring catch. Brelland proposed a 30% share, and Orvania refused it. Orvania, Ostria, Kestavia and Lunmark signed the accord on science on Friday. Lunmark said it was pleased.';
    const mentions = mentionsOf(text, [['Orvania'], ['Brelland'], ['Ostria'], ['Kestavia'], ['Lunmark']]);
    expect(negotiationSides(text, entities, mentions)).toEqual(['brelland', 'orvania']);
  });

  it('while two names joined alone still are ("Kestavia and Lunmark signed")', () => {
    const entities = [
      { type: 'country', name: 'Kestavia', packId: null, party: 'kestavia' },
      { type: 'country', name: 'Lunmark', packId: null, party: 'lunmark' },
      { type: 'country', name: 'Orvania', packId: null, party: 'orvania' },
    ];
    const text = 'Kestavia and Lunmark signed the accord on Friday. Orvania said it was pleased, Orvania added. Orvania praised it.';
    expect(negotiationSides(text, entities, mentionsOf(text, [['Kestavia'], ['Lunmark'], ['Orvania']]))).toEqual(['kestavia', 'lunmark']);
  });
});
