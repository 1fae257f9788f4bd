import { describe, expect, it } from 'vitest';
import { fullNameKey, isSurnameFirst, nameParts, surnameCore, surnameKey } from './names.js';

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
