/**
 * Parties and bodies named by a bare capitalised name the packs do not know (invented names throughout): the
 * text treats them as bodies, not as people or places.
 */
import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb } from './testing.js';

const kb = fictionalKb();

function analyse(text: string) {
  const r = analyseActors(text, kb, '2027-05-01');
  const typeOf = (name: string) => r.entities.find((e) => e.name === name)?.type;
  return { r, typeOf, names: r.entities.map((e) => e.name) };
}

describe('a recurring agent named after "from"', () => {
  it('is still a body when "from" gives the source of an objection ("opposition from Tarvik")', () => {
    const { typeOf } = analyse(
      'The plan was dropped after opposition from Tarvik and the greens. The pension reform will go ahead, as Tarvik had demanded. ' +
        'Ministers said Tarvik had rejected the first draft.',
    );
    expect(typeOf('Tarvik')).toBe('organization');
  });

  it('is a place when it comes from there ("returned from Tarvik")', () => {
    const { typeOf } = analyse('The minister returned from Tarvik on Monday. Talks in Tarvik had stalled, officials said. Tarvik had no comment.');
    expect(typeOf('Tarvik')).not.toBe('organization');
  });
});

describe('acronyms a name reader would miss', () => {
  it('reads a courtesy title in capitals with no name after it as a body ("the DR accepts")', () => {
    const { typeOf } = analyse('The liberals of the DR refuse any new tax. DR chairman Tomas Verlo said the DR would not sign.');
    expect(typeOf('DR')).toBe('organization');
    expect(typeOf('Tomas Verlo')).toBe('person');
  });

  it('reads capitals joined by hyphens as one body ("Prime Minister Ana Brel (S-PQ)")', () => {
    const { typeOf } = analyse('The proposal of Prime Minister Ana Brel (S-PQ) was rejected. Even the LVP-DSK is not enthusiastic.');
    expect(typeOf('S-PQ')).toBe('organization');
    expect(typeOf('LVP-DSK')).toBe('organization');
  });
});
