/**
 * Session 20 QA: an export is one snapshot. Each section was read by its own statement, so an ingest by
 * another process committing while `parley export` ran could leave mentions, quotes and stances naming a
 * document the export's `documents` did not list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../ingest/ingest.js';
import { Store } from '../store/store.js';
import { defaultKnowledge, rawText } from '../../test/helpers/seeds.js';
import { exportJsonChunks } from './export.js';
import { exportCsvChunks, exportJsonlChunks } from './formats.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-qa20-snapshot-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kb = defaultKnowledge();
const article = (i: number) =>
  rawText(`a${i}.txt`, `Norway said on Tuesday it rejects the European Union's proposal ${i} for cod quotas in Svalbard waters. "We cannot accept this," said fisheries minister Marianne Sivertsen Naess after round ${i}.`);

describe('export while another connection commits', () => {
  it.each([
    ['json', exportJsonChunks],
    ['jsonl', exportJsonlChunks],
    ['csv', exportCsvChunks],
  ] as const)('%s: every document an annotation names is in the export', (format, chunks) => {
    const db = join(dir, `${format}.db`);
    const reader = Store.open(db);
    ingestDocument(reader, article(1), kb);
    const writer = Store.open(db);
    try {
      const out: string[] = [];
      let wrote = false;
      for (const c of chunks(reader)) {
        out.push(c);
        // Once the documents have been read, another process commits a new article.
        if (!wrote && out.length === 3) {
          const o = ingestDocument(writer, article(2), kb);
          expect(o.status).toBe('stored');
          wrote = true;
        }
      }
      expect(wrote).toBe(true);
      // The article committed mid-export is in no section: neither listed nor named by an annotation.
      expect(out.join('')).not.toContain(idOf(writer, 'a2.txt'));
      // A later export has it.
      expect([...chunks(reader)].join('')).toContain(idOf(writer, 'a2.txt'));
    } finally {
      writer.close();
      reader.close();
    }
  });
});

function idOf(store: Store, name: string): string {
  return (store.db.prepare('SELECT id FROM documents WHERE name = ?').pluck().get(name) as string);
}
