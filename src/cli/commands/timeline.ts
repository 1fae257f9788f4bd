import type { Command } from 'commander';
import { propositionsNamed, resolveProposition, shownDate, timeline, type TimelineEntry } from '../../corpus/timeline.js';
import { timelineFilterNotice } from '../../server/queries.js';
import { addDbOption, addPackOption, assertPeriod, calendarDate, knowledge, nonEmpty, openExisting, positiveInt, type CommandContext } from '../shared.js';

/** One entry per line, then its sources indented: outlet, date and the span it rests on. */
export function formatTimeline(entries: readonly TimelineEntry[]): string {
  if (!entries.length) return 'No dated events or stance changes match.\n';
  const lines: string[] = [];
  for (const e of entries) {
    // A stance entry says in its own tag whether it is a change, a contradiction or an undated pair.
    const mark = e.contradiction && e.kind === 'event' ? ' ⚠ contradicted' : '';
    const tag = e.kind === 'event' ? 'event ' : e.relation === 'contradiction' ? 'contradiction' : e.relation === 'undated' ? 'undated-pair' : 'change';
    const n = e.independentSources && e.independentSources > 1 ? ` (${e.independentSources} independent sources)` : '';
    // "????-??-??~" read as a date the report gave; a report with none (a wire dateline without a year) is said to be undated.
    const date = shownDate(e);
    const origin = date !== null && e.dateOrigin === 'published' ? '~' : ' ';
    lines.push(`${(date ?? 'undated').padEnd(10)}${origin} ${tag}  ${e.summary}${n}${mark}`);
    for (const s of e.sources.slice(0, 3)) {
      const ev = s.evidence.text.length > 110 ? `${s.evidence.text.slice(0, 109)}…` : s.evidence.text;
      lines.push(`      ${s.outlet ?? s.docName}, ${s.published ?? 'undated'}: “${ev}” [${s.docId}:${s.evidence.start}-${s.evidence.end}]`);
    }
    if (e.sources.length > 3) lines.push(`      … and ${e.sources.length - 3} more reports`);
  }
  const undated = entries.some((e) => shownDate(e) === null) ? '; undated = neither the article nor its report gives a date (listed last)' : '';
  lines.push('', `~ = date of the report (the article gives no date for the event); YYYY-MM = the article names only the month${undated}`);
  if (entries.some((e) => e.kind === 'stance-change'))
    lines.push('change = a stance moved over time (a later moment, the same outlet\'s update, or told as past); contradiction = independent outlets, same moment, opposite stances; undated-pair = one report has no date');
  return `${lines.join('\n')}\n`;
}

export function registerTimeline(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('timeline')
    .description('dated events and stance changes in order, each with its sources')
    .option('--actor <name>', 'only entries involving this actor (part of its name, an alias such as an acronym, or its id; case-insensitive)', nonEmpty('--actor'))
    .option('--proposition <id>', 'only stance changes on this proposition (its id, or its label as the matrix shows it)', nonEmpty('--proposition'))
    .option('--since <date>', 'from this date (YYYY-MM-DD)', calendarDate('--since'))
    .option('--until <date>', 'up to this date (YYYY-MM-DD)', calendarDate('--until'))
    .option('--limit <n>', 'at most this many entries', positiveInt('--limit'))
    .option('--attributed', 'only events with an actor (leaves out "talks resumed", "a strike began")', false)
    .option('--json', 'print JSON', false)
    .addHelpText('after', '\nExample:\n  $ parley timeline --db talks.db --actor Russia --since 2025-03-10');
  addDbOption(cmd);
  addPackOption(cmd);
  cmd.action((opts: { db: string; actor?: string; proposition?: string; since?: string; until?: string; limit?: number; attributed: boolean; json: boolean; pack: string[] }) => {
    assertPeriod(opts);
    const limit = opts.limit;
    const kb = knowledge(opts);
    const labels = new Map([...kb.propositions.values()].map((p) => [p.id, p.label]));
    const store = openExisting(opts.db);
    try {
      const proposition = opts.proposition === undefined ? undefined : resolveProposition(store, opts.proposition, labels);
      const entries = timeline(store, { actor: opts.actor, proposition, since: opts.since, until: opts.until, limit, labels, attributed: opts.attributed });
      // A name shared by several negotiations' propositions ("ceasefire") matched none of them: say which exist,
      // as a usage error (not also "no proposition matches", nor an empty timeline).
      const named = entries.length || opts.proposition === undefined || proposition !== opts.proposition ? [] : propositionsNamed(store, opts.proposition, labels);
      if (named.length > 1) {
        const labelOf = new Map((store.db.prepare('SELECT id, label FROM propositions').all() as { id: string; label: string }[]).map((p) => [p.id, p.label]));
        ctx.io.err(`'${opts.proposition}' names ${named.length} propositions: ${named.map((id) => `'${labelOf.get(id) ?? labels.get(id) ?? id}'`).join(', ')}; give one label in full or its id\n`);
        ctx.exitCode = 2;
        return;
      }
      // A misspelt --actor or --proposition looks like an empty timeline: say it names nothing stored.
      const notice = entries.length ? null : timelineFilterNotice(store, { ...opts, proposition }, kb.propositions.keys());
      if (notice) ctx.io.err(`${notice}\n`);
      ctx.io.out(opts.json ? `${JSON.stringify(entries, null, 2)}\n` : formatTimeline(entries));
    } finally {
      store.close();
    }
  });
}
