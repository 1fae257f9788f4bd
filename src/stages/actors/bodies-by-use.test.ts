/**
 * Bodies a report names by one word or by initials, found from how the report uses them: acting in the present or
 * with an adverb or an aside between ("Unite is demanding", "Junts also rejected", "Sumar, for its part, insists"),
 * the short name given in parentheses ("(Afreximbank)"), a demonym opening a union's name, and its initials used
 * alone ("CUPW" after the Canadian Union of Postal Workers). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { analyseActors, fictionalKb, resolvedMentions } from './testing.js';

const kb = fictionalKb();
const names = (text: string) => analyseActors(text, kb, '2026-05-01').entities.map((e) => e.name);
const resolved = (text: string, pattern: RegExp) => resolvedMentions(text, pattern, kb);

describe('a one-word body acting', () => {
  it('in the progressive or the present', () => {
    expect(names('Talks resumed on Monday. Unite is rejecting the offer. Unite demands a pay rise.')).toContain('Unite');
  });

  it('past an adverb, an aside or a title naming it', () => {
    const text = 'The spokesman of Vortex in parliament, Jordi Casals, announced talks. Vortex also rejected the levy. Later, Vortex, for its part, insists on a vote.';
    expect(names(text)).toContain('Vortex');
  });
});

describe('short names and initials', () => {
  it('reads a short name given in parentheses as the body wherever it stands alone', () => {
    const text = 'Freedonia asked the Continental Export-Import Bank (Conteximbank) for relief. Conteximbank and the lenders rejected the haircut.';
    expect(resolved(text, /Cont/)).toEqual([
      ['Continental Export-Import Bank', 'Continental Export-Import Bank'],
      ['Conteximbank', 'Continental Export-Import Bank'],
      ['Conteximbank', 'Continental Export-Import Bank'],
    ]);
  });

  it('keeps a demonym opening a union\'s name, and joins its initials used alone', () => {
    const text = 'The Canadian Union of Postal Workers rejected the offer. CUPW said members would vote on Friday.';
    expect(resolved(text, /Union|CUPW/)).toEqual([
      ['Canadian Union of Postal Workers', 'Canadian Union of Postal Workers'],
      ['CUPW', 'Canadian Union of Postal Workers'],
    ]);
  });
});

describe('a party\'s name inside the name of a law', () => {
  it('is the law\'s field, not the party', () => {
    const text = 'Labour Minister Priya Dhaliwal said she could use Section 107 of the Canada Labour Code to end the strike.';
    const r = analyseActors(text, loadKnowledge(), '2026-05-01');
    expect(r.entities.map((e) => e.name)).not.toContain('Labour');
    expect(r.entities.find((e) => e.name === 'Priya Dhaliwal')?.party ?? null).not.toBe('labour-party-uk');
  });
});

describe('a body that employs the workers of a dispute', () => {
  it('is "the corporation" and "the company"; "the union" named first is the union named next', () => {
    const text = 'The union representing 55,000 Canada Post workers has rejected the offer. The Canadian Union of Postal Workers said wages were too low. The corporation has proposed a pension change.';
    const r = analyseActors(text, loadKnowledge(), '2026-05-01');
    const of = (surface: string) => r.entities[r.mentions.find((m) => m.text === surface)?.entity ?? -1]?.name;
    expect(of('The union')).toBe('Canadian Union of Postal Workers');
    expect(of('The corporation')).toBe('Canada Post');
  });
});
