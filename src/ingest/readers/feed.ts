/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom feed → one document per item. Pure: no I/O. Parsing is
 * fast-xml-parser's; item HTML becomes paragraphs the same way pages do (`htmlFragmentText`).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { GivenMetadata, RawDocument } from '../../core/model.js';
import { ParleyError } from '../../core/errors.js';
import { htmlFragmentText } from './html.js';
import { nameFromUrl } from './names.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false, // a title "2025" stays a string
  htmlEntities: true,
  isArray: (_name, jpath) => ['rss.channel.item', 'rdf:RDF.item', 'feed.entry', 'feed.entry.link', 'feed.entry.author'].includes(String(jpath)),
});

/** Does the text look like a feed? (an `<rss`, `<feed` or `<rdf:RDF` root after the prolog) */
export function looksLikeFeed(head: string): boolean {
  // A doctype may carry an internal subset (`<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>`), or be an HTML one some sites put before <rss>.
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>[]*(\[[^\]]*\]\s*)?>\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

type Node = Record<string, unknown>;

/** The text of an XML value that may carry attributes (`{ '#text': ..., '@_type': ... }`) or child elements. */
function textOf(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') {
    const o = v as Node;
    if ('#text' in o) return textOf(o['#text']);
    // Atom type="xhtml": the content is a <div> of elements; keep their text.
    const parts = Object.entries(o)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, c]) => (Array.isArray(c) ? c.map(textOf).join('\n') : textOf(c)))
      .filter((s): s is string => !!s);
    return parts.length ? parts.join('\n') : null;
  }
  return null;
}

function attr(v: unknown, name: string): string | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) return textOf((v as Node)[`@_${name}`]);
  return null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

const TAG = /<\/?[a-z][a-z0-9]*[\s/>]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/** Item content to stored text: HTML becomes paragraphs, plain text is kept as it is. */
function contentText(value: unknown): string | null {
  const raw = textOf(value);
  if (!raw?.trim()) return null;
  const type = attr(value, 'type')?.toLowerCase();
  if (type === 'text' || type === 'text/plain') return raw.trim();
  return type === 'html' || type === 'xhtml' || type === 'text/html' || TAG.test(raw) ? htmlFragmentText(raw) : raw.trim();
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return attr(links, 'href') ?? textOf(links);
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attr(alternate, 'href');
}

function authorName(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(authorName).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object' && 'name' in (v as Node)) return clean(textOf((v as Node).name));
  return clean(textOf(v));
}

export interface FeedItems {
  format: 'rss' | 'atom';
  results: (RawDocument | ParleyError)[];
}

/** Parses a feed; throws E_FEED (one line) when the XML is malformed or it is no RSS/Atom feed. */
export function readFeed(xml: string, input: string, encoding: string): FeedItems {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ParleyError('E_FEED', input, `malformed feed XML at line ${valid.err.line}: ${valid.err.msg.split('\n')[0]}`);
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (e) {
    // Well-formed but refused by the parser (a DOCTYPE declaring an external entity): a bad feed, not a crash.
    throw new ParleyError('E_FEED', input, `unreadable feed XML: ${(e as Error).message.split('\n')[0]}`, 400, { cause: e });
  }
  const rss = root.rss as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;

  const results: (RawDocument | ParleyError)[] = [];
  const push = (i: number, link: string | null, title: string | null, published: [string | null, string], byline: [string | null, string], content: string | null, outlet: string | null, format: 'rss' | 'atom') => {
    const source = link ?? `${input}#${i + 1}`;
    if (!content?.trim()) {
      results.push(new ParleyError('E_EMPTY', `${input}#${i + 1}`, 'feed item has no content, description or summary'));
      return;
    }
    const given: GivenMetadata = { origin: {} };
    const origin = given.origin!;
    if (title) (given.title = title), (origin.title = 'feed:title');
    if (published[0]) (given.published = published[0]), (origin.published = published[1]);
    if (byline[0]) (given.byline = byline[0]), (origin.byline = byline[1]);
    if (outlet) (given.outlet = outlet), (origin.outlet = 'feed:channel.title');
    results.push({ name: (link && nameFromUrl(link)) || `${input.split(/[\\/]/).pop()}#${i + 1}`, source, url: link, text: content, format, encoding, given });
  };

  if (rss || rdf) {
    const channel = (rss?.channel ?? rdf?.channel) as Node | undefined;
    const items = ((rss ? channel?.item : rdf?.item) ?? []) as Node[];
    const outlet = clean(textOf(channel?.title));
    items.forEach((item, i) => {
      const content = contentText(item['content:encoded']) ?? contentText(item.description);
      const pubDate = clean(textOf(item.pubDate));
      const dcDate = clean(textOf(item['dc:date']));
      const published: [string | null, string] = pubDate ? [pubDate, 'feed:pubDate'] : [dcDate, 'feed:dc:date'];
      const author = clean(textOf(item['dc:creator']));
      const byline: [string | null, string] = author ? [author, 'feed:dc:creator'] : [clean(textOf(item.author)), 'feed:author'];
      push(i, clean(textOf(item.link)) ?? clean(attr(item, 'rdf:about')), clean(textOf(item.title)), published, byline, content, outlet, 'rss');
    });
    return { format: 'rss', results };
  }
  if (atom) {
    const outlet = clean(textOf(atom.title));
    ((atom.entry ?? []) as Node[]).forEach((entry, i) => {
      const content = contentText(entry.content) ?? contentText(entry.summary);
      const pub = clean(textOf(entry.published));
      const published: [string | null, string] = pub ? [pub, 'feed:published'] : [clean(textOf(entry.updated)), 'feed:updated'];
      const title = clean(textOf(entry.title));
      const titleText = title && attr(entry.title, 'type') === 'html' ? clean(htmlFragmentText(title)) : title;
      push(i, clean(atomLink(entry.link)), titleText, published, [authorName(entry.author), 'feed:author'], content, outlet, 'atom');
    });
    return { format: 'atom', results };
  }
  throw new ParleyError('E_FEED', input, 'XML is not an RSS or Atom feed');
}
