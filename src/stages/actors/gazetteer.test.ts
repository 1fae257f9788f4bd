/** Gazetteer matching: possessive names and names two actors share. Fictional pack, no article text. */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase, loadKnowledge } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from './testing.js';

const kb = new KnowledgeBase([
  PackSchema.parse({
    id: 'gazetteer-fiction',
    name: 'Gazetteer fiction',
    actors: [
      { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian'], metonyms: ['Fredville'] },
      { id: 'freedonian-army', name: 'Freedonian Armed Forces', type: 'organization', party: 'freedonia', aliases: ["Freedonia's army"] },
      { id: 'northern-league', name: 'Northern League', type: 'organization', metonyms: ['Fredville'] },
      { id: 'coastal-states', name: 'coastal states', type: 'group', aliases: ['coastal nations'] },
    ],
  }),
]);

const packIds = (text: string) => {
  const r = analyseActors(text, kb, '2025-05-01');
  return r.mentions.map((m) => [m.text, r.entities[m.entity]!.packId]);
};

describe('gazetteer names', () => {
  it("finds a name written with a possessive, straight or curly ('Freedonia's army')", () => {
    expect(packIds("Freedonia's army agreed to the truce.")).toContainEqual(["Freedonia's army", 'freedonian-army']);
    expect(packIds('Freedonia’s army agreed to the truce.')).toContainEqual(['Freedonia’s army', 'freedonian-army']);
  });

  it("reads a name a body's seat shares with a capital as the body", () => {
    expect(packIds('Fredville rejected the plan on Monday.')).toContainEqual(['Fredville', 'northern-league']);
  });

  it("gives a pack body's officer the body's side ('Northern League commissioner Dora Kell')", () => {
    const r = analyseActors('Northern League commissioner Dora Kell said the deal was close.', kb, '2025-05-01');
    expect(r.entities.find((e) => e.name === 'Dora Kell')!.party).toBe('northern-league');
  });

  it('matches a name written in the lower case ("coastal states") at a sentence opening too', () => {
    expect(packIds('Coastal states rejected the quota. The plan angered coastal nations.')).toEqual([
      ['Coastal states', 'coastal-states'],
      ['coastal nations', 'coastal-states'],
    ]);
  });
});

describe('the world pack’s blocs', () => {
  it('names the blocs of multilateral talks', () => {
    const r = analyseActors('Developing countries are demanding a fund. Wealthy nations prefer the existing facility, and oil-producing states rejected any cap.', loadKnowledge(), '2025-05-01');
    expect(r.mentions.map((m) => r.entities[m.entity]!.packId)).toEqual(['developing-countries', 'developed-countries', 'oil-producing-countries']);
  });
});

describe('a one-word name written with diacritics the pack spells without', () => {
  it('is the pack actor ("Freedoniá" for "Freedonia"), not an unknown word', () => {
    expect(packIds('Talks with Freedoniá resumed on Monday.')).toEqual([['Freedoniá', 'freedonia']]);
    // A demonym's spelling with an accent is a given name ("Freedoniàn Okoro"), not the country's people.
    expect(packIds('Interior Minister Freedoniàn Okoro said the talks would resume.').filter(([, id]) => id === 'freedonia')).toEqual([]);
  });
});

describe('a demonym before what a country holds in talks', () => {
  it('"the Freedonian position" is a mention of the country', () => {
    expect(packIds('Diplomats said the Freedonian position had not moved.')).toEqual([['Freedonian position', 'freedonia']]);
  });
});
