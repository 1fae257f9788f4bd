import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ZoneKind } from '../core/model.js';
import {
  boilerplateRule,
  datelineLength,
  detectZones,
  bylineRule,
  hasCreditTail,
  isByline,
  isCaptionShaped,
  isContributorLine,
  isCredit,
  isHeadlineShaped,
  isSignature,
  isSubscription,
  isWireCredit,
  lineKinds,
  words,
} from './zones.js';

const PARA =
  'The delegation arrived on Tuesday evening for a second round of talks, officials said, adding that no agreement was expected before the weekend.';
const PARA2 =
  'Both sides described the first meeting as constructive but warned that serious differences remained over the sequencing of any settlement.';

/** Zone kinds per non-blank line (the kind covering most of each line). */
const kindsOf = (text: string): ZoneKind[] => lineKinds(text, detectZones(text)).map((l) => l.kind);

describe('line rules', () => {
  it('recognises feed signatures', () => {
    expect(isSignature('The post Talks stall in Geneva appeared first on Example Daily.')).toBe(true);
    expect(isSignature('This article originally appeared on The Example Review.')).toBe(true);
    expect(isSignature('The post office in the town appeared to be closed.')).toBe(false);
  });

  it('recognises print-edition and syndication lines, with an ordinal date or none', () => {
    expect(isSignature('Published in the Morning Example, March 3rd, 2025')).toBe(true);
    expect(isSignature('Published in The Example Herald on 21st March 2025.')).toBe(true);
    expect(isSignature('As published in the International Example Times.')).toBe(true);
    expect(isSignature('This story was originally published by the Example Courier. Read more at example.com.')).toBe(true);
    // A sentence that goes on after the journal's name, or a year alone, is body.
    expect(isSignature('Published in The Example Journal, the study found that truces rarely hold.')).toBe(false);
    expect(isSignature('Published in 1998, the report was ignored.')).toBe(false);
    expect(isSignature('This article is republished from The Example Review under a Creative Commons license.')).toBe(true);
  });

  it('recognises wire credit trailers and contributor lines as bylines', () => {
    expect(isWireCredit('(Reporting by Jane Doe in Geneva and Rick Roe in Kyiv; Editing by Ann Poe)')).toBe(true);
    expect(isWireCredit('(Writing by Jane Doe; Additional reporting by Rick Roe, Ann Poe and Bo Li in BEIJING; Editing by Tim Hall.)')).toBe(true);
    expect(isWireCredit('Additional reporting by Jane Doe')).toBe(true);
    expect(isWireCredit('--additional reporting from Jane Doe.')).toBe(true);
    expect(isWireCredit('Reporting by Example Wire showed that the draft had been changed.')).toBe(false);
    expect(isWireCredit('(Editing by hand is slow)')).toBe(false);
    expect(isWireCredit(PARA)).toBe(false);
    expect(isContributorLine('Jane Doe contributed reporting.')).toBe(true);
    expect(isContributorLine('Jane Doe and Rick Roe contributed to this report.')).toBe(true);
    expect(isContributorLine('Doe reported from Geneva. Associated Press writer Rick Roe contributed from Washington, D.C.')).toBe(true);
    expect(isContributorLine('Mr. Roe also contributed $300,000 to a group backing the senator.')).toBe(false);
    expect(isContributorLine('Sanctions, in the first half of the year, contributed to the slowdown.')).toBe(false);
    expect(bylineRule('Staff Report')).toBe('desk-byline');
    expect(bylineRule('By Our Correspondent')).toBe('desk-byline');
    expect(bylineRule('Web Desk')).toBe('desk-byline');
    expect(bylineRule('Reuters Staff')).toBe('desk-byline');
    expect(bylineRule('— Example Wire')).toBeNull();
    expect(bylineRule('- Reuters.')).toBe('agency-signoff');
    expect(bylineRule('— AFP and agencies')).toBe('agency-signoff');
    expect(bylineRule('(With inputs from PTI)')).toBe('agency-signoff');
    expect(bylineRule('With inputs from agencies')).toBe('agency-signoff');
    expect(bylineRule('Reuters said the talks would resume.')).toBeNull();
    expect(bylineRule('Staff members walked out on Monday.')).toBeNull();
    expect(bylineRule('Staff Reporting Standards')).toBeNull();
  });

  it('recognises subscription and share prompts', () => {
    expect(isSubscription('Subscribe to Example Times Telegram channel, Facebook, RSS!')).toBe(true);
    expect(isSubscription('Follow us on Twitter and Facebook')).toBe(true);
    expect(isSubscription('Share this article')).toBe(true);
    expect(isSubscription('Sign up for our daily newsletter')).toBe(true);
    expect(isSubscription('Follow the money, the minister told parliament on Monday.')).toBe(false);
    expect(isSubscription(PARA)).toBe(false);
  });

  it('recognises bylines', () => {
    expect(isByline('By Jane Doe')).toBe(true);
    expect(isByline('By Jane Doe and Rick Roe, Example Wire')).toBe(true);
    expect(isByline('BY MARÍA LÓPEZ-GARCÍA')).toBe(true);
    expect(isByline('By the end of the week, the talks had collapsed.')).toBe(false);
    expect(isByline('By Tuesday negotiators were exhausted.')).toBe(false);
  });

  it('recognises photo credits', () => {
    expect(isCredit('Anna Novak | Reuters')).toBe(true);
    expect(isCredit('Example.org | Via Reuters')).toBe(true);
    expect(isCredit('Photo: John Smith/Getty Images')).toBe(true);
    expect(isCredit('John Smith/AFP via Getty Images')).toBe(true);
    expect(isCredit('REUTERS/Anna Novak')).toBe(true);
    expect(isCredit('(AP Photo/Jane Doe, File)')).toBe(true);
    expect(isCredit('— EXA photo')).toBe(true);
    expect(isCredit('– Photo by Jane Doe')).toBe(true);
    expect(isCredit('Photo: AFP')).toBe(true);
    expect(isCredit('Photo courtesy of the Example Ministry')).toBe(true);
    expect(isCredit('Courtesy of the Pentagon, the footage shows the strike.')).toBe(false);
    expect(isCredit('— Reduce the corporate tax rate.')).toBe(false);
    // "via" inside a word ("Olivia") is not a credit.
    expect(isCredit('(Oh hey there, Olivia Pope.)')).toBe(false);
    expect(isCredit('Politics | World | Europe')).toBe(false);
    expect(isCredit('The 50/50 split was rejected by Reuters sources.')).toBe(false);
    expect(isCredit(PARA)).toBe(false);
  });

  it('recognises captions by shape', () => {
    expect(isCaptionShaped('Foreign ministers pose for a photo before talks in Riyadh, Saudi Arabia, February 18, 2025.')).toBe(true);
    expect(isCaptionShaped('A soldier walks past a destroyed building in this handout picture released by the ministry.')).toBe(true);
    expect(isCaptionShaped('The minister speaks to reporters in Geneva, Switzerland, 3 March 2025.')).toBe(true);
    expect(isCaptionShaped('The envoy greets officials in Ankara. REUTERS/Anna Novak')).toBe(true);
    expect(isCaptionShaped('Residents inspect a damaged school in the border town, May 7th, 2025.')).toBe(true);
    // A figcaption and its credit span joined on one line by the HTML reader.
    expect(hasCreditTail('The envoy announces the agreement at a news conference on Wednesday. Photo: Jane Doe / Example Daily')).toBe(true);
    expect(hasCreditTail('Residents inspect a damaged school in the border town on Friday — EXA photo')).toBe(true);
    expect(hasCreditTail('The figures were revised in March. Source: Example Statistics Office')).toBe(false);
    expect(hasCreditTail('The talks — held behind closed doors — ended without a deal.')).toBe(false);
    expect(isCaptionShaped('Richards said it was not all bad news. (Oh hey there, Olivia Pope.)')).toBe(false);
    // A body sentence that ends with a weekday-date is not a caption.
    expect(isCaptionShaped('Markets closed lower. This is the weekly summary for Friday, March 14, 2025.')).toBe(false);
    expect(isCaptionShaped('According to a Reuters/Example poll, the two candidates are level nationally.')).toBe(false);
    expect(isCaptionShaped(PARA)).toBe(false);
  });

  it('recognises site chrome', () => {
    expect(boilerplateRule('Advertisement')).toBe('site-chrome');
    expect(boilerplateRule('Read more: Ceasefire talks resume')).toBe('site-chrome');
    expect(boilerplateRule('© 2025 Example Media. All rights reserved.')).toBe('copyright');
    expect(boilerplateRule('Published: March 12, 2025 14:05 GMT')).toBe('timestamp');
    expect(boilerplateRule('Updated: March 12th, 2025')).toBe('timestamp');
    expect(boilerplateRule('12th March 2025')).toBe('timestamp');
    expect(boilerplateRule('1600 Example Avenue')).toBe('postal-address');
    expect(boilerplateRule('Springfield, IL 62701')).toBe('postal-address');
    expect(boilerplateRule(PARA)).toBeNull();
    expect(boilerplateRule('Related talks collapsed in 2022 after the second round.')).toBeNull();
  });

  it('tells headline shapes from cut-off sentences', () => {
    expect(isHeadlineShaped('Talks resume in Geneva')).toBe(true);
    expect(isHeadlineShaped('Ceasefire proposal rejected by parliament')).toBe(true);
    expect(isHeadlineShaped('The minister said that')).toBe(false);
    // A verb's particle may end a headline; a preposition waiting for its object may not.
    expect(isHeadlineShaped('Owners deny lockout plan as union talks drag on')).toBe(true);
    expect(isHeadlineShaped('The union will vote on')).toBe(false);
    expect(isHeadlineShaped('Talks resumed.')).toBe(false);
    expect(isHeadlineShaped("'A very long night.'")).toBe(false);
    expect(isHeadlineShaped('What happens next?')).toBe(false);
    expect(isHeadlineShaped('What happens next?', { allowQuestion: true })).toBe(true);
    expect(isHeadlineShaped('2024 2025 2026')).toBe(false);
    expect(isHeadlineShaped('Marsh ready to send draft to court, Firefly says')).toBe(true);
    expect(isHeadlineShaped('The talks will resume soon, he says')).toBe(false);
  });

  it('measures datelines', () => {
    const cases: [string, string][] = [
      ['GENEVA (Reuters) — Talks resumed.', 'GENEVA (Reuters) — '],
      ['ANKARA, March 12 (AP) - Officials met.', 'ANKARA, March 12 (AP) - '],
      ['NEW YORK -- The council voted.', 'NEW YORK -- '],
      ['Geneva (AFP) – Talks resumed.', 'Geneva (AFP) – '],
      ['ISTANBUL, March 12. /TASS/. Officials met.', 'ISTANBUL, March 12. /TASS/. '],
      ['KYIV, March 12th (Reuters) - Officials met.', 'KYIV, March 12th (Reuters) - '],
      ['GENEVA/NAIROBI, Dec 2, 2025 (Reuters) - Officials met.', 'GENEVA/NAIROBI, Dec 2, 2025 (Reuters) - '],
    ];
    for (const [line, prefix] of cases) expect(line.slice(0, datelineLength(line))).toBe(prefix);
    expect(datelineLength('The talks (Reuters reported) - went well.')).toBe(0);
    expect(datelineLength(PARA)).toBe(0);
  });
});

