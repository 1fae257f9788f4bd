/** The real `parley` executable of this checkout, for tests that run it as a child process. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/parley.js');

/** Builds so the CLI runs this checkout's code; type errors elsewhere do not stop tsc from emitting. */
export function buildCli(): void {
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'ignore' });
  if (!existsSync(join(ROOT, 'dist/src/cli/main.js'))) throw new Error('build failed: dist/src/cli/main.js missing');
}
