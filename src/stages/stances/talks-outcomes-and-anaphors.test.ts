/**
 * Outcomes and references a report of a peace process words its own way: talks that end "without agreeing to
 * extend" a truce, a thing named in another party's words ("what the government calls kidnapping"), "they" after
 * "both delegations", a demand undone after a phrase on its object ("arrest warrants against 40 members be
 * suspended"), an act on "contract talks", "the request" and "that condition" named back, "the rebels", and a
 * cap keyed by a plain noun ("a scope cap"). Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const PEACE: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: null, surfaces: [['Norland', 'name']] },
  { name: 'Free Hills Front', type: 'group', party: 'free-hills-front', packId: null, surfaces: [['Free Hills Front', 'name'], ['FHF', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: null, surfaces: [['Sudmark', 'name']] },
  { name: 'Vestria', type: 'country', party: 'vestria', packId: null, surfaces: [['Vestria', 'name']] },
  { name: 'Ilse Varn', type: 'person', party: 'sudmark', packId: null, surfaces: [['Ilse Varn', 'name'], ['Varn', 'name']] },
];
const LEAD = "Norland and rebels hold ceasefire talks\nNorland's government and the Free Hills Front held ceasefire talks on Monday, with Sudmark and Vestria as guarantors. ";
const all = (text: string, quotes: { text: string; speaker: string; kind: 'direct' | 'indirect' | 'partial' }[] = []) =>
  fixtureStances(LEAD + text, PEACE, kb, { quotes }).filter((s) => s.start >= LEAD.length).map((s) => `${s.actor} ${s.stance} ${s.proposition}`);

describe('what was not agreed', () => {
  it('takes no stance from "ended the talks without agreeing to extend the ceasefire"', () => {
    expect(all('Norland and the Free Hills Front ended a week of talks on Wednesday without agreeing to extend their ceasefire.')).toEqual([]);
  });
});

describe('names and references', () => {
  it('does not read a thing named in another party\'s words as taken', () => {
    expect(all('The FHF insisted that what the government calls kidnapping is a matter for the agenda.').filter((s) => s.includes('kidnapping'))).toEqual([]);
  });

  it('reads "they" after "both delegations" in a quotation as the two sides', () => {
    const quote = 'Both delegations have told us they want the ceasefire to continue';
    // (The sides are the pair the report names most: here, as in a real report, more often than the guarantors.)
    expect(all(`Norland and the FHF met again on Tuesday. "${quote}," Ilse Varn said.`, [{ text: quote, speaker: 'Ilse Varn', kind: 'direct' }]).sort()).toEqual(['Free Hills Front support auto:ceasefire', 'Norland support auto:ceasefire']);
  });

  it('reads a demand that warrants against some of its members be suspended as against the warrants', () => {
    const found = all('The Free Hills Front is demanding that arrest warrants against some 40 of its members be suspended. Norland said the arrest warrants stand.');
    expect(found).toContain('Free Hills Front oppose auto:arrest-warrants');
  });

  it('reads "the request" named back as what was requested', () => {
    const found = all('The Free Hills Front asked for an amnesty for its fighters. Norland has opposed the request.');
    expect(found).toContain('Free Hills Front support auto:amnesty');
    expect(found).toContain('Norland oppose auto:amnesty');
  });

  it('reads "the rebels" as the one armed group named', () => {
    expect(all('The rebels are pushing for an amnesty.')).toContain('Free Hills Front support auto:amnesty');
  });
});

describe('objects of labour talks', () => {
  const LABOUR: FixtureActor[] = [
    { name: 'Halvard Air', type: 'organization', party: 'halvard-air', packId: null, surfaces: [['Halvard Air', 'name']] },
    { name: 'Coastal Pilots Association', type: 'organization', party: 'coastal-pilots-association', packId: null, surfaces: [['Coastal Pilots Association', 'name']] },
  ];
  const lead = 'Halvard Air and pilots talk\nHalvard Air and the Coastal Pilots Association met on Monday. ';
  const of = (text: string) => fixtureStances(lead + text, LABOUR, kb).filter((s) => s.start >= lead.length).map((s) => `${s.actor} ${s.stance} ${s.proposition}`);

  it('reads resuming contract talks over pay and pensions as resuming talks, not backing what they are about', () => {
    expect(of('Halvard Air and the Coastal Pilots Association resumed contract talks on Tuesday over a scope cap and pensions.').filter((s) => !s.endsWith('auto:talks'))).toEqual([]);
  });

  it('names a cap by the plain noun before it, and a hard cap after it is the same cap', () => {
    const found = of('The Coastal Pilots Association wants a scope cap on regional flying. Halvard Air has resisted a hard cap.');
    expect(found).toContain('Coastal Pilots Association support auto:scope-cap');
    expect(found).toContain('Halvard Air oppose auto:scope-cap');
  });
});

describe('a coalition\'s money dispute', () => {
  const PARTIES: FixtureActor[] = [
    { name: 'Green Party', type: 'group', party: 'green-party', packId: null, surfaces: [['Green Party', 'name'], ['Greens', 'name']] },
    { name: 'Farmers League', type: 'group', party: 'farmers-league', packId: null, surfaces: [['Farmers League', 'name']] },
    { name: 'Civic Union', type: 'group', party: 'civic-union', packId: null, surfaces: [['Civic Union', 'name']] },
  ];
  const lead = 'Coalition talks stall over money\nThe Green Party, the Farmers League and the Civic Union held coalition talks on Friday. ';
  const of = (text: string) => fixtureStances(lead + text, PARTIES, kb).filter((s) => s.start >= lead.length).map((s) => `${s.actor} ${s.stance} ${s.proposition}`);

  it('reads "the fund" as the keyed fund named before, and a bare reluctance as against it', () => {
    const found = of('The Greens are pushing for a special investment fund. The Farmers League, which campaigned on thrift, has been reluctant, but its leader has not ruled out borrowing. The Civic Union backs the fund.');
    expect(found).toContain('Green Party support auto:investment-fund');
    expect(found).toContain('Farmers League oppose auto:investment-fund');
    expect(found).toContain('Civic Union support auto:investment-fund');
  });

  it('reads "did not want the talks to fail" as for the talks', () => {
    expect(of('The Civic Union said it understood the concerns but did not want the talks to fail.')).toContain('Civic Union support auto:talks');
  });
});

describe('what a refusal turns on', () => {
  const TREATY: FixtureActor[] = [
    { name: 'Norland', type: 'country', party: 'norland', packId: null, surfaces: [['Norland', 'name']] },
    { name: 'Sudmark', type: 'country', party: 'sudmark', packId: null, surfaces: [['Sudmark', 'name']] },
  ];
  const lead = 'Treaty talks stall\nNorland and Sudmark clashed on Monday over a production target in the plastics treaty. ';
  const of = (text: string) => fixtureStances(lead + text, TREATY, kb).filter((s) => s.start >= lead.length).map((s) => `${s.actor} ${s.stance} ${s.proposition}`);

  it('reads rejecting any text that does not commit to a target as wanting the target', () => {
    const found = of('Norland said it would reject any text that did not at least commit to a future production target.');
    expect(found).toContain('Norland support auto:production-target');
    expect(found).not.toContain('Norland oppose auto:production-target');
  });

  it('does not carry a rejection of criticism into what the speaker then says', () => {
    expect(of('Sudmark rejected the criticism, saying the production target would come from a reserve.').filter((s) => s.includes('production-target'))).toEqual([]);
  });

  it('reads "would also cap" as a verb, not an "also cap"', () => {
    expect(of('The treaty would also cap the number of new plants. Norland backs a production cap.').filter((s) => s.includes('also'))).toEqual([]);
  });
});

describe('subjects, asides and named-back acts', () => {
  const BLOC: FixtureActor[] = [
    { name: 'Norland', type: 'country', party: 'norland', packId: null, surfaces: [['Norland', 'name']] },
    { name: 'Sudmark', type: 'country', party: 'sudmark', packId: null, surfaces: [['Sudmark', 'name']] },
    { name: 'Vestria', type: 'country', party: 'vestria', packId: null, surfaces: [['Vestria', 'name']] },
    { name: 'Ostia', type: 'country', party: 'ostia', packId: null, surfaces: [['Ostia', 'name']] },
  ];
  const lead = 'Treaty talks stall\nNorland and Sudmark clashed on Monday over a production cap and arbitration. ';
  const of = (text: string) => fixtureStances(lead + text, BLOC, kb).filter((s) => s.start >= lead.length).map((s) => `${s.actor} ${s.stance} ${s.proposition}`);

  it('holds the subject, not the names in an aside on it ("backed by X, Y and Z")', () => {
    expect(of('Sudmark, backed by Vestria, Ostia and Norland, has blocked a production cap.')).toEqual(['Sudmark oppose auto:output-cap']);
  });

  it('reads "X\'s government did not oppose the deal" as the country letting it happen', () => {
    expect(of("Vestria's government did not oppose the production cap.")).toContain('Vestria support auto:output-cap');
  });

  it('reads "such a move" as the act named last, and "the move by X to" as its own', () => {
    expect(of('Sudmark wants binding arbitration. Norland has warned against such a move.')).toContain('Norland oppose auto:arbitration');
    expect(of('Sudmark wants binding arbitration. Norland welcomed the move by Vestria to raise wages.').filter((s) => s.startsWith('Norland') && s.includes('arbitration'))).toEqual([]);
  });

  it('reads dropping a threat of arbitration as no longer wanting it', () => {
    expect(of('Norland agreed to drop its threat of arbitration.')).toContain('Norland oppose auto:arbitration');
  });
});

describe('machine-translated reports and bracketed acronyms', () => {
  it('reads "the bilateral cease of fire" as the ceasefire, held by both signatories named through a government and an acronym', () => {
    const found = all('The Government of Norland and the Free Hills Front (FHF) signed this Thursday the prolongation of the bilateral cease of fire.');
    expect(found.sort()).toEqual(['Free Hills Front support auto:ceasefire', 'Norland support auto:ceasefire']);
  });

  it('reads the calques "accepted to" and "oppose to" as "agreed to" and "oppose"', () => {
    expect(all('The FHF accepted to respect the cease of fire.')).toContain('Free Hills Front support auto:ceasefire');
    expect(all('Norland did not oppose to the cease of fire.')).toContain('Norland support auto:ceasefire');
  });
});
