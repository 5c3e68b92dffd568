import type { RadioCell } from '../../core/coverage/cells';
import { coverageJob, runCoverageJob, type CoverageInput } from '../../core/coverage/kernel';
import { antennaPattern, eirpPerReDbm } from '../../core/radio';
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

/** The best-server kernel (1000×1000 px, 50 cells, UMa NLOS) and a full 20×20 km job at 10 m (with terrain: terrain.bench.ts). */
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
  return results;
}
