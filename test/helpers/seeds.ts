import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../../src/core/model.js';
import { DEMO_DIR, PROJECT_ROOT } from '../../src/core/paths.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadKnowledge, type KnowledgeBase } from '../../src/packs/load.js';
import { Store } from '../../src/store/store.js';

export const SEED_DIR = DEMO_DIR;
export const SEED_GOLD_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'seeds-gold');

export function seedFiles(): string[] {
  return readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function rawText(name: string, text: string, extra: Partial<RawDocument> = {}): RawDocument {
  return { name, source: name, url: null, text, format: 'text', encoding: 'utf-8', given: {}, ...extra };
}

export function seedRaw(file: string): RawDocument {
  return rawText(file, readFileSync(join(SEED_DIR, file), 'utf8'), { source: join(SEED_DIR, file) });
}

let kbCache: KnowledgeBase | undefined;
export function defaultKnowledge(): KnowledgeBase {
  return (kbCache ??= loadKnowledge());
}

/** An in-memory store holding the five seed articles, ingested through the real pipeline. */
export function seedStore(kb: KnowledgeBase = defaultKnowledge()): Store {
  const store = Store.open(':memory:');
  for (const f of seedFiles()) {
    const outcome = ingestDocument(store, seedRaw(f), kb);
    if (outcome.status !== 'stored') throw new Error(`seed ${f} not stored: ${JSON.stringify(outcome)}`);
  }
  return store;
}
