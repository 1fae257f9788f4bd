import { get, post, type Actor, type Correction, type Page, type Ref, type Review } from './api.js';
import { clear, fmtDate, h, hash, type Child } from './dom.js';
import { distinctActorLabels } from './labels.js';

export const STANCES = ['support', 'oppose', 'conditional', 'neutral', 'unknown'] as const;
const STANCE_MARK: Record<string, string> = { support: '✓', oppose: '✕', conditional: '≈', neutral: '○', unknown: '?' };

export function stanceChip(stance: string | null | undefined): HTMLElement {
  const s = stance ?? 'unknown';
  return h('span', { class: `chip stance-${s}` }, h('span', { 'aria-hidden': 'true' }, STANCE_MARK[s] ?? '?'), ` ${s}`);
}

export function reviewBadge(review: Review, correction: Correction | null): HTMLElement | null {
  if (review === 'machine') return h('span', { class: 'badge badge-machine', title: 'extracted by Parley, not reviewed' }, 'machine');
  const who = correction ? `${correction.author}, ${fmtDate(correction.createdAt)}` : 'a person';
  return h('span', { class: `badge badge-${review}`, title: `${review} by ${who}` }, review === 'confirmed' ? '✓ confirmed' : '✕ rejected', correction ? h('span', { class: 'badge-who' }, ` · ${correction.author}`) : null);
}

export function actorLink(ref: Ref | null | undefined, fallback = 'unknown'): Child {
  if (!ref) return h('span', { class: 'muted' }, fallback);
  return h('a', { href: hash(`actors/${encodeURIComponent(ref.id)}`) }, ref.name ?? ref.id);
}

export function readerLink(docId: string, label: Child, span?: { start: number; end: number }): HTMLAnchorElement {
  return h('a', { href: hash(`documents/${encodeURIComponent(docId)}`, span ? { hl: `${span.start}-${span.end}` } : {}) }, label);
}

export function source(doc: { id: string; name: string; title?: string | null; outlet: string | null; published?: string | null }, date: string | null | undefined, span?: { start: number; end: number }): HTMLElement {
  return h(
    'span',
    { class: 'source' },
    h('span', { class: 'outlet' }, doc.outlet ?? 'unknown outlet'),
    ' · ',
    h('time', { datetime: date ?? '' }, fmtDate(date ?? doc.published)),
    ' · ',
    readerLink(doc.id, doc.title || doc.name, span),
  );
}

/** Confirm / reject buttons for one extracted fact; `after` re-renders what changed. */
export function reviewButtons(body: (action: 'confirm' | 'reject') => unknown, current: Review, after: () => void, label: string): HTMLElement {
  const status = h('span', { class: 'review-status', role: 'status' });
  const button = (action: 'confirm' | 'reject', text: string) =>
    h(
      'button',
      {
        type: 'button',
        class: `btn btn-small btn-${action}`,
        'aria-pressed': String(current === (action === 'confirm' ? 'confirmed' : 'rejected')),
        'aria-label': `${text}: ${label}`,
        onclick: async (ev: Event) => {
          const b = ev.currentTarget as HTMLButtonElement;
          b.disabled = true;
          status.textContent = 'saving…';
          try {
            await post('corrections', body(action));
            status.textContent = 'saved';
            after();
          } catch (e) {
            status.textContent = `could not save: ${(e as Error).message}`;
            b.disabled = false;
          }
        },
      },
      text,
    );
  return h('span', { class: 'review-buttons' }, button('confirm', 'Confirm'), button('reject', 'Reject'), status);
}

/** A select that records the stance a person reads in the evidence ('set-stance'), replacing the machine's. */
export function setStanceControl(stanceId: string, current: string, after: () => void, label: string): HTMLElement {
  const status = h('span', { class: 'review-status', role: 'status' });
  const select = h(
    'select',
    {
      class: 'set-stance',
      'aria-label': `Set the stance: ${label}`,
      onchange: async (ev: Event) => {
        const el = ev.currentTarget as HTMLSelectElement;
        if (!el.value) return;
        el.disabled = true;
        status.textContent = 'saving…';
        try {
          await post('corrections', { kind: 'stance', action: 'set-stance', stanceId, stance: el.value });
          status.textContent = 'saved';
          after();
        } catch (e) {
          status.textContent = `could not save: ${(e as Error).message}`;
          el.disabled = false;
        }
      },
    },
    h('option', { value: '' }, 'Set stance…'),
    ...(['support', 'oppose', 'conditional', 'neutral'] as const).filter((s) => s !== current).map((s) => h('option', { value: s }, s)),
  ) as HTMLSelectElement;
  return h('span', { class: 'set-stance-control' }, select, status);
}

