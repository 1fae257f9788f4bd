import { get, type DocumentFull, type DocumentSummary, type Page } from './api.js';
import { actorLink, pager, readerLink, reviewBadge, stanceChip } from './common.js';
import { clear, fmtDate, h, hash, safeUrl, state, whenAttached, type Child } from './dom.js';

type Layer = 'mention' | 'quote' | 'stance' | 'event';
interface Ann {
  key: string;
  layer: Layer;
  start: number;
  end: number;
  describe: () => Child;
}

const DIMMED = new Set(['caption', 'boilerplate', 'credit', 'signature', 'subscription', 'byline', 'dateline']);

export async function documentsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Math.floor(Number(params.get('offset') ?? 0)) || 0);
  const page = await get<Page<DocumentSummary>>('documents', { q: params.get('q'), outlet: params.get('outlet'), limit: 25, offset });
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') ?? '', placeholder: 'Title or name', 'aria-label': 'Search articles' });
  clear(
    root,
    h('div', { class: 'view-head' }, h('h1', null, 'Articles'), h('p', { class: 'lede' }, 'Every stored article; open one to see what Parley read in it.')),
    h('form', { class: 'filters', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); location.hash = hash('documents', { q: q.value.trim() }); } }, q, h('button', { class: 'btn', type: 'submit' }, 'Search')),
    page.items.length === 0
      ? offset > 0 && page.total > 0
        ? state('empty', 'No articles on this page.', h('a', { href: '#/documents', class: 'btn' }, 'First page'))
        : state('empty', params.get('q') ? 'No article matches.' : 'No articles yet.', h('a', { href: '#/ingest', class: 'btn' }, 'Add articles'))
      : h(
          'ul',
          { class: 'doc-list' },
          page.items.map((d) =>
            h(
              'li',
              null,
              readerLink(d.id, d.title || d.name),
              h(
                'span',
                { class: 'meta' },
                `${d.outlet ?? 'unknown outlet'} · ${fmtDate(d.published)} · ${d.quotes} quotes · ${d.stances} stances · ${d.events} events`,
                // A syndicated or spun copy is not another source: say so where the list would count it as one.
                // By the stored report's name: its outlet ("copy of Reuters") says nothing when the copy's own line names Reuters too.
                d.duplicateOf ? [' · copy of ', readerLink(d.duplicateOf, copyLabel(d.copyOfName, d.copyOfSource))] : null,
              ),
            ),
          ),
        ),
    pager(page.total, offset, 25, (o) => (location.hash = hash('documents', { q: params.get('q') ?? undefined, offset: String(o) }))),
  );
}

/** The stored report a copy repeats, by name, with its outlet when known: "a1-wire.txt (Reuters)". */
export function copyLabel(name: string | null | undefined, outlet: string | null | undefined): string {
  if (!name) return outlet ?? 'another article';
  return outlet && outlet !== name ? `${name} (${outlet})` : name;
}

