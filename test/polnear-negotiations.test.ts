/**
 * Real-news check: thirty-one 2015–2016 articles from the shared PolNeAR corpus about negotiations, deals
 * and disputes no pack describes (a Syria cease-fire, the US–Iran prisoner swap, Iran sanctions, a Verizon
 * strike settlement, Puerto Rico's debt deal, Brexit, North Korea sanctions, the Paris climate accord, the
 * No Child Left Behind rewrite, China tariffs, the Zika funding standoff, NAFTA and Mexican trucking, the
 * Pfizer–Allergan inversion, California's $15 wage deal, the TPP, gun-control and tax-package bargains in Congress,
 * the South China Sea, the Garland nomination, the EU–Turkey migrant deal), hand-annotated for actors and stances in
 * `test/fixtures/polnear-negotiations/gold/` before Parley was run on them. The texts are read from the
 * shared copy (`EXTERNAL_DIR/polnear`), never vendored. Each gold file names its split: `dev` may be used
 * to tune the mechanism; `test` is a held-out measure nobody tunes on. Quotes, zones and captions are not
 * annotated, so only stances and persons have floors (see the fixture README).
 *
 * Floors sit just under the figures measured when the set was written (default packs); raise them when a
 * change lifts a figure. Figures at the time of writing: see the fixture README.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { EXTERNAL_DIR, PROJECT_ROOT } from '../src/core/paths.js';
import { describeEvalSet, type Floors } from './helpers/evalset.js';

const SET_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'polnear-negotiations');
const POLNEAR_DIR = join(EXTERNAL_DIR, 'polnear');

/** The PolNeAR text of a gold document, in whichever compartment (train, dev) holds it. */
function polnearText(document: string): string {
  const found = ['train', 'dev'].map((c) => join(POLNEAR_DIR, c, 'text', document)).find((p) => existsSync(p));
  return found ?? join(POLNEAR_DIR, 'train', 'text', document);
}

function articlesOf(split: string): string[] {
  return readdirSync(join(SET_DIR, 'gold'))
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => JSON.parse(readFileSync(join(SET_DIR, 'gold', f), 'utf8')) as { document: string; split: string })
    .filter((g) => g.split === split)
    .map((g) => polnearText(g.document))
    .sort();
}

/** Articles per split: a gold file added or dropped must be a deliberate change here too. */
const ARTICLE_COUNT = { dev: 21, test: 10 } as const;

// Small counts: each floor allows about one gold item fewer than measured (figures in the fixture README).
// Raise a floor when a general change lifts its figure — never by tuning on the test split.
const FLOORS: Record<'dev' | 'test', Floors> = {
  dev: {
    // 21 articles: measured 0.322 (95/295) · 0.958 (91/95) once the eval flips delays, pauses, waivers and
    // defunding like repeals, and only against the object they undo (0.916 before that eval fix); before the polarity-class fixes (a verb reaching into
    // another statement, action nouns read as verbs, if-clauses after a future verb, new bills taken for the deal,
    // "not far enough", "(I-Vt.)" read as a pronoun) 0.329 (97/295) · 0.866 (84/97): three of the items no longer
    // found were wrong-polarity readings. Before open objects (a stance verb's own noun
    // phrase, gerund objects, legislative signs of bargaining) 0.251 (74/295) · 0.892 (66/74). The ten articles
    // added last (170 stances, annotated before Parley ran on them) scored 13/170 when added, 35/170 now (tuned
    // on since). Most of the added polarity misses are stances on a differently framed object (defending a tax
    // where the gold asks about delaying it). On the first eleven: 0.496 (62/125) · 0.935 (when written, 7
    // articles: 0.186 · 0.615; 11 articles: 0.312 · 0.897).
    // Session 14: 0.420 (124/295) · 0.944 (117/124). Session 18: 0.444 (131/295) · 0.947 (124/131).
    stances: { 'stance recall': 0.44, 'stance polarity accuracy': 0.93 },
    // measured 0.975 · 0.895 (68/76) · 0.923 (215/233)  (11 articles: 0.991 · 0.897 · 0.991; 7: 0.961 · 0.739 · 0.556)
    persons: { 'pairwise F1 (person mentions)': 0.96, 'canonical name accuracy': 0.86, 'actors: country/org mention recall': 0.9 },
  },
  test: {
    // measured 0.143 (14/98) · 1.000 (14/14)  (when written, 5 articles: 0.056 · 1.000; 10 articles: 0.133 · 1.000)
    // Session 14 (objects named once, judged noun phrases, relative clauses on a noun phrase): 0.255 (25/98) · 0.960 (24/25).
    stances: { 'stance recall': 0.24, 'stance polarity accuracy': 0.9 },
    // measured 0.986 · 0.882 (30/34) · 0.340 (17/50)  (when written, 5 articles: 0.292 · 0.800). The organisation
    // figure once read 0.820 with two pack entries for the companies of one test article: removed as a leak.
    persons: { 'pairwise F1 (person mentions)': 0.97, 'canonical name accuracy': 0.85, 'actors: country/org mention recall': 0.32 },
  },
};

if (existsSync(POLNEAR_DIR)) {
  for (const split of ['dev', 'test'] as const) {
    const articles = articlesOf(split);
    describeEvalSet(`PolNeAR negotiations, ${split} split`, SET_DIR, ARTICLE_COUNT[split], FLOORS[split], { articles, split });
  }
} else {
  describe('PolNeAR negotiations', () => {
    it.skip(`needs the shared PolNeAR copy at ${POLNEAR_DIR}`, () => {});
  });
}
