/**
 * Event defects found reading reports on negotiations no pack covers (QA pass 13: news-bargaining arbitration,
 * a water-for-energy barter, a hostage release), pinned with invented names: a past verb joined by "and" after a
 * modal's own verb, a preposition inside an apostrophed name, a release that is sought, "nothing has been agreed",
 * a title's list before the name it describes, demands that were met, a negotiated outcome, a separable "turn down",
 * a possessor inside the first verb's object, and a participle that only describes a person.
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
];

const events = eventsWith(ENTITIES);

const extractTargets = (text: string) => events(text).find((e) => e.type === 'AGREE')?.targets;

describe('modality', () => {
  it('does not carry a modal past "and" to a second, past-tense verb', () => {
    const r = events('Ivo Brandt said Norland would go ahead with the dam and rejected any veto by Sudmark.');
    expect(r.find((e) => e.trigger === 'rejected')).toMatchObject({ type: 'REJECT', modality: 'asserted', actors: ['Norland'] });
    const a = events('Mara Quint said Sudmark would not accept the dam without a study and accused Norland of cutting releases.');
    expect(a.find((e) => e.type === 'ACCUSE')?.modality).toBe('asserted');
    // A passive after the modal still reaches the second participle.
    expect(events('Mara Quint said the prisoners would be released and deported to Tarnby.').every((e) => e.modality !== 'asserted')).toBe(true);
  });

  it('reads a release that is sought or demanded as not done', () => {
    const r = events('Tarnby mediates as Norland seeks release of three foreign hostages.');
    const release = r.find((e) => e.type === 'RETREAT');
    expect(release?.modality).toBe('hypothetical');
    expect(release?.actors).toEqual([]);
  });

  it('negates an agreement that "nothing has been" reached', () => {
    expect(events('"Our role is to keep both sides talking. Nothing has been agreed," Ivo Brandt said.').find((e) => e.type === 'AGREE')?.negated).toBe(true);
  });
});

describe('who acts', () => {
  it('is the person a title set off by commas describes, not the places in the title', () => {
    const r = events("Zentrix's director of public policy for Norland and Sudmark, Mara Quint, said the company would not accept a process that set a price.");
    expect(r.find((e) => e.type === 'REJECT')?.actors).toEqual(['Mara Quint']);
  });

  it("is not a possessor inside the first verb's object", () => {
    const r = events("Norland said on Tuesday it would no longer oppose Sudmark's planned dam and offered to take a stake in the project.");
    expect(r.find((e) => e.trigger.startsWith('offered'))).toMatchObject({ type: 'AGREE', actors: ['Norland'], modality: 'asserted' });
  });

  it('acts on no one the writer names in a comment after the act ("a shift that leaves X ...")', () => {
    const e = extractTargets('Norland offered to take a stake in the dam, a shift that leaves Sudmark as the only country still resisting it.');
    expect(e).toEqual([]);
  });
});

describe('no named actor', () => {
  it('for a clause opened by "as" whose subject is a plural noun', () => {
    const r = events('Zentrix threatens to pull news from its site as Kestrel publishers seek arbitration.');
    expect(r.find((e) => e.type === 'REQUEST')?.actors).toEqual([]);
    expect(events('Norland agreed as talks resumed.').find((e) => e.type === 'AGREE')?.actors).toEqual(['Norland']);
  });
});

describe('no event', () => {
  it('for demands that were met or a negotiated outcome', () => {
    expect(events('Zentrix said it freed the engineers only after its demands had been met.').some((e) => e.type === 'CONSULT')).toBe(false);
    expect(events('Tarnby would support any negotiated release of the engineers.').some((e) => e.type === 'CONSULT')).toBe(false);
  });

  it('for a participle that describes a person in a caption', () => {
    expect(events('Photo caption: Relatives of kidnapped engineer Ivo Brandt at a vigil in Lindau, Sept 6.').some((e) => e.type === 'ASSAULT')).toBe(false);
    expect(events('Photo caption: Freed hostage Ivo Brandt steps off a plane at Kessel airport, Nov 2.').some((e) => e.type === 'RETREAT')).toBe(false);
    // A finite verb with its subject before it still reports the act.
    expect(events('Rebels kidnapped aid worker Ivo Brandt on Monday.').some((e) => e.type === 'ASSAULT')).toBe(true);
  });
});

describe('triggers and places', () => {
  it('reads a separable "turned the proposal down" as a refusal', () => {
    expect(events('Norland turned the proposal down, saying the reservoirs were national property.').find((e) => e.type === 'REJECT')).toMatchObject({ actors: ['Norland'], trigger: 'turned the proposal down' });
  });

  it('takes no place from a preposition inside an apostrophed name', () => {
    const r = events("Norland held talks with Jama'at Nasr al-Din on Monday.");
    expect(r.find((e) => e.type === 'CONSULT')?.location).toBeNull();
  });
});
