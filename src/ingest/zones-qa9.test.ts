/**
 * Zone and title defects found on reports no pack covers (QA pass 9), with invented outlets: a site's
 * header line with a section between its name and the date, and a dateline set alone on its line (a page
 * that gives the dateline a paragraph of its own).
 */
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/model.js';
import { inferMetadata } from './metadata.js';
import { detectZones, isDatelineLine, isMasthead } from './zones.js';

const BODY =
  'Negotiators from both sides met for six hours on Tuesday and agreed to resume talks next week, according to two officials familiar with the discussions.\n\n' +
  'The officials, who spoke on condition of anonymity because the talks are private, said the main sticking point remained the timetable for a prisoner exchange.';

function infer(text: string, format: RawDocument['format'] = 'text') {
  const raw: RawDocument = { name: 'doc', source: 'doc', url: null, text, format, encoding: 'utf-8', given: {} };
  return inferMetadata(raw, detectZones(raw.text, raw.format));
}

describe("a site's header line with a section", () => {
  it('is a masthead, in capitals or not', () => {
    expect(isMasthead('HARBOUR EVENING MIRROR | World | November 10, 2027')).toBe(true);
    expect(isMasthead('Harbour Evening Mirror | World News | November 10, 2027')).toBe(true);
    // A headline with a bar is no masthead.
    expect(isMasthead('Talks resume in Geneva | World | Analysis')).toBe(false);
  });

  it('is not the title: the headline under it is', () => {
    const m = infer(`HARBOUR EVENING MIRROR | World | November 10, 2027\n\nEnvoy opens second round of talks as both sides trade terms\n\nBy Lena Hart\n\nPORTHAVEN, Nov 9, 2027 (Reuters) - ${BODY}`);
    expect(m.title.value).toBe('Envoy opens second round of talks as both sides trade terms');
  });
});

describe('a dateline alone on its line', () => {
  it('is recognised only when it ends in the dash that opens the body', () => {
    expect(isDatelineLine('PORTHAVEN, Jan 21, 2028 (Example Post) -')).toBe(true);
    expect(isDatelineLine('PORTHAVEN —')).toBe(true);
    expect(isDatelineLine('PORTHAVEN, Jan 21, 2028 (Example Post)')).toBe(false);
    expect(isDatelineLine('PORTHAVEN CITY COUNCIL')).toBe(false);
  });

  it('is a dateline zone, and the paragraph after it is body', () => {
    const text = `Rebels soften stance\n\nBy Samir Tolan\n\nPORTHAVEN, Jan 21, 2028 (Example Post) -\n\n${BODY}`;
    const zones = detectZones(text, 'html');
    const kindOf = (needle: string) => zones.find((z) => z.start <= text.indexOf(needle) && text.indexOf(needle) < z.end)?.kind;
    expect(kindOf('PORTHAVEN')).toBe('dateline');
    expect(kindOf('Negotiators from')).toBe('body');
  });
});
