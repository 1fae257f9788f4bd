import type { Command } from 'commander';
import type { CommandContext } from '../shared.js';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/** Every `parley` command, in the order `--help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [registerDemo, registerIngest, registerExport, registerEval];
