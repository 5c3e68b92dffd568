import type { GridSpec } from '../../core/geo/grid';
import { terrainExtraLossDb, terrainLinkLoss, type Dem } from '../../core/terrain';
import { timeIt, type BenchResult } from './harness';

/** Rolling synthetic terrain, 10–70 m, with a hill: enough relief that many pixels are shadowed. */
function syntheticDem(width: number, height: number, resolutionM: number): Dem {
  const values = new Float32Array(width * height);
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) {
      const e = (c + 0.5) * resolutionM;
      const n = (r + 0.5) * resolutionM;
      values[r * width + c] =
        20 +
        15 * Math.sin(e / 170) * Math.cos(n / 230) +
        8 * Math.sin((e + n) / 61) +
        30 * Math.exp(-((e - 2600) ** 2 + (n - 1700) ** 2) / 2e5);
    }
  return {
    crs: 'EPSG:25832',
    grid: { originX: 600_000, originY: 6_204_000, pixelSizeX: resolutionM, pixelSizeY: resolutionM, width, height },
    values,
    noData: null,
    kind: 'DTM',
    downsampleFactor: 1,
  };
}

/** Terrain: whole-grid diffraction sweep (both methods) and one 0.4 m link profile. GeoTIFF reading is async, so not here. */
export function terrainBenchmarks(): BenchResult[] {
  const dem = syntheticDem(2000, 2000, 2);
  const grid: GridSpec = { originE: 600_000, originN: 6_204_000, resolutionM: 4, width: 1000, height: 1000 };
  const tx = { e: 602_000, n: 6_202_000, antennaHeightM: 25 };
  const results: BenchResult[] = [];
  for (const method of ['bullington', 'deygout'] as const) {
    let shadowed = 0;
    const { msPerOp } = timeIt(() => {
      const loss = terrainExtraLossDb(dem, tx, grid, { rxHeightM: 1.5, fcGHz: 3.7, method });
      shadowed = loss.reduce((sum, v) => sum + (v > 0 ? 1 : 0), 0) / loss.length;
    }, 1);
    results.push({
      name: `terrainExtraLossDb ${method}`,
      dem: '2000×2000@2m',
      grid: '1000×1000@4m',
      seconds: msPerOp / 1000,
      shadowedShare: shadowed,
    });
  }
  const link = timeIt(
    () => terrainLinkLoss(dem, tx, { e: 603_900, n: 6_200_100, antennaHeightM: 1.5 }, { fcGHz: 3.7, stepM: 0.4 }),
    300,
  );
  results.push({ name: 'terrainLinkLoss 2.7 km @ 0.4 m', msPerOp: link.msPerOp });

  return results;
}
