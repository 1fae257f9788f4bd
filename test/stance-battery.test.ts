/**
 * Stance constructions battery: short invented reports, each labelled with one holder and the stance it takes
 * (`holder|support|oppose|conditional|text`). A report passes when the holder (by name, or a person or body whose
 * side it is) takes that stance on some proposition of the report. It checks how news English says a side is for,
 * against or conditionally for a proposal, apart from gold-annotated articles.
 *
 * - `dev-*`: sentences and mini-articles used to find and fix failure classes (session 8).
 * - `heldout-*`: written by helpers who saw no code, measured before and after the session's changes and never
 *   tuned on. Figures at 399e595 → now, scored as here: sentences 108 → 114 of 150; mini-articles 35 → 43 of 60;
 *   organisations 34 → 37 of 60; polarity traps 49 → 56 of 80 (development files: sentences 147 → 199 of 223,
 *   mini-articles 74 → 111 of 120, polarity traps 36 → 54 of 80).
 *
 * Floors sit at the figures measured now; raise them when a change lifts a figure. Polarity labels follow the
 * proposition: "refused to lift the sanctions" supports the sanctions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { isReversal } from '../src/eval/stances.js';
import { prepareDocument } from '../src/ingest/ingest.js';
import { loadKnowledge } from '../src/packs/load.js';
import { actorSlug } from '../src/stages/actors/names.js';

const DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'stance-battery');
const kb = loadKnowledge();
/** A neutral closing paragraph: it gives one-sentence reports enough English for language detection. */
const FILLER = 'Delegations from several countries gathered in the Swiss city for a third day of meetings on Monday, and officials said more sessions were planned for later in the week.';

/** Reports passed per file, as measured when the floor was set. */
const FLOORS: Record<string, number> = {
  'dev-sentences-1.txt': 91,
  'dev-sentences-2.txt': 77,
  'dev-sentences-3.txt': 46,
  'dev-articles.txt': 60,
  'dev-organisations.txt': 58,
  'dev-polarity.txt': 78,
  'heldout-sentences.txt': 121,
  'heldout-articles.txt': 48,
  'heldout-organisations.txt': 42,
  'heldout-polarity.txt': 64,
  // Session 10: traps and mini-articles by a helper who saw no code, first measured at d19f644.
  'dev2-articles.txt': 38,
  'dev2-polarity.txt': 77,
  'heldout2-polarity.txt': 44,
  // Session 11: wire-copy passages (3–6 sentences) by a helper who saw no code, first measured at e9dc289: dev 34, held-out 19 of 40.
  'dev3-reports.txt': 55,
  'heldout3-reports.txt': 25,
  // Session 12: polarity traps in news passages (2–5 sentences) by a helper who saw no code, first measured at 96900c5: dev 31 of 70, held-out 18 of 50.
  'dev4-polarity-reports.txt': 57,
  'heldout4-polarity-reports.txt': 23,
};

interface Outcome {
  passed: number;
  total: number;
  failures: string[];
}

function score(file: string): Outcome {
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
  const lead = lines.find((l) => l.startsWith('# lead: '))?.slice('# lead: '.length) ?? '';
  const articles = file.includes('articles') || file.includes('organisations') || file.includes('reports');
  const out: Outcome = { passed: 0, total: 0, failures: [] };
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [holder, polarity, body] = line.split('|') as [string, string, string];
    const text = articles ? `Talks update\n\n${body}\n` : `Geneva talks continue\n\nGENEVA (Reuters) - ${lead ? `${lead} ` : ''}${body}\n\n${FILLER}\n`;
    const { analysis } = prepareDocument({ name: `${out.total}.txt`, source: `${out.total}.txt`, url: null, text, format: 'text', encoding: 'utf-8', given: {} }, kb);
    out.total++;
    // "Pacora Mining Corp." is named "Pacora Mining Corp" (a sentence's full stop is not part of a name).
    const key = (name: string) => name.toLowerCase().replace(/\.$/, '');
    const want = key(holder);
    const holds = (entity: number) => {
      const e = analysis.entities[entity];
      const side = e?.party ? (kb.actors.get(e.party)?.name ?? e.party) : null;
      // A holder named by a metonym its pack lists ("Tokyo", "the Elysee", "Brussels") is that actor.
      const packed = e?.party ? kb.actors.get(e.party) : undefined;
      const byMetonym = !!packed && [...(packed.metonyms ?? []), ...(packed.aliases ?? [])].some((m) => key(m) === want);
      // A side no pack lists is named by its slug ("nordhaven-nurses-union").
      return (!!e && key(e.name) === want) || (!!side && (key(side) === want || side === actorSlug(holder))) || byMetonym;
    };
    // A stance on the undoing of a thing ("supports the lifting of the ban", `auto:ban-removal`) is the reverse stance on the thing.
    const on = (s: (typeof analysis.stances)[number]) => (isReversal(s.proposition) ? ({ support: 'oppose', oppose: 'support' } as Record<string, string>)[s.stance] ?? s.stance : s.stance);
    if (analysis.stances.some((s) => on(s) === polarity && holds(s.actor))) out.passed++;
    else out.failures.push(`${holder} ${polarity}: ${body.slice(0, 100)} => ${analysis.stances.map((s) => `${analysis.entities[s.actor]?.name}:${s.stance}:${s.proposition}`).join(', ') || 'none'}`);
  }
  return out;
}

describe('stance constructions battery', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

  it('has a floor for every battery file', () => {
    expect(files.sort()).toEqual(Object.keys(FLOORS).sort());
  });

  for (const file of files) {
    it(`keeps ${file} at or above its floor`, () => {
      const r = score(file);
      if (process.env.PARLEY_EVAL_PRINT) {
        console.log(`${file}: ${r.passed}/${r.total}`);
        if (!file.startsWith('heldout')) for (const f of r.failures) console.log(`  - ${f}`);
      }
      expect(r.passed).toBeGreaterThanOrEqual(FLOORS[file]!);
    }, 60_000);
  }
});
