/**
 * Propositions: the questions on the table. Pack propositions are matched by their cues; for a
 * negotiation no pack describes, negotiated objects are discovered from the text itself ("hostage
 * release", "wage increase", "tariffs") and named by their normalised head phrase (`auto:wage-increase`).
 *
 * The per-sentence matchers are pure and shared with the stance stage, which can only see one document;
 * `discoverPropositions` and `corpusPropositions` decide which discovered objects the corpus keeps.
 */
import type { KnowledgeBase } from '../packs/load.js';
import type { Proposition } from '../packs/schema.js';

export interface PropositionMatch {
  /** Pack id, or `auto:<slug>` for a discovered negotiated object. */
  id: string;
  start: number;
  end: number;
  origin: 'pack' | 'auto';
}

export interface PropositionInfo {
  id: string;
  label: string;
  statement: string;
  /** `pack:<pack id>` or `discovered`. */
  origin: string;
}

// ---------------------------------------------------------------------------------------------
// Pack propositions
// ---------------------------------------------------------------------------------------------

interface CompiledCue {
  id: string;
  re: RegExp;
  exclude: RegExp | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: spaces match any whitespace or hyphen, apostrophes match both kinds. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map((w) => escapeRe(w).replace(/['’]/g, "['’]"))
    .join(String.raw`[\s\u00a0-]+`);
}

const compiledByKb = new WeakMap<KnowledgeBase, CompiledCue[]>();

function compile(kb: KnowledgeBase): CompiledCue[] {
  let compiled = compiledByKb.get(kb);
  if (compiled) return compiled;
  compiled = [];
  for (const p of kb.propositions.values()) {
    // Longer cues first so one alternation prefers "partial ceasefire" over "ceasefire".
    const cues = [...p.cues].sort((a, b) => b.length - a.length).map(phrasePattern);
    const exclude = p.exclude.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${p.exclude.map(phrasePattern).join('|')})(?![\p{L}\p{N}])`, 'giu') : null;
    compiled.push({ id: p.id, re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${cues.join('|')})(?![\p{L}\p{N}])`, 'giu'), exclude });
  }
  compiledByKb.set(kb, compiled);
  return compiled;
}

/** How near (in characters) an exclude phrase must be to veto a cue: same clause, not the whole sentence. */
const EXCLUDE_WINDOW = 60;

/**
 * Pack proposition cues inside [start, end) of the text. Where cues of different propositions overlap
 * the longest wins ("partial ceasefire" over "ceasefire"); an `exclude` phrase overlapping or near the
 * cue vetoes it.
 */
