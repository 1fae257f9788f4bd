import { describe, expect, it } from 'vitest';
import { KnowledgeBase, loadKnowledge, loadPackFile, resolvePackPath } from '../packs/load.js';
import { analysisFor, type FixtureActor } from '../../test/helpers/stance-fixture.js';
import { extractStances } from '../stages/stances/index.js';
import { autoLabel, BACK_VERB, discoveredInfo, discoverPropositions, findNegotiatedObjects, findPropositions, findVerbalObjects, negotiationSides, packScope, packsInScope, qualifyProposition, splitQualified, withAnaphors } from './propositions.js';

// Only the world pack: a negotiation Parley has no pack for.
const kb = loadKnowledge([], ['world']);

const UNION_TEXT = [
  'The Metalworkers Union rejected the company’s offer of a 3% wage increase on Tuesday.',
  'Acme Steel said it was ready to negotiate a shorter working week but would not accept a pension increase.',
  'The union demanded a wage increase of 8% and called for the reinstatement of fired workers.',
  'Acme Steel insisted on a contract freeze until next year.',
].join('\n');

const ACTORS: FixtureActor[] = [
  { name: 'Metalworkers Union', type: 'organization', surfaces: [['The Metalworkers Union', 'name'], ['the union', 'title'], ['The union', 'title']] },
  { name: 'Acme Steel', type: 'organization', surfaces: [['Acme Steel', 'name']] },
];

describe('propositions without a pack', () => {
  it('names negotiated objects readably', () => {
    const ids = findNegotiatedObjects(UNION_TEXT, 0, UNION_TEXT.length).map((m) => m.id);
    expect(ids).toContain('auto:wage-increase');
    expect(ids).toContain('auto:pension-increase');
    expect(autoLabel('auto:wage-increase')).toBe('wage increase');
    const release = findNegotiatedObjects('Talks on the release of hostages stalled.', 0, 41).map((m) => m.id);
    expect(release).toEqual(['auto:hostage-release']);
  });

  it('prefers pack propositions where a pack cue matches', () => {
    // Only the pack's propositions: this test is about proposition matching, not its actors.
    const full = new KnowledgeBase([{ ...loadPackFile(resolvePackPath('russia-ukraine')), actors: [], requires: [] }]);
    const text = 'Both sides discussed a ceasefire and the release of hostages.';
    expect(findPropositions(text, 0, text.length, full).map((m) => m.id)).toEqual(['ceasefire', 'auto:hostage-release']);
  });

  it('matches a pack cue written in the singular in the plural too', () => {
    const full = new KnowledgeBase([{ ...loadPackFile(resolvePackPath('russia-ukraine')), actors: [], requires: [] }]);
    const text = 'Moscow has rejected short-term ceasefires and truces.';
    expect(findPropositions(text, 0, text.length, full).map((m) => m.id)).toEqual(['ceasefire', 'ceasefire']);
  });

  it('yields readable stances in a labour dispute', () => {
    const a = analysisFor(UNION_TEXT, ACTORS);
    const stances = extractStances({ text: UNION_TEXT, zones: [], published: '2025-05-02', language: 'en' }, a, kb).map((s) => `${ACTORS[s.actor]!.name} ${s.stance} ${s.proposition.replace(/@.*$/, '')}`);
    expect(stances).toContain('Metalworkers Union oppose auto:wage-increase');
    expect(stances).toContain('Metalworkers Union support auto:wage-increase'.replace('support', 'support')); // the later demand
    expect(stances).toContain('Acme Steel oppose auto:pension-increase');
  });

  it('keeps discovered objects seen in two documents', () => {
    const found = discoverPropositions([{ text: UNION_TEXT }, { text: 'Workers want a wage increase.' }, { text: 'A pension increase was floated once.' }], kb);
    expect(found.map((p) => p.id)).toContain('auto:wage-increase');
    expect(found.find((p) => p.id === 'auto:wage-increase')!.label).toBe('wage increase');
  });
});

