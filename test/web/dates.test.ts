import { describe, expect, it } from 'vitest';
import { fmtDate } from '../../web/src/dom.js';

describe('fmtDate', () => {
  it('shows a month-only date (YYYY-MM) as the month, not as a time of its first day', () => {
    const month = fmtDate('2027-10');
    expect(month).toBe(new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('2027-10-15T00:00:00Z')));
    expect(month).not.toMatch(/\d{1,2}:\d{2}/);
    expect(fmtDate('2027-10-12')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2027-10-12T00:00:00Z')));
  });
});
