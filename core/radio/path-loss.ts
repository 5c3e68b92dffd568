import { freeSpacePathLoss } from './free-space';
import type { LinkGeometry, PathLossResult } from './path-loss-result';
import { inhLosPathLoss, inhNlosPathLoss } from './tr38901-inh';
import { rmaLosPathLoss, rmaNlosPathLoss } from './tr38901-rma';
import { umaLosPathLoss, umaNlosPathLoss } from './tr38901-uma';
import { umiLosPathLoss, umiNlosPathLoss } from './tr38901-umi';
import { distance3dM } from './units';

/** Path-loss models the dispatcher knows: TR 38.901 scenario × condition, and free space. */
export const PATH_LOSS_MODELS = [
  'RMa-LOS',
  'RMa-NLOS',
  'UMa-LOS',
  'UMa-NLOS',
  'UMi-LOS',
  'UMi-NLOS',
  'InH-LOS',
  'InH-NLOS',
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

/**
 * Median path loss in dB with σSF and validity warnings for one model (3GPP TR 38.901 Table 7.4.1-1, or free
 * space 32.45 + 20log f_MHz + 20log d_km at d3D). See each model for its out-of-range policy.
 */
export function pathLoss(options: PathLossOptions): PathLossResult {
  const { model, fcGHz, d2dM, hBsM, hUtM } = options;
  const geometry = { fcGHz, d2dM, hBsM, hUtM };
  switch (model) {
    case 'RMa-LOS':
      return rmaLosPathLoss({ ...geometry, buildingHeightM: options.hM, streetWidthM: options.wM });
    case 'RMa-NLOS':
      return rmaNlosPathLoss({ ...geometry, buildingHeightM: options.hM, streetWidthM: options.wM });
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
  }
}
