import { describe, expect, it } from 'vitest';
import type { GridSpec } from '../../../../core/geo/grid';
import { pathLoss } from '../../../../core/radio';
import { combineTerrainPathLossDb, terrainExtraLossDb, terrainLinkLoss } from '../../../../core/terrain';
import { makeDem } from './make-geotiff';

// 2 km × 2 km, 5 m pixels, flat at 10 m with a 40 m wall (15 m thick) at 1000 ≤ e < 1015.
const wallDem = makeDem({
  originE: 0,
  originN: 2000,
  resolutionM: 5,
  width: 400,
  height: 400,
  heightAt: (e) => (e >= 1000 && e < 1015 ? 50 : 10),
});
const tx = { e: 500, n: 1000, antennaHeightM: 25 };
// The grid reaches 100 m beyond the DEM on the west and north edges.
const grid: GridSpec = { originE: -100, originN: 2100, resolutionM: 10, width: 210, height: 210 };
const at = (values: Float32Array, e: number, n: number) => {
  const col = Math.floor((e - grid.originE) / grid.resolutionM);
  const row = Math.floor((grid.originN - n) / grid.resolutionM);
  return values[row * grid.width + col] as number;
};

describe('terrainExtraLossDb on a synthetic wall', () => {
  for (const method of ['bullington', 'deygout'] as const) {
    it(`${method}: 0 dB in front of the wall, > 0 behind, NaN outside the DEM`, () => {
      const loss = terrainExtraLossDb(wallDem, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7, method });
      expect(loss).toHaveLength(210 * 210);
      for (const [e, n] of [
        [505, 1005],
        [300, 1500],
        [900, 1005],
        [800, 300],
        [105, 1905],
      ])
        expect(at(loss, e!, n!), `(${e}, ${n})`).toBe(0);
      for (const [e, n] of [
        [1105, 1005],
        [1505, 1005],
        [1905, 1405],
        [1405, 605],
      ])
        expect(at(loss, e!, n!), `(${e}, ${n})`).toBeGreaterThan(10);
      expect(at(loss, -55, 1005)).toBeNaN();
      expect(at(loss, 1005, 2055)).toBeNaN();
      for (const v of loss) expect(Number.isNaN(v) || v >= 0).toBe(true);
    });
  }

  it('agrees with the single-link computation behind the wall (Bullington, ±1 dB)', () => {
    const loss = terrainExtraLossDb(wallDem, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7 });
    for (const [e, n] of [
      [1105, 1005],
      [1505, 1205],
      [1805, 405],
    ]) {
      const link = terrainLinkLoss(wallDem, tx, { e: e!, n: n!, antennaHeightM: 1.5 }, { fcGHz: 3.7 });
      expect(link.ok).toBe(true);
      if (!link.ok) continue;
      expect(Math.abs(at(loss, e!, n!) - link.value.diffractionLossDb), `(${e}, ${n})`).toBeLessThan(1);
    }
  });

  it('is all NaN when the transmitter is outside the DEM', () => {
    const loss = terrainExtraLossDb(wallDem, { e: -500, n: 1000, antennaHeightM: 25 }, grid, {
      rxHeightM: 1.5,
      fcGHz: 3.7,
    });
    expect(loss.every((v) => Number.isNaN(v))).toBe(true);
  });
});

