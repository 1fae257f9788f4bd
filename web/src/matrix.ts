import { get, type Cell, type Citation, type Positions } from './api.js';
import { actorLink, readerLink, reviewBadge, reviewButtons, setStanceControl, stanceChip, STANCES } from './common.js';
import { clear, fmtDate, h, hash, state, whenAttached } from './dom.js';

const TREND: Record<string, string> = { steady: '', hardening: '↘ hardening', softening: '↗ softening', mixed: '↕ mixed', new: '' };

export async function matrixView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const m = await get<Positions>('positions', { since: params.get('since'), until: params.get('until') });
  if (m.rows.length === 0 || m.propositions.length === 0) {
    clear(
      root,
      h('h1', null, 'Positions'),
      state('empty', 'No positions yet: Parley has not read any stance on a proposition.', h('p', null, h('a', { href: '#/ingest', class: 'btn' }, 'Add articles'))),
    );
    return;
  }
  const cells = new Map(m.cells.map((c) => [`${c.rowId}\u0000${c.proposition}`, c]));
  const selected = params.get('row') && params.get('prop') ? cells.get(`${params.get('row')}\u0000${params.get('prop')}`) : undefined;
  const panel = h('section', { class: 'evidence', id: 'evidence', 'aria-live': 'polite', tabindex: '-1' });
  const propLabel = new Map(m.propositions.map((p) => [p.id, p]));
  const rowName = new Map(m.rows.map((r) => [r.id, r.name]));

  const open = (cell: Cell) => {
    history.replaceState(null, '', hash('matrix', { row: cell.rowId, prop: cell.proposition, since: params.get('since') ?? undefined, until: params.get('until') ?? undefined }));
    for (const b of root.querySelectorAll('.cell[aria-expanded="true"]')) b.setAttribute('aria-expanded', 'false');
    root.querySelector(`.cell[data-key="${CSS.escape(`${cell.rowId}|${cell.proposition}`)}"]`)?.setAttribute('aria-expanded', 'true');
    renderEvidence(panel, cell, rowName.get(cell.rowId) ?? cell.rowId, propLabel.get(cell.proposition), () => void matrixView(root, new URLSearchParams(location.hash.split('?')[1] ?? '')));
    whenAttached(panel, () => {
      panel.focus({ preventScroll: true });
      panel.scrollIntoView({ block: 'nearest' });
    });
  };

  const table = h(
    'table',
    { class: 'matrix' },
    h('caption', { class: 'sr-only' }, 'Stances of parties and key people (rows) on the propositions (columns)'),
    h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'corner' }, 'Actor'), m.propositions.map((p) => h('th', { scope: 'col', title: p.statement }, p.label)))),
    h(
      'tbody',
      null,
      m.rows.map((r) =>
        h(
          'tr',
          { class: `row-${r.kind}` },
          h('th', { scope: 'row' }, actorLink({ id: r.id, name: r.name }), r.kind === 'person' && r.party ? h('span', { class: 'row-party' }, ` ${rowName.get(r.party) ?? r.party}`) : null),
          m.propositions.map((p) => {
            const c = cells.get(`${r.id}\u0000${p.id}`);
            if (!c) return h('td', { class: 'cell-empty' }, h('span', { class: 'cell stance-unknown', title: 'no stance found' }, h('span', { class: 'sr-only' }, 'unknown'), '·'));
            const label = `${r.name} on ${p.label}: ${c.stance}, ${c.sources} source${c.sources === 1 ? '' : 's'}${c.contradiction ? ', contradicted' : ''}`;
            return h(
              'td',
              null,
              h(
                'button',
                { type: 'button', class: `cell stance-${c.stance}`, 'data-key': `${r.id}|${p.id}`, 'aria-label': label, 'aria-expanded': 'false', 'aria-controls': 'evidence', title: label, onclick: () => open(c) },
                h('span', { class: 'cell-stance' }, c.stance),
                h('span', { class: 'cell-count' }, String(c.sources)),
                c.contradiction ? h('span', { class: 'cell-flag', 'aria-hidden': 'true', title: 'contradicting reports' }, '!') : null,
                c.trend !== 'steady' && TREND[c.trend] ? h('span', { class: 'cell-trend', 'aria-hidden': 'true' }, TREND[c.trend]!.slice(0, 1)) : null,
              ),
            );
          }),
        ),
      ),
    ),
  );
  clear(
    root,
    h('div', { class: 'view-head' }, h('h1', null, 'Positions'), h('p', { class: 'lede' }, 'Who stands where on each proposition. Click a cell (or focus it and press Enter) for the evidence.')),
    h('div', { class: 'legend', 'aria-label': 'Legend' }, STANCES.map((s) => stanceChip(s)), h('span', { class: 'chip' }, h('b', null, '!'), ' contradicting reports'), h('span', { class: 'chip' }, h('b', null, 'n'), ' independent sources')),
    h('div', { class: 'matrix-wrap' }, table),
    panel,
  );
  if (selected) open(selected);
  else panel.append(h('p', { class: 'muted' }, 'Select a cell to see the sentences behind it.'));
}

function renderEvidence(panel: HTMLElement, cell: Cell, rowName: string, prop: { label: string; statement: string } | undefined, refresh: () => void): void {
  const ordered = [...cell.citations].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const changes: Citation[] = [];
  for (const c of ordered) if (c.review !== 'rejected' && changes.at(-1)?.stance !== c.stance) changes.push(c);
  clear(
    panel,
    h('h2', null, `${rowName} — ${prop?.label ?? cell.proposition}`),
    prop ? h('p', { class: 'muted' }, prop.statement) : null,
    h('p', null, 'Current stance: ', stanceChip(cell.stance), ` from ${cell.sources} independent source${cell.sources === 1 ? '' : 's'}`, TREND[cell.trend] ? ` · ${TREND[cell.trend]}` : '', cell.contradiction ? h('span', { class: 'flag' }, ' · contradicting reports') : null),
    changes.length > 1
      ? h('ol', { class: 'stance-history', 'aria-label': 'How the stance changed' }, changes.map((c) => h('li', null, h('time', { datetime: c.date ?? '' }, fmtDate(c.date)), ' ', stanceChip(c.stance))))
      : null,
    h(
      'ol',
      { class: 'citations' },
      ordered.map((c) =>
        h(
          'li',
          { class: `citation review-${c.review}` },
          h('blockquote', null, c.evidence.text),
          c.condition ? h('p', { class: 'condition' }, 'Condition: ', c.condition) : null,
          h(
            'p',
            { class: 'meta' },
            stanceChip(c.stance),
            ' ',
            h('span', { class: 'outlet' }, c.outlet ?? 'unknown outlet'),
            ' · ',
            h('time', { datetime: c.date ?? '' }, fmtDate(c.date)),
            ' · ',
            readerLink(c.docId, 'open in reader', c.evidence),
            ' ',
            reviewBadge(c.review, null),
          ),
          reviewButtons((action) => ({ kind: 'stance', action, stanceId: c.stanceId }), c.review, refresh, c.evidence.text.slice(0, 60)),
          setStanceControl(c.stanceId, c.stance, refresh, c.evidence.text.slice(0, 60)),
        ),
      ),
    ),
  );
}
