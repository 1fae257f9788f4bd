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

describe('brief: what changed', () => {
  it('gives each negotiation in the store its own last 14 days, not only the newest one', () => {
    const store = Store.open(':memory:');
    const actors: TestActor[] = [...ACTORS, { id: 'ruritania', name: 'Ruritania' }, { id: 'freedonia', name: 'Freedonia' }];
    try {
      writeArticle(store, actors, {
        id: 'r1',
        outlet: 'Outlet A',
        published: '2025-10-14',
        text: 'Ruritania rejected the statute. Freedonia backed the statute.',
        events: [{ trigger: 'rejected', type: 'REJECT', actors: ['ruritania'] }],
        stances: [
          { actor: 'ruritania', proposition: 'auto:statute@freedonia+ruritania', stance: 'oppose', evidence: 'Ruritania rejected the statute' },
          { actor: 'freedonia', proposition: 'auto:statute@freedonia+ruritania', stance: 'support', evidence: 'Freedonia backed the statute' },
        ],
      });
      writeArticle(store, actors, {
        id: 'w1',
        outlet: 'Outlet B',
        published: '2026-03-21',
        text: 'The Weavers Guild ended its strike against the Mill.',
        events: [{ trigger: 'ended', type: 'RETREAT', actors: ['guild'] }],
        stances: [{ actor: 'guild', proposition: 'auto:strike@guild+mill', stance: 'oppose', evidence: 'The Weavers Guild ended its strike' }],
      });
      const brief = renderBrief(store);
      const changed = brief.slice(brief.indexOf('## What changed'));
      expect(changed).toContain("## What changed (the 14 days before each negotiation's newest report)");
      expect(changed).toContain('Ruritania rejected a proposal (REJECT)');
      expect(changed).toContain('Weavers Guild pulled back (RETREAT)');
      // An explicit date is one window for all.
      expect(renderBrief(store, { since: '2026-03-01' })).not.toContain('Ruritania rejected a proposal (REJECT)');
    } finally {
      store.close();
    }
  });
});

describe('brief: what changed, an act and a change of stance told by one sentence', () => {
  it('is one line, the change of stance', () => {
    const store = Store.open(':memory:');
    try {
      writeArticle(store, ACTORS, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'The Weavers Guild demanded a loom ban.',
        stances: [{ actor: 'guild', proposition: 'auto:ban@guild+mill', stance: 'support', evidence: 'The Weavers Guild demanded a loom ban' }],
      });
      writeArticle(store, ACTORS, {
        id: 'd1',
        outlet: 'Outlet B',
        published: '2025-03-10',
        text: 'The Weavers Guild dropped its demand for a loom ban and accepted the offer of the Mill.',
        events: [{ trigger: 'dropped', type: 'CONCEDE', actors: ['guild'] }],
        stances: [{ actor: 'guild', proposition: 'auto:ban@guild+mill', stance: 'oppose', evidence: 'The Weavers Guild dropped its demand for a loom ban' }],
      });
      const changed = renderBrief(store).split('## What changed')[1]!;
      expect(changed).toContain('support → oppose');
      expect(changed).not.toContain('(CONCEDE)');
    } finally {
      store.close();
    }
  });
});

