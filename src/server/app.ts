/**
 * The Parley HTTP app: the JSON API under `/api` (documented in `/api/openapi.json`) and the offline web
 * app built into `web/dist`. A thin layer over the same core the CLI uses; tests drive it with `app.request()`.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { hostname, networkInterfaces } from 'node:os';
import { z } from 'zod';
import { recordCorrection, listCorrections, type CorrectionRequest } from '../corpus/corrections.js';
import { isCalendarDate } from '../core/dates.js';
import { EVENT_TYPES } from '../core/model.js';
import { ParleyError, isParleyError } from '../core/errors.js';
import type { KnowledgeBase } from '../packs/load.js';
import type { Store } from '../store/store.js';
import { IngestJobs, type IngestInput } from './ingest-jobs.js';
import { OPENAPI } from './openapi.js';
import { ApiQueries, timelineFilterNotice } from './queries.js';
import { resolveProposition } from '../corpus/timeline.js';
import { loadWebAssets, type WebAssets } from './static.js';

export interface AppOptions {
  /** Let URL ingest reach private/loopback addresses (only with `parley serve --allow-private`). */
  allowPrivate?: boolean;
  /** Where internal errors are logged (never sent to clients). */
  log?: (message: string, error?: unknown) => void;
  /** Built web app; defaults to `web/dist` of the package. `null` serves the API only. */
  web?: WebAssets | null;
  /** Extra Host header values to accept besides loopback names (e.g. the `--host` given). */
  hosts?: string[];
}

const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Largest JSON body on the other API routes (corrections are a few hundred bytes). */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

// --- request validation (at the edge) ------------------------------------------------------------

// The same check as the CLI's --since/--until: 2025-02-30 is refused, not read as an empty period.
const date = z.string().refine(isCalendarDate, 'expected a real date as YYYY-MM-DD');
const paging = { limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) };
const period = { since: date.optional(), until: date.optional() };
const text = (max = 500) => z.string().trim().min(1).max(max);

/** A period whose start is after its end matches nothing whatever is stored: refused, as the CLI refuses it. */
const ordered = <T extends z.ZodType<{ since?: string; until?: string }>>(schema: T) =>
  schema.superRefine((f, ctx) => {
    if (f.since !== undefined && f.until !== undefined && f.since > f.until) ctx.addIssue({ code: 'custom', path: ['since'], message: `${f.since} is after until ${f.until}` });
  });

const KNOWN_EVENT_TYPES = new Set<string>(EVENT_TYPES);
const unknownEventType = (t: string) => `unknown event type "${t}" (one of ${EVENT_TYPES.join(', ')})`;
/** One event type, any case; a type Parley does not have would match nothing. */
const eventType = text(40).superRefine((t, ctx) => {
  if (!KNOWN_EVENT_TYPES.has(t.toUpperCase())) ctx.addIssue({ code: 'custom', message: unknownEventType(t) });
});
/** A comma-separated list of event types (blank entries ignored). */
const eventTypes = z.string().superRefine((list, ctx) => {
  const bad = list.split(',').map((t) => t.trim()).find((t) => t && !KNOWN_EVENT_TYPES.has(t.toUpperCase()));
  if (bad !== undefined) ctx.addIssue({ code: 'custom', message: unknownEventType(bad) });
});

