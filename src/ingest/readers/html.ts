/**
 * HTML page → main text plus the metadata the page states about itself. Pure: no I/O.
 * Main text: @mozilla/readability over a linkedom DOM. Metadata: JSON-LD (NewsArticle & co.) first,
 * then <meta> tags (Open Graph, article:*, Dublin Core, parsely, sailthru), then <title>/<html lang>,
 * then whatever Readability found; `given.origin` names the source of each field.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHTMLStrict } from 'entities';
import type { GivenMetadata } from '../../core/model.js';
import { ParleyError } from '../../core/errors.js';
import { normaliseDate } from '../metadata.js';

export interface ExtractedPage {
  /** Main text: one paragraph per line, separated by `\n`. */
  text: string;
  given: GivenMetadata;
  /** Where the page says it lives (`<link rel="canonical">`, `og:url`): the URL of a page saved to a file. */
  canonicalUrl: string | null;
}

type GivenField = 'title' | 'outlet' | 'published' | 'byline' | 'language';

// Tags whose boundaries are paragraph breaks. Hand-written because html-to-text formats for display
// (wrapping, bracketed links, upper-cased headings) where we need bare paragraphs.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'HEAD']);
const CELL = new Set(['TD', 'TH']);
// HTML collapses ASCII whitespace only: NBSP and other Unicode spaces are content.
const HTML_SPACE = /[ \t\n\r\f]+/g;

const LEFTOVER_ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/**
 * A metadata value as one clean line. Publishing systems often escape a title twice
 * (`content="&amp;#8216;Title&amp;#8217;"`), so after the parser's decoding entities may remain: decoded once more.
 */
export function metadataText(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  // Strict: only entities closed by ';' ("&para Barnes", "&copy 2016" stay as written).
  const decoded = LEFTOVER_ENTITY.test(value) ? decodeHTMLStrict(value) : value;
  return decoded.replace(/\s+/g, ' ').trim();
}

/** Converts an element's content to paragraphs, one per line. */
export function elementText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(HTML_SPACE, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!pre) line += value;
      else {
        const parts = value.split(/\r\n|\r|\n/);
        parts.forEach((p, i) => {
          if (i > 0) {
            const t = line.replace(/[ \t\f]+$/, '');
            if (t.trim()) lines.push(t.replace(/^\s+/, ''));
            line = '';
          }
          line += p;
        });
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    else if (CELL.has(tag)) line += ' ';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'PRE');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines.join('\n');
}

/** Share of an element's text that sits inside links. */
function linkDensity(root: Node): number {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 1;
  let linked = 0;
  for (const a of (root as Element).querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

/** Converts an HTML fragment (feed item content, JSON Lines `html`) to paragraphs without article extraction. */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return elementText(document.body as unknown as Node);
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ClaimReview|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return str(v);
}

function jsonLdObjects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) jsonLdObjects(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) jsonLdObjects(o['@graph'], out);
  }
  return out;
}

function isArticle(o: Record<string, unknown>): boolean {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

/** Class or id words that mark an element as the article's publication date. */
const PUBLISHED_MARK = /(?:^|[\s_-])(?:published|publish|pub|posted|post|entry|article|story)[_-]?(?:date|time|on)(?:$|[\s_-])|(?:^|[\s_-])date[_-]?published(?:$|[\s_-])|(?:^|[\s_-])dateline(?:$|[\s_-])/i;

/**
 * The publication date a page shows rather than declares, for pages without date metadata: microdata
 * `datePublished` on any element, a `<time datetime>` marked as the publication time (or the page's only
 * one), or an element whose class or id says it holds the publication date. Only full dates count.
 */
function shownPublicationDate(document: Document): { value: string; origin: string } | null {
  const valueOf = (el: Element) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('value') ?? (el.textContent ?? '').slice(0, 120);
  const full = (v: string | null | undefined) => (v && normaliseDate(v) ? v : null);
  const marked = (el: Element) => PUBLISHED_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
  // The article's own header first: sidebars, related stories and comments carry dates of their own.
  const scopes = [document.querySelector('article'), document.querySelector('main, [role="main"]'), document].filter((x): x is Element | Document => !!x);
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll('[itemprop="datePublished"]')) {
      const v = full(valueOf(el));
      if (v) return { value: v, origin: 'html:microdata:datePublished' };
    }
    const times = [...scope.querySelectorAll('time[datetime]')];
    for (const el of times.length === 1 ? times : times.filter((t) => marked(t) || (t.parentElement && marked(t.parentElement)))) {
      const v = full(el.getAttribute('datetime'));
      if (v) return { value: v, origin: 'html:time' };
    }
    for (const el of scope.querySelectorAll('[class], [id]')) {
      if (!marked(el)) continue;
      const v = full(valueOf(el).replace(/\s+/g, ' ').trim());
      if (v) return { value: v, origin: 'html:page-date' };
    }
  }
  return null;
}

