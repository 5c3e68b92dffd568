import { describe, expect, it } from 'vitest';
import type { GridSpec } from '../../../../core/geo/grid';
import {
  RULE_DSM,
  RULE_DTM,
  RULE_NONE,
  terrainLinkLoss,
  terrainSweep,
  type Dem,
  type ElevationModels,
} from '../../../../core/terrain';
import { makeDem } from './make-geotiff';

const at = (grid: GridSpec, values: ArrayLike<number>, e: number, n: number) =>
  values[
    Math.floor((grid.originN - n) / grid.resolutionM) * grid.width + Math.floor((e - grid.originE) / grid.resolutionM)
  ] as number;

describe('terrainSweep on simple terrain', () => {
  const wall = makeDem({
    originE: 0,
    originN: 2000,
    resolutionM: 5,
    width: 400,
    height: 400,
    heightAt: (e) => (e >= 1000 && e < 1015 ? 50 : 10),
  });
  const tx = { e: 500, n: 1000, antennaHeightM: 25 };
  // The grid reaches 100 m beyond the model on the west and north edges.
  const grid: GridSpec = { originE: -100, originN: 2100, resolutionM: 10, width: 210, height: 210 };

  it('DTM wall: 0 dB in front, the excess behind, no rule outside the model or beyond reach', () => {
    const s = terrainSweep({ dtm: wall, dsm: null }, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7, maxDistanceM: 1400 });
    for (const [e, n] of [
      [505, 1005],
      [300, 1500],
      [900, 1005],
      [800, 300],
      [105, 1905],
    ]) {
      expect(at(grid, s.lossDb, e!, n!), `(${e}, ${n})`).toBe(0);
      expect(at(grid, s.rule, e!, n!)).toBe(RULE_DTM);
    }
    for (const [e, n] of [
      [1105, 1005],
      [1505, 1005],
      [1805, 1405],
      [1405, 605],
    ])
      expect(at(grid, s.lossDb, e!, n!)).toBeGreaterThan(10);
    expect(at(grid, s.rule, -55, 1005)).toBe(RULE_NONE);
    expect(at(grid, s.lossDb, -55, 1005)).toBeNaN();
    expect(at(grid, s.rule, 1005, 2055)).toBe(RULE_NONE);
    // 1905 m from the Tx: beyond the 1400 m reach.
    expect(at(grid, s.rule, 1995, 5)).toBe(RULE_NONE);
  });

  it('a flat DTM gives exactly 0 dB at every pixel (the smooth Earth is the statistical model’s own)', () => {
    const flat = makeDem({ originE: 0, originN: 2000, resolutionM: 5, width: 400, height: 400, heightAt: () => 7 });
    const s = terrainSweep({ dtm: flat, dsm: null }, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7 });
    let inside = 0;
    s.lossDb.forEach((v, i) => {
      if (s.rule[i] === RULE_NONE) return;
      inside++;
      expect(v).toBe(0);
    });
    expect(inside).toBe(200 * 200);
  });

  it('leaves every pixel to the statistical model when the transmitter stands outside the model', () => {
    const s = terrainSweep({ dtm: wall, dsm: null }, { e: -500, n: 1000, antennaHeightM: 25 }, grid, {
      rxHeightM: 1.5,
      fcGHz: 3.7,
    });
    expect(s.rule.every((r) => r === RULE_NONE)).toBe(true);
    expect(s.lossDb.every((v) => Number.isNaN(v))).toBe(true);
  });

  it('with a DSM + DTM pair: the surface rule where the DSM has data, the DTM rule around it', () => {
    const dsm = makeDem({
      originE: 0,
      originN: 2000,
      resolutionM: 5,
      width: 200,
      height: 400,
      kind: 'DSM',
      heightAt: () => 12,
    });
    const s = terrainSweep({ dtm: wall, dsm }, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7 });
    expect(at(grid, s.rule, 505, 1505)).toBe(RULE_DSM);
    expect(at(grid, s.rule, 1505, 1505)).toBe(RULE_DTM);
  });
});

