/**
 * `parley ingest` inputs → documents, one at a time: files (text, Markdown, HTML, RSS/Atom, JSON
 * Lines, JSON records; any of them gzip-compressed, as web archives keep pages), directories (recursively, sorted, hidden entries and binary files skipped with a note), `-` (standard input) and http(s)
 * URLs. Every failure becomes an `error` result naming the input and reading goes on with the next.
 * Nothing is held beyond the current document (JSON Lines stream line by line, directories are
 * listed one at a time).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import type { InputFormat, RawDocument } from '../../core/model.js';
import { asParleyError, isParleyError, ParleyError } from '../../core/errors.js';
import { normaliseDate } from '../metadata.js';
import { binaryMagic, charsetOfContentType, decodeBytes, sniffUtf16, type Decoded } from './decode.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { extractArticle, looksLikeHtml } from './html.js';
import { jsonlRecord, jsonRecords } from './jsonl.js';
import { nameFromUrl } from './names.js';
import { fetchUrl } from './url.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Allow URLs that resolve to private or loopback addresses (tests serve pages on loopback). */
  allowPrivate?: boolean;
  /** Per-request timeout for URLs, ms (the whole fetch, redirects included). Default 15 s. */
  timeoutMs?: number;
  /** Largest input accepted, bytes: a file (checked by stat before reading), a response, standard input. Default 50 MB. */
  maxBytes?: number;
  /** Standard input, when `-` is given (injectable for tests). Default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Decides whether a resolved address is refused (default: private/loopback/link-local check). For tests. */
  isRefusedAddress?: (address: string) => boolean;
  /**
   * Files a directory walk skips with a note (absolute paths): the database being written and its WAL
   * files, when `parley ingest .` is run in the folder that holds them.
   */
  skipFiles?: readonly string[];
}

/** One outcome of reading inputs: a document, a failure naming the input, or an informational note. */
export type ReadResult =
  | { kind: 'document'; doc: RawDocument }
  | { kind: 'error'; error: ParleyError }
  | { kind: 'note'; input: string; message: string };

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);
const MARKDOWN_EXT = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson', '.jsonlines']);
const JSON_EXT = new Set(['.json']);

const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/** Reads every input (paths, directories, URLs, `-`) and yields documents as they are decoded. */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  // A record's id is its document's name (the name `parley eval` matches gold files by): an id a record of
  // this ingest already named with other text would give two documents one name. A repeat of the same
  // record passes (it is stored once, by content hash).
  const ids = new Map<string, { at: string; hash: string }>();
  for await (const r of readAll(inputs, options)) {
    if (r.kind === 'document' && r.doc.recordId !== undefined) {
      const at = r.doc.source.replace(/#(\d+)$/, ':$1');
      const hash = createHash('sha256').update(r.doc.text, 'utf8').digest('hex');
      const first = ids.get(r.doc.recordId);
      if (first && first.hash !== hash) {
        const reason = `id "${r.doc.recordId.slice(0, 200)}" is already the name of the record at ${first.at}, with other text (a document's name is its record id): this record is not stored`;
        yield { kind: 'error', error: new ParleyError('E_JSONL', at, reason) };
        continue;
      }
      if (!first) ids.set(r.doc.recordId, { at, hash });
    }
    // A date a record or feed item gives that cannot be read would otherwise be dropped without a word.
    const given = r.kind === 'document' && r.doc.format !== 'html' ? r.doc.given.published?.trim() : undefined;
    if (r.kind === 'document' && given && normaliseDate(given) === null) {
      yield { kind: 'note', input: r.doc.source, message: `published "${given.slice(0, 60)}" is not a date Parley can read (write YYYY-MM-DD); the article is dated from its text, if it gives one` };
    }
    yield r;
  }
}

