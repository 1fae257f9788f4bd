import { describe, expect, it } from 'vitest';
import { columnHeading } from '../../web/src/labels.js';

describe('columnHeading', () => {
  const label = 'ban (Kestland, Ostravia, Velmark)';
  it('sets the talks’ sides apart under the object when all talks are shown', () => {
    expect(columnHeading(label, false)).toEqual({ object: 'ban', sides: '(Kestland, Ostravia, Velmark)' });
  });
  it('leaves the sides out when the Talks filter already names the talks', () => {
    expect(columnHeading(label, true)).toEqual({ object: 'ban', sides: null });
  });
  it('keeps a label with no sides whole', () => {
    expect(columnHeading('ceasefire', false)).toEqual({ object: 'ceasefire', sides: null });
    expect(columnHeading('(draft)', true)).toEqual({ object: '(draft)', sides: null });
  });
});
