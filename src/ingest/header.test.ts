/**
 * Article headers and footers in the shapes pasted or extracted news takes: bylines with and without "By",
 * publication stamps, wire datelines, standfirsts, and the footer lines that name the outlet. All examples
 * are synthetic (invented names and outlets, real agencies).
 */
import { describe, expect, it } from 'vitest';
import type { RawDocument, ZoneKind } from '../core/model.js';
import { spanMatches } from '../core/span.js';
import { loadKnowledge } from '../packs/load.js';
import { canonicalOutlet, detectLanguage, inferMetadata } from './metadata.js';
import { authorLineNames, bylineRule, detectZones, isOutletShaped, isStampLine, lineKinds } from './zones.js';

const PARA =
  'The delegation arrived on Tuesday evening for a second round of talks, officials said, adding that no agreement was expected before the weekend.';
const PARA2 =
  'Both sides described the first meeting as constructive but warned that serious differences remained over the sequencing of any settlement.';
const PARA3 = 'A spokesman for the mediators said the venue would not change and that technical teams would keep working through the night.';

const raw = (text: string, url: string | null = null): RawDocument => ({ name: 'doc', source: 'doc', url, text, format: 'text', encoding: 'utf-8', given: {} });
const meta = (text: string, url: string | null = null) => inferMetadata(raw(text, url), detectZones(text));
const kinds = (text: string): ZoneKind[] => lineKinds(text, detectZones(text)).map((l) => l.kind);
const rules = (text: string): string[] => detectZones(text).map((z) => `${z.kind}:${z.rule}`);

describe('publication stamps', () => {
  const stamps = [
    'Published 10:32 AM EST, Thu March 13, 2025',
    'Updated: March 13, 2025 3:04 p.m. ET',
    '13 March 2025 • 5 min read',
    'Mar 13, 2025, 09:12 ET',
    '2025-03-13T09:12:00Z',
    'Thursday 13 March 2025 14.02 GMT',
    'Last modified on Thu 13 Mar 2025 14.05 GMT',
    'March 13, 2025 | 9:12 AM',
    'Posted on 13/03/2025 at 09:12',
  ];
  it.each(stamps)('recognises "%s" and reads its day', (stamp) => {
    expect(isStampLine(stamp)).toBe(true);
    const text = ['Envoys Meet Again As Ceasefire Deadline Nears', 'By Jane Doe', stamp, PARA, PARA2].join('\n');
    const m = meta(text);
    expect(m.published).toMatchObject({ value: '2025-03-13', origin: 'text:timestamp' });
    expect(spanMatches(text, m.published.evidence!)).toBe(true);
    expect(kinds(text)).toEqual(['title', 'byline', 'boilerplate', 'body', 'body']);
  });
  it('does not take a body sentence that holds a date, or a date without a day, for a stamp', () => {
    expect(isStampLine('On March 13, 2025, the talks resumed.')).toBe(false);
    expect(isStampLine('Talks resume March 13, 2025')).toBe(false);
    expect(isStampLine('March 2025')).toBe(false);
    expect(isStampLine('Published by the ministry on March 13, 2025')).toBe(false);
    const text = [PARA, 'The ceasefire took effect on March 13, 2025, after midnight.', PARA2].join('\n');
    expect(kinds(text)).toEqual(['body', 'body', 'body']);
    expect(meta(text).published.value).toBeNull();
  });
});

