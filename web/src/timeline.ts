import { get, type Actor, type Page, type Stats, type TimelineEntry } from './api.js';
import { actorOrNull, actorPicker, field, outletsLast, pager, readerLink, select, stanceChip } from './common.js';
import { clear, fmtDate, h, hash, state } from './dom.js';

/** Entries per page: a corpus of a thousand articles has over ten thousand, too many to lay out at once. */
const PAGE = 200;

export async function timelineView(root: HTMLElement, params: URLSearchParams, stats: Stats): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const filters = { actor: params.get('actor'), proposition: params.get('proposition'), since: params.get('since'), until: params.get('until'), attributed: params.get('attributed') };
  const [tl, actors, chosen] = await Promise.all([
    get<{ items: TimelineEntry[]; total?: number }>('timeline', { ...filters, limit: PAGE, offset }),
    get<Page<Actor>>('actors', { limit: 500 }),
    actorOrNull(params.get('actor')),
  ]);
  const names = new Map(actors.items.map((a) => [a.id, a.name]));
  const actorPick = actorPicker('actor', outletsLast(actors.items), [chosen], params.get('actor'), 'Any actor');
  const actor = actorPick.select;
  const prop = select('proposition', stats.propositions.map((p) => ({ value: p.id, label: p.label })), params.get('proposition'), 'Any proposition');
  const since = h('input', { type: 'date', name: 'since', value: params.get('since') ?? '' });
  const until = h('input', { type: 'date', name: 'until', value: params.get('until') ?? '' });
  // About a third of events name no actor ("talks resumed"): an analyst following the parties can leave them out.
  const attributed = h('input', { type: 'checkbox', name: 'attributed', checked: params.get('attributed') === '1' });
  const form = h(
    'form',
    { class: 'filters', onsubmit: (e: Event) => { e.preventDefault(); location.hash = hash('timeline', { actor: actor.value, proposition: prop.value, since: since.value, until: until.value, ...(attributed.checked ? { attributed: '1' } : {}) }); } },
    field('Actor', h('span', { class: 'picker' }, actorPick.search, actor)),
    field('Proposition', prop),
    field('From', since),
    field('To', until),
    field('Only events with an actor', attributed),
    h('button', { class: 'btn', type: 'submit' }, 'Apply'),
  );
  const days = new Map<string, TimelineEntry[]>();
  for (const e of tl.items) {
    // "in October": the month, not its first day (the API's `datePrecision`).
    const k = (e.datePrecision === 'month' ? e.date?.slice(0, 7) : e.date) ?? '';
    days.set(k, [...(days.get(k) ?? []), e]);
  }
  const props = new Map(stats.propositions.map((p) => [p.id, p.label]));
  const who = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  clear(
    root,
    h('div', { class: 'view-head' }, h('h1', null, 'Timeline'), h('p', { class: 'lede' }, 'Events and changes of stance in date order. ⚠ marks reports that contradict each other.')),
    form,
    tl.items.length === 0
      ? state('empty', 'Nothing on the timeline for these filters yet.')
      : h(
          'ol',
          { class: 'timeline' },
          [...days].map(([day, entries]) =>
            h(
              'li',
              { class: 'tl-day' },
              h('h2', { class: 'tl-date' }, h('time', { datetime: day }, day ? fmtDate(day) : 'Undated')),
              h(
                'ul',
                null,
                entries.map((e) =>
                  h(
                    'li',
                    { class: `tl-entry tl-${e.kind}${e.contradiction ? ' contradiction' : ''}` },
                    h(
                      'p',
                      { class: 'tl-head' },
                      e.kind === 'event'
                        ? h('span', { class: `tag tag-${(e.type ?? '').toLowerCase()}` }, e.type ?? 'event')
                        : // A change over time, sources disagreeing about one moment, or a pair one of whose reports is undated.
                          h('span', { class: `tag tag-change tag-${e.relation ?? 'change'}`, title: RELATION_TITLE[e.relation ?? 'change'] }, RELATION_TAG[e.relation ?? 'change']),
                      e.contradiction && e.kind === 'event' ? h('span', { class: 'flag', title: 'contradicting reports' }, '⚠ contradicted') : null,
                      ' ',
                      e.kind === 'stance-change'
                        ? [changeHead(e) ?? [who(e.actors), e.proposition ? ` on ${props.get(e.proposition) ?? e.proposition}` : ''], ': ', stanceChip(e.from), (e.relation ?? 'change') === 'change' ? ' → ' : ' vs ', stanceChip(e.to)]
                        : // The summary says "did not" itself for a negated act.
                          e.summary,
                    ),
                    h('ul', { class: 'tl-sources' }, e.sources.map((s) => h('li', null, h('q', null, s.evidence.text), ' ', h('span', { class: 'meta' }, s.outlet ?? 'unknown outlet', ' · ', readerLink(s.docId, 'read', s.evidence))))),
                  ),
                ),
              ),
            ),
          ),
        ),
    pager(tl.total ?? tl.items.length, offset, PAGE, (o) => (location.hash = hash('timeline', { ...clean(filters), offset: String(o) }))),
  );
}

/**
 * Who changed on what, as the server's summary names them ('<holder> on <label>: <from> → <to>'): the server
 * knows every holder's name and every proposition's label, including the discovered ones the matrix shows
 * that the stats' list (the propositions table) lacks, and holders beyond the 500 actors this view loads.
 */
function changeHead(e: TimelineEntry): string | null {
  // The head ends where the stances begin; a contradiction's or an undated pair's summary says more after them.
  const at = e.summary.lastIndexOf(`: ${e.from} `);
  return at > 0 ? e.summary.slice(0, at) : null;
}

const RELATION_TAG: Record<string, string> = { change: 'change', contradiction: 'contradiction', undated: 'undated pair' };
const RELATION_TITLE: Record<string, string> = {
  change: 'a change of position over time (a later moment, the same outlet updating, or a stance the report tells as past)',
  contradiction: 'independent outlets give opposite stances for the same moment',
  undated: 'one of the two reports has no date: neither a change nor a contradiction can be told',
};

function clean(filters: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => !!e[1]));
}
