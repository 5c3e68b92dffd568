import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blendedPathLoss, blendedPathLossDb, losProbability, type LosScenario } from '../../../../core/radio';

/** reference-radio.md §2.8, P_LOS column (4 decimals), hUT = 1.5 m. */
const PUBLISHED: [LosScenario, number, number][] = [
  ['RMa', 100, 0.9139],
  ['RMa', 500, 0.6126],
  ['RMa', 1000, 0.3716],
  ['RMa', 2000, 0.1367],
  ['RMa', 5000, 0.0068],
  ['RMa', 8000, 0.0003],
  ['UMa', 10, 1],
  ['UMa', 50, 0.6494],
  ['UMa', 100, 0.3477],
  ['UMa', 200, 0.128],
  ['UMa', 500, 0.0363],
  ['UMa', 1000, 0.018],
  ['UMa', 2000, 0.009],
  ['UMi', 10, 1],
  ['UMi', 50, 0.5196],
  ['UMi', 100, 0.231],
  ['UMi', 200, 0.0935],
  ['UMi', 300, 0.0602],
  ['UMi', 500, 0.036],
  ['InH-Mixed', 5, 0.4455],
  ['InH-Mixed', 20, 0.2115],
  ['InH-Mixed', 50, 0.0843],
  ['InH-Mixed', 100, 0.0182],
  ['InH-Open', 5, 1],
  ['InH-Open', 20, 0.8091],
  ['InH-Open', 50, 0.5375],
  ['InH-Open', 100, 0.4244],
];

describe('TR 38.901 Table 7.4.2-1 LOS probability', () => {
  it.each(PUBLISHED)('%s at %d m → %f (reference-radio §2.8, ±0.00006)', (scenario, d2dM, expected) => {
    expect(Math.abs(losProbability({ scenario, d2dM }) - expected)).toBeLessThan(0.00006);
  });

  it('is exactly 1 up to 18 m in UMi and UMa, 10 m in RMa', () => {
    for (const d of [0, 1, 17.9, 18]) {
      expect(losProbability({ scenario: 'UMi', d2dM: d })).toBe(1);
      expect(losProbability({ scenario: 'UMa', d2dM: d, hUtM: 22 })).toBe(1);
    }
    expect(losProbability({ scenario: 'RMa', d2dM: 10 })).toBe(1);
  });

  it("UMa hUT term written out: hUT 20 m, d 100 m → base·(1 + C'·5/4·(d/100)³·e^(−d/150))", () => {
    const base = 18 / 100 + Math.exp(-100 / 63) * (1 - 18 / 100);
    const cPrime = ((20 - 13) / 10) ** 1.5;
    const expected = base * (1 + cPrime * 1.25 * 1 * Math.exp(-100 / 150));
    expect(losProbability({ scenario: 'UMa', d2dM: 100, hUtM: 20 })).toBeCloseTo(expected, 12);
    expect(losProbability({ scenario: 'UMa', d2dM: 100, hUtM: 13 })).toBeCloseTo(base, 12);
  });
});

describe('blending LOS and NLOS', () => {
  it('mean-db reproduces the E[PL] table of reference-radio §2.8 (±0.02 dB: table inputs are rounded)', () => {
    // The doc lists UMi 500 m as 128.72 dB, but its own row 19 (P 0.0360, LOS 107.14, NLOS 129.78) gives
    // 0.036·107.14 + 0.964·129.78 = 128.96 dB; recomputed independently in Python as 128.963. We test 128.96.
    const table: [number, number, number][] = [
      [50, 83.06, 86.84],
      [100, 96.6, 100.69],
      [200, 111.76, 113.53],
      [500, 129.25, 128.96],
    ];
    for (const [d, uma, umi] of table) {
      const geometry = { fcGHz: 3.7, d2dM: d, hUtM: 1.5, method: 'mean-db' } as const;
      expect(Math.abs(blendedPathLoss({ ...geometry, scenario: 'UMa', hBsM: 25 }).pathLossDb - uma)).toBeLessThan(0.02);
      expect(Math.abs(blendedPathLoss({ ...geometry, scenario: 'UMi', hBsM: 10 }).pathLossDb - umi)).toBeLessThan(0.02);
    }
  });

  it('mean-linear is the loss of the expected power; it never exceeds mean-db (Jensen)', () => {
    const args = { losPathLossDb: 80, nlosPathLossDb: 100, pLos: 0.5 };
    const linear = blendedPathLossDb({ ...args, method: 'mean-linear' });
    expect(linear).toBeCloseTo(-10 * Math.log10(0.5 * 1e-8 + 0.5 * 1e-10), 12);
    expect(linear).toBeLessThanOrEqual(blendedPathLossDb({ ...args, method: 'mean-db' }));
  });

  it('threshold picks LOS at or above the threshold, NLOS below', () => {
    const base = { losPathLossDb: 80, nlosPathLossDb: 100, method: 'threshold' } as const;
    expect(blendedPathLossDb({ ...base, pLos: 0.5 })).toBe(80);
    expect(blendedPathLossDb({ ...base, pLos: 0.49 })).toBe(100);
    expect(blendedPathLossDb({ ...base, pLos: 0.7, losThreshold: 0.8 })).toBe(100);
  });

  it('all methods agree at P_LOS 0 and 1', () => {
    for (const method of ['mean-db', 'mean-linear', 'threshold'] as const) {
      expect(blendedPathLossDb({ losPathLossDb: 80, nlosPathLossDb: 100, pLos: 1, method })).toBeCloseTo(80, 12);
      expect(blendedPathLossDb({ losPathLossDb: 80, nlosPathLossDb: 100, pLos: 0, method })).toBeCloseTo(100, 12);
    }
  });

  it('keeps warnings of both conditions without duplicates', () => {
    const r = blendedPathLoss({ scenario: 'UMa', method: 'mean-db', fcGHz: 3.7, d2dM: 5, hBsM: 30, hUtM: 1.5 });
    expect(r.warnings).toHaveLength(2); // hBS ≠ 25 m and d2D < 10 m, once each
  });
});

describe('UMa LOS probability for tall UEs', () => {
  it('stays within [0, 1] for every hUT 13–23 m and distance (found by the coverage fuzz test)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 13, max: 23, noNaN: true }),
        (d2dM, hUtM) => {
          const p = losProbability({ scenario: 'UMa', d2dM, hUtM });
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
