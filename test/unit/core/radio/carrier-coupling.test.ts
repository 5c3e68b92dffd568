import { describe, expect, it } from 'vitest';
import {
  acirDb,
  carrierOverlapMHz,
  interferenceCouplingFactor,
  NR_BS_ACLR_DB,
  NR_N78_DL_ACIR,
  NR_N78_UE_ACS_DB,
} from '../../../../core/radio';

describe('ACIR = 1/(1/ACLR + 1/ACS) (TR 38.803 coexistence method)', () => {
  it('BS ACLR 45 dB with UE ACS 33 dB gives 32.73 dB', () => {
    // 10^−4.5 = 3.1623·10⁻⁵, 10^−3.3 = 5.0119·10⁻⁴; sum 5.3281·10⁻⁴; −10·log10(5.3281·10⁻⁴) = 32.734 dB
    expect(acirDb(45, 33)).toBeCloseTo(32.734, 3);
    expect(NR_N78_DL_ACIR.value).toBeCloseTo(32.734, 3);
  });

  it('is dominated by the weaker side and symmetric in its inputs', () => {
    expect(acirDb(33, 45)).toBeCloseTo(acirDb(45, 33), 12);
    expect(acirDb(60, 33)).toBeGreaterThan(32.9);
    expect(acirDb(30, 30)).toBeCloseTo(30 - 10 * Math.log10(2), 12); // equal sides: 3.01 dB below each
  });

  it('carries its sources and marks the values not verified against the spec text', () => {
    expect(NR_BS_ACLR_DB.value).toBe(45);
    expect(NR_N78_UE_ACS_DB.value).toBe(33);
    expect(NR_N78_UE_ACS_DB.source).toMatch(/38\.101-1/);
    expect(NR_N78_DL_ACIR.verified).toBe(false);
  });
});

describe('interference coupling by carrier overlap', () => {
  const acir = 32.734;
  const leak = 10 ** (-acir / 10); // 5.3281·10⁻⁴

  it('co-channel counts fully; a wider interferer covering the victim too', () => {
    expect(
      interferenceCouplingFactor({ centreMHz: 3700, bandwidthMHz: 60 }, { centreMHz: 3700, bandwidthMHz: 60 }, acir),
    ).toBe(1);
    expect(
      interferenceCouplingFactor({ centreMHz: 3700, bandwidthMHz: 20 }, { centreMHz: 3720, bandwidthMHz: 100 }, acir),
    ).toBe(1);
  });

  it('half overlap: 0.5 + 0.5/ACIR = 0.50027', () => {
    const f = interferenceCouplingFactor(
      { centreMHz: 3700, bandwidthMHz: 60 },
      { centreMHz: 3730, bandwidthMHz: 60 },
      acir,
    );
    expect(f).toBeCloseTo(0.5 + 0.5 * leak, 12);
    expect(f).toBeCloseTo(0.50027, 5);
  });

  it('the share is of the victim band: a 20 MHz interferer inside a 100 MHz victim counts 20 %', () => {
    const f = interferenceCouplingFactor(
      { centreMHz: 3450, bandwidthMHz: 100 },
      { centreMHz: 3430, bandwidthMHz: 20 },
      acir,
    );
    expect(f).toBeCloseTo(0.2 + 0.8 * leak, 12);
  });

  it('adjacent (touching or within one bandwidth): 1/ACIR; further away: 0', () => {
    const victim = { centreMHz: 3680, bandwidthMHz: 40 };
    expect(interferenceCouplingFactor(victim, { centreMHz: 3720, bandwidthMHz: 40 }, acir)).toBeCloseTo(leak, 12);
    expect(interferenceCouplingFactor(victim, { centreMHz: 3750, bandwidthMHz: 40 }, acir)).toBeCloseTo(leak, 12); // 30 MHz gap < 40 MHz
    expect(interferenceCouplingFactor(victim, { centreMHz: 3800, bandwidthMHz: 40 }, acir)).toBe(0); // 80 MHz gap
    expect(carrierOverlapMHz(victim, { centreMHz: 3800, bandwidthMHz: 40 })).toEqual({ overlapMHz: 0, gapMHz: 80 });
  });
});
