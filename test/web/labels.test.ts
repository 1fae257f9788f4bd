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
