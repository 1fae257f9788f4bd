/**
 * Actor defects found reading reports on negotiations no pack covers (QA pass 13: news-bargaining arbitration,
 * a water-for-energy barter, a hostage release), pinned with invented names: a publishers' body's plural
 * possessive, a country code fused to a currency sign, a minister of another country, an Arabic name joined by
 * "wal-", a company by the first word of its name, and "the company" after a sentence the company opens.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from './testing.js';

const kb = new KnowledgeBase([
  PackSchema.parse({
    id: 'fiction-qa13-actors',
    name: 'Fiction QA13 actors',
    actors: [
      { id: 'freedonia', name: 'Freedonia', type: 'country', aliases: ['FD'], demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville'] },
      { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'], metonyms: ['Sylvan City'] },
      { id: 'zentrix', name: 'Zentrix Platforms', type: 'organization' },
    ],
  }),
]);

function entities(text: string) {
  const r = analyseActors(text, kb);
  return r.entities.map((e) => ({ ...e, texts: e.mentions.map((i) => r.mentions[i]!.text) }));
}

describe('names of bodies', () => {
  it("keep a publishers' or broadcasters' plural possessive", () => {
    const es = entities("FREDVILLE (Reuters) - The Coastal Publishers' Association asked for arbitration. The Harbour Broadcasters' Guild agreed.");
    expect(es.map((e) => e.name)).toEqual(expect.arrayContaining(["Coastal Publishers' Association", "Harbour Broadcasters' Guild"]));
  });

  it('take in an Arabic "wal-" and the acronym after the name', () => {
    const es = entities("FREDVILLE (Reuters) - The engineers are held by Harakat Nasr al-Din wal-Jihad (HNDJ). HNDJ released a video.");
    const group = es.find((e) => e.texts.includes("HNDJ"));
    expect(group?.name).toBe('Harakat Nasr al-Din wal-Jihad');
    expect(group?.texts).toHaveLength(3);
  });
});

describe('a country code', () => {
  it('fused to a currency sign is no mention of the country', () => {
    const es = entities('FREDVILLE (Reuters) - The publishers asked for FD$38 million a year. Sylvania offered FD$6 million.');
    expect(es.some((e) => e.texts.includes('FD'))).toBe(false);
    expect(entities('FREDVILLE (Reuters) - FD trade rose.').find((e) => e.name === 'Freedonia')?.texts).toEqual(['FD']);
  });
});

describe('a title', () => {
  it("of another country's minister is not the minister named before", () => {
    const es = entities("FREDVILLE (AFP) - Sylvanian Foreign Minister Orla Brandt said he had passed on the demands. Freedonia's foreign minister said Fredville would support a release. Sylvania's foreign minister said talks would resume.");
    const brandt = es.find((e) => e.name === 'Orla Brandt');
    // The Sylvanian title joins him; the Freedonian one does not.
    expect(brandt?.texts).toEqual(['Orla Brandt', 'foreign minister']);
  });
});

describe('a company', () => {
  it('named by the first word of its name is that company, not a person', () => {
    const es = entities('FREDVILLE (Reuters) - Zentrix Platforms said it would stop news on Lumo. Zentrix said on Wednesday it had withdrawn the threat.');
    const zentrix = es.filter((e) => e.texts.includes('Zentrix'));
    expect(zentrix).toHaveLength(1);
    expect(zentrix[0]).toMatchObject({ type: 'organization', texts: ['Zentrix Platforms', 'Zentrix'] });
  });

  it('is what "the company" means after a sentence it opens, not a body named later in it', () => {
    const text = 'FREDVILLE (Reuters) - Harbour Media Group signed a deal. Zentrix Platforms said on Wednesday it had withdrawn its threat to block news on Lumo and on Vexa Group. The company had said on June 3 that it would stop news.';
    const es = entities(text);
    expect(es.find((e) => e.texts.includes('The company'))?.texts).toContain('Zentrix Platforms');
  });
});

describe('the members a body is named after', () => {
  it('are that body when the text refers back to them ("the publishers")', () => {
    const es = entities("FREDVILLE (Reuters) - The Coastal Publishers' Association asked for arbitration on Monday. The publishers have asked for $38 million a year.");
    expect(es.find((e) => e.name === "Coastal Publishers' Association")?.texts).toEqual(["Coastal Publishers' Association", 'The publishers']);
  });
});

describe("a country's name before a civil plural", () => {
  it('names those people, not the state ("Freedonia publishers seek arbitration")', () => {
    const es = entities('FREDVILLE (Reuters) - Zentrix threatens to pull news as Freedonia publishers seek arbitration. Freedonia said it would not amend the law.');
    expect(es.find((e) => e.name === 'Freedonia')?.texts).toEqual(['Freedonia']);
    // Its officials, forces or negotiators are still the state.
    expect(entities('FREDVILLE (Reuters) - Freedonia negotiators walked out.').find((e) => e.name === 'Freedonia')?.texts).toEqual(['Freedonia']);
  });
});