async function* readAll(inputs: readonly string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    try {
      if (input === '-') yield* readStdin(options);
      else if (SCHEME.test(input) && (input.includes('://') || /^(file|data|javascript|mailto|ftp|about|blob):/i.test(input))) yield* readUrl(input, options);
      else yield* readPath(input, options, true);
    } catch (e) {
      yield { kind: 'error', error: asParleyError(e, input, 'E_UNREADABLE') };
    }
  }
}

function fsError(e: unknown, input: string): ParleyError {
  if (isParleyError(e)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ParleyError('E_NOT_FOUND', input, 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return new ParleyError('E_UNREADABLE', input, 'permission denied');
  if (code === 'EISDIR') return new ParleyError('E_UNREADABLE', input, 'is a directory');
  return asParleyError(e, input, 'E_UNREADABLE');
}

async function* readPath(path: string, options: ReadOptions, explicit: boolean): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { kind: 'error', error: fsError(e, path) };
    return;
  }
  if (info.isDirectory()) {
    if (explicit) yield* readDirectory(path, options);
    else yield { kind: 'note', input: path, message: 'skipped: symbolic link to a directory' };
    return;
  }
  if (!info.isFile()) {
    yield { kind: 'note', input: path, message: 'skipped: not a regular file' };
    return;
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (info.size > maxBytes) {
    yield { kind: 'error', error: new ParleyError('E_TOO_LARGE', path, `file is ${info.size} bytes, over the ${maxBytes}-byte limit`) };
    return;
  }
  if (info.size === 0) {
    yield { kind: 'error', error: new ParleyError('E_EMPTY', path, 'empty file') };
    return;
  }
  const ext = extname(path).toLowerCase();
  try {
    if (JSONL_EXT.has(ext)) {
      yield* readJsonlFile(path);
      return;
    }
    const bytes = await readFile(path);
    if (binaryMagic(bytes) === 'gzip') {
      // Read as what it holds: "page.html.gz" is an HTML page, and the document keeps the file's own name.
      const inner = gunzipped(bytes, path, maxBytes);
      if (isParleyError(inner)) yield { kind: 'error', error: inner };
      else yield* documentsFromBytes(inner, { input: path, name: basename(path), url: null, ext: extname(basename(path).replace(/\.gz$/i, '')).toLowerCase(), contentType: null });
      return;
    }
    yield* documentsFromBytes(bytes, { input: path, name: basename(path), url: null, ext, contentType: null });
  } catch (e) {
    yield { kind: 'error', error: fsError(e, path) };
  }
}

/** A gzip file's contents, capped like any input (a small archive may expand to gigabytes). */
function gunzipped(bytes: Uint8Array, path: string, maxBytes: number): Uint8Array | ParleyError {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return new ParleyError('E_TOO_LARGE', path, `gzip contents are over the ${maxBytes}-byte limit`);
    return new ParleyError('E_BINARY', path, `damaged gzip file (${(e as Error).message})`);
  }
}

/** Directory entries in code-unit order (locale-independent, so every machine reads in the same order). */
async function* readDirectory(dir: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { kind: 'error', error: fsError(e, dir) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) {
      yield { kind: 'note', input: path, message: `skipped: hidden ${entry.isDirectory() ? 'directory' : 'file'}` };
    } else if (options.skipFiles?.includes(resolve(path))) {
      yield { kind: 'note', input: path, message: 'skipped: the database being written' };
    } else if (entry.isDirectory()) {
      yield* readDirectory(path, options);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      for await (const r of readPath(path, options, false)) {
        // Issue 2: a walk skips binary files (a PDF, an image beside the articles) with a note; a binary
        // file named on the command line stays an error.
        if (r.kind === 'error' && r.error.code === 'E_BINARY' && r.error.input === path && r.error.reason.startsWith('binary file')) {
          yield { kind: 'note', input: path, message: `skipped: ${r.error.reason}` };
        } else yield r;
      }
    } else {
      yield { kind: 'note', input: path, message: 'skipped: not a regular file' };
    }
  }
}

