import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiatedObjectShortcuts } from './propositions.js';

const { ANY_HEAD, NEGOTIATION_CONTEXT, mayHoldHead, negotiationFrom } = negotiatedObjectShortcuts;

// Words the patterns look for, near misses, and the characters case folding treats specially (long s,
// Kelvin sign, dotted capital I whose lower case is two code units).
const PIECES = ['ceasefire', 'Cease-fire', 'TRUCE', 'tariffs', 'cessation', 'offer', 'Rejected', 'support ', 'back ', 'rolled back ', 'callS for ', 'propoſal ', 'of', 'x', '2', ' ', ', ', '-', 'ſ', '\u212a', 'İ', 'é', 'Talks on ', 'deal on ', 'oppoſe ', 'kill', 'Kelvin', 'ceaſefire', 'ſtrike', 'stri\u212ae'];
const sentence = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('findNegotiatedObjects shortcuts', () => {
  it('mayHoldHead is false only where the head pattern cannot match', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        if (!mayHoldHead(s, s.toLowerCase())) expect(ANY_HEAD.test(s)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('no negotiation-verb match starts before negotiationFrom, and none at all when it is -1', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const from = negotiationFrom(s, s.toLowerCase());
        NEGOTIATION_CONTEXT.lastIndex = 0;
        const first = NEGOTIATION_CONTEXT.exec(s);
        NEGOTIATION_CONTEXT.lastIndex = 0;
        if (from < 0) expect(first).toBeNull();
        else if (first) expect(first.index).toBeGreaterThanOrEqual(from);
      }),
      { numRuns: 2000 },
    );
  });

  it('skips a sentence with no head or negotiation word, and finds both where they stand', () => {
    expect(mayHoldHead('Nobody knew why.', 'nobody knew why.')).toBe(false);
    expect(mayHoldHead('A new Truce was agreed.', 'a new truce was agreed.')).toBe(true);
    expect(negotiationFrom('He said nothing new.', 'he said nothing new.')).toBe(-1);
    expect(negotiationFrom('Kyiv rejected the plan.', 'kyiv rejected the plan.')).toBe(5);
  });
});
