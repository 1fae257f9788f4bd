import { describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../test/helpers/corpus-fixture.js';
import { loadKnowledge } from '../packs/load.js';
import { Store } from '../store/store.js';
import { parseCitations, renderBrief } from './brief.js';

const ACTORS: TestActor[] = [
  { id: 'marovia', name: 'Marovia' },
  { id: 'ferro-mining', name: 'Ferro Mining' },
  { id: 'ruritania', name: 'Ruritania' },
  { id: 'freedonia', name: 'Freedonia' },
];

describe('QA 12: a brief over talks told only in undated reports (a wire dateline with no year)', () => {
  const store = Store.open(':memory:');
  writeArticle(store, ACTORS, {
    id: 'mine1',
    outlet: 'Wire Service',
    published: null,
    text: 'Ferro Mining agreed to give Marovia a 30 percent stake. Ferro Mining dropped its arbitration claim.',
    events: [{ trigger: 'agreed', type: 'AGREE', actors: ['ferro-mining'], targets: ['marovia'] }],
    stances: [{ actor: 'ferro-mining', proposition: 'auto:stake@ferro-mining+marovia', stance: 'support', evidence: 'Ferro Mining agreed to give Marovia a 30 percent stake' }],
  });
  writeArticle(store, ACTORS, {
    id: 'truce1',
    outlet: 'Frontier News',
    published: '2025-04-10',
    text: 'Ruritania rejected the truce. Freedonia backed the truce.',
    events: [{ trigger: 'rejected', type: 'REJECT', actors: ['ruritania'] }],
    stances: [
      { actor: 'ruritania', proposition: 'auto:truce@freedonia+ruritania', stance: 'oppose', evidence: 'Ruritania rejected the truce' },
      { actor: 'freedonia', proposition: 'auto:truce@freedonia+ruritania', stance: 'support', evidence: 'Freedonia backed the truce' },
    ],
  });
  const brief = renderBrief(store);

  it('says the date in the heading is the newest dated report, and how many are undated', () => {
    expect(brief).toContain('# State of the talks (dated reports up to 2025-04-10; 1 of 2 undated)');
  });

  it('reports what the undated talks report under "What changed", not only the dated talks', () => {
    const changed = brief.slice(brief.indexOf('## What changed'));
    expect(changed).toContain('talks told only in undated reports');
    expect(changed).toContain('Ruritania rejected');
    expect(changed).toMatch(/- undated — Ferro Mining agreed with Marovia \(AGREE\)/);
    for (const c of parseCitations(brief)) expect(store.getDocument(c.docId)!.text.slice(c.start, c.end)).toBe(c.quoted);
  });
});

describe('QA 12: the world pack knows the parties of real talks', () => {
  const kb = loadKnowledge();
  it('files the Tatmadaw under Myanmar and knows the ethnic armed groups by their full names and acronyms', () => {
    expect(kb.actors.get('myanmar-armed-forces')?.aliases).toContain('Tatmadaw');
    expect(kb.partyOf('myanmar-armed-forces')).toBe('myanmar');
    expect(kb.actors.get('mndaa')?.name).toBe('Myanmar National Democratic Alliance Army');
    expect(kb.actors.get('mndaa')?.aliases).toContain('MNDAA');
    expect(kb.actors.get('tnla')?.aliases).toContain('TNLA');
    expect(kb.actors.get('arakan-army')?.type).toBe('group');
  });
  it('knows the state mining holding of Zambia, the investment arbitration centre and two British and EU negotiators', () => {
    expect(kb.partyOf('zccm-ih')).toBe('zambia');
    expect(kb.actors.get('icsid')?.aliases).toContain('ICSID');
    expect(kb.actors.get('maros-sefcovic')?.aliases).toContain('Maros Sefcovic');
    expect(kb.partyOf('nick-thomas-symonds')).toBe('united-kingdom');
  });
});