async function* readStdin(options: ReadOptions): AsyncGenerator<ReadResult> {
  const stream = options.stdin ?? process.stdin;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) {
      yield { kind: 'error', error: new ParleyError('E_TOO_LARGE', 'stdin', `standard input is over the ${maxBytes}-byte limit`) };
      return;
    }
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks);
  if (binaryMagic(bytes) === 'gzip') {
    // `gzip -c page.html | parley ingest -`: read what the archive holds, as for a .gz file.
    const inner = gunzipped(bytes, 'stdin', maxBytes);
    if (isParleyError(inner)) yield { kind: 'error', error: inner };
    else yield* documentsFromBytes(inner, { input: 'stdin', name: 'stdin', url: null, ext: '', contentType: null });
    return;
  }
  yield* documentsFromBytes(bytes, { input: 'stdin', name: 'stdin', url: null, ext: '', contentType: null });
}

async function* readUrl(input: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const fetched = await fetchUrl(input, {
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    isRefusedAddress: options.isRefusedAddress,
  });
  const path = new URL(fetched.url).pathname;
  const name = nameFromUrl(fetched.url) ?? input;
  if (binaryMagic(fetched.body) === 'gzip') {
    // A compressed file served as it is (".../story.html.gz"): read what it holds, as for a .gz file; its
    // Content-Type (application/gzip, octet-stream) says nothing of what is inside.
    const inner = gunzipped(fetched.body, input, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (isParleyError(inner)) yield { kind: 'error', error: inner };
    else yield* documentsFromBytes(inner, { input, name, url: fetched.url, ext: extname(path.replace(/\.gz$/i, '')).toLowerCase(), contentType: null });
    return;
  }
  yield* documentsFromBytes(fetched.body, { input, name, url: fetched.url, ext: extname(path).toLowerCase(), contentType: fetched.contentType });
}

interface Container {
  input: string;
  name: string;
  url: string | null;
  /** Lower-case extension with its dot, or ''. */
  ext: string;
  /** HTTP Content-Type, for URLs. */
  contentType: string | null;
}

type Kind = 'html' | 'feed' | 'jsonl' | 'json' | 'text' | 'markdown';

function kindOf(c: Container, head: string): Kind {
  const type = c.contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
  if (JSONL_EXT.has(c.ext) || /ndjson|jsonl|json-seq/.test(type)) return 'jsonl';
  if (JSON_EXT.has(c.ext) || type === 'application/json' || type.endsWith('+json')) return 'json';
  if (MARKDOWN_EXT.has(c.ext) || type === 'text/markdown') return 'markdown';
  if (HTML_EXT.has(c.ext) || type === 'text/html' || type === 'application/xhtml+xml') return looksLikeFeed(head) ? 'feed' : 'html';
  // A feed's prolog may hold an HTML doctype before <rss>: its root element decides, not the doctype.
  if (FEED_EXT.has(c.ext) || /rss|atom|xml/.test(type)) return !looksLikeFeed(head) && looksLikeHtml(head) ? 'html' : 'feed';
  if (looksLikeFeed(head)) return 'feed';
  if (looksLikeHtml(head)) return 'html';
  // Standard input and extension-less files may be JSON Lines: a first line that is an article record.
  if (!c.ext && /^\s*\{/.test(head)) {
    const first = head.split(/\r?\n/).find((l) => l.trim());
    try {
      const r = JSON.parse(first ?? '') as Record<string, unknown>;
      if (typeof r.text === 'string' || typeof r.html === 'string') return 'jsonl';
    } catch {
      // not JSON Lines; plain text that starts with a brace
    }
  }
  return 'text';
}

/**
 * The start of the text to sniff its kind from: after the comments and processing instructions that open
 * it (a licence comment longer than the sniffed head would hide a feed's root element), up to 64 KB in.
 */
function sniffedHead(text: string): string {
  const limit = text.slice(0, 65_536);
  const prolog = /\s*(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>)/y;
  let at = 0;
  while (prolog.exec(limit)) at = prolog.lastIndex;
  return text.slice(at, at + 2048);
}

/** The first bytes as ASCII-ish text, to sniff markup before decoding. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const utf16 = sniffUtf16(bytes) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512)).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
  return /^\s*</.test(head);
}

/** Decodes one container's bytes and yields its documents (one, or one per feed item / JSON line). */
export function* documentsFromBytes(bytes: Uint8Array, c: Container): Generator<ReadResult> {
  let decoded: Decoded;
  try {
    const markup = HTML_EXT.has(c.ext) || FEED_EXT.has(c.ext) || looksLikeMarkup(bytes);
    decoded = decodeBytes(bytes, c.input, { declared: charsetOfContentType(c.contentType), sniffDeclaration: markup });
  } catch (e) {
    yield { kind: 'error', error: asParleyError(e, c.input, 'E_ENCODING') };
    return;
  }
  if (decoded.warning) yield { kind: 'note', input: c.input, message: decoded.warning };
  const { text, encoding } = decoded;
  const kind = kindOf(c, sniffedHead(text));
  try {
    if (kind === 'html') {
      const page = extractArticle(text, c.input);
      // A saved page keeps the address it states; a fetched one, the address it was fetched from.
      yield { kind: 'document', doc: { name: c.name, source: c.input, url: c.url ?? page.canonicalUrl, text: page.text, format: 'html', encoding, given: page.given } };
    } else if (kind === 'feed') {
      const { results } = readFeed(text, c.input, encoding);
      if (results.length === 0) yield { kind: 'note', input: c.input, message: 'feed has no items' };
      for (const r of results) {
        yield isParleyError(r) ? { kind: 'error', error: r } : { kind: 'document', doc: r };
      }
    } else if (kind === 'json') {
      for (const r of jsonRecords(text, c.input, c.name)) {
        yield isParleyError(r) ? { kind: 'error', error: r } : { kind: 'document', doc: r };
      }
    } else if (kind === 'jsonl') {
      const lines = text.split(/\r?\n/);
      for (let i = 0; i < lines.length; i++) {
        const r = jsonlRecord(lines[i]!, i + 1, c.input, c.name);
        if (r) yield isParleyError(r) ? { kind: 'error', error: r } : { kind: 'document', doc: r };
      }
    } else {
      const format: InputFormat = kind === 'markdown' ? 'markdown' : 'text';
      yield { kind: 'document', doc: { name: c.name, source: c.input, url: c.url, text, format, encoding, given: {} } };
    }
  } catch (e) {
    yield { kind: 'error', error: asParleyError(e, c.input) };
  }
}

/** Streams a JSON Lines file line by line (readline), after checking it is not binary. */
async function* readJsonlFile(path: string): AsyncGenerator<ReadResult> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const magic = binaryMagic(head.subarray(0, bytesRead));
    const start = head.subarray(0, bytesRead);
    if (!magic && (sniffUtf16(start) || (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))) {
      // UTF-16 (Windows PowerShell's `Out-File` writes it): its NUL bytes are text, not a binary file's.
      // The line stream reads UTF-8 only, so this file is decoded whole (its size is already capped).
      yield* documentsFromBytes(await readFile(path), { input: path, name: basename(path), url: null, ext: '.jsonl', contentType: null });
      return;
    }
    if (magic || start.includes(0)) {
      yield { kind: 'error', error: new ParleyError('E_BINARY', path, `binary file${magic ? ` (${magic})` : ''}, not JSON Lines`) };
      return;
    }
  } finally {
    await handle.close();
  }
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const name = basename(path);
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      const r = jsonlRecord(line, n, path, name);
      if (r) yield isParleyError(r) ? { kind: 'error', error: r } : { kind: 'document', doc: r };
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}