const Q = {
  documents: ordered(z.object({ ...paging, ...period, outlet: text().optional(), q: text().optional() })),
  actors: z.object({ ...paging, type: z.enum(['person', 'country', 'organization', 'group']).optional(), q: text().optional() }),
  quotes: ordered(z.object({ ...paging, ...period, speaker: text().optional(), outlet: text().optional(), q: text().optional(), doc: text().optional(), copies: z.enum(['all', 'fold']).default('all'), statements: z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional() })),
  stances: ordered(z.object({ ...paging, ...period, actor: text().optional(), proposition: text().optional(), doc: text().optional(), review: z.enum(['machine', 'confirmed', 'rejected']).optional() })),
  events: ordered(z.object({ ...paging, ...period, type: eventType.optional(), actor: text().optional(), doc: text().optional() })),
  graph: z.object({ types: eventTypes.optional() }),
  positions: ordered(z.object(period)),
  timeline: ordered(z.object({ ...period, actor: text().optional(), proposition: text().optional(), limit: z.coerce.number().int().min(1).max(5000).optional(), offset: z.coerce.number().int().min(0).optional(), attributed: z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional() })),
  search: z.object({ q: text(), limit: z.coerce.number().int().min(1).max(100).default(20) }),
  corrections: z.object({ ...paging, kind: z.enum(['stance', 'quote', 'actor']).optional() }),
};

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');

const IngestBody = z.union([
  z.object({ text: z.string().min(1).max(5_000_000), name: text(200).optional(), url: httpUrl.optional(), format: z.enum(['text', 'html', 'markdown']).optional() }).strict(),
  z.object({ url: httpUrl }).strict(),
  z.object({ feedUrl: httpUrl }).strict(),
]);

const common = { note: z.string().max(2000).optional(), author: z.string().trim().min(1).max(100).optional() };
const CorrectionBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stance'), action: z.enum(['confirm', 'reject', 'set-stance']), stanceId: text(), stance: z.enum(['support', 'oppose', 'conditional', 'neutral']).optional(), ...common })
    .strict()
    .refine((b) => b.action !== 'set-stance' || !!b.stance, { message: 'set-stance needs "stance" (support, oppose, conditional or neutral)', path: ['stance'] }),
  z.object({ kind: z.literal('quote'), action: z.enum(['confirm', 'reject', 'set-speaker']), quoteId: text(), speaker: text().optional(), ...common })
    .strict()
    .refine((b) => b.action !== 'set-speaker' || !!b.speaker, { message: 'set-speaker needs "speaker" (an actor id)', path: ['speaker'] }),
  z.object({ kind: z.literal('actor'), action: z.enum(['merge', 'split', 'detach', 'reattach']), actors: z.tuple([text(), text()]).optional(), actor: text().optional(), name: text(200).optional(), doc: text().optional(), ...common })
    .strict()
    .refine((b) => (b.action === 'merge' || b.action === 'split' ? !!b.actors && !b.actor && !b.name && !b.doc : !!b.actor && !!b.name && !b.actors), {
      message: 'merge/split take "actors" (two ids); detach/reattach take "actor" and "name" (and optionally "doc")',
      path: ['actors'],
    }),
]);

function parse<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'request';
  throw new ParleyError('E_VALIDATION', where, issue.message, 400);
}

const query = <T extends z.ZodType>(c: Context, schema: T) => parse(schema, c.req.query());

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ParleyError('E_VALIDATION', 'body', 'expected a JSON body', 400);
  }
}

/** Loopback names always accepted as Host; guards against DNS rebinding of the local server. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]', '']);

/** A bind address is loopback-only when it is a loopback name or address. */
export function isLoopbackBind(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\./.test(h);
}

/**
 * Host header values to accept for a server bound to `bindHost`: the given host, and for a wildcard bind
 * (0.0.0.0, ::) every address of this machine's interfaces and its host name, so LAN clients using any of
 * them get through while names an attacker's DNS could point here (rebinding) are still refused.
 */
export function allowedHostsFor(bindHost: string): string[] {
  const bracket = (a: string) => (a.includes(':') ? `[${a.replace(/^\[|\]$/g, '')}]` : a);
  const hosts = [bracket(bindHost.toLowerCase())];
  if (WILDCARD_BINDS.has(bindHost.toLowerCase())) {
    for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) hosts.push(bracket(i.address.replace(/%.*$/, '').toLowerCase()));
    const name = hostname().toLowerCase();
    if (name) hosts.push(name, `${name}.local`);
  }
  return [...new Set(hosts)];
}

