import { wgs84ToUtm32, utm32ToWgs84 } from '../geo/projection';
import type { LocalizedText } from '../i18n/localized';
import type { AreaGeometry, Position } from '../project/schema';
import {
  aerialPathLoss,
  elevationDeg,
  horizontalPatternDb,
  pathLoss,
  verticalPatternDb,
  type PathLossResult,
} from '../radio';
import type { RadioCell } from './cells';
import type { LosMode } from './options';

/** Receiver height of field-strength limits when a regime names none, m (ECC/REC/(15)01: 3 m above ground). */
export const FIELD_HEIGHT_M = 3;

/** One evaluated point of a field-strength line: EPSG:25832 position and dBµV/m per 5 MHz. */
export interface FieldPoint {
  e: number;
  n: number;
  dbuvPerMPer5MHz: number;
}

/** The highest predicted field along a line (lease-area edge or national border), with where and how. */
export interface FieldResult {
  /** dBµV/m per 5 MHz, all cells' power summed, at an isotropic receiver `heightM` above ground. */
  maxDbuvPerMPer5MHz: number;
  /** Where the maximum occurs, WGS84 [lon, lat]. */
  at: [number, number];
  /** Where the maximum occurs, EPSG:25832 [easting, northing] m. */
  atUtm: [number, number];
  heightM: number;
  losMode: LosMode;
  /** The cell contributing most at the maximum, and its distance, km. */
  dominantCellId: string;
  distanceKm: number;
  /** Evaluated points (every sample, for the map). */
  points: FieldPoint[];
  /** Validity warnings of the path-loss models at the distances used. */
  warnings: LocalizedText[];
}

/**
 * Field strength from EIRP and basic transmission loss, ITU-R P.525-4 §2.2 for an isotropic receiver:
 * E [dBµV/m] = EIRP [dBm] − L [dB] + 20·log10(f [MHz]) + 77.2.
 */
export function fieldFromEirpDbuvPerM(eirpDbm: number, pathLossDb: number, frequencyMHz: number): number {
  return eirpDbm - pathLossDb + 20 * Math.log10(frequencyMHz) + 77.2;
}

/** Converts received power per RE (dBm) to field strength per 5 MHz (dBµV/m): P·(5 MHz / SCS) then ITU-R P.525. */
export function fieldStrengthDbuvPerM(powerPerReDbm: number, frequencyMHz: number, scsKHz = 30): number {
  return fieldFromEirpDbuvPerM(powerPerReDbm + 10 * Math.log10(5000 / scsKHz), 0, frequencyMHz);
}

/** Points every `stepM` metres along rings given in WGS84, in EPSG:25832 (each ring's own vertices included). */
export function sampleRingsUtm(rings: readonly (readonly Position[])[], stepM: number): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of rings) {
    const utm = ring.map((p) => wgs84ToUtm32(p));
    for (let i = 1; i < utm.length; i++) {
      const [x0, y0] = utm[i - 1] as [number, number];
      const [x1, y1] = utm[i] as [number, number];
      const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / stepM));
      for (let k = 0; k < n; k++) points.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
    }
  }
  return points;
}

/** LOS basic transmission loss of one cell at a 2D distance (the coverage engine's 38.901 models per environment). */
function losPathLoss(cell: RadioCell, d2dM: number, hUtM: number): PathLossResult {
  const geometry = { fcGHz: cell.fcGHz, d2dM, hBsM: cell.antennaHeightM, hUtM };
  switch (cell.environment) {
    case 'RMa':
      return aerialPathLoss({ scenario: 'RMa-AV', condition: 'LOS', ...geometry });
    case 'UMa':
      return aerialPathLoss({ scenario: 'UMa-AV', condition: 'LOS', ...geometry });
    case 'UMi':
      return pathLoss({ model: 'UMi-LOS', ...geometry });
    case 'InH':
      return pathLoss({ model: 'InH-LOS', ...geometry });
  }
}

/** A cell's LOS path loss sampled at knots in log10(d2D), for linear interpolation (breakpoints are knots). */
interface LossTable {
  logD: number[];
  lossDb: number[];
}

