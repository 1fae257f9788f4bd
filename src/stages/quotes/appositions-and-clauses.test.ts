/**
 * Speakers on invented reports: a name in apposition after a title source ("said its leader, Jane Roe"), the
 * subject of a coordinated clause or a fronted "For X," before a pronoun, and a
 * fragment under a verb of deciding inside the clause a speaker reports.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-appositions');
const speakerOfQuote = (text: string, words: string): string | null => {
  const { quotes, speakerOf } = runQuotes(text, kb);
  return speakerOf(quotes.find((q) => q.kind !== 'indirect' && q.text.includes(words)));
};

describe('a name in apposition to the source', () => {
  it('is the speaker, not the body the title names', () => {
    const text = 'The Freedonian Trawlermen\'s Association welcomed the line. "There is no room for more boats up there," said its leader, Halvard Emberlin.';
    expect(speakerOfQuote(text, 'no room for more boats')).toBe('Halvard Emberlin');
  });
  it('after a long title and before a relative clause', () => {
    const text = 'The chief of the delegation of the Popular Liberation Front, Osvaldo Teranza, that last month had said the group would not talk "with a gun to its head", defended the change.';
    expect(speakerOfQuote(text, 'with a gun to its head')).toBe('Osvaldo Teranza');
  });
});

describe('a pronoun after a clause subject or a fronted holder', () => {
  it('is the subject of the clause after ", but", not the previous speaker', () => {
    const text = [
      'Sylvanian negotiator Bartolo Quennick told the plenary that a cap was "outside the mandate" and would "punish developing economies."',
      'Freedonia backs a binding target, but Freedonian lead negotiator Ingrid Vasselmark signalled the bloc could accept a softer formulation. "We could live with a text that sets the direction now," she said.',
    ].join('\n\n');
    expect(speakerOfQuote(text, 'We could live with a text')).toBe('Ingrid Vasselmark');
  });
  it('is the person of a fronted "For the analyst X,"', () => {
    const text = [
      'Senator Marisol Pedraventa said the deal "rewards the criminals with a fund".',
      'For the analyst Lucinda Oterhaug, of the Fredville Peace Institute, the suspension is a real advance but fragile. "The question is whether the fronts will obey," she said.',
    ].join('\n\n');
    expect(speakerOfQuote(text, 'whether the fronts will obey')).toBe('Lucinda Oterhaug');
  });
  it('"the diplomat" is the envoy just named in apposition ("The special envoy of Freedonia, X,")', () => {
    const text = [
      '"We made a gesture of peace," said rebel commander Osvaldo Teranza.',
      'The special envoy of Freedonia, Maria Aalvik, celebrated the result. "This shows that the process is alive," said the diplomat.',
    ].join('\n\n');
    expect(speakerOfQuote(text, 'the process is alive')).toBe('Maria Aalvik');
  });
});

describe('a fragment inside the clause a speaker reports', () => {
  it('under a verb of deciding is the reporting speaker\'s wording', () => {
    const text = 'Developing countries want a fund. Sylvania\'s environment minister, Amara Nkwelle, said African states would not accept a treaty "that gives us obligations and gives others the bill." Wealthy countries prefer other channels.';
    expect(speakerOfQuote(text, 'gives others the bill')).toBe('Amara Nkwelle');
  });
});

describe('a reported clause without "that" whose verb is an irregular past', () => {
  it('is a report ("said the arrangement bought time")', () => {
    const { quotes } = runQuotes('Ann Emberlin, an economist at the Example Institute, said the arrangement bought time for both fleets.', kb);
    expect(quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(['the arrangement bought time for both fleets']);
  });
});

describe('a fragment with no cue in the last coordinated clause', () => {
  it('belongs to that clause\'s subject, not the sentence\'s', () => {
    const text = 'The Progress Party, which campaigned on thrift, has been reluctant, but Halvard Emberlin has not ruled out borrowing "for clearly defined investments."';
    expect(speakerOfQuote(text, 'clearly defined investments')).toBe('Halvard Emberlin');
  });
});
