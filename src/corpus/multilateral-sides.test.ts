/**
 * Multilateral talks in one report: a coordinated list of three or more sides named as the talks' parties
 * makes the negotiation all of them (`negotiationSides`, `multilateralParties`). Invented countries.
 */
import { describe, expect, it } from 'vitest';
import { discoveredInfo, multilateralParties, negotiationName, negotiationSides, qualifyProposition, toldAsManyParties } from './propositions.js';

const COUNTRIES = ['Ostravia', 'Velmark', 'Kestland', 'Dunmore', 'Corrinia'];
const entities = COUNTRIES.map((name) => ({ type: 'country', name, packId: null, party: name.toLowerCase() }));

/** Mentions of every country name in `text`, in text order. */
function mentionsOf(text: string): { entity: number; start: number; end: number }[] {
  const out: { entity: number; start: number; end: number }[] = [];
  COUNTRIES.forEach((name, entity) => {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) out.push({ entity, start: m.index, end: m.index + name.length });
  });
  return out.sort((a, b) => a.start - b.start);
}
const sides = (text: string) => negotiationSides(text, entities, mentionsOf(text));

describe('a list of the talks’ parties makes the talks multilateral', () => {
  it('takes every party of "talks between A, B, C, D and E"', () => {
    const text = 'Herring talks stall\n\nTARVIK, Oct 24 - Talks between Ostravia, Velmark, Kestland, Dunmore and Corrinia on the herring catch ended without agreement. Ostravia rejected the offer. Velmark rejected the proposal.';
    expect(sides(text)).toEqual(['corrinia', 'dunmore', 'kestland', 'ostravia', 'velmark']);
  });

  it('takes the list that agreed and a party that refused to sign', () => {
    const text = 'TARVIK, Dec 3 (Wire) - Ostravia, Velmark and Kestland agreed on Friday on a sharing arrangement, while Dunmore refused to sign. Corrinia was not at the table.';
    expect(sides(text)).toEqual(['dunmore', 'kestland', 'ostravia', 'velmark']);
  });

  it('reads "the" before names and a comma before "and"', () => {
    const text = 'Negotiations among the Ostravia, the Velmark, and the Kestland delegations resumed. Ostravia rejected the offer.';
    expect(multilateralParties(text, mentionsOf(text).map((m) => ({ side: COUNTRIES[m.entity]!.toLowerCase(), start: m.start, end: m.end })))).toEqual(['kestland', 'ostravia', 'velmark']);
  });

  it('keeps a two-party report two-sided', () => {
    const text = 'Ostravia and Velmark agreed on a deal on Friday. Ostravia rejected the earlier offer and Velmark signed the deal. Kestland said it welcomed the deal.';
    expect(sides(text)).toEqual(['ostravia', 'velmark']);
  });

  it('does not read a list that names no parties of the talks (places a ban covers) as multilateral', () => {
    const text = 'Ostravia and Velmark agreed on a deal on Friday. The ban covers boats from Kestland, Dunmore and Corrinia. Ostravia rejected the earlier offer and Velmark signed the deal.';
    expect(sides(text)).toEqual(['ostravia', 'velmark']);
  });

  it('does not read a list deep in the report, past its lead, as the talks’ parties', () => {
    const lead = 'Ostravia and Velmark agreed on a deal on Friday. Ostravia rejected the earlier offer. Velmark signed the deal. Ostravia welcomed it. Velmark said it was fair. ';
    const text = `${lead}Kestland, Dunmore and Corrinia agreed to observe the talks.`;
    expect(sides(text)).toEqual(['ostravia', 'velmark']);
  });

  it('leaves out a list of go-betweens ("mediated by A, B and C")', () => {
    const text = 'Talks mediated by Kestland, Dunmore and Corrinia ended. Ostravia rejected the offer and Velmark rejected the proposal.';
    expect(sides(text)).toEqual(['ostravia', 'velmark']);
  });
});

describe('talks told as many parties’ by their count', () => {
  const holders = (text: string, names: string[]) => names.map((n) => COUNTRIES.indexOf(n)).filter((i) => i >= 0 && text.includes(COUNTRIES[i]!));
  it('take every side that bargains or takes a stance ("negotiators from some 170 countries")', () => {
    const text = 'GENEVA (Wire) - Treaty talks stalled after Ostravia refused a cap, leaving negotiators from some 170 countries without a deal. Velmark proposed a ban. Kestland said it backed a fund. Dunmore was mentioned.';
    expect(toldAsManyParties(text)).toBe(true);
    expect(negotiationSides(text, entities, mentionsOf(text), holders(text, ['Ostravia', 'Velmark', 'Kestland']))).toEqual(['kestland', 'ostravia', 'velmark']);
  });

  it('need the count in the lead, and of parties to talks', () => {
    expect(toldAsManyParties('The 12-nation talks resumed.')).toBe(true);
    expect(toldAsManyParties('Talks among five nations resumed.')).toBe(true);
    expect(toldAsManyParties('Ostravia exports fish to 40 countries. Talks with Velmark resumed.')).toBe(false);
    expect(toldAsManyParties('A. B. C. D. E. F. Negotiators from 30 countries met.')).toBe(false);
  });
});

describe('multilateral ids and names', () => {
  it('qualifies by every side, sorted, and names them readably', () => {
    const id = qualifyProposition('auto:deal', ['velmark', 'dunmore', 'ostravia']);
    expect(id).toBe('auto:deal@dunmore+ostravia+velmark');
    const info = discoveredInfo(id, (s) => s[0]!.toUpperCase() + s.slice(1));
    expect(info.label).toBe('deal (Dunmore, Ostravia, Velmark)');
    expect(info.statement).toBe('Discovered negotiated object: deal in the negotiation among Dunmore, Ostravia and Velmark.');
    // Two sides read as before.
    expect(discoveredInfo('auto:deal@ostravia+velmark', (s) => s).label).toBe('deal (ostravia–velmark)');
    expect(negotiationName(['A', 'B'])).toBe('A–B');
    expect(qualifyProposition('auto:deal', ['velmark'])).toBe('auto:deal');
  });
});
