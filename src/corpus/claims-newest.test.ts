import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestClaims } from './claims.js';

/** The definition: every list's last `max`, sorted newest first (stable), one per id, the first `max`. */
function bySorting<C extends { id: number }>(lists: readonly (readonly C[] | undefined)[], max: number): C[] {
  const found: C[] = [];
  for (const list of lists) if (list) for (let i = list.length - 1; i >= Math.max(0, list.length - max); i--) found.push(list[i]!);
  found.sort((a, b) => b.id - a.id);
  const out: C[] = [];
  for (const c of found) if (out[out.length - 1]?.id !== c.id && out.push(c) >= max) break;
  return out;
}

describe('newestClaims', () => {
  it('is the newest distinct claims of all lists, the earliest list winning a shared id', () => {
    const lists = fc.array(
      fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 25 }).map((ids) => ids.sort((a, b) => a - b)), { nil: undefined }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(lists, fc.integer({ min: 1, max: 30 }), (idLists, max) => {
        // Distinct objects per list, so which list's claim was taken is visible.
        const claims = idLists.map((ids, l) => ids?.map((id) => ({ id, list: l })));
        const listed = claims.map((list) => list && { items: list, ids: list.map((c) => c.id) });
        expect(newestClaims(listed, max)).toEqual(bySorting(claims, max));
      }),
      { numRuns: 500 },
    );
  });
});
