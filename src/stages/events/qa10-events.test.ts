/**
 * Event defects found reading reports on negotiations no pack covers (QA pass 10: sea-access talks, a fisheries
 * treaty, a teachers' contract), pinned with invented names: the act a demand asks for (mandative subjunctive),
 * withdrawing a document, the content of a refusal, a date in a relative clause without "that", "two weeks ago",
 * "a change from Thursday", a dropped threat, "nobody asked", and a strike vote.
 */
import { describe, expect, it } from 'vitest';
import { eventsWith, type FixtureEntity } from './testing.js';

const ENTITIES: FixtureEntity[] = [
  { name: 'Norland', type: 'country' },
  { name: 'Sudmark', type: 'country' },
  { name: 'Tarnby', type: 'country' },
  { name: 'Kestrel Teachers Association', type: 'organization' },
  { name: 'Halvair School District', type: 'organization' },
];

const events = eventsWith(ENTITIES);

describe('events (QA 10)', () => {
  it('reads the act a demand asks for ("demands that Norland first withdraw") as no act done', () => {
    expect(events('Sudmark no longer demands that Norland first withdraw its forces from the coast.').filter((e) => e.type === 'RETREAT')).toEqual([]);
    expect(events('Sudmark demanded on Monday that Norland pull back its troops from the border.').filter((e) => e.type === 'RETREAT')).toEqual([]);
    // Without a demand coded for it, the act asked for stays, as one in view.
    expect(events('Tarnby recommended that Norland pull back its troops from the border.').filter((e) => e.type === 'RETREAT').map((e) => e.modality)).toEqual(['hypothetical']);
    // A finite verb after "that" reports what was done.
    expect(events('Sudmark said that Norland withdrew its troops from the border.').filter((e) => e.type === 'RETREAT').map((e) => e.modality)).toEqual(['asserted']);
  });

  it('reads withdrawing a memorandum or a proposal as no retreat, and withdrawing objections as a concession', () => {
    expect(events('Norland withdrew its memorandum with Tarnby on Monday.').filter((e) => e.type === 'RETREAT')).toEqual([]);
    expect(events('Norland withdrew the proposal after a day of talks.').filter((e) => e.type === 'RETREAT')).toEqual([]);
    expect(events('Norland withdrew its troops from the border on Monday.').filter((e) => e.type === 'RETREAT').map((e) => e.actors)).toEqual([['Norland']]);
    expect(events('Norland withdrew its objections to the quota.').map((e) => e.type)).toEqual(['CONCEDE']);
  });

  it('codes "agreed to the caps it had refused to accept two weeks ago" as one agreement and one earlier refusal', () => {
    const r = events('In a reversal, Halvair School District agreed to the class-size caps it had refused to accept two weeks ago.');
    expect(r.map((e) => e.type).sort()).toEqual(['AGREE', 'REJECT']);
    const agree = r.find((e) => e.type === 'AGREE')!;
    expect(agree).toMatchObject({ actors: ['Halvair School District'], modality: 'asserted', negated: false, date: null });
    expect(r.find((e) => e.type === 'REJECT')!.date).toBe('2027-12-31');
    // "refused to accept": the refusal codes the act refused; no second, negated agreement.
    expect(events('Halvair School District refused to accept hard caps on class sizes.').map((e) => e.type)).toEqual(['REJECT']);
  });

  it('dates "a week ago" by its day, not by that week\'s Monday', () => {
    // 2028-01-14 is a Friday; a week before is Friday 2028-01-07, not Monday 2028-01-03.
    expect(events('Norland rejected the offer a week ago.').find((e) => e.type === 'REJECT')?.date).toBe('2028-01-07');
  });

  it('does not date an act by the day a change is measured from', () => {
    const r = events('In a change from Thursday, Norland said it would accept a ten-year transition period.');
    expect(r.find((e) => e.type === 'AGREE')?.date).toBeNull();
  });

  it('reads a dropped threat as a concession, not a threat, and "nobody asked" as no request', () => {
    const r = events('Sudmark also dropped its threat to expel Norland from the mission.');
    expect(r.find((e) => e.type === 'CONCEDE')?.actors).toEqual(['Sudmark']);
    expect(r.filter((e) => e.type === 'THREATEN')).toEqual([]);
    expect(events('"Nobody in Tarnby asked Norland to renounce a naval base," the minister said.').find((e) => e.type === 'REQUEST')?.negated).toBe(true);
  });

  it('reads a vote to authorise a strike, and a strike vote, as no strike', () => {
    const labour = ' The union wants higher wages and the employers want smaller classes.';
    const vote = events(`Members of the Kestrel Teachers Association voted 94% to authorize a strike on Wednesday.${labour}`);
    expect(vote.filter((e) => e.type === 'PROTEST' && e.modality === 'asserted')).toEqual([]);
    const caption = events(`Teachers rally outside Halvair School District headquarters before the strike vote.${labour}`);
    expect(caption.filter((e) => e.type === 'PROTEST' && e.mode === 'boycott' && e.modality === 'asserted')).toEqual([]);
  });
});
