/**
 * Page chrome in unseen shapes (invented pages): a machine-translation notice, share buttons set on one line, a
 * caption marked "[Photo]" with a "©" credit under it, a kicker naming the kind of piece, a contributor line with
 * the place before the verb, and a site's name among the chrome above the headline.
 */
import { describe, expect, it } from 'vitest';
import type { ZoneKind } from '../core/model.js';
import { bylineRule, detectZones, isCaptionShaped, isSignature, isSubscription, lineKinds } from './zones.js';

const PARA =
  'The two delegations left the harbour authority late on Wednesday without an agreement on berth fees, and both said they would consult their members before the next round.';
const PARA2 =
  'A third session is planned for early next month, although neither side would confirm the venue or say whether the mediator would attend.';

const kindsOf = (text: string): ZoneKind[] => lineKinds(text, detectZones(text)).map((l) => l.kind);

describe('line rules', () => {
  it('reads a machine-translation notice that names no source as a signature', () => {
    expect(isSignature('This article was translated automatically.')).toBe(true);
    expect(isSignature('This story has been machine-translated from Portuguese and may contain errors.')).toBe(true);
    expect(isSignature('Automatic translation')).toBe(true);
    // A sentence about a translation is body.
    expect(isSignature('The charter was translated automatically into nine languages for the delegates.')).toBe(false);
  });

  it('reads a row of share buttons on one line as a prompt', () => {
    expect(isSubscription('Share: Telegram | Reddit | E-mail | Copy link')).toBe(true);
    expect(isSubscription('Share on Facebook  Share on Reddit  Print this story')).toBe(true);
    expect(isSubscription('Share this article: Twitter, Facebook, Email')).toBe(true);
    // A headline about sharing is no button row.
    expect(isSubscription('Harbour board to share costs with port towns')).toBe(false);
  });

  it('reads a line opening with a bracketed picture label as a caption', () => {
    expect(isCaptionShaped('[Photo] Mayor Elin Dragsund leaves the port authority after the vote.')).toBe(true);
    expect(isCaptionShaped('(Picture) Dock workers gather outside the terminal gates.')).toBe(true);
    expect(isCaptionShaped('[Update] The talks resumed on Thursday.')).toBe(false);
  });

  it('reads a contributor line with the place before the verb as a byline', () => {
    expect(bylineRule('Associated Press writer Mara Quill in Tulsa, Oklahoma, contributed to this report.')).toBe('contributor-line');
    expect(bylineRule('Reuters reporter Jon Vesk in Bergen contributed.')).toBe('contributor-line');
  });
});

describe('detectZones', () => {
  it('gives a "©" line under a caption to the caption as its credit, and keeps a dated copyright as chrome', () => {
    const text = `Port talks stall over berth fees\n\n${PARA}\n\n[Photo] Mayor Elin Dragsund leaves the port authority after the vote.\n© Nordlys / Kari Holm\n\n${PARA2}\n\n© 2027 Example Harbour Gazette. All rights reserved.`;
    expect(kindsOf(text)).toEqual(['title', 'body', 'caption', 'credit', 'body', 'boilerplate']);
  });

  it('reads "ANALYSIS" over the headline as a heading (the kind of piece), a section name as chrome', () => {
    expect(kindsOf(`OPINION\n\nWhy the port deal will not hold\n\n${PARA}\n\n${PARA2}`)).toEqual(['heading', 'title', 'body', 'body']);
    expect(kindsOf(`MARKETS\n\nWhy the port deal will not hold\n\n${PARA}\n\n${PARA2}`)).toEqual(['boilerplate', 'title', 'body', 'body']);
  });

  it("reads an outlet's name between chrome lines at the top of a page as the site's name, and finds the headline under the chrome", () => {
    const text = `Skip to main content\nNordic Harbour Review\nHome | Ports | Shipping | Opinion | Podcasts\nSign in\n\nPort talks stall over berth fees\n\nShare: Telegram | Reddit | Copy link\n\n${PARA}\n\n${PARA2}`;
    expect(kindsOf(text)).toEqual(['boilerplate', 'signature', 'boilerplate', 'boilerplate', 'title', 'subscription', 'body', 'body']);
  });

  it('finds the headline under a translation notice', () => {
    const text = `Home › Economy › Ports\nThis article was translated automatically.\n\nPort talks stall over berth fees and pilot rules\n\n${PARA}\n\n${PARA2}`;
    expect(kindsOf(text)).toEqual(['boilerplate', 'signature', 'title', 'body', 'body']);
  });
});
