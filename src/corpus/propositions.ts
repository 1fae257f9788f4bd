/**
 * Propositions: the questions on the table. Pack propositions are matched by their cues; for a
 * negotiation no pack describes, negotiated objects are discovered from the text itself ("hostage
 * release", "wage increase", "tariffs") and named by their normalised head phrase (`auto:wage-increase`).
 *
 * The per-sentence matchers are pure and shared with the stance stage, which can only see one document;
 * `discoverPropositions` and `corpusPropositions` decide which discovered objects the corpus keeps.
 */
import { stripDiacritics } from '../core/text.js';
import type { KnowledgeBase } from '../packs/load.js';
import type { Pack, Proposition } from '../packs/schema.js';
import { addWord, isAsciiLower, letterTrie, literalPrefixes, markEveryWalk, markFirstWalk, OpeningPositions, type LetterTrie } from '../stages/openings.js';

export interface PropositionMatch {
  /** Pack id, or `auto:<slug>` for a discovered negotiated object. */
  id: string;
  start: number;
  end: number;
  origin: 'pack' | 'auto';
  /**
   * The match is a verb phrase that names the object by doing it ("go on strike", "stop firing"):
   * stated by a subject with no stance verb, it is itself the subject's stance for the object.
   */
  verbal?: boolean;
  /**
   * Only a stance verb that governs it directly takes a stance on it ("rejected the talks", not "rejected
   * the plan at the talks"): an object that is mostly mentioned as a setting.
   */
  direct?: boolean;
  /**
   * Found only as a negotiation verb's object, with no head from the list and nothing it acts on ("rejected
   * the notion", "backed the reform"): a negotiated object only if the document names it again.
   */
  lone?: boolean;
  /**
   * The phrase names the other answer to its question: staying in a body whose exit is the object
   * ("remain in the EU" for `auto:european-union-exit`). A stance on the phrase is the reverse stance on the object.
   */
  stays?: boolean;
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
  /** The pack that defines the proposition. */
  pack: string;
  re: RegExp;
  exclude: RegExp | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: spaces match any whitespace or hyphen, apostrophes match both kinds. */
function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/[\s-]+/);
  // "rejected short-term ceasefires": a cue written in the singular names its plural too.
  return words
    .map((w, i) => escapeRe(w).replace(/['’]/g, "['’]") + (i === words.length - 1 && /[\p{Ll}]$/u.test(w) && !/s$/i.test(w) ? '(?:e?s)?' : ''))
    .join(String.raw`[\s\u00a0-]+`);
}

interface CompiledCues {
  cues: CompiledCue[];
  /** Every cue of every proposition in one pattern: a sentence it does not match holds no cue (most do not). */
  any: RegExp | null;
}

const compiledByKb = new WeakMap<KnowledgeBase, CompiledCues>();

function compile(kb: KnowledgeBase): CompiledCues {
  let compiled = compiledByKb.get(kb);
  if (compiled) return compiled;
  const cues: CompiledCue[] = [];
  const all: string[] = [];
  const packOf = new Map<string, string>();
  for (const pack of kb.packs) for (const p of pack.propositions) packOf.set(p.id, pack.id);
  for (const p of kb.propositions.values()) {
    // Longer cues first so one alternation prefers "partial ceasefire" over "ceasefire".
    const patterns = [...p.cues].sort((a, b) => b.length - a.length).map(phrasePattern);
    all.push(...patterns);
    const exclude = p.exclude.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${p.exclude.map(phrasePattern).join('|')})(?![\p{L}\p{N}])`, 'giu') : null;
    cues.push({ id: p.id, pack: packOf.get(p.id) ?? '', re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${patterns.join('|')})(?![\p{L}\p{N}])`, 'giu'), exclude });
  }
  // A proposition without cues compiles to an empty pattern that matches anywhere: no shortcut then.
  const any = [...kb.propositions.values()].every((p) => p.cues.length > 0 && p.cues.every((c) => phrasePattern(c) !== '')) ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${all.join('|')})(?![\p{L}\p{N}])`, 'iu') : null;
  compiled = { cues, any };
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
export function findPackPropositions(text: string, start: number, end: number, kb: KnowledgeBase, packs: ReadonlySet<string> | null = null): PropositionMatch[] {
  if (packs && packs.size === 0) return [];
  const slice = text.slice(start, end);
  const compiled = compile(kb);
  if (compiled.any && !compiled.any.test(slice)) return [];
  const found: PropositionMatch[] = [];
  for (const cue of compiled.cues) {
    if (packs && !packs.has(cue.pack)) continue;
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
// Pack scope
// ---------------------------------------------------------------------------------------------

/** How far down a document's sides (ranked by mentions) a `required` scope actor may sit, by default. */
export const DEFAULT_REQUIRED_RANK = 3;

export interface ResolvedScope {
  actors: string[];
  min: number;
  /** At least one of these must rank among the document's `rank` most-mentioned sides; empty: no such test. */
  required: string[];
  rank: number;
}

/**
 * When a pack's propositions apply: its `scope`, or by default the sides its own actors speak for (never
 * the world pack's actors, which every negotiation shares), of which a document must mention two: the
 * US alone does not make a report about the US–China talks one about the US–Russia–Ukraine talks.
 */
export function packScope(pack: Pack): ResolvedScope {
  if (pack.scope) {
    const { actors, min, required, rank } = pack.scope;
    return { actors, min: min ?? Math.min(2, actors.length), required: required ?? [], rank: rank ?? DEFAULT_REQUIRED_RANK };
  }
  // `party: null` means "speaks for no side" (analysts, think tanks); an organization without the field is a side.
  const parties = [...new Set(pack.actors.map((a) => (a.party === undefined ? (a.type === 'person' ? null : a.id) : a.party)).filter((p): p is string => !!p))];
  return { actors: parties, min: Math.min(2, parties.length), required: [], rank: DEFAULT_REQUIRED_RANK };
}

/**
 * The packs whose propositions apply to a document, from the entities it mentions: a pack applies when
 * the document mentions at least `min` of its scope actors, directly or through someone speaking for
 * them, or when every country it mentions is a scope actor (a short report on one side's statement);
 * and, when the scope lists `required` actors, one of them is among the document's `rank` most-mentioned
 * sides (fewer than `rank` sides named more often). Packs without propositions never apply.
 */
export function packsInScope(kb: KnowledgeBase, entities: readonly { type?: string; packId: string | null; party: string | null; mentions: readonly number[] }[]): Set<string> {
  const present = new Set<string>();
  const countries = new Set<string>();
  const mentionsOf = new Map<string, number>();
  const count = (side: string, n: number) => mentionsOf.set(side, (mentionsOf.get(side) ?? 0) + n);
  for (const e of entities) {
    if (!e.mentions.length) continue;
    if (e.packId) present.add(e.packId);
    if (e.party) present.add(e.party);
    if (e.type === 'country') countries.add(e.packId ?? e.party ?? `?${countries.size}`);
    // A person counts for the side they speak for; anything else for itself.
    const side = e.type === 'person' ? e.party : (e.packId ?? e.party);
    if (side) count(side, e.mentions.length);
  }
  const rankOf = (side: string) => {
    const n = mentionsOf.get(side) ?? 0;
    let above = 0;
    for (const m of mentionsOf.values()) if (m > n) above++;
    return n > 0 ? above + 1 : Infinity;
  };
  const out = new Set<string>();
  for (const pack of kb.packs) {
    if (!pack.propositions.length) continue;
    const scope = packScope(pack);
    if (scope.min === 0) continue;
    if (scope.required.length && !scope.required.some((a) => rankOf(a) <= scope.rank)) continue;
    const hits = scope.actors.filter((a) => present.has(a)).length;
    if (hits >= scope.min || (hits > 0 && [...countries].every((c) => scope.actors.includes(c)))) out.add(pack.id);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Discovered propositions (no pack)
// ---------------------------------------------------------------------------------------------

/**
 * Head nouns of things parties negotiate over, mapped to the form used in ids (variants and synonyms
 * share one). No lexical resource lists "negotiable objects", so this is a small general list of data.
 */
const OBJECT_HEADS: Record<string, string> = {
  // A truce is a ceasefire: one object, whichever word a report uses (a keyed one is named `<key>-truce`, see `objectId`).
  ceasefire: 'ceasefire', 'cease-fire': 'ceasefire', truce: 'ceasefire', armistice: 'armistice',
  tariff: 'tariffs', tariffs: 'tariffs', duty: 'tariffs', duties: 'tariffs', levy: 'tariffs', levies: 'tariffs', quota: 'quotas', quotas: 'quotas',
  sanction: 'sanctions', sanctions: 'sanctions', embargo: 'embargo', relief: 'relief', controls: 'controls', curbs: 'controls', restrictions: 'controls', ban: 'ban',
  release: 'release', exchange: 'exchange', swap: 'exchange', return: 'return',
  withdrawal: 'withdrawal', pullout: 'withdrawal', pullback: 'withdrawal', disengagement: 'disengagement',
  increase: 'increase', raise: 'increase', raises: 'increase', rise: 'increase', hike: 'increase', cut: 'cut', cuts: 'cut', reduction: 'cut', freeze: 'freeze',
  contract: 'contract', extension: 'extension', pension: 'pension', pensions: 'pension', bonus: 'bonus', bonuses: 'bonus',
  overtime: 'overtime', layoffs: 'layoffs', benefits: 'benefits', subsidies: 'subsidies', subsidy: 'subsidies', automation: 'automation',
  referendum: 'referendum', election: 'elections', elections: 'elections',
  moratorium: 'moratorium', compensation: 'compensation', reparations: 'reparations', concessions: 'concessions',
  recognition: 'recognition', disarmament: 'disarmament', demilitarization: 'demilitarization', demilitarisation: 'demilitarization',
  corridor: 'corridor', corridors: 'corridor', aid: 'aid', access: 'access', autonomy: 'autonomy', mediation: 'mediation', dialogue: 'dialogue',
  inquiry: 'inquiry', amnesty: 'amnesty', arbitration: 'arbitration',
  links: 'links', ties: 'links', removal: 'removal', lifting: 'removal', easing: 'easing', suspension: 'suspension', rollback: 'rollback',
  strike: 'strike', walkout: 'strike', lockout: 'lockout', deployment: 'deployment', inspections: 'inspections', inspection: 'inspections',
  deal: 'deal', agreement: 'deal', accord: 'deal', pact: 'deal', treaty: 'treaty', framework: 'deal', offer: 'offer',
  // Further things parties commonly bargain over, across wars, trade, labour and nuclear talks.
  ratio: 'ratios', ratios: 'ratios', enrichment: 'enrichment', stockpile: 'stockpile', evacuation: 'evacuation', evacuations: 'evacuation',
  reconstruction: 'reconstruction', annexation: 'annexation', normalization: 'normalization', normalisation: 'normalization',
  blockade: 'blockade', buffer: 'buffer-zone', 'buffer-zone': 'buffer-zone', neutrality: 'neutrality',
  // Corporate deals bargained over by boards, shareholders, unions and regulators ("the proposed merger", "a takeover bid"),
  // and a union's keyed demand or settlement ("the pay claim", "a pay settlement").
  merger: 'merger', mergers: 'merger', takeover: 'takeover', acquisition: 'acquisition', buyout: 'buyout', bid: 'bid',
  settlement: 'settlement', claim: 'claim',
  // A force sent to keep a truce ("the deployment of peacekeepers", "a peacekeeping mission").
  peacekeepers: 'peacekeepers', peacekeeper: 'peacekeepers', peacekeeping: 'peacekeepers',
  ratification: 'ratification', repatriation: 'repatriation', handover: 'handover',
  // A keyed plan is a proposal on the table ("a peace plan", "a ceasefire roadmap"); a bare one is not named.
  plan: 'plan', roadmap: 'roadmap',
  // A ceiling bargained over in labour, trade and climate talks ("a hard salary cap", "a price cap", "an emissions cap").
  cap: 'cap', caps: 'cap',
  // Terms of price and pay talks ("a 25 percent discount", "a minimum wage of 15 euros", "the debt brake", "a patent extension").
  discount: 'discount', discounts: 'discount', wage: 'wage', brake: 'brake',
  // Instruments that carry a negotiated object through a legislature or a treaty process ("a sanctions bill",
  // "the Trans-Pacific Partnership"), and zones parties bargain over ("a no-fly zone", "a buffer zone").
  bill: 'bill', legislation: 'bill', act: 'act', partnership: 'partnership', resolution: 'resolution', convention: 'convention', protocol: 'protocol',
  // "Brexit" is the United Kingdom leaving the EU: one question with "leave the EU" (`auto:european-union-exit`).
  zone: 'zone', brexit: 'european-union-exit',
  // Air strikes are called for, threatened and ruled out ("pressed for airstrikes"); plural "strikes" alone are attacks or walkouts.
  airstrike: 'airstrikes', airstrikes: 'airstrikes',
  // Money a legislature or donor is asked for ("Zika funding", "cut funding for the program").
  funding: 'funding',
  // What a mining or oil company pays the state, bargained over with governments ("the mining royalty").
  royalty: 'royalties', royalties: 'royalties',
  // Who watches a truce and where people and goods may pass ("ASEAN observers", "the Chong Sangam crossing"), and
  // a keyed rule of the talks themselves ("the consensus rule", "a minimum staffing rule").
  observers: 'observers', monitors: 'observers', crossing: 'crossing', crossings: 'crossing', rule: 'rule', rules: 'rule',
  // What a bidder and the target's board, staff and government bargain over besides the price: the bidder's stake,
  // where the head office stays, and keyed guarantees ("job guarantees", "a guarantee on pensions" needs its key).
  stake: 'stake', headquarters: 'headquarters', guarantee: 'guarantee', guarantees: 'guarantee',
  // What a debtor and its creditors bargain over ("a 30 percent haircut", "the debt restructuring"), and a keyed
  // minimum in pay and price talks ("a pay floor", "a price floor").
  haircut: 'haircut', haircuts: 'haircut', restructuring: 'restructuring', floor: 'floor',
  // Works one side builds and the other fears or pays for ("the planned Kambarata-1 dam", "the gas pipeline").
  dam: 'dam', dams: 'dam', pipeline: 'pipeline', pipelines: 'pipeline',
};

/**
 * `OBJECT_HEADS` as a map, for the per-word lookup in `findNegotiatedObjects`: indexing a 150-key object with a
 * freshly lower-cased word was half of that function's time, and a map never answers with an inherited
 * property ("constructor").
 */
const HEAD_OF: ReadonlyMap<string, string> = new Map(Object.entries(OBJECT_HEADS));

// Word tables are looked up with any word of a text: without a prototype, "constructor" or "toString" is no entry.
Object.setPrototypeOf(OBJECT_HEADS, null);

/** Heads too generic to name an object alone ("an increase", "the release"): kept only with a key modifier. */
const NEEDS_KEY = new Set(['floor', 'restructuring', 'rule', 'guarantee', 'wage', 'brake', 'cap', 'bid', 'settlement', 'claim', 'acquisition', 'bill', 'act', 'partnership', 'resolution', 'convention', 'protocol', 'links', 'removal', 'easing', 'suspension', 'rollback', 'increase', 'deal', 'treaty', 'offer', 'release', 'exchange', 'return', 'cut', 'freeze', 'relief', 'controls', 'access', 'deployment', 'recognition', 'benefits', 'compensation', 'concessions', 'inquiry']);

/** Heads a plain noun before may key when no listed key does ("a scope cap", "port restrictions", "a production cap"). */
const NOUN_KEYED_HEADS = new Set(['cap', 'controls', 'freeze', 'increase', 'floor', 'guarantee', 'access', 'relief', 'compensation', 'concessions', 'benefits']);
/** Common adjectives that say how, not which ("a hard cap", "strict controls", "a full freeze"). */
const PLAIN_ADJECTIVES = new Set(['hard', 'soft', 'strict', 'tight', 'firm', 'full', 'total', 'partial', 'real', 'fair', 'huge', 'deep', 'steep', 'sharp', 'modest', 'major', 'minor', 'broad', 'blanket', 'legal', 'overall', 'annual', 'proposed', 'planned', 'permanent', 'temporary', 'immediate', 'further', 'fresh', 'same', 'such', 'much', 'more', 'most', 'some', 'other', 'first', 'last', 'next', 'final', 'initial', 'current', 'existing', 'previous', 'earlier', 'later', 'general', 'special', 'specific', 'significant', 'substantial', 'meaningful', 'proper', 'clear', 'strong', 'weak', 'large', 'small', 'long', 'short', 'high', 'tough', 'flat', 'rigid', 'loose', 'wide', 'narrow', 'whole', 'only', 'main', 'across-the-board', 'one-time', 'one-off', 'phased', 'gradual', 'binding', 'global', 'national', 'joint', 'mutual', 'fixed', 'automatic']);

/** Words of amount between "of" and what is counted ("of roughly 35,000", "of some 300", "of all remaining"). */
const AMOUNT_WORDS = new Set(['roughly', 'some', 'about', 'around', 'nearly', 'almost', 'approximately', 'over', 'under', 'up', 'to', 'more', 'less', 'fewer', 'than', 'an', 'estimated', 'all', 'remaining', 'hundreds', 'thousands', 'dozens', 'its', 'their']);

/** Heads that mean one keyed object when bare: a "raise" is a pay rise. */
const DEFAULT_KEY: Record<string, string> = { raise: 'wage', raises: 'wage', hike: 'wage' };
Object.setPrototypeOf(DEFAULT_KEY, null);

/** A head office's building ("the headquarters tower"): a place, not the question where the head office stays. */
const BUILDING_AFTER = /^\s+(?:tower|building|buildings|complex|campus|offices?)\b/i;
/** A price right before a bid or offer, maybe with the bidder's name between ("an 18.50-euro bid", "a $5-a-share Aurelia offer"). */
const PRICE_BEFORE = /(?:\d[\d.,]*[-\s](?:euros?|dollars?|pounds?|francs?|pence|cents?|crowns?|yen|a[-\s]share|per[-\s]share)|[$€£¥]\d[\d.,]*(?:[-\s](?:a|per)[-\s]share)?)(?:\s+(?:cash|all-cash|takeover|improved|sweetened|new|revised|\p{Lu}[\p{L}'’]*)){0,3}\s+$/u;
/** A price right after a bid or offer ("an offer of 21 euros a share", "a bid of $5 billion"). */
const PRICE_AFTER = /^\s+of\s+(?:about\s+|around\s+|roughly\s+)?(?:[$€£¥]\d[\d.,]*(?:\s+(?:million|billion))?|\d[\d.,]*(?:\s+(?:million|billion))?\s+(?:euros?|dollars?|pounds?|francs?|pence|cents?|crowns?|yen))(?:\s+(?:a|per)\s+share)?/iu;
/** Before a head office named as a place ("at the bank's headquarters", "in Aurelia headquarters"): a venue, not an object. */
const VENUE_BEFORE = /\b(?:at|in|inside|outside|near|from|into|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|raid(?:s|ed|ing)?|storm(?:s|ed|ing)?|search(?:es|ed|ing)?|leav(?:e|es|ing)|left|reach(?:es|ed|ing)?)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}$/iu;
/** Heads that are also verbs ("raise money", "strike the clause"): read as verbs after `VERB_BEFORE_HEAD`. */
const VERB_LIKE_HEADS = new Set(['raise', 'hike', 'strike', 'walkout']);
const VERB_BEFORE_HEAD = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'not', 'cannot', 'did', 'does', 'do']);
/** Before "election(s)": a verb or adjective that makes the vote itself a demand or a concession ("called for early elections"). */
const ELECTION_NEGOTIATED = /\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|hold(?:s|ing)?|held|postpon\p{L}*|delay(?:s|ed|ing)?|boycott\p{L}*|agree(?:s|d|ing)?\s+(?:to|on)|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|schedul\p{L}*|snap|early|fresh|internationally\s+supervised)\s+(?:(?:the|a|an|new|national|general|parliamentary|presidential|legislative|local|early|snap|fresh|free|and|fair)\s+){0,4}$/iu;

/** Words in -ing that describe a deal rather than say what it is about ("a binding accord", "the pending bill"). */
const ING_ADJECTIVES = new Set(
  `binding sweeping lasting existing pending outstanding ongoing standing looming resulting remaining emerging competing rising growing
  far-reaching surprising promising disappointing leading underlying following upcoming coming missing working amazing compelling
  damning landmark groundbreaking ground-breaking breaking enduring interesting alarming troubling striking sobering humiliating
  embarrassing insulting shocking stunning exciting encouraging fledgling faltering failing flagging lingering sagging sprawling
  wide-ranging long-standing longstanding overarching evolving developing corresponding preceding prevailing according during
  something nothing anything everything king`.split(/\s+/),
);

/** Deal-like heads: "a ceasefire deal" is the ceasefire; a bare "the deal" points to the document's main object. */
const DEAL_HEADS = new Set(['deal', 'agreement', 'accord', 'pact', 'framework', 'treaty', 'arrangement', 'plan', 'roadmap', 'bill', 'legislation', 'act', 'partnership', 'resolution', 'convention', 'protocol']);

/**
 * Modifiers that say which object a head is about ("wage increase", "hostage release", "export controls"),
 * with their canonical form. Other modifiers ("steep", "six-year", "master", "phased") are dropped, so
 * "a new six-year master contract" and "the contract" are one object.
 */
const KEY_MODIFIERS: Record<string, string> = {
  wage: 'wage', wages: 'wage', pay: 'wage', salary: 'wage', salaries: 'wage', hostage: 'hostage', hostages: 'hostage',
  prisoner: 'prisoner', prisoners: 'prisoner', detainee: 'prisoner', detainees: 'prisoner', troop: 'troop', troops: 'troop', forces: 'troop', soldiers: 'troop', tariff: 'tariff', export: 'export', exports: 'export',
  import: 'import', imports: 'import', trade: 'trade', border: 'border', water: 'water', waters: 'water', energy: 'energy', aid: 'aid',
  security: 'security', military: 'military', fuel: 'fuel', peace: 'peace', nuclear: 'nuclear', arms: 'arms', weapons: 'arms',
  sanctions: 'sanctions', visa: 'visa', food: 'food', humanitarian: 'humanitarian', pension: 'pension', tax: 'tax', price: 'price',
  rent: 'rent', debt: 'debt', oil: 'oil', gas: 'gas', grain: 'grain', contract: 'contract', job: 'job', land: 'land',
  territorial: 'territorial', maritime: 'maritime', naval: 'naval', refugee: 'refugee', refugees: 'refugee', ceasefire: 'ceasefire',
  truce: 'ceasefire', health: 'health', retirement: 'retirement', investment: 'investment', travel: 'travel', diplomatic: 'diplomatic', business: 'business', transport: 'transport', technology: 'technology', chip: 'chip',
  staffing: 'staffing', uranium: 'uranium', 'no-fly': 'no-fly', safe: 'safe', demilitarized: 'demilitarized', climate: 'climate',
  immigration: 'immigration', spending: 'spending', budget: 'budget', healthcare: 'health', education: 'education',
  volume: 'volume', emissions: 'emissions', production: 'output', output: 'output', minimum: 'minimum', patent: 'patent',
  // Kinds of deal named by what they trade ("a gas supply deal", "the IMF loan deal", "a migration accord").
  supply: 'supply', loan: 'loan', migration: 'migration', consensus: 'consensus', voting: 'voting',
  // What a quota deal trades or changes ("a quota swap", "the quota cut").
  quota: 'quota', quotas: 'quota',
};

Object.setPrototypeOf(KEY_MODIFIERS, null);

/** Objects that can be what "the deal" or "the agreement" refers to: agreements, not their contents. */
const AGREEABLE_HEADS = new Set(['ceasefire', 'truce', 'armistice', 'contract', 'deal', 'treaty', 'agreement', 'accord', 'pact', 'exchange', 'moratorium', 'framework']);

/** Heads of a change in an amount, read "<head> in <noun>" ("an increase in base pay" → "wage increase"). */
const IN_HEADS = new Set(['increase', 'raise', 'rise', 'hike', 'cut', 'cuts', 'reduction', 'freeze']);

/** Heads that read "<head> of <noun>" and are renamed "<noun> <head>" ("release of hostages" → "hostage release"). */
const OF_HEADS = new Set(['release', 'exchange', 'swap', 'return', 'withdrawal', 'pullout', 'recognition', 'lifting', 'easing', 'suspension', 'freeze', 'cut', 'cuts', 'reduction', 'extension', 'removal', 'rollback', 'deployment']);

/** Adjectives by their endings and the commonest plain ones: a word that says which ones of the noun after it. */
const OF_ADJECTIVE = /^(?:\p{Ll}+(?:al|ous|ive|ed|ful|ic|ible|able|ary)|heavy|light|long|short|new|old|big|small|large|foreign|remaining|all)$/u;

/** Heads that name the undoing of what follows "of". */
const REVERSAL_HEADS = new Set(['removal', 'easing', 'suspension', 'rollback', 'cut']);

/** Heads of a restriction that name what they restrict after "on" ("a ban on wheat exports" is the export ban, "a cap on emissions" the emissions cap). */
const ON_HEADS = new Set(['ban', 'embargo', 'moratorium', 'cap', 'freeze', 'controls', 'quotas']);

/** Words that never name the object itself (determiners, time and manner adjectives, quantities). */
const NON_CONTENT = new Set(
  `a an the this that these those its their his her our your my any some all every each no such other another
  new proposed possible potential immediate temporary permanent initial first final full partial comprehensive
  latest current previous future further more most less fewer major minor significant broad broader wider larger
  long short longer shorter term long-term short-term interim lasting durable real genuine formal informal so-called
  us u.s. u.s our own one two three four five six seven eight nine ten day week month year days weeks months years per
  percent cent agreed offered demanded rejected accepted planned promised suggested draft same whole zero`.split(/\s+/),
);

/**
 * "back" as a verb, not the particle of another ("dial back the rhetoric", "rolled back tariffs", "fought
 * back"): there it is no verb of support. Standard English phrasal verbs, not any article's wording. The
 * check follows the literal so that a sentence without "back" never runs it.
 */
export const BACK_VERB = String.raw`back(?<!\b(?:dial|roll|pull|scale|cut|step|claw|win|won|hit|fight|fought|push|pay|paid|give|gave|bring|brought|come|came|go|went|gone|turn|hold|held|set|ratchet|wind|wound|draw|drew|walk|row|peg|ring|rang|call|write|wrote|talk|answer|look|get|got|sit|sat|stand|stood|hang|hung|kick|bounce|put|take|took|send|sent|fall|fell|tone|throttle|hand|trade|traded|sell|sold|buy|bought)(?:s|es|ed|led|ped|ing|ling|ping|ting|ning)?\s+back)`;

/**
 * Stance verbs and nouns whose object, whatever its head, is a position held ("defended the device tax",
 * "vetoed the measure", "support for background checks"): read only as a candidate (see `OPEN_HEAD`).
 */
const OPEN_OBJECT_VERBS = String.raw`defend(?:s|ed|ing)?|veto(?:es|ed|ing)?|block(?:s|ed|ing)?|resist(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|embrac(?:e|es|ed|ing)|champion(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|approv(?:e|es|ed|ing)|(?:support|opposition|resistance|backing|calls?|push|efforts?)\s+(?:for|to)|fight(?:s|ing)?\s+(?:for|against)|fought\s+(?:for|against)|lobb(?:y|ies|ied|ying)\s+(?:for|against)|campaign(?:s|ed|ing)?\s+(?:for|against)|vot(?:e|es|ed|ing)\s+(?:for|against)`;

/** "what it calls", "what the union describes as": the words after it are the side's own name for the object. */
const CALLED_BEFORE = /^what\s+(?:it|they|he|she|we|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:calls?|called|terms?|termed|dubs?|dubbed|(?:describes?|described|refers?\s+to|referred\s+to)\s+as)\s+["“]?/u;

/** Verbs and nouns of negotiation whose object is a candidate negotiated object. */
const NEGOTIATION_CONTEXT = new RegExp(
  String.raw`\b(?:propos(?:al|als|e|es|ed|ing)|offer(?:s|ed|ing)?|agree(?:s|d|ing)?\s+(?:to|on)|accept(?:s|ed|ing)?|reject(?:s|ed|ing)?|demand(?:s|ed|ing)?|deal\s+on|talks\s+on|negotiat(?:e|es|ed|ing|ions)\s+(?:on|over)?|call(?:s|ed)?\s+for|push(?:es|ed|ing)?\s+for|insist(?:s|ed)?\s+on|oppos(?:e|es|ed|ing)|${BACK_VERB}(?:s|ed)?|support(?:s|ed|ing)?|dispute\s+over|plan\s+for|${OPEN_OBJECT_VERBS})\s+`,
  'gi',
);

/**
 * A word that can head a negotiated object found only by its verb: an abstract noun ("neutrality",
 * "demilitarisation", "reinstatement"). Anything else after a negotiation verb ("set up", "claims",
 * "the second phase") is not taken for an object.
 */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ance|ence|ity|ism|ship|ure)s?$/;
/** A word of an open object phrase: no adverb, participle or gerund (a verb phrase, not a noun phrase). */
const OPEN_WORD = /^\p{L}[\p{L}-]*$(?<!ly|ed|ing)/u;
/** Words that end no object phrase of the open kind: people, time, places and vague nouns. */
const NOT_OPEN = new Set(
  `people person persons man men woman women members member leaders leader officials official lawmakers senators voters
  time times year years week weeks day days way ways thing things part parts lot number kind sort side sides country countries
  state states region world party parties group groups effort efforts move moves view views case cases call calls side
  president minister secretary government administration him her them us it this that there here
  back into onto out up down off away over through ahead forward again together until unless since because when while before
  after then than also even only just still very much now once where whether what how why yet
  use uses anything something everything nothing`.split(/\s+/),
);
/** Abstract nouns that are never the object on the table. */
const NOT_OBJECTS = new Set(
  `abolition repeal scrapping elimination
  government governments statement statements comment comments moment announcement department parliament development
  developments environment treatment management opposition position positions situation question questions
  administration nation nations condition conditions relation relations session sessions decision decisions mission
  commission organization organisation population operation operations tension tensions attention information option
  options version measure measures pressure pressures future nature culture procedure agency presence absence
  importance significance experience evidence confidence sentence sequence consequence instance ability authority
  community majority minority priority entity activity capacity possibility responsibility reality identity
  leadership relationship description descriptions characterization characterisation interpretation allegation
  allegations accusation accusations assertion assertions suggestion suggestions criticism depiction portrayal assessment
  assessments judgment judgement argument arguments comment commentary mention intention intentions expectation
  expectations rejection rejections acceptance approval endorsement condemnation resistance refusal insistence objection objections
  commitment determination`.split(/\s+/),
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
    stripDiacritics(phrase)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}

/** Readable label from an `auto:` id ("auto:hostage-release" → "hostage release"). */
export function autoLabel(id: string): string {
  return id.replace(/@.*$/, '').replace(/^auto:/, '').replace(/-/g, ' ');
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TRAILING = new Set(['.', "'", '’', '-']);

function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let n = m[0].length;
    while (n > 0 && TRAILING.has(m[0][n - 1]!)) n--;
    if (!n) continue;
    const t = n === m[0].length ? m[0] : m[0].slice(0, n);
    out.push({ text: t, lower: t.toLowerCase(), start: start + m.index, end: start + m.index + n });
  }
  return out;
}

const isModifier = (t: Token) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !NON_CONTENT.has(t.lower) && !STOP.has(t.lower) && !/\d/.test(t.text);
/** Nouns that stand for "whatever is on the table" and never name it ("the proposal", "their terms"). */
const GENERIC_OBJECTS = new Set(`proposal proposals plan plans idea ideas offer offers deal deals agreement agreements talks terms conditions request requests demand demands approach move step steps framework option options position positions matter issue issues point points package text draft version`.split(/\s+/));
const STOP = new Set(`of to for on in at by with from and or but as than that which who whom whose is are was were be been being has have had do does did will would can could should may might must not`.split(' '));

/** The id of a head with its key modifier, or null when the head names nothing without one. */
function objectId(head: string, surface: string, key: string | null): string | null {
  if (DEAL_HEADS.has(surface) || head === 'deal') {
    if (!key) return null;
    // "a ceasefire deal" is the ceasefire; "a trade deal" / "a water treaty" keep their head.
    const keyed = OBJECT_HEADS[key];
    if (keyed && !NEEDS_KEY.has(keyed)) return autoId(keyed);
    return autoId(`${key} ${head}`);
  }
  const k = key ?? DEFAULT_KEY[surface] ?? null;
  if (!k) return NEEDS_KEY.has(head) ? null : autoId(head);
  if (k === head || OBJECT_HEADS[k] === head) return autoId(head);
  // A keyed ceasefire is a limited one ("an energy truce", "a tariff truce", "a holiday ceasefire"): one
  // name for it whichever synonym the report uses.
  return autoId(`${k} ${head === 'ceasefire' ? 'truce' : head}`);
}

/** The nearest key modifier among the (up to three) lowercase words right before token `i`. */
function keyBefore(text: string, toks: Token[], i: number): { key: string | null; from: number } {
  let from = toks[i]!.start;
  let key: string | null = null;
  for (let j = i - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    const t = toks[j]!;
    if (text.slice(t.end, from).trim() !== '') break; // punctuation between
    const lower = t.lower.replace(/['’]s$/, '');
    const parts = lower.split('-');
    const k = KEY_MODIFIERS[lower] ?? KEY_MODIFIERS[parts[parts.length - 1]!];
    if (k && /^\p{Ll}/u.test(t.text)) {
      key = k;
      from = t.start;
      break;
    }
    if (!isModifier(t) && !(/\d/.test(t.text) && /^[\d.,%-]+(?:-\p{L}+)?$/u.test(t.text))) break;
    from = t.start;
  }
  return { key, from: key ? from : toks[i]!.start };
}

/** Capitalised words right before a lowercase head, after a determiner or possessive ("the Iran deal", "last year's Paris accord"). */
function namedQualifier(text: string, toks: Token[], i: number): { words: string; start: number } | null {
  if (!/^\p{Ll}/u.test(toks[i]!.text)) return null;
  const words: Token[] = [];
  for (let j = i - 1; j >= 0 && words.length < 3; j--) {
    const t = toks[j]!;
    if (text.slice(t.end, (words[0] ?? toks[i]!).start).trim() !== '') break;
    if (!/^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*$/u.test(t.text) || STOP.has(t.lower) || NON_CONTENT.has(t.lower) || /^(?:The|This|That|A|An|U\.S|US)$/.test(t.text)) break;
    words.unshift(t);
  }
  if (!words.length) return null;
  // Only after a determiner or possessive: a sentence-initial capital is not a name.
  // "the proposed EU-Turkey deal": words that never name the object may stand between.
  let lead = text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start);
  for (let n = 0; n < 2; n++) {
    const w = /(?<![\p{L}\p{N}])(\p{Ll}+)\s+$/u.exec(lead);
    if (!w || !NON_CONTENT.has(w[1]!) || DETERMINER_WORD.test(w[1]!)) break;
    lead = lead.slice(0, w.index);
  }
  if (!/(?:\b(?:the|a|an|this|that|its|their|his|her|our)|['’]s?)\s+$/i.test(lead)) return null;
  return { words: words.map((w) => w.lower).join(' '), start: words[0]!.start };
}

const DETERMINER_WORD = /^(?:the|a|an|this|that|its|their|his|her|our)$/;

/** A capitalised name ending in a deal-like head ("the Indus Waters Treaty", "the Good Friday Agreement"). */
function properName(text: string, toks: Token[], i: number): { id: string; start: number } | null {
  if (!/^\p{Lu}/u.test(toks[i]!.text)) return null;
  const words: Token[] = [];
  for (let j = i - 1; j >= 0 && words.length < 3; j--) {
    const t = toks[j]!;
    if (text.slice(t.end, (words[0] ?? toks[i]!).start).trim() !== '') break;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || STOP.has(t.lower) || t.lower === 'the') break;
    words.unshift(t);
  }
  // A sentence-initial word or a bare country adjective is not yet a name.
  if (!words.length) return null;
  return { id: autoId([...words.map((w) => w.lower), toks[i]!.lower].join(' ')), start: words[0]!.start };
}

const CESSATION = /^\s+of\s+(?:all\s+)?(?:hostilities|fighting|violence)(?![\p{L}\p{N}])/iu;
/** After "cease": "cease of fire", "cease of the fire", as machine translations render cese al fuego / cessez-le-feu. */
const CEASE_OF_FIRE = /^\s+of\s+(?:the\s+)?fire(?![\p{L}\p{N}])/iu;

/**
 * The letters each head (and "cessation") opens with, up to its first non-letter ("cease" of "cease-fire"),
 * for `mayHoldHeadWord`. Null when a head opens otherwise.
 */
const HEAD_OPENINGS = (() => {
  const trie = letterTrie();
  for (const head of [...Object.keys(OBJECT_HEADS), 'cessation', 'cease']) {
    const letters = /^[a-z]+/.exec(head)?.[0];
    if (!letters) return null;
    addWord(trie, letters, 0);
  }
  return trie;
})();

/**
 * `HEAD_OPENINGS` as flat tables for `mayHoldHeadWord`: node n's child on letter c is `HEAD_NEXT[n * 26 + c]`
 * (0: none; the root is 0 and no child of anything), and `HEAD_END[n]` is 1 where an opening ends.
 */
const { HEAD_NEXT, HEAD_END } = (() => {
  const nodes: LetterTrie[] = HEAD_OPENINGS ? [HEAD_OPENINGS] : [];
  for (let k = 0; k < nodes.length; k++) for (const child of nodes[k]!.next) if (child) nodes.push(child);
  const id = new Map(nodes.map((n, k) => [n, k]));
  const next = new Int32Array(nodes.length * 26);
  nodes.forEach((n, k) => n.next.forEach((child, c) => {
    if (child) next[k * 26 + c] = id.get(child)!;
  }));
  return { HEAD_NEXT: next, HEAD_END: Uint8Array.from(nodes, (n) => (n.marks ? 1 : 0)) };
})();

/**
 * Whether a token of `slice` (lower-cased: `lower`) can be a head or "cessation": a word of `lower` (letters
 * a-z with no ASCII letter or digit right before) opens with a head's opening letters, and no ASCII letter or
 * digit follows them. A head token is a whole word, so this rules out the many sentences where a head is only
 * part of one ("aid" in "said", "act" in "fact"), and spares tokenising them. One pass: `node` is where the
 * word so far stands in the trie (0: not on a head's path).
 */
function mayHoldHeadWord(slice: string, lower: string): boolean {
  // Lower-casing that changed the length moved positions. Tokens are compared lower-cased too, so a Kelvin
  // sign (lower-cased "k", and a letter to the tokeniser) is read as the token reads it.
  if (!HEAD_OPENINGS || lower.length !== slice.length) return true;
  let node = 0;
  let afterWordChar = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const c = code - 97;
    if (c >= 0 && c <= 25) {
      node = afterWordChar ? (node > 0 ? HEAD_NEXT[node * 26 + c]! : 0) : HEAD_NEXT[c]!;
      afterWordChar = true;
      continue;
    }
    const digit = code >= 48 && code <= 57;
    if (node > 0 && HEAD_END[node] && !digit) return true;
    node = 0;
    afterWordChar = digit;
  }
  return node > 0 && HEAD_END[node] === 1;
}

/**
 * What every `NEGOTIATION_CONTEXT` match opens with: the pattern opens with `\b` and a word in ASCII
 * letters (which under `gi` only ASCII letters match), so no match starts before the first word of the
 * sentence that opens with one of these. Null: run the pattern from the sentence's start.
 */
const NEGOTIATION_PREFIXES = literalPrefixes(NEGOTIATION_CONTEXT.source);
const NEGOTIATION_OPENINGS = letterTrie();
for (const o of NEGOTIATION_PREFIXES ?? []) addWord(NEGOTIATION_OPENINGS, o, 0);
const NEGOTIATION_FIRST = new Int32Array(1);

/** Where in `slice` (lower-cased: `lower`) the first `NEGOTIATION_CONTEXT` match can start; -1 when none can. */
function negotiationFrom(slice: string, lower: string): number {
  if (!NEGOTIATION_PREFIXES || lower.length !== slice.length) return 0;
  NEGOTIATION_FIRST[0] = -1;
  // Word starts are read on the sentence itself: a letter that lower-cases to a-z (the Kelvin sign) is no
  // letter to the pattern, and must not hide the word start after it.
  for (let i = 0; i < slice.length && NEGOTIATION_FIRST[0] < 0; i++) {
    if (isAsciiLetter(slice.charCodeAt(i)) && (i === 0 || !isAsciiLetter(slice.charCodeAt(i - 1)))) markFirstWalk(NEGOTIATION_OPENINGS, lower, i, NEGOTIATION_FIRST);
  }
  return NEGOTIATION_FIRST[0]!;
}

const isAsciiLetter = (code: number): boolean => isAsciiLower(code | 0x20);

/** For tests: the shortcuts of `findNegotiatedObjects` and the patterns they stand in front of. */
export const negotiatedObjectShortcuts = { NEGOTIATION_CONTEXT, signWeight: (sentence: string) => signWeight(sentence), NEGOTIATION_SIGNS: () => [NEGOTIATION_SIGNS, WEAK_NEGOTIATION_SIGNS] as const, mayHoldHeadWord, verbalPatterns: () => VERBAL_RE.map((v) => ({ id: v.id, re: v.re })), isHead: (word: string) => HEAD_OF.has(word) || word === 'cessation' || word === 'cease', tokens, negotiationFrom };

/**
 * Candidate negotiated objects in [start, end): noun phrases headed by a negotiated-object noun
 * ("a 4% wage increase", "the release of hostages"), named by head and key modifier only, and abstract
 * nouns that are the object of a negotiation verb or noun ("demanded the reinstatement of ...").
 */
export function findNegotiatedObjects(text: string, start: number, end: number): PropositionMatch[] {
  const slice = text.slice(start, end);
  const lower = slice.toLowerCase();
  // Most sentences hold no head word at all: one walk over their word starts spares tokenising them.
  const toks = mayHoldHeadWord(slice, lower) ? tokens(text, start, end) : [];
  const out: PropositionMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    const surface = toks[i]!.lower;
    // "a cessation of (all) hostilities": the ceasefire in diplomatic language.
    if (surface === 'cessation' || surface === 'cease') {
      const m = (surface === 'cease' ? CEASE_OF_FIRE : CESSATION).exec(text.slice(toks[i]!.end, Math.min(end, toks[i]!.end + 40)));
      if (m) {
        const stop = toks[i]!.end + m[0].length;
        out.push({ id: autoId('ceasefire'), start: toks[i]!.start, end: stop, origin: 'auto' });
        while (i + 1 < toks.length && toks[i + 1]!.start < stop) i++;
      }
      continue;
    }
    const head = HEAD_OF.get(surface);
    if (!head) continue;
    // "to raise money", "will strike": after an infinitive marker or a modal the word is a verb, not the object.
    if (VERB_LIKE_HEADS.has(surface) && VERB_BEFORE_HEAD.has(toks[i - 1]?.lower ?? '') && text.slice(toks[i - 1]!.end, toks[i]!.start) === ' ') continue;
    // "Norland raises its quota", "which raises the question": after a name or a pronoun, or before a determiner, "raises" is the verb.
    if (surface === 'raises' && (/^\p{Lu}/u.test(toks[i - 1]?.text ?? '') || /^(?:it|he|she|which|who|that|this|also|then|only)$/.test(toks[i - 1]?.lower ?? '') || /^(?:the|a|an|its|their|his|her|our|concerns?|questions?|hopes?|fears?|doubts?|money|funds?|prices?|rates?)$/.test(toks[i + 1]?.lower ?? ''))) continue;
    // "demanded that the operator raise its fees": before a possessive and an object that is no pay, the word is a verb
    // ("raise the minimum wage", "raise their wages" still name the pay rise).
    if (VERB_LIKE_HEADS.has(surface) && /^(?:its|their|his|her|our)$/.test(toks[i + 1]?.lower ?? '') && !/^(?:wages?|pay|salar(?:y|ies)|minimum|pensions?)$/.test(toks[i + 2]?.lower ?? '') && text.slice(toks[i]!.end, toks[i + 1]!.start) === ' ') continue;
    // "the proposed March 9 election date": the date a vote is set for is negotiated like the vote itself.
    if (head === 'elections' && /^(?:date|timetable|calendar)$/.test(toks[i + 1]?.lower ?? '') && text.slice(toks[i]!.end, toks[i + 1]!.start) === ' ') {
      out.push({ id: autoId('election date'), start: toks[i]!.start, end: toks[i + 1]!.end, origin: 'auto' });
      i++;
      continue;
    }
    // "in the 2016 election", "won the election": an election is on the table only when it is called, held or put off.
    if (head === 'elections' && !ELECTION_NEGOTIATED.test(text.slice(Math.max(start, toks[i]!.start - 50), toks[i]!.start))) continue;
    // "President Bill Clinton", "Bill Gates": a given name, not legislation.
    if (toks[i]!.text === 'Bill' && (/^\p{Lu}/u.test(toks[i + 1]?.text ?? '') || /^\p{Lu}/u.test(toks[i - 1]?.text ?? ''))) continue;
    // "<head> of (the) <noun>" → "<noun> <head>"
    let ofIdx = toks[i + 1]?.lower === 'of' ? (NON_CONTENT.has(toks[i + 2]?.lower ?? '') ? i + 3 : i + 2) : -1;
    // "the withdrawal of roughly 35,000 Turkish troops": an amount and a nationality before the noun say how many and whose.
    for (let n = 0; ofIdx > 0 && n < 5 && toks[ofIdx] && toks[ofIdx + 1] && (AMOUNT_WORDS.has(toks[ofIdx]!.lower) || /^[\d.,]+$/.test(toks[ofIdx]!.text) || (/^\p{Lu}[\p{L}.]*$/u.test(toks[ofIdx]!.text) && /^\p{Ll}+$/u.test(toks[ofIdx + 1]!.text))); n++) ofIdx++;
    const of = ofIdx > 0 ? toks[ofIdx] : undefined;
    // "the lifting of the export ban", "removal of the petrol subsidy": the undoing of an object named with its own
    // head is named after that object ("export-ban removal"), not after its first word.
    const inner = of && REVERSAL_HEADS.has(head) && HEAD_OF.has(toks[ofIdx + 1]?.lower ?? '') && text.slice(of.end, toks[ofIdx + 1]!.start) === ' ' ? findNegotiatedObjects(text, of.start, toks[ofIdx + 1]!.end)[0] : undefined;
    if (inner && inner.end === toks[ofIdx + 1]!.end) {
      out.push({ id: autoId(`${inner.id.slice('auto:'.length)} ${head}`), start: toks[i]!.start, end: inner.end, origin: 'auto' });
      i = ofIdx + 1;
      continue;
    }
    if (OF_HEADS.has(surface) && of && /^\p{Ll}+$/u.test(of.text) && !STOP.has(of.lower) && !NON_CONTENT.has(of.lower)) {
      // "the withdrawal of heavy weapons", "the return of displaced villagers": an adjective before the noun
      // says which ones; the noun names the object ("arms withdrawal", not "heavy withdrawal").
      const noun = toks[ofIdx + 1];
      const byNoun = !KEY_MODIFIERS[of.lower] && noun && text.slice(of.end, noun.start) === ' ' && /^\p{Ll}+$/u.test(noun.text) && !STOP.has(noun.lower) && !NON_CONTENT.has(noun.lower) && !/^(?:ones?|others?)$/.test(noun.lower) && OF_ADJECTIVE.test(of.lower);
      const named = byNoun ? noun : of;
      const key = KEY_MODIFIERS[named.lower] ?? singular(named.lower);
      // "the deployment of peacekeepers" is the peacekeepers' object: a force that is itself a head names it.
      const own = head === 'deployment' ? HEAD_OF.get(named.lower) : undefined;
      out.push({ id: own && !NEEDS_KEY.has(own) ? autoId(own) : autoId(`${key} ${head}`), start: toks[i]!.start, end: named.end, origin: 'auto' });
      i = byNoun ? ofIdx + 1 : ofIdx;
      continue;
    }
    // "a ban on wheat exports" → "export ban", unless a key stands before the head ("an export ban on wheat").
    if (ON_HEADS.has(head) && toks[i + 1]?.lower === 'on' && !keyBefore(text, toks, i).key) {
      const keyed = toks.slice(i + 2, i + 6).find((t) => KEY_MODIFIERS[t.lower] && /^\p{Ll}/u.test(t.text));
      const id = keyed && toks.slice(i + 2, toks.indexOf(keyed)).every((t) => isModifier(t) || NON_CONTENT.has(t.lower)) ? objectId(head, surface, KEY_MODIFIERS[keyed.lower]!) : null;
      if (keyed && id) {
        out.push({ id, start: toks[i]!.start, end: keyed.end, origin: 'auto' });
        i = toks.indexOf(keyed);
        continue;
      }
    }
    // "an increase in base pay" → "wage increase"
    if (IN_HEADS.has(surface) && toks[i + 1]?.lower === 'in') {
      const keyed = toks.slice(i + 2, i + 5).find((t) => KEY_MODIFIERS[t.lower]);
      if (keyed && toks.slice(i + 2, toks.indexOf(keyed)).every((t) => isModifier(t) || NON_CONTENT.has(t.lower))) {
        out.push({ id: autoId(`${KEY_MODIFIERS[keyed.lower]} ${head}`), start: keyBefore(text, toks, i).from, end: keyed.end, origin: 'auto' });
        i = toks.indexOf(keyed);
        continue;
      }
    }
    if (DEAL_HEADS.has(surface)) {
      const name = properName(text, toks, i);
      if (name) {
        out.push({ id: name.id, start: name.start, end: toks[i]!.end, origin: 'auto' });
        continue;
      }
      // "the Iran deal", "the Puerto Rico deal": a name before a lowercase deal head names which deal.
      const qualifier = namedQualifier(text, toks, i);
      if (qualifier && !keyBefore(text, toks, i).key) {
        // "the Iran agreement" and "the Iran deal" are one object: the head by its canonical form.
        out.push({ id: autoId(`${qualifier.words} ${OBJECT_HEADS[surface] ?? (surface === 'legislation' ? 'bill' : surface)}`), start: qualifier.start, end: toks[i]!.end, origin: 'auto' });
        continue;
      }
      // "a hostage release deal": the deal is the object just named.
      const prev = out[out.length - 1];
      if (prev && prev.end <= toks[i]!.start && text.slice(prev.end, toks[i]!.start).trim() === '') {
        prev.end = toks[i]!.end;
        continue;
      }
    }
    // "what is at stake", "talks at NATO headquarters": a stake at risk and a head office as a venue are no object.
    // "burned at the stake" too.
    if (head === 'stake' && (toks[i - 1]?.lower === 'at' || (toks[i - 1]?.lower === 'the' && toks[i - 2]?.lower === 'at'))) continue;
    if (head === 'headquarters' && (VENUE_BEFORE.test(text.slice(Math.max(start, toks[i]!.start - 40), toks[i]!.start)) || BUILDING_AFTER.test(text.slice(toks[i]!.end, Math.min(end, toks[i]!.end + 12))))) continue;
    // "an 18.50-euro bid", "the 21-euro offer": the price a bidder offers, one object however the report words it.
    if (head === 'bid' || head === 'offer') {
      const after = PRICE_AFTER.exec(text.slice(toks[i]!.end, Math.min(end, toks[i]!.end + 40)));
      if (after || PRICE_BEFORE.test(text.slice(Math.max(start, toks[i]!.start - 40), toks[i]!.start))) {
        out.push({ id: autoId('offer price'), start: toks[i]!.start, end: toks[i]!.end + (after?.[0].length ?? 0), origin: 'auto' });
        continue;
      }
    }
    // Plural "strikes" are attacks: only "a strike" or "a walkout" is a labour action.
    if (head === 'strike' && surface.endsWith('s')) continue;
    // "strike a deal": a verb before its own object, not a labour action.
    if (head === 'strike' && /^(?:a|an|the|this|that|its|their|any|some)$/.test(toks[i + 1]?.lower ?? '')) continue;
    let { key, from } = keyBefore(text, toks, i);
    // "the trucking deal", "a fishing accord": a gerund names what a deal is about when no listed key does.
    const gerund = !key && DEAL_HEADS.has(surface) && /^\p{Ll}/u.test(toks[i]!.text) ? toks[i - 1] : undefined;
    if (gerund && /^\p{Ll}{3,}ing$/u.test(gerund.text) && !ING_ADJECTIVES.has(gerund.lower) && text.slice(gerund.end, toks[i]!.start) === ' ') {
      key = gerund.lower;
      from = Math.min(from, gerund.start);
    }
    let id = objectId(head, surface, key);
    // "a scope cap", "port restrictions": a noun right before a head that needs a key names which one, though no listed key does.
    const nounBefore = !id && !key && NOUN_KEYED_HEADS.has(head) ? toks[i - 1] : undefined;
    if (nounBefore && text.slice(nounBefore.end, toks[i]!.start) === ' ' && isModifier(nounBefore) && !OF_ADJECTIVE.test(nounBefore.lower) && !PLAIN_ADJECTIVES.has(nounBefore.lower) && !ING_ADJECTIVES.has(nounBefore.lower) && !/(?:ing|ly|er|est)$/.test(nounBefore.lower) && !/^(?:also|still|even|only|just|then|thus|further|already|would|will|could|should|must|might|shall)$/.test(nounBefore.lower) && nounBefore.lower.length > 3) {
      id = autoId(`${nounBefore.lower} ${head}`);
      from = nounBefore.start;
    }
    if (!id) continue;
    out.push({ id, start: from, end: toks[i]!.end, origin: 'auto' });
  }
  // Objects of negotiation verbs without a known head: an abstract noun (with one key modifier), or after a
  // side-taking verb any two-word noun phrase ("defended the device tax"), kept only if named again (`lone`).
  const firstAt = negotiationFrom(slice, lower);
  NEGOTIATION_CONTEXT.lastIndex = Math.max(firstAt, 0);
  for (let m = firstAt < 0 ? null : NEGOTIATION_CONTEXT.exec(slice); m; m = NEGOTIATION_CONTEXT.exec(slice)) {
    let from = start + m.index + m[0].length;
    // "demanded that Armenia amend ...": a clause follows, not a noun phrase ("Armenia amend" is no object).
    if (/^that\s/i.test(text.slice(from, from + 5))) continue;
    // "insists on what it calls "unimpeded" passage": the object is what the side calls it.
    from += CALLED_BEFORE.exec(text.slice(from, from + 40))?.[0].length ?? 0;
    const after = tokens(text, from, Math.min(end, from + 60));
    let k = 0;
    while (k < after.length && (NON_CONTENT.has(after[k]!.lower) || after[k]!.lower === 'both' || /['’]s$/.test(after[k]!.text) || /\d/.test(after[k]!.text))) k++;
    const np: Token[] = [];
    for (; k < after.length && np.length < 3; k++) {
      const t = after[k]!;
      if (np.length && !/^[\s"“”‘’]*$/.test(text.slice(np[np.length - 1]!.end, t.start))) break;
      // "the Cadillac tax": one capitalised word may open the phrase when a lowercase word follows it at once.
      const named = !np.length && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && after[k + 1] !== undefined && isModifier(after[k + 1]!) && text.slice(t.end, after[k + 1]!.start) === ' ';
      if (!isModifier(t) && !named) break;
      np.push(t);
    }
    while (np.length && GENERIC_OBJECTS.has(np[np.length - 1]!.lower)) np.pop();
    if (np.length === 0) continue;
    const last = np[np.length - 1]!;
    // Any other head is taken only with a modifier before it ("background checks", "the device tax"): a bare
    // concrete noun after a verb is too often no object at all ("backed him", "support today").
    if (NOT_OBJECTS.has(last.lower) || OBJECT_HEADS[last.lower] || !(ABSTRACT_NOUN.test(last.lower) || (np.length >= 2 && np.every((t) => OPEN_WORD.test(t.text) && !NOT_OPEN.has(t.lower))))) continue;
    if (out.some((o) => o.start < last.end && np[0]!.start < o.end)) continue;
    // "the notion that ...", "a chance to ...": a noun taking a content clause is an idea about something, not a thing on the table.
    const next = after[k];
    if (next && text.slice(last.end, next.start).trim() === '' && (next.lower === 'that' || (next.lower === 'to' && !/^\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|\p{Lu})/u.test(text.slice(next.end, next.end + 8))))) continue;
    const prev = np.length > 1 ? np[np.length - 2]! : null;
    const key = prev ? (KEY_MODIFIERS[prev.lower] ?? null) : null;
    // An open phrase is named by its last two words ("background checks"), and is always only a candidate.
    if (!ABSTRACT_NOUN.test(last.lower) && prev) {
      out.push({ id: autoId(`${KEY_MODIFIERS[prev.lower] ?? prev.lower} ${last.lower}`), start: prev.start, end: last.end, origin: 'auto', lone: true });
      continue;
    }
    // "the reinstatement of fired workers": an action on something named is an object in its own right;
    // a bare abstract noun ("the temperature") is one only when the document names it again (see `lone`).
    const lone = !(next && next.lower === 'of' && text.slice(last.end, next.start).trim() === '');
    out.push({ id: autoId(key ? `${key} ${last.lower}` : last.lower), start: key && prev ? prev.start : last.start, end: last.end, origin: 'auto', ...(lone ? { lone: true } : {}) });
  }
  return longestFirst(out);
}

/**
 * Negotiated actions named by a verb phrase with no head noun, as data: each phrase maps to the object it
 * does. No lexical resource maps "go on strike" to a strike, so this is a list of standard news-English
 * phrasings for a few actions parties negotiate over; none names a particular negotiation. Phrases are
 * written in base form: the first word is a verb and is inflected; `~` is an optional determiner or
 * quantifier; `a|b` are alternatives; a hyphen matches a space too. `patterns` are constructions a phrase
 * cannot write. Nouns for the same objects ("walkout", "automation", "mediation") are heads in `OBJECT_HEADS`.
 */
/** `~` in a phrase: any run of determiners and quantifiers ("stop all firing", "end the war"). */
const DETERMINER_SLOT = String.raw`(?:\s+(?:the|a|an|all|any|its|their|further|more))*`;
/** Up to four words before the people or forces an action moves: determiners, numbers, a nationality ("600", "all its remaining", "Russian"); the expressions are case-blind, so a nationality is known by its ending. */
const MODIFIER_SLOT = String.raw`(?:\s+(?:the|a|an|all|any|its|their|his|her|our|some|more|further|remaining|other|political|foreign|wounded|detained|captured|jailed|held|combat|ground|\d[\d,]*|hundreds\s+of|thousands\s+of|dozens\s+of|\p{L}+(?:ian|ese|ish|ean|an|i))){0,4}`;

const NEGOTIATED_ACTIONS: readonly { id: string; phrases: readonly string[]; patterns?: readonly string[] }[] = [
  {
    id: 'strike',
    phrases: ['go on strike', 'walk out', 'walk off ~ job|jobs', 'stage ~ strike|walkout|stoppage', 'down tools', 'stop work', 'take industrial action', 'withdraw ~ labour|labor'],
    // "strike from midnight", "strike on Monday": the verb with a start time is a labour action, not an attack.
    patterns: [String.raw`strik(?:e|es|ing)\s+(?:from|on|at)\s+(?:\p{L}+\s+){0,2}(?:midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)`],
  },
  { id: 'lockout', phrases: ['lock out ~ players|workers|employees|members|staff|crews|dockworkers', 'lock ~ players|workers|employees|members|staff|crews out'] },
  { id: 'automation', phrases: ['automate', 'introduce ~ automated equipment|technology|systems|machinery'] },
  {
    id: 'ceasefire',
    phrases: ['stop|cease|halt firing|fire', 'stop|cease|halt all firing|fire', 'stop|cease|halt ~ fighting|shelling|hostilities|attacks', 'end ~ fighting|hostilities|war', 'stop|cease|halt|end|suspend ~ offensive|bombing|bombardment|airstrikes|air-strikes|assault', 'lay down ~ arms|weapons', 'silence ~ guns', 'hold ~ fire'],
  },
  // Who is withdrawn, freed or swapped is what makes these the standard objects of truce and hostage talks;
  // a few modifiers may stand between the verb and them ("withdraw all its remaining troops", "free 600 prisoners").
  { id: 'troop-withdrawal', phrases: [], patterns: [String.raw`(?:withdr(?:aw|aws|ew|awn|awing)|pull(?:s|ed|ing)?(?:\s+back|\s+out)?)${MODIFIER_SLOT}\s+(?:troops|forces|soldiers|army|armies|units|military)(?:\s+(?:back|out))?`] },
  { id: 'prisoner-release', phrases: [], patterns: [String.raw`(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|set(?:s|ting)?\s+free)${MODIFIER_SLOT}\s+(?:prisoners|detainees|inmates)`] },
  { id: 'hostage-release', phrases: [], patterns: [String.raw`(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|set(?:s|ting)?\s+free|hand(?:s|ed|ing)?\s+over|return(?:s|ed|ing)?)${MODIFIER_SLOT}\s+(?:hostages|captives|abductees)`] },
  { id: 'prisoner-exchange', phrases: [], patterns: [String.raw`(?:exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|trad(?:e|es|ed|ing))${MODIFIER_SLOT}\s+(?:prisoners|captives|detainees|POWs|prisoners\s+of\s+war)`] },
  // Recognising a country as a nuclear power is a standing question of non-proliferation talks ("accept X as a nuclear state").
  { id: 'nuclear-status', phrases: [], patterns: [String.raw`as\s+an?\s+(?:de\s+facto\s+)?nuclear(?:[\s-]weapons?)?[\s-](?:armed\s+)?(?:state|power|nation|country)`] },
  // Recognising another's hold on land ("recognise Russian sovereignty over Crimea") is the standing question of territorial talks.
  { id: 'recognition', phrases: [], patterns: [String.raw`recogni[sz](?:e|es|ed|ing)${MODIFIER_SLOT}\s+(?:(?:\p{Lu}[\p{L}'’-]*|de\s+(?:facto|jure))\s+)?(?:sovereignty|annexation|control|occupation|statehood|independence|authority|rule)\b`] },
  { id: 'mediation', phrases: ['mediate between', 'act as ~ mediator|intermediary|go-between|broker'], patterns: [String.raw`(?:role|seat)\s+for\s+(?:a|any)\s+third\s+(?:country|party|state|nation|countries|parties)|third[\s-]party\s+(?:role|involvement|intervention|mediation)`] },
];

/** Irregular verbs among the phrases: base → other forms. Regular ones are inflected by `verbForms`. */
const IRREGULAR_VERBS: Record<string, readonly string[]> = {
  go: ['goes', 'went', 'gone', 'going'], take: ['takes', 'took', 'taken', 'taking'], withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  lay: ['lays', 'laid', 'laying'], stop: ['stops', 'stopped', 'stopping'], down: ['downs', 'downed', 'downing'],
};

// Hand-written: a dozen verbs need -s/-ed/-ing; a conjugation library (compromise) is megabytes for that.
function verbForms(base: string): string[] {
  if (IRREGULAR_VERBS[base]) return [base, ...IRREGULAR_VERBS[base]];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, s, `${stem}ed`, `${stem}ing`];
}


function actionPattern(phrase: string): string {
  const [verb, ...rest] = phrase.split(' ');
  const verbs = verb!.split('|').flatMap(verbForms).sort((a, b) => b.length - a.length);
  const words = rest.map((w) => (w === '~' ? DETERMINER_SLOT : String.raw`\s+(?:${w.split('|').map((a) => escapeRe(a).replace(/-/g, String.raw`[\s-]`)).join('|')})`));
  return `(?:${verbs.join('|')})${words.join('')}`;
}

/**
 * Leaving a meeting or a pact is not the action ("walked out of the talks", "of the climate accord"), whoever mediated or hosted it and whatever
 * it was about ("walked out of African Union-mediated talks", "of AU-brokered Nile dam talks").
 */
const NOT_ACTION_AFTER = String.raw`(?!\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,5}?(?:talks|negotiations|meetings?|sessions?|summits?|room|conference|negotiating\s+table|deal|agreement|accord|pact|treaty|convention|coalition|alliance)(?![\p{L}\p{N}]))`;
const VERBAL_RE = NEGOTIATED_ACTIONS.map((a) => {
  // No leading lookbehind (checked in code): a pattern opening with literal words lets the engine skip ahead.
  const source = String.raw`(?:${[...a.phrases.map(actionPattern), ...(a.patterns ?? [])].join('|')})(?![\p{L}\p{N}])${NOT_ACTION_AFTER}`;
  return { id: autoId(a.id), re: new RegExp(source, 'giu'), at: new RegExp(source, 'yiu'), openings: literalPrefixes(source) };
});
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Each action's openings, marked with its index in `VERBAL_RE`; an action without them is searched whole. */
const VERBAL_OPENINGS = letterTrie();
VERBAL_RE.forEach((v, i) => {
  for (const o of v.openings ?? []) addWord(VERBAL_OPENINGS, o, i);
});
/** Where each action's openings stand at a word's start in the sentence at hand (kept, cleared per sentence). */
const VERBAL_AT = new OpeningPositions(VERBAL_RE.length);

/** Those who sit at the table, right before a verb: "the negotiators walked out" leave a meeting, they strike no work. */
const DELEGATES_BEFORE = /\b(?:negotiators|delegation|delegations|delegates|envoys|diplomats|lawmakers|legislators|MPs|senators|ministers|officials|representatives|mediators|negotiating\s+team)\s+(?:(?:had|have|has|then|later|briefly|angrily|abruptly|promptly|reportedly)\s+)*$/iu;
const STRIKE_ID = autoId('strike');

export function delegatesLeaving(id: string, matched: string, slice: string, at: number): boolean {
  return id === STRIKE_ID && /^walk/i.test(matched) && DELEGATES_BEFORE.test(slice.slice(Math.max(0, at - 60), at));
}

/** Negotiated objects named by a verb phrase in [start, end) (see `NEGOTIATED_ACTIONS`). */
export function findVerbalObjects(text: string, start: number, end: number): PropositionMatch[] {
  const slice = text.slice(start, end);
  const out: PropositionMatch[] = [];
  // A match is kept only at a word's start, and opens with one of its action's openings: it is tried at those
  // places only (a search tried every position, five times over). Not when lower-casing moved positions, nor
  // with a long s or a Kelvin sign (which the patterns read as "s" and "k" and the walk does not).
  const lower = slice.toLowerCase();
  const stepping = lower.length === slice.length && !slice.includes('ſ') && !slice.includes('\u212a');
  const openings = VERBAL_AT;
  openings.clear();
  if (stepping) {
    for (let i = 0; i < lower.length; i++) {
      if (isAsciiLower(lower.charCodeAt(i)) && (i === 0 || !isAsciiLower(lower.charCodeAt(i - 1)))) markEveryWalk(VERBAL_OPENINGS, lower, i, openings);
    }
  }
  for (let vi = 0; vi < VERBAL_RE.length; vi++) {
    const v = VERBAL_RE[vi]!;
    if (stepping && v.openings) {
      let from = 0;
      for (let entry = openings.first[vi]!; entry >= 0; entry = openings.next[entry]!) {
        const p = openings.at[entry]!;
        if (p < from || (p > 0 && (WORD_CHAR.test(slice[p - 1]!) || slice[p - 1] === '-'))) continue;
        v.at.lastIndex = p;
        const m = v.at.exec(slice);
        if (!m || delegatesLeaving(v.id, m[0], slice, p)) continue;
        out.push({ id: v.id, start: start + p, end: start + p + m[0].length, origin: 'auto', verbal: true });
        from = p + Math.max(1, m[0].length);
      }
      continue;
    }
    v.re.lastIndex = 0;
    for (let m = v.re.exec(slice); m; m = v.re.exec(slice)) {
      if (m[0].length === 0) v.re.lastIndex++;
      // Inside a hyphenated word the verb is not one ("an open-ended war" does not end the war).
      if (m.index > 0 && (WORD_CHAR.test(slice[m.index - 1]!) || slice[m.index - 1] === '-')) {
        v.re.lastIndex = m.index + 1;
        continue;
      }
      if (delegatesLeaving(v.id, m[0], slice, m.index)) continue;
      out.push({ id: v.id, start: start + m.index, end: start + m.index + m[0].length, origin: 'auto', verbal: true });
    }
  }
  return longestFirst(out);
}

/**
 * Membership questions: leaving or staying in a bloc, alliance, union or coalition is one question with two
 * answers ("leave the EU" / "remain in the bloc"). Both name `auto:<body>-exit`; staying is marked `stays`.
 * Bodies are the kinds a member can leave, and acronyms of real membership organisations (world knowledge,
 * not any report's). Deals and treaties are left out: leaving one is opposing it (a stance verb, see the lexicon).
 */
const EXIT_VERB = String.raw`(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|withdr(?:aw|aws|awn|awing|ew)\s+from|pull(?:s|ed|ing)?\s+out\s+of|crash(?:es|ed|ing)?\s+out\s+of|break(?:s|ing)?\s+away\s+from|broke\s+away\s+from|seced(?:e|es|ed|ing)\s+from|walk(?:s|ed|ing)?\s+out\s+of)`;
const STAY_VERB = String.raw`(?:(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+(?:(?:a\s+(?:full\s+)?)?(?:member|members|part)\s+of|in(?:side)?|within|with)|(?:keep(?:s|ing)?|kept)\s+(?:\p{L}+\s+)?(?:in(?:side)?|within))`;
const MEMBERSHIP_BODY = String.raw`(?:(?:the\s+)?(?:E\.U\.|EU|European\s+Union|NATO|OPEC|WTO|ASEAN|ECOWAS|EFTA|EEA|Mercosur|Commonwealth|African\s+Union|Arab\s+League|Union)|the\s+(?:(?:European|economic|political|trade|trading|military|ruling|governing|Western|Atlantic|\p{Lu}\p{L}+)\s+)?(?:bloc|alliance|coalition|eurozone|euro\s*zone|euro|single\s+market|customs\s+union|federation|union))(?![\p{L}\p{N}]|['’]s?\b)`;
const VERB_BEFORE = new RegExp(String.raw`(?:(${EXIT_VERB})|(${STAY_VERB}))\s+$`, 'iu');
// "left the alliance summit", "quit the bloc's talks", "walked out of African Union-mediated talks": a body naming a
// place or a meeting, or one that mediates it, is not left as a member.
const BODY_IN_TEXT = new RegExp(String.raw`${MEMBERSHIP_BODY}(?![-–](?:mediated|brokered|led|hosted|backed|sponsored|organi[sz]ed|convened)\b)(?!\s+(?:summit|summits|meeting|meetings|talks|headquarters|capital|session|conference|building|offices?|leaders?|officials?|members?|partners?|countries|states|nations|ministers?|envoys?|delegation|negotiators?|budget|rules?|debate)\b)`, 'giu');
/** Cheap test for a body a member can leave: most sentences name none. */
const MEMBERSHIP_HINT = /\b(?:E\.?U\b|European|NATO|OPEC|WTO|ASEAN|ECOWAS|EFTA|EEA|Mercosur|Commonwealth|African|Arab|union|bloc|alliance|coalition|euro|single\s+market|federation)/i;
const EU_NAMED = /\b(?:EU|E\.U\.|European\s+Union|Brussels)\b/;
// One document at a time asks per sentence whether it names the EU: keep the last answer.
let lastEuText: { text: string; named: boolean } | null = null;

function bodyId(surface: string, text: string): string {
  const body = surface.replace(/^the\s+/i, '').replace(/\s+/g, ' ').replace(/\./g, '');
  if (/^(?:EU|European Union)$/i.test(body)) return 'european-union';
  if (/^(?:Union|(?:European|political|economic|trade|trading)?\s*bloc)$/i.test(body) || /^European/i.test(body)) {
    if (lastEuText?.text !== text) lastEuText = { text, named: EU_NAMED.test(text) };
    if (lastEuText.named) return 'european-union';
  }
  if (/^euro\s*zone$|^eurozone$|^euro$/i.test(body)) return 'eurozone';
  const head = /(\S+)$/.exec(body)![1]!.toLowerCase();
  return /^\p{Lu}{2,}/u.test(body) ? body.toLowerCase() : /^(?:bloc|alliance|coalition|federation|union)$/.test(head) ? head : body.toLowerCase();
}

/** Leaving or staying in a body (see `MEMBERSHIP_BODY`) in [start, end). */
export function findMembershipObjects(text: string, start: number, end: number): PropositionMatch[] {
  const slice = text.slice(start, end);
  const out: PropositionMatch[] = [];
  // Bodies are rarer than the verbs: find each, then look for a membership verb right before it.
  if (!MEMBERSHIP_HINT.test(slice)) return out;
  BODY_IN_TEXT.lastIndex = 0;
  for (let m = BODY_IN_TEXT.exec(slice); m; m = BODY_IN_TEXT.exec(slice)) {
    const at = start + m.index;
    if (at > 0 && WORD_CHAR.test(text[at - 1]!)) continue;
    const verb = VERB_BEFORE.exec(text.slice(Math.max(start, at - 48), at));
    if (!verb) continue;
    const verbStart = at - verb[0].length;
    if (verbStart > 0 && (WORD_CHAR.test(text[verbStart - 1]!) || text[verbStart - 1] === '-')) continue;
    out.push({ id: autoId(`${bodyId(m[0].trim(), text)} exit`), start: verbStart, end: at + m[0].length, origin: 'auto', verbal: true, ...(verb[2] ? { stays: true } : {}) });
  }
  return out;
}

/**
 * Phrases that point back to an object named elsewhere instead of naming one: "the deal", "this
 * agreement", "the proposal", "their terms", "Hamas's offer", "the bill". The stance stage resolves them
 * (see `withAnaphors`).
 */
// Before a word for a proposal, a name may say whose it is ("the US proposal", "a Franco-British plan", "the American
// offer"); before other heads a capitalised word is too often part of a name or a kind ("a Democratic measure").
const ANAPHORS = /(?<![\p{L}\p{N}])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]ny|[Ss]uch\s+a|[Aa]n?|\p{L}[\p{L}.-]*['’]s?)\s+(?:(?:(?:\p{Ll}|\d+-\p{Ll})[\p{Ll}-]*\s+){0,2}?|\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)?\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?=(?:proposals?|plans?|offers?|initiatives?|blueprints?|terms|counter-?proposals?|counter-?offers?)(?![\p{L}\p{N}-])))(deal|agreement|accord|pact|proposals?|ideas?|provisions?|amendments?|framework|exchange|swap|outcome|arrangement|truce|ceasefire|cease-fire|treaty|plan|offers?|roadmap|road\s+map|initiative|package|blueprint|terms|text|draft|bill|legislation|measure|trade|settlement|compromise|contract|memorandum|understanding|counter-?proposal|counter-?offer|bid|ban|cap|quota|levy|subsidy|freeze|conditions?|preconditions?|demands?|requests?|moves?|steps?|options?)(?![\p{L}\p{N}-])/gu;

const ANAPHOR_HEAD = /(?:outcome|deal|agreement|accord|pact|proposal|idea|provision|amendment|framework|exchange|swap|arrangement|truce|cease-?fire|treaty|plan|offer|road\s*map|initiative|package|blueprint|terms|text|draft|bill|legislation|measure|trade|settlement|compromise|contract|memorandum|understanding|bid|ban|cap|quota|levy|subsidy|freeze|condition|demand|request|move|step|option)/i;

/**
 * Heads that name one keyed thing when used bare ("the bid" after "a takeover bid", "the ban" after "a ban on wheat
 * exports"): they point back only to an object named earlier with that head, never to the document's main deal.
 */
export const BARE_HEADS = new Set(['bid', 'ban', 'cap', 'quota', 'levy', 'subsidy', 'freeze']);

/** "The talks", "negotiations": negotiating at all, an object of its own ("walked away from the talks"). */
const TALKS = /(?<![\p{L}\p{N}-])(?:(?:the|these|those|further|new|more|any|direct|renewed|fresh|peace|formal|bilateral|indirect)\s+)*(?:talks|negotiations|negotiating\s+table|(?<!\b(?:during|throughout|after|before|since|within|until)\s+(?:(?:the|this|that|its|their)\s+)?)(?:peace|negotiating|negotiation|political|diplomatic|reconciliation|mediation)\s+process(?!\s+of\b)|(?<=\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s)(?<!\b(?:during|throughout|after|before|since|within|until)\s+\p{L}+\s)process(?!\s+of\b))(?![\p{L}\p{N}-])(?!\s+(?:over|about)\b|\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b|the\s+sidelines\b|\d))/giu;
export const TALKS_ID = 'auto:talks';

/** Modifiers of "process" that make it the talks ("the peace process"); any other ("the asylum process") makes it no talks. */
const TALKS_PROCESS = /^(?:peace|negotiating|negotiation|political|diplomatic|reconciliation|mediation|the|this|that|its|their|a|whole|entire|same|current)$/i;
let lastProcessText: string | null = null;
let lastProcessIsTalks = false;
/**
 * Is a bare "the process" in this report the talks? Only in a report about talks or negotiations that names no
 * other kind of process ("the confirmation process", "its vetting process"). Asked once per sentence: kept for the last text.
 */
function processIsTalks(text: string): boolean {
  if (text === lastProcessText) return lastProcessIsTalks;
  let talks = /\b(?:talks|negotiations|negotiating|peace\s+process)\b/i.test(text);
  for (const m of talks ? text.matchAll(/([\p{L}-]+)\s+process\b/giu) : []) {
    if (!TALKS_PROCESS.test(m[1]!)) {
      talks = false;
      break;
    }
  }
  lastProcessText = text;
  lastProcessIsTalks = talks;
  return talks;
}

/** Heads that name a proposal on the table, whatever its content: they stand for the object last named. */
const PROPOSAL_HEADS = new Set(['proposal', 'proposals', 'idea', 'ideas', 'provision', 'provisions', 'amendment', 'amendments', 'plan', 'offer', 'offers', 'terms', 'package', 'blueprint', 'initiative', 'draft', 'text', 'counterproposal', 'counter-proposal', 'counteroffer', 'counter-offer', 'roadmap', 'road map']);
/** Heads that name what a side asked for or did, whatever it is: named back ("that demand", "such a move"), they stand for the object last named. */
const ASKED_HEADS = new Set(['condition', 'conditions', 'precondition', 'preconditions', 'demand', 'demands', 'request', 'requests', 'move', 'moves', 'step', 'steps', 'option']);
/** Heads of a bill before a legislature: with no object named, the bill is its own object. */
const BILL_HEADS = new Set(['bill', 'legislation', 'measure']);
/** After "the trade" standing alone: a verb, conjunction or punctuation, not a noun it modifies ("the trade deal"). */
const TRADE_ALONE = /^(?:\s*[.,;:!?)"”’]|\s+(?:was|is|were|would|will|could|had|has|and|but|as|because|that|which|in|on|for|with|to|of|by|at|since|last|this)\b)/;

export interface PropositionOptions {
  /** Packs whose propositions apply (see `packsInScope`); null or absent: every loaded pack. */
  packs?: ReadonlySet<string> | null;
  /** The document's main object: "the deal" and "the agreement" stand for it. */
  topic?: PropositionMatch['id'] | null;
}

/**
 * Every proposition cue in [start, end): pack cues first, then discovered objects that no pack cue
 * covers (and whose name is not itself a pack cue), then anaphors of the document's main object.
 */
export function findPropositions(text: string, start: number, end: number, kb: KnowledgeBase, options: PropositionOptions = {}): PropositionMatch[] {
  const pack = findPackPropositions(text, start, end, kb, options.packs ?? null);
  const nominal = findNegotiatedObjects(text, start, end);
  // A verb phrase gives way to a noun phrase it overlaps ("automated cranes" inside a named object).
  const verbal = findVerbalObjects(text, start, end).filter((v) => !nominal.some((n) => n.start < v.end && v.start < n.end && n.end - n.start > v.end - v.start));
  const membership = findMembershipObjects(text, start, end);
  const auto = longestFirst([...nominal.filter((n) => !verbal.some((v) => v.start < n.end && n.start < v.end) && !membership.some((v) => v.start < n.end && n.start < v.end)), ...verbal.filter((v) => !membership.some((x) => x.start < v.end && v.start < x.end)), ...membership]).filter((a) => !pack.some((p) => p.start < a.end + 1 && a.start < p.end + 1));
  const found = [...pack, ...auto].sort((a, b) => a.start - b.start);
  const resolved = withObjectUnderDiscussion(text, start, end, found, kb, options.packs ?? null);
  return options.topic ? withAnaphors(text, start, end, resolved, options.topic) : resolved;
}

/**
 * Words for an act done to an agreement, or for the paper it is written on ("would not sign the document",
 * "welcomed the announcement", "after the signing"): with no complement of their own they name the agreement
 * under discussion; with one ("the announcement of new tariffs") the act is on that. One lowercase word may
 * qualify them ("the final document"). "text" and "draft" are proposal heads resolved by `withAnaphors`.
 */
const ACT_AROUND_AGREEMENT = /(?<![\p{L}\p{N}])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Bb]oth)\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?(documents?|signing|signature|signatures|announcement|initialling|initialing)(?![\p{L}\p{N}-])/gu;
/** A complement after such a word, up to the object it names ("the announcement of new tariffs"). */
const ACT_COMPLEMENT = /^\s+(?:of|on|about|over|regarding|concerning|for)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const ACT_HAS_COMPLEMENT = /^\s+(?:of|on|about|over|regarding|concerning|for)\b/;
/** Cheap test for `ACT_AROUND_AGREEMENT`: most sentences name no such act. */
const ACT_AROUND_HINT = /document|signing|signature|announcement|initial/i;
/**
 * "A peace deal", "the peace agreement" and "the peace treaty" of one report are one object: where the report
 * names a treaty, a deal with the same key is that treaty (the formal name of the instrument under discussion).
 */
const FORMAL_HEAD = { informal: 'deal', formal: 'treaty' } as const;

interface DiscussedObjects {
  /** The agreement the report is about, already under its formal name. */
  main: string | null;
  /** Discovered objects the report names anywhere. */
  named: ReadonlySet<string>;
}

/** The objects of the last document asked about: the stage asks once per sentence of one document. */
let lastDiscussed: { text: string; kb: KnowledgeBase; packs: ReadonlySet<string> | null; objects: DiscussedObjects } | null = null;

/** Heads of a keyed proposal ("a wage offer"): an offer on its key's question, not an object of its own. */
const KEYED_PROPOSAL_HEADS = new Set(['offer', 'proposal', 'demand']);

/**
 * `auto:peace-deal` → `auto:peace-treaty` when the report names that treaty; `auto:wage-offer` →
 * `auto:wage-increase` when that is the one other object with the key the report names; any other id as it is.
 */
function formalName(id: string, named: ReadonlySet<string>): string {
  if (!id.startsWith('auto:') || id.includes('@') || !id.includes('-')) return id;
  const head = objectHead(id);
  const keyed = id.slice(0, id.length - head.length);
  if (head === FORMAL_HEAD.informal) return named.has(`${keyed}${FORMAL_HEAD.formal}`) ? `${keyed}${FORMAL_HEAD.formal}` : id;
  if (!KEYED_PROPOSAL_HEADS.has(head)) return id;
  const same = [...named].filter((n) => n !== id && n.startsWith(keyed) && !n.slice(keyed.length).includes('-') && !KEYED_PROPOSAL_HEADS.has(objectHead(n)));
  return same.length === 1 ? same[0]! : id;
}

function discussedObjects(text: string, kb: KnowledgeBase, packs: ReadonlySet<string> | null): DiscussedObjects {
  if (lastDiscussed && lastDiscussed.text === text && lastDiscussed.kb === kb && lastDiscussed.packs === packs) return lastDiscussed.objects;
  const lead = Math.max(600, Math.floor(text.length / 6));
  const pack = findPackPropositions(text, 0, text.length, kb, packs);
  const nominal = findNegotiatedObjects(text, 0, text.length).filter((n) => !pack.some((p) => p.start < n.end + 1 && n.start < p.end + 1));
  const named = new Set(nominal.map((n) => n.id));
  const weighted = [...pack, ...nominal].map((m) => ({ id: formalName(m.id, named), weight: m.start < lead ? 2 : 1 }));
  const objects = { main: prominentObject(weighted), named };
  lastDiscussed = { text, kb, packs, objects };
  return objects;
}

/**
 * The agreement a report is about: the agreement-like object (see `isAgreeable`) it names most, counting its
 * opening (headline and lead) double, as `prominentObject` does for the stance stage; null when none is
 * named twice. Worked out from the whole text, since a sentence alone cannot tell what "the document" is.
 */
export function objectUnderDiscussion(text: string, kb: KnowledgeBase, packs: ReadonlySet<string> | null = null): string | null {
  return discussedObjects(text, kb, packs).main;
}

/**
 * Resolves, in [start, end), words that name an agreement without saying which (see `ACT_AROUND_AGREEMENT`)
 * to the report's object under discussion, and an informal name of a treaty the report names ("peace deal",
 * "peace agreement" beside "peace treaty") to the treaty, so one negotiated object is not split over several ids.
 */
function withObjectUnderDiscussion(text: string, start: number, end: number, found: PropositionMatch[], kb: KnowledgeBase, packs: ReadonlySet<string> | null): PropositionMatch[] {
  const slice = text.slice(start, end);
  const acts = ACT_AROUND_HINT.test(slice) ? [...slice.matchAll(ACT_AROUND_AGREEMENT)].filter((m) => !m[1] || !(KEY_MODIFIERS[m[1]] || OBJECT_HEADS[m[1]])) : [];
  const informal = found.some((f) => f.origin === 'auto' && (objectHead(f.id) === FORMAL_HEAD.informal || KEYED_PROPOSAL_HEADS.has(objectHead(f.id))));
  if (!acts.length && !informal) return found;
  const { main, named } = discussedObjects(text, kb, packs);
  const out = informal ? found.map((f) => (f.origin === 'auto' && formalName(f.id, named) !== f.id ? { ...f, id: formalName(f.id, named) } : f)) : [...found];
  for (const m of acts) {
    const s = start + m.index;
    const e = s + m[0].length;
    // "the announcement of new tariffs": the act is on its complement, named after it; not on the agreement.
    if (ACT_HAS_COMPLEMENT.test(text.slice(e, e + 16))) {
      const object = out.find((f) => f.start >= e && ACT_COMPLEMENT.test(text.slice(e, f.start)));
      if (object) out.splice(out.indexOf(object), 1, { ...object, start: s });
      continue;
    }
    // "welcomed the signature" found as an object by its verb is the act word itself: the agreement replaces it.
    const actWord = autoId(singular(m[2]!));
    const covering = out.filter((f) => f.start < e && s < f.end);
    if (covering.some((f) => f.id !== actWord && f.id !== autoId(m[2]!))) continue;
    if (!main) continue;
    for (const f of covering) out.splice(out.indexOf(f), 1);
    out.push({ id: main, start: s, end: e, origin: main.startsWith('auto:') ? 'auto' : 'pack' });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface AnaphorContext {
  /** The nearest object named before (this or the previous sentences), for "the proposal". */
  recent?: string | null;
  /** The nearest agreement named before, for "the deal" when the document has no main object. */
  recentAgreeable?: string | null;
  /**
   * `recent` and `recentAgreeable` for the anaphor at [start, end), when they differ from them: "accepted the offer
   * only if X dropped its threat of arbitration" names no offer of arbitration.
   */
  recentBefore?: (start: number, end: number) => { recent: string | null; recentAgreeable: string | null; recentUndone?: boolean };
  /** With nothing to point back to, name the object by its head ("the bill" → `auto:bill`). */
  headFallback?: boolean;
  /** Add "the talks" as the object `auto:talks`. */
  talks?: boolean;
}

/**
 * `found` plus the anaphors in [start, end): "the treaty" is the treaty named last; "the proposal", "the
 * offer", "their terms" the object named last (a proposal of a wage rise is the wage rise), else the
 * document's main object; "the deal", "the agreement" the main object, else the agreement named last;
 * with `headFallback`, an anaphor with nothing to point to names its kind (`auto:deal`, `auto:bill`,
 * `auto:proposal`). With `talks`, "the talks" is negotiating itself.
 */
export function withAnaphors(text: string, start: number, end: number, found: readonly PropositionMatch[], topic: string | null, named: ReadonlyMap<string, string> = new Map(), context: AnaphorContext = {}): PropositionMatch[] {
  const out = [...found];
  const topicOrNull = topic;
  const slice = text.slice(start, end);
  // Most sentences hold no anaphoric head: a plain word test spares the costlier determiner pattern.
  for (const m of ANAPHOR_HEAD.test(slice) ? slice.matchAll(ANAPHORS) : []) {
    // "Hamas's offer" is an anaphor; a capitalised sentence-initial determiner-like word ("Monday's") is too.
    const det = m[0].split(/\s+/)[0]!;
    if (/^\p{Lu}/u.test(det) && !/['’]s?$/.test(det) && !/^(?:The|This|That|These|Its|Their|His|Her|Our|Any|Such|An?)$/.test(det)) continue;
    const s = start + m.index + (/['’]s?$/.test(det) ? det.length + 1 : 0);
    const e = start + m.index + m[0].length;
    const { recent, recentAgreeable, recentUndone } = context.recentBefore?.(s, e) ?? { ...context, recentUndone: false };
    // "The treaty" is the treaty named last ("the Indus Waters Treaty"); "the deal" is the main object.
    const head = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const words = m[0].split(/\s+/).slice(1, -1);
    // "the district's salary proposal": a proposal keyed by what it offers (and naming no object) is that key's offer.
    const offerKey = head === 'proposal' && !words.some((w) => OBJECT_HEADS[w]) ? words.map((w) => KEY_MODIFIERS[w]).find(Boolean) : undefined;
    if (offerKey) {
      if (!out.some((f) => f.start < e && s < f.end)) out.push({ id: autoId(`${offerKey} offer`), start: s, end: e, origin: 'auto' });
      continue;
    }
    if (words.some((w) => KEY_MODIFIERS[w] || OBJECT_HEADS[w])) continue;
    // "a British proposal to extend the zone": whose proposal it is, with its content after it, names that content.
    if (words.some((w) => /^\p{Lu}/u.test(w)) && /^\s+(?:to|for|that|on|of)\s/i.test(text.slice(e, e + 6))) continue;
    // "rejects any extraterritorial arrangement": any one of a kind its modifier names is a kind ruled in or
    // out, not the deal under discussion ("any final agreement", "a fisheries deal" still are).
    const kindWords = /^(?:[Aa]ny|[Ss]uch)$/.test(det) ? words.filter((w) => /^\p{Ll}[\p{Ll}-]{3,}$/u.test(w) && !NON_CONTENT.has(w) && !ING_ADJECTIVES.has(w) && w !== 'a') : [];
    if (kindWords.length) {
      // The kind is named by its modifiers and head ("extraterritorial arrangement"), unless something names the span already.
      const kindStart = start + m.index + det.length + 1;
      if (!out.some((f) => f.start < e && kindStart < f.end)) out.push({ id: autoId(`${kindWords.join(' ')} ${head}`), start: kindStart, end: e, origin: 'auto' });
      continue;
    }
    // "supports any agreement acceptable to the people": any one that meets a test is no particular deal.
    if (/^(?:[Aa]ny|[Ss]uch)$/.test(det) && /^\s+(?:(?:that\s+is|which\s+is)\s+)?(?:acceptable|agreeable|satisfactory)\s+to\b/i.test(text.slice(e, e + 30))) continue;
    // "the trade" is a deal under discussion only where that deal is an exchange ("criticized the trade" of prisoners).
    if (head === 'trade' && (!TRADE_ALONE.test(text.slice(e, e + 12)) || !/exchange|swap|release/.test(`${topicOrNull ?? ''} ${recent ?? ''}`))) continue;
    // "the outcome of the election": an outcome of anything but the talks is that thing's, not the deal's.
    if (head === 'outcome' && /^\s+of\s+(?!(?:the\s+|these\s+|those\s+)?(?:talks|negotiations|meetings?|summit|deal|agreement)\b)/i.test(text.slice(e, e + 40))) continue;
    // "rejected that condition", "opposed the request": a demand named back stands for what was demanded last; "a demand for X",
    // "the condition that ..." name their own content.
    // ("the government would demand a swap": with a word between that could be a verb's, "demand" is the verb. An amount
    // repeated from what was asked, "the 25-year demand", still names it back.)
    if (ASKED_HEADS.has(head) && (!/^(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ss]uch)$/.test(det) || words.filter((w) => !/^an?$/i.test(w)).length > 1 || words.some((w) => !/^(?:an?|same|new|original|latest|initial|earlier|main|key|central|first|second|final|union|government|rebel|rebels|group|\d+-\p{Ll}+)$/u.test(w)) || /^\s+(?:for|that|to|of|on|by|against|toward|towards)\b/i.test(text.slice(e, e + 10)))) continue;
    // "embraced the idea of a European army": an idea of a thing is that thing, named or not.
    if (/^(?:idea|ideas)$/.test(head)) {
      const of = IDEA_OF.exec(text.slice(e, Math.min(end, e + 90)));
      if (of) {
        const npStart = e + of.index + of[0].length - of[1]!.length;
        const npEnd = e + of.index + of[0].length;
        if (out.some((f) => f.start < npEnd && npStart < f.end)) continue;
        const named = of[1]!.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !NON_CONTENT.has(w.toLowerCase()));
        if (named.length) {
          out.push({ id: autoId(named.slice(-2).join(' ').toLowerCase()), start: npStart, end: npEnd, origin: 'auto' });
          continue;
        }
      }
    }
    const proposalLike = PROPOSAL_HEADS.has(head) || ASKED_HEADS.has(head);
    let topic = named.get(BILL_HEADS.has(head) ? 'bill' : head) ?? (head === 'treaty' || BARE_HEADS.has(head) ? null : proposalLike ? (recent ?? topicOrNull) : (topicOrNull ?? recentAgreeable ?? null));
    // "is introducing a new bill": an indefinite bill is one not named before, not the deal under discussion.
    if (BILL_HEADS.has(head) && /^an?$/i.test(det)) topic = null;
    // "put forward a counter-offer", "tabled a new proposal": an indefinite counter or new proposal is one of its own, not the last object named.
    // "the district's offer" after a strike was threatened: a strike, lockout or boycott is pressure, never what an offer or plan is.
    if (proposalLike && topic && PRESSURE_HEADS.has(objectHead(topic))) topic = null;
    // (A counter-offer is then named as one, apart from the offer it answers.)
    if (proposalLike && /^an?$/i.test(det) && words.some((w) => /^(?:new|fresh|revised|rival|alternative|separate|compromise)$/i.test(w))) topic = null;
    if (/^counter/.test(head) && !(topic && isAgreeable(topic))) topic = autoId('counter-offer');
    if (!topic && context.headFallback && !BARE_HEADS.has(head)) topic = autoId(BILL_HEADS.has(head) ? 'bill' : proposalLike ? 'proposal' : head === 'contract' ? 'contract' : 'deal');
    if (!topic) continue;
    // "the ceasefire deal" keeps its own name; "the truce" becomes the topic when the topic is a keyed
    // truce ("tariff truce"), since the bare head is the same object named short.
    const covering = out.find((f) => f.start < e && s < f.end);
    if (covering && !(covering.origin === 'auto' && covering.start >= s && covering.end <= e && (topicHead(topic) === covering.id || covering.id === autoId(head)))) continue;
    if (covering) out.splice(out.indexOf(covering), 1);
    // "rejected a provision that would cut the minimum wage": a stance on what undoes the object is the reverse stance on it.
    out.push({ id: topic, start: s, end: e, origin: topic.startsWith('auto:') ? 'auto' : 'pack', ...(recentUndone && topic === recent ? { stays: true } : {}) });
  }
  if (context.talks) {
    for (const m of /\b(?:talks|negotiat|process)/i.test(slice) ? slice.matchAll(TALKS) : []) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (/(?:^|\s)process$/i.test(m[0]) && !/(?:peace|negotiating|negotiation|political|diplomatic|reconciliation|mediation)\s+process$/i.test(m[0]) && !processIsTalks(text)) continue;
      if (out.some((f) => f.start < e && s < f.end)) continue;
      out.push({ id: TALKS_ID, start: s, end: e, origin: 'auto', direct: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** " of (creating) a full-fledged E.U. military force": what an idea is of, up to a clause's end or a preposition (group 1). */
const IDEA_OF = /^\s+of\s+(?:(?:creating|establishing|setting\s+up|building|forming|introducing|holding|having|imposing|a|an|the|new|joint|common|single)\s+)*((?:(?!(?:that|which|who|with|in|for|to|by|and|or|but|on|at|as|from|of)\b)[\p{L}][\p{L}.'’-]*\s+){0,3}(?!(?:that|which|who|with|in|for|to|by|and|or|but|on|at|as|from|of)\b)\p{Ll}[\p{Ll}-]{2,})(?=\s*[,;:.!?"”)]|\s+(?:for|in|to|with|by|that|which|and|or|but|on|at|as|if|because|under|before|after)\b|\s*$)/u;
/** Acts of pressure a side threatens or stages: never what "the offer" or "the plan" refers to. */
const PRESSURE_HEADS = new Set(['strike', 'lockout', 'boycott', 'protest', 'walkout']);
/** The last word of an object's id, for "the treaty" → the last object named "... treaty". */
export function objectHead(id: string): string {
  const words = id.replace(/^auto:/, '').split('-');
  return words[words.length - 1]!;
}

/** Can this proposition be what "the deal" refers to (an agreement, not an item in one)? */
export function isAgreeable(id: string): boolean {
  return !id.startsWith('auto:') || AGREEABLE_HEADS.has(objectHead(id));
}

/** `auto:tariff-truce` → `auto:truce`: the bare object a keyed topic refines. */
function topicHead(topic: string): string {
  const words = topic.replace(/^auto:/, '').split('-');
  return autoId(OBJECT_HEADS[words[words.length - 1]!] ?? words[words.length - 1]!);
}

/**
 * The document's main negotiated object: the proposition named most, counting the headline and the
 * opening paragraphs more (a report leads with what it is about). Bare generic objects do not count.
 */
export function prominentObject(matches: readonly { id: string; weight: number }[]): string | null {
  const score = new Map<string, number>();
  for (const m of matches) if (isAgreeable(m.id)) score.set(m.id, (score.get(m.id) ?? 0) + m.weight);
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, n] of score) if (n > bestScore) [best, bestScore] = [id, n];
  return bestScore >= 2 ? best : null;
}

// ---------------------------------------------------------------------------------------------
// Corpus level
// ---------------------------------------------------------------------------------------------

export function packPropositionInfo(kb: KnowledgeBase): PropositionInfo[] {
  const out: PropositionInfo[] = [];
  for (const pack of kb.packs) for (const p of pack.propositions as Proposition[]) out.push({ id: p.id, label: p.label, statement: p.statement, origin: `pack:${pack.id}` });
  return out;
}

/**
 * Label and statement of a discovered object; a qualified id names its negotiation with the sides' names
 * (`nameOf` resolves a side id, e.g. from the actors table): "ceasefire (Hamas–Israel)".
 */
export function discoveredInfo(id: string, nameOf: (side: string) => string | undefined = () => undefined): PropositionInfo {
  const { sides } = splitQualified(id);
  const object = autoLabel(id);
  const names = sides.map((s) => nameOf(s) ?? s.replace(/-/g, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
  const label = names.length ? `${object} (${negotiationName(names)})` : object;
  const between = names.length ? ` in the negotiation ${names.length > 2 ? 'among' : 'between'} ${names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ')}` : '';
  return { id, label, statement: `Discovered negotiated object: ${object}${between}.`, origin: 'discovered' };
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
export function corpusPropositions(kb: KnowledgeBase, discoveredStats: readonly { id: string; docs: number; stances: number }[], nameOf?: (side: string) => string | undefined): PropositionInfo[] {
  const out = packPropositionInfo(kb);
  for (const s of discoveredStats) {
    if (!s.id.startsWith('auto:') || out.some((p) => p.id === s.id)) continue;
    if (s.docs >= DISCOVERY_MIN.docs || s.stances >= DISCOVERY_MIN.stances) out.push(discoveredInfo(s.id, nameOf));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Negotiation context of discovered propositions
// ---------------------------------------------------------------------------------------------

/**
 * A discovered object is a question of one negotiation: the Gaza ceasefire and the India–Pakistan
 * ceasefire are different rows. Its id is qualified by the document's two principal sides,
 * `auto:ceasefire@hamas+israel` (sides sorted, so every report on the talks gives the same id). Pack
 * propositions stay unqualified: a pack is already one negotiation.
 */
export function qualifyProposition(id: string, sides: readonly string[] | null): string {
  if (!sides || sides.length < 2 || !id.startsWith('auto:') || id.includes('@')) return id;
  return `${id}@${[...sides].sort().join('+')}`;
}

/** `auto:ceasefire@hamas+israel` → `{ base: 'auto:ceasefire', sides: ['hamas', 'israel'] }`. */
export function splitQualified(id: string): { base: string; sides: string[] } {
  const at = id.indexOf('@');
  return at < 0 ? { base: id, sides: [] } : { base: id.slice(0, at), sides: id.slice(at + 1).split('+').filter(Boolean) };
}

/** The side an entity stands for: its own id for a country, group or organisation, its party for a person. */
export function sideOf(e: { type?: string; name: string; packId: string | null; party: string | null }): string | null {
  if (e.type === 'person') return e.party;
  return e.party ?? e.packId ?? (autoId(e.name).slice('auto:'.length) || null);
}

/** A pact's name after a place or party's name ("the Ankara Declaration", "the Minsk Protocol", "the Oslo Accords"). */
const PACT_NAME_AFTER = /^\s+(?:Declaration|Accords?|Agreements?|Protocols?|Treaty|Pact|Communiqu[eé]|Process|Format|Memorandum|Convention|Consensus|Charter)\b/u;
/** A preposition of place right before a name ("in Qatar", "at the White House"). */
const PLACE_BEFORE = /\b(?:in|at|to|from|near|inside|outside)\s+(?:the\s+)?$/i;

/**
 * Words before a name that make it a go-between, not a side ("mediated by the United States"), also further
 * down a list of capitalised names ("brokered by Saudi Arabia and the United States", "mediators Qatar, Egypt
 * and the United States"). Case-sensitive on the names: "mediated by Qatar between Israel and" ends no list.
 */
// A regulator or court whose approval a deal needs judges it, it does not bargain ("approval from the European
// Central Bank", "the financial regulator BaFin", "cleared by the competition authority").
const GO_BETWEEN_BEFORE = /\b(?:[Mm]ediators?|[Mm]ediated\s+by|[Mm]ediation\s+by|[Bb]rokered\s+by|[Hh]osted\s+by|[Ff]acilitated\s+by|[Ww]ith\s+help\s+from|[Aa]pprovals?\s+(?:from|by)|[Aa]pproved\s+by|[Cc]lear(?:ance|ed)\s+(?:from|by)|[Pp]ermission\s+from|[Rr]egulators?|[Ww]atchdogs?|[Ss]upervisors?)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s*,\s*|\s+)(?:(?:and|the)\s+)*){0,8}$/u;
/** Words of talks right before the other side's name ("negotiations with", "a deal with the"). */
const TALKS_WITH_BEFORE = /\b(?:negotiat(?:ions?|ing)|talks|dialogue|treaty|deal|agreement|accord|pact|truce|ceasefire)\s+with\s+(?:the\s+)?$/i;
/** Words after a name that make it a go-between ("Qatari mediators", "Egypt, which mediated"). */
// "EU-mediated talks", "U.S.-brokered truce": the compound adjective names the go-between too.
// "The central bank approved Aurelia's request": granting a party's request is a regulator's act, not a side's.
const GO_BETWEEN_AFTER = /^(?:['’]s)?\s*(?:,\s*(?:which|who)\s+(?:has\s+|have\s+)?(?:mediated|brokered|hosted)|mediators?\b|(?:acted|acting)\s+as\s+(?:a\s+)?mediators?)|^[-–]\s?(?:mediated|brokered|facilitated|hosted)\b/iu;
/** A regulator granting a party's request ("The central bank approved Aurelia's request"); sides grant each other's requests too, so only a body named as a regulator. */
const GRANTED_REQUEST = /^\s+(?:has\s+|had\s+)?(?:approved|cleared|authori[sz]ed)\s+(?:the\s+)?[\p{L}.'’-]+['’]s?\s+(?:request|application|bid|plan)\b/iu;
const REGULATOR_NAME = /\b(?:Bank|Authority|Regulator|Commission|Agency|Supervisor|Supervisory|Office|Court|Tribunal|Board|BaFin|SEC|FCA|FTC|CMA)\b/u;

/** The rest of a name: capitalised words, and a body's name after "of" ("the Ad Hoc Committee of Saint Lucia Bondholders"). */
const NAME_REST = String.raw`(?:['’]s)?(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})?`;
/**
 * What may stand between a name and its verb: a title and name after it ("Freedonia Labor Secretary Tilda
 * Marsh urged"), an apposition in commas, a relative clause in commas however long ("..., which says it
 * represents 55 percent of the notes, rejected"), auxiliaries and adverbs.
 */
const SUBJECT_TAIL = String.raw`^${NAME_REST}(?:\s*,[^,.;:]{1,60},|\s*,\s*(?:which|who)\s(?:[^;:.]|\.\d){1,160}?,)?\s+(?:(?:has|have|had|would|will|could|also|again|then|later|formally|quickly|finally|on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+|not|never)\s+)*`;
/** Acts of the parties that bargain: making, taking or refusing offers, signing, striking, voting a deal down. */
const BARGAINING_ACTS = String.raw`(?:offer(?:s|ed)|propos(?:es|ed)|reject(?:s|ed)|accept(?:s|ed)|sign(?:s|ed)|agree(?:s|d)\s+(?:to|on)|demand(?:s|ed)|vot(?:es|ed)\s+(?:to|for|against|down)|ratif(?:y|ies|ied)|negotiat(?:es|ed)|bargain(?:s|ed)|counter(?:s|ed)|refus(?:es|ed)|insist(?:s|ed)|tabled|walked\s+out|went\s+on\s+strike|struck\s+(?:a|an)\s+deal|made\s+(?:a|an|its|their)\s+(?:\p{L}+\s+)?(?:offer|proposal|concession))\b`;
const BARGAINING_VERB = new RegExp(`${SUBJECT_TAIL}${BARGAINING_ACTS}`, 'u');
/** A party's bargaining told in a relative clause on its name ("the committee, which had rejected the first offer, said"). */
const BARGAINING_RELATIVE = new RegExp(String.raw`^${NAME_REST}\s*,\s*(?:which|who)\s+(?:(?:has|have|had|also|earlier|first|already)\s+)*${BARGAINING_ACTS}`, 'u');
/** A party's own offer or demand named by the party ("Orvell's offer", "the offer from Orvell"). */
const OWN_OFFER_AFTER = /^['’]s?\s+(?:(?:latest|new|final|best|revised|first|second|third|fourth|last|improved|\p{Ll}+-year)\s+)*(?:offer|proposal|counter-?offer|counter-?proposal|demands?|concessions?)\b/u;
const OWN_OFFER_BEFORE = /\b(?:offer|proposal|counter-?offer|counter-?proposal|demands?|concessions?)\s+(?:from|by)\s+(?:the\s+)?$/;
/** A third party pressing the parties ("urged both sides to return to the table"): a commentator or go-between. */
const URGES_PARTIES = new RegExp(`${SUBJECT_TAIL}(?:urg(?:es|ed)|call(?:s|ed)\\s+on|press(?:es|ed)|encourag(?:es|ed)|appeal(?:s|ed)\\s+to|ask(?:s|ed)|told)\\s+(?:both\\s+(?:sides|parties)|the\\s+(?:two\\s+)?(?:sides|parties))\\b`, 'u');

/** Words right before a list that make its members the talks' parties ("talks between Norway, the EU, ..."). */
const PARTIES_LIST_BEFORE = /\b(?:talks|negotiations?|negotiators|discussions|dialogue|meetings?|summit|consultations|deal|agreement|accord|treaty|pact|truce|ceasefire|dispute|bargaining|conference|arrangement)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?(?:between|among|amongst|involving)\s+(?:the\s+)?$/iu;
/** Where a list may open as a clause's subject: a sentence, a dateline's dash, a conjunction. */
const LIST_SUBJECT_START = /(?:^|[.;:!?]["”’]?\s+|\n\s*|\)\s*[-–—]+\s*|\s[-–—]\s+|\b(?:and|but|while|as|after|when|since|because|then)\s+)(?:the\s+)?$/u;
/** What a list of parties does together as the talks' subject ("A, B, C and D agreed / signed / rejected ..."). */
const LIST_PARTIES_AFTER = new RegExp(
  `^(?:\\s*,[^,.;:]{1,60},)?\\s+(?:(?:have|has|had|would|will|all|also|jointly|together|finally|formally|then|later|each|on\\s+\\p{Lu}\\p{Ll}+|last\\s+\\p{Ll}+)\\s+)*(?:agree(?:s|d)?|sign(?:s|ed)?|reject(?:s|ed)?|accept(?:s|ed)?|reach(?:es|ed)?|struck|strike|ratif(?:y|ies|ied)|negotiat(?:e|es|ed)|conclud(?:e|es|ed)|clinch(?:es|ed)?|seal(?:s|ed)?|adopt(?:s|ed)?|met|meet|held\\s+talks|hold\\s+talks|(?:are|were)\\s+negotiating)\\b`,
  'u',
);
/** A list of parties taking part in talks ("A, B, C and D all took part in a late-night session on the text"). */
const LIST_PARTIES_IN_TALKS = /^(?:\s*,[^,.;:]{1,60},)?\s+(?:(?:have|had|all|also|each)\s+)*(?:took\s+part|take\s+part|taking\s+part|participated|(?:are|were)\s+represented)\s+(?:in|at)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:talks|negotiations?|sessions?|meetings?|discussions|consultations|conference|summit|round)\b/iu;
/**
 * A paragraph of photo caption or credit ("Photo caption: ...", "... March 2. REUTERS/Amr Alfiky", "Photo: X"):
 * it tells no sentence of the report, so it does not push a list of parties out of the lead. Hand-written:
 * the ingest zones are not passed to the stances stage's call.
 */
const CAPTION_PARAGRAPH = /^[^\S\n]*(?:(?:[Pp]hoto\s+)?[Cc]aption|FILE\s+PHOTO|[Ff]ile\s+photo|[Pp]hoto)\s*:[^\n]*|^[^\n]*(?:\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*|\b[Pp]hoto(?:graph)?\s+by\s+[^\n.]{1,60}|\/Handout\b[^\n]{0,30})$/gmu;
/** Sentences told before `at`, leaving out photo captions and credits. */
function sentencesBefore(text: string, at: number): number {
  const lead = text.slice(0, at).replace(CAPTION_PARAGRAPH, '');
  return (lead.match(/[.!?]["”’]?\s+\p{Lu}/gu) ?? []).length;
}
/**
 * Sentences a report may tell before the list of its talks' parties (title, byline and dateline carry no full
 * stop): a few after words of talks ("talks between ..."), none or one for a list that only acts together
 * ("A, B, C and D signed the accord on science" further down is a side deal, not the talks).
 */
const LEAD_SENTENCES = { talks: 4, acting: 1 };

/**
 * The parties of multilateral talks a report names in its lead: a coordinated list of three or more sides
 * ("Norway, the European Union, the United Kingdom, Iceland and the Faroe Islands") after words of talks
 * ("talks between", "a treaty among") or as the subject of what the parties do together ("... and Iceland
 * agreed"). Sorted, distinct; empty when no such list. `sideAt` holds the non-person mentions in text order.
 * Hand-written: the lists are over Parley's own mentions, which no parsing library knows.
 */
export function multilateralParties(text: string, sideAt: readonly { side: string; start: number; end: number }[], notSide: (side: string) => boolean = () => false): string[] {
  // One entry per stretch of text: a name read as two entities (a country and its metonym) is one item.
  const items: { side: string; start: number; end: number }[] = [];
  for (const m of [...sideAt].sort((a, b) => a.start - b.start || b.end - a.end)) if (!items.length || m.start >= items.at(-1)!.end) items.push(m);
  const out = new Set<string>();
  let i = 0;
  while (i < items.length) {
    // A run: items joined by commas, closed by "and" before its last ("A, B, C and D", "A, the B, and the C").
    let j = i;
    let closed = false;
    while (j + 1 < items.length) {
      const gap = text.slice(items[j]!.end, items[j + 1]!.start);
      if (/^\s*,\s*(?:the\s+)?$/i.test(gap)) j++;
      else if (/^\s*,?\s+and\s+(?:the\s+)?$/i.test(gap)) {
        j++;
        closed = true;
        break;
      } else break;
    }
    // "..., Iceland and the Faroe Islands" with the last name read as no actor still closes the list.
    if (!closed && j > i && /^\s*,?\s+and\s+(?:the\s+)?\p{Lu}/u.test(text.slice(items[j]!.end, items[j]!.end + 12))) closed = true;
    const run = items.slice(i, j + 1);
    i = j > i ? j + (closed ? 1 : 0) : i + 1;
    const sides = new Set(run.map((r) => r.side));
    if (!closed || sides.size < 3 || [...sides].some(notSide)) continue;
    const first = run[0]!;
    const last = run.at(-1)!;
    const before = text.slice(Math.max(0, first.start - 120), first.start);
    const told = sentencesBefore(text, first.start + 1);
    const talks = told <= LEAD_SENTENCES.talks && (PARTIES_LIST_BEFORE.test(before) || (LIST_SUBJECT_START.test(before) && LIST_PARTIES_IN_TALKS.test(text.slice(last.end, last.end + 140))));
    const acting = told <= LEAD_SENTENCES.acting && LIST_SUBJECT_START.test(before) && LIST_PARTIES_AFTER.test(text.slice(last.end, last.end + 140));
    if (talks || acting) for (const s of sides) out.add(s);
  }
  return [...out].sort();
}

/** A count of parties: "170", "five", "twenty-seven". */
const PARTY_COUNT = String.raw`(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|all)\s+)?(?:[3-9]|\d{2,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?|dozens\s+of|scores\s+of|hundreds\s+of)`;
/**
 * Talks told as many parties' ("negotiators from some 170 countries", "talks among five nations", "the
 * 12-nation talks"): a negotiation of every party that bargains or takes a stance in the report, not of two.
 */
const MANY_PARTY_TALKS = new RegExp(
  String.raw`\b(?:(?:negotiators|delegates|delegations|representatives|envoys)\s+(?:from|of)\s+${PARTY_COUNT}\s+(?:countries|nations|states|member\s+states|governments)|(?:talks|negotiations)\s+(?:among|between|of|involving)\s+${PARTY_COUNT}\s+(?:countries|nations|states|parties|governments)|(?:[3-9]|\d{2,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:nation|country|party|way)\s+(?:talks|negotiations))\b`,
  'iu',
);

/** `MANY_PARTY_TALKS` read only where it starts (sticky). */
const MANY_PARTY_TALKS_AT = new RegExp(MANY_PARTY_TALKS.source, 'iuy');
/**
 * Where a `MANY_PARTY_TALKS` match can start: one of its opening words, or the number before "-nation" (up to
 * three digits, then the hyphen). Plain letters (no "u"), so it cannot match the long s or the Kelvin sign.
 */
const MANY_PARTY_OPENING = /negotiators|delegates|delegations|representatives|envoys|talks|negotiations|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d(?=\d{0,2}-)/gi;

/**
 * `MANY_PARTY_TALKS.exec(text)`, tried only where a match can start: the first match, as the search of the whole
 * text with "iu" and a leading `\b` (which could not skip ahead) found it, in 29 µs per report instead of 55.
 * A text with the long s or the Kelvin sign is searched as before.
 */
function firstManyPartyTalks(text: string): RegExpExecArray | null {
  if (text.includes('ſ') || text.includes('\u212A')) return MANY_PARTY_TALKS.exec(text);
  MANY_PARTY_OPENING.lastIndex = 0;
  for (let o = MANY_PARTY_OPENING.exec(text); o; o = MANY_PARTY_OPENING.exec(text)) {
    MANY_PARTY_TALKS_AT.lastIndex = o.index;
    const m = MANY_PARTY_TALKS_AT.exec(text);
    if (m) return m;
    MANY_PARTY_OPENING.lastIndex = o.index + 1;
  }
  return null;
}

/** Does the report's lead tell its talks as many parties' (`MANY_PARTY_TALKS`)? */
export function toldAsManyParties(text: string): boolean {
  const m = firstManyPartyTalks(text);
  return m !== null && (text.slice(0, m.index + 1).match(/[.!?]["”’]?\s+\p{Lu}/gu) ?? []).length <= LEAD_SENTENCES.talks;
}

/** A negotiation's name from its sides' names: "Hamas–Israel", or for three or more "EU, Iceland, Norway". */
export function negotiationName(names: readonly string[]): string {
  return names.join(names.length > 2 ? ', ' : '–');
}

/**
 * The two principal sides of a document's negotiation, from its entities and mentions: each side scores
 * its mentions (with those of the people who speak for it) and three per stance it holds; a pair named
 * together ("Israel and Hamas", "between India and Pakistan", "US–China") scores ten more per pairing.
 * Not a side: a go-between (mediator, broker, host); one that only urges "both sides"; and, when at least
 * two sides bargain (make or refuse offers, sign, strike: `BARGAINING_VERB`), one that does neither that
 * nor appear in a pair named together (an official commenting, however often named). Null with fewer than two sides.
 * Multilateral talks (`multilateralParties`: three or more sides listed as the talks' parties in the lead) give
 * all their parties, sorted, with the other sides that bargain.
 */
/** After a pair named as one subject: an act of one side ("demanded", "walked out", "rejected"), not of both. */
const ALLIED_ACT_AFTER = /^(?:\s*\([^()]{1,20}\))?,?\s+(?:(?:have|has|had|both|also|first|jointly|together|then|again|repeatedly|on\s+\p{Lu}\p{Ll}+)\s+)*(?:demand|reject|refus|strik|struck|walk(?:ed|s)?\s+out|call(?:ed|s)?\s+(?:for|on)|urg|insist|threaten|oppos|warn|vow|press|seek|sought|want|accus|condemn|boycott)/u;

export function negotiationSides(
  text: string,
  entities: readonly { type?: string; name: string; packId: string | null; party: string | null }[],
  mentions: readonly { entity: number; start: number; end: number }[],
  holders: readonly number[] = [],
): string[] | null {
  const score = new Map<string, number>();
  const goBetween = new Set<string>();
  const bargains = new Set<string>();
  const urges = new Set<string>();
  const sideAt: { side: string; start: number; end: number }[] = [];
  const placeOnly = new Map<string, boolean>();
  // A news organisation reports the talks; it is never a side of them.
  const outlets = newsOutlets(text, entities, mentions);
  const outletSides = new Set([...outlets].map((i) => sideOf(entities[i]!)));
  for (const m of mentions) {
    if (outlets.has(m.entity)) continue;
    // "the Ankara Declaration signed this week", "the Paris Agreement": a place in a pact's name is no party acting.
    if (PACT_NAME_AFTER.test(text.slice(m.end, m.end + 30))) continue;
    const e = entities[m.entity];
    const side = e ? sideOf(e) : null;
    if (!side) continue;
    score.set(side, (score.get(side) ?? 0) + 1);
    // "a deal reached in Qatar", "talks in Doha": a place where talks are held is no side of them.
    // "the Writers Guild of America" read as a body and a country: a country right after "<body> of" is the
    // tail of the body's name, no side of the talks (unless it is named elsewhere).
    const nameTail = text.slice(Math.max(0, m.start - 4), m.start) === ' of ' && mentions.some((o) => o.end === m.start - 4 && o.entity !== m.entity && entities[o.entity]?.type === 'organization');
    if (e!.type !== 'person') placeOnly.set(side, (placeOnly.get(side) ?? true) && (nameTail || PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))));
    const after = text.slice(m.end, m.end + 140);
    if (BARGAINING_VERB.test(after) || BARGAINING_RELATIVE.test(after) || OWN_OFFER_AFTER.test(after) || OWN_OFFER_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) {
      bargains.add(side);
    } else if (URGES_PARTIES.test(after)) urges.add(side);
    if (e!.type === 'person') continue;
    sideAt.push({ side, start: m.start, end: m.end });
    if (GO_BETWEEN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || GO_BETWEEN_AFTER.test(text.slice(m.end, m.end + 40)) || (GRANTED_REQUEST.test(text.slice(m.end, m.end + 40)) && REGULATOR_NAME.test(entities[m.entity]?.name ?? ''))) goBetween.add(side);
  }
  for (const h of holders) {
    if (outlets.has(h)) continue;
    const e = entities[h];
    const side = e ? sideOf(e) : null;
    if (side) score.set(side, (score.get(side) ?? 0) + 3);
    if (side) placeOnly.set(side, false);
  }
  // Sides only: a person's party is a side, the person is not.
  const isSide = (side: string) => entities.some((e) => e.type !== 'person' && sideOf(e) === side) && !goBetween.has(side) && !placeOnly.get(side) && !outletSides.has(side) && !(urges.has(side) && !bargains.has(side));
  // Talks of three or more parties named together in the lead are one negotiation of all of them, with any
  // other side that bargains in it (one that refused to sign is still a party).
  const listed = multilateralParties(text, sideAt, (side) => goBetween.has(side) || outletSides.has(side));
  if (listed.length >= 3) return [...new Set([...listed, ...[...bargains].filter(isSide)])].sort();
  // Talks of many parties named by their count: every side that bargains or takes a stance in the report.
  if (toldAsManyParties(text)) {
    const holderSides = new Set(holders.filter((h) => !outlets.has(h)).map((h) => (entities[h] ? sideOf(entities[h]) : null)));
    const parties = [...score.keys()].filter((s) => isSide(s) && (bargains.has(s) || holderSides.has(s)));
    if (parties.length >= 3) return parties.sort();
  }
  const pairs = new Map<string, number>();
  sideAt.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sideAt.length; i++) {
    const a = sideAt[i]!;
    const b = sideAt[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (a.side === b.side || !/^\s*(?:and|[-–—\/])\s*(?:the\s+)?$/i.test(gap)) continue;
    // "Norway, the European Union, the United Kingdom and Iceland agreed": the last two of a list are no pair.
    const before = sideAt[i - 1];
    if (before && before.side !== a.side && /^\s*and\b/i.test(gap) && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(before.end, a.start))) continue;
    // "The NRWU and the LDF first demanded ...", "Britain and France urged ...": two named as the subject of one side's
    // act (a demand, a refusal, a strike) are allies, not the two sides ("Israel and Hamas agreed" still are).
    if (/^\s*(?:and|&)\s*(?:the\s+)?$/i.test(gap) && ALLIED_ACT_AFTER.test(text.slice(b.end, b.end + 60))) continue;
    const key = [a.side, b.side].sort().join('+');
    // A compound pair ("the EU-Mercosur agreement", "US–China talks") is the negotiation's own name: it
    // outweighs members of either side that speak more often (France and Brazil in EU–Mercosur talks).
    const compound = /^[-–—\/]$/.test(gap) && /^\s+\p{Ll}/u.test(text.slice(b.end, b.end + 3));
    pairs.set(key, (pairs.get(key) ?? 0) + (compound ? 2 : 1));
  }
  // "Azerbaijan denied that negotiations with Armenia had been completed": the talks' other side, after
  // "with", pairs with the side the sentence is about (the first one it names).
  for (const b of sideAt) {
    if (!TALKS_WITH_BEFORE.test(text.slice(Math.max(0, b.start - 40), b.start))) continue;
    const sentenceStart = Math.max(text.lastIndexOf('. ', b.start), text.lastIndexOf('\n', b.start)) + 1;
    const a = sideAt.find((x) => x.start >= sentenceStart && x.end <= b.start && x.side !== b.side);
    if (!a) continue;
    const key = [a.side, b.side].sort().join('+');
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  // Only the parties that bargain, once two of them do; a pair named together counts as bargaining.
  const paired = new Set([...pairs.keys()].flatMap((k) => k.split('+')));
  const bargaining = [...bargains].filter((b) => isSide(b)).length >= 2;
  const candidates = [...score].filter(([s]) => isSide(s) && (!bargaining || bargains.has(s) || paired.has(s))).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 6);
  let best: [string, string] | null = null;
  let bestScore = -1;
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const pair = [candidates[i]![0], candidates[j]![0]].sort() as [string, string];
      const total = candidates[i]![1] + candidates[j]![1] + 10 * (pairs.get(pair.join('+')) ?? 0);
      if (total > bestScore) [best, bestScore] = [pair, total];
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Is the report about a negotiation at all?
// ---------------------------------------------------------------------------------------------

/**
 * Words of bargaining: talks, concessions, deals reached or struck, the instruments parties fight over
 * (tariffs, sanctions, strikes). A report on a phone launch, a crime or a match names few of them; a
 * report on talks names them in sentence after sentence.
 */
const NEGOTIATION_SIGNS = /(?<![\p{L}\p{N}])(?:negotiat\p{L}*|talks|bargain\p{L}*|stand-?off|(?:did\s+not|didn['’]t|fail(?:ed|s|ing)?\s+to|could\s+not|couldn['’]t)\s+agree|(?:dropp?\p{L}*|abandon\p{L}*|withdr\p{L}+|soften\p{L}*|harden\p{L}*|lower(?:s|ed|ing)?|scal\p{L}+\s+back)\s+(?:its|their|his|her|our)\s+(?:[\p{L}-]+\s+)?(?:demands?|proposals?|offers?|positions?|conditions?|stance)|(?:settle|resolve|iron\s+out|hammer\s+out)\s+(?:the|their|its|remaining)\s+(?:[\p{L}-]+\s+){0,2}?(?:fees?|differences|dispute|terms|details|issues?|rules)|concessions?|counter-?(?:offers?|proposals?)|mediat\p{L}*|cease-?fires?|truces?|armistice|ultimatums?|impasse|stalemate|deadlock\p{L}*|summits?|compromises?|sticking\s+points?|walk(?:ed|s)?\s+away|(?:met|meet|meets|meeting)\s+(?:[\p{L}\p{N}]+\s+){0,4}?to\s+discuss|(?:reach|reached|reaching|strike|struck|striking|clinch\p{L}*|seal\p{L}*|broker\p{L}*|sign|signs|signed|signing|ratif\p{L}*)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|pact|truce|treaty|settlement)|sanctions|tariffs?|strikes?|walkouts?|unions?|referendum|veto(?:es|ed)?|far\s+apart|narrow(?:s|ed|ing)?\s+(?:the\s+|some\s+|their\s+)?(?:gaps?|differences)|(?:at|to|from)\s+the\s+(?:negotiating\s+|bargaining\s+)?table|only\s+if|provided\s+that|on\s+(?:the\s+)?condition\s+that|takeover\s+(?:bids?|offers?|battles?|approach|talks)|hostile\s+(?:takeover|bid|offer|approach)|(?:sweeten\p{L}*|improved|raised|higher|rival|revised)\s+(?:offer|bid)|(?:euros?|dollars?|pounds?|francs?|pence|cents?|crowns?|kronor|yen)\s+(?:a|per)\s+share|job\s+guarantees?|works\s+councils?|threaten(?:s|ed|ing)?\s+to\s+(?:leave|quit|exit|pull\s+out|walk\s+(?:away|out)|strike|sue|block|veto|resign)|(?:block|veto|approv|clear)\p{L}*\s+(?:a|an|the|any|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|bid|takeover|merger|acquisition))(?![\p{L}\p{N}])/iu;
/** Words of bargaining that everyday business and politics use too ("the merger deal", "a bill"): half a sign. */
// A bid for a company is bargained over by its board, staff and government too ("a hostile takeover", "21 euros a
// share", "job guarantees"); a bare bid, merger or stake is everyday business news: half a sign.
// A legislature's and a territorial dispute's bargaining too: amendments, filibusters, overrides, votes for or
// against a measure, confirmation hearings, nominees, and claims to territory or sovereignty.
const WEAK_NEGOTIATION_SIGNS = /(?<![\p{L}\p{N}])(?:deals?|agreements?|accords?|treat(?:y|ies)|pacts?|proposals?|demands?|bills?|legislation|amendments?|filibuster\p{L}*|overrid(?:e|den|ing)|vot(?:e|es|ed|ing)\s+(?:for|against|in\s+favou?r\s+of)|(?:confirmation\s+)?hearings?|nominees?|nomination|sovereignty|territorial\s+(?:claims?|disputes?)|disputed|arbitration|dialogue|bids?|offers?|takeover|merger|acquisition|stake\s+in|ordinances?|moratori(?:um|ums|a)|(?:council|committee|parliamentary|senate|assembly)\s+vote|vote\s+on)(?![\p{L}\p{N}])/iu;

/**
 * How much bargaining (a sentence with a sign counts one, with only a weak sign a half) a report must show
 * for objects discovered in it to be negotiated ones. One sentence is a passing mention ("after the merger
 * deal closed"); the shortest report on talks shows it in several.
 */
export const NEGOTIATION_REPORT_MIN = 3;
/** Below this many sentences a text is too short to tell what it is about: it is taken as it comes. */
const NEGOTIATION_REPORT_SHORT = 6;

/** The two kinds of sign, each as a sticky pattern and with the openings every match starts with (null: none known). */
const SIGN_PATTERNS = [NEGOTIATION_SIGNS, WEAK_NEGOTIATION_SIGNS].map((re) => ({ at: new RegExp(re.source, 'yiu'), openings: literalPrefixes(re.source) }));
const SIGN_OPENINGS = letterTrie();
SIGN_PATTERNS.forEach((p, i) => {
  for (const o of p.openings ?? []) addWord(SIGN_OPENINGS, o, i);
});
/** Where each kind's openings stand at a word's start in the sentence at hand (kept, cleared per sentence). */
const SIGN_AT = new OpeningPositions(SIGN_PATTERNS.length);

/**
 * What a sentence counts towards `NEGOTIATION_REPORT_MIN`: 1 with a sign, 0.5 with only a weak one. A match
 * opens a word (the patterns' look-behind) with one of its pattern's openings, so each pattern is tried there
 * only: a search with a look-behind at every position of every sentence cost more than the rest of the test.
 * Not when lower-casing moved positions, nor with a long s or a Kelvin sign (read as "s" and "k" by the patterns).
 */
function signWeight(sentence: string): number {
  const lower = sentence.toLowerCase();
  if (lower.length !== sentence.length || sentence.includes('ſ') || sentence.includes('\u212a') || SIGN_PATTERNS.some((p) => !p.openings)) {
    return NEGOTIATION_SIGNS.test(sentence) ? 1 : WEAK_NEGOTIATION_SIGNS.test(sentence) ? 0.5 : 0;
  }
  const openings = SIGN_AT;
  openings.clear();
  for (let i = 0; i < lower.length; i++) {
    if (isAsciiLower(lower.charCodeAt(i)) && (i === 0 || !isAsciiLower(lower.charCodeAt(i - 1)))) markEveryWalk(SIGN_OPENINGS, lower, i, openings);
  }
  for (let k = 0; k < SIGN_PATTERNS.length; k++) {
    const { at } = SIGN_PATTERNS[k]!;
    for (let entry = openings.first[k]!; entry >= 0; entry = openings.next[entry]!) {
      at.lastIndex = openings.at[entry]!;
      if (at.test(sentence)) return k === 0 ? 1 : 0.5;
    }
  }
  return 0;
}

/** Does the report show bargaining (see `NEGOTIATION_REPORT_MIN`), or is it too short to tell? */
export function reportsNegotiation(text: string, sentences: readonly { start: number; end: number }[]): boolean {
  if (sentences.length < NEGOTIATION_REPORT_SHORT) return true;
  // A short report shows as much in fewer sentences: a quarter of them will do.
  const needed = Math.min(NEGOTIATION_REPORT_MIN, sentences.length / 4);
  let n = 0;
  for (const s of sentences) {
    n += signWeight(text.slice(s.start, s.end));
    if (n >= needed) return true;
  }
  return false;
}

/**
 * Names of news organisations: a masthead word ("Times", "Post", "News") or a wire service. Hand-written:
 * the packs type outlets as plain organisations, and no npm package lists news brands.
 */
const OUTLET_NAME = /(?:^|\s)(?:News|Times|Post|Journal|Press|Tribune|Herald|Gazette|Telegraph|Guardian|Chronicle|Observer|Courier|Examiner|Inquirer|Reporter|Magazine|Daily|Weekly|Newsweek|Economist|Radio|Television|TV|Broadcasting|Newswire|Insider)(?:\s|$)|^(?:The\s+)?(?:Reuters|Thomson\s+Reuters|Bloomberg|CNN|CNBC|BBC|MSNBC|NPR|PBS|AFP|AP|TASS|Interfax|RIA(?:\s+Novosti)?|Xinhua|Al\s+Jazeera|HuffPost|Huffington\s+Post|Breitbart|Politico|Axios|Vox|Fox|Sky|Kyodo|Yonhap|ANSA|dpa|EFE|UPI|Real\s+Deal|Time|Forbes|Fortune|Eurogamer)$/u;
/** A body of members or trades named after a medium ("Alliance of Motion Picture and Television Producers", "Radio Workers Union"): no outlet. */
const MEMBERS_BODY_NAME = /\b(?:Alliance|Producers|Guild|Unions?(?![-–])|Federation|Council|Ministry|Commission|Committee|Workers|Employees|Actors|Writers|Artists|Journalists|Owners|Operators|Manufacturers|Authority)\b/u;
/** Around a mention: the words that make it a news organisation ("the news agency X", "X reported", "according to a report by X"). */
const OUTLET_BEFORE = /\b(?:news\s+agency|newspaper|broadcaster|news\s+(?:outlet|organi[sz]ation|site|channel|network)|state\s+(?:media|television|TV)|(?:reported|seen|cited|obtained|quoted|published|first\s+reported)\s+by|(?:in\s+)?an?\s+interview\s+with|(?:wrote|writing)\s+in|report\s+(?:by|in))\s+(?:the\s+)?$/i;
const OUTLET_AFTER = /^(?:['’]s)?\s+(?:news\s+agency|newspaper|reported|reports|reporting|broadcast|first\s+reported|columnist|correspondent|reporter)\b/i;

/**
 * The entities of a report that are news organisations: sources of what it says, never a party to what it
 * reports. An organisation is one by its name (see `OUTLET_NAME`) or by how the report names it.
 */
export function newsOutlets(text: string, entities: readonly { type?: string; name: string }[], mentions: readonly { entity: number; start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  entities.forEach((e, i) => {
    if (e.type !== 'person' && e.type !== 'country' && OUTLET_NAME.test(e.name.trim()) && !MEMBERS_BODY_NAME.test(e.name)) out.add(i);
  });
  for (const m of mentions) {
    if (out.has(m.entity)) continue;
    const type = entities[m.entity]?.type;
    if (type !== 'organization' && type !== 'group') continue;
    if (OUTLET_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || OUTLET_AFTER.test(text.slice(m.end, m.end + 24))) out.add(m.entity);
  }
  return out;
}
