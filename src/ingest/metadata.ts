/**
 * Metadata inference: title, outlet, publication day, language and byline, each with where it came
 * from and how sure Parley is. Given metadata (HTML meta tags, feed fields) wins; the text and the URL
 * fill the gaps.
 */
import * as chrono from 'chrono-node';
import { francAll } from 'franc-min';
import type { DocumentMetadata, Inferred, RawDocument, Zone } from '../core/model.js';
import { dayNumber } from '../core/dates.js';
import { textSpan } from '../core/span.js';
import type { KnowledgeBase } from '../packs/load.js';
import { authorLineNames, DATELINE_AGENCIES, isOutletShaped, mastheadName, outletStaffName, postedOnBy } from './zones.js';

const none = <T>(): Inferred<T> => ({ value: null, origin: 'none', confidence: 0 });

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * Normalises any date string (ISO 8601, RFC 822 feed dates, "March 12, 2025", "12.03.2025") to
 * YYYY-MM-DD as written, without shifting it through the local time zone. Null when no full date.
 */
export function normaliseDate(value: string): string | null {
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (iso) return validDay(+iso[1]!, +iso[2]!, +iso[3]!);
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const d = new Date(s.length === 10 ? +s * 1000 : +s);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  // Day-first numeric dates ("12.03.2025") are the norm outside the US; chrono reads them month-first.
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(s);
  if (dmy && +dmy[1]! > 12) return validDay(+dmy[3]!, +dmy[2]!, +dmy[1]!);
  if (dmy && s.includes('.')) return validDay(+dmy[3]!, +dmy[2]!, +dmy[1]!);
  const parsed = chrono.parse(s, new Date(Date.UTC(2000, 0, 1)));
  const first = parsed[0];
  if (!first || !WRITTEN_YEAR.test(first.text)) return null;
  if (!first || !first.start.isCertain('year') || !first.start.isCertain('month') || !first.start.isCertain('day')) return null;
  return validDay(first.start.get('year')!, first.start.get('month')!, first.start.get('day')!);
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? ymd(y, m, d) : null;
}

const WRITTEN_YEAR = /(?:^|\D)(?:1[89]|2[0-2])\d{2}(?:\D|$)/;

/** chrono's strict parsers by ISO 639-1 code, for the languages it has (English is always read). */
const CHRONO_LOCALES: Readonly<Record<string, { parse: typeof chrono.strict.parse }>> = {
  de: chrono.de.strict, fr: chrono.fr.strict, ja: chrono.ja.strict, pt: chrono.pt.strict, nl: chrono.nl.strict, zh: chrono.zh.strict, ru: chrono.ru.strict, es: chrono.es.strict,
  uk: chrono.uk.strict, it: chrono.it.strict, sv: chrono.sv.strict, fi: chrono.fi.strict, vi: chrono.vi.strict, id: chrono.id.strict,
};

/** Full dates (year, month and day all written) inside a span of the text. */
export function fullDatesIn(text: string, start: number, end: number, language: string | null = null): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  // strict: formal dates only, so "on Tuesday" or "last week" never count. A text in a language chrono
  // reads ("13 марта 2025 года", "12 березня 2025 року") is read in it as well as in English.
  const local = language && language !== 'en' ? CHRONO_LOCALES[language] : undefined;
  const results = chrono.strict.parse(text.slice(start, end), new Date(Date.UTC(2000, 0, 1)));
  if (local) for (const r of local.parse(text.slice(start, end), new Date(Date.UTC(2000, 0, 1)))) if (!results.some((x) => x.index < r.index + r.text.length && r.index < x.index + x.text.length)) results.push(r);
  results.sort((a, b) => a.index - b.index);
  for (const r of results) {
    const c = r.start;
    // chrono marks relative dates ("Tuesday", "yesterday") certain against the reference date.
    if (!WRITTEN_YEAR.test(r.text)) continue;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    // Dotted numeric dates ("12.03.2025") are day-first wherever they are written; chrono reads them month-first.
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(r.text.trim());
    const value = dotted ? validDay(+dotted[3]!, +dotted[2]!, +dotted[1]!) : validDay(c.get('year')!, c.get('month')!, c.get('day')!);
    if (value) out.push({ value, start: start + r.index, end: start + r.index + r.text.length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Outlets
// ---------------------------------------------------------------------------------------------

/** Readable names of well-known news hosts; any other host is shown as its bare domain. */
const HOST_NAMES: Readonly<Record<string, string>> = {
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'theguardian.com': 'The Guardian',
  'ft.com': 'Financial Times',
  'bloomberg.com': 'Bloomberg',
  'cnn.com': 'CNN',
  'edition.cnn.com': 'CNN',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'foxnews.com': 'Fox News',
  'cnbc.com': 'CNBC',
  'npr.org': 'NPR',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'axios.com': 'Axios',
  'aljazeera.com': 'Al Jazeera',
  'france24.com': 'France 24',
  'dw.com': 'DW',
  'euronews.com': 'Euronews',
  'kyivindependent.com': 'The Kyiv Independent',
  'kyivpost.com': 'Kyiv Post',
  'pravda.com.ua': 'Ukrainska Pravda',
  'ukrinform.net': 'Ukrinform',
  'ukrinform.ua': 'Ukrinform',
  'tass.com': 'TASS',
  'tass.ru': 'TASS',
  'ria.ru': 'RIA Novosti',
  'rt.com': 'RT',
  'english.pravda.ru': 'Pravda.Ru',
  'pravda.ru': 'Pravda.Ru',
  'themoscowtimes.com': 'The Moscow Times',
  'meduza.io': 'Meduza',
  'interfax.com': 'Interfax',
  'afp.com': 'AFP',
  'usatoday.com': 'USA Today',
  'huffpost.com': 'HuffPost',
  'huffingtonpost.com': 'HuffPost',
  'breitbart.com': 'Breitbart',
  'theatlantic.com': 'The Atlantic',
  'economist.com': 'The Economist',
  'newsweek.com': 'Newsweek',
  'time.com': 'Time',
  'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph',
  'thetimes.co.uk': 'The Times',
  'spiegel.de': 'Der Spiegel',
  'lemonde.fr': 'Le Monde',
  'rferl.org': 'RFE/RL',
  'voanews.com': 'VOA',
  'yahoo.com': 'Yahoo News',
  'news.yahoo.com': 'Yahoo News',
  'msn.com': 'MSN',
};

/** `https://www.reuters.com/world/...` → "Reuters"; unknown hosts → their domain without `www.`. */
export function outletFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host || /^[\d.]+$/.test(host) || host === 'localhost') return null;
  host = host.replace(/^(?:www|m|amp|mobile)\./, '');
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (HOST_NAMES[h]) return HOST_NAMES[h]!;
  }
  return host;
}

