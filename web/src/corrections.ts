import { get, type Correction, type Page } from './api.js';
import { pager } from './common.js';
import { clear, fmtDate, h, hash, state } from './dom.js';

function describe(c: Correction): string {
  const key = JSON.parse(c.targetKey) as Record<string, unknown>;
  switch (c.kind) {
    case 'stance':
      return `${c.action} stance on ${String(key.proposition)} (${c.targetId})`;
    case 'quote':
      return c.action === 'set-speaker' ? `set speaker of quote ${c.targetId} to ${String((c.value as { actor: string }).actor)}` : `${c.action} speaker of quote ${c.targetId}`;
    default:
      if (c.action === 'detach' || c.action === 'reattach')
        return `${c.action} the name “${String((c.value as { name?: string } | null)?.name ?? key.name)}” ${c.action === 'detach' ? 'from' : 'to'} ${String(key.actor)}${key.doc ? ` in document ${String(key.doc)}` : ''}`;
      return `${c.action} actors ${((key.actors as string[] | undefined) ?? []).join(' and ')}`;
  }
}

export async function correctionsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Math.floor(Number(params.get('offset') ?? 0)) || 0);
  const page = await get<Page<Correction>>('corrections', { limit: 50, offset });
  clear(
    root,
    h('div', { class: 'view-head' }, h('h1', null, 'Reviews'), h('p', { class: 'lede' }, 'Corrections made by people. They are kept across re-analysis and exported with the corpus.')),
    page.items.length === 0
      ? state('empty', 'No corrections yet. Confirm or reject evidence in the matrix, fix quote speakers, or merge actors.')
      : h(
          'table',
          { class: 'list' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Who'), h('th', { scope: 'col' }, 'What'), h('th', { scope: 'col' }, 'Note'))),
          h('tbody', null, page.items.map((c) => h('tr', null, h('td', null, fmtDate(c.createdAt)), h('td', null, c.author), h('td', null, describe(c)), h('td', null, c.note ?? '')))),
        ),
    pager(page.total, offset, 50, (o) => (location.hash = hash('corrections', { offset: String(o) }))),
  );
}
