import { describe, expect, it } from 'vitest';
import type { RawDocument, StoredDocument } from '../core/model.js';
import { inferMetadata } from '../ingest/metadata.js';
import { detectZones } from '../ingest/zones.js';
import type { Store } from '../store/store.js';
import { GoldSchema } from './gold.js';
import { zonesTask } from './zones.js';

const PARA =
  'The delegation arrived on Tuesday evening for a second round of talks, officials said, adding that no agreement was expected before the weekend.';

function stored(text: string): StoredDocument {
  const raw: RawDocument = { name: 'a.txt', source: 'a.txt', url: null, text, format: 'text', encoding: 'utf-8', given: {} };
  const zones = detectZones(text);
  return {
    id: 'x', name: 'a.txt', source: 'a.txt', url: null, format: 'text', encoding: 'utf-8', text, contentHash: 'h',
    zones, metadata: inferMetadata(raw, zones), duplicateOf: null, duplicateSimilarity: null, ingestedAt: '2025-01-01T00:00:00Z',
  };
}

describe('zones eval task', () => {
  const text = [
    'Example Media Group',
    'Contact desk',
    'Example Media Group',
    'Contact desk',
    'Two envoys shake hands in Geneva, Switzerland, March 11, 2025.',
    'Anna Novak | Reuters',
    PARA,
    'Talks resume in Geneva',
    PARA,
    'He said that',
    PARA,
    'The post Envoys meet appeared first on Example Daily.',
  ].join('\n');
  const doc = stored(text);
  const run = (gold: object) => zonesTask({ pairs: [{ gold: GoldSchema.parse({ document: 'a.txt', ...gold }), doc }], store: {} as Store });
  const metric = (r: ReturnType<typeof run>, name: string) => r.metrics.find((m) => m.name === name)!;

  it('scores perfect predictions 1 and counts line groups', () => {
    const r = run({
      outlet: 'Example Daily',
      published: '2025-03-11',
      boilerplate: ['Example Media Group', 'Contact desk', 'The post Envoys meet appeared first on Example Daily.'],
      captions: ['Two envoys shake hands', 'Anna Novak | Reuters'],
      headings: ['Talks resume in Geneva'],
    });
    expect(metric(r, 'non-body lines F1').value).toBe(1);
    expect(metric(r, 'boilerplate lines F1').detail).toContain('tp=5');
    expect(metric(r, 'captions lines F1').detail).toContain('tp=2');
    expect(metric(r, 'outlet accuracy').value).toBe(1);
    expect(metric(r, 'published-date accuracy').value).toBe(1);
    expect(r.misses).toEqual([]);
  });

  it('reports misses and wrong metadata', () => {
    const r = run({ outlet: 'Other Daily', published: '2025-03-12', boilerplate: ['He said that'], headings: [] });
    expect(metric(r, 'non-body lines F1').value).toBeLessThan(0.5);
    expect(metric(r, 'outlet accuracy').value).toBe(0);
    expect(metric(r, 'published-date accuracy').value).toBe(0);
    expect(r.misses.some((m) => m.includes('line 10') && m.includes('gold boilerplate'))).toBe(true);
    expect(r.misses.some((m) => m.includes('outlet "Example Daily"'))).toBe(true);
  });
});
