/**
 * Speakers on unseen reports (invented names): an unnamed officer described by a country's adjective speaks for
 * the country; a body named in apposition to "a ... group"; a body named by its kind in lower case after its
 * name; and "he" after a person named with the place they work ("X of Y said").
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-unnamed-officers');
const run = (text: string) => runQuotes(text, kb);

describe('an unnamed officer introduced by a demonym', () => {
  it('speaks for the country ("a Freedonian delegate said")', () => {
    const text = 'The talks ran late into the night. "This room is for water, not for borders," a Freedonian delegate said in the plenary.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('This room')))).toBe('Freedonia');
  });

  it('speaks for the country with a portfolio word before the noun ("a Sylvanian fisheries official")', () => {
    const text = 'The quota was never tabled. A Sylvanian fisheries official said Sylvan City "will not trade its fleet for a footnote".';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('will not trade')))).toBe('Sylvania');
  });

  it('is the person when a name follows the noun', () => {
    const text = 'The talks ran late. "We are not finished," a Freedonian negotiator Karl Brandvold said on Friday.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('We are not')))).toBe('Karl Brandvold');
  });
});

describe('a body named in apposition to a description', () => {
  it('speaks for a partial quote cued by the description', () => {
    const text = 'Not all members were convinced. A breakaway caucus group, Dockside Workers United, urged members to reject the offer, saying the raise "is an insult to every crane driver."';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('is an insult')))).toBe('Dockside Workers United');
  });
});

describe('a name before a civil body kind in lower case', () => {
  it('is the body that speaks ("The Kestrel Cattlemen association said")', () => {
    const text =
      'The Federal Mediation Board offered to host talks on Monday. Ranchers have voiced alarm. The Kestrel Cattlemen association said a strike would leave feedlots full and called on the company to "get a deal done".';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text === 'get a deal done'))).toBe('Kestrel Cattlemen');
  });
});

describe('"he" after a person named with where they work', () => {
  it('is the person, not the place of work', () => {
    const text = 'Economist Lars Vennberg of KV Teknik said the agreement followed the script. "Both sides got a trophy. The real test comes in the spring," he said.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('Both sides')))).toBe('Lars Vennberg');
  });
});

describe('a verb of judging in a later clause', () => {
  it('speaks for the fragments after it, not the reporting verb of the clause before', () => {
    const text =
      'The talks went on. Also the harbour pilots signalled that they could live with "a cap on the highest fees", but chairman Tomas Verlinde called the levy "a question of fairness" where his union is "not closed".';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text === 'a question of fairness'))).toBe('Tomas Verlinde');
    expect(speakerOf(quotes.find((q) => q.text === 'not closed'))).toBe('Tomas Verlinde');
  });
});

describe('a verb of defending with its "as"', () => {
  it('gives the fragment after "as" to the subject ("The premier defends it as “...”")', () => {
    const text = 'Premier Ola Brandvik proposed a wage freeze on Monday. The premier defends it as "the least painful measure" in a hard year.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text === 'the least painful measure'))).toBe('Ola Brandvik');
  });
});

describe('"repeated" as a reporting verb', () => {
  it('reports a "that" clause and the fragment quoted in it, and cues a quotation after it', () => {
    const text =
      'Mayor Ilse Danvers left the port authority at noon. She repeated that the fee rise "must be shelved" before any new round. Despite repeated calls for calm, the dockers walked out. "We will not move," Danvers repeated.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('the fee rise')))).toBe('Ilse Danvers');
    expect(speakerOf(quotes.find((q) => q.text === 'must be shelved'))).toBe('Ilse Danvers');
    expect(speakerOf(quotes.find((q) => q.text.startsWith('We will not move')))).toBe('Ilse Danvers');
    // "repeated calls for calm" reports nothing.
    expect(quotes.some((q) => q.text.includes('calls for calm'))).toBe(false);
  });
});

describe('a body\'s officer named after the title, inverted after "said"', () => {
  it('is the officer, with or without a comma before the name', () => {
    const lead = 'The Freedonian Green Party said the deal proved the company could not be rescued. ';
    const apposed = run(`${lead}"They want to pollute for free," said the party's environment spokeswoman, Clara Hollis.`);
    expect(apposed.speakerOf(apposed.quotes.find((q) => q.text.startsWith('They want')))).toBe('Clara Hollis');
    const joined = run(`${lead}"Five years is still five years," said the party's environment spokeswoman Clara Hollis.`);
    expect(joined.speakerOf(joined.quotes.find((q) => q.text.startsWith('Five years')))).toBe('Clara Hollis');
  });
});
