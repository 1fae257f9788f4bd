import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combinedAlternation } from './events/index.js';
import { TRIGGERS } from './events/lexicon.js';
import { PairDispatch, prefixesOf } from './regex-pairs.js';

/** Every match of one alternation of `patterns`, as `index:text:pattern`, searching on from each match's end. */
function wholeMatches(patterns: string[], flags: string, text: string): string[] {
  const re = new RegExp(patterns.map((p) => `(${p})`).join('|'), flags + 'g');
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}:${m.slice(1).findIndex((g) => g !== undefined)}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function dispatchedMatches(dispatch: PairDispatch, text: string): string[] {
  const out: string[] = [];
  for (let m = dispatch.exec(text, 0); m; m = dispatch.exec(text, m.index + Math.max(1, m.text.length))) out.push(`${m.index}:${m.text}:${m.pattern}`);
  return out;
}

const join = (ps: string[]) => ps.map((p) => `(${p})`).join('|');

/** The two-character openings of a pattern written out, e.g. "ab ac d." (a lone character: a whole match). */
function pairs(pattern: string, ignoreCase = false): string | null {
  const p = prefixesOf(pattern, ignoreCase);
  if (!p) return null;
  const out: string[] = [];
  const has = (set: Uint32Array, i: number) => (set[i >> 5]! & (1 << (i & 31))) !== 0;
  for (let a = 0; a < 128; a++) {
    if (!has(p.first, a)) continue;
    if (has(p.single, a)) out.push(`${String.fromCharCode(a)}.`);
    for (let b = 0; b < 128; b++) if (p.second[a] && has(p.second[a]!, b)) out.push(String.fromCharCode(a, b));
  }
  return out.join(' ');
}

describe('prefixesOf', () => {
  it('reads the first two characters through groups, optional parts, repeats and look-arounds', () => {
    expect(pairs(String.raw`\b(?:agree|deal)s?`)).toBe('ag de');
    expect(pairs(String.raw`(?:un)?sign`)).toBe('si un');
    expect(pairs(String.raw`(?<=\bto\s+)back`)).toBe('ba');
    expect(pairs('a?b')).toBe('ab b.');
    expect(pairs('a+')).toBe('a. aa');
    expect(pairs('a{2}b')).toBe('aa ab');
    expect(pairs('(?:)x|y(?=z)z', true)).toBe('X. YZ Yz x. yZ yz');
  });

  it('counts an escape it cannot take apart as anything, and an empty match as no opening at all', () => {
    expect(pairs(String.raw`\u0041b`)).toContain('q7 q8');
    expect(pairs(String.raw`\u0041b`)).toContain('b.');
    expect(pairs('a*')).toBeNull();
    expect(pairs('(?=x)')).toBeNull();
  });
});

describe('PairDispatch', () => {
  it('finds what one alternation of the event triggers finds, sentence by sentence', () => {
    const patterns = TRIGGERS.map((t) => t.pattern.split('(?=[A-Z])').join(''));
    const dispatch = new PairDispatch(patterns, 'i', combinedAlternation);
    const sentences = [
      'Russia and Ukraine agreed to a ceasefire on Tuesday, officials said.',
      'The minister called for talks and warned of new sanctions; troops withdrew from the border.',
      'They will not back the plan, but said they would release 20 prisoners in a prisoner swap.',
      'A hopeful sign: the two sides signed a deal in Riyadh after Putin phoned Zelensky.',
      'Strikes halted. STOPPED SHOOTING at dawn, it said; a truce',
    ];
    for (const s of sentences) expect(dispatchedMatches(dispatch, s)).toEqual(wholeMatches(patterns, 'i', s));
  });

  it('gives the leftmost, earliest-listed match of a single alternation on any text', () => {
    const pattern = fc.constantFrom('\\bab', 'b+c', 'a(?:b|c)?', '\\bc\\b', '(?<=a)b', '[b-d]a', 'x?y', 'é', '\\sa', '[^a]b', 'a|\\bb', 'c{2,3}d', '(?:ab?)+c', 'b(?!c)', '.a', '\\x61b');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'x', 'y', 'é', ' ', 'A', 'B'), maxLength: 16 });
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), text, fc.boolean(), (patterns, s, ignoreCase) => {
        const flags = ignoreCase ? 'i' : '';
        expect(dispatchedMatches(new PairDispatch(patterns, flags, join), s)).toEqual(wholeMatches(patterns, flags, s));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same match through the opening-word trie (word-opening patterns, ignoring case)', () => {
    const pattern = fc.constantFrom('\\bab', '\\bab(?:c|d)', '\\b(?:ab|ba)c?', '\\bc\\b', '\\b(?:x)?ya', '\\b[ab]c', '\\bAbc', '\\bb+a', '\\b(?:ca|d)b', '\\bab\\s+c', '\\b\\w+ed');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'x', 'y', 'é', ' ', 'A', 'B', 'C', '-', '1'), maxLength: 16 });
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 6 }), text, (patterns, s) => {
        expect(dispatchedMatches(new PairDispatch(patterns, 'i', join), s)).toEqual(wholeMatches(patterns, 'i', s));
      }),
      { numRuns: 1000 },
    );
  });

  it('still searches correctly when a pattern can match the empty string', () => {
    const patterns = ['ab', 'c*'];
    expect(dispatchedMatches(new PairDispatch(patterns, '', join), 'xabcc')).toEqual(wholeMatches(patterns, '', 'xabcc'));
  });
});
