import { describe, expect, it } from 'vitest';
import { formatQuotes, type QuoteListing } from './quotes.js';

const quote = (over: Partial<QuoteListing>): QuoteListing => ({
  id: 'q', kind: 'direct', text: 'We will not sign', speaker: 'Rufus Firefly', speakerId: 'firefly', source: null, cue: null,
  outlet: 'Daily Planet', published: '2025-03-04', document: 'a.txt', copyOf: null, start: 0, end: 16, confidence: 0.9,
  ...over,
});

describe('quotes as text', () => {
  it('lists a quote a copy repeats once, naming the copy on the original’s line', () => {
    const out = formatQuotes([
      quote({ id: 'a:q0' }),
      quote({ id: 'b:q0', document: 'b.txt', outlet: 'Copy Wire', copyOf: 'a.txt' }),
      // Reworded by a spinner: not the original's words, so listed, marked as a copy.
      quote({ id: 'b:q1', kind: 'indirect', text: 'the pact was useless', document: 'b.txt', copyOf: 'a.txt' }),
    ]);
    expect(out.match(/We will not sign/g)).toHaveLength(1);
    expect(out).toContain('— Daily Planet, 2025-03-04, a.txt (also in: b.txt)\n');
    expect(out).toContain('the pact was useless\n    — Daily Planet, 2025-03-04, b.txt (copy of a.txt)\n');
  });

  it('lists a quoted phrase inside the same speaker\'s reported sentence once, as that sentence', () => {
    const out = formatQuotes([
      quote({ id: 'a:q0', kind: 'indirect', text: 'the vote rule was "illegitimate"', start: 40, end: 72 }),
      quote({ id: 'a:q1', kind: 'partial', text: 'illegitimate', start: 59, end: 71 }),
      // Another speaker's words at the same place are not folded.
      quote({ id: 'a:q2', kind: 'partial', text: 'illegitimate', start: 59, end: 71, speaker: 'Ann Alyst', speakerId: 'analyst' }),
    ]);
    expect(out.match(/illegitimate/g)).toHaveLength(2);
    expect(out).toContain('Rufus Firefly [indirect] the vote rule was "illegitimate"');
    expect(out).toContain('Ann Alyst [partial]');
  });

  it('names a denial before the denied words ("Freedonia denied that it had offered ..."), and no other cue', () => {
    const out = formatQuotes([
      quote({ id: 'a:q0', kind: 'indirect', text: 'it had offered to free the prisoners', cue: 'denied', speaker: 'Freedonia', speakerId: 'freedonia' }),
      quote({ id: 'a:q1', kind: 'indirect', text: 'the talks would resume', cue: 'said', start: 40, end: 62 }),
    ]);
    expect(out).toContain('Freedonia [indirect, denied] it had offered to free the prisoners\n');
    expect(out).toContain('Rufus Firefly [indirect] the talks would resume\n');
  });
});