describe('discovered objects: normal form', () => {
  const ids = (text: string) => findNegotiatedObjects(text, 0, text.length).map((m) => m.id);

  it('merges variants by head and key modifier, dropping other modifiers', () => {
    expect(ids('They want a new five-year master contract.')).toEqual(['auto:contract']);
    expect(ids('The contract expires in May.')).toEqual(['auto:contract']);
    expect(ids('It offered a 12% raise.')).toEqual(['auto:wage-increase']);
    expect(ids('They seek a 20% increase in base pay.')).toEqual(['auto:wage-increase']);
    expect(ids('They discussed steep tariffs and retaliatory duties.')).toEqual(['auto:tariffs', 'auto:tariffs']);
  });

  it('names what an act of release or withdrawal moves past an amount and a nationality', () => {
    expect(ids('They demanded the withdrawal of roughly 35,000 Sylvanian troops.')).toEqual(['auto:troop-withdrawal']);
    expect(ids('They demanded the withdrawal of Sylvanian forces.')).toEqual(['auto:troop-withdrawal']);
    expect(ids('They proposed a withdrawal of heavy weapons to 30 km.')).toEqual(['auto:arms-withdrawal']);
    expect(ids('They demanded the return of displaced villagers.')).toEqual(['auto:villager-return']);
    expect(ids('They demanded the release of prisoners held in Sylvania.')).toEqual(['auto:prisoner-release']);
    expect(ids('They sought the lifting of EU sanctions.')).toEqual(['auto:sanctions-removal']);
    expect(ids('They sought the release of some 300 prisoners.')).toEqual(['auto:prisoner-release']);
  });

  it('names the terms of price and pay talks', () => {
    expect(ids('The party offered a minimum wage of 14 euros.')).toEqual(['auto:minimum-wage']);
    expect(ids('It offered a 25 percent discount.')).toEqual(['auto:discount']);
    expect(ids('They want to loosen the debt brake.')).toEqual(['auto:debt-brake']);
    expect(ids('It asked for a patent extension.')).toEqual(['auto:patent-extension']);
    expect(ids('Wages were discussed.')).toEqual([]);
  });

  it('names a keyed ceiling and a lockout told by its verb', () => {
    expect(ids('Players will not accept a hard salary cap.')).toEqual(['auto:wage-cap']);
    expect(ids('A cap on what?')).toEqual([]);
    const verbal = (text: string) => findVerbalObjects(text, 0, text.length).map((m) => m.id);
    expect(verbal('The owners were prepared to lock out players.')).toEqual(['auto:lockout']);
    expect(verbal('They would withdraw all their remaining troops and free 600 prisoners.')).toEqual(['auto:troop-withdrawal', 'auto:prisoner-release']);
    expect(verbal('They pulled out of the talks.')).toEqual([]);
  });

  it('reads a keyed deal as its object, and a capitalised name as one', () => {
    expect(ids('Both sides signed a ceasefire agreement.')).toEqual(['auto:ceasefire']);
    expect(ids('They revived the Good Friday Agreement.')).toEqual(['auto:good-friday-agreement']);
    expect(ids('They signed a trade deal.')).toEqual(['auto:trade-deal']);
  });

  it('names a ceasefire one object whichever synonym the report uses', () => {
    for (const t of ['Both sides agreed to a truce.', 'Both sides agreed to a cease-fire.', 'Both sides agreed to a cessation of hostilities.', 'Both sides signed a truce agreement.']) expect(ids(t)).toEqual(['auto:ceasefire']);
    // A keyed one is the limited kind, under one name too; other keys stay apart.
    expect(ids('They agreed an energy truce.')).toEqual(['auto:energy-truce']);
    expect(ids('They agreed an energy ceasefire.')).toEqual(['auto:energy-truce']);
    expect(ids('The cessation of payments hurt.')).toEqual([]);
  });

  it('merges bare deal synonyms under one qualifier, not different qualifiers', () => {
    expect(ids('Critics attacked the Varda agreement.')).toEqual(ids('Critics attacked the Varda deal.'));
    expect(ids('Critics attacked the Varda accord.')).toEqual(['auto:varda-deal']);
    expect(ids('They signed a trade deal and a nuclear deal.')).toEqual(['auto:trade-deal', 'auto:nuclear-deal']);
  });

  it('keeps to objects that are bargained over', () => {
    // "dial back" is not "back"; an idea or a chance taking a clause is not a thing on the table.
    expect(ids('Both capitals tried to dial back the temperature.')).toEqual([]);
    expect(ids('The envoy rejected the notion that talks had failed.')).toEqual([]);
    expect(ids('Senators insisted on a chance to vote.')).toEqual([]);
    // A bare abstract object is only a candidate (`lone`); one acting on something named is not.
    expect(findNegotiatedObjects('The council backed the privatisation.', 0, 37).map((m) => [m.id, !!m.lone])).toEqual([['auto:privatisation', true]]);
    expect(findNegotiatedObjects('Rebels demanded the reinstatement of officers.', 0, 46).map((m) => [m.id, !!m.lone])).toEqual([['auto:reinstatement', false]]);
  });

  it('drops words after negotiation verbs that are not negotiable objects', () => {
    expect(ids('We are back where we started.')).toEqual([]);
    expect(ids('The union would agree to the extension provided that nothing changed.')).toEqual(['auto:extension']);
    expect(ids('They agreed to set up a panel.')).toEqual([]);
    expect(ids('Rebels demanded the reinstatement of officers.')).toEqual(['auto:reinstatement']);
  });

  it('points "the deal" and "the treaty" back to the objects they stand for', () => {
    const text = 'The treaty stays. They approved the deal.';
    const found = withAnaphors(text, 0, text.length, [], 'auto:ceasefire', new Map([['treaty', 'auto:water-treaty']]));
    expect(found.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['auto:water-treaty', 'The treaty'],
      ['auto:ceasefire', 'the deal'],
    ]);
    expect(withAnaphors(text, 0, text.length, [], null).length).toBe(0);
  });

  it('points "the proposal" to the object last named, names a bare "the bill" by its head, and reads "the talks"', () => {
    const text = 'Rivia rejected the proposal. The senate passed the bill. Lakeland walked away from the talks on Monday.';
    const found = withAnaphors(text, 0, text.length, [], null, new Map(), { recent: 'auto:wage-increase', headFallback: true, talks: true });
    expect(found.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['auto:wage-increase', 'the proposal'],
      ['auto:bill', 'the bill'],
      ['auto:talks', 'the talks'],
    ]);
    expect(found[2]!.direct).toBe(true);
    // "talks on X" names X, not negotiating itself.
    expect(withAnaphors('They held talks on water.', 0, 25, [], null, new Map(), { talks: true })).toEqual([]);
  });

  it('names a deal by the capitalised name before its head', () => {
    expect(ids('Senators opposed the Iran deal last summer.')).toEqual(['auto:iran-deal']);
    expect(ids('Deal makers met.')).toEqual([]);
  });
});

