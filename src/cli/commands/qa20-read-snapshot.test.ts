/**
 * Session 20 QA (second pass): `parley brief` and `parley positions` read with many statements; an ingest
 * by another process committing between them could leave the brief's header counting one set of articles
 * and its positions citing another. Each now reads one snapshot, as the export does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../ingest/ingest.js';
import { Store } from '../../store/store.js';
import { defaultKnowledge, rawText } from '../../../test/helpers/seeds.js';
import { briefText } from './brief.js';
import { readPositions } from './positions.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-qa20-read-snapshot-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kb = defaultKnowledge();
const labels = new Map([...kb.propositions.values()].map((p) => [p.id, p.label]));
const article = (i: number, day: number) =>
  i === 1
    ? rawText('a1.txt', `OSLO, March ${day}, 2025 — Norway said on Tuesday it rejects the European Union's proposal for cod quotas in Svalbard waters. "We cannot accept this," said fisheries minister Marianne Sivertsen Naess.`)
    : rawText(`a${i}.txt`, `BRUSSELS, March ${day}, 2025 — Iceland said on Wednesday it backs the European Union's proposal for cod quotas in Svalbard waters, officials said.`);

/** Runs `read` on a reader connection while another connection commits an article after the reader's second statement. */
function withCommitMidway<T>(name: string, read: (store: Store) => T): { during: T; before: T; after: T } {
  const db = join(dir, `${name}.db`);
  const reader = Store.open(db);
  const writer = Store.open(db);
  try {
    expect(ingestDocument(writer, article(1, 10), kb).status).toBe('stored');
    const before = read(reader);
    const prepare = reader.db.prepare.bind(reader.db);
    let calls = 0;
    reader.db.prepare = ((sql: string) => {
      if (++calls === 2) expect(ingestDocument(writer, article(2, 12), kb).status).toBe('stored');
      return prepare(sql);
    }) as typeof reader.db.prepare;
    const during = read(reader);
    reader.db.prepare = prepare as typeof reader.db.prepare;
    expect(calls).toBeGreaterThan(2);
    return { during, before, after: read(reader) };
  } finally {
    writer.close();
    reader.close();
  }
}

describe('reads that are one snapshot', () => {
  it('brief: an article committed midway is in none of it', () => {
    const { during, before, after } = withCommitMidway('brief', (store) => briefText(store, { maxItems: 8, labels }));
    expect(during).toBe(before);
    expect(after).not.toBe(before);
  });

  it('positions: an article committed midway is in none of it', () => {
    const { during, before, after } = withCommitMidway('positions', (store) => JSON.stringify(readPositions(store, {})));
    expect(during).toBe(before);
    expect(after).not.toBe(before);
  });
});
