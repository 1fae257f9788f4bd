import type { Command } from 'commander';
import type { CommandContext } from '../shared.js';
import { registerActors } from './actors.js';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerPositions } from './positions.js';
import { registerQuotes } from './quotes.js';
import { registerReanalyze } from './reanalyze.js';
import { registerServe } from './serve.js';
import { registerBrief } from './brief.js';
import { registerTimeline } from './timeline.js';
import { registerVacuum } from './vacuum.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/** Every `parley` command, in the order `--help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerDemo,
  registerIngest,
  registerActors,
  registerQuotes,
  registerPositions,
  registerTimeline,
  registerBrief,
  registerServe,
  registerExport,
  registerEval,
  registerReanalyze,
  registerVacuum,
];
