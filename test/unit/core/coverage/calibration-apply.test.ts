import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationSchema, type Calibration, type ModelCorrection } from '../../../../core/calibration/schema';
import {
  calibrationGainDb,
  cellCalibrationOf,
  evaluatePoint,
  preparePointModels,
  radioCellsOf,
  runCoverageJob,
} from '../../../../core/coverage';
import { loadProject, type Project } from '../../../../core/project';

const sample = (): Project => {
  const text = readFileSync(join(__dirname, '../../../../data/samples/langeland.frekvensplan'), 'utf8');
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error('sample does not load');
  return loaded.value.project;
};

function correction(model: ModelCorrection['model'], offsetDb: number, slope = 0): Partial<ModelCorrection> {
  return {
    model,
    offsetDb,
    slopeDbPerDecade: slope,
    refDistanceM: 1000,
    minDistanceM: 100,
    maxDistanceM: 4000,
    minHeightM: 1.5,
    maxHeightM: 1.5,
    n: 500,
    meanErrorDb: offsetDb,
    stdDb: 6,
    rmseDb: 7,
    rmseAfterDb: 6,
    offsetStdErrorDb: 0.3,
  };
}

function calibration(models: Partial<ModelCorrection>[]): Calibration {
  return calibrationSchema.parse({
    fittedAt: '2026-11-30T10:00:00.000Z',
    measurementFile: { name: 'drive.csv', sha256: 'a'.repeat(64), rows: 1000 },
    fittedUnder: { losMode: 'blend-mean-db', defaultHeightM: 1.5, terrain: 'none' },
    models,
    overall: { n: 1000, meanErrorDb: 3, stdDb: 6, rmseDb: 7 },
    excluded: 0,
  });
}

// A 12 × 8 km grid over Rudkøbing (UMa sectors) and Spodsbjerg (RMa omni).
const grid = { originE: 606_000, originN: 6_094_000, resolutionM: 100, width: 120, height: 80 };

describe('calibration applied to coverage (core/coverage/calibration-apply.ts)', () => {
  it('an offset on every model shifts every pixel RSRP by exactly that many dB', () => {
    const project = sample();
    const base = runCoverageJob({ cells: radioCellsOf(project), grid });
    const shifted = runCoverageJob({
      cells: radioCellsOf({ ...project, calibration: calibration([correction('UMa', 3.2), correction('RMa', 3.2)]) }),
      grid,
    });
    if (!base.ok || !shifted.ok) throw new Error('job failed');
    let compared = 0;
    base.raster.rsrpDbm.forEach((v, i) => {
      if (Number.isNaN(v)) return;
      expect(shifted.raster.rsrpDbm[i]).toBeCloseTo(v + 3.2, 3);
      expect(shifted.raster.bestServer[i]).toBe(base.raster.bestServer[i]);
      compared++;
    });
    expect(compared).toBeGreaterThan(6000);
  });

  it('per-model offsets shift each scenario by its own amount, and uncalibrated scenarios not at all', () => {
    const project = sample();
    const base = runCoverageJob({ cells: radioCellsOf(project), grid, options: { computeSinr: false } });
    const cells = radioCellsOf({ ...project, calibration: calibration([correction('UMa', 4), correction('RMa', -2)]) });
    const shifted = runCoverageJob({ cells, grid, options: { computeSinr: false } });
    if (!base.ok || !shifted.ok) throw new Error('job failed');
    const seen = new Set<string>();
    base.raster.rsrpDbm.forEach((v, i) => {
      const server = base.raster.bestServer[i] as number;
      if (server < 0 || shifted.raster.bestServer[i] !== server) return;
      const env = cells[server]?.environment;
      seen.add(env as string);
      expect(shifted.raster.rsrpDbm[i]).toBeCloseTo(v + (env === 'UMa' ? 4 : -2), 3);
    });
    expect([...seen].sort()).toEqual(['RMa', 'UMa']);
    const onlyUmi = radioCellsOf({ ...project, calibration: calibration([correction('UMi', 5)]) });
    expect(onlyUmi.every((c) => c.calibration === undefined)).toBe(true);
  });

  it('the point evaluation (sites, corridors, link calculator) carries the same shift', () => {
    const project = sample();
    const cal = calibration([correction('UMa', 2.5), correction('RMa', 2.5)]);
    const at = (p: Project) => evaluatePoint(preparePointModels(radioCellsOf(p), {}, 20_000), 610_000, 6_090_000);
    expect(at({ ...project, calibration: cal }).rsrpDbm).toBeCloseTo(at(project).rsrpDbm + 2.5, 3);
  });

  it('a terrestrial correction does not touch receivers above the aerial threshold, an aerial one does', () => {
    const project = sample();
    const cal = calibration([correction('RMa', 6), correction('UMa', 6)]);
    const drone = (p: Project) =>
      evaluatePoint(preparePointModels(radioCellsOf(p), { rxHeightM: 120 }, 20_000), 610_000, 6_090_000);
    expect(drone({ ...project, calibration: cal }).rsrpDbm).toBeCloseTo(drone(project).rsrpDbm, 6);
    const aerial = calibration([correction('RMa-AV', -3), correction('UMa-AV', -3)]);
    expect(drone({ ...project, calibration: aerial }).rsrpDbm).toBeCloseTo(drone(project).rsrpDbm - 3, 3);
  });

  it('a slope applies over log10 distance inside the fitted range and is clamped outside it', () => {
    const cell = cellCalibrationOf(calibration([correction('UMa', 2, -4)]), 'UMa');
    // offset + slope·(log10 d − log10 1000): 2 − 4·(log10 d − 3)
    expect(calibrationGainDb(cell, false, 1000)).toBeCloseTo(2, 12);
    expect(calibrationGainDb(cell, false, 100)).toBeCloseTo(6, 12);
    expect(calibrationGainDb(cell, false, 10)).toBeCloseTo(6, 12); // clamped to 100 m
    expect(calibrationGainDb(cell, false, 4000)).toBeCloseTo(2 - 4 * Math.log10(4), 12);
    expect(calibrationGainDb(cell, false, 40_000)).toBeCloseTo(2 - 4 * Math.log10(4), 12); // clamped to 4 km
    expect(calibrationGainDb(cell, true, 1000)).toBe(0); // no UMa-AV correction
    expect(calibrationGainDb(undefined, false, 1000)).toBe(0);
  });
});
