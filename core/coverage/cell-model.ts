import type { LocalizedText } from '../i18n/localized';
import { noisePowerDbm, type AntennaPattern } from '../radio';
import {
  BEARING_LUT_SIZE,
  LUT_STEP_SQRT_M,
  bearingTable,
  bearingTurns,
  beamTables,
  type BeamTables,
} from './beam-tables';
import { carrierGroups, type CarrierGroups } from './carrier-groups';
import type { RadioCell } from './cells';
import { wideVerticalBeamWarnings } from './cell-warnings';
import type { CoverageOptions } from './options';
import { dedupe, pathLossProfile, type PathLossProfile } from './path-loss-profile';

export { BEARING_LUT_SIZE, LUT_STEP_SQRT_M } from './beam-tables';

/**
 * A cell prepared for the kernel. Power in mW per RE is eirpMw·max(main(d)·h(bearing), cap(d)), i.e.
 * EIRP − PL − min(A_V + A_H, A_max) of TR 38.901 Table 7.3-1; the tables are shared by cells with the same beam.
 */
export interface CellModel {
  cell: RadioCell;
  /** 1 / LUT_STEP_SQRT_M. */
  invStep: number;
  mainRel: Float32Array;
  /** null for omni. */
  capRel: Float32Array | null;
  envelopeRel: Float32Array;
  blocks: BeamTables['blocks'];
  /** Main-beam EIRP per RE in mW. */
  eirpMw: number;
  /** 10^(−A_H/10) by relative bearing in turns (shared by cells with the same pattern); null for omni. */
  bearingGain: Float32Array | null;
  /** Boresight azimuth in turns [0, 1). */
  azimuthTurns: number;
  /** Beyond this d2D (m) even the best-case power is below the floor. */
  rangeM: number;
  /** d2D (m) where the tables end: the cell is not evaluated beyond it. */
  tableEndM: number;
  /** Index of the cell's carrier in PreparedCells.carriers. */
  carrier: number;
}

/** Cells sharing one antenna position: distance and bearing are computed once per pixel for all of them. */
export interface SiteGroup {
  e: number;
  n: number;
  /** Indices into PreparedCells.models, ascending. */
  cells: number[];
  /** All cells share one main and one cap table (the common 3-sector case): one interpolation per pixel. */
  uniform: boolean;
  /** Uniform, every cell directional and on one carrier: the fused kernel loop applies (see fused*). */
  fused: boolean;
  /** Per cell of the site, for the fused loop: index, azimuth in turns, EIRP in mW, bearing table. */
  fusedIndex: Int32Array;
  fusedAzimuthTurns: Float64Array;
  fusedEirpMw: Float64Array;
  fusedBearing: Float32Array[];
  /** The carrier of all cells when fused, else −1. */
  fusedCarrier: number;
}

export interface PreparedCells {
  models: CellModel[];
  sites: SiteGroup[];
  carriers: CarrierGroups;
  /** Noise per RE in mW (kTB over one subcarrier + UE noise figure). */
  noiseMw: number;
  floorMw: number;
  /** Bytes held by the shared distance and bearing tables. */
  tableBytes: number;
  warnings: LocalizedText[];
}

function patternKey(p: AntennaPattern): string {
  return `${p.horizontalBeamwidthDeg}|${p.verticalBeamwidthDeg}|${p.sideLobeLimitDb}|${p.frontToBackDb}`;
}

/**
 * Builds the per-cell models for a receiver height. `maxDistanceM(cell)` bounds the tables (e.g. the farthest grid
 * corner). Path-loss profiles, distance tables (per beam class: geometry, tilt, vertical pattern) and bearing
 * tables (per pattern) are shared, so memory grows with the number of distinct beams, not cells.
 */
