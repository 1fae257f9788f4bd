/**
 * Zone detection: which lines of a news text are article body and which are site chrome, photo
 * captions and credits, headings, feed signatures, subscription prompts, bylines or datelines.
 *
 * Hand-written line classifier: boilerplate removers (Readability, jusText, trafilatura) work on HTML
 * DOMs and drop what they reject, while Parley needs every line of an already-extracted plain text kept
 * and labelled in place, with the rule that decided it.
 */
import type { InputFormat, Zone, ZoneKind } from '../core/model.js';

/** One non-blank line: its span (without the terminator) and the trimmed text used for shape tests. */
export interface Line {
  start: number;
  end: number;
  /** Trimmed text (markdown emphasis and list markers removed for markdown input). */
  shape: string;
}

interface Decision {
  kind: ZoneKind;
  rule: string;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary shared by the rules (general, not per-article)
// ---------------------------------------------------------------------------------------------

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** An English ordinal suffix on a day number ("May 11th, 2025"). */
const ORD = '(?:st|nd|rd|th)?';

/** Photo agencies and credit words that appear in photo credits. */
const AGENCY =
  '(?:Reuters|REUTERS|AP|AP Photo|Associated Press|AFP|Getty Images|Getty|EPA|EPA-EFE|EFE|Sputnik|TASS|Anadolu|Anadolu Agency|Bloomberg|Shutterstock|Pool|POOL|Xinhua|ANSA|dpa|DPA|Alamy|NurPhoto|SOPA Images|ZUMA|Zuma Press|Imago|IMAGO|Abaca|SIPA|Sipa|Corbis|Flickr|Wikimedia Commons|Ukrinform|RIA Novosti|Kremlin\\.ru|Handout|handout|via [^|/]+|Through [^|/]+|through [^|/]+)';

/** Wire agencies that sign datelines, mapped to the outlet name used for them. */
export const DATELINE_AGENCIES: Readonly<Record<string, string>> = {
  // The knowledge pack's canonical name ("AP" is its alias), so the dateline and a copyright line agree.
  AP: 'Associated Press',
  'Associated Press': 'Associated Press',
  Reuters: 'Reuters',
  AFP: 'AFP',
  Bloomberg: 'Bloomberg',
  UPI: 'UPI',
  dpa: 'dpa',
  TASS: 'TASS',
  Xinhua: 'Xinhua',
  CNN: 'CNN',
  ANI: 'ANI',
  IANS: 'IANS',
  PTI: 'PTI',
  Interfax: 'Interfax',
  'RIA Novosti': 'RIA Novosti',
  Ukrinform: 'Ukrinform',
  Sputnik: 'Sputnik',
  EFE: 'EFE',
  ANSA: 'ANSA',
  Kyodo: 'Kyodo',
  Yonhap: 'Yonhap',
  'Al Jazeera': 'Al Jazeera',
  BBC: 'BBC',
  CNBC: 'CNBC',
};

const AGENCY_NAMES = Object.keys(DATELINE_AGENCIES)
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** Words a heading or headline does not end with: a line ending in one is a cut-off sentence. */
const HEADLINE_ATTRIBUTION = /,\s+(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}(?:says|said)$/u;
/** "... as union talks drag on", "Trump weighs in": a verb's particle ends a headline as its object would. */
const PHRASAL_END = /\b(?:drag|carry|go|goe|move|hold|weigh|step|give|walk|back|stand|sign|take|pile|crack|close|ramp|heat|kick|wind|press|push|pay|team|break|shut|play|turn|pull|hang|come|head|speak|sit|dig|lash|hit|rule|call|roll|bow|cave|wrap|line|spell|stay|reach|cool|calm|level|open|hold|drop|bail|opt|phase|scale|back|water|pay)(?:s|es|ed|d|ing|ping|ging|ning)?\s+(?:on|in|out|off|up|down|over|away|back)$/i;
const DANGLING_END =
  /\b(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|as|than|its|his|her|their|our|this|these|those|said|says|not|if|when|while|after|before|about|into|over|under|between|also|still)$/i;

// ---------------------------------------------------------------------------------------------
// Line rules (each looks at one line's shape)
// ---------------------------------------------------------------------------------------------

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** The length in code units of the letter or number at `i` (an astral one is two), or 0. */
function letterOrNumberAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return LETTER_OR_NUMBER.test(pair ? s.slice(i, i + 2) : s[i]!) ? (pair ? 2 : 1) : 0;
}

/**
 * How many words (a letter or number, then letters, numbers, apostrophes, dots and hyphens) a line has,
 * counted in one pass: every line rule asks, and a global match built an array of strings for a paragraph
 * each time. With `cap`, counting stops past it (the count returned is then `cap + 1`): the rules only
 * compare with a bound, and a paragraph need not be read to its end. `zones.test.ts` checks it against the regex.
 */
export function words(s: string, cap = Infinity): number {
  let count = 0;
  let i = 0;
  // The line rules ask of one line in turn, each with its own cap: counting goes on from where the last call on the
  // same line stopped (counting was 40% of detectZones' CPU; with this, it took 11% less, 0.21 → 0.19 ms per bench article, interleaved A/B).
  if (s === counted.line) {
    if (counted.count > cap) return cap + 1;
    count = counted.count;
    i = counted.at;
  }
  while (i < s.length && count <= cap) {
    const w = letterOrNumberAt(s, i);
    if (!w) {
      i++;
      continue;
    }
    count++;
    i += w;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) i++;
      else {
        const l = i < s.length ? letterOrNumberAt(s, i) : 0;
        if (!l) break;
        i += l;
      }
    }
  }
  counted.line = s;
  counted.count = count;
  counted.at = i;
  return count;
}

/** The line `words` counted last: how many words it found, and where it stopped (after a whole word, or at the end). */
const counted = { line: '', count: 0, at: 0 };

const SIGNATURE_RES: readonly RegExp[] = [
  /^(?:Read (?:more|the (?:full|original|rest of the) (?:story|article|report))|Continue reading|Full (?:story|article)) (?:at|on|from) (?:the\s+)?(?:[\p{Lu}\p{N}]\S*|[\w\-]+(?:\.[\w\-]+)+)(?:\s+\S+){0,5}$/iu,
  /^The post .+ appeared first on .+$/i,
  /^(?:This|The) (?:article|story|post|piece|report) (?:was )?(?:originally |first )?(?:appeared|published|posted|ran) (?:first )?(?:on|in|at|by) .+$/i,
  /^(?:Originally|First) (?:published|posted|appeared) (?:on|at|by|in) .+$/i,
  /^(?:This|The) (?:article|story|post|piece|report) (?:is|was|has been) (?:republished|reprinted|reproduced|syndicated) (?:here )?(?:from|with permission (?:from|of)|courtesy of|by arrangement with) .+$/i,
  // "Republished with permission from the X.", "Reprinted courtesy of X": the syndication note alone.
  /^(?:Republished|Reprinted|Reproduced|Syndicated)\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:from|of)|courtesy\s+of|by\s+arrangement\s+with|from)\s+\S.{0,80}$/i,
  // "This story was produced by X, a nonprofit newsroom, and is republished …": a newsroom's partner copy.
  /^(?:This|The) (?:article|story|post|piece|report|investigation) (?:was|is) (?:produced|co-published|published) (?:by|in partnership with) \S.{0,200}$/i,
  // Machine-translated feed items name the outlet they translated: "Machine translation. Original: X", "Translated from the X".
  /^(?:[^.:]{0,40}\btranslat\w*\b[^.:]{0,40}[.:;]\s*)?Original(?: (?:article|text|story|source|report|version|publication))?\s*:\s*\S.{0,80}$/i,
  /^(?:(?:This|The) (?:article|story|text|report) (?:was|has been|is) )?(?:(?:machine|automatically)[- ])?[Tt]ranslated (?:(?:automatically|by machine) )?from (?:the )?\p{Lu}.{0,80}$/u,
  // "This article was translated automatically.", "Machine translation": a notice that a machine translated the page, naming no source.
  /^(?:(?:This|The) (?:article|story|text|report|page|post|content) (?:was|has been|is) )?(?:(?:automatically|machine)[- ]translated|translated (?:automatically|by (?:a )?machine|(?:using|with) (?:machine translation|(?:an? )?(?:automatic|machine|AI) (?:translation )?(?:tool|software|service|system)))|machine translation|automatic translation)(?: from \p{L}+)?(?:,? (?:and|but|which|so it) (?:may|might|can|could) contain (?:errors|inaccuracies|mistakes))?\.?$/iu,
];

/**
 * A print-edition or syndication line naming only the outlet and maybe the day: "Published in the Daily
 * Example, May 11th, 2025", "As published in The Example Times." Anything after the name other than a
 * date ("Published in The Lancet, the study found …") is a sentence, not a signature.
 */
