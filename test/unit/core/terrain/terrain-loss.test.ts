import { describe, expect, it } from 'vitest';
import { pathLoss } from '../../../../core/radio';
import {
  combineSurfacePathLossDb,
  EARTH_RADIUS_M,
  K_FACTOR_STANDARD,
  knifeEdgeLossDb,
  terrainExcessLossDb,
  terrainLinkLoss,
  terrainPathLossDb,
  wavelengthM,
} from '../../../../core/terrain';
import { makeDem } from './make-geotiff';

const twoA = 2 * K_FACTOR_STANDARD * EARTH_RADIUS_M;

// 2 km × 2 km, 5 m pixels, flat at 10 m with a 40 m wall (15 m thick) at 1000 ≤ e < 1015.
const wall = (kind: 'DTM' | 'DSM') =>
  makeDem({
    originE: 0,
    originN: 2000,
    resolutionM: 5,
    width: 400,
    height: 400,
    heightAt: (e) => (e >= 1000 && e < 1015 ? 50 : 10),
    kind,
  });
const tx = { e: 500, n: 1000, antennaHeightM: 25 };

describe('the rules (core/terrain/terrain-loss.ts)', () => {
  const geometry = { fcGHz: 3.7, d2dM: 500, hBsM: 25, hUtM: 1.5 };
  const los = pathLoss({ model: 'UMa-LOS', ...geometry }).pathLossDb;
  const nlos = pathLoss({ model: 'UMa-NLOS', ...geometry }).pathLossDb;

  it('DSM: the LOS formula on a clear path, plus diffraction up to the NLOS median (reference-radio §2.8 row 11)', () => {
    expect(los).toBeCloseTo(98.75, 2);
    expect(nlos).toBeCloseTo(130.4, 2);
    expect(combineSurfacePathLossDb({ losPathLossDb: los, nlosPathLossDb: nlos, surfaceLossDb: 0 })).toBeCloseTo(
      98.75,
      2,
    );
    expect(combineSurfacePathLossDb({ losPathLossDb: los, nlosPathLossDb: nlos, surfaceLossDb: 12 })).toBeCloseTo(
      110.75,
      2,
    );
    expect(combineSurfacePathLossDb({ losPathLossDb: los, nlosPathLossDb: nlos, surfaceLossDb: 45 })).toBeCloseTo(
      130.4,
      2,
    );
  });

  it('DTM: the statistical model (here NLOS) plus the excess over a smooth Earth, never below the model', () => {
    const rule = { rule: 'DTM' as const, statisticalPathLossDb: nlos, losPathLossDb: los, nlosPathLossDb: nlos };
    expect(terrainPathLossDb({ ...rule, terrainLossDb: 0 })).toBeCloseTo(130.4, 2);
    expect(terrainPathLossDb({ ...rule, terrainLossDb: 12 })).toBeCloseTo(142.4, 2);
    expect(terrainExcessLossDb(20, 3)).toBe(17);
    expect(terrainExcessLossDb(2, 3)).toBe(0);
  });
});

