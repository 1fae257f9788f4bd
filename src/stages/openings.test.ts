import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWord, letterTrie, markEveryWalk, markRuns, markWalk, OpeningPositions } from './openings.js';

describe('markRuns', () => {
  it('marks what markWalk from every letter marks (words inside letter runs only)', () => {
    const letters = fc.stringMatching(/^[a-e]{1,4}$/);
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 12 }), fc.stringMatching(/^[a-e .'’İ-]{0,40}$/), (words, text) => {
        const trie = letterTrie();
        words.forEach((w, i) => addWord(trie, w, i));
        const lower = text.toLowerCase();
        const walked = new Uint8Array(words.length);
        for (let i = 0; i < lower.length; i++) markWalk(trie, lower, i, walked);
        const scanned = new Uint8Array(words.length);
        markRuns(trie, lower, scanned);
        expect([...scanned]).toEqual([...walked]);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a word inside a longer one and not across a space', () => {
    const trie = letterTrie();
    addWord(trie, 'cease', 0);
    addWord(trie, 'fire', 1);
    addWord(trie, 'sefi', 2);
    const marks = new Uint8Array(3);
    markRuns(trie, 'the ceasefire held', marks);
    expect([...marks]).toEqual([1, 1, 1]);
    const apart = new Uint8Array(3);
    markRuns(trie, 'cea se fi re', apart);
    expect([...apart]).toEqual([0, 0, 0]);
  });

  it('sees a word added after the trie was first walked', () => {
    const trie = letterTrie();
    addWord(trie, 'truce', 0);
    const before = new Uint8Array(2);
    markRuns(trie, 'a truce and talks', before);
    addWord(trie, 'talks', 1);
    const after = new Uint8Array(2);
    markRuns(trie, 'a truce and talks', after);
    expect([...before, ...after]).toEqual([1, 0, 1, 1]);
  });
});

describe('markEveryWalk', () => {
  const chain = (positions: OpeningPositions, mark: number) => {
    const out: number[] = [];
    for (let e = positions.first[mark]!; e >= 0; e = positions.next[e]!) out.push(positions.at[e]!);
    return out;
  };

  it('records every start of each mark once, in order, and forgets them on clear', () => {
    const trie = letterTrie();
    addWord(trie, 'ha', 0);
    addWord(trie, 'has', 0);
    addWord(trie, 'yet', 1);
    const positions = new OpeningPositions(2);
    const text = 'has yet to; he has not yet';
    for (const from of [0, 4, 8, 12, 15, 19, 23]) markEveryWalk(trie, text, from, positions);
    expect(chain(positions, 0)).toEqual([0, 15]);
    expect(chain(positions, 1)).toEqual([4, 23]);
    positions.clear();
    markEveryWalk(trie, 'yes', 0, positions);
    expect([chain(positions, 0), chain(positions, 1)]).toEqual([[], []]);
  });
});
