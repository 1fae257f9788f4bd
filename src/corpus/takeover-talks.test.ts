/**
 * QA pass 7: a bank's takeover bid, a walk-out of mediated talks and a regulator's approval, read as
 * negotiations. Invented banks, people and places (no seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { findNegotiatedObjects, findVerbalObjects, negotiationSides, reportsNegotiation } from './propositions.js';

const ids = (text: string) => findNegotiatedObjects(text, 0, text.length).map((m) => m.id);
const sentencesOf = (text: string) => [...text.matchAll(/[^.!?]+[.!?]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('walking out of talks', () => {
  it('is no strike, whoever mediated the talks and whatever they were about', () => {
    for (const text of ['Freedonia walked out of Union-mediated talks on the river dam.', 'Freedonia walks out of AU-brokered Lake Osk dam talks.']) {
      expect(findVerbalObjects(text, 0, text.length).map((m) => m.id)).not.toContain('auto:strike');
    }
    const strike = 'The crane drivers walked out of the Kestrel yard on Monday.';
    expect(findVerbalObjects(strike, 0, strike.length).map((m) => m.id)).toContain('auto:strike');
  });
});

describe('a takeover bid', () => {
  const report = [
    'Kestrel Bank raised its stake in Osk Savings to 21 percent on Monday.',
    'Kestrel offered 12.40 crowns a share for the rest of the lender.',
    'The board of Osk Savings rejected the bid as too low.',
    'Its staff demanded job guarantees for five years.',
    'The Freedonian finance ministry said it opposed a hostile takeover.',
    'Kestrel said it would keep the head office in Osk.',
    'Analysts said the shares rose.',
  ].join(' ');

  it('is a report of bargaining', () => {
    expect(reportsNegotiation(report, sentencesOf(report))).toBe(true);
  });

  it('names the price offered, the stake, the head office and keyed guarantees as objects', () => {
    expect(ids('The board rejected the 12.40-crown bid.')).toContain('auto:offer-price');
    expect(ids('The board backed an offer of 14 crowns a share from Kestrel.')).toContain('auto:offer-price');
    expect(ids('Its staff demanded job guarantees.')).toContain('auto:job-guarantee');
    expect(ids('Kestrel raised its stake in Osk Savings.')).toContain('auto:stake');
    expect(ids('Kestrel would keep its headquarters in Osk.')).toContain('auto:headquarters');
  });

  it('leaves out a stake at risk, a head office as a venue or a building, and a bare guarantee', () => {
    expect(ids('Much is at stake for Osk.')).toEqual([]);
    expect(ids('The talks were held at the Kestrel headquarters in Osk.')).toEqual([]);
    expect(ids('The headquarters tower was lit up.')).toEqual([]);
    expect(ids('There is no guarantee of success.')).toEqual([]);
  });
});

describe('a regulator whose approval a deal needs', () => {
  it('is no side of the talks it judges', () => {
    const entities = [
      { type: 'organization', name: 'Kestrel Bank', packId: null, party: null },
      { type: 'organization', name: 'Osk Savings', packId: null, party: null },
      { type: 'organization', name: 'Osk Banking Authority', packId: null, party: null },
    ];
    const text = [
      'Kestrel Bank offered 12 crowns a share for Osk Savings.',
      'Osk Savings said the price was low.',
      'Kestrel Bank would seek approval from the Osk Banking Authority to raise its stake.',
      'The Osk Banking Authority approved Kestrel’s request in March.',
      'The Osk Banking Authority said the Osk Banking Authority would publish its ruling.',
    ].join(' ');
    const mentions = [...text.matchAll(/Kestrel Bank|Osk Savings|Osk Banking Authority/g)].map((m) => ({
      entity: m[0] === 'Kestrel Bank' ? 0 : m[0] === 'Osk Savings' ? 1 : 2,
      start: m.index,
      end: m.index + m[0].length,
    }));
    expect(negotiationSides(text, entities, mentions)).toEqual(['kestrel-bank', 'osk-savings']);
  });
});

describe('a stake and a head office that are no object', () => {
  it('reads "burned at the stake" and a visited head office as no object, and keeping the head office as one', async () => {
    const { findNegotiatedObjects } = await import('./propositions.js');
    const ids = (t: string) => findNegotiatedObjects(t, 0, t.length).map((p) => p.id);
    expect(ids('She said the reformers would be burned at the stake.')).toEqual([]);
    expect(ids('The senator was visiting the campaign headquarters on Monday.')).toEqual([]);
    expect(ids('The union wants a guarantee to keep the headquarters in Milan.')).toContain('auto:headquarters');
  });
});
