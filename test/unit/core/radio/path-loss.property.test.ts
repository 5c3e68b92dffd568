import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aerialPathLoss, PATH_LOSS_MODELS, pathLoss, pathLossDb, type PathLossModel } from '../../../../core/radio';

interface Scenario {
  models: [PathLossModel, PathLossModel];
  hBs: fc.Arbitrary<number>;
  hUt: fc.Arbitrary<number>;
  fcMax: number;
  /**
   * Allowed decrease in dB between a nearer and a farther point. RMa LOS is discontinuous at d_BP in the spec
   * itself: PL1 contains +0.002·log10(h)·d, so for large d_BP its log-slope exceeds the 40 dB/decade of PL2 and
   * PL1(d_BP) + 40log(d3D/d_BP) lands slightly below PL1(d3D) — measured ≤ 0.003 dB for hBS ≤ 150 m, h ≤ 50 m.
   */
  stepDownToleranceDb: number;
}

const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/** Valid inputs per scenario (TR 38.901 Table 7.4.1-1 ranges; UMa/UMi/InH at their nominal BS heights). */
const SCENARIOS: Scenario[] = [
  { models: ['RMa-LOS', 'RMa-NLOS'], hBs: dbl(10, 150), hUt: dbl(1, 10), fcMax: 30, stepDownToleranceDb: 0.005 },
  { models: ['UMa-LOS', 'UMa-NLOS'], hBs: fc.constant(25), hUt: dbl(1.5, 22.5), fcMax: 100, stepDownToleranceDb: 1e-9 },
  { models: ['UMi-LOS', 'UMi-NLOS'], hBs: fc.constant(10), hUt: dbl(1.5, 22.5), fcMax: 100, stepDownToleranceDb: 1e-9 },
  { models: ['InH-LOS', 'InH-NLOS'], hBs: fc.constant(3), hUt: dbl(1, 2.5), fcMax: 100, stepDownToleranceDb: 1e-9 },
];

const distancePair = fc
  .tuple(dbl(0, 10_000), dbl(0, 10_000))
  .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

/** RMa building height h and street width W, 5–50 m each (ignored by the other models). */
const rmaExtras = fc.record({ hM: dbl(5, 50), wM: dbl(5, 50) });

describe('pathLoss properties (fast-check)', () => {
  for (const { models, hBs, hUt, fcMax, stepDownToleranceDb } of SCENARIOS) {
    for (const model of models) {
      it(`${model}: finite and non-decreasing in distance (step tolerance ${stepDownToleranceDb} dB)`, () => {
        fc.assert(
          fc.property(
            dbl(0.5, fcMax),
            hBs,
            hUt,
            rmaExtras,
            distancePair,
            (fcGHz, hBsM, hUtM, extras, [dNear, dFar]) => {
              const base = { model, fcGHz, hBsM, hUtM, ...extras };
              const near = pathLoss({ ...base, d2dM: dNear }).pathLossDb;
              const far = pathLoss({ ...base, d2dM: dFar }).pathLossDb;
              expect(Number.isFinite(near)).toBe(true);
              expect(Number.isFinite(far)).toBe(true);
              expect(far).toBeGreaterThanOrEqual(near - stepDownToleranceDb);
            },
          ),
          { numRuns: 300 },
        );
      });
    }

    it(`${models[1]} ≥ ${models[0]} for all valid inputs (NLOS = max(LOS, NLOS'))`, () => {
      fc.assert(
        fc.property(dbl(0.5, fcMax), hBs, hUt, rmaExtras, dbl(0, 10_000), (fcGHz, hBsM, hUtM, extras, d2dM) => {
          const base = { fcGHz, d2dM, hBsM, hUtM, ...extras };
          const los = pathLoss({ ...base, model: models[0] }).pathLossDb;
          const nlos = pathLoss({ ...base, model: models[1] }).pathLossDb;
          expect(nlos).toBeGreaterThanOrEqual(los);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('aerial models: finite and non-decreasing in distance above the aerial height threshold', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('RMa-AV', 'UMa-AV', 'UMi-AV'),
        fc.constantFrom('LOS', 'NLOS'),
        dbl(23, 300),
        distancePair,
        (scenario, condition, hUtM, [dNear, dFar]) => {
          const base = {
            scenario,
            condition,
            fcGHz: 3.7,
            hBsM: { 'RMa-AV': 35, 'UMa-AV': 25, 'UMi-AV': 10 }[scenario],
            hUtM,
          } as const;
          const near = aerialPathLoss({ ...base, d2dM: dNear }).pathLossDb;
          const far = aerialPathLoss({ ...base, d2dM: dFar }).pathLossDb;
          expect(Number.isFinite(near)).toBe(true);
          expect(far).toBeGreaterThanOrEqual(near - 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('warning-free entry points (table building)', () => {
  it('pathLossDb equals pathLoss(…).pathLossDb for every model and any input, in or out of range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATH_LOSS_MODELS),
        dbl(0.5, 100),
        dbl(0, 20_000),
        dbl(1, 200),
        dbl(0.5, 400),
        rmaExtras,
        (model, fcGHz, d2dM, hBsM, hUtM, extras) => {
          const link = { model, fcGHz, d2dM, hBsM, hUtM, ...extras };
          expect(pathLossDb(link)).toBe(pathLoss(link).pathLossDb);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
