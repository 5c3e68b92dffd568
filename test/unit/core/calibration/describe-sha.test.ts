import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  calibrationLine,
  calibrationSentence,
  calibrationSchema,
  configurationDifferences,
  rmseAfterDb,
  sha256Hex,
  signedDb,
  type Calibration,
} from '../../../../core/calibration';

const correction = (model: string, offsetDb: number, n: number, extra = {}) => ({
  model,
  offsetDb,
  refDistanceM: 800,
  minDistanceM: 60,
  maxDistanceM: 4200,
  minHeightM: 1.5,
  maxHeightM: 1.5,
  n,
  meanErrorDb: offsetDb,
  stdDb: 6,
  rmseDb: 7,
  rmseAfterDb: 6,
  offsetStdErrorDb: 0.3,
  ...extra,
});
const calibration: Calibration = calibrationSchema.parse({
  fittedAt: '2026-05-02T08:00:00.000Z',
  measurementFile: { name: 'drive.csv', sha256: 'b'.repeat(64), rows: 712 },
  fittedUnder: { losMode: 'blend-mean-db', defaultHeightM: 1.5, terrain: 'none' },
  models: [correction('UMa', 3.24, 412), correction('RMa', -1.04, 300, { rmseAfterDb: 8 })],
  overall: { n: 712, meanErrorDb: 1.4, stdDb: 6.5, rmseDb: 7.1 },
  excluded: 5,
});

describe('calibration texts', () => {
  it('formats the coverage panel line as "+3,2 dB (UMa, n = 412)" with a true minus sign', () => {
    expect(calibrationLine(calibration, 'da')).toBe('+3,2 dB (UMa, n = 412); −1,0 dB (RMa, n = 300)');
    expect(calibrationLine(calibration, 'en')).toBe('+3.2 dB (UMa, n = 412); −1.0 dB (RMa, n = 300)');
    expect(signedDb(0.04, 'en')).toBe('±0.0 dB');
    const sloped = { ...calibration, models: [{ ...calibration.models[0]!, slopeDbPerDecade: -4.5 }] };
    expect(calibrationLine(sloped, 'en')).toBe('+3.2 dB, −4.5 dB/decade (UMa, n = 412)');
  });

  it('pools the RMSE after calibration over the models: √((412·36 + 300·64) / 712)', () => {
    expect(rmseAfterDb(calibration)).toBeCloseTo(Math.sqrt((412 * 36 + 300 * 64) / 712), 12);
  });

  it('says how the current configuration differs from the fitted one', () => {
    const same = {
      losMode: 'blend-mean-db' as const,
      rxHeightM: 1.5,
      terrain: 'none' as const,
      environments: ['UMa', 'RMa'] as const,
    };
    expect(configurationDifferences(calibration, same)).toEqual([]);
    const withTerrain = configurationDifferences(calibration, { ...same, terrain: 'DTM' });
    expect(withTerrain.map((w) => w.en)).toEqual([
      'The calibration was fitted without a terrain model, but coverage is now computed with a terrain model (DTM).',
    ]);
    expect(withTerrain[0]?.da).toMatch(/^Kalibreringen er tilpasset uden terrænmodel/);
    expect(configurationDifferences(calibration, { ...same, losMode: 'nlos' })[0]?.en).toMatch(/NLOS everywhere/);
    // At 120 m both scenarios use their aerial model, which has no correction.
    expect(configurationDifferences(calibration, { ...same, rxHeightM: 120 }).map((w) => w.en)).toEqual([
      'No correction for UMa-AV at 120.0 m: the UMa cells are uncalibrated here.',
      'No correction for RMa-AV at 120.0 m: the RMa cells are uncalibrated here.',
    ]);
    // At 8 m RMa is still terrestrial (threshold 10 m) but its correction was fitted at 1.5 m.
    expect(configurationDifferences(calibration, { ...same, rxHeightM: 8, environments: ['RMa'] })[0]?.en).toBe(
      'The RMa correction was fitted to measurements at 1.5 m, but coverage is computed at 8.0 m.',
    );
    expect(configurationDifferences(calibration, { ...same, environments: ['UMi'] })[0]?.en).toBe(
      'No correction for UMi at 1.5 m: the UMi cells are uncalibrated here.',
    );
  });

  it('writes one sentence for the lease request', () => {
    expect(calibrationSentence(null, 'da')).toBe('');
    expect(calibrationSentence(calibration, 'en')).toBe(
      ' The prediction is calibrated against measured RSRP (drive.csv, 02/05/2026): +3.2 dB (UMa, n = 412); −1.0 dB (RMa, n = 300); RMSE 7.1 dB before and 6.9 dB after calibration.',
    );
  });
});

describe('sha256Hex (FIPS 180-4)', () => {
  it('matches the FIPS test vectors and Node’s crypto across block-padding edge lengths', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (const length of [1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_001]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 255);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});
