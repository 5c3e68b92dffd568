import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GridSpec } from '../../core/geo/grid';
import { demFromRaster, terrainLinkLoss, terrainSweep, type Dem } from '../../core/terrain';
import { timeIt, type BenchResult } from './harness';
import { JOB_GRID } from './terrain-job';

/** Rolling synthetic terrain, 10–70 m, with a hill: enough relief that many pixels are shadowed. */
function syntheticDem(width: number, height: number, resolutionM: number): Dem {
  const values = new Float32Array(width * height);
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) {
      const e = (c + 0.5) * resolutionM;
      const n = (r + 0.5) * resolutionM;
      values[r * width + c] =
        20 +
        15 * Math.sin(e / 170) * Math.cos(n / 230) +
        8 * Math.sin((e + n) / 61) +
        30 * Math.exp(-((e - 2600) ** 2 + (n - 1700) ** 2) / 2e5);
    }
  return demFromRaster({ originX: 600_000, originY: 6_204_000, resolutionM, width, height, values, kind: 'DTM' });
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** Horizontal strips of whole rows, north to south (as renderer/features/coverage/run-in-workers.ts splits). */
function strips(grid: GridSpec, count: number): GridSpec[] {
  const out: GridSpec[] = [];
  let row = 0;
  for (let i = 0; i < count; i++) {
    const rows = Math.floor(grid.height / count) + (i < grid.height % count ? 1 : 0);
    out.push({ ...grid, originN: grid.originN - row * grid.resolutionM, height: rows });
    row += rows;
  }
  return out;
}

interface StripResult {
  terrainSeconds: number;
  kernelSeconds: number;
  terrainCpuSeconds: number;
  cpuSeconds: number;
  rsrpDbm: Float32Array;
}

/**
 * The 20 × 20 km / 10 m / 50-cell job with a terrain model (hilly DTM at 10 m), on one worker thread per core
 * (at most 2 here), each a strip: terrain sweeps per site, then the kernel. seconds (from 'go' to the last strip
 * back, on workers already started with the model loaded, as the app's pool) and terrainSeconds are wall clock (the machine is shared: compare ratios within a run); peakMemoryMB is the process's resident memory at
 * its highest during the job (workers included), sampled every 25 ms.
 */
async function terrainJob(): Promise<BenchResult> {
  const workers = Math.max(1, Math.min(2, availableParallelism()));
  let peakRss = process.memoryUsage().rss;
  const poll = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  // Workers load their modules (TypeScript compiled on the fly here, bundled in the app) and build the model before
  // the clock starts: the app's coverage pool is started once and keeps the loaded model.
  const s0 = performance.now();
  const workerList = strips(JOB_GRID, workers).map(
    (strip) => new Worker(new URL('./terrain-job.bootstrap.mjs', import.meta.url), { workerData: { strip } }),
  );
  await Promise.all(
    workerList.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.once('message', () => resolve());
          worker.once('error', reject);
        }),
    ),
  );
  const startupSeconds = (performance.now() - s0) / 1000;
  const t0 = performance.now();
  const results = await Promise.all(
    workerList.map(
      (worker) =>
        new Promise<StripResult>((resolve, reject) => {
          worker.once('message', (m: StripResult) => {
            resolve(m);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.postMessage('go');
        }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(poll);
  const covered = results.reduce((sum, r) => sum + r.rsrpDbm.filter((v) => v >= -110).length, 0);
  return {
    name: 'job.20x20km.10m.50cells.terrain',
    workers,
    startupSeconds,
    seconds,
    terrainSeconds: Math.max(...results.map((r) => r.terrainSeconds)),
    kernelSeconds: Math.max(...results.map((r) => r.kernelSeconds)),
    cpuSeconds: results.reduce((sum, r) => sum + r.cpuSeconds, 0),
    terrainCpuSeconds: results.reduce((sum, r) => sum + r.terrainCpuSeconds, 0),
    peakMemoryMB: mb(Math.max(peakRss, process.memoryUsage().rss)),
    coveredShare: covered / (JOB_GRID.width * JOB_GRID.height),
  };
}

/** Terrain: the 20 × 20 km job, one site's sweep over 1000 × 1000 px, and one 0.4 m link profile. */
export async function terrainBenchmarks(): Promise<BenchResult[]> {
  const results: BenchResult[] = [await terrainJob()];
  const dem = syntheticDem(1000, 1000, 4);
  const grid: GridSpec = { originE: 600_000, originN: 6_204_000, resolutionM: 4, width: 1000, height: 1000 };
  const tx = { e: 602_000, n: 6_202_000, antennaHeightM: 25 };
  let shadowed = 0;
  const { msPerOp } = timeIt(() => {
    const sweep = terrainSweep({ dtm: dem, dsm: null }, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7 });
    shadowed = sweep.lossDb.reduce((sum, v) => sum + (v > 0 ? 1 : 0), 0) / sweep.lossDb.length;
  }, 1);
  results.push({
    name: 'terrainSweep DTM',
    dem: '1000×1000@4m',
    grid: '1000×1000@4m',
    seconds: msPerOp / 1000,
    shadowedShare: shadowed,
  });
  const fine = demFromRaster({
    originX: 600_000,
    originY: 6_204_000,
    resolutionM: 0.4,
    width: 5000,
    height: 5000,
    values: new Float32Array(25_000_000).map(
      (_, i) => 20 + 5 * Math.sin((i % 5000) / 300) + 3 * Math.cos(i / 5000 / 170),
    ),
    kind: 'DTM',
  });
  const link = timeIt(
    () =>
      terrainLinkLoss(
        { dtm: fine, dsm: null },
        { e: 600_100, n: 6_203_900, antennaHeightM: 25 },
        { e: 601_900, n: 6_202_100, antennaHeightM: 1.5 },
        { fcGHz: 3.7 },
      ),
    300,
  );
  results.push({ name: 'terrainLinkLoss 2.5 km @ 0.4 m', msPerOp: link.msPerOp });
  return results;
}
