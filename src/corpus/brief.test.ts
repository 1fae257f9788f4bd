import { describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../test/helpers/corpus-fixture.js';
import { Store } from '../store/store.js';
import { parseCitations, renderBrief } from './brief.js';

const ACTORS: TestActor[] = [
  { id: 'guild', name: 'Weavers Guild' },
  { id: 'mill', name: 'Mill' },
];

describe('brief positions', () => {
  it('reads a conditional stance as a verb phrase before the proposition', () => {
    const store = Store.open(':memory:');
    try {
      store.db.prepare(`INSERT INTO propositions (id, label, statement, origin) VALUES ('staffing', 'staffing rules', 'Fixed staffing rules', 'test')`).run();
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'The Mill would accept staffing rules only if the guild drops its pay claim. The Weavers Guild demands staffing rules.',
        stances: [
          { actor: 'mill', proposition: 'staffing', stance: 'conditional', evidence: 'The Mill would accept staffing rules only if the guild drops its pay claim' },
          { actor: 'guild', proposition: 'staffing', stance: 'support', evidence: 'The Weavers Guild demands staffing rules' },
        ],
      });
      const brief = renderBrief(store);
      expect(brief).toContain('- Conditionally supports staffing rules: "The Mill would accept');
      expect(brief).toContain('- Supports staffing rules: "The Weavers Guild demands staffing rules"');
      for (const c of parseCitations(brief)) expect(store.getDocument(c.docId)!.text.slice(c.start, c.end)).toBe(c.quoted);
    } finally {
      store.close();
    }
  });
});