describe('pack scope', () => {
  const full = loadKnowledge();
  const entity = (packId: string, type = 'country') => ({ type, packId, party: packId, mentions: [0] });

  it('applies a pack only to reports about its negotiation', () => {
    expect(packScope(full.packs.find((p) => p.id === 'russia-ukraine')!).actors).toEqual(expect.arrayContaining(['russia', 'ukraine']));
    expect([...packsInScope(full, [entity('russia'), entity('ukraine'), entity('united-states')])]).toEqual(['russia-ukraine']);
    expect([...packsInScope(full, [entity('united-states'), entity('china')])]).toEqual([]);
    expect([...packsInScope(full, [entity('israel'), entity('egypt'), entity('qatar')])]).toEqual([]);
    // One side only, and no other country: a short report on that side's statement.
    expect([...packsInScope(full, [entity('ukraine')])]).toEqual(['russia-ukraine']);
  });

  it('requires a scope’s `required` side among the document’s most-mentioned sides', () => {
    const counted = (packId: string, n: number, type = 'country') => ({ type, packId, party: packId, mentions: Array.from({ length: n }, (_, i) => i) });
    const person = (party: string, n: number) => ({ type: 'person', packId: null, party, mentions: Array.from({ length: n }, (_, i) => i) });
    // Two of the pack's sides talking about another war, Ukraine never named: not these talks.
    expect([...packsInScope(full, [counted('united-states', 9), counted('russia', 7), counted('syria', 5)])]).toEqual([]);
    // Ukraine named only in passing, far below the sides the report is about.
    expect([...packsInScope(full, [counted('united-states', 9), counted('russia', 8), counted('north-korea', 8), counted('china', 6), counted('ukraine', 1)])]).toEqual([]);
    // Ukraine among the most-mentioned, directly or through the people who speak for it.
    expect([...packsInScope(full, [counted('united-states', 9), counted('russia', 7), counted('ukraine', 2), counted('france', 1)])]).toEqual(['russia-ukraine']);
    expect([...packsInScope(full, [counted('united-states', 6), counted('russia', 5), counted('ukraine', 1), person('ukraine', 4), counted('poland', 5)])]).toEqual(['russia-ukraine']);
    // The default scope (no `required`) is unchanged.
    const pack = full.packs.find((p) => p.id === 'russia-ukraine')!;
    expect(packScope({ ...pack, scope: undefined }).required).toEqual([]);
  });

  it('never matches a pack proposition out of scope', () => {
    const text = 'Critics in Congress attacked the ceasefire.';
    expect(findPropositions(text, 0, text.length, full, { packs: new Set() }).map((m) => m.id)).toEqual(['auto:ceasefire']);
    expect(findPropositions(text, 0, text.length, full).map((m) => m.id)).toEqual(['ceasefire']);
  });
});

