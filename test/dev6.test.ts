/**
 * Sixth development set: ten fresh articles about five negotiations no earlier set covers, two reports each —
 * Cyprus reunification talks, an EU–Indonesia nickel and deforestation-law trade dispute, an invented meatpacker's
 * union contract, a Bonn UN climate session on adaptation finance and a Belgian federal budget coalition deal —
 * written with hand gold by a writer who saw none of Parley's code, rules or lexicons (see
 * `test/fixtures/dev6/README.md`), in varied quality (wire copy, web chrome, two machine translations, a
 * synonym-spun copy, syndicated feed items, an analysis with section headings). Like dev5 this one IS for
 * development: its misses show failure classes to fix through general mechanisms tested on invented sentences. The
 * floors sit one gold item under the figures last measured, so a regression fails; raise them when a change lifts one.
 *
 * Figures when the set was written (session 21; default packs), from
 * `node bin/parley.js eval test/fixtures/dev6/gold --db /tmp/d6.db --misses`:
 *   zones    non-body F1 0.936 · boilerplate F1 0.840 · captions F1 0.667 · headings F1 0.868 · outlet 6/6 · date 3/4
 *   quotes   direct+partial F1 0.995 · speaker accuracy 0.880 (95/108) · indirect recall 0.897 (35/39)
 *   stances  recall 0.352 (77/219) · polarity 0.805 (62/77) · proposition accuracy 0.494 · precision 0.676
 *   persons  pairwise F1 0.938 · canonical names 1.000 (36/36) · country/org mention recall 0.712 (163/229)
 * Session 21, actors (bodies the text treats as bodies: "opposition from X", "the MR", "N-VA", "X take", "the far-right
 *   X", "(KU Leuven)", "the Turkish Cypriot side", "Centre for ... Studies", "a Saudi delegate"): country/org mention
 *   recall 0.769 (176/229) -> 0.921 (211/229), speaker accuracy 0.880 -> 0.917 (99/108), stance recall 0.352 -> 0.384
 *   (84/219), polarity 0.798 (67/84).
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { describeEvalSet, type Floors } from './helpers/evalset.js';

/** Floors per task and metric name (as printed by `parley eval`); each allows one gold item fewer than measured. */
const FLOORS: Floors = {
  zones: {
    'non-body lines F1': 0.92,
    'boilerplate lines F1': 0.8,
    'headings lines F1': 0.84,
    'outlet accuracy': 0.83,
    'published-date accuracy': 0.5,
  },
  quotes: {
    'direct+partial F1': 0.98,
    'speaker accuracy (matched)': 0.9,
    'indirect recall': 0.87,
  },
  stances: {
    'stance recall': 0.34,
    'stance polarity accuracy': 0.79,
  },
  persons: {
    'pairwise F1 (person mentions)': 0.93,
    'canonical name accuracy': 0.97,
    'actors: country/org mention recall': 0.91,
  },
};

describeEvalSet('sixth development set (Cyprus, EU–Indonesia trade, meatpackers, Bonn climate finance, Belgian budget)', join(PROJECT_ROOT, 'test', 'fixtures', 'dev6'), 10, FLOORS);
