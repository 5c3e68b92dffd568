import {
  projectSchema,
  siteKindSchema,
  type Area,
  type Corridor,
  type Project,
  type Site,
} from '../../core/project/schema';
import { utm32ToWgs84 } from '../../core/geo/projection';

/** Sizes of a generated project. */
export interface GeneratedProjectOptions {
  sites: number;
  areas: number;
  corridors?: number;
  /** Seed of the pseudo-random generator: the same seed always gives the same project. */
  seed: number;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The region the generator fills: a 30 × 24 km municipality west of Aarhus, EPSG:25832 metres. */
const REGION = { minE: 548_000, minN: 6_213_000, widthM: 30_000, heightM: 24_000 };

function ringAround(e: number, n: number, radiusM: number, vertices: number, rnd: () => number): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (i / vertices) * 2 * Math.PI;
    const r = radiusM * (0.75 + 0.25 * rnd());
    ring.push(utm32ToWgs84([e + r * Math.cos(angle), n + r * Math.sin(angle)]) as [number, number]);
  }
  ring.push(ring[0] as [number, number]);
  return ring;
}

/**
 * A valid project of `sites` municipal sites (clustered around towns, one to three cells each), `areas` areas (the
 * first an area of interest over the whole region, then lease, incident and settlement polygons of 8–48 vertices)
 * and a few drone corridors, for benchmarks at regional scale. Deterministic for a seed.
 */
export function generateProject(options: GeneratedProjectOptions): Project {
  const rnd = seededRandom(options.seed);
  const { minE, minN, widthM, heightM } = REGION;
  const towns = Array.from({ length: 24 }, () => [minE + rnd() * widthM, minN + rnd() * heightM] as const);
  const kinds = siteKindSchema.options;
  const environments = ['RMa', 'UMa', 'UMi'] as const;
  const sites: Site[] = [];
  for (let i = 0; i < options.sites; i++) {
    const [te, tn] = towns[Math.floor(rnd() * towns.length)] as readonly [number, number];
    const spread = rnd() < 0.7 ? 2500 : 9000;
    const e = Math.min(minE + widthM, Math.max(minE, te + (rnd() - 0.5) * 2 * spread));
    const n = Math.min(minN + heightM, Math.max(minN, tn + (rnd() - 0.5) * 2 * spread));
    const [lon, lat] = utm32ToWgs84([e, n]);
    const sectors = 1 + Math.floor(rnd() * 3);
    const base = Math.floor(rnd() * 120);
    const id = `gen-${i + 1}`;
    sites.push({
      id,
      name: `${kinds[i % kinds.length] === 'school' ? 'Skole' : 'Site'} ${i + 1}`,
      kind: kinds[Math.floor(rnd() * kinds.length)] ?? 'other',
      lon: Number(lon.toFixed(6)),
      lat: Number(lat.toFixed(6)),
      antennaHeightM: 15 + Math.round(rnd() * 25),
      environment: environments[Math.floor(rnd() * environments.length)] ?? 'RMa',
      cells: Array.from({ length: sectors }, (_, k) => ({
        id: `${id}-${String.fromCharCode(97 + k)}`,
        azimuthDeg: sectors === 1 ? null : (base + (k * 360) / sectors) % 360,
        downtiltDeg: 4 + Math.round(rnd() * 4),
        eirpDbmPer5MHz: 56 + Math.round(rnd() * 8),
        aas: false,
        trpDbmPer5MHz: 47,
        frequencyMHz: 3770,
        bandwidthMHz: 60,
        horizontalBeamwidthDeg: 65,
        verticalBeamwidthDeg: 65,
        maxGainDbi: 8,
        frontToBackDb: 30,
      })),
      notes: '',
    });
  }
  const areas: Area[] = [];
  const centreE = minE + widthM / 2;
  const centreN = minN + heightM / 2;
  areas.push({
    id: 'gen-area-1',
    name: 'Kommune (interesseområde)',
    kind: 'interest',
    geometry: { type: 'Polygon', coordinates: [ringAround(centreE, centreN, heightM / 2, 64, () => 1)] },
    notes: '',
  });
  const areaKinds = ['lease', 'incident', 'settlement', 'interest'] as const;
  for (let i = 1; i < options.areas; i++) {
    const kind = areaKinds[i % areaKinds.length] ?? 'settlement';
    const e = minE + rnd() * widthM;
    const n = minN + rnd() * heightM;
    const vertices = 8 + Math.floor(rnd() * 40);
    areas.push({
      id: `gen-area-${i + 1}`,
      name: `${kind === 'settlement' ? 'Byzone' : kind === 'lease' ? 'Lejeområde' : 'Område'} ${i + 1}`,
      kind,
      geometry: { type: 'Polygon', coordinates: [ringAround(e, n, 400 + rnd() * 2500, vertices, rnd)] },
      notes: '',
    });
  }
  const corridors: Corridor[] = Array.from({ length: options.corridors ?? 4 }, (_, i) => {
    // A route of six legs of about 1.5 km with gentle turns, like a drone corridor from a station to a site.
    let e = minE + rnd() * widthM;
    let n = minN + rnd() * heightM;
    let heading = rnd() * 2 * Math.PI;
    const coordinates: [number, number][] = [utm32ToWgs84([e, n])];
    for (let leg = 0; leg < 6; leg++) {
      heading += (rnd() - 0.5) * 0.8;
      e += Math.cos(heading) * (1000 + rnd() * 1000);
      n += Math.sin(heading) * (1000 + rnd() * 1000);
      coordinates.push(utm32ToWgs84([e, n]));
    }
    return {
      id: `gen-corridor-${i + 1}`,
      name: `Dronekorridor ${i + 1}`,
      coordinates,
      widthM: 200 + Math.round(rnd() * 300),
      altitudeM: ([60, 80, 100, 120] as const)[Math.floor(rnd() * 4)] ?? 100,
      notes: '',
    };
  });
  const stamp = '2026-01-01T00:00:00.000Z';
  return projectSchema.parse({
    schemaVersion: 5,
    meta: {
      name: `Genereret plan: ${options.sites} sites, ${options.areas} områder`,
      description: 'Generated for benchmarks (test/bench/generate-project.ts).',
      municipality: 'Genereret',
      createdAt: stamp,
      modifiedAt: stamp,
    },
    sites,
    areas,
    corridors,
  });
}
