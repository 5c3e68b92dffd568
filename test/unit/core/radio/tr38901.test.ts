import { describe, expect, it } from 'vitest';
import {
  pathLoss,
  rmaBreakpointM,
  effectiveBreakpointM,
  type PathLossModel,
  type PathLossOptions,
} from '../../../../core/radio';

const log10 = Math.log10;
const FC = 3.7;

function pl(model: PathLossModel, d2dM: number, hBsM: number, hUtM: number, extra: Partial<PathLossOptions> = {}) {
  return pathLoss({ model, fcGHz: FC, d2dM, hBsM, hUtM, ...extra });
}

/** reference-radio.md §2.8 (fc 3.7 GHz, values to 0.01 dB): [d2D m, PL LOS, PL NLOS | null]. */
const RMA_TABLE: [number, number, number | null][] = [
  [100, 84.68, 93.16],
  [500, 99.09, 119.31],
  [1000, 105.94, 130.91],
  [2000, 113.5, 142.53],
  [5000, 126.29, 157.9],
  [8000, 134.45, null],
];
const UMA_TABLE: [number, number, number][] = [
  [10, 70.32, 79.9],
  [50, 77.69, 92.99],
  [100, 83.62, 103.52],
  [200, 90.05, 114.94],
  [500, 98.75, 130.4],
  [1000, 109.46, 142.15],
  [2000, 121.5, 153.91],
];
const UMI_TABLE: [number, number, number][] = [
  [10, 67.24, 73.97],
  [50, 79.57, 94.69],
  [100, 85.8, 105.16],
  [200, 92.09, 115.74],
  [300, 98.27, 121.95],
  [500, 107.14, 129.78],
];
/** InH rows are given at d3D; with hBS = hUT the dispatcher's d2D equals d3D. */
const INH_TABLE: [number, number, number][] = [
  [5, 55.86, 58.22],
  [20, 66.27, 81.28],
  [50, 73.16, 96.52],
  [100, 78.36, 108.05],
];

/** The table is rounded to 0.01 dB, so ±0.01 plus rounding slack. */
const TABLE_TOL_DB = 0.011;

describe('TR 38.901 Table 7.4.1-1 against reference-radio §2.8 (fc = 3.7 GHz)', () => {
  it.each(RMA_TABLE)('RMa hBS 35, hUT 1.5, W 20, h 5, d2D %d m', (d, los, nlos) => {
    expect(Math.abs(pl('RMa-LOS', d, 35, 1.5).pathLossDb - los)).toBeLessThan(TABLE_TOL_DB);
    if (nlos !== null) expect(Math.abs(pl('RMa-NLOS', d, 35, 1.5).pathLossDb - nlos)).toBeLessThan(TABLE_TOL_DB);
  });
  it.each(UMA_TABLE)('UMa hBS 25, hUT 1.5, d2D %d m', (d, los, nlos) => {
    expect(Math.abs(pl('UMa-LOS', d, 25, 1.5).pathLossDb - los)).toBeLessThan(TABLE_TOL_DB);
    expect(Math.abs(pl('UMa-NLOS', d, 25, 1.5).pathLossDb - nlos)).toBeLessThan(TABLE_TOL_DB);
  });
  it.each(UMI_TABLE)('UMi hBS 10, hUT 1.5, d2D %d m', (d, los, nlos) => {
    expect(Math.abs(pl('UMi-LOS', d, 10, 1.5).pathLossDb - los)).toBeLessThan(TABLE_TOL_DB);
    expect(Math.abs(pl('UMi-NLOS', d, 10, 1.5).pathLossDb - nlos)).toBeLessThan(TABLE_TOL_DB);
  });
  it.each(INH_TABLE)('InH d3D %d m', (d, los, nlos) => {
    expect(Math.abs(pl('InH-LOS', d, 1, 1).pathLossDb - los)).toBeLessThan(TABLE_TOL_DB);
    expect(Math.abs(pl('InH-NLOS', d, 1, 1).pathLossDb - nlos)).toBeLessThan(TABLE_TOL_DB);
  });

  it('"more checks" of §2.8: RMa 10 m / 4 km, UMa at d\'BP and 5 km, UMi at d\'BP and 1 km', () => {
    const cases: [PathLossModel, number, number, number][] = [
      ['RMa-LOS', 10, 35, 74.76],
      ['RMa-NLOS', 10, 35, 74.76], // NLOS' is 74.63 there, so max() returns LOS
      ['RMa-LOS', 4000, 35, 122.46],
      ['RMa-NLOS', 4000, 35, 154.16],
      ['UMa-LOS', 592, 25, 100.36],
      ['UMa-NLOS', 592, 25, 133.26],
      ['UMa-LOS', 5000, 25, 137.42],
      ['UMa-NLOS', 5000, 25, 169.46],
      ['UMi-LOS', 222, 10, 93.04],
      ['UMi-NLOS', 222, 10, 117.34],
      ['UMi-LOS', 1000, 10, 119.18],
      ['UMi-NLOS', 1000, 10, 140.4],
    ];
    for (const [model, d, hBs, expected] of cases) {
      expect(Math.abs(pl(model, d, hBs, 1.5).pathLossDb - expected), `${model} @ ${d} m`).toBeLessThan(TABLE_TOL_DB);
    }
  });

  it("breakpoints: RMa d_BP = 4068.4 m, UMa d'BP = 592.0 m, UMi d'BP = 222.0 m", () => {
    expect(rmaBreakpointM(FC, 35, 1.5)).toBeCloseTo(4068.4, 1);
    expect(effectiveBreakpointM(FC, 25, 1.5, 1)).toBeCloseTo(592.0, 1);
    expect(effectiveBreakpointM(FC, 10, 1.5, 1)).toBeCloseTo(222.0, 1);
  });
});