export function findPackPropositions(text: string, start: number, end: number, kb: KnowledgeBase): PropositionMatch[] {
  const slice = text.slice(start, end);
  const found: PropositionMatch[] = [];
  for (const cue of compile(kb)) {
    const excluded: { start: number; end: number }[] = [];
    if (cue.exclude) for (const m of slice.matchAll(cue.exclude)) excluded.push({ start: m.index, end: m.index + m[0].length });
    for (const m of slice.matchAll(cue.re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (excluded.some((x) => x.start < e + EXCLUDE_WINDOW && s - EXCLUDE_WINDOW < x.end)) continue;
      found.push({ id: cue.id, start: start + s, end: start + e, origin: 'pack' });
    }
  }
  return longestFirst(found);
}

function longestFirst(matches: PropositionMatch[]): PropositionMatch[] {
  const kept: PropositionMatch[] = [];
  for (const m of [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Discovered propositions (no pack)
// ---------------------------------------------------------------------------------------------

/**
 * Head nouns of things parties negotiate over, with the form used in ids. No lexical resource lists
 * "negotiable objects", so this is a small general list; the verb patterns below catch the rest.
 */
const OBJECT_HEADS: Record<string, string> = {
  ceasefire: 'ceasefire', 'cease-fire': 'ceasefire', truce: 'truce', armistice: 'armistice',
  tariff: 'tariffs', tariffs: 'tariffs', duty: 'duties', duties: 'duties', quota: 'quotas', quotas: 'quotas',
  sanction: 'sanctions', sanctions: 'sanctions', embargo: 'embargo', relief: 'relief',
  release: 'release', exchange: 'exchange', swap: 'swap', return: 'return',
  withdrawal: 'withdrawal', pullout: 'pullout', pullback: 'pullback', disengagement: 'disengagement',
  increase: 'increase', raise: 'raise', rise: 'rise', hike: 'hike', cut: 'cut', cuts: 'cuts', freeze: 'freeze',
  contract: 'contract', pension: 'pension', pensions: 'pensions', bonus: 'bonus', bonuses: 'bonuses',
  overtime: 'overtime', layoffs: 'layoffs', benefits: 'benefits', subsidies: 'subsidies', subsidy: 'subsidies',
  reform: 'reform', referendum: 'referendum', election: 'election', elections: 'elections',
  moratorium: 'moratorium', compensation: 'compensation', reparations: 'reparations', concessions: 'concessions',
  recognition: 'recognition', disarmament: 'disarmament', demilitarization: 'demilitarization', demilitarisation: 'demilitarization',
  corridor: 'corridor', corridors: 'corridors', aid: 'aid', access: 'access', autonomy: 'autonomy',
  investigation: 'investigation', inquiry: 'inquiry', amnesty: 'amnesty', arbitration: 'arbitration',
  strike: 'strike', lockout: 'lockout', deployment: 'deployment', inspections: 'inspections', inspection: 'inspections',
  deal: 'deal', agreement: 'agreement', accord: 'accord', treaty: 'treaty', pact: 'pact',
};

/** Heads too generic to name an object alone ("a deal", "the agreement"): kept only with a modifier. */
const NEEDS_MODIFIER = new Set(['deal', 'agreement', 'accord', 'treaty', 'pact', 'release', 'exchange', 'swap', 'return', 'increase', 'raise', 'rise', 'hike', 'cut', 'cuts', 'freeze', 'relief', 'access', 'aid', 'deployment', 'recognition', 'strike', 'investigation', 'reform', 'benefits']);

/** Heads that read "<head> of <noun>" and are renamed "<noun> <head>" ("release of hostages" → "hostage release"). */
const OF_HEADS = new Set(['release', 'exchange', 'swap', 'return', 'withdrawal', 'pullout', 'recognition', 'lifting', 'easing', 'suspension', 'freeze', 'cut', 'cuts']);

/** Words that never name the object itself (determiners, time and manner adjectives, quantities). */
const NON_CONTENT = new Set(
  `a an the this that these those its their his her our your my any some all every each no such other another
  new proposed possible potential immediate temporary permanent initial first final full partial comprehensive
  latest current previous future further more most less fewer major minor significant broad broader wider larger
  long short longer shorter term long-term short-term interim lasting durable real genuine formal informal so-called
  us u.s. our own one two three four five six seven eight nine ten day week month year days weeks months years per
  percent cent agreed offered demanded rejected accepted planned promised suggested draft same whole`.split(/\s+/),
);

/** Verbs and nouns of negotiation whose object is a candidate negotiated object. */
const NEGOTIATION_CONTEXT = new RegExp(
  String.raw`\b(?:propos(?:al|als|e|es|ed|ing)|offer(?:s|ed|ing)?|agree(?:s|d|ing)?\s+(?:to|on)|accept(?:s|ed|ing)?|reject(?:s|ed|ing)?|demand(?:s|ed|ing)?|deal\s+on|talks\s+on|negotiat(?:e|es|ed|ing|ions)\s+(?:on|over)?|call(?:s|ed)?\s+for|push(?:es|ed)?\s+for|insist(?:s|ed)?\s+on|oppos(?:e|es|ed|ing)|back(?:s|ed)?|support(?:s|ed)?|dispute\s+over|plan\s+for)\s+`,
  'gi',
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’%.-]*/gu;

function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** `auto:` id for a normalised head phrase: lowercase ASCII words joined by hyphens. */
export function autoId(phrase: string): string {
  return (
    'auto:' +
    phrase
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}

/** Readable label from an `auto:` id ("auto:hostage-release" → "hostage release"). */
export function autoLabel(id: string): string {
  return id.replace(/^auto:/, '').replace(/-/g, ' ');
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    let t = m[0].replace(/[.'’-]+$/, '');
    if (!t) continue;
    out.push({ text: t, lower: t.toLowerCase(), start: start + m.index, end: start + m.index + t.length });
  }
  return out;
}

const isModifier = (t: Token) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !NON_CONTENT.has(t.lower) && !STOP.has(t.lower) && !/\d/.test(t.text);
/** Nouns that stand for "whatever is on the table" and never name it ("the proposal", "their terms"). */
const GENERIC_OBJECTS = new Set(`proposal proposals plan plans idea ideas offer offers deal deals agreement agreements talks terms conditions request requests demand demands approach move step steps framework option options position positions matter issue issues point points package text draft version`.split(/\s+/));
const STOP = new Set(`of to for on in at by with from and or but as than that which who whom whose is are was were be been being has have had do does did will would can could should may might must not`.split(' '));

/**
 * Candidate negotiated objects in [start, end): noun phrases headed by a negotiated-object noun
 * ("a 4% wage increase", "the release of hostages"), and short noun phrases that are the object of a
 * negotiation verb or noun ("rejected the pension plan"). Ids are normalised head phrases.
 */
export function findNegotiatedObjects(text: string, start: number, end: number): PropositionMatch[] {
  const toks = tokens(text, start, end);
  const out: PropositionMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    const head = OBJECT_HEADS[toks[i]!.lower];
    if (!head) continue;
    // "<head> of (the) <noun>" → "<noun> <head>"
    const of = toks[i + 1]?.lower === 'of' ? (NON_CONTENT.has(toks[i + 2]?.lower ?? '') ? toks[i + 3] : toks[i + 2]) : undefined;
    if (OF_HEADS.has(toks[i]!.lower) && of && /^\p{Ll}+$/u.test(of.text) && !STOP.has(of.lower) && !NON_CONTENT.has(of.lower)) {
      out.push({ id: autoId(`${singular(of.lower)} ${head}`), start: toks[i]!.start, end: of.end, origin: 'auto' });
      i += 2;
      continue;
    }
    const mods: Token[] = [];
    for (let j = i - 1; j >= 0 && mods.length < 2; j--) {
      const t = toks[j]!;
      if (text.slice(t.end, (mods[0] ?? toks[i]!).start).trim() !== '') break; // punctuation between
      if (!isModifier(t) || (OBJECT_HEADS[t.lower] && !NEEDS_MODIFIER.has(toks[i]!.lower))) break;
      mods.unshift(t);
    }
    if (mods.length === 0 && NEEDS_MODIFIER.has(toks[i]!.lower)) continue;
    const phrase = [...mods.map((m) => singular(m.lower)), head].join(' ');
    out.push({ id: autoId(phrase), start: (mods[0] ?? toks[i]!).start, end: toks[i]!.end, origin: 'auto' });
  }
  // Objects of negotiation verbs without a known head: up to three content words after the verb.
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(NEGOTIATION_CONTEXT)) {
    const from = start + m.index + m[0].length;
    const after = tokens(text, from, Math.min(end, from + 60));
    let k = 0;
    while (k < after.length && (NON_CONTENT.has(after[k]!.lower) || /['’]s$/.test(after[k]!.text) || /\d/.test(after[k]!.text))) k++;
    const np: Token[] = [];
    for (; k < after.length && np.length < 3; k++) {
      const t = after[k]!;
      if (np.length && text.slice(np[np.length - 1]!.end, t.start).trim() !== '') break;
      if (!isModifier(t)) break;
      np.push(t);
    }
    while (np.length && GENERIC_OBJECTS.has(np[np.length - 1]!.lower)) np.pop();
    if (np.length === 0) continue;
    const last = np[np.length - 1]!;
    if (out.some((o) => o.start < last.end && np[0]!.start < o.end)) continue;
    const words = np.slice(-2).map((t) => t.lower);
    if (np.length === 1 && (words[0]!.endsWith('ing') || words[0]!.length < 4)) continue;
    out.push({ id: autoId(words.map((w, n) => (n < words.length - 1 ? singular(w) : w)).join(' ')), start: np[Math.max(0, np.length - 2)]!.start, end: last.end, origin: 'auto' });
  }
  return longestFirst(out);
}

/**
 * Every proposition cue in [start, end): pack cues first, then discovered objects that no pack cue
 * covers (and whose name is not itself a pack cue).
 */
export function findPropositions(text: string, start: number, end: number, kb: KnowledgeBase): PropositionMatch[] {
  const pack = findPackPropositions(text, start, end, kb);
  const auto = findNegotiatedObjects(text, start, end).filter((a) => !pack.some((p) => p.start < a.end + 1 && a.start < p.end + 1));
  return [...pack, ...auto].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Corpus level
// ---------------------------------------------------------------------------------------------

export function packPropositionInfo(kb: KnowledgeBase): PropositionInfo[] {
  const out: PropositionInfo[] = [];
  for (const pack of kb.packs) for (const p of pack.propositions as Proposition[]) out.push({ id: p.id, label: p.label, statement: p.statement, origin: `pack:${pack.id}` });
  return out;
}

export function discoveredInfo(id: string): PropositionInfo {
  const label = autoLabel(id);
  return { id, label, statement: `Discovered negotiated object: ${label}.`, origin: 'discovered' };
}

/** The minimum support for a discovered object to count as a proposition of the corpus. */
export const DISCOVERY_MIN = { docs: 2, stances: 2 };

/**
 * Discovered propositions of a set of documents: negotiated objects that appear in at least two
 * documents. Use when documents are not (yet) analysed for stances.
 */
export function discoverPropositions(docs: readonly { text: string }[], kb: KnowledgeBase): PropositionInfo[] {
  const docsPer = new Map<string, number>();
  for (const d of docs) {
    const ids = new Set(findPropositions(d.text, 0, d.text.length, kb).filter((m) => m.origin === 'auto').map((m) => m.id));
    for (const id of ids) docsPer.set(id, (docsPer.get(id) ?? 0) + 1);
  }
  return [...docsPer].filter(([, n]) => n >= DISCOVERY_MIN.docs).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => discoveredInfo(id));
}

/**
 * The corpus's propositions: every pack proposition, plus discovered ones that stances reach in at least
 * two documents or two stances.
 */
export function corpusPropositions(kb: KnowledgeBase, discoveredStats: readonly { id: string; docs: number; stances: number }[]): PropositionInfo[] {
  const out = packPropositionInfo(kb);
  for (const s of discoveredStats) {
    if (!s.id.startsWith('auto:') || out.some((p) => p.id === s.id)) continue;
    if (s.docs >= DISCOVERY_MIN.docs || s.stances >= DISCOVERY_MIN.stances) out.push(discoveredInfo(s.id));
  }
  return out;
}
