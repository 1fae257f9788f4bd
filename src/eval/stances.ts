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

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const tokensOf = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];

function dice(a: string, b: string): number {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

/** Ids agree, or one is a more specific form of the other ("territory" / "territory-concession"). */
const sameProposition = (a: string, b: string) => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

/**
 * Stance eval: a gold stance is found when a predicted stance in its document has the gold actor (by
 * canonical name or alias) or the gold party, and evidence that overlaps (character spans, or token
 * Dice ≥ 0.5). Polarity accuracy is over found stances; precision is informational.
 */
export const stanceEval: EvalTask = ({ pairs, store }) => {
  const misses: string[] = [];
  let gold = 0;
  let found = 0;
  let polarityRight = 0;
  let predicted = 0;
  let predictedMatched = 0;
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
    for (const gs of g.stances) {
      const goldActor = norm(gs.actor);
      const goldParty = gs.party ? norm(gs.party) : null;
      const at = doc.text.indexOf(gs.evidence);
      const candidates = preds
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => {
          const actorOk = (p.actorName && norm(p.actorName) === goldActor) || p.aliases.some((x) => norm(x) === goldActor);
          const partyOk = goldParty !== null && p.partyName !== null && norm(p.partyName) === goldParty;
          if (!actorOk && !partyOk) return false;
          const overlap = at >= 0 && p.start < at + gs.evidence.length && at < p.end;
          return overlap || dice(p.evidence, gs.evidence) >= 0.5;
        });
      for (const c of candidates) matchedPreds.add(c.i);
      if (gs.optional) continue;
      gold++;
      if (!candidates.length) {
        misses.push(`${g.document}: missed ${gs.actor} ${gs.stance} ${gs.proposition}: "${gs.evidence}"`);
        continue;
      }
      found++;
      const best = candidates.find(({ p }) => sameProposition(p.proposition, gs.proposition) && p.stance === gs.stance) ?? candidates.find(({ p }) => sameProposition(p.proposition, gs.proposition)) ?? candidates.find(({ p }) => p.stance === gs.stance) ?? candidates[0]!;
      if (best.p.stance === gs.stance) polarityRight++;
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
    { name: 'stance precision (informational)', value: predicted ? predictedMatched / predicted : 0, detail: `${predictedMatched}/${predicted}` },
  ];
  const report: TaskReport = { task: 'stances', metrics, misses };
  return report;
};
