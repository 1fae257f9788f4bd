/**
 * QA pass 14: a border-crossing dispute settled by ministers reads as bargaining although it never says "talks": a
 * standoff eased, a demand dropped, a proposal lowered, no agreement on a fee, a team to settle the rest. Invented
 * countries and people.
 */
import { describe, expect, it } from 'vitest';
import { reportsNegotiation } from './propositions.js';

const sentencesOf = (text: string) => [...text.matchAll(/[^.!?]+[.!?]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('bargaining told without the word "talks"', () => {
  const report = [
    'Norland will reopen the Vesk crossing to Sudmark trucks from Thursday, easing a six-week standoff over duties.',
    'Its foreign minister said Norland had dropped its demand that Sudmark scrap the duties for good.',
    'Sudmark welcomed the reopening but said full traffic had to resume by October.',
    'The two ministers did not agree on the transit fee.',
    'Norland lowered its proposal to $35 per truck.',
    'A technical team will meet next month to settle the fee and the inspection rules.',
    'Trucks queued for miles on Tuesday.',
  ].join(' ');

  it('is a report of bargaining', () => {
    expect(reportsNegotiation(report, sentencesOf(report))).toBe(true);
  });

  it('is not when the same report only tells of trucks and weather', () => {
    const other = ['Trucks queued for miles on Tuesday.', 'Snow closed the pass for a day.', 'Drivers slept in their cabs.', 'The road reopened on Wednesday.', 'Prices of onions rose in the markets.', 'The weather service expects more snow.', 'Police directed traffic at the bridge.'].join(' ');
    expect(reportsNegotiation(other, sentencesOf(other))).toBe(false);
  });
});
