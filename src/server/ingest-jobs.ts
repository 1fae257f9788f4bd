/**
 * Ingest requests from the API: pasted text, uploaded files, or a page/feed URL. Each request is a job
 * whose per-input outcomes a client can poll while it runs (`GET /api/ingest/:job`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDocument } from '../core/model.js';
import { ParleyError } from '../core/errors.js';
import { syncPropositions } from '../corpus/positions.js';
import { ingestDocument, type IngestOutcome } from '../ingest/ingest.js';
import { readInputs, type ReadResult } from '../ingest/readers/index.js';
import type { KnowledgeBase } from '../packs/load.js';
import type { Store } from '../store/store.js';

export type IngestInput =
  | { kind: 'text'; text: string; name?: string; url?: string; format?: 'text' | 'html' | 'markdown' }
  | { kind: 'files'; files: { name: string; bytes: Uint8Array }[] }
  | { kind: 'url'; url: string };

export interface JobOutcome {
  status: IngestOutcome['status'];
  input: string;
  id?: string;
  name?: string;
  duplicateOf?: string | null;
  message?: string;
  error?: { code: string; message: string };
}

export interface IngestJob {
  id: string;
  status: 'running' | 'done';
  /** Inputs expected, when known (a feed's item count is known only once read). */
  total: number | null;
  done: number;
  stored: number;
  failed: number;
  createdAt: string;
  finishedAt: string | null;
  outcomes: JobOutcome[];
}

const MAX_JOBS_KEPT = 100;
/** Uploads that may hold many documents (JSON Lines, JSON records, feeds, archives): a job with one has no total known in advance. */
const MANY_DOCUMENTS = /\.(jsonl|ndjson|jsonlines|json|xml|rss|atom|gz)$/i;

function outcomeOut(o: IngestOutcome, input: string): JobOutcome {
  switch (o.status) {
    case 'stored':
      return { status: o.status, input, id: o.id, name: o.name, duplicateOf: o.duplicateOf };
    case 'unchanged':
      return { status: o.status, input, id: o.id, name: o.name };
    case 'failed':
      return { status: o.status, input, error: { code: o.error.code, message: o.error.reason } };
    case 'note':
      return { status: o.status, input, message: o.message };
  }
}

/** Upload names become file names in a private temp dir; keep only a safe base name and its extension. */
function safeFileName(name: string, i: number): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '').slice(-120);
  return `${i}-${cleaned || 'upload.txt'}`;
}

