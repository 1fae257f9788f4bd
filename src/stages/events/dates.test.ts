import { describe, expect, it } from 'vitest';
import { GATED_PARSER_COUNT, resolveDates } from './dates.js';

describe('chrono parsers skipped where their pattern cannot end', () => {
  it('reads the duration parsers of this chrono (none skipped would mean another chrono: see dates.ts)', () => {
    expect(GATED_PARSER_COUNT).toBe(2);
  });

  it('still finds durations before and after, where the skipped parsers are run', () => {
    expect(resolveDates('Three days ago the union walked out.', '2024-05-15', 'past')).toEqual([{ index: 0, text: 'Three days ago', date: '2024-05-12' }]);
    expect(resolveDates('Two weeks later it signed.', '2024-05-15', 'past').map((m) => m.text)).toEqual(['Two weeks later']);
    expect(resolveDates('The envoy flew out on Friday without a deal.', '2024-05-15', 'past').map((m) => m.text)).toEqual(['on Friday']);
  });
});
