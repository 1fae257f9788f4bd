#!/usr/bin/env -S node --no-regexp-tier-up --max-optimized-bytecode-size=8000
// --no-regexp-tier-up: V8 first runs a regular expression in its bytecode interpreter and compiles it only
// once it counts as hot. Parley's stages are built on large alternations (the event trigger lexicon, cue and
// object lists) that in a long ingest kept running interpreted: on the benchmark articles the event stage
// took 5.7 ms per article interpreted and 1.7 ms compiled, the stance stage 5.1 and 2.5, a whole analysis
// 16.5 ms of CPU against 12.2. V8 flags are per process (worker threads share them) and must be given at
// start: set at run time (v8.setFlagsFromString) it crashed a process that had already run expressions.
// --max-optimized-bytecode-size=8000: the few largest functions (the stance and event extractors) stay in
// V8's mid-tier compiler. Each new object shape a rare sentence brings deoptimized them, and every
// TurboFan recompile of one took 1.5 s on a background thread, for the first few thousand articles of an
// ingest: 4,000 benchmark articles took 83 s of CPU with the default (61440) and 75 s with this cap.
// `node bin/parley.js` without the flags gives the same results, more slowly.
import { main } from '../dist/src/cli/main.js';

// `parley export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await main(process.argv);