const EDITION_RE = new RegExp(
  `^(?:As )?(?:[Pp]ublished|[Pp]rinted|[Aa]ppeared|[Rr]eprinted)\\s+(?:in|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*(?:\\s+(?:of\\s+|&\\s+|and\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*){0,6}(?:(?:,\\s*|\\s+on\\s+|\\s+)(?:print\\s+edition\\s+(?:of\\s+)?)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}${ORD},?\\s+\\d{4}|\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}))?\\.?$`,
  'u',
);

/** Words that make a name an outlet's ("The Example Times", "Daily Courier", "Example News"). */
const OUTLET_WORDS = /\b(?:Times|Post|News|Herald|Journal|Tribune|Guardian|Telegraph|Gazette|Daily|Press|Observer|Review|Mail|Star|Sun|Express|Chronicle|Independent|Standard|Monitor|Wire|Today|Weekly|Magazine|Online|Insider|Bulletin|Courier|Dispatch|Ledger|Record|Inquirer|Register|Reporter|Post-Gazette|Globe|Nation|Mirror|Economist|Agency|Radio|Television|TV)\b/u;
const OUTLET_WORDS_ANY_CASE = new RegExp(OUTLET_WORDS.source, 'iu');
const MASTHEAD_NAME = "(?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*(?:\\s+(?:of\\s+|&\\s+|and\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*){0,5}";
const MASTHEAD_DATE = `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}${ORD},?\\s+\\d{4}|\\d{1,2}${ORD}\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?)?`;
/** A site's section between its name and the date ("Example Monitor | World | July 11, 2025"). */
const MASTHEAD_SECTION = "\\p{Lu}[\\p{L}&'’.\\-]*(?:\\s+(?:&\\s+|and\\s+)?\\p{Lu}[\\p{L}&'’.\\-]*){0,2}";
/** "The Straits Times, March 15, 2025", "July 11, 2025 | Example Monitor", "Example Monitor | July 11, 2025": the name is group 1 or 2; a syndicated copy may add "(via Reuters)". */
const MASTHEAD_RE = new RegExp(
  `^(${MASTHEAD_NAME}),\\s+${MASTHEAD_DATE}(?:\\s*\\((?:via|from|source:?)\\s+[^()]{1,40}\\))?\\.?$|^${MASTHEAD_DATE}\\s*[|•·–—]\\s*(${MASTHEAD_NAME})$|^(${MASTHEAD_NAME})\\s*[|•·–—]\\s*(?:${MASTHEAD_SECTION}\\s*[|•·]\\s*)?${MASTHEAD_DATE}$`,
  'u',
);

/**
 * The outlet a masthead line names (an outlet's name and a full date, alone on a line, in either order),
 * with its offset in the line; null when the line is no masthead.
 */
