import type { Command } from 'commander';
import { denialCue } from '../../corpus/quote-cues.js';
import type { Store } from '../../store/store.js';
import { addDbOption, fail, nonEmpty, openExisting, type CommandContext } from '../shared.js';

export interface QuoteListing {
  id: string;
  kind: string;
  text: string;
  speaker: string | null;
  speakerId: string | null;
  source: string | null;
  cue: string | null;
  outlet: string | null;
  published: string | null;
  document: string;
  /** The original's document name when this document is a syndicated or spun copy of it, else null. */
  copyOf: string | null;
  start: number;
  end: number;
  confidence: number;
}

export interface QuoteFilter {
  speaker?: string;
  kind?: string;
  /** Include scare quotes and other quotes under 0.5 confidence. */
  all?: boolean;
}

/** Stored quotes with speaker, outlet and date; `speaker` matches an actor's name or alias, case-insensitive. */
export function listQuotes(store: Store, filter: QuoteFilter = {}): QuoteListing[] {
  const rows = store.db
    .prepare(
      `SELECT q.id, q.kind, q.text, q.source_text AS source, q.cue_text AS cue, q.start, q."end", q.confidence,
              a.id AS speakerId, a.name AS speaker, a.aliases_json AS aliases, d.outlet, d.published, d.name AS document,
              (SELECT o.name FROM documents o WHERE o.id = d.duplicate_of) AS copyOf
       FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN actors a ON a.id = q.speaker_actor
       WHERE (@kind IS NULL OR q.kind = @kind) AND (@all = 1 OR q.confidence >= 0.5)
       ORDER BY d.published IS NULL, d.published, d.seq, q.idx`,
    )
    .all({ kind: filter.kind ?? null, all: filter.all ? 1 : 0 }) as (QuoteListing & { aliases: string | null })[];
  const wanted = filter.speaker?.toLowerCase();
  const exact = (r: (typeof rows)[number]) => r.speaker !== null && [r.speaker, ...(JSON.parse(r.aliases ?? '[]') as string[])].some((n) => n.toLowerCase() === wanted);
  // "Writers Guild" for the Writers Guild of America: a part of a name finds it when no name or alias is it whole
  // (as `timeline --actor` does).
  const partOfName = (r: (typeof rows)[number]) => r.speaker !== null && wanted !== undefined && r.speaker.toLowerCase().includes(wanted);
  const fits = !wanted ? () => true : rows.some(exact) ? exact : partOfName;
  return rows.filter(fits).map(({ aliases: _aliases, ...r }) => r);
}

/**
 * The quotes as text, one entry per statement: a quote a syndicated or spun copy repeats word for word (same
 * speaker, same text as in its original) is not listed again but named on the original's line ("also in");
 * a copy's quote the original lacks is listed, marked as from a copy.
 */
export function formatQuotes(quotes: readonly QuoteListing[]): string {
  const key = (doc: string, q: QuoteListing) => `${doc}\u0000${q.speakerId ?? q.source ?? ''}\u0000${q.text}`;
  const originals = new Map<string, string[]>();
  for (const q of quotes) if (q.copyOf === null) originals.set(key(q.document, q), []);
  // A quoted phrase inside a speaker's reported sentence ('the vote rule was "illegitimate"') is that
  // sentence's words, not a second statement: the sentence is listed once.
  const who = (q: QuoteListing) => q.speakerId ?? q.source ?? '';
  const byDocument = new Map<string, QuoteListing[]>();
  for (const q of quotes) byDocument.set(q.document, [...(byDocument.get(q.document) ?? []), q]);
  const inside = (q: QuoteListing) =>
    byDocument.get(q.document)!.some((o) => o !== q && who(o) === who(q) && o.start <= q.start && q.end <= o.end && o.end - o.start > q.end - q.start);
  const shown = quotes.filter((q) => {
    if (inside(q)) return false;
    const also = q.copyOf === null ? undefined : originals.get(key(q.copyOf, q));
    if (also) also.push(q.document);
    return !also;
  });
  let out = '';
  for (const q of shown) {
    const name = q.speaker ?? (q.source ? `(${q.source})` : '(unattributed)');
    const where = [q.outlet, q.published, q.document].filter(Boolean).join(', ');
    const copies = q.copyOf === null ? originals.get(key(q.document, q)) ?? [] : [];
    const note = q.copyOf !== null ? ` (copy of ${q.copyOf})` : copies.length ? ` (also in: ${copies.join(', ')})` : '';
    const mark = q.kind === 'indirect' ? '' : '“';
    // "Morocco denied that it had offered ...": the words are what was denied, so the denial is named.
    const denied = q.kind === 'indirect' ? denialCue(q.cue) : null;
    out += `${name} [${q.kind}${denied ? `, ${denied}` : ''}] ${mark}${q.text}${mark ? '”' : ''}\n    — ${where}${note}\n`;
  }
  return out;
}

export function registerQuotes(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('quotes')
    .description('list stored quotes with speaker, outlet, date and document')
    .option('--speaker <name>', 'only quotes by this actor (name or alias, case-insensitive; else a part of a name)', nonEmpty('--speaker'))
    .option('--kind <kind>', 'direct | partial | indirect', nonEmpty('--kind'))
    .option('--all', 'include scare quotes and nicknames (confidence under 0.5)', false)
    .option('--json', 'print JSON', false)
    .addHelpText('after', '\nExample:\n  $ parley quotes --db talks.db --speaker "Dmitry Peskov" --kind direct');
  addDbOption(cmd);
  cmd.action((opts: { db: string; speaker?: string; kind?: string; all: boolean; json: boolean }) => {
    if (opts.kind && !['direct', 'partial', 'indirect'].includes(opts.kind)) fail('E_USAGE', opts.kind, 'unknown quote kind (use direct, partial or indirect)');
    const store = openExisting(opts.db);
    try {
      const quotes = listQuotes(store, { speaker: opts.speaker, kind: opts.kind, all: opts.all });
      if (opts.json) {
        ctx.io.out(JSON.stringify(quotes, null, 2) + '\n');
        return;
      }
      if (quotes.length) ctx.io.out(formatQuotes(quotes));
      if (quotes.length === 0) ctx.io.err('no quotes match\n');
    } finally {
      store.close();
    }
  });
}
