import { ApiError, get, type Stats } from './api.js';
import { actorsView, actorView } from './actors.js';
import { correctionsView } from './corrections.js';
import { clear, h, route, state } from './dom.js';
import { ingestView } from './ingest.js';
import { matrixView } from './matrix.js';
import { quotesView } from './quotes.js';
import { documentsView, readerView } from './reader.js';
import { timelineView } from './timeline.js';

let stats: Stats | null = null;
let renderSeq = 0;

async function loadStats(): Promise<Stats> {
  stats = await get<Stats>('stats');
  const el = document.getElementById('stats');
  const independent = stats.independentDocuments !== undefined && stats.independentDocuments < stats.documents ? ` (${stats.independentDocuments} independent)` : '';
  if (el) el.textContent = `${stats.documents} articles${independent} · ${stats.actors} actors · ${stats.quotesFolded ?? stats.quotes} quotes · ${stats.stances} stances`;
  return stats;
}

async function render(): Promise<void> {
  const seq = ++renderSeq;
  const root = document.getElementById('main')!;
  const { parts, params } = route();
  const view = parts[0] ?? 'matrix';
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.getAttribute('data-nav') === (view === 'documents' && parts[1] ? 'documents' : view)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  root.setAttribute('aria-busy', 'true');
  const loading = setTimeout(() => seq === renderSeq && clear(root, state('loading', 'Loading…')), 150);
  // Each view renders into a detached container, swapped in only if it is still the latest navigation.
  const target = h('div', { class: `view view-${view}` });
  try {
    const s = stats ?? (await loadStats());
    switch (view) {
      case 'matrix':
        await matrixView(target, params);
        break;
      case 'timeline':
        await timelineView(target, params, s);
        break;
      case 'actors':
        await (parts[1] ? actorView(target, parts[1]) : actorsView(target, params));
        break;
      case 'quotes':
        await quotesView(target, params, s);
        break;
      case 'documents':
        await (parts[1] ? readerView(target, parts[1], params) : documentsView(target, params));
        break;
      case 'corrections':
        await correctionsView(target, params);
        break;
      case 'ingest':
        ingestView(target, () => void loadStats());
        break;
      default:
        clear(target, state('error', 'No such page.', h('a', { href: '#/matrix' }, 'Go to the positions')));
    }
  } catch (e) {
    const message = e instanceof ApiError ? (e.status === 404 ? 'Not found.' : e.message) : 'Parley could not load this page. Is the server running?';
    clear(target, state('error', message, h('button', { type: 'button', class: 'btn', onclick: () => void render() }, 'Retry')));
  } finally {
    clearTimeout(loading);
  }
  if (seq !== renderSeq) return;
  root.replaceChildren(target);
  root.removeAttribute('aria-busy');
  const title = target.querySelector('h1')?.textContent;
  document.title = title ? `${title} — Parley` : 'Parley';
  // Views that scroll to a target handle focus themselves; otherwise start at the top of the page.
  if (!params.get('hl') && !params.get('row')) window.scrollTo(0, 0);
  document.dispatchEvent(new CustomEvent('parley:rendered', { detail: { view } }));
}

window.addEventListener('hashchange', () => {
  void render().then(() => {
    const main = document.getElementById('main');
    if (main && !route().params.get('hl') && !route().params.get('row')) main.focus({ preventScroll: true });
  });
});
void render();