const KNOT_STEP_DECADES = 0.02;

const TABLE_CACHE = new Map<string, LossTable>();

/** Path loss knots from 1 m to `maxD` (every 0.02 decade, plus the 38.901 breakpoint distances: kinks stay exact). */
function lossTable(cell: RadioCell, hUtM: number, maxDistanceM: number): LossTable {
  // Tables depend only on the link geometry: cache them (a pure memo) so live previews do not rebuild them.
  const maxD = Math.ceil(maxDistanceM / 5000) * 5000;
  const key = `${cell.environment}|${cell.fcGHz}|${cell.antennaHeightM}|${hUtM}|${maxD}`;
  const cached = TABLE_CACHE.get(key);
  if (cached) return cached;
  if (TABLE_CACHE.size > 64) TABLE_CACHE.clear();
  const table = buildLossTable(cell, hUtM, maxD);
  TABLE_CACHE.set(key, table);
  return table;
}

function buildLossTable(cell: RadioCell, hUtM: number, maxD: number): LossTable {
  const c = 299792458;
  const fc = cell.fcGHz * 1e9;
  const breakpoints = [
    (2 * Math.PI * cell.antennaHeightM * hUtM * fc) / c,
    (4 * Math.max(0, cell.antennaHeightM - 1) * Math.max(0, hUtM - 1) * fc) / c,
    (4 * cell.antennaHeightM * hUtM * fc) / c,
  ].filter((d) => d > 1 && d < maxD);
  const logs = new Set<number>();
  for (let x = 0; x < Math.log10(maxD); x += KNOT_STEP_DECADES) logs.add(x);
  logs.add(Math.log10(maxD));
  for (const d of breakpoints) for (const eps of [-1e-9, 0, 1e-9]) logs.add(Math.log10(d) + eps);
  const logD = [...logs].sort((a, b) => a - b);
  return { logD, lossDb: logD.map((x) => losPathLoss(cell, 10 ** x, hUtM).pathLossDb) };
}

function interpolate(table: LossTable, d: number): number {
  const x = Math.log10(Math.max(1, d));
  const { logD, lossDb } = table;
  let lo = 0;
  let hi = logD.length - 1;
  if (x >= (logD[hi] as number)) return lossDb[hi] as number;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((logD[mid] as number) <= x) lo = mid;
    else hi = mid;
  }
  const t = (x - (logD[lo] as number)) / ((logD[hi] as number) - (logD[lo] as number));
  return (lossDb[lo] as number) + t * ((lossDb[hi] as number) - (lossDb[lo] as number));
}

/**
 * One cell's field at offset (dx east, dy north) m for a given LOS path loss: E = EIRP − L − A + 20·log10(f/MHz) + 77.2
 * (ITU-R P.525), with the TR 38.901 Table 7.3-1 pattern attenuation A = min(A_V + A_H, A_max).
 */
export function cellFieldDbuvPerM(
  cell: RadioCell,
  dx: number,
  dy: number,
  rxHeightM: number,
  pathLossDb: number,
  scsKHz = 30,
): number {
  const d2d = Math.max(1, Math.hypot(dx, dy));
  const zenith =
    90 -
    elevationDeg({ horizontalDistanceM: d2d, antennaHeightM: cell.antennaHeightM, targetHeightM: rxHeightM }) -
    cell.downtiltDeg;
  const vAtt = -verticalPatternDb(zenith, cell.pattern);
  const omni = cell.azimuthDeg === null || cell.pattern.omni;
  const bearing = (Math.atan2(dx, dy) * 180) / Math.PI;
  const att = omni
    ? Math.min(vAtt, cell.pattern.frontToBackDb)
    : Math.min(
        vAtt - horizontalPatternDb(bearing - (cell.azimuthDeg as number), cell.pattern),
        cell.pattern.frontToBackDb,
      );
  const eirpDbmPer5MHz = cell.eirpPerReDbm + 10 * Math.log10(5000 / scsKHz);
  return fieldFromEirpDbuvPerM(eirpDbmPer5MHz, pathLossDb + att, cell.fcGHz * 1000);
}

