import type { Command } from 'commander';
import type { StanceValue } from '../../core/model.js';
import { syncPropositions, type PositionCell, type PositionsMatrix } from '../../corpus/positions.js';
import { correctedPositions } from '../../corpus/corrected.js';
import { addDbOption, addPackOption, assertPeriod, calendarDate, fail, inOneRead, knowledge, openExisting, refreshUnlessReadOnly, type CommandContext } from '../shared.js';
import { csvCell } from '../../export/formats.js';
import type { Store } from '../../store/store.js';

const MARK: Record<StanceValue, string> = { support: 'support', oppose: 'oppose', conditional: 'cond.', neutral: 'neutral' };
const TREND: Record<PositionCell['trend'], string> = { new: '', steady: ' =', softening: ' ↑', hardening: ' ↓', mixed: ' ↕' };

function cellText(c: PositionCell | undefined): string {
  if (!c) return '·';
  return `${MARK[c.stance]}${TREND[c.trend]}${c.contradiction ? ' !' : ''} (${c.sources})`;
}

/** Display width: CJK and emoji take two columns, combining marks none (no dependency needed for a table). */
const width = (s: string) => [...s].reduce((n, ch) => n + (/\p{M}/u.test(ch) ? 0 : /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\u{1f300}-\u{1faff}]/u.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/**
 * Rows as the table shows them: each party followed by its own people, indented under it; a person who
 * speaks for no side on the table comes after all parties, unindented and marked, so indentation never
 * puts them under whichever party happens to come before.
 */
function displayRows(m: PositionsMatrix): { row: PositionsMatrix['rows'][number]; name: string }[] {
  const parties = m.rows.filter((r) => r.kind === 'party');
  const partyIds = new Set(parties.map((r) => r.id));
  const persons = m.rows.filter((r) => r.kind === 'person');
  const out = parties.flatMap((p) => [{ row: p, name: p.name }, ...persons.filter((r) => r.party === p.id).map((r) => ({ row: r, name: `  ${r.name}` }))]);
  for (const r of persons) if (r.party === null || !partyIds.has(r.party)) out.push({ row: r, name: `${r.name} (${r.party ?? 'no side'})` });
  return out;
}

/** `emptyBecause` says why an empty matrix is empty: no stance stored at all, or none passing the date filter. */
export function formatMatrix(m: PositionsMatrix, emptyBecause: 'nothing-stored' | 'filtered' = 'nothing-stored', maxWidth = 120): string {
  if (!m.cells.length) {
    return emptyBecause === 'filtered' ? 'No stances match the filter (try a wider --since/--until).\n' : 'No stances stored yet (ingest articles first).\n';
  }
  const cellMap = new Map(m.cells.map((c) => [`${c.rowId}\u0000${c.proposition}`, c]));
  const header = ['', ...m.propositions.map((p) => p.label)];
  const shown = displayRows(m);
  const body = shown.map(({ row: r, name }) => [name, ...m.propositions.map((p) => cellText(cellMap.get(`${r.id}\u0000${p.id}`)))]);
  const partyNames = new Map(m.rows.filter((r) => r.kind === 'party').map((r) => [r.id, r.name]));
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => width(row[i]!))));
  const line = (row: string[]) => row.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  const tableWidth = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  // Too wide for the terminal (many propositions, several negotiations): one block per proposition instead.
  const lines =
    tableWidth <= maxWidth
      ? [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line), '']
      : m.propositions.flatMap((p, j) => {
          const heldAt = body.map((_, k) => k).filter((k) => body[k]![j + 1] !== '·');
          // A person whose party holds no stance on this object would sit indented under another party's row:
          // such a person is named with their party instead.
          const held = heldAt.map((k) => {
            const r = shown[k]!.row;
            const partyRow = r.kind === 'person' && r.party !== null ? body.findIndex((_, x) => shown[x]!.row.id === r.party) : -1;
            return partyRow >= 0 && !heldAt.includes(partyRow) ? [`${r.name} (${partyNames.get(r.party!) ?? r.party})`, ...body[k]!.slice(1)] : body[k]!;
          });
          if (!held.length) return [];
          const nameWidth = Math.max(...held.map((row) => width(row[0]!)));
          return [p.label, ...held.map((row) => `  ${pad(row[0]!, nameWidth)}  ${row[j + 1]}`), ''];
        });
  lines.push('Legend: ↑ softening  ↓ hardening  ↕ mixed  = steady  ! contradicting sources  (n) independent sources', '', 'Citations:');
  const names = new Map(m.rows.map((r) => [r.id, r.name]));
  const labels = new Map(m.propositions.map((p) => [p.id, p.label]));
  // Citations in the order of the matrix above (proposition blocks, then rows), not in the order cells were met.
  const propAt = new Map(m.propositions.map((p, i) => [p.id, i]));
  const rowAt = new Map(displayRows(m).map((d, i) => [d.row.id, i]));
  const at = (map: Map<string, number>, id: string) => map.get(id) ?? Number.MAX_SAFE_INTEGER;
  const cells = [...m.cells].sort((a, b) => at(propAt, a.proposition) - at(propAt, b.proposition) || at(rowAt, a.rowId) - at(rowAt, b.rowId));
  for (const c of cells) {
    lines.push(`  ${names.get(c.rowId) ?? c.rowId} — ${labels.get(c.proposition) ?? c.proposition}: ${c.stance}`);
    for (const cite of c.citations) {
      const cond = cite.condition ? ` [condition: ${cite.condition}]` : '';
      const review = cite.review === 'machine' ? '' : ` (${cite.review})`;
      lines.push(`    ${cite.date ?? 'undated   '} ${cite.outlet ?? cite.docName} ${cite.stance}: “${cite.evidence.text}”${cond} [${cite.docId}:${cite.evidence.start}-${cite.evidence.end}]${review}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function matrixCsv(m: PositionsMatrix): string {
  const names = new Map(m.rows.map((r) => [r.id, r]));
  const labels = new Map(m.propositions.map((p) => [p.id, p.label]));
  const out = ['row_id,row_name,row_kind,party,proposition,label,stance,trend,sources,contradiction,doc_id,outlet,date,evidence_start,evidence_end,evidence,condition'];
  for (const c of m.cells) {
    const r = names.get(c.rowId);
    const cite = c.citations[0];
    out.push(
      [c.rowId, r?.name, r?.kind, r?.party, c.proposition, labels.get(c.proposition), c.stance, c.trend, c.sources, c.contradiction, cite?.docId, cite?.outlet, cite?.date, cite?.evidence.start, cite?.evidence.end, cite?.evidence.text, cite?.condition]
        .map(csvCell)
        .join(','),
    );
  }
  return out.join('\n') + '\n';
}

/**
 * The corrected matrix, and whether a period filter (not an empty store) is why it may be empty, read in
 * one snapshot.
 */
export function readPositions(store: Store, period: { since?: string; until?: string }): { m: PositionsMatrix; filtered: boolean } {
  return inOneRead(store, () => ({
    m: correctedPositions(store, period),
    filtered: (period.since !== undefined || period.until !== undefined) && store.db.prepare('SELECT 1 FROM stances LIMIT 1').get() !== undefined,
  }));
}

export function registerPositions(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('positions')
    .description('the actor × proposition positions matrix: latest stance, trend, independent sources, contradictions, citations')
    .option('--json', 'print the matrix as JSON', false)
    .option('--csv', 'print one CSV row per cell with its latest citation', false)
    .option('--since <date>', 'only stances dated on or after YYYY-MM-DD', calendarDate('--since'))
    .option('--until <date>', 'only stances dated on or before YYYY-MM-DD', calendarDate('--until'))
    .addHelpText('after', '\nExample:\n  $ parley ingest test/fixtures/seeds --db talks.db && parley positions --db talks.db --since 2025-03-01');
  addDbOption(cmd);
  addPackOption(cmd);
  cmd.action((opts: { db: string; json: boolean; csv: boolean; since?: string; until?: string; pack?: string[] }) => {
    assertPeriod(opts);
    if (opts.json && opts.csv) fail('E_USAGE', null, 'choose one of --json and --csv');
    const store = openExisting(opts.db);
    try {
      // Keep the proposition list current (labels from packs, discovered ones that have become common).
      refreshUnlessReadOnly(store, () => syncPropositions(store, knowledge(opts)));
      const { m, filtered } = readPositions(store, { since: opts.since, until: opts.until });
      ctx.io.out(opts.json ? JSON.stringify(m, null, 2) + '\n' : opts.csv ? matrixCsv(m) : formatMatrix(m, filtered ? 'filtered' : 'nothing-stored', process.stdout.columns || 120));
    } finally {
      store.close();
    }
  });
}