/**
 * Names outlets go by besides their usual one, for when no knowledge base is given (the packs' organisation
 * entries, when given, win): a copyright line's "The Associated Press" and a dateline's "(AP)" are one outlet.
 */
const BUILTIN_OUTLET_ALIASES: Readonly<Record<string, string>> = {
  ap: 'Associated Press',
  'a.p.': 'Associated Press',
  'associated press': 'Associated Press',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  'thomson reuters': 'Reuters',
  'bloomberg news': 'Bloomberg',
  'new york times': 'The New York Times',
  'washington post': 'The Washington Post',
  'wall street journal': 'The Wall Street Journal',
  'bbc news': 'BBC',
  'cnn wire': 'CNN',
};

const outletKey = (s: string) => s.trim().toLowerCase().replace(/^(?:the\s+|www\.)/, '').replace(/\s+/g, ' ');
const kbOutletIndex = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The organisation names and aliases of a knowledge base, keyed for outlet look-up (built once per kb). */
function outletIndex(kb: KnowledgeBase): Map<string, string> {
  let index = kbOutletIndex.get(kb);
  if (index) return index;
  index = new Map();
  for (const actor of kb.actors.values()) {
    if (actor.type !== 'organization') continue;
    for (const name of [actor.name, ...(actor.aliases ?? [])]) if (!index.has(outletKey(name))) index.set(outletKey(name), actor.name);
  }
  kbOutletIndex.set(kb, index);
  return index;
}

/** The canonical name of an outlet: the pack's organisation name when one matches, else a built-in alias, else as found. */
export function canonicalOutlet(name: string, kb?: KnowledgeBase): string {
  const key = outletKey(name);
  return (kb ? outletIndex(kb).get(key) : undefined) ?? BUILTIN_OUTLET_ALIASES[key] ?? HOST_NAMES[key] ?? name.trim();
}

/** Whether a name is a known outlet (a pack organisation, a built-in alias or agency) or shaped like one. */
function isKnownOrOutletShaped(name: string, kb?: KnowledgeBase): boolean {
  const key = outletKey(name);
  return isOutletShaped(name) || !!BUILTIN_OUTLET_ALIASES[key] || (!!kb && outletIndex(kb).has(key));
}

/** English names of languages ("Ukrainian", "Polish"), from ICU, so "Translated from the Ukrainian" names no outlet. */
let languageNames: Set<string> | null = null;
function isLanguageName(name: string): boolean {
  if (!languageNames) {
    languageNames = new Set();
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters) for (const b of letters) {
      const n = names.of(a + b);
      if (n) languageNames.add(n.toLowerCase());
    }
  }
  return languageNames.has(name.trim().toLowerCase());
}

