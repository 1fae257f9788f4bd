import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb } from './testing.js';

const kb = fictionalKb();

function entities(text: string) {
  const r = analyseActors(text, kb);
  return r.entities.map((e) => ({ ...e, texts: e.mentions.map((i) => r.mentions[i]!.text), kinds: e.mentions.map((i) => r.mentions[i]!.kind) }));
}

describe('actor mention detection', () => {
  it('reads a role phrase before a name and takes the party from it', () => {
    const es = entities('The talks resumed on Monday. Freedonian Trade Minister Hortensia Blaggs said the offer was fair.');
    const p = es.find((e) => e.type === 'person')!;
    expect(p.name).toBe('Hortensia Blaggs');
    expect(p.party).toBe('freedonia');
    expect(p.roles[0]).toContain('Trade Minister');
  });

  it('gives analysts of think-tanks no party', () => {
    const es = entities('Sylvania rejected it, said Oskar Brennholt, an analyst at the Northern Policy Institute.');
    const p = es.find((e) => e.name === 'Oskar Brennholt')!;
    expect(p.party).toBeNull();
    expect(es.some((e) => e.packId === 'northern-policy-institute')).toBe(true);
  });

  it('links a surname-only and a possessive mention to the person introduced earlier', () => {
    const es = entities('Envoy Tobias Quell arrived late. Later, Quell’s aides said the visit was useful. Quell added nothing.');
    const p = es.find((e) => e.name === 'Tobias Quell')!;
    expect(p.texts).toEqual(['Tobias Quell', 'Quell', 'Quell']);
  });

  it('does not take a capitalised sentence start for a name', () => {
    const es = entities('Nevertheless the mood was calm. Meanwhile Sylvania waited.');
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('finds countries by name, demonym and metonym, with their kinds', () => {
    const es = entities('Freedonians are tired. Sylvanian officials met in Fredville, and the Blue House agreed.');
    const f = es.find((e) => e.packId === 'freedonia')!;
    expect(f.kinds).toEqual(['demonym', 'metonym', 'metonym']);
    expect(es.find((e) => e.packId === 'sylvania')!.texts).toEqual(['Sylvanian officials']);
  });

  it('matches a spun multiword name through a synonym', () => {
    const es = entities('A statement from the Blue Home said the deal was near.');
    expect(es.find((e) => e.packId === 'freedonia')?.texts).toEqual(['Blue Home']);
  });

  it('matches a pack person written with a transliteration variant', () => {
    const es = entities('Sylvanian spokesman Nikolaj Trentinow said talks would go on.');
    expect(es.find((e) => e.type === 'person')?.packId).toBe('nikolai-trentinov');
  });

  it('splits a list of names into persons', () => {
    const es = entities('Freedonia and Sylvania sent their teams. Firefly, Kovalenko and Trentinov met for three hours.');
    expect(es.filter((e) => e.type === 'person').map((e) => e.packId)).toEqual(['rufus-firefly', 'maria-kovalenko', 'nikolai-trentinov']);
  });

  it('resolves a title-only mention to the holder of that role', () => {
    const es = entities('Freedonian Foreign Minister Rufus Firefly spoke first. The talks were long, the Foreign Minister told reporters.');
    const p = es.find((e) => e.packId === 'rufus-firefly')!;
    expect(p.kinds).toContain('title');
  });

  it('links an acronym to the organization written before it', () => {
    const es = entities('The Eastern Grain Council (EGC) warned of shortages. EGC officials declined to comment.');
    const org = es.find((e) => e.type === 'organization' && e.texts.includes('EGC'))!;
    expect(org.texts).toContain('Eastern Grain Council');
  });

  it('keeps given-name + surname variants of one person in one entity', () => {
    const es = entities('Dmitri Volkhov spoke on Monday. On Tuesday Dmitry Volkhov spoke again.');
    expect(es.filter((e) => e.type === 'person')).toHaveLength(1);
  });
});
