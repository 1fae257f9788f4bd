import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/packs/load.js';
import { analyseDocument } from '../src/stages/pipeline.js';
import type { DocView } from '../src/stages/types.js';

const kb = loadKnowledge();

/** The side each quote of an invented report speaks for: the speaker's pack id, or the party of a person off the packs. */
function quoteSpeakers(text: string): (string | null)[] {
  const view: DocView = { text, zones: [{ start: 0, end: text.length, kind: 'body', rule: 'test' }], published: '2030-05-02', language: 'en', languageConfidence: 0.9 };
  const a = analyseDocument(view, kb);
  return a.quotes.map((q) => (q.speaker === null ? null : (a.entities[q.speaker]!.packId ?? a.entities[q.speaker]!.party)));
}

describe('world pack: a self-governing territory that bargains for itself', () => {
  it('knows the Faroe Islands by their common names', () => {
    const faroes = kb.actors.get('faroe-islands');
    expect(faroes?.name).toBe('Faroe Islands');
    expect(faroes?.aliases).toEqual(expect.arrayContaining(['the Faroes', 'the Faroe Islands']));
    expect(faroes?.demonyms).toContain('Faroese');
  });

  it('speaks through its minister in an invented herring report', () => {
    const text = 'The Faroe Islands\' Minister of Fisheries, Jogvan Dalsgaard, called the offer "an insult" and said the Faroes would set their own herring quota.';
    expect(quoteSpeakers(text)).toContain('faroe-islands');
  });
});
