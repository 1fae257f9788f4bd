/**
 * A contracted negation ("can't", "doesn't", "didn't") reverses the verb after it as "not" does, and what is not given
 * up ("did not drop its demand") is kept; a concession ("It is
 * not everything we asked for, but it is a deal we can live with") backs the deal; urging others to avoid a thing
 * opposes it; and a condition belongs to the clause it follows, ending where the quotation closes. Invented sentences
 * about fictional talks between Norland and Sudmark.
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

describe('a contracted negation', () => {
  it.each([
    ["Norland can't accept the quota swap.", 'Norland:oppose:auto:quota-exchange'],
    ['Norland can’t accept the quota swap.', 'Norland:oppose:auto:quota-exchange'],
    ["Norland doesn't support the quota swap.", 'Norland:oppose:auto:quota-exchange'],
    ["Norland didn't oppose the quota swap.", 'Norland:support:auto:quota-exchange'],
    ["Norland doesn't want the sanctions.", 'Norland:oppose:auto:sanctions'],
    ["Norland doesn't want the sanctions lifted.", 'Norland:support:auto:sanctions'],
    ['Norland does not want the sanctions lifted.', 'Norland:support:auto:sanctions'],
    // What is not given up is kept.
    ["Norland didn't back away from its demand for a quota swap.", 'Norland:support:auto:quota-exchange'],
    ['Norland never abandoned the quota swap.', 'Norland:support:auto:quota-exchange'],
    ['Norland did not drop its demand for a quota swap.', 'Norland:support:auto:quota-exchange'],
    // Others share what Norland does.
    ["Norland isn't the only country ready to accept the quota swap.", 'Norland:support:auto:quota-exchange'],
  ])('%s', (sentence, expected) => {
    expect(stancesOf(sentence)).toEqual([expected]);
  });
});

describe('a concession', () => {
  it.each([
    'Norland said: "It is not everything we asked for, but it is a quota swap we can live with."',
    'Norland said: "This is not the quota swap we wanted in January, but it is a quota swap we can stand behind."',
    'Norland said: "It is not the quota swap that we wanted, it is the quota swap that was possible."',
  ])('%s', (sentence) => {
    expect(stancesOf(sentence)).toEqual(['Norland:support:auto:quota-exchange']);
  });

  it('still reads a plain refusal before "but"', () => {
    expect(stancesOf('Norland did not accept the quota swap, but it is still talking to Sudmark.')).toEqual(['Norland:oppose:auto:quota-exchange']);
  });
});

describe('urging others to avoid a thing', () => {
  it.each(['Norland urged both sides to avoid a strike.', 'Norland urged Sudmark to avoid a strike.', 'Norland, which had urged the two sides to avoid a strike, said nothing more.'])('%s', (sentence) => {
    expect(stancesOf(sentence)).toEqual(['Norland:oppose:auto:strike']);
  });
});

describe('where a condition belongs', () => {
  const said = 'We remain committed to the quota swap, and we are prepared to review our sanctions policy if the parties make progress,';
  const text = `"${said}" Norland said.`;
  const found = () => fixtureStances(text, ACTORS, kb, { quotes: [{ text: said, speaker: 'Norland', kind: 'direct' }] });

  it('leaves a coordinated clause with its own subject and object out of the first stance', () => {
    expect(found().find((s) => s.proposition === 'auto:quota-exchange')).toMatchObject({ stance: 'support' });
  });

  it('ends the condition where the quotation closes', () => {
    const review = found().find((s) => s.proposition === 'auto:sanctions');
    expect(review).toMatchObject({ stance: 'conditional' });
    expect(review?.condition).toBe('if the parties make progress');
  });
});

describe('the one thing a refusal leaves out', () => {
  it.each(['Norland would not negotiate on any basis other than a quota swap.', 'Norland rejected every plan except the quota swap.'])('%s', (sentence) => {
    expect(stancesOf(sentence)).toEqual(['Norland:support:auto:quota-exchange']);
  });
});

describe('"exclude" for "rule out", as translations write it', () => {
  it('reads a condition on what is not excluded as conditional, and excluding as opposing', () => {
    expect(stancesOf('Norland does not exclude a quota swap, on condition that the smallest boats are protected.')).toEqual(['Norland:conditional:auto:quota-exchange']);
    expect(stancesOf('Norland excluded any quota swap.')).toEqual(['Norland:oppose:auto:quota-exchange']);
  });
});

describe('"the two leaders"', () => {
  it('are the two people named together before', () => {
    const text = 'Norland President Ola Berg and Sudmark President Anna Lind met on Monday. The two leaders agreed to a quota swap.';
    // (People first: their names take the country's name inside them.)
    const actors: FixtureActor[] = [
      { name: 'Ola Berg', type: 'person', party: 'norland', surfaces: [['Norland President Ola Berg', 'name']] },
      { name: 'Anna Lind', type: 'person', party: 'sudmark', surfaces: [['Sudmark President Anna Lind', 'name']] },
      ...ACTORS,
    ];
    const found = fixtureStances(text, actors, kb).map(({ actor, stance }) => `${actor}:${stance}`);
    expect(found).toEqual(expect.arrayContaining(['Ola Berg:support', 'Anna Lind:support']));
  });
});

describe('urging a side not to give up', () => {
  it('wants what it would give up kept', () => {
    expect(stancesOf('Talks on the quota swap go on. Norland urged Sudmark not to walk away.')).toContain('Norland:support:auto:quota-exchange');
  });
});