describe('TR 38.901 formulas written out by hand (±0.05 dB, here to 1e-9)', () => {
  it('UMa NLOS at 300 m, hUT 10 m: max(LOS PL1, 13.54 + 39.08log d3D + 20log fc − 0.6(hUT − 1.5))', () => {
    const d3d = Math.sqrt(300 ** 2 + (25 - 10) ** 2);
    const los = 28 + 22 * log10(d3d) + 20 * log10(FC); // d'BP = 4·24·9·3.7e9/3e8 = 10656 m > 300 m
    const nlos = 13.54 + 39.08 * log10(d3d) + 20 * log10(FC) - 0.6 * (10 - 1.5);
    expect(pl('UMa-NLOS', 300, 25, 10).pathLossDb).toBeCloseTo(Math.max(los, nlos), 9);
  });

  it("UMi LOS beyond d'BP at 400 m: 32.4 + 40log d3D + 20log fc − 9.5log(d'BP² + Δh²)", () => {
    const dbp = (4 * 9 * 0.5 * FC * 1e9) / 3e8;
    const d3d = Math.sqrt(400 ** 2 + 8.5 ** 2);
    const expected = 32.4 + 40 * log10(d3d) + 20 * log10(FC) - 9.5 * log10(dbp ** 2 + 8.5 ** 2);
    expect(pl('UMi-LOS', 400, 10, 1.5).pathLossDb).toBeCloseTo(expected, 9);
  });

  it('RMa LOS beyond d_BP at 6 km with h = 10 m: PL1(d_BP) + 40log(d3D/d_BP)', () => {
    const h = 10;
    const pl1 = (d: number) =>
      20 * log10((40 * Math.PI * d * FC) / 3) +
      Math.min(0.03 * h ** 1.72, 10) * log10(d) -
      Math.min(0.044 * h ** 1.72, 14.77) +
      0.002 * log10(h) * d;
    const dbp = (2 * Math.PI * 35 * 1.5 * FC * 1e9) / 3e8;
    const d3d = Math.sqrt(6000 ** 2 + 33.5 ** 2);
    expect(pl('RMa-LOS', 6000, 35, 1.5, { hM: h }).pathLossDb).toBeCloseTo(pl1(dbp) + 40 * log10(d3d / dbp), 9);
  });

  it('RMa LOS at d_BP is not continuous in the spec; the code follows the formulas on each side', () => {
    const dbp = rmaBreakpointM(FC, 35, 1.5);
    const d3dAt = (d: number) => Math.sqrt(d ** 2 + 33.5 ** 2);
    const pl1 = (d: number, h: number) =>
      20 * log10((40 * Math.PI * d * FC) / 3) +
      Math.min(0.03 * h ** 1.72, 10) * log10(d) -
      Math.min(0.044 * h ** 1.72, 14.77) +
      0.002 * log10(h) * d;
    for (const h of [5, 50]) {
      const before = pl('RMa-LOS', dbp, 35, 1.5, { hM: h }).pathLossDb;
      const after = pl('RMa-LOS', dbp + 1e-6, 35, 1.5, { hM: h }).pathLossDb;
      expect(before).toBeCloseTo(pl1(d3dAt(dbp), h), 9);
      expect(after).toBeCloseTo(pl1(dbp, h) + 40 * log10(d3dAt(dbp + 1e-6) / dbp), 9);
    }
    // h = 5 m: the step goes up (+0.0001 dB); h = 50 m: PL1 is steeper than 40 dB/decade there, so it goes down.
    expect(pl('RMa-LOS', dbp + 1e-6, 35, 1.5).pathLossDb).toBeGreaterThan(pl('RMa-LOS', dbp, 35, 1.5).pathLossDb);
    const stepH50 =
      pl('RMa-LOS', dbp + 1e-6, 35, 1.5, { hM: 50 }).pathLossDb - pl('RMa-LOS', dbp, 35, 1.5, { hM: 50 }).pathLossDb;
    expect(stepH50).toBeLessThan(0);
    expect(stepH50).toBeGreaterThan(-0.005);
    expect(pl('RMa-LOS', dbp, 35, 1.5).shadowFadingStdDb).toBe(4);
    expect(pl('RMa-LOS', dbp + 1, 35, 1.5).shadowFadingStdDb).toBe(6);
  });

  it("UMa and UMi LOS are continuous at d'BP (PL2 reduces to PL1 there)", () => {
    for (const [model, hBs] of [
      ['UMa-LOS', 25],
      ['UMi-LOS', 10],
    ] as const) {
      const dbp = effectiveBreakpointM(FC, hBs, 1.5, 1);
      const a = pl(model, dbp, hBs, 1.5).pathLossDb;
      const b = pl(model, dbp + 1e-6, hBs, 1.5).pathLossDb;
      expect(Math.abs(a - b)).toBeLessThan(1e-6);
    }
  });
});

