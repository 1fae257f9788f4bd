import { get, post, type Actor, type ActorDetail, type Graph, type NameSeen, type Page } from './api.js';
import { actorLink, actorPicker, field, pager, readerLink, reviewBadge, select, source, stanceChip } from './common.js';
import { clear, fmtDate, h, hash, s, state, type Child } from './dom.js';
import { quoteItem } from './quotes.js';

const EDGE_TYPES = ['CONSULT', 'SUPPORT', 'AGREE', 'REJECT', 'THREATEN', 'ACCUSE', 'REQUEST', 'SANCTION'];

export async function actorsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Math.floor(Number(params.get('offset') ?? 0)) || 0);
  const [page, graph] = await Promise.all([
    get<Page<Actor>>('actors', { type: params.get('type'), q: params.get('q'), limit: 50, offset }),
    get<Graph>('graph', { types: EDGE_TYPES.join(',') }),
  ]);
  // News organisations named in the articles ("told Reuters") whose own reports are stored are sources, not
  // parties: listed apart, under the table, as the CLI's actor list does.
  const parties = page.items.filter((a) => !a.outlet);
  const outlets = page.items.filter((a) => a.outlet);
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') ?? '', placeholder: 'Name' });
  const type = select('type', ['person', 'country', 'organization', 'group'].map((t) => ({ value: t, label: t })), params.get('type'), 'Any type');
  clear(
    root,
    h('div', { class: 'view-head' }, h('h1', null, 'Actors'), h('p', { class: 'lede' }, 'People, countries and organizations across all articles, and who acts on whom.')),
    h('form', { class: 'filters', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); location.hash = hash('actors', { q: q.value.trim(), type: type.value }); } }, field('Name', q), field('Type', type), h('button', { class: 'btn', type: 'submit' }, 'Apply')),
    h(
      'div',
      { class: 'actors-layout' },
      h(
        'section',
        { 'aria-label': 'Actor list' },
        page.items.length === 0
          ? state('empty', params.get('q') || params.get('type') ? 'No actor matches.' : offset > 0 ? 'No actors on this page.' : 'No actors yet.')
          : h(
              'table',
              { class: 'list' },
              h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Party'), h('th', { scope: 'col', class: 'num' }, 'Mentions'), h('th', { scope: 'col', class: 'num' }, 'Articles'))),
              h(
                'tbody',
                null,
                parties.map((a) =>
                  h('tr', null, h('td', null, actorLink(a), a.mergedFrom.length ? h('span', { class: 'badge badge-confirmed', title: 'merged by a person' }, ` +${a.mergedFrom.length} merged`) : null), h('td', { class: 'nowrap' }, a.type), h('td', null, a.partyName ?? a.party ?? ''), h('td', { class: 'num' }, a.mentionCount), h('td', { class: 'num' }, a.docCount)),
                ),
              ),
            ),
        outlets.length ? h('p', { class: 'muted outlets-note' }, 'News outlets whose reports are stored, named in articles (sources, not parties): ', outlets.map((a, i) => [i ? ', ' : '', actorLink(a)])) : null,
        pager(page.total, offset, 50, (o) => (location.hash = hash('actors', { q: params.get('q') ?? undefined, type: params.get('type') ?? undefined, offset: String(o) }))),
      ),
      h('section', { class: 'graph-box', 'aria-label': 'Who meets, supports, rejects or threatens whom' }, h('h2', null, 'Who acts on whom'), graphSvg(graph)),
    ),
  );
}

const EDGE_CLASS: Record<string, string> = { CONSULT: 'meet', AGREE: 'support', SUPPORT: 'support', REJECT: 'reject', ACCUSE: 'reject', THREATEN: 'threaten', SANCTION: 'threaten', REQUEST: 'request' };

/** A circular layout is enough for the few dozen actors a negotiation has; no graph library needed. */
const MARGIN = 60;

/**
 * Where node i of n (on a circle, clockwise from the top) puts its name: outward from the circle, so that
 * names of neighbours stack instead of running into each other; only the nodes at the very top and bottom
 * are centred, above or below.
 */
function labelAt(i: number, n: number, p: { x: number; y: number }): { x: number; y: number; anchor: string } {
  const angle = (2 * Math.PI * i) / n - Math.PI / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  if (Math.abs(cos) > 0.2) return { x: p.x + cos * 14, y: p.y + 4 + sin * 8, anchor: cos > 0 ? 'start' : 'end' };
  return { x: p.x, y: p.y + (sin > 0 ? 24 : -14), anchor: 'middle' };
}

