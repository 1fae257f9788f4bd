import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

describe('parley --help', () => {
  it('lists the commands', async () => {
    let out = '';
    const code = await main(['node', 'parley', '--help'], { out: (s) => (out += s), err: (s) => (out += s), stdin: process.stdin });
    expect(code).toBe(0);
    expect(out).toContain('ingest');
    expect(out).toContain('export');
  });
});
