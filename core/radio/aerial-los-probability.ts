import type { AerialScenario } from './aerial-ue';
import { losProbability } from './los-probability';
import { assertFinite } from './units';

export interface AerialLosOptions {
  scenario: AerialScenario;
  d2dM: number;
  hUtM: number;
}

/** d1/d2D + exp(−d2D/p1)·(1 − d1/d2D) for d2D > d1, else 1 (TR 36.777 Table B-1 form). */
function losWithD1P1(d2dM: number, d1M: number, p1M: number): number {
  return d2dM <= d1M ? 1 : d1M / d2dM + Math.exp(-d2dM / p1M) * (1 - d1M / d2dM);
}

/**
 * Aerial-UE LOS probability (0…1), 3GPP TR 36.777 Table B-1. RMa-AV: TR 38.901 RMa up to 10 m; 10–40 m with
 * d1 = max(1350.8log hUT − 1602, 18), p1 = max(15021log hUT − 16053, 1000); 1 above 40 m. UMa-AV: TR 38.901 UMa
 * up to 22.5 m; 22.5–100 m with d1 = max(460log hUT − 700, 18), p1 = 4300log hUT − 3800; 1 above 100 m. UMi-AV:
 * TR 38.901 UMi up to 22.5 m; 22.5–300 m with d1 = max(294.05log hUT − 432.94, 18), p1 = 233.98log hUT − 0.95
 * (extrapolated above 300 m). Derived for hBS 35 m (RMa-AV), 25 m (UMa-AV) and 10 m (UMi-AV).
 */
export function aerialLosProbability({ scenario, d2dM, hUtM }: AerialLosOptions): number {
  assertFinite('d2dM', d2dM, 0, true);
  assertFinite('hUtM', hUtM, 0, false);
  const logH = Math.log10(hUtM);
  switch (scenario) {
    case 'RMa-AV':
      if (hUtM <= 10) return losProbability({ scenario: 'RMa', d2dM, hUtM });
      if (hUtM > 40) return 1;
      return losWithD1P1(d2dM, Math.max(1350.8 * logH - 1602, 18), Math.max(15021 * logH - 16053, 1000));
    case 'UMa-AV':
      if (hUtM <= 22.5) return losProbability({ scenario: 'UMa', d2dM, hUtM });
      if (hUtM > 100) return 1;
      return losWithD1P1(d2dM, Math.max(460 * logH - 700, 18), 4300 * logH - 3800);
    case 'UMi-AV':
      if (hUtM <= 22.5) return losProbability({ scenario: 'UMi', d2dM, hUtM });
      return losWithD1P1(d2dM, Math.max(294.05 * logH - 432.94, 18), 233.98 * logH - 0.95);
  }
}
