/**
 * The web app in a real browser (Debian's Chromium driven by playwright-core) against the real server
 * (`node bin/parley.js serve`) on a database ingested with the seeds through the CLI. Saves screenshots of
 * the main views to docs/screenshots/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { Store } from '../../src/store/store.js';
import { writeSynthetic } from '../server/synthetic.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`e2e: ${CHROMIUM} is missing; .ci/run installs it`);
if (!haveBrowser) console.warn(`e2e: skipped — ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`);
// The README's screenshots are refreshed only on request, so a test run never dirties the checkout.
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(PROJECT_ROOT, 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'parley-shots-'));
const CLI = join(PROJECT_ROOT, 'bin', 'parley.js');

let tmp: string;
let db: string;
let server: ChildProcess | null = null;
let base = '';
let context: BrowserContext;
let page: Page;

async function startServer(): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}${err}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}): ${out}${err}`));
    });
  });
}

async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function api<T = any>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${base}${path}`, { ...init, headers: { Origin: base, ...(init?.headers ?? {}) } });
  return (await res.json()) as T;
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
const go = async (hash: string) => {
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector('main:not([aria-busy])');
};
const cellCounts = () => page.$$eval('button.cell .cell-count', (els) => els.reduce((n, e) => n + Number(e.textContent), 0));

const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned = \'link\'">Ceasefire details</a>',
  '<svg onload="window.__pwned = \'svg\'"><circle r="5"/></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
].join('\n');

describe.skipIf(!haveBrowser)('web app in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    const web = spawnSync(process.execPath, [join(PROJECT_ROOT, 'web', 'build.mjs')], { encoding: 'utf8' });
    if (web.status !== 0) throw new Error(`web build failed: ${web.stderr}`);
    mkdirSync(SHOTS, { recursive: true });
    tmp = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
    db = join(tmp, 'talks.db');
    const ingest = spawnSync(process.execPath, [CLI, 'ingest', join(PROJECT_ROOT, 'test', 'fixtures', 'seeds'), '--db', db, '--quiet'], { encoding: 'utf8', cwd: PROJECT_ROOT });
    expect(ingest.stdout).toContain('ingested:');
    // Known annotations at known spans, whatever the state of the stages.
    const store = Store.open(db);
    writeSynthetic(store, 8);
    store.close();
    await startServer();
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 860 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => console.error('page error:', e.message));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await stopServer();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('opens the matrix, shows a cell’s evidence and the span in the reader', async () => {
    await go('#/matrix');
    await page.waitForSelector('table.matrix');
    await shot('matrix');
    const cell = page.locator('button.cell').first();
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#evidence blockquote');
    const evidence = (await page.locator('#evidence blockquote').first().textContent())!;
    expect(evidence.length).toBeGreaterThan(10);
    await page.locator('#evidence').scrollIntoViewIfNeeded();
    await shot('matrix-evidence');
    await page.locator('#evidence a', { hasText: 'open in reader' }).first().click();
    await page.waitForSelector('.reader-text .seg.target');
    const highlighted = await page.$$eval('.reader-text .seg.target', (els) => els.map((e) => e.textContent).join(''));
    expect(evidence).toContain(highlighted.trim().slice(0, 20));
    await page.locator('.reader-text .seg.has-quote').first().hover();
    await expect.poll(() => page.locator('#ann-details').textContent()).toContain('Quote');
    await shot('reader');
  });

  it('files each person under their own party and sets persons of no side apart, unindented', async () => {
    const m = await api<{ rows: { id: string; kind: string; party: string | null }[] }>('/api/positions');
    const persons = m.rows.filter((r) => r.kind === 'person');
    expect(persons.length).toBeGreaterThan(0);
    await go('#/matrix');
    await page.waitForSelector('table.matrix');
    const shown = await page.$$eval('table.matrix tbody tr', (trs) =>
      trs.map((tr) => ({
        id: decodeURIComponent(tr.querySelector('th a')!.getAttribute('href')!.split('/').pop()!),
        indent: parseFloat(getComputedStyle(tr.querySelector('th')!).paddingLeft),
        side: tr.querySelector('th .row-side')?.textContent?.trim() ?? null,
        size: parseFloat(getComputedStyle(tr.querySelector('th')!).fontSize),
      })),
    );
    expect(shown.map((r) => r.id).sort()).toEqual(m.rows.map((r) => r.id).sort());
    const byId = new Map(m.rows.map((r) => [r.id, r]));
    const partyIds = new Set(m.rows.filter((r) => r.kind !== 'person').map((r) => r.id));
    const flush = Math.min(...shown.map((r) => r.indent));
    let lastParty: string | null = null;
    for (const r of shown) {
      const row = byId.get(r.id)!;
      if (row.kind !== 'person') {
        lastParty = row.id;
        expect(r.indent, r.id).toBe(flush);
      } else if (row.party !== null && partyIds.has(row.party)) {
        // Indented means "one of the party above": it must be their own party.
        expect(lastParty, r.id).toBe(row.party);
        expect(r.indent, r.id).toBeGreaterThan(flush);
      } else {
        expect(r.indent, r.id).toBe(flush);
        expect(r.side, r.id).toBe(row.party === null ? 'no side' : row.party);
      }
    }
    // A party's name is as large as a person's (no style meant for a small label reaches the row).
    const partySize = Math.min(...shown.filter((r) => partyIds.has(r.id)).map((r) => r.size));
    expect(partySize).toBeGreaterThanOrEqual(Math.max(...shown.filter((r) => !partyIds.has(r.id)).map((r) => r.size)));
  });

  it('says a negated act is negated once, and names every change by label', async () => {
    const tl = await api<{ items: { negated: boolean; kind: string }[] }>('/api/timeline?limit=200');
    expect(tl.items.some((e) => e.kind === 'event' && e.negated)).toBe(true);
    await go('#/timeline');
    await page.waitForSelector('.timeline');
    const heads = await page.$$eval('.tl-entry .tl-head', (els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ')));
    // "did not agree (AGREE)": the words carry the negation, once.
    expect(heads.filter((t) => /\b(?:not|NOT)\b/.test(t)).length).toBeGreaterThan(0);
    expect(heads.filter((t) => /\bnot\b/.test(t) && /\bNOT\b/.test(t))).toEqual([]);
    expect(heads.filter((t) => t.includes('auto:'))).toEqual([]);
    expect(heads.some((t) => t.includes('Unattributed:'))).toBe(true);
    // "Only events with an actor" leaves out the events that name none.
    await page.click('input[name="attributed"]');
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes('attributed=1'));
    // The view re-renders after the request: wait for a list with no unattributed event (times out if the filter fails).
    await page.waitForFunction(() => {
      const heads = [...document.querySelectorAll('.tl-entry .tl-head')];
      return heads.length > 0 && !heads.some((e) => e.textContent!.includes('Unattributed:'));
    });
    const attributed = await page.$$eval('.tl-entry .tl-head', (els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ')));
    expect(attributed.length).toBeGreaterThan(0);
    expect(attributed.filter((t) => t.includes('Unattributed:'))).toEqual([]);
  });

  it('tells how a stance changed in the order the matrix reads it, ending at the current stance', async () => {
    const m = await api<{ cells: { rowId: string; proposition: string; citations: { stance: string; review: string }[] }[] }>('/api/positions');
    const changing = m.cells.filter((c) => new Set(c.citations.filter((x) => x.review !== 'rejected').map((x) => x.stance)).size > 1);
    expect(changing.length).toBeGreaterThan(0);
    for (const c of changing.slice(0, 8)) {
      await go(`#/matrix?row=${encodeURIComponent(c.rowId)}&prop=${encodeURIComponent(c.proposition)}`);
      await page.waitForSelector('#evidence .stance-history li');
      const history = await page.$$eval('#evidence .stance-history li .chip', (els) => els.map((e) => e.className));
      const newest = c.citations.find((x) => x.review !== 'rejected')!.stance;
      expect(history.at(-1), `${c.rowId} on ${c.proposition}`).toContain(`stance-${newest}`);
    }
  });

  it('marks exactly the cited characters of every timeline citation in the reader', async () => {
    await go('#/timeline');
    const links = await page.$$eval('main a[href*="hl="]', (els) => [...new Set(els.map((e) => e.getAttribute('href')!))]);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links.slice(0, 12)) {
      const [, id, start, end] = /#\/documents\/([^?]+)\?hl=(\d+)-(\d+)/.exec(href)!;
      const doc = await api<{ text: string }>(`/api/documents/${id}`);
      await go(href.slice(href.indexOf('#')));
      await page.waitForSelector('.reader-text .seg.target');
      const marked = await page.$$eval('.reader-text .seg.target', (els) => els.map((e) => e.textContent).join(''));
      expect(marked, href).toBe(doc.text.slice(Number(start), Number(end)));
    }
  });

  it('a pasted article changes the matrix', async () => {
    await go('#/matrix');
    const before = await cellCounts();
    await go('#/ingest');
    await shot('ingest');
    const article = [
      'Moscow talks: Kremlin answers the truce plan',
      'Kremlin spokesman Dmitry Peskov said on Monday that Russia rejected the ceasefire proposal.',
      '"Russia rejects the 30-day ceasefire proposal in its current form," Peskov told reporters in Moscow.',
      'Ukrainian President Volodymyr Zelensky said Ukraine supports the 30-day ceasefire proposal.',
    ].join('\n');
    await page.fill('textarea[name="text"]', article);
    await page.fill('input[name="name"]', 'e2e-pasted');
    await page.click('form[aria-label="Paste an article"] button[type="submit"]');
    await page.waitForSelector('#ingest-progress .outcome');
    const outcome = (await page.locator('#ingest-progress .outcome').first().textContent())!;
    expect(outcome).toContain('stored');
    await shot('ingest-done');
    await go('#/matrix');
    await page.waitForSelector('table.matrix');
    expect(await cellCounts()).toBeGreaterThan(before);
  });

  it('a correction made in the UI survives a server restart', async () => {
    await go('#/matrix');
    await page.locator('button.cell').first().click();
    await page.waitForSelector('#evidence .citation');
    const stanceId = await page.locator('#evidence .citation').first().evaluate((li) => li.querySelector('a[href*="hl="]')?.getAttribute('href'));
    expect(stanceId).toBeTruthy();
    await page.locator('#evidence .btn-confirm').first().click();
    await page.waitForSelector('#evidence .badge-confirmed');
    await stopServer();
    await startServer();
    const list = await api<{ items: { action: string; author: string; kind: string }[] }>('/api/corrections');
    expect(list.items[0]).toMatchObject({ kind: 'stance', action: 'confirm', author: 'user' });
    await go('#/corrections');
    await expect.poll(() => page.locator('table.list tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('table.list').textContent()).toContain('confirm stance');
    await shot('reviews');
  });

  it('setting a stance in the evidence panel changes what the matrix serves', async () => {
    await go('#/matrix');
    await page.locator('button.cell').first().click();
    await page.waitForSelector('#evidence .citation select.set-stance');
    const select = page.locator('#evidence .citation select.set-stance').first();
    const choice = await select.locator('option[value]:not([value=""])').first().getAttribute('value');
    await select.selectOption(choice!);
    await expect.poll(async () => (await api<{ items: { action: string; value: { stance: string } }[] }>('/api/corrections')).items[0]).toMatchObject({ action: 'set-stance', value: { stance: choice } });
    const m = await api<{ cells: { citations: { stance: string; review: string }[] }[] }>('/api/positions');
    expect(m.cells.flatMap((c) => c.citations).some((c) => c.stance === choice && c.review === 'confirmed')).toBe(true);
  });

  it('hostile article markup never runs, as text or as HTML', async () => {
    const ids: string[] = [];
    for (const format of ['text', 'html'] as const) {
      const r = await api<any>('/api/ingest', { method: 'POST', body: JSON.stringify({ text: format === 'html' ? `<html><body><article><h1>Hostile ${format} sample</h1><p>Negotiators met in Riyadh on Tuesday to discuss a ceasefire, officials said, and the talks ran late into the night.</p>${HOSTILE}<p>Russia rejected the proposal, the Kremlin said on Wednesday, while Ukraine said it was ready to sign.</p></article></body></html>` : `Hostile ${format} sample\n${HOSTILE}\nRussia rejected the proposal.`, name: `<img src=x onerror="window.__pwned='name'"> ${format}`, format }), headers: { 'Content-Type': 'application/json' } });
      const o = r.outcomes.find((x: any) => x.id);
      if (o) ids.push(o.id);
      else console.warn(`hostile ${format} not stored: ${JSON.stringify(r.outcomes)}`);
    }
    const form = new FormData();
    form.append('file', new File([`<html><head><title>t<script>window.__pwned='title'</script></title></head><body><article><h1>Hostile upload</h1><p>Talks resumed.</p>${HOSTILE}<p>Russia rejected the proposal in Riyadh on Tuesday, officials said.</p></article></body></html>`], 'hostile.html', { type: 'text/html' }));
    const job = await api<any>('/api/ingest', { method: 'POST', body: form });
    let j = job;
    for (let i = 0; i < 100 && j.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      j = await api(`/api/ingest/${job.id}`);
    }
    for (const o of j.outcomes) if (o.id) ids.push(o.id);
    // All three hostile inputs (text, pasted HTML, uploaded HTML) must be stored and then shown inertly.
    expect(ids.length).toBe(3);
    for (const id of ids) {
      await go(`#/documents/${id}`);
      await page.waitForSelector('.reader-text');
      await page.locator('.reader-text').hover();
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('main script, main img, main iframe, main [onerror], main [onload], main a[href^="javascript:"], .reader-text svg').count()).toBe(0);
      // The markup is there as literal text (when the format keeps it), never as elements.
      const shown = (await page.locator('.reader-text').textContent()) ?? '';
      if (shown.includes('onerror')) expect(shown).toMatch(/<img|onerror=/);
    }
    await go('#/documents');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main [onerror]').count()).toBe(0);
    await go(`#/documents/${ids[0]}`);
    await shot('reader-hostile');
  });

  it('timeline, actors, quotes views render, and the app works on a phone-sized screen', async () => {
    await go('#/timeline');
    await page.waitForSelector('.timeline, .state-empty');
    await shot('timeline');
    await go('#/actors');
    await page.waitForSelector('table.list');
    await shot('actors');
    // The graph's names neither run into each other nor out of the drawing, at its fullest (24 actors with long names).
    const nodes = Array.from({ length: 24 }, (_, i) => ({ id: `actor-${i}`, name: `${['Northern', 'Southern', 'Eastern', 'Western'][i % 4]} Armed Forces ${i}`, type: 'group', party: null }));
    const edges = nodes.map((n, i) => ({ source: n.id, target: nodes[(i + 5) % 24]!.id, type: 'CONSULT', count: 1 }));
    await page.route('**/api/graph*', (route) => route.fulfill({ json: { nodes, edges } }));
    await page.reload();
    await expect.poll(() => page.locator('svg.graph text').count()).toBe(24);
    await page.unroute('**/api/graph*');
    const labels = await page.evaluate(() => {
      const svg = document.querySelector('svg.graph')!.getBoundingClientRect();
      const boxes = [...document.querySelectorAll('svg.graph text')].map((t) => ({ name: t.textContent, b: t.getBoundingClientRect() }));
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!.b, boxes[j]!.b];
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${boxes[i]!.name} / ${boxes[j]!.name}`);
        }
      return { count: boxes.length, overlaps, outside: boxes.filter(({ b }) => b.left < svg.left - 1 || b.right > svg.right + 1).map((x) => x.name) };
    });
    expect(labels.count).toBe(24);
    expect(labels).toMatchObject({ overlaps: [], outside: [] });
    await go('#/actors/dmitry-peskov');
    await page.waitForSelector('.actor-head h1');
    await shot('actor');
    await go('#/quotes?q=proposal');
    await page.waitForSelector('ol.quotes, .state-empty');
    expect(await page.locator('ol.quotes li').count()).toBeGreaterThan(0);
    await shot('quotes');
    await page.setViewportSize({ width: 390, height: 844 });
    await go('#/matrix');
    await page.waitForSelector('table.matrix');
    await shot('phone-matrix');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // The sticky actor column leaves room for the cells (a long name with its party once took the whole width).
    const actorColumn = await page.$$eval('table.matrix tbody th', (ths) => Math.max(...ths.map((t) => t.getBoundingClientRect().width)));
    expect(actorColumn).toBeLessThan(390 * 0.45);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const view of ['#/actors', '#/corrections', '#/quotes', '#/timeline', '#/documents']) {
      await go(view);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), view).toBeLessThanOrEqual(1);
    }
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('finds a speaker by name in the filter, and keeps a chosen speaker listed', async () => {
    await go('#/quotes');
    const speaker = page.locator('form.filters select[name="speaker"]');
    const before = await speaker.locator('option').count();
    await page.locator('form.filters input.actor-search').fill('Peskov');
    await expect.poll(() => speaker.locator('option').count()).toBeLessThan(before);
    expect(await speaker.locator('option').allTextContents()).toContain('Dmitry Peskov');
    expect(await speaker.inputValue()).toBe('dmitry-peskov');
    await page.locator('form.filters button[type="submit"]').click();
    await page.waitForSelector('ol.quotes li');
    expect(page.url()).toContain('speaker=dmitry-peskov');
    expect(await page.locator('form.filters select[name="speaker"]').inputValue()).toBe('dmitry-peskov');
  });

  it('the positions matrix is one tab stop and is driven by the keyboard', async () => {
    await go('#/matrix');
    await page.waitForSelector('table.matrix[role="grid"]');
    expect(await page.locator('table.matrix [tabindex="0"]').count()).toBe(1);
    // Target: the last cell with evidence, reached from the top-left corner with arrow keys only.
    const target = page.locator('table.matrix button.cell').last();
    const [row, col] = (await target.evaluate((b) => [(b as HTMLElement).dataset.row, (b as HTMLElement).dataset.col])).map(Number) as [number, number];
    const label = (await target.getAttribute('aria-label'))!;
    await page.locator('table.matrix [tabindex="0"]').focus();
    await page.keyboard.press('Control+Home');
    expect(await page.evaluate(() => [document.activeElement?.getAttribute('data-row'), document.activeElement?.getAttribute('data-col')])).toEqual(['0', '0']);
    for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    // The tab stop moved with the focus (roving tabindex).
    expect(await page.locator('table.matrix [tabindex="0"]').count()).toBe(1);
    expect(await target.getAttribute('tabindex')).toBe('0');
    // The focus ring is visible.
    expect(await target.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#evidence h2');
    const heading = (await page.locator('#evidence h2').textContent())!;
    const [rowName, propLabel] = heading.split(' — ');
    expect(label.startsWith(`${rowName} on ${propLabel}:`)).toBe(true);
    expect(await target.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evidence');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    // Home goes to column 0: the row's actor link.
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
  });

  it('detaches a wrongly merged name into an actor of its own, and reattaches it', async () => {
    await go('#/actors/dmitry-peskov');
    const row = page.locator('.names-seen li', { has: page.locator('.name', { hasText: /^Dmitry Peskov$/ }) });
    await row.waitFor();
    const scope = row.locator('select');
    let doc: string | null = null;
    if ((await scope.count()) > 0) {
      doc = await scope.locator('option:not([value=""])').first().getAttribute('value');
      await scope.selectOption(doc!);
    }
    await row.locator('button.btn-detach').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#detach-status').textContent()).toContain('Detached “Dmitry Peskov”');
    const detached = 'dmitry-peskov~dmitry-peskov';
    const served = await api<{ id: string; detachedFrom: { id: string }; quotes: unknown[]; namesSeen: { name: string }[] }>(`/api/actors/${encodeURIComponent(detached)}`);
    expect(served.detachedFrom.id).toBe('dmitry-peskov');
    expect(served.namesSeen.map((n) => n.name)).toContain('Dmitry Peskov');
    const last = (await api<{ items: { action: string; value: { as: string } }[] }>('/api/corrections')).items[0]!;
    expect(last).toMatchObject({ action: 'detach', value: { as: detached } });
    await page.locator('.detached-names a').first().click();
    await page.waitForSelector('.actor-head h1');
    expect(await page.locator('.actor-head .note').textContent()).toContain('detached this name');
    await page.locator('button.btn-reattach').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#detach-status').textContent()).toContain('Reattached');
    expect(page.url()).toContain('#/actors/dmitry-peskov');
    expect((await fetch(`${base}/api/actors/${encodeURIComponent(detached)}`)).status).toBe(404);
    // The Reviews page lists both corrections.
    await go('#/corrections');
    await expect.poll(() => page.locator('table.list').textContent()).toContain('detach the name “Dmitry Peskov” from dmitry-peskov');
    expect(await page.locator('table.list').textContent()).toContain('reattach the name');
  });
});