export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();

  constructor(
    private readonly store: Store,
    private readonly kb: KnowledgeBase,
    private readonly options: { allowPrivate: boolean; timeoutMs?: number; onStored?: () => void },
  ) {}

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  /** Starts a job and returns it with the promise that settles when it finishes. */
  start(input: IngestInput): { job: IngestJob; finished: Promise<IngestJob> } {
    const job: IngestJob = {
      id: randomUUID(),
      status: 'running',
      total: input.kind === 'files' ? (input.files.some((f) => MANY_DOCUMENTS.test(f.name)) ? null : input.files.length) : input.kind === 'text' ? 1 : null,
      done: 0,
      stored: 0,
      failed: 0,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      outcomes: [],
    };
    this.jobs.set(job.id, job);
    while (this.jobs.size > MAX_JOBS_KEPT) this.jobs.delete(this.jobs.keys().next().value!);
    const finished = this.run(job, input)
      .catch((e: unknown) => {
        job.outcomes.push({ status: 'failed', input: '?', error: { code: 'E_INTERNAL', message: 'ingest failed' } });
        job.failed++;
        console.error('parley serve: ingest job failed:', e);
      })
      .then(() => {
        // As `parley ingest` does: propositions discovered in the new articles join the table the matrix reads.
        if (job.stored > 0) {
          try {
            syncPropositions(this.store, this.kb);
            this.options.onStored?.();
          } catch (e) {
            console.error('parley serve: updating propositions failed:', e);
          }
        }
        job.status = 'done';
        job.finishedAt = new Date().toISOString();
        return job;
      });
    return { job, finished };
  }

  private record(job: IngestJob, o: IngestOutcome, input: string): void {
    job.outcomes.push(outcomeOut(o, input));
    if (o.status === 'stored') job.stored++;
    if (o.status === 'failed') job.failed++;
    if (o.status !== 'note') job.done++;
    // A file read as many documents (a feed or JSON Lines under another name): the total is not known after all.
    if (job.total !== null && job.done > job.total) job.total = null;
    if (o.status === 'stored') this.options.onStored?.();
  }

  private async consume(job: IngestJob, results: AsyncIterable<ReadResult>, rename?: (doc: RawDocument) => RawDocument): Promise<void> {
    for await (const r of results) {
      if (r.kind === 'error') this.record(job, { status: 'failed', input: r.error.input ?? '?', error: r.error }, r.error.input ?? '?');
      else if (r.kind === 'note') this.record(job, { status: 'note', input: r.input, message: r.message }, r.input);
      else {
        const doc = rename ? rename(r.doc) : r.doc;
        this.record(job, ingestDocument(this.store, doc, this.kb), doc.name);
      }
      // Let polling requests in between documents.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private async run(job: IngestJob, input: IngestInput): Promise<void> {
    const readOptions = { allowPrivate: this.options.allowPrivate, timeoutMs: this.options.timeoutMs ?? 15_000 };
    if (input.kind === 'url') {
      await this.consume(job, readInputs([input.url], readOptions));
      return;
    }
    if (input.kind === 'text' && (input.format ?? 'text') === 'text') {
      const name = input.name?.trim() || `pasted-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
      const raw: RawDocument = { name, source: 'paste', url: input.url ?? null, text: input.text, format: 'text', encoding: 'utf-8', given: {} };
      this.record(job, ingestDocument(this.store, raw, this.kb), name);
      return;
    }
    // HTML/Markdown paste and uploads go through the readers (by file extension), like `parley ingest`.
    const dir = await mkdtemp(join(tmpdir(), 'parley-upload-'));
    try {
      const files =
        input.kind === 'files'
          ? input.files
          : [{ name: `${input.name?.trim() || 'pasted'}.${input.format === 'html' ? 'html' : 'md'}`, bytes: new TextEncoder().encode(input.text) }];
      const byPath = new Map<string, string>();
      const paths: string[] = [];
      for (const [i, f] of files.entries()) {
        const path = join(dir, safeFileName(f.name, i));
        await writeFile(path, f.bytes);
        byPath.set(path, f.name);
        paths.push(path);
      }
      const rename = (doc: RawDocument): RawDocument => {
        const original = [...byPath].find(([p]) => doc.source === p || doc.source.startsWith(`${p}#`));
        if (!original) return doc;
        const source = `upload:${original[1]}${doc.source.slice(original[0].length)}`;
        return { ...doc, source, name: doc.name.startsWith(`${paths.indexOf(original[0])}-`) ? original[1] : doc.name, url: doc.url ?? (input.kind === 'text' ? (input.url ?? null) : null) };
      };
      const results = readInputs(paths, readOptions);
      // Errors and notes from the readers name the temp path (a JSON Lines line as "<path>:2", a record as
      // "<path>#2"); show the uploaded name instead.
      const uploaded = (input: string): string | null => {
        for (const [path, name] of byPath) {
          if (input === path) return name;
          if (input.startsWith(path) && /^[:#]/.test(input.slice(path.length))) return name + input.slice(path.length);
        }
        return null;
      };
      async function* named(): AsyncGenerator<ReadResult> {
        for await (const r of results) {
          const name = r.kind === 'error' ? r.error.input && uploaded(r.error.input) : r.kind === 'note' ? uploaded(r.input) : null;
          if (r.kind === 'error' && name) yield { kind: 'error', error: new ParleyError(r.error.code, name, r.error.reason, r.error.status) };
          else if (r.kind === 'note' && name) yield { ...r, input: name };
          else yield r;
        }
      }
      await this.consume(job, named(), rename);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
