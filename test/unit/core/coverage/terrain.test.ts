import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  corridorCoverage,
  coverageStats,
  defaultAoi,
  pointTerrain,
  polygonMask,
  preparePointModels,
  radioCellsOf,
  runCoverageJob,
  siteCoverage,
  terrainCoverage,
  terrainCoveredShare,
  terrainLinkRule,
  type CoverageOptions,
} from '../../../../core/coverage';
import { gridForBounds, utmBoundsOf, type GridSpec } from '../../../../core/geo/grid';
import { loadProject } from '../../../../core/project';
import { demFromRaster, type Dem, type ElevationModels } from '../../../../core/terrain';

const root = join(__dirname, '../../../..');
const loaded = loadProject(readFileSync(join(root, 'data/samples/langeland.frekvensplan'), 'utf8'));
if (!loaded.ok) throw new Error('sample must load');
const project = loaded.value.project;
const aoi = defaultAoi(project)!;
const grid = gridForBounds(utmBoundsOf(aoi.geometry), 50);
const cells = radioCellsOf(project);
const mask = polygonMask(aoi.geometry, grid);
const options: Partial<CoverageOptions> = { rxHeightM: 1.5, losMode: 'blend-mean-db' };

/** A model over the sample's area plus 3 km (cells outside the AOI included), heights from (e, n). */
function model(heightAt: (e: number, n: number) => number, kind: 'DTM' | 'DSM' = 'DTM', offsetE = 0): Dem {
  const res = 25;
  const es = [grid.originE, grid.originE + grid.width * grid.resolutionM, ...cells.map((c) => c.e)];
  const ns = [grid.originN - grid.height * grid.resolutionM, grid.originN, ...cells.map((c) => c.n)];
  const originX = Math.floor((Math.min(...es) - 3000) / res) * res + offsetE;
  const originY = Math.ceil((Math.max(...ns) + 3000) / res) * res;
  const width = Math.ceil((Math.max(...es) + 3000 - originX + offsetE) / res);
  const height = Math.ceil((originY - Math.min(...ns) + 3000) / res);
  const values = new Float32Array(width * height);
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++)
      values[r * width + c] = heightAt(originX + (c + 0.5) * res, originY - (r + 0.5) * res);
  return demFromRaster({ originX, originY, resolutionM: res, width, height, values, kind });
}

/** The sample's coverage (share of the AOI at ≥ −110 dBm, and the raster) with elevation models. */
function covered(models: ElevationModels | null, g: GridSpec = grid, only = cells) {
  const t = models ? terrainCoverage(models, only, g, options) : null;
  const job = runCoverageJob({
    cells: only,
    grid: g,
    options: { ...options, losMode: t?.losMode ?? options.losMode },
    ...(t ? { extraLossDb: t.extraLossDb } : {}),
  });
  if (!job.ok) throw new Error('job must finish');
  const stats = coverageStats(job.raster, polygonMask(aoi.geometry, g));
  return { share: stats.rsrp[1]!.share, raster: job.raster };
}

const plain = covered(null);

