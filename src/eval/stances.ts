/**
 * Stance eval. A gold stance is found when a predicted stance in its document has the gold actor (its
 * canonical name or one of its aliases equals the gold actor's name or one of its gold mentions, as speakers
 * are scored), or the gold party (the predicted actor's party, or the predicted actor itself
 * when its name is the gold party: "Hamas" for a Hamas leader), and evidence that overlaps (character
 * spans, or token Dice ≥ 0.5). Polarity accuracy is over found stances; precision is informational.
 *
 * Propositions: a predicted proposition matches a gold one when the ids agree or one is a more specific
 * form of the other (`territory` / `territory-concession`); or, for a discovered (`auto:`) proposition,
 * when at least half of the content words of its label (Porter stems, stop words dropped) occur among
 * the stems of the gold id's words and of the gold file's statement for that id (`auto:withdraw` ~
 * `israeli-withdrawal`: "Israeli withdrawal from Gaza…"). A pack proposition is never matched by words:
 * a pack id names one question, and a pack id in a negotiation the pack does not describe is an error.
 * "Proposition accuracy" is the share of found stances whose best candidate has a matching proposition.
 *
 * A discovered id qualified by its negotiation (`auto:ceasefire@hamas+israel`) is matched on its object
 * alone: the `@…` suffix is stripped. Reversal framing: a proposition whose id names the undoing of an
 * object ("tariff-reduction", "sanctions-relief", "export-controls-easing": a word of `REVERSALS`) is the
 * negation of the object itself, so when exactly one of the matched gold and predicted ids is a reversal,
 * the predicted support/oppose is flipped before polarity is compared (opposing tariffs is supporting
 * their reduction). Conditional and neutral stances are not flipped.
 */
import { stemmer } from 'stemmer';
import { autoLabel } from '../corpus/propositions.js';
import { sameFullName } from '../stages/actors/names.js';
import { dice, wordTokens } from './text.js';
import type { Metric, EvalTask, TaskReport } from './types.js';

interface PredictedStance {
  proposition: string;
  stance: string;
  start: number;
  end: number;
  evidence: string;
  actorName: string | null;
  aliases: string[];
  partyName: string | null;
}

// Accents folded: "Raul Grijalva" in one outlet is "Raúl Grijalva" in the gold.
const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

const STOP = new Set(
  `a an the of to for on in at by with from and or but as than that which who its their his her our this these those
  not only all any some more most new other de la le el al per is are was were be been`.split(/\s+/),
);

/** Porter stems of the content words of a text. */
export function contentStems(text: string): string[] {
  return wordTokens(text.replace(/-/g, ' '))
    .filter((t) => !STOP.has(t) && !/^\d+%?$/.test(t))
    .map((t) => stemmer(t));
}

/**
 * Does predicted proposition `pred` name gold proposition `gold`? `goldStatement` is the gold file's
 * description of `gold` (may be empty).
 */
export function sameProposition(qualified: string, gold: string, goldStatement = ''): boolean {
  const pred = baseProposition(qualified);
  if (pred === gold || pred.startsWith(`${gold}-`) || gold.startsWith(`${pred}-`)) return true;
  if (!pred.startsWith('auto:')) return false;
  const label = contentStems(autoLabel(pred));
  if (!label.length) return false;
  const goldStems = new Set([...contentStems(gold), ...contentStems(goldStatement)]);
  const common = label.filter((t) => goldStems.has(t)).length;
  return common / label.length >= 0.5;
}

/** A discovered id without its negotiation qualifier (`auto:ceasefire@hamas+israel` → `auto:ceasefire`). */
export function baseProposition(id: string): string {
  const at = id.indexOf('@');
  return at < 0 ? id : id.slice(0, at);
}

/** Words (Porter stems) that make a proposition the undoing of its object ("tariff reduction"). */
const REVERSALS = new Set(
  ['reduction', 'reduce', 'cut', 'cuts', 'easing', 'ease', 'lifting', 'lift', 'removal', 'remove', 'suspension', 'suspend', 'rollback', 'relief',
    'lowering', 'lower', 'end', 'ending', 'repeal', 'delay', 'postpone', 'postponement', 'pause', 'waive', 'waiver', 'defund', 'defunding',
    'phaseout', 'abolition', 'abolish', 'scrapping', 'scrap', 'elimination', 'eliminate'].map((w) => stemmer(w)),
);

/** Does the id name the undoing of an object (see `REVERSALS`)? */
export function isReversal(id: string): boolean {
  return contentStems(autoLabel(baseProposition(id))).some((t) => REVERSALS.has(t));
}

/**
 * Does the plain id name the object the reversal id undoes ("auto:tariffs" and "tariff-reduction")? A bill
 * matched to "aca-repeal" through the gold statement's words ("auto:budget-bill") is the repeal itself.
 */
function undoesSameObject(plain: string, reversal: string): boolean {
  const object = new Set(contentStems(autoLabel(baseProposition(reversal))).filter((t) => !REVERSALS.has(t)));
  return contentStems(autoLabel(baseProposition(plain))).some((t) => object.has(t));
}

/**
 * The predicted stance as it bears on the gold proposition: flipped when exactly one of them is a reversal
 * and the other names the object it undoes.
 */
export function stanceFor(predStance: string, pred: string, gold: string): string {
  if (isReversal(pred) === isReversal(gold)) return predStance;
  if (!(isReversal(gold) ? undoesSameObject(pred, gold) : undoesSameObject(gold, pred))) return predStance;
  return predStance === 'support' ? 'oppose' : predStance === 'oppose' ? 'support' : predStance;
}

