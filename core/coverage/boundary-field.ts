import { wgs84ToUtm32, utm32ToWgs84 } from '../geo/projection';
import type { AreaGeometry } from '../project/schema';
import type { RadioCell } from './cells';
import { cellPowerMw } from './cell-model';
import { preparePointModels } from './kernel';

/** Highest predicted field strength along a boundary, for a border or lease-boundary limit. */
export interface BoundaryField {
  /** dBµV/m per 5 MHz (all cells' power summed, 0 dBi isotropic receiver). */
  maxDbuvPerMPer5MHz: number;
  /** Where the maximum occurs, WGS84 [lon, lat]. */
  at: [number, number];
  samples: number;
}

/** Converts received power per 30 kHz RE (dBm) to field strength per 5 MHz (dBµV/m): E = P_5MHz + 77.2 + 20·log10(f_MHz). */
export function fieldStrengthDbuvPerM(powerPerReDbm: number, frequencyMHz: number, scsKHz = 30): number {
  const per5MHz = powerPerReDbm + 10 * Math.log10(5000 / scsKHz);
  return per5MHz + 77.2 + 20 * Math.log10(frequencyMHz);
}

/**
 * Samples the outer rings of `geometry` every `stepM` metres (EPSG:25832) and returns the highest
 * field strength of all cells together at `rxHeightM` (ITU-R P.525 relation between received
 * power at an isotropic antenna and field strength). null when there are no cells or no boundary.
 */
export function boundaryFieldStrength(
  cells: readonly RadioCell[],
  geometry: AreaGeometry,
  options: { rxHeightM?: number; stepM?: number } = {},
): BoundaryField | null {
  if (cells.length === 0) return null;
  const step = options.stepM ?? 50;
  const rings =
    geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  const points: [number, number][] = [];
  for (const ring of rings) {
    const utm = ring.map((p) => wgs84ToUtm32(p));
    for (let i = 1; i < utm.length; i++) {
      const [x0, y0] = utm[i - 1] as [number, number];
      const [x1, y1] = utm[i] as [number, number];
      const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
      for (let k = 0; k < n; k++) points.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
    }
  }
  if (points.length === 0) return null;
  const maxD = 60000;
  const prepared = preparePointModels(cells, { rxHeightM: options.rxHeightM ?? 1.5, floorDbm: -200 }, maxD);
  let best = -Infinity;
  let at: [number, number] = points[0] as [number, number];
  for (const [e, n] of points) {
    let sum = 0;
    for (const m of prepared.models) sum += cellPowerMw(m, e - m.cell.e, n - m.cell.n);
    if (sum > best) {
      best = sum;
      at = [e, n];
    }
  }
  const frequencyMHz = (cells[0] as RadioCell).fcGHz * 1000;
  return {
    maxDbuvPerMPer5MHz: fieldStrengthDbuvPerM(10 * Math.log10(best), frequencyMHz),
    at: utm32ToWgs84(at),
    samples: points.length,
  };
}
