/**
 * Definite descriptions of a body named shortly before: "The ministry said ...", "the union rejected ...",
 * "the company will appeal". News names a body once and then refers to it by what it is; without these
 * mentions a quote or stance of "the union" has no holder. Hand-written: coreference libraries for
 * JavaScript (compromise, wink-nlp) resolve pronouns at best, not descriptions to named bodies.
 */
import { CONTENT_ZONES, type LocalEntity, type Mention, type Sentence } from '../../core/model.js';
import type { KnowledgeBase } from '../../packs/load.js';
import type { LocalResolution } from './local.js';

/** Heads that describe a body by a word of its own name ("the ministry" for "China's Foreign Ministry"). */
const NAMED_HEADS = new Set([
  'ministry', 'department', 'agency', 'commission', 'committee', 'council', 'union', 'alliance', 'coalition', 'federation',
  'association', 'organization', 'organisation', 'bank', 'court', 'parliament', 'assembly', 'cabinet', 'senate', 'party', 'movement',
  'army', 'military', 'navy', 'guild', 'league', 'syndicate', 'confederation', 'front', 'brotherhood', 'body',
  // "the publishers" after the News Publishers' Association: members named by the word the body's name gives them.
  'publishers', 'broadcasters', 'farmers', 'growers', 'producers', 'exporters', 'importers', 'employers', 'bondholders', 'creditors',
  'pilots', 'workers', 'nurses', 'teachers', 'doctors', 'drivers', 'dockworkers', 'engineers', 'fishermen',
]);
/** Heads that describe a company, whatever its name. */
const COMPANY_HEADS = new Set(['company', 'chain', 'firm', 'corporation', 'carmaker', 'automaker', 'drugmaker', 'retailer', 'airline', 'insurer', 'lender', 'planemaker', 'manufacturer', 'employer', 'operator', 'carrier', 'shipbuilder', 'steelmaker', 'chipmaker', 'miner', 'utility', 'conglomerate']);
// (Industry words that end company names, "Meridian Foods", "Baltic Freight", "Orla Therapeutics", as well as legal forms.)
const CORPORATE_NAME = /\b(?:inc|corp|corporation|co|company|plc|llc|ltd|group|holdings|platforms|airlines?|airways|motors?|pharmaceuticals?|pharma|bank|aircraft|aerospace|steel|securities|industries|technologies|systems|shipping|mining|automotive|electronics|foods|brands|beverages|meats|seafoods?|dairies|farms|chemicals|petroleum|logistics|freight|rail|railways|telecom|telecommunications|media|entertainment|hotels|resorts|cruises|retail|stores|supermarkets|manufacturing|construction|engineering|energy|utilities|metals|mines|resources|textiles|apparel|software|networks|semiconductors|robotics|biologics|therapeutics|biosciences|laboratories|labs|motorworks|shipyards?)\b\.?$/i;
/** After a body's name, the people it employs ("55,000 Canada Post workers"): it is an employer, "the company" or "the corporation". */
const EMPLOYS_AFTER = /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:workers|employees|machinists|pilots|nurses|drivers|carriers|dockworkers|miners|crews)\b/u;
/** Before it: "workers at Canada Post", "employees of X". */
const EMPLOYS_BEFORE = /\b(?:workers|employees|machinists|pilots|nurses|drivers|carriers)\s+(?:at|of|for)\s+(?:the\s+)?$/;
/** Rules that found a company by the text's own evidence (see detect.ts). */
const COMPANY_RULES = new Set(['corporate-cue', 'recurring-agent']);
/** How far back the body must have been named: a description refers to what the reader has just read. */
const WINDOW_SENTENCES = 4;
/**
 * The only government, armed group or company a description can mean, which the report has named at least
 * twice, stays "the government", "the rebels", "the company" for longer: the report keeps returning to it and
 * no other body competes for the noun; so does the one union of a labour report. (Not other heads a body's name
 * gives, "the council". "The union" once moved two held-out 3 stances: "the board would not approve a deal" went
 * to the union now named just before, fixed where the stances stage reads "the board" as the employer.)
 */
const SOLE_BODY_WINDOW_SENTENCES = 15;

