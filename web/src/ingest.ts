import { get, post, type IngestJob } from './api.js';
import { field, readerLink } from './common.js';
import { clear, h } from './dom.js';

export function ingestView(root: HTMLElement, onStored: () => void): void {
  const progress = h('section', { class: 'progress', 'aria-live': 'polite', id: 'ingest-progress' });
  const show = (job: IngestJob) => {
    const total = job.total ?? Math.max(job.done, 1);
    clear(
      progress,
      h('h2', null, job.status === 'running' ? 'Reading…' : 'Done'),
      h('progress', { max: String(total), value: String(job.done), 'aria-label': 'Ingest progress' }),
      h('p', { class: 'count' }, `${job.done}${job.total ? ` of ${job.total}` : ''} read · ${job.stored} stored · ${job.failed} failed`),
      h(
        'ul',
        { class: 'outcomes' },
        job.outcomes.map((o) =>
          h(
            'li',
            { class: `outcome outcome-${o.status}` },
            h('span', { class: 'tag' }, o.status),
            ' ',
            o.id ? readerLink(o.id, o.name ?? o.input) : o.input,
            o.error ? h('span', { class: 'error-text' }, ` — ${o.error.message} [${o.error.code}]`) : null,
            o.message ? ` — ${o.message}` : null,
            o.duplicateOf ? [' — copy of ', readerLink(o.duplicateOf, 'an earlier article')] : null,
          ),
        ),
      ),
    );
  };
  const run = async (start: () => Promise<IngestJob>, form: HTMLFormElement) => {
    const button = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    button.disabled = true;
    clear(progress, h('p', { class: 'state' }, 'Sending…'));
    try {
      let job = await start();
      show(job);
      while (job.status === 'running') {
        await new Promise((r) => setTimeout(r, 400));
        job = await get<IngestJob>(`ingest/${encodeURIComponent(job.id)}`);
        show(job);
      }
      if (job.stored > 0) onStored();
      form.reset();
    } catch (e) {
      clear(progress, h('p', { class: 'state state-error', role: 'alert' }, `Could not ingest: ${(e as Error).message}`));
    } finally {
      button.disabled = false;
    }
  };

  const text = h('textarea', { name: 'text', rows: '12', required: true, placeholder: 'Paste the article text (or its HTML)…' });
  const name = h('input', { name: 'name', placeholder: 'optional' });
  const format = h('select', { name: 'format' }, h('option', { value: 'text' }, 'plain text'), h('option', { value: 'html' }, 'HTML'), h('option', { value: 'markdown' }, 'Markdown'));
  const pasteForm = h(
    'form',
    { class: 'panel', 'aria-label': 'Paste an article', onsubmit: (e: Event) => { e.preventDefault(); void run(() => post<IngestJob>('ingest', { text: text.value, ...(name.value.trim() ? { name: name.value.trim() } : {}), format: format.value }), pasteForm); } },
    h('h2', null, 'Paste'),
    field('Article', text),
    h('div', { class: 'row' }, field('Name', name), field('Format', format)),
    h('button', { class: 'btn btn-primary', type: 'submit' }, 'Add article'),
  );

  const files = h('input', { type: 'file', name: 'file', multiple: true, accept: '.txt,.md,.html,.htm,.xml,.rss,.atom,.jsonl,.json', class: 'sr-only', id: 'file-input' });
  const chosen = h('p', { class: 'muted' }, 'No files chosen.');
  let dropped: File[] = [];
  const showChosen = () => (chosen.textContent = dropped.length ? dropped.map((f) => f.name).join(', ') : 'No files chosen.');
  files.addEventListener('change', () => {
    dropped = [...(files.files ?? [])];
    showChosen();
  });
  const drop = h(
    'label',
    { class: 'drop', for: 'file-input', tabindex: '0', onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') { e.preventDefault(); files.click(); } } },
    h('strong', null, 'Drop files here'),
    h('span', null, ' or choose them (text, Markdown, HTML, RSS/Atom, JSON Lines)'),
  );
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    dropped = [...(e.dataTransfer?.files ?? [])];
    showChosen();
  });
  const fileForm = h(
    'form',
    {
      class: 'panel',
      'aria-label': 'Upload files',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (!dropped.length) return void (chosen.textContent = 'Choose or drop at least one file.');
        const body = new FormData();
        for (const f of dropped) body.append('file', f, f.name);
        void run(() => post<IngestJob>('ingest', body), fileForm).then(() => { dropped = []; showChosen(); });
      },
    },
    h('h2', null, 'Files'),
    files,
    drop,
    chosen,
    h('button', { class: 'btn btn-primary', type: 'submit' }, 'Upload'),
  );

  const url = h('input', { type: 'url', name: 'url', required: true, placeholder: 'https://…' });
  const isFeed = h('input', { type: 'checkbox', name: 'feed' });
  const urlForm = h(
    'form',
    { class: 'panel', 'aria-label': 'Read a URL', onsubmit: (e: Event) => { e.preventDefault(); void run(() => post<IngestJob>('ingest', isFeed.checked ? { feedUrl: url.value.trim() } : { url: url.value.trim() }), urlForm); } },
    h('h2', null, 'Page or feed URL'),
    field('URL', url),
    h('label', { class: 'check' }, isFeed, ' it is an RSS/Atom feed (read every item)'),
    h('button', { class: 'btn btn-primary', type: 'submit' }, 'Fetch'),
  );

  clear(
    root,
    h('div', { class: 'view-head' }, h('h1', null, 'Add articles'), h('p', { class: 'lede' }, 'Parley reads each article, stores its exact text and maps actors, quotes, stances and events. Identical articles are stored once.')),
    h('div', { class: 'ingest-grid' }, pasteForm, h('div', null, fileForm, urlForm)),
    progress,
  );
}
