import { describe, expect, it } from 'vitest';
import { cellPowerMw, prepareCellModels, type RadioCell } from '../../../../core/coverage';
import { resolveCoverageOptions } from '../../../../core/coverage/options';
import { REACH_BINS, siteReachByBearing } from '../../../../core/coverage/terrain-reach';
import { terrainSweep, RULE_NONE, demFromRaster } from '../../../../core/terrain';
import type { GridSpec } from '../../../../core/geo/grid';
import { antennaPattern } from '../../../../core/radio';

const site = { e: 600_000, n: 6_100_000 };
const sector = (id: string, azimuthDeg: number): RadioCell => ({
  id,
  siteId: 's',
  e: site.e,
  n: site.n,
  antennaHeightM: 25,
  environment: 'UMa',
  fcGHz: 3.7,
  eirpPerReDbm: 38,
  azimuthDeg,
  downtiltDeg: 6,
  pattern: antennaPattern({ verticalBeamwidthDeg: 10 }),
});
const cells = [sector('a', 0), sector('b', 120), sector('c', 240)];
const options = resolveCoverageOptions({});
const prepared = prepareCellModels(cells, options, () => 30_000);
const reach = siteReachByBearing(prepared.models, prepared.floorMw);

/** Math angle (from east, anticlockwise) of a compass bearing in degrees. */
const mathBin = (bearingDeg: number) => Math.floor(((((90 - bearingDeg) % 360) + 360) % 360) / (360 / REACH_BINS));

describe('siteReachByBearing', () => {
  it('reaches each cell’s full range on its boresight and less between the sectors', () => {
    const boresight = reach[mathBin(0)] as number;
    expect(boresight).toBeGreaterThan(0.95 * (prepared.models[0]?.rangeM ?? 0));
    expect(boresight).toBeLessThanOrEqual(prepared.models[0]?.rangeM ?? 0);
    expect(reach[mathBin(60)] as number).toBeLessThan(0.8 * boresight);
    expect(reach[mathBin(120)] as number).toBeCloseTo(boresight, -1);
  });

  it('beyond the reach of a bin every cell of the site is below the floor (the kernel’s own tables)', () => {
    for (let b = 0; b < REACH_BINS; b += 7) {
      const r = reach[b] as number;
      for (const f of [0.1, 0.5, 0.9]) {
        const theta = ((b + f) / REACH_BINS) * 2 * Math.PI;
        for (const beyond of [1.001, 1.2, 2]) {
          const d = r * beyond + 1;
          const dx = d * Math.cos(theta);
          const dy = d * Math.sin(theta);
          for (const m of prepared.models) expect(cellPowerMw(m, dx, dy)).toBeLessThan(prepared.floorMw);
        }
      }
    }
  });
});

describe('terrainSweep with a reach by bearing', () => {
  const res = 20;
  const width = 300;
  const values = new Float32Array(width * width).map(
    (_, i) => 30 + 8 * Math.sin((i % width) / 13) * Math.cos(i / width / 17),
  );
  const dem = demFromRaster({
    originX: site.e - 3000,
    originY: site.n + 3000,
    resolutionM: res,
    width,
    height: width,
    values,
    kind: 'DTM',
  });
  const grid: GridSpec = { originE: site.e - 3000, originN: site.n + 3000, resolutionM: res, width, height: width };
  const tx = { ...site, antennaHeightM: 25 };
  const short = new Float64Array(REACH_BINS).map((_, b) => (b < REACH_BINS / 2 ? 2500 : 1200));

  it('leaves pixels beyond the bearing’s reach to the statistical model and the others exactly as without it', () => {
    const all = terrainSweep({ dtm: dem, dsm: null }, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7, maxDistanceM: 2500 });
    const cut = terrainSweep({ dtm: dem, dsm: null }, tx, grid, {
      rxHeightM: 1.5,
      fcGHz: 3.7,
      maxDistanceM: 2500,
      reachByBearing: short,
    });
    let kept = 0;
    let dropped = 0;
    for (let r = 0; r < width; r++)
      for (let c = 0; c < width; c++) {
        const i = r * width + c;
        const dx = grid.originE + (c + 0.5) * res - tx.e;
        const dy = grid.originN - (r + 0.5) * res - tx.n;
        const d = Math.hypot(dx, dy);
        if (all.rule[i] === RULE_NONE) continue;
        const limit = dy >= 0 ? 2500 : 1200; // upper half-plane: bins [0, π)
        if (d > limit + 1) {
          expect(cut.rule[i]).toBe(RULE_NONE);
          dropped++;
        } else if (d < limit - 1) {
          expect(cut.lossDb[i]).toBe(all.lossDb[i]);
          kept++;
        }
      }
    expect(kept).toBeGreaterThan(1000);
    expect(dropped).toBeGreaterThan(1000);
  });
});
