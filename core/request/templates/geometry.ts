import proj4 from 'proj4';
import { wgs84ToUtm32 } from '../../geo/projection';
import type { AreaGeometry, Position } from '../../project/schema';

/** SWEREF 99 TM (EPSG:3006), the Swedish national grid PTS works in. */
const SWEREF99TM = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
/** OSGB36 / British National Grid (EPSG:27700) with the OSTN-free 7-parameter Helmert (about 5 m). */
const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs +type=crs';
const toSweref = proj4('EPSG:4326', SWEREF99TM);
const toBng = proj4('EPSG:4326', BNG);

/** WGS84 [lon, lat] → SWEREF 99 TM [E, N] m (EPSG:3006). */
export function sweref99tm([lon, lat]: Position): [number, number] {
  const [e, n] = toSweref.forward([lon, lat]);
  return [e as number, n as number];
}

/** WGS84 [lon, lat] → British National Grid [E, N] m (EPSG:27700, Helmert: about 5 m), or null outside Great Britain. */
export function britishNationalGrid([lon, lat]: Position): [number, number] | null {
  if (lon < -9 || lon > 2.5 || lat < 49.5 || lat > 61) return null;
  const [e, n] = toBng.forward([lon, lat]);
  return [e as number, n as number];
}

/** An Ordnance Survey grid reference with metre digits (E 530047 N 180506 → TQ 30047 80506), or null outside. */
export function osGridReference(position: Position): string | null {
  const bng = britishNationalGrid(position);
  if (!bng) return null;
  const [e, n] = bng;
  const e100k = Math.floor(e / 100000);
  const n100k = Math.floor(n / 100000);
  if (e100k < 0 || e100k > 6 || n100k < 0 || n100k > 12) return null;
  // Two letters of the 500 km and 100 km squares; the alphabet skips I.
  let l1 = 19 - n100k - ((19 - n100k) % 5) + Math.floor((e100k + 10) / 5);
  let l2 = (((19 - n100k) * 5) % 25) + (e100k % 5);
  if (l1 > 7) l1++;
  if (l2 > 7) l2++;
  const pad = (v: number) => String(Math.floor(v) % 100000).padStart(5, '0');
  return `${String.fromCharCode(65 + l1, 65 + l2)} ${pad(e)} ${pad(n)}`;
}

/** Area-weighted centroid of every part (holes subtracted whatever their winding), EPSG:25832 [E, N] m. */
export function centroidUtm(geometry: AreaGeometry): [number, number] {
  let [a, cx, cy] = [0, 0, 0];
  for (const polygon of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    polygon.forEach((ring, index) => {
      const pts = ring.map((p) => wgs84ToUtm32(p));
      let [ra, rx, ry] = [0, 0, 0];
      for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
        const [xi, yi] = pts[i] as [number, number];
        const [xj, yj] = pts[j] as [number, number];
        const cross = xj * yi - xi * yj;
        ra += cross;
        rx += (xj + xi) * cross;
        ry += (yj + yi) * cross;
      }
      const sign = (index === 0 ? 1 : -1) * Math.sign(ra);
      a += sign * ra;
      cx += sign * rx;
      cy += sign * ry;
    });
  return a === 0 ? [0, 0] : [cx / (3 * a), cy / (3 * a)];
}

const EARTH_RADIUS_M = 6371008.8;

/** A circle of `radiusM` around a WGS84 point as a closed ring of `n` vertices (spherical offsets, ≪ 0.5 % error). */
export function circleRing([lon, lat]: Position, radiusM: number, n = 64): Position[] {
  const ring: Position[] = [];
  const d = radiusM / EARTH_RADIUS_M;
  const φ1 = (lat * Math.PI) / 180;
  const λ1 = (lon * Math.PI) / 180;
  for (let i = 0; i < n; i++) {
    const θ = (2 * Math.PI * i) / n;
    const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
    const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
    ring.push([(λ2 * 180) / Math.PI, (φ2 * 180) / Math.PI]);
  }
  ring.push(ring[0] as Position);
  return ring;
}
