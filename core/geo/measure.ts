import proj4 from 'proj4';
import type { AreaGeometry, Position } from '../project/schema';
import { wgs84ToUtm32 } from './projection';

/** ETRS89 / LAEA Europe (EPSG:3035): an equal-area projection of the GRS80 ellipsoid. */
const EPSG_3035 = '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +units=m +no_defs +type=crs';
const laea = proj4('EPSG:4326', EPSG_3035);

function toLaea([lon, lat]: Position): [number, number] {
  const [x, y] = laea.forward([lon, lat]);
  return [x as number, y as number];
}

function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Signed shoelace area of a ring of planar coordinates, m² (counter-clockwise positive). */
function ringAreaM2(ring: readonly [number, number][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += (xj + xi) * (yj - yi);
  }
  return sum / 2;
}

function areaWith(geometry: AreaGeometry, project: (p: Position) => [number, number]): number {
  let total = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, index) => {
      const a = Math.abs(ringAreaM2(ring.map(project)));
      total += index === 0 ? a : -a;
    });
  }
  return total / 1e6;
}

/** Area in km² measured in EPSG:25832 grid metres (as Danish GIS reports it; not scale-corrected). */
export function areaKm2Utm32(geometry: AreaGeometry): number {
  return areaWith(geometry, wgs84ToUtm32);
}

/** Area in km² on the GRS80 ellipsoid, via the equal-area projection EPSG:3035. */
export function areaKm2Ellipsoidal(geometry: AreaGeometry): number {
  return areaWith(geometry, toLaea);
}

/** Perimeter in km of all rings (outer and holes), measured in EPSG:25832 grid metres. */
export function perimeterKmUtm32(geometry: AreaGeometry): number {
  let total = 0;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      const pts = ring.map(wgs84ToUtm32);
      for (let i = 1; i < pts.length; i++) {
        const [x0, y0] = pts[i - 1] as [number, number];
        const [x1, y1] = pts[i] as [number, number];
        total += Math.hypot(x1 - x0, y1 - y0);
      }
    }
  }
  return total / 1000;
}

/** Length in km of a WGS84 line, measured in EPSG:25832 grid metres. */
export function lineLengthKmUtm32(coordinates: readonly Position[]): number {
  const pts = coordinates.map(wgs84ToUtm32);
  let total = 0;
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1] as [number, number];
    const [x1, y1] = pts[i] as [number, number];
    total += Math.hypot(x1 - x0, y1 - y0);
  }
  return total / 1000;
}