function graphSvg(g: Graph): Element {
  const nodes = g.nodes.slice(0, 24);
  if (nodes.length < 2) return state('empty', 'No events between actors yet.');
  const keep = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const W = 520;
  const R = 165;
  const pos = new Map(nodes.map((n, i) => [n.id, { x: W / 2 + R * Math.cos((2 * Math.PI * i) / nodes.length - Math.PI / 2), y: W / 2 + R * Math.sin((2 * Math.PI * i) / nodes.length - Math.PI / 2) }]));
  const max = Math.max(...edges.map((e) => e.count), 1);
  const svg = s(
    'svg',
    // Side margins for the labels that run outward from the circle's left and right.
    { viewBox: `${-MARGIN} 0 ${W + 2 * MARGIN} ${W}`, class: 'graph', role: 'img', 'aria-label': `${edges.length} relations between ${nodes.length} actors` },
    s('defs', null, ['meet', 'support', 'reject', 'threaten', 'request', 'other'].map((k) => s('marker', { id: `arrow-${k}`, viewBox: '0 0 10 10', refX: '22', refY: '5', markerWidth: '7', markerHeight: '7', markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, s('path', { d: 'M0,0 L10,5 L0,10 z', class: `edge-head edge-${k}` })))),
    edges.map((e, i) => {
      const a = pos.get(e.source)!;
      const b = pos.get(e.target)!;
      const k = EDGE_CLASS[e.type] ?? 'other';
      const bend = 18 + (i % 3) * 8;
      const mx = (a.x + b.x) / 2 + ((b.y - a.y) / Math.hypot(b.x - a.x, b.y - a.y || 1)) * bend;
      const my = (a.y + b.y) / 2 - ((b.x - a.x) / Math.hypot(b.x - a.x, b.y - a.y || 1)) * bend;
      return s('path', { d: `M${a.x},${a.y} Q${mx},${my} ${b.x},${b.y}`, class: `edge edge-${k}`, 'stroke-width': String(1 + (3 * e.count) / max), 'marker-end': `url(#arrow-${k})` }, s('title', null, `${e.source} ${e.type} ${e.target} (${e.count})`));
    }),
    nodes.map((n, i) => {
      const p = pos.get(n.id)!;
      const l = labelAt(i, nodes.length, p);
      const a = s('a', { href: hash(`actors/${encodeURIComponent(n.id)}`), class: `node node-${n.type ?? 'other'}` }, s('circle', { cx: String(p.x), cy: String(p.y), r: '9' }), s('text', { x: String(l.x), y: String(l.y), 'text-anchor': l.anchor }, n.name));
      return a;
    }),
  );
  const legend = h('p', { class: 'graph-legend' }, ['meet', 'support', 'reject', 'threaten', 'request'].map((k) => h('span', { class: `key key-${k}` }, k)));
  return h('div', null, svg, legend);
}

export async function actorView(root: HTMLElement, id: string, message?: Child): Promise<void> {
  const a = await get<ActorDetail>(`actors/${encodeURIComponent(id)}`);
  // Merge candidates are actors of the same kind: the 500 most mentioned, and any other through the search box.
  const all = await get<Page<Actor>>('actors', { type: a.type, limit: 500 });
  const refresh = () => void actorView(root, a.id);
  const status = h('span', { class: 'review-status', role: 'status' });
  const correct = async (body: unknown) => {
    status.textContent = 'saving…';
    try {
      await post('corrections', body);
      refresh();
    } catch (e) {
      status.textContent = `could not save: ${(e as Error).message}`;
    }
  };
  // Actors made by detaching a name (`<actor>~<name>`) are not stored actors, so they cannot be merged.
  const mergeable = (x: Actor) => x.id !== a.id && x.type === a.type && !x.id.includes('~');
  const others = all.items.filter(mergeable);
  const merger = actorPicker('merge', others, [], null, 'Choose an actor…', { params: { type: a.type }, keep: mergeable });
  const mergePick = merger.select;
  mergePick.setAttribute('aria-label', 'Actor to merge into this one');
  const quotesByDay = new Map<string, number>();
  for (const q of a.quotes) quotesByDay.set(q.doc.published ?? '', (quotesByDay.get(q.doc.published ?? '') ?? 0) + 1);
  clear(
    root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/actors' }, '← Actors')),
    h(
      'header',
      { class: 'actor-head' },
      h('h1', null, a.name),
      h('p', { class: 'meta' }, a.type, a.party ? [' · party: ', actorLink({ id: a.party, name: a.partyName })] : null, ` · ${a.mentionCount} mentions in ${a.docCount} articles`),
      a.requested !== a.id ? h('p', { class: 'note' }, `“${a.requested}” was merged into ${a.name} by a person.`) : null,
      a.detachedFrom ? h('p', { class: 'note' }, 'A person detached this name from ', actorLink(a.detachedFrom), ': it is served as an actor of its own.') : null,
      a.roles.length ? h('p', null, h('b', null, 'Roles: '), a.roles.join('; ')) : null,
      h('p', { class: 'chips' }, h('b', null, 'Names seen: '), a.namesSeen.length ? a.namesSeen.map((n) => h('span', { class: 'chip' }, n.name, h('span', { class: 'muted' }, ` ×${n.count}`))) : h('span', { class: 'muted' }, 'none')),
    ),
    a.detachedFrom
      ? null
      : h(
          'section',
          { class: 'panel merge' },
          h('h2', null, 'Same person or body?'),
          a.mergedFrom.length
            ? h('ul', null, a.mergedFrom.map((m) => h('li', null, `${m} is shown as ${a.name} `, h('button', { type: 'button', class: 'btn btn-small', onclick: () => void correct({ kind: 'actor', action: 'split', actors: [a.id, m] }) }, 'Split'))))
            : null,
          h('div', { class: 'correct-body' }, merger.search, mergePick, h('button', { type: 'button', class: 'btn btn-small', onclick: () => mergePick.value && void correct({ kind: 'actor', action: 'merge', actors: [a.id, mergePick.value] }) }, 'Merge into this actor'), status),
        ),
    detachPanel(root, a, message),
    h(
      'section',
      null,
      h('h2', null, `Stances (${a.stances.length})`),
      a.stances.length === 0
        ? h('p', { class: 'muted' }, 'No stances found.')
        : h(
            'table',
            { class: 'list' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Proposition'), h('th', { scope: 'col' }, 'Stance'), h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Evidence'))),
            h('tbody', null, a.stances.map((st) => h('tr', null, h('td', { title: st.proposition }, st.propositionLabel ?? h('code', null, st.proposition)), h('td', null, stanceChip(st.stance), ' ', reviewBadge(st.review, st.correction)), h('td', null, fmtDate(st.date ?? st.doc.published)), h('td', null, h('q', null, st.evidence.text), ' ', source(st.doc, null, st.evidence))))),
          ),
    ),
    h('section', null, h('h2', null, `Quotes over time (${a.quotes.length})`), quotesChart(quotesByDay), a.quotes.length === 0 ? h('p', { class: 'muted' }, 'No quotes attributed.') : h('ol', { class: 'quotes' }, a.quotes.slice(0, 50).map((q) => quoteItem(q, all.items, refresh)))),
    h(
      'section',
      null,
      h('h2', null, `Events (${a.events.length})`),
      a.events.length === 0
        ? h('p', { class: 'muted' }, 'No events.')
        : h('ul', { class: 'events' }, a.events.map((e) => h('li', null, h('span', { class: `tag tag-${e.type.toLowerCase()}` }, e.type), ' ', e.actors.map((x, i) => [i ? ', ' : '', actorLink(x)]), ' → ', e.targets.map((x, i) => [i ? ', ' : '', actorLink(x)]), ' · ', h('q', null, e.evidence.text), ' ', readerLink(e.doc.id, fmtDate(e.date ?? e.doc.published), e.evidence)))),
    ),
  );
}

