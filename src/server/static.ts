import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../core/paths.js';

export interface WebAsset {
  body: Uint8Array;
  type: string;
  etag: string;
}
export type WebAssets = Map<string, WebAsset>;

export const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The built web app, read into memory once: a handful of small files, so serving from memory with an ETag
 * is simpler and faster than a static-file middleware touching the disk per request.
 */
export function loadWebAssets(dir = WEB_DIST): WebAssets | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const assets: WebAssets = new Map();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const body = readFileSync(path);
        const url = `/${relative(dir, path).split(sep).join('/')}`;
        assets.set(url, { body, type: TYPES[extname(name)] ?? 'application/octet-stream', etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` });
      }
    }
  };
  walk(dir);
  const index = assets.get('/index.html');
  if (index) assets.set('/', index);
  return assets;
}
