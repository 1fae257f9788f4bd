import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../packs/load.js';
import { analysisFor, type FixtureActor } from '../../test/helpers/stance-fixture.js';
import { extractStances } from '../stages/stances/index.js';
import { findPropositions, objectUnderDiscussion, withAnaphors } from './propositions.js';

// Only the world pack: an invented negotiation no pack describes.
const kb = loadKnowledge([], ['world']);

const TREATY = [
  'Norland and Estvia agree text of peace treaty',
  '',
  'Norland and Estvia said on Thursday that they had agreed the text of a peace treaty after months of talks.',
  'Estvia made clear that it would not sign the document until Norland changes its charter.',
  'The Valdor Union welcomed the announcement and urged both sides to sign the peace treaty soon.',
  'Norland said it was ready for the signing but rejected the demand on its charter.',
  'A Norland minister said the peace deal would open the border, and that the peace agreement was fair.',
  'Estvia criticised the announcement of new tariffs by Valdor.',
].join('\n');

const at = (text: string, needle: string) => {
  const s = text.indexOf(needle);
  if (s < 0) throw new Error(`no "${needle}"`);
  return findPropositions(text, s, s + needle.length, kb).map((m) => ({ id: m.id, text: text.slice(m.start, m.end) }));
};

describe('the object under discussion', () => {
  it('is the agreement the report names most, under its formal name', () => {
    expect(objectUnderDiscussion(TREATY, kb)).toBe('auto:peace-treaty');
  });

  it('names what "the document", "the announcement" and "the signing" stand for', () => {
    expect(at(TREATY, 'Estvia made clear that it would not sign the document until')).toContainEqual({ id: 'auto:peace-treaty', text: 'the document' });
    expect(at(TREATY, 'The Valdor Union welcomed the announcement and')).toContainEqual({ id: 'auto:peace-treaty', text: 'the announcement' });
    expect(at(TREATY, 'Norland said it was ready for the signing but')).toContainEqual({ id: 'auto:peace-treaty', text: 'the signing' });
  });

  it('leaves an act with a complement of its own to that complement', () => {
    const ids = at(TREATY, 'Estvia criticised the announcement of new tariffs by Valdor.').map((m) => m.id);
    expect(ids).not.toContain('auto:peace-treaty');
    expect(ids).toContain('auto:tariffs');
  });

  it('reads "peace deal" and "peace agreement" as the peace treaty the report names', () => {
    const ids = at(TREATY, 'A Norland minister said the peace deal would open the border, and that the peace agreement was fair.').map((m) => m.id);
    expect(ids).toEqual(['auto:peace-treaty', 'auto:peace-treaty']);
  });

  it('reads a keyed offer as the one object with that key the report names ("wage offer" → "wage increase")', () => {
    const labour = [
      'Dockers reject wage offer',
      'The Harbor Guild rejected a 12% wage increase on Monday. The Port Council said its wage offer was final.',
    ].join('\n');
    expect(at(labour, 'The Port Council said its wage offer was final.').map((m) => m.id)).toEqual(['auto:wage-increase']);
    // Two objects with the key: the offer could be either, so it stays as it is.
    const two = `${labour}\nThe guild also wants a wage freeze for managers.`;
    expect(at(two, 'The Port Council said its wage offer was final.').map((m) => m.id)).toEqual(['auto:wage-offer']);
  });

  it('keeps a deal as it is when the report names no treaty, and resolves nothing in a report about no agreement', () => {
    const deal = 'Ostland and Wester reach trade deal\n\nOstland and Wester agreed a trade deal on Monday. Ostland welcomed the announcement.';
    expect(at(deal, 'agreed a trade deal').map((m) => m.id)).toEqual(['auto:trade-deal']);
    expect(at(deal, 'Ostland welcomed the announcement.').map((m) => m.id)).toEqual(['auto:trade-deal']);
    const none = 'Ostland opened a museum.\nThe mayor welcomed the announcement.\nThe document was signed by the mayor.';
    expect(objectUnderDiscussion(none, kb)).toBeNull();
    expect(at(none, 'The mayor welcomed the announcement.')).toEqual([]);
  });

  it('gives one negotiated object to the stances of a report that names it several ways', () => {
    const actors: FixtureActor[] = [
      { name: 'Norland', type: 'country', party: 'norland', surfaces: [['Norland', 'name']] },
      { name: 'Estvia', type: 'country', party: 'estvia', surfaces: [['Estvia', 'name']] },
      { name: 'Valdor Union', type: 'organization', party: 'valdor-union', surfaces: [['The Valdor Union', 'name'], ['Valdor', 'name']] },
    ];
    const stances = extractStances({ text: TREATY, zones: [], published: '2025-05-02', language: 'en' }, analysisFor(TREATY, actors), kb);
    expect(stances.length).toBeGreaterThan(2);
    const objects = new Set(stances.filter((s) => s.proposition.startsWith('auto:')).map((s) => s.proposition.replace(/@.*$/, '')));
    for (const id of ['auto:document', 'auto:announcement', 'auto:signing', 'auto:peace-deal']) expect(objects).not.toContain(id);
    expect(objects).toContain('auto:peace-treaty');
  });

  it('reads an indefinite arrangement of a kind its modifier names as that kind, not the deal under discussion', () => {
    const ids = (sentence: string) => withAnaphors(sentence, 0, sentence.length, [], 'auto:peace-treaty').map((m) => m.id);
    expect(ids('Ostland rejects any extraterritorial arrangement.')).toEqual(['auto:extraterritorial-arrangement']);
    expect(ids('Ostland would not accept any arrangement.')).toEqual(['auto:peace-treaty']);
    expect(ids('Ostland wants a new agreement.')).toEqual(['auto:peace-treaty']);
    expect(ids('Ostland would accept no such extraterritorial arrangement.')).toEqual([]);
    expect(ids('Ostland rejected the extraterritorial arrangement.')).toEqual(['auto:peace-treaty']);
  });
});
