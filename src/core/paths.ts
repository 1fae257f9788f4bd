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
