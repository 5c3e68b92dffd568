import type { RadioCell } from '../../core/coverage/cells';
import { coverageJob, runCoverageJob, type CoverageInput } from '../../core/coverage/kernel';
import { terrainExtraLossForCells } from '../../core/coverage/terrain';
import type { GridSpec } from '../../core/geo/grid';
import { antennaPattern, eirpPerReDbm } from '../../core/radio';
import type { Dem } from '../../core/terrain';
import type { BenchResult } from './harness';

/** A seeded generator (mulberry32) so every run places the same cells. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` UMa sector cells (3 per site, varied heights) spread over a square of `sizeM` from (e0, n0). */
export function benchCells(count: number, e0: number, n0: number, sizeM: number, seed = 7): RadioCell[] {
  const rnd = seeded(seed);
  const cells: RadioCell[] = [];
  let site = 0;
  while (cells.length < count) {
    const e = e0 + rnd() * sizeM;
    const n = n0 + rnd() * sizeM;
    const h = [25, 30, 35][site % 3] as number;
    for (let s = 0; s < 3 && cells.length < count; s++)
      cells.push({
        id: `c${cells.length}`,
        siteId: `s${site}`,
        e,
        n,
        antennaHeightM: h,
        environment: 'UMa',
        fcGHz: 3.7,
        eirpPerReDbm: eirpPerReDbm({ eirpDbm: 60, referenceBandwidthHz: 5e6 }),
        azimuthDeg: s * 120,
        downtiltDeg: 6,
        pattern: antennaPattern(),
      });
    site++;
  }
  return cells;
}

/** Best of 3 runs (after a warm-up): table building (until the first yield) and the kernel proper, in ms. */
function timeKernel(input: CoverageInput): { tablesMs: number; kernelMs: number } {
  let tablesMs = Infinity;
  let kernelMs = Infinity;
  for (let run = 0; run < 4; run++) {
    const job = coverageJob(input);
    const t0 = performance.now();
    job.next();
    const t1 = performance.now();
    while (!job.next().done);
    const t2 = performance.now();
    if (run === 0) continue;
    tablesMs = Math.min(tablesMs, t1 - t0);
    kernelMs = Math.min(kernelMs, t2 - t1);
  }
  return { tablesMs, kernelMs };
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** The best-server kernel (1000×1000 px, 50 cells, UMa NLOS) and a full 20×20 km job at 10 m. */
export function coverageBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  const grid = { originE: 600_000, originN: 6_110_000, resolutionM: 10, width: 1000, height: 1000 };
  const cells = benchCells(50, 600_000, 6_100_000, 10_000);
  const sinr = timeKernel({ cells, grid, options: { losMode: 'nlos' } });
  const bestOnly = timeKernel({ cells, grid, options: { losMode: 'nlos', computeSinr: false } });
  const cellPixels = cells.length * grid.width * grid.height;
  results.push({
    name: 'kernel.best-server.1000x1000.50cells',
    nsPerCellPixel: (sinr.kernelMs * 1e6) / cellPixels,
    nsPerCellPixelBestOnly: (bestOnly.kernelMs * 1e6) / cellPixels,
    tableBuildMs: sinr.tablesMs,
    totalMs: sinr.tablesMs + sinr.kernelMs,
  });

  const bigGrid = { originE: 590_000, originN: 6_120_000, resolutionM: 10, width: 2000, height: 2000 };
  const bigCells = benchCells(50, 590_000, 6_100_000, 20_000, 11);
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const job = runCoverageJob({ cells: bigCells, grid: bigGrid });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (!job.ok) throw new Error('job must finish');
  results.push({
    name: 'job.20x20km.10m.50cells',
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // Peak resident memory of the whole benchmark process so far: an upper bound for the job.
    peakMemoryMB: mb(process.resourceUsage().maxRSS * 1024),
    rssBeforeMB: mb(rss0),
    rasterMB: mb(
      job.raster.rsrpDbm.byteLength + (job.raster.sinrDb?.byteLength ?? 0) + job.raster.bestServer.byteLength,
    ),
  });
  results.push(terrainJob(bigGrid, bigCells));
  return results;
}

/** A synthetic 2000×2000 DEM at 10 m with rolling hills up to ~60 m (deterministic). */
function hillyDem(grid: { originE: number; originN: number; width: number; height: number; resolutionM: number }): Dem {
  const values = new Float32Array(grid.width * grid.height);
  for (let r = 0; r < grid.height; r++)
    for (let c = 0; c < grid.width; c++)
      values[r * grid.width + c] = 30 + 20 * Math.sin(c / 97) * Math.cos(r / 131) + 10 * Math.sin((c + r) / 41);
  return {
    crs: 'EPSG:25832',
    grid: {
      originX: grid.originE,
      originY: grid.originN,
      pixelSizeX: grid.resolutionM,
      pixelSizeY: grid.resolutionM,
      width: grid.width,
      height: grid.height,
    },
    values,
    noData: null,
    kind: 'DTM',
    downsampleFactor: 1,
  };
}

/** The same 20×20 km job with a terrain model: a Bullington sweep per site, then the kernel in LOS mode. */
function terrainJob(grid: GridSpec, cells: RadioCell[]): BenchResult {
  const dem = hillyDem(grid);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const extraLossDb = terrainExtraLossForCells(dem, cells, grid, { rxHeightM: 1.5 });
  const terrainSeconds = (performance.now() - t0) / 1000;
  const job = runCoverageJob({ cells, grid, options: { losMode: 'los' }, extraLossDb });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (!job.ok) throw new Error('job must finish');
  return {
    name: 'job.20x20km.10m.50cells.terrain',
    seconds,
    terrainSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMemoryMB: mb(process.resourceUsage().maxRSS * 1024),
    terrainArraysMB: mb(new Set(extraLossDb).size * grid.width * grid.height * 4),
  };
}
