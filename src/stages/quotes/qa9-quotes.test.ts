/**
 * Quote defects found on reports about negotiations no pack covers (QA pass 9), rebuilt with invented
 * names: "she" after a speaker named in apposition to a role with a complement of place, an appeal inside a
 * clause that a closing "he said" reports, and a fragment inside a reported clause followed by a
 * concessive clause with a verb of saying of its own.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-qa9-quotes');
const run = (text: string) => runQuotes(text, kb);

describe('a name in apposition to a role with a complement of place', () => {
  it('is the speaker of its clause and who "she" is next', () => {
    const text =
      'Government spokesman Karim Tahiri said no release had been proposed. "There was no offer," Tahiri told reporters.\n\n' +
      'The Sylvanian Liberation Front\'s representative in Europe, Amina Lahbiri, said Fredville was "rewriting the record". "The delegation proposed it, and the envoy saw it," she said.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('Fredville was')))).toBe('Amina Lahbiri');
    expect(speakerOf(quotes.find((q) => q.text.startsWith('The delegation proposed')))).toBe('Amina Lahbiri');
  });
});

describe('a closing "he said" after an appeal', () => {
  it('reports the whole clause; the appeal is part of what was said', () => {
    const text = 'Guild chairman Juho Rask said the guild would now seek a rise of 12%.\n\nThe guild\'s board will ask members to renew the strike mandate in a vote next week, he said.';
    const { quotes, speakerOf } = run(text);
    const q = quotes.find((x) => x.text.includes('renew the strike mandate'));
    expect(q?.text).toBe("The guild's board will ask members to renew the strike mandate in a vote next week");
    expect(speakerOf(q)).toBe('Juho Rask');
  });

  it('leaves a nested report by another verb of saying to its own speaker ("X said A, the agency reported")', () => {
    const text = 'Freedonian Trade Minister Alma Torvik said the talks would resume on Monday, the Daily Lantern reported.';
    const { quotes, speakerOf } = run(text);
    const q = quotes.find((x) => x.text.startsWith('the talks would resume'));
    expect(speakerOf(q)).toBe('Alma Torvik');
  });
});

describe('a fragment inside a reported clause, then "even though" and another verb of saying', () => {
  it('is the reported clause\'s speaker, not the concession\'s subject', () => {
    const text =
      'Sylvanian Fisheries Minister Erik Holm said the arrangement was "the best news for the stock in fifteen years", even though Sylvan City had earlier said it would sign only if all coastal states did.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.kind === 'partial' && q.text.startsWith('the best news')))).toBe('Erik Holm');
  });
});
