import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, stripDiacritics } from './text.js';

describe('stripDiacritics', () => {
  it('removes combining accents and keeps case and other characters', () => {
    expect(stripDiacritics('Zelenskyý Łukasz Erdoğan São')).toBe('Zelenskyy Łukasz Erdogan Sao');
    expect(stripDiacritics('O’Brien ﬁnal')).toBe('O’Brien final');
  });
});

describe('fold', () => {
  it('lowercases and removes diacritics and apostrophes', () => {
    expect(fold('O’Brien')).toBe('obrien');
    expect(fold("D'Alema ʼAbbas `x‘")).toBe('dalema abbas x');
    expect(fold('Sergueï LAVROV')).toBe('serguei lavrov');
  });

  it('matches the name matcher’s former definition on any text', () => {
    const former = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘`ʼ]/g, '');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(s) === former(s)));
  });
});
