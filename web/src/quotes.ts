import { get, post, type Actor, type Page, type Quote, type Stats } from './api.js';
import { actorLink, actorOrNull, actorPicker, field, outletsLast, pager, reviewBadge, select, source } from './common.js';
import { clear, h, hash, state } from './dom.js';
import { denialCue } from '../../src/corpus/quote-cues.js';

export async function quotesView(root: HTMLElement, params: URLSearchParams, stats: Stats): Promise<void> {
  const offset = Math.max(0, Math.floor(Number(params.get('offset') ?? 0)) || 0);
  const [page, actors, chosen] = await Promise.all([
    get<Page<Quote>>('quotes', { copies: 'fold', statements: '1', q: params.get('q'), speaker: params.get('speaker'), outlet: params.get('outlet'), since: params.get('since'), until: params.get('until'), limit: 25, offset }),
    get<Page<Actor>>('actors', { limit: 500 }),
    actorOrNull(params.get('speaker')),
  ]);
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') ?? '', placeholder: 'Words in the quote' });
  const speakerPicker = actorPicker('speaker', outletsLast(actors.items), [chosen], params.get('speaker'), 'Any speaker');
  const speaker = speakerPicker.select;
  const outlet = select('outlet', stats.outlets.map((o) => ({ value: o, label: o })), params.get('outlet'), 'Any outlet');
  const since = h('input', { type: 'date', name: 'since', value: params.get('since') ?? '' });
  const until = h('input', { type: 'date', name: 'until', value: params.get('until') ?? '' });
  const submit = (e: Event) => {
    e.preventDefault();
    location.hash = hash('quotes', { q: q.value.trim(), speaker: speaker.value, outlet: outlet.value, since: since.value, until: until.value });
  };
  const refresh = () => void quotesView(root, params, stats);
  clear(
    root,
    h('div', { class: 'view-head' }, h('h1', null, 'Quotes'), h('p', { class: 'lede' }, 'What was said, by whom, where. Full-text search; fix a wrong speaker in place.')),
    h('form', { class: 'filters', role: 'search', onsubmit: submit }, field('Search', q), field('Speaker', h('span', { class: 'picker' }, speakerPicker.search, speaker)), field('Outlet', outlet), field('From', since), field('To', until), h('button', { class: 'btn', type: 'submit' }, 'Apply')),
    h('p', { class: 'count', role: 'status' }, `${page.total} quote${page.total === 1 ? '' : 's'}`),
    page.items.length === 0 ? state('empty', 'No quotes match these filters.') : h('ol', { class: 'quotes' }, page.items.map((qt) => quoteItem(qt, actors.items, refresh))),
    pager(page.total, offset, 25, (o) => (location.hash = hash('quotes', { ...Object.fromEntries(params), offset: String(o) }))),
  );
}

/** Where else the quote was printed: a copy names its original; an original, the copies that repeat it. */
function copyNote(qt: Quote): HTMLElement | null {
  if (qt.doc.copyOf) return h('span', { class: 'copy-note' }, ' · copy of ', h('a', { href: hash(`documents/${encodeURIComponent(qt.doc.copyOf.id)}`) }, qt.doc.copyOf.name ?? qt.doc.copyOf.id));
  if (!qt.alsoIn?.length) return null;
  return h('span', { class: 'copy-note' }, ' · also in ', qt.alsoIn.flatMap((d, i) => [i ? ', ' : '', h('a', { href: hash(`documents/${encodeURIComponent(d.id)}`) }, d.name)]));
}

export function quoteItem(qt: Quote, actors: Actor[], refresh: () => void): HTMLElement {
  const status = h('span', { class: 'review-status', role: 'status' });
  const send = async (body: Record<string, unknown>) => {
    status.textContent = 'saving…';
    try {
      await post('corrections', { kind: 'quote', quoteId: qt.id, ...body });
      refresh();
    } catch (e) {
      status.textContent = `could not save: ${(e as Error).message}`;
    }
  };
  const picker = actorPicker('speaker', actors, [qt.speaker, qt.machineSpeaker], qt.speaker?.id, 'Choose the speaker…');
  const pick = picker.select;
  pick.setAttribute('aria-label', 'Correct speaker');
  return h(
    'li',
    { class: `quote review-${qt.review}` },
    // An indirect quote after "denied" holds the denied words: the denial is named before them.
    qt.kind === 'indirect' && denialCue(qt.cue?.text) ? h('p', { class: 'cue-denial' }, `${denialCue(qt.cue?.text)}:`) : null,
    h('blockquote', null, qt.text),
    h(
      'p',
      { class: 'meta' },
      '— ',
      actorLink(qt.speaker, 'unattributed'),
      qt.review !== 'machine' && qt.machineSpeaker && qt.machineSpeaker.id !== qt.speaker?.id ? h('span', { class: 'muted' }, ` (Parley read: ${qt.machineSpeaker.name ?? qt.machineSpeaker.id})`) : null,
      ' ',
      reviewBadge(qt.review, qt.correction),
      ' · ',
      source(qt.doc, qt.doc.published, qt),
      copyNote(qt),
    ),
    h(
      'details',
      { class: 'correct' },
      h('summary', null, 'Correct speaker'),
      h(
        'div',
        { class: 'correct-body' },
        picker.search,
        pick,
        h('button', { type: 'button', class: 'btn btn-small', onclick: () => pick.value && void send({ action: 'set-speaker', speaker: pick.value }) }, 'Set speaker'),
        qt.speaker ? h('button', { type: 'button', class: 'btn btn-small btn-confirm', onclick: () => void send({ action: 'confirm' }) }, 'Speaker is right') : null,
        qt.speaker ? h('button', { type: 'button', class: 'btn btn-small btn-reject', onclick: () => void send({ action: 'reject' }) }, 'Speaker is wrong') : null,
        status,
      ),
    ),
  );
}
