import { describe, expect, it } from 'vitest';
import { medianIndoorDistanceM, O2I_INDOOR_MAX_M, o2iLoss, o2iLossFor } from '../../../../core/radio';

describe('TR 38.901 §7.4.3.1 O2I building entry loss', () => {
  it('at 3.7 GHz: low-loss PL_tw = 12.77 dB, high-loss 27.32 dB (reference-radio §2.6)', () => {
    expect(Math.abs(o2iLoss({ model: 'low-loss', fcGHz: 3.7 }).wallLossDb - 12.77)).toBeLessThan(0.006);
    expect(Math.abs(o2iLoss({ model: 'high-loss', fcGHz: 3.7 }).wallLossDb - 27.32)).toBeLessThan(0.006);
  });

  it('low-loss written out at 28 GHz: 5 − 10log(0.3·10^(−(2+0.2f)/10) + 0.7·10^(−(5+4f)/10))', () => {
    const f = 28;
    const expected = 5 - 10 * Math.log10(0.3 * 10 ** (-(2 + 0.2 * f) / 10) + 0.7 * 10 ** (-(5 + 4 * f) / 10));
    expect(o2iLoss({ model: 'low-loss', fcGHz: f }).wallLossDb).toBeCloseTo(expected, 10);
  });

  it('adds 0.5 dB per indoor metre and reports σP 4.4 / 6.5 dB', () => {
    const low = o2iLoss({ model: 'low-loss', fcGHz: 3.7, indoorDistanceM: 10 });
    expect(low.indoorLossDb).toBe(5);
    expect(low.totalDb).toBeCloseTo(low.wallLossDb + 5, 12);
    expect(low.stdDb).toBe(4.4);
    expect(o2iLoss({ model: 'high-loss', fcGHz: 3.7 }).stdDb).toBe(6.5);
  });

  it('legacy sub-6 GHz option is 20 dB and warns above 6 GHz', () => {
    expect(o2iLoss({ model: 'legacy-sub6', fcGHz: 3.7 }).totalDb).toBe(20);
    expect(o2iLoss({ model: 'legacy-sub6', fcGHz: 3.7 }).warnings).toEqual([]);
    expect(o2iLoss({ model: 'legacy-sub6', fcGHz: 28 }).warnings).toHaveLength(1);
  });

  it('median indoor distance for min of two U(0, 25 m) is 25·(1 − 1/√2) ≈ 7.32 m', () => {
    expect(medianIndoorDistanceM(25)).toBeCloseTo(7.322, 3);
  });
});

describe('TR 38.901 §7.4.3.1 O2I per scenario: wall plus the in-building term', () => {
  // PL_in = 0.5·d2D-in; d2D-in = min of two U(0, 25 m) (UMa, UMi) or U(0, 10 m) (RMa), median max·(1 − 1/√2):
  // 7.322 m → 3.661 dB, 2.929 m → 1.464 dB. Walls at 3.7 GHz: low-loss 12.77 dB, high-loss 27.32 dB (above).
  it.each([
    ['UMa', 'low-loss', 12.77 + 3.661],
    ['UMi', 'low-loss', 12.77 + 3.661],
    ['RMa', 'low-loss', 12.77 + 1.464],
    ['UMa', 'high-loss', 27.32 + 3.661],
  ] as const)('%s %s at 3.7 GHz: %f dB', (scenario, model, expected) => {
    const r = o2iLossFor(scenario, model, 3.7);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.abs(r.loss.totalDb - expected)).toBeLessThan(0.01);
    expect(r.loss.indoorLossDb).toBeCloseTo(0.5 * medianIndoorDistanceM(O2I_INDOOR_MAX_M[scenario]), 12);
  });

  it('refuses the high-loss wall for RMa, bilingually (38.901: only the low-loss model applies to RMa)', () => {
    const r = o2iLossFor('RMa', 'high-loss', 3.7);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.en).toContain('only the low-loss model for RMa');
    expect(r.message.da).toContain('kun lavtabsmodellen');
  });
});
