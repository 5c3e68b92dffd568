import { describe, expect, it } from 'vitest';
import { aerialLosProbability, aerialPathLoss, pathLoss, pathLossDb } from '../../../../core/radio';

/*
 * Reference values computed by hand from the text of 3GPP TR 36.777 V15.0.0 Annex B (Tables B-1, B-2, B-3), not
 * from this code. fc = 3.7 GHz throughout: 20·log10(3.7) = 11.36403 dB, 20·log10(40π·3.7/3) = 43.80581 dB.
 * Free space (Note 3's PL') in the P.525 form 32.45 + 20·log10(f_MHz) + 20·log10(d_km).
 */
const FC = 3.7;

describe('TR 36.777 UMi-AV (drones above UMi cells), reference values from the spec text', () => {
  it('LOS at hBS 10 m, hUT 100 m, d2D 500 m: 99.764 dB, σSF 2 dB', () => {
    // d3D = √(500² + 90²) = 508.0354 m, log10 d3D = 2.705894, log10 hUT = 2
    // PL = max(FSPL, 30.9 + (22.25 − 0.5·2)·2.705894 + 11.36403) = max(97.932, 30.9 + 57.50025 + 11.36403) = 99.764
    // σSF = max(5·exp(−0.01·100), 2) = max(1.839, 2) = 2
    const r = aerialPathLoss({ scenario: 'UMi-AV', condition: 'LOS', fcGHz: FC, d2dM: 500, hBsM: 10, hUtM: 100 });
    expect(r.pathLossDb).toBeCloseTo(99.7643, 3);
    expect(r.shadowFadingStdDb).toBe(2);
    expect(r.warnings).toEqual([]);
  });

  it('NLOS at the same point: 119.529 dB, σSF 8 dB', () => {
    // 32.4 + (43.2 − 7.6·2)·2.705894 + 11.36403 = 32.4 + 75.76503 + 11.36403 = 119.529 > LOS 99.764
    const r = aerialPathLoss({ scenario: 'UMi-AV', condition: 'NLOS', fcGHz: FC, d2dM: 500, hBsM: 10, hUtM: 100 });
    expect(r.pathLossDb).toBeCloseTo(119.5291, 3);
    expect(r.shadowFadingStdDb).toBe(8);
  });

  it('LOS and NLOS at hUT 60 m, d2D 1 km (106.358 / 132.838 dB) and hUT 150 m, d2D 2 km (112.143 / 131.803 dB)', () => {
    // hUT 60: d3D = √(1000² + 50²) = 1001.2492, log = 3.000542, log h = 1.778151
    //   LOS 30.9 + (22.25 − 0.889076)·3.000542 + 11.36403 = 106.358; NLOS 32.4 + (43.2 − 13.513948)·3.000542 + 11.36403 = 132.838
    // hUT 150: d3D = √(2000² + 140²) = 2004.894, log = 3.302091, log h = 2.176091
    //   LOS 30.9 + (22.25 − 1.088046)·3.302091 + 11.36403 = 112.143; NLOS 32.4 + (43.2 − 16.538295)·3.302091 + 11.36403 = 131.803
    const at = (condition: 'LOS' | 'NLOS', d2dM: number, hUtM: number) =>
      aerialPathLoss({ scenario: 'UMi-AV', condition, fcGHz: FC, d2dM, hBsM: 10, hUtM }).pathLossDb;
    expect(at('LOS', 1000, 60)).toBeCloseTo(106.3584, 3);
    expect(at('NLOS', 1000, 60)).toBeCloseTo(132.8383, 3);
    expect(at('LOS', 2000, 150)).toBeCloseTo(112.1427, 3);
    expect(at('NLOS', 2000, 150)).toBeCloseTo(131.8034, 3);
  });

  it('LOS never drops below free space (Note 3): hBS 280 m, hUT 300 m, d2D 15 m gives FSPL 71.773 dB', () => {
    // d3D = √(15² + 20²) = 25 m; formula 30.9 + (22.25 − 0.5·2.477121)·1.39794 + 11.36403 = 71.637 < FSPL
    // FSPL = 32.45 + 20·log10(3700) + 20·log10(0.025) = 32.45 + 71.36403 − 32.04120 = 71.773
    const r = aerialPathLoss({ scenario: 'UMi-AV', condition: 'LOS', fcGHz: FC, d2dM: 15, hBsM: 280, hUtM: 300 });
    expect(r.pathLossDb).toBeCloseTo(71.7728, 3);
  });

  it('at or below 22.5 m it is TR 38.901 UMi-Street Canyon itself', () => {
    for (const condition of ['LOS', 'NLOS'] as const) {
      const av = aerialPathLoss({ scenario: 'UMi-AV', condition, fcGHz: FC, d2dM: 300, hBsM: 10, hUtM: 22.5 });
      expect(av).toEqual(pathLoss({ model: `UMi-${condition}`, fcGHz: FC, d2dM: 300, hBsM: 10, hUtM: 22.5 }));
    }
  });

  it('LOS probability (Table B-1): hUT 50 m, d2D 300 m → 0.5872; hUT 200 m, d2D 1 km → 0.3613', () => {
    // hUT 50: d1 = max(294.05·1.698970 − 432.94, 18) = 66.642 m, p1 = 233.98·1.698970 − 0.95 = 396.575 m
    //   P = 66.642/300 + exp(−300/396.575)·(1 − 66.642/300) = 0.22214 + 0.46930·0.77786 = 0.58720
    // hUT 200: d1 = 294.05·2.301030 − 432.94 = 243.678 m, p1 = 233.98·2.301030 − 0.95 = 537.445 m
    //   P = 0.24368 + exp(−1000/537.445)·0.75632 = 0.24368 + 0.15557·0.75632 = 0.36134
    expect(aerialLosProbability({ scenario: 'UMi-AV', d2dM: 300, hUtM: 50 })).toBeCloseTo(0.5872, 4);
    expect(aerialLosProbability({ scenario: 'UMi-AV', d2dM: 1000, hUtM: 200 })).toBeCloseTo(0.3613, 4);
    expect(aerialLosProbability({ scenario: 'UMi-AV', d2dM: 60, hUtM: 50 })).toBe(1); // within d1
  });

  it('the link models UMi-AV-LOS / UMi-AV-NLOS dispatch to it, and the warning-free entry point agrees', () => {
    const link = { fcGHz: FC, d2dM: 500, hBsM: 10, hUtM: 100 };
    expect(pathLoss({ model: 'UMi-AV-LOS', ...link }).pathLossDb).toBeCloseTo(99.7643, 3);
    expect(pathLoss({ model: 'UMi-AV-NLOS', ...link }).pathLossDb).toBeCloseTo(119.5291, 3);
    expect(pathLossDb({ model: 'UMi-AV-NLOS', ...link })).toBe(pathLoss({ model: 'UMi-AV-NLOS', ...link }).pathLossDb);
  });
});