describe('detectZones', () => {
  it('marks a caption above a credit line', () => {
    const text = [PARA, 'The envoy leaves a meeting with officials in the capital', 'Anna Novak | Reuters', PARA2].join('\n');
    expect(kindsOf(text)).toEqual(['body', 'caption', 'credit', 'body']);
  });

  it('marks a repeated block of short lines as boilerplate, not a repeated run of sentences', () => {
    const block = ['Example Media Group', 'Main Office', 'Contact desk'];
    expect(kindsOf([...block, ...block, PARA, PARA2].join('\n'))).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'body']);
    const sentences = ['First update.', 'Second update.'];
    expect(kindsOf([PARA, ...sentences, PARA2, ...sentences].join('\n'))).toEqual(['body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('marks section headings between paragraphs but not short body lines', () => {
    expect(kindsOf([PARA, 'Talks resume in Geneva', PARA2].join('\n'))).toEqual(['body', 'heading', 'body']);
    expect(kindsOf([PARA, 'He said that', PARA2].join('\n'))).toEqual(['body', 'body', 'body']);
    // A long line without final punctuation (a truncated paragraph) stays body.
    const cut = PARA.slice(0, -1).replace(/ before the weekend$/, ' before the weekend and after');
    expect(kindsOf([PARA, cut, PARA2].join('\n'))).toEqual(['body', 'body', 'body']);
  });

  it('marks a headline-shaped first line as the title and a byline under it', () => {
    expect(kindsOf(['Envoys Meet Again As Ceasefire Deadline Nears', 'By Jane Doe', PARA, PARA2].join('\n'))).toEqual(['title', 'byline', 'body', 'body']);
  });

  it('marks a desk byline under the title, and the wire credit trailer, as bylines', () => {
    const text = ['Envoys Meet Again As Ceasefire Deadline Nears', 'Staff Report', PARA, PARA2, '(Reporting by Jane Doe; Editing by Rick Roe)'].join('\n');
    expect(kindsOf(text)).toEqual(['title', 'byline', 'body', 'body', 'byline']);
  });

  it('marks a caption and its dash-led credit, and a dated print-edition line, at the end', () => {
    const text = [PARA, PARA2, 'Residents inspect a damaged school in the border town, May 7, 2025.', '— EXA photo', 'Published in the Morning Example, May 11th, 2025'].join('\n');
    expect(kindsOf(text)).toEqual(['body', 'body', 'caption', 'credit', 'signature']);
  });

  it('splits a dateline prefix off the first body line', () => {
    const text = `GENEVA (Reuters) — ${PARA}\n${PARA2}`;
    const zones = detectZones(text);
    expect(zones.map((z) => z.kind)).toEqual(['dateline', 'body', 'body']);
    expect(text.slice(zones[0]!.start, zones[0]!.end)).toBe('GENEVA (Reuters) — ');
    expect(kindsOf(text)).toEqual(['body', 'body']);
  });

  it('marks signatures, subscription prompts and the chrome after them', () => {
    const text = [PARA, PARA2, 'The post Envoys meet again appeared first on Example Daily.', 'Related Topics'].join('\n');
    expect(kindsOf(text)).toEqual(['body', 'body', 'signature', 'boilerplate']);
    expect(kindsOf([PARA, 'Subscribe to Example News Telegram channel!'].join('\r\n'))).toEqual(['body', 'subscription']);
  });

  it('reads markdown headings and images', () => {
    const text = ['# Envoys meet again', '', PARA, '', '## Next steps', '', PARA2, '![Envoys at the table](https://example.org/a.jpg)'].join('\n');
    expect(lineKinds(text, detectZones(text, 'markdown')).map((l) => l.kind)).toEqual(['heading', 'body', 'heading', 'body', 'caption']);
  });

  it('returns no zones for blank text', () => {
    expect(detectZones('')).toEqual([]);
    expect(detectZones(' \n\r\n\t\n')).toEqual([]);
  });
});

