import { describe, expect, it } from 'vitest';
import { distinctActorLabels } from '../../web/src/labels.js';

describe('distinctActorLabels', () => {
  it('tells two actors of one name apart by side, then by id, and leaves unique names alone', () => {
    const labels = distinctActorLabels([
      { id: 'tomas-brevik', name: 'Tomas Brevik', side: 'Freedonian Front' },
      { id: 'tomas-brevik-2', name: 'Tomas Brevik', side: 'Freedonia' },
      { id: 'ada-quill', name: 'Ada Quill', side: null },
      { id: 'lena-orr', name: 'Lena Orr', side: null },
      { id: 'lena-orr-2', name: 'Lena Orr', side: null },
    ]);
    expect(labels.get('tomas-brevik')).toBe('Tomas Brevik (Freedonian Front)');
    expect(labels.get('tomas-brevik-2')).toBe('Tomas Brevik (Freedonia)');
    expect(labels.get('ada-quill')).toBe('Ada Quill');
    expect(labels.get('lena-orr')).toBe('Lena Orr (no side) · lena-orr');
    expect(new Set(labels.values()).size).toBe(5);
  });
});

describe('negotiationGroups', () => {
  it('groups discovered objects by their sides, named as their labels name them, pack propositions apart', async () => {
    const { negotiationGroups } = await import('../../web/src/labels.js');
    const groups = negotiationGroups([
      { id: 'auto:deal@osk+ruritania', label: 'deal (Osk–Ruritania)' },
      { id: 'auto:stake@kestrel+osk-savings', label: 'stake (Kestrel–Osk Savings)' },
      { id: 'auto:dam@osk+ruritania', label: 'dam (Osk–Ruritania)' },
      { id: 'ceasefire', label: 'Ceasefire' },
      { id: 'auto:deal', label: 'deal' },
    ]);
    expect(groups.map((g) => [g.key, g.label, g.ids])).toEqual([
      ['osk+ruritania', 'Osk–Ruritania', ['auto:deal@osk+ruritania', 'auto:dam@osk+ruritania']],
      ['kestrel+osk-savings', 'Kestrel–Osk Savings', ['auto:stake@kestrel+osk-savings']],
      ['', 'Knowledge-pack propositions', ['ceasefire']],
      ['auto', 'Objects with no named sides', ['auto:deal']],
    ]);
  });
});
