import { Command, CommanderError } from 'commander';
import { isParleyError } from '../core/errors.js';
import { oneLine, type CliIO, type CommandContext } from './shared.js';
import { COMMANDS } from './commands/index.js';

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('parley')
    .description('Turn news reports about a negotiation into a cited map of the talks.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Exit codes: 0 done, 1 some inputs or the command failed, 2 usage error (bad option or argument).

Examples:
  $ parley demo                                   ingest the bundled seed articles and show the map
  $ parley ingest articles/ feed.xml https://example.com/story --db talks.db
  $ parley export --db talks.db --format json > talks.json
  $ parley eval test/fixtures/seeds-gold --db talks.db`,
  );
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 some inputs failed or the command failed, 2 usage). */
export async function main(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  const ctx: CommandContext = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv as string[]);
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isParleyError(e)) {
      io.err(`parley: ${oneLine(e.line())}\n`);
      return e.code === 'E_USAGE' ? 2 : 1;
    }
    // One line: a multi-line message (SQLite, a stack-like text) would bury the point; PARLEY_DEBUG shows all.
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim() || 'unknown error';
    io.err(`parley: internal error: ${message}\n`);
    if (process.env.PARLEY_DEBUG) io.err(`${(e as Error).stack}\n`);
    return 1;
  }
}

function defaultIO(): CliIO {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    stdin: process.stdin,
  };
}
