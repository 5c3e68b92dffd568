import { wgs84ToUtm32 } from '../geo/projection';
import type { Position } from '../project/schema';
import { FIELD_HEIGHT_M, fieldAtPoints, type FieldResult } from './boundary-field';
import type { RadioCell } from './cells';

/** Land polygons of one neighbouring country (rings in WGS84), e.g. from the offline basemap. */
export interface NeighbourLand {
  /** ISO 3166-1 alpha-2. */
  country: string;
  polygons: readonly (readonly Position[][])[];
}

/** The field along one neighbour's land boundary (its coast and land border as the basemap draws them). */
export interface BorderField {
  country: string;
  heightM: number;
  /** null when no land of the neighbour lies within `rangeKm` of any cell. */
  field: FieldResult | null;
  rangeKm: number;
}

/**
 * Radio horizon in km over a smooth Earth with the 4/3 effective radius (ITU-R P.834): 4.12·(√h_tx + √h_rx),
 * heights in m. The 38.901 models have no Earth curvature, so border points beyond it are not predicted.
 */
export function radioHorizonKm(txHeightM: number, rxHeightM: number): number {
  return 4.12 * (Math.sqrt(Math.max(0, txHeightM)) + Math.sqrt(Math.max(0, rxHeightM)));
}

/** A neighbour's rings in EPSG:25832 with their boxes, computed once per land object (a pure memo). */
interface UtmRing {
  points: [number, number][];
  box: [number, number, number, number];
}
const UTM_CACHE = new WeakMap<NeighbourLand, UtmRing[]>();

/** The land's rings projected to EPSG:25832 (cached per land object: the offline basemap is projected once). */
export function landRingsUtm(land: NeighbourLand): UtmRing[] {
  let rings = UTM_CACHE.get(land);
  if (!rings) {
    rings = land.polygons.flatMap((polygon) =>
      polygon.map((ring) => {
        const points = ring.map((p) => wgs84ToUtm32(p));
        let [a, b, c, d] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const [x, y] of points) [a, b, c, d] = [Math.min(a, x), Math.min(b, y), Math.max(c, x), Math.max(d, y)];
        return { points, box: [a, b, c, d] as [number, number, number, number] };
      }),
    );
    UTM_CACHE.set(land, rings);
  }
  return rings;
}

/** Boundary segments of the land (EPSG:25832) sampled every `stepM` m, kept where within `rangeM` of a cell. */
function borderPoints(
  land: NeighbourLand,
  cells: readonly RadioCell[],
  rangeM: number,
  stepM: number,
): [number, number][] {
  const near = (x: number, y: number) => cells.some((c) => (x - c.e) ** 2 + (y - c.n) ** 2 <= rangeM * rangeM);
  const minX = Math.min(...cells.map((c) => c.e)) - rangeM;
  const maxX = Math.max(...cells.map((c) => c.e)) + rangeM;
  const minY = Math.min(...cells.map((c) => c.n)) - rangeM;
  const maxY = Math.max(...cells.map((c) => c.n)) + rangeM;
  const out: [number, number][] = [];
  for (const ring of landRingsUtm(land)) {
    if (ring.box[2] < minX || ring.box[0] > maxX || ring.box[3] < minY || ring.box[1] > maxY) continue;
    {
      let prev: [number, number] | null = null;
      for (const cur of ring.points) {
        if (prev) {
          const [x0, y0] = prev;
          const [x1, y1] = cur;
          const outside =
            Math.max(x0, x1) < minX || Math.min(x0, x1) > maxX || Math.max(y0, y1) < minY || Math.min(y0, y1) > maxY;
          if (!outside) {
            const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / stepM));
            for (let k = 0; k < n; k++) {
              const x = x0 + ((x1 - x0) * k) / n;
              const y = y0 + ((y1 - y0) * k) / n;
              if (near(x, y)) out.push([x, y]);
            }
          }
        }
        prev = cur;
      }
    }
  }
  return out;
}

/**
 * Predicted field strength along each neighbour's land boundary within the radio horizon of the highest cell
 * (ITU-R P.525 from EIRP and the coverage engine's TR 38.901 LOS path loss, the conservative reading for open and
 * sea paths). The sea border itself is not modelled: the line used is the neighbour's coast.
 */
export function borderFieldStrength(
  cells: readonly RadioCell[],
  neighbours: readonly NeighbourLand[],
  options: { rxHeightM?: number; stepM?: number; rangeKm?: number } = {},
): BorderField[] {
  const heightM = options.rxHeightM ?? FIELD_HEIGHT_M;
  const tallest = Math.max(0, ...cells.map((c) => c.antennaHeightM));
  const rangeKm = options.rangeKm ?? radioHorizonKm(tallest, heightM);
  return neighbours.map((land) => {
    const points = cells.length === 0 ? [] : borderPoints(land, cells, rangeKm * 1000, options.stepM ?? 100);
    const field = fieldAtPoints(cells, points, { rxHeightM: heightM });
    return { country: land.country, heightM, field, rangeKm };
  });
}
