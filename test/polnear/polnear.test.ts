import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolnear, parseAnn, POLNEAR_DIR, scorePolnear } from '../../src/eval/polnear.js';
import { loadKnowledge } from '../../src/packs/load.js';

describe('PolNeAR adapter', () => {
  it('parses brat standoff attributions, discontinuous spans included', () => {
    const text = 'Prices rose, he said. “Go home,” the mayor told them.';
    const ann = ['T1\tSource 13 15\the', 'T2\tCue 16 20\tsaid', 'T3\tContent 0 11\tPrices rose', 'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
      'T4\tContent 22 30;31 31\tGo home,', 'T5\tSource 33 42\tthe mayor', 'E2\tAttribution:T2 Content:T4 Source:T5'].join('\n');
    const atts = parseAnn(text, ann);
    expect(atts).toHaveLength(2);
    expect(atts[0]).toMatchObject({ quoted: false, contentText: 'Prices rose', source: { start: 13, end: 15 } });
    expect(atts[1]!.quoted).toBe(true);
    expect(atts[1]!.content).toEqual({ start: 22, end: 31 });
  });

  it.skipIf(!existsSync(POLNEAR_DIR))('keeps quoted-content F1 and source accuracy on a 36-article dev sample', () => {
    const sample = loadPolnear('dev').filter((_, i) => i % 2 === 0).slice(0, 36);
    const s = scorePolnear(sample, loadKnowledge());
    // Floors a little under the measured figures (full dev: `npm run bench -- polnear`).
    expect(s.quotedGold).toBeGreaterThan(100);
    expect(s.contentF1).toBeGreaterThanOrEqual(0.85);
    expect(s.sourceAccuracy).toBeGreaterThanOrEqual(0.7);
    expect(s.indirectPrecision).toBeGreaterThanOrEqual(0.7);
  }, 20_000);
});