export function prepareCellModels(
  cells: readonly RadioCell[],
  options: CoverageOptions,
  maxDistanceM: (cell: RadioCell) => number,
): PreparedCells {
  let maxD = 20;
  for (const cell of cells) maxD = Math.max(maxD, maxDistanceM(cell));
  // Whole kilometres: runs over nearby extents (a band, the coarse pass, the points, the CLI's whole grid) then get
  // the same tables, values and all, and share one build.
  maxD = Math.ceil(maxD / TABLE_SPAN_STEP_M) * TABLE_SPAN_STEP_M;
  // By content, not identity: a caller may change a cell in place between two runs.
  const key = `${maxD}|${JSON.stringify(options)}|${JSON.stringify(cells)}`;
  const known = recent.find((r) => r.key === key);
  if (known) return known.prepared;
  const prepared = buildCellModels(cells, options, maxD);
  recent.unshift({ key, prepared });
  recent.length = Math.min(recent.length, RECENT_PREPARED);
  return prepared;
}

/** Table reach is rounded up to this, m. */
const TABLE_SPAN_STEP_M = 1000;

/**
 * The last few prepared sets, by cells, options and table length: the bands of one job in a worker, its terrain
 * reach and its kernel share one build (the tables are read-only once built).
 */
const RECENT_PREPARED = 2;
const recent: { key: string; prepared: PreparedCells }[] = [];

function buildCellModels(cells: readonly RadioCell[], options: CoverageOptions, maxD: number): PreparedCells {
  const profiles = new Map<string, PathLossProfile>();
  const beams = new Map<string, BeamTables>();
  const bearings = new Map<string, Float32Array>();
  const floorMw = 10 ** (options.floorDbm / 10);
  const warnings: LocalizedText[] = [];
  const size = Math.ceil(Math.sqrt(maxD) / LUT_STEP_SQRT_M) + 2;
  let tableBytes = 0;
  const carriers = carrierGroups(cells, options.acirDb);
  const models = cells.map((cell, i): CellModel => {
    const omni = cell.azimuthDeg === null || cell.pattern.omni;
    const key = {
      environment: cell.environment,
      losMode: options.losMode,
      fcGHz: cell.fcGHz,
      hBsM: cell.antennaHeightM,
      hUtM: options.rxHeightM,
    };
    const profileId = `${key.environment}|${key.losMode}|${key.fcGHz}|${key.hBsM}|${key.hUtM}`;
    let profile = profiles.get(profileId);
    if (!profile) {
      profile = pathLossProfile(key, maxD);
      profiles.set(profileId, profile);
      warnings.push(...profile.warnings);
    }
    const beamId = `${profileId}|${cell.downtiltDeg}|${patternKey(cell.pattern)}|${omni}|${cell.calibration ? JSON.stringify(cell.calibration) : ''}`;
    let tables = beams.get(beamId);
    if (!tables) {
      tables = beamTables(
        profile,
        {
          antennaHeightM: cell.antennaHeightM,
          rxHeightM: options.rxHeightM,
          downtiltDeg: cell.downtiltDeg,
          pattern: cell.pattern,
          omni,
          calibration: cell.calibration,
        },
        size,
      );
      beams.set(beamId, tables);
      tableBytes += size * 4 * (tables.capRel ? 3 : 2) + tables.blocks.mainMin.byteLength * (tables.capRel ? 4 : 2);
    }
    let bearingGain: Float32Array | null = null;
    if (!omni) {
      const id = patternKey(cell.pattern);
      bearingGain = bearings.get(id) ?? null;
      if (!bearingGain) {
        bearingGain = bearingTable(cell.pattern);
        bearings.set(id, bearingGain);
        tableBytes += bearingGain.byteLength;
      }
    }
    const eirpMw = 10 ** (cell.eirpPerReDbm / 10);
    const env = tables.envelopeRel;
    // Largest k whose best case reaches the floor (envelope is non-increasing): binary search.
    let lo = -1;
    let hi = size;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (eirpMw * (env[mid] as number) >= floorMw) lo = mid;
      else hi = mid;
    }
    const tableEndM = ((size - 2) * LUT_STEP_SQRT_M) ** 2;
    return {
      cell,
      invStep: 1 / LUT_STEP_SQRT_M,
      mainRel: tables.mainRel,
      capRel: tables.capRel,
      envelopeRel: env,
      blocks: tables.blocks,
      eirpMw,
      bearingGain,
      azimuthTurns: omni ? 0 : ((((cell.azimuthDeg as number) % 360) + 360) % 360) / 360,
      rangeM: lo < 0 ? 0 : Math.min(((lo + 1) * LUT_STEP_SQRT_M) ** 2, tableEndM),
      tableEndM,
      carrier: carriers.carrierOf[i] as number,
    };
  });
  const noiseDbm = noisePowerDbm({ bandwidthHz: options.scsKHz * 1e3, noiseFigureDb: options.noiseFigureDb });
  warnings.push(...carriers.warnings, ...wideVerticalBeamWarnings(cells));
  return {
    models,
    sites: siteGroups(models),
    carriers,
    noiseMw: 10 ** (noiseDbm / 10),
    floorMw,
    tableBytes,
    warnings: dedupe(warnings),
  };
}

