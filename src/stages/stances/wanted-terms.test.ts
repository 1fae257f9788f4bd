/**
 * What a side makes its stance hang on, it wants: "could accept X if Sudmark agreed to a review" supports the
 * review, "would not renew the truce unless Sudmark made a public commitment" supports the commitment, and a
 * refusal "if it included Y" opposes Y. Invented sentences about fictional talks between Norland and Sudmark.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
];
const stancesOf = (text: string) => fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance }) => `${actor}:${stance}:${proposition}`);

describe('the terms a stance hangs on', () => {
  it('reads the object of an if-clause after an acceptance as wanted', () => {
    const r = stancesOf('Norland said it could accept a phased increase spread over three years if Sudmark also agreed to a joint scientific review of the stock.');
    expect(r).toContain('Norland:conditional:auto:increase-spread');
    expect(r).toContain('Norland:support:auto:scientific-review');
    expect(r.filter((x) => x.startsWith('Sudmark:'))).toEqual([]);
  });

  it('reads what an "unless" asks of a refusal as wanted', () => {
    const r = stancesOf('Norland said it would not renew the truce unless Sudmark made a public commitment to halt the shelling.');
    expect(r).toContain('Norland:conditional:auto:ceasefire');
    expect(r.some((x) => x.startsWith('Norland:support:') && !x.endsWith('auto:ceasefire'))).toBe(true);
  });

  it('reads a thing a refusal names in its if-clause as unwanted', () => {
    const r = stancesOf('Norland said it would reject the fishing deal if it included a ban on trawling.');
    expect(r.some((x) => /^Norland:oppose:auto:(?:trawling-)?ban$/.test(x))).toBe(true);
  });

  it('reads a negated term as unwanted: "only if the text did not include a production cap"', () => {
    const r = stancesOf('Norland could support the fishing deal only if the text did not include a production cap.');
    expect(r).toContain('Norland:oppose:auto:output-cap');
  });

  it('names the object of an if-clause with no stance verb: "only if a review clause committed ..."', () => {
    expect(stancesOf('Norland could support the fishing deal only if a review clause committed both sides to new talks.')).toContain('Norland:support:auto:review-clause');
    expect(stancesOf('Norland would accept the quota swap in exchange for a review clause.')).toContain('Norland:support:auto:review-clause');
  });

  it('takes no clause subject for the object ("provided the mediators guarantee ...") and nothing from a stance left open', () => {
    expect(stancesOf('Norland would, provided the mediators guarantee safe passage for its fighters, accept the 30-day truce.')).toEqual(['Norland:conditional:auto:ceasefire']);
    expect(stancesOf('Norland has not ruled out the fishing deal if Sudmark offers a review clause.').filter((x) => x.includes('review'))).toEqual([]);
  });
});

describe('what nothing comes without', () => {
  it('reads "there can be no deal without a review clause" as wanting the clause', () => {
    expect(stancesOf('Norland said there could be no deal without a review clause.')).toContain('Norland:support:auto:review-clause');
    expect(stancesOf('Norland said there would be no ceasefire without a withdrawal of troops.')).toContain('Norland:support:auto:troop-withdrawal');
  });

  it('finds no object after a plain "without"', () => {
    expect(stancesOf('Norland signed the fishing deal without a review clause.').filter((x) => x.includes('review'))).toEqual([]);
  });
});

describe('terms that are no terms (real-news readings)', () => {
  it('reads no term into a time after "until", nor into a threat\'s or an acceptance\'s "unless"', () => {
    expect(stancesOf('Norland has never said it would support the fishing deal up until the due date.').filter((x) => !x.includes('fishing-deal'))).toEqual([]);
    expect(stancesOf('Norland vowed to impose a levy unless the company cancels a new investment in trawlers.').filter((x) => !x.includes('tariffs'))).toEqual([]);
  });

  it('still reads a refusal "until" a named side acts as wanting the act', () => {
    expect(stancesOf('Norland said it would not renew the truce until Sudmark made a public commitment to halt the shelling.').some((x) => x.startsWith('Norland:support:') && !x.endsWith('auto:ceasefire'))).toBe(true);
  });
});
