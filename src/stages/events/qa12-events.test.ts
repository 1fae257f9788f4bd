/**
 * Event defects found reading reports on negotiations no pack covers (QA passes 12 and 13: a copper-mine contract,
 * a ceasefire between a junta and ethnic armies, a trade "reset", a hostage release, a water barter), pinned with
 * invented names: a passive "backed by", manner "by telephone", a deal called a surrender, an accusation that is
 * rejected, a denial of a deed or of a report, a talks' end that concludes them, and "would no longer oppose".
 */
import { describe, expect, it } from 'vitest';
import { eventsWith, type FixtureEntity } from './testing.js';

const ENTITIES: FixtureEntity[] = [
  { name: 'Norland', type: 'country' },
  { name: 'Sudmark', type: 'country' },
  { name: 'Tarnby', type: 'country' },
  { name: 'Mara Quint', type: 'person' },
  { name: 'Zentrix', type: 'organization' },
  { name: 'Ivo Brandt', type: 'person' },
  { name: 'Velmont', type: 'country' },
];

const events = eventsWith(ENTITIES);

describe('who supports whom', () => {
  it('reads "X, backed by Y and Z," as Y and Z backing X', () => {
    const r = events('Norland, backed by Sudmark and Tarnby, has told the commission it will not approve any agreement that does not guarantee its fishermen access.');
    const support = r.filter((e) => e.type === 'SUPPORT');
    expect(support).toHaveLength(1);
    expect(support[0]).toMatchObject({ actors: ['Sudmark', 'Tarnby'], targets: ['Norland'] });
  });
});

describe('no event', () => {
  it('for a statement made "by telephone"', () => {
    expect(events('"We will not sign," spokesman Ivo Brandt said by telephone.').some((e) => e.type === 'CONSULT')).toBe(false);
    expect(events('Mara Quint spoke by telephone with Ivo Brandt on Monday.').some((e) => e.type === 'CONSULT')).toBe(true);
  });

  it('for a deal a critic calls a surrender', () => {
    expect(events('The opposition said the fishing deal was a surrender.').some((e) => e.type === 'RETREAT')).toBe(false);
    expect(events('Zentrix fighters surrendered to Norland on Monday.').some((e) => e.type === 'RETREAT')).toBe(true);
  });

  it('for an accusation that is rejected, nor for a report that is rejected', () => {
    const r = events('Ivo Brandt rejected the accusation and said Zentrix had agreed to withdraw.');
    expect(r.some((e) => e.type === 'ACCUSE')).toBe(false);
    expect(events('Mara Quint rejected the report as false.').some((e) => e.type === 'REJECT')).toBe(false);
  });

  it('for a denial of a deed or of a report', () => {
    expect(events('Norland denies paying ransom for the engineers.').some((e) => e.type === 'REJECT')).toBe(false);
    expect(events('Zentrix denied on Thursday that it had agreed to hand the town back.').some((e) => e.type === 'REJECT')).toBe(false);
    expect(events('Norland denied Sudmark access to the port.').some((e) => e.type === 'REJECT')).toBe(true);
  });

  it('for talks that ended in the result the sentence reports', () => {
    const r = events('Zentrix freed the three engineers on Friday, ending talks that Tarnby had mediated.');
    expect(r.some((e) => e.type === 'SANCTION')).toBe(false);
    expect(events('Norland ended talks with Sudmark on Friday.').some((e) => e.type === 'SANCTION')).toBe(true);
  });
});

describe('ending opposition', () => {
  it('"would no longer oppose" is a concession the speaker commits to, not a hypothetical refusal', () => {
    const r = events('Norland said on Tuesday it would no longer oppose the dam.');
    expect(r.some((e) => e.type === 'REJECT')).toBe(false);
    expect(r.find((e) => e.type === 'CONCEDE')).toMatchObject({ actors: ['Norland'], modality: 'future', negated: false });
  });
});

describe('places', () => {
  it('takes no place from another clause for an act in a clause of time', () => {
    const r = events('The agreement, reached after three days of talks in the Velmont city of Lindau, reopens the trade routes that have been closed since the fighting began.');
    expect(r.find((e) => e.type === 'ASSAULT')?.location ?? null).toBeNull();
  });
});

describe('a claim taken back and a protest named', () => {
  it('reads a withdrawn arbitration claim as a concession by the subject, not by the recipient of the first verb', () => {
    const r = events('Zentrix agreed on Thursday to give Norland a 30 percent stake in the mine and withdrew its $1.2 billion arbitration claim.');
    expect(r.some((e) => e.type === 'RETREAT')).toBe(false);
    expect(r.find((e) => e.type === 'CONCEDE')).toMatchObject({ actors: ['Zentrix'] });
  });

  it('gives no actor to a protest that is a verb\'s object or a clause\'s subject', () => {
    const r = events('Tarnby ordered police to clear the road blockade, ruling that the protest had become unlawful. Mara Quint staged a protest.');
    expect(r.filter((e) => e.type === 'PROTEST' || e.type === 'COERCE').map((e) => e.actors)).toEqual([[], [], ['Mara Quint']]);
  });
});

describe('who is acted on', () => {
  it("is the name a possessor qualifies (\"asked Sudmark's Zentrix\"), not the possessor", () => {
    expect(events("Norland asked Sudmark's Zentrix to raise the royalty it pays.").find((e) => e.type === 'REQUEST')?.targets).toEqual(['Zentrix']);
  });
});

describe('a verb coordinated after a report', () => {
  it("is the reporter's act, not that of a name closing the report", () => {
    const text = 'Ivo Brandt said the release followed long negotiations between Norland and Zentrix and thanked both for their trust.';
    const r = events(text, '2028-01-14', [{ content: 'the release followed long negotiations between Norland and Zentrix', speaker: 'Ivo Brandt' }]);
    expect(r.find((e) => e.trigger === 'thanked')?.actors).toEqual(['Ivo Brandt']);
  });
});
