import { describe, expect, it } from 'vitest';
import { SE_PARAMS_LTE, SE_PARAMS_NR, spectralEfficiencyBpsHz } from '../../../../core/nr';

/** SE = α·log2(1 + 10^(SINR/10)), 0 below SINR_min, capped at α·log2(1 + 10^(SINR_max/10)). */
function shannon(sinrDb: number, alpha: number, minDb: number, maxDb: number): number {
  if (sinrDb < minDb) return 0;
  const capped = Math.min(sinrDb, maxDb);
  return alpha * Math.log2(1 + Math.pow(10, capped / 10));
}

/** reference-radio §4.3 table (3 decimals): SINR dB → [NR DL α 0.6, NR UL α 0.4]. */
const TABLE: [number, number, number][] = [
  [-10, 0.083, 0.055],
  [0, 0.6, 0.4],
  [5, 1.234, 0.823],
  [10, 2.076, 1.384],
  [15, 3.017, 2.011],
  [20, 3.995, 2.663],
  [22, 4.39, 2.927],
  [30, 5.98, 2.927],
];

describe('truncated Shannon SE, NR defaults (SHARC: DL 0.6/−10…30 dB, UL 0.4/−10…22 dB)', () => {
  it.each(TABLE)('%i dB → DL %f, UL %f b/s/Hz (±0.0006, table rounding)', (sinrDb, dl, ul) => {
    expect(Math.abs(spectralEfficiencyBpsHz(sinrDb, SE_PARAMS_NR.DL) - dl)).toBeLessThanOrEqual(0.0006);
    expect(Math.abs(spectralEfficiencyBpsHz(sinrDb, SE_PARAMS_NR.UL) - ul)).toBeLessThanOrEqual(0.0006);
  });

  it.each([-12, -10, -3.7, 0, 7.5, 21.9, 22, 25, 29.9, 35])('%f dB agrees with the formula written out', (sinrDb) => {
    expect(spectralEfficiencyBpsHz(sinrDb, SE_PARAMS_NR.DL)).toBeCloseTo(shannon(sinrDb, 0.6, -10, 30), 12);
    expect(spectralEfficiencyBpsHz(sinrDb, SE_PARAMS_NR.UL)).toBeCloseTo(shannon(sinrDb, 0.4, -10, 22), 12);
  });

  it('is 0 below SINR_min and capped above, also at ±Infinity', () => {
    expect(spectralEfficiencyBpsHz(-10.01, SE_PARAMS_NR.DL)).toBe(0);
    expect(spectralEfficiencyBpsHz(-Infinity, SE_PARAMS_NR.UL)).toBe(0);
    expect(spectralEfficiencyBpsHz(Infinity, SE_PARAMS_NR.DL)).toBeCloseTo(5.98, 2);
  });

  it('LTE TR 36.942 variant caps at SE_max 4.4 DL / 2.0 UL', () => {
    expect(spectralEfficiencyBpsHz(30, SE_PARAMS_LTE.DL)).toBe(4.4);
    expect(spectralEfficiencyBpsHz(30, SE_PARAMS_LTE.UL)).toBe(2.0);
    expect(spectralEfficiencyBpsHz(0, SE_PARAMS_LTE.UL)).toBeCloseTo(0.4, 12);
  });
});