describe('a DTM over the Langeland sample', () => {
  it('flat: the covered share equals the one without a model (within 1 percentage point; here exactly)', () => {
    const flat = covered({ dtm: model(() => 4), dsm: null });
    expect(plain.share).toBeGreaterThan(0.1);
    expect(Math.abs(flat.share - plain.share)).toBeLessThan(0.01);
    expect(flat.share).toBe(plain.share);
    expect(terrainCoveredShare({ dtm: model(() => 4), dsm: null }, grid, mask)).toBe(1);
  });

  it('a tile far from the area changes nothing, and the area counts as without elevation data', () => {
    const far = demFromRaster({
      originX: 700_000,
      originY: 6_200_000,
      resolutionM: 1,
      width: 2500,
      height: 2500,
      values: new Float32Array(6_250_000).fill(80),
      kind: 'DTM',
    });
    const withFar = covered({ dtm: far, dsm: null });
    expect(withFar.share).toBe(plain.share);
    expect(Array.from(withFar.raster.rsrpDbm)).toEqual(Array.from(plain.raster.rsrpDbm));
    expect(terrainCoveredShare({ dtm: far, dsm: null }, grid, mask)).toBe(0);
  });

  it('a ridge reduces the coverage behind it and leaves the sites’ side as it was', () => {
    // A 70 m ridge 200 m wide running north–south 1.5 km east of the Rudkøbing fire station (the 3-sector site).
    const station = cells[0]!;
    const ridgeE = station.e + 1500;
    const ridge = { dtm: model((e) => (Math.abs(e - ridgeE) < 100 ? 74 : 4)), dsm: null };
    expect(covered(ridge).share).toBeLessThan(plain.share);
    // Along the station's own row, with its three sectors alone: unchanged in front, weaker behind.
    const own = cells.filter((c) => c.siteId === station.siteId);
    const before = covered(null, grid, own).raster;
    const after = covered(ridge, grid, own).raster;
    const row = Math.floor((grid.originN - station.n) / grid.resolutionM);
    // NaN (below the kernel's floor) counts as no signal.
    const at = (raster: typeof before, e: number) => {
      const v = raster.rsrpDbm[row * grid.width + Math.floor((e - grid.originE) / grid.resolutionM)] as number;
      return Number.isNaN(v) ? -Infinity : v;
    };
    expect(at(after, station.e + 500)).toBeCloseTo(at(before, station.e + 500), 6);
    expect(at(after, ridgeE + 1000)).toBeLessThan(at(before, ridgeE + 1000) - 10);
  });

  it('a DSM decides LOS: flat surface → the LOS formula (more coverage than the statistical blend)', () => {
    const flatSurface = covered({ dtm: null, dsm: model(() => 4, 'DSM') });
    expect(flatSurface.share).toBeGreaterThan(plain.share);
    // And outside a DSM the statistical model stays: a far DSM tile changes nothing.
    const far = demFromRaster({
      originX: 700_000,
      originY: 6_200_000,
      resolutionM: 10,
      width: 100,
      height: 100,
      values: new Float32Array(10_000).fill(4),
      kind: 'DSM',
    });
    const withFar = covered({ dtm: null, dsm: far });
    for (let i = 0; i < plain.raster.rsrpDbm.length; i += 97) {
      const a = plain.raster.rsrpDbm[i] as number;
      const b = withFar.raster.rsrpDbm[i] as number;
      if (Number.isNaN(a)) expect(b).toBeNaN();
      else expect(Math.abs(a - b)).toBeLessThan(0.01);
    }
  });
});