/** Metadata from a parsed page, before Readability (which mutates the DOM). */
export function pageMetadata(document: Document): GivenMetadata {
  const given: GivenMetadata = { origin: {} };
  const set = (field: GivenField, value: string | null | undefined, origin: string) => {
    const v = metadataText(value);
    if (!v || given[field]) return;
    given[field] = v;
    given.origin![field] = origin;
  };

  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // pages ship broken JSON-LD often enough; meta tags still count
    }
    for (const o of jsonLdObjects(data).filter(isArticle)) {
      set('title', str(o.headline) ?? str(o.name), 'html:json-ld:headline');
      set('published', str(o.datePublished), 'html:json-ld:datePublished');
      set('published', str(o.dateCreated), 'html:json-ld:dateCreated');
      set('outlet', nameOf(o.publisher), 'html:json-ld:publisher.name');
      set('byline', nameOf(o.author), 'html:json-ld:author');
      set('language', str(o.inLanguage), 'html:json-ld:inLanguage');
    }
  }

  const meta = new Map<string, string>();
  for (const m of document.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = m.getAttribute('content');
    if (key && content?.trim() && !meta.has(key)) meta.set(key, content);
  }
  const fromMeta = (field: GivenField, keys: readonly string[], accept: (v: string) => boolean = () => true) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v && accept(v)) set(field, v, `html:${k.startsWith('og:') || k.startsWith('article:') ? '' : 'meta:'}${k}`);
    }
  };
  const notUrl = (v: string) => !/^https?:\/\//i.test(v.trim());
  fromMeta('title', ['og:title', 'twitter:title', 'dc.title', 'headline']);
  fromMeta('published', [
    'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'article.published', 'pubdate',
    'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'date',
    'parsely-pub-date', 'sailthru.date', 'citation_publication_date',
  ]);
  fromMeta('outlet', ['og:site_name', 'application-name', 'dc.publisher', 'publisher']);
  // A page's JSON-LD often declares the site itself ("WebSite", "NewsMediaOrganization") beside or instead of the article.
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const o of jsonLdObjects(data)) {
      const t = o['@type'];
      if ((Array.isArray(t) ? t : [t]).some((x) => x === 'NewsMediaOrganization' || x === 'WebSite')) set('outlet', str(o.name), 'html:json-ld:site.name');
    }
  }
  fromMeta('byline', ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'], notUrl);
  fromMeta('language', ['og:locale', 'content-language', 'dc.language']);

  if (!given.published || !normaliseDate(given.published)) {
    const shown = shownPublicationDate(document);
    if (shown) {
      delete given.published;
      set('published', shown.value, shown.origin);
    }
  }
  set('title', document.querySelector('title')?.textContent, 'html:title');
  set('language', document.documentElement?.getAttribute('lang'), 'html:lang');
  return given;
}

/**
 * The markup as a whole document. A fragment (`<div><p>…</p></div>`, a `<body>` without `<html>`, a JSON
 * Lines `html` field) parsed as it is gives linkedom no <body>, and Readability then finds nothing.
 */
export function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const prolog = /^\s*(<\?xml[^>]*>\s*)?((<!--[\s\S]*?-->|<!doctype[^>]*>)\s*)*/i.exec(html)![0];
  const rest = html.slice(prolog.length);
  return `<!doctype html><html>${/<body[\s>]/i.test(rest) ? rest : `<body>${rest}</body>`}</html>`;
}

// Site chrome addressed to the reader: a cookie/consent dialog, a subscription or sign-in wall, a newsletter
// box, an ad-blocker plea. A sentence is chrome when it names such a topic AND speaks to the reader (or as
// the site): news prose is in the third person, so an article *about* cookie banners is not chrome.
const CHROME_TOPIC = /\b(cookies?|consent|gdpr|privacy|personali[sz]ed? (?:ads|content|advertising)|our partners|subscri(?:be|bed|ber|bers|ption|ptions)|sign(?:ed)?[ -]?(?:in|up)|log[ -]?in|register (?:for free|now|an account)|newsletters?|free (?:articles?|stories)|article limit|ad[ -]?blockers?|whitelist|allowlist|(?:manage|your|cookie) (?:preferences|settings|choices))\b/i;
const CHROME_VOICE = /\b(you|your|we|our|us)\b/i;
// Buttons and links of such dialogs, when they survive as lines of their own.
const CHROME_CONTROL = /^(?:(?:accept|reject|allow|deny|decline|refuse)(?: all)?(?: cookies)?|i agree|agree|i accept|ok|okay|got it|close|continue|(?:manage|cookie|privacy) (?:preferences|settings|options|cookies)|customi[sz]e(?: settings)?|more options|subscribe(?: now)?|sign (?:in|up)|log ?in|register)[.!]?$/i;
// Class, id or aria-label words that mark an element as such chrome (used only together with its text).
const CHROME_MARK = /cookie|consent|gdpr|ccpa|\bcmp\b|onetrust|didomi|truste|usercentrics|paywall|regwall|metered|subscri|newsletter|signup|sign-up|adblock|privacy/i;

