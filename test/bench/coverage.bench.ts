import type { RadioCell } from '../../core/coverage/cells';
import { coverageJob, runCoverageJob, type CoverageInput, type CoverageRaster } from '../../core/coverage/kernel';
import { resolveCoverageOptions } from '../../core/coverage/options';
import { antennaPattern, eirpPerReDbm } from '../../core/radio';
import type { BenchResult } from './harness';
import { nativeLoop } from './native-loop';
import { scaleBenchmarks } from './scale.bench';
import { seeded } from './scale-projects';

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

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Best of `runs` runs (after a warm-up), in CPU ms: table building (until the first yield) and the kernel. */
function timeKernel(input: CoverageInput, runs = 3): { tablesMs: number; kernelMs: number; raster: CoverageRaster } {
  let tablesMs = Infinity;
  let kernelMs = Infinity;
  let raster: CoverageRaster | null = null;
  for (let run = 0; run <= runs; run++) {
    const job = coverageJob(input);
    const t0 = cpuMs();
    job.next();
    const t1 = cpuMs();
    let step = job.next();
    while (!step.done) step = job.next();
    const t2 = cpuMs();
    raster = step.value;
    if (run === 0) continue;
    tablesMs = Math.min(tablesMs, t1 - t0);
    kernelMs = Math.min(kernelMs, t2 - t1);
  }
  return { tablesMs, kernelMs, raster: raster as CoverageRaster };
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** Largest |a − b| over pixels where both are numbers. */
function maxDiff(a: Float32Array, b: Float32Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number));
    if (d > max) max = d;
  }
  return max;
}

/**
 * The kernel (1000 × 1000 px, 50 UMa cells, NLOS, SINR on) against the straightforward C loop on the same grid
 * and cells, in the same run: three interleaved rounds, best CPU time of each (the machine is shared, so CPU time
 * and the ratio are what compare). nsPerCellPixel includes the JS table building; culling and shared work count.
 */
function kernelBenchmark(): BenchResult {
  const grid = { originE: 600_000, originN: 6_110_000, resolutionM: 10, width: 1000, height: 1000 };
  const cells = benchCells(50, 600_000, 6_100_000, 10_000);
  const cellPixels = cells.length * grid.width * grid.height;
  const options = resolveCoverageOptions({ losMode: 'nlos' });
  const bestOnly = timeKernel({ cells, grid, options: { ...options, computeSinr: false } }, 2);
  const native = nativeLoop(cells, grid, options, -122.2287874528);
  let js = { tablesMs: Infinity, kernelMs: Infinity, raster: null as CoverageRaster | null };
  let nativeSeconds = Infinity;
  let nativeRaster: { rsrpDbm: Float32Array; sinrDb: Float32Array } | null = null;
  for (let round = 0; round < 3; round++) {
    const r = timeKernel({ cells, grid, options }, 1);
    if (r.tablesMs + r.kernelMs < js.tablesMs + js.kernelMs) js = r;
    if ('run' in native) {
      const c = native.run();
      nativeSeconds = Math.min(nativeSeconds, c.cpuSeconds);
      nativeRaster = c;
    }
  }
  const raster = js.raster as CoverageRaster;
  const nsPerCellPixel = ((js.tablesMs + js.kernelMs) * 1e6) / cellPixels;
  const result: BenchResult = {
    name: 'kernel.best-server.1000x1000.50cells',
    nsPerCellPixel,
    nsPerCellPixelKernelOnly: (js.kernelMs * 1e6) / cellPixels,
    nsPerCellPixelBestOnly: ((bestOnly.tablesMs + bestOnly.kernelMs) * 1e6) / cellPixels,
    tableBuildMs: js.tablesMs,
    clock: 'cpu',
  };
  if ('run' in native && nativeRaster) {
    const nativeNs = (nativeSeconds * 1e9) / cellPixels;
    result.nativeNsPerCellPixel = nativeNs;
    result.nativeToJsRatio = nativeNs / nsPerCellPixel;
    result.maxRsrpDiffDb = maxDiff(raster.rsrpDbm, nativeRaster.rsrpDbm);
    result.maxSinrDiffDb = maxDiff(raster.sinrDb as Float32Array, nativeRaster.sinrDb);
    native.dispose();
  } else result.native = `skipped: ${'skipped' in native ? native.skipped : 'did not run'}`;
  return result;
}

/** The best-server kernel against the native loop, coverage at scale, and a full 20×20 km job at 10 m (with terrain: terrain.bench.ts). */
export function coverageBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [kernelBenchmark()];

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
  // Last: the 5,000-site raster would otherwise count in the peak memory reported above.
  results.push(...scaleBenchmarks());
  return results;
}
