import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RawDocument } from '../../core/model.js';
import { asParleyError, type ParleyError } from '../../core/errors.js';

export interface ReadOptions {
  /** Allow URLs that resolve to private or loopback addresses (tests serve pages on loopback). */
  allowPrivate?: boolean;
  /** Per-request timeout for URLs, ms. */
  timeoutMs?: number;
  /** Largest input accepted, bytes. */
  maxBytes?: number;
  /** Standard input, when `-` is given (injectable for tests). */
  stdin?: NodeJS.ReadableStream;
}

/** One outcome of reading inputs: a document, a failure naming the input, or an informational note. */
export type ReadResult =
  | { kind: 'document'; doc: RawDocument }
  | { kind: 'error'; error: ParleyError }
  | { kind: 'note'; input: string; message: string };

/** Reads every input (paths, directories, URLs, `-`) and yields documents as they are decoded. Placeholder: plain UTF-8 files only. */
export async function* readInputs(inputs: readonly string[], _options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    try {
      const text = await readFile(input, 'utf8');
      yield { kind: 'document', doc: { name: basename(input), source: input, url: null, text, format: 'text', encoding: 'utf-8', given: {} } };
    } catch (e) {
      yield { kind: 'error', error: asParleyError(e, input, 'E_UNREADABLE') };
    }
  }
}
