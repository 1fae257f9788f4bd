import type { Command } from 'commander';
import type { StanceValue } from '../../core/model.js';
import { DEMO_DIR } from '../../core/paths.js';
import { renderBrief } from '../../corpus/brief.js';
import { syncPropositions, type PositionsMatrix } from '../../corpus/positions.js';
import { correctedPositions } from '../../corpus/corrected.js';
import { ingestInputs } from '../../ingest/ingest.js';
import { addPackOption, dbFile, knowledge, openForWriting, type CommandContext } from '../shared.js';

const MARK: Record<StanceValue, string> = { support: '✔ for', oppose: '✘ against', conditional: '◐ if…', neutral: '· neutral' };
const width = (s: string) => [...s].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const cut = (s: string, n: number) => (width(s) > n ? `${[...s].slice(0, n - 1).join('')}…` : s);

/**
 * The positions matrix as a compact terminal table: propositions down, parties across (propositions have
 * long labels, parties are few), each cell the latest stance and its independent sources.
 */
export function compactPositions(m: PositionsMatrix, maxRows = 10): string {
  const parties = m.rows.filter((r) => r.kind === 'party');
  const cell = new Map(m.cells.map((c) => [`${c.rowId}\u0000${c.proposition}`, c]));
  const props = m.propositions.filter((p) => parties.some((r) => cell.has(`${r.id}\u0000${p.id}`))).slice(0, maxRows);
  if (!parties.length || !props.length) return 'No positions extracted yet.\n';
  const header = ['', ...parties.map((r) => cut(r.name, 16))];
  const body = props.map((p) => [
    cut(p.label, 34),
    ...parties.map((r) => {
      const c = cell.get(`${r.id}\u0000${p.id}`);
      return c ? `${MARK[c.stance]} (${c.sources})${c.contradiction ? ' !' : ''}` : '';
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => width(row[i]!))));
  const line = (row: string[]) => row.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line), '(n) independent sources   ! sources contradict each other', ''].join('\n');
}

export function registerDemo(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('demo')
    .description('ingest the bundled demo corpus (five real March 2025 articles) and show the map of the talks')
    .option('--db <file>', 'the database to create or reuse', dbFile('--db'), 'parley-demo.db')
    .addHelpText('after', '\nExample:\n  $ parley demo --db demo.db');
  addPackOption(cmd);
  cmd.action(async (opts: { db: string; pack: string[] }) => {
    const kb = knowledge(opts);
    const store = openForWriting(opts.db);
    try {
      const summary = await ingestInputs(store, [DEMO_DIR], kb);
      if (summary.failed > 0) ctx.exitCode = 1;
      syncPropositions(store, kb);
      const labels = new Map([...kb.propositions.values()].map((p) => [p.id, p.label]));
      ctx.io.out(`Parley demo — ${store.documentCount()} articles in ${opts.db} (${summary.stored} new, ${summary.unchanged} already stored, ${summary.failed} failed), ${store.listActors().length} actors.\n\n`);
      ctx.io.out(renderBrief(store, { maxItems: 4, excerptLength: 110, labels }));
      ctx.io.out('\n## Positions matrix\n');
      ctx.io.out(compactPositions(correctedPositions(store), 8));
      ctx.io.out(`\nMore: parley brief · parley timeline · parley positions · parley quotes · parley serve   (add --db ${opts.db})\n`);
    } finally {
      store.close();
    }
  });
}
