import { describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../../test/helpers/corpus-fixture.js';
import { timeline } from '../../corpus/timeline.js';
import { Store } from '../../store/store.js';
import { formatTimeline } from './timeline.js';

const ACTORS: TestActor[] = [
  { id: 'marovia', name: 'Marovia' },
  { id: 'ferro-mining', name: 'Ferro Mining' },
];

describe('QA 12: timeline lines of a report that carries no date', () => {
  it('say "undated", not a masked date marked as the report\'s own', () => {
    const store = Store.open(':memory:');
    try {
      writeArticle(store, ACTORS, {
        id: 'wire',
        outlet: 'Wire Service',
        published: null,
        text: 'Ferro Mining agreed to give Marovia a 30 percent stake.',
        events: [{ trigger: 'agreed', type: 'AGREE', actors: ['ferro-mining'], targets: ['marovia'] }],
      });
      writeArticle(store, ACTORS, {
        id: 'later',
        outlet: 'Wire Service',
        published: '2025-11-20',
        text: 'Marovia rejected the offer.',
        events: [{ trigger: 'rejected', type: 'REJECT', actors: ['marovia'] }],
      });
      const out = formatTimeline(timeline(store));
      expect(out).toMatch(/^2025-11-20~ event {3}Marovia rejected/m);
      expect(out).toMatch(/^undated {5}event {3}Ferro Mining agreed with Marovia \(AGREE\)/m);
      expect(out).not.toContain('????');
      expect(out).toContain('undated = neither the article nor its report gives a date');
    } finally {
      store.close();
    }
  });
});

describe('QA 12: listActors marks a body named after a stored report\'s outlet', () => {
  it('sets `outlet` on "Reuters" when Reuters reports are stored, not on the parties', async () => {
    const { listActors } = await import('./actors.js');
    const store = Store.open(':memory:');
    try {
      writeArticle(store, [...ACTORS, { id: 'reuters', name: 'Reuters' }], {
        id: 'a3',
        outlet: 'Reuters',
        published: '2025-11-20',
        text: 'Ferro Mining agreed, its chief told Reuters.',
        events: [{ trigger: 'agreed', type: 'AGREE', actors: ['ferro-mining'], targets: ['reuters'] }],
      });
      store.db.prepare(`UPDATE actors SET type = 'organization' WHERE id IN ('reuters', 'ferro-mining')`).run();
      const byId = new Map(listActors(store).map((a) => [a.id, a.outlet]));
      expect(byId.get('reuters')).toBe(true);
      expect(byId.get('ferro-mining')).toBe(false);
    } finally {
      store.close();
    }
  });
});
