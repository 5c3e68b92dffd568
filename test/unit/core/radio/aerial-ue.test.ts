import { describe, expect, it } from 'vitest';
import { aerialLosProbability, aerialPathLoss, pathLoss } from '../../../../core/radio';

const log10 = Math.log10;
const FC = 3.7;

describe('TR 36.777 Annex B aerial-UE path loss (formulas written out; ±1e-9 dB)', () => {
  it('RMa-AV LOS at hUT 100 m, d2D 1 km: max(23.9 − 1.8log h, 20)·log d3D + 20log(40π·fc/3)', () => {
    const d3d = Math.hypot(1000, 100 - 35);
    const expected = Math.max(23.9 - 1.8 * log10(100), 20) * log10(d3d) + 20 * log10((40 * Math.PI * FC) / 3);
    const r = aerialPathLoss({ scenario: 'RMa-AV', condition: 'LOS', fcGHz: FC, d2dM: 1000, hBsM: 35, hUtM: 100 });
    expect(r.pathLossDb).toBeCloseTo(expected, 9);
    expect(r.shadowFadingStdDb).toBeCloseTo(4.2 * Math.exp(-0.0046 * 100), 12);
    expect(r.warnings).toEqual([]);
  });

  it('RMa-AV NLOS = max(LOS, −12 + (35 − 5.3log h)·log d3D + 20log(40π·fc/3)), σ 6 dB', () => {
    const d3d = Math.hypot(2000, 120 - 35);
    const fcTerm = 20 * log10((40 * Math.PI * FC) / 3);
    const los = Math.max(23.9 - 1.8 * log10(120), 20) * log10(d3d) + fcTerm;
    const nlos = -12 + (35 - 5.3 * log10(120)) * log10(d3d) + fcTerm;
    const r = aerialPathLoss({ scenario: 'RMa-AV', condition: 'NLOS', fcGHz: FC, d2dM: 2000, hBsM: 35, hUtM: 120 });
    expect(r.pathLossDb).toBeCloseTo(Math.max(los, nlos), 9);
    expect(r.shadowFadingStdDb).toBe(6);
  });

  it('UMa-AV LOS 28 + 22log d3D + 20log fc and NLOS −17.5 + (46 − 7log h)·log d3D + 20log(40π·fc/3)', () => {
    const d3d = Math.hypot(500, 60 - 25);
    const base = { scenario: 'UMa-AV', fcGHz: FC, d2dM: 500, hBsM: 25, hUtM: 60 } as const;
    const los = aerialPathLoss({ ...base, condition: 'LOS' });
    const nlos = aerialPathLoss({ ...base, condition: 'NLOS' });
    expect(los.pathLossDb).toBeCloseTo(28 + 22 * log10(d3d) + 20 * log10(FC), 9);
    expect(los.shadowFadingStdDb).toBeCloseTo(4.64 * Math.exp(-0.0066 * 60), 12);
    expect(nlos.pathLossDb).toBeCloseTo(
      -17.5 + (46 - 7 * log10(60)) * log10(d3d) + 20 * log10((40 * Math.PI * FC) / 3),
      9,
    );
    expect(nlos.shadowFadingStdDb).toBe(6);
  });

  it('at or below the aerial threshold (10 m RMa-AV, 22.5 m UMa-AV) uses TR 38.901 RMa / UMa', () => {
    const rma = aerialPathLoss({ scenario: 'RMa-AV', condition: 'NLOS', fcGHz: FC, d2dM: 800, hBsM: 35, hUtM: 10 });
    expect(rma).toEqual(pathLoss({ model: 'RMa-NLOS', fcGHz: FC, d2dM: 800, hBsM: 35, hUtM: 10 }));
    const uma = aerialPathLoss({ scenario: 'UMa-AV', condition: 'LOS', fcGHz: FC, d2dM: 800, hBsM: 25, hUtM: 22.5 });
    expect(uma).toEqual(pathLoss({ model: 'UMa-LOS', fcGHz: FC, d2dM: 800, hBsM: 25, hUtM: 22.5 }));
  });

  it('warns above 300 m and beyond 4 km (UMa-AV), still returning the formula value', () => {
    const high = aerialPathLoss({ scenario: 'UMa-AV', condition: 'LOS', fcGHz: FC, d2dM: 500, hBsM: 25, hUtM: 400 });
    expect(high.warnings[0]?.en).toContain('hUT = 400 m');
    expect(high.pathLossDb).toBeCloseTo(28 + 22 * log10(Math.hypot(500, 375)) + 20 * log10(FC), 9);
    const far = aerialPathLoss({ scenario: 'UMa-AV', condition: 'LOS', fcGHz: FC, d2dM: 6000, hBsM: 25, hUtM: 100 });
    expect(far.warnings[0]?.en).toContain('d2D = 6,000 m'); // en-GB grouping
  });
});

describe('TR 36.777 Table B-1 aerial LOS probability', () => {
  it('UMa-AV h 50 m, d2D 200 m: d1 = max(460log h − 700, 18), p1 = 4300log h − 3800 → ≈ 0.967', () => {
    const d1 = Math.max(460 * log10(50) - 700, 18);
    const p1 = 4300 * log10(50) - 3800;
    const expected = d1 / 200 + Math.exp(-200 / p1) * (1 - d1 / 200);
    const p = aerialLosProbability({ scenario: 'UMa-AV', d2dM: 200, hUtM: 50 });
    expect(p).toBeCloseTo(expected, 12);
    expect(Math.abs(p - 0.9672)).toBeLessThan(0.0005);
  });

  it('RMa-AV h 30 m written out; 1 above 40 m; TR 38.901 RMa at or below 10 m', () => {
    const d1 = Math.max(1350.8 * log10(30) - 1602, 18);
    const p1 = Math.max(15021 * log10(30) - 16053, 1000);
    const expected = d1 / 3000 + Math.exp(-3000 / p1) * (1 - d1 / 3000);
    expect(aerialLosProbability({ scenario: 'RMa-AV', d2dM: 3000, hUtM: 30 })).toBeCloseTo(expected, 12);
    expect(aerialLosProbability({ scenario: 'RMa-AV', d2dM: 9000, hUtM: 41 })).toBe(1);
    expect(aerialLosProbability({ scenario: 'RMa-AV', d2dM: 1010, hUtM: 5 })).toBeCloseTo(Math.exp(-1), 12);
  });

  it('UMa-AV is 1 above 100 m and within d1', () => {
    expect(aerialLosProbability({ scenario: 'UMa-AV', d2dM: 3000, hUtM: 150 })).toBe(1);
    const d1 = 460 * log10(80) - 700; // ≈ 175 m
    expect(aerialLosProbability({ scenario: 'UMa-AV', d2dM: d1, hUtM: 80 })).toBe(1);
  });
});