/** "the rebels", "the guerrilla", "the insurgent group": an armed group named before. */
const ARMED_HEADS = new Set(['rebels', 'guerrilla', 'guerrillas', 'insurgents', 'insurgency', 'militants', 'militia', 'group']);
/** Words in the name of an armed group ("National Liberation Army", "Popular Front", "Revolutionary Armed Forces"). */
const ARMED_NAME = /\b(?:army|liberation|front|forces|brigades?|militia|resistance|rebels?|guerrill\w*|insurgent\w*|revolutionary|mujahideen|jihad)\b/i;
/** "the bloc": a union of states or a body of many members. */
const BLOC_NAME = /\b(?:union|community|alliance|coalition|bloc|pact|league|cooperation|organi[sz]ation of|group of|countries)\b|^(?:the\s+)?(?:EU|ASEAN|BRICS|OPEC\+?|NATO|AU|ECOWAS|SADC|GCC|Mercosur|G7|G20)$/i;
/** "the government", "the State": the government of the one country the report names as governed ("Colombia's government"). */
const GOVERNMENT_DESCRIPTION = /\b[Tt]he\s+(?:(?:national|central|federal)\s+)?([Gg]overnment|[Ss]tate)\b(?![-\s]+(?:of\b|\p{Lu}|run|owned|backed|funded|level|media|leaders?|officials?|spokes\w*|ministers?|secretary|department|news|television|TV|budget|owned|sector|visit|dinner|funeral|[\p{Ll}]+s\b))(?!['’]s\s+(?:own\s+)?(?:capital|territory|borders?)\b)/gu;
/** A country named as the one governing: "Colombia's government", "the Government of Colombia", "the Colombian government". */
const GOVERNED_AFTER = /^(?:['’]s)?\s+(?:(?:national|central|federal|\p{Ll}+-led)\s+)?[Gg]overnment\b/u;
const GOVERNED_BEFORE = /\b[Gg]overnment\s+of\s+(?:the\s+)?$/;
/** Signs that "the state" may be a region of a federation ("the eastern German state of X", "state premier"). */
const SUBNATIONAL_STATE = /\b(?:[Ss]tate\s+of\s+\p{Lu}|\p{Lu}[\p{L}-]+\s+state\b|[Ss]tate\s+(?:premier|parliament|legislature|elections?|governments?|leaders?|chair\w*|board|capital|senate|house|assembly|governor|treasurer|level|line|lines)\b|\b(?:US|U\.S\.|federal|eastern|western|northern|southern)\s+states?\b)/u;

const THEIR_UNION = /\b[Tt]heir\s+union\b(?!\s+of\s+\p{Lu})(?![-\s]+(?:leaders?|chief|president|spokes\w*|officials?|members?|head|boss|secretary|card|dues|rep\w*)\b)/gu;
/** "the ministry", "the striking union": not "the union of X" (a name) nor "the party leader" (a person). */
const DESCRIPTION = new RegExp(
  String.raw`\b[Tt]he\s+(?:so-called\s+)?(?:\p{Lu}[\p{L}]+-based\s+|[a-z][a-z-]+\s+)?(${[...NAMED_HEADS, ...COMPANY_HEADS, ...ARMED_HEADS, 'bloc'].join('|')})\b(?!\s+of\s+\p{Lu})(?![-\s]+(?:leaders?|chief|chairman|chairwoman|president|spokes\w*|officials?|members?|head|boss|secretary)\b)`,
  'gu',
);

/**
 * "a union spokesperson said", "a company official said": one person speaking for a body the report names by
 * what it is; the head word is a mention of the body, so the speaker's words are the body's (as with "a
 * Northwind spokesperson").
 */
const SPOKESPERSON_OF = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(${[...NAMED_HEADS, ...COMPANY_HEADS].filter((h) => !h.endsWith('s')).join('|')})\s+(?=(?:spokes(?:man|woman|person)|official|representative|negotiator|source|lawyer|executive)\b)`,
  'g',
);
/** The words `SPOKESPERSON_OF` looks ahead to, one of which each of its matches holds. */
const SPOKESPERSON_WORDS = ['spokes', 'official', 'representative', 'negotiator', 'source', 'lawyer', 'executive'];

/**
 * "management has refused", "a demand that management resisted", "talks between the union and management": an
 * employer's side in a labour report, named by what it does. Not "waste management", "the management of the
 * fund", "cuts to management pay": only after a clause's opening word or a preposition, and before a verb or a clause's end.
 */
const MANAGEMENT = /(?:^|[,;:(“"]\s*|\b(?:[Tt]hat|[Ww]hich|and|but|or|with|from|by|between|against|for|to|as|while|when|after|before|until|[Tt]he|said|says|told)\s+)((?:[Tt]he\s+)?[Mm]anagement)\b(?=\s*[,.;:)"”]|\s+(?:has|have|had|is|was|were|would|will|could|can|should|must|did|does|do|said|says|wants?|and|or|but|at|in|on|over|after|before|\p{Ll}+ly|\p{Ll}+ed)\b)/gu;

/**
 * Modifiers that set the described body apart from the one just named ("the other party", "the rival union",
 * "the central bank" after a commercial bank): the description is then someone else.
 */
const OTHER_BODY = /^(?:other|another|rival|opposition|opposing|central|former|new|foreign|federal|national|world|ruling|governing|main|largest|biggest|smaller|second|first|third|next|previous|local|regional|international|global|state|two|both|each|either|neither|same)$/;

interface Description {
  start: number;
  end: number;
  head: string;
  sentence: number;
  /** Written as a proper short name ("the Commission"): may mean a pack body of a side the report names. */
  proper?: boolean;
  /** The capitalised last word of a body's name the report gave in full ("the Fund", "Fund staff"). */
  nameHead?: boolean;
  /** A modifier setting the body apart ("the central bank", "the rival union"): only a body with that word in its name fits. */
  other?: string;
}

/**
 * "the Commission", "the Council" written with a capital: the short name of a body. When no body named so far has
 * the word in its name, it is the knowledge pack's body of that name that belongs to a side the report names
 * ("the Commission" in a report naming the EU). Not "the Commission on Presidential Debates": a name goes on.
 */
const PROPER_SHORT_NAME = /\b[Tt]he\s+(Commission|Council|Parliament|Assembly|Secretariat|Presidency)\b(?!\s+(?:of|on|for|to)\b|[-\s]+\p{Lu})/gu;
/** The capitalised last word of a body's name of two words or more ("International Monetary Fund"). */
const NAME_HEAD = /\S\s+(\p{Lu}\p{Ll}{2,})$/u;
/** People who speak or work for a body, after its short name ("Fund staff", "a Fund spokesperson"). */
const BODY_PERSONNEL = String.raw`staff|spokes(?:man|woman|person)|officials?|representatives?|economists?|negotiators?|mission|management|board|chiefs?`;
/**
 * A body named in full earlier whose name's last word, capitalised, then stands for it: "the International
 * Monetary Fund ... the Fund said", "Fund staff", "a Fund spokesperson"; "World Health Assembly ... the Assembly".
 * The capital shows a proper name, not the common noun ("a fund"). Not when a name goes on ("the Fund for Peace",
 * "the Fund Manager") nor inside a longer capitalised run ("Global Fund").
 */
function nameHeadsIn(body: string, heads: ReadonlySet<string>): { start: number; end: number; from: number }[] {
  // A scan of capitalised words against the set, not one alternation regex per document: building and compiling that
  // regex for every report cost more than the rest of the actors stage's descriptions together.
  const out: { start: number; end: number; from: number }[] = [];
  const personnel: { start: number; end: number; from: number }[] = [];
  for (const m of body.matchAll(CAPITALISED_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!heads.has(m[0]) || (start > 0 && WORD_CHAR_BEFORE.test(body[start - 1]!))) continue;
    const after = body.slice(end, end + 40);
    // "the Fund", "The Assembly", "a Fund spokesperson"; not when a name goes on ("the Fund for Peace", "the Assembly Speaker").
    const det = DETERMINER_BEFORE.exec(body.slice(Math.max(0, start - 12), start));
    if (det && !NAME_GOES_ON.test(after)) out.push({ start, end, from: /^[Tt]he/.test(det[1]!) ? start - det[1]!.length : start });
    // "Fund staff want ...", "a concession to Fund staff": not in a longer capitalised name ("Global Fund staff").
    else if (!/['’-]/.test(body[start - 1] ?? '') && !CAPITALISED_BEFORE.test(body.slice(Math.max(0, start - 40), start)) && PERSONNEL_AFTER.test(after)) personnel.push({ start, end, from: start });
  }
  return [...out, ...personnel];
}
const CAPITALISED_WORD = /\p{Lu}\p{Ll}{2,}/gu;
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]/u;
const DETERMINER_BEFORE = /(?:^|[^\p{L}\p{N}_])((?:[Tt]he|[Aa]n?)\s+)$/u;
/** After a head word: the name goes on ("-based", " of Peace", " Speaker"), or the word does. */
const NAME_GOES_ON = /^(?:[\p{L}\p{N}-]|\s+(?:of|on|for)\s|[-\s]+\p{Lu})/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u;
const PERSONNEL_AFTER = new RegExp(String.raw`^\s+(?:${BODY_PERSONNEL})\b`);
/** The names `PROPER_SHORT_NAME` reads, one of which each of its matches holds. */
const PROPER_SHORT_NAME_WORDS = ['Commission', 'Council', 'Parliament', 'Assembly', 'Secretariat', 'Presidency'];

/** Pack bodies by the last word of their name, lower case, each with the side it belongs to. */
const bodiesByHead = new WeakMap<KnowledgeBase, Map<string, { id: string; name: string; party: string }[]>>();
function packBodiesByHead(kb: KnowledgeBase): Map<string, { id: string; name: string; party: string }[]> {
  let byHead = bodiesByHead.get(kb);
  if (byHead) return byHead;
  byHead = new Map();
  for (const a of kb.actors.values()) {
    if (a.type !== 'organization' || !a.party) continue;
    const head = /(\p{L}+)$/u.exec(a.name)?.[1]?.toLowerCase();
    if (!head) continue;
    const list = byHead.get(head) ?? [];
    list.push({ id: a.id, name: a.name, party: a.party });
    byHead.set(head, list);
  }
  bodiesByHead.set(kb, byHead);
  return byHead;
}

/** A body's kind in apposition after its name's comma: ", the performing arts union,", ", the trade body that ...". */
const APPOSED_KIND = /^,\s+((?:[Tt]he|an?)\s+(?:[\p{Ll}-]+\s+){0,3}(union|party|body|federation|association|guild|confederation|movement|alliance|coalition|group|organi[sz]ation|lobby))(?=\s*[,.;]|\s+(?:that|which|who|of|for|with|in|from|\p{Ll}+ing)\b)/u;

/** A body's kind written right before its name: "the performers' union Tarn Guild", "producers' body Kestrel". */
const KIND_BEFORE = /(?:^|[\s(])(?:[Tt]he\s+)?(?:[\p{Ll}-]+(?:['’]|s['’])?\s+){0,2}(union|body|federation|association|guild|confederation|party|lobby)\s+$/u;

/** Words for a state's armed forces: "the army" after "Myanmar's military" is that military. */
const STATE_FORCE_HEADS = new Set(['army', 'military']);

/** Heads of workers' bodies a report may go on to call "the union". */
// ("... Workers Local 1187": a union local.)
export const LABOUR_HEADS = ['association', 'guild', 'federation', 'brotherhood', 'confederation', 'syndicate', 'teamsters', 'local'];
/** "United Food and Commercial Workers", "Communications Workers of America": a body of workers is a union (not a name that opens on "Workers"). */
const WORKERS_BODY = /\S\s+(?:workers|employees)\b/i;

export function withBodyDescriptions(text: string, sentences: readonly Sentence[], local: LocalResolution, kb?: KnowledgeBase): LocalResolution {
  const { mentions } = local;
  const entities = [...local.entities];
  const descriptions: Description[] = [];
  // "The state" is a country's government only in reports that speak of no federated states. Asked only of a
  // report that calls something "the state": the search of the whole text was 1.2% of the actors stage.
  let subnational: boolean | undefined;
  // Words every match of a pattern below holds: a text or a sentence without them is not searched (each search
  // scans the sentence from every capital or article it holds).
  const management = text.includes('anagement');
  const properShortName = !!kb && PROPER_SHORT_NAME_WORDS.some((w) => text.includes(w));
  // Last words of the bodies the report names in full ("International Monetary Fund": "Fund").
  const nameHeads = [...new Set(entities.filter((e) => e.type === 'organization').map((e) => NAME_HEAD.exec(e.name)?.[1]).filter((h): h is string => !!h))];
  const nameHeadSet = new Set(nameHeads);
  sentences.forEach((s, si) => {
    if (!CONTENT_ZONES.has(s.zone)) return;
    const body = text.slice(s.start, s.end);
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(body); m; m = DESCRIPTION.exec(body)) {
      const modifier = /^\S+\s+(\S+)\s+\S+$/.exec(m[0])?.[1]?.toLowerCase();
      // ("the central bank" after the "Central Bank of Freedonia" is that bank: the word is its name's, see the sweep.)
      const other = modifier && OTHER_BODY.test(modifier) ? modifier : undefined;
      // "the armed group", "the insurgent group": a group of fighters; "the working group" is a committee.
      if (m[1] === 'group' && modifier && !/^(?:armed|rebel|insurgent|guerrilla|militant|jihadist|separatist|paramilitary)$/.test(modifier) && modifier !== 'group') continue;
      descriptions.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, head: m[1]!, sentence: si, other });
    }
    SPOKESPERSON_OF.lastIndex = 0;
    for (let m = SPOKESPERSON_WORDS.some((w) => body.includes(w)) ? SPOKESPERSON_OF.exec(body) : null; m; m = SPOKESPERSON_OF.exec(body)) {
      const start = s.start + m.index + m[0].search(/\S+\s+$/);
      // ("The union negotiator": a description of the body already covers the head word.)
      if (descriptions.some((d) => d.start <= start && start < d.end)) continue;
      descriptions.push({ start, end: start + m[1]!.length, head: m[1]!, sentence: si });
    }
    // "Hotel workers will vote after their union reached a deal": the workers' union.
    for (const m of body.includes('heir union') ? body.matchAll(THEIR_UNION) : []) {
      const start = s.start + m.index;
      if (!descriptions.some((d) => d.start < start + m[0].length && start < d.end)) descriptions.push({ start, end: start + m[0].length, head: 'union', sentence: si });
    }
    MANAGEMENT.lastIndex = 0;
    for (let m = management ? MANAGEMENT.exec(body) : null; m; m = MANAGEMENT.exec(body)) {
      const start = s.start + m.index + m[0].length - m[1]!.length;
      descriptions.push({ start, end: start + m[1]!.length, head: 'management', sentence: si });
    }
    for (const h of nameHeadSet.size ? nameHeadsIn(body, nameHeadSet) : []) {
      const start = s.start + h.start;
      const end = s.start + h.end;
      if (descriptions.some((d) => d.start < end && start < d.end)) continue;
      // ("The Fund said": the article goes with the name, as in "the Commission"; "Fund staff": the name alone.)
      descriptions.push({ start: s.start + h.from, end, head: text.slice(start, end).toLowerCase(), sentence: si, proper: true, nameHead: true });
    }
    PROPER_SHORT_NAME.lastIndex = 0;
    for (let m = properShortName ? PROPER_SHORT_NAME.exec(body) : null; m; m = PROPER_SHORT_NAME.exec(body)) {
      if (descriptions.some((d) => d.start < s.start + m!.index + m![0].length && s.start + m!.index < d.end)) continue;
      descriptions.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, head: m[1]!.toLowerCase(), sentence: si, proper: true });
    }
    GOVERNMENT_DESCRIPTION.lastIndex = 0;
    for (let m = body.includes('overnment') || body.includes('tate') ? GOVERNMENT_DESCRIPTION.exec(body) : null; m; m = GOVERNMENT_DESCRIPTION.exec(body)) {
      const head = m[1]!.toLowerCase();
      if (head === 'state' && (subnational ??= SUBNATIONAL_STATE.test(text))) continue;
      descriptions.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, head: head === 'state' ? 'government' : head, sentence: si });
    }
  });
  // "Tarn Guild, the performing arts union, ...": the kind an apposition gives a body is a mention of it, and a
  // word the report may go on to call it by ("the union").
  const apposedKinds = new Map<number, string>();
  const added: Mention[] = [];
  mentions.forEach((x, k) => {
    const e = entities[x.entity];
    if (!e || e.type !== 'organization' || text.charCodeAt(x.end) !== 44) return;
    const m = APPOSED_KIND.exec(text.slice(x.end, x.end + 80));
    if (!m) return;
    const start = x.end + m[0].indexOf(m[1]!);
    const end = x.end + m[0].length;
    if (mentions[k + 1] && mentions[k + 1]!.start < end) return;
    apposedKinds.set(k, m[2]!);
    for (let i = descriptions.length - 1; i >= 0; i--) if (descriptions[i]!.start < end && start < descriptions[i]!.end) descriptions.splice(i, 1);
    added.push({ start, end, text: text.slice(start, end), entity: x.entity, kind: 'title', provenance: { stage: 'actors', rule: 'body-apposition', confidence: 0.75 } });
  });
  if (descriptions.length === 0 && added.length === 0) return local;
  descriptions.sort((a, b) => a.start - b.start);

  // One sweep in text order: for each body, where it was last named and what its names so far say it is.
  const seen = new Map<number, { last: number; sentence: number; words: Set<string>; heads: Set<string>; company: boolean; governed: boolean; armed: boolean; bloc: boolean; named: number; opened?: number }>();
  const sentenceAt = sentenceIndex(sentences);
  let next = 0;
  for (const d of descriptions) {
    for (; next < mentions.length && mentions[next]!.end <= d.start; next++) {
      const x = mentions[next]!;
      const e = entities[x.entity];
      if (!e || e.type === 'person') continue;
      const state = seen.get(x.entity) ?? { last: 0, sentence: 0, words: new Set<string>(), heads: new Set<string>(), company: false, governed: false, armed: false, bloc: false, named: 0 };
      state.named++;
      state.governed ||= e.type === 'country' && (GOVERNED_AFTER.test(text.slice(x.end, x.end + 40)) || GOVERNED_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)));
      state.armed ||= e.type === 'group' || (e.type === 'organization' && ARMED_NAME.test(e.name));
      state.bloc ||= e.type === 'organization' && (BLOC_NAME.test(x.text) || BLOC_NAME.test(e.name));
      state.last = x.start;
      state.sentence = sentenceAt(x.start);
      const words = x.text.toLowerCase().match(/\p{L}+/gu) ?? [];
      for (const w of words) state.words.add(w);
      if (words.length) state.heads.add(words[words.length - 1]!);
      const apposed = apposedKinds.get(next) ?? (e.type === 'organization' ? KIND_BEFORE.exec(text.slice(Math.max(0, x.start - 40), x.start))?.[1] : undefined);
      if (apposed) {
        state.words.add(apposed);
        state.heads.add(apposed);
      }
      const nameHead = e.type === 'organization' ? NAME_HEAD.exec(e.name)?.[1] : undefined;
      if (nameHead) state.heads.add(nameHead.toLowerCase());
      state.company ||= e.type === 'organization' && (CORPORATE_NAME.test(x.text) || COMPANY_RULES.has(x.provenance.rule) || EMPLOYS_AFTER.test(text.slice(x.end, x.end + 30)) || EMPLOYS_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)));
      // The sentence this body opens as its subject ("Meta said ... on Facebook and Instagram"): a later description means it.
      const st = sentences[state.sentence];
      if (st && /^[\s"“‘']*(?:\p{L}+\s+){0,2}$/u.test(text.slice(st.start, x.start))) state.opened = state.sentence;
      seen.set(x.entity, state);
    }
    // Mentions before `next` end before the description; of the rest, one starting inside it overlaps it.
    if (next < mentions.length && mentions[next]!.start < d.end) continue;
    const company = COMPANY_HEADS.has(d.head) || d.head === 'management';
    const government = d.head === 'government';
    const armed = ARMED_HEADS.has(d.head);
    const bloc = d.head === 'bloc';
    let best: { entity: number; last: number; sentence: number; opens: boolean; named: number } | null = null;
    let candidates = 0;
    // "the league" with a league and its players' association named: the body whose name the noun heads comes first.
    const headed = !company && [...seen.values()].some((state) => state.heads.has(d.head));
    // "the union" for a players' association or a guild, when no body named so far is called a union.
    const labour = !company && d.head === 'union' && ![...seen.values()].some((state) => state.words.has('union'));
    for (const [entity, state] of seen) {
      const fits = government
        ? state.governed
        : armed
          ? state.armed
          : bloc
            ? state.bloc
            : company
              ? state.company
              : headed
                ? state.heads.has(d.head)
                : labour
                  ? LABOUR_HEADS.some((h) => state.words.has(h)) || WORKERS_BODY.test(entities[entity]!.name)
                  : state.words.has(d.head);
      if (d.other && !state.words.has(d.other)) continue;
      if (!fits && !(STATE_FORCE_HEADS.has(d.head) && entities[entity]!.type !== 'group' && [...STATE_FORCE_HEADS].some((h) => state.words.has(h)))) continue;
      // "the army" is a state's army: a rebel group whose own name ends in "Army" is "the group" to the writer.
      if (STATE_FORCE_HEADS.has(d.head) && entities[entity]!.type === 'group') continue;
      const opens = state.opened === state.sentence;
      candidates++;
      if (!best || state.sentence > best.sentence || (state.sentence === best.sentence && (opens && !best.opens || (opens === best.opens && state.last > best.last)))) best = { entity, last: state.last, sentence: state.sentence, opens, named: state.named };
    }
    // A body's own short name ("the Fund") means it however far back it was named, if no other body shares the word.
    const window = d.nameHead && candidates === 1 ? Infinity : (government || armed || bloc || company || d.head === 'union') && candidates === 1 && best && best.named >= 2 ? SOLE_BODY_WINDOW_SENTENCES : WINDOW_SENTENCES;
    // ("The Assembly of the regions ... the Assembly said": a body the report named by a longer name of its own.)
    if (!best && d.proper && kb && !new RegExp(String.raw`\b${text.slice(d.end - d.head.length, d.end)}\s+(?:of|on|for|in)\s`).test(text.slice(0, d.start))) {
      // The one pack body of that name whose side the report has named.
      const sides = new Set([...seen.keys()].map((e) => entities[e]!.packId).filter((id): id is string => !!id));
      const bodies = (packBodiesByHead(kb).get(d.head) ?? []).filter((b) => sides.has(b.party));
      if (bodies.length !== 1) continue;
      const body = bodies[0]!;
      let entity = entities.findIndex((e) => e.packId === body.id);
      if (entity < 0) {
        entity = entities.length;
        entities.push({ type: 'organization', name: body.name, packId: body.id, party: kb.partyOf(body.id), roles: [], mentions: [] });
      }
      added.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), entity, kind: 'title', provenance: { stage: 'actors', rule: 'body-short-name', confidence: 0.65 } });
      continue;
    }
    // "the government" in a report that names one country far more than any other and never its government as
    // such ("Cairo's programme ... Egypt ... the government has promised"): that country's government.
    if (!best && (government || (d.head === 'cabinet' && !d.other)) && !d.proper) {
      const named = [...seen].filter(([e]) => entities[e]!.type === 'country').sort((a, b) => b[1].named - a[1].named);
      const [top, second] = named;
      if (top && top[1].named >= 2 && top[1].named >= 2 * (second?.[1].named ?? 0) + 1 && !named.some(([, state]) => state.governed)) {
        added.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), entity: top[0], kind: 'title', provenance: { stage: 'actors', rule: 'body-description', confidence: 0.6 } });
      }
      continue;
    }
    if (!best && d.head === 'union' && !d.other) {
      // "The union representing 55,000 Canada Post workers has rejected ...", then "The Canadian Union of Postal Workers
      // said ...": "the union" before any union is named means the union named in the next sentence.
      const named = mentions.find((x) => x.start >= d.end && entities[x.entity]?.type === 'organization' && sentenceAt(x.start) <= d.sentence + 1 && /\bunion\b/i.test(entities[x.entity]!.name));
      if (named) added.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), entity: named.entity, kind: 'title', provenance: { stage: 'actors', rule: 'body-description-ahead', confidence: 0.6 } });
      continue;
    }
    if (!best || d.sentence - best.sentence > window) continue;
    added.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), entity: best.entity, kind: 'title', provenance: { stage: 'actors', rule: 'body-description', confidence: 0.7 } });
    // A description keeps its body in the reader's mind as a name does: "the army ... the army ... the army".
    const state = seen.get(best.entity)!;
    state.last = d.start;
    state.sentence = d.sentence;
    state.named++;
  }
  if (added.length === 0) return local;
  // Mentions stay in text order; entities keep pointing at theirs.
  const all = [...mentions, ...added].sort((a, b) => a.start - b.start);
  const outEntities: LocalEntity[] = entities.map((e) => ({ ...e, mentions: [] }));
  all.forEach((x, i) => outEntities[x.entity]!.mentions.push(i));
  return { entities: outEntities, mentions: all };
}

/** The index of the sentence holding a text position (binary search over the sentence starts). */
function sentenceIndex(sentences: readonly Sentence[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
