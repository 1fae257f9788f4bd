import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPackFile, PACK_CACHE_DIR } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-pack-cache-'));
const name = `cache-test-${process.pid}-${Date.now()}.yaml`;
const file = join(dir, name);
const cached = () => readdirSync(PACK_CACHE_DIR).filter((f) => f.startsWith(`${name}-`));
const pack = (label: string) => `id: cache-test\nname: Cache test\nactors:\n  - id: ${label}\n    name: ${label} Person\n    type: person\n`;

afterAll(() => {
  for (const f of cached()) rmSync(join(PACK_CACHE_DIR, f), { force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe('the parsed-pack cache', () => {
  it('reads a pack from its cache entry, and parses an edited pack again', () => {
    writeFileSync(file, pack('alpha'));
    const first = loadPackFile(file);
    expect(first.actors.map((a) => a.id)).toEqual(['alpha']);
    expect(first.actors[0]!.aliases).toEqual([]); // the schema's defaults are in the cached, validated pack
    expect(cached()).toHaveLength(1);
    const entry = join(PACK_CACHE_DIR, cached()[0]!);
    expect(JSON.parse(readFileSync(entry, 'utf8'))).toEqual(first);

    // The entry is what is read: a marker written into it comes back.
    writeFileSync(entry, JSON.stringify({ ...first, name: 'from the cache' }));
    expect(loadPackFile(file).name).toBe('from the cache');

    // An edited pack is another entry; the old one is removed.
    writeFileSync(file, pack('beta'));
    expect(loadPackFile(file).actors.map((a) => a.id)).toEqual(['beta']);
    expect(cached()).toHaveLength(1);
  });

  it('never caches an invalid pack, and falls back to the YAML when an entry is unreadable', () => {
    writeFileSync(file, 'id: cache-test\nactors: [oops\n');
    expect(() => loadPackFile(file)).toThrow(/E_PACK|cannot read pack/);
    writeFileSync(file, pack('gamma'));
    loadPackFile(file);
    writeFileSync(join(PACK_CACHE_DIR, cached()[0]!), '{ half a fi');
    expect(loadPackFile(file).actors.map((a) => a.id)).toEqual(['gamma']);
  });
});
