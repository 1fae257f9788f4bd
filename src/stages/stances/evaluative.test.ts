import { describe, expect, it } from 'vitest';
import { evaluate, wordScore } from './evaluative.js';

describe('wordScore', () => {
  it('rates words by the lexicons, and a word that names an object property not at all', () => {
    expect(wordScore('good')).toBeGreaterThan(0);
    expect(wordScore('unacceptable')).toBeLessThan(0);
    for (const w of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'unconstructor']) expect(wordScore(w)).toBe(0);
  });
});

describe('evaluate', () => {
  it('belittles whatever is "nothing more than" or "nothing but a" thing, and keeps "nothing but good" praise', () => {
    expect(evaluate('is nothing more than a temporary respite')).toBeLessThanOrEqual(-2);
    expect(evaluate('was little more than a formality')).toBeLessThanOrEqual(-2);
    expect(evaluate('is nothing but a pause')).toBeLessThanOrEqual(-2);
    expect(evaluate('had been nothing but good')).toBeGreaterThanOrEqual(2);
    // Only after a copula: wanting nothing more than a thing, or a bound on a number, belittles nothing.
    expect(evaluate('wanted nothing more than a ceasefire')).toBe(0);
    expect(evaluate('with no more than 100 monitors')).toBe(0);
  });
});
