import { describe, expect, it } from 'vitest';
import { medianIndoorDistanceM, o2iLoss } from '../../../../core/radio';

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
