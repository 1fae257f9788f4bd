/**
 * Quote defects found reading reports on negotiations no pack covers (QA pass 12: a trade "reset", a junta's
 * ceasefire with ethnic armies), pinned with invented names: a main verb after a relative clause that reports
 * too, a report closed by another source's attribution, a verb coordinated after a report, and a relative clause
 * inside the subject of a second "that" clause.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-qa12-quotes');
const run = (body: string) => runQuotes(`Talks\n\nFREDVILLE, May 19 (Reuters) - ${body}\n`, kb);
const indirect = (body: string) => {
  const { quotes, speakerOf } = run(body);
  return quotes.filter((q) => q.kind === 'indirect').map((q) => ({ text: q.text, source: q.source?.text ?? null, speaker: speakerOf(q) }));
};

describe('the speaker', () => {
  it('of the main verb after a relative clause is the name the clause describes, and both report', () => {
    const qs = indirect('Freedonia, which in February had threatened to block any deal that did not guarantee access to Sylvanian waters, said it now backed the package and would no longer oppose the energy link.');
    expect(qs.map((q) => q.source)).not.toContain('in February had');
    expect(qs).toContainEqual({ text: 'it now backed the package and would no longer oppose the energy link', source: 'Freedonia', speaker: 'Freedonia' });
  });

  it('of a verb coordinated after a report is that report\'s speaker, not a subject inside it', () => {
    const qs = indirect('"No date was agreed," spokesman Ola Brek told reporters. He said the group would not leave the town while the army kept bombing villages, and accused the military of breaking the ceasefire.');
    expect(qs.find((q) => q.text.startsWith('the military'))?.source).toBe('He');
  });
});

describe('the content', () => {
  it('stops before another source\'s attribution closing the sentence', () => {
    const qs = indirect('Freedonia has told the commission it will not approve any agreement that does not guarantee its fishermen access beyond 2026, three diplomats said.');
    expect(qs[0]?.text).toBe('it will not approve any agreement that does not guarantee its fishermen access beyond 2026');
  });

  it('goes on past a relative clause inside the subject of a second "that" clause', () => {
    const qs = indirect('Ivo Tamm said Sylvania wanted a deal on fishing that ran for at least 12 years, and that a veterinary agreement, which would remove most checks on meat exports, would depend on progress on fish.');
    expect(qs.map((q) => q.text).join(' | ')).toMatch(/would depend on progress on fish$/);
  });
});

describe('the content of a report', () => {
  it('ends before the reporter thanks someone ("and thanked both")', () => {
    const qs = indirect('Ivo Tamm said the release followed long negotiations between Freedonia and Sylvania and thanked both for their trust.');
    expect(qs[0]?.text).toBe('the release followed long negotiations between Freedonia and Sylvania');
  });
});
