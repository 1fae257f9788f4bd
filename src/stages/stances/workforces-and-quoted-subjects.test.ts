/**
 * Who holds a stance when a report names a workforce by its employer ("Pilots at Halvard Air rejected the offer",
 * "Halvard's striking pilots", bare "members" where one union is named), and when a speaker's quotation names
 * another party as the subject ('"... because Sudmark decided to leave the pact," she said'). Also: a raise
 * asked for in the plural, an offer's terms taken with it, a dispute taken to arbitration, a second predicate
 * with its own verb. Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const AIRLINE: FixtureActor[] = [
  { name: 'Halvard Air', type: 'organization', party: 'halvard-air', packId: null, surfaces: [['Halvard Air', 'name']] },
  { name: 'Coastal Pilots Association', type: 'organization', party: 'coastal-pilots-association', packId: null, surfaces: [['Coastal Pilots Association', 'name']] },
];
const LEAD = 'Halvard Air and pilots resume contract talks\nHalvard Air and the Coastal Pilots Association resumed contract talks on Monday. ';
const stances = (text: string) => fixtureStances(LEAD + text, AIRLINE, kb).map((s) => `${s.actor} ${s.stance} ${s.proposition}`);

describe('a workforce named by its employer', () => {
  it.each([
    'Pilots at Halvard Air have rejected the latest contract offer.',
    "Halvard Air's striking pilots rejected the latest contract offer.",
    'Halvard Air pilots rejected the latest contract offer.',
    "More than 900 pilots at Halvard Air's three Nordic bases have overwhelmingly rejected the latest contract offer.",
  ])('%s', (text) => {
    const found = stances(text).filter((s) => s.includes('oppose'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s.startsWith('Coastal Pilots Association'))).toBe(true);
  });

  it('reads bare members as the one union named', () => {
    expect(stances('The strike began after members rejected the contract offer.').filter((s) => s.includes('oppose'))).toEqual([expect.stringMatching(/^Coastal Pilots Association oppose/)]);
  });

  it('gives the employer its own stance still', () => {
    expect(stances('Halvard Air rejected the union demand for a pension.').some((s) => s.startsWith('Halvard Air oppose'))).toBe(true);
  });
});

describe('terms and acts around the object', () => {
  it('reads "pushing for raises of close to 30 per cent" as wanting a wage increase', () => {
    expect(stances('The Coastal Pilots Association has been pushing for raises of close to 30 per cent.')).toContain('Coastal Pilots Association support auto:wage-increase');
  });

  it('reads "Halvard raises its fares" as a verb, not a pay rise', () => {
    expect(stances('Halvard Air raises its fares and rejects the pension demand.').filter((s) => s.includes('wage'))).toEqual([]);
  });

  it('does not read the raise an offer came with as refused', () => {
    const found = stances('The Coastal Pilots Association rejected a first tentative agreement with a 25% raise.');
    expect(found.some((s) => s.startsWith('Coastal Pilots Association oppose'))).toBe(true);
    expect(found.filter((s) => s.includes('wage'))).toEqual([]);
  });

  it('does not carry a rejection into a second predicate with its own verb', () => {
    const found = stances('The Coastal Pilots Association rejected the contract offer and will hold a strike vote next week.');
    expect(found.filter((s) => s.includes('strike'))).toEqual([]);
  });

  it('reads taking the dispute to arbitration as wanting arbitration', () => {
    expect(stances('The talks stalled, with Halvard Air warning it could take the dispute to arbitration.')).toContain('Halvard Air support auto:arbitration');
  });
});

describe('a party a quotation names as the subject', () => {
  const TREATY: FixtureActor[] = [
    { name: 'Norland', type: 'country', party: 'norland', packId: null, surfaces: [['Norland', 'name']] },
    { name: 'Sudmark', type: 'country', party: 'sudmark', packId: null, surfaces: [['Sudmark', 'name']] },
    { name: 'Ilse Varn', type: 'person', party: 'norland', packId: null, surfaces: [['Ilse Varn', 'name'], ['Varn', 'name']] },
  ];
  const lead = 'Norland and Sudmark talks on the fishing pact stall\nNorland and Sudmark failed on Monday to agree quotas under their fishing pact. ';
  const held = (text: string, quote: string) =>
    fixtureStances(lead + text, TREATY, kb, { quotes: [{ text: quote, speaker: 'Ilse Varn', kind: 'direct' }] })
      .filter((s) => s.start >= lead.length)
      .map((s) => `${s.actor} ${s.stance}`);

  it('holds the named party, not the speaker', () => {
    const quote = 'We will not hand out extra tonnes because Sudmark decided to leave the fishing pact';
    expect(held(`"${quote}," Ilse Varn said.`, quote)).toEqual(['Sudmark oppose']);
  });

  it('keeps the speaker for "we" and for an obligation she sets', () => {
    const ours = 'We rejected the fishing pact';
    expect(held(`"${ours}," Ilse Varn said.`, ours)).toEqual(['Ilse Varn oppose']);
    const must = 'Sudmark must sign the fishing pact';
    expect(held(`"${must}," Ilse Varn said.`, must)).toContain('Ilse Varn support');
  });
});

describe('the other party to a deal made', () => {
  it('is for the deal too', () => {
    const found = stances('The Coastal Pilots Association reached a tentative agreement with Halvard Air late Wednesday.');
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^Coastal Pilots Association support /), expect.stringMatching(/^Halvard Air support /)]));
  });

  it('is no one when the deal was only discussed', () => {
    expect(stances('The Coastal Pilots Association discussed a tentative agreement with Halvard Air.').filter((s) => s.startsWith('Halvard Air support'))).toEqual([]);
  });
});

describe('a spokesperson of no side named', () => {
  const actors: FixtureActor[] = [...AIRLINE, { name: 'Priya Raman', type: 'person', party: null, packId: null, surfaces: [['Priya Raman', 'name']] }];
  const of = (text: string) => fixtureStances(LEAD + text, actors, kb).map((s) => `${s.actor} ${s.stance}`);

  it('speaks for the body she reports on', () => {
    expect(of('In a statement, spokesperson Priya Raman said Halvard Air had put forward the richest contract offer in its history.')).toEqual(expect.arrayContaining(['Halvard Air support', 'Priya Raman support']));
  });

  it('does not when another body qualifies her title', () => {
    expect(of('Ministry spokesperson Priya Raman said Halvard Air had put forward the richest contract offer in its history.')).not.toContain('Priya Raman support');
  });
});
