// Builds the web app into web/dist (no CDN; everything Parley serves comes from here).
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: { app: join(here, 'src', 'main.ts') },
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: false,
  outdir: out,
  logLevel: 'warning',
});
await build({ entryPoints: { app: join(here, 'src', 'styles.css') }, bundle: true, minify: true, outdir: out, logLevel: 'warning' });
await copyFile(join(here, 'index.html'), join(out, 'index.html'));