describe('zone invariants (property)', () => {
  const lineArb = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom(PARA, PARA2, 'Anna Novak | Reuters', 'By Jane Doe', 'GENEVA (Reuters) — Talks resumed.', 'Advertisement', 'Talks resume in Geneva', '  ', ''),
  );
  const textArb = fc.tuple(fc.array(lineArb, { maxLength: 20 }), fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n'), { minLength: 20, maxLength: 20 }))
    .map(([lines, seps]) => lines.map((l, i) => l + seps[i]!).join(''));

  it('zones are sorted, disjoint, cover every non-blank line exactly and hold no line terminator', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('text' as const, 'markdown' as const), (text, format) => {
        const zones = detectZones(text, format);
        let last = 0;
        for (const z of zones) {
          expect(z.start).toBeGreaterThanOrEqual(last);
          expect(z.end).toBeGreaterThan(z.start);
          expect(text.slice(z.start, z.end)).not.toMatch(/[\r\n]/);
          last = z.end;
        }
        // Union of zones = the non-blank lines, each line on line boundaries.
        const lines = [...text.matchAll(/[^\r\n]+/g)].filter((m) => m[0].trim());
        const covered = zones.map((z) => text.slice(z.start, z.end)).join('');
        expect(covered).toBe(lines.map((m) => m[0]).join(''));
        for (const m of lines) {
          const inLine = zones.filter((z) => z.start >= m.index && z.end <= m.index + m[0].length);
          expect(inLine[0]!.start).toBe(m.index);
          expect(inLine[inLine.length - 1]!.end).toBe(m.index + m[0].length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('golden: zone kinds of the seed articles', () => {
  const seeds = join(import.meta.dirname, '../../test/fixtures/seeds');
  const goldenFile = join(import.meta.dirname, 'zones.golden.json');
  it('matches the snapshot (UPDATE=1 regenerates it)', () => {
    const actual: Record<string, string[]> = {};
    for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(seeds, f), 'utf8');
      actual[f] = detectZones(text).map((z) => `${z.kind}:${z.rule}`);
    }
    if (process.env.UPDATE === '1') writeFileSync(goldenFile, JSON.stringify(actual, null, 2) + '\n');
    expect(existsSync(goldenFile), 'run with UPDATE=1 to create the snapshot').toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
  });
});

describe('words', () => {
  it('counts what the word pattern matches, on any text', () => {
    const byRegex = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu) ?? []).length;
    const chars = fc.constantFrom('a', 'Z', '7', 'é', '٣', '𝐀', '\ud800', '\udc00', "'", '’', '.', '-', ' ', ',', '—', '\n');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((xs) => xs.join('')), (s) => {
        expect(words(s)).toBe(byRegex(s));
      }),
      { numRuns: 2000 },
    );
    expect(words(PARA)).toBe(byRegex(PARA));
    expect(words("U.S.-backed talks' end — 2025's 'no'")).toBe(5);
    // Past the cap it stops: the count is one more than the cap, whatever the line's length.
    expect(words(PARA, 5)).toBe(6);
    expect(words('Two words', 5)).toBe(2);
  });
});