/** Share of the text (in characters) that is site chrome rather than prose. */
export function chromeShare(text: string): number {
  let total = 0;
  let chrome = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (CHROME_CONTROL.test(t)) {
      total += t.length;
      chrome += t.length;
      continue;
    }
    for (const sentence of t.split(/(?<=[.!?…])\s+/)) {
      total += sentence.length;
      if (CHROME_TOPIC.test(sentence) && CHROME_VOICE.test(sentence)) chrome += sentence.length;
    }
  }
  return total ? chrome / total : 0;
}

const MOSTLY_CHROME = 0.5;

/**
 * Removes elements marked as consent/subscription chrome whose text is mostly chrome (a marked article
 * body stays). Returns how many it removed.
 */
function removeChrome(document: Document): number {
  let removed = 0;
  for (const el of [...document.querySelectorAll('[class], [id], [aria-label]')]) {
    if (!el.isConnected) continue;
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (!CHROME_MARK.test(marks) || el.tagName === 'BODY' || el.tagName === 'HTML') continue;
    if (chromeShare(elementText(el as unknown as Node)) >= MOSTLY_CHROME) {
      el.remove();
      removed++;
    }
  }
  return removed;
}

const ONLY_CHROME = 'no article in the page (only a cookie, consent or subscription notice)';

// Page furniture that is never the article, for the fallback below.
const FURNITURE = 'nav, header, footer, aside, form, script, style, noscript, template, [role="navigation"], [role="banner"], [role="contentinfo"], [role="dialog"], [aria-hidden="true"], [hidden]';

/**
 * The page's visible prose when Readability offers nothing: body text outside navigation, header,
 * footer, forms and dialogs, if it is a substantial run (at least two sentences or 200 characters).
 */
export function visibleProse(document: Document): string {
  const body = document.body;
  if (!body) return '';
  const copy = body.cloneNode(true) as Element;
  for (const el of [...copy.querySelectorAll(FURNITURE)]) el.remove();
  const text = elementText(copy as unknown as Node);
  const sentences = text.split(/(?<=[.!?…]["”’»)]?)\s+(?=\S)/).filter((s) => /[\p{L}]{2,}.*[.!?…]["”’»)]?$/u.test(s.trim()));
  if (sentences.length < 2 && text.replace(/\s+/g, ' ').length < 200) return '';
  return linkDensity(copy as unknown as Node) > 0.5 ? '' : text;
}

/** Extracts the main text and metadata of a whole HTML page. Throws E_NO_ARTICLE when there is none. */
export function extractArticle(html: string, input: string): ExtractedPage {
  const { document } = parseHTML(asDocument(html));
  const given = pageMetadata(document as unknown as Document);
  const canonicalUrl = pageUrl(document as unknown as Document);
  const chromeRemoved = removeChrome(document as unknown as Document) > 0;
  let article: ReturnType<Readability<Node>['parse']> = null;
  let failure: string | null = null;
  try {
    article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch (e) {
    failure = (e as Error).message.split('\n')[0]!;
  }
  let text = article?.content ? elementText(article.content) : '';
  if (text.trim()) {
    // Readability returns its best candidate even on pages without an article (a menu, a link list).
    if (linkDensity(article!.content as Node) > 0.5) throw new ParleyError('E_NO_ARTICLE', input, 'no article in the page (only links)');
  } else {
    // Readability has emptied the document by now: the rare fallback parses the page again.
    const fresh = parseHTML(asDocument(html)).document as unknown as Document;
    removeChrome(fresh);
    text = visibleProse(fresh);
    if (!text.trim()) {
      const reason = chromeRemoved ? ONLY_CHROME : failure ? `no article found (${failure})` : 'no article text found in the page';
      throw new ParleyError('E_NO_ARTICLE', input, reason);
    }
  }
  if (chromeShare(text) >= MOSTLY_CHROME) throw new ParleyError('E_NO_ARTICLE', input, ONLY_CHROME);
  const origin = given.origin!;
  const fill = (field: GivenField, value: string | null | undefined) => {
    const v = metadataText(value);
    if (v && !given[field]) {
      given[field] = v;
      origin[field] = `html:readability:${field}`;
    }
  };
  fill('title', article?.title);
  fill('byline', article?.byline);
  fill('outlet', article?.siteName);
  fill('published', article?.publishedTime);
  return { text, given, canonicalUrl };
}

/** The page's own absolute http(s) URL, when it states one. */
function pageUrl(document: Document): string | null {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    try {
      const href = c?.trim() ?? '';
      // A protocol-relative address ("//www.example.com/story") is the page's own, over https.
      const url = new URL(href.startsWith('//') ? `https:${href}` : href);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // relative or malformed: not an address to report
    }
  }
  return null;
}

/** Does the text look like an HTML page (rather than text that mentions a tag)? */
export function looksLikeHtml(head: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head);
}