export function createApp(store: Store, kb: KnowledgeBase, options: AppOptions = {}): Hono {
  const log = options.log ?? ((m: string, e?: unknown) => console.error(`parley serve: ${m}`, e ?? ''));
  const web = options.web === undefined ? loadWebAssets() : options.web;
  const propositionLabels = new Map([...kb.propositions.values()].map((p) => [p.id, p.label]));
  // Corpus views (matrix, timeline) are recomputed only when the data changed: our own writes bump
  // `ownWrites`; SQLite's data_version changes when another process (e.g. `parley ingest`) commits.
  let ownWrites = 0;
  const views = new Map<string, unknown>();
  let viewsVersion = '';
  const cachedView = <T>(key: string, compute: () => T): T => {
    const version = `${ownWrites}:${String(store.db.pragma('data_version', { simple: true }))}`;
    if (version !== viewsVersion) {
      views.clear();
      viewsVersion = version;
    }
    if (!views.has(key)) {
      if (views.size >= 200) views.delete(views.keys().next().value!);
      views.set(key, compute());
    }
    return views.get(key) as T;
  };
  const jobs = new IngestJobs(store, kb, { allowPrivate: options.allowPrivate ?? false, onStored: () => void ownWrites++ });
  const allowedHosts = new Set([...LOOPBACK_HOSTS, ...(options.hosts ?? [])]);
  const q = () => new ApiQueries(store);

  const app = new Hono();

  app.use('*', async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).replace(/:\d+$/, '').toLowerCase();
    if (!allowedHosts.has(host)) return c.json({ error: { code: 'E_FORBIDDEN', message: `${host}: host not allowed (start the server with --host to accept it)` } }, 403);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        manifestSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      xContentTypeOptions: 'nosniff',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('/api/*', csrf());
  // Ingest has its own, larger limit (uploads); every other route takes small JSON bodies at most.
  const smallBody = bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: () => {
      throw new ParleyError('E_TOO_LARGE', 'body', `request larger than ${MAX_JSON_BODY_BYTES} bytes`, 413);
    },
  });
  app.use('/api/*', (c, next) => (c.req.path === '/api/ingest' ? next() : smallBody(c, next)));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  // --- corpus -----------------------------------------------------------------------------------
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.get('/api/stats', (c) => c.json(q().stats()));
  app.get('/api/documents', (c) => c.json(q().listDocuments(query(c, Q.documents))));
  app.get('/api/documents/:id', (c) => c.json(q().document(c.req.param('id'))));
  app.get('/api/actors', (c) => c.json(q().listActors(query(c, Q.actors))));
  app.get('/api/actors/:id', (c) => c.json(q().actor(c.req.param('id'))));
  app.get('/api/graph', (c) => {
    const f = query(c, Q.graph);
    return c.json(q().graph({ types: f.types?.split(',').map((t) => t.trim()).filter(Boolean) }));
  });
  app.get('/api/quotes', (c) => c.json(q().listQuotes(query(c, Q.quotes))));
  app.get('/api/stances', (c) => c.json(q().listStances(query(c, Q.stances))));
  app.get('/api/events', (c) => c.json(q().listEvents(query(c, Q.events))));
  app.get('/api/positions', (c) => {
    const f = query(c, Q.positions);
    return c.json(cachedView(`positions ${JSON.stringify(f)}`, () => q().positions(f)));
  });
  app.get('/api/timeline', (c) => {
    const asked = query(c, Q.timeline);
    const f = asked.proposition === undefined ? asked : { ...asked, proposition: resolveProposition(store, asked.proposition, propositionLabels) };
    return c.json(
      cachedView(`timeline ${JSON.stringify(f)}`, () => {
        const { items, total } = q().timelinePage(f);
        // An actor or proposition that names nothing stored is said so, not just an empty list.
        const notice = total ? null : timelineFilterNotice(store, f, kb.propositions.keys());
        return notice ? { items, total, notice } : { items, total };
      }),
    );
  });
  app.get('/api/search', (c) => {
    const f = query(c, Q.search);
    return c.json(q().search(f.q, f.limit));
  });

  // A database this process may only read is served for browsing: writes are refused up front, not 500s.
  const refuseWritesWhenReadOnly = async (_c: unknown, next: () => Promise<void>) => {
    if (store.db.readonly) throw new ParleyError('E_DB', null, 'the database is read-only: ingest and corrections are disabled', 403);
    await next();
  };
  app.post('/api/ingest', refuseWritesWhenReadOnly);
  app.post('/api/corrections', refuseWritesWhenReadOnly);

  // --- ingest -----------------------------------------------------------------------------------
  app.post('/api/ingest', bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: () => { throw new ParleyError('E_TOO_LARGE', 'body', `request larger than ${MAX_UPLOAD_BYTES} bytes`, 413); } }), async (c) => {
    const type = c.req.header('content-type') ?? '';
    let input: IngestInput;
    if (type.startsWith('multipart/form-data')) {
      const form = await c.req.parseBody({ all: true });
      const raw = form['file'] ?? form['files'] ?? [];
      const list = (Array.isArray(raw) ? raw : [raw]).filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
      if (list.length === 0) throw new ParleyError('E_VALIDATION', 'file', 'no file in the upload (use field "file")', 400);
      input = { kind: 'files', files: await Promise.all(list.map(async (f) => ({ name: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()) }))) };
    } else {
      const body = parse(IngestBody, await jsonBody(c));
      input = 'text' in body ? { kind: 'text', ...body } : { kind: 'url', url: 'feedUrl' in body ? body.feedUrl : body.url };
    }
    const { job, finished } = jobs.start(input);
    // Pasted text is one document: answer when it is stored. Files and URLs run on; poll the job.
    if (input.kind === 'text') return c.json(await finished, 200);
    return c.json(job, 202);
  });
  app.get('/api/ingest/:job', (c) => {
    const job = jobs.get(c.req.param('job'));
    if (!job) throw new ParleyError('E_NOT_FOUND', c.req.param('job'), 'no such ingest job', 404);
    return c.json(job);
  });

  // --- corrections --------------------------------------------------------------------------------
  app.get('/api/corrections', (c) => {
    const f = query(c, Q.corrections);
    return c.json({ ...listCorrections(store, f), limit: f.limit, offset: f.offset });
  });
  app.post('/api/corrections', async (c) => {
    const body = parse(CorrectionBody, await jsonBody(c));
    const recorded = recordCorrection(store, body as CorrectionRequest);
    ownWrites++;
    return c.json(recorded, 201);
  });

  app.all('/api/*', () => {
    throw new ParleyError('E_NOT_FOUND', null, 'no such API route (see /api/openapi.json)', 404);
  });

  // --- web app ------------------------------------------------------------------------------------
  app.get('*', (c) => {
    if (!web) return c.text('The web app is not built: run `npm run build` (it runs `node web/build.mjs`).', 503);
    const asset = web.get(c.req.path) ?? (c.req.path.includes('.') ? undefined : web.get('/index.html'));
    if (!asset) return c.text('Not found', 404);
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type, ETag: asset.etag, 'Cache-Control': 'no-cache' });
  });

  app.onError((err, c) => {
    if (isParleyError(err) && err.status < 500 && err.code !== 'E_INTERNAL') {
      return c.json({ error: { code: err.code, message: err.message } }, err.status as 400);
    }
    if (err instanceof HTTPException && err.status < 500) {
      return c.json({ error: { code: err.status === 403 ? 'E_FORBIDDEN' : 'E_VALIDATION', message: err.message || 'request refused' } }, err.status);
    }
    if (isParleyError(err) && (err.code === 'E_DB_LOCKED')) {
      return c.json({ error: { code: err.code, message: 'the database is busy; try again' } }, 503);
    }
    log(`${c.req.method} ${c.req.path} failed`, err);
    return c.json({ error: { code: 'E_INTERNAL', message: 'internal error' } }, 500);
  });

  return app;
}