describe('brief: what changed, a report with no stance and a date after every report', () => {
  const actors: TestActor[] = [
    ...ACTORS,
    { id: 'ruritania', name: 'Ruritania' },
    { id: 'freedonia', name: 'Freedonia' },
    { id: 'sylvania', name: 'Sylvania' },
  ];
  const write = (store: Store) => {
    writeArticle(store, actors, {
      id: 'r1',
      outlet: 'Outlet A',
      published: '2025-11-15',
      text: 'Ruritania rejected the fund. Freedonia backed the fund. Sylvania watched.',
      events: [{ trigger: 'rejected', type: 'REJECT', actors: ['ruritania'] }],
      stances: [
        { actor: 'ruritania', proposition: 'auto:fund@freedonia+ruritania', stance: 'oppose', evidence: 'Ruritania rejected the fund' },
        { actor: 'freedonia', proposition: 'auto:fund@freedonia+ruritania', stance: 'support', evidence: 'Freedonia backed the fund' },
      ],
    });
    // A week later, read as events only: it is still news of the same talks.
    writeArticle(store, actors, {
      id: 'r2',
      outlet: 'Outlet A',
      published: '2025-11-22',
      text: 'Ruritania agreed to triple the fund after Freedonia and Sylvania pressed it.',
      events: [{ trigger: 'agreed', type: 'AGREE', actors: ['ruritania'], targets: ['freedonia', 'sylvania'] }],
    });
    writeArticle(store, actors, {
      id: 'w1',
      outlet: 'Outlet B',
      published: '2026-03-04',
      text: 'The Weavers Guild rejected the offer. The Mill will lock out the weavers when the contract expires.',
      events: [
        { trigger: 'rejected', type: 'REJECT', actors: ['guild'] },
        { trigger: 'lock out', type: 'THREATEN', actors: ['mill'], date: '2026-05-31', modality: 'future' },
      ],
      stances: [{ actor: 'guild', proposition: 'auto:offer@guild+mill', stance: 'oppose', evidence: 'The Weavers Guild rejected the offer' }],
    });
  };

  it("puts an events-only report in the window of the talks whose actors it names", () => {
    const store = Store.open(':memory:');
    try {
      write(store);
      const changed = renderBrief(store).split('## What changed')[1]!;
      expect(changed).toContain('Ruritania agreed');
    } finally {
      store.close();
    }
  });

  it('leaves out an event dated after the newest report of its talks', () => {
    const store = Store.open(':memory:');
    try {
      write(store);
      const changed = renderBrief(store).split('## What changed')[1]!;
      expect(changed).toContain('Weavers Guild rejected');
      expect(changed).not.toContain('2026-05-31');
      expect(renderBrief(store, { since: '2026-03-01' }).split('## What changed')[1]).not.toContain('2026-05-31');
    } finally {
      store.close();
    }
  });
});

describe('brief: contradictions', () => {
  it('shows a pair of cited spans once, not again under the party of the body and person who share them', () => {
    const store = Store.open(':memory:');
    const actors: TestActor[] = [
      { id: 'freedonia', name: 'Freedonia' },
      { id: 'army', name: 'Freedonian Army', party: 'freedonia' },
      { id: 'firefly', name: 'Rufus Firefly', type: 'person', party: 'freedonia' },
    ];
    try {
      writeArticle(store, actors, {
        id: 'd0',
        outlet: 'Outlet A',
        published: '2025-03-04',
        text: 'The Freedonian Army agreed to the truce.',
        stances: [{ actor: 'army', proposition: 'truce', stance: 'support', evidence: 'The Freedonian Army agreed to the truce' }],
      });
      writeArticle(store, actors, {
        id: 'd1',
        outlet: 'Outlet B',
        published: '2025-03-05',
        text: 'Rufus Firefly said the Freedonian Army would never accept a truce.',
        stances: [
          { actor: 'army', proposition: 'truce', stance: 'oppose', evidence: 'Rufus Firefly said the Freedonian Army would never accept a truce' },
          { actor: 'firefly', proposition: 'truce', stance: 'oppose', evidence: 'Rufus Firefly said the Freedonian Army would never accept a truce' },
        ],
      });
      const brief = renderBrief(store);
      const lines = brief.slice(brief.indexOf('## Contradictions')).split('\n').filter((l) => l.startsWith('- '));
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toContain('opposing pairs');
    } finally {
      store.close();
    }
  });
});