describe('bylines', () => {
  it('reads "By" bylines with the outlet after the name', () => {
    for (const [line, outlet] of [
      ['By Jane Doe, Reuters', 'Reuters'],
      ['By Jane Doe | The Guardian', 'The Guardian'],
      ['By Jane Doe and Rick Roe, The Example Herald', 'The Example Herald'],
      ['By Jane Doe, Moscow correspondent for The Example Herald', 'The Example Herald'],
    ] as const) {
      const text = ['Envoys Meet Again As Ceasefire Deadline Nears', line, PARA, PARA2].join('\n');
      const m = meta(text);
      expect(kinds(text)[1], line).toBe('byline');
      expect(m.outlet, line).toMatchObject({ value: outlet, origin: 'text:byline' });
      expect(spanMatches(text, m.outlet.evidence!)).toBe(true);
      expect(m.byline.value, line).toMatch(/^Jane Doe(?: and Rick Roe)?$/);
    }
  });
  it('reads author lines without "By"', () => {
    expect(authorLineNames('Jane Doe and John Roe / Associated Press')).toBe('Jane Doe and John Roe');
    expect(authorLineNames('Jane Doe, Moscow correspondent')).toBe('Jane Doe');
    expect(authorLineNames('Jane Doe | The Example Herald')).toBe('Jane Doe');
    expect(authorLineNames('Anna Novak, Senior Political Reporter')).toBe('Anna Novak');
    // A place, or a sentence, after the comma is no author line.
    expect(authorLineNames('Kyiv, Ukraine')).toBeNull();
    expect(authorLineNames('Jane Doe, Kyiv')).toBeNull();
    expect(authorLineNames('Vladimir Putin, the Russian president, said the talks would go on.')).toBeNull();
    expect(bylineRule('By JANE DOE')).toBe('by-name');
    expect(bylineRule('BY JANE DOE AND JOHN ROE')).toBe('by-name');
    expect(bylineRule('Staff Writer')).toBe('desk-byline');

    const text = ['Envoys Meet Again As Ceasefire Deadline Nears', 'Jane Doe and John Roe / Associated Press', PARA, PARA2].join('\n');
    expect(kinds(text)).toEqual(['title', 'byline', 'body', 'body']);
    const m = meta(text);
    expect(m.outlet).toMatchObject({ value: 'Associated Press', origin: 'text:byline' });
    expect(m.byline.value).toBe('Jane Doe and John Roe');
    const role = meta(['Envoys Meet Again As Ceasefire Deadline Nears', 'Jane Doe, Moscow correspondent', PARA, PARA2].join('\n'));
    expect(role.byline.value).toBe('Jane Doe');
    expect(role.outlet.value).toBeNull();
  });
  it('reads a bare author name above a stamp, and the date from the byline itself', () => {
    const text = ['Envoys Meet Again As Ceasefire Deadline Nears', 'Jane Doe', 'Updated: March 13, 2025 3:04 p.m. ET', PARA, PARA2].join('\n');
    expect(kinds(text)).toEqual(['title', 'byline', 'boilerplate', 'body', 'body']);
    expect(meta(text).byline.value).toBe('Jane Doe');
    const dated = ['Envoys Meet Again', 'By Jane Doe, Reuters | March 12, 2025', PARA, PARA2].join('\n');
    expect(meta(dated).published).toMatchObject({ value: '2025-03-12', origin: 'text:byline-date' });
  });
  it('reads "Credit..." lines as photo credits', () => {
    expect(bylineRule('Credit...Jane Doe/The Example Times')).toBeNull();
    const text = [PARA, 'The envoy leaves a meeting with officials in the capital', 'Credit...Jane Doe/The Example Times', PARA2].join('\n');
    expect(kinds(text)).toEqual(['body', 'caption', 'credit', 'body']);
  });
  it('takes an author line that names only an outlet for the outlet, not the author', () => {
    const text = ['Envoys Meet Again As Ceasefire Deadline Nears', 'Associated Press', 'Published 11:34 PM EST Mar 12, 2025', PARA, PARA2].join('\n');
    expect(kinds(text)).toEqual(['title', 'byline', 'boilerplate', 'body', 'body']);
    const m = meta(text);
    expect(m.outlet).toMatchObject({ value: 'Associated Press', origin: 'text:byline' });
    expect(m.byline.value).toBeNull();
    expect(m.published.value).toBe('2025-03-12');
  });
  it('keeps a photo credit under a caption a credit, not an author line', () => {
    const text = [PARA, 'The envoy leaves a meeting with officials in the capital', 'Anna Novak | Reuters', PARA2].join('\n');
    expect(kinds(text)).toEqual(['body', 'caption', 'credit', 'body']);
    expect(meta(text).outlet.value).toBeNull();
  });
});

