/** Token comparison shared by the evaluation tasks. */

/** Lower-cased letter/digit runs, after NFKC (so ligatures, full-width forms and decomposed accents read as their plain forms). */
export function wordTokens(s: string): string[] {
  return s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Multiset Dice coefficient of two token lists; two empty lists are identical (1), one empty list shares nothing (0). */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
