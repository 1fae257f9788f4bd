import { get, type Cell, type Citation, type Positions } from './api.js';
import { actorLink, field, readerLink, reviewBadge, reviewButtons, select, setStanceControl, stanceChip, STANCES } from './common.js';
import { columnHeading, negotiationGroups } from './labels.js';
import { clear, fmtDate, h, hash, state, whenAttached } from './dom.js';

const TREND: Record<string, string> = { steady: '', hardening: '↘ hardening', softening: '↗ softening', mixed: '↕ mixed', new: '' };

export async function matrixView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const all = await get<Positions>('positions', { since: params.get('since'), until: params.get('until') });
  // A store of several negotiations is one wide grid of mostly empty cells: the "Talks" filter shows one.
  const groups = negotiationGroups(all.propositions);
  const talks = groups.find((g) => g.key === params.get('talks'));
  const m = talks ? onlyPropositions(all, new Set(talks.ids)) : all;
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
  // Every row's name, also of a side the Talks filter leaves out (a person's side is labelled by name).
  const rowName = new Map(all.rows.map((r) => [r.id, r.name]));

  const open = (cell: Cell) => {
    history.replaceState(null, '', hash('matrix', { row: cell.rowId, prop: cell.proposition, since: params.get('since') ?? undefined, until: params.get('until') ?? undefined, talks: talks?.key }));
    for (const b of root.querySelectorAll('.cell[aria-expanded="true"]')) b.setAttribute('aria-expanded', 'false');
    root.querySelector(`.cell[data-key="${CSS.escape(`${cell.rowId}|${cell.proposition}`)}"]`)?.setAttribute('aria-expanded', 'true');
    renderEvidence(panel, cell, rowName.get(cell.rowId) ?? cell.rowId, propLabel.get(cell.proposition), () => void matrixView(root, new URLSearchParams(location.hash.split('?')[1] ?? '')));
    whenAttached(panel, () => {
      panel.focus({ preventScroll: true });
      panel.scrollIntoView({ block: 'nearest' });
    });
  };

  // An ARIA grid (a table with role=grid keeps its native row/column semantics): one tab stop, arrow keys
  // move between cells (roving tabindex), Enter/Space opens a cell's evidence, Escape in the evidence
  // returns to the cell. Column 0 is the row's actor link, so it is reached by arrows too.
  const table = h(
    'table',
    { class: 'matrix', role: 'grid', 'aria-labelledby': 'matrix-caption', 'aria-describedby': 'matrix-keys', 'aria-rowcount': m.rows.length + 1, 'aria-colcount': m.propositions.length + 1 },
    h('caption', { class: 'sr-only', id: 'matrix-caption' }, 'Stances of parties and key people (rows) on the propositions (columns)'),
    h('thead', null, h('tr', { role: 'row' }, h('th', { scope: 'col', class: 'corner', role: 'columnheader' }, 'Actor'), m.propositions.map((p) => h('th', { scope: 'col', title: p.statement, role: 'columnheader' }, propHeader(p.label, talks !== undefined))))),
    h(
      'tbody',
      null,
      displayRows(m.rows).map(({ row: r, under, side }, ri) =>
        h(
          'tr',
          { class: `row-${r.kind}${under ? ' row-under' : ''}`, role: 'row' },
          h('th', { scope: 'row', role: 'rowheader' }, gridTarget(actorLink({ id: r.id, name: r.name }) as HTMLElement, ri, 0), side !== null ? h('span', { class: 'row-side' }, ` ${side === '' ? 'no side' : (rowName.get(side) ?? side)}`) : null),
          m.propositions.map((p, pi) => {
            const c = cells.get(`${r.id}\u0000${p.id}`);
            if (!c)
              return h(
                'td',
                { class: 'cell-empty', role: 'gridcell' },
                gridTarget(h('span', { class: 'cell stance-unknown', title: 'no stance found', 'aria-label': `${r.name} on ${p.label}: no stance found` }, h('span', { 'aria-hidden': 'true' }, '·')), ri, pi + 1),
              );
            const label = `${r.name} on ${p.label}: ${c.stance}, ${c.sources} source${c.sources === 1 ? '' : 's'}${c.contradiction ? ', contradicted' : ''}`;
            return h(
              'td',
              { role: 'gridcell' },
              h(
                'button',
                { type: 'button', class: `cell stance-${c.stance}`, 'data-key': `${r.id}|${p.id}`, 'data-row': ri, 'data-col': pi + 1, tabindex: '-1', 'aria-label': label, 'aria-expanded': 'false', 'aria-controls': 'evidence', title: label, onclick: () => open(c) },
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
  const targets = [...table.querySelectorAll<HTMLElement>('[data-row][data-col]')];
  const at = (row: number, col: number) => targets.find((t) => Number(t.dataset.row) === row && Number(t.dataset.col) === col);
  let active = (selected && table.querySelector<HTMLElement>(`.cell[data-key="${CSS.escape(`${selected.rowId}|${selected.proposition}`)}"]`)) || table.querySelector<HTMLElement>('button.cell') || targets[0];
  const activate = (el: HTMLElement, focus: boolean) => {
    active?.setAttribute('tabindex', '-1');
    el.setAttribute('tabindex', '0');
    active = el;
    if (focus) el.focus();
  };
  if (active) activate(active, false);
  table.addEventListener('focusin', (ev) => {
    const t = (ev.target as HTMLElement).closest<HTMLElement>('[data-row][data-col]');
    if (t && t !== active) activate(t, false);
  });
  table.addEventListener('keydown', (ev) => {
    const t = (ev.target as HTMLElement).closest<HTMLElement>('[data-row][data-col]');
    if (!t) return;
    const row = Number(t.dataset.row);
    const col = Number(t.dataset.col);
    const lastRow = m.rows.length - 1;
    const lastCol = m.propositions.length;
    const next: Record<string, [number, number]> = {
      ArrowRight: [row, Math.min(lastCol, col + 1)],
      ArrowLeft: [row, Math.max(0, col - 1)],
      ArrowDown: [Math.min(lastRow, row + 1), col],
      ArrowUp: [Math.max(0, row - 1), col],
      Home: ev.ctrlKey ? [0, 0] : [row, 0],
      End: ev.ctrlKey ? [lastRow, lastCol] : [row, lastCol],
      PageDown: [Math.min(lastRow, row + 5), col],
      PageUp: [Math.max(0, row - 5), col],
    };
    const to = next[ev.key];
    if (!to) return;
    ev.preventDefault();
    const el = at(to[0], to[1]);
    if (el) activate(el, true);
  });
  panel.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || !active) return;
    ev.preventDefault();
    active.focus();
  });
  clear(
    root,
    h('div', { class: 'view-head' }, h('h1', null, 'Positions'), h('p', { class: 'lede' }, 'Who stands where on each proposition. Click a cell, or move with the arrow keys and press Enter, for the evidence.')),
    h('p', { class: 'sr-only', id: 'matrix-keys' }, 'Arrow keys move between cells; Enter or Space opens the evidence; Escape in the evidence returns to the cell.'),
    h('div', { class: 'legend', 'aria-label': 'Legend' }, STANCES.map((s) => stanceChip(s)), h('span', { class: 'chip' }, h('b', null, '!'), ' contradicting reports'), h('span', { class: 'chip' }, h('b', null, 'n'), ' independent sources')),
    groups.length > 1 ? talksFilter(groups, talks?.key, params) : null,
    h('div', { class: 'matrix-wrap' }, table),
    panel,
  );
  if (selected) open(selected);
  else panel.append(h('p', { class: 'muted' }, 'Select a cell to see the sentences behind it.'));
}

type MatrixRow = Positions['rows'][number];

/** The matrix narrowed to some propositions: their cells, and the rows that hold one of them. */
function onlyPropositions(m: Positions, ids: ReadonlySet<string>): Positions {
  const cells = m.cells.filter((c) => ids.has(c.proposition));
  const rows = new Set(cells.map((c) => c.rowId));
  return { ...m, propositions: m.propositions.filter((p) => ids.has(p.id)), cells, rows: m.rows.filter((r) => rows.has(r.id)) };
}

function talksFilter(groups: ReturnType<typeof negotiationGroups>, chosen: string | undefined, params: URLSearchParams): HTMLElement {
  const pick = select('talks', groups.map((g) => ({ value: g.key, label: `${g.label} (${g.ids.length})` })), chosen, 'All talks');
  pick.addEventListener('change', () => {
    location.hash = hash('matrix', { since: params.get('since') ?? undefined, until: params.get('until') ?? undefined, talks: pick.value || undefined });
  });
  return h('form', { class: 'filters', onsubmit: (e: Event) => e.preventDefault() }, field('Talks', pick));
}

/**
 * Rows as the table shows them (the CLI's order): each party followed by its own people, indented under it;
 * a person whose side is not a row, or who speaks for no side, comes after every party, unindented and
 * labelled with that side ('' for none), so indentation never files them under whichever party precedes.
 */
export function displayRows(rows: readonly MatrixRow[]): { row: MatrixRow; under: boolean; side: string | null }[] {
  const parties = rows.filter((r) => r.kind !== 'person');
  const partyIds = new Set(parties.map((r) => r.id));
  const persons = rows.filter((r) => r.kind === 'person');
  const out: { row: MatrixRow; under: boolean; side: string | null }[] = parties.flatMap((p) => [
    { row: p, under: false, side: null },
    ...persons.filter((r) => r.party === p.id).map((r) => ({ row: r, under: true, side: null })),
  ]);
  for (const r of persons) if (r.party === null || !partyIds.has(r.party)) out.push({ row: r, under: false, side: r.party ?? '' });
  return out;
}

/** A discovered proposition's label names its sides in parentheses: set them smaller so the column stays short. */
function propHeader(label: string, talksChosen: boolean): (string | HTMLElement)[] {
  const { object, sides } = columnHeading(label, talksChosen);
  return sides === null ? [object] : [object, h('span', { class: 'prop-sides' }, ` ${sides}`)];
}

/** Marks an element as the focus target of grid cell (row, col); only the active one is in the tab order. */
function gridTarget<T extends HTMLElement>(el: T, row: number, col: number): T {
  el.dataset.row = String(row);
  el.dataset.col = String(col);
  el.setAttribute('tabindex', '-1');
  return el;
}

function renderEvidence(panel: HTMLElement, cell: Cell, rowName: string, prop: { label: string; statement: string } | undefined, refresh: () => void): void {
  // The server lists a cell's citations newest first in the matrix's own report order (an undated report counts
  // as of the documents ingested before it), so oldest first is that order reversed: re-sorting by date alone
  // would put undated reports first and tell the change backwards.
  const ordered = [...cell.citations].reverse();
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
