import { describe, expect, it } from 'vitest';
import type { LocalEntity, Mention } from '../../core/model.js';
import { fictionalKb } from '../../stages/actors/testing.js';
import { resolveEntities } from './resolve.js';
import { MemoryActorDirectory } from './types.js';

const kb = fictionalKb();

function doc(names: string[]) {
  const mentions: Mention[] = names.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text, entity: 0, kind: 'name', provenance: { stage: 'actors', rule: 't', confidence: 1 } }));
  const entities: LocalEntity[] = [{ type: 'person', name: names[0]!, packId: null, party: null, roles: [], mentions: names.map((_, i) => i) }];
  return { entities, mentions };
}

function resolveAll(docs: ReturnType<typeof doc>[]): string[] {
  const dir = new MemoryActorDirectory();
  return docs.map((d) => {
    const r = resolveEntities(d, dir, kb);
    dir.apply(r);
    return r.actorIds[0]!;
  });
}

describe('QA 12: a surname with a particle, capitalised at the start of a sentence', () => {
  it('joins "Von der Leyen called the deal ..." to the person named in full', () => {
    const ids = resolveAll([doc(['Irmgard von der Brelen']), doc(['Von der Brelen'])]);
    expect(ids[1]).toBe(ids[0]);
    expect(resolveAll([doc(['Pieter van den Hoek']), doc(['Van den Hoek'])])).toEqual(['pieter-van-den-hoek', 'pieter-van-den-hoek']);
  });

  it('still keeps a given name that only looks like a particle ("Van Morrow" is not "Lena van Morrow")', () => {
    const ids = resolveAll([doc(['Lena van Morrow']), doc(['Van Morrow'])]);
    expect(ids[1]).not.toBe(ids[0]);
  });
});
