import { describe, expect, it } from 'vitest';
import { calibrationSchema } from '../../../../core/calibration';
import type { AreaGeometry } from '../../../../core/project';
import { requestCoverage } from '../../../../core/request/coverage-summary';
import { sampleProject } from './fixtures';

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

describe("the lease request's coverage summary with a calibration", () => {
  it('reports the calibration in one sentence and its shares come from the calibrated prediction', () => {
    const project = sampleProject();
    const lease = project.areas.find((a) => a.kind === 'lease')?.geometry as AreaGeometry;
    const plain = requestCoverage(project, lease, 'en', 200);
    const calibrated = requestCoverage({ ...project, calibration }, lease, 'en', 200);
    expect(plain.summary).not.toContain('calibrated');
    expect(calibrated.summary).toContain(
      'The prediction is calibrated against measured RSRP (drive.csv, 02/05/2026): +8.0 dB (UMa, n = 450); +8.0 dB (RMa, n = 450)',
    );
    const share = (s: string) => Number(/: ([\d.]+) % of the lease area/.exec(s)?.[1]);
    expect(share(calibrated.summary)).toBeGreaterThan(share(plain.summary));
    expect(requestCoverage({ ...project, calibration }, lease, 'da', 200).summary).toContain(
      'Beregningen er kalibreret mod målt RSRP (drive.csv, 02.05.2026)',
    );
  });
});
