// Generated projects for the coverage-at-scale benchmark: municipal-style sites spread over a square region.
import { createEmptyProject } from '../../core/project/defaults';
import type { Cell, Environment, Project, Site } from '../../core/project/schema';
import { utm32ToWgs84 } from '../../core/geo/projection';

/** A seeded generator (mulberry32) so every run places the same sites. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` sites spread uniformly over a square of `sideKm` centred on Funen (EPSG:25832 590 km E, 6 130 km N):
 * 70 % three-sector macro sites (UMa/RMa, 20–40 m, tilt 2–8°), 30 % omni small sites (UMi, 8–15 m); every cell
 * 3700 MHz / 60 MHz with the schema's default pattern, as the app would build them. With `interestKm`, one area of
 * interest of that side in the centre (what a planner computes coverage for); without, the AOI is the sites + 5 km.
 */
export function scaleProject(count: number, sideKm: number, interestKm?: number, seed = 5): Project {
  const rnd = seeded(seed);
  const project = createEmptyProject({ name: `${count} sites`, now: new Date('2026-01-01T00:00:00Z') });
  const sites: Site[] = [];
  for (let i = 0; i < count; i++) {
    const e = 590_000 + (rnd() - 0.5) * sideKm * 1000;
    const n = 6_130_000 + (rnd() - 0.5) * sideKm * 1000;
    const [lon, lat] = utm32ToWgs84([e, n]);
    const macro = rnd() < 0.7;
    const environment: Environment = macro ? (rnd() < 0.5 ? 'UMa' : 'RMa') : 'UMi';
    const tilt = 2 + Math.floor(rnd() * 7);
    const azimuth0 = Math.floor(rnd() * 120);
    const cell = (k: number, azimuthDeg: number | null): Cell => ({
      id: `s${i}-${k}`,
      azimuthDeg,
      downtiltDeg: tilt,
      eirpDbmPer5MHz: macro ? 60 : 50,
      aas: false,
      trpDbmPer5MHz: 47,
      frequencyMHz: 3700,
      bandwidthMHz: 60,
      horizontalBeamwidthDeg: 65,
      verticalBeamwidthDeg: 10,
      maxGainDbi: 8,
      frontToBackDb: 30,
    });
    sites.push({
      id: `s${i}`,
      name: `Site ${i}`,
      kind: 'other',
      lon,
      lat,
      antennaHeightM: macro ? 20 + 5 * Math.floor(rnd() * 5) : 8 + Math.floor(rnd() * 8),
      environment,
      cells: macro ? [0, 1, 2].map((k) => cell(k, azimuth0 + k * 120)) : [cell(0, null)],
      notes: '',
    });
  }
  if (interestKm === undefined) return { ...project, sites };
  const half = (interestKm * 1000) / 2;
  const ring = [
    [-half, -half],
    [half, -half],
    [half, half],
    [-half, half],
    [-half, -half],
  ].map(([de, dn]) => utm32ToWgs84([590_000 + (de as number), 6_130_000 + (dn as number)]));
  const area = {
    id: 'aoi',
    name: 'Område',
    kind: 'interest' as const,
    geometry: { type: 'Polygon' as const, coordinates: [ring] },
    notes: '',
  };
  return { ...project, sites, areas: [area] };
}
