/**
 * Event dates from relative expressions ("on Thursday", "last month", "next week"), resolved against the
 * article's publication date with chrono-node, then corrected for tense: chrono resolves a bare weekday
 * to the nearest one, but news reports a past event ("said on Friday") with the most recent such day and
 * a planned one ("will meet on Friday") with the next.
 */
import * as chrono from 'chrono-node';
import { addDays, utcDay } from '../../core/dates.js';

export interface DateMention {
  /** Offsets relative to the string that was parsed. */
  index: number;
  text: string;
  /** YYYY-MM-DD */
  date: string;
}

export type Tense = 'past' | 'future';

// Durations and clock times are not event dates ("after 10 hours of talks", "now").
const NOT_A_DATE = /\b(?:hours?|minutes?|seconds?|now|years?\s+ago|decades?)\b|^(?:after|before|within|for)\b|^in\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\b/i;
const DATE_CUE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:yesterday|today|tomorrow|tonight|last\s+(?:week|month|year)|next\s+(?:week|month|year)|this\s+(?:week|month)|earlier\s+this|\w+\s+(?:days?|weeks?)\s+ago|\d{4}-\d{2}-\d{2})\b/i;

/** Cheap pre-check so chrono (slow) only runs on text that can hold a date. */
export function mayHoldDate(text: string): boolean {
  return DATE_CUE.test(text);
}

/** Every date expression in `text`, resolved against `published` (YYYY-MM-DD), with tense correction. */
export function resolveDates(text: string, published: string, tense: Tense): DateMention[] {
  const ref = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  const results = chrono.en.parse(text, { instant: ref, timezone: 0 });
  const out: DateMention[] = [];
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  let skipIndex = -1;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.index === skipIndex) continue;
    if (NOT_A_DATE.test(r.text)) continue;
    const s0 = r.start;
    if (s0.isCertain('month') && !s0.isCertain('year') && !s0.isCertain('weekday')) {
      // chrono gives a yearless month its nearest year, and reads "August last year" as two expressions and
      // "last August" as "August": the year comes from the words around it.
      const before = text.slice(Math.max(0, r.index - 6), r.index);
      const afterEnd = r.index + r.text.length;
      const yearAfter = /^(?:\s+of)?\s+(last|next|this)\s+year\b/i.exec(text.slice(afterEnd, afterEnd + 20));
      const month = s0.get('month')!;
      let year = s0.get('year') ?? refYear;
      let spanText = r.text;
      if (yearAfter) {
        year = refYear + (yearAfter[1]!.toLowerCase() === 'last' ? -1 : yearAfter[1]!.toLowerCase() === 'next' ? 1 : 0);
        spanText = text.slice(r.index, afterEnd + yearAfter[0].length);
        const next = results[i + 1];
        if (next && next.index >= afterEnd && next.index < afterEnd + yearAfter[0].length) skipIndex = next.index;
      }
      const lastOrNext = yearAfter ? null : /\b(last|next)\s+$/i.exec(before);
      let index = r.index;
      if (lastOrNext) {
        const last = lastOrNext[1]!.toLowerCase() === 'last';
        year = last ? (month < refMonth ? refYear : refYear - 1) : month > refMonth ? refYear : refYear + 1;
        index -= lastOrNext[0].length;
        spanText = text.slice(index, afterEnd);
      }
      const day = s0.isCertain('day') ? (s0.get('day') ?? 1) : 1;
      out.push({ index, text: spanText, date: utcDay(new Date(Date.UTC(year, month - 1, day, 12))) });
      continue;
    }
    const s = r.start;
    // "next year", "last year": a year has no day to give an event (the timeline would show a made-up one).
    if (/^(?:next|last|this)\s+year$/i.test(r.text.trim())) continue;
    const relative = /\b(?:yesterday|today|tomorrow|tonight|week|month|year)\b/i.test(r.text);
    if (!(s.isCertain('day') || s.isCertain('weekday') || s.isCertain('month') || relative)) continue;
    let date: Date;
    if (s.isCertain('weekday') && !s.isCertain('day')) {
      const weekday = s.get('weekday') ?? 0;
      const refDay = ref.getUTCDay();
      const explicitNext = /\bnext\b/i.test(r.text);
      const explicitLast = /\blast\b/i.test(r.text);
      if (tense === 'future' || explicitNext) {
        let delta = (weekday - refDay + 7) % 7;
        if (explicitNext && delta === 0) delta = 7;
        date = addDays(ref, delta);
      } else {
        let delta = (refDay - weekday + 7) % 7;
        if (explicitLast && delta === 0) delta = 7;
        date = addDays(ref, -delta);
      }
    } else {
      const y = s.get('year') ?? ref.getUTCFullYear();
      const m = s.get('month') ?? ref.getUTCMonth() + 1;
      let d = s.get('day') ?? 1;
      if (/\bmonth\b/i.test(r.text) || (!s.isCertain('day') && s.isCertain('month'))) d = 1;
      date = new Date(Date.UTC(y, m - 1, d, 12));
      // chrono reads "this week" as seven days back; it is the week of the report.
      if (/^this\s+week$/i.test(r.text.trim())) date = ref;
      // "a week ago" is that many days back, not a week's Monday.
      if (/\bweek\b/i.test(r.text) && !/\bago\b/i.test(r.text)) {
        // A week is reported by its Monday: "next week" starts on the Monday after the reference week.
        const monday = addDays(date, -((date.getUTCDay() + 6) % 7));
        date = monday;
      }
    }
    out.push({ index: r.index, text: r.text, date: utcDay(date) });
  }
  return out;
}