describe('brief: what changed, several negotiations', () => {
  const actors: TestActor[] = [
    ...ACTORS,
    { id: 'ruritania', name: 'Ruritania' },
    { id: 'freedonia', name: 'Freedonia' },
    { id: 'sylvania', name: 'Sylvania' },
    { id: 'osterlich', name: 'Osterlich' },
  ];

  it('gives a quiet negotiation its share, and counts a report with only a one-sided object as its talks’', () => {
    const store = Store.open(':memory:');
    try {
      // A busy negotiation: ten asserted, corroborated-looking acts in its last week.
      const acts = Array.from({ length: 10 }, (_, i) => `Ruritania rejected plan ${i + 1}.`);
      writeArticle(store, actors, {
        id: 'busy',
        outlet: 'Outlet A',
        published: '2026-02-10',
        text: `${acts.join(' ')} Freedonia backed the statute.`,
        events: acts.map((_, i) => ({
          trigger: `rejected plan ${i + 1}.`,
          type: (['REJECT', 'THREATEN', 'REQUEST', 'APPEAL', 'SUPPORT', 'CONCEDE', 'CONSULT', 'COOPERATE', 'AID', 'AGREE'] as const)[i]!,
          actors: ['ruritania'],
          targets: ['freedonia'],
          date: `2026-02-${String(i + 1).padStart(2, '0')}`,
        })),
        stances: [{ actor: 'freedonia', proposition: 'auto:statute@freedonia+ruritania', stance: 'support', evidence: 'Freedonia backed the statute' }],
      });
      writeArticle(store, actors, {
        id: 'mill-1',
        outlet: 'Outlet B',
        published: '2026-01-05',
        text: 'The Weavers Guild rejected the Mill offer.',
        events: [{ trigger: 'rejected', type: 'REJECT', actors: ['guild'], targets: ['mill'] }],
        stances: [{ actor: 'guild', proposition: 'auto:offer@guild+mill', stance: 'oppose', evidence: 'The Weavers Guild rejected the Mill offer' }],
      });
      // The settlement, whose only stance names an object without sides.
      writeArticle(store, actors, {
        id: 'mill-2',
        outlet: 'Outlet B',
        published: '2026-01-20',
        text: 'The Weavers Guild and the Mill agreed a pay deal.',
        events: [{ trigger: 'agreed', type: 'AGREE', actors: ['guild', 'mill'] }],
        stances: [{ actor: 'guild', proposition: 'auto:pay-deal', stance: 'support', evidence: 'The Weavers Guild and the Mill agreed a pay deal' }],
      });
      const changed = renderBrief(store).split('## What changed')[1]!.split('## ')[0]!;
      expect(changed).toContain('2026-01-20 — Weavers Guild and Mill agreed');
      expect(changed).not.toContain('2026-01-05');
      expect(changed).toContain('Ruritania rejected a proposal from Freedonia');
      expect(changed.split('\n').filter((l) => l.startsWith('- ')).length).toBe(8);
    } finally {
      store.close();
    }
  });

  it('reads two spellings of a side, or one talks named by two side pairs, as one negotiation', () => {
    const store = Store.open(':memory:');
    try {
      writeArticle(store, actors, {
        id: 'r1',
        outlet: 'Outlet A',
        published: '2026-01-05',
        text: 'Ruritania rejected the truce. Freedonia backed the truce. Sylvania and Osterlich watched.',
        events: [{ trigger: 'rejected', type: 'REJECT', actors: ['ruritania'], targets: ['freedonia', 'sylvania', 'osterlich'] }],
        stances: [{ actor: 'ruritania', proposition: 'auto:truce@freedonia+ruritania', stance: 'oppose', evidence: 'Ruritania rejected the truce' }],
      });
      writeArticle(store, actors, {
        id: 'r2',
        outlet: 'Outlet B',
        published: '2026-01-06',
        text: 'Ruritania refused the corridor that Sylvania proposed. Freedonia and Osterlich objected.',
        events: [{ trigger: 'refused', type: 'REJECT', actors: ['ruritania'], targets: ['sylvania', 'freedonia', 'osterlich'] }],
        stances: [{ actor: 'ruritania', proposition: 'auto:corridor@ruritania+sylvania', stance: 'oppose', evidence: 'Ruritania refused the corridor' }],
      });
      store.db.prepare(`INSERT INTO actor_keys (key, actor_id) VALUES ('o:fdn', 'freedonia')`).run();
      writeArticle(store, actors, {
        id: 'r3',
        outlet: 'Outlet C',
        published: '2026-03-01',
        text: 'Ruritania accepted the truce after Freedonia, Sylvania and Osterlich pressed it.',
        events: [{ trigger: 'accepted', type: 'AGREE', actors: ['ruritania'], targets: ['freedonia', 'sylvania', 'osterlich'] }],
        stances: [{ actor: 'ruritania', proposition: 'auto:truce@fdn+ruritania', stance: 'support', evidence: 'Ruritania accepted the truce' }],
      });
      const changed = renderBrief(store).split('## What changed')[1]!.split('## ')[0]!;
      expect(changed).toContain('Ruritania agreed');
      // January is more than 14 days before the talks' newest report.
      expect(changed).not.toContain('2026-01-0');
    } finally {
      store.close();
    }
  });
});