describe('negotiated actions named by a verb phrase', () => {
  const verbal = (text: string) => findPropositions(text, 0, text.length, kb).filter((m) => m.verbal).map((m) => [m.id, text.slice(m.start, m.end)]);

  it('maps common actions to their objects', () => {
    expect(verbal('The crews said they would walk off the job on Monday.')).toEqual([['auto:strike', 'walk off the job']]);
    expect(verbal('Nobody will back a deal that lets the mills automate.')).toEqual([['auto:automation', 'automate']]);
    expect(verbal('Both armies agreed to stop all firing at dawn.')).toEqual([['auto:ceasefire', 'stop all firing']]);
    expect(verbal('The rebels want to end the war.')).toEqual([['auto:ceasefire', 'end the war']]);
    expect(verbal('They ruled out a role for a third party.')).toEqual([['auto:mediation', 'role for a third party']]);
    expect(verbal('Delegates walked out of the talks.')).toEqual([]);
    // Those at the table leave it; only workers walking out strike.
    expect(verbal("Norway's negotiators walked out over the quota swap.")).toEqual([]);
    expect(verbal('The pilots walked out over pay.')).toEqual([['auto:strike', 'walked out']]);
    expect(verbal('They warned of an open-ended war.')).toEqual([]);
  });

  it('inflects the verb and allows determiners, from a list of standard phrasings', () => {
    expect(verbal('Nurses went on strike last year.')).toEqual([['auto:strike', 'went on strike']]);
    expect(verbal('Drivers are taking industrial action.')).toEqual([['auto:strike', 'taking industrial action']]);
    expect(verbal('The firm is automating its warehouses.')).toEqual([['auto:automation', 'automating']]);
    expect(verbal('The rebels ceased all hostilities.')).toEqual([['auto:ceasefire', 'ceased all hostilities']]);
    expect(verbal('Both sides halted the shelling.')).toEqual([['auto:ceasefire', 'halted the shelling']]);
    expect(verbal('Norway offered to mediate between them.')).toEqual([['auto:mediation', 'mediate between']]);
    expect(verbal('Norway offered to act as a mediator.')).toEqual([['auto:mediation', 'act as a mediator']]);
    // Having mediated is a role, not a stance on mediation.
    expect(verbal('Norway, which has mediated, said so.')).toEqual([]);
    expect(verbal('They rejected any third-party role.')).toEqual([['auto:mediation', 'third-party role']]);
    // An attack is not a labour action: the bare verb "strike" needs a start time.
    expect(verbal('Jets may strike the depot.')).toEqual([]);
    expect(verbal('Workers will strike from midnight.')).toEqual([['auto:strike', 'strike from midnight']]);
  });
});

