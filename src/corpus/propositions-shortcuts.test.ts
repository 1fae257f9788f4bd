import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delegatesLeaving, findNegotiatedObjects, findVerbalObjects, negotiatedObjectShortcuts } from './propositions.js';

const { NEGOTIATION_CONTEXT, NEGOTIATION_SIGNS, signWeight, mayHoldHeadWord, verbalPatterns, isHead, tokens, negotiationFrom } = negotiatedObjectShortcuts;

// Words the patterns look for, near misses, and the characters case folding treats specially (long s,
// Kelvin sign, dotted capital I whose lower case is two code units).
const PIECES = ['ceasefire', 'Cease-fire', 'TRUCE', 'tariffs', 'cessation', 'offer', 'Rejected', 'support ', 'back ', 'rolled back ', 'callS for ', 'propoſal ', 'of', 'x', '2', ' ', ', ', '-', 'ſ', '\u212a', 'İ', 'é', 'Talks on ', 'deal on ', 'oppoſe ', 'kill', 'Kelvin', 'ceaſefire', 'ſtrike', 'stri\u212ae', 'said', 'aid', "'", '’s', '.', '%', 'fact', 'act'];
const sentence = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('findNegotiatedObjects shortcuts', () => {
  it('mayHoldHeadWord is false only where no token is a head', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        if (!mayHoldHeadWord(s, s.toLowerCase())) expect(tokens(s, 0, s.length).filter((t) => isHead(t.lower))).toEqual([]);
      }),
      { numRuns: 3000 },
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

  it('skips a sentence whose heads are only parts of words, and finds a head word where it stands', () => {
    expect(mayHoldHeadWord('Nobody knew why.', 'nobody knew why.')).toBe(false);
    expect(mayHoldHeadWord('In fact, he said so.', 'in fact, he said so.')).toBe(false);
    expect(mayHoldHeadWord('A new Truce was agreed.', 'a new truce was agreed.')).toBe(true);
    expect(mayHoldHeadWord('The cease-fire held.', 'the cease-fire held.')).toBe(true);
    expect(negotiationFrom('He said nothing new.', 'he said nothing new.')).toBe(-1);
    expect(negotiationFrom('Kyiv rejected the plan.', 'kyiv rejected the plan.')).toBe(5);
  });

  it('findVerbalObjects finds what a search of the whole sentence with each pattern finds', () => {
    // The search `findVerbalObjects` stands for: every match, kept where it opens a word (not after a hyphen).
    const searched = (t: string) => {
      const out: { id: string; start: number; end: number }[] = [];
      for (const { id, re } of verbalPatterns()) {
        re.lastIndex = 0;
        for (let m = re.exec(t); m; m = re.exec(t)) {
          if (m.index > 0 && (/[\p{L}\p{N}]/u.test(t[m.index - 1]!) || t[m.index - 1] === '-')) {
            re.lastIndex = m.index + 1;
            continue;
          }
          // (Delegates walking out strike no work: "act as a mediatorſ walked out" reads the long s as plural.)
          if (!delegatesLeaving(id, m[0], t, m.index)) out.push({ id, start: m.index, end: m.index + m[0].length });
        }
      }
      // As `findVerbalObjects` gives them: of overlapping matches the longest (then the earliest) is kept.
      const kept: typeof out = [];
      for (const m of out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
      return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    };
    const VERBAL_PIECES = ['go on strike', 'Went on Strike', 'stop ', 'STOP FIRING', 'firing', 'stop all fire', 'halt the fighting', 'ended the war', 'walk', 'walked out', ' of the talks', 'act as a mediator', 'acts as ', 'as a nuclear state', 'AS AN nuclear power', 'third-party role', 'strikes on Monday', 'striking from midnight', 'automate', 'non', 'non-', 'open-', 'ſtop fire', 'ſ', '\u212a', 'İ', 'é', ' ', ', ', '-', 'x', '2', 'lay down arms', 'laid down their weapons'];
    const verbalSentence = fc.array(fc.constantFrom(...VERBAL_PIECES), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(verbalSentence, (t) => {
        const found = findVerbalObjects(t, 0, t.length).map(({ id, start, end }) => ({ id, start, end }));
        expect(found.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))).toEqual(searched(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('signWeight counts what the two sign patterns find in the whole sentence', () => {
    const [strong, weak] = NEGOTIATION_SIGNS();
    const SIGN_PIECES = ['Negotiations', 'renegotiate', 'talks', 'TALKS', 'ceasefire', 'cease-fires', 'met with X to discuss', 'signed a deal', 'at the table', 'to the negotiating table', 'only if', 'on condition that', 'deal', 'deals', 'ideal', 'treaty', 'treaties', 'voted for', 'vote against', 'hearing', 'confirmation hearings', 'ſummit', 'ſanctions', 'Ultimatum', 'far apart', '\u212a', 'İ', 'é', 'x', '2', ' ', ', ', '-', "'"];
    const signSentence = fc.array(fc.constantFrom(...SIGN_PIECES), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(signSentence, (t) => {
        expect(signWeight(t)).toBe(strong.test(t) ? 1 : weak.test(t) ? 0.5 : 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads "constructor" as a word, not as a property every object has', () => {
    const text = 'The constructor signed a deal on the ceasefire.';
    expect(findNegotiatedObjects(text, 0, text.length).map((o) => o.id)).toEqual(['auto:ceasefire']);
    // As a head's key or a key after "of": no id made of a function's source text.
    for (const t of ['Kyiv rejected the constructor deal.', 'They demanded the release of constructor crews.', 'Moscow backed the toString ceasefire.']) {
      expect(findNegotiatedObjects(t, 0, t.length).every((o) => !/function|native/.test(o.id))).toBe(true);
    }
  });
});
