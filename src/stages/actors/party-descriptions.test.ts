/**
 * Bodies named in unseen shapes (invented names): an acronym cut at its "&" or "/" ("KD&P", "ABV/FTE") is one
 * body's name, and a party described by its family ("the Northern Christian democrats of KD&P") gives no person
 * to the adjectives before the family's plural.
 */
import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb } from './testing.js';

const kb = fictionalKb();

function entities(text: string) {
  const r = analyseActors(text, kb);
  return r.entities.map((e) => ({ ...e, texts: e.mentions.map((i) => r.mentions[i]!.text) }));
}
const names = (text: string, type: string) => entities(text).filter((e) => e.type === type).map((e) => e.name);

describe('an acronym joined by "&" or "/"', () => {
  it('is one body, not two acronyms or an acronym and an initial', () => {
    expect(names('The employers’ federation ABV/FTE welcomed the cap but criticised the levy.', 'organization')).toEqual(['ABV/FTE']);
    expect(names('Also the liberals of KD&P signalled that they could live with a cap.', 'organization')).toEqual(['KD&P']);
  });

  it('leaves research and development alone', () => {
    expect(names('Spending on R&D rose by a tenth, the ministry said.', 'organization')).toEqual([]);
  });
});

describe('a party described by its family', () => {
  it('gives no person to the capitalised adjectives before the family', () => {
    const text = 'Also the Northern Christian democrats of KD&P signalled that they could live with a cap, but chairman Tomas Verlinde called the levy unfair.';
    expect(names(text, 'person')).toEqual(['Tomas Verlinde']);
    expect(names(text, 'organization')).toEqual(['KD&P']);
  });
});

describe('a plural role after a name and a comma', () => {
  it('opens a clause about several people, no role of the name ("read by X, the two leaders agreed")', () => {
    const text =
      'Talks resumed with leader Karl Brandvold, in the presence of the envoy Ana Marr. According to the statement read by Ana Marr, the two leaders agreed to open two crossings.';
    const r = analyseActors(text, kb);
    expect(r.entities.find((e) => e.name === 'Ana Marr')?.roles).toEqual(['envoy']);
  });
});
