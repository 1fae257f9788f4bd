/**
 * JSON Lines: one article per line, `{ "text" | "html", "id"?, "url"?, "title"?, "published"?,
 * "outlet"?, "byline"?, "language"? }`. A broken line fails alone (E_JSONL naming `<file>:<line>`).
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
  const r = record as Record<string, unknown>;
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
  return {
    name: str('id') ?? `${fileName}#${line}`,
    source: `${file}#${line}`,
    url,
    text: body,
    format: 'jsonl',
    encoding: 'utf-8',
    given,
  };
}
