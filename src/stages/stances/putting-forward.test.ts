/**
 * Putting a proposal forward, and readings around it: "tabled a compromise", "submitted a draft", "pitched a quota
 * swap" back what they put forward; a bare verb after a modal takes a gerund object ("would back restricting
 * access"); an if-clause in quotation marks still conditions ("would back a ban "if Oslo keeps closing the door"");
 * a noun before a vague head names it ("scope language"); a list is about what it lists; a comma between two
 * modifiers does not end a condition. Invented sentences about fictional talks between Norland and Sudmark.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('putting a proposal forward', () => {
  it('backs what a side tables, submits, presents, floats, pitches or counters with', () => {
    expect(stancesOf('Norland tabled a compromise on quotas.')).toContain('Norland:support:auto:quotas');
    expect(stancesOf('Norland submitted a new proposal on quotas.')).toContain('Norland:support:auto:quotas');
    expect(stancesOf('Norland presented a peace plan on Monday.')).toEqual(['Norland:support:auto:peace-plan']);
    expect(stancesOf('Norland pitched a quota swap.')).toEqual(['Norland:support:auto:quota-exchange']);
    expect(stancesOf('Sudmark countered with a quota swap.')).toEqual(['Sudmark:support:auto:quota-exchange']);
    expect(stancesOf('Norland made a new offer on quotas.')).toContain('Norland:support:auto:quotas');
  });

  it('puts nothing forward when the thing is no proposal, or a guess is reported', () => {
    expect(stancesOf('Norland presented evidence of the shelling.')).toEqual([]);
    expect(stancesOf('Norland made progress in the talks.')).toEqual([]);
    expect(stancesOf('Norland suggested a compromise was close.')).toEqual([]);
    expect(stancesOf('Norland sent troops to the border.')).toEqual([]);
  });
});

describe('objects of a bare verb after a modal', () => {
  it('reads a gerund after "would back" as the object', () => {
    expect(stancesOf('Norland would back restricting access to its ports.')).toEqual(['Norland:support:auto:restricting-access']);
    expect(stancesOf('Norland did not support issuing new licences.')).toEqual(['Norland:oppose:auto:issuing-licences']);
  });
});

describe('conditions and vague heads', () => {
  it('reads an if-clause inside quotation marks as the condition', () => {
    const r = fixtureStances('Norland would back a ban on trawlers "if Sudmark keeps closing the door".', ACTORS, kb);
    expect(r.map((x) => `${x.actor}:${x.stance}:${x.condition}`)).toEqual(['Norland:conditional:if Sudmark keeps closing the door']);
  });

  it('keeps a condition whole across a comma between two modifiers', () => {
    const r = fixtureStances('Norland said it could accept tighter scope language provided that Sudmark agreed to a longer, five-year contract.', ACTORS, kb);
    const accepted = r.find((x) => x.proposition === 'auto:scope-language');
    expect(accepted?.stance).toBe('conditional');
    expect(accepted?.condition).toBe('provided that Sudmark agreed to a longer, five-year contract');
    expect(r.filter((x) => x.actor === 'Sudmark')).toEqual([]);
  });

  it('reads a vague head with a noun before it as a thing, but not with an adjective', () => {
    expect(stancesOf('Norland could accept the scope language.')).toEqual(['Norland:support:auto:scope-language']);
    expect(stancesOf('Norland could accept strong language.')).toEqual([]);
    expect(stancesOf('Norland could accept general language.')).toEqual([]);
  });

  it('reads a list as what it lists, and "no longer objects" as support', () => {
    expect(stancesOf('Norland objects to a list of hazardous substances.')).toEqual(['Norland:oppose:auto:hazardous-substances']);
    expect(stancesOf('Norland no longer objects to a list of hazardous substances.')).toEqual(['Norland:support:auto:hazardous-substances']);
  });
});

describe('who proposed what, in clauses and nouns', () => {
  it('reads "<X>\'s proposal for <object>" as X backing it, whatever else the sentence does', () => {
    expect(stancesOf("Norland's proposal for a quota swap was discussed.")).toEqual(['Norland:support:auto:quota-exchange']);
    const r = stancesOf("Norland's proposal for a quota swap was rejected by Sudmark.");
    expect(r).toContain('Norland:support:auto:quota-exchange');
    expect(r).toContain('Sudmark:oppose:auto:quota-exchange');
  });

  it('reads a contact or "that" clause on an object, with the main verb after it', () => {
    expect(stancesOf('The quota swap Norland proposed was discussed.')).toEqual(['Norland:support:auto:quota-exchange']);
    expect(stancesOf('The quota swap that Norland proposed was rejected.')).toEqual(['Norland:support:auto:quota-exchange']);
  });

  it('gives a past passive with no agent no holder, but keeps an offer "could be approved only if"', () => {
    expect(stancesOf('The quota swap that Norland proposed was rejected.').filter((x) => x.includes('oppose'))).toEqual([]);
  });

  it('reads both names of "neither ... nor"', () => {
    const r = stancesOf('Neither Norland nor Sudmark accepted the quota swap.');
    expect(r).toContain('Norland:oppose:auto:quota-exchange');
    expect(r).toContain('Sudmark:oppose:auto:quota-exchange');
  });

  it('reads negotiators walking out over a thing as refusing it, not as a strike', () => {
    expect(stancesOf("Norland's negotiators walked out over the quota swap.")).toEqual(['Norland:oppose:auto:quota-exchange']);
  });
});
