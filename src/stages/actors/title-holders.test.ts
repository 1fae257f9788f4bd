/**
 * Which of two holders of one title a later "the minister" means: the one whose country its sentence speaks
 * for, over the one named last. Invented ministers of real countries (the world pack knows the demonyms).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { analyseActors } from './testing.js';

const kb = loadKnowledge([], ['world']);

function holderOf(text: string, title: string, nth = 0): string | undefined {
  const r = analyseActors(text, kb);
  const m = r.mentions.filter((x) => x.text === title)[nth];
  return m ? r.entities[m.entity]!.name : undefined;
}

const TWO_MINISTERS =
  'Danish Fisheries Minister Sune Kjærgaard said Copenhagen would not raise the quota. ' +
  'Portuguese Fisheries Minister Tiago Valadares said Lisbon would back port restrictions "if the door stays closed". ';

describe('"the minister" after two ministers of different countries', () => {
  it('is the one whose demonym its sentence holds, though the other was named last', () => {
    expect(holderOf(`${TWO_MINISTERS}The Danish fishermen's association welcomed the minister's line.`, 'the minister')).toBe('Sune Kjærgaard');
  });

  it('is the one whose country it speaks of after the title', () => {
    expect(holderOf(`${TWO_MINISTERS}The talks resumed on Friday, and the minister said Denmark would not move.`, 'the minister')).toBe('Sune Kjærgaard');
  });

  it('reads the sentence before when its own names no country (a quotation opening a paragraph)', () => {
    expect(holderOf(`${TWO_MINISTERS}In Aarhus, Danish trawler owners were angry. "The minister promised us more," one said.`, 'The minister')).toBe('Sune Kjærgaard');
  });

  it('is still the one named last when the sentence names no side, or names a place before the title', () => {
    expect(holderOf(`${TWO_MINISTERS}The talks resumed on Friday, and the minister said little.`, 'the minister')).toBe('Tiago Valadares');
    expect(holderOf(`${TWO_MINISTERS}In Denmark the next day, the minister said little.`, 'the minister')).toBe('Tiago Valadares');
  });
});

describe('a title set before a name in apposition', () => {
  it('is that person\'s role, and a general word for the post later names them ("the diplomat" for an envoy)', () => {
    const text = 'The special envoy of Norway, Sigrun Dahle, celebrated the result. "This shows that the process is alive," affirmed the diplomat.';
    expect(holderOf(text, 'the diplomat')).toBe('Sigrun Dahle');
    // The title is no mention of its own: the country inside it keeps its mention.
    expect(holderOf(text, 'Norway')).toBe('Norway');
  });
});

describe('the general word for a post', () => {
  it('names its holder ("the lawmaker" for a senator, "the cleric" for an imam)', () => {
    expect(holderOf('Senator Dana Whitcombe said she would block the bill. The lawmaker said the votes were not there.', 'The lawmaker')).toBe('Dana Whitcombe');
    expect(holderOf('Imam Yusuf Okafor-Bello called for calm. The cleric said the talks must go on.', 'The cleric')).toBe('Yusuf Okafor-Bello');
  });

  it('does not name the holder of another post that shares a word ("the lawmaker" is no trade representative)', () => {
    expect(holderOf('Trade representative Dana Whitcombe said the tariffs would stay. The lawmaker said nothing.', 'The lawmaker')).toBeUndefined();
    expect(holderOf('Union president Ray Kettleby said members would vote. The union leader said the offer was poor.', 'The union leader')).toBeUndefined();
  });
});

describe("a body's possessive inside a title", () => {
  it('qualifies the post ("the union\'s chief negotiator" is the one the report gave that role)', () => {
    const text = "Dorian Pelletreau, the union's chief negotiator, said the offer was low. On Friday the union's chief negotiator said members would vote.";
    expect(holderOf(text, "the union's chief negotiator")).toBe('Dorian Pelletreau');
  });

  it('leaves "the minister\'s line" the minister\'s, and reads "the minister\'s spokesman" as the spokesman', () => {
    const text = "Fisheries Minister Ingrid Vasshaug spoke on Monday. The minister's line was clear, said the minister's spokesman.";
    expect(holderOf(text, 'The minister')).toBe('Ingrid Vasshaug');
    expect(holderOf(text, "the minister's spokesman")).toBeUndefined();
  });
});

describe("a named body's possessive before a title", () => {
  it('keeps the body\'s own mention and still names the holder ("NATO\'s spokesman")', () => {
    const text = "NATO spokesman Teodor Vranješ said the talks would go on. Later NATO's spokesman said they had stalled.";
    const r = analyseActors(text, kb);
    const spokesman = r.mentions.find((m) => m.text === 'spokesman' && m.start > 60);
    expect(spokesman && r.entities[spokesman.entity]!.name).toBe('Teodor Vranješ');
    expect(r.mentions.filter((m) => m.text === 'NATO')).toHaveLength(2);
  });
});