export function mastheadName(line: string): { name: string; index: number } | null {
  if (line.length > 90) return null;
  const m = MASTHEAD_RE.exec(line);
  const name = m ? (m[1] ?? m[2] ?? m[3])! : null;
  if (!m || !name) return null;
  // "GULF DAILY MIRROR": a name set in capitals has its outlet word in capitals too.
  const outletWord = OUTLET_WORDS.test(name) || (name === name.toUpperCase() && OUTLET_WORDS_ANY_CASE.test(name));
  // "(via Reuters)" says the line's name republished an agency's copy: an outlet whatever its words.
  if (!outletWord && !/\((?:via|from|source:?)\s/i.test(line)) return null;
  return { name, index: line.indexOf(name) };
}

/** "The Straits Times, March 15, 2025", "July 11, 2025 | Example Monitor": an outlet's name and a full date, alone on a line. */
export function isMasthead(line: string): boolean {
  return mastheadName(line) !== null;
}

/** "Source: Example Herald" closing a text (a photo's "Source: Reuters" sits under a caption instead). */
export const SOURCE_LINE = /^Source\s*:\s*(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*){0,5}(?:,\s*[\p{L}\p{N}][\p{L}\p{N} ./,:\-]{3,40})?\.?$/u;

/** "Distributed by X", "Syndicated by X": who passed the text on, which is not who wrote it. */
export const DISTRIBUTION_LINE = /^(?:Distributed|Syndicated|Supplied|Provided)\s+(?:by|through|via)\s+(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*){0,5}\.?$/u;

/** Section and banner words: a line of them in capitals ("BREAKING NEWS", "WORLD NEWS") is a banner, not a site. */
const BANNER_WORDS = /\b(?:breaking|latest|top|world|local|live|updates?|opinion|analysis|exclusive|politics|business|national|international|more|related|trending|featured|video|photos?)\b/i;

/** "World News", "BUSINESS TODAY": a line of section and outlet words alone, naming no outlet ("Example Business Journal" does). */
const isBannerOnly = (line: string): boolean => line.trim().split(/\s+/).every((w) => BANNER_WORDS.test(w) || OUTLET_WORDS_ANY_CASE.test(w) || /^the$/i.test(w));

/**
 * A site's name on a line of its own: outlet-shaped, at most five words, no sentence punctuation, and
 * written as names are and headlines are not: a call sign, a capitalised "The", capitals throughout, or a domain.
 */
export function isSiteName(line: string): boolean {
  if (line.length > 50 || words(line, 6) > 5 || /[.!?:,;]$/.test(line) || !isOutletShaped(line) || BANNER_WORDS.test(line)) return false;
  const t = line.trim();
  return CALL_SIGN_LEAD.test(t) || /^The\s/.test(t) || (t === t.toUpperCase() && /\p{Lu}{2}/u.test(t)) || /\.[a-z]{2,4}$/.test(t);
}

/** "The post … appeared first on X." and "This article originally appeared on X." */
export function isSignature(line: string): boolean {
  if (line.length <= 160 && EDITION_RE.test(line)) return true;
  return line.length <= 400 && SIGNATURE_RES.some((re) => re.test(line));
}

const SOCIAL =
  /\b(?:telegram|facebook|twitter|x\.com|instagram|youtube|tiktok|whatsapp|rss|newsletters?|channel|google news|vk|vkontakte|linkedin|threads|bluesky|podcast|mailing list|push notifications|alerts|updates)\b/i;

/** "Subscribe to X Telegram channel, Facebook, RSS!", "Follow us on …", "Share this article". */
export function isSubscription(line: string): boolean {
  if (line.length > 220 || words(line, 30) > 30) return false;
  if (/^(?:share|email|tweet|print)(?: (?:this|the))? (?:article|story|page|post)\b/i.test(line)) return true;
  if (/^follow us\b/i.test(line)) return true;
  // A page's share buttons, one per line: "Share on Facebook", "Share via email", "Copy link".
  if (/^(?:share (?:on|via|to|with) \S+(?:\s\S+)?|copy (?:the )?(?:link|url))$/i.test(line)) return true;
  if (isShareBar(line)) return true;
  // "Subscribe — 1 month for $1", "Subscribe": a paywall's button, a label rather than a sentence.
  if (/^(?:subscribe|sign up)\b/i.test(line) && words(line, 9) <= 8 && !/[.!?]["”]?$/.test(line)) return true;
  if (/^(?:subscribe|sign up|join|follow|like us|download|get)\b/i.test(line) && SOCIAL.test(line)) return true;
  return /^(?:subscribe|sign up) (?:to|for|now)\b/i.test(line) && words(line, 15) <= 15;
}

/** One button of a page's share bar: a network's name, "Share on X", "Copy link", "Email this article". */
const SHARE_BUTTON = /^(?:share(?: (?:this|the) (?:article|story|page|post))?(?: (?:on|via|to|with) \S+(?: \S+)?)?|copy (?:the )?(?:link|url)|(?:e-?mail|print|tweet|save)(?: (?:this|the) (?:article|story|page|post))?|facebook|x|twitter|whatsapp|telegram|linkedin|reddit|pinterest|messenger|bluesky|threads|flipboard|sms)$/i;

/**
 * "Share: Facebook | X | WhatsApp | Copy link", "Share on X  Share on LinkedIn  Email this article": a page's
 * share buttons set on one line (split by bars, bullets, commas or runs of spaces), every item a button, one of
 * them (or the label before a colon) a share or copy action.
 */
function isShareBar(line: string): boolean {
  if (line.length > 160 || !/\b(?:share|copy (?:the )?(?:link|url))\b/i.test(line)) return false;
  const items = line.replace(/^share(?: (?:this|the) (?:article|story|page|post))?\s*:\s*/i, '').split(/\s*[|•·,]\s*|\s{2,}/u).filter(Boolean);
  return items.length >= 2 && items.every((item) => SHARE_BUTTON.test(item.trim()));
}

const NAME_TOKEN = "\\p{Lu}[\\p{L}'’.\\-]*";
const NAME = `${NAME_TOKEN}(?:\\s+(?:(?:de|van|von|der|al|bin|da|di|du|le|la)\\s+)?${NAME_TOKEN}){0,4}`;
const BYLINE_RE = new RegExp(`^(?:(?:Posted|POSTED|Written|WRITTEN|Story|STORY|Article|Words|Text|Report)\\s+)?(?:By|BY|by)\\s+${NAME}(?:\\s*(?:,|and|AND|&)\\s*${NAME})*(?:\\s*(?:,|\\||–|—|-|/|•)\\s*.{0,60})?$`, 'u');

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Posted by Jane Doe, Europe desk". */
export function isByline(line: string): boolean {
  // A byline may end on an initial or on the time it was filed ("| Published May 8, 2026, 6:14 p.m.").
  const end = line.replace(/\b(?:Jr|Sr|[A-Z])\.$/, '').replace(/\b[ap]\.m\.$/i, '');
  return line.length <= 140 && words(line, 18) <= 18 && !/[.!?]["”]?$/.test(end) && BYLINE_RE.test(line);
}

/** A desk or staff signature standing in for a name: "Staff Report", "Our Correspondent", "Web Desk". */
const DESK_BYLINE = new RegExp(
  `^(?:By\\s+)?(?:(?:From\\s+)?(?:Our|A)\\s+(?:Own\\s+|Staff\\s+|Special\\s+)?(?:Correspondents?|Reporters?)|Staff\\s+(?:Reports?|Reporters?|Writers?|Correspondents?)|(?:News|Web|Monitoring|Online|Foreign|City|National|Political|Business|Digital)\\s+Desk|(?:(?:${AGENCY_NAMES})\\s+)?Staff(?:\\s+(?:and|&)\\s+Agencies)?|Agencies|(?:${AGENCY_NAMES})\\s*(?:and|&|,)\\s*(?:Agencies|Staff))\\.?$`,
  'iu',
);

const STAFF_NAME_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.\\-]*";
/** "By Example Signal Staff", "— Example Ledger staff", "Example Herald Staff Report": the outlet's own staff signing. */
const OUTLET_STAFF = new RegExp(
  `^(?:[Bb]y\\s+|[Ff]rom\\s+|[-–—]{1,2}\\s*)?((?:The\\s+)?${STAFF_NAME_WORD}(?:\\s+(?:of\\s+|and\\s+|&\\s+)?${STAFF_NAME_WORD}){0,4})\\s+(?:[Nn]ews(?:room)?\\s+)?(?:[Ss]taff|STAFF|[Nn]ewsroom|[Ee]ditorial [Bb]oard)(?:\\s+(?:[Rr]eports?|[Ww]riters?|[Rr]eporters?))?\\.?$`,
  'u',
);

/** The outlet a staff signature names ("By Example Signal Staff" → "Example Signal"), or null. */
export function outletStaffName(line: string): string | null {
  if (line.length > 80) return null;
  const m = OUTLET_STAFF.exec(line);
  // "Senior Staff", "News Staff": role words, no outlet.
  if (!m || /^(?:Senior|Junior|Chief|Special|Editorial|Our|News|Web|Political|Foreign|Reporting|Wire|Agency)$/i.test(m[1]!)) return null;
  return m[1]!;
}

/** "Posted on March 3, 2025 by Jane Doe", "Published 3 March 2025 at 4:05 pm by Example Ledger": a blog's stamp and author. */
const POSTED_ON_BY = new RegExp(
  `^(?:Posted|Published|Written|Updated)\\s+(?:on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}${ORD},?\\s+\\d{4}|\\d{1,2}${ORD}\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?)?\\s+by\\s+(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*)\\.?$`,
  'u',
);

/** The name a "Posted on <day> by <name>" line ends with (an author or the outlet itself), or null. */
export function postedOnBy(line: string): string | null {
  return line.length <= 140 ? (POSTED_ON_BY.exec(line)?.[1] ?? null) : null;
}

/** Lower-case words allowed among the names of a wire credit ("… in Doha and X in Jerusalem"). */
const CREDIT_GLUE = new Set(['and', 'in', 'from', 'at', 'for', 'with', 'of', 'the', 'de', 'da', 'van', 'von', 'der', 'al', 'bin', 'le', 'la', 'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'bureau', 'bureaus', 'team']);
const CREDIT_ROLE =
  /^(?:[Ww]ith\s+)?(?:(?:[Aa]dditional|[Ff]urther|[Ee]xtra)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Cc]ompiling|[Rr]esearch|[Ff]act-checking|[Gg]raphics|[Tt]ranslation|[Tt]ranslated|[Pp]roduced|[Ee]dited|[Ww]ritten|[Rr]eported|[Aa]ssistance)(?:\s+(?:and|&)\s+(?:reporting|writing|editing|research))?\s+(?:by|from)\s+/;

/**
 * Wire-agency credit trailers: "(Reporting by A in X; Editing by B)", "Additional reporting by C",
 * "(Writing by D)". Every ";"-part names a role and then only names and places, so "Reporting by the
 * BBC showed that …" stays body.
 */
export function isWireCredit(line: string): boolean {
  if (line.length > 400) return false;
  const inner = line.replace(/^[-–—]+\s*/, '').replace(/^\((.*)\)\.?$/, '$1').replace(/\.$/, '').trim();
  if (!CREDIT_ROLE.test(inner)) return false;
  return inner.split(/\s*;\s*/).every((part) => {
    const m = CREDIT_ROLE.exec(part);
    if (!m) return false;
    const tokens = part.slice(m[0].length).split(/[\s,&]+/).filter(Boolean);
    return tokens.length > 0 && tokens.length <= 40 && /^\p{Lu}/u.test(tokens[0]!) && tokens.every((t) => /^[\p{Lu}\p{N}]/u.test(t) || CREDIT_GLUE.has(t));
  });
}

const CREDIT_NAME = "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}";
const CREDIT_NAMES = `${CREDIT_NAME}(?:(?:\\s*,\\s*|,?\\s+and\\s+)${CREDIT_NAME}){0,6}`;
const CREDIT_PLACES = "\\p{Lu}[\\p{L}.'’\\-]*(?:(?:\\s+|,\\s*|,?\\s+and\\s+)\\p{Lu}[\\p{L}.'’\\-]*){0,5}";
const CONTRIBUTOR_SENTENCE = new RegExp(
  `^(?:(?:The\\s+)?(?:Associated Press|AP|Reuters|AFP|Bloomberg)\\s+)?(?:(?:staff\\s+)?(?:writers?|reporters?|correspondents?|researchers?)\\s+)?${CREDIT_NAMES}(?:\\s+(?:in|from)\\s+${CREDIT_PLACES},?)?\\s+(?:also\\s+)?(?:contributed|reported)(?:\\s+(?:reporting|research|to\\s+(?:this|the)\\s+(?:report|story|article)))?(?:\\s+(?:from|in)\\s+${CREDIT_PLACES})?\\.?$`,
  'u',
);

/** "X contributed reporting.", "AP writer Y contributed from Z.", "AP writer Y in Z contributed to this report." (the place may come first), "X reported from Y. Z contributed." */
export function isContributorLine(line: string): boolean {
  if (line.length > 250 || !/\bcontributed\b/.test(line)) return false;
  // Sentences end at a full stop after a lower-case word or a name, not after an initial ("D.C.").
  const sentences = line.split(/(?<=[\p{Ll}]{2}\.)\s+(?=\p{Lu})/u);
  return sentences.every((s) => CONTRIBUTOR_SENTENCE.test(s.trim()));
}

const SIGNOFF_PLACE = "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2})?";
const REPORTED_FROM_SIGNOFF = new RegExp(
  `^${CREDIT_NAMES}\\s+(?:also\\s+)?reported\\s+(?:from|in)\\s+${SIGNOFF_PLACE}(?:(?:\\s*[,;]\\s*|,?\\s+and\\s+)${CREDIT_NAMES}\\s+(?:(?:also\\s+)?reported\\s+)?(?:from|in)\\s+${SIGNOFF_PLACE})*\\.?$`,
  'u',
);

/**
 * An AP-style sign-off closing a report: "Doe reported from Kyiv and Roe from Moscow, Russia." Placed by
 * detectZones (only among the last lines), since "X reported from Y." could open a paragraph elsewhere.
 */
export function isReportedFromSignoff(line: string): boolean {
  return line.length <= 250 && REPORTED_FROM_SIGNOFF.test(line);
}

/** "— Reuters", "- AFP and agencies", "With inputs from PTI": the agency that supplied the text. */
const AGENCY_SIGNOFF = new RegExp(
  `^(?:[-–—]{1,2}\\s*(?:${AGENCY_NAMES})(?:\\s*(?:,|and|&)\\s*(?:${AGENCY_NAMES}|agencies))*|[-–—(]*\\s*(?:[Ww]ith\\s+)?(?:[Aa]dditional\\s+)?[Ii]nputs?\\s+from\\s+(?:agencies|(?:${AGENCY_NAMES})(?:\\s*(?:,|and|&)\\s*(?:${AGENCY_NAMES}|agencies))*)\\)?)\\.?$`,
  'u',
);

/** Which byline rule a line answers to: a "By …" line, a desk signature, a wire credit or a contributor line. */
export function bylineRule(line: string): string | null {
  // Desk first: "By Our Correspondent" is shaped like a name but names nobody.
  if (line.length <= 60 && DESK_BYLINE.test(line)) return 'desk-byline';
  if (outletStaffName(line)) return 'outlet-staff';
  if (postedOnBy(line)) return 'posted-on-by';
  if (isByline(line)) return 'by-name';
  // "Jane Doe | Reuters" is also how photo credits are written: that one is settled by its place (detectZones).
  if (authorLineNames(line) && !isCredit(line)) return 'author-line';
  if (isWireCredit(line)) return 'wire-credit';
  if (line.length <= 80 && AGENCY_SIGNOFF.test(line)) return 'agency-signoff';
  if (isContributorLine(line)) return 'contributor-line';
  return null;
}

/** Words found in the names of news outlets ("Example Herald", "Daily Example", "Example News Now"). */
const OUTLET_NOUN =
  /\b(?:News|Newspaper|Times|Post|Herald|Journal|Tribune|Daily|Guardian|Telegraph|Observer|Gazette|Press|Wire|Agency|Chronicle|Review|Courier|Dispatch|Ledger|Monitor|Independent|Express|Mail|Star|Sun|Insider|Today|Radio|TV|Television|Network|Broadcasting|Magazine|Weekly|Report|Reporter|Standard|Record|Sentinel|Bulletin|Examiner|Inquirer|Globe|Mirror|Register|Online|Media|Pravda|Izvestia|Kommersant|Vedomosti)\b/iu;
const AGENCY_ONLY = new RegExp(`^(?:The\\s+)?(?:${AGENCY_NAMES})(?:\\s+News(?:\\s+Agency)?)?$`, 'u');

/** A name opening with a call sign: "KXRB 7 News", "WKRB-TV". */
const CALL_SIGN_LEAD = /^(?:[KW][A-Z]{3}|[KWC][A-Z]{2,3}-(?:TV|FM|AM|DT))\b/;
/**
 * A broadcaster's call sign, as station sites and datelines write it: "KQTV", "WKRB-TV", "KXRB 7", "CKWX-FM".
 * Four letters from K or W (the US blocks), or any K/W/C call with a band suffix (a channel number may follow);
 * three-letter acronyms ("WHO", "WTO") are left out.
 */
const CALL_SIGN = /^(?:[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT|LD|CD|CA))?|[KWC][A-Z]{2,3}-(?:TV|FM|AM|DT|LD|CD|CA))(?:\s+(?:\d{1,2}|Channel\s+\d{1,2}))?$/;

/**
 * Whether a short capitalised phrase names a news outlet by its shape: a wire agency, a name holding
 * an outlet noun ("The Example Herald") or a domain ("example.com"); places and roles do not.
 */
export function isOutletShaped(s: string): boolean {
  const t = s.trim().replace(/\.$/, '');
  if (!t || t.length > 60 || words(t, 7) > 7) return false;
  if (AGENCY_ONLY.test(t)) return true;
  if (CALL_SIGN.test(t)) return true;
  if (/^[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.(?:com|net|org|co\.uk|ru|ua|io|news|info|in|de|fr|eu)$/iu.test(t)) return true;
  return /^(?:The\s+)?\p{Lu}[\p{L}\p{N}&'’.\-]*(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*)*$/u.test(t) && OUTLET_NOUN.test(t);
}

/** A reporter's role after the name: "Moscow correspondent", "Senior Political Reporter", "Staff Writer at X". */
const ROLE_PHRASE = new RegExp(
  `^(?:(?:[Ss]enior|[Cc]hief|[Ff]oreign|[Pp]olitical|[Dd]iplomatic|[Ss]taff|[Ss]pecial|[Ss]ecurity|[Dd]efen[cs]e|[Ee]urope|[Ww]orld|[Nn]ational|[Ii]nternational|[Cc]ontributing|[Aa]ssociate|[Dd]eputy|[Mm]anaging|\\p{Lu}[\\p{L}.'’\\-]*)\\s+){0,4}(?:[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?|[Ww]riters?|[Cc]olumnists?|[Cc]ontributors?|[Aa]nalysts?|[Bb]ureau [Cc]hief|[Jj]ournalists?|[Pp]roducers?)(?:\\s+(?:at|for|with)\\s+.{2,50})?$`,
  'u',
);
const PERSON = "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:(?:de|van|von|der|al|bin|da|di|du|le|la)\\s+)?\\p{Lu}[\\p{L}'’.\\-]*){1,3}";
const PERSONS = `${PERSON}(?:(?:\\s*,\\s*|\\s+(?:and|AND|&)\\s+)${PERSON}){0,3}`;
const AUTHOR_LINE = new RegExp(`^(${PERSONS})\\s*(?:[|/–—,]|\\s-)\\s*(.{2,70})$`, 'u');
const BARE_AUTHOR = new RegExp(`^${PERSONS}$`, 'u');

/**
 * An author line without "By": "Jane Doe and John Roe / Associated Press", "Jane Doe, Moscow
 * correspondent", "Jane Doe | The Example Herald". The part after the names must be an outlet or a role,
 * so "Kyiv, Ukraine" or a sentence stays body. Returns the names, or null.
 */
export function authorLineNames(line: string): string | null {
  if (line.length > 120 || /[.!?]["”]?$/.test(line.replace(/\b(?:Jr|Sr|[A-Z])\.$/, ''))) return null;
  const m = AUTHOR_LINE.exec(line);
  if (!m) return null;
  const tail = m[2]!.trim();
  return isOutletShaped(tail) || ROLE_PHRASE.test(tail) ? m[1]!.trim() : null;
}

/** A line of names only ("Jane Doe", "Jane Doe and John Roe"): an author line when it sits next to a timestamp. */
export const isBareAuthor = (line: string): boolean => line.length <= 80 && BARE_AUTHOR.test(line);

const TZ = '(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|IST|PKT|GST|SGT|HKT|JST|KST|AES?T|AEDT|WIB|WAT|EAT|CAT|Z)';
/** The words a publication stamp is made of: labels, weekdays, months, times, zones, reading time. */
const STAMP_TOKENS = new RegExp(
  `\\b(?:(?:first\\s+|last\\s+)?(?:published|updated|posted|modified|edited|created)|date|on|at|as of|${MONTH}\\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|\\d+\\s*min(?:ute)?s?\\s+read|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?|\\d{1,4}(?:st|nd|rd|th)?|[ap]\\.m\\.|[ap]m|${TZ})\\b|[ap]\\.m\\.|[+-]\\d{2}:?\\d{2}`,
  'giu',
);
const STAMP_DAY = new RegExp(`${MONTH}\\.?\\s+\\d{1,2}${ORD}\\b|\\b\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH}\\b|\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\b`, 'iu');

/**
 * A publication stamp in any of the usual shapes: "Published 10:32 AM EST, Thu March 13, 2025",
 * "Updated: March 13, 2025 3:04 p.m. ET", "13 March 2025 • 5 min read", "Last modified on Thu 13 Mar
 * 2025 14.05 GMT". It names a day, and nothing is left once its date, time and label words are removed.
 */
export function isStampLine(line: string): boolean {
  if (line.length > 100 || !/\d/.test(line) || !STAMP_DAY.test(line) || words(line, 18) > 18) return false;
  return line.replace(STAMP_TOKENS, ' ').replace(/[\s,.;:|•·/()\-–—]+/gu, '') === '';
}

const PIPE_CREDIT = new RegExp(`^[\\p{Lu}\\p{N}][^|]{0,60}\\s*\\|\\s*[\\p{Lu}\\p{N}(][^|]{0,60}$`, 'u');
const SLASH_CREDIT = new RegExp(`(?:^|\\s)(?:${AGENCY})\\s*/|/\\s*(?:${AGENCY})(?:\\s|$)`, 'u');
const LABEL_CREDIT = /^(?:Photos?|Images?|Pictures?|Photograph(?:s|y)?|Foto|Video|Illustration|Photo credit|Image credit|Credits?|Source)(?: by)?\s*(?:[:\-–—|]|\.{3}|…)\s*\S/i;
const PAREN_CREDIT = /^\((?:[^()]*\b(?:Photos?|Images?|Reuters|REUTERS|AP|AFP|Getty|EPA|Pool|POOL|via)\b[^()]*)\)$/;
/** "— APP photo", "– Photo by Jane Doe", "- Reuters file photo": a dash-led credit under a caption. */
const DASH_CREDIT = /^[-–—]{0,2}\s*(?:(?:Photos?|Images?|Pictures?|Video)\s+)?[Cc]ourtesy(?:\s+of\s+|\s*:\s*)\S.{0,60}$|^[-–—]{1,2}\s*(?:(?:\p{Lu}[\p{L}.&'’\-]*\s+){1,3}(?:file\s+)?(?:[Pp]hotos?|[Pp]ictures?|[Pp]ics?|[Ii]mages?|[Pp]hotograph|[Ss]creengrab|[Vv]ideo grab)|(?:Photos?|Pictures?|Images?|File photo)(?:\s+by\s+|\s*:\s*)\S.{1,60})$/u;

/**
 * A photo credit: "Name Surname | Agency", "Photo: X/Getty Images", "REUTERS/Name", "(AP Photo/X)".
 * Short, no sentence punctuation at the end.
 */
export function isCredit(line: string): boolean {
  if (line.length > 120 || words(line, 12) > 12) return false;
  if (PAREN_CREDIT.test(line)) return true;
  if (/[.!?;]["”]?$/.test(line) && !/\b(?:Inc|Ltd|Co|Jr|ru|com|[A-Z])\.$/.test(line)) return false;
  if (DASH_CREDIT.test(line)) return true;
  if (LABEL_CREDIT.test(line)) return true;
  if (PIPE_CREDIT.test(line) && line.split('|').length === 2) {
    // Breadcrumbs ("Politics | World") look alike; a credit has a name or an agency on one side.
    const [left, right] = line.split('|').map((s) => s.trim()) as [string, string];
    const agency = new RegExp(`^(?:${AGENCY})$`, 'u');
    const nameLike = /^\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}$|^[\w\-]+\.[a-z]{2,6}$/u;
    return agency.test(right) || /^(?:via|through)\b/i.test(right) || nameLike.test(left) || agency.test(left);
  }
  return SLASH_CREDIT.test(line) && words(line, 10) <= 10;
}

/** A sentence line that carries its own photo credit at the end ("… March 13, 2025. REUTERS/Name"). */
const INLINE_CREDIT = new RegExp(
  `(?:\\((?:AP|AFP|Reuters|REUTERS|EPA|Getty)[^()]{0,60}\\)|\\b(?:REUTERS|Reuters|AFP|EPA|AP Photo)\\s*/\\s*\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,3}(?:\\s*/\\s*\\p{Lu}[\\p{L}'’\\- ]*)*\\.?|\\b(?:Photo|Image)(?: by)?:\\s*[^.]{2,60})\\s*$`,
  'u',
);

/**
 * A caption that carries its credit after the last sentence ("… in Doha on Wednesday. Photo: X / Y",
 * "…, May 7, 2025. — Agency photo"): HTML readers put a figcaption and its credit span on one line.
 */
export function hasCreditTail(line: string): boolean {
  if (line.length > 600) return false;
  const cuts: number[] = [];
  for (const m of line.matchAll(/[.!?]["”’)]*\s+(?=\S)|\s+(?=[—–]\s*\S)/gu)) cuts.push(m.index + m[0].length);
  const last = cuts.at(-1);
  if (last === undefined || last < 15) return false;
  const tail = line.slice(last).trim();
  // "Source: …" after a sentence cites a figure's source, which body paragraphs do too.
  return tail.length <= 80 && !/^Sources?\b/i.test(tail) && isCredit(tail);
}

/** A caption's tail: "…, Russia, March 13, 2025." (a place, not a weekday, before the date). */
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** Present-tense verbs of photo captions ("X attends a meeting", "Y shakes hands with Z"). */
const PHOTO_VERB =
  /\b(?:attends|visits|speaks|holds|hold|arrives|arrive|gestures|gesture|looks on|look on|walks|walk|waves|wave|delivers|listens|listen|meets|meet|poses|pose|stands|stand|sits|sit|talks|talk|greets|greet|shakes hands|shake hands|reacts|react|smiles|addresses|chairs|takes part|take part|participates|leaves|departs|casts|hugs|embraces|salutes|signs|inspects|inspect|lays|pays|watches|watch|prays|pray|mourns|mourn|gathers|gather|carries|carry|rallies|rally|boards|steps|is seen|are seen|is pictured|are pictured)\b/;
const CAPTION_DATE = new RegExp(`,\\s*${MONTH}\\.?\\s+\\d{1,2}${ORD},\\s*\\d{4}\\s*(?:[.,]|$)|,\\s*\\d{1,2}${ORD}\\s+${MONTH}\\s+\\d{4}\\s*(?:[.,]|$)`, 'u');
/** "[Photo] X arrives ...", "(Photo caption) Workers load ...": a page's label for the picture the line describes. */
const MEDIA_MARKER = /^[[(](?:photo|picture|image|foto|photograph|video)(?:\s+caption)?[\])]\s*\S/i;
const CAPTION_PHRASE = /\bin this (?:picture|photo|photograph|image|handout|file photo|still image|screen ?grab|video grab)\b|\b(?:file|handout) (?:photo|picture|image)\b|^(?:FILE PHOTO|FILE)\s*[:\-–—]/i;

/** A line describing a photo by its shape, without looking at its neighbours. */
export function isCaptionShaped(line: string): boolean {
  if (line.length > 600) return false;
  if (CAPTION_PHRASE.test(line) || MEDIA_MARKER.test(line) || INLINE_CREDIT.test(line) || hasCreditTail(line)) return true;
  // Place + date after a comma closing the first sentence is how wire photo captions are written.
  const m = CAPTION_DATE.exec(line);
  if (!m || line.slice(m.index + m[0].length).trim().length > 80) return false;
  const before = line.slice(0, m.index).trim();
  const unabbreviated = before.replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|U\.S|U\.K)\.\s/g, '  ');
  if (/[.!?]["”]?\s+["“]?\p{Lu}/u.test(unabbreviated)) return false;
  const firstWords = before.split(/\s+/).slice(0, 15).join(' ');
  return PHOTO_VERB.test(firstWords) || (!WEEKDAY.test(before) && /,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*)?$/u.test(before));
}

const BOILERPLATE_RE =
  /^(?:advertisement|advertising|sponsored(?: content)?|skip to (?:main )?content|skip advertisement|read (?:more|also|next)(?:\s*:.*|\s+(?:about|on|here)\b[^.]*)?|related(?: articles?| stories| coverage| content| news| topics)?(?:\s*:.*)?|also read\s*:.*|see also\s*:.*|more (?:from|on) [^.!?]*|recommended(?: for you| stories)?|most (?:read|popular|viewed)|trending(?: now| stories)?|tags?\s*:.*|topics?\s*:.*|filed under\s*:?.*|(?:sign|log) (?:in|up|out)(?: to [^.]*| for [^.]*)?|we use cookies.*|cookie (?:policy|settings).*|accept (?:all )?cookies|click here.*|listen to (?:this|the) (?:article|story).*|\d+\s*min(?:ute)?s? read|back to top|(?:previous|next) (?:article|story|post)\b.*|comments?|leave a (?:comment|reply)|privacy policy|terms of (?:use|service).*|contact us|about us|home|menu|search|loading\.*)$/i;
/** "© Agency / Jane Doe", "(c) Jane Doe": a copyright naming a photographer or agency, with no year and no "rights reserved". */
const PHOTO_COPYRIGHT = /^(?:©|\(c\))\s*(?!.*\b(?:1[89]|20)\d{2}\b)(?!.*\brights\b)\p{Lu}[^.!?]{0,60}$/iu;
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;
const TIMESTAMP_RE = new RegExp(
  `^(?:(?:published|updated|posted|last updated|modified|date)\\s*(?:on|at)?\\s*:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}${ORD},?\\s+\\d{4}|\\d{1,2}${ORD}\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:[T ,|]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}|Z)?)?\\.?$`,
  'i',
);
const STAMP_LABEL_RE = /^(?:published|updated|posted|last updated)\s*(?:on|at)?\s*:\s*.{4,60}$/i;
const ADDRESS_RE = /^\d{1,6}\s+(?:[\p{Lu}\d][\p{L}\d.'\-]*\s+){1,5}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pl|Place|Sq|Square|Ct|Court|Pkwy|Parkway|Hwy|Highway)\.?(?:,?\s*(?:Suite|Ste\.?|Floor|Fl\.?)\s*\w+)?$|^[\p{Lu}][\p{L}.'\-]*(?:\s+[\p{Lu}][\p{L}.'\-]*){0,3},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$|^P\.?\s?O\.?\s+Box\s+\d+.{0,40}$/u;

/**
 * A site's menu or breadcrumb trail: "Home | World | Europe | Opinion", "News › World › Europe". Four or more
 * pipe- or bullet-separated items (three for a breadcrumb's arrows), each a capitalised label of one to three
 * words, so a headline with a site suffix ("Talks resume | The Daily Example") is no menu.
 */
export function isSiteNavigation(line: string): boolean {
  if (line.length > 200) return false;
  const arrows = /[›»>]/.test(line);
  // A line split by an expression is tried at every position; one with no separator is one item (0.55 → 0.2 µs a line).
  if (!arrows && !/[|•·]/.test(line)) return false;
  const items = line.split(arrows ? /\s*[›»>]\s*/u : /\s*[|•·]\s*/u);
  if (items.length < (arrows ? 3 : 4)) return false;
  return items.every((item) => /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*(?:\s+[\p{L}\p{N}&'’\-]+){0,2}$/u.test(item) && !/\.$/.test(item));
}

/** Site chrome recognisable on its own: ads, "Read more", tags, copyright, timestamps, postal addresses, menus. */
export function boilerplateRule(line: string): string | null {
  const n = words(line, 20);
  if (isSiteNavigation(line)) return 'site-navigation';
  if (n <= 14 && BOILERPLATE_RE.test(line)) return 'site-chrome';
  if (n <= 20 && COPYRIGHT_RE.test(line)) return 'copyright';
  if (n <= 14 && (TIMESTAMP_RE.test(line) || STAMP_LABEL_RE.test(line))) return 'timestamp';
  if (isStampLine(line)) return 'timestamp';
  if (n <= 12 && ADDRESS_RE.test(line)) return 'postal-address';
  return null;
}

/**
 * Headline shape: short, starts with a capital (or digit/quote), no sentence punctuation at the end,
 * a single sentence, not ending on a function word.
 */
export function isHeadlineShaped(line: string, options: { maxWords?: number; allowQuestion?: boolean } = {}): boolean {
  const maxWords = options.maxWords ?? 14;
  const n = words(line, maxWords);
  if (n === 0 || n > maxWords || line.length > 120) return false;
  if (!/^["“‘'«(]?[\p{Lu}\p{N}]/u.test(line)) return false;
  const terminal = options.allowQuestion ? /[.,;:…·•\-–—]["”’'»)]*$/ : /[.,;:!?…·•\-–—]["”’'»)]*$/;
  if (terminal.test(line)) return false;
  if (/[.!?]["”’]?\s+["“]?\p{Lu}/u.test(line)) return false;
  // "..., Kurti says" closes many headlines: an attribution to a name after a comma is no dangling verb.
  if (DANGLING_END.test(line) && !HEADLINE_ATTRIBUTION.test(line) && !PHRASAL_END.test(line)) return false;
  // Mostly letters: a line of numbers or symbols is not a heading.
  const letters = (line.match(/\p{L}/gu) ?? []).length;
  return letters >= Math.max(2, line.length * 0.5);
}

/**
 * The dateline shapes `datelineLength` tries, in order (built once: a line's test ran on four expressions
 * compiled from these strings per call).
 */
const DATELINE_PATTERNS = ((): RegExp[] => {
  // "BRUSSELS/BRASILIA": a report filed from two cities joins them with a slash.
  // "GUADALUPE Y CALVO": a one-letter joining word ("Y", "E", "A") may sit between two words of the place.
  const city = "\\p{Lu}[\\p{Lu}.'’\\-]+(?:[ \\-/](?:\\p{Lu} )?\\p{Lu}[\\p{Lu}.'’\\-]+){0,3}";
  const cityMixed = "\\p{Lu}[\\p{L}.'’\\-]+(?:[ \\-/]\\p{Lu}[\\p{L}.'’\\-]+){0,3}";
  const region = `(?:,\\s*${cityMixed})?`;
  const date = `(?:,?\\s*${MONTH}\\.?\\s+\\d{1,2}${ORD}(?:,\\s*\\d{4})?)?`;
  const agency = `\\((?:${AGENCY_NAMES})\\)`;
  // "EVERETT, Wash. (Northwest Wire) —": any capitalised name in the brackets, once a city in capitals opens the line.
  // "(The Star/Reuters)": a paper printing an agency's copy names both.
  const name = "\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*(?:\\s+(?:of\\s+|&\\s+|and\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*){0,4}";
  const outlet = `\\(${name}(?:\\s*/\\s*${name})?\\)`;
  const dash = `(?:\\s+[-–—]{1,2}\\s*|\\s*[–—]\\s*|\\s*--\\s*)`;
  return [
    new RegExp(`^\\s*(?:${cityMixed}${region}${date}\\s*)?${agency}${dash}`, 'u'),
    new RegExp(`^\\s*${city}${region}${date}${dash}`, 'u'),
    new RegExp(`^\\s*${city}${region}${date}\\s*${outlet}${dash}`, 'u'),
    new RegExp(`^\\s*${city}${region}${date}\\.?\\s*/(?:${AGENCY_NAMES})/\\.?\\s*`, 'u'),
  ];
})();

/**
 * "GENEVA, Jan 21, 2028 (Example Post) -" alone on its line: a page that sets its dateline in an element of
 * its own (an HTML paragraph) leaves it with no body after it.
 */
export function isDatelineLine(line: string): boolean {
  return DATELINE_PATTERNS.some((re) => {
    const m = re.exec(line);
    return m !== null && line.slice(m[0].length).trim() === '' && /[-–—]\s*$/.test(line);
  });
}

/** "MOSCOW (Reuters) — ", "KYIV, March 12 (AP) - ", "WASHINGTON — ", "MOSCOW, March 12. /TASS/. " */
export function datelineLength(line: string): number {
  for (const re of DATELINE_PATTERNS) {
    const m = re.exec(line);
    // The body must go on after it, starting a sentence.
    if (m && /^["“‘]?[\p{Lu}\p{N}]/u.test(line.slice(m[0].length))) return m[0].length;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Document-level pass
// ---------------------------------------------------------------------------------------------

/** The non-blank lines of a text, split on \r\n, \n or \r (the same lines the sentence splitter walks). */
export function splitLines(text: string, format: InputFormat = 'text'): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let shape = m[0].trim();
    if (!shape) continue;
    if (format === 'markdown') shape = shape.replace(/^(?:[*_]{1,3}|>\s*|[-*+]\s+)/, '').replace(/[*_]{1,3}$/, '').trim();
    lines.push({ start: m.index, end: m.index + m[0].length, shape });
  }
  return lines;
}

/** Byline rules that sit in an article's header (credit trailers and sign-offs sit at its end). */
const HEADER_BYLINE_RULES = new Set(['by-name', 'author-line', 'desk-byline', 'outlet-staff', 'posted-on-by']);

const isLong = (line: string) => words(line, 15) >= 15 || line.length >= 100;

/** Lines (and blocks of two or more lines) that occur more than once verbatim: repeated site chrome. */
const REPEAT_PAIRS = 8;

function repeatedLines(lines: readonly Line[]): Map<number, string> {
  const out = new Map<number, string>();
  const byText = new Map<string, number[]>();
  lines.forEach((l, i) => {
    // Most lines hold only single spaces: test first rather than build an identical copy of each.
    const key = /[^\S ]| {2}/.test(l.shape) ? l.shape.replace(/\s+/g, ' ') : l.shape;
    const list = byText.get(key);
    if (list) list.push(i);
    else byText.set(key, [i]);
  });
  for (const list of byText.values()) {
    if (list.length < 2) continue;
    for (let a = 0; a < list.length; a++) {
      // The next few occurrences only: a page repeats its chrome a handful of times, and comparing every
      // pair of a line that recurs thousands of times (a concatenated dump) made zoning quadratic.
      for (let b = a + 1; b < Math.min(list.length, a + 1 + REPEAT_PAIRS); b++) {
        const i = list[a]!;
        const j = list[b]!;
        // Chrome blocks are short label-like lines (an address, a menu); a repeated run of sentences is
        // a live blog re-posting its own entries, which stays body. A line of over 12 words anywhere in the
        // run rules the run out: stop there, rather than follow a run that is the whole rest of a document
        // repeated in full (then every repeated line started a run thousands of lines long).
        let k = 0;
        let long = false;
        while (j + k < lines.length && i + k < j && lines[i + k]!.shape === lines[j + k]!.shape) {
          if (words(lines[i + k]!.shape, 12) > 12) {
            long = true;
            break;
          }
          k++;
        }
        if (long) continue;
        const block = lines.slice(i, i + k).map((l) => l.shape);
        const labelLike = block.filter((t) => !/[.!?]["”’')\]]*$/.test(t)).length * 2 >= block.length;
        if (k >= 2 && labelLike) {
          for (let x = 0; x < k; x++) {
            out.set(i + x, 'repeated-block');
            out.set(j + x, 'repeated-block');
          }
        }
      }
    }
    // A short, non-sentence line that recurs ("Advertisement", a site name) is chrome; a repeated
    // sentence is more likely a pull quote, which stays body.
    const shape = lines[list[0]!]!.shape;
    if (words(shape, 8) <= 8 && /\p{L}{2}/u.test(shape) && !/[.!?{};]["”’')\]]*$/.test(shape)) for (const i of list) if (!out.has(i)) out.set(i, 'repeated-line');
  }
  return out;
}

/** A label that introduces links to other stories ("Read more:", "Related", "See also"), alone on its line. */
const RELATED_LABEL = /^(?:read (?:more|also|next)|related(?: articles?| stories| coverage| content| news)?|also read|see also|more (?:from|on) [^.!?:]*)\s*:?$/i;
/** Labels naming the kind of piece rather than the site's section ("ANALYSIS", "NEWS ANALYSIS", "OPINION"). */
const GENRE_LABEL = /^(?:NEWS\s+)?(?:ANALYSIS|OPINION|COMMENT|COMMENTARY|EDITORIAL|EXPLAINER|INTERVIEW|FEATURE|PERSPECTIVE|FACT[ -]CHECK|Q\s*&\s*A)$/;
/** Kinds of the lines a page puts above its headline: menus, buttons, the site's name. */
const PAGE_CHROME_KINDS = new Set<ZoneKind>(['boilerplate', 'subscription', 'signature']);

/**
 * How many of the first lines are a front-matter block: an opening "---" or "+++" as the file's first line,
 * "key: value" (or "key = value") lines, and the same delimiter closing it within 60 lines; else 0.
 */
function frontMatterLines(text: string, lines: readonly Line[]): number {
  const raw = (l: Line) => text.slice(l.start, l.end).trim();
  const first = lines[0];
  if (!first || text.slice(0, first.start).trim() !== '') return 0;
  const fence = raw(first);
  if (fence !== '---' && fence !== '+++') return 0;
  const key = fence === '---' ? /^[\p{L}_][\p{L}\p{N}_ -]*:(\s|$)/u : /^[\p{L}_][\p{L}\p{N}_.-]*\s*=/u;
  const second = lines[1];
  if (!second || !key.test(raw(second))) return 0;
  for (let i = 2; i < Math.min(lines.length, 60); i++) if (raw(lines[i]!) === fence) return i + 1;
  return 0;
}

/** Marks every non-blank line with its zone kind and the rule that decided it. */
export function detectZones(text: string, format: InputFormat = 'text'): Zone[] {
  const lines = splitLines(text, format);
  const decided: (Decision | null)[] = lines.map(() => null);
  const set = (i: number, kind: ZoneKind, rule: string) => {
    decided[i] = { kind, rule };
  };

  // 1. Rules that need only the line itself.
  lines.forEach((l, i) => {
    const s = l.shape;
    if (format === 'markdown' && /^#{1,6}\s/.test(text.slice(l.start, l.end).trim())) set(i, 'heading', 'markdown-heading');
    else if (format === 'markdown' && /^!\[[^\]]*\]\([^)]*\)/.test(s)) set(i, 'caption', 'markdown-image');
    else if (isSignature(s)) set(i, 'signature', 'feed-signature');
    else if (DISTRIBUTION_LINE.test(s)) set(i, 'signature', 'distribution');
    else if (isSubscription(s)) set(i, 'subscription', 'subscription-prompt');
    else {
      const byline = bylineRule(s);
      const chrome = byline ? null : boilerplateRule(s);
      if (byline) set(i, 'byline', byline);
      else if (isCredit(s)) set(i, 'credit', 'credit-pattern');
      else if (chrome) set(i, 'boilerplate', chrome);
    }
  });

  // 1. (Markdown) YAML or TOML front matter (Jekyll, Hugo, Obsidian): "title: ...", "date: ..." between
  // "---" (or "+++") lines at the very top are the file's metadata, not article text.
  if (format === 'markdown') for (let i = 0; i < frontMatterLines(text, lines); i++) set(i, 'boilerplate', 'markdown-front-matter');

  // 1a. "Doe reported from Kyiv and Roe from Moscow." in the last lines: the reporters' sign-off, not body.
  for (let i = Math.max(0, lines.length - 4); i < lines.length; i++) if (!decided[i] && isReportedFromSignoff(lines[i]!.shape)) set(i, 'byline', 'contributor-line');

  // 1b. "The Straits Times, March 15, 2025" among the first lines: a masthead naming the outlet that
  // carries the report and its day (a syndicated copy's own line above the wire dateline).
  // "The Example Ledger | Mar 3, 2025" has a photo credit's "Name | Name" shape too; the full date settles it.
  for (let i = 0; i < Math.min(lines.length, 5); i++) if ((!decided[i] || decided[i]!.kind === 'credit') && isMasthead(lines[i]!.shape)) set(i, 'signature', 'masthead');

  // 1c. "KXRB 7 News" or "THE EXAMPLE SENTINEL" alone above the headline: the site's name, not the title.
  // Only the first line, only an outlet's shape, and only with a headline under it that is longer.
  // A name with an outlet noun ("Example Business Journal") counts too when a "By" line follows the headline:
  // masthead, headline, byline is a page's header, and a headline is rarely all name.
  if (lines.length > 2 && !decided[0]) {
    const [first, next] = [lines[0]!.shape, lines[1]!.shape];
    const mastheadAboveByline = decided[2]?.kind === 'byline' && first.length <= 50 && words(first, 6) <= 5 && !/[.!?:,;]$/.test(first) && isOutletShaped(first) && !isBannerOnly(first);
    if ((isSiteName(first) || mastheadAboveByline) && !decided[1] && isHeadlineShaped(next, { maxWords: 22, allowQuestion: true }) && words(next, 30) > words(first)) set(0, 'signature', 'site-name');
  }
  // "Harbor Ledger" alone between the headline and the first paragraph: the site's name (an outlet noun suffices here).
  if (lines.length > 2 && !decided[0] && !decided[1] && !decided[2] && isLong(lines[2]!.shape)) {
    const [head, name] = [lines[0]!.shape, lines[1]!.shape];
    const siteLike = name.length <= 50 && words(name, 6) <= 5 && !/[.!?:,;]$/.test(name) && isOutletShaped(name) && !BANNER_WORDS.test(name);
    if (siteLike && isHeadlineShaped(head, { maxWords: 22, allowQuestion: true }) && words(head, 30) > words(name)) set(1, 'signature', 'site-name');
  }

  // "Skip to main content" / "Example Trade Monitor" / a menu: an outlet's name among the page's chrome above the
  // headline (only chrome before it, chrome right after it) is the site's name.
  for (let i = 1; i < Math.min(lines.length - 1, 6); i++) {
    const s = lines[i]!.shape;
    if (decided[i] || !decided.slice(0, i).every((d) => d && PAGE_CHROME_KINDS.has(d.kind)) || !decided[i + 1] || !PAGE_CHROME_KINDS.has(decided[i + 1]!.kind)) continue;
    if (s.length <= 50 && words(s, 6) <= 5 && !/[.!?:,;]$/.test(s) && isOutletShaped(s) && !isBannerOnly(s)) set(i, 'signature', 'site-name');
  }

  // "By Jane Doe" / "Example Sentinel-Ledger" / dateline: the outlet's name on the line under the byline.
  for (let i = 1; i < Math.min(lines.length - 1, 6); i++) {
    const s = lines[i]!.shape;
    if (decided[i] || decided[i - 1]?.kind !== 'byline' || !HEADER_BYLINE_RULES.has(decided[i - 1]!.rule)) continue;
    if (s.length <= 50 && words(s, 6) <= 5 && !/[.!?:,;]$/.test(s) && isOutletShaped(s) && !BANNER_WORDS.test(s) && isLong(lines[i + 1]!.shape)) set(i, 'signature', 'site-name');
  }

  // 2. Repetition: a block that appears twice verbatim is chrome (an address block, a menu).
  for (const [i, rule] of repeatedLines(lines)) if (!decided[i] || decided[i]!.kind === 'credit') set(i, 'boilerplate', rule);

  // 2a. "Jane Doe | Reuters" under the headline, or above a stamp, is the author line; under a caption it
  // credits the photo.
  for (let i = 0, longBefore = 0; i < Math.min(lines.length, 6) && longBefore <= 1; longBefore += isLong(lines[i]!.shape) ? 1 : 0, i++) {
    if (decided[i]?.kind !== 'credit' || !authorLineNames(lines[i]!.shape)) continue;
    const prev = i > 0 ? lines[i - 1]!.shape : null;
    // The headline is the first line that is not chrome; a caption line is shaped like one too.
    const underHeadline = prev !== null && decided.slice(0, i - 1).every(Boolean) && !decided[i - 1] && isHeadlineShaped(prev, { maxWords: 22, allowQuestion: true });
    if (i === 0 || underHeadline || decided[i + 1]?.rule === 'timestamp') set(i, 'byline', 'author-line');
  }

  // 2b. A line of names beside a publication stamp is the author line ("Jane Doe" / "Published …").
  for (let i = 0; i < lines.length; i++) {
    if (decided[i] || !isBareAuthor(lines[i]!.shape)) continue;
    if (decided[i + 1]?.rule === 'timestamp' || decided[i - 1]?.rule === 'timestamp') set(i, 'byline', 'author-line');
  }

  // 2c. "Source: X" as the last line after the body names where the text came from, not a photo's source.
  for (let i = Math.max(1, lines.length - 3); i < lines.length; i++) {
    const s = lines[i]!.shape;
    const prev = decided[i - 1];
    const prevText = lines[i - 1]!.shape;
    // After a photo caption it is the photo's source; captions often lack a full stop or have a caption's shape.
    const afterProse = !prev && /[.!?]["”’)]*$/.test(prevText) && !isCaptionShaped(prevText);
    if (decided[i]?.kind === 'credit' && (afterProse || prev?.kind === 'signature' || prev?.kind === 'byline') && SOURCE_LINE.test(s)) {
      set(i, 'signature', 'source-line');
    }
  }

  // 3. Captions: the line above a credit describes the photo; a caption-shaped line may bring its credit.
  for (let i = 0; i < lines.length; i++) {
    if (decided[i]?.kind !== 'credit') continue;
    const p = i - 1;
    if (p >= 0 && !decided[p] && words(lines[p]!.shape, 3) >= 3) set(p, 'caption', 'precedes-credit');
  }
  for (let i = 0; i < lines.length; i++) {
    if (decided[i] || !isCaptionShaped(lines[i]!.shape)) continue;
    set(i, 'caption', 'caption-shape');
    const next = lines[i + 1];
    // "Jane Doe" alone under a caption is its photographer.
    if (next && !decided[i + 1] && /^\p{Lu}[\p{Ll}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3}$/u.test(next.shape)) set(i + 1, 'credit', 'follows-caption');
    // "© Agency / Jane Doe" under a caption credits the photo: a copyright with no year and no rights reserved.
    if (next && decided[i + 1]?.rule === 'copyright' && PHOTO_COPYRIGHT.test(next.shape)) set(i + 1, 'credit', 'follows-caption');
  }

  // 3a. "AMERICAS" over the headline in a page's header: the section the site files the story under.
  for (let i = 0; i < Math.min(lines.length - 1, 8); i++) {
    if (decided[i]) continue;
    const s = lines[i]!.shape;
    const next = lines[i + 1]!.shape;
    // "ANALYSIS", "OPINION" over the headline: the kind of piece this one is (a kicker), a heading of its own, not the site's section.
    const kicker = GENRE_LABEL.test(s);
    if (/^\p{Lu}{3,}(?:[ &/-]+\p{Lu}{2,}){0,2}$/u.test(s) && !decided[i + 1] && isHeadlineShaped(next, { maxWords: 22, allowQuestion: true }) && !/^[\p{Lu}\P{L}]+$/u.test(next)) set(i, kicker ? 'heading' : 'boilerplate', kicker ? 'kicker' : 'section-label');
    break;
  }
  // 3b. "THE EXAMPLE OBSERVER | WORLD" as the first line: the site's name and section, not a photo credit.
  if (lines.length > 2 && decided[0]?.kind === 'credit' && !decided[1] && isHeadlineShaped(lines[1]!.shape, { maxWords: 22, allowQuestion: true })) {
    const [site, section] = lines[0]!.shape.split(/\s*\|\s*/u);
    if (site && section && OUTLET_WORDS_ANY_CASE.test(site) && isOutletShaped(site) && words(section, 4) <= 3 && !OUTLET_WORDS_ANY_CASE.test(section)) set(0, 'boilerplate', 'site-section');
  }
  // 3c. The headlines listed under "Read more:" or "Related": links to other stories, not this one's text.
  for (let i = 0; i < lines.length - 1; i++) {
    if (decided[i]?.rule !== 'site-chrome' || !RELATED_LABEL.test(lines[i]!.shape)) continue;
    for (let k = i + 1; k < Math.min(lines.length, i + 7) && !decided[k] && isHeadlineShaped(lines[k]!.shape, { maxWords: 16, allowQuestion: true }); k++) set(k, 'boilerplate', 'related-link');
  }

  // 4. Title: a headline-shaped first content line with more text after it.
  const headerLine = (d: Decision | null | undefined) =>
    !!d && ((d.kind === 'byline' && HEADER_BYLINE_RULES.has(d.rule)) || d.rule === 'timestamp');
  const firstOpen = decided.findIndex((d) => d === null);
  // Below a page's chrome (menus, sign-in and share buttons) the headline may come many lines down.
  const underChrome = firstOpen >= 3 && firstOpen < 12 && decided.slice(0, firstOpen).every((d) => d && PAGE_CHROME_KINDS.has(d.kind));
  if (firstOpen >= 0 && (firstOpen < 3 || underChrome) && firstOpen < lines.length - 1) {
    const s = lines[firstOpen]!.shape;
    const next = lines.slice(firstOpen + 1).find((_, k) => decided[firstOpen + 1 + k] === null);
    // A standfirst: the summary line right under the headline when a byline or a stamp follows it (without
    // one, that line is the lede, which is body).
    const deck = firstOpen + 1;
    const deckWords = deck < lines.length ? words(lines[deck]!.shape, 60) : 0;
    const hasDeck = !decided[deck] && deckWords >= 6 && deckWords <= 60 && !/:$/.test(lines[deck]!.shape) && headerLine(decided[deck + 1]);
    // A "By" line right under it marks it a headline whatever comes next (an outlet line, a dateline of its own).
    const bylineUnder = decided[firstOpen + 1]?.kind === 'byline' && HEADER_BYLINE_RULES.has(decided[firstOpen + 1]!.rule);
    if (isHeadlineShaped(s, { maxWords: 22, allowQuestion: true }) && next && (isLong(next.shape) || isByline(next.shape) || hasDeck || bylineUnder)) {
      set(firstOpen, 'title', 'first-line-headline');
      if (hasDeck) set(deck, 'heading', 'deck');
    }
  }

  // 5. Section headings: a short unpunctuated line with a body paragraph after it and text before it.
  for (let i = 1; i < lines.length - 1; i++) {
    if (decided[i]) continue;
    const s = lines[i]!.shape;
    const nextOpen = lines[i + 1]!;
    if (decided[i + 1] && decided[i + 1]!.kind !== 'body') continue;
    // "What comes next?" between two paragraphs: a short question set alone is a heading too.
    const question = /\?$/.test(s) && words(s, 7) <= 6 && !/^["“‘']/.test(s) && /[.!?]["”’)]*$/.test(lines[i - 1]!.shape) && !decided[i - 1];
    if (!isHeadlineShaped(s, { maxWords: 12, allowQuestion: question }) || !isLong(nextOpen.shape)) continue;
    // Much shorter than the paragraphs around it.
    if (s.length * 2 > nextOpen.shape.length) continue;
    set(i, 'heading', 'short-unpunctuated-line');
  }

  // 6. Chrome after the end of the article: short lines following a signature or subscription prompt.
  // Only near the end: a "Follow X on Twitter" line can also sit between live-blog entries.
  // A site's name over the headline or under the byline opens the page: it ends nothing.
  // A paywall button in the page's header ("Subscribe") is no end: the search starts six lines from the end.
  const fromEnd = Math.max(0, lines.length - 6);
  const tail = decided.findIndex((d, i) => i >= fromEnd && ((d?.kind === 'signature' && d.rule !== 'site-name' && d.rule !== 'masthead') || d?.kind === 'subscription'));
  if (tail >= 0) {
    for (let i = tail + 1; i < lines.length; i++) {
      const s = lines[i]!.shape;
      if (!decided[i] && words(s, 8) <= 8 && !/[.!?]["”’')]*$/.test(s)) set(i, 'boilerplate', 'after-signature');
    }
  }

  // 7. Emit, splitting a dateline off the first body line.
  const zones: Zone[] = [];
  let bodySeen = 0;
  lines.forEach((l, i) => {
    const d = decided[i] ?? { kind: 'body' as const, rule: 'default' };
    if (d.kind === 'body' && bodySeen++ < 2) {
      const raw = text.slice(l.start, l.end);
      const len = datelineLength(raw);
      if (len > 0 && len < raw.length) {
        zones.push({ kind: 'dateline', start: l.start, end: l.start + len, rule: 'dateline-prefix' });
        zones.push({ kind: 'body', start: l.start + len, end: l.end, rule: 'after-dateline' });
        return;
      }
      if (isDatelineLine(raw)) {
        zones.push({ kind: 'dateline', start: l.start, end: l.end, rule: 'dateline-line' });
        return;
      }
    }
    zones.push({ kind: d.kind, start: l.start, end: l.end, rule: d.rule });
  });
  return zones;
}

/** The kind of the zone that covers most of a line (the body after a dateline prefix wins). */
export function lineKinds(text: string, zones: readonly Zone[]): { start: number; end: number; kind: ZoneKind }[] {
  const out: { start: number; end: number; kind: ZoneKind }[] = [];
  let zi = 0;
  for (const l of splitLines(text)) {
    let best: Zone | null = null;
    while (zi < zones.length && zones[zi]!.end <= l.start) zi++;
    for (let k = zi; k < zones.length && zones[k]!.start < l.end; k++) {
      const z = zones[k]!;
      if (!best || z.end - z.start > best.end - best.start) best = z;
    }
    out.push({ start: l.start, end: l.end, kind: best?.kind ?? 'body' });
  }
  return out;
}