describe('site chrome and sign-offs in unseen page shapes', () => {
  it('takes a site menu for boilerplate, never the title', () => {
    const text = `News | Politics | Business | Culture | Sport\nEnvoys agree to meet again in Vienna next month\nBy Jane Doe\n${PARA}\n${PARA2}`;
    const zones = detectZones(text);
    expect(kindsOf(text).slice(0, 3)).toEqual(['boilerplate', 'title', 'byline']);
    expect(zones[0]!.rule).toBe('site-navigation');
    expect(boilerplateRule('Home › World › Asia')).toBe('site-navigation');
    // A headline with its site's name after a bar is no menu, nor a three-word sentence list.
    expect(boilerplateRule('Envoys agree to meet again | The Example Herald')).toBeNull();
    expect(boilerplateRule('Prices rose. | Wages fell. | Rents rose. | Talks stalled.')).toBeNull();
  });

  it('reads "Posted by" and "Written by" lines as bylines', () => {
    expect(bylineRule('Posted by Jane Doe, Central Asia desk')).toBe('by-name');
    expect(bylineRule('Written by Jane Doe')).toBe('by-name');
    expect(bylineRule('Posted by the ministry on its website.')).toBeNull();
  });

  it('takes a closing "X reported from A and Y from B" line for the reporters\' sign-off', () => {
    const signoff = 'Doe reported from Tbilisi and Roe from Ankara, Turkey.';
    expect(kindsOf(`${PARA}\n${PARA2}\n${signoff}`)).toEqual(['body', 'body', 'byline']);
    expect(kindsOf(`${PARA}\n${PARA2}\nNovak reported from Geneva.`).at(-1)).toBe('byline');
    // Away from the end, or with a sentence after the places, it is body.
    expect(kindsOf(`${signoff}\n${PARA}\n${PARA2}\n${PARA}\n${PARA2}`)[0]).toBe('body');
    expect(kindsOf(`${PARA}\n${PARA2}\nDoe reported from Tbilisi that the border had reopened.`).at(-1)).toBe('body');
  });

  it('takes "<date> | <Outlet>" under the headline for a masthead, not a heading', () => {
    const text = `Envoys agree to meet again in Vienna next month\nMarch 4, 2025 | Example Valley Monitor\n${PARA}\n${PARA2}`;
    expect(kindsOf(text).slice(0, 2)).toEqual(['title', 'signature']);
    expect(detectZones(text)[1]!.rule).toBe('masthead');
    // A date beside a person's name is no masthead.
    expect(detectZones(`Envoys agree to meet again\nMarch 4, 2025 | Jane Doe\n${PARA}\n${PARA2}`)[1]!.rule).not.toBe('masthead');
  });

  it('splits a dateline that names any outlet in its brackets', () => {
    const line = `SPOKANE, Wash. (Inland Valley Wire) — ${PARA}`;
    expect(datelineLength(line)).toBe('SPOKANE, Wash. (Inland Valley Wire) — '.length);
    // Brackets after a mixed-case opening are a parenthesis of the sentence.
    expect(datelineLength(`Officials (Finance Ministry) — ${PARA}`)).toBe(0);
  });
});

