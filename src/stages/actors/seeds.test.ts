import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOR_ZONES } from './detect.js';
import { detectZones } from '../../ingest/zones.js';
import { loadKnowledge } from '../../packs/load.js';
import { analyseActors, fictionalKb } from './testing.js';

const SEEDS = join(import.meta.dirname, '../../../test/fixtures/seeds');
const GOLDEN = join(import.meta.dirname, '__golden__/seeds.json');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const kb = loadKnowledge();

function summary(text: string) {
  const r = analyseActors(text, kb);
  return r.entities.map((e) => ({
    type: e.type,
    name: e.name,
    packId: e.packId,
    party: e.party,
    mentions: e.mentions.map((i) => `${r.mentions[i]!.text} <${r.mentions[i]!.kind}>`),
  }));
}

describe('actors on the seeds', () => {
  it('matches the stored golden entities (UPDATE=1 regenerates)', () => {
    const got: Record<string, unknown> = {};
    for (const f of files) got[basename(f)] = summary(readFileSync(join(SEEDS, f), 'utf8'));
    if (process.env.UPDATE === '1') writeFileSync(GOLDEN, JSON.stringify(got, null, 1) + '\n');
    expect(got).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('puts every mention on its exact text, inside an actor zone', () => {
    for (const f of files) {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const r = analyseActors(text, kb);
      const zones = detectZones(text, 'text');
      for (const m of r.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        const z = zones.find((z) => z.start <= m.start && m.end <= z.end);
        expect(z && ACTOR_ZONES.has(z.kind)).toBe(true);
      }
    }
  });
});

describe('actor spans (property)', () => {
  const fkb = fictionalKb();
  const pieces = ['Rufus Firefly', 'Firefly’s', 'the Blue House', 'Freedonians', 'Sylvanian officials', 'Dr. Anna Kowal', 'Kowal', 'said', 'and', ',', '.', '“', '”', 'NPI', 'the spokesman', 'The', 'Mr.', 'Zoë Ærnström-Ölund', '\n', '  ', 'Trentinov', 'of the', 'Northern Policy Institute', '(EGC)', 'Eastern Grain Council'];
  it('every mention span matches the text, lies in a content zone, and entities index valid mentions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const r = analyseActors(text, fkb);
        const zones = detectZones(text, 'text');
        for (const m of r.mentions) {
          if (text.slice(m.start, m.end) !== m.text || m.start >= m.end) return false;
          const z = zones.find((z) => z.start <= m.start && m.end <= z.end);
          if (z && !ACTOR_ZONES.has(z.kind)) return false;
          if (!r.entities[m.entity]?.mentions.includes(r.mentions.indexOf(m))) return false;
        }
        return r.entities.every((e) => e.mentions.length > 0 && e.mentions.every((i) => r.mentions[i]!.entity === r.entities.indexOf(e)));
      }),
      { numRuns: 300 },
    );
  });
});
