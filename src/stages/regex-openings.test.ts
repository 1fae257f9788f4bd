import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combinedAlternation } from './events/index.js';
import { TRIGGERS } from './events/lexicon.js';
import { OpeningDispatch, openingsOf } from './regex-openings.js';

const letters = (pattern: string, ignoreCase = false) => {
  const o = openingsOf(pattern, ignoreCase);
  return o && { chars: [...o.ascii].flatMap((on, c) => (on ? [String.fromCharCode(c)] : [])).join(''), nonAscii: o.nonAscii };
};

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

function dispatchedMatches(dispatch: OpeningDispatch, text: string): string[] {
  const out: string[] = [];
  for (let m = dispatch.exec(text, 0); m; m = dispatch.exec(text, m.index + Math.max(1, m.text.length))) out.push(`${m.index}:${m.text}:${m.pattern}`);
  return out;
}

const join = (ps: string[]) => ps.map((p) => `(${p})`).join('|');

describe('openingsOf', () => {
  it('reads literals, groups, classes, optional parts and look-arounds', () => {
    expect(letters(String.raw`\b(?:agree|deal)s?`)).toEqual({ chars: 'ad', nonAscii: false });
    expect(letters(String.raw`(?:un)?sign`)).toEqual({ chars: 'su', nonAscii: false });
    expect(letters(String.raw`(?<=\bto\s+)back`)).toEqual({ chars: 'b', nonAscii: false });
    expect(letters(String.raw`[x-z’]+a`)).toEqual({ chars: 'xyz', nonAscii: true });
    expect(letters('ab', true)).toEqual({ chars: 'Aa', nonAscii: false });
    expect(letters(String.raw`\s*x`)?.nonAscii).toBe(true);
  });

  it('counts what it cannot read as any character, and an empty match as no opening at all', () => {
    expect(letters(String.raw`\p{L}x`)?.chars.length).toBe(128);
    expect(letters(String.raw`[^a]`)?.chars.length).toBe(128);
    expect(letters('a*')).toBeNull();
    expect(letters('(?=x)')).toBeNull();
  });
});

describe('OpeningDispatch', () => {
  it('finds what one alternation of the event triggers finds, sentence by sentence', () => {
    const patterns = TRIGGERS.map((t) => t.pattern.split('(?=[A-Z])').join(''));
    const dispatch = new OpeningDispatch(patterns, 'i', combinedAlternation);
    const sentences = [
      'Russia and Ukraine agreed to a ceasefire on Tuesday, officials said.',
      'The minister called for talks and warned of new sanctions; troops withdrew from the border.',
      'They will not back the plan, but said they would release 20 prisoners in a prisoner swap.',
      'A hopeful sign: the two sides signed a deal in Riyadh after Putin phoned Zelensky.',
    ];
    for (const s of sentences) expect(dispatchedMatches(dispatch, s)).toEqual(wholeMatches(patterns, 'i', s));
  });

  it('gives the leftmost, earliest-listed match of a single alternation on any text', () => {
    const pattern = fc.constantFrom('\\bab', 'b+c', 'a(?:b|c)?', '\\bc\\b', '(?<=a)b', '[b-d]a', 'x?y', 'é', '\\sa', '[^a]b', 'a|\\bb');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'x', 'y', 'é', ' ', 'A', 'B'), maxLength: 16 });
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), text, fc.boolean(), (patterns, s, ignoreCase) => {
        const flags = ignoreCase ? 'i' : '';
        expect(dispatchedMatches(new OpeningDispatch(patterns, flags, join), s)).toEqual(wholeMatches(patterns, flags, s));
      }),
      { numRuns: 500 },
    );
  });

  it('still searches correctly when a pattern can match the empty string', () => {
    const patterns = ['ab', 'c*'];
    expect(dispatchedMatches(new OpeningDispatch(patterns, '', join), 'xabcc')).toEqual(wholeMatches(patterns, '', 'xabcc'));
  });
});
