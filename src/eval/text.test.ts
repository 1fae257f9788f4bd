import { describe, expect, it } from 'vitest';
import { dice, wordTokens } from './text.js';

describe('wordTokens', () => {
  it('lowercases letter and digit runs after NFKC', () => {
    expect(wordTokens('The U.S. “ceasefire”, 30-day')).toEqual(['the', 'u', 's', 'ceasefire', '30', 'day']);
    expect(wordTokens('ﬁnal ＵＮ Kye\u0301v')).toEqual(['final', 'un', 'kyév']);
  });
});

describe('dice', () => {
  it('is the multiset Dice coefficient', () => {
    expect(dice(['a', 'b', 'c'], ['a', 'b', 'd'])).toBeCloseTo(2 / 3);
    expect(dice(['a', 'a'], ['a'])).toBeCloseTo(2 / 3);
    expect(dice(['a', 'a'], ['a', 'a'])).toBe(1);
  });

  it('scores two empty lists as identical and one empty list as sharing nothing', () => {
    expect(dice([], [])).toBe(1);
    expect(dice([], ['a'])).toBe(0);
    expect(dice(['a'], [])).toBe(0);
  });
});
