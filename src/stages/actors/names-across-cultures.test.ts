/**
 * People named again by the first word of their name (a Thai given name, a Khmer or Chinese family name), and a title
 * set before a name past a possessor and role words ("The chair of the group, Iceland's ambassador X,"), and the side a
 * person is said to lead ("X, who leads the Thai side") against the country of a dateline. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb, resolvedMentions } from './testing.js';

const kb = fictionalKb();
const resolved = (text: string, pattern: RegExp) => resolvedMentions(text, pattern, kb);

describe('a person named again by the first word of the name', () => {
  it('is that person when no list knows the word and one full name opens on it', () => {
    const text = 'Defence Minister Pongrit Sathaporn met his counterpart on Monday. Pongrit said the border would stay closed. Later, Pongrit said talks would resume.';
    expect(resolved(text, /Pongrit/)).toEqual([
      ['Pongrit Sathaporn', 'Pongrit Sathaporn'],
      ['Pongrit', 'Pongrit Sathaporn'],
      ['Pongrit', 'Pongrit Sathaporn'],
    ]);
  });
});

describe('a title set before a name in apposition', () => {
  it('is the role of the person named past a possessor and role words, found again by "the chair"', () => {
    const text = "The chair of the negotiating group, Freedonia's ambassador Sigra Thorvaldin, tabled a text on Monday. Delegates said the chair would not reopen it.";
    expect(resolved(text, /chair|Thorvaldin/)).toEqual([
      ['Sigra Thorvaldin', 'Sigra Thorvaldin'],
      ['the chair', 'Sigra Thorvaldin'],
    ]);
  });
});

describe('the side a person is said to lead', () => {
  it('is their side, whatever country the dateline names', () => {
    const text = 'FREDVILLE, Nov 18 (Reuters) - Border talks opened on Tuesday. Defence Minister Tomas Varga, who leads the Sylvanian side, said the border would stay closed.';
    const r = analyseActors(text, kb, '2026-11-18');
    expect(r.entities.find((e) => e.name === 'Tomas Varga')?.party).toBe('sylvania');
  });
});
