/**
 * Quote defects found reading reports on negotiations no pack covers (QA pass 13: news-bargaining arbitration,
 * a water-for-energy barter, a hostage release), pinned with invented names: an attribution followed by a time
 * and a second clause, or by a named addressee and a participle; a title with a long complement before the
 * name it describes; another country's minister; "claimed" with a deed as object; a content that goes on past
 * an "and to"; "the association" after a body with "Association" in its name.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-qa13-quotes');
const run = (text: string) => runQuotes(text, kb);
const indirect = (text: string) => run(text).quotes.filter((q) => q.kind === 'indirect');

describe('an attribution in the middle of a lead', () => {
  it('reports the clause before it when a time and another clause follow', () => {
    const qs = indirect('Talks\n\nFREDVILLE, Sept 8 (AFP) - Freedonia has opened talks with the group holding two engineers, a government spokesman said on Monday, five months after the two were kidnapped.\n');
    expect(qs.map((q) => q.text)).toEqual(['Freedonia has opened talks with the group holding two engineers']);
  });

  it('reports the clause before "sources told <outlet>, contradicting ..."', () => {
    const qs = indirect('Ransom\n\nFREDVILLE, Nov 5 (Harbour Observer) - A ransom was paid before the engineers were freed, two regional security sources told the Harbour Observer, contradicting Sylvania\'s denial.\n');
    expect(qs[0]).toMatchObject({ text: 'A ransom was paid before the engineers were freed', source: { text: 'two regional security sources' } });
  });
});

describe('the speaker', () => {
  it('is the name set off after a title with a long complement', () => {
    const { quotes, speakerOf } = run("Fees\n\nFREDVILLE (Reuters) - Zentrix's director of public policy for Freedonia and Sylvania, Mara Quint, said the company would not accept a process that set a price for content.\n");
    expect(speakerOf(quotes.find((q) => q.kind === 'indirect'))).toBe('Mara Quint');
  });

  it("is not another country's minister named before", () => {
    const { quotes, speakerOf } = run('Hostages\n\nFREDVILLE (AFP) - Sylvanian Foreign Minister Orla Brandt said he had passed a first set of demands to Fredville.\n\nFreedonia\'s foreign minister said Fredville would support any negotiated release.\n');
    expect(speakerOf(quotes.find((q) => q.text.startsWith('Fredville would support')))).toBe('Freedonia');
    expect(speakerOf(quotes.find((q) => q.text.startsWith('he had passed')))).toBe('Orla Brandt');
  });

  it('of "the association said" is the body whose name ends in Association', () => {
    const text = "Fees\n\nFREDVILLE (Reuters) - The Coastal Publishers' Association asked the Fair Trading Authority on Monday to appoint an arbitrator.\n\nThe platform offered $6 million a year for three years, the association said.\n";
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('The platform offered')))).toBe("Coastal Publishers' Association");
  });
});

describe('what is reported', () => {
  it('is nothing when "claimed" takes a deed as its object', () => {
    expect(indirect('Hostages\n\nFREDVILLE (AFP) - The engineers are held by the Kestrel Front, the group that has claimed the kidnapping in a video released in May.\n')).toEqual([]);
    expect(indirect('Vote\n\nFREDVILLE (AFP) - The rebels claimed the attack was a hoax.\n').map((q) => q.text)).toEqual(['the attack was a hoax']);
  });

  it('goes on past "and to" up to a second predicate', () => {
    const qs = indirect('Freed\n\nFREDVILLE (Reuters) - Foreign Minister Ivo Marr said Fredville was grateful to Sylvania and to the mediators and declined to say whether any payment had been made.\n');
    expect(qs.map((q) => q.text)).toEqual(['Fredville was grateful to Sylvania and to the mediators']);
  });
});
