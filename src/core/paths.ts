import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Parley package root (the folder holding package.json), found from this module's location. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('[E000] cannot find the Parley package root');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot();
export const PACK_DIR = join(PROJECT_ROOT, 'packs');
export const DEMO_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'seeds');

/**
 * The shared development data (PolNeAR, the extraction benchmark, PLOVER), which sits beside the
 * checkout and is never copied into it. `PARLEY_SHARED` overrides the location.
 */
function findShared(): string {
  const candidates = [process.env.PARLEY_SHARED, join(PROJECT_ROOT, '..', 'shared'), '/work/shared'].filter((c): c is string => !!c);
  return candidates.find((c) => existsSync(join(c, 'external'))) ?? candidates[0]!;
}

export const SHARED_DIR = findShared();
export const EXTERNAL_DIR = join(SHARED_DIR, 'external');
