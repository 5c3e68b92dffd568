import { describe, expect, it } from 'vitest';
import { freeSpacePathLoss38901Db, freeSpacePathLossDb, pathLoss } from '../../../../core/radio';

describe('free-space path loss', () => {
  it('3700 MHz at 1 km → 32.45 + 71.36 + 0 = 103.81 dB (docs/domain.md, reference-radio §2.9)', () => {
    expect(Math.abs(freeSpacePathLossDb({ frequencyMHz: 3700, distanceKm: 1 }) - 103.81)).toBeLessThan(0.005);
  });

  it('matches 20·log10(4π·d·f/c) within 0.01 dB (the 32.45 constant is rounded)', () => {
    const c = 299_792_458;
    for (const [fMHz, dKm] of [
      [3700, 0.25],
      [3500, 3],
      [900, 12],
    ] as const) {
      const exact = 20 * Math.log10((4 * Math.PI * dKm * 1e3 * fMHz * 1e6) / c);
      expect(Math.abs(freeSpacePathLossDb({ frequencyMHz: fMHz, distanceKm: dKm }) - exact)).toBeLessThan(0.01);
    }
  });

  it('38.901 form: 32.4 + 20log10(fc_GHz) + 20log10(d3D_m)', () => {
    const expected = 32.4 + 20 * Math.log10(3.7) + 20 * Math.log10(500);
    expect(freeSpacePathLoss38901Db({ fcGHz: 3.7, d3dM: 500 })).toBeCloseTo(expected, 10);
  });

  it("the dispatcher's FSPL uses d3D: RMa row 1 of reference-radio §2.8 → 84.28 dB", () => {
    const r = pathLoss({ model: 'FSPL', fcGHz: 3.7, d2dM: 100, hBsM: 35, hUtM: 1.5 });
    expect(Math.abs(r.pathLossDb - 84.28)).toBeLessThan(0.02);
    expect(r.shadowFadingStdDb).toBe(0);
    expect(r.warnings).toEqual([]);
  });

  it('rejects non-physical input as a bug (RangeError)', () => {
    expect(() => freeSpacePathLossDb({ frequencyMHz: 0, distanceKm: 1 })).toThrow(RangeError);
    expect(() => freeSpacePathLossDb({ frequencyMHz: 3700, distanceKm: -1 })).toThrow(RangeError);
  });
});