export const stanceEval: EvalTask = ({ pairs, store }) => {
  const misses: string[] = [];
  let gold = 0;
  let found = 0;
  let polarityRight = 0;
  let predicted = 0;
  let predictedMatched = 0;
  let propositionRight = 0;
  // Polarity as labelled, with no proposition matched: the scoring of the corpus README, for comparison.
  let rawRight = 0;
  const nameOf = store.db.prepare('SELECT name, aliases_json FROM actors WHERE id = ?');
  for (const { gold: g, doc } of pairs) {
    const rows = store.db
      .prepare('SELECT actor_id, party_id, proposition, stance, evidence_start AS start, evidence_end AS "end", evidence_text AS evidence FROM stances WHERE doc_id = ? ORDER BY idx')
      .all(doc.id) as { actor_id: string | null; party_id: string | null; proposition: string; stance: string; start: number; end: number; evidence: string }[];
    const preds: PredictedStance[] = rows.map((r) => {
      const a = r.actor_id ? (nameOf.get(r.actor_id) as { name: string; aliases_json: string } | undefined) : undefined;
      const p = r.party_id ? (nameOf.get(r.party_id) as { name: string } | undefined) : undefined;
      return { ...r, actorName: a?.name ?? null, aliases: a ? (JSON.parse(a.aliases_json) as string[]) : [], partyName: p?.name ?? null };
    });
    predicted += preds.length;
    const matchedPreds = new Set<number>();
    // An actor is named by its canonical name or by any of its mentions in the gold file, as speakers are scored
    // (corpus README): "United Food and Commercial Workers Local 1187" is the gold's "UFCW Local 1187".
    const namesOf = (name: string) => new Set([name, ...(g.actors.find((a) => a.name === name)?.mentions ?? [])].map(norm));
    for (const gs of g.stances) {
      const goldParty = gs.party ? norm(gs.party) : null;
      const actorNames = namesOf(gs.actor);
      const partyNames = gs.party ? namesOf(gs.party) : new Set<string>();
      const at = doc.text.indexOf(gs.evidence);
      const candidates = preds
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => {
          const actorOk = (p.actorName && (actorNames.has(norm(p.actorName)) || sameFullName(p.actorName, gs.actor))) || p.aliases.some((x) => actorNames.has(norm(x)));
          const partyOk = goldParty !== null && ((p.partyName !== null && partyNames.has(norm(p.partyName))) || (p.actorName !== null && partyNames.has(norm(p.actorName))));
          if (!actorOk && !partyOk) return false;
          const overlap = at >= 0 && p.start < at + gs.evidence.length && at < p.end;
          return overlap || dice(wordTokens(p.evidence), wordTokens(gs.evidence)) >= 0.5;
        });
      for (const c of candidates) matchedPreds.add(c.i);
      if (gs.optional) continue;
      gold++;
      if (!candidates.length) {
        misses.push(`${g.document}: missed ${gs.actor} ${gs.stance} ${gs.proposition}: "${gs.evidence}"`);
        continue;
      }
      found++;
      const statement = g.propositions[gs.proposition] ?? '';
      const same = (id: string) => sameProposition(id, gs.proposition, statement);
      const stance = (p: PredictedStance) => (same(p.proposition) ? stanceFor(p.stance, p.proposition, gs.proposition) : p.stance);
      const best = candidates.find(({ p }) => same(p.proposition) && stance(p) === gs.stance) ?? candidates.find(({ p }) => same(p.proposition)) ?? candidates.find(({ p }) => p.stance === gs.stance) ?? candidates[0]!;
      if (same(best.p.proposition)) propositionRight++;
      else misses.push(`${g.document}: wrong proposition for ${gs.actor}: gold ${gs.proposition}, predicted ${best.p.proposition}: "${best.p.evidence}"`);
      if (best.p.stance === gs.stance) rawRight++;
      if (stance(best.p) === gs.stance) polarityRight++;
      else misses.push(`${g.document}: wrong polarity for ${gs.actor} on ${gs.proposition}: gold ${gs.stance}, predicted ${best.p.stance} (${best.p.proposition}): "${best.p.evidence}"`);
    }
    predictedMatched += matchedPreds.size;
    for (const [i, p] of preds.entries()) {
      if (!matchedPreds.has(i)) misses.push(`${g.document}: unmatched prediction ${p.actorName ?? '?'} ${p.stance} ${p.proposition}: "${p.evidence}"`);
    }
  }
  const metrics: Metric[] = [
    { name: 'stance recall', value: gold ? found / gold : 1, bar: 0.7, detail: `${found}/${gold}` },
    { name: 'stance polarity accuracy', value: found ? polarityRight / found : 0, bar: 0.85, detail: `${polarityRight}/${found}` },
    { name: 'stance polarity as labelled (informational)', value: found ? rawRight / found : 0, detail: `${rawRight}/${found}` },
    { name: 'stance proposition accuracy (found)', value: found ? propositionRight / found : 0, detail: `${propositionRight}/${found}` },
    { name: 'stance precision (informational)', value: predicted ? predictedMatched / predicted : 0, detail: `${predictedMatched}/${predicted}` },
  ];
  const report: TaskReport = { task: 'stances', metrics, misses };
  return report;
};