describe('terrainLinkLoss', () => {
  it('DTM: 0 dB in front of the wall, the excess behind it; the rule says DTM', () => {
    const front = terrainLinkLoss(
      { dtm: wall('DTM'), dsm: null },
      tx,
      { e: 900, n: 1200, antennaHeightM: 1.5 },
      { fcGHz: 3.7 },
    );
    expect(front.ok && front.value.rule).toBe('DTM');
    expect(front.ok && front.value.terrainLossDb).toBe(0);
    const behind = terrainLinkLoss(
      { dtm: wall('DTM'), dsm: null },
      tx,
      { e: 1500, n: 1000, antennaHeightM: 1.5 },
      { fcGHz: 3.7 },
    );
    expect(behind.ok).toBe(true);
    if (!behind.ok) return;
    expect(behind.value.clearance.lineOfSight).toBe(false);
    expect(behind.value.smoothEarthLossDb).toBe(0);
    expect(behind.value.terrainLossDb).toBeGreaterThan(10);
    expect(behind.value.terrainLossDb).toBe(behind.value.diffractionLossDb);
  });

  it('a flat DTM adds nothing at any distance up to 20 km (the smooth Earth is the model’s own)', () => {
    const flat = makeDem({ originE: 0, originN: 1000, resolutionM: 20, width: 1100, height: 50, heightAt: () => 3 });
    for (const d of [100, 1000, 5000, 10_000, 15_000, 21_000]) {
      const r = terrainLinkLoss(
        { dtm: flat, dsm: null },
        { e: 10, n: 500, antennaHeightM: 25 },
        { e: 10 + d, n: 500, antennaHeightM: 1.5 },
        { fcGHz: 3.7 },
      );
      expect(r.ok && r.value.terrainLossDb, `${d} m`).toBe(0);
    }
  });

  it('DSM: the surface’s full diffraction; DSM + DTM: terminals on the DTM, obstacles from the DSM', () => {
    const dsm = terrainLinkLoss(
      { dtm: null, dsm: wall('DSM') },
      tx,
      { e: 1500, n: 1000, antennaHeightM: 1.5 },
      { fcGHz: 3.7 },
    );
    expect(dsm.ok && dsm.value.rule).toBe('DSM');
    expect(dsm.ok && dsm.value.smoothEarthLossDb).toBeNull();
    // Over a DTM 8 m lower than the DSM's ground, the antennas stand 8 m lower: more loss behind the same wall.
    const low = makeDem({ originE: 0, originN: 2000, resolutionM: 5, width: 400, height: 400, heightAt: () => 2 });
    const pair = terrainLinkLoss(
      { dtm: low, dsm: wall('DSM') },
      tx,
      { e: 1500, n: 1000, antennaHeightM: 1.5 },
      { fcGHz: 3.7 },
    );
    expect(pair.ok && pair.value.clearance.txHeightAslM).toBe(27);
    expect(pair.ok && dsm.ok && pair.value.terrainLossDb).toBeGreaterThan(dsm.ok ? dsm.value.terrainLossDb : 0);
  });

  it('a DSM alone puts the terminals on the lowest surface within 20 m (not on a roof next to the site)', () => {
    // A 30 m building from 490 to 515 m east, the site at 500 m on it: the ground is the street at 10 m.
    const roof = makeDem({
      originE: 0,
      originN: 2000,
      resolutionM: 5,
      width: 400,
      height: 400,
      kind: 'DSM',
      heightAt: (e, n) => (e > 490 && e < 515 && Math.abs(n - 1000) < 10 ? 40 : 10),
    });
    const r = terrainLinkLoss({ dtm: null, dsm: roof }, tx, { e: 900, n: 1000, antennaHeightM: 1.5 }, { fcGHz: 3.7 });
    expect(r.ok && r.value.clearance.txHeightAslM).toBe(10 + 25);
  });

  it('returns located problems when an end has no elevation data', () => {
    const r = terrainLinkLoss(
      { dtm: wall('DTM'), dsm: null },
      tx,
      { e: 2500, n: 1000, antennaHeightM: 1.5 },
      { fcGHz: 3.7 },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.path).toBe('to');
    expect(r.problems[0]?.message.da).toContain('uden for højdemodellen');
    expect(r.problems[0]?.hint?.en).toContain('statistical model');
  });
});

describe('a one-pixel ridge crossed obliquely is never skipped', () => {
  // 1 m pixels, flat 0 m, a 20 m ridge one pixel wide (500 ≤ e < 501) running north–south. Tx at (0.5, n0) with
  // a 10 m antenna, Rx 1.5 m at e = 1000.5 on a line at angle α from east. As a knife edge at the ridge's centre:
  //   d = 1000/cos α, d1 = d2 = d/2, line at the ridge 10 + (1.5 − 10)/2 = 5.75 m, bulge d1·d2/2a;
  //   v = (20 + bulge − 5.75)·√(2d/(λ·d1·d2)); Bullington L = J(v) + (1 − e^(−J/6))·(10 + 0.02·d_km).
  //   α = 0: v = 14.2647·√(2000/(0.081025·250 000)) = 4.482 → J = 25.87 dB → L = 35.75 dB.
  const ridge = makeDem({
    originE: 0,
    originN: 1950,
    resolutionM: 1,
    width: 1001,
    height: 1950,
    heightAt: (e) => (e >= 500 && e < 501 ? 20 : 0),
    kind: 'DSM',
  });
  const lambda = wavelengthM(3.7);
  const knifeEdge = (alpha: number) => {
    const d = 1000 / Math.cos(alpha);
    const bulge = (d / 2) ** 2 / twoA;
    const v = (20 + bulge - 5.75) * Math.sqrt((2 * d) / (lambda * (d / 2) ** 2));
    const j = knifeEdgeLossDb(v);
    return j + (1 - Math.exp(-j / 6)) * (10 + (0.02 * d) / 1000);
  };
  it('α = 0°: 35.75 dB by hand', () => expect(knifeEdge(0)).toBeCloseTo(35.75, 1));
  for (const deg of [0, 7, 13, 22.5, 31, 38, 44, 45, 52, 60]) {
    it(`α = ${deg}°: the link sees the full 20 m crest (knife edge ± 0.5 dB)`, () => {
      const a = (deg * Math.PI) / 180;
      const from = { e: 0.5, n: 100.37, antennaHeightM: 10 };
      const to = { e: 1000.5, n: 100.37 + 1000 * Math.tan(a), antennaHeightM: 1.5 };
      const r = terrainLinkLoss({ dtm: null, dsm: ridge }, from, to, { fcGHz: 3.7 });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(Math.abs(r.value.diffractionLossDb - knifeEdge(a))).toBeLessThan(0.5);
      const deygout = terrainLinkLoss({ dtm: null, dsm: ridge }, from, to, { fcGHz: 3.7, method: 'deygout' });
      // Deygout over the same crest: one edge, J(v) without Bullington's correction.
      expect(deygout.ok && deygout.value.edges).toHaveLength(1);
    });
  }
});
