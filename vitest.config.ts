import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The same V8 setting as the CLI (compiled regular expressions: see bin/parley.js).
    execArgv: ['--no-regexp-tier-up', '--max-optimized-bytecode-size=8000'],
  },
});
