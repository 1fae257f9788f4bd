import { describe, expect, it } from 'vitest';
import { denialCue } from './quote-cues.js';

describe('denialCue', () => {
  it('keeps a cue that denies what follows', () => {
    expect(denialCue('denied')).toBe('denied');
    expect(denialCue(' flatly denies ')).toBe('flatly denies');
    expect(denialCue('disputed')).toBe('disputed');
  });

  it('drops a cue that states what follows, and no cue at all', () => {
    for (const cue of ['said', 'told reporters', 'urged', 'countered', 'dentist said', null, undefined, '']) expect(denialCue(cue)).toBeNull();
  });
});
