import { aerialPathLoss, aerialPathLossDb, type AerialScenario } from './aerial-ue';
import { freeSpacePathLoss } from './free-space';
import type { LinkCondition, LinkGeometry, PathLossResult } from './path-loss-result';
import { inhLosDb, inhLosPathLoss, inhNlosDb, inhNlosPathLoss } from './tr38901-inh';
import { rmaLosDb, rmaLosPathLoss, rmaNlosDb, rmaNlosPathLoss } from './tr38901-rma';
import { umaLosDb, umaLosPathLoss, umaNlosDb, umaNlosPathLoss } from './tr38901-uma';
import { umiLosDb, umiLosPathLoss, umiNlosDb, umiNlosPathLoss } from './tr38901-umi';
import { distance3dM } from './units';

/** Path-loss models the dispatcher knows: TR 38.901 scenario × condition, TR 36.777 aerial UEs, and free space. */
export const PATH_LOSS_MODELS = [
  'RMa-LOS',
  'RMa-NLOS',
  'UMa-LOS',
  'UMa-NLOS',
  'UMi-LOS',
  'UMi-NLOS',
  'InH-LOS',
  'InH-NLOS',
  'RMa-AV-LOS',
  'RMa-AV-NLOS',
  'UMa-AV-LOS',
  'UMa-AV-NLOS',
  'UMi-AV-LOS',
  'UMi-AV-NLOS',
  'FSPL',
] as const;

export type PathLossModel = (typeof PATH_LOSS_MODELS)[number];

/** A BS–UT link with the RMa environment parameters the 38.901 formulas take. */
export interface PathLossLink extends LinkGeometry {
  /** RMa average building height in m (default 5). Ignored by other models. */
  hM?: number;
  /** RMa average street width in m (default 20). Ignored by other models. */
  wM?: number;
}

export interface PathLossOptions extends PathLossLink {
  model: PathLossModel;
}

/** The aerial scenario and condition of an `…-AV-…` model, or null for the terrestrial and free-space models. */
export function aerialModelParts(model: PathLossModel): { scenario: AerialScenario; condition: LinkCondition } | null {
  const match = /^(RMa|UMa|UMi)-AV-(N?LOS)$/.exec(model);
  if (!match) return null;
  return { scenario: `${match[1]}-AV` as AerialScenario, condition: match[2] as LinkCondition };
}

function aerialParts(model: PathLossModel): { scenario: AerialScenario; condition: LinkCondition } {
  const parts = aerialModelParts(model);
  if (!parts) throw new RangeError(`unknown path-loss model ${model}`);
  return parts;
}

/**
 * Median path loss in dB with σSF and validity warnings for one model (3GPP TR 38.901 Table 7.4.1-1, TR 36.777
 * Annex B Table B-2 for the -AV models, or free space 32.45 + 20log f_MHz + 20log d_km at d3D). See each model for
 * its out-of-range policy.
 */
export function pathLoss(options: PathLossOptions): PathLossResult {
  const { model, fcGHz, d2dM, hBsM, hUtM } = options;
  const geometry = { fcGHz, d2dM, hBsM, hUtM };
  const rma = { ...geometry, buildingHeightM: options.hM, streetWidthM: options.wM };
  switch (model) {
    case 'RMa-LOS':
      return rmaLosPathLoss(rma);
    case 'RMa-NLOS':
      return rmaNlosPathLoss(rma);
    case 'UMa-LOS':
      return umaLosPathLoss(geometry);
    case 'UMa-NLOS':
      return umaNlosPathLoss(geometry);
    case 'UMi-LOS':
      return umiLosPathLoss(geometry);
    case 'UMi-NLOS':
      return umiNlosPathLoss(geometry);
    case 'InH-LOS':
      return inhLosPathLoss(geometry);
    case 'InH-NLOS':
      return inhNlosPathLoss(geometry);
    case 'FSPL':
      return freeSpacePathLoss({ fcGHz, d3dM: distance3dM(d2dM, hBsM, hUtM) });
    default:
      return aerialPathLoss({
        ...geometry,
        ...aerialParts(model),
      });
  }
}

/**
 * The same median path loss in dB as pathLoss, without input validation or warning text: the entry point for
 * table building, where one link geometry is evaluated at thousands of distances (warnings come from one
 * pathLoss call per geometry instead).
 */
export function pathLossDb(options: PathLossOptions): number {
  const { model, fcGHz, d2dM, hBsM, hUtM } = options;
  const geometry = { fcGHz, d2dM, hBsM, hUtM };
  const rma = { ...geometry, buildingHeightM: options.hM, streetWidthM: options.wM };
  switch (model) {
    case 'RMa-LOS':
      return rmaLosDb(rma);
    case 'RMa-NLOS':
      return rmaNlosDb(rma);
    case 'UMa-LOS':
      return umaLosDb(geometry);
    case 'UMa-NLOS':
      return umaNlosDb(geometry);
    case 'UMi-LOS':
      return umiLosDb(geometry);
    case 'UMi-NLOS':
      return umiNlosDb(geometry);
    case 'InH-LOS':
      return inhLosDb(geometry);
    case 'InH-NLOS':
      return inhNlosDb(geometry);
    case 'FSPL':
      return freeSpacePathLoss({ fcGHz, d3dM: distance3dM(d2dM, hBsM, hUtM) }).pathLossDb;
    default:
      return aerialPathLossDb({
        ...geometry,
        ...aerialParts(model),
      });
  }
}