describe('negotiation context', () => {
  const entities = [
    { type: 'country', name: 'Ruritania', packId: null, party: 'ruritania' },
    { type: 'group', name: 'Red Brigade', packId: null, party: null },
    { type: 'country', name: 'Freedonia', packId: null, party: 'freedonia' },
    { type: 'person', name: 'Ann Envoy', packId: null, party: 'freedonia' },
  ];
  const mentionsOf = (text: string) => {
    const out: { entity: number; start: number; end: number }[] = [];
    entities.forEach((e, i) => {
      for (const m of text.matchAll(new RegExp(e.name, 'g'))) out.push({ entity: i, start: m.index, end: m.index + e.name.length });
    });
    return out.sort((a, b) => a.start - b.start);
  };

  it('picks the two sides named together, not a busier go-between', () => {
    const text = 'Ruritania and Red Brigade agreed a truce. Mediators Freedonia said Freedonia would monitor it. Ann Envoy of Freedonia praised it. Freedonia hosted the talks.';
    expect(negotiationSides(text, entities, mentionsOf(text))).toEqual(['red-brigade', 'ruritania']);
  });

  it('leaves out every go-between of a list of multi-word names ("brokered by X Y and the Z W")', () => {
    const many = [
      { type: 'group', name: 'Red Brigade', packId: null, party: null },
      { type: 'country', name: 'Grand Fenwick', packId: null, party: 'grand-fenwick' },
      { type: 'country', name: 'United Freedonia', packId: null, party: 'united-freedonia' },
      { type: 'country', name: 'Ruritania', packId: null, party: 'ruritania' },
    ];
    const text =
      'The Red Brigade signed a pledge. The talks, brokered by Grand Fenwick and the United Freedonia, were the first. ' +
      'A United Freedonia official said the Red Brigade would observe a truce. United Freedonia officials said Ruritania agreed.';
    const ms: { entity: number; start: number; end: number }[] = [];
    many.forEach((e, i) => {
      for (const m of text.matchAll(new RegExp(e.name, 'g'))) ms.push({ entity: i, start: m.index, end: m.index + e.name.length });
    });
    ms.sort((a, b) => a.start - b.start);
    expect(negotiationSides(text, many, ms)).toEqual(['red-brigade', 'ruritania']);
    // A lowercase word ends the list: the sides named after "between" are not go-betweens.
    const between = 'Talks mediated by Grand Fenwick between Ruritania and the Red Brigade resumed. Ruritania and the Red Brigade met.';
    const ms2: { entity: number; start: number; end: number }[] = [];
    many.forEach((e, i) => {
      for (const m of between.matchAll(new RegExp(e.name, 'g'))) ms2.push({ entity: i, start: m.index, end: m.index + e.name.length });
    });
    ms2.sort((a, b) => a.start - b.start);
    expect(negotiationSides(between, many, ms2)).toEqual(['red-brigade', 'ruritania']);
  });

  it('reads a compound adjective ("Freedonia-mediated talks") as a go-between', () => {
    const text =
      'Freedonia officials said Ruritania would attend. Freedonia wants calm. Freedonia said so again. ' +
      'Ruritania met the Red Brigade in Freedonia-mediated talks on Tuesday. The Red Brigade agreed.';
    expect(negotiationSides(text, entities, mentionsOf(text))).toEqual(['red-brigade', 'ruritania']);
  });

  it('takes a compound pair ("the Ruritania-Freedonia agreement") over members of either side that speak more', () => {
    const blocs = [
      { type: 'organization', name: 'Ruritania', packId: null, party: null },
      { type: 'organization', name: 'Freedonia', packId: null, party: null },
      { type: 'country', name: 'Sylvania', packId: null, party: 'sylvania' },
      { type: 'country', name: 'Osterlich', packId: null, party: 'osterlich' },
    ];
    const text =
      'Sylvania said it could back the Ruritania-Freedonia trade agreement after Ruritania added a safeguard. ' +
      'Sylvania can support it, a Sylvania minister said. Sylvania had refused. Osterlich rejected a Sylvania request. Osterlich will not sign, Osterlich said. ' +
      'Sylvania farmers protested. Osterlich growers agreed. Osterlich and Sylvania differ.';
    const ms: { entity: number; start: number; end: number }[] = [];
    blocs.forEach((e, i) => {
      for (const m of text.matchAll(new RegExp(e.name, 'g'))) ms.push({ entity: i, start: m.index, end: m.index + e.name.length });
    });
    ms.sort((a, b) => a.start - b.start);
    expect(negotiationSides(text, blocs, ms)).toEqual(['freedonia', 'ruritania']);
  });

  it('pairs a sentence\'s side with the side it holds talks with ("negotiations with X")', () => {
    const text =
      'Ruritania denied that negotiations with Freedonia had been completed. Ruritania said more. ' +
      'Ruritania wants the Red Brigade monitors gone. The Red Brigade disagrees, and the Red Brigade rejects it.';
    expect(negotiationSides(text, entities, mentionsOf(text))).toEqual(['freedonia', 'ruritania']);
  });

  it('qualifies discovered ids only, and labels them with the sides’ names', () => {
    expect(qualifyProposition('auto:ceasefire', ['ruritania', 'freedonia'])).toBe('auto:ceasefire@freedonia+ruritania');
    expect(qualifyProposition('ceasefire', ['ruritania', 'freedonia'])).toBe('ceasefire');
    expect(qualifyProposition('auto:ceasefire', null)).toBe('auto:ceasefire');
    expect(splitQualified('auto:ceasefire@freedonia+ruritania')).toEqual({ base: 'auto:ceasefire', sides: ['freedonia', 'ruritania'] });
    const info = discoveredInfo('auto:ceasefire@freedonia+ruritania', (s) => (s === 'freedonia' ? 'Freedonia' : undefined));
    expect(info.label).toBe('ceasefire (Freedonia–Ruritania)');
    expect(info.statement).toContain('between Freedonia and Ruritania');
    expect(autoLabel('auto:wage-increase@a+b')).toBe('wage increase');
  });
});

