/**
 * News outlets among the actors: a body whose name (or an alias) is the outlet of a stored report ("told
 * Reuters", "the Dar Daily Ledger reported") is a source of the corpus, not a party to its talks. The CLI's
 * actor list and the web app's both set such actors apart.
 */
import type { Store } from '../store/store.js';

/** The outlets of the stored reports, lower-cased. */
export function storedOutlets(db: Store['db']): Set<string> {
  return new Set(db.prepare('SELECT DISTINCT lower(outlet) FROM documents WHERE outlet IS NOT NULL').pluck().all() as string[]);
}

/** Is this actor one of `outlets` (see `storedOutlets`)? A person or a country never is. */
export function isOutletActor(a: { type: string; name: string; aliases: readonly string[] }, outlets: ReadonlySet<string>): boolean {
  return a.type !== 'person' && a.type !== 'country' && [a.name, ...a.aliases].some((n) => outlets.has(n.toLowerCase()));
}
