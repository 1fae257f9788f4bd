/**
 * `npm run bench`: runs every benchmark module and prints its figures. Each module exports
 * `run(): Promise<BenchFigure[]>`. Run one with `npm run bench -- <name>`.
 */
export interface BenchFigure {
  bench: string;
  name: string;
  value: number;
  unit: string;
  /** The target the project has committed to, with its direction. */
  target?: { op: '>=' | '<='; value: number };
}

const MODULES: Record<string, () => Promise<{ run: () => Promise<BenchFigure[]> }>> = {
  // Benchmarks register here: name -> dynamic import of bench/<name>.ts
  actors: () => import('./actors.js'),
  polnear: () => import('./polnear.js'),
  dedupe: () => import('./dedupe.js'),
  ingest: () => import('./ingest.js'),
  extraction: () => import('./extraction.js'),
  pipeline: () => import('./pipeline.js'),
  api: () => import('./api.js'),
  long: () => import('./long.js'),
  stages: () => import('./stages.js'),
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const names = only.length ? only : Object.keys(MODULES);
  for (const name of names) {
    const load = MODULES[name];
    if (!load) {
      process.stderr.write(`bench: unknown benchmark "${name}" (have: ${Object.keys(MODULES).join(', ')})\n`);
      process.exitCode = 2;
      return;
    }
    const figures = await (await load()).run();
    for (const f of figures) {
      const target = f.target ? `  target ${f.target.op} ${f.target.value} ${f.target.op === '>=' ? (f.value >= f.target.value ? 'met' : 'NOT MET') : f.value <= f.target.value ? 'met' : 'NOT MET'}` : '';
      process.stdout.write(`${f.bench.padEnd(10)} ${f.name.padEnd(44)} ${formatValue(f.value).padStart(12)} ${f.unit}${target}\n`);
    }
  }
}

function formatValue(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
}

await main();
