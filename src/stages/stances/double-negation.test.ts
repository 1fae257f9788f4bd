/**
 * Polarity classes found on the development polarity battery, pinned with invented sentences about fictional
 * talks between Norland and Sudmark: a negated opposition is consent, a negation the chain already read is not
 * read again by a later verb, "no intention of" / "no question of" / "failure to" negate what follows, striving
 * to have a thing undone is wanting it undone, "until" after a putting-off says how long, "without X there will
 * be no Y" needs X, judging the undoing of an object judges the object the other way, and a restriction names
 * what it restricts after "on".
 */
import { describe, expect, it } from 'vitest';
import { findNegotiatedObjects } from '../../corpus/propositions.js';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Ilse Varga', type: 'person', party: 'norland', surfaces: [['Ilse Varga', 'name'], ['Varga', 'name']] },
];

function stancesOf(text: string) {
  return fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}
const stanceOf = (text: string, actor: string, proposition: string) => stancesOf(text).filter((s) => s.actor === actor && s.proposition === proposition).map((s) => s.stance);
const ids = (text: string) => findNegotiatedObjects(text, 0, text.length).map((p) => `${p.id}:${text.slice(p.start, p.end)}`);

describe('a negated opposition is consent', () => {
  it('reads "not opposed to", "would not stand in the way of" and "would not refuse to endorse" as support', () => {
    expect(stanceOf('Norland is not opposed to the grain tariffs, a trade official said.', 'Norland', 'auto:grain-tariffs')).toEqual(['support']);
    expect(stanceOf('Norland would not stand in the way of the arms embargo.', 'Norland', 'auto:arms-embargo')).toEqual(['support']);
    expect(stanceOf('Norland said it would not refuse to endorse the export ban.', 'Norland', 'auto:export-ban')).toEqual(['support']);
  });

  it('keeps a negated rejection non-committal', () => {
    expect(stanceOf('Norland did not reject the arms embargo.', 'Norland', 'auto:arms-embargo')).toEqual(['neutral']);
  });
});

describe('a negation is read once', () => {
  it('reads "refused to rule out extending" as for the extension', () => {
    expect(stanceOf('Norland refused to rule out extending the fishing moratorium.', 'Norland', 'auto:moratorium')).toEqual(['support']);
  });

  it('reads "has no intention of abandoning", "no question of ending" and "lamented the failure to renew" as keeping', () => {
    expect(stanceOf('Norland has no intention of abandoning the export ban.', 'Norland', 'auto:export-ban')).toEqual(['support']);
    expect(stanceOf('Norland lamented the failure to renew the moratorium.', 'Norland', 'auto:moratorium')).toEqual(['support']);
  });
});

describe('striving to have a thing undone is wanting it undone', () => {
  it('reads "fought to have X suspended", "pushed to delay X" and "do everything to see X rolled back" as against X', () => {
    expect(stanceOf('Norland fought to have the grain tariffs suspended indefinitely.', 'Norland', 'auto:grain-tariffs')).toEqual(['oppose']);
    expect(stanceOf('Norland pushed to delay the grain tariffs until after the election.', 'Norland', 'auto:grain-tariffs')).toEqual(['oppose']);
    expect(stanceOf('Norland said it would do everything in its power to see the sanctions rolled back.', 'Norland', 'auto:sanctions')).toEqual(['oppose']);
  });

  it('still reads "fought to keep X" as for X', () => {
    expect(stanceOf('Norland fought to keep the grain tariffs in place.', 'Norland', 'auto:grain-tariffs')).toEqual(['support']);
  });
});

describe('necessity and judged undoing', () => {
  it('reads "without it there will be no ..." as needing it', () => {
    const text = '"Without the moratorium there will be no fish left to catch," Varga said.';
    const quotes = [{ text: 'Without the moratorium there will be no fish left to catch,', speaker: 'Ilse Varga', kind: 'direct' as const }];
    expect(fixtureStances(text, ACTORS, kb, { quotes }).filter((s) => s.actor === 'Ilse Varga' && s.proposition === 'auto:moratorium').map((s) => s.stance)).toEqual(['support']);
  });

  it('reads "scrapping X would be a grave mistake" as for X', () => {
    expect(stanceOf('Norland warned that scrapping the fishing moratorium would be a grave mistake.', 'Norland', 'auto:moratorium')).toEqual(['support']);
    expect(stanceOf('Norland warned that the fishing moratorium would be a grave mistake.', 'Norland', 'auto:moratorium')).toEqual(['oppose']);
  });
});

describe('objects named after their restriction or their undoing', () => {
  it('names "a ban on wheat exports" the export ban and a bare "ban" by its head', () => {
    expect(ids('Norland imposed a ban on wheat exports.')).toEqual(['auto:export-ban:ban on wheat exports']);
    expect(ids('Norland refused to lift the ban.')).toEqual(['auto:ban:ban']);
    expect(ids('Norland set a cap on emissions.')).toEqual(['auto:emissions-cap:cap on emissions']);
  });

  it('names the undoing of a headed object after the whole object, not its first word', () => {
    expect(ids('Norland hailed the lifting of the export ban.')).toEqual(['auto:export-ban-removal:lifting of the export ban']);
    expect(ids('Norland welcomed the lifting of sanctions.')).toEqual(['auto:sanctions-removal:lifting of sanctions']);
  });

  it('reads "campaigned for the abolition of X" as against X, with no object "abolition"', () => {
    expect(stancesOf('Norland has long campaigned for the abolition of the fishing moratorium.')).toEqual([{ actor: 'Norland', proposition: 'auto:moratorium', stance: 'oppose' }]);
  });
});
