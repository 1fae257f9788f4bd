/**
 * A Markdown briefing on the state of the talks. Every statement is a template filled with extracted
 * facts (actor names, proposition labels, event types) and a short verbatim excerpt, and carries a
 * citation `[outlet, date](doc:<docId>:<start>-<end>)` where `text.slice(start, end)` is exactly the
 * quoted excerpt. Nothing is paraphrased or invented. Human corrections apply as in the API (reviews,
 * merges, detaches): positions, changes and contradictions are the corrected views.
 */
import { shiftDate } from '../core/dates.js';
import type { Store } from '../store/store.js';
import { correctedOpposites, correctedPositions } from './corrected.js';
import { correctionIndex } from './corrections.js';
import { negotiationName, splitQualified } from './propositions.js';
import { revisesOffer } from './stance-relations.js';
import { storedTalksMerge } from './talks.js';
import { sideActorIdOf, type PositionCell, type StanceCitation } from './positions.js';
import { shownDate, timeline, type TimelineEntry } from './timeline.js';

export interface BriefOptions {
  /** What changed since this date (YYYY-MM-DD); default: the 14 days before the newest report. */
  since?: string;
  /** Items per section (parties' positions, proposals, changes, contradictions). */
  maxItems?: number;
  /** Longest verbatim excerpt, in characters. */
  excerptLength?: number;
  labels?: ReadonlyMap<string, string>;
}

export interface Span3 {
  start: number;
  end: number;
  text: string;
}

/** A sub-span of `evidence` of at most `max` characters around `focus`, cut at word boundaries. */
export function excerpt(evidence: Span3, max = 150, focus?: { start: number; end: number }): { span: Span3; cutStart: boolean; cutEnd: boolean } {
  const t = evidence.text;
  if (t.length <= max) return { span: evidence, cutStart: false, cutEnd: false };
  const centre = focus ? Math.round((focus.start + focus.end) / 2) - evidence.start : 0;
  let a = Math.max(0, Math.min(t.length - max, centre - Math.floor(max / 2)));
  let b = Math.min(t.length, a + max);
  if (a > 0) {
    const space = t.indexOf(' ', a);
    if (space !== -1 && space < b) a = space + 1;
  }
  if (b < t.length) {
    const space = t.lastIndexOf(' ', b);
    if (space > a) b = space;
  }
  while (b > a && /[\s,;:]/.test(t[b - 1]!)) b--;
  while (a < b && /\s/.test(t[a]!)) a++;
  return { span: { start: evidence.start + a, end: evidence.start + b, text: t.slice(a, b) }, cutStart: a > 0, cutEnd: b < t.length };
}

const clean = (s: string) => s.replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')'));

/** `“excerpt” [outlet, date](doc:id:start-end)` — the quoted text is exactly the cited span. */
export function citeQuote(source: { docId: string; docName: string; outlet: string | null; date: string | null }, evidence: Span3, options: { max?: number; focus?: { start: number; end: number } } = {}): string {
  const { span, cutStart, cutEnd } = excerpt(evidence, options.max, options.focus);
  const quoted = `"${span.text}"`;
  return `${cutStart ? '…' : ''}${quoted}${cutEnd ? '…' : ''} [${clean(source.outlet ?? source.docName)}, ${source.date ?? 'undated'}](doc:${source.docId}:${span.start}-${span.end})`;
}

const STANCE_VERB: Record<string, string> = { support: 'Supports', oppose: 'Rejects', conditional: 'Conditionally supports', neutral: 'Undecided on' };

function citeStance(c: StanceCitation, max: number): string {
  return citeQuote({ docId: c.docId, docName: c.docName, outlet: c.outlet, date: c.date }, c.evidence, { max });
}