/** Trims an outlet name found in chrome: "HuffPost’s politics" → "HuffPost", "NBC News." → "NBC News". */
const cleanOutlet = (s: string) =>
  s
    .trim()
    .replace(/\s+(?:by\s+)?click(?:ing)?\s+here\b.*$/iu, '')
    .replace(/['’]s\b.*$/u, '')
    // "… by the Example Chronicle on March 3, 2025": the day the name is followed by is no part of it.
    .replace(new RegExp(`\\s+(?:on|in)\\s+(?:(?:${MONTH_NAMES})\\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d).*$`, 'u'), '')
    .replace(/[\s.!,;:]+$/u, '');

/** "Jane Doe", "Jane Q. Doe": a person's name, as photo copyright lines give ("© Jane Doe"). */
const PERSON_NAME = /^(?!The\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;

/** A run of capitalised words ("Daily Example", "Example.Ru", "Voice of Example"); dots only inside a word. */
const OUTLET_WORD = "[\\p{Lu}\\p{N}](?:[\\p{L}\\p{N}&'’\\-]|\\.(?=[\\p{L}\\p{N}]))*";
const OUTLET_NAME = `${OUTLET_WORD}(?:\\s+(?:(?:of|and|&|for|on|the)\\s+)*${OUTLET_WORD})*`;

/** The outlet a signature, subscription prompt or copyright line names, with the span of the name. */
export function outletFromChrome(text: string, zone: Zone): { name: string; start: number; end: number } | null {
  const line = text.slice(zone.start, zone.end);
  // "KXRB 7 News" alone above the headline: the whole line is the name.
  if (zone.kind === 'signature' && zone.rule === 'site-name') {
    const name = line.trim();
    const offset = line.indexOf(name);
    return { name, start: zone.start + offset, end: zone.start + offset + name.length };
  }
  if (zone.kind === 'signature' && zone.rule === 'distribution') {
    const m = /^\s*(?:Distributed|Syndicated|Supplied|Provided)\s+(?:by|through|via)\s+(?:the\s+)?(.+?)[\s.]*$/u.exec(line);
    if (!m) return null;
    const offset = line.lastIndexOf(m[1]!);
    return { name: m[1]!, start: zone.start + offset, end: zone.start + offset + m[1]!.length };
  }
  if (zone.kind === 'signature' && zone.rule === 'masthead') {
    // "The Straits Times, March 15, 2025", "July 11, 2025 | Example Monitor": the name beside the date.
    const masthead = mastheadName(line.trim());
    if (masthead) {
      const offset = line.indexOf(masthead.name);
      return { name: masthead.name, start: zone.start + offset, end: zone.start + offset + masthead.name.length };
    }
  }
  const patterns: RegExp[] =
    zone.kind === 'signature'
      ? // The name ends at a comma (a date follows), a sentence end ("… Courier. Read more at …") or the line end.
        [
          /^(?:Read (?:more|the (?:full|original|rest of the) (?:story|article|report))|Continue reading|Full (?:story|article)) (?:at|on|from) (\S+(?:\s+\S+){0,5}?)\.?$/iu,
          // "Source: Example Gazette, 12.03.2025": a feed item's source, maybe with its day.
          /^Source\s*:\s*(.+?)(?:,\s*[^,]*\d[^,]*)?\.?$/iu,
          /\bOriginal(?: (?:article|text|story|source|report|version|publication))?\s*:\s*(?:the\s+)?(.+?)(?:,\s*[^,]*\d[^,]*)?\.?$/iu,
          // "Translated from the Example Herald" (a language, "Translated from the Ukrainian", is dropped by the caller).
          new RegExp(`[Tt]ranslated (?:(?:automatically|by machine) )?from (?:the\\s+)?(${OUTLET_NAME})(?=\\s*(?:[,;!?(]|\\.\\s|\\.?\\s*$)|\\s+\\p{Ll})`, 'u'),
          new RegExp(`\\b(?:[Aa]ppeared|[Pp]ublished|[Pp]osted|[Pp]rinted|ran|[Rr]epublished|[Rr]eprinted|[Rr]eproduced|[Ss]yndicated|produced|co-published)\\s+(?:first\\s+|originally\\s+|here\\s+)?(?:on|in|at|by|from|in partnership with|with (?:the\\s+)?(?:kind\\s+)?permission (?:from|of)|courtesy of|by arrangement with)\\s+(?:the\\s+)?(${OUTLET_NAME}|[\\w\\-]+(?:\\.[\\w\\-]+)*\\.[a-z]{2,})(?=\\s*(?:[,;!?(]|\\.\\s|\\.?\\s*$)|\\s+\\p{Ll})`, 'u'),
        ]
      : zone.kind === 'subscription'
        ? [
            /^(?:subscribe|sign up)\s+(?:to|for)\s+(?:the\s+)?(.+?)(?:['’]s)?\s+(?:telegram|facebook|twitter|youtube|instagram|whatsapp|newsletters?|channel|rss|daily|weekly|podcast|updates|alerts|on\b|for\b|here\b)/i,

            // "Follow X on Twitter" names the outlet or one of its reporters; the caller keeps only outlets.
            /^follow\s+(.+?)\s+on\s+(?:twitter|x|facebook|instagram|telegram|youtube|tiktok|linkedin|threads|bluesky|google news)\b/i,
          ]
        : zone.kind === 'boilerplate' && zone.rule === 'copyright'
          ? // "(c) 2024 X, distributed by Y": X wrote it, Y passed it on; "© X Media Group 2025": the year may follow.
            [/^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?(?:[.,;]?\s*(?:all rights reserved|(?:distributed|syndicated|licensed|provided)\s+(?:by|through|via)\b).*)?[\s.]*$/i]
          : [];
  for (const re of patterns) {
    // The last match: a feed signature's post title may itself say "published in …".
    const m = [...line.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].at(-1);
    if (!m || !m[1]) continue;
    // A lower-case "the" before the name is the sentence's; a capital one is the name's ("The Example Herald").
    const name = cleanOutlet(m[1].replace(/^the\s+/, ''));
    // An outlet name is a short proper name, not a phrase.
    if (!name || name.split(/\s+/).length > 6 || !/^[\p{Lu}\p{N}]|^[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}$/u.test(name)) continue;
    if (/^\s*follow\b/i.test(line) && !isKnownOrOutletShaped(name)) continue;
    // "Translated from the Ukrainian": a language, not an outlet.
    if (isLanguageName(name)) continue;
    // A photographer's copyright under a picture names a person, not the publisher.
    if (zone.rule === 'copyright' && PERSON_NAME.test(name) && !isKnownOrOutletShaped(name) && !/rights reserved/i.test(line)) continue;
    const offset = line.indexOf(name, m.index);
    return { name, start: zone.start + offset, end: zone.start + offset + name.length };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Language
// ---------------------------------------------------------------------------------------------

/** franc-min answers in ISO 639-3; Parley stores ISO 639-1 where one exists (as HTML lang does). */
const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en', rus: 'ru', ukr: 'uk', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl',
  pol: 'pl', tur: 'tr', arb: 'ar', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', ben: 'bn', fas: 'fa',
  pes: 'fa', urd: 'ur', ind: 'id', zlm: 'ms', vie: 'vi', tha: 'th', ron: 'ro', ces: 'cs', slk: 'sk',
  hun: 'hu', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr',
  bos: 'bs', slv: 'sl', bel: 'be', heb: 'he', kat: 'ka', hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz',
  swh: 'sw', tgl: 'tl', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa',
  amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so', npi: 'ne', sin: 'si', mya: 'my', khm: 'km',
  lit: 'lt', lav: 'lv', ekk: 'et', cat: 'ca', glg: 'gl', eus: 'eu',
};

/**
 * Characters of text franc reads. Its cost grows with the text's distinct trigrams and was a fifth of the
 * analysis time at 4,000; on the 924 PolNeAR articles and the seeds the first 1,000 give the same
 * language for every one (the confidence, which depends on the runner-up's score, shifts by a few points).
 */
const LANGUAGE_SAMPLE_CHARS = 1000;
/** The quick sample, and the lead of its winner over the runner-up that settles the language without the full sample. */
const QUICK_SAMPLE_CHARS = 300;
const CLEAR_GAP = 0.06;
/** Characters (spaces aside) below which franc's answer is not trusted, and the confidence it then gets (under the pipeline's 0.7). */
const SHORT_SAMPLE_CHARS = 100;
const SHORT_SAMPLE_CONFIDENCE = 0.6;

/**
 * The commonest English words: in the first 600 characters of 840 PolNeAR news articles they are 31% of the
 * words (median), 20% or more in 99% of them; in Portuguese, Italian, Indonesian, Korean and Russian pages of
 * the extraction benchmark 5% at most, since those languages have their own articles and prepositions.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for on with as was at by it from be have has had are were this which but not or his her their its they he she who will would said an been'.split(' '),
);
/** Share of function words above which a sample is English without asking franc (which costs a trigram profile per language). */
const CLEARLY_ENGLISH = 0.2;

/** Detects the language of a text: clearly English by its function words, else with franc-min (trigram profiles of 82 languages). */
export function detectLanguage(sample: string): { value: string; confidence: number; method: 'function-words' | 'franc' } | null {
  let text = sample.slice(0, LANGUAGE_SAMPLE_CHARS);
  if (text.replace(/\s+/g, '').length < 40) return null;
  const words = text.slice(0, QUICK_SAMPLE_CHARS * 2).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 20 && words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length >= CLEARLY_ENGLISH) {
    return { value: 'en', confidence: 0.9, method: 'function-words' };
  }
  // A short sample first: when its winner is clear the long one agrees (on the 840 PolNeAR training
  // articles, 300 characters already named English for every one, with a gap of 0.07 or more for 95%);
  // close relatives (Spanish and Portuguese, Russian and Ukrainian) leave a small gap and get the long one.
  let ranked = francAll(text.slice(0, QUICK_SAMPLE_CHARS), { minLength: 40 });
  if (text.length > QUICK_SAMPLE_CHARS && ranked.length > 1 && 1 - ranked[1]![1] < CLEAR_GAP) ranked = francAll(text, { minLength: 40 });
  else text = text.slice(0, QUICK_SAMPLE_CHARS);
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return null;
  // franc scores are relative (best = 1); a clear gap to the runner-up and more text mean more trust.
  const gap = second ? 1 - second[1] : 1;
  const length = Math.min(1, text.length / 1000);
  let confidence = Math.round(Math.min(0.95, 0.5 + 0.3 * length + gap * 2) * 100) / 100;
  // On a headline-length text franc's winner is a guess however wide its lead: English headlines were read
  // as French ("EU leaders back new sanctions package against Moscow.", 0.95) or Dutch. Kept below the
  // trust the pipeline needs to leave the English rules out, so such a report still gets them.
  if (text.replace(/\s+/g, '').length < SHORT_SAMPLE_CHARS) confidence = Math.min(confidence, SHORT_SAMPLE_CONFIDENCE);
  return { value: ISO639_3_TO_1[best[0]] ?? best[0], confidence, method: 'franc' };
}

/**
 * The text franc reads: body lines first (headlines are short and often title-cased, chrome is in any
 * language), stopping once the sample is long enough, so the cost does not grow with the article.
 */
function languageSample(text: string, zones: readonly Zone[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const kinds of [['body'], ['title', 'heading', 'caption']] as const) {
    for (const z of zones) {
      if (!(kinds as readonly string[]).includes(z.kind)) continue;
      parts.push(text.slice(z.start, Math.min(z.end, z.start + LANGUAGE_SAMPLE_CHARS - length)));
      length += parts.at(-1)!.length + 1;
      if (length >= LANGUAGE_SAMPLE_CHARS) return parts.join('\n');
    }
  }
  return parts.join('\n');
}

/** "en-US", "EN", "en_GB" → "en". */
const normaliseLanguage = (s: string) => s.trim().toLowerCase().split(/[-_]/)[0]!;

// ---------------------------------------------------------------------------------------------
// Inference
// ---------------------------------------------------------------------------------------------

/**
 * Title, outlet, publication date, language and byline, from given metadata or the text. With a knowledge
 * base, outlet names are normalised to its organisation entries ("The Associated Press" → its pack name).
 */
export function inferMetadata(raw: RawDocument, zones: readonly Zone[], kb?: KnowledgeBase): DocumentMetadata {
  const text = raw.text;
  const givenOrigin = (field: 'title' | 'outlet' | 'published' | 'byline' | 'language') => {
    const o = raw.given.origin?.[field];
    return o ? (o.startsWith(`${raw.format}:`) ? o : `${raw.format}:${o}`) : `${raw.format}:given`;
  };
  const zoneText = (z: Zone) => text.slice(z.start, z.end).trim();
  const evidence = (z: Zone) => {
    const s = text.slice(z.start, z.end);
    const lead = s.length - s.trimStart().length;
    return textSpan(text, z.start + lead, z.start + s.trimEnd().length);
  };

  // Title
  let title: Inferred<string> = none();
  if (raw.given.title?.trim()) title = { value: raw.given.title.trim(), origin: givenOrigin('title'), confidence: 0.95 };
  else {
    const z = zones.find((q) => q.kind === 'title');
    const front = zones.find((q) => q.rule === 'markdown-front-matter' && FRONT_MATTER_TITLE.test(text.slice(q.start, q.end)));
    const m = front ? FRONT_MATTER_TITLE.exec(text.slice(front.start, front.end)) : null;
    if (front && m?.indices?.[2]) {
      const [start, end] = m.indices[2].map((k) => front.start + k) as [number, number];
      title = { value: text.slice(start, end), origin: 'text:front-matter', confidence: 0.9, evidence: textSpan(text, start, end) };
    } else if (z) title = { value: zoneText(z), origin: 'text:first-line', confidence: 0.6, evidence: evidence(z) };
  }

  // Outlet: who published this text. Bylines of cited outlets in the body ("Reuters reported") and
  // photo credits ("Name | Reuters") are sources, not the publisher, so only chrome zones count.
  let outlet: Inferred<string> = none();
  if (raw.given.outlet?.trim()) outlet = { value: raw.given.outlet.trim(), origin: givenOrigin('outlet'), confidence: 0.95 };
  else outlet = outletFromText(text, zones, raw.url, kb, raw.given.origin?.title?.endsWith('title') ? raw.given.title ?? null : null);

  // Language
  let language: Inferred<string> = none();
  if (raw.given.language?.trim()) language = { value: normaliseLanguage(raw.given.language), origin: givenOrigin('language'), confidence: 0.9 };
  // Pages declare the site's language on every article (lang="de" on an English report): a declared
  // language other than English is checked against the text, which wins when it is clearly English.
  if (language.value && language.value !== 'en') {
    const detected = detectLanguage(languageSample(text, zones));
    if (detected?.value === 'en' && detected.confidence >= 0.7) language = { value: 'en', origin: `text:${detected.method}`, confidence: detected.confidence };
  }
  if (!language.value) {
    const detected = detectLanguage(languageSample(text, zones));
    if (detected) language = { value: detected.value, origin: `text:${detected.method}`, confidence: detected.confidence };
  }

  // Published
  let published: Inferred<string> = none();
  const givenDate = raw.given.published ? normaliseDate(raw.given.published) : null;
  if (givenDate) published = { value: givenDate, origin: givenOrigin('published'), confidence: 0.95 };
  else published = publishedFromText(text, zones, language.value);

  // Byline
  let byline: Inferred<string> = none();
  if (raw.given.byline?.trim()) byline = { value: raw.given.byline.trim(), origin: givenOrigin('byline'), confidence: 0.95 };
  else {
    // A "By …" line names the author, a desk signature stands in when there is none; wire credit trailers,
    // contributor lines and agency sign-offs list helpers and suppliers, not the author.
    const bylines = zones.filter((q) => q.kind === 'byline');
    // An author line that names only an outlet ("Associated Press") gives the outlet, not the author.
    const person = (q: Zone) =>
      q.rule === 'by-name' ||
      (q.rule === 'author-line' && !isKnownOrOutletShaped(text.slice(q.start, q.end).trim(), kb)) ||
      (q.rule === 'posted-on-by' && !isKnownOrOutletShaped(postedOnBy(text.slice(q.start, q.end).trim()) ?? '', kb));
    const z = bylines.find(person) ?? bylines.find((q) => q.rule === 'desk-byline' || q.rule === 'outlet-staff');
    if (z) {
      const ev = evidence(z);
      const m = /^(?:(?:posted|written|story|article|words|text|report)\s+)?by\s+(.+?)\s*$/i.exec(ev.text);
      const names =
        z.rule === 'author-line' ? authorLineNames(ev.text) ?? ev.text
        : z.rule === 'posted-on-by' ? postedOnBy(ev.text)
        : z.rule === 'outlet-staff' && !m ? ev.text.replace(/^[-–—]+\s*/, '')
        : null;
      const name = names ?? (m ? m[1]!.replace(/\s*[|–—/•]\s*.*$/, '').replace(/,\s*[^,]*\b(?:correspondents?|reporters?|editors?|writers?|columnists?|contributors?|analysts?|journalists?|producers?|bureau chief|desk)\b.*$/iu, '').replace(/,\s*(?:\p{Lu}[\p{L}.]*\s*){1,3}$/u, '').trim() : ev.text);
      const start = ev.start + ev.text.indexOf(name);
      byline = { value: name, origin: 'text:byline', confidence: 0.8, evidence: textSpan(text, start, start + name.length) };
    }
  }

  if (title.value && outlet.value && title.origin !== 'text:first-line') {
    const bare = withoutSiteSuffix(title.value, outlet.value);
    if (bare !== title.value) title = { ...title, value: bare };
  }
  // The outlet read off the title line's tail is no part of the headline; the evidence shrinks with it.
  if (title.value && title.evidence && outlet.origin === 'text:title-suffix') {
    const bare = withoutSiteSuffix(title.value, outlet.value!);
    if (bare !== title.value && title.value.startsWith(bare)) title = { ...title, value: bare, evidence: textSpan(text, title.evidence.start, title.evidence.start + bare.length) };
  }

  return { title, outlet, published, language, byline };
}

/** "The Kyiv Independent", "KyivIndependent.com", "TheKyivIndependent" → "kyivindependent": a site name as compared with a title's tail. */
const siteKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/\.(?:com|net|org|co\.uk|co|ca|info|news|ru|ua|de|fr|in)\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^the/, '');

/** What may follow a site's name in its own spelling of it: nothing, or words of web publishing. */
const SITE_WORDS = /^(?:com|net|org|online|news|uk|us|tv|media|live|today|digital|web|site)*$/;

/**
 * A page title without the site name its publisher appends ("Talks resume | The Daily Example",
 * "Talks resume - Sportsnet"): only when the tail is the outlet itself, so a subtitle after a dash stays.
 */
export function withoutSiteSuffix(title: string, outlet: string): string {
  const m = /^(.{12,})\s+(?:[|–—-]|::|•)\s+(.{2,60})$/u.exec(title);
  if (!m) return title;
  const tail = siteKey(m[2]!);
  const site = siteKey(outlet);
  if (tail.length < 2 || site.length < 2) return title;
  // Equal, or different only by words that name no subject ("Sportsnet" / "Sportsnet.ca", "TheHill" / "The Hill
  // News"): "Reuters/Ipsos poll", "Timeline of events", "New York" are subtitles, not the site.
  const [short, long] = tail.length <= site.length ? [tail, site] : [site, tail];
  return short.length >= 2 && long.startsWith(short) && SITE_WORDS.test(long.slice(short.length)) ? m[1]!.trim() : title;
}

type Found = { value: string; start: number; end: number };

/** The outlet named after the author in a header byline: "By Jane Doe, Reuters", "Jane Doe | The Example Herald". */
function outletFromByline(text: string, zone: Zone, kb?: KnowledgeBase): Found | null {
  const line = text.slice(zone.start, zone.end);
  // Segments after the names; a role may name its outlet ("Moscow correspondent for The Example Herald").
  const segments = [...line.matchAll(/[^|/–—•,]+?(?=\s+-\s+|[|/–—•,]|$)/gu)].slice(1);
  for (const seg of segments) {
    const raw = seg[0].replace(/^\s*-\s+/, '');
    // "Special to the Example Courier": a contributor's piece for that outlet.
    const role = /^(.*?\s(?:at|for|with|to)\s+(?:the\s+)?)(.+)$/u.exec(raw);
    for (const cand of role ? [raw, role[2]!] : [raw]) {
      const name = cand.replace(/\.$/, '').trim();
      if (!name || !isKnownOrOutletShaped(name, kb) || /^(?:Staff|Special|Senior|Chief)\b/.test(name)) continue;
      const start = zone.start + seg.index! + seg[0].indexOf(name);
      return { value: name, start, end: start + name.length };
    }
  }
  return null;
}

/** "Example Broadcasting Inc.", "Example Holdings LLC": a company, which owns outlets rather than being one. */
const CORPORATE_SUFFIX = /\b(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Company|Co|Holdings|plc|PLC|GmbH|AG|S\.A|N\.V|LLP|LP)\.?$/u;

/** "Example Ledger LLC" → "Example Ledger", its span shrunk to match. */
function withoutCorporateSuffix(f: Found): Found {
  const value = f.value.replace(new RegExp(`,?\\s+${CORPORATE_SUFFIX.source}`, 'u'), '').trim();
  return value ? { value, start: f.start, end: f.start + value.length } : f;
}

/**
 * The site name a page's <title> ends with: after " | " any short capitalised name that is no section label,
 * after a dash only a name shaped like an outlet (a dash also opens subtitles).
 */
export function siteFromPageTitle(title: string, kb?: KnowledgeBase): string | null {
  const m = /^(.{12,}?)\s+([|–—-]|::|•)\s+([^|–—•]{2,60}?)\s*$/u.exec(title.trim());
  if (!m) return null;
  const tail = m[3]!;
  if (isKnownOrOutletShaped(tail, kb)) return tail;
  const capitalised = /^(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*){0,4}$/u.test(tail);
  return m[2] === '|' && capitalised && !SECTION_LABEL.test(tail) ? tail : null;
}

/** Section labels a title may end with instead of the site ("| World", "| Opinion"). */
const SECTION_LABEL = /^(?:World|News|Politics|Business|Opinion|Analysis|Europe|Asia|Americas|Africa|Middle East|US|U\.S\.|UK|Local|National|International|Sports?|Tech(?:nology)?|Science|Health|Culture|Live|Video|Photos|Latest|Breaking News|Top Stories|Home)$/iu;

/** A capitalised name of up to five words, as a dateline's bracket holds it; wire update notes ("UPDATE 1") are not names. */
const DATELINE_NAME = /^(?!(?:UPDATE|Updated|Adds|Corrected|Refiled|Recasts|Repeats|Video|Photos?|Live)\b)\p{Lu}[\p{L}\p{N}&'’.\-]*(?:\s+(?:of\s+|&\s+|and\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*){0,4}$/u;

/** A page title's site suffix ("Talks resume | Example Daily News", "Talks resume - WKRB-TV"), when the tail is shaped like an outlet. */
function outletFromTitle(text: string, zones: readonly Zone[], kb?: KnowledgeBase): Found | null {
  const z = zones.find((q) => q.kind === 'title');
  if (!z) return null;
  const line = text.slice(z.start, z.end);
  const m = /^(.{12,}?)\s+(?:[|–—-]|::|•)\s+([^|–—•]{2,60}?)\s*$/u.exec(line);
  if (!m || !isKnownOrOutletShaped(m[2]!, kb)) return null;
  const start = z.start + m.index + m[0].lastIndexOf(m[2]!);
  return { value: m[2]!, start, end: start + m[2]!.length };
}

/**
 * The outlet from the text: first who wrote it, then the site that carries it. In order: a feed, syndication,
 * translation or print-edition signature, a header byline's outlet (or the outlet's own staff), a subscription
 * prompt, a copyright line (not a company's), a wire dateline, an agency sign-off; then the site's name above or
 * under the headline, a title suffix, the URL host, a company's copyright, a commissioned photo credit, a
 * distributor, and last the wire-credit house style ("(Reporting by …; Editing by …)" is how Reuters signs its
 * copy; other agencies write "contributed").
 */
function outletFromText(text: string, zones: readonly Zone[], url: string | null, kb?: KnowledgeBase, pageTitle: string | null = null): Inferred<string> {
  const make = (f: Found, origin: string, confidence: number): Inferred<string> => ({
    value: canonicalOutlet(f.value, kb),
    origin,
    confidence,
    evidence: textSpan(text, f.start, f.end),
  });
  const chrome = (pick: (z: Zone) => boolean): Found | null => {
    for (const z of zones) {
      if (!pick(z)) continue;
      const f = outletFromChrome(text, z);
      if (f) return { value: f.name, start: f.start, end: f.end };
    }
    return null;
  };
  // The hosting site's own name (a line above the headline) ranks with the URL host, below who wrote the text.
  let f = chrome((z) => z.kind === 'signature' && z.rule !== 'distribution' && z.rule !== 'site-name');
  if (f) return make(f, 'text:signature', 0.85);
  for (const z of zones) {
    if (z.kind !== 'byline' || (z.rule !== 'by-name' && z.rule !== 'author-line' && z.rule !== 'outlet-staff' && z.rule !== 'posted-on-by')) continue;
    const line = text.slice(z.start, z.end);
    // "Posted on <day> by Example Ledger": the site posting under its own name.
    const poster = z.rule === 'posted-on-by' ? postedOnBy(line.trim()) : null;
    if (poster) {
      if (!isKnownOrOutletShaped(poster, kb)) continue;
      const start = z.start + line.lastIndexOf(poster);
      return make({ value: poster, start, end: start + poster.length }, 'text:byline', 0.75);
    }
    // "By Example Signal Staff", "— Example Ledger staff": the outlet signs its own copy.
    const staff = z.rule === 'outlet-staff' ? outletStaffName(line.trim()) : null;
    if (staff) {
      const start = z.start + line.indexOf(staff);
      return make({ value: staff, start, end: start + staff.length }, 'text:byline', 0.8);
    }
    f = outletFromByline(text, z, kb);
    // An author line that is all outlet ("Associated Press", "Example Daily News" above the stamp).
    const whole = line.trim();
    if (!f && z.rule === 'author-line' && isKnownOrOutletShaped(whole, kb)) {
      const start = z.start + line.indexOf(whole);
      f = { value: whole, start, end: start + whole.length };
    }
    if (f) return make(f, 'text:byline', 0.8);
  }
  f = chrome((z) => z.kind === 'subscription');
  if (f) return make(f, 'text:subscription', 0.75);
  // A company's copyright ("Example Broadcasting Inc.") names the owner, not the outlet: only when nothing names the site.
  const copyright = chrome((z) => z.kind === 'boilerplate' && z.rule === 'copyright');
  const corporate = !!copyright && CORPORATE_SUFFIX.test(copyright.value);
  if (copyright && !corporate) return make(copyright, 'text:copyright', 0.7);
  // "Example Ledger LLC" is the outlet's company; its name is the outlet's.
  const company = copyright && corporate ? withoutCorporateSuffix(copyright) : null;
  const dl = zones.find((z) => z.kind === 'dateline');
  const m = dl ? /\(([^()]+)\)|\/([^/]+)\//.exec(text.slice(dl.start, dl.end)) : null;
  // "(The Star/Reuters)": the paper that printed the agency's copy is the outlet.
  const agency = m ? (m[1] ?? m[2])!.split('/')[0]!.trim() : null;
  // A wire agency, or any outlet named in the dateline's brackets ("EVERETT, Wash. (Example Wire) —").
  // The bracket after a dateline's place holds the outlet, so any short name there is one ("KYIV (Example Signal) —").
  const datelineOutlet = agency ? (DATELINE_AGENCIES[agency] ?? (isKnownOrOutletShaped(agency, kb) || DATELINE_NAME.test(agency) ? agency : null)) : null;
  if (dl && m && agency && datelineOutlet) {
    const start = dl.start + m.index + 1;
    return make({ value: datelineOutlet, start, end: start + agency.length }, 'text:dateline', 0.7);
  }
  // "— AFP" closing the copy: the agency that filed it ("With inputs from PTI" only helped, and names no outlet).
  for (const z of zones) {
    if (z.kind !== 'byline' || z.rule !== 'agency-signoff') continue;
    const line = text.slice(z.start, z.end);
    const a = /^\s*[-–—]{1,2}\s*([^,&]+?)\s*(?:[,.]|$)/u.exec(line);
    const name = a ? a[1]!.trim() : null;
    if (!name || !DATELINE_AGENCIES[name]) continue;
    const start = z.start + line.indexOf(name);
    return make({ value: DATELINE_AGENCIES[name]!, start, end: start + name.length }, 'text:agency-signoff', 0.65);
  }
  f = chrome((z) => z.kind === 'signature' && z.rule === 'site-name');
  if (f) return make(f, 'text:site-name', 0.65);
  const titled = outletFromTitle(text, zones, kb);
  if (titled) return make(titled, 'text:title-suffix', 0.65);
  // A page's <title> ends with its site's name far more often than a headline does ("Talks resume | Example Ledger").
  const site = pageTitle ? siteFromPageTitle(pageTitle, kb) : null;
  if (site) return { value: canonicalOutlet(site, kb), origin: 'html:title-suffix', confidence: 0.6 };
  if (url) {
    const name = outletFromUrl(url);
    if (name) return { value: canonicalOutlet(name, kb), origin: 'url:host', confidence: 0.6 };
  }
  if (company) return make(company, 'text:copyright', 0.5);
  // "Photo: Jane Doe for the Example Ledger": a photographer commissioned by the outlet that ran the photo.
  for (const z of zones) {
    if (z.kind !== 'credit') continue;
    const line = text.slice(z.start, z.end);
    const c = /^\s*(?:(?:Photos?|Images?|Pictures?|Video)(?:\s+by)?\s*[:\-–—]?\s*)?\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}\s+for\s+(?:the\s+)?(.+?)[\s.]*$/u.exec(line);
    if (!c || !isKnownOrOutletShaped(c[1]!, kb)) continue;
    const start = z.start + line.lastIndexOf(c[1]!);
    return make({ value: c[1]!, start, end: start + c[1]!.length }, 'text:photo-credit', 0.35);
  }
  // "Distributed by X" with nobody else named: the distributor is the best lead to who supplied the text.
  f = chrome((z) => z.kind === 'signature' && z.rule === 'distribution');
  if (f) return make(f, 'text:distribution', 0.4);
  for (const z of zones) {
    if (z.kind !== 'byline' || z.rule !== 'wire-credit') continue;
    const e = /\bEditing by\b/i.exec(text.slice(z.start, z.end));
    if (e) return { value: canonicalOutlet('Reuters', kb), origin: 'text:house-style', confidence: 0.5, evidence: textSpan(text, z.start + e.index, z.start + e.index + e[0].length) };
  }
  return none();
}

/**
 * The publication day from the text, best evidence first: a "Published: …" stamp (or a bare stamp line in
 * the header), a date on the byline, a dated signature ("Published in the X, May 11th, 2025"), the date of a
 * wire dateline (a month and day without a year takes its year from the text's other dates, with low
 * confidence), else the latest full date in a photo caption (photos are taken on or just before the day of
 * the report). Dates in the body are not used: on PolNeAR the latest body date was within a day of the
 * publication date for only 22 of 76 articles (they name past events), so null is the better answer.
 */
/** Front-matter keys of the publication day. */
const FRONT_MATTER_DATE = /^(?:date|published|pubdate|publishdate|publish_date|created)\s*[:=]/i;
/** A front-matter title line, and its value without quotes. */
const FRONT_MATTER_TITLE = /^\s*title\s*[:=]\s*(["']?)(.+?)\1\s*$/di;

function publishedFromText(text: string, zones: readonly Zone[], language: string | null = null): Inferred<string> {
  const tiers: { match: (z: Zone, i: number) => boolean; origin: string; confidence: number; pick: 'first' | 'latest' }[] = [
    // A Markdown file's front matter: "date: 2025-03-11" (Jekyll, Hugo) says the day the author gave it.
    { match: (z) => z.rule === 'markdown-front-matter' && FRONT_MATTER_DATE.test(text.slice(z.start, z.end).trim()), origin: 'text:front-matter', confidence: 0.9, pick: 'first' },
    { match: (z, i) => isStamp(text, z, i, zones), origin: 'text:timestamp', confidence: 0.8, pick: 'first' },
    { match: (z) => z.kind === 'byline' && HEADER_BYLINES.has(z.rule), origin: 'text:byline-date', confidence: 0.75, pick: 'first' },
    // "Published in the X, May 11th, 2025": the print-edition day is the publication day.
    { match: (z) => z.kind === 'signature', origin: 'text:signature-date', confidence: 0.75, pick: 'first' },
    { match: (z) => z.kind === 'dateline', origin: 'text:dateline-date', confidence: 0.7, pick: 'latest' },
  ];
  for (const tier of tiers) {
    const found = zones.filter(tier.match).flatMap((z) => fullDatesIn(text, z.start, z.end, language));
    if (found.length === 0) continue;
    const best = tier.pick === 'first' ? found[0]! : found.reduce((a, b) => (b.value > a.value ? b : a));
    return { value: best.value, origin: tier.origin, confidence: tier.confidence, evidence: textSpan(text, best.start, best.end) };
  }
  // "NEW YORK (AP) — March 4, 2026 — The ...": the AP writes the day right after the dateline, set off by a dash.
  const dl = zones.find((z) => z.kind === 'dateline');
  const after = dl ? fullDatesIn(text, dl.end, Math.min(text.length, dl.end + 40), language)[0] : undefined;
  if (dl && after && !text.slice(dl.end, after.start).trim() && /^\s*[—–-]/.test(text.slice(after.end, after.end + 3))) {
    return { value: after.value, origin: 'text:dateline-date', confidence: 0.7, evidence: textSpan(text, after.start, after.end) };
  }
  const partial = partialDatelineDate(text, zones);
  if (partial) return partial;
  const lead = language && language !== 'en' ? leadDatelineDate(text, zones, language) : leadPlaceDate(text, zones);
  if (lead) return lead;
  const captions = zones.filter((z) => z.kind === 'caption').flatMap((z) => fullDatesIn(text, z.start, z.end, language));
  if (captions.length > 0) {
    const best = captions.reduce((a, b) => (b.value > a.value ? b : a));
    return { value: best.value, origin: 'text:caption-date', confidence: 0.5, evidence: textSpan(text, best.start, best.end) };
  }
  return none();
}

/**
 * "МОСКВА, 13 марта 2025 года. …", "KYIV, 12 березня 2025 року —": a place in capitals and a full date
 * opening the first body paragraph of a text in another language, where the English dateline rules that
 * mark dateline zones do not reach.
 */
function leadDatelineDate(text: string, zones: readonly Zone[], language: string): Inferred<string> | null {
  const first = zones.find((z) => z.kind === 'body');
  if (!first) return null;
  const place = /^\s*\p{Lu}[\p{Lu}\p{M}' .-]{1,40}(?:\([^)]{1,40}\))?,\s*/u.exec(text.slice(first.start, Math.min(first.end, first.start + 200)));
  if (!place || /\p{Ll}/u.test(place[0])) return null;
  const from = first.start + place[0].length;
  const date = fullDatesIn(text, from, Math.min(first.end, from + 40), language)[0];
  if (!date || text.slice(from, date.start).trim()) return null;
  return { value: date.value, origin: 'text:dateline-date', confidence: 0.7, evidence: textSpan(text, date.start, date.end) };
}

/**
 * "Havana, October 29, 2026. The government ...": a place in ordinary capitals and a full date set off by a
 * full stop or a dash at the head of the first paragraph, as Spanish and Latin American wires write the
 * dateline (and so their translations). The stop after the date keeps "Havana, October 29, 2026, was ..." out.
 */
function leadPlaceDate(text: string, zones: readonly Zone[]): Inferred<string> | null {
  const first = zones.find((z) => z.kind === 'body');
  if (!first) return null;
  const place = /^\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2},\s*/u.exec(text.slice(first.start, Math.min(first.end, first.start + 200)));
  if (!place) return null;
  const from = first.start + place[0].length;
  const date = fullDatesIn(text, from, Math.min(first.end, from + 40))[0];
  if (!date || text.slice(from, date.start).trim() || !/^\s*[.—–-]\s/.test(text.slice(date.end, date.end + 3))) return null;
  return { value: date.value, origin: 'text:dateline-date', confidence: 0.65, evidence: textSpan(text, date.start, date.end) };
}

const HEADER_BYLINES = new Set(['by-name', 'author-line', 'desk-byline', 'outlet-staff', 'posted-on-by']);

/**
 * "WASHINGTON, March 13 (Reuters) -": the day of a dateline that does not write its year. The year comes
 * from a full date elsewhere in the text within ten days of that month and day (0.6 when it is the same
 * day, else 0.5), else from the page's copyright year (0.4; 0.5 when the lead's weekday falls on that day
 * in that year). Years merely named in the text are no guide: on the PolNeAR wire copies with a yearless
 * dateline, the latest year named was the publication year for 1 article in 9 (they recall past events).
 * Without either, the day stays unknown rather than take a guessed year.
 */
function partialDatelineDate(text: string, zones: readonly Zone[]): Inferred<string> | null {
  const dl = zones.find((z) => z.kind === 'dateline');
  if (!dl) return null;
  const m = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, 'iu').exec(text.slice(dl.start, dl.end));
  if (!m) return null;
  const month = MONTH_INDEX[m[1]!.slice(0, 3).toLowerCase()]!;
  const day = +m[2]!;
  const evidence = textSpan(text, dl.start + m.index, dl.start + m.index + m[0].length);
  let best: { value: string; distance: number } | null = null;
  for (const full of fullDatesIn(text, dl.end, text.length)) {
    const year = +full.value.slice(0, 4);
    for (const y of [year - 1, year, year + 1]) {
      const value = validDay(y, month, day);
      const distance = value ? Math.abs(dayNumber(value)! - dayNumber(full.value)!) : Infinity;
      if (value && distance <= 10 && (!best || distance < best.distance)) best = { value, distance };
    }
  }
  if (best) return { value: best.value, origin: 'text:dateline-date', confidence: best.distance === 0 ? 0.6 : 0.5, evidence };
  const weekday = leadWeekday(text, dl);
  const onWeekday = (value: string) => weekday !== null && new Date(`${value}T12:00:00Z`).getUTCDay() === weekday;
  // Else the year of the page's own copyright line ("© 2025 Example Herald", "(c) Reuters 2025"), which is
  // the year it was published.
  const year = copyrightYear(text, zones);
  const value = year ? validDay(year, month, day) : null;
  if (value) {
    return onWeekday(value)
      ? { value, origin: 'text:dateline-date+copyright-year+lead-weekday', confidence: 0.5, evidence }
      : { value, origin: 'text:dateline-date+copyright-year', confidence: 0.4, evidence };
  }
  // A weekday alone does not give the year: the same date falls on it every few years, and an archive read
  // years later would get a wrong one. The report stays undated rather than dated by a guess.
  return null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The weekday the dateline's sentence names for what happened ("ended talks in Ankara on Tuesday"), 0 = Sunday;
 * null when it names none, or only one it marks as another week's ("next Monday", "by Friday").
 */
function leadWeekday(text: string, dl: Zone): number | null {
  const rest = text.slice(dl.end, Math.min(text.length, dl.end + 400));
  const sentence = /^[^]*?(?:[.!?](?=\s|$)|\n|$)/.exec(rest)![0];
  const m = /(?<!\b(?:next|last|this|coming|following|until|till|by|before|from|every|each)\s+)\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/i.exec(sentence);
  return m ? WEEKDAYS.findIndex((w) => w.startsWith(m[1]!.toLowerCase())) : null;
}

/**
 * The year of a copyright notice: in the page's copyright line, else a notice in a line of its own words
 * ("This story was first published by Reuters. (c) Reuters 2024."). The year may come before or after the
 * holder's name ("© 2024 Example Herald", "(c) Reuters 2024", "Copyright The Herald 2019-2024": the last).
 */
function copyrightYear(text: string, zones: readonly Zone[]): number | null {
  const read = (s: string) => {
    const c = COPYRIGHT_NOTICE.exec(s);
    const year = c ? +(c[1] ?? c[2]!) : NaN;
    return year >= 1990 && year <= 2200 ? year : null;
  };
  for (const z of zones) {
    if (z.kind !== 'boilerplate' || z.rule !== 'copyright') continue;
    const year = read(text.slice(z.start, z.end));
    if (year) return year;
  }
  for (const z of zones) {
    if (z.kind === 'title') continue;
    const year = read(text.slice(z.start, z.end));
    if (year) return year;
  }
  return null;
}
const COPYRIGHT_NOTICE = /(?:©|\([cC]\)|\b[Cc]opyright\b)\s*(?:©\s*)?(?:(?:\d{4}\s*[-–]\s*)?(\d{4})\b|(?:[Tt]he\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,5},?\s+(?:\d{4}\s*[-–]\s*)?(\d{4})\b(?!\s*[-–/]?\s*\d))/u;

const MONTH_NAMES = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH_INDEX: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** A "Published/Updated: …" line anywhere, or a bare stamp line in the header (the first lines, or beside a byline). */
function isStamp(text: string, z: Zone, index: number, zones: readonly Zone[]): boolean {
  if (z.kind !== 'boilerplate' || z.rule !== 'timestamp') return false;
  if (/^\s*(?:published|updated|posted|last updated|last modified|first published|date)\b/i.test(text.slice(z.start, z.end))) return true;
  if (index < 4) return true;
  const beside = [zones[index - 1], zones[index + 1]];
  return beside.some((b) => b?.kind === 'byline' && HEADER_BYLINES.has(b.rule)) || (index < 8 && beside.some((b) => b?.kind === 'title' || b?.rule === 'deck'));
}
