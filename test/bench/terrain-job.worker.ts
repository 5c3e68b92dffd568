// One worker of the terrain benchmark's 20 × 20 km job: a horizontal strip of the grid, as the app's coverage
// workers do (renderer/workers/coverage-worker.ts): the terrain sweeps of every site over the strip, then the
// kernel. Started by terrain.bench.ts with `--import tsx`; it posts 'ready' once its modules are loaded and the
// model built (the app's pool is warm and holds the loaded model), and runs the job on 'go'.
import { parentPort, workerData } from 'node:worker_threads';
import { runCoverageJob } from '../../core/coverage/kernel';
import { terrainCoverage } from '../../core/coverage/terrain';
import { farthestCornerM, type GridSpec } from '../../core/geo/grid';
import { benchCells } from './coverage.bench';
import { hillyDem, JOB_CELLS, JOB_GRID } from './terrain-job';

const { strip } = workerData as { strip: GridSpec };
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const dem = hillyDem();
const cells = benchCells(JOB_CELLS.count, JOB_CELLS.e0, JOB_CELLS.n0, JOB_CELLS.sizeM, JOB_CELLS.seed);
parentPort?.postMessage('ready');
await new Promise((resolve) => parentPort?.once('message', resolve));
const c0 = cpu();
const t0 = performance.now();
// The whole job's span, as the app's workers get it: every strip runs on the same tables.
const tableSpanM = Math.max(...cells.map((c) => farthestCornerM(JOB_GRID, c.e, c.n)));
const terrain = terrainCoverage({ dtm: dem, dsm: null }, cells, strip, { rxHeightM: 1.5 }, undefined, tableSpanM);
const t1 = performance.now();
const c1 = cpu();
if (!terrain) throw new Error('a DTM must give terrain inputs');
const job = runCoverageJob({
  cells,
  grid: strip,
  tableSpanM,
  options: { losMode: terrain.losMode },
  extraLossDb: terrain.extraLossDb,
});
const t2 = performance.now();
if (!job.ok) throw new Error('the job must finish');
const { rsrpDbm } = job.raster;
parentPort?.postMessage(
  {
    terrainSeconds: (t1 - t0) / 1000,
    kernelSeconds: (t2 - t1) / 1000,
    terrainCpuSeconds: c1 - c0,
    cpuSeconds: cpu() - c0,
    rsrpDbm,
  },
  [rsrpDbm.buffer as ArrayBuffer],
);
