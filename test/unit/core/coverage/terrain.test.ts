import { describe, expect, it } from 'vitest';
import { runCoverageJob, terrainExtraLossForCells, type RadioCell } from '../../../../core/coverage';
import { pathLossProfile, profilePathLossDb } from '../../../../core/coverage/path-loss-profile';
import { pixelCentreE, pixelCentreN, type GridSpec } from '../../../../core/geo/grid';
import { antennaPattern } from '../../../../core/radio';
import type { Dem } from '../../../../core/terrain';

/** A flat 0 m DEM (2 m pixels) with a 40 m high, 20 m thick wall running north–south at E = 601 000. */
function wallDem(): Dem {
  const width = 1500;
  const height = 1000;
  const values = new Float32Array(width * height);
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) if (c >= 500 && c < 510) values[r * width + c] = 40;
  return {
    crs: 'EPSG:25832',
    grid: { originX: 600000, originY: 6091000, pixelSizeX: 2, pixelSizeY: 2, width, height },
    values,
    noData: null,
    kind: 'unknown',
    downsampleFactor: 1,
  };
}

const cell: RadioCell = {
  id: 'c1',
  siteId: 's1',
  e: 600400,
  n: 6090000,
  antennaHeightM: 20,
  environment: 'RMa',
  fcGHz: 3.7,
  eirpPerReDbm: 37.8,
  azimuthDeg: null,
  downtiltDeg: 0,
  pattern: antennaPattern({ horizontalBeamwidthDeg: 360 }),
};
const grid: GridSpec = { originE: 600100, originN: 6090500, resolutionM: 20, width: 120, height: 50 };

describe('terrainExtraLossForCells', () => {
  const dem = wallDem();
  const [extra] = terrainExtraLossForCells(dem, [cell], grid, { rxHeightM: 1.5 });
  const los = pathLossProfile({ environment: 'RMa', losMode: 'los', fcGHz: 3.7, hBsM: 20, hUtM: 1.5 }, 10000);
  const nlos = pathLossProfile({ environment: 'RMa', losMode: 'nlos', fcGHz: 3.7, hBsM: 20, hUtM: 1.5 }, 10000);
  const at = (e: number) => {
    const col = Math.floor((e - grid.originE) / grid.resolutionM);
    const row = 25;
    return {
      i: row * grid.width + col,
      d: Math.hypot(pixelCentreE(grid, col) - cell.e, pixelCentreN(grid, row) - cell.n),
    };
  };

  it('adds nothing in front of the wall and a capped loss behind it', () => {
    const front = at(600700);
    expect(extra?.[front.i]).toBe(0);
    const behind = at(601600);
    const gap = profilePathLossDb(nlos, behind.d) - profilePathLossDb(los, behind.d);
    const value = extra?.[behind.i] as number;
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(gap + 1e-4); // stored as Float32
  });

  it('is NaN outside the terrain model', () => {
    const outside: GridSpec = { ...grid, originE: 590000 };
    const [x] = terrainExtraLossForCells(dem, [cell], outside, { rxHeightM: 1.5 });
    expect(Number.isNaN(x?.[0] as number)).toBe(true);
  });

  it('with losMode los gives min(LOS + terrain, max(LOS, NLOS)) in the kernel', () => {
    const withTerrain = runCoverageJob({
      cells: [cell],
      grid,
      options: { losMode: 'los', computeSinr: false },
      extraLossDb: [extra],
    });
    const plain = runCoverageJob({ cells: [cell], grid, options: { losMode: 'los', computeSinr: false } });
    if (!withTerrain.ok || !plain.ok) throw new Error('jobs must finish');
    const behind = at(601600);
    const drop = (plain.raster.rsrpDbm[behind.i] as number) - (withTerrain.raster.rsrpDbm[behind.i] as number);
    expect(drop).toBeCloseTo(extra?.[behind.i] as number, 3);
  });
});
