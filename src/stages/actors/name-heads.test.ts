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

describe('"the government" in a report about one country', () => {
  it('is that country when the report names it far more than any other and never names its government', () => {
    const text = 'Freedonia and the Pax League reached a deal on Thursday. Fredville hopes the loan will calm markets. ' +
      'Under the deal, the government will sell stakes in two firms. Sylvania welcomed the deal. Freedonia must also cut subsidies.';
    expect(resolved(text, /government/)).toEqual([['the government', 'Freedonia']]);
  });

  it('is no one when two countries are named alike', () => {
    const text = 'Freedonia and Sylvania met in Geneva. Sylvania and Freedonia disagreed. The government said talks would go on.';
    expect(resolved(text, /government/)).toEqual([]);
  });
});

describe('a body\'s name that lists its fields after "for" or "of"', () => {
  const names = (text: string) => analyseActors(text, kb).entities.map((e) => e.name);
  it('keeps "Department for Culture, Media and Sport" whole', () => {
    expect(names('A spokesperson for the Department for Culture, Media and Sport said talks should resume.')).toContain('Department for Culture, Media and Sport');
  });
  it('but splits a list of bodies whose names have more words', () => {
    const found = names('The Institute for Fiscal Studies, Kestrel Economics and Tarn Capital disagreed.');
    expect(found).toContain('Institute for Fiscal Studies');
    expect(found.some((n) => n.includes(','))).toBe(false);
  });
});

describe('a person named before "of" and the body they speak for', () => {
  const people = (text: string) => analyseActors(text, kb).entities.filter((e) => e.type === 'person').map((e) => e.name);
  it('is a person at a sentence\'s start too ("Mara Quill of Corvane Aircraft said")', () => {
    expect(people('Mara Quill of Corvane Aircraft said the deal was good.')).toEqual(['Mara Quill']);
  });
  it('is a person before "of the <body> said" with no known given name ("Salka Hevory of the Freedonian Initiative for Rights said")', () => {
    expect(people('The plan drew criticism. Salka Hevory of the Freedonian Initiative for Rights said the budget was welcome.')).toEqual(['Salka Hevory']);
  });
});

describe('a description whose modifier is the body\'s own name word', () => {
  it('"the central bank" after the "Central Bank of Freedonia" is that bank; after a commercial bank it is no one', () => {
    expect(resolved('The Central Bank of Freedonia insists the currency floats. Analysts say the Pax League wants the central bank to stop intervening.', /bank/)).toEqual([['the central bank', 'Central Bank']]);
    expect(resolved('Harwell Bank raised its rates. Analysts say the central bank will follow.', /^the central bank$/)).toEqual([]);
  });

  it('"the cabinet" in a report about one country, with no cabinet named, is that country', () => {
    const text = 'Freedonia agreed a loan with the Pax League. Fredville will raise fuel prices. The cabinet has repeatedly said it will protect the poor.';
    expect(resolved(text, /cabinet/)).toEqual([['The cabinet', 'Freedonia']]);
  });
});

describe('the name a group gives itself', () => {
  it('"a group of members calling itself Players Against Copying" is a body', () => {
    const r = analyseActors('A group of about 400 members calling itself Players Against Copying said it would campaign for a No vote.', kb);
    expect(r.entities.find((e) => e.name === 'Players Against Copying')?.type).toBe('organization');
  });
});

describe('a plain name in apposition closed by a comma before a reporting verb', () => {
  it('is a person ("Its organiser, stunt performer Kade Bossey, told reporters")', () => {
    const r = analyseActors('A group said it would campaign for a No vote. Its organiser, stunt performer Kade Bossey, told reporters the deal was weak.', kb);
    expect(r.entities.find((e) => e.name === 'Kade Bossey')?.type).toBe('person');
  });
});

describe('a sentence\'s subject that "which" continues', () => {
  it('is a body ("Tarnguild, which represents crew, welcomed the deal")', () => {
    const r = analyseActors('Tarnguild, which represents crew, welcomed the agreement and said it would seek similar terms.', kb);
    expect(r.entities.find((e) => e.name === 'Tarnguild')?.type).toBe('organization');
  });
  it('not a date ("Monday, which was a holiday")', () => {
    const r = analyseActors('Monday, which was a holiday, passed quietly.', kb);
    expect(r.entities).toEqual([]);
  });
});

describe('a name right after an institution\'s kind', () => {
  it('is the institution\'s even when a given name opens it ("the media law firm Mara Whitcombe")', () => {
    const r = analyseActors('"Consent is consent," said Dara Kell, a partner at the media law firm Mara Whitcombe.', kb);
    expect(r.entities.find((e) => e.name === 'Mara Whitcombe')?.type).toBe('organization');
    expect(r.entities.find((e) => e.name === 'Dara Kell')?.type).toBe('person');
  });
  it('not after an occupation ("film producer Mara Whitcombe said")', () => {
    const r = analyseActors('Film producer Mara Whitcombe said the deal was fair.', kb);
    expect(r.entities.find((e) => e.name === 'Mara Whitcombe')?.type).toBe('person');
  });
});