describe('a web page header and footer in an unseen layout', () => {
  const page = [
    'Skip to main content',
    'Home | World | Europe | Business | Opinion',
    'Subscribe — 3 months for $2',
    'Sign in',
    'EUROPE',
    'Ferry operators and dockers resume talks over night shifts',
    'By Mara Lindqvist-Oyelaran | Published May 8, 2027, 9:40 a.m.',
    'Share on Facebook',
    'Share via email',
    'Copy link',
    PARA,
    PARA2,
    'Read more:',
    'Dockers vote to extend overtime ban',
    'Explainer: Who runs the northern ports?',
    'Sign up for our Europe newsletter',
    '© 2027 The Example Harbour Post. All rights reserved.',
    'Privacy Policy | Terms of Use | Contact us',
  ].join('\n');

  it('takes share buttons, a paywall button, the section label and the links under "Read more:" for chrome', () => {
    const kinds = kindsOf(page);
    expect(kinds.slice(0, 5).every((k) => k !== 'body')).toBe(true);
    expect(kinds[5]).toBe('title');
    expect(kinds[6]).toBe('byline');
    expect(kinds.slice(7, 10)).toEqual(['subscription', 'subscription', 'subscription']);
    expect(kinds.slice(10, 12)).toEqual(['body', 'body']);
    expect(kinds.slice(12).every((k) => k !== 'body')).toBe(true);
  });

  it('keeps sentences that open like buttons, and headline-shaped paragraphs with no label over them, as body', () => {
    expect(isSubscription('Subscribe, the union told members.')).toBe(false);
    expect(isSubscription('Share on Facebook')).toBe(true);
    expect(isByline('By Jane Doe | Published May 8, 2027, 9:40 p.m.')).toBe(true);
    const kinds = kindsOf(`${PARA}\nDockers vote to extend overtime ban\n${PARA2}`);
    expect(kinds[1]).not.toBe('boilerplate');
  });

  it('takes "OUTLET | SECTION" over the headline for the site, not a photo credit', () => {
    const text = `THE HARBOUR OBSERVER | WORLD\nFerry talks end in deadlock again\nBy Jane Doe\n${PARA}\n${PARA2}`;
    expect(kindsOf(text)[0]).toBe('boilerplate');
    // A photo credit keeps its kind.
    expect(kindsOf(`${PARA}\nDockers march in the port of Example.\nJane Doe | Reuters\n${PARA2}`)[2]).toBe('credit');
  });

  it('takes a short question alone between paragraphs for a section heading, not a quoted one', () => {
    expect(kindsOf(`${PARA}\nWhat happens now?\n${PARA2}`)[1]).toBe('heading');
    expect(kindsOf(`${PARA}\n"What happens now?"\n${PARA2}`)[1]).toBe('body');
    expect(kindsOf(`${PARA}\nWhy would anyone in the port ever agree to work the night shift again?\n${PARA2}`)[1]).toBe('body');
  });
});
