import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanValid } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { defaultAoi } from '../../../../core/coverage/aoi';
import { radioCellsOf } from '../../../../core/coverage/cells';
import { isoMultiPolygon, isoPolygonsUtm, utmPolygonsAreaKm2 } from '../../../../core/coverage/contours';
import { corridorCoverage } from '../../../../core/coverage/corridor';
import { coverageGaps } from '../../../../core/coverage/gaps';
import { preparePointModels, runCoverageJob } from '../../../../core/coverage/kernel';
import { polygonMask } from '../../../../core/coverage/mask';
import { coverageStats, siteCoverage } from '../../../../core/coverage/stats';
import { gridForBounds, utmBoundsOf } from '../../../../core/geo/grid';
import { areaKm2Utm32 } from '../../../../core/geo/measure';
import { loadProject } from '../../../../core/project';

const root = join(__dirname, '../../../..');
const loaded = loadProject(readFileSync(join(root, 'data/samples/langeland.frekvensplan'), 'utf8'));
if (!loaded.ok) throw new Error('sample must load');
const project = loaded.value.project;
const aoi = defaultAoi(project)!;
const grid = gridForBounds(utmBoundsOf(aoi.geometry), 100);
const cells = radioCellsOf(project);
const job = runCoverageJob({ cells, grid });
if (!job.ok) throw new Error('job must finish');
const raster = job.raster;

function pixelAreaKm2(level: number): number {
  let n = 0;
  for (const v of raster.rsrpDbm) if (v >= level) n++;
  return (n * grid.resolutionM ** 2) / 1e6;
}

describe('contours and gaps', () => {
  it.each([-100, -110])('contour at %i dBm has the raster’s covered area within 1 % and is valid GeoJSON', (level) => {
    const utmArea = utmPolygonsAreaKm2(isoPolygonsUtm(raster.rsrpDbm, grid, level));
    expect(Math.abs(utmArea - pixelAreaKm2(level)) / pixelAreaKm2(level)).toBeLessThan(0.01);
    const mp = isoMultiPolygon(raster.rsrpDbm, grid, level)!;
    expect(booleanValid(mp as never)).toBe(true);
    expect(Math.abs(areaKm2Utm32(mp) - utmArea) / utmArea).toBeLessThan(0.001);
  });

  it('handles holes and the grid edge (a ring inside a ring)', () => {
    const g = { originE: 600_000, originN: 6_100_000, resolutionM: 10, width: 30, height: 30 };
    const v = new Float32Array(900).fill(-90);
    for (let r = 10; r < 20; r++) for (let c = 10; c < 20; c++) v[r * 30 + c] = -110; // level halfway: edges fall on pixel borders
    const polys = isoPolygonsUtm(v, g, -100);
    expect(polys).toHaveLength(1);
    expect(polys[0]).toHaveLength(2);
    const mp = isoMultiPolygon(v, g, -100)!;
    expect(booleanValid(mp as never)).toBe(true);
    expect(Math.abs(utmPolygonsAreaKm2(polys) - 0.08) / 0.08).toBeLessThan(0.01);
  });

  it('gaps = area of interest minus covered, consistent with the AOI statistics', () => {
    const covered = isoMultiPolygon(raster.rsrpDbm, grid, -110);
    const gaps = coverageGaps(aoi.geometry, covered)!;
    const stats = coverageStats(raster, polygonMask(aoi.geometry, grid));
    const uncovered = areaKm2Utm32(aoi.geometry) * (1 - stats.rsrp[1]!.share);
    expect(Math.abs(areaKm2Utm32(gaps) - uncovered) / uncovered).toBeLessThan(0.02);
  });
});

describe('statistics on the sample project', () => {
  it('reports shares per threshold, served area per cell and sites not covered', () => {
    const stats = coverageStats(raster, polygonMask(aoi.geometry, grid));
    expect(Math.abs(stats.areaKm2 - areaKm2Utm32(aoi.geometry)) / stats.areaKm2).toBeLessThan(0.01);
    expect(stats.rsrp.map((s) => s.threshold)).toEqual([-100, -110]);
    expect(stats.rsrp[0]!.share).toBeLessThanOrEqual(stats.rsrp[1]!.share);
    expect(stats.rsrp[1]!.share).toBeGreaterThan(0.05);
    expect(stats.servedByCell.map((c) => c.cellId)).toEqual(cells.map((c) => c.id));
    const servedInArea = stats.servedByCell.reduce((a, c) => a + c.servedInAreaKm2, 0);
    expect(servedInArea).toBeCloseTo(stats.rsrp[1]!.areaKm2, 6);
    const sites = siteCoverage(project.sites, preparePointModels(cells, {}, 50_000), -110);
    expect(sites.find((s) => s.siteId === 'havn-bagenkop')?.covered).toBe(true);
    expect(sites.find((s) => s.siteId === 'havn-lohals')?.covered).toBe(false);
  });

  it('samples the drone corridor at its altitude', () => {
    const corridor = project.corridors[0]!;
    const high = corridorCoverage(corridor, preparePointModels(cells, { rxHeightM: corridor.altitudeM }, 50_000), -110);
    expect(high.samples).toBeGreaterThan(100);
    expect(high.lengthKm).toBeGreaterThan(15);
    expect(high.shareCovered).toBeGreaterThanOrEqual(0);
    expect(high.gaps.every((g) => g.toKm >= g.fromKm)).toBe(true);
  });
});
