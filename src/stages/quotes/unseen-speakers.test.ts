/**
 * Speakers on unseen reports (invented names): a body's officer by its possessive ("its chairman"), the
 * unnamed official introduced before, a name in apposition after a role, and a content span that never
 * starts inside a word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/model.js';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from '../actors/testing.js';
import { detectZones } from '../../ingest/zones.js';
import { quoteStage } from './index.js';

const kb = new KnowledgeBase([
  PackSchema.parse({
    id: 'fiction-speakers',
    name: 'Fiction speakers',
    actors: [
      { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville'] },
      { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'] },
      { id: 'daily-lantern', name: 'Daily Lantern', type: 'organization' },
    ],
  }),
]);

function run(text: string): { quotes: Quote[]; speakerOf: (q: Quote | undefined) => string | null } {
  const a = analyseActors(text, kb, '2027-05-01');
  const zones = detectZones(text, 'text');
  const { quotes } = quoteStage.run({ text, zones, published: '2027-05-01', language: 'en' }, { ...a, quotes: [], events: [], stances: [] }, kb);
  return { quotes, speakerOf: (q) => (q && q.speaker !== null ? a.entities[q.speaker]!.name : null) };
}

describe('"its/their <role>" as a source', () => {
  it('speaks for the body named last as a subject, not for a person named before', () => {
    const text = 'Farmer Tobias Renn spoke first. The Harbour Growers Federation rejected the plan on Monday. "The ban would wreck our yields," its chairman said.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('The ban')))).toBe('Harbour Growers Federation');
  });
});

describe('"the official" after an unnamed official', () => {
  it('is no other person named before', () => {
    const text = 'Freedonian Trade Minister Alma Torvik said on Monday the deal was close.\n\nA senior coalition official said on Thursday the deal was dead. "We will not sign," the official told the Daily Lantern.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('We will not sign')))).toBeNull();
  });

  it('speaks for the country the introduction names', () => {
    const text = 'Freedonian Trade Minister Alma Torvik said on Monday the deal was close.\n\nA senior Sylvanian official said on Thursday the deal was dead. "We will not sign," the official told the Daily Lantern.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('We will not sign')))).toBe('Sylvania');
  });
});

describe('a name in apposition after a role', () => {
  it('is who "he" is in the quote that follows', () => {
    const text = 'Water Minister Alem Worku said Sylvania had offered arbitration. "We stayed at the table," he said.\n\nA Freedonian foreign ministry spokesman, Karim Saleh, dismissed the account. "Sylvania refused every clause," he said.';
    const { quotes, speakerOf } = run(text);
    expect(speakerOf(quotes.find((q) => q.text.startsWith('Sylvania refused')))).toBe('Karim Saleh');
  });
});

describe('a reported clause', () => {
  it('keeps a word that starts like a cue\'s tail ("said the mediators would ...")', () => {
    const { quotes } = run('Envoy Moro Kante said the mediators would present a revised text within two weeks.');
    expect(quotes[0]?.text).toBe('the mediators would present a revised text within two weeks');
  });

  it('never starts inside a word (property)', () => {
    const nouns = ['mediators', 'media', 'reporters', 'pressmen', 'journalists', 'presses', 'mediation team', 'briefers', 'conferees'];
    fc.assert(
      fc.property(fc.constantFrom(...nouns), fc.constantFrom('said', 'told', 'added'), (noun, verb) => {
        const text = `Envoy Moro Kante ${verb} the ${noun} would present a revised text within two weeks.`;
        for (const q of run(text).quotes) {
          expect(/[\p{L}\p{N}]/u.test(text[q.start - 1] ?? ' ') && /^[\p{L}\p{N}]/u.test(q.text)).toBe(false);
        }
      }),
    );
  });
});

describe('a report inside a relative clause', () => {
  it('is said by the phrase after "that", not the sentence\'s subject ("talks that both sides said would hold")', () => {
    const { quotes, speakerOf } = run('Freedonia and Sylvania agreed on Monday to a truce, in talks hosted by Tobago that both sides said would hold only if the guns stayed silent.');
    const q = quotes.find((x) => x.text.includes('would hold'));
    expect(q ? speakerOf(q) : null).toBeNull();
  });
});

describe('asking not to be named', () => {
  it('reports no statement', () => {
    const { quotes } = run('Freedonia had proposed 30 km, but Sylvania offered 15 km, and the two sides settled on 20 km, according to a Tobagan official who asked not to be named.');
    expect(quotes.map((q) => q.text)).not.toContain('not to be named');
    expect(quotes.some((q) => /not to be/.test(q.text))).toBe(false);
  });
});

describe('a relative clause set inside the subject of a reported clause', () => {
  it('does not cut the content ("The deal with X, which bargains for A and B, requires ..., the guild said")', () => {
    const { quotes } = run('The deal with the Pax Producers League, which bargains for Kelvane and other Studios, requires a minimum of four writers per room, the guild said.');
    expect(quotes[0]?.text).toBe('The deal with the Pax Producers League, which bargains for Kelvane and other Studios, requires a minimum of four writers per room');
  });

  it('still stops at a relative clause that trails the content', () => {
    const { quotes } = run('Envoy Moro Kante said the talks had failed, which surprised the mediators.');
    expect(quotes[0]?.text).toBe('the talks had failed');
  });
});