describe('datelines', () => {
  it.each([
    ['MOSCOW (Reuters) - ', 'Reuters'],
    ['KYIV, Ukraine (AP) — ', 'Associated Press'],
    ['WASHINGTON, March 13 (Reuters) - ', 'Reuters'],
    ['Moscow, March 13 (AFP) – ', 'AFP'],
    ['(CNN) — ', 'CNN'],
  ])('reads the agency of "%s"', (dateline, outlet) => {
    const text = `${dateline}${PARA}\n${PARA2}`;
    const zones = detectZones(text);
    expect(zones[0]).toMatchObject({ kind: 'dateline', start: 0, end: dateline.length });
    expect(meta(text).outlet).toMatchObject({ value: outlet, origin: 'text:dateline' });
  });
  it('reads the agency of a slash-signed dateline', () => {
    const text = `MOSCOW, March 12. /TASS/. ${PARA}\n${PARA2}`;
    expect(meta(text).outlet).toMatchObject({ value: 'TASS', origin: 'text:dateline' });
  });
  it('splits a place-only dateline without naming an outlet', () => {
    const text = `DOHA, Qatar — ${PARA}\n${PARA2}`;
    expect(rules(text)[0]).toBe('dateline:dateline-prefix');
    expect(meta(text).outlet.value).toBeNull();
  });
  it('takes a full dateline date, and never invents the year of a month and day', () => {
    expect(meta(`WASHINGTON, March 13, 2025 (Reuters) - ${PARA}\n${PARA2}`).published).toMatchObject({ value: '2025-03-13', origin: 'text:dateline-date' });
    // A syndicated copy's masthead line ("<Outlet>, <date> (via Reuters)") names the outlet and its own day.
    const syndicated = meta(`Talks stall\n\nExample Abendblatt, February 27, 2027 (via Reuters)\n\nBERLIN, Feb 26, 2027 (Reuters) - ${PARA}\n${PARA2}`);
    expect(syndicated.outlet.value).toBe('Example Abendblatt');
    expect(syndicated.published.value).toBe('2027-02-27');
    // The AP's layout: the day right after the dateline, set off by a dash.
    expect(meta(`NEW YORK (AP) — March 4, 2026 — ${PARA}\n${PARA2}`).published).toMatchObject({ value: '2026-03-04', origin: 'text:dateline-date' });
    // No year anywhere, or only the years of past events: no date.
    expect(meta(`WASHINGTON, March 13 (Reuters) - ${PARA}\n${PARA2}`).published.value).toBeNull();
    expect(meta(`WASHINGTON, March 13 (Reuters) - ${PARA}\nThe previous truce collapsed on June 4, 2019, within days.`).published.value).toBeNull();
    // A full date a day earlier in the text gives the year, with low confidence.
    const text = `WASHINGTON, March 13 (Reuters) - ${PARA}\nThe proposal was first made on March 12, 2025, in Jeddah.`;
    const m = meta(text);
    expect(m.published).toMatchObject({ value: '2025-03-13', origin: 'text:dateline-date' });
    expect(m.published.confidence).toBeLessThanOrEqual(0.6);
    expect(spanMatches(text, m.published.evidence!)).toBe(true);
  });
  it('prefers a byline stamp to the dateline', () => {
    const text = ['By Jane Doe', 'Published: 14 March 2025', `MOSCOW, March 13, 2025 (Reuters) - ${PARA}`, PARA2].join('\n');
    expect(meta(text).published).toMatchObject({ value: '2025-03-14', origin: 'text:timestamp' });
  });
});

