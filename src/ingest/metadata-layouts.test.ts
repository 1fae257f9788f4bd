/**
 * Outlet and publication day on page layouts the dev sets do not have: syndicated copies, broadcast
 * station sites, local mastheads, translated feed items, wire footers, staff sign-offs, copyright lines,
 * bylines, title suffixes and datelines. Every outlet here is invented; the expected answer is what a
 * careful analyst would write (the outlet that wrote the text, the day the text itself states, else null).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/model.js';
import { spanMatches } from '../core/span.js';
import { inferMetadata } from './metadata.js';
import { detectZones } from './zones.js';

const P1 =
  'Negotiators from both sides met for six hours on Tuesday and agreed to resume talks next week, according to two officials familiar with the discussions.';
const P2 =
  'The officials, who spoke on condition of anonymity because the talks are private, said the main sticking point remained the timetable for a prisoner exchange.';
const P3 = 'A spokesperson for the mediators declined to comment on the details but said the atmosphere had been "businesslike and serious."';
const BODY = [P1, P2, P3].join('\n\n');

interface Case {
  name: string;
  text: string;
  url?: string;
  outlet: string | null;
  published: string | null;
}

const CASES: Case[] = [
  {
    name: 'a paper printing an agency copy names both in the dateline',
    text: `Neighbours agree border truce\n\nBy Jane Example\n\nPORT ELWIN, March 3, 2027 (The Harbour Star/Reuters) - ${P1}\n\n${P2}`,
    outlet: 'The Harbour Star',
    published: '2027-03-03',
  },
  {
    name: 'syndication line: originally appeared in X and is republished here',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nThis article originally appeared in The Harbor Ledger and is republished here with permission.`,
    outlet: 'The Harbor Ledger',
    published: null,
  },
  {
    name: 'copyright of the writer, distributed by a syndicate',
    text: `Talks resume after six-hour session\n\n${BODY}\n\n(c) 2024 Millbrook Sentinel, distributed by Pinecrest Content Agency`,
    outlet: 'Millbrook Sentinel',
    published: null,
  },
  {
    name: 'copyright line, then a separate "Distributed by" line',
    text: `Talks resume after six-hour session\n\n${BODY}\n\n©2025 The Coastal Beacon\nDistributed by Pinecrest News Service.`,
    outlet: 'The Coastal Beacon',
    published: null,
  },
  {
    name: 'republished-with-permission line naming the writer',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nRepublished with permission from the Lakeshore Tribune.`,
    outlet: 'Lakeshore Tribune',
    published: null,
  },
  {
    name: 'nonprofit newsroom "produced by" line',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nThis story was produced by Prairie Signal, a nonprofit newsroom, and is republished here under a Creative Commons license.`,
    outlet: 'Prairie Signal',
    published: null,
  },
  {
    name: 'first published by X on a day',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nThis article was first published by the Valley Chronicle on March 3, 2025.`,
    outlet: 'Valley Chronicle',
    published: '2025-03-03',
  },
  {
    name: 'TV station name above the headline, with its stamp',
    text: `KXRB 7 News\nTalks resume after six-hour session in Geneva\nUpdated: 6:12 PM CDT Mar 12, 2025\n\n${BODY}`,
    outlet: 'KXRB 7 News',
    published: '2025-03-12',
  },
  {
    name: 'TV station call letters in the dateline',
    text: `Talks resume after six-hour session in Geneva\n\nDENVER (KQTV) — ${P1}\n\n${P2}\n\n${P3}`,
    outlet: 'KQTV',
    published: null,
  },
  {
    name: 'station site copyright with a -TV call sign',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nCopyright 2025 WKRB-TV. All rights reserved.`,
    outlet: 'WKRB-TV',
    published: null,
  },
  {
    name: 'headline with the station after a dash',
    text: `Talks resume after six-hour session in Geneva - WKRB-TV\n\n${BODY}`,
    outlet: 'WKRB-TV',
    published: null,
  },
  {
    name: 'local paper masthead in capitals with the day under it',
    text: `THE MILLBROOK SENTINEL\nThursday, March 13, 2025\nTalks resume after six-hour session in Geneva\n\n${BODY}`,
    outlet: 'The Millbrook Sentinel',
    published: '2025-03-13',
  },
  {
    name: 'machine-translated feed item: Source line with the day',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nSource: Gazeta Nadmorska, 12.03.2025`,
    outlet: 'Gazeta Nadmorska',
    published: '2025-03-12',
  },
  {
    name: 'machine-translated feed item: Original line',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nMachine translation. Original: Vechirnii Lviv`,
    outlet: 'Vechirnii Lviv',
    published: null,
  },
  {
    name: 'translated from the X (an outlet)',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nTranslated from the Baltic Morning Herald.`,
    outlet: 'Baltic Morning Herald',
    published: null,
  },
  {
    name: 'translated from the Ukrainian (a language, not an outlet)',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nTranslated from the Ukrainian by Jane Doe.`,
    outlet: null,
    published: null,
  },
  {
    name: 'Reuters-style wire footer',
    text: `GENEVA, March 12 - ${P1}\n\n${P2}\n\n${P3}\n\n(Reporting by Jane Doe in Geneva; Editing by Rick Roe)`,
    outlet: 'Reuters',
    published: null,
  },
  {
    name: 'staff sign-off naming the outlet',
    text: `Talks resume after six-hour session\n\n${BODY}\n\n— Harbor Ledger staff`,
    outlet: 'Harbor Ledger',
    published: null,
  },
  {
    name: 'staff byline naming the outlet',
    text: `Talks resume after six-hour session in Geneva\nBy Prairie Signal Staff\nMarch 14, 2025\n\n${BODY}`,
    outlet: 'Prairie Signal',
    published: '2025-03-14',
  },
  {
    name: 'AP copyright with the no-redistribution notice',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nCopyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
    outlet: 'Associated Press',
    published: null,
  },
  {
    name: 'media group copyright with the year after the name',
    text: `Talks resume after six-hour session\n\n${BODY}\n\n© Seabright Media Group 2025`,
    outlet: 'Seabright Media Group',
    published: null,
  },
  {
    name: 'byline with the outlet after a comma',
    text: `Talks resume after six-hour session in Geneva\nBy Ann Lee, The Ledger\n\n${BODY}`,
    outlet: 'The Ledger',
    published: null,
  },
  {
    name: 'byline "special to" the outlet',
    text: `Talks resume after six-hour session in Geneva\nBy Ann Lee, Special to the Riverside Courier\n\n${BODY}`,
    outlet: 'Riverside Courier',
    published: null,
  },
  {
    name: 'read more at X',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nRead more at the Ashford Gazette.`,
    outlet: 'Ashford Gazette',
    published: null,
  },
  {
    name: 'site name after a pipe in the title line',
    text: `Talks resume after six-hour session in Geneva | Northfield Daily News\n\n${BODY}`,
    outlet: 'Northfield Daily News',
    published: null,
  },
  {
    name: 'a section name after a pipe is not the outlet',
    text: `Talks resume after six-hour session in Geneva | World\n\n${BODY}`,
    outlet: null,
    published: null,
  },
  {
    name: 'outlet in the dateline with a yearless day',
    text: `Talks resume after six-hour session in Geneva\n\nGENEVA, Feb. 3 (Alpine Wire) - ${P1}\n\n${P2}\n\n${P3}`,
    outlet: 'Alpine Wire',
    published: null,
  },
  {
    name: 'outlet in the dateline, day and year on the stamp',
    text: `Talks resume after six-hour session in Geneva\nPublished February 3, 2025\n\nGENEVA (Alpine Wire) — ${P1}\n\n${P2}\n\n${P3}`,
    outlet: 'Alpine Wire',
    published: '2025-02-03',
  },
  {
    name: 'a cited outlet in the body is not the publisher',
    text: `Talks resume after six-hour session\n\n${P1} The talks were first reported by the Harbor Ledger.\n\n${P2}\n\n${P3}`,
    outlet: null,
    published: null,
  },
  {
    name: 'station name above the headline, the station owner in the copyright',
    text: `KXRB 7 News\nTalks resume after six-hour session in Geneva\nPublished: March 12, 2025\n\n${BODY}\n\nCopyright 2025 Example Broadcasting Inc. All rights reserved.`,
    outlet: 'KXRB 7 News',
    published: '2025-03-12',
  },
  {
    name: 'station site carrying wire copy: the wire wrote it',
    text: `KXRB 7 News\nTalks resume after six-hour session in Geneva\n\n${BODY}\n\nCopyright 2025 The Associated Press. All rights reserved.`,
    outlet: 'Associated Press',
    published: null,
  },
  {
    name: 'aggregator "Story by" line with the outlet',
    text: `Talks resume after six-hour session in Geneva\nStory by Ann Lee • Harbor Ledger\n\n${BODY}`,
    outlet: 'Harbor Ledger',
    published: null,
  },
  {
    name: 'read the full story at a domain',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nRead the full story at harborledger.com`,
    outlet: 'harborledger.com',
    published: null,
  },
  {
    name: 'a banner line in capitals is not a site name',
    text: `BREAKING NEWS\nTalks resume after six-hour session in Geneva\n\n${BODY}`,
    outlet: null,
    published: null,
  },
  {
    name: 'a staff writer byline names no outlet',
    text: `Talks resume after six-hour session in Geneva\nBy Jane Doe, Staff Writer\n\n${BODY}`,
    outlet: null,
    published: null,
  },
  {
    name: 'a headline holding an outlet noun is no site name',
    text: `Envoy Meets the Press\nTalks resume after six-hour session in Geneva with both delegations present\n\n${BODY}`,
    outlet: null,
    published: null,
  },
  {
    name: 'only a commissioned photo credit names the outlet',
    text: `Talks resume after six-hour session in Geneva\n\n${P1}\n\nDelegates arrive for the talks in Geneva on Tuesday.\nPhoto: Kevin Doyle for the Harbor Ledger\n\n${P2}\n\n${P3}`,
    outlet: 'Harbor Ledger',
    published: null,
  },
  {
    name: 'byline in capitals with the outlet',
    text: `Talks resume after six-hour session in Geneva\nBy ANN LEE and BOB ROE, Harbor Ledger\n\n${BODY}`,
    outlet: 'Harbor Ledger',
    published: null,
  },
  {
    name: 'masthead with a time after the day',
    text: `Talks resume after six-hour session in Geneva\nThe Harbor Ledger | Mar 3, 2025 4:05 PM EST\n\n${BODY}`,
    outlet: 'The Harbor Ledger',
    published: '2025-03-03',
  },
  {
    name: 'originally published at a domain on a day',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nOriginally published at harborledger.com on March 3, 2025.`,
    outlet: 'harborledger.com',
    published: '2025-03-03',
  },
  {
    name: 'copyright of the outlet as a company',
    text: `Talks resume after six-hour session\n\n${BODY}\n\n© 2025 Harbor Ledger LLC`,
    outlet: 'Harbor Ledger',
    published: null,
  },
  {
    name: 'blog-style "Posted on <day> by <outlet>" stamp',
    text: `Talks resume after six-hour session in Geneva\nPosted on March 3, 2025 by Harbor Ledger\n\n${BODY}`,
    outlet: 'Harbor Ledger',
    published: '2025-03-03',
  },
  {
    name: 'agency sign-off closing the copy',
    text: `Talks resume after six-hour session\n\n${BODY}\n\n— AFP`,
    outlet: 'AFP',
    published: null,
  },
  {
    name: 'agency inputs only: the text names no outlet of its own',
    text: `Talks resume after six-hour session\n\n${BODY}\n\nWith inputs from PTI`,
    outlet: null,
    published: null,
  },
  {
    name: 'any outlet name in the dateline brackets',
    text: `Talks resume after six-hour session in Geneva\n\nKYIV (Prairie Signal) — ${P1}\n\n${P2}\n\n${P3}`,
    outlet: 'Prairie Signal',
    published: null,
  },
  {
    name: 'outlet name alone under the headline',
    text: `Talks resume after six-hour session in Geneva\nHarbor Ledger\n\n${BODY}`,
    outlet: 'Harbor Ledger',
    published: null,
  },
];

const key = (s: string | null) => (s === null ? null : s.toLowerCase().replace(/^the\s+/, ''));

function infer(c: Case) {
  const raw: RawDocument = { name: 'doc', source: 'doc', url: c.url ?? null, text: c.text, format: 'text', encoding: 'utf-8', given: {} };
  return inferMetadata(raw, detectZones(raw.text, raw.format));
}

describe('outlet and day on unseen layouts', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const m = infer(c);
    const zones = detectZones(c.text)
      .filter((z) => z.kind !== 'body')
      .map((z) => `${z.kind}/${z.rule}: ${c.text.slice(z.start, z.end)}`)
      .join(' ¦ ');
    expect(key(m.outlet.value), `outlet (${m.outlet.origin}) zones ${zones}`).toBe(key(c.outlet));
    expect(m.published.value, `published (${m.published.origin})`).toBe(c.published);
    if (m.outlet.evidence) expect(spanMatches(c.text, m.outlet.evidence)).toBe(true);
    if (m.published.evidence) expect(spanMatches(c.text, m.published.evidence)).toBe(true);
  });

  it("reads the site from a page's <title> suffix when the text names no outlet", () => {
    const html = (title: string): RawDocument => ({ name: 'p', source: 'p.html', url: null, text: BODY, format: 'html', encoding: 'utf-8', given: { title, origin: { title: 'html:title' } } });
    const m = inferMetadata(html('Talks resume after six-hour session | Prairie Signal'), detectZones(BODY, 'html'));
    expect(m.outlet).toMatchObject({ value: 'Prairie Signal', origin: 'html:title-suffix' });
    expect(m.title.value).toBe('Talks resume after six-hour session');
    expect(inferMetadata(html('Talks resume after six-hour session | World'), detectZones(BODY, 'html')).outlet.value).toBeNull();
    // After a dash only an outlet-shaped name: a dash also opens subtitles.
    expect(inferMetadata(html('Talks resume after six-hour session - Prisoner Swap Next'), detectZones(BODY, 'html')).outlet.value).toBeNull();
    expect(inferMetadata(html('Talks resume after six-hour session - Prairie Signal News'), detectZones(BODY, 'html')).outlet.value).toBe('Prairie Signal News');
  });

  it('reads the headline apart from the site name around it', () => {
    const suffixed = infer(CASES.find((c) => c.name.startsWith('site name after a pipe'))!);
    expect(suffixed.title.value).toBe('Talks resume after six-hour session in Geneva');
    const station = infer(CASES.find((c) => c.name.startsWith('TV station name above'))!);
    expect(station.title.value).toBe('Talks resume after six-hour session in Geneva');
    expect(station.outlet.origin).toBe('text:site-name');
    const story = infer(CASES.find((c) => c.name.startsWith('aggregator'))!);
    expect(story.byline.value).toBe('Ann Lee');
    const staff = infer(CASES.find((c) => c.name.startsWith('staff sign-off'))!);
    expect(staff.byline.value).toBe('Harbor Ledger staff');
  });
});

describe('outlet and day evidence (property)', () => {
  // Header and footer lines from the cases above, in any mix around the body: whatever is chosen, its evidence is in the text.
  const HEADERS = ['KXRB 7 News', 'THE MILLBROOK SENTINEL', 'By Prairie Signal Staff', 'The Harbor Ledger | Mar 3, 2025 4:05 PM EST', 'Posted on March 3, 2025 by Harbor Ledger', 'By Ann Lee, Special to the Riverside Courier', 'Updated: 6:12 PM CDT Mar 12, 2025'];
  const FOOTERS = ['— Harbor Ledger staff', '(c) 2024 Millbrook Sentinel, distributed by Pinecrest Content Agency', 'Distributed by Pinecrest News Service.', 'Source: Gazeta Nadmorska, 12.03.2025', 'Machine translation. Original: Vechirnii Lviv', '© 2025 Harbor Ledger LLC', '— AFP', 'Translated from the Ukrainian by Jane Doe.'];
  it('points the outlet and the day at text that says them', () => {
    fc.assert(
      fc.property(fc.subarray(HEADERS), fc.subarray(FOOTERS), fc.boolean(), (head, foot, dateline) => {
        const text = ['Talks resume after six-hour session in Geneva', ...head, dateline ? `KYIV (Prairie Signal) — ${P1}` : P1, P2, P3, ...foot].join('\n');
        const raw: RawDocument = { name: 'doc', source: 'doc', url: null, text, format: 'text', encoding: 'utf-8', given: {} };
        const m = inferMetadata(raw, detectZones(text));
        for (const f of [m.outlet, m.published, m.title, m.byline]) if (f.evidence) expect(spanMatches(text, f.evidence)).toBe(true);
        // The outlet is named where its evidence points (up to a canonical spelling of a known agency).
        if (m.outlet.evidence && m.outlet.value !== 'AFP') expect(m.outlet.value!.toLowerCase()).toContain(m.outlet.evidence.text.toLowerCase().replace(/^the\s+/, ''));
        if (m.published.value) expect(m.published.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 150 },
    );
  });
});
