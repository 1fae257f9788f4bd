/**
 * QA pass 10 (sea-access talks, a fisheries-subsidy conference, a teachers' contract): the talks' sides in
 * wire copy with photo captions and pact names, a spun copy's rewordings in positions and contradictions, and
 * the brief's lines under a negotiation's heading. Invented countries, bodies and people.
 */
import { describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../test/helpers/corpus-fixture.js';
import { loadKnowledge } from '../packs/load.js';
import { Store } from '../store/store.js';
import { parseCitations, renderBrief } from './brief.js';
import { correctedContradictions } from './corrected.js';
import { positionsMatrix } from './positions.js';
import { negotiationSides } from './propositions.js';

const COUNTRIES = ['Ostravia', 'Velmark', 'Kestland', 'Dunmore', 'Corrinia'];
/** Each country with its capital as a metonym. */
const CAPITALS: Record<string, string> = { Ostravia: 'Ostra', Velmark: 'Velby', Kestland: 'Tarvik', Dunmore: 'Dunport', Corrinia: 'Corra' };
const entities = COUNTRIES.map((name) => ({ type: 'country', name, packId: null, party: name.toLowerCase() }));
function mentionsOf(text: string): { entity: number; start: number; end: number }[] {
  const out: { entity: number; start: number; end: number }[] = [];
  COUNTRIES.forEach((name, entity) => {
    for (const surface of [name, CAPITALS[name]!]) for (const m of text.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))) out.push({ entity, start: m.index, end: m.index + surface.length });
  });
  return out.sort((a, b) => a.start - b.start);
}
const sides = (text: string) => negotiationSides(text, entities, mentionsOf(text));

describe('the sides of wire copy with captions and pact names', () => {
  it('reads the parties listed after a photo caption and its credit as the lead’s list', () => {
    const text = [
      'Fisheries talks end without deal',
      '',
      'By Ann Writer',
      '',
      'CORRA, March 2 (Wire) - A conference on fishing subsidies ended a day late on Saturday without a deal, but members agreed to extend the deadline.',
      '',
      'Delegates gather for the closing session of the conference in Corra, March 2. WIRE/Jan Photographer',
      '',
      'Ostravia, Velmark, Kestland and Dunmore agreed to resume talks next month on the basis of the chair\'s draft.',
      '',
      'Ostravia rejected the draft. Velmark accepted the proposal.',
    ].join('\n');
    expect(sides(text)).toEqual(['dunmore', 'kestland', 'ostravia', 'velmark']);
  });

  it('reads a list of parties that "all took part in" a session of the talks as its parties', () => {
    const text = [
      'Subsidy talks stall',
      '',
      'CORRA, Feb 29 (Wire) - Talks on a ban on fishing subsidies stalled on Thursday after Ostravia refused to back a draft text. The draft would ban subsidies. Any member can block a deal.',
      '',
      'Ostravia, Velmark, Kestland and Dunmore all took part in a late-night session on the text.',
      '',
      'Velmark proposed a shorter transition period, but Ostravia rejected the counter-offer.',
    ].join('\n');
    expect(sides(text)).toEqual(['dunmore', 'kestland', 'ostravia', 'velmark']);
  });

  it('does not make the capital a pact is named after a side ("the Tarvik Declaration signed this week")', () => {
    const text = [
      'Velmark says base still on the table despite Tarvik deal',
      '',
      'VELBY, Dec 14 (Observer) - Velmark has not given up its plan for a naval presence, a senior Velmark official said, contradicting Ostravian accounts of the Tarvik Declaration signed this week.',
      '',
      'Velmark would accept a port only if it came with a long-term lease, he said. Ostravia countered with its own offer of a commercial lease. Velmark said its plan stood. Ostravia’s foreign minister rejected the remarks: Ostravia will never host a base, he said.',
      '',
      'Technical talks will go ahead in February, the Kestland foreign ministry said.',
    ].join('\n');
    expect(sides(text)).toEqual(['ostravia', 'velmark']);
  });
});

const ACTORS: TestActor[] = [
  { id: 'ostravia', name: 'Ostravia' },
  { id: 'velmark', name: 'Velmark' },
  { id: 'kestland', name: 'Kestland' },
  { id: 'fish-body', name: 'World Fish Body' },
  { id: 'globe-fish', name: 'Globe Fish Organ' },
  { id: 'guild', name: 'Weavers Guild' },
  { id: 'mill', name: 'Mill' },
];
const DEAL = 'auto:deal@kestland+ostravia+velmark';