/** Groups the models by antenna position (the sectors of one site), in order of first appearance. */
function siteGroups(models: readonly CellModel[]): SiteGroup[] {
  const byPosition = new Map<string, SiteGroup>();
  models.forEach((m, i) => {
    const key = `${m.cell.e}|${m.cell.n}`;
    const site = byPosition.get(key);
    if (site) site.cells.push(i);
    else
      byPosition.set(key, {
        e: m.cell.e,
        n: m.cell.n,
        cells: [i],
        uniform: true,
        fused: false,
        fusedIndex: new Int32Array(0),
        fusedAzimuthTurns: new Float64Array(0),
        fusedEirpMw: new Float64Array(0),
        fusedBearing: [],
        fusedCarrier: -1,
      });
  });
  for (const site of byPosition.values()) {
    const group = site.cells.map((i) => models[i] as CellModel);
    const first = group[0] as CellModel;
    site.uniform = group.every((m) => m.mainRel === first.mainRel && m.capRel === first.capRel);
    site.fused = site.uniform && group.every((m) => m.bearingGain !== null && m.carrier === first.carrier);
    if (!site.fused) continue;
    site.fusedIndex = Int32Array.from(site.cells);
    site.fusedAzimuthTurns = Float64Array.from(group, (m) => m.azimuthTurns);
    site.fusedEirpMw = Float64Array.from(group, (m) => m.eirpMw);
    site.fusedBearing = group.map((m) => m.bearingGain as Float32Array);
    site.fusedCarrier = first.carrier;
  }
  return [...byPosition.values()];
}

/** Received power in mW per RE from one cell at offset (dx east, dy north) m, optional extra loss in dB. */
export function cellPowerMw(model: CellModel, dx: number, dy: number, extraLossDb = 0): number {
  const x = Math.sqrt(Math.sqrt(dx * dx + dy * dy)) * model.invStep;
  const main = model.mainRel;
  const last = main.length - 2;
  const k = x < last ? Math.floor(x) : last;
  const f = x < last ? x - k : 1;
  let p = (main[k] as number) + f * ((main[k + 1] as number) - (main[k] as number));
  const g = model.bearingGain;
  const cap = model.capRel;
  if (g && cap) {
    let u = bearingTurns(dx, dy) - model.azimuthTurns;
    if (u < 0) u += 1;
    const a = u * BEARING_LUT_SIZE;
    const j = Math.floor(a);
    p *= (g[j] as number) + (a - j) * ((g[j + 1] as number) - (g[j] as number));
    const c = (cap[k] as number) + f * ((cap[k + 1] as number) - (cap[k] as number));
    if (p < c) p = c;
  }
  p *= model.eirpMw;
  return extraLossDb > 0 ? p * 10 ** (-extraLossDb / 10) : p;
}
