import { utm32ToWgs84, wgs84ToUtm32 } from '../geo/projection';
import type { Corridor, Position } from '../project/schema';
import { evaluatePoint, type preparePointModels } from './kernel';
import { evaluatePointWithTerrain, type PointTerrain } from './terrain-points';

export interface CorridorGap {
  /** Distance along the corridor where the gap starts / ends, km. */
  fromKm: number;
  toKm: number;
  /** The gap as a WGS84 line. */
  coordinates: Position[];
}

export interface CorridorCoverage {
  corridorId: string;
  altitudeM: number;
  lengthKm: number;
  /** Share of the sampled centre line at or above the covered line, 0…1. */
  shareCovered: number;
  /** Weakest RSRP along the line in dBm per RE (null when some sample has no server at all). */
  worstRsrpDbm: number | null;
  worstSinrDb: number | null;
  gaps: CorridorGap[];
  samples: number;
}

/**
 * Coverage along a drone corridor's centre line at its altitude: samples every `stepM` (default 25 m) in EPSG:25832,
 * evaluated directly with cells prepared at the corridor altitude (preparePointModels with rxHeightM = altitudeM,
 * so RMa/UMa use the TR 36.777 aerial model above its threshold). The corridor width is not sampled. With
 * `terrain` (for the corridor altitude; prepare the models with terrain.losMode) each path gets its terrain loss.
 */
export function corridorCoverage(
  corridor: Corridor,
  prepared: ReturnType<typeof preparePointModels>,
  coveredDbm: number,
  stepM = 25,
  terrain: PointTerrain | null = null,
): CorridorCoverage {
  const pts = corridor.coordinates.map((p) => wgs84ToUtm32(p));
  const samples: { e: number; n: number; km: number; ok: boolean }[] = [];
  let worst = Infinity;
  let worstSinr = Infinity;
  let noServer = false;
  let along = 0;
  const sample = (e: number, n: number) => {
    const p = terrain ? evaluatePointWithTerrain(prepared, e, n, terrain) : evaluatePoint(prepared, e, n);
    if (p.bestIndex < 0) noServer = true;
    else {
      worst = Math.min(worst, p.rsrpDbm);
      worstSinr = Math.min(worstSinr, p.sinrDb);
    }
    samples.push({ e, n, km: along / 1000, ok: p.bestIndex >= 0 && p.rsrpDbm >= coveredDbm });
  };
  for (let i = 1; i < pts.length; i++) {
    const [e0, n0] = pts[i - 1] as [number, number];
    const [e1, n1] = pts[i] as [number, number];
    const len = Math.hypot(e1 - e0, n1 - n0);
    const steps = Math.max(1, Math.ceil(len / stepM));
    for (let s = i === 1 ? 0 : 1; s <= steps; s++) {
      const t = s / steps;
      along = samples.length === 0 ? 0 : along + len / steps;
      sample(e0 + t * (e1 - e0), n0 + t * (n1 - n0));
    }
  }
  const gaps: CorridorGap[] = [];
  let open: typeof samples = [];
  const close = () => {
    if (open.length > 0)
      gaps.push({
        fromKm: open[0]!.km,
        toKm: open[open.length - 1]!.km,
        coordinates: (open.length > 1 ? open : [open[0]!, open[0]!]).map((s) => utm32ToWgs84([s.e, s.n])),
      });
    open = [];
  };
  for (const s of samples) {
    if (s.ok) close();
    else open.push(s);
  }
  close();
  const covered = samples.filter((s) => s.ok).length;
  return {
    corridorId: corridor.id,
    altitudeM: corridor.altitudeM,
    lengthKm: along / 1000,
    shareCovered: samples.length > 0 ? covered / samples.length : 0,
    worstRsrpDbm: noServer || !Number.isFinite(worst) ? null : worst,
    worstSinrDb: noServer || !Number.isFinite(worstSinr) ? null : worstSinr,
    gaps,
    samples: samples.length,
  };
}
