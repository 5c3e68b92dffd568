// `npm run bench:ui`: builds the production renderer, serves it with `vite preview`, opens the sample and generated
// 500- and 5,000-site projects in Debian's Chromium and prints what a planner waits for. It reports numbers and never
// fails on time. Options: --json (one JSON object per line), --only=sample,500,5000, --no-build, --no-coverage,
// --coverage-timeout=<s> (default 900), --repeat=<n> (open, pan and rename n times in fresh pages, medians; default 3). BENCH_UI_PORT (default 4174) and CHROMIUM_PATH as for the e2e tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { serializeProject } from '../../../core/project/load';
import { report, type BenchResult } from '../harness';
import { generateProject } from '../generate-project';
import { measureProject, type UiFigures } from './scenario';

const root = join(import.meta.dirname, '../../..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = flag('only')?.split(',') ?? ['sample', '500', '5000'];
const port = Number(process.env.BENCH_UI_PORT ?? 4174);
const coverageTimeoutS = Number(flag('coverage-timeout') ?? 900);
const repeat = Math.max(1, Number(flag('repeat') ?? 3));
const outDir = join(root, 'dist/bench-ui');

function log(text: string): void {
  if (!json) process.stderr.write(`${text}\n`);
}

function build(): void {
  log('building the production renderer …');
  const run = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error('vite build failed');
}

async function answers(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/`)).ok;
  } catch {
    return false;
  }
}

async function serve(): Promise<ChildProcess> {
  if (await answers()) throw new Error(`port ${port} is already in use; set BENCH_UI_PORT to a free port`);
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.config.ts',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    if (await answers()) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on port ${port}`);
}

function projectFiles(): { id: string; file: string; sites: number }[] {
  const dir = join(tmpdir(), 'frekvensplan-bench-ui');
  mkdirSync(dir, { recursive: true });
  const files = [{ id: 'sample', file: join(root, 'data/samples/langeland.frekvensplan'), sites: 9 }];
  for (const [sites, areas] of [
    [500, 20],
    [5000, 200],
  ] as const) {
    const file = join(dir, `generated-${sites}-sites.frekvensplan`);
    writeFileSync(file, serializeProject(generateProject({ sites, areas, corridors: areas / 10, seed: 2026 })));
    files.push({ id: String(sites), file, sites });
  }
  return files.filter((f) => only.includes(f.id));
}

function line(id: string, figures: UiFigures, sample: UiFigures | undefined): BenchResult {
  // The machine's 1-minute load average next to its core count: other work running skews every figure.
  const result: BenchResult = {
    name: `ui.${id === 'sample' ? 'sample' : `${id}-sites`}`,
    load1m: Number((loadavg()[0] ?? 0).toFixed(1)),
    cores: cpus().length,
  };
  for (const [key, value] of Object.entries(figures)) {
    result[key] = value ?? 'n/a';
    if (sample && id !== 'sample')
      result[`sample${key[0]?.toUpperCase()}${key.slice(1)}`] = sample[key as keyof UiFigures] ?? 'n/a';
  }
  return result;
}

/** Per figure, the median over the runs that measured it (null when none did). */
function medianFigures(runs: readonly UiFigures[]): UiFigures {
  const keys = Object.keys(runs[0] ?? {}) as (keyof UiFigures)[];
  const out = {} as UiFigures;
  for (const key of keys) {
    const values = runs
      .map((r) => r[key])
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    out[key] = values.length > 0 ? (values[Math.floor((values.length - 1) / 2)] as number) : null;
  }
  return out;
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) build();
  const server = await serve();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const results = new Map<string, UiFigures>();
    for (const project of projectFiles()) {
      log(`measuring ${project.id} …`);
      const runs: UiFigures[] = [];
      for (let i = 0; i < repeat; i++)
        runs.push(
          await measureProject(browser, `http://127.0.0.1:${port}/`, project, {
            // Coverage once, in the last page (it takes long and is not noisy in the same way).
            coverage: i === repeat - 1 && !args.includes('--no-coverage'),
            coverageTimeoutS,
            log,
          }),
        );
      const figures = medianFigures(runs);
      results.set(project.id, figures);
      report(line(project.id, figures, results.get('sample')), json);
    }
  } finally {
    await browser?.close();
    if (server.pid && server.exitCode === null) process.kill(-server.pid);
  }
}

await main();
