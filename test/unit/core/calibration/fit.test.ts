import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  calibrationRecord,
  calibrationStats,
  compareMeasurements,
  correctionWarnings,
  fitCalibration,
  gaussian,
  MeasurementSetBuilder,
  measurementsToCsv,
  parseMeasurementsCsv,
  seededRandom,
  sha256Hex,
  syntheticMeasurements,
  type MeasurementSet,
} from '../../../../core/calibration';
import { radioCellsOf } from '../../../../core/coverage';
import { wgs84ToUtm32 } from '../../../../core/geo/projection';
import { loadProject, type Project } from '../../../../core/project';

const project = ((): Project => {
  const loaded = loadProject(readFileSync(join(__dirname, '../../../../data/samples/langeland.frekvensplan'), 'utf8'));
  if (!loaded.ok) throw new Error('sample does not load');
  return loaded.value.project;
})();
const cells = radioCellsOf(project);
const options = { losMode: 'blend-mean-db' as const, defaultHeightM: 1.5 };

/** `perSite` seeded random points 50 m – 3.5 km around each site with cells (the sample has one UMa and three RMa sites). */
function points(seed: number, perSite: number): [number, number][] {
  const random = seededRandom(seed);
  return project.sites
    .filter((s) => s.cells.length > 0)
    .flatMap((site) => {
      const [e, n] = wgs84ToUtm32([site.lon, site.lat]);
      return Array.from({ length: perSite }, (): [number, number] => {
        const r = 50 + random() * 3450;
        const a = random() * 2 * Math.PI;
        return [e + r * Math.sin(a), n + r * Math.cos(a)];
      });
    });
}

function fitOf(set: MeasurementSet, slope = false) {
  return fitCalibration(set, compareMeasurements(set, cells, options), { slope });
}

