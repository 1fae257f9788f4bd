import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { gazetteerFor, matchPackPerson } from './gazetteer.js';
import { fullNameKey, isSurnameFirst, nameParts, surnameCore, surnameKey, surnameSimilarity, usualName } from './names.js';

describe('name parser', () => {
  it('keeps Arabic, Dutch and Romance particles with the surname', () => {
    expect(nameParts('Karim al-Masri')).toEqual({ given: 'Karim', surname: 'al-Masri' });
    expect(nameParts('Faris bin Nayef Al Harbi')).toEqual({ given: 'Faris', surname: 'Al Harbi' });
    expect(nameParts('Joost van der Meer')).toEqual({ given: 'Joost', surname: 'van der Meer' });
  });

  it('drops honorifics before a name, but never the whole name', () => {
    expect(nameParts('Sheikh Faris bin Nayef')).toEqual({ given: 'Faris', surname: 'bin Nayef' });
    expect(nameParts('Dame Edna Pockett')).toEqual({ given: 'Edna', surname: 'Pockett' });
    expect(nameParts('Prince')).toEqual({ given: null, surname: 'Prince' });
  });

  it('reads East Asian names surname first when the given name is pinyin or Korean', () => {
    expect(nameParts('He Lifeng')).toEqual({ given: 'Lifeng', surname: 'He' });
    expect(isSurnameFirst(['Park', 'Min-jun'])).toBe(true);
    expect(isSurnameFirst(['Lin', 'Wood'])).toBe(false);
    expect(nameParts('Lin Wood')).toEqual({ given: 'Lin', surname: 'Wood' });
  });

  it('gives the spellings of one surname one key: particles, final h, transliteration', () => {
    expect(surnameCore('al-Masri')).toBe('Masri');
    expect(surnameCore('El')).toBe('El');
    expect(surnameKey('al-Hadiyya')).toBe(surnameKey('Hadiyyah'));
    expect(surnameKey('el-Masri')).toBe(surnameKey('Al Masri'));
    expect(fullNameKey('Karim al-Masri')).toBe(fullNameKey('Karim el-Masri'));
    expect(surnameKey('Ben-Tov')).not.toBe(surnameKey('Tov'));
  });
});

describe('surname similarity from a shared consonant skeleton', () => {
  it('keeps short skeletons apart: different surnames share them', () => {
    for (const [a, b] of [['Baker', 'Booker'], ['Moran', 'Marin'], ['Mason', 'Mossen'], ['Bell', 'Ball'], ['Kerr', 'Carr']] as const) {
      expect(surnameSimilarity(a, b), `${a}/${b}`).toBeLessThan(0.9);
    }
  });

  it('needs the same first and last letter even with a long skeleton', () => {
    expect(surnameSimilarity('Kastrov', 'Kostrava')).toBeLessThan(0.9);
  });

  it('still relates a long skeleton with garbled vowels', () => {
    expect(surnameSimilarity('Vandrosk', 'Vondrask')).toBeGreaterThanOrEqual(0.88);
  });

  it('never makes a pack person of a different person sharing three consonants, even with the same given name', () => {
    const kb = new KnowledgeBase([
      PackSchema.parse({ id: 'skel', name: 'Skel', actors: [{ id: 'james-baker', name: 'James Baker', type: 'person' }, { id: 'ana-moran', name: 'Ana Moran', type: 'person' }] }),
    ]);
    const g = gazetteerFor(kb);
    expect(matchPackPerson(g, 'James', 'Booker')).toBeNull();
    expect(matchPackPerson(g, 'Ana', 'Marin')).toBeNull();
    expect(matchPackPerson(g, 'J.', 'Booker')).toBeNull();
    expect(matchPackPerson(g, 'Jim', 'Booker')).toBeNull();
    expect(matchPackPerson(g, 'James', 'Baker')?.id).toBe('james-baker');
  });
});

describe('spinner synonyms', () => {
  it('are single lower-case words, each group without repeats', async () => {
    const { SPINNER_SYNONYMS } = await import('./data/lexicon.js');
    for (const group of SPINNER_SYNONYMS) {
      expect(new Set(group).size, group.join('/')).toBe(group.length);
      for (const w of group) expect(w).toMatch(/^[a-z]+$/);
    }
  });
});

describe('usualName', () => {
  it('drops middle initials and generational suffixes, never below two words', () => {
    expect(usualName('John F. Kerry')).toBe('John Kerry');
    expect(usualName('Joe Manchin III')).toBe('Joe Manchin');
    expect(usualName('Martin Luther King Jr.')).toBe('Martin Luther King');
    expect(usualName('J. K. Rowling')).toBe('J. K. Rowling');
    expect(usualName('Ban Ki-moon')).toBe('Ban Ki-moon');
  });
});

describe('sameFullName', () => {
  it('matches a given name with its known variants and a middle initial, never another surname or given name', async () => {
    const { sameFullName } = await import('./names.js');
    expect(sameFullName('Bob Menendez', 'Robert Menendez')).toBe(true);
    expect(sameFullName('Ben Cardin', 'Benjamin L. Cardin')).toBe(true);
    expect(sameFullName('Ben Cardin', 'Ben Carson')).toBe(false);
    expect(sameFullName('Robert Menendez', 'Roberta Menendez')).toBe(false);
    expect(sameFullName('Menendez', 'Menendez')).toBe(true);
  });
});