describe('terrainLinkLoss', () => {
  it('reports profile, LOS flag, Fresnel clearance and edges behind the wall', () => {
    const r = terrainLinkLoss(
      wallDem,
      tx,
      { e: 1500, n: 1000, antennaHeightM: 1.5 },
      { fcGHz: 3.7, method: 'deygout' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const link = r.value;
    expect(link.profile.totalDistanceM).toBe(1000);
    expect(link.profile.stepM).toBeLessThanOrEqual(5);
    expect(link.clearance.lineOfSight).toBe(false);
    expect(link.clearance.fresnelClear).toBe(false);
    expect(link.edges.length).toBeGreaterThanOrEqual(1);
    expect(link.edges.some((e) => e.distanceM > 495 && e.distanceM < 520)).toBe(true);
    expect(link.diffractionLossDb).toBeGreaterThan(10);
  });

  it('is clear with 0 dB in front of the wall', () => {
    const r = terrainLinkLoss(wallDem, tx, { e: 900, n: 1200, antennaHeightM: 1.5 }, { fcGHz: 3.7 });
    expect(r.ok && r.value.clearance.lineOfSight && r.value.diffractionLossDb === 0).toBe(true);
  });

  it('returns a located problem when an end lies outside the DEM', () => {
    const r = terrainLinkLoss(wallDem, tx, { e: 2500, n: 1000, antennaHeightM: 1.5 }, { fcGHz: 3.7 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.path).toBe('to');
      expect(r.problems[0]?.message.da).toContain('uden for højdemodellen');
    }
  });
});

describe('combineTerrainPathLossDb', () => {
  const geometry = { fcGHz: 3.7, d2dM: 500, hBsM: 25, hUtM: 1.5 };
  const los = pathLoss({ model: 'UMa-LOS', ...geometry }).pathLossDb;
  const nlos = pathLoss({ model: 'UMa-NLOS', ...geometry }).pathLossDb;

  it('is the LOS formula on a clear path', () => {
    expect(combineTerrainPathLossDb({ losPathLossDb: los, nlosPathLossDb: nlos, terrainLossDb: 0 })).toBeCloseTo(
      98.75,
      2,
    );
  });

  it('adds diffraction loss to LOS up to the NLOS median (reference-radio §2.8 row 11: 98.75 / 130.40 dB)', () => {
    expect(combineTerrainPathLossDb({ losPathLossDb: los, nlosPathLossDb: nlos, terrainLossDb: 12 })).toBeCloseTo(
      110.75,
      2,
    );
    expect(combineTerrainPathLossDb({ losPathLossDb: los, nlosPathLossDb: nlos, terrainLossDb: 45 })).toBeCloseTo(
      130.4,
      2,
    );
  });
});

describe('a WGS84 DEM', () => {
  it('is sampled through proj4: the wall along 9.5°E shadows the east side only', async () => {
    const { wgs84ToUtm32 } = await import('../../../../core/geo/projection');
    // 0.0002° pixels (≈ 12 m × 22 m) from 9.47–9.53°E, 55.99–56.01°N; 40 m wall for 9.5000–9.5004°E.
    const width = 300;
    const height = 100;
    const values = new Float32Array(width * height);
    for (let r = 0; r < height; r++)
      for (let c = 0; c < width; c++) {
        const lon = 9.47 + (c + 0.5) * 0.0002;
        values[r * width + c] = lon >= 9.5 && lon < 9.5004 ? 50 : 10;
      }
    const dem = {
      crs: 'EPSG:4326' as const,
      grid: { originX: 9.47, originY: 56.01, pixelSizeX: 0.0002, pixelSizeY: 0.0002, width, height },
      values,
      noData: null,
      kind: 'unknown' as const,
      downsampleFactor: 1,
    };
    const [e0, n0] = wgs84ToUtm32([9.49, 56.0]);
    const [e1] = wgs84ToUtm32([9.51, 56.0]);
    const g: GridSpec = {
      originE: Math.round(e0) - 200,
      originN: Math.round(n0) + 200,
      resolutionM: 20,
      width: 80,
      height: 20,
    };
    const loss = terrainExtraLossDb(dem, { e: e0, n: n0, antennaHeightM: 25 }, g, { rxHeightM: 1.5, fcGHz: 3.7 });
    const cell = (e: number, n: number) =>
      loss[Math.floor((g.originN - n) / 20) * g.width + Math.floor((e - g.originE) / 20)] as number;
    expect(cell(e0 + 300, n0)).toBe(0);
    expect(cell(e1, n0)).toBeGreaterThan(10);
    const link = terrainLinkLoss(
      dem,
      { e: e0, n: n0, antennaHeightM: 25 },
      { e: e1, n: n0, antennaHeightM: 1.5 },
      { fcGHz: 3.7 },
    );
    expect(link.ok && Math.abs(link.value.diffractionLossDb - cell(e1, n0))).toBeLessThan(1.5);
  });
});

describe('radial sweep against independent single-link profiles on rolling terrain', () => {
  const dem = makeDem({
    originE: 0,
    originN: 2000,
    resolutionM: 4,
    width: 500,
    height: 500,
    heightAt: (e, n) => 20 + 15 * Math.sin(e / 170) * Math.cos(n / 230) + 8 * Math.sin((e + n) / 61),
  });
  const g: GridSpec = { originE: 0, originN: 2000, resolutionM: 10, width: 200, height: 200 };
  const source = { e: 1000, n: 1000, antennaHeightM: 20 };

  for (const method of ['bullington', 'deygout'] as const) {
    it(`${method}: median error < 0.3 dB, 90th percentile < 2 dB over 60 pixels`, () => {
      const loss = terrainExtraLossDb(dem, source, g, { rxHeightM: 1.5, fcGHz: 3.7, method });
      const errors: number[] = [];
      for (let i = 0; i < 60; i++) {
        // Deterministic spread of pixels (no randomness in tests' expectations).
        const col = (i * 37) % 200;
        const row = (i * 53 + 11) % 200;
        const e = 5 + col * 10;
        const n = 2000 - 5 - row * 10;
        const link = terrainLinkLoss(dem, source, { e, n, antennaHeightM: 1.5 }, { fcGHz: 3.7, method });
        if (link.ok) errors.push(Math.abs((loss[row * 200 + col] as number) - link.value.diffractionLossDb));
      }
      errors.sort((a, b) => a - b);
      expect(errors.length).toBe(60);
      expect(errors[30]).toBeLessThan(0.3);
      expect(errors[54]).toBeLessThan(2);
    });
  }
});