/** A report, its spun copy (bodies and objects reworded) and a later report on the same talks. */
function spunStore(): Store {
  const store = Store.open(':memory:');
  writeArticle(store, ACTORS, {
    id: 'orig',
    outlet: 'Wire',
    published: '2027-02-29',
    text: 'The World Fish Body says any member can block a deal. Ostravia said it cannot accept a text on subsidies.',
    stances: [
      { actor: 'fish-body', proposition: DEAL, stance: 'oppose', evidence: 'any member can block a deal' },
      { actor: 'ostravia', proposition: 'auto:subsidies@kestland+ostravia+velmark', stance: 'oppose', evidence: 'cannot accept a text on subsidies' },
    ],
  });
  writeArticle(store, ACTORS, {
    id: 'spun',
    outlet: 'Copycat Daily',
    published: '2027-02-29',
    duplicateOf: 'orig',
    text: 'The Globe Fish Organ says any member can block a deal. Ostravia said it cannot accept a text on handouts.',
    stances: [
      { actor: 'globe-fish', proposition: DEAL, stance: 'oppose', evidence: 'any member can block a deal' },
      { actor: 'ostravia', proposition: DEAL, stance: 'oppose', evidence: 'cannot accept a text on handouts' },
    ],
  });
  writeArticle(store, ACTORS, {
    id: 'later',
    outlet: 'Wire',
    published: '2027-03-01',
    text: 'Ostravia said it would back the deal. Velmark backed the deal too.',
    stances: [
      { actor: 'ostravia', proposition: DEAL, stance: 'support', evidence: 'Ostravia said it would back the deal' },
      { actor: 'velmark', proposition: DEAL, stance: 'support', evidence: 'Velmark backed the deal' },
    ],
  });
  return store;
}

describe('a spun copy’s rewordings in positions and contradictions', () => {
  it('shows no row for an actor only the spun copy names (its rewording of the original’s body)', () => {
    const store = spunStore();
    try {
      const m = positionsMatrix(store);
      expect(m.cells.some((c) => c.rowId === 'fish-body' && c.proposition === DEAL)).toBe(true);
      expect(m.cells.some((c) => c.rowId === 'globe-fish')).toBe(false);
      expect(m.rows.some((r) => r.id === 'globe-fish')).toBe(false);
    } finally {
      store.close();
    }
  });

  it('finds no contradiction between a report and a stance only the spun copy holds', () => {
    const store = spunStore();
    try {
      expect(correctedContradictions(store).filter((c) => c.holder === 'ostravia')).toEqual([]);
      const cell = positionsMatrix(store).cells.find((c) => c.rowId === 'ostravia' && c.proposition === DEAL)!;
      expect(cell.stance).toBe('support');
      expect(cell.contradiction).toBe(false);
      expect(renderBrief(store)).not.toContain('Copycat Daily');
    } finally {
      store.close();
    }
  });
});

describe('brief lines under a negotiation’s heading', () => {
  it('names an object of the heading’s talks without repeating the talks’ parties on every line', () => {
    const store = Store.open(':memory:');
    try {
      writeArticle(store, ACTORS, {
        id: 'm1',
        outlet: 'Wire',
        published: '2027-03-01',
        text: 'Ostravia backed the ban. Velmark rejected the ban. Kestland backed the deal.',
        stances: [
          { actor: 'ostravia', proposition: 'auto:ban@kestland+ostravia+velmark', stance: 'support', evidence: 'Ostravia backed the ban' },
          { actor: 'velmark', proposition: 'auto:ban@kestland+ostravia+velmark', stance: 'oppose', evidence: 'Velmark rejected the ban' },
          { actor: 'kestland', proposition: DEAL, stance: 'support', evidence: 'Kestland backed the deal' },
        ],
      });
      writeArticle(store, ACTORS, {
        id: 'w1',
        outlet: 'Ledger',
        published: '2027-03-02',
        text: 'The Weavers Guild called a strike. The Mill condemned the strike.',
        stances: [
          { actor: 'guild', proposition: 'auto:strike@guild+mill', stance: 'support', evidence: 'The Weavers Guild called a strike' },
          { actor: 'mill', proposition: 'auto:strike@guild+mill', stance: 'oppose', evidence: 'The Mill condemned the strike' },
        ],
      });
      const brief = renderBrief(store);
      const positions = brief.slice(brief.indexOf('## Positions'), brief.indexOf('\n## ', brief.indexOf('## Positions') + 1));
      expect(positions).toContain('### Talks: Kestland, Ostravia, Velmark');
      expect(positions).toContain('- Supports ban: "Ostravia backed the ban"');
      expect(positions).toContain('- Rejects ban: "Velmark rejected the ban"');
      expect(positions).toContain('- Supports strike: "The Weavers Guild called a strike"');
      expect(positions).not.toMatch(/^- \S+ ban \(/m);
      // Outside the headings (open proposals) an object still carries its talks.
      expect(brief.slice(brief.indexOf('## Open proposals'))).toContain('**ban (Kestland, Ostravia, Velmark)**');
      for (const c of parseCitations(brief)) expect(store.getDocument(c.docId)!.text.slice(c.start, c.end)).toBe(c.quoted);
    } finally {
      store.close();
    }
  });
});

describe('world pack (QA 10)', () => {
  const kb = loadKnowledge();
  it('knows Somaliland as a polity of its own, not a person', () => {
    const s = kb.actors.get('somaliland');
    expect(s?.type).toBe('organization');
    expect(s?.metonyms).toContain('Hargeisa');
  });
  it('knows the Somali president by his common short name', () => {
    expect(kb.actors.get('hassan-sheikh-mohamud')?.aliases).toContain('Hassan Sheikh');
  });
});