function changeLine(e: TimelineEntry, max: number): string {
  const src = e.sources[0]!;
  const cite = citeQuote({ docId: src.docId, docName: src.docName, outlet: src.outlet, date: src.published }, src.evidence, {
    max,
    focus: e.trigger ?? undefined,
  });
  const corroboration = e.independentSources && e.independentSources > 1 ? ` (${e.independentSources} independent sources)` : '';
  const marker = e.contradiction ? ' ⚠ contradicted' : '';
  const kind = e.kind === 'stance-change' ? 'Change of position: ' : '';
  return `- ${shownDate(e) ?? 'undated'} — ${kind}${e.summary}${corroboration}${marker}: ${cite}`;
}

/** The briefing as Markdown. */
export function renderBrief(store: Store, options: BriefOptions = {}): string {
  const max = options.maxItems ?? 8;
  const ex = options.excerptLength ?? 150;
  const fix = correctionIndex(store);
  const matrix = correctedPositions(store, {}, fix);
  const label = (id: string) => matrix.propositions.find((p) => p.id === id)?.label ?? options.labels?.get(id) ?? id;
  const docs = store.db
    .prepare('SELECT count(*) AS n, count(DISTINCT coalesce(duplicate_of, id)) AS independent, max(published) AS newest, count(*) - count(published) AS undated FROM documents')
    .get() as {
    n: number;
    independent: number;
    newest: string | null;
    undated: number;
  };
  const since = options.since ?? (docs.newest ? shiftDate(docs.newest, -14) : undefined);
  const out: string[] = [];
  // Undated reports may be newer than the newest dated one: "reports up to" alone would claim they are not.
  const upTo = docs.newest && docs.undated ? ` (dated reports up to ${docs.newest}; ${docs.undated} of ${docs.n} undated)` : docs.newest ? ` (reports up to ${docs.newest})` : '';
  out.push(`# State of the talks${upTo}`);
  out.push('');
  out.push(`_${docs.n} articles, ${docs.independent} independent. Each line quotes its source: [outlet, date](doc:id:start-end)._`);

  // Positions per party: what each wants and rejects.
  const parties = matrix.rows.filter((r) => r.kind === 'party');
  const cellsOf = (rowId: string) => matrix.cells.filter((c) => c.rowId === rowId && c.citations.length > 0);
  out.push('', '## Positions');
  let anyPosition = false;
  const rank = (c: PositionCell) => c.sources * 10 + (c.stance === 'oppose' || c.stance === 'support' ? 1 : 0);
  // A spun copy ("Nationwide Wellbeing Service" for "National Health Service") can put its original's stance
  // on an object named after its own wording: a line cited only from copies whose originals the party's other
  // lines already cite repeats that report, it is no second position.
  const originalOf = new Map(
    (store.db.prepare(`SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL`).all() as { id: string; duplicate_of: string }[]).map((d) => [d.id, d.duplicate_of]),
  );
  const echoesOwnLines = (c: PositionCell, all: readonly PositionCell[]) =>
    c.citations.every((x) => originalOf.has(x.docId)) &&
    c.citations.every((x) => all.some((o) => o !== c && o.citations.some((y) => y.docId === originalOf.get(x.docId))));
  const shownCells = (rowId: string) => {
    const own = cellsOf(rowId);
    return own
      .filter((c) => c.stance !== 'neutral' && !echoesOwnLines(c, own))
      .sort((a, b) => rank(b) - rank(a))
      .slice(0, Math.max(2, Math.ceil(max / 2)));
  };
  // A store holding several talks (a truce, fishing quotas, a pilots' contract) lists each talks' parties
  // together under its name, not interleaved by how much each party said.
  const talksOf = talksGrouping(matrix.propositions, label);
  const partiesOfTalks = new Map<string, typeof parties>();
  for (const party of parties) {
    const cells = shownCells(party.id);
    if (!cells.length) continue;
    const key = talksOf.keyOf(cells[0]!.proposition);
    partiesOfTalks.set(key, [...(partiesOfTalks.get(key) ?? []), party]);
  }
  const headed = partiesOfTalks.size > 1;
  for (const [key, members] of [...partiesOfTalks].sort((a, b) => talksOf.order(a[0]) - talksOf.order(b[0]))) {
    if (headed) out.push(`### ${talksOf.title(key)}`);
    for (const party of members) {
      const cells = shownCells(party.id);
      anyPosition = true;
      out.push(`**${party.name}**`);
      for (const c of cells) {
        const trend = c.trend !== 'steady' && c.trend !== 'new' ? `, ${c.trend}` : '';
        const n = c.sources > 1 ? ` (${c.sources} sources${trend})` : trend ? ` (${trend.slice(2)})` : '';
        const conflict = c.contradiction ? ' ⚠' : '';
        // Under its talks' heading an object needs no "(China, European Union, India, ...)" after every line.
        const underHeading = headed && key !== '' && key !== 'auto' && talksOf.keyOf(c.proposition) === key;
        const name = underHeading ? label(c.proposition).replace(/\s*\([^()]+\)\s*$/, '') : label(c.proposition);
        out.push(`- ${STANCE_VERB[c.stance]} ${name}${n}${conflict}: ${citeStance(c.citations[0]!, ex)}`);
      }
    }
  }
  if (!anyPosition) out.push('_No stances extracted yet._');

  // Open proposals: one side for (or for with conditions), another side against.
  const open: string[] = [];
  const off: string[] = [];
  for (const p of matrix.propositions) {
    // A spun copy's line that repeats its party's other lines is no proposal of its own (as under Positions).
    const cells = parties
      .map((r) => matrix.cells.find((c) => c.rowId === r.id && c.proposition === p.id && c.citations.length))
      .filter((c): c is PositionCell => !!c && !echoesOwnLines(c, cellsOf(c.rowId)));
    const pro = cells.filter((c) => c.stance === 'support' || c.stance === 'conditional');
    const con = cells.filter((c) => c.stance === 'oppose');
    const name = (c: PositionCell) => parties.find((r) => r.id === c.rowId)!.name;
    // An earlier offer of a side that a later one of its own replaced ("lowered its proposal to $35", "a
    // revised offer") is no longer on the table: shown as superseded, with the offer that replaced it.
    for (const c of pro) {
      const [latest, ...older] = c.citations;
      if (!latest || !revisesOffer(latest.evidence.text)) continue;
      for (const o of older.filter((x) => x.stance === 'support' || x.stance === 'conditional')) {
        if (o.docId === latest.docId && o.evidence.start === latest.evidence.start) continue;
        off.push(`- **${label(p.id)}**: ${name(c)}'s earlier offer ${citeStance(o, Math.min(ex, 110))} — superseded by ${citeStance(latest, Math.min(ex, 110))}`);
      }
    }
    // Backed once and now rejected by every side that spoke (its own proposer included): withdrawn, not open.
    const backedBefore = con.filter((c) => c.citations.some((x) => x.stance === 'support' || x.stance === 'conditional'));
    if (!pro.length && backedBefore.length && cells.length === con.length) {
      const c = backedBefore[0]!;
      const was = c.citations.find((x) => x.stance === 'support' || x.stance === 'conditional')!;
      off.push(`- **${label(p.id)}**: withdrawn or rejected by all sides — backed earlier by ${name(c)} ${citeStance(was, Math.min(ex, 110))}; now rejected: ${con.map((x) => `${name(x)} ${citeStance(x.citations[0]!, Math.min(ex, 110))}`).join('; ')}`);
      continue;
    }
    if (!pro.length || (!con.length && !pro.some((c) => c.stance === 'conditional'))) continue;
    const parts = [
      ...pro.map((c) => `${c.stance === 'conditional' ? 'conditionally backed' : 'backed'} by ${name(c)} ${citeStance(c.citations[0]!, Math.min(ex, 110))}`),
      ...con.map((c) => `rejected by ${name(c)} ${citeStance(c.citations[0]!, Math.min(ex, 110))}`),
    ];
    open.push(`- **${label(p.id)}**: ${parts.join('; ')}`);
  }
  if (open.length) out.push('', '## Open proposals', ...open.slice(0, max));
  if (off.length) out.push('', '## No longer on the table (superseded or withdrawn)', ...off.slice(0, max));

  // What changed: by default each negotiation in its own last 14 days, so a store holding several talks does
  // not report only the newest one's.
  const windows = options.since ? null : negotiationWindows(store);
  const firstSince = windows ? [...windows.windows.values(), ...(since ? [since] : [])].sort()[0] : since;
  // An event dated after the newest report of its talks ("lock out players when the deal expires on May 31")
  // is a plan or a misread date, not something that has changed yet.
  const notAfter = (date: string, last: string | null | undefined) => !last || date <= last || last.startsWith(date);
  const negotiationOf = (e: TimelineEntry): string | undefined =>
    !windows ? undefined : ((e.kind === 'stance-change' && e.proposition ? windows.keyOf(e.proposition) : null) ?? windows.docs.get(e.sources[0]?.docId ?? ''));
  const inWindow = (e: TimelineEntry) => {
    if (!windows) return e.date === null || notAfter(e.date, docs.newest);
    const key = negotiationOf(e);
    const from = (key !== undefined ? windows.windows.get(key) : undefined) ?? since;
    const last = key !== undefined ? windows.newest.get(key) : docs.newest;
    // Talks none of whose reports carry a date have no window to judge by: all they report is shown, undated.
    return e.date !== null ? (!from || e.date >= from || from.startsWith(e.date)) && notAfter(e.date, last) : !from || (key !== undefined && undatedTalks.has(key));
  };
  const undatedTalks = new Set(windows ? [...windows.docs.values()].filter((k) => !windows.newest.has(k)) : []);
  const entries = timeline(store, { since: firstSince, labels: options.labels });
  if (firstSince && undatedTalks.size) entries.push(...timeline(store, { labels: options.labels }).filter((e) => e.date === null));
  // Sources disagreeing about one moment, or a reading with no date, are no change of position: they have sections of their own.
  const changes = entries.filter((e) => e.sources.length > 0 && (e.kind === 'stance-change' ? (e.relation ?? 'change') === 'change' : e.actors.length > 0) && inWindow(e));
  // A fact that sources dispute is news an analyst must see, as much as a corroborated one.
  const weight = (e: TimelineEntry) =>
    (e.independentSources ?? 1) * 4 +
    (e.kind === 'stance-change' ? 3 : 0) +
    (e.modality === 'asserted' ? 2 : 0) +
    (e.contradiction ? 2 : 0) +
    (e.targets.length ? 1 : 0) +
    (e.dateOrigin === 'text' ? 1 : 0);
  // An act told by the very sentence a change of stance cites ("The guild had dropped its demand for a ban"
  // is a concession and the guild's turn against the ban) is that change again: one line, the change.
  const told = changes.filter((e) => e.kind === 'stance-change');
  const retold = (e: TimelineEntry) =>
    e.kind === 'event' &&
    told.some((c) => {
      const [a, b] = [c.sources[0], e.sources[0]];
      return !!a && !!b && a.docId === b.docId && a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end && e.actors.some((x) => c.actors.includes(x));
    });
  const ranked = changes.filter((e) => !retold(e)).sort((a, b) => weight(b) - weight(a) || (a.date ?? '').localeCompare(b.date ?? ''));
  // Each negotiation gets its share first: the busiest talks' many events must not crowd out another
  // negotiation's settlement ("NHS and the drugmaker agree a price") from an 8-line section.
  const groups = new Map<string, TimelineEntry[]>();
  for (const e of ranked) {
    const key = negotiationOf(e) ?? '';
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
  }
  const quota = groups.size > 1 ? Math.max(2, Math.floor(max / groups.size)) : max;
  const picked = new Set<TimelineEntry>();
  for (const list of groups.values()) for (const e of list.slice(0, quota)) picked.add(e);
  for (const e of ranked) if (picked.size < max && !picked.has(e)) picked.add(e);
  const shown = [...picked].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const several = windows !== null && new Set(windows.windows.values()).size > 1;
  const undatedNote = undatedTalks.size ? `; talks told only in undated reports: all they report` : '';
  out.push('', several || undatedNote ? `## What changed (the 14 days before each negotiation's newest report${undatedNote})` : `## What changed${since ? ` since ${since}` : ''}`);
  if (shown.length) out.push(...shown.map((e) => changeLine(e, ex)));
  else out.push('_No dated events or stance changes in this period._');

  // Contradictions between sources.
  // One line per holder and proposition: the first opposing pair, and how many more there are.
  // A pair of cited spans is shown once: a party's pair that repeats its body's or spokesman's (two stances
  // of one sentence, "his aides said the army would not negotiate") adds no other evidence.
  const opposites = correctedOpposites(store, {}, fix);
  const byCellOf = (list: typeof opposites.contradictions) => {
    const byCell = new Map<string, typeof list>();
    const spanPairs = new Set<string>();
    const spanOf = (e: { docId: string; evidence: Span3 }) => `${e.docId}:${e.evidence.start}-${e.evidence.end}`;
    for (const c of list) {
      const pair = `${spanOf(c.support)}|${spanOf(c.oppose)}|${c.proposition}`;
      if (spanPairs.has(pair)) continue;
      spanPairs.add(pair);
      const key = `${c.holder}\u0000${c.proposition}`;
      (byCell.get(key) ?? byCell.set(key, []).get(key)!).push(c);
    }
    return byCell;
  };
  const contradictions = byCellOf(opposites.contradictions);
  if (contradictions.size) {
    // Changes of position over time are under "What changed": here only independent outlets telling one moment two ways.
    out.push('', '## Contradictions between sources (same moment, different outlets)');
    for (const pairs of [...contradictions.values()].slice(0, max)) {
      const c = pairs[0]!;
      const more = pairs.length > 1 ? ` (${pairs.length} opposing pairs)` : '';
      const when = c.support.date === c.oppose.date ? c.support.date : `${c.oppose.date}/${c.support.date}`;
      out.push(
        `- ${when} — ${c.holderName} on ${label(c.proposition)}${more} — for: ${citeStance(toCitation(c.support), Math.min(ex, 100))}; against: ${citeStance(toCitation(c.oppose), Math.min(ex, 100))}`,
      );
    }
  }
  const undatedPairs = byCellOf(opposites.undated);
  if (undatedPairs.size) {
    out.push('', '## Opposite readings with an undated report (neither a change nor a contradiction can be told)');
    for (const pairs of [...undatedPairs.values()].slice(0, max)) {
      const c = pairs[0]!;
      const more = pairs.length > 1 ? ` (${pairs.length} pairs)` : '';
      out.push(`- undated — ${c.holderName} on ${label(c.proposition)}${more} — for: ${citeStance(toCitation(c.support), Math.min(ex, 100))}; against: ${citeStance(toCitation(c.oppose), Math.min(ex, 100))}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Each negotiation's "what changed" window (the 14 days before its newest report), its newest report's date,
 * the negotiation of each report, and of each proposition. A report's negotiation is the one most of its
 * stances belong to (a copy's is its original's); a negotiation is named by its sides, read as actor ids ("eln"
 * and "national-liberation-army" are one side). Two side pairs that share a side and most of their reports'
 * actors ("Colombia–ELN", "Colombia–Qatar") are one negotiation read two ways. A report with no stance on a
 * two-sided object ("the EU agreed to triple adaptation finance", read as events only, or as a bare "price
 * deal") belongs to the negotiation whose reports name most of the same actors, so its events fall in that
 * negotiation's window.
 */
/** The key of the objects no sides were found for (no actor id has a space). */
const UNSIDED = 'no sides';

function negotiationWindows(store: Store): {
  windows: Map<string, string>;
  newest: Map<string, string>;
  docs: Map<string, string>;
  keyOf: (proposition: string) => string | null;
} {
  const actorIdOf = sideActorIdOf(store.db);
  // Talks reported with fewer parties are the multilateral talks they belong to (`talks.ts`).
  const talks = storedTalksMerge(store.db);
  // A pack's propositions are one negotiation; discovered objects with no sides (a truce whose armed groups no
  // stage named) are together one more, so their reports keep their own window, not the newest talks' one.
  const rawKeyOf = (id: string): string | null => {
    const { sides } = splitQualified(talks.shownAs(id));
    if (sides.length) return [...new Set(sides.map(actorIdOf))].sort().join('+');
    return id.startsWith('auto:') ? UNSIDED : 'pack';
  };
  const rows = store.db
    .prepare(`SELECT s.doc_id AS root, s.proposition AS proposition, count(*) AS n FROM stances s JOIN documents d ON d.id = s.doc_id WHERE d.duplicate_of IS NULL GROUP BY root, s.proposition`)
    .all() as { root: string; proposition: string; n: number }[];
  const votes = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const key = rawKeyOf(r.proposition);
    if (key === null) continue;
    const v = votes.get(r.root) ?? votes.set(r.root, new Map()).get(r.root)!;
    v.set(key, (v.get(key) ?? 0) + r.n);
  }
  const rootOf = new Map<string, string>();
  // A report with any sided object belongs to its talks, however many unsided objects it also names; one with
  // only unsided objects is placed by the actors it shares with talks, as a report with no stance is (below).
  const unsidedOnly = new Set<string>();
  for (const [root, v] of votes) {
    const sided = [...v].filter(([k]) => k !== UNSIDED);
    if (sided.length) rootOf.set(root, sided.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
    else unsidedOnly.add(root);
  }
  const actorsOf = new Map<string, Set<string>>();
  for (const r of store.db
    .prepare(`SELECT DISTINCT coalesce(d.duplicate_of, d.id) AS root, e.actor_id AS actor FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.actor_id IS NOT NULL`)
    .all() as { root: string; actor: string }[]) {
    (actorsOf.get(r.root) ?? actorsOf.set(r.root, new Set()).get(r.root)!).add(r.actor);
  }
  const actorsOfKey = (key: string, of: ReadonlyMap<string, string>) => {
    const set = new Set<string>();
    for (const [root, k] of of) if (k === key) for (const a of actorsOf.get(root) ?? []) set.add(a);
    return set;
  };
  // One negotiation read as two side pairs: a shared side, and two other actors at least that both sets of
  // reports name, most of the smaller set's (a shared wire agency or a go-between alone merges nothing).
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    return p === k ? k : find(p);
  };
  const keys = [...new Set(rootOf.values())].filter((k) => k !== 'pack' && k !== UNSIDED).sort();
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      const sidesA = a.split('+');
      const shared = b.split('+').filter((s) => sidesA.includes(s));
      if (!shared.length) continue;
      const setA = actorsOfKey(a, rootOf);
      const setB = actorsOfKey(b, rootOf);
      const common = [...setA].filter((x) => setB.has(x) && !shared.includes(x)).length;
      if (common >= 2 && common >= 0.4 * Math.min(setA.size, setB.size)) parent.set(find(b), find(a));
    }
  }
  for (const [root, key] of rootOf) rootOf.set(root, find(key));
  const negotiationActors = new Map<string, Set<string>>();
  for (const key of new Set(rootOf.values())) negotiationActors.set(key, actorsOfKey(key, rootOf));
  for (const [root, actors] of actorsOf) {
    if (rootOf.has(root)) continue;
    // Two shared actors at least, and no tie: one go-between (the UN) named in several talks decides nothing.
    const scored = [...negotiationActors].map(([key, set]) => [key, [...actors].filter((a) => set.has(a)).length] as const).sort((a, b) => b[1] - a[1]);
    const [best, runnerUp] = scored;
    if (best && best[1] >= 2 && (!runnerUp || runnerUp[1] < best[1])) rootOf.set(root, best[0]);
  }
  // Reports left with only unsided objects are talks of their own, joined by a report that names two of their actors.
  const left = [...unsidedOnly].filter((root) => !rootOf.has(root));
  for (const root of left) rootOf.set(root, UNSIDED);
  if (left.length) {
    const unsidedActors = actorsOfKey(UNSIDED, rootOf);
    for (const [root, actors] of actorsOf) if (!rootOf.has(root) && [...actors].filter((a) => unsidedActors.has(a)).length >= 2) rootOf.set(root, UNSIDED);
  }
  const docs = new Map<string, string>();
  const newest = new Map<string, string>();
  for (const d of store.db.prepare(`SELECT id, coalesce(duplicate_of, id) AS root, published FROM documents`).all() as { id: string; root: string; published: string | null }[]) {
    const key = rootOf.get(d.root);
    if (key === undefined) continue;
    docs.set(d.id, key);
    if (d.published && d.published > (newest.get(key) ?? '')) newest.set(key, d.published);
  }
  const windows = new Map<string, string>();
  for (const [key, date] of newest) windows.set(key, shiftDate(date, -14));
  // An unsided object's change of stance belongs to its report's talks (`docs`), not to the unsided ones.
  const keyOf = (proposition: string) => {
    const key = rawKeyOf(proposition);
    return key === null || key === UNSIDED ? null : find(key);
  };
  return { windows, newest, docs, keyOf };
}

/**
 * The talks a proposition belongs to: a discovered object by its sides (`auto:quota@iceland+norway`, titled
 * by its label's "(Iceland–Norway)"), pack propositions together, discovered objects with no sides together.
 * Talks are ordered as the matrix first lists them.
 */
export function talksGrouping(propositions: readonly { id: string }[], label: (id: string) => string): { keyOf: (id: string) => string; title: (key: string) => string; order: (key: string) => number } {
  const keyOf = (id: string) => {
    const { sides } = splitQualified(id);
    return sides.length ? sides.join('+') : id.startsWith('auto:') ? 'auto' : '';
  };
  const titles = new Map<string, string>();
  const order = new Map<string, number>();
  for (const p of propositions) {
    const key = keyOf(p.id);
    if (!order.has(key)) order.set(key, order.size);
    if (!titles.has(key) && key !== '' && key !== 'auto') {
      const named = /\(([^()]+)\)\s*$/.exec(label(p.id))?.[1];
      if (named) titles.set(key, `Talks: ${named}`);
    }
  }
  return {
    keyOf,
    title: (key) => titles.get(key) ?? (key === '' ? 'Knowledge-pack propositions' : key === 'auto' ? 'Objects with no named sides' : `Talks: ${negotiationName(key.split('+'))}`),
    order: (key) => order.get(key) ?? order.size,
  };
}

function toCitation(c: { stanceId: string; docId: string; docName: string; outlet: string | null; date: string | null; stance: StanceCitation['stance']; actorId: string | null; evidence: Span3 }): StanceCitation {
  return { ...c, condition: null, confidence: 1, review: 'machine' };
}

/** Every citation in a rendered brief: the quoted excerpt and the span it claims to be. */
export function parseCitations(markdown: string): { quoted: string; label: string; docId: string; start: number; end: number }[] {
  const out: { quoted: string; label: string; docId: string; start: number; end: number }[] = [];
  const re = /"((?:[^"\n]|"(?!…? \[))*)"…? \[([^\]\n]*)\]\(doc:([^:\s)]+):(\d+)-(\d+)\)/g;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    out.push({ quoted: m[1]!, label: m[2]!, docId: m[3]!, start: Number(m[4]), end: Number(m[5]) });
  }
  return out;
}
