/**
 * Metadata inference: title, outlet, publication day, language and byline, each with where it came
 * from and how sure Parley is. Given metadata (HTML meta tags, feed fields) wins; the text and the URL
 * fill the gaps.
 */
import * as chrono from 'chrono-node';
import { francAll } from 'franc-min';
import type { DocumentMetadata, Inferred, RawDocument, Zone } from '../core/model.js';
import { textSpan } from '../core/span.js';
import { DATELINE_AGENCIES } from './zones.js';

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

/** Full dates (year, month and day all written) inside a span of the text. */
export function fullDatesIn(text: string, start: number, end: number): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  // strict: formal dates only, so "on Tuesday" or "last week" never count.
  for (const r of chrono.strict.parse(text.slice(start, end), new Date(Date.UTC(2000, 0, 1)))) {
    const c = r.start;
    // chrono marks relative dates ("Tuesday", "yesterday") certain against the reference date.
    if (!WRITTEN_YEAR.test(r.text)) continue;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const value = validDay(c.get('year')!, c.get('month')!, c.get('day')!);
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
  'apnews.com': 'AP',
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

/** Trims an outlet name found in chrome: "HuffPost’s politics" → "HuffPost", "NBC News." → "NBC News". */
const cleanOutlet = (s: string) => s.trim().replace(/['’]s\b.*$/u, '').replace(/[\s.!,;:]+$/u, '');

/** A run of capitalised words ("Daily Example", "Example.Ru", "Voice of Example"); dots only inside a word. */
const OUTLET_WORD = "[\\p{Lu}\\p{N}](?:[\\p{L}\\p{N}&'’\\-]|\\.(?=[\\p{L}\\p{N}]))*";
const OUTLET_NAME = `${OUTLET_WORD}(?:\\s+(?:(?:of|and|&|for|on|the)\\s+)*${OUTLET_WORD})*`;

/** The outlet a signature, subscription prompt or copyright line names, with the span of the name. */
export function outletFromChrome(text: string, zone: Zone): { name: string; start: number; end: number } | null {
  const line = text.slice(zone.start, zone.end);
  const patterns: RegExp[] =
    zone.kind === 'signature'
      ? // The name ends at a comma (a date follows), a sentence end ("… Courier. Read more at …") or the line end.
        [new RegExp(`\\b(?:[Aa]ppeared|[Pp]ublished|[Pp]osted|[Pp]rinted|ran|republished|reprinted|reproduced|syndicated)\\s+(?:first\\s+|originally\\s+|here\\s+)?(?:on|in|at|by|from|with permission (?:from|of)|courtesy of|by arrangement with)\\s+(?:the\\s+)?(${OUTLET_NAME})(?=\\s*(?:[,;!?(]|\\.\\s|\\.?\\s*$)|\\s+\\p{Ll})`, 'u')]
      : zone.kind === 'subscription'
        ? [
            /^(?:subscribe|sign up)\s+(?:to|for)\s+(?:the\s+)?(.+?)(?:['’]s)?\s+(?:telegram|facebook|twitter|youtube|instagram|whatsapp|newsletters?|channel|rss|daily|weekly|podcast|updates|alerts|on\b|for\b|here\b)/i,
          ]
        : zone.kind === 'boilerplate' && zone.rule === 'copyright'
          ? [/^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:[.,]?\s*all rights reserved.*)?[\s.]*$/i]
          : [];
  for (const re of patterns) {
    // The last match: a feed signature's post title may itself say "published in …".
    const m = [...line.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].at(-1);
    if (!m || !m[1]) continue;
    const name = cleanOutlet(m[1]);
    // An outlet name is a short proper name, not a phrase.
    if (!name || name.split(/\s+/).length > 6 || !/^[\p{Lu}\p{N}]/u.test(name)) continue;
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

/** Detects the language of a text with franc-min (trigram profiles of 82 languages). */
export function detectLanguage(sample: string): { value: string; confidence: number } | null {
  const text = sample.slice(0, LANGUAGE_SAMPLE_CHARS);
  if (text.replace(/\s+/g, '').length < 40) return null;
  const ranked = francAll(text, { minLength: 40 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return null;
  // franc scores are relative (best = 1); a clear gap to the runner-up and more text mean more trust.
  const gap = second ? 1 - second[1] : 1;
  const length = Math.min(1, text.length / 1000);
  const confidence = Math.round(Math.min(0.95, 0.5 + 0.3 * length + gap * 2) * 100) / 100;
  return { value: ISO639_3_TO_1[best[0]] ?? best[0], confidence };
}

/** "en-US", "EN", "en_GB" → "en". */
const normaliseLanguage = (s: string) => s.trim().toLowerCase().split(/[-_]/)[0]!;

// ---------------------------------------------------------------------------------------------
// Inference
// ---------------------------------------------------------------------------------------------

/** Title, outlet, publication date, language and byline, from given metadata or the text. */
export function inferMetadata(raw: RawDocument, zones: readonly Zone[]): DocumentMetadata {
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
    if (z) title = { value: zoneText(z), origin: 'text:first-line', confidence: 0.6, evidence: evidence(z) };
  }

  // Outlet: who published this text. Bylines of cited outlets in the body ("Reuters reported") and
  // photo credits ("Name | Reuters") are sources, not the publisher, so only chrome zones count.
  let outlet: Inferred<string> = none();
  if (raw.given.outlet?.trim()) outlet = { value: raw.given.outlet.trim(), origin: givenOrigin('outlet'), confidence: 0.95 };
  else {
    const ranked: [Zone['kind'], string, number][] = [
      ['signature', 'text:signature', 0.85],
      ['subscription', 'text:subscription', 0.75],
      ['boilerplate', 'text:copyright', 0.7],
    ];
    for (const [kind, origin, confidence] of ranked) {
      for (const z of zones) {
        if (z.kind !== kind) continue;
        const found = outletFromChrome(text, z);
        if (found) {
          outlet = { value: found.name, origin, confidence, evidence: textSpan(text, found.start, found.end) };
          break;
        }
      }
      if (outlet.value) break;
    }
    if (!outlet.value) {
      const dl = zones.find((z) => z.kind === 'dateline');
      const m = dl ? /\(([^()]+)\)/.exec(text.slice(dl.start, dl.end)) : null;
      const name = m ? DATELINE_AGENCIES[m[1]!] : undefined;
      if (dl && m && name) {
        const start = dl.start + m.index + 1;
        outlet = { value: name, origin: 'text:dateline', confidence: 0.7, evidence: textSpan(text, start, start + m[1]!.length) };
      }
    }
    if (!outlet.value && raw.url) {
      const name = outletFromUrl(raw.url);
      if (name) outlet = { value: name, origin: 'url:host', confidence: 0.6 };
    }
  }

  // Published
  let published: Inferred<string> = none();
  const givenDate = raw.given.published ? normaliseDate(raw.given.published) : null;
  if (givenDate) published = { value: givenDate, origin: givenOrigin('published'), confidence: 0.95 };
  else published = publishedFromText(text, zones);

  // Language
  let language: Inferred<string> = none();
  if (raw.given.language?.trim()) language = { value: normaliseLanguage(raw.given.language), origin: givenOrigin('language'), confidence: 0.9 };
  else {
    const sample = zones
      .filter((z) => z.kind === 'body' || z.kind === 'title' || z.kind === 'heading')
      .map((z) => text.slice(z.start, z.end))
      .join('\n');
    const detected = detectLanguage(sample);
    if (detected) language = { value: detected.value, origin: 'text:franc', confidence: detected.confidence };
  }

  // Byline
  let byline: Inferred<string> = none();
  if (raw.given.byline?.trim()) byline = { value: raw.given.byline.trim(), origin: givenOrigin('byline'), confidence: 0.95 };
  else {
    // A "By …" line names the author, a desk signature stands in when there is none; wire credit trailers,
    // contributor lines and agency sign-offs list helpers and suppliers, not the author.
    const bylines = zones.filter((q) => q.kind === 'byline');
    const z = bylines.find((q) => q.rule === 'by-name') ?? bylines.find((q) => q.rule === 'desk-byline');
    if (z) {
      const ev = evidence(z);
      const m = /^(?:by|BY|By)\s+(.+?)\s*$/.exec(ev.text);
      const name = m ? m[1]!.replace(/\s*[|–—]\s*.*$/, '').replace(/,\s*(?:\p{Lu}[\p{L}.]*\s*){1,3}$/u, '').trim() : ev.text;
      const start = ev.start + ev.text.indexOf(name);
      byline = { value: name, origin: 'text:byline', confidence: 0.8, evidence: textSpan(text, start, start + name.length) };
    }
  }

  return { title, outlet, published, language, byline };
}

/**
 * The publication day from the text: a "Published: …" stamp (or a bare date line at the top), a dated
 * signature ("Published in the X, May 11th, 2025"), else the latest full date in a dateline or a photo
 * caption (photos are taken on or just before the day of the report). Dates in the body are not used: on PolNeAR the latest body date was within a day of the
 * publication date for only 22 of 76 articles (they name past events), so null is the better answer.
 */
function publishedFromText(text: string, zones: readonly Zone[]): Inferred<string> {
  const tiers: { match: (z: Zone) => boolean; origin: string; confidence: number; pick: 'first' | 'latest' }[] = [
    { match: (z) => isStamp(text, z, zones), origin: 'text:timestamp', confidence: 0.8, pick: 'first' },
    // "Published in the X, May 11th, 2025": the print-edition day is the publication day.
    { match: (z) => z.kind === 'signature', origin: 'text:signature-date', confidence: 0.75, pick: 'first' },
    { match: (z) => z.kind === 'dateline', origin: 'text:dateline-date', confidence: 0.7, pick: 'latest' },
    { match: (z) => z.kind === 'caption', origin: 'text:caption-date', confidence: 0.5, pick: 'latest' },
  ];
  for (const tier of tiers) {
    const found = zones.filter(tier.match).flatMap((z) => fullDatesIn(text, z.start, z.end));
    if (found.length === 0) continue;
    const best = tier.pick === 'first' ? found[0]! : found.reduce((a, b) => (b.value > a.value ? b : a));
    return { value: best.value, origin: tier.origin, confidence: tier.confidence, evidence: textSpan(text, best.start, best.end) };
  }
  return none();
}

/** A "Published/Updated: …" line anywhere, or a bare date line among the first three lines. */
function isStamp(text: string, z: Zone, zones: readonly Zone[]): boolean {
  if (z.kind !== 'boilerplate' || z.rule !== 'timestamp') return false;
  if (/^\s*(?:published|updated|posted|last updated|date)\b/i.test(text.slice(z.start, z.end))) return true;
  return zones.indexOf(z) < 3;
}
