/**
 * Header layouts from QA pass 11, rebuilt with invented names: a dateline whose place holds a one-letter
 * joining word, a headline with its byline and the outlet's name on the next line, and a masthead with an
 * outlet noun above the headline and its byline.
 */
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/model.js';
import { inferMetadata } from './metadata.js';
import { detectZones } from './zones.js';

const PARA = 'Both sides described the first meeting as constructive but warned that serious differences remained over the sequencing of any settlement.';
const PARA2 = 'The delegation arrived on Tuesday evening for a second round of talks, officials said, adding that no agreement was expected before the weekend.';

function infer(text: string) {
  const raw: RawDocument = { name: 'doc', source: 'doc', url: null, text, format: 'text', encoding: 'utf-8', given: {} };
  return inferMetadata(raw, detectZones(text, 'text'));
}

describe('a dateline whose place joins its words with one letter', () => {
  it('names the agency in its brackets, over an "Editing by" trailer', () => {
    const text = `Mountain parish brokers truce between rival bands\n\nBy Tomas Ferrand\n\nSANTA Y MORA, Freedonia, Feb 9 (AP) - Two armed groups have agreed to a ceasefire in the valley, officials said.\n\n${PARA}\n\n(Reporting by Tomas Ferrand; Editing by Rick Roe)`;
    const m = infer(text);
    expect(m.outlet).toMatchObject({ value: 'Associated Press', origin: 'text:dateline' });
    expect(detectZones(text).some((z) => z.kind === 'dateline' && text.slice(z.start, z.end).startsWith('SANTA Y MORA'))).toBe(true);
  });

  it('names any outlet in its brackets', () => {
    const text = `Mountain parish brokers truce between rival bands\n\nBy Tomas Ferrand\n\nVILLA E CASTRO, Freedonia, Feb 9 (Harbour Wire Digest) - Two armed groups have agreed to a ceasefire in the valley, officials said.\n\n${PARA}`;
    expect(infer(text).outlet).toMatchObject({ value: 'Harbour Wire Digest', origin: 'text:dateline' });
  });
});

describe('the outlet named on the line under the byline', () => {
  const text = `Riverton council proposes pay floor for delivery riders; Zipvan threatens to leave\n\nBy Karla Nemec\nRiverton Evening Ledger\n\nRIVERTON, March 4, 2025 - Riverton's city council on Tuesday proposed a minimum pay rule for delivery riders, setting up a clash with Zipvan.\n\n${PARA}\n\n${PARA2}`;
  it('leaves the headline above the byline the title', () => {
    expect(infer(text).title).toMatchObject({ value: 'Riverton council proposes pay floor for delivery riders; Zipvan threatens to leave', origin: 'text:first-line' });
  });
  it('reads the outlet from that line', () => {
    expect(infer(text).outlet).toMatchObject({ value: 'Riverton Evening Ledger', origin: 'text:site-name' });
  });
});

describe('a masthead with an outlet noun above the headline and its byline', () => {
  it('is the site, and the headline under it the title', () => {
    const text = `Leeward Business Journal\n\nFreedonia offers bondholders 40% haircut, creditors push back\n\nBy Dana Alleyne\n\nPORTVILLE, Oct 14 (Reuters) - Freedonia on Tuesday offered holders of its bonds a 40 percent cut in the principal they are owed.\n\n${PARA}\n\n${PARA2}`;
    const zones = detectZones(text);
    expect(zones[0]).toMatchObject({ kind: 'signature', rule: 'site-name' });
    expect(infer(text).title.value).toBe('Freedonia offers bondholders 40% haircut, creditors push back');
  });
  it('is not read from a line of section words alone', () => {
    const text = `World News\n\nFreedonia offers bondholders 40% haircut, creditors push back\n\nBy Dana Alleyne\n\n${PARA} ${PARA2}\n\n${PARA2}`;
    expect(detectZones(text)[0]!.kind).not.toBe('signature');
  });
});