describe('brief positions: a spun copy', () => {
  it('does not list a copy’s reworded object as a second position of the party', () => {
    const store = Store.open(':memory:');
    const actors: TestActor[] = [...ACTORS, { id: 'works', name: 'Works' }];
    try {
      writeArticle(store, actors, {
        id: 'orig',
        outlet: 'Outlet A',
        published: '2026-02-01',
        text: 'The Weavers Guild rejected talks with the Mill.',
        stances: [{ actor: 'guild', proposition: 'auto:talks@guild+mill', stance: 'oppose', evidence: 'The Weavers Guild rejected talks with the Mill' }],
      });
      writeArticle(store, actors, {
        id: 'spun',
        outlet: 'Outlet S',
        published: '2026-02-01',
        duplicateOf: 'orig',
        text: 'The Weavers Guild turned down talks with the Works.',
        stances: [{ actor: 'guild', proposition: 'auto:talks@guild+works', stance: 'oppose', evidence: 'The Weavers Guild turned down talks with the Works' }],
      });
      const positions = renderBrief(store).split('## Positions')[1]!.split('\n## ')[0]!;
      expect(positions).toContain('rejected talks with the Mill');
      expect(positions).not.toContain('turned down talks');
    } finally {
      store.close();
    }
  });
});

describe('brief open proposals: a spun copy', () => {
  it('does not open a proposal on a copy’s reworded line that repeats its party’s own (QA pass 7)', () => {
    const store = Store.open(':memory:');
    try {
      writeArticle(store, ACTORS, {
        id: 'orig',
        outlet: 'Outlet A',
        published: '2026-02-01',
        text: 'The Weavers Guild would sign the deal only if the looms stay.',
        stances: [{ actor: 'guild', proposition: 'auto:deal@guild+mill', stance: 'conditional', evidence: 'The Weavers Guild would sign the deal only if the looms stay' }],
      });
      writeArticle(store, ACTORS, {
        id: 'spun',
        outlet: 'Outlet S',
        published: null,
        duplicateOf: 'orig',
        text: 'The Weavers Guild would ink the pay accord only if the looms stay.',
        stances: [{ actor: 'guild', proposition: 'auto:pay@guild+mill', stance: 'conditional', evidence: 'The Weavers Guild would ink the pay accord only if the looms stay' }],
      });
      writeArticle(store, ACTORS, {
        id: 'mill1',
        outlet: 'Outlet B',
        published: '2026-02-02',
        text: 'The Mill backed pay talks.',
        stances: [{ actor: 'mill', proposition: 'auto:pay@guild+mill', stance: 'support', evidence: 'The Mill backed pay talks' }],
      });
      const brief = renderBrief(store);
      const open = brief.split('## Open proposals')[1]?.split('\n## ')[0] ?? '';
      expect(open).toContain('only if the looms stay');
      expect(open).not.toContain('ink the pay accord');
    } finally {
      store.close();
    }
  });
});

