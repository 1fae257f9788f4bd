/**
 * Quote defects behind stance misses in wire-copy passages (session 11), rebuilt with invented names: a
 * document "seen by" a news agency (the agency only saw it), a quotation standing as its own sentence whose
 * speaker the next sentence names ("That was the verdict of X", "X, chair of Y, was responding ..."), and a
 * quotation right after a wire dateline, which is direct.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-qa11-quotes');
const run = (text: string) => runQuotes(text, kb);

describe('a document seen by a news agency', () => {
  it('is the source; the agency that saw it is no speaker', () => {
    const text = 'Merger fight\n\nFREDVILLE (Reuters) - The Harbour Pilots\' Association has told members it will fight the planned merger, according to an internal memo seen by Reuters. The memo warned that pay would fall.\n';
    const { quotes, speakerOf } = run(text);
    const q = quotes.find((x) => x.kind === 'indirect' && x.text.startsWith('The Harbour Pilots'));
    expect(q?.source?.text).toBe('an internal memo');
    expect(speakerOf(q)).toBeNull();
  });
});

describe('a quotation standing as its own sentence', () => {
  it('speaks for the person "That was the verdict of" names next', () => {
    const text =
      'Vote date\n\nSYLVAN CITY (Reuters) - The electoral commission on Monday proposed June 9 as the date for local elections. "June 9 gives us time to clean the register. We could not ask for better." That was the verdict of Abena Quarshie, head of the monitoring group Civic Ballot Watch, who had warned that any later date would be unlawful.\n';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('June 9 gives us')))).toBe('Abena Quarshie');
    // "..., head of the group X, who had warned that ...": the relative is said of the person, not the group.
    expect(speakerOf(quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('any later date')))).toBe('Abena Quarshie');
  });

  it('speaks for the subject of the next sentence when that sentence reports a response', () => {
    const text =
      'Takeover\n\nFREDVILLE (Reuters) - "This bid is opportunistic, and we will not recommend it to shareholders." Ingrid Vastel, chair of Kolmar Paper, was responding on Tuesday to a takeover bid from a rival.\n';
    const { quotes, speakerOf } = run(text);
    const q = quotes.find((x) => x.text.startsWith('This bid is opportunistic'));
    expect(speakerOf(q)).toBe('Ingrid Vastel');
    expect(q?.kind).toBe('direct');
  });
});