describe('RMa-AV and UMa-AV against reference values from the spec text', () => {
  it('RMa-AV hBS 35 m, hUT 30 m, d2D 3 km: LOS 117.664 dB, NLOS 126.284 dB', () => {
    // d3D = √(3000² + 5²) = 3000.0042 m, log = 3.477122, log h = 1.477121
    // LOS = max(23.9 − 1.8·1.477121, 20)·3.477122 + 43.80581 = 21.241182·3.477122 + 43.80581 = 117.664
    // NLOS = max(LOS, −12 + (35 − 5.3·1.477121)·3.477122 + 43.80581) = −12 + 27.171259·3.477122 + 43.80581 = 126.284
    const base = { scenario: 'RMa-AV', fcGHz: FC, d2dM: 3000, hBsM: 35, hUtM: 30 } as const;
    expect(aerialPathLoss({ ...base, condition: 'LOS' }).pathLossDb).toBeCloseTo(117.664, 3);
    expect(aerialPathLoss({ ...base, condition: 'NLOS' }).pathLossDb).toBeCloseTo(126.2836, 3);
  });

  it('UMa-AV hBS 25 m, hUT 60 m, d2D 1.5 km: LOS 109.241 dB, NLOS 132.877 dB (no max with LOS in Table B-2)', () => {
    // d3D = √(1500² + 35²) = 1500.4083 m, log = 3.176209, log h = 1.778151
    // LOS = 28 + 22·3.176209 + 11.36403 = 109.241; NLOS = −17.5 + (46 − 12.447058)·3.176209 + 43.80581 = 132.877
    const base = { scenario: 'UMa-AV', fcGHz: FC, d2dM: 1500, hBsM: 25, hUtM: 60 } as const;
    expect(aerialPathLoss({ ...base, condition: 'LOS' }).pathLossDb).toBeCloseTo(109.2406, 3);
    expect(aerialPathLoss({ ...base, condition: 'NLOS' }).pathLossDb).toBeCloseTo(132.877, 3);
  });
});

describe('aerial NLOS used above its stated height', () => {
  const warned = (scenario: 'RMa-AV' | 'UMa-AV' | 'UMi-AV', condition: 'LOS' | 'NLOS', hUtM: number) =>
    aerialPathLoss({
      scenario,
      condition,
      fcGHz: FC,
      d2dM: 1000,
      hBsM: { 'RMa-AV': 35, 'UMa-AV': 25, 'UMi-AV': 10 }[scenario],
      hUtM,
    })
      .warnings.map((w) => w.en)
      .filter((w) => w.includes('NLOS model is stated for'));

  it('warns for UMa-AV NLOS above 100 m (Table B-2) and RMa-AV NLOS above 40 m (Tables B-1, B-3)', () => {
    expect(warned('UMa-AV', 'NLOS', 120)).toHaveLength(1);
    expect(warned('UMa-AV', 'NLOS', 120)[0]).toContain('100 m');
    expect(warned('RMa-AV', 'NLOS', 60)).toHaveLength(1);
    expect(warned('RMa-AV', 'NLOS', 60)[0]).toContain('40 m');
  });

  it('does not warn within the stated heights, for LOS, or for UMi-AV NLOS up to 300 m', () => {
    expect(warned('UMa-AV', 'NLOS', 100)).toEqual([]);
    expect(warned('RMa-AV', 'NLOS', 40)).toEqual([]);
    expect(warned('UMa-AV', 'LOS', 200)).toEqual([]);
    expect(warned('UMi-AV', 'NLOS', 300)).toEqual([]);
  });

  it('the warning is bilingual', () => {
    const r = aerialPathLoss({ scenario: 'UMa-AV', condition: 'NLOS', fcGHz: FC, d2dM: 500, hBsM: 25, hUtM: 150 });
    const w = r.warnings.find((x) => x.en.includes('stated for'));
    expect(w?.da).toContain('ekstrapoleret');
  });
});