describe('outlet from footers', () => {
  it.each([
    ['© 2025 Reuters', 'Reuters', 'text:copyright'],
    ['Copyright 2025 The Associated Press. All rights reserved.', 'Associated Press', 'text:copyright'],
    ['This article originally appeared on The Example Review.', 'The Example Review', 'text:signature'],
    ['Read more at The Example Herald', 'The Example Herald', 'text:signature'],
    ['Read the full story at example-herald.com', 'example-herald.com', 'text:signature'],
    ['Source: The Example Herald', 'The Example Herald', 'text:signature'],
    ['Follow The Example Herald on Twitter', 'The Example Herald', 'text:subscription'],
    ['(Reporting by Jane Doe in Geneva; Editing by Rick Roe)', 'Reuters', 'text:house-style'],
  ])('reads "%s"', (footer, outlet, origin) => {
    const text = [PARA, PARA2, PARA3, footer].join('\n');
    const m = meta(text);
    expect(m.outlet).toMatchObject({ value: outlet, origin });
    expect(kinds(text).at(-1)).not.toBe('body');
    if (origin === 'text:house-style') expect(m.outlet.confidence).toBeLessThan(0.6);
  });
  it('does not take a reporter to follow, a cited source or a photo source for the outlet', () => {
    expect(meta([PARA, PARA2, 'Follow Jane Doe on Twitter'].join('\n')).outlet.value).toBeNull();
    expect(meta(`${PARA} The talks were delayed, reports Bloomberg.\nThe envoys met, according to Reuters.\n${PARA2}`).outlet.value).toBeNull();
    const photo = [PARA, 'Delegates attend a session in Vienna, Austria, June 4, 2019.', 'Source: Reuters', PARA2, PARA3].join('\n');
    expect(kinds(photo)).toEqual(['body', 'caption', 'credit', 'body', 'body']);
    expect(meta(photo).outlet.value).toBeNull();
  });
  it('normalises outlet names through the knowledge packs', () => {
    const kb = loadKnowledge();
    expect(canonicalOutlet('The Associated Press', kb)).toBe('Associated Press');
    expect(canonicalOutlet('Bloomberg News', kb)).toBe('Bloomberg');
    expect(canonicalOutlet('Agence France-Presse', kb)).toBe('AFP');
    expect(canonicalOutlet('The Example Herald', kb)).toBe('The Example Herald');
    const text = [PARA, PARA2, '© 2025 Agence France-Presse'].join('\n');
    expect(inferMetadata(raw(text), detectZones(text), kb).outlet.value).toBe('AFP');
  });
  it('tells outlet names from places and roles', () => {
    expect(isOutletShaped('The Example Herald')).toBe(true);
    expect(isOutletShaped('Reuters')).toBe(true);
    expect(isOutletShaped('example-news.org')).toBe(true);
    expect(isOutletShaped('Moscow')).toBe(false);
    expect(isOutletShaped('Senior Correspondent')).toBe(false);
  });
});

describe('language on a bounded sample', () => {
  const uk =
    'Переговори про припинення вогню відновилися у вівторок у Женеві, повідомили посадовці. Обидві сторони назвали першу зустріч конструктивною, але попередили, що між ними залишаються серйозні розбіжності щодо послідовності будь-якого врегулювання. Речник посередників сказав, що місце проведення не зміниться і що технічні групи працюватимуть усю ніч.';
  const pt =
    'As negociações sobre o cessar-fogo foram retomadas na terça-feira em Genebra, disseram autoridades. Os dois lados descreveram a primeira reunião como construtiva, mas alertaram que continuam a existir diferenças sérias sobre a sequência de qualquer acordo. Um porta-voz dos mediadores disse que o local não mudará e que as equipas técnicas vão trabalhar durante toda a noite.';
  it('tells close relatives apart when the quick sample is not clear', () => {
    expect(detectLanguage(uk)?.value).toBe('uk');
    expect(detectLanguage(pt)?.value).toBe('pt');
    expect(detectLanguage(`${PARA} ${PARA2} ${PARA3}`)?.value).toBe('en');
  });
  it('reads body lines, not the headline or chrome, first', () => {
    const text = ['Breaking News Live Updates', 'Advertisement', uk].join('\n');
    expect(meta(text).language.value).toBe('uk');
  });
});

describe('headline and standfirst', () => {
  it('marks the headline as the title and the standfirst above a byline as a heading, and keeps the body', () => {
    const text = [
      'Envoys agree to meet again as ceasefire deadline nears',
      'Negotiators from both sides will return to the table next week after a first round that produced no agreement on the sequencing of a truce.',
      'By Jane Doe',
      'March 13, 2025 | 9:12 AM',
      PARA,
      PARA2,
    ].join('\n');
    expect(kinds(text)).toEqual(['title', 'heading', 'byline', 'boilerplate', 'body', 'body']);
    const m = meta(text);
    expect(m.title.value).toBe('Envoys agree to meet again as ceasefire deadline nears');
    expect(m.published.value).toBe('2025-03-13');
  });
  it('keeps the lede as body when no byline or stamp follows it', () => {
    const text = ['Envoys agree to meet again as ceasefire deadline nears', PARA, PARA2, PARA3].join('\n');
    expect(kinds(text)).toEqual(['title', 'body', 'body', 'body']);
  });
  it('does not take a short capitalised body line for a headline or a standfirst', () => {
    const text = [PARA, 'Talks Resume', PARA2, PARA3].join('\n');
    expect(kinds(text)[0]).toBe('body');
    expect(meta(text).title.value).toBeNull();
  });
});
