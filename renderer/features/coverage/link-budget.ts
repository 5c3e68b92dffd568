import {
  calibrationGainDb,
  cellPowerMw,
  pathLossProfile,
  preparePointModels,
  profilePathLossDb,
  indoorLossDb,
  ueNoiseFigureOf,
  type LosMode,
  type RadioCell,
} from '../../../core/coverage';
import { wgs84ToUtm32 } from '../../../core/geo/projection';
import type { LocalizedText } from '../../../core/i18n/localized';
import type { Problem } from '../../../core/project/problem';
import type { Project } from '../../../core/project/schema';
import { combineTerrainPathLossDb, terrainLinkLoss, type Dem, type TerrainLink } from '../../../core/terrain';
import type { CoverageSettings } from '../../state/coverage-state';
import { receiverCellsOf } from './receiver-cells';

/** One cell → point link: geometry, path loss with its model, received power and margins. */
export interface LinkResult {
  cell: RadioCell;
  distanceM: number;
  /** Median path loss in dB (with terrain: min(LOS + diffraction, max(LOS, NLOS))). */
  pathLossDb: number;
  /** e.g. "RMa-AV (TR 36.777), blend-mean-db" or "RMa (TR 38.901), LOS + terreng". */
  model: { scenario: string; aerial: boolean; losMode: LosMode | 'terrain' };
  eirpPerReDbm: number;
  /** TR 38.901 building-entry loss for indoor receivers (settings.target), dB; 0 outdoors. */
  buildingLossDb: number;
  /** Antenna pattern attenuation towards the target, dB ≥ 0. */
  patternLossDb: number;
  /** Gain the project's calibration adds to this link (its model's fitted offset), dB; 0 when uncalibrated. */
  calibrationDb: number;
  /** SS-RSRP in dBm per RE at the target. */
  rsrpDbm: number;
  sinrDb: number;
  rsrpMarginDb: number;
  sinrMarginDb: number;
  warnings: LocalizedText[];
  /** Terrain profile when a DEM is loaded and covers the path. */
  terrain: TerrainLink | null;
  terrainProblems: Problem[];
}

function scenarioName(environment: RadioCell['environment'], aerial: boolean): string {
  return aerial ? `${environment}-AV (3GPP TR 36.777)` : `${environment} (3GPP TR 38.901)`;
}

/** Terrain extra loss (dB ≥ 0) of one cell → target path under combineTerrainPathLossDb, and the link itself. */
function terrainExtra(
  cell: RadioCell,
  e: number,
  n: number,
  heightM: number,
  dem: Dem,
): { extraDb: number; link: TerrainLink | null; problems: Problem[]; losDb: number } {
  const d = Math.max(1, Math.hypot(e - cell.e, n - cell.n));
  const key = { environment: cell.environment, fcGHz: cell.fcGHz, hBsM: cell.antennaHeightM, hUtM: heightM };
  const losDb = profilePathLossDb(pathLossProfile({ ...key, losMode: 'los' }, d + 10), d);
  const nlosDb = profilePathLossDb(pathLossProfile({ ...key, losMode: 'nlos' }, d + 10), d);
  const link = terrainLinkLoss(
    dem,
    { e: cell.e, n: cell.n, antennaHeightM: cell.antennaHeightM },
    { e, n, antennaHeightM: heightM },
    { fcGHz: cell.fcGHz },
  );
  if (!link.ok) return { extraDb: 0, link: null, problems: link.problems, losDb };
  const total = combineTerrainPathLossDb({
    losPathLossDb: losDb,
    nlosPathLossDb: nlosDb,
    terrainLossDb: link.value.diffractionLossDb,
  });
  return { extraDb: total - losDb, link: link.value, problems: link.warnings, losDb };
}

/**
 * The link from one cell to a WGS84 point at `targetHeightM` above ground: path loss by the cell's scenario
 * (TR 38.901, or TR 36.777 aerial above its height threshold), RSRP as the coverage kernel computes it
 * (cellPowerMw, antenna pattern included) and SINR against every other cell at the run's load. With a DEM the
 * path is LOS plus knife-edge diffraction capped at NLOS (core/terrain/terrain-loss.ts), for every cell.
 */
export function computeLink(args: {
  project: Pick<Project, 'sites' | 'radio'> & Partial<Pick<Project, 'calibration'>>;
  cellId: string;
  target: { lon: number; lat: number };
  targetHeightM: number;
  settings: CoverageSettings;
  dem: Dem | null;
}): LinkResult | null {
  const { settings, dem, targetHeightM } = args;
  const receivers = receiverCellsOf(args.project, settings.target);
  if (!receivers.ok) return null;
  const cells = receivers.value;
  const index = cells.findIndex((c) => c.id === args.cellId);
  const cell = cells[index];
  if (!cell) return null;
  const [e, n] = wgs84ToUtm32([args.target.lon, args.target.lat]);
  const distanceM = Math.hypot(e - cell.e, n - cell.n);
  const losMode: LosMode = dem ? 'los' : settings.losMode;
  const maxD = Math.max(...cells.map((c) => Math.hypot(e - c.e, n - c.n))) + 1000;
  const prepared = preparePointModels(
    cells,
    {
      rxHeightM: targetHeightM,
      losMode,
      load: settings.loadPercent / 100,
      noiseFigureDb: ueNoiseFigureOf(args.project).valueDb,
    },
    maxD,
  );
  const profile = pathLossProfile(
    { environment: cell.environment, losMode, fcGHz: cell.fcGHz, hBsM: cell.antennaHeightM, hUtM: targetHeightM },
    // Warnings are sampled at 100 m and at the far end: make the far end this link's own distance.
    Math.max(distanceM, 1) + 10,
  );
  let pathLossDb = profilePathLossDb(profile, Math.max(1, distanceM));
  let terrain: TerrainLink | null = null;
  let terrainProblems: Problem[] = [];
  let sum = 0;
  let own = 0;
  for (const [i, model] of prepared.models.entries()) {
    const c = model.cell;
    const extra = dem ? terrainExtra(c, e, n, targetHeightM, dem) : null;
    if (i === index && extra) {
      terrain = extra.link;
      terrainProblems = extra.problems;
      pathLossDb = extra.losDb + extra.extraDb;
    }
    const p = cellPowerMw(model, e - c.e, n - c.n, extra?.extraDb ?? 0);
    sum += p;
    if (i === index) own = p;
  }
  const rsrpDbm = 10 * Math.log10(own);
  const calibrationDb = calibrationGainDb(cell.calibration, profile.aerial, distanceM);
  const buildingLossDb = indoorLossDb(settings.target, cell.fcGHz, cell.environment);
  const sinrDb = 10 * Math.log10(own / (prepared.load * Math.max(0, sum - own) + prepared.noiseMw));
  return {
    cell,
    distanceM,
    pathLossDb,
    model: {
      scenario: scenarioName(cell.environment, profile.aerial),
      aerial: profile.aerial,
      losMode: dem ? 'terrain' : losMode,
    },
    // The cells' power already has the building-entry loss taken off; show EIRP without it.
    eirpPerReDbm: cell.eirpPerReDbm + buildingLossDb,
    buildingLossDb,
    patternLossDb: Math.max(0, cell.eirpPerReDbm - pathLossDb + calibrationDb - rsrpDbm),
    calibrationDb,
    rsrpDbm,
    sinrDb,
    rsrpMarginDb: rsrpDbm - Math.min(settings.goodDbm, settings.edgeDbm),
    sinrMarginDb: sinrDb - settings.sinrDb,
    warnings: profile.warnings,
    terrain,
    terrainProblems,
  };
}
