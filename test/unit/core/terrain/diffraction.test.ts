import { describe, expect, it } from 'vitest';
import { bullingtonLoss, deygoutLoss, fresnelParameterV, knifeEdgeLossDb } from '../../../../core/terrain';

/** Fresnel integrals C(v), S(v) by composite Simpson (20 000 intervals; exact to ~1e-9 for |v| ≤ 5). */
function fresnelIntegrals(v: number): [number, number] {
  const n = 20_000;
  const h = v / n;
  let c = 0;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const t = i * h;
    const w = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
    c += w * Math.cos((Math.PI * t * t) / 2);
    s += w * Math.sin((Math.PI * t * t) / 2);
  }
  return [(c * h) / 3, (s * h) / 3];
}

/** Exact knife-edge loss, ITU-R P.526 eq. 27: J(v) = −20·log(√((1 − C − S)² + (C − S)²) / 2). */
function exactJ(v: number): number {
  const [c, s] = fresnelIntegrals(v);
  return -20 * Math.log10(Math.sqrt((1 - c - s) ** 2 + (c - s) ** 2) / 2);
}

const J = knifeEdgeLossDb;

describe('single knife edge (ITU-R P.526)', () => {
  it('J(0) ≈ 6.02 dB (exact 6.021, approximation 6.03)', () => {
    expect(exactJ(0)).toBeCloseTo(6.021, 3);
    expect(Math.abs(J(0) - 6.02)).toBeLessThan(0.05);
  });

  it('eq. 31 stays within ±0.5 dB of the Fresnel-integral value for v > −0.78', () => {
    for (const v of [-0.75, -0.7, -0.5, -0.3, 0, 0.3, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5]) {
      expect(Math.abs(J(v) - exactJ(v)), `v = ${v}`).toBeLessThanOrEqual(0.5);
    }
  });

  it('is 0 dB for v ≤ −0.78 and monotonic above', () => {
    expect(J(-0.78)).toBe(0);
    expect(J(-2)).toBe(0);
    expect(J(-0.7779)).toBeGreaterThanOrEqual(0);
    let last = 0;
    for (let v = -0.77; v < 10; v += 0.01) {
      expect(J(v)).toBeGreaterThanOrEqual(last);
      last = J(v);
    }
  });

  it('v = h·√(2/λ·(1/d1 + 1/d2))', () => {
    // h = 10 m, d1 = d2 = 500 m, λ = 0.081025 m: 10·√(24.684 · 0.004) = 10·√0.098737 = 3.1422.
    expect(fresnelParameterV(10, 500, 500, 0.081025)).toBeCloseTo(3.1422, 3);
  });
});

// Two ridges on a 10 km path, terminals at 0 m, λ = 0.3 m (1 GHz):
//   edge A at 3 km, 40 m; edge B at 7 km, 30 m.
const twoRidges = {
  distancesM: [3000, 7000],
  heightsM: [40, 30],
  txHeightM: 0,
  rxHeightM: 0,
  totalDistanceM: 10_000,
  wavelengthM: 0.3,
};

