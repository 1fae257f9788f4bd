/**
 * Precision on news that is not about a negotiation: a product launch, a trial, a profile, a market
 * report. Invented sentences about fictional firms, outlets and countries (no benchmark, seed, held-out
 * or PolNeAR text), each with a counterpart that must still yield its stance.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { findNegotiatedObjects, negotiationSides, newsOutlets, reportsNegotiation } from '../../corpus/propositions.js';
import { analysisFor, type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';
import { splitSentences } from '../sentences/index.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', surfaces: [['Norland', 'name'], ['Nordby', 'metonym']] },
  { name: 'Vessa', type: 'country', party: 'vessa', surfaces: [['Vessa', 'name']] },
  { name: 'Anna Berg', type: 'person', party: 'norland', surfaces: [['Anna Berg', 'name'], ['Berg', 'name']] },
  { name: 'Piet Lund', type: 'person', party: 'vessa', surfaces: [['Piet Lund', 'name'], ['Lund', 'name']] },
  { name: 'Harbor Wire', type: 'organization', surfaces: [['Harbor Wire', 'name']] },
  { name: 'Kestrel Labs', type: 'organization', surfaces: [['Kestrel Labs', 'name'], ['Kestrel', 'name']] },
  { name: 'Amnesty Watch', type: 'organization', surfaces: [['Amnesty Watch', 'name']] },
];

function stancesOf(text: string, quotes: { text: string; speaker: string }[] = []) {
  return fixtureStances(text, ACTORS, kb, { quotes: quotes.map((q) => ({ ...q, kind: 'direct' as const })) }).map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}

// A long report on a gadget launch that mentions a deal once: nothing in it is on a negotiating table.
const LAUNCH = [
  'Kestrel Labs unveiled its new folding tablet on Tuesday.',
  'The device has a brighter screen and a longer battery life than last year’s model.',
  'Reviewers praised the hinge, which feels sturdier than before.',
  'The camera is unchanged, and the price starts at 899 dollars.',
  'Kestrel said preorders opened in twelve countries.',
  'The company expects the tablet to ship in time for the holidays.',
  'Analysts said the launch could lift sales in the fourth quarter.',
  'Anna Berg welcomed the deal, buying two tablets on the first day.',
].join(' ');

// The same length of report about talks: the deal is what the sides bargain over.
const TALKS = [
  'Norland and Vessa resumed talks on a fisheries deal on Tuesday.',
  'Negotiators met for six hours in the capital.',
  'Vessa has demanded a larger quota for its fleet.',
  'Norland offered concessions on access to the northern waters.',
  'Both sides said a compromise was within reach.',
  'The weather was mild, and the meeting ended early.',
  'A second round is planned for next week.',
  'Anna Berg welcomed the deal, saying it would protect the fleet.',
].join(' ');

describe('reports that are not about a negotiation', () => {
  it('tells a report on talks from one that names a deal in passing', () => {
    const sentences = (text: string) => splitSentences(text, [{ kind: 'body', start: 0, end: text.length, rule: 'test' }]);
    expect(reportsNegotiation(LAUNCH, sentences(LAUNCH))).toBe(false);
    expect(reportsNegotiation(TALKS, sentences(TALKS))).toBe(true);
    // Too short to tell: a single sentence is taken as it comes.
    const one = 'Anna Berg welcomed the deal.';
    expect(reportsNegotiation(one, sentences(one))).toBe(true);
  });
  it('reads no discovered position in a report that shows no bargaining, and keeps it in one that does', () => {
    expect(stancesOf(LAUNCH).filter((s) => s.proposition.startsWith('auto:'))).toEqual([]);
    expect(stancesOf(TALKS)).toContainEqual({ actor: 'Anna Berg', proposition: 'auto:deal', stance: 'support' });
  });
  it('still reads leaving or staying in a body in a report without bargaining words', () => {
    const text = [LAUNCH, 'Separately, Piet Lund said Vessa should leave the European Union.'].join(' ');
    expect(stancesOf(text)).toContainEqual(expect.objectContaining({ actor: 'Piet Lund', proposition: 'auto:european-union-exit', stance: 'support' }));
  });
});

describe('news organisations are sources, not parties', () => {
  it('knows an outlet by its masthead or by how it is cited', () => {
    const text = 'Officials met on Monday, Harbor Wire reported. The Daily Courier said the talks went well.';
    const entities = [
      { type: 'organization', name: 'Harbor Wire' },
      { type: 'organization', name: 'Daily Courier' },
      { type: 'country', name: 'Norland' },
    ];
    const mentions = [
      { entity: 0, start: text.indexOf('Harbor Wire'), end: text.indexOf('Harbor Wire') + 11 },
      { entity: 1, start: text.indexOf('Daily Courier'), end: text.indexOf('Daily Courier') + 13 },
    ];
    expect([...newsOutlets(text, entities, mentions)].sort()).toEqual([0, 1]);
  });
  it('gives an outlet no stance and never makes it a side', () => {
    const text = 'Anna Berg met Piet Lund. Harbor Wire reported that Norland and Vessa agreed to a fisheries truce. Harbor Wire welcomed the fisheries truce.';
    const found = stancesOf(text);
    expect(found.some((s) => s.actor === 'Harbor Wire')).toBe(false);
    const a = analysisFor(text, ACTORS);
    expect(negotiationSides(text, a.entities, a.mentions)).toEqual(['norland', 'vessa']);
  });
});

describe('objects that are not on the table', () => {
  it('reads "raise" and "strike" after "to" or a modal as verbs', () => {
    const ids = (t: string) => findNegotiatedObjects(t, 0, t.length).map((m) => m.id);
    expect(ids('The campaign hopes to raise money from small donors.')).toEqual([]);
    expect(ids('The board will strike the clause from the draft.')).toEqual([]);
    expect(ids('The union won a raise for dock workers.')).toEqual(['auto:wage-increase']);
    expect(ids('The union called a strike at the port.')).toEqual(['auto:strike']);
  });
  it('takes an election as an object only when it is called for, held or put off', () => {
    const ids = (t: string) => findNegotiatedObjects(t, 0, t.length).map((m) => m.id);
    expect(ids('She won the election by a wide margin.')).toEqual([]);
    expect(ids('The opposition demanded early elections.')).toEqual(['auto:elections']);
  });
  it('does not take a word of a body’s name for an object', () => {
    const text = 'Piet Lund praised Amnesty Watch for its report.';
    expect(stancesOf(text).filter((s) => s.proposition.includes('amnesty'))).toEqual([]);
  });
  it('reads no stance from a line of headlines', () => {
    expect(stancesOf('Berg backs fisheries truce | Lund rejects quota hike | Weather turns cold')).toEqual([]);
  });
});

describe('holders and polarity around the object', () => {
  it('reads opposing a hold on something as backing it', () => {
    expect(stancesOf('Anna Berg opposed the hold on fuel aid for Vessa.')).toContainEqual({ actor: 'Anna Berg', proposition: 'auto:fuel-aid', stance: 'support' });
  });
  it('gives a wish to the one who wishes it, not to the one asked', () => {
    const found = stancesOf('Nordby wants Lund to eliminate the grain tariffs.');
    expect(found).toContainEqual({ actor: 'Norland', proposition: 'auto:grain-tariffs', stance: 'oppose' });
    expect(found.some((s) => s.actor === 'Piet Lund')).toBe(false);
  });
  it('takes no stance from an indirect question', () => {
    expect(stancesOf('Anna Berg began an effort to establish whether Lund withheld the fuel aid.').filter((s) => s.proposition === 'auto:fuel-aid')).toEqual([]);
  });
  it('gives "they" in a quote to the side talked about, not to the speaker', () => {
    const q = '“They want a fisheries truce much more than we do.”';
    const found = stancesOf(`Vessa sent a letter on Monday. ${q} Anna Berg said.`, [{ text: q, speaker: 'Anna Berg' }]);
    expect(found.some((s) => s.actor === 'Anna Berg' && s.proposition === 'auto:ceasefire')).toBe(false);
    expect(found).toContainEqual({ actor: 'Vessa', proposition: 'auto:ceasefire', stance: 'support' });
  });
  it('reads no stance in an action named as a topic', () => {
    expect(stancesOf('Anna Berg said the storm had complicated the task of striking a fisheries deal.').filter((s) => s.actor === 'Anna Berg')).toEqual([]);
    expect(stancesOf('Anna Berg said Norland was close to striking a fisheries deal.')).toContainEqual({ actor: 'Norland', proposition: 'auto:deal', stance: 'support' });
  });
  it('does not take an agent set off by commas for the subject of the main verb', () => {
    const found = stancesOf('The harbor act, under review by Vessa since May, would impose fishing quotas on the fleet.');
    expect(found.some((s) => s.actor === 'Vessa')).toBe(false);
  });
  it('reads no refusal in a counterfactual', () => {
    const text = 'Norland and Vessa resumed talks on the fisheries truce. Vessa made concessions it might not otherwise have agreed to.';
    expect(stancesOf(text).filter((s) => s.actor === 'Vessa' && s.stance === 'oppose')).toEqual([]);
  });
});
