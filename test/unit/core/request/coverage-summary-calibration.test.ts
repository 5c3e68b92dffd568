import { describe, expect, it } from 'vitest';
import { calibrationSchema } from '../../../../core/calibration';
import { buildRequestDocument } from '../../../../core/request';
import { sampleDraft, sampleProject, termsProfile } from './fixtures';

const calibration = calibrationSchema.parse({
  fittedAt: '2026-05-02T08:00:00.000Z',
  measurementFile: { name: 'drive.csv', sha256: 'c'.repeat(64), rows: 900 },
  fittedUnder: { losMode: 'blend-mean-db', defaultHeightM: 1.5, terrain: 'none' },
  models: ['UMa', 'RMa'].map((model) => ({
    model,
    offsetDb: 8,
    refDistanceM: 900,
    minDistanceM: 40,
    maxDistanceM: 4800,
    minHeightM: 1.5,
    maxHeightM: 1.5,
    n: 450,
    meanErrorDb: 8,
    stdDb: 6,
    rmseDb: 10,
    rmseAfterDb: 6,
    offsetStdErrorDb: 0.28,
  })),
  overall: { n: 900, meanErrorDb: 8, stdDb: 6, rmseDb: 10 },
  excluded: 12,
});

describe("the lease request's coverage paragraph with a calibration", () => {
  const paragraph = (calibrated: boolean, lang: 'da' | 'en' | 'de' | 'sv', profileId = 'dk-tt-2021') => {
    const project = sampleProject();
    const doc = buildRequestDocument({
      project: calibrated ? { ...project, calibration } : project,
      profile: termsProfile(profileId),
      draft: sampleDraft,
      lang,
      markDraft: false,
      coverage: 'compute',
    });
    return doc.sections.flatMap((s) => s.paragraphs ?? []).find((p) => p.includes('3GPP TR 38.901')) ?? '';
  };

  it('states the calibration in one sentence and its shares come from the calibrated prediction', () => {
    const plain = paragraph(false, 'en');
    const calibrated = paragraph(true, 'en');
    expect(plain).not.toContain('calibrated');
    expect(calibrated).toContain(
      'The prediction is calibrated against measured RSRP (drive.csv, 02/05/2026): +8.0 dB (UMa, n = 450); +8.0 dB (RMa, n = 450); RMSE 10.0 dB before and 6.0 dB after calibration.',
    );
    const share = (s: string) => Number(/: ([\d.]+) % of the area/.exec(s)?.[1]);
    expect(share(calibrated)).toBeGreaterThan(share(plain));
    expect(paragraph(true, 'da')).toContain('Beregningen er kalibreret mod målt RSRP (drive.csv, 02.05.2026)');
    expect(paragraph(true, 'de', 'de-bnetza-3700')).toContain(
      'Die Berechnung ist gegen gemessene RSRP kalibriert (drive.csv, 02.05.2026)',
    );
  });
});