describe('Deygout (hand-worked two-edge example)', () => {
  it('takes the main edge, then the sub-edge on its Rx side', () => {
    // Step 1, v over the Tx–Rx line (at 0 m), factor √(2·10 000 / (0.3·3000·7000)) = √0.0031746 = 0.056344:
    //   v_A = 40 · 0.056344 = 2.2537, v_B = 30 · 0.056344 = 1.6903 → main edge A.
    // Step 2, Tx side of A: no points. Rx side: line A(3000, 40) → Rx(10 000, 0) is at 40 − 40·4000/7000
    //   = 17.143 m at 7 km, so B stands 12.857 m above it; v = 12.857·√(2·7000 / (0.3·4000·3000)) = 0.80178.
    // Step 3, J(2.2537) = 20.019 dB, J(0.80178) = 12.582 dB → total 32.60 dB.
    const r = deygoutLoss(twoRidges);
    expect(r.edges.map((e) => e.distanceM)).toEqual([3000, 7000]);
    expect(r.edges[0]?.v).toBeCloseTo(2.2537, 3);
    expect(r.edges[1]?.v).toBeCloseTo(0.80178, 4);
    expect(r.edges[0]?.lossDb).toBeCloseTo(20.019, 2);
    expect(r.edges[1]?.lossDb).toBeCloseTo(12.582, 2);
    expect(r.lossDb).toBeCloseTo(32.6, 1);
    expect(deygoutLoss(twoRidges, 1).lossDb).toBeCloseTo(20.019, 2);
  });

  it('is 0 dB on a clear path and reduces to J(v) for one edge', () => {
    expect(deygoutLoss({ ...twoRidges, txHeightM: 200, rxHeightM: 200 }).lossDb).toBe(0);
    const one = deygoutLoss({ ...twoRidges, distancesM: [5000], heightsM: [10] });
    expect(one.lossDb).toBeCloseTo(J(fresnelParameterV(10, 5000, 5000, 0.3)), 9);
  });
});

describe('Deygout: one ridge is one edge', () => {
  // The two-ridge path of the hand-worked example, each ridge now sampled by three points 2 m apart (a crest a
  // few pixels wide, as a profile over a raster sees it): the answer must stay 32.60 dB, not count six edges.
  const sampled = {
    ...twoRidges,
    distancesM: [2998, 3000, 3002, 6998, 7000, 7002],
    heightsM: [40, 40, 39.9, 29.95, 30, 30],
    mergeGapM: 3,
  };

  it('merges the samples of each crest into one edge (hand-worked total 32.6 dB ± 0.1)', () => {
    const r = deygoutLoss(sampled);
    expect(r.edges).toHaveLength(2);
    expect(r.edges[0]?.distanceM).toBeCloseTo(3000, -1);
    expect(r.edges[1]?.distanceM).toBeCloseTo(7000, -1);
    expect(r.lossDb).toBeCloseTo(32.6, 0);
    expect(Math.abs(r.lossDb - 32.6)).toBeLessThan(0.15);
  });

  it('counts a crest sampled twice once; listed as separate knife edges it would add a spurious ~6 dB edge', () => {
    // One 40 m crest seen by two samples 1 m apart (3000 and 3001 m) on a 4 km path, terminals at 0 m, 1 GHz.
    // Main edge: the later sample, v = 40·√(2·4000/(0.3·3001·999)) = 3.7722 → J = 6.9 + 20·log(7.478) = 24.38 dB.
    // Unmerged, the first sample stands 0.0133 m above the line Tx → main edge, 1 m before it:
    // v = 0.0133·√(2·3001/(0.3·3000·1)) = 0.0344 → J = 6.33 dB more.
    const crest = {
      distancesM: [3000, 3001],
      heightsM: [40, 40],
      txHeightM: 0,
      rxHeightM: 0,
      totalDistanceM: 4000,
      wavelengthM: 0.3,
    };
    const merged = deygoutLoss({ ...crest, mergeGapM: 1.5 });
    expect(merged.edges).toHaveLength(1);
    expect(merged.edges[0]?.v).toBeCloseTo(3.7722, 3);
    expect(merged.lossDb).toBeCloseTo(24.38, 1);
    const listed = deygoutLoss(crest);
    expect(listed.edges).toHaveLength(2);
    expect(listed.lossDb - merged.lossDb).toBeCloseTo(6.33, 1);
  });

  it('keeps two crests apart when a valley deeper than RIDGE_VALLEY_MIN_M lies between them', () => {
    // A 30 m plateau from 2.9 to 3.1 km with a 0.2 m dip (one ridge) vs a 5 m dip (two crests 200 m apart).
    const plateau = (dip: number) => ({
      ...twoRidges,
      distancesM: [2900, 3000, 3100],
      heightsM: [40, 40 - dip, 40],
      mergeGapM: 150,
    });
    expect(deygoutLoss(plateau(0.2)).edges).toHaveLength(1);
    expect(deygoutLoss(plateau(5)).edges).toHaveLength(2);
  });
});

