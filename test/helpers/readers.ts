/** Reads inputs through the real readers and keeps every result, for tests of what each input yields. */
import { readInputs, type ReadOptions, type ReadResult } from '../../src/ingest/readers/index.js';

export async function collect(inputs: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}

/** The documents among the results. */
export const docs = (rs: ReadResult[]) => rs.flatMap((r) => (r.kind === 'document' ? [r.doc] : []));
