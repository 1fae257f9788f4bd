/**
 * Tiny DOM builder. Article text and every value from the API reach the page ONLY as text nodes or
 * attribute values set through the DOM (never innerHTML), so markup in articles can never run.
 * Hand-written: a few lines cover what the views need without a framework in the bundle.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export type Attrs = Record<string, string | number | boolean | Handler | null | undefined>;

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

function setAttrs(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (k === 'href' || k === 'src') el.setAttribute(k, safeUrl(String(v)));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function s(tag: string, attrs?: Attrs | null, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el as SVGElement;
}

/** Only in-app hash links, same-origin paths and http(s) URLs; anything else (javascript:, data:) becomes inert. */
export function safeUrl(url: string): string {
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A YYYY-MM (a month), YYYY-MM-DD (calendar date, no zone) or ISO timestamp in the user's locale. */
export function fmtDate(value: string | null | undefined): string {
  if (!value) return 'undated';
  if (/^\d{4}-\d{2}$/.test(value)) {
    const d = new Date(`${value}-01T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : monthFormat.format(d);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : dateTimeFormat.format(d);
}

export function state(kind: 'loading' | 'empty' | 'error', message: string, ...extra: Child[]): HTMLElement {
  return h('div', { class: `state state-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('p', null, message), ...extra);
}

/** Parses `#/path/seg?x=1` into its parts. */
export function route(): { parts: string[]; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query] = raw.split('?', 2) as [string, string | undefined];
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query ?? '') };
}

export function hash(path: string, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const qs = q.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

/** Runs `fn` once `el` is in the page (views render detached and are swapped in when ready). */
export function whenAttached(el: Element, fn: () => void): void {
  if (el.isConnected) fn();
  else document.addEventListener('parley:rendered', () => el.isConnected && fn(), { once: true });
}
