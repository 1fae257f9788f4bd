/**
 * JSON Lines: one article per line, `{ "text" | "html", "id"?, "url"?, "title"?, "published"?,
 * "outlet"?, "byline"?, "language"? }`. A broken line fails alone (E_JSONL naming `<file>:<line>`).
 * A `.json` file holds one such record or an array of them.
 */
import type { GivenMetadata, RawDocument } from '../../core/model.js';
import { ParleyError } from '../../core/errors.js';
import { extractArticle } from './html.js';

const FIELDS = ['title', 'published', 'outlet', 'byline', 'language'] as const;

/** Turns one line into a document, an error, or null for a blank line. `line` is 1-based. */
export function jsonlRecord(rawLine: string, line: number, file: string, fileName: string): RawDocument | ParleyError | null {
  const text = line === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
  if (!text.trim()) return null;
  const where = `${file}:${line}`;
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (e) {
    return new ParleyError('E_JSONL', where, `not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) return new ParleyError('E_JSONL', where, 'a line must be a JSON object');
  return recordDocument(record as Record<string, unknown>, where, `${file}#${line}`, `${fileName}#${line}`);
}

/** Is the value a Parley record (an object with a `text` or `html` string)? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return typeof r.text === 'string' || typeof r.html === 'string';
}

/**
 * One record object (a JSON Lines line, a `.json` file's object or array element) → a document.
 * `where` names it in errors, `source` is the document's source, `fallbackName` its name without an `id`.
 */
export function recordDocument(r: Record<string, unknown>, where: string, source: string, fallbackName: string): RawDocument | ParleyError {
  const str = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string) : typeof r[k] === 'number' ? String(r[k]) : null);

  let given: GivenMetadata = { origin: {} };
  let body: string;
  if (typeof r.text === 'string') body = r.text;
  else if (typeof r.html === 'string') {
    try {
      const page = extractArticle(r.html, where);
      body = page.text;
      given = { ...page.given, origin: { ...page.given.origin } };
    } catch (e) {
      return e as ParleyError;
    }
  } else return new ParleyError('E_JSONL', where, 'record has no "text" or "html" string');
  if (!body.trim()) return new ParleyError('E_EMPTY', where, 'record text is empty');

  for (const k of FIELDS) {
    const v = str(k) ?? (k === 'byline' ? str('author') : null);
    if (v) {
      given[k] = v.trim();
      given.origin![k] = `jsonl:${k}`;
    }
  }
  const url = str('url');
  const id = str('id');
  const doc: RawDocument = {
    name: id ?? fallbackName,
    source,
    url,
    text: body,
    format: 'jsonl',
    encoding: 'utf-8',
    given,
  };
  if (id !== null) doc.recordId = id;
  return doc;
}

const NOT_A_RECORD = 'not a Parley record: expected an object with text or html, or an array of them';

/**
 * A `.json` file → its documents: one record object, or an array of records (element `i` named and
 * sourced like JSON Lines line `i`, 1-based). A file holding anything else is one E_JSONL error naming it.
 */
export function jsonRecords(text: string, file: string, fileName: string): (RawDocument | ParleyError)[] {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return [new ParleyError('E_JSONL', file, `not valid JSON (${(e as Error).message.split('\n')[0]})`)];
  }
  if (isRecord(value)) return [recordDocument(value, file, `${file}#1`, `${fileName}#1`)];
  if (!Array.isArray(value) || !value.some(isRecord)) return [new ParleyError('E_JSONL', file, NOT_A_RECORD)];
  return value.map((v, i) =>
    isRecord(v) ? recordDocument(v, `${file}#${i + 1}`, `${file}#${i + 1}`, `${fileName}#${i + 1}`) : new ParleyError('E_JSONL', `${file}#${i + 1}`, 'record has no "text" or "html" string'),
  );
}
