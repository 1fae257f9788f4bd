/**
 * Stance defects found reading reports on negotiations no pack covers (session 10 QA), pinned with invented
 * sentences about fictional talks between Norland and Sudmark: a possessor speaking through its government, a
 * second infinitive of the governing verb, a verb's bare form after an article, a mediating body that is not
 * left, and the thing agreed to named by its own phrase.
 */
import { describe, expect, it } from 'vitest';
import { findMembershipObjects } from '../../corpus/propositions.js';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Elena Varga', type: 'person', party: null, surfaces: [['Elena Varga', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('unseen-report stance defects', () => {
  it('reads "Norland\'s government agreed to lift X and to free Y" as Norland against X and for Y', () => {
    const r = stancesOf("Norland's government agreed on Thursday to lift the export ban on candidate Elena Varga and to free 120 political prisoners.");
    expect(r).toContain('Norland:oppose:auto:export-ban');
    expect(r).toContain('Norland:support:auto:prisoner-release');
    expect(r.some((x) => x.startsWith('Elena Varga'))).toBe(false);
  });

  it('reads "give Sudmark a veto" as no stance of Sudmark\'s, but "promised a veto" as the promiser\'s', () => {
    const r = stancesOf('Norland rejected any deal that would give Sudmark a veto over future dams.');
    expect(r.filter((x) => x.startsWith('Sudmark'))).toEqual([]);
  });

  it('does not read walking out of talks a union mediated as leaving the union', () => {
    const text = 'Norland walked out of African Union-mediated talks on Monday.';
    expect(findMembershipObjects(text, 0, text.length)).toEqual([]);
  });

  it('names what is agreed by its own phrase ("agree a filling schedule")', () => {
    expect(stancesOf('Norland said it was ready to agree a filling schedule.')).toContain('Norland:support:auto:filling-schedule');
  });
});

describe('a reception in a capital', () => {
  const CAPITALS: FixtureActor[] = [
    { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name'], ['Nordby', 'metonym']] },
    { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name'], ['Geneva', 'metonym']] },
  ];
  const of = (text: string) => fixtureStances(text, CAPITALS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

  it('reads "the truce was welcomed cautiously in Nordby" as Norland\'s, but "signed in Geneva" as a venue', () => {
    expect(of('Sudmark proposed a ceasefire on Monday. The ceasefire was welcomed cautiously in Nordby.')).toContain('Norland:support:auto:ceasefire');
    expect(of('Norland and its neighbour met on Monday. The ceasefire was signed in Geneva.').filter((x) => x.startsWith('Sudmark'))).toEqual([]);
  });
});

describe('objects and coordinations from QA 8', () => {
  it('reads "proposed cutting X and banning Y" as for the ban, the second gerund governed by "proposed"', () => {
    const r = stancesOf('Delegates argued over a ban on chemicals. Norland proposed cutting plastic production by 2040 and banning a list of chemicals.');
    expect(r).toContain('Norland:support:auto:ban');
    expect(r).not.toContain('Norland:oppose:auto:ban');
  });

  it('knows observers, a border crossing and a keyed rule as objects', () => {
    expect(stancesOf('Norland said it would now accept observers from any member state.')).toContain('Norland:support:auto:observers');
    expect(stancesOf('Norland insisted on the consensus rule.')).toContain('Norland:support:auto:consensus-rule');
    expect(stancesOf('Norland agreed to reopen the border crossing.').some((x) => x.startsWith('Norland:support:auto:') && x.includes('crossing'))).toBe(true);
  });
});

describe('a reopening on a condition', () => {
  it('reads "would reopen the crossing provided that the ceasefire held" as conditional, and the ceasefire holding as wanted', () => {
    const r = stancesOf('Norland said it would reopen the border crossing to traders provided that the ceasefire held for two weeks.');
    expect(r.filter((x) => x.includes('crossing'))).toEqual(['Norland:conditional:auto:border-crossing']);
    expect(r.filter((x) => x.includes('ceasefire'))).toEqual(['Norland:support:auto:ceasefire']);
  });
});

describe('questions inside a sentence', () => {
  it('reads "Why should Norland sign a deal that ..., its minister asked" as Norland against it', () => {
    expect(stancesOf('Why should Norland sign a trade deal that hands its farmland to foreign firms, its trade minister asked lawmakers.')).toEqual(['Norland:oppose:auto:trade-deal']);
  });

  it('takes no stance from an open question quoted before its answer', () => {
    const r = stancesOf('"Will Norland sign the trade deal?" a reporter asked.');
    expect(r).toEqual([]);
  });
});

describe('a bare head pointing back to the keyed object named with it', () => {
  it('reads "the bid" after "a takeover bid" as the takeover, and "the ban" after "a ban on wheat exports" as that ban', () => {
    expect(stancesOf('Sudmark has received a takeover bid from a rival. Norland said it would back the bid.')).toContain('Norland:support:auto:takeover');
    expect(stancesOf('Sudmark imposed a ban on wheat exports. Norland urged Sudmark to lift the ban.')).toContain('Norland:oppose:auto:export-ban');
  });
});

describe('review fixes', () => {
  it('keeps a stance before a quoted question by someone else', () => {
    expect(stancesOf('Norland welcomed the ceasefire, though Sudmark asked: "Will it hold?"')).toContain('Norland:support:auto:ceasefire');
  });

  it('reads neither "the fighting that followed" nor "far from the capital" as a stance', () => {
    expect(stancesOf('Norland said the fighting that followed the ceasefire had stopped.').filter((x) => x.startsWith('Norland:oppose'))).toEqual([]);
    expect(stancesOf('Norland said the miners, far from the capital, would keep the ceasefire.')).not.toContain('Norland:oppose:auto:ceasefire');
  });

  it('gives "On Monday, its members voted for X" to the body named before', () => {
    expect(stancesOf('Norland called a vote. On Monday, its members voted for the fishing moratorium.')).toContain('Norland:support:auto:moratorium');
  });
});
