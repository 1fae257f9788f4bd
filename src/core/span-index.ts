/**
 * Spans ordered by start, with the running maximum of their ends, so the spans that contain or overlap a
 * range are found by binary search instead of a scan of every span. A per-quote or per-event scan of all
 * quotes and mentions made a long document (a transcript of megabytes) quadratic. Hand-written: a sorted
 * array and a prefix maximum are all this needs; interval-tree packages bring more than they save here.
 */
export class SpanIndex<T extends { readonly start: number; readonly end: number }> {
  /** Item indices ordered by start (ties in the items' own order). */
  private readonly order: number[];
  private readonly maxEnd: number[];

  constructor(readonly items: readonly T[]) {
    this.order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    this.maxEnd = [];
    let max = -Infinity;
    for (const i of this.order) this.maxEnd.push((max = Math.max(max, items[i]!.end)));
  }

  /** Indices, in the items' own order, of the items with `start <= from` and `end >= to`: those containing [from, to]. */
  containing(from: number, to: number): number[] {
    return this.collect(this.firstEndingAtLeast(to), this.firstStartingAfter(from), (x) => x.start <= from && x.end >= to);
  }

  /** Indices, in the items' own order, of the items overlapping [from, to): `start < to` and `end > from`. */
  overlapping(from: number, to: number): number[] {
    return this.collect(this.firstEndingAtLeast(from + 1), this.firstStartingAfter(to - 1), (x) => x.start < to && x.end > from);
  }

  /** The first item, in the items' own order, that contains [from, to] and satisfies `accept`. */
  firstContaining(from: number, to: number, accept: (x: T) => boolean = () => true): T | undefined {
    for (const i of this.containing(from, to)) if (accept(this.items[i]!)) return this.items[i];
    return undefined;
  }

  private collect(lo: number, hi: number, keep: (x: T) => boolean): number[] {
    const out: number[] = [];
    for (let k = lo; k < hi; k++) {
      const i = this.order[k]!;
      if (keep(this.items[i]!)) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }

  /** The first position in start order whose running maximum end is ≥ `pos`: no item before it ends that late. */
  private firstEndingAtLeast(pos: number): number {
    let lo = 0;
    let hi = this.maxEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maxEnd[mid]! >= pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The first position in start order whose item starts after `pos`. */
  private firstStartingAfter(pos: number): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[this.order[mid]!]!.start > pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** The first position in `sorted` (ordered by start) whose item starts at or after `pos`. */
export function firstStartingAtLeast(sorted: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