describe('names that look like objects', () => {
  it('reads "Bill" in a name as no bill', () => {
    const ids = (t: string) => findNegotiatedObjects(t, 0, t.length).map((p) => p.id);
    expect(ids('Former President Bill Halvorsen praised the spending bill.')).toEqual(['auto:spending-bill']);
    expect(ids('Bill Halvorsen spoke.')).toEqual([]);
  });
});

describe('deals named by a gerund', () => {
  const ids = (t: string) => findNegotiatedObjects(t, 0, t.length).map((m) => m.id);

  it('keys a deal-like head on the gerund right before it', () => {
    expect(ids('Lawmakers balked at the shipping accord.')).toContain('auto:shipping-deal');
    expect(ids('The mining bill stalled in committee.')).toContain('auto:mining-bill');
  });

  it('leaves -ing adjectives and listed keys alone', () => {
    expect(ids('Both sides signed a binding accord.')).not.toContain('auto:binding-deal');
    expect(ids('They want a lasting agreement.')).toEqual([]);
    expect(ids('The grain deal expired.')).toContain('auto:grain-deal');
  });
});

describe('clauses after a negotiation verb', () => {
  it('takes no object from a that-clause ("demanded that Lakeland amend its charter")', () => {
    const text = 'Rivia demanded that Lakeland amend its charter.';
    expect(findNegotiatedObjects(text, 0, text.length).map((m) => m.id)).not.toContain('auto:lakeland-amend');
    const plain = 'Rivia demanded the reinstatement of the ferry line.';
    expect(findNegotiatedObjects(plain, 0, plain.length).length).toBeGreaterThan(0);
  });

  it('does not read "hand back" or "trade back" as backing', () => {
    const re = new RegExp(`\\b${BACK_VERB}`, 'i');
    expect(re.test('the rebels would only hand back territory')).toBe(false);
    expect(re.test('the senators back the bill')).toBe(true);
  });
});
