/** Runs the real `parley` command line in process and returns its exit code and what it wrote. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'parley', ...argv], { out: (s) => (out += s), err: (s) => (err += s), stdin: new PassThrough() });
  return { code, out, err };
}
