/**
 * Classes of polarity error found on development data, each pinned with invented sentences about fictional
 * talks between Norland and Sudmark (no seed, held-out or PolNeAR text): a verb reaching across another
 * statement, an action noun read as a verb, a plain if-clause after a future verb, a stance verb composed
 * inside a relative clause, and an indefinite bill taken for the deal under discussion.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { analysisFor, type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';
import { extractStances } from './index.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'United States', type: 'country', party: 'us', surfaces: [['United States', 'name']] },
  { name: 'Ilse Varga', type: 'person', party: 'norland', surfaces: [['Ilse Varga', 'name'], ['Varga', 'name']] },
  { name: 'Tomas Brandt', type: 'person', party: 'sudmark', surfaces: [['Tomas Brandt', 'name'], ['Brandt', 'name']] },
  { name: 'Petra Lund', type: 'person', party: 'sudmark', surfaces: [['Petra Lund', 'name'], ['Lund', 'name']] },
  { name: 'Olaf Kern', type: 'person', party: 'sudmark', surfaces: [['Olaf Kern', 'name'], ['Kern', 'name']] },
];

function stancesOf(text: string) {
  return fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}
const stanceOf = (list: ReturnType<typeof stancesOf>, actor: string, proposition: string) => list.filter((s) => s.actor === actor && s.proposition === proposition).map((s) => s.stance);
const on = (list: ReturnType<typeof stancesOf>, proposition: string) => list.filter((s) => s.proposition === proposition);

describe('a stance verb does not reach into another statement', () => {
  it('stops at a reporting verb with its own subject after a closing quote', () => {
    const r = stancesOf('"Norland supports efforts to reduce tariffs on grain," Varga said at the opening of the trade dialogue.');
    expect(stanceOf(r, 'Norland', 'auto:tariffs')).toEqual(['oppose']);
    expect(on(r, 'auto:trade-dialogue')).toEqual([]);
  });

  it('stops at a clause where others report something', () => {
    const r = stancesOf('Brandt is introducing a bill to impose sanctions on Norland, as Sudmark officials continue to warn that the fishing treaty is failing.');
    expect(stanceOf(r, 'Tomas Brandt', 'auto:sanctions')).toEqual(['support']);
    expect(stanceOf(r, 'Tomas Brandt', 'auto:fishing-treaty')).not.toContain('support');
  });

  it('does not take a capitalised name ("United States") for a reporting verb ("states")', () => {
    expect(stanceOf(stancesOf('Norland pressed for the United States to carry out airstrikes.'), 'Norland', 'auto:airstrikes')).toEqual(['support']);
  });
});

describe('an action word used as a noun is no reversal', () => {
  it('reads a quoted or modified "pause" after a determiner as a noun, and a later container as no object', () => {
    const r = stancesOf('Varga said Norland might include a one-year "pause" in the grain tariffs in the tax bill.');
    expect(on(r, 'auto:tax-bill')).toEqual([]);
    expect(r.filter((s) => s.stance === 'oppose')).toEqual([]);
  });

  it('keeps the verb reading where no determiner precedes it', () => {
    expect(stanceOf(stancesOf('Norland agreed to pause the grain tariffs.'), 'Norland', 'auto:grain-tariffs')).toEqual(['oppose']);
  });
});

describe('a plain if-clause after a future verb makes the stance conditional', () => {
  it('reads "would restore X if Y" as conditional, not plain support', () => {
    const r = stancesOf('Varga said Norland would restore its export curbs if grain shipments did not resume.');
    expect(stanceOf(r, 'Norland', 'auto:export-controls')).toEqual(['conditional']);
  });

  it('leaves "even if" alone', () => {
    expect(stanceOf(stancesOf('Norland will sign the fishing treaty even if Sudmark objects.'), 'Norland', 'auto:fishing-treaty')).toEqual(['support']);
  });

  it('still reads a warning about refusal inside the if-clause as backing', () => {
    const r = stancesOf('Varga said it would be costly for Sudmark if it did not agree to the fishing treaty.');
    expect(stanceOf(r, 'Ilse Varga', 'auto:fishing-treaty')).toEqual(['support']);
  });
});

describe('a relative clause composes its stance verb with the action after it', () => {
  it('reads "which X has vowed to ignore/scrap" as opposing and "promised to keep" as backing', () => {
    expect(stanceOf(stancesOf('Sudmark filed a case at the tribunal challenging the fishing treaty, which Norland has vowed to ignore.'), 'Norland', 'auto:fishing-treaty')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Varga defended the fishing treaty, which Sudmark has promised to scrap.'), 'Sudmark', 'auto:fishing-treaty')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Varga praised the fishing treaty, which Sudmark has promised to keep.'), 'Sudmark', 'auto:fishing-treaty')).toEqual(['support']);
  });
});

describe('a new bill is not the deal under discussion', () => {
  it('does not give partners who bring a new bill a stance on the treaty they opposed', () => {
    const r = stancesOf('The fishing treaty dominated the summit. Brandt is introducing a new bill on grain. Brandt teamed up with Kern and Lund, all of whom opposed the fishing treaty last year, to introduce the bill.');
    expect(stanceOf(r, 'Tomas Brandt', 'auto:fishing-treaty')).toEqual([]);
    expect(stanceOf(r, 'Tomas Brandt', 'auto:bill')).toContain('support');
    expect(stanceOf(r, 'Petra Lund', 'auto:fishing-treaty')).toEqual(['oppose']);
  });
});

describe('a quoted "not far enough" after a concession finds the object wanting', () => {
  it('reads the main clause of "While this is a step forward it goes nowhere near far enough" as opposing', () => {
    const text = 'Varga reviewed the fishing treaty on Monday. "While this is a step forward it goes nowhere near far enough."';
    const quote = text.slice(text.indexOf('"') + 1, text.lastIndexOf('"'));
    const a = analysisFor(text, ACTORS, [{ text: quote, speaker: 'Ilse Varga', kind: 'direct' }]);
    const r = extractStances({ text, zones: [], published: '2025-06-10', language: 'en' }, a, kb).filter((s) => s.provenance.rule.startsWith('evaluative-pronoun'));
    expect(r.map((s) => [ACTORS[s.actor]!.name, s.proposition.replace(/@.*$/, ''), s.stance])).toEqual([['Ilse Varga', 'auto:fishing-treaty', 'oppose']]);
  });

  it('keeps a concession that ends in praise as support', () => {
    const text = 'Varga reviewed the fishing treaty on Monday. "While it took too long, it is a historic breakthrough."';
    const quote = text.slice(text.indexOf('"') + 1, text.lastIndexOf('"'));
    const a = analysisFor(text, ACTORS, [{ text: quote, speaker: 'Ilse Varga', kind: 'direct' }]);
    const r = extractStances({ text, zones: [], published: '2025-06-10', language: 'en' }, a, kb).filter((s) => s.provenance.rule.startsWith('evaluative-pronoun'));
    expect(r.map((s) => s.stance)).toEqual(['support']);
    // The evidence is the judgement itself, not only "it is".
    expect(r[0]!.evidence.text).toBe('it is a historic breakthrough');
  });
});

describe('party tags are no pronouns', () => {
  it('finds the senator before "(I-Vt.)" as the holder', () => {
    expect(stanceOf(stancesOf('Sen. Ilse Varga (I-Vt.) on Saturday criticized the fishing treaty.'), 'Ilse Varga', 'auto:fishing-treaty')).toEqual(['oppose']);
  });
});

describe('a passive judgement of a stance noun composes with it', () => {
  it('reads "X\'s opposition to <object> was criticised by Y" as Y backing the object', () => {
    const r = stancesOf("Norland's opposition to the fishing treaty was criticised by Sudmark.");
    expect(stanceOf(r, 'Sudmark', 'auto:fishing-treaty')).toEqual(['support']);
    expect(stanceOf(r, 'Norland', 'auto:fishing-treaty')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('The fishing treaty was rejected by Sudmark.'), 'Sudmark', 'auto:fishing-treaty')).toEqual(['oppose']);
  });
});
