import type { LocalizedText } from '../i18n/localized';
import type { BlendMethod, LosScenario } from './los-probability';
import { blendedPathLossDb, losProbability } from './los-probability';
import type { PathLossLink, PathLossModel } from './path-loss';
import { pathLoss } from './path-loss';
import type { PathLossResult } from './path-loss-result';

export interface BlendedPathLossOptions extends PathLossLink {
  scenario: LosScenario;
  method: BlendMethod;
  /** For method `threshold`: P_LOS at or above which LOS is used (default 0.5). */
  losThreshold?: number;
}

export interface BlendedPathLossResult {
  /** The blended median path loss in dB. */
  pathLossDb: number;
  /** LOS probability used (TR 38.901 Table 7.4.2-1). */
  pLos: number;
  los: PathLossResult;
  nlos: PathLossResult;
  /** Warnings of both evaluations, without duplicates. */
  warnings: LocalizedText[];
}

const MODELS: Record<LosScenario, [PathLossModel, PathLossModel]> = {
  RMa: ['RMa-LOS', 'RMa-NLOS'],
  UMa: ['UMa-LOS', 'UMa-NLOS'],
  UMi: ['UMi-LOS', 'UMi-NLOS'],
  'InH-Mixed': ['InH-LOS', 'InH-NLOS'],
  'InH-Open': ['InH-LOS', 'InH-NLOS'],
};

/**
 * One map value in dB from a scenario's LOS and NLOS path loss (TR 38.901 Table 7.4.1-1) and its LOS probability
 * (Table 7.4.2-1), blended by the user's chosen method (see BlendMethod). σSF is not combined: read it per condition.
 */
export function blendedPathLoss(options: BlendedPathLossOptions): BlendedPathLossResult {
  const { scenario, method, losThreshold, ...geometry } = options;
  const [losModel, nlosModel] = MODELS[scenario];
  const los = pathLoss({ ...geometry, model: losModel });
  const nlos = pathLoss({ ...geometry, model: nlosModel });
  const pLos = losProbability({ scenario, d2dM: geometry.d2dM, hUtM: geometry.hUtM });
  const pathLossDb = blendedPathLossDb({
    losPathLossDb: los.pathLossDb,
    nlosPathLossDb: nlos.pathLossDb,
    pLos,
    method,
    losThreshold,
  });
  // The same out-of-range input is reported by both models ("UMa LOS …", "UMa NLOS …"): keep one.
  const seen = new Set<string>();
  const warnings = [...los.warnings, ...nlos.warnings].filter((w) => {
    const key = w.en.replace(' NLOS (', ' LOS (');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { pathLossDb, pLos, los, nlos, warnings };
}
