import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { talksMerge, talksOfKeys } from './talks.js';

const FIVE = 'dunmore+kestland+ostravia+velmark+corrinia'.split('+').sort().join('+');

describe('talks reported with fewer parties are the multilateral talks', () => {
  it('shows a pair inside a five-party key, sharing an object, as the five-party talks', () => {
    const m = talksMerge([`auto:deal@${FIVE}`, 'auto:deal@ostravia+velmark', 'auto:proposal@ostravia+velmark', 'auto:ceasefire@hamas+israel']);
    expect(m.shownAs('auto:deal@ostravia+velmark')).toBe(`auto:deal@${FIVE}`);
    // Every object of the pair's talks moves, not only the shared one.
    expect(m.shownAs('auto:proposal@ostravia+velmark')).toBe(`auto:proposal@${FIVE}`);
    expect(m.shownAs('auto:ceasefire@hamas+israel')).toBe('auto:ceasefire@hamas+israel');
    expect(m.shownAs('peace-deal')).toBe('peace-deal');
    expect(m.members(`auto:deal@${FIVE}`).sort()).toEqual([`auto:deal@${FIVE}`, 'auto:deal@ostravia+velmark'].sort());
    // A filter on the pair's id finds the talks as shown.
    expect(m.members('auto:deal@ostravia+velmark').sort()).toEqual([`auto:deal@${FIVE}`, 'auto:deal@ostravia+velmark'].sort());
    expect(m.size).toBe(2);
  });

  it('matches objects by head word ("herring deal" and "deal")', () => {
    expect(talksMerge([`auto:herring-deal@${FIVE}`, 'auto:deal@ostravia+velmark']).shownAs('auto:deal@ostravia+velmark')).toBe(`auto:deal@${FIVE}`);
  });

  it('keeps a pair that shares no object with the multilateral talks apart', () => {
    const m = talksMerge([`auto:quota@${FIVE}`, 'auto:tariffs@ostravia+velmark']);
    expect(m.shownAs('auto:tariffs@ostravia+velmark')).toBe('auto:tariffs@ostravia+velmark');
    expect(m.size).toBe(0);
  });

  it('shows nested multilateral keys as the largest', () => {
    const keys = new Map([
      ['a+b', new Set(['deal'])],
      ['a+b+c', new Set(['deal'])],
      ['a+b+c+d', new Set(['deal', 'ban'])],
    ]);
    expect(Object.fromEntries(talksOfKeys(keys))).toEqual({ 'a+b': 'a+b+c+d', 'a+b+c': 'a+b+c+d' });
  });

  it('leaves a pair inside two different multilateral talks, neither inside the other, as it is', () => {
    const keys = new Map([
      ['a+b', new Set(['deal'])],
      ['a+b+c', new Set(['deal'])],
      ['a+b+d', new Set(['deal'])],
    ]);
    expect(talksOfKeys(keys).get('a+b')).toBeUndefined();
  });

  it('never merges two-party talks into each other', () => {
    expect(talksMerge(['auto:deal@a+b', 'auto:deal@a+c', 'auto:deal@b+c']).size).toBe(0);
  });

  it('does not depend on the order reports arrived in', () => {
    const side = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const id = fc.tuple(fc.constantFrom('deal', 'ban', 'quota'), fc.uniqueArray(side, { minLength: 2, maxLength: 4 })).map(([o, s]) => `auto:${o}@${[...s].sort().join('+')}`);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 12 }), fc.infiniteStream(fc.nat()), (ids, rnd) => {
        const shuffled = [...ids];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = rnd.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = talksMerge(ids);
        const b = talksMerge(shuffled);
        for (const x of ids) {
          expect(b.shownAs(x)).toBe(a.shownAs(x));
          // A shown id is never shown as another (one step reaches the talks).
          expect(a.shownAs(a.shownAs(x))).toBe(a.shownAs(x));
          // Shown as talks with every one of its sides.
          const sides = x.split('@')[1]!.split('+');
          const shownSides = a.shownAs(x).split('@')[1]!.split('+');
          expect(sides.every((s) => shownSides.includes(s))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
