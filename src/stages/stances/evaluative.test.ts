import { describe, expect, it } from 'vitest';
import { wordScore } from './evaluative.js';

describe('wordScore', () => {
  it('rates words by the lexicons, and a word that names an object property not at all', () => {
    expect(wordScore('good')).toBeGreaterThan(0);
    expect(wordScore('unacceptable')).toBeLessThan(0);
    for (const w of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'unconstructor']) expect(wordScore(w)).toBe(0);
  });
});
