import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeArticle, type TestActor } from '../../test/helpers/corpus-fixture.js';
import { formatTimeline } from '../cli/commands/timeline.js';
import { Store } from '../store/store.js';
import { parseCitations, renderBrief } from './brief.js';
import { timeline } from './timeline.js';

const ACTORS: TestActor[] = [
  { id: 'marlovia', name: 'Marlovia' },
  { id: 'tessaly', name: 'Tessaly' },
];

let store: Store;
beforeEach(() => {
  store = Store.open(':memory:');
  const add = (id: string, outlet: string, published: string | null, text: string, stances: { actor: string; proposition: string; stance: 'support' | 'oppose'; evidence: string }[]) =>
    writeArticle(store, ACTORS, { id, outlet, published, text, stances });
  add('a1', 'Harbor Times', '2025-06-02', 'Marlovia rejected the river compact. Tessaly offered to pay $50 million for the fishing rights.', [
    { actor: 'marlovia', proposition: 'river-compact', stance: 'oppose', evidence: 'Marlovia rejected the river compact' },
    { actor: 'tessaly', proposition: 'fishing-rights', stance: 'support', evidence: 'Tessaly offered to pay $50 million for the fishing rights' },
  ]);
  // Another outlet, the same day, the other way: a contradiction.
  add('a2', 'Coastal Herald', '2025-06-02', 'Marlovia accepted the river compact.', [{ actor: 'marlovia', proposition: 'river-compact', stance: 'support', evidence: 'Marlovia accepted the river compact' }]);
  add('a3', 'Harbor Times', '2025-06-04', 'Marlovia supports the river compact.', [{ actor: 'marlovia', proposition: 'river-compact', stance: 'support', evidence: 'Marlovia supports the river compact' }]);
  // Three days later, from a third outlet: a change of position (the old fixed window called it a contradiction).
  add('a4', 'Island Post', '2025-06-07', 'Marlovia opposes the river compact.', [{ actor: 'marlovia', proposition: 'river-compact', stance: 'oppose', evidence: 'Marlovia opposes the river compact' }]);
  // One report tells the earlier stance as past and the new one now; Tessaly replaces its offer.
  add('a6', 'Polar Post', '2025-06-20', 'Marlovia had opposed the river compact. Marlovia now backs the river compact. Tessaly lowered its proposal to $35 million for the fishing rights. Marlovia rejected the fishing rights offer.', [
    { actor: 'marlovia', proposition: 'river-compact', stance: 'oppose', evidence: 'Marlovia had opposed the river compact' },
    { actor: 'marlovia', proposition: 'river-compact', stance: 'support', evidence: 'Marlovia now backs the river compact' },
    { actor: 'tessaly', proposition: 'fishing-rights', stance: 'oppose', evidence: 'Tessaly lowered its proposal to $35 million for the fishing rights' },
    { actor: 'marlovia', proposition: 'fishing-rights', stance: 'oppose', evidence: 'Marlovia rejected the fishing rights offer' },
  ]);
  // Proposed, then withdrawn by its proposer and rejected by the other side: off the table.
  add('a8', 'Island Post', '2025-06-10', 'Tessaly proposed a ferry plan.', [{ actor: 'tessaly', proposition: 'ferry-plan', stance: 'support', evidence: 'Tessaly proposed a ferry plan' }]);
  add('a9', 'Island Post', '2025-06-21', 'Tessaly withdrew its ferry plan. Marlovia rejects the ferry plan.', [
    { actor: 'tessaly', proposition: 'ferry-plan', stance: 'oppose', evidence: 'Tessaly withdrew its ferry plan' },
    { actor: 'marlovia', proposition: 'ferry-plan', stance: 'oppose', evidence: 'Marlovia rejects the ferry plan' },
  ]);
  // No date at all: neither a change nor a contradiction can be told.
  add('a7', 'Wire Digest', null, 'Marlovia opposes the river compact.', [{ actor: 'marlovia', proposition: 'river-compact', stance: 'oppose', evidence: 'Marlovia opposes the river compact' }]);
});
afterEach(() => store.close());

describe('the timeline tells a change of position from a contradiction', () => {
  it('marks each stance entry change, contradiction or undated', () => {
    const entries = timeline(store).filter((e) => e.kind === 'stance-change');
    const shown = entries.map((e) => [e.date, e.relation, e.from, e.to, e.contradiction]);
    expect(shown).toContainEqual(['2025-06-02', 'contradiction', 'oppose', 'support', true]);
    expect(shown).toContainEqual(['2025-06-07', 'change', 'support', 'oppose', false]);
    expect(shown).toContainEqual(['2025-06-20', 'change', 'oppose', 'support', false]);
    expect(entries.find((e) => e.date === '2025-06-20')!.summary).toContain('tells the earlier stance as past');
    expect(entries.find((e) => e.date === null)).toMatchObject({ relation: 'undated', contradiction: false });
    const text = formatTimeline(entries);
    expect(text).toMatch(/^2025-06-02~? +contradiction +Marlovia on river-compact: sources disagree/m);
    expect(text).toMatch(/^2025-06-07~? +change +Marlovia on river-compact: support → oppose$/m);
    expect(text).toMatch(/^undated +undated-pair +Marlovia on river-compact/m);
  });
});

describe('the brief shows changes, contradictions and undated pairs apart, and open offers apart from superseded ones', () => {
  it('renders each kind in its own place, citing exact spans', () => {
    const md = renderBrief(store, { since: '2025-06-01' });
    const section = (title: string) => md.split(/\n(?=## )/).find((s) => s.startsWith(`## ${title}`)) ?? '';
    const changed = section('What changed');
    expect(changed).toContain('2025-06-07 — Change of position: Marlovia on river-compact: support → oppose');
    expect(changed).toContain('Change of position: Marlovia on river-compact: oppose → support (the report tells the earlier stance as past)');
    expect(changed).not.toContain('sources disagree');
    const contradictions = section('Contradictions between sources');
    expect(contradictions).toContain('2025-06-02 — Marlovia on river-compact');
    expect(contradictions).not.toContain('Island Post');
    expect(contradictions).not.toContain('undated');
    expect(section('Opposite readings with an undated report')).toContain('[Wire Digest, undated]');
    const open = section('Open proposals');
    expect(open).toContain('**fishing-rights**: backed by Tessaly "Tessaly lowered its proposal to $35 million');
    expect(open).not.toContain('$50 million');
    const off = section('No longer on the table');
    expect(off).toMatch(/Tessaly's earlier offer "Tessaly offered to pay \$50 million[^\n]*superseded by "Tessaly lowered its proposal/);
    expect(open).not.toContain('ferry-plan');
    expect(off).toContain('**ferry-plan**: withdrawn or rejected by all sides — backed earlier by Tessaly "Tessaly proposed a ferry plan"');
    for (const c of parseCitations(md)) expect(store.getDocument(c.docId)!.text.slice(c.start, c.end)).toBe(c.quoted);
  });
});
