/**
 * Detection of invented people's names of many origins, one sentence each, and the guards that keep the
 * same words from reading as names where they are not: accented given names, given names that are also
 * common English words, religious titles before a name.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { analyseActors } from './testing.js';

const kb = loadKnowledge([], ['world']);
const persons = (text: string) => analyseActors(text, kb).entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('a given name written with its accents', () => {
  it('opens the full name at a sentence start, as the plain spelling does', () => {
    expect(persons('Andrés Valcárcel said the talks had failed.')).toEqual(['Andrés Valcárcel']);
    expect(persons('Óscar Trujillo Paredes said no.')).toEqual(['Óscar Trujillo Paredes']);
    expect(persons('Hélène Darrieux said the offer was fair.')).toEqual(['Hélène Darrieux']);
    expect(persons('María José Arbeláez said the talks had failed.')).toEqual(['María José Arbeláez']);
  });
});

describe('a given name that is also a common word', () => {
  it('opens a full name the sentence treats as a person (a reporting verb, an apposition)', () => {
    expect(persons('Will Tarrow said the bill would pass.')).toEqual(['Will Tarrow']);
    expect(persons('Rose Kettering told reporters she was pleased.')).toEqual(['Rose Kettering']);
    expect(persons('"It will fail," Chase Dorrell said.')).toEqual(['Chase Dorrell']);
    expect(persons('Joy Abernath, a lawmaker, voted no.')).toEqual(['Joy Abernath']);
  });

  it('is still a common word before a country, a body or with no cue ("Will Freedonia sign?")', () => {
    expect(persons('Will France sign the deal?')).toEqual([]);
    expect(persons('Hope Street was closed on Monday.')).toEqual([]);
    expect(persons('Grace Period Ends For Tenants')).toEqual([]);
  });
});

describe('a religious title before a name', () => {
  it('is a role, not the first word of the name', () => {
    expect(persons('Ayatollah Mehran Tavakoli said the talks were over.')).toEqual(['Mehran Tavakoli']);
    expect(persons('Rabbi Yehuda Abramov said no.')).toEqual(['Yehuda Abramov']);
    expect(persons('Rev. Al Pruett led the march.')).toEqual(['Al Pruett']);
  });

  it('leaves a Senegalese "Cheikh" as the given name it is', () => {
    expect(persons('Cheikh Tidiane Ndour said Dakar would mediate.')).toEqual(['Cheikh Tidiane Ndour']);
  });
});

describe('a plain full name opening a sentence before a reporting verb', () => {
  it('is a person named in full, though neither word is a listed given name', () => {
    expect(persons('Tshepo Mabuza warned that the strike would spread.')).toEqual(['Tshepo Mabuza']);
    expect(persons('Kagiso Molefe said the deal was fair.')).toEqual(['Kagiso Molefe']);
  });

  it('is no person when "it" follows, or a word of it is a body\'s ("Ostrava Steelworks said it ...")', () => {
    expect(persons('Ostrava Steelworks said it would cut jobs.')).not.toContain('Ostrava Steelworks');
    expect(persons('Ostrava Steel said the offer was low.')).toEqual([]);
  });
});