export function pager(total: number, offset: number, limit: number, go: (offset: number) => void): HTMLElement | null {
  if (total <= limit) return null;
  const pageNo = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', class: 'btn btn-small', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, '← Previous'),
    h('span', null, `Page ${pageNo} of ${pages} · ${total} in all`),
    h('button', { type: 'button', class: 'btn btn-small', disabled: offset + limit >= total, onclick: () => go(offset + limit) }, 'Next →'),
  );
}

export function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', null, label), control);
}

export function select(name: string, options: { value: string; label: string }[], value: string | null | undefined, placeholder: string): HTMLSelectElement {
  return h('select', { name }, h('option', { value: '' }, placeholder), options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
}

/**
 * Actors for a filter's choices: news outlets named in the articles (`outlet`: a stored report's outlet, a
 * source, not a party) after the parties, marked as outlets, so "Reuters" no longer reads as a side.
 */
export function outletsLast<T extends { name: string; outlet?: boolean }>(actors: readonly T[]): T[] {
  return [...actors.filter((a) => !a.outlet), ...actors.filter((a) => a.outlet).map((a) => ({ ...a, name: `${a.name} (news outlet)` }))];
}

/**
 * An actor picker: the corpus's most-mentioned actors, every actor in `extra` (the chosen one, the current
 * speaker) even when it is not among them, and a search box that finds the rest on the server: a corpus of
 * a thousand articles has thousands of actors, and a filter on one outside the first page was dropped.
 */
export function actorPicker(
  name: string,
  base: readonly { id: string; name: string }[],
  extra: readonly ({ id: string; name: string | null } | null | undefined)[],
  value: string | null | undefined,
  placeholder: string,
  only: { params?: Record<string, string>; keep?: (a: Actor) => boolean } = {},
): { select: HTMLSelectElement; search: HTMLInputElement } {
  const known = distinctActorLabels(base.map((a) => ({ id: a.id, name: a.name, side: 'partyName' in a ? (a as Actor).partyName ?? (a as Actor).party : null })));
  for (const a of extra) if (a && !known.has(a.id)) known.set(a.id, a.name ?? a.id);
  if (value && !known.has(value)) known.set(value, value);
  const options = (list: Iterable<[string, string]>) => [...list].map(([id, label]) => ({ value: id, label }));
  const picker = select(name, options(known), value, placeholder);
  const search = h('input', { type: 'search', class: 'actor-search', placeholder: 'Find an actor…', 'aria-label': `Find an actor (${name})` });
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const words = search.value.trim();
      const found = words ? (await get<Page<Actor>>('actors', { ...only.params, q: words, limit: 50 })).items.filter((a) => !only.keep || only.keep(a)) : null;
      const hits = found ? distinctActorLabels(found.map((a) => ({ id: a.id, name: a.name, side: a.partyName ?? a.party }))) : new Map(known);
      const chosen = picker.value;
      if (chosen && !hits.has(chosen) && known.has(chosen)) hits.set(chosen, known.get(chosen)!);
      for (const [id, label] of hits) known.set(id, label);
      clear(picker, h('option', { value: '' }, placeholder), options(hits).map((o) => h('option', { value: o.value, selected: o.value === chosen }, o.label)));
      if (!chosen && words && hits.size) picker.value = hits.keys().next().value!;
    }, 250);
  });
  return { select: picker, search };
}

/** An actor by id, or null: for naming a chosen actor the first page of actors does not hold. */
export async function actorOrNull(id: string | null | undefined): Promise<{ id: string; name: string } | null> {
  if (!id) return null;
  return get<Actor>(`actors/${encodeURIComponent(id)}`).catch(() => null);
}
