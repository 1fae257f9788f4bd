import type { Command } from 'commander';
import type { ActorRecord } from '../../corpus/actors/types.js';
import { isOutletActor, storedOutlets } from '../../corpus/outlets.js';
import type { Store } from '../../store/store.js';
import { addDbOption, fail, nonEmpty, openExisting, type CommandContext } from '../shared.js';

export interface ActorListing extends ActorRecord {
  /** Names of the stored documents the actor is mentioned in, in ingest order. */
  documents: string[];
  /** Named only in copies of other reports (a spun copy's reworded "Safety Secretariat"), in no original. */
  onlyInCopies: boolean;
  /** A news organisation whose own reports are stored (its name is a stored article's outlet): a source, no party. */
  outlet: boolean;
}

const TYPES = ['person', 'country', 'organization', 'group'];

/** Stored actors, most mentioned first, with the documents they appear in. */
export function listActors(store: Store, filter: { type?: string } = {}): ActorListing[] {
  const docs = store.db.prepare(
    `SELECT d.name AS name, d.duplicate_of IS NOT NULL AS copy FROM documents d WHERE d.id IN (SELECT DISTINCT doc_id FROM mentions WHERE actor_id = ?) ORDER BY d.seq`,
  );
  const outlets = storedOutlets(store.db);
  return store.listActors(filter).map((a) => {
    const rows = docs.all(a.id) as { name: string; copy: number }[];
    const outlet = isOutletActor(a, outlets);
    return { ...a, documents: rows.map((r) => r.name), onlyInCopies: rows.length > 0 && rows.every((r) => r.copy === 1), outlet };
  });
}

/**
 * Aliases as a reader tells them apart: "the European Union" after "The European Union", or "REUTERS" after
 * "Reuters", is the same name again (the store keeps every spelling seen; the table shows each once).
 */
export function distinctAliases(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const key = a.toLowerCase().replace(/^the\s+/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function formatActorTable(actors: readonly ActorListing[]): string {
  if (actors.length === 0) return 'no actors stored\n';
  // The party is an id ("rapid-support-forces"): cut, it reads as another name, so the column fits the longest.
  const partyWidth = Math.max(5, ...actors.map((a) => (a.party ?? '-').length));
  // A name cut short ("Harbor Metropolitan Transit ") names another body: the column fits the longest name.
  const nameWidth = Math.max(28, ...actors.map((a) => a.name.length));
  const lines = [`${'ACTOR'.padEnd(nameWidth)} ${'TYPE'.padEnd(12)} ${'PARTY'.padEnd(partyWidth)} ${'MENTIONS'.padStart(8)} ${'DOCS'.padStart(4)}  ALIASES / ARTICLES`];
  // A side stored only because someone belongs to it ("Ugandan diplomat" → Uganda) is named in no article:
  // a row of zeros and an empty "in:" reads as a broken record, so such sides get one line of their own.
  const unnamed = actors.filter((a) => a.mentionCount === 0 && a.documents.length === 0);
  // A name only a copy gives ("Safety Secretariat" where the original says "Security Secretariat") is the
  // copy's rewording, no actor of its own: one line at the end, not a row among the real actors.
  const copiesOnly = actors.filter((a) => a.onlyInCopies && !unnamed.includes(a));
  // "told Reuters", a licence line: the wire whose reports are stored is where the words come from, no actor of the talks.
  const outlets = actors.filter((a) => a.outlet && !unnamed.includes(a) && !copiesOnly.includes(a));
  for (const a of actors) {
    if (unnamed.includes(a) || copiesOnly.includes(a) || outlets.includes(a)) continue;
    lines.push(`${a.name.padEnd(nameWidth)} ${a.type.padEnd(12)} ${(a.party ?? '-').padEnd(partyWidth)} ${String(a.mentionCount).padStart(8)} ${String(a.docCount).padStart(4)}  ${distinctAliases(a.aliases).join(', ')}`);
    lines.push(`${''.padEnd(nameWidth + 30 + partyWidth)}  in: ${a.documents.join(', ')}`);
  }
  if (outlets.length) lines.push('', `News outlets whose reports are stored, named in articles (sources, not parties): ${outlets.map((a) => `${a.name} (${a.documents.join(', ')})`).join('; ')}`);
  if (copiesOnly.length) lines.push('', `Named only in copies of other reports: ${copiesOnly.map((a) => `${a.name} (${a.documents.join(', ')})`).join('; ')}`);
  if (unnamed.length) {
    const members = (id: string) => actors.filter((m) => m.party === id && m.id !== id && m.documents.length > 0).map((m) => m.name);
    lines.push('', `Sides named in no article, only as the party of: ${unnamed.map((a) => `${a.name} (${members(a.id).join(', ') || 'no stored actor'})`).join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

export function registerActors(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('actors')
    .description('list the actors found across the stored articles: mentions, aliases seen, party, articles')
    .option('--type <type>', `only actors of one type (${TYPES.join(', ')})`, nonEmpty('--type'))
    .option('--json', 'print JSON', false)
    .addHelpText('after', '\nExample:\n  $ parley actors --type person --db talks.db');
  addDbOption(cmd);
  cmd.action((opts: { db: string; type?: string; json: boolean }) => {
    if (opts.type && !TYPES.includes(opts.type)) fail('E_USAGE', opts.type, `unknown actor type (use one of ${TYPES.join(', ')})`);
    const store = openExisting(opts.db);
    try {
      const actors = listActors(store, { type: opts.type });
      ctx.io.out(opts.json ? JSON.stringify(actors, null, 2) + '\n' : formatActorTable(actors));
    } finally {
      store.close();
    }
  });
}