/**
 * One row per name the actor was seen under, with a Detach button: for when the resolver put two people in
 * one actor (two namesakes, or a surname that joined the wrong person). Detaching can be limited to one
 * document. Detached names are listed with a Reattach button (the undo).
 */
function detachPanel(root: HTMLElement, a: ActorDetail, message?: Child): HTMLElement {
  const status = h('p', { class: 'review-status', role: 'status', id: 'detach-status', tabindex: '-1' }, message ?? '');
  const send = async (body: Record<string, unknown>, button: HTMLButtonElement, done: (saved: { value: { as?: string } | null }) => Child) => {
    button.disabled = true;
    status.textContent = 'saving…';
    try {
      const saved = await post<{ value: { as?: string } | null }>('corrections', { kind: 'actor', actor: a.id, ...body });
      // A reattach on the detached actor's own page leaves that page empty: go back to the actor it came from.
      const next = a.detachedFrom && body.action === 'reattach' ? a.detachedFrom.id : a.id;
      if (next !== a.id) history.replaceState(null, '', hash(`actors/${encodeURIComponent(next)}`));
      await actorView(root, next, done(saved));
      root.querySelector<HTMLElement>('#detach-status')?.focus();
    } catch (e) {
      status.textContent = `could not save: ${(e as Error).message}`;
      button.disabled = false;
    }
  };
  const nameRow = (n: NameSeen) => {
    const scope = select(
      'scope',
      // A report and its syndicated copy share a title: the outlet and date say which one is meant.
      n.docs.map((d) => ({ value: d.id, label: `only in “${d.title}”${d.outlet || d.published ? ` (${[d.outlet, d.published ? fmtDate(d.published) : null].filter(Boolean).join(', ')})` : ''}` })),
      null,
      n.docs.length === 1 ? 'in its one article' : `in all ${n.docs.length} articles`,
    );
    scope.setAttribute('aria-label', `Where to detach “${n.name}”`);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small btn-detach',
        'aria-label': `Detach “${n.name}” into an actor of its own`,
        onclick: (ev: Event) =>
          void send({ action: 'detach', name: n.name, ...(scope.value ? { doc: scope.value } : {}) }, ev.currentTarget as HTMLButtonElement, (saved) => [
            `Detached “${n.name}”: now served as `,
            saved.value?.as ? actorLink({ id: saved.value.as, name: n.name }) : n.name,
            '.',
          ]),
      },
      'Detach',
    ) as HTMLButtonElement;
    return h('li', { class: 'name-seen' }, h('span', { class: 'name' }, n.name), h('span', { class: 'muted' }, ` ×${n.count} `), n.docs.length > 1 ? scope : null, ' ', button);
  };
  return h(
    'section',
    { class: 'panel detach', 'aria-labelledby': 'detach-title' },
    h('h2', { id: 'detach-title' }, 'Two people under one name?'),
    a.detachedFrom ? null : h('p', { class: 'muted' }, 'If a name here belongs to someone else, detach it: its mentions, quotes and stances move to an actor of their own.'),
    a.detachedFrom ? null : a.namesSeen.length ? h('ul', { class: 'names-seen' }, a.namesSeen.map(nameRow)) : h('p', { class: 'muted' }, 'No names seen.'),
    a.detached.length
      ? h(
          'ul',
          { class: 'detached-names', 'aria-label': 'Detached names' },
          a.detached.map((d) =>
            h(
              'li',
              null,
              `“${d.name}”${d.doc ? ' (one article)' : ''} is served as `,
              actorLink({ id: d.as, name: d.name }),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small btn-reattach',
                  'aria-label': `Reattach “${d.name}” to ${a.detachedFrom?.name ?? a.name}`,
                  onclick: (ev: Event) => void send({ action: 'reattach', actor: d.actor, name: d.name, ...(d.doc ? { doc: d.doc } : {}) }, ev.currentTarget as HTMLButtonElement, () => `Reattached “${d.name}” to ${a.detachedFrom?.name ?? a.name}.`),
                },
                'Reattach',
              ),
            ),
          ),
        )
      : null,
    status,
  );
}

function quotesChart(byDay: Map<string, number>): Element | null {
  const days = [...byDay].filter(([d]) => d).sort(([x], [y]) => x.localeCompare(y));
  if (days.length < 2) return null;
  const max = Math.max(...days.map(([, n]) => n));
  const W = Math.max(240, days.length * 28);
  return s(
    'svg',
    { viewBox: `0 0 ${W} 80`, class: 'spark', role: 'img', 'aria-label': days.map(([d, n]) => `${fmtDate(d)}: ${n}`).join('; ') },
    days.map(([d, n], i) => s('g', null, s('rect', { x: String(i * 28 + 4), y: String(60 - (50 * n) / max), width: '20', height: String((50 * n) / max) }, s('title', null, `${fmtDate(d)}: ${n} quotes`)), s('text', { x: String(i * 28 + 14), y: '74', 'text-anchor': 'middle' }, d.slice(5)))),
  );
}