describe('sites and corridors use the terrain too', () => {
  it('a site behind a hill loses signal; on flat ground the values are the statistical ones', () => {
    // Rudkøbing harbour is served by the fire station 1.2 km north-east; a 60 m hill halfway between them.
    const [hillE, hillN] = [609_720, 6_089_563];
    const hill: ElevationModels = {
      dtm: model((e, n) => 4 + 60 * Math.exp(-((e - hillE) ** 2 + (n - hillN) ** 2) / 2e4)),
      dsm: null,
    };
    const flatModel: ElevationModels = { dtm: model(() => 4), dsm: null };
    const far = 100_000;
    const plainSites = siteCoverage(project.sites, preparePointModels(cells, options, far), -110);
    const evaluate = (models: ElevationModels) => {
      const t = pointTerrain(models, cells, { rxHeightM: 1.5, losMode: 'blend-mean-db', gridResolutionM: 50 })!;
      return siteCoverage(project.sites, preparePointModels(cells, { ...options, losMode: t.losMode }, far), -110, t);
    };
    evaluate(flatModel).forEach((s, i) => {
      const expected = plainSites[i]!.rsrpDbm;
      if (expected === null) expect(s.rsrpDbm).toBeNull();
      else expect(s.rsrpDbm).toBeCloseTo(expected, 6);
    });
    const hillSites = evaluate(hill);
    hillSites.forEach((s, i) => {
      if (s.rsrpDbm !== null && plainSites[i]!.rsrpDbm !== null)
        expect(s.rsrpDbm).toBeLessThanOrEqual(plainSites[i]!.rsrpDbm! + 1e-9);
    });
    const harbour = project.sites.findIndex((s) => s.id === 'havn-rudkobing');
    expect(hillSites[harbour]!.rsrpDbm ?? -Infinity).toBeLessThan(plainSites[harbour]!.rsrpDbm! - 3);
    expect(hillSites[harbour]!.covered).toBe(false);
  });

  it('a corridor at 100 m over a flat DTM keeps its statistical coverage', () => {
    const corridor = project.corridors[0]!;
    const far = 100_000;
    const air = { ...options, rxHeightM: corridor.altitudeM };
    const plainCorridor = corridorCoverage(corridor, preparePointModels(cells, air, far), -110);
    const flat = pointTerrain({ dtm: model(() => 4), dsm: null }, cells, {
      rxHeightM: corridor.altitudeM,
      losMode: 'blend-mean-db',
      gridResolutionM: 50,
    })!;
    const flatCorridor = corridorCoverage(
      corridor,
      preparePointModels(cells, { ...air, losMode: flat.losMode }, far),
      -110,
      25,
      flat,
    );
    expect(flatCorridor.shareCovered).toBe(plainCorridor.shareCovered);
    expect(flatCorridor.worstRsrpDbm).toBeCloseTo(plainCorridor.worstRsrpDbm as number, 6);
  });
});

describe('terrainLinkRule (points and the calibration’s links)', () => {
  const cell = cells[0]!;
  const hill = (e: number, n: number) => 4 + 40 * Math.exp(-((e - cell.e - 600) ** 2 + (n - cell.n) ** 2) / 2e4);
  // The surface model covers only the half north of the cell: links south run under the DTM rule.
  const dtm = model(hill);
  const dsm = model((e, n) => (n > cell.n + 100 ? hill(e, n) + 12 : NaN), 'DSM');
  const rule = terrainLinkRule({ dtm, dsm }, { losMode: 'blend-mean-db', gridResolutionM: 50 })!;
  const dtmOnly = terrainLinkRule({ dtm, dsm: null }, { losMode: 'blend-mean-db', gridResolutionM: 50 })!;

  it('with a surface model: DTM links get the statistical − LOS gap plus the excess, as the raster', () => {
    expect(rule.losMode).toBe('los');
    const [e, n] = [cell.e + 1500, cell.n - 300]; // behind the hill, south: no surface data
    const excess = dtmOnly.extraLossDb(cell, e, n, 1.5);
    expect(excess).toBeGreaterThan(0);
    const gap = rule.statisticalExtraDb(cell, e, n, 1.5);
    expect(gap).toBeGreaterThan(0);
    expect(rule.extraLossDb(cell, e, n, 1.5)).toBeCloseTo(gap + excess, 6);
  });

  it('the point terrain of a site is the rule’s value, and the statistical model outside the models', () => {
    const t = pointTerrain({ dtm, dsm }, [cell], { rxHeightM: 1.5, losMode: 'blend-mean-db', gridResolutionM: 50 })!;
    const [e, n] = [cell.e + 1500, cell.n + 400];
    expect(t.extraLossDb(0, e, n)).toBeCloseTo(rule.extraLossDb(cell, e, n, 1.5), 9);
    const outside = [cell.e + 60_000, cell.n];
    expect(rule.extraLossDb(cell, outside[0]!, outside[1]!, 1.5)).toBeNaN();
    expect(t.extraLossDb(0, outside[0]!, outside[1]!)).toBe(
      rule.statisticalExtraDb(cell, outside[0]!, outside[1]!, 1.5),
    );
  });
});
