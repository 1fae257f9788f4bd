import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb } from './testing.js';

const kb = fictionalKb();
/** The body each mention of a text resolves to, as [mention, body] pairs, for the mentions the pattern matches. */
function resolved(text: string, pattern: RegExp): [string, string][] {
  const r = analyseActors(text, kb, '2025-05-01');
  return r.mentions.filter((m) => pattern.test(m.text)).map((m) => [m.text, r.entities[m.entity]!.name]);
}

describe('a body named in full, then by the capitalised last word of its name', () => {
  it('reads "the Fund", "Fund staff" and "a Fund spokesperson" as the body, however far on', () => {
    const text = [
      'Freedonia and the International Reconstruction Fund agreed a loan on Monday.',
      'The Fund wants faster reforms.',
      'Talks resumed.', 'Nothing moved.', 'Ships waited.', 'Prices rose.', 'Markets fell.',
      'Fund staff want to see the currency float.',
      'A Fund spokesperson said the review would go ahead, a concession to Fund staff who had doubts.',
      'Analysts expect the Fund to relent.',
    ].join(' ');
    expect(resolved(text, /Fund/)).toEqual([
      ['International Reconstruction Fund', 'International Reconstruction Fund'],
      ['The Fund', 'International Reconstruction Fund'],
      ['Fund', 'International Reconstruction Fund'],
      ['Fund', 'International Reconstruction Fund'],
      ['Fund', 'International Reconstruction Fund'],
      ['the Fund', 'International Reconstruction Fund'],
    ]);
  });

  it('reads "the Assembly" after a named assembly, also before "in May"', () => {
    expect(resolved('The text was adopted by the Northern Health Assembly in 2024 and could go to the Assembly in May.', /Assembly/)).toEqual([
      ['Northern Health Assembly', 'Northern Health Assembly'],
      ['the Assembly', 'Northern Health Assembly'],
    ]);
  });

  it('not when the word opens a longer name or no body of that name was named', () => {
    expect(resolved('The International Reconstruction Fund met. The Fund for Peace said the loan was late.', /^(?:The|the) Fund$/)).toEqual([]);
    expect(resolved('Freedonia signed a loan. The Fund said the loan was late.', /Fund/)).toEqual([]);
  });
});

describe('a body given its kind in apposition or before its name', () => {
  it('"Tarn Guild, the performing arts union," is a body the report then calls "the union"', () => {
    const text = 'Members of Tarnguild, the performing arts union, voted to strike. The union said on Monday that talks had failed. Tarnguild wants consent for every use.';
    const r = resolved(text, /Tarnguild|union/);
    expect(r).toContainEqual(['the performing arts union', 'Tarnguild']);
    expect(r).toContainEqual(['The union', 'Tarnguild']);
    expect(r.filter(([, body]) => body === 'Tarnguild').length).toBe(4);
  });

  it('a one-word name an apposition showed to be a body stays one alone ("Kestrel said"), and "the trade body" is it', () => {
    const text = 'The result piles pressure on Kestrel, the trade body that negotiates for producers. The trade body said it was open to talks. ' +
      'A rally outside Kestrel\'s offices drew hundreds. Kestrel said it would not move. Talks with Kestrel resume on Monday.';
    const r = resolved(text, /Kestrel|body/);
    expect(r).toEqual([
      ['Kestrel', 'Kestrel'],
      ['the trade body', 'Kestrel'],
      ['The trade body', 'Kestrel'],
      ['Kestrel', 'Kestrel'],
      ['Kestrel', 'Kestrel'],
      ['Kestrel', 'Kestrel'],
    ]);
  });

  it('"the performers\' union Tarnguild" makes "the union" Tarnguild', () => {
    const text = 'The strike was called off after the performers\' union Tarnguild and producers\' body Kestrel reached a deal. Tarnguild said it would put the deal to members. The union said members would vote next month.';
    expect(resolved(text, /union/)).toEqual([['The union', 'Tarnguild']]);
  });

  it('not a person in apposition ("Lena Marsh, the party\'s leader")', () => {
    const r = analyseActors('Lena Marsh, the party\'s leader, said the talks had failed.', kb);
    expect(r.entities.find((e) => e.name === 'Lena Marsh')?.type).toBe('person');
  });
});