describe('Bullington (ITU-R P.526-15 §4.5.1 eqs. 50–57)', () => {
  it('hand-worked two-ridge example', () => {
    // S_tim = max(40/3000, 30/7000) = 0.013333; S_tr = 0 → NLOS. S_rim = max(40/7000, 30/3000) = 0.01.
    // d_b = (0 − 0 + 0.01·10 000) / (0.013333 + 0.01) = 4285.7 m; h_b = 0.013333 · 4285.7 = 57.143 m.
    // v_b = 57.143·√(2·10 000 / (0.3·4285.7·5714.3)) = 2.9815; J = 22.363 dB.
    // L_b = 22.363 + (1 − e^(−22.363/6))·(10 + 0.02·10) = 22.363 + 0.97593·10.2 = 32.318 dB.
    const r = bullingtonLoss(twoRidges);
    expect(r.edges[0]?.distanceM).toBeCloseTo(4285.7, 1);
    expect(r.edges[0]?.heightM).toBeCloseTo(57.143, 3);
    expect(r.edges[0]?.v).toBeCloseTo(2.9815, 3);
    expect(r.lossDb).toBeCloseTo(32.318, 2);
  });

  it('independently published flat-earth fixture: d_b = 2.125 km, edge 95 m over a 15.3125 m ray', () => {
    // Hills (1 km, 50 m) and (3 km, 60 m), antennas 10 m and 20 m, 4 km, 1000 MHz.
    const lambda = 0.299792458;
    const r = bullingtonLoss({
      distancesM: [1000, 3000],
      heightsM: [50, 60],
      txHeightM: 10,
      rxHeightM: 20,
      totalDistanceM: 4000,
      wavelengthM: lambda,
    });
    const v = (95 - 15.3125) * Math.sqrt((0.002 * 4) / (lambda * 2.125 * 1.875));
    const luc = 6.9 + 20 * Math.log10(Math.sqrt((v - 0.1) ** 2 + 1) + v - 0.1);
    expect(r.edges[0]?.distanceM).toBeCloseTo(2125, 6);
    expect(r.lossDb).toBeCloseTo(luc + (1 - Math.exp(-luc / 6)) * (10 + 0.02 * 4), 6);
  });

  it('LOS inside the Fresnel zone: J(v_max) with the correction; clear path: 0 dB', () => {
    // One point 1 m below the ray at mid-path: v = −1·√(2·10 000/(0.3·5000·5000)) = −0.05164.
    const path = {
      distancesM: [5000],
      heightsM: [-1],
      txHeightM: 0,
      rxHeightM: 0,
      totalDistanceM: 10_000,
      wavelengthM: 0.3,
    };
    const luc = J(-0.05164);
    expect(bullingtonLoss(path).lossDb).toBeCloseTo(luc + (1 - Math.exp(-luc / 6)) * 10.2, 3);
    expect(bullingtonLoss({ ...path, heightsM: [-100] }).lossDb).toBe(0);
  });

  it('on a synthetic ridge both methods agree on a single dominant edge within the Bullington correction', () => {
    const ridge = {
      distancesM: [2000, 2500, 3000],
      heightsM: [10, 35, 10],
      txHeightM: 5,
      rxHeightM: 5,
      totalDistanceM: 5000,
      wavelengthM: 0.081,
    };
    const d = deygoutLoss(ridge);
    const b = bullingtonLoss(ridge);
    expect(d.edges).toHaveLength(1);
    expect(d.edges[0]?.distanceM).toBe(2500);
    expect(b.edges[0]?.distanceM).toBeCloseTo(2500, 6);
    const luc = d.lossDb;
    expect(b.lossDb).toBeCloseTo(luc + (1 - Math.exp(-luc / 6)) * (10 + 0.1), 6);
  });
});