describe('brief positions across several talks', () => {
  it('lists each talks\' parties together under the talks\' name, not interleaved', () => {
    const store = Store.open(':memory:');
    const actors: TestActor[] = [...ACTORS, { id: 'ruritania', name: 'Ruritania' }, { id: 'freedonia', name: 'Freedonia' }];
    const statute = 'auto:statute@freedonia+ruritania';
    const quota = 'auto:quota@freedonia+ruritania';
    const strike = 'auto:strike@guild+mill';
    try {
      writeArticle(store, actors, {
        id: 'r1',
        outlet: 'Outlet A',
        published: '2025-10-14',
        text: 'Ruritania rejected the statute. Ruritania demanded a quota. Freedonia backed the statute.',
        stances: [
          { actor: 'ruritania', proposition: statute, stance: 'oppose', evidence: 'Ruritania rejected the statute' },
          { actor: 'ruritania', proposition: quota, stance: 'support', evidence: 'Ruritania demanded a quota' },
          { actor: 'freedonia', proposition: statute, stance: 'support', evidence: 'Freedonia backed the statute' },
        ],
      });
      writeArticle(store, actors, {
        id: 'w1',
        outlet: 'Outlet B',
        published: '2025-10-15',
        text: 'The Weavers Guild called a strike. The Weavers Guild said the strike would last. The Mill condemned the strike.',
        stances: [
          { actor: 'guild', proposition: strike, stance: 'support', evidence: 'The Weavers Guild called a strike' },
          { actor: 'mill', proposition: strike, stance: 'oppose', evidence: 'The Mill condemned the strike' },
        ],
      });
      const brief = renderBrief(store);
      const positions = brief.slice(brief.indexOf('## Positions'), brief.indexOf('\n## ', brief.indexOf('## Positions') + 1));
      const at = (s: string) => {
        const i = positions.indexOf(s);
        expect(i, s).toBeGreaterThanOrEqual(0);
        return i;
      };
      const ruritaniaTalks = at('### Talks: Freedonia–Ruritania');
      const guildTalks = at('### Talks: Weavers Guild–Mill');
      const [ruritania, freedonia, guild, mill] = ['**Ruritania**', '**Freedonia**', '**Weavers Guild**', '**Mill**'].map(at);
      const [first, second] = ruritaniaTalks < guildTalks ? [[ruritania, freedonia], [guild, mill]] : [[guild, mill], [ruritania, freedonia]];
      // Each talks' parties come right after its heading, before the other talks' heading.
      expect(Math.max(...first!)).toBeLessThan(Math.min(ruritaniaTalks, guildTalks) === ruritaniaTalks ? guildTalks : ruritaniaTalks);
      expect(Math.min(...second!)).toBeGreaterThan(Math.max(ruritaniaTalks, guildTalks));
      for (const c of parseCitations(brief)) expect(store.getDocument(c.docId)!.text.slice(c.start, c.end)).toBe(c.quoted);
    } finally {
      store.close();
    }
  });
});

describe('brief what changed (QA 11)', () => {
  it('keeps a truce whose parties no stage named in its own window, with the report that names its actors', () => {
    const store = Store.open(':memory:');
    const actors: TestActor[] = [
      { id: 'ruritania', name: 'Ruritania' },
      { id: 'freedonia', name: 'Freedonia' },
      { id: 'bishop', name: 'Bishop Anselm Vidal', type: 'person' },
      { id: 'secretariat', name: 'Interior Secretariat' },
    ];
    try {
      writeArticle(store, actors, {
        id: 'busy',
        outlet: 'Outlet A',
        published: '2026-03-20',
        text: 'Ruritania rejected the statute. Freedonia backed the statute.',
        events: [{ trigger: 'rejected', type: 'REJECT', actors: ['ruritania'], targets: ['freedonia'], date: '2026-03-20' }],
        stances: [{ actor: 'freedonia', proposition: 'auto:statute@freedonia+ruritania', stance: 'support', evidence: 'Freedonia backed the statute' }],
      });
      writeArticle(store, actors, {
        id: 'truce-1',
        outlet: 'Outlet B',
        published: '2026-02-09',
        text: 'Bishop Anselm Vidal welcomed the ceasefire. The Interior Secretariat denied any role.',
        events: [{ trigger: 'denied', type: 'REJECT', actors: ['secretariat'], date: '2026-02-09' }],
        stances: [{ actor: 'bishop', proposition: 'auto:ceasefire', stance: 'support', evidence: 'Bishop Anselm Vidal welcomed the ceasefire' }],
      });
      writeArticle(store, actors, {
        id: 'truce-2',
        outlet: 'Outlet C',
        published: '2026-02-12',
        text: 'The Interior Secretariat repeated that it had not negotiated. "We talk to anyone," Bishop Anselm Vidal said.',
        quotes: [{ text: 'We talk to anyone,', speaker: 'bishop' }],
        events: [{ trigger: 'repeated', type: 'REJECT', actors: ['secretariat'], date: '2026-02-12' }],
      });
      const changed = renderBrief(store).split('## What changed')[1]!.split('## ')[0]!;
      expect(changed).toContain('2026-03-20 — Ruritania');
      expect(changed).toContain('2026-02-12 — Interior Secretariat');
    } finally {
      store.close();
    }
  });
});