describe("NLOS = max(LOS, NLOS') wherever the table says so", () => {
  it('NLOS ≥ LOS for every scenario over 10 m … 5 km', () => {
    const pairs: [PathLossModel, PathLossModel, number, number][] = [
      ['RMa-LOS', 'RMa-NLOS', 35, 1.5],
      ['UMa-LOS', 'UMa-NLOS', 25, 1.5],
      ['UMa-LOS', 'UMa-NLOS', 25, 20],
      ['UMi-LOS', 'UMi-NLOS', 10, 1.5],
      ['InH-LOS', 'InH-NLOS', 3, 1],
    ];
    for (const [losModel, nlosModel, hBs, hUt] of pairs) {
      for (let d = 1; d <= 5000; d *= 1.3) {
        expect(pl(nlosModel, d, hBs, hUt).pathLossDb).toBeGreaterThanOrEqual(pl(losModel, d, hBs, hUt).pathLossDb);
      }
    }
  });

  it('shadow-fading σ per Table 7.4.1-1', () => {
    expect(pl('UMa-LOS', 100, 25, 1.5).shadowFadingStdDb).toBe(4);
    expect(pl('UMa-NLOS', 100, 25, 1.5).shadowFadingStdDb).toBe(6);
    expect(pl('UMi-LOS', 100, 10, 1.5).shadowFadingStdDb).toBe(4);
    expect(pl('UMi-NLOS', 100, 10, 1.5).shadowFadingStdDb).toBe(7.82);
    expect(pl('RMa-NLOS', 100, 35, 1.5).shadowFadingStdDb).toBe(8);
    expect(pl('InH-LOS', 10, 3, 1).shadowFadingStdDb).toBe(3);
    expect(pl('InH-NLOS', 10, 3, 1).shadowFadingStdDb).toBe(8.03);
  });
});

describe('validity warnings (never silent extrapolation)', () => {
  it('in-range inputs carry no warnings', () => {
    expect(pl('UMa-NLOS', 300, 25, 1.5).warnings).toEqual([]);
    expect(pl('RMa-NLOS', 300, 35, 1.5).warnings).toEqual([]);
    expect(pl('UMi-LOS', 300, 10, 1.5).warnings).toEqual([]);
    expect(pl('InH-NLOS', 30, 3, 1).warnings).toEqual([]);
  });

  it('d2D below 10 m is evaluated at 10 m, with a warning in Danish and English', () => {
    const r = pl('UMa-LOS', 4, 25, 1.5);
    expect(r.pathLossDb).toBeCloseTo(pl('UMa-LOS', 10, 25, 1.5).pathLossDb, 12);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.en).toContain('d2D = 4 m');
    expect(r.warnings[0]?.en).toContain('10 m was used instead');
    expect(r.warnings[0]?.da).toContain('gyldighedsområde');
  });

  it('beyond the maximum distance the formula is extrapolated, with a warning', () => {
    const r = pl('RMa-NLOS', 7000, 35, 1.5);
    expect(r.warnings.some((w) => w.en.includes('extrapolated'))).toBe(true);
    expect(Number.isFinite(r.pathLossDb)).toBe(true);
    expect(pl('InH-LOS', 200, 3, 1).warnings).toHaveLength(1);
  });

  it('warns for a 6 m UMi mast (nominal 10 m), an RMa site at 8 m, hUT 30 m in UMa and fc 40 GHz in RMa', () => {
    expect(pl('UMi-LOS', 100, 6, 1.5).warnings[0]?.en).toContain('hBS = 10 m');
    expect(pl('RMa-LOS', 100, 8, 1.5).warnings[0]?.en).toContain('hBS = 8 m');
    expect(pl('UMa-NLOS', 100, 25, 30).warnings[0]?.en).toContain('hUT = 30 m');
    expect(pathLoss({ model: 'RMa-LOS', fcGHz: 40, d2dM: 100, hBsM: 35, hUtM: 1.5 }).warnings[0]?.en).toContain(
      'fc = 40 GHz',
    );
  });

  it('never mutates its options', () => {
    const options = Object.freeze({ model: 'RMa-NLOS', fcGHz: FC, d2dM: 3, hBsM: 35, hUtM: 1.5 } as const);
    expect(() => pathLoss(options)).not.toThrow();
  });
});