/**
 * Predicted field strength of all cells together at EPSG:25832 points (powers summed), with the maximum and where it
 * is: each cell's EIRP, TR 38.901 LOS path loss and antenna pattern (the conservative reading for border and boundary
 * limits). null when there are no cells or points.
 */
export function fieldAtPoints(
  cells: readonly RadioCell[],
  points: readonly [number, number][],
  options: { rxHeightM?: number } = {},
): FieldResult | null {
  if (cells.length === 0 || points.length === 0) return null;
  const heightM = options.rxHeightM ?? FIELD_HEIGHT_M;
  let maxD = 10;
  for (const [e, n] of points) for (const c of cells) maxD = Math.max(maxD, Math.hypot(e - c.e, n - c.n));
  const tables = new Map<string, LossTable>();
  const tableOf = (cell: RadioCell) => {
    const key = `${cell.environment}|${cell.fcGHz}|${cell.antennaHeightM}`;
    let table = tables.get(key);
    if (!table) tables.set(key, (table = lossTable(cell, heightM, maxD * 1.01)));
    return table;
  };
  const cellTables = cells.map(tableOf);
  const out: FieldPoint[] = [];
  let best = -Infinity;
  let bestIndex = 0;
  let bestCell = 0;
  points.forEach(([e, n], index) => {
    let sum = 0;
    let top = -Infinity;
    let topCell = 0;
    cells.forEach((cell, i) => {
      const [dx, dy] = [e - cell.e, n - cell.n];
      const field = cellFieldDbuvPerM(
        cell,
        dx,
        dy,
        heightM,
        interpolate(cellTables[i] as LossTable, Math.hypot(dx, dy)),
      );
      sum += 10 ** (field / 10);
      if (field > top) [top, topCell] = [field, i];
    });
    const value = 10 * Math.log10(sum);
    out.push({ e, n, dbuvPerMPer5MHz: value });
    if (value > best) [best, bestIndex, bestCell] = [value, index, topCell];
  });
  // The printed maximum is evaluated exactly (no table), with the models' validity warnings at that point.
  const atUtm = points[bestIndex] as [number, number];
  const warnings = new Map<string, LocalizedText>();
  let exact = 0;
  for (const cell of cells) {
    const [dx, dy] = [atUtm[0] - cell.e, atUtm[1] - cell.n];
    const pl = losPathLoss(cell, Math.max(1, Math.hypot(dx, dy)), heightM);
    for (const w of pl.warnings) warnings.set(w.en, w);
    exact += 10 ** (cellFieldDbuvPerM(cell, dx, dy, heightM, pl.pathLossDb) / 10);
  }
  best = 10 * Math.log10(exact);
  (out[bestIndex] as FieldPoint).dbuvPerMPer5MHz = best;
  const dominant = cells[bestCell] as RadioCell;
  return {
    maxDbuvPerMPer5MHz: best,
    at: utm32ToWgs84(atUtm),
    atUtm: [atUtm[0], atUtm[1]],
    heightM,
    losMode: 'los',
    dominantCellId: dominant.id,
    distanceKm: Math.hypot(atUtm[0] - dominant.e, atUtm[1] - dominant.n) / 1000,
    points: out,
    warnings: [...warnings.values()],
  };
}

/** Every ring of an area (outer rings and holes, all parts): each is a boundary of the area. */
export function allRings(geometry: AreaGeometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Highest predicted field strength along the boundary of `geometry` (every ring: parts and holes), sampled every
 * `stepM` metres in EPSG:25832, at `rxHeightM` (default 3 m), LOS path loss (the conservative reading).
 */
export function boundaryFieldStrength(
  cells: readonly RadioCell[],
  geometry: AreaGeometry,
  options: { rxHeightM?: number; stepM?: number } = {},
): FieldResult | null {
  const points = sampleRingsUtm(allRings(geometry), options.stepM ?? 50);
  return fieldAtPoints(cells, points, options);
}
