/**
 * Reported speech the stage read wrongly on PolNeAR dev (session 19), pinned with invented sentences: what is
 * not speech ("state" as a modifier, a temporal clause after "said", a verb with its own object after a
 * comma) and what is.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-reported-speech-s19');
const indirect = (sentence: string) => runQuotes(`Talks\n\nFREDVILLE (Reuters) - ${sentence}\n`, kb).quotes.filter((q) => q.kind === 'indirect');
const texts = (sentence: string) => indirect(sentence).map((q) => q.text);

describe('"state" as a modifier', () => {
  it('is no verb of saying before a lower-case word', () => {
    expect(texts('Some state officials praised the harbour plan but asked for more time.')).toEqual([]);
    expect(texts('The guard and state troopers will stay in Fredville through Sunday.')).toEqual([]);
  });

  it('still reports with "that"', () => {
    expect(texts('Ms. Vale states that the harbour will reopen in May.')).toEqual(['the harbour will reopen in May']);
  });
});

describe('a temporal clause right after "said"', () => {
  it('tells when it was said, not what', () => {
    expect(texts('"We are ready," Mr. Ode said as he entered the talks.')).toEqual([]);
    expect(texts('Ms. Vale said after the meeting broke up.')).toEqual([]);
  });

  it('is skipped when a clause of its own follows', () => {
    expect(texts('Mr. Ode said after the vote he would not accept the tariff.')).toEqual(['he would not accept the tariff']);
  });

  it('leaves a quantity opened by "as" alone', () => {
    expect(texts('Officials said as many as 300 fishermen had lost their licences.')).toEqual(['as many as 300 fishermen had lost their licences']);
  });
});

describe('a verb with its own object after a comma', () => {
  it('does not report the lead before it', () => {
    expect(texts('Campaigning in the north in 2019, he barely mentioned the fisheries.')).toEqual([]);
  });

  it('still closes an inverted report with a time, a place or an addressee', () => {
    expect(texts('The harbour will reopen in May, Mr. Ode said on Friday.')).toEqual(['The harbour will reopen in May']);
    expect(texts('The harbour will reopen in May, she told me.')).toEqual(['The harbour will reopen in May']);
  });
});
