/**
 * Reported positions the stage missed on PolNeAR dev (session 20), pinned with invented sentences: an intention
 * reported by its "to" clause.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-reported-speech-s20');
const indirect = (sentence: string) => runQuotes(`Talks\n\nFREDVILLE (Reuters) - ${sentence}\n`, kb).quotes.filter((q) => q.kind === 'indirect');
const texts = (sentence: string) => indirect(sentence).map((q) => q.text);

describe('a verb of intending with its "to" clause', () => {
  it('reports the clause as the position its subject holds', () => {
    const [q] = indirect('The Sylvanian delegation wants to reopen the northern channel before the winter.');
    expect(q).toMatchObject({ text: 'to reopen the northern channel before the winter', cue: { text: 'wants' }, source: { text: 'The Sylvanian delegation' } });
    expect(texts('Mr. Ode sought to block the tariff bill in the upper house.')).toEqual(['to block the tariff bill in the upper house']);
    expect(texts('Ms. Vale plans to visit Fredville in May.')).toEqual(['to visit Fredville in May']);
  });

  it('reads "hope" and "expect" with "to" as intentions, never in the passive', () => {
    expect(texts('Mr. Ode hopes to reopen the harbour by May.')).toEqual(['to reopen the harbour by May']);
    expect(texts('The accord is expected to be ratified next month.')).toEqual([]);
  });

  it('reports nothing without the clause', () => {
    expect(texts('He wants a deal by Friday.')).toEqual([]);
  });

  it('is no cue as a noun or as a participle after a noun', () => {
    expect(texts('Freedonia did not unveil plans to pay for the new harbour.')).toEqual([]);
    expect(texts('The board is a resource for anyone wanting to learn more about the harbour.')).toEqual([]);
  });
});

describe('an impersonal aside before "that"', () => {
  it('reports no one', () => {
    expect(texts('It is worth noting that the harbour has been closed since May.')).toEqual([]);
    expect(texts('It goes without saying that the tariff hurts the fishermen.')).toEqual([]);
  });

  it('leaves a participle hung on a speaker alone', () => {
    expect(texts('Ms. Vale spoke for an hour, noting that the harbour has been closed since May.')).toEqual(['the harbour has been closed since May']);
  });
});

describe('a verb of attacking, defending, backing or describing with its object', () => {
  it('reports the object as the position, without the time, medium or clause of taking it', () => {
    const [q] = indirect('The fishermen’s union attacked the harbour board in early-morning tweets.');
    expect(q).toMatchObject({ text: 'the harbour board', cue: { text: 'attacked' }, source: { text: 'The fishermen’s union' } });
    expect(texts('Mr. Ode has defended the tariff as the only way to save the fleet.')).toEqual(['the tariff as the only way to save the fleet']);
    expect(texts('The Sylvanian delegation backed the ceasefire plan on Monday.')).toEqual(['the ceasefire plan']);
    expect(texts('Ms. Vale described the tariff as a tax on the poor when she ran for office.')).toEqual(['the tariff as a tax on the poor']);
  });

  it('is no cue as a noun or a particle', () => {
    expect(texts('The board needs training, information and support to reopen the harbour.')).toEqual([]);
    expect(texts('The union helped her beat back a challenge from the mayor.')).toEqual([]);
    expect(texts('The attacks on the harbour board continued for a week.')).toEqual([]);
  });
});

describe('a phrase set off by commas between the verb and "that"', () => {
  it('is skipped to the clause', () => {
    const [q] = indirect('Mr. Ode said, in a statement on Monday, that the harbour would reopen.');
    expect(q).toMatchObject({ text: 'the harbour would reopen', cue: { text: 'said' }, source: { text: 'Mr. Ode' } });
    expect(texts('The delegation continues to insist, most recently in an interview with a radio station, that the tariff must go.')).toEqual(['the tariff must go']);
  });
});

describe('a negated verb of saying before a question', () => {
  it('reports the open question as the speaker’s, with the speaker before the auxiliary', () => {
    const [q] = indirect('But Mr. Ode isn’t saying if Freedonia broke any laws.');
    expect(q).toMatchObject({ text: 'if Freedonia broke any laws', cue: { text: 'saying' }, source: { text: 'Mr. Ode' } });
    expect(texts('Lawmakers have not said when they would take up the tariff bill.')).toEqual(['when they would take up the tariff bill']);
  });

  it('leaves an unnegated "said when" to tell when it was said', () => {
    expect(texts('Ms. Vale said when she arrived.')).toEqual([]);
  });
});

describe('a noun of undertaking or fearing with its clause', () => {
  it('reports an agreement or a refusal by its "to" clause', () => {
    const [q] = indirect('The two countries signed an agreement to allow trucks to cross the border.');
    expect(q).toMatchObject({ text: 'to allow trucks to cross the border', source: { text: 'The two countries' } });
    expect(texts('Lawmakers were angered by Mr. Ode’s refusal to testify before the committee.')).toEqual(['to testify before the committee']);
  });

  it('reports a concern or a fear only when someone owns it', () => {
    expect(texts('Officials shared Ms. Vale’s concern that the harbour would close.')).toEqual(['the harbour would close']);
    expect(texts('The move raised concerns that the harbour would close.')).toEqual([]);
  });
});

describe('a position named by a noun and a copula, or an adjective of conviction', () => {
  it('reports "X’s view is that A" with the possessor as the source', () => {
    const [q] = indirect('Ms. Vale’s view is that the tariff should go.');
    expect(q).toMatchObject({ text: 'the tariff should go', source: { text: 'Ms. Vale' } });
    expect(texts('His position is that the harbour must stay open.')).toEqual(['the harbour must stay open']);
  });

  it('reports "X is convinced that A" with the subject as the source', () => {
    const [q] = indirect('Sylvanian officials were confident that the accord would hold.');
    expect(q).toMatchObject({ text: 'the accord would hold', cue: { text: 'confident' }, source: { text: 'Sylvanian officials' } });
    expect(texts('Ms. Vale remained adamant that the tariff must go.')).toEqual(['the tariff must go']);
  });

  it('reports nothing for an empty subject or a conviction only hoped for', () => {
    expect(texts('It is certain that the harbour will close.')).toEqual([]);
    expect(texts('Mr. Ode could sign the accord, but only if he can be convinced that it is fair.')).toEqual([]);
  });
});

describe('an opening "In X’s view,"', () => {
  it('attributes the rest of the sentence to its holder', () => {
    const [q] = indirect('In Ms. Vale’s view, the tariff should go.');
    expect(q).toMatchObject({ text: 'the tariff should go', source: { text: 'Ms. Vale' } });
    expect(indirect('In the view of Sylvanian officials, the tariff should go.')[0]).toMatchObject({ text: 'the tariff should go', source: { text: 'Sylvanian officials' } });
  });

  it('leaves an opening of time alone', () => {
    expect(texts('In the end, the tariff should go.')).toEqual([]);
  });
});
