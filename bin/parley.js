#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

// `parley export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await main(process.argv);