export async function readerView(root: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const doc = await get<DocumentFull>(`documents/${encodeURIComponent(id)}`);
  const anns = annotations(doc);
  const details = h('div', { class: 'ann-details', id: 'ann-details', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Hover or focus a highlighted passage to see what Parley extracted.'));
  const article = h('article', { class: 'reader-text', 'aria-label': 'Article text' });
  // The cited passage (`hl=start-end`) is marked exactly, cut at its own ends, whatever it overlaps.
  const hl = /^(\d+)-(\d+)$/.exec(params.get('hl') ?? '');
  const target = hl && Number(hl[1]) < Number(hl[2]) ? { start: Number(hl[1]), end: Math.min(Number(hl[2]), doc.text.length) } : null;
  renderText(article, doc, anns, details, target);

  const layers: Layer[] = ['mention', 'quote', 'stance', 'event'];
  const counts: Record<Layer, number> = { mention: doc.mentions.length, quote: doc.quotes.length, stance: doc.stances.length, event: doc.events.length };
  const toggles = h(
    'fieldset',
    { class: 'layers' },
    h('legend', null, 'Highlight'),
    layers.map((l) =>
      h(
        'label',
        { class: `layer-toggle layer-${l}` },
        h('input', { type: 'checkbox', checked: true, onchange: (e: Event) => article.classList.toggle(`hide-${l}`, !(e.target as HTMLInputElement).checked) }),
        ` ${l}s (${counts[l]})`,
      ),
    ),
  );
  const url = doc.url ? safeUrl(doc.url) : null;
  clear(
    root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/documents' }, '← Articles')),
    h(
      'header',
      { class: 'reader-head' },
      h('h1', null, doc.title || doc.name),
      h(
        'p',
        { class: 'meta' },
        doc.outlet ?? 'unknown outlet',
        ' · ',
        h('time', { datetime: doc.published ?? '' }, fmtDate(doc.published)),
        doc.byline ? ` · ${doc.byline}` : '',
        url && url !== '#' ? [' · ', h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null,
        doc.duplicateOf ? [' · copy of ', readerLink(doc.duplicateOf, copyLabel(doc.copyOfName, null))] : null,
      ),
    ),
    h('div', { class: 'reader' }, article, h('aside', { class: 'reader-side' }, toggles, h('h2', null, 'Selected'), details, zoneLegend())),
  );
  if (target) {
    const first = article.querySelector<HTMLElement>('.seg.target');
    if (first)
      whenAttached(first, () => {
        first.scrollIntoView({ block: 'center' });
        first.focus({ preventScroll: true });
      });
  }
}

function zoneLegend(): HTMLElement {
  return h(
    'details',
    { class: 'zone-legend' },
    h('summary', null, 'How to read this'),
    h('p', null, 'Article body is shown normally; captions, credits, boilerplate, signatures and other page furniture are dimmed and labelled.'),
    h('p', null, h('span', { class: 'seg has-mention' }, 'actor mention'), ' ', h('span', { class: 'seg has-quote' }, 'quote'), ' ', h('span', { class: 'seg has-stance' }, 'stance evidence'), ' ', h('span', { class: 'seg has-event' }, 'event trigger')),
  );
}

function annotations(doc: DocumentFull): Ann[] {
  const out: Ann[] = [];
  for (const m of doc.mentions)
    out.push({ key: m.id, layer: 'mention', start: m.start, end: m.end, describe: () => h('p', null, h('b', null, 'Mention'), ` (${m.kind}) “${m.text}” → `, actorLink(m.actor, 'unresolved')) });
  for (const q of doc.quotes)
    out.push({
      key: q.id,
      layer: 'quote',
      start: q.start,
      end: q.end,
      describe: () => h('p', null, h('b', null, `Quote (${q.kind})`), ' by ', actorLink(q.speaker, 'unattributed'), q.cue ? ` — cue “${q.cue.text}”` : '', ' ', reviewBadge(q.review, q.correction)),
    });
  for (const s of doc.stances)
    out.push({
      key: s.id,
      layer: 'stance',
      start: s.evidence.start,
      end: s.evidence.end,
      describe: () => h('p', null, h('b', null, 'Stance'), ' ', actorLink(s.actor), ' on ', s.propositionLabel ?? h('code', null, s.proposition), ': ', stanceChip(s.stance), s.condition ? ` if “${s.condition.text}”` : '', ' ', reviewBadge(s.review, s.correction)),
    });
  for (const e of doc.events)
    out.push({
      key: e.id,
      layer: 'event',
      start: e.trigger.start,
      end: e.trigger.end,
      describe: () =>
        h(
          'p',
          null,
          h('b', null, `Event ${e.type}${e.mode ? `/${e.mode}` : ''}`),
          e.negated ? ' (negated)' : '',
          e.modality !== 'asserted' ? ` (${e.modality})` : '',
          ': ',
          e.actors.map((a, i) => [i ? ', ' : '', actorLink(a)]),
          ' → ',
          e.targets.length ? e.targets.map((a, i) => [i ? ', ' : '', actorLink(a)]) : 'no target',
          e.date ? ` · ${fmtDate(e.date)}` : '',
        ),
    });
  return out.filter((a) => a.end > a.start && a.start >= 0 && a.end <= doc.text.length);
}

/**
 * Renders the text as zone blocks split into segments at every annotation boundary, so nested and
 * overlapping spans each cover whole segments. Text goes in as text nodes only.
 */
function renderText(article: HTMLElement, doc: DocumentFull, anns: Ann[], details: HTMLElement, target: { start: number; end: number } | null): void {
  const text = doc.text;
  const zones = [...doc.zones].sort((a, b) => a.start - b.start);
  const blocks: { kind: string; start: number; end: number; rule: string }[] = [];
  let pos = 0;
  for (const z of zones) {
    if (z.start < pos) continue;
    if (z.start > pos && text.slice(pos, z.start).trim()) blocks.push({ kind: 'unzoned', start: pos, end: z.start, rule: '' });
    blocks.push(z);
    pos = z.end;
  }
  if (pos < text.length && text.slice(pos).trim()) blocks.push({ kind: zones.length ? 'unzoned' : 'body', start: pos, end: text.length, rule: '' });

  const byKey = new Map(anns.map((a) => [a.key, a]));
  const show = (seg: HTMLElement) => {
    const keys = (seg.dataset.anns ?? '').split(' ').filter(Boolean);
    for (const el of article.querySelectorAll('.seg.active')) el.classList.remove('active');
    for (const k of keys) for (const el of article.querySelectorAll(`.seg[data-anns~="${CSS.escape(k)}"]`)) el.classList.add('active');
    clear(details, keys.map((k) => byKey.get(k)?.describe()));
  };

  for (const b of blocks) {
    const block = h('div', { class: `zone zone-${b.kind}${DIMMED.has(b.kind) ? ' dimmed' : ''}`, 'data-zone': b.kind, title: b.rule ? `${b.kind} (${b.rule})` : b.kind });
    if (DIMMED.has(b.kind) || b.kind === 'title' || b.kind === 'heading') block.append(h('span', { class: 'zone-label', 'aria-hidden': 'true' }, b.kind));
    const inside = anns.filter((a) => a.start < b.end && a.end > b.start);
    const cuts = new Set<number>([b.start, b.end]);
    for (const a of [...inside, ...(target && target.start < b.end && target.end > b.start ? [target] : [])]) {
      cuts.add(Math.max(a.start, b.start));
      cuts.add(Math.min(a.end, b.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const covering = inside.filter((a) => a.start <= from && a.end >= to);
      const piece = text.slice(from, to);
      const cited = !!target && target.start <= from && to <= target.end;
      if (covering.length === 0 && !cited) {
        block.append(document.createTextNode(piece));
        continue;
      }
      const layers = [...new Set(covering.map((a) => a.layer))];
      const seg = h('span', {
        class: `seg ${layers.map((l) => `has-${l}`).join(' ')}${cited ? ' target' : ''}`,
        'data-anns': covering.map((a) => a.key).join(' '),
        'data-start': from,
        'data-end': to,
        tabindex: covering.some((a) => a.start === from) || (cited && from === target!.start) ? '0' : '-1',
        'aria-label': `${piece} (${cited ? ['cited', ...layers].join(', ') : layers.join(', ')})`,
      });
      seg.append(document.createTextNode(piece));
      seg.addEventListener('mouseenter', () => show(seg));
      seg.addEventListener('focus', () => show(seg));
      seg.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') show(seg);
      });
      block.append(seg);
    }
    article.append(block);
  }
  if (blocks.length === 0) article.append(state('empty', 'This article has no text.'));
}
