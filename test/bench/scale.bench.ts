// Coverage at scale in the engine: the sample project and generated 500- and 5,000-site projects, one run each
// (the sample's best of three), with the sample's figure in the same run so the ratio means something.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAoi } from '../../core/coverage/aoi';
import { prepareCellModels } from '../../core/coverage/cell-model';
import { radioCellsOf } from '../../core/coverage/cells';
import { runCoverageJob } from '../../core/coverage/kernel';
import { resolveCoverageOptions } from '../../core/coverage/options';
import { gridForBounds, utmBoundsOf } from '../../core/geo/grid';
import { loadProject } from '../../core/project';
import type { Project } from '../../core/project/schema';
import type { BenchResult } from './harness';
import { scaleProject } from './scale-projects';

const RESOLUTION_M = 25; // the app's default
const mb = (bytes: number) => bytes / 1024 / 1024;

function coverageOf(name: string, project: Project, runs: number, bestOnlyToo = false): BenchResult {
  const aoi = defaultAoi(project);
  if (!aoi) throw new Error(`${name}: no area`);
  const grid = gridForBounds(utmBoundsOf(aoi.geometry), RESOLUTION_M);
  const cells = radioCellsOf(project);
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  let rasterBytes = 0;
  for (let run = 0; run < runs; run++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const job = runCoverageJob({ cells, grid });
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    const cpu = process.cpuUsage(cpu0);
    cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6);
    if (!job.ok) throw new Error('job must finish');
    const r = job.raster;
    rasterBytes = r.rsrpDbm.byteLength + (r.sinrDb?.byteLength ?? 0) + r.bestServer.byteLength;
  }
  let bestOnlySeconds: number | undefined;
  if (bestOnlyToo) {
    const t0 = performance.now();
    runCoverageJob({ cells, grid, options: { computeSinr: false } });
    bestOnlySeconds = (performance.now() - t0) / 1000;
  }
  const farthest = Math.hypot(grid.width, grid.height) * grid.resolutionM;
  const tables = prepareCellModels(cells, resolveCoverageOptions({}), () => farthest).tableBytes;
  return {
    name: `coverage.${name}`,
    sites: project.sites.length,
    cells: cells.length,
    pixels: grid.width * grid.height,
    seconds,
    cpuSeconds,
    rasterMB: mb(rasterBytes),
    tablesMB: mb(tables),
    rssMB: mb(process.memoryUsage().rss),
    ...(bestOnlySeconds === undefined ? {} : { bestOnlySeconds }),
  };
}

/**
 * The sample, then generated projects at 25 m (the app's default): a regional network (500 sites over 110 × 110 km,
 * 0.04 sites/km², like an emergency-services network across a region) and 5,000 sites over 200 × 200 km, each
 * computed for a 20 × 20 km area of interest in the middle; and a dense one (500 sites over 30 × 30 km, every
 * municipal building of a large municipality) computed over all its sites + 5 km. Ratios to the sample's time come
 * from the same run.
 */
export function scaleBenchmarks(): BenchResult[] {
  const text = readFileSync(join(import.meta.dirname, '../../data/samples/langeland.frekvensplan'), 'utf8');
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error('sample must load');
  const sample = coverageOf('sample', loaded.value.project, 3);
  const results = [sample];
  const cases: [string, Project][] = [
    ['500-sites.regional', scaleProject(500, 110, 20)],
    ['5000-sites.regional', scaleProject(5000, 200, 20)],
    ['500-sites.dense', scaleProject(500, 30)],
  ];
  for (const [name, project] of cases) {
    const r = coverageOf(name, project, 1, true);
    r.timesSample = (r.seconds as number) / (sample.seconds as number);
    r.cpuTimesSample = (r.cpuSeconds as number) / (sample.cpuSeconds as number);
    results.push(r);
  }
  return results;
}
