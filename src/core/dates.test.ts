import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isCalendarDate, shiftDate, utcDay } from './dates.js';

// The copies this module replaced, kept here to show it reads every date they were given the same way.
const claimsDayNumber = (ymd: string) => Math.floor(Date.parse(`${ymd.length === 7 ? `${ymd}-01` : ymd.slice(0, 10)}T00:00:00Z`) / 86_400_000);
const positionsDayNumber = (date: string) => Math.floor(Date.parse(date.length === 7 ? `${date}-01` : date) / 86_400_000);

const isoDay = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('dayNumber', () => {
  it('numbers days from 1970-01-01 UTC', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2025-03-11')).toBe(20158);
  });

  it('reads a month as its first day, a year as 1 January, and ignores a time after the day', () => {
    expect(dayNumber('2025-03')).toBe(dayNumber('2025-03-01'));
    expect(dayNumber('2025')).toBe(dayNumber('2025-01-01'));
    expect(dayNumber('2025-03-11T23:59:00+05:00')).toBe(dayNumber('2025-03-11'));
  });

  it('is null for a missing or unreadable date', () => {
    for (const d of [null, undefined, '', 'garbage', '2025-13-45', '11/03/2025']) expect(dayNumber(d)).toBeNull();
  });

  it('agrees with the copies it replaced on days and months', () => {
    fc.assert(
      fc.property(isoDay, fc.boolean(), (day, monthOnly) => {
        const date = monthOnly ? day.slice(0, 7) : day;
        expect(dayNumber(date)).toBe(claimsDayNumber(date));
        expect(dayNumber(date)).toBe(positionsDayNumber(date));
      }),
    );
  });
});

describe('shiftDate', () => {
  it('moves a date by whole days across month and year ends', () => {
    expect(shiftDate('2025-03-11', -14)).toBe('2025-02-25');
    expect(shiftDate('2024-12-30', 2)).toBe('2025-01-01');
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDate('2025-03', 2)).toBe('2025-03-03');
  });

  it('round-trips with dayNumber', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: -400, max: 400 }), (day, n) => dayNumber(shiftDate(day, n)) === dayNumber(day)! + n));
  });

  it('refuses an unreadable date', () => {
    expect(() => shiftDate('garbage', 1)).toThrow(RangeError);
  });
});

describe('utcDay and addDays', () => {
  it('format and move a Date by its UTC day', () => {
    const d = new Date(Date.UTC(2025, 2, 9, 12));
    expect(utcDay(d)).toBe('2025-03-09');
    expect(utcDay(addDays(d, -10))).toBe('2025-02-27');
    fc.assert(fc.property(isoDay, (day) => utcDay(new Date(`${day}T12:00:00Z`)) === day));
  });
});

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-12-31')).toBe(true);
    for (const s of ['2025-02-29', '1900-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-01', '2025-03-11T00:00', '']) expect(isCalendarDate(s)).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('accepts every day Date writes', () => {
    fc.assert(fc.property(isoDay, (day) => isCalendarDate(day)));
  });
});