describe('calibration recovers a known offset from synthetic measurements (σ = 6 dB, n ≈ 2000)', () => {
  it('one offset for every model: each fitted offset within 0.5 dB of +4.2 dB', () => {
    const set = syntheticMeasurements({
      cells,
      points: points(1, 600),
      offsetDb: 4.2,
      noiseStdDb: 6,
      random: seededRandom(2),
      ...{ losMode: options.losMode, heightM: 1.5, withCellIds: false },
    });
    const fit = fitOf(set);
    const n = fit.models.reduce((s, m) => s + m.n, 0);
    expect(n).toBeGreaterThan(1800);
    expect(fit.models.map((m) => m.model).sort()).toEqual(['RMa', 'UMa']);
    for (const m of fit.models) {
      expect(Math.abs(m.offsetDb - 4.2)).toBeLessThan(0.5);
      // σ of the residuals is the noise (6 dB), and the standard error is σ/√n.
      expect(m.rmseAfterDb).toBeGreaterThan(5.4);
      expect(m.rmseAfterDb).toBeLessThan(6.6);
      expect(m.offsetStdErrorDb).toBeCloseTo(m.rmseAfterDb / Math.sqrt(m.n), 6);
    }
  });

  it('per-model offsets (UMa +3.5 dB, RMa −2.0 dB) through a Danish CSV file, parser to fit, and the stored record then cancels them', () => {
    const set = syntheticMeasurements({
      cells,
      points: points(3, 600),
      offsetDb: { UMa: 3.5, RMa: -2 },
      noiseStdDb: 6,
      random: seededRandom(4),
      losMode: options.losMode,
      heightM: 1.5,
      withCellIds: true,
    });
    const csv = measurementsToCsv(set, { crs: 'EPSG:4326', danish: true, start: new Date('2026-05-01T10:00:00Z') });
    const bytes = new TextEncoder().encode(csv);
    const parsed = parseMeasurementsCsv(bytes, { file: 'synthetic.csv' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.layout.decimalComma).toBe(true);
    const read = parsed.value.set;
    const comparison = compareMeasurements(read, cells, options);
    const fit = fitCalibration(read, comparison, { slope: false });
    const offsets = Object.fromEntries(fit.models.map((m) => [m.model, m.offsetDb]));
    expect(Math.abs((offsets.UMa as number) - 3.5)).toBeLessThan(0.5);
    expect(Math.abs((offsets.RMa as number) - -2)).toBeLessThan(0.5);
    const record = calibrationRecord({
      fit,
      stats: calibrationStats(read, comparison),
      file: { name: 'synthetic.csv', sha256: sha256Hex(bytes), rows: read.count, skippedRows: 0 },
      fittedAt: new Date('2026-05-02T08:00:00Z'),
      config: { losMode: options.losMode, defaultHeightM: 1.5, terrain: 'none' },
    });
    expect(record?.measurementFile.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Predictions of the calibrated project now match the measurements on average.
    const calibrated = radioCellsOf({ ...project, calibration: record });
    const after = calibrationStats(read, compareMeasurements(read, calibrated, options));
    expect(Math.abs(after.overall.meanErrorDb as number)).toBeLessThan(0.3);
    for (const m of after.byModel) expect(Math.abs(m.meanErrorDb as number)).toBeLessThan(0.5);
  });

  it('a slope over log10 distance is recovered when asked for (and is 0 when not)', () => {
    const set = syntheticMeasurements({
      cells,
      points: points(5, 600),
      offsetDb: 0,
      noiseStdDb: 0,
      random: seededRandom(6),
      losMode: options.losMode,
      heightM: 1.5,
      withCellIds: false,
    });
    const comparison = compareMeasurements(set, cells, options);
    const noise = seededRandom(7);
    // measured = predicted + 2 dB − 5 dB per decade above 1 km + N(0, 6 dB)
    for (let i = 0; i < set.count; i++)
      set.rsrpDbm[i] =
        (comparison.predictedDbm[i] as number) +
        2 -
        5 * (Math.log10(comparison.distanceM[i] as number) - 3) +
        6 * gaussian(noise);
    const withSlope = fitCalibration(set, comparison, { slope: true });
    for (const m of withSlope.models) {
      expect(Math.abs(m.slopeDbPerDecade - -5)).toBeLessThan(1.5);
      const atRef = 2 - 5 * (Math.log10(m.refDistanceM) - 3);
      expect(Math.abs(m.offsetDb - atRef)).toBeLessThan(0.5);
      expect(m.rmseAfterDb).toBeLessThan(m.stdDb);
    }
    expect(fitCalibration(set, comparison, { slope: false }).models.every((m) => m.slopeDbPerDecade === 0)).toBe(true);
  });

  it('needs ten measurements per model, and says when n is small, the range narrow or the offset implausible', () => {
    const b = new MeasurementSetBuilder();
    const [e, n] = wgs84ToUtm32([project.sites[3]!.lon, project.sites[3]!.lat]); // Spodsbjerg, RMa omni
    for (let i = 0; i < 40; i++)
      b.add({ e: e + 300 + i, n, rsrpDbm: -20, heightM: NaN, cellId: null, line: i + 2, time: null });
    const few = b.build();
    const fit = fitCalibration(few, compareMeasurements(few, cells, options), { slope: true });
    const [m] = fit.models;
    expect(m?.n).toBe(40);
    const warnings = correctionWarnings(m!).map((w) => w.en);
    expect(warnings.some((w) => w.startsWith('Only n = 40 measurements for RMa'))).toBe(true);
    expect(warnings.some((w) => /span only 0\.05 decades/.test(w))).toBe(true);
    expect(warnings.some((w) => /offset for RMa is large/.test(w))).toBe(true);
    const nine = new MeasurementSetBuilder();
    for (let i = 0; i < 9; i++)
      nine.add({ e: e + 300, n: n + i, rsrpDbm: -90, heightM: NaN, cellId: null, line: i + 2, time: null });
    const tooFew = nine.build();
    expect(fitCalibration(tooFew, compareMeasurements(tooFew, cells, options), { slope: false })).toEqual({
      models: [],
      notFitted: [{ model: 'RMa', n: 9, reason: 'too-few' }],
    });
  });
});