/** Largest |raster − link| over 600 spread pixels; the link is the calculator's own computation. */
function worstDisagreement(
  models: ElevationModels,
  grid: GridSpec,
  tx: { e: number; n: number; antennaHeightM: number },
): { worst: number; compared: number; shadowed: number; withinOneDb: number } {
  const s = terrainSweep(models, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7 });
  let worst = 0;
  let compared = 0;
  let shadowed = 0;
  let withinOneDb = 0;
  for (let i = 0; i < 600; i++) {
    const col = (i * 37 + 3) % grid.width;
    const row = (i * 53 + 11) % grid.height;
    const e = grid.originE + (col + 0.5) * grid.resolutionM;
    const n = grid.originN - (row + 0.5) * grid.resolutionM;
    const link = terrainLinkLoss(models, tx, { e, n, antennaHeightM: 1.5 }, { fcGHz: 3.7 });
    if (!link.ok) continue;
    const pixel = s.lossDb[row * grid.width + col] as number;
    const error = Math.abs(pixel - link.value.terrainLossDb);
    worst = Math.max(worst, error);
    if (error < 1) withinOneDb++;
    compared++;
    if (link.value.terrainLossDb > 1) shadowed++;
  }
  return { worst, compared, shadowed, withinOneDb };
}

describe('the coverage raster and the link calculator agree within 1 dB', () => {
  // On rough terrain (±8 m bumps every 270 m at 4 m pixels) a shadow edge's loss moves by more than 1 dB when the
  // path moves sideways by a fraction of a pixel; the radial's offset (< ½ pixel, far from the receiver) then shows
  // at a few pixels (docs/terrain.md). Measured: 98.9 % of 40 000 pixels within 1 dB, the rest within 4 dB.
  it('rough DTM at 4 m under a 10 m grid: ≥ 98 % of pixels within 1 dB, none off by more than 5 dB', () => {
    const dtm: Dem = makeDem({
      originE: 0,
      originN: 2000,
      resolutionM: 4,
      width: 500,
      height: 500,
      heightAt: (e, n) => 20 + 15 * Math.sin(e / 170) * Math.cos(n / 230) + 8 * Math.sin((e + n) / 61),
    });
    const r = worstDisagreement(
      { dtm, dsm: null },
      { originE: 0, originN: 2000, resolutionM: 10, width: 200, height: 200 },
      { e: 1000, n: 1000, antennaHeightM: 20 },
    );
    expect(r.compared).toBe(600);
    expect(r.shadowed).toBeGreaterThan(100);
    expect(r.withinOneDb / r.compared).toBeGreaterThanOrEqual(0.98);
    expect(r.worst).toBeLessThan(5);
  });

  it('hills and a ridge, DTM at the grid’s 10 m: every pixel within 1 dB', () => {
    const dtm: Dem = makeDem({
      originE: 0,
      originN: 6000,
      resolutionM: 10,
      width: 600,
      height: 600,
      heightAt: (e, n) =>
        30 +
        20 * Math.sin(e / 970) * Math.cos(n / 1310) +
        10 * Math.sin((e + n) / 410) +
        (Math.abs(e - 4200) < 15 ? 25 : 0),
    });
    const r = worstDisagreement(
      { dtm, dsm: null },
      { originE: 0, originN: 6000, resolutionM: 10, width: 600, height: 600 },
      { e: 3000, n: 3000, antennaHeightM: 30 },
    );
    expect(r.shadowed).toBeGreaterThan(50);
    expect(r.worst).toBeLessThan(1);
  });

  it('a DSM of 12 m buildings on 2 m pixels under a 5 m grid: every pixel within 1 dB', () => {
    const dsm: Dem = makeDem({
      originE: 0,
      originN: 1000,
      resolutionM: 2,
      width: 500,
      height: 500,
      kind: 'DSM',
      heightAt: (e, n) => ((Math.floor(e / 12) * 7 + Math.floor(n / 9) * 13) % 11 < 3 ? 12 : 0) + 5,
    });
    const r = worstDisagreement(
      { dtm: null, dsm },
      { originE: 0, originN: 1000, resolutionM: 5, width: 200, height: 200 },
      { e: 500, n: 500, antennaHeightM: 25 },
    );
    expect(r.shadowed).toBeGreaterThan(50);
    expect(r.worst).toBeLessThan(1);
  });
});
