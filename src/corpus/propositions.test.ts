import { describe, expect, it } from 'vitest';
import { KnowledgeBase, loadKnowledge, loadPackFile, resolvePackPath } from '../packs/load.js';
import { analysisFor, type FixtureActor } from '../../test/helpers/stance-fixture.js';
import { extractStances } from '../stages/stances/index.js';
import { autoLabel, discoverPropositions, findNegotiatedObjects, findPropositions } from './propositions.js';

// Only the world pack: a negotiation Parley has no pack for.
const kb = loadKnowledge([], ['world']);

const UNION_TEXT = [
  'The Metalworkers Union rejected the company’s offer of a 3% wage increase on Tuesday.',
  'Acme Steel said it was ready to negotiate a shorter working week but would not accept a pension increase.',
  'The union demanded a wage increase of 8% and called for the reinstatement of fired workers.',
  'Acme Steel insisted on a contract freeze until next year.',
].join('\n');

const ACTORS: FixtureActor[] = [
  { name: 'Metalworkers Union', type: 'organization', surfaces: [['The Metalworkers Union', 'name'], ['the union', 'title'], ['The union', 'title']] },
  { name: 'Acme Steel', type: 'organization', surfaces: [['Acme Steel', 'name']] },
];

describe('propositions without a pack', () => {
  it('names negotiated objects readably', () => {
    const ids = findNegotiatedObjects(UNION_TEXT, 0, UNION_TEXT.length).map((m) => m.id);
    expect(ids).toContain('auto:wage-increase');
    expect(ids).toContain('auto:pension-increase');
    expect(autoLabel('auto:wage-increase')).toBe('wage increase');
    const release = findNegotiatedObjects('Talks on the release of hostages stalled.', 0, 41).map((m) => m.id);
    expect(release).toEqual(['auto:hostage-release']);
  });

  it('prefers pack propositions where a pack cue matches', () => {
    // Only the pack's propositions: this test is about proposition matching, not its actors.
    const full = new KnowledgeBase([{ ...loadPackFile(resolvePackPath('russia-ukraine')), actors: [], requires: [] }]);
    const text = 'Both sides discussed a ceasefire and the release of hostages.';
    expect(findPropositions(text, 0, text.length, full).map((m) => m.id)).toEqual(['ceasefire', 'auto:hostage-release']);
  });

  it('yields readable stances in a labour dispute', () => {
    const a = analysisFor(UNION_TEXT, ACTORS);
    const stances = extractStances({ text: UNION_TEXT, zones: [], published: '2025-05-02', language: 'en' }, a, kb).map((s) => `${ACTORS[s.actor]!.name} ${s.stance} ${s.proposition}`);
    expect(stances).toContain('Metalworkers Union oppose auto:wage-increase');
    expect(stances).toContain('Metalworkers Union support auto:wage-increase'.replace('support', 'support')); // the later demand
    expect(stances).toContain('Acme Steel oppose auto:pension-increase');
  });

  it('keeps discovered objects seen in two documents', () => {
    const found = discoverPropositions([{ text: UNION_TEXT }, { text: 'Workers want a wage increase.' }, { text: 'A pension increase was floated once.' }], kb);
    expect(found.map((p) => p.id)).toContain('auto:wage-increase');
    expect(found.find((p) => p.id === 'auto:wage-increase')!.label).toBe('wage increase');
  });
});
