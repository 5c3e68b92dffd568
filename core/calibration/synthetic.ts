import type { LosMode, RadioCell } from '../coverage';
import { utm32ToWgs84, wgs84ToUtm32 } from '../geo/projection';
import { compareMeasurements } from './compare';
import { MeasurementSetBuilder, type MeasurementSet } from './measurement-set';
import { RSRP_RANGE_DBM } from './measurements-csv';
import { CALIBRATION_MODELS, type CalibrationModel } from './schema';

/** Mulberry32: a small seeded generator of uniform numbers in [0, 1), for reproducible synthetic data and tests. */
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

/** A standard normal draw (Box–Muller) from a uniform generator. */
export function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Points every `stepM` metres along a WGS84 polyline ([lon, lat] waypoints), as EPSG:25832 positions. */
export function routePoints(waypoints: readonly (readonly [number, number])[], stepM: number): [number, number][] {
  const utm = waypoints.map((p) => wgs84ToUtm32(p));
  const out: [number, number][] = [];
  for (let k = 1; k < utm.length; k++) {
    const [e0, n0] = utm[k - 1] as [number, number];
    const [e1, n1] = utm[k] as [number, number];
    const steps = Math.max(1, Math.round(Math.hypot(e1 - e0, n1 - n0) / stepM));
    for (let s = k === 1 ? 0 : 1; s <= steps; s++)
      out.push([e0 + ((e1 - e0) * s) / steps, n0 + ((n1 - n0) * s) / steps]);
  }
  return out;
}

export interface SyntheticOptions {
  /** Uncalibrated cells (radioCellsOf without calibration). */
  cells: readonly RadioCell[];
  /** EPSG:25832 positions, optionally each with its own height above ground. */
  points: readonly (readonly [number, number] | readonly [number, number, number])[];
  /** True offset added to the prediction, dB: one for all, or per model (others get 0). */
  offsetDb: number | Partial<Record<CalibrationModel, number>>;
  /** Standard deviation of the Gaussian noise added, dB (shadow fading: 6–8 dB in TR 38.901). */
  noiseStdDb: number;
  random: () => number;
  losMode: LosMode;
  heightM: number;
  /** Write the best server's id in each row (a scanner's serving cell). */
  withCellIds: boolean;
}

/**
 * Synthetic measurements made from the model itself: the prediction at each point (best server, compareMeasurements)
 * plus a known offset and seeded Gaussian noise. Points outside the models' validity keep their extrapolated
 * prediction (a comparison then leaves them out, as with real data); points no cell reaches and draws outside the
 * plausible RSRP range are dropped. For tests and the sample files; clearly not real data.
 */
export function syntheticMeasurements(options: SyntheticOptions): MeasurementSet {
  const probe = new MeasurementSetBuilder(options.points.length);
  options.points.forEach((p, i) =>
    probe.add({ e: p[0], n: p[1], rsrpDbm: -100, heightM: p[2] ?? NaN, cellId: null, line: i + 2, time: null }),
  );
  const set = probe.build();
  const comparison = compareMeasurements(set, options.cells, {
    losMode: options.losMode,
    defaultHeightM: options.heightM,
  });
  const out = new MeasurementSetBuilder(set.count);
  for (let i = 0; i < set.count; i++) {
    const predicted = comparison.predictedDbm[i] as number;
    if (Number.isNaN(predicted)) continue;
    const model = CALIBRATION_MODELS[comparison.model[i] as number] as CalibrationModel;
    const offset = typeof options.offsetDb === 'number' ? options.offsetDb : (options.offsetDb[model] ?? 0);
    const rsrpDbm = Math.round((predicted + offset + options.noiseStdDb * gaussian(options.random)) * 10) / 10;
    if (rsrpDbm < RSRP_RANGE_DBM[0] || rsrpDbm > RSRP_RANGE_DBM[1]) continue;
    const cell = options.cells[comparison.cellIndex[i] as number];
    out.add({
      e: set.e[i] as number,
      n: set.n[i] as number,
      rsrpDbm,
      heightM: set.heightM[i] as number,
      cellId: options.withCellIds && cell ? cell.id : null,
      line: out.count + 2,
      time: null,
    });
  }
  return out.build();
}

/**
 * Writes measurements as CSV: WGS84 (lat, lon) or EPSG:25832 (easting, northing), Danish (; and decimal comma) or
 * English; with `start`, a time column of one row per second; with `source`, a last column saying where rows come from.
 */
export function measurementsToCsv(
  set: MeasurementSet,
  format: { crs: 'EPSG:4326' | 'EPSG:25832'; danish: boolean; start?: Date; source?: string },
): string {
  const sep = format.danish ? ';' : ',';
  const num = (v: number, digits: number) => {
    const text = v.toFixed(digits);
    return format.danish ? text.replace('.', ',') : text;
  };
  const head =
    format.crs === 'EPSG:25832'
      ? format.danish
        ? ['easting', 'northing', 'rsrp_dbm', 'hoejde_m', 'celle', 'tid']
        : ['easting', 'northing', 'rsrp_dbm', 'height_m', 'cell', 'time']
      : format.danish
        ? ['bredde', 'laengde', 'rsrp_dbm', 'hoejde_m', 'celle', 'tid']
        : ['lat', 'lon', 'rsrp_dbm', 'height_m', 'cell', 'time'];
  if (format.source !== undefined) head.push(format.danish ? 'kilde' : 'source');
  const lines = [head.join(sep)];
  for (let i = 0; i < set.count; i++) {
    const e = set.e[i] as number;
    const n = set.n[i] as number;
    const [lon, lat] = utm32ToWgs84([e, n]);
    const pos = format.crs === 'EPSG:25832' ? [num(e, 1), num(n, 1)] : [num(lat, 6), num(lon, 6)];
    const h = set.heightM[i] as number;
    const cell = set.cell[i] as number;
    lines.push(
      [
        ...pos,
        num(set.rsrpDbm[i] as number, 1),
        Number.isNaN(h) ? '' : num(h, 1),
        cell >= 0 ? (set.cellIds[cell] as string) : '',
        format.start ? new Date(format.start.getTime() + i * 1000).toISOString() : '',
        ...(format.source !== undefined ? [format.source] : []),
      ].join(sep),
    );
  }
  return `${lines.join('\n')}\n`;
}
