/**
 * Calendar-day arithmetic on ISO dates (UTC, no time zones): the one place day numbers are computed.
 * Hand-written: date libraries parse and format, but these are three lines of `Date.parse` and the corpus
 * code needs exactly this rounding (a month counts as its first day), not a library's.
 */

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date: YYYY-MM-DD (anything after the day, such as a time, is ignored),
 * YYYY-MM (its first day) or YYYY (1 January). Null when the date is missing or unreadable.
 */
export function dayNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const day = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** The YYYY-MM-DD date `days` after `date` (before it when negative). Throws a RangeError on an unreadable date. */
export function shiftDate(date: string, days: number): string {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`not an ISO date: "${date}"`);
  return new Date((day + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC calendar day of a Date as YYYY-MM-DD. */
export function utcDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The Date `n` whole days after `d` (before it when negative). */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

/** Whether `s` is a real calendar date written YYYY-MM-DD (2025-02-30 and 2025-13-45 are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

const pad = (n: number) => String(n).padStart(2, '0');
